"""The on-open backup in the background (#15): opening a big dossier does not wait for its
copy; the copy is made in steps on a connection of its own, and a cancelled copy leaves
nothing behind."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from workbench import Project, backups


@pytest.fixture
def backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv("CWB_BACKUP_DIR", str(folder))
    monkeypatch.setenv("CWB_BACKUP_INTERVAL", "0")
    return folder


def _dossier(path: Path) -> str:
    with Project.create(path, "Groot") as p:
        p.add_question("Q1", "Vraag " + "x" * 20000)   # more than one page to copy
        uuid = p.dossier().uuid
    with Project.open(path) as p:                      # changed since the backup on create
        p.add_question("Q2", "Vraag 2")
    return uuid


def test_deferred_open_makes_no_backup_until_asked(tmp_path: Path, backup_dir: Path) -> None:
    path = tmp_path / "d.cwb"
    uuid = _dossier(path)
    before = backups.list_backups(path)
    with Project.open(path, defer_backup=True) as p:
        assert backups.list_backups(path) == before    # the window would show now
        steps: list[tuple[int, int]] = []
        made = backups.open_backup_in_steps(
            path, step_pages=1, progress=lambda done, total: steps.append((done, total)) or True)
        p.add_question("Q3", "Vraag 3")                # the dossier stays usable meanwhile
    assert made is not None and made.reason == "open"
    assert len(steps) > 1 and steps[-1][0] == steps[-1][1]
    with Project.open(made.path, readonly=True) as copy:
        assert copy.dossier().uuid == uuid
        assert [q.key for q in copy.questions()] == ["Q1", "Q2"]


def test_a_cancelled_backup_leaves_nothing(tmp_path: Path, backup_dir: Path) -> None:
    path = tmp_path / "d.cwb"
    _dossier(path)
    before = sorted(p.name for p in backup_dir.rglob("*"))
    with pytest.raises(backups.BackupCancelled):
        backups.open_backup_in_steps(path, step_pages=1, progress=lambda done, total: False)
    assert sorted(p.name for p in backup_dir.rglob("*")) == before
    with Project.open(path, readonly=True) as p:
        assert [q.key for q in p.questions()] == ["Q1", "Q2"]


def test_deferring_leaves_only_the_open_backup(tmp_path: Path, backup_dir: Path) -> None:
    path = tmp_path / "d.cwb"
    _dossier(path)
    before = backups.list_backups(path)
    assert backups.before_open(path, defer=True) == []
    assert backups.list_backups(path) == before
    assert backups.open_backup_in_steps(path) is not None      # the open backup was left
    assert backups.open_backup_in_steps(path) is None          # unchanged since: not again


def test_a_stepped_backup_finishes_while_another_connection_writes(
        tmp_path: Path, backup_dir: Path) -> None:
    """SQLite restarts a stepped copy whenever another connection commits between two steps;
    the first opening's suggestion scan and the officer's edits do exactly that, and the
    backup used to start over for as long as they went on (bench first_open never ended)."""
    path = tmp_path / "d.cwb"
    with Project.create(path, "Groot") as p:
        for i in range(40):                            # ~100 pages of 4 KB to copy
            p.add_question(f"Q{i}", "Vraag " + "x" * 10000)
    with Project.open(path) as p:
        p.add_question("Z", "changed since the backup on create")

    result: list[object] = []

    def copy() -> None:
        def slow(done: int, total: int) -> bool:      # a busy disk: every step takes a while
            time.sleep(0.002)
            return True
        try:
            result.append(backups.open_backup_in_steps(path, step_pages=1, progress=slow))
        except BaseException as exc:         # reported by the assertions below
            result.append(exc)

    with Project.open(path, defer_backup=True) as writer:     # as the GUI opens it
        thread = threading.Thread(target=copy, daemon=True)
        thread.start()
        edits = 0
        give_up = time.monotonic() + 45                # only so that a regression fails, not hangs
        while thread.is_alive() and time.monotonic() < give_up:
            writer.add_question(f"W{edits}", "an edit while the copy runs")
            edits += 1
        finished = not thread.is_alive()
    thread.join(60)
    assert finished, "the backup never finished while the dossier was being written"
    made = result[0]
    assert isinstance(made, backups.Backup), made
    assert made.intact and edits > 0
    with Project.open(made.path, readonly=True) as copy_:
        keys = [q.key for q in copy_.questions()]
    assert keys[:41] == [f"Q{i}" for i in range(40)] + ["Z"]    # a consistent snapshot

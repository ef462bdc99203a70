"""Backups: a consistent snapshot on each opening for editing, rotation, restore (undoable)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from workbench import DossierLocked, NotFound, Project, backups, lock
from workbench.cli.main import main as cli


@pytest.fixture
def backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv("CWB_BACKUP_DIR", str(folder))
    monkeypatch.setenv("CWB_BACKUP_INTERVAL", "0")   # every changed opening backs up
    return folder


def make(path: Path, *questions: str) -> str:
    with Project.create(path, "Titel") as p:
        for key in questions:
            p.add_question(key, f"Vraag {key}")
        return p.dossier().uuid


def keys(path: Path) -> list[str]:
    with Project.open(path, readonly=True) as p:
        return [q.key for q in p.questions()]


def add(path: Path, key: str) -> None:
    with Project.open(path) as p:
        p.add_question(key, f"Vraag {key}")


def test_open_for_writing_makes_a_consistent_backup(dossier_path: Path, backup_dir: Path) -> None:
    uuid = make(dossier_path, "Q1")
    add(dossier_path, "Q2")
    found = backups.list_backups(dossier_path)
    assert len(found) == 1 and found[0].reason == "open" and found[0].intact
    assert found[0].path.parent == backup_dir / uuid
    assert keys(found[0].path) == ["Q1"]            # the state before this session's edits
    conn = sqlite3.connect(found[0].path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    meta = json.loads(found[0].path.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["source"] == str(dossier_path.resolve()) and meta["title"] == "Titel"


def test_unchanged_file_is_not_backed_up_again(dossier_path: Path, backup_dir: Path) -> None:
    make(dossier_path, "Q1")
    Project.open(dossier_path).close()
    Project.open(dossier_path).close()
    Project.open(dossier_path, readonly=True).close()
    assert len(backups.list_backups(dossier_path)) == 1
    add(dossier_path, "Q2")                 # backup (unchanged), then a change
    Project.open(dossier_path).close()      # changed since: a new backup
    found = backups.list_backups(dossier_path)
    assert len(found) == 2 and keys(found[0].path) == ["Q1", "Q2"]


def test_backups_on_open_are_spaced_out(dossier_path: Path, backup_dir: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Scripts running many commands on a big dossier don't copy it before each one."""
    make(dossier_path, "Q1")
    monkeypatch.setenv("CWB_BACKUP_INTERVAL", "30")
    add(dossier_path, "Q2")         # the first opening backs up
    first = len(backups.list_backups(dossier_path))
    assert first == 1
    for key in ("Q3", "Q4"):
        add(dossier_path, key)      # each opens a changed file, within the interval
    assert len(backups.list_backups(dossier_path)) == first
    monkeypatch.setenv("CWB_BACKUP_INTERVAL", "0")
    add(dossier_path, "Q5")
    assert len(backups.list_backups(dossier_path)) == first + 1


def test_default_folder_is_the_user_data_dir(dossier_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("CWB_BACKUP_DIR", raising=False)
    import platformdirs

    # the same author as the app (and QSettings): on Windows the folder is
    # %LOCALAPPDATA%\Vlaamse overheid\Consultation Workbench (appauthor=False would drop it)
    root = Path(platformdirs.user_data_dir("Consultation Workbench", "Vlaamse overheid"))
    uuid = make(dossier_path)
    Project.open(dossier_path).close()
    assert backups.list_backups(dossier_path)[0].path.parent == root / "backups" / uuid
    # never the developer's real profile (conftest redirects it, also on Windows)
    assert Path(os.environ["HOME"]) in root.parents


def test_rotation_keeps_the_last_n(dossier_path: Path, backup_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_KEEP", "3")
    make(dossier_path)
    for i in range(6):
        add(dossier_path, f"Q{i}")
    found = backups.list_backups(dossier_path)
    assert len(found) == 3
    assert keys(found[0].path) == ["Q0", "Q1", "Q2", "Q3", "Q4"]
    assert len(list(found[0].path.parent.glob("*.json"))) == 3
    made = backups.snapshot(dossier_path, "manual", keep=1)
    assert backups.list_backups(dossier_path) == [made]


def test_backup_failure_does_not_stop_the_opening(dossier_path: Path, tmp_path: Path,
                                                   monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("CWB_BACKUP_DIR", str(blocker))
    make(dossier_path)
    with Project.open(dossier_path) as p:
        assert any("No backup" in w for w in p.warnings)
        p.add_question("Q1", "x")


def test_restore_is_itself_undoable(dossier_path: Path, backup_dir: Path) -> None:
    make(dossier_path, "Q1")
    add(dossier_path, "Q2")
    add(dossier_path, "Q3")
    assert keys(dossier_path) == ["Q1", "Q2", "Q3"]
    oldest = backups.list_backups(dossier_path)[-1]
    saved = backups.restore(dossier_path, oldest.path)
    assert keys(dossier_path) == ["Q1"]
    assert saved is not None and saved.reason == "restore"
    with Project.open(dossier_path, readonly=True) as p:
        assert p.audit()[0]["operation"] == f"Restore backup {oldest.name}"
        assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    backups.restore(dossier_path, saved.name)         # undo the restore, by name
    assert keys(dossier_path) == ["Q1", "Q2", "Q3"]
    assert not lock.lock_path(dossier_path).exists()


def test_restore_is_refused_while_someone_edits(dossier_path: Path, backup_dir: Path) -> None:
    make(dossier_path, "Q1")
    add(dossier_path, "Q2")
    with Project.open(dossier_path):
        before = dossier_path.read_bytes()
        with pytest.raises(DossierLocked, match="close it before restoring"):
            backups.restore(dossier_path, "1")
        assert dossier_path.read_bytes() == before
    with pytest.raises(NotFound):
        backups.restore(dossier_path, "99")
    with pytest.raises(NotFound):
        backups.restore(dossier_path, "no-such-backup")


def test_restore_a_deleted_or_damaged_dossier(dossier_path: Path, backup_dir: Path) -> None:
    make(dossier_path, "Q1")
    add(dossier_path, "Q2")
    dossier_path.unlink()
    assert backups.restore(dossier_path, "1") is None   # found through the sidecar's source
    assert keys(dossier_path) == ["Q1"]
    damaged = os.urandom(4096)
    dossier_path.write_bytes(damaged)
    backups.restore(dossier_path, "1")
    assert keys(dossier_path) == ["Q1"]
    kept = list(backup_dir.glob("*/*_damaged.bin"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_cli_backups_and_restore(dossier_path: Path, backup_dir: Path, capsys) -> None:
    make(dossier_path, "Q1")
    add(dossier_path, "Q2")
    assert cli(["backups", str(dossier_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["reason"] for b in listed["backups"]] == ["open"]
    assert cli(["backups", str(dossier_path), "--now"]) == 0
    out = capsys.readouterr().out
    assert "made backup" in out and "made by hand" in out
    assert cli(["restore", str(dossier_path), "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["restored"] == listed["backups"][0]["path"] and result["previous_state"]
    assert keys(dossier_path) == ["Q1"]
    with Project.open(dossier_path):
        assert cli(["restore", str(dossier_path), "1"]) == 3   # lock held: its own exit code
        assert "is open for editing by" in capsys.readouterr().err


# --- a backup that cannot be written (#13) -----------------------------------------------------
def _disk_full_after(pages: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup's destination can hold only ``pages`` pages: SQLite then reports
    SQLITE_FULL ("database or disk is full"), exactly as on a full disk."""
    real = backups.connection.connect_file

    def limited(path: Path, mode: str, **kwargs: object) -> sqlite3.Connection:
        conn = real(path, mode, **kwargs)
        if str(path).endswith(".partial"):
            conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(backups.connection, "connect_file", limited)


def test_a_backup_on_a_full_disk_is_reported_and_leaves_no_stub(
        dossier_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    with Project.create(dossier_path, "Groenboek") as project:
        project.add_question("Q1", "x" * 50_000)
    before = dossier_path.read_bytes()
    base = tmp_path / "b"
    _disk_full_after(2, monkeypatch)
    with pytest.raises(backups.BackupFailed, match="the disk is full"):
        backups.snapshot(dossier_path, "manual", base=base)
    leftovers = [p.name for p in base.rglob("*") if p.is_file()]
    assert leftovers == []                                   # no 0-byte .partial, no half .cwb
    assert dossier_path.read_bytes() == before
    # the CLI says so in one line and exits 1; opening for editing still works and warns
    assert cli(["backups", str(dossier_path), "--now"]) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and err.count("\n") == 1
    monkeypatch.setenv("CWB_BACKUP_DIR", str(base))
    assert cli(["question", "add", str(dossier_path), "--key", "Q2", "--text", "y"]) == 0
    err = capsys.readouterr().err
    assert "warning: No backup of" in err and "disk is full" in err
    assert not [p for p in base.rglob("*.partial")]


def test_a_backup_on_read_only_media_is_reported(dossier_path: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    Project.create(dossier_path, "Groenboek").close()

    def refuse(src: object, dst: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(backups.os, "replace", refuse)
    with pytest.raises(backups.BackupFailed, match="read-only"):
        backups.snapshot(dossier_path, "manual", base=tmp_path / "b")
    assert [p for p in (tmp_path / "b").rglob("*") if p.is_file()] == []

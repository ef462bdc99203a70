"""Opening a dossier in the window does not wait for its backup (#15): the window is usable
first, the backup follows in the background; closing the window stops it cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.main_window import MainWindow
from workbench import Project, backups


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("CWB_BACKUP_INTERVAL", "0")


def test_open_shows_the_dossier_before_its_backup(qtbot, demo_path: Path, monkeypatch) -> None:
    with Project.open(demo_path) as p:                 # changed since its last backup
        p.add_question("QX", "Nog een vraag")
    before = len(backups.list_backups(demo_path))
    started: list[Path] = []
    real = backups.open_backup_in_steps

    def slow(path, **kw):
        started.append(Path(path))
        return real(path, **{**kw, "step_pages": 4})

    monkeypatch.setattr(backups, "open_backup_in_steps", slow)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    assert window.project is not None and window.workspace.isVisibleTo(window)
    assert started == []                     # it starts once the window has shown the dossier
    qtbot.waitUntil(lambda: window.settled and not window.tasks.is_running("backup"),
                    timeout=20000)
    assert started == [demo_path]
    made = backups.list_backups(demo_path)
    assert len(made) == before + 1 and made[0].reason == "open"


def test_closing_cancels_the_backup(qtbot, demo_path: Path, monkeypatch, tmp_path: Path) -> None:
    with Project.open(demo_path) as p:
        p.add_question("QX", "Nog een vraag")
    before = {b.path for b in backups.list_backups(demo_path)}
    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(backups, "open_backup_in_steps",
                        lambda path, progress, **kw: _cancelled(path, progress))
    assert window.open_path(demo_path)
    qtbot.waitUntil(lambda: window.tasks.is_running("backup"), timeout=5000)
    window.close()                             # returns once the backup has stopped
    assert window.tasks.wait(0)
    qtbot.waitUntil(lambda: not window.tasks.is_running("backup"), timeout=5000)
    assert {b.path for b in backups.list_backups(demo_path)} == before
    assert not list((tmp_path / "backups").rglob("*.partial"))


def _cancelled(path, progress):
    import time

    for _ in range(500):                       # until the window says stop
        if not progress(1, 100):
            raise backups.BackupCancelled("cancelled")
        time.sleep(0.01)
    raise AssertionError("never cancelled")

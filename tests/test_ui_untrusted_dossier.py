"""The app's open path on a crafted or damaged dossier: a message naming the problem, never a
crash dialog, the start screen stays, and the file is left as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.main_window import MainWindow

CASES = {
    "foreign-trigger": ("CREATE TRIGGER flip AFTER INSERT ON argument BEGIN "
                        "UPDATE argument SET position = 'con'; END", "flip"),
    "view-for-advisor": ("DROP TABLE advisor; CREATE VIEW advisor AS SELECT 1 AS id", "advisor"),
    "heading-json": ("UPDATE block SET heading_path = '[oops'", "block.heading_path"),
    "text-for-integer": ("UPDATE source SET number = 'een'; UPDATE quote SET start = 'x'",
                         "quote.start"),
    "blob-title": ("UPDATE dossier SET title = zeroblob(50 * 1024 * 1024)", "dossier.title"),
    "invalid-utf8": ("UPDATE advisor SET name = CAST(x'53ff' AS TEXT)", "beschadigd"),
}


OPENS_ANYWAY = {"heading-json"}


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("readonly", [False, True])
def test_open_shows_a_message_not_a_crash(case: str, readonly: bool, sound: Path,
                                          tmp_path: Path, qtbot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "d.cwb"
    path.write_bytes(sound.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executescript(CASES[case][0])
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    crashes: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: crashes.append(exc))
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    if readonly:
        monkeypatch.setattr(window, "open_project",
                            lambda p, readonly=False, _o=window.open_project: _o(p, True))
    if case in OPENS_ANYWAY:
        # damage in the big paragraph table is left to `check` (a full read of a big dossier);
        # the dossier opens and shows the damaged value as it is, without a crash
        assert window.open_path(path)
        qtbot.wait(50)
        assert not crashes and window.project is not None
        window.set_project(None)
        return
    assert not window.open_path(path)
    qtbot.wait(50)
    assert not crashes
    assert shown and CASES[case][1] in shown[-1] and "Traceback" not in shown[-1]
    assert window.project is None
    assert window.pages.currentWidget() is window.start_screen
    if readonly:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before

"""Stances are edited fully in the GUI: stance, stated or inferred, evidence quotes, motivation
(#14; before, quotes and motivation could only be set from the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.uikeys import Keyboard, activate
from ui.dialogs.stance_dialog import StanceDialog
from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch) -> None:
    """A message box would block the test run: fail with its text instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **_kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch, tmp_path: Path) -> MainWindow:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    return window


def cell(window: MainWindow, advisor: str, option: str):
    model = window.workspace.matrix.model
    row = [a.key for a in model.advisors].index(advisor)
    column = [o.key for o in model.options].index(option)
    return model.index(row, column)


def test_the_dialog_offers_only_that_advisors_quotes(qtbot, window: MainWindow) -> None:
    project = window.project
    dialog = StanceDialog(project, "VARIO", "S3")
    qtbot.addWidget(dialog)
    vario_sources = {s.number for s in project.sources() if s.advisor_key == "VARIO"}
    offered = [dialog.quotes.item(r).data(Qt.ItemDataRole.UserRole + 1)
               for r in range(dialog.quotes.count())]
    assert offered
    assert all(project.quote_source_number(project.quote(n)) in vario_sources for n in offered)
    under_s3 = {q.number for q in project.quotes(option="S3")}
    first = offered[0]
    assert first in under_s3 and "bij deze optie" in dialog.quotes.item(0).text()


def test_stance_edited_with_the_keyboard_from_the_matrix(qtbot, window: MainWindow,
                                                         monkeypatch) -> None:
    activate(window)
    window.show_matrix()
    matrix = window.workspace.matrix
    index = cell(window, "VARIO", "S4")
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(index)
    seen: list[StanceDialog] = []
    ticked: list[bool] = []                         # was the first quote ticked before?
    before = len(window.project.stance("VARIO", "S4").quote_numbers)

    def fill(dialog: StanceDialog) -> int:
        seen.append(dialog)
        activate(dialog)
        keys = Keyboard()
        assert dialog.focusWidget() is dialog.stance
        dialog.stance.setCurrentIndex(dialog.stance.findData("opposes"))
        dialog.inferred.setChecked(True)
        dialog.quotes.setFocus()
        dialog.quotes.setCurrentRow(0)
        ticked.append(dialog.quotes.item(0).checkState() == Qt.CheckState.Checked)
        keys.press("Space")                         # tick (or untick) the first quote
        dialog.note.setFocus()
        keys.press("Ctrl+A")
        keys.type("Leidt af uit de kritiek op het programma.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(StanceDialog, "exec", fill)
    qtbot.keyClick(matrix.table, Qt.Key.Key_Return)
    assert seen, "Enter on a cell opens the stance dialog"
    stance = window.project.stance("VARIO", "S4")
    assert stance.stance == "opposes" and stance.explicit is False
    assert stance.note == "Leidt af uit de kritiek op het programma."
    assert len(stance.quote_numbers) == before + (-1 if ticked[0] else 1)
    assert "afgeleid" in index.model().data(cell(window, "VARIO", "S4"))
    window.undo_group.undo()
    assert window.project.stance("VARIO", "S4") != stance


def test_f2_opens_and_clearing_removes_the_stance(qtbot, window: MainWindow, monkeypatch) -> None:
    matrix = window.workspace.matrix
    existing = window.project.stances()[0]
    index = cell(window, existing.advisor_key, existing.option_key)
    matrix.table.setCurrentIndex(index)
    monkeypatch.setattr(matrix, "ask", lambda a, o: {"stance": "", "explicit": True,
                                                     "quotes": [], "note": ""})
    qtbot.keyClick(matrix.table, Qt.Key.Key_F2)
    assert window.project.stance(existing.advisor_key, existing.option_key) is None

"""Back-ups from the File menu, the audit trail per record, deletions that say what goes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import ui.backup_dialog
from ui.main_window import MainWindow
from ui.models.base import KEY_ROLE
from workbench import Project


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("CWB_BACKUP_INTERVAL", "0")


@pytest.fixture
def window(qtbot, demo_path: Path):
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    return window


def test_backups_restore_and_reopen(qtbot, window: MainWindow, monkeypatch) -> None:
    window.session.run("option.delete", window.project.delete_option, "S3")
    path = window.project.path

    def restore_oldest(dialog) -> int:
        dialog.view.setCurrentIndex(dialog.model.index(dialog.model.rowCount() - 1, 0))
        assert dialog.restore_selected()
        return 1

    monkeypatch.setattr(ui.backup_dialog.BackupDialog, "exec", restore_oldest)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.show_backups() is not None
    assert window.project is not None and window.project.path == path
    assert not window.project.readonly
    assert window.project.option("S3").key == "S3"              # the backup's content
    assert window.tree_model.find("option", "S3").isValid()
    assert window.session.stack.count() == 0


def test_backups_closed_without_restoring_keeps_the_session(qtbot, window, monkeypatch) -> None:
    session = window.session
    monkeypatch.setattr(ui.backup_dialog.BackupDialog, "exec", lambda dialog: 0)
    assert window.show_backups() is None
    assert window.session is session


def test_audit_of_selected_option_and_whole_dossier(qtbot, window: MainWindow) -> None:
    window.session.run("option.edit", window.project.update_option, "S3", title="Nieuw")
    window.navigator.setCurrentIndex(window.tree_model.find("option", "S3"))
    window.navigator.setFocus()
    dialog = window.show_audit()
    assert dialog.model.kind == "option" and dialog.model.key == "S3"
    rows = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert rows[0].startswith("Optie S3 gewijzigd (titel")            # Dutch, from the code
    assert dialog.model.index(0, 1).data()                       # who
    assert dialog.model.index(0, 0).data()[:2] == "20"           # when
    assert "Optie S3" in dialog.windowTitle()
    window.session.run("option.edit", window.project.update_option, "S3", title="Nog eens")
    assert dialog.model.rowCount() == len(rows) + 1             # follows the edits
    window.navigator.setCurrentIndex(window.navigator.rootIndex())
    window.navigator.clearSelection()
    window.navigator.setCurrentIndex(window.tree_model.index(-1, -1))
    whole = window.show_audit()
    assert whole.model.kind is None and whole.model.rowCount() > len(rows)
    assert "hele dossier" in whole.windowTitle()


def test_audit_of_an_argument_on_the_board(qtbot, window: MainWindow) -> None:
    board = window.workspace.board
    window.show_board()
    board.set_option("S3")
    number = board.models["pro"].cards[0].number
    window.session.run("argument.edit", window.project.update_argument, number, text="Anders")
    view = board.lists["pro"]
    view.setCurrentIndex(board.models["pro"].index(0, 0))
    assert window.selected_record() == ("argument", str(number))
    dialog = window.show_audit()
    assert dialog.model.rowCount() == 1


def test_delete_option_shows_the_impact_and_is_undoable(qtbot, window: MainWindow) -> None:
    asked: list[str] = []
    impact = window.project.deletion_impact("option", "S3")
    window.editor.confirm = lambda title, text: asked.append(text) or True
    window.editor.delete("option", "S3")
    assert f"{impact['arguments']} argumenten" in asked[0]
    assert f"{impact['stances']} standpunten" in asked[0]
    assert "Dit verwijdert ook" in asked[0] and "1 opties" not in asked[0]
    assert not window.tree_model.find("option", "S3").isValid()
    window.acts["undo"].trigger()
    assert window.tree_model.find("option", "S3").isValid()
    assert len(window.project.arguments("S3")) == impact["arguments"]


def test_delete_source_from_the_navigator(qtbot, window: MainWindow) -> None:
    source = window.project.sources()[0]
    quotes = len(window.project.quotes(source=source.number))
    asked: list[str] = []
    window.editor.confirm = lambda title, text: asked.append(text) or True
    window.editor.delete("source", str(source.number))
    assert f"{quotes} citaten" in asked[0]
    assert source.number not in [s.number for s in window.project.sources()]
    window.acts["undo"].trigger()
    assert source.number in [s.number for s in window.project.sources()]


def test_delete_argument_says_the_quotes_stay(qtbot, window: MainWindow, monkeypatch) -> None:
    board = window.workspace.board
    board.set_option("S3")
    card = board.models["pro"].cards[0]
    asked: list[str] = []
    monkeypatch.setattr(board, "confirm", lambda title, text: asked.append(text) or True)
    board.delete_argument(card.number)
    assert "blijven bewaard" in asked[0] and "ongedaan" in asked[0]
    window.acts["undo"].trigger()
    assert card.number in [a.number for a in window.project.arguments("S3")]


def test_board_and_reader_keep_their_place_after_an_edit(qtbot, window: MainWindow) -> None:
    board, reader = window.workspace.board, window.workspace.reader
    board.set_option("S3")
    source = window.project.sources()[2].number
    window.session.show_source.emit(source, -1, -1)
    window.session.run("option.edit", window.project.update_option, "S1", title="Anders")
    assert board.option == "S3" and board.option_box.currentData(KEY_ROLE) == "S3"
    assert reader.number == source

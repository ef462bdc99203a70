"""Navigation by single clicks; the board follows a quote; a suggestion can go to another
option (#14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch, tmp_path: Path) -> MainWindow:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot, view, index) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def test_one_click_on_an_option_shows_its_board(qtbot, window: MainWindow) -> None:
    window.show_reader()
    click(qtbot, window.navigator, window.tree_model.find("option", "S4"))
    assert window.workspace.currentWidget() is window.workspace.board
    assert window.workspace.board.option == "S4"


def test_one_click_on_a_source_shows_its_text(qtbot, window: MainWindow) -> None:
    source = window.project.sources()[1]
    window.show_board()
    click(qtbot, window.navigator, window.tree_model.find("source", str(source.number)))
    assert window.workspace.currentWidget() is window.workspace.reader
    assert window.workspace.reader.number == source.number


def test_after_quoting_the_board_shows_that_option(qtbot, window: MainWindow, monkeypatch) -> None:
    reader = window.workspace.reader
    window.session.show_option.emit("S1")
    reader.show_source(window.project.sources()[0].number)
    reader.text.selectAll()
    monkeypatch.setattr(reader, "ask_quote", lambda passage: {
        "option": "S4", "position": "con", "argument": None, "new_argument": "Te duur"})
    assert reader.make_quote()
    assert window.workspace.board.option == "S4"
    assert "Te duur" in [c.text for c in window.workspace.board.models["con"].cards]


def test_one_click_on_a_search_hit_opens_it(qtbot, window: MainWindow) -> None:
    panel = window.workspace.search
    window.focus_search()
    panel.query.setText("financiering")
    panel.search()
    assert panel.model.rowCount() > 0
    window.show_board()
    click(qtbot, panel.results, panel.model.index(0, 0))
    assert window.workspace.currentWidget() is window.workspace.reader
    assert window.workspace.reader.text.textCursor().hasSelection()


def test_an_accepted_suggestion_can_go_to_another_option(qtbot, window: MainWindow,
                                                        monkeypatch) -> None:
    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    suggestion = panel.model.items[0]
    other = next(o.key for o in window.project.options() if o.key != suggestion.option_key)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    monkeypatch.setattr(panel, "ask", lambda s: {"option": other, "position": "pro",
                                                 "argument": None,
                                                 "new_argument": "Hoort bij een andere optie"})
    quotes_before = len(window.project.quotes())
    panel.accept_current()
    arguments = window.project.arguments(other, "pro")
    assert any(a.text == "Hoort bij een andere optie" for a in arguments)
    assert len(window.project.quotes()) == quotes_before + 1
    assert suggestion.id not in [s.id for s in panel.model.items]
    window.undo_group.undo()
    assert len(window.project.quotes()) == quotes_before
    assert not any(a.text == "Hoort bij een andere optie"
                   for a in window.project.arguments(other, "pro"))

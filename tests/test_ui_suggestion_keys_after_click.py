"""A suggestion clicked is judged with one key (#14, found walking the demo under Xvfb): the
click showed the passage in the reader and moved the keyboard there too, so the R pressed next
went to the reader and nothing happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from workbench import Project


def _demo_with_suggestions(qtbot, demo_path: Path, tmp_path: Path, monkeypatch) -> MainWindow:
    """The demo shown, its opening settled and its first scan ended: before it settles no scan
    has started yet, and one starting later would change the list behind the test."""
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: window.settled and panel.model.rowCount() > 1
                    and not window.tasks.is_running("suggestions"), timeout=30000)
    return window


def test_a_clicked_suggestion_takes_its_verdict_key(qtbot, demo_path: Path, tmp_path: Path,
                                                    monkeypatch) -> None:
    window = _demo_with_suggestions(qtbot, demo_path, tmp_path, monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    panel = window.workspace.suggestions
    view = panel.view
    index = panel.model.index(0, 0)
    clicked = panel.model.items[0]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    reader = window.workspace.reader
    assert window.workspace.currentWidget() is reader            # the passage is shown
    assert reader.number == clicked.source_number
    assert QApplication.focusWidget() is view                    # and the keys stay here
    before = panel.model.total
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R)
    qtbot.waitUntil(lambda: panel.model.total == before - 1, timeout=5000)
    assert all((s.option_key, s.block_id, s.passage) !=
               (clicked.option_key, clicked.block_id, clicked.passage)
               for s in panel.model.items)


def test_move_says_why_when_there_is_no_other_option(qtbot, demo_path: Path, tmp_path: Path,
                                                     monkeypatch) -> None:
    """M on a suggestion for IBN (the only option of question 2) did nothing, without a word."""
    window = _demo_with_suggestions(qtbot, demo_path, tmp_path, monkeypatch)
    panel = window.workspace.suggestions
    row = next(r for r, s in enumerate(panel.model.items) if s.option_key == "IBN")
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    before = panel.model.total
    qtbot.keyClick(panel.view, Qt.Key.Key_M)
    said = window.statusBar().currentMessage()
    assert "IBN is de enige optie van haar vraag" in said
    assert panel.model.total == before and panel.model.items[row].option_key == "IBN"


def test_the_verdicts_wait_for_a_suggestion(qtbot, tmp_path: Path, monkeypatch) -> None:
    """In an empty new dossier Aanvaarden, Afwijzen, ... looked live and did nothing."""
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.create(tmp_path / "d.cwb", "Proef"))
    qtbot.addWidget(window)
    window.show()
    panel = window.workspace.suggestions
    buttons = (panel.accept_button, panel.dismiss_button, panel.move_button,
               panel.not_relevant_button)
    assert panel.model.rowCount() == 0
    assert not any(button.isEnabled() for button in buttons)
    assert not panel.accept_action.isEnabled()


def test_a_suggestion_in_hand_can_be_judged(qtbot, demo_path: Path, tmp_path: Path,
                                            monkeypatch) -> None:
    window = _demo_with_suggestions(qtbot, demo_path, tmp_path, monkeypatch)
    panel = window.workspace.suggestions
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.accept_button.isEnabled() and panel.dismiss_button.isEnabled()
    before = panel.model.total
    panel.dismiss_button.click()
    qtbot.waitUntil(lambda: panel.model.total == before - 1, timeout=5000)
    assert panel.view.currentIndex().isValid() and panel.dismiss_button.isEnabled()

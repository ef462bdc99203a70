"""Start screen (demo, recent files, drop), settings and the English interface."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

import ui.main_window
from ui import i18n, settings
from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    i18n.install("nl")


def test_start_screen_opens_the_demo_and_remembers_it(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "data" / "demo.cwb"
    monkeypatch.setattr(ui.main_window, "demo_file", lambda: target)
    assert window.pages.currentWidget() is window.start_screen
    qtbot.mouseClick(window.start_screen.button_demo, ui.main_window.Qt.MouseButton.LeftButton)
    assert target.exists() and window.project is not None
    assert window.pages.currentWidget() is window.workspace
    assert "Groenboek" in window.windowTitle()
    assert settings.recent_files() == [target.resolve()]
    window.close_dossier()
    assert window.pages.currentWidget() is window.start_screen
    assert window.start_screen.recent_model.rowCount() == 1


def test_dropping_a_dossier_opens_it(qtbot, window, demo_path: Path) -> None:
    window.open_dropped([demo_path])
    assert window.project is not None and window.project.path == demo_path


def test_settings_have_declared_defaults() -> None:
    assert settings.LANGUAGE.get() == "nl"
    assert settings.RECENT_FILES.get() == []
    settings.RECENT_FILES.set(["/only/one"])
    assert settings.RECENT_FILES.get() == ["/only/one"]


def test_switching_to_english_shows_english_menus(qtbot, window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&Bestand", "Be&werken"]
    window.set_language("en")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Dossier", "&View", "&Help"]
    assert window.acts["open"].text() == "&Open..."
    assert window.start_screen.button_demo.text() == "Open demo dossier"
    assert settings.LANGUAGE.get() == "en"
    window.set_language("nl")
    assert window.menuBar().actions()[0].text() == "&Bestand"


def test_help_menu_has_about_and_view_menu_lists_panels(qtbot, window) -> None:
    menus = {m.objectName(): m for m in window.menuBar().findChildren(QMenu)}
    help_texts = [a.text() for a in menus["menu_help"].actions()]
    assert "&Over Consultation Workbench" in help_texts
    names = {d.objectName() for d in window.docks()}
    assert {"dock_navigator", "dock_search", "dock_suggestions", "dock_checks"} <= names


def test_layout_is_saved_on_close(qtbot, demo_path: Path) -> None:
    win = MainWindow(Project.open(demo_path))
    qtbot.addWidget(win)
    win.show()
    win.close()
    assert settings.WINDOW_STATE.get() is not None


def test_the_start_screen_stands_alone_and_the_docks_come_back_with_a_dossier(
        qtbot, window, demo_path: Path) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert [d.objectName() for d in window.docks() if d.isVisible()] == []   # not greyed around it
    window.open_path(demo_path)
    shown = {d.objectName() for d in window.docks() if d.isVisible()}
    assert {"dock_navigator", "dock_suggestions"} <= shown
    window.close_dossier()
    assert not any(d.isVisible() for d in window.docks())
    window.close()                                     # saved as they were with a dossier
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not any(d.isVisible() for d in again.docks())
    again.open_path(demo_path)
    assert {d.objectName() for d in again.docks() if d.isVisible()} == shown

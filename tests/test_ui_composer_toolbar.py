"""Every insert button of the Mededeling's tool bar is on screen from 1360 px wide (#14): at
1360 x 768 "Matrix" and "Adviseurs" were folded into the tool bar's » menu, where a new user
never looked for them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolBar, QToolButton

from ui import i18n
from ui.main_window import MainWindow
from workbench import Project

INSERTS = ("insert_quote", "insert_argument", "insert_overview", "insert_matrix",
           "insert_advisors")


def _folded(window: MainWindow) -> list[str]:
    composer = window.workspace.composer
    bar = composer.findChild(QToolBar, "composer_toolbar")
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more is None or not more.isVisible(), "the tool bar folds actions into its » menu"
    return [name for name in INSERTS
            if not composer.buttons[name].isVisible()
            or not bar.rect().contains(composer.buttons[name].geometry())]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("size", [(1360, 768), (1600, 1000)])
def test_every_insert_button_shows_from_1360_px(qtbot, demo_path: Path, tmp_path: Path,
                                                monkeypatch, size: tuple[int, int],
                                                language: str) -> None:
    from PySide6.QtWidgets import QApplication

    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    i18n.install(language, QApplication.instance())
    try:
        window = MainWindow(Project.open(demo_path))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.workspace.show_view("composer")
        qtbot.wait(50)
        assert _folded(window) == []
        composer = window.workspace.composer
        for name in INSERTS:                 # an icon alone still says what it does
            button = composer.buttons[name]
            assert not button.icon().isNull()
            assert button.toolTip() and button.accessibleName()
    finally:
        i18n.install("nl", QApplication.instance())

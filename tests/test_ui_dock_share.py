"""The docks take a sensible share of the window again when it grows (#14): at 1024 px they
are narrowed to 200 px, and Qt gave every pixel gained later to the views, so after maximising
(or on the next start, from the saved layout) the dossier tree and the suggestions stayed
slivers beside a very wide reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui import settings
from ui.dock_sizer import share
from ui.main_window import MainWindow
from workbench import Project

LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


@pytest.fixture
def demo_window(qtbot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))

    def make(size: tuple[int, int]) -> MainWindow:
        window = MainWindow(Project.open(demo_path))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(50)
        return window
    return make


def _widths(window: MainWindow) -> tuple[int, int]:
    return window.navigator_dock.width(), window.workspace.docks[1].width()


def test_the_docks_widen_again_when_the_window_grows(qtbot, demo_window) -> None:
    window = demo_window((1024, 640))
    left, right = _widths(window)
    assert left < share(1600, LEFT) and right < share(1600, RIGHT)    # narrowed at 1024
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: _widths(window)[0] >= share(1600, LEFT), timeout=2000)
    left, right = _widths(window)
    assert right >= share(1600, RIGHT)
    assert window.workspace.docks[0].width() == left         # the search, below the tree
    assert window.workspace.width() >= 900                   # the views keep the most
    window.resize(1024, 640)                                 # and it still fits when small
    qtbot.wait(50)
    assert window.workspace.width() >= window.workspace.MIN_WIDTH


def test_a_layout_saved_small_opens_with_wide_docks_in_a_big_window(qtbot, demo_window) -> None:
    small = demo_window((1024, 640))
    small.close()
    assert settings.WINDOW_STATE.get() is not None
    big = demo_window((1600, 1000))
    qtbot.waitUntil(lambda: _widths(big)[0] >= share(1600, LEFT), timeout=2000)
    assert _widths(big)[1] >= share(1600, RIGHT)


def test_a_dock_made_wide_by_hand_stays_wide(qtbot, demo_window) -> None:
    window = demo_window((1360, 860))
    dock = window.workspace.docks[1]
    window.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    wide = dock.width()
    assert wide > share(1600, RIGHT)
    window.resize(1600, 1000)
    qtbot.wait(50)
    assert dock.width() >= wide


def test_no_dock_can_be_squeezed_to_its_title(qtbot, demo_window) -> None:
    window = demo_window((1024, 640))
    search = window.workspace.docks[0]
    window.resizeDocks([window.navigator_dock, search], [600, 1], Qt.Orientation.Vertical)
    qtbot.wait(20)
    window.close()                                           # the layout is saved here
    again = demo_window((1024, 640))
    assert again.workspace.docks[0].height() >= 120

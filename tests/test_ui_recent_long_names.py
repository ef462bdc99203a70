"""A recent dossier with a long name is cut with "…" inside the list (#14, found walking the
start screen under Xvfb: the name ran off the list's edge above a horizontal scroll bar)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ui import settings
from ui.start_screen import StartScreen
from workbench import Project

LONG = "Leeg dossier met een erg lange titel over het toekomstige havenbeleid van Vlaanderen"


def test_a_long_recent_name_is_cut_inside_the_list(qtbot, tmp_path: Path) -> None:
    path = tmp_path / f"{LONG}.cwb"
    Project.create(path, LONG).close()
    settings.add_recent_file(path)
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    screen.refresh()
    qtbot.waitExposed(screen)
    view = screen.recent
    index = view.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == str(path)           # whole in the tip
    assert view.fontMetrics().horizontalAdvance(LONG) > view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle

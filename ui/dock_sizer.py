"""The docks take a sensible share of the window again when it grows.

Qt gives every pixel a window gains to its central widget: docks narrowed at 1024 px stayed
200 px wide after maximising, and a layout saved that way came back narrow (#14). Here a dock
narrower than its share of the window is widened when the window grows or is shown, and
before the layout is saved; a dock the officer made wider than its share is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

MIN_WIDTH = 200
MIN_HEIGHT = 120          # a dock squeezed to its title bar is not a layout to keep
# (fraction of the window's width, most) per side: the navigator column on the left, the
# suggestions and checks on the right; the views in the middle keep the rest.
SHARE = {Qt.DockWidgetArea.LeftDockWidgetArea: (1 / 6, 280),
         Qt.DockWidgetArea.RightDockWidgetArea: (1 / 5, 340)}


def share(window_width: int, area: Qt.DockWidgetArea) -> int:
    """The width a dock in ``area`` should have at least in a window this wide."""
    fraction, most = SHARE.get(area, (0.0, MIN_WIDTH))
    return max(MIN_WIDTH, min(most, int(window_width * fraction)))


class DockSizer(QObject):
    """Watches ``window``'s resizes; ``settle()`` widens the docks below their share."""

    def __init__(self, window: QMainWindow, docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.docks = docks
        for dock in docks:
            dock.setMinimumWidth(MIN_WIDTH)
            dock.setMinimumHeight(MIN_HEIGHT)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)             # after the window's layout took the new size
        self._pending.timeout.connect(self.settle)
        self._squeezing = QTimer(self)
        self._squeezing.setSingleShot(True)
        self._squeezing.setInterval(0)
        self._squeezing.timeout.connect(self.squeeze)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show:
                self._pending.start()
            elif event.type() == QEvent.Type.Resize:
                old, new = event.oldSize(), event.size()   # type: ignore[attr-defined]
                if not old.isValid() or new.width() > old.width():
                    self._pending.start()
                elif new.width() < old.width():
                    self._squeezing.start()
        return False

    def squeeze(self) -> None:
        """In a window made small the views are at their minimum and Qt narrows every dock
        alike: the suggestions' buttons were cut while the tree kept 60 px it did not need.
        The left column gives up what it has beyond its minimum to the right one."""
        central = self.window.centralWidget()
        if central is None or central.width() > central.minimumSizeHint().width() + 4:
            return
        left = self._column(Qt.DockWidgetArea.LeftDockWidgetArea)
        right = self._column(Qt.DockWidgetArea.RightDockWidgetArea)
        if left is None or right is None or left.width() <= MIN_WIDTH:
            return
        self.window.resizeDocks([left, right], [MIN_WIDTH, right.width() + left.width()
                                                - MIN_WIDTH], Qt.Orientation.Horizontal)

    def _column(self, area: Qt.DockWidgetArea) -> QDockWidget | None:
        return next((d for d in self._shown() if self.window.dockWidgetArea(d) == area), None)

    def _shown(self) -> list[QDockWidget]:
        """The docked docks on screen: of tabbed ones only the tab in front (the others keep
        the geometry of when they were last shown)."""
        return [d for d in self.docks if not d.isFloating() and d.isVisible()
                and not d.visibleRegion().isEmpty()]

    def settle(self) -> None:
        """Widen every docked, visible dock that is narrower than its share of the window,
        one per column (docks stacked in one column share their width)."""
        width = self.window.width()
        docks, widths = [], []
        seen: set[tuple[Qt.DockWidgetArea, int]] = set()
        for dock in self._shown():
            area = self.window.dockWidgetArea(dock)
            if area not in SHARE:
                continue
            column = (area, dock.x())
            wanted = share(width, area)
            if column in seen or dock.width() >= wanted:
                continue
            seen.add(column)
            docks.append(dock)
            widths.append(wanted)
        if docks:
            self.window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

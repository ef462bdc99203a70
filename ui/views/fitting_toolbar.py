"""A tool bar that shows its buttons as icons alone before it folds any into its » menu.

The Mededeling's insert buttons ("Citaat", "Argument", "Overzicht", "Matrix", "Adviseurs")
carry an icon and a word; at 1360 px the last two went into the » menu, where a new user
never looks (#14). Here the buttons drop their words one by one, from the last, while the
row is too narrow; each keeps its tool tip and accessible name, so it still says what it
does. The » menu stays the last resort for a window narrower than the icons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

WITH_TEXT = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICON_ONLY = Qt.ToolButtonStyle.ToolButtonIconOnly


class FittingToolBar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compactable: list[QToolButton] = []     # in the order they lose their words

    def add_compactable(self, button: QToolButton) -> None:
        """Add ``button`` (with an icon and a text) as one that may show its icon alone."""
        button.setToolButtonStyle(WITH_TEXT)
        self.addWidget(button)
        self.compactable.insert(0, button)           # the last added gives up its text first

    def fit(self) -> None:
        """Words on as many buttons as the width allows, counted from the first."""
        room = self.contentsRect().width()
        for button in self.compactable:
            button.setToolButtonStyle(WITH_TEXT)
        for button in self.compactable:
            if self._needed() <= room:
                break
            button.setToolButtonStyle(ICON_ONLY)
        if (layout := self.layout()) is not None:
            layout.invalidate()

    def _needed(self) -> int:
        """The width all widgets need side by side (the » button not counted)."""
        layout = self.layout()
        if layout is None:
            return 0
        spacing = max(layout.spacing(), 0)
        margins = layout.contentsMargins()
        widths = []
        for action in self.actions():
            widget = self.widgetForAction(action)     # separators have one too
            if widget is not None and action.isVisible():
                widths.append(widget.sizeHint().width() + spacing)
        handle = self.style().pixelMetric(self.style().PixelMetric.PM_ToolBarHandleExtent) \
            if self.isMovable() else 0
        return sum(widths) + margins.left() + margins.right() + handle

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit()
        super().resizeEvent(event)

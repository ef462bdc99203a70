"""Keyboard helpers for GUI tests: make a window active offscreen and press key sequences."""

from __future__ import annotations

import warnings

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def activate(window: QWidget) -> None:
    """Offscreen windows never become active by themselves; shortcuts need an active window."""
    window.show()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


class Keyboard:
    """Presses keys on whatever has focus and counts them (a chord such as Ctrl+Q counts 1)."""

    def __init__(self) -> None:
        self.presses = 0

    def target(self) -> QWidget:
        widget = QApplication.focusWidget() or QApplication.activeModalWidget() \
            or QApplication.activeWindow()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def press(self, sequence: str, times: int = 1) -> None:
        combo = QKeySequence(sequence)[0]
        for _ in range(times):
            QTest.keyClick(self.target(), combo.key(), combo.keyboardModifiers())
            self.presses += 1

    def type(self, text: str) -> None:
        """Typing a text counts one press per character."""
        QTest.keyClicks(self.target(), text)
        self.presses += len(text)

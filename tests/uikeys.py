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

    def __init__(self, home: QWidget | None = None) -> None:
        self.presses = 0
        self.typed = 0              # of which characters of typed text
        self.home = home            # re-activated when a dialog has closed (as a desktop does)

    def target(self) -> QWidget:
        popup = QApplication.activePopupWidget()         # an open menu takes the keys
        if popup is not None:
            return popup
        modal = QApplication.activeModalWidget()
        if modal is not None and QApplication.activeWindow() is not modal:
            activate(modal)
        elif modal is None and self.home is not None and \
                QApplication.activeWindow() is not self.home:
            activate(self.home)
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
        self.typed += len(text)


def when_modal(action, *, timeout_ms: int = 10000, exclude: QWidget | None = None) -> None:
    """Run ``action(dialog)`` as soon as a modal dialog (other than ``exclude``) is open: the
    key press that opens a dialog does not return until the dialog closes, so what to type in
    it is scheduled first."""
    from PySide6.QtCore import QTimer

    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not exclude and dialog.isVisible():
            activate(dialog)
            action(dialog)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)

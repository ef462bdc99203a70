"""The shared frame of the edit dialogs: a form, OK/Cancel, and a submit hook that may refuse."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

Submit = Callable[[dict[str, Any]], bool]
W = TypeVar("W", bound=QWidget)   # add_row returns the widget it was given, typed as such


class FormDialog(QDialog):
    """A dialog with a form. On OK, ``submit(values())`` runs; the dialog closes only if it
    returns True (so a refused key or date leaves the user's input in place)."""

    def __init__(self, title: str, parent: QWidget | None = None,
                 submit: Submit | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._submit = submit
        self.first_field: QWidget | None = None   # gets the focus when the dialog opens
        self._focused_once = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Bewaren en sluiten (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Sluiten zonder te bewaren (Escape)"))
        # Enter in a multi-line field is a new line: Ctrl+Enter is OK from anywhere.
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self._ok_pressed)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: W, accessible: str | None = None,
                description: str | None = None) -> W:
        widget.setAccessibleName(accessible or label.replace("&", "").rstrip(":"))
        if description:
            widget.setAccessibleDescription(description)
        self.form.addRow(label, widget)
        if isinstance(widget, QLineEdit):
            widget.setCursorPosition(0)     # a long title shows its start, not its tail
        if self.first_field is None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            self.first_field = widget
        return widget

    def showEvent(self, event) -> None:
        # The button box is built before the fields, so Qt would start on OK: typing would go
        # nowhere and the next space would press a button. Start in the first field instead
        # (the tab chain then runs through the fields to OK and Cancel).
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            first = self.first_field
            if first is not None and first.isEnabled():
                first.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(first, QLineEdit):
                    QTimer.singleShot(0, first, lambda: _show_start(first))

    def _ok_pressed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None and ok.isEnabled():
            ok.click()

    def values(self) -> dict[str, Any]:  # pragma: no cover - overridden
        return {}

    def accept(self) -> None:
        if self._submit is None or self._submit(self.values()):
            super().accept()
            return
        # Refused (the reason was shown): back to a field, not on OK where typing goes nowhere.
        focus = self.focusWidget()
        if (focus is None or isinstance(focus, QAbstractButton)) and self.first_field is not None:
            self.first_field.setFocus(Qt.FocusReason.OtherFocusReason)


def _show_start(field: QLineEdit) -> None:
    """A field selected whole (typing replaces it) read from its start: a long title showed
    only "...avenbeleid van Vlaanderen en Brussel" (#14)."""
    text = field.text()
    if text and field.selectedText() == text:
        field.setSelection(len(text), -len(text))


class DateField(QWidget):
    """An optional date: a check box ("known") and a date editor with a calendar."""

    def __init__(self, value: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(self)
        self.known.setAccessibleName(self.tr("Datum bekend"))
        self.known.setAccessibleDescription(self.tr("Aanvinken als de datum bekend is"))
        self.edit = QDateEdit(self)
        self.edit.setAccessibleName(self.tr("Datum"))
        self.edit.setAccessibleDescription(self.tr("Jaar-maand-dag; Alt+pijl omlaag opent de "
                                                   "kalender"))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.known.toggled.connect(self.edit.setEnabled)
        self.setFocusProxy(self.known)
        self.set_value(value)

    def set_value(self, value: str | None) -> None:
        date = QDate.fromString(value or "", Qt.DateFormat.ISODate)
        self.known.setChecked(date.isValid())
        self.edit.setEnabled(date.isValid())
        self.edit.setDate(date if date.isValid() else QDate.currentDate())

    def value(self) -> str | None:
        return self.edit.date().toString(Qt.DateFormat.ISODate) if self.known.isChecked() else None

"""Help > Sneltoetsen: every key of the window with what it does, read from the actions
themselves (so the list cannot drift from the keys)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Keys that are not actions of the window but work in its views and dialogs.
EXTRA = (
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Een venster met velden bevestigen (OK)")),
    ("Enter / F2", QT_TRANSLATE_NOOP("ShortcutsDialog", "In de standpuntentabel: het standpunt "
                                                        "bewerken")),
    ("↓", QT_TRANSLATE_NOOP("ShortcutsDialog", "Bij Citeren: van het argument naar de "
                                               "bestaande argumenten")),
)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                          for k in action.shortcuts())
        if keys:
            rows.append((keys, action.text().replace("&", "").split(":")[0].rstrip(".")))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.resize(560, 520)
        rows = shortcut_rows(actions) + [(k, self.tr(str(text))) for k, text in EXTRA]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Toets"), self.tr("Wat het doet")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Sneltoetsen"))
        self.table.setAccessibleDescription(self.tr("Per toets wat ze doet"))
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Dit venster sluiten"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.setFocus()

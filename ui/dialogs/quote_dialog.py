"""The reader's one question when quoting: for which option, which position, which argument.

The existing arguments of the chosen option and position are listed at once (the typed text
filters them); picking one files the quote under it, typing a new text makes a new argument.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from ui import labels
from ui.dialogs.form import FormDialog
from ui.icons import icon
from ui.views.eliding_combo import ElidingComboBox
from workbench import Project
from workbench.model import POSITIONS

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class ArgumentField(QLineEdit):
    """The argument's text; Down moves into the list of existing arguments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listing: QListWidget | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.listing is not None and self.listing.count():
            self.listing.setFocus(Qt.FocusReason.TabFocusReason)
            visible = [self.listing.item(r) for r in range(self.listing.count())
                       if not self.listing.item(r).isHidden()]
            if visible:
                self.listing.setCurrentItem(visible[0])
            return
        super().keyPressEvent(event)


class QuoteDialog(FormDialog):
    """``values()`` gives option, position and either ``argument`` (a number) or
    ``new_argument`` (a text)."""

    def __init__(self, project: Project, passage: str, parent: QWidget | None = None,
                 option: str | None = None, position: str = "pro") -> None:
        super().__init__(self.tr("Citeren"), parent)
        self.setObjectName("quote_dialog")
        self.project = project
        preview = QLabel(f"“{passage[:280]}{'…' if len(passage) > 280 else ''}”")
        preview.setObjectName("quote_passage")
        preview.setWordWrap(True)
        preview.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.form.addRow(preview)
        self.option = self.add_row(self.tr("&Optie:"), ElidingComboBox())
        self.option.setAccessibleDescription(self.tr("De optie waarover het citaat gaat"))
        for o in project.options():
            self.option.addItem(f"{o.key}  {o.title}", o.key)
        if option is not None:
            self.option.setCurrentIndex(max(0, self.option.findData(option)))
        self.positions = QButtonGroup(self)
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for code in POSITIONS:
            button = QRadioButton(labels.label("position", code), row)
            button.setIcon(icon(labels.POSITION_ICONS[code]))
            button.setProperty("code", code)
            button.setChecked(code == position)
            button.setAccessibleName(labels.label("position", code))
            button.setAccessibleDescription(self.tr("Positie van het argument"))
            self.positions.addButton(button)
            box.addWidget(button)
        box.addStretch(1)
        self.add_row(self.tr("&Positie:"), row, self.tr("Positie"))
        # Created in tab order: option, position, argument, then the list of existing ones.
        self.argument = self.add_row(self.tr("&Argument:"), ArgumentField())
        self.existing = QListWidget(self)
        self.argument.listing = self.existing
        self.existing.setObjectName("existing_arguments")
        self.existing.setAccessibleName(self.tr("Bestaande argumenten"))
        self.existing.setAccessibleDescription(self.tr("Kies een argument om het citaat eronder "
                                                       "te zetten"))
        self.existing.setWordWrap(True)
        self.existing.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 8)
        self.argument.setAccessibleDescription(self.tr("Typ een nieuw argument of kies een "
                                                       "bestaand uit de lijst (pijl omlaag)"))
        self.argument.setPlaceholderText(self.tr("Nieuw argument, of kies een bestaand hieronder"))
        self.form.addRow("", self.existing)
        self._arguments: dict[str, int] = {}
        self.hint = QLabel(self)
        self.hint.setObjectName("quote_hint")
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(360)          # a wrapped label would otherwise shrink to a strip
        self.form.addRow("", self.hint)
        self.option.currentIndexChanged.connect(self._fill_arguments)
        self.positions.buttonToggled.connect(self._fill_arguments)
        self.argument.textChanged.connect(self._filter)
        self.existing.itemClicked.connect(self._picked)
        self.existing.itemActivated.connect(self._picked)
        self.existing.currentItemChanged.connect(
            lambda item, _previous: self._picked(item) if self.existing.hasFocus() else None)
        self._fill_arguments()
        # Start where the user has to choose: the option for a first quote, else the argument.
        self.first_field = self.argument if option is not None else self.option

    def position(self) -> str:
        checked = self.positions.checkedButton()
        return checked.property("code") if checked else "pro"

    def _fill_arguments(self, *_args: Any) -> None:
        key = self.option.currentData()
        found = self.project.arguments(key, self.position()) if key else []
        self._arguments = {a.text: a.number for a in found}
        self.existing.clear()
        for a in found:
            item = QListWidgetItem(f"#{a.number}  {a.text}", self.existing)
            item.setData(NUMBER_ROLE, a.text)
            item.setToolTip(a.text)
        self.existing.setVisible(bool(found))      # no empty box when there is nothing to pick
        self._filter()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.argument.blockSignals(True)
            self.argument.setText(item.data(NUMBER_ROLE))
            self.argument.blockSignals(False)
            self._update_hint()

    def _filter(self) -> None:
        text = self.argument.text().strip().lower()
        exact = text in {t.lower() for t in self._arguments}
        shown = 0
        for row in range(self.existing.count()):
            item = self.existing.item(row)
            item.setHidden(bool(text) and not exact and text not in item.data(NUMBER_ROLE).lower())
            shown += not item.isHidden()
        self.existing.setVisible(shown > 0)      # no empty box once the text matches none
        self._update_hint()

    def _update_hint(self) -> None:
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        text = self.argument.text().strip()
        count = len(self._arguments)
        if not text:
            if count == 0:
                self.hint.setText(self.tr("Nog geen argumenten in deze kolom: typ het eerste."))
            elif count == 1:
                self.hint.setText(self.tr("1 bestaand argument in deze kolom"))
            else:
                self.hint.setText(self.tr("%1 bestaande argumenten in deze kolom")
                                  .replace("%1", str(count)))
        elif text in self._arguments:
            self.hint.setText(self.tr("Het citaat komt bij argument #%1")
                              .replace("%1", str(self._arguments[text])))
        else:
            self.hint.setText(self.tr("Een nieuw argument wordt aangemaakt"))

    def values(self) -> dict[str, Any]:
        text = self.argument.text().strip()
        number = self._arguments.get(text)
        return {"option": self.option.currentData(), "position": self.position(),
                "argument": number, "new_argument": None if number is not None else text}

    def accept(self) -> None:
        """An empty argument keeps the dialog open with the reason (nothing typed is lost)."""
        if not self.argument.text().strip():
            self.hint.setText(self.tr("Typ een argument, of kies een bestaand argument uit de "
                                      "lijst. Elk citaat hoort bij een argument."))
            self.hint.setStyleSheet("color: #b3261e; font-weight: 600;")
            self.argument.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

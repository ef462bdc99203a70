"""The reader's one question when quoting: for which option, which position, which argument."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from ui import labels
from ui.dialogs.form import FormDialog
from ui.icons import icon
from workbench import Project
from workbench.model import POSITIONS


class QuoteDialog(FormDialog):
    """``values()`` gives option, position and either ``argument`` (a number) or
    ``new_argument`` (a text)."""

    def __init__(self, project: Project, passage: str, parent: QWidget | None = None,
                 option: str | None = None, position: str = "pro") -> None:
        super().__init__(self.tr("Citeren"), parent)
        self.project = project
        preview = QLabel(f"“{passage[:280]}{'…' if len(passage) > 280 else ''}”")
        preview.setWordWrap(True)
        preview.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.form.addRow(preview)
        self.option = self.add_row(self.tr("&Optie:"), QComboBox())
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
            self.positions.addButton(button)
            box.addWidget(button)
        box.addStretch(1)
        self.add_row(self.tr("&Positie:"), row, self.tr("Positie"))
        self.argument = self.add_row(self.tr("&Argument:"), QLineEdit())
        self.argument.setPlaceholderText(self.tr("Nieuw argument, of kies een bestaand"))
        self._arguments: dict[str, int] = {}
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.argument.setCompleter(completer)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow("", self.hint)
        self.option.currentIndexChanged.connect(self._fill_arguments)
        self.positions.buttonToggled.connect(self._fill_arguments)
        self.argument.textChanged.connect(self._update_hint)
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
        self._completions.setStringList(list(self._arguments))
        self._update_hint()

    def _update_hint(self) -> None:
        text = self.argument.text().strip()
        if not text:
            self.hint.setText(self.tr("%1 bestaande argumenten in deze kolom")
                              .replace("%1", str(len(self._arguments))))
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

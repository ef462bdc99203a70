"""Edit one advisor's stance on one option: the stance, stated or inferred, the quotes that
show it (picked from that advisor's quotes) and the motivation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from ui import labels
from ui.dialogs.form import FormDialog
from workbench import Project
from workbench.model import STANCES

NONE = ""                                   # "no stance recorded"
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def advisor_quotes(project: Project, advisor: str, option: str) -> list[tuple[Any, bool]]:
    """The advisor's quotes, those filed under ``option`` first: (quote, under the option)."""
    under: list = []
    other: list = []
    for source in project.sources():
        if source.advisor_key != advisor:
            continue
        for_option = {q.number for q in project.quotes(source=source.number, option=option)}
        for quote in project.quotes(source=source.number):
            (under if quote.number in for_option else other).append((quote, quote.number in for_option))
    return under + other


class StanceDialog(FormDialog):
    def __init__(self, project: Project, advisor: str, option: str,
                 parent: QWidget | None = None) -> None:
        adv, opt = project.advisor(advisor), project.option(option)
        super().__init__(self.tr("Standpunt van %1 over %2").replace("%1", adv.key)
                         .replace("%2", opt.key), parent)
        self.setObjectName("stance_dialog")
        self.setMinimumWidth(620)
        current = project.stance(advisor, option)
        head = QLabel(f"<b>{_e(adv.name)}</b> — {_e(opt.key)} {_e(opt.title)}", self)
        head.setWordWrap(True)
        self.form.addRow(head)
        self.stance = self.add_row(self.tr("&Standpunt:"), QComboBox())
        self.stance.setAccessibleDescription(self.tr("Wat de adviesinstantie van deze optie "
                                                     "vindt"))
        self.stance.addItem(self.tr("(geen standpunt)"), NONE)
        for code in STANCES:
            self.stance.addItem(labels.label("stance", code), code)
        self.stance.setCurrentIndex(max(0, self.stance.findData(
            current.stance if current else NONE)))
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.explicit_group = QButtonGroup(self)
        self.stated = QRadioButton(self.tr("&Uitdrukkelijk in het advies"), row)
        self.stated.setAccessibleDescription(self.tr("De adviesinstantie zegt het zelf"))
        self.inferred = QRadioButton(self.tr("&Afgeleid uit het advies"), row)
        self.inferred.setAccessibleDescription(self.tr("U leidt het af; het advies zegt het "
                                                       "niet met zoveel woorden"))
        for button in (self.stated, self.inferred):
            self.explicit_group.addButton(button)
            box.addWidget(button)
        box.addStretch(1)
        explicit = getattr(current, "explicit", True) if current else True
        (self.stated if explicit else self.inferred).setChecked(True)
        self.add_row(self.tr("Bron van het standpunt:"), row, self.tr("Uitdrukkelijk of afgeleid"))
        self.filter = self.add_row(self.tr("&Zoek citaat:"), QLineEdit())
        self.filter.setPlaceholderText(self.tr("Filter de citaten van %1").replace("%1", adv.key))
        self.filter.setAccessibleDescription(self.tr("Toont alleen de citaten met deze woorden"))
        self.quotes = QListWidget(self)
        self.quotes.setObjectName("stance_quotes")
        self.quotes.setWordWrap(True)
        self.quotes.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        chosen = set(current.quote_numbers) if current else set()
        for quote, under in advisor_quotes(project, advisor, option):
            page = self.tr(", p. %1").replace("%1", str(quote.page)) if quote.page else ""
            marker = self.tr(" (bij deze optie)") if under else ""
            text = quote.exact if len(quote.exact) <= 220 else quote.exact[:220] + "…"
            item = QListWidgetItem(f"#{quote.number}{page}{marker}: “{text}”", self.quotes)
            item.setData(NUMBER_ROLE, quote.number)
            item.setToolTip(quote.exact)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if quote.number in chosen
                               else Qt.CheckState.Unchecked)
        self.add_row(self.tr("&Citaten als bewijs:"), self.quotes,
                     self.tr("Citaten als bewijs"))
        self.quotes.setAccessibleDescription(self.tr("Vink met de spatiebalk de citaten aan "
                                                     "die het standpunt tonen"))
        if self.quotes.count() == 0:
            self.quotes.addItem(self.tr("%1 heeft nog geen citaten: citeer eerst uit het advies.")
                                .replace("%1", adv.key))
            self.quotes.setEnabled(False)
        self.note = self.add_row(self.tr("&Motivering:"), QPlainTextEdit(
            current.note if current else ""))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.note.setAccessibleDescription(self.tr("Waarom dit het standpunt is, in uw woorden"))
        self.filter.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for row in range(self.quotes.count()):
            item = self.quotes.item(row)
            item.setHidden(any(w not in item.text().lower() for w in words))

    def chosen_quotes(self) -> list[int]:
        return [self.quotes.item(r).data(NUMBER_ROLE) for r in range(self.quotes.count())
                if self.quotes.item(r).data(NUMBER_ROLE) is not None
                and self.quotes.item(r).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        return {"stance": self.stance.currentData(), "explicit": self.stated.isChecked(),
                "quotes": self.chosen_quotes(), "note": self.note.toPlainText().strip()}


def _e(text: str) -> str:
    from html import escape

    return escape(text)

"""Forms for the dossier header, questions, options and advisors."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ui import labels
from ui.dialogs.form import DateField, FormDialog, Submit
from workbench.model import ADVISOR_KINDS, ADVISOR_STATUSES, Advisor, Dossier, Option, Question

# Distinct colours for new options, in order (the demo's first four); a user can change them.
OPTION_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
                  "#ff9da7", "#9c755f", "#bab0ac")


def next_key(prefix: str, taken: Iterable[str]) -> str:
    """The first free key ``prefix1``, ``prefix2``...: a new user need not invent a code."""
    used = {k.upper() for k in taken}
    number = 1
    while f"{prefix}{number}".upper() in used:
        number += 1
    return f"{prefix}{number}"


def key_prefix(taken: Sequence[str], default: str) -> str:
    """The letters the user numbers keys with (S1, S2... -> "S"), so that the key offered next
    continues their series; ``default`` when no key is letters and a number. The most used
    prefix wins, and on a tie the newest key's (``taken`` oldest first)."""
    seen: dict[str, tuple[int, int]] = {}
    for position, key in enumerate(taken):
        match = re.fullmatch(r"([A-Za-z]+)[0-9]+", key)
        if match:
            count, _ = seen.get(match[1], (0, 0))
            seen[match[1]] = (count + 1, position)
    return max(seen, key=lambda prefix: seen[prefix]) if seen else default


def key_from_name(name: str, taken: Iterable[str]) -> str:
    """A key for an advisor whose key was left empty: the name itself when it is one short
    word (VARIO), else the initials of its capitalised words (Sociaal-Economische Raad van
    Vlaanderen -> SERV); made
    unique with a number. Empty when the name gives nothing to go on."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", plain)
    if not words:
        return ""
    capitals = [w[0] for w in words if w[0].isupper()]        # skips "van", "de", "voor"
    initials = "".join(capitals) if len(capitals) > 1 else "".join(w[0] for w in words)
    key = words[0] if len(words) == 1 else initials
    key = key[:12].upper()
    used = {k.upper() for k in taken}
    candidate, number = key, 2
    while candidate in used:
        candidate, number = f"{key}{number}", number + 1
    return candidate


def _text_box(text: str, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class DossierDialog(FormDialog):
    def __init__(self, dossier: Dossier, parent: QWidget | None = None,
                 submit: Submit | None = None) -> None:
        super().__init__(self.tr("Dossiergegevens"), parent, submit)
        self.setMinimumWidth(620)       # long labels: the fields were 200 px at 460
        self.title = self.add_row(self.tr("&Titel:"), QLineEdit(dossier.title),
                                  description=self.tr("De titel van de consultatie"))
        self.reference = self.add_row(self.tr("&Referentie consultatiedocument:"),
                                      QLineEdit(dossier.reference))
        self.reference.setToolTip(self.tr(
            "De referentie van het voorgelegde document, bv. het VR-nummer van het groenboek. "
            "Het eigen VR-nummer van de mededeling vult u hieronder in."))
        self.minister_title = self.add_row(self.tr("&Minister (titelregel):"),
                                           QLineEdit(dossier.minister_title))
        self.minister_title.setPlaceholderText(self.tr("bv. DE VLAAMSE MINISTER VAN ECONOMIE, ..."))
        self.minister_name = self.add_row(self.tr("&Naam minister:"),
                                          QLineEdit(dossier.minister_name))
        self.minister_name.setPlaceholderText(self.tr("bv. Jo BROUNS"))
        self.vr_number = self.add_row(self.tr("&VR-nummer mededeling:"),
                                      QLineEdit(dossier.vr_number))
        self.vr_number.setPlaceholderText(self.tr("nog niet toegekend"))
        self.communication_date = self.add_row(self.tr("&Datum mededeling:"),
                                               DateField(dossier.communication_date))
        self._had_date = dossier.communication_date is not None

    def values(self) -> dict[str, Any]:
        when = self.communication_date.value()
        if when is None and self._had_date:
            when = ""          # unticked: clear the date ("" empties, None would keep it)
        return {"title": self.title.text().strip(), "reference": self.reference.text().strip(),
                "minister_title": self.minister_title.text().strip(),
                "minister_name": self.minister_name.text().strip(),
                "vr_number": self.vr_number.text().strip(), "communication_date": when}


class QuestionDialog(FormDialog):
    def __init__(self, question: Question | None, parent: QWidget | None = None,
                 submit: Submit | None = None, suggested_key: str = "") -> None:
        title = self.tr("Vraag wijzigen") if question else self.tr("Nieuwe vraag")
        super().__init__(title, parent, submit)
        self.key = self.add_row(self.tr("&Sleutel:"),
                                QLineEdit(question.key if question else suggested_key),
                                description=self.tr("Een korte code voor de vraag, bv. Q3"))
        self.key.setPlaceholderText(self.tr("bv. Q3"))
        self.key.selectAll()          # typing replaces the proposed key, Tab keeps it
        self.text = self.add_row(self.tr("&Vraag:"), _text_box(question.text if question else ""),
                                 description=self.tr("De vraag zoals ze in het groenboek staat"))
        if question is None and suggested_key:
            # the key is proposed: what the officer types first is the question (as in the
            # option form); walking a new dossier, the question went into the key field (#14)
            self.first_field = self.text

    def values(self) -> dict[str, Any]:
        return {"key": self.key.text().strip(), "text": self.text.toPlainText().strip()}


class ColourButton(QPushButton):
    """Shows a colour; clicking opens the colour picker."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.clicked.connect(self.choose)
        self._paint()

    def choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour or "#4e79a7"), self,
                                       self.tr("Kleur van de optie"))
        if chosen.isValid():
            self.colour = chosen.name()
            self._paint()

    def _paint(self) -> None:
        shown = self.colour or self.tr("geen")
        self.setText(shown)
        if self.colour:
            text = "#000" if QColor(self.colour).lightness() > 140 else "#fff"
            self.setStyleSheet(f"background: {self.colour}; color: {text};")
        else:
            self.setStyleSheet("")


class OptionDialog(FormDialog):
    def __init__(self, option: Option | None, questions: list[Question], advisors: list[Advisor],
                 parent: QWidget | None = None, submit: Submit | None = None,
                 question_key: str | None = None, suggested_key: str = "",
                 suggested_colour: str = "") -> None:
        title = self.tr("Optie wijzigen") if option else self.tr("Nieuwe optie")
        super().__init__(title, parent, submit)
        self.question = self.add_row(self.tr("V&raag:"), QComboBox(),
                                     description=self.tr("De vraag waarop deze optie antwoordt"))
        for q in questions:
            self.question.addItem(f"{q.key}  {labels.cut(q.text)}", q.key)
        current = option.question_key if option else question_key
        if current is not None:
            self.question.setCurrentIndex(max(0, self.question.findData(current)))
        self.key = self.add_row(self.tr("&Sleutel:"),
                                QLineEdit(option.key if option else suggested_key),
                                description=self.tr("Een korte code voor de optie, bv. S5"))
        self.key.setPlaceholderText(self.tr("bv. S5"))
        self.key.selectAll()
        self.title = self.add_row(self.tr("&Titel:"), QLineEdit(option.title if option else ""),
                                  description=self.tr("De naam van de optie in de stukken"))
        self.description = self.add_row(
            self.tr("&Beschrijving:"), _text_box(option.description if option else ""),
            description=self.tr("Wat de optie inhoudt, in enkele zinnen"))
        self.proposed_by = self.add_row(self.tr("Voorgesteld &door:"), QComboBox(),
                                        description=self.tr("Wie de optie voorstelde: het "
                                                            "groenboek of een adviesinstantie"))
        self.proposed_by.addItem(self.tr("(het groenboek)"), None)
        for a in advisors:
            self.proposed_by.addItem(labels.cut(a.name), a.key)
        if option and option.proposed_by:
            self.proposed_by.setCurrentIndex(max(0, self.proposed_by.findData(option.proposed_by)))
        self.colour = self.add_row(self.tr("&Kleur:"), ColourButton(option.colour if option
                                                              else suggested_colour),
                                   description=self.tr("De kleur van de optie in de lezer en "
                                                       "op het bord; opent de kleurkiezer"))
        self.patterns = self.add_row(
            self.tr("&Zoekpatronen:"),
            _text_box("\n".join(option.patterns) if option else "", 3),
            self.tr("Zoekpatronen, één per regel"),
            self.tr("Woorden waarmee de adviezen de optie noemen; ze leveren suggesties op"))
        self.patterns.setPlaceholderText(self.tr("Eén patroon per regel, bv. scenario 3"))
        if option is None and (current is not None or len(questions) == 1):
            # the question is chosen and the key proposed: what the officer types first is
            # the title (#14: it went into the question's list box and was lost)
            self.first_field = self.title

    def values(self) -> dict[str, Any]:
        patterns = [p.strip() for p in self.patterns.toPlainText().splitlines() if p.strip()]
        return {
            "question": self.question.currentData(),
            "key": self.key.text().strip(),
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip(),
            "proposed_by": self.proposed_by.currentData(),
            "colour": self.colour.colour,
            "patterns": patterns,
        }


class AdvisorDialog(FormDialog):
    """A new advisor's key may be left empty: it is then made from the name (``taken`` are
    the keys in use)."""

    def __init__(self, advisor: Advisor | None, parent: QWidget | None = None,
                 submit: Submit | None = None, taken: Iterable[str] = ()) -> None:
        title = self.tr("Adviesinstantie wijzigen") if advisor else self.tr("Nieuwe adviesinstantie")
        super().__init__(title, parent, submit)
        self.key = self.add_row(self.tr("&Sleutel:"), QLineEdit(advisor.key if advisor else ""),
                                description=self.tr("Een korte code, bv. SERV"))
        self.key.setPlaceholderText(self.tr("bv. SERV") if advisor else
                                    self.tr("bv. SERV; leeg: gemaakt uit de naam"))
        self._taken = () if advisor else tuple(taken)
        self._new = advisor is None
        self.name = self.add_row(self.tr("&Naam:"), QLineEdit(advisor.name if advisor else ""),
                                 description=self.tr("De volledige naam, zoals in de voetnoten"))
        self.kind = self.add_row(self.tr("S&oort:"), self._combo("kind", ADVISOR_KINDS,
                                                                 advisor.kind if advisor else "other"),
                                 description=self.tr("Adviesraad, cluster, administratie..."))
        self.status = self.add_row(self.tr("S&tatus:"), self._combo(
            "status", ADVISOR_STATUSES, advisor.status if advisor else "asked"),
            description=self.tr("Gevraagd, ontvangen of verwerkt"))
        self.asked_on = self.add_row(self.tr("Gevraagd &op:"),
                                     DateField(advisor.asked_on if advisor else None))
        self.received_on = self.add_row(self.tr("Ontvangen o&p:"),
                                        DateField(advisor.received_on if advisor else None))

    @staticmethod
    def _combo(group: str, codes: tuple[str, ...], current: str) -> QComboBox:
        combo = QComboBox()
        for code in codes:
            combo.addItem(labels.label(group, code), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def values(self) -> dict[str, Any]:
        key, name = self.key.text().strip(), self.name.text().strip()
        if not key and self._new:
            key = key_from_name(name, self._taken)
        return {
            "key": key,
            "name": name,
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "asked_on": self.asked_on.value(),
            "received_on": self.received_on.value(),
        }

"""A strip that tells a new user the next step of a dossier, with the button that takes it:
question -> options -> advisory bodies -> import -> first quote, and a link to the page of the
user guide that explains it. It disappears once the dossier has its first quote."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


@dataclass(frozen=True)
class Step:
    count: str          # the counter that must be above zero (project.counts())
    text: str           # what to do and why (translated at display time)
    button: str
    slot: str           # the window's method that does it
    guide: str          # the page of the user guide (resources/guide) that explains it


STEPS = (
    Step("question",
         str(QT_TRANSLATE_NOOP("NextStep", "Begin met de vraag uit het groenboek waarop de "
                                       "adviezen antwoorden.")),
         str(QT_TRANSLATE_NOOP("NextStep", "&Vraag toevoegen...")), "add_question",
         "02-vragen-opties-en-adviesinstanties"),
    Step("option",
         str(QT_TRANSLATE_NOOP("NextStep", "Voeg de opties toe (bv. de scenario's). Elk citaat "
                                       "hoort later bij een optie.")),
         str(QT_TRANSLATE_NOOP("NextStep", "&Optie toevoegen...")), "add_option",
         "02-vragen-opties-en-adviesinstanties"),
    Step("advisor",
         str(QT_TRANSLATE_NOOP("NextStep", "Voeg de adviesinstanties toe die om advies gevraagd "
                                       "zijn (bv. SERV, VARIO).")),
         str(QT_TRANSLATE_NOOP("NextStep", "&Adviesinstantie toevoegen...")), "add_advisor",
         "02-vragen-opties-en-adviesinstanties"),
    Step("source",
         str(QT_TRANSLATE_NOOP("NextStep", "Importeer de adviezen (PDF, Word, ODT, web of tekst); "
                                       "bij het importeren kiest u van welke adviesinstantie "
                                       "elk advies is.")),
         str(QT_TRANSLATE_NOOP("NextStep", "Adviezen &importeren...")), "import_files",
         "03-adviezen-importeren"),
    Step("quote",
         str(QT_TRANSLATE_NOOP("NextStep", "Selecteer in de lezer een passage en kies Citeren "
                                       "(Ctrl+Q) om ze als citaat bij een optie vast te leggen.")),
         str(QT_TRANSLATE_NOOP("NextStep", "Naar de &lezer")), "show_reader",
         "04-lezen-en-citeren"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NextStep", text)


def next_step(counts: dict[str, int]) -> int | None:
    """The index of the first step not done yet, or None when all are done."""
    for number, step in enumerate(STEPS):
        if counts.get(step.count, 0) <= 0:
            return number
    return None


class NextStepBar(QFrame):
    def __init__(self, act: Callable[[str], None], parent: QWidget | None = None,
                 explain: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_step")
        self.setStyleSheet("#next_step { background: #e8f4ea; border-bottom: 1px solid #a8cfb0; }"
                           " #next_step_how { color: #0b5394; text-decoration: underline; }")
        self._act = act
        self.step: int | None = None
        self.label = QLabel(self)
        self.label.setObjectName("next_step_text")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("next_step_button")
        self.button.clicked.connect(lambda: self.step is not None
                                    and self._act(STEPS[self.step].slot))
        self.how = QToolButton(self)
        self.how.setObjectName("next_step_how")
        self.how.setAutoRaise(True)
        self.how.clicked.connect(lambda: self.step is not None and explain is not None
                                 and explain(STEPS[self.step].guide))
        self.how.setVisible(explain is not None)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.how)
        self.hide()

    def update_for(self, counts: dict[str, int] | None, readonly: bool = False) -> None:
        self.step = None if counts is None or readonly else next_step(counts)
        if self.step is None:
            self.hide()
            return
        step = STEPS[self.step]
        head = QCoreApplication.translate("NextStep", "Volgende stap (%1 van %2):").replace(
            "%1", str(self.step + 1)).replace("%2", str(len(STEPS)))
        self.label.setText(f"<b>{head}</b> {_tr(step.text)}")
        self.button.setText(_tr(step.button))
        self.button.setAccessibleName(_tr(step.button).replace("&", "").rstrip("."))
        self.button.setAccessibleDescription(_tr(step.text))
        how = QCoreApplication.translate("NextStep", "Hoe gaat dat?")
        self.how.setText(how)
        self.how.setAccessibleName(how)
        self.how.setToolTip(QCoreApplication.translate(
            "NextStep", "De handleiding bij deze stap openen (F1)"))
        self.how.setAccessibleDescription(self.how.toolTip())
        self.show()

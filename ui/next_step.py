"""A strip that tells a new user the next step of a dossier, with the button that takes it:
question -> options -> advisory bodies -> import -> first quote -> arguments -> stances -> the
communication's text -> export, and a link to the page of the user guide that explains it. It
stays until the dossier is exported once or the user closes it (remembered per dossier); it
used to disappear at the first quote, leaving a new user without a word about the rest (#14).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui import settings

if TYPE_CHECKING:
    from workbench import Project


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
    Step("argument",
         str(QT_TRANSLATE_NOOP("NextStep", "Zet elk citaat onder een argument pro, contra of "
                                       "voorwaarde; het Optiebord toont ze per optie.")),
         str(QT_TRANSLATE_NOOP("NextStep", "Naar het &Optiebord")), "show_board",
         "05-argumenten-en-standpunten"),
    Step("stance",
         str(QT_TRANSLATE_NOOP("NextStep", "Leg per adviesinstantie het standpunt over elke "
                                       "optie vast, met de citaten als bewijs en een "
                                       "motivering (dubbelklik op een cel).")),
         str(QT_TRANSLATE_NOOP("NextStep", "Naar de &Standpunten")), "show_matrix",
         "05-argumenten-en-standpunten"),
    Step("text",
         str(QT_TRANSLATE_NOOP("NextStep", "Schrijf de mededeling; „Ontwerp uit bewijs” maakt "
                                       "een eerste versie uit de argumenten en standpunten.")),
         str(QT_TRANSLATE_NOOP("NextStep", "Naar de &Mededeling")), "show_composer",
         "07-de-mededeling-schrijven"),
    Step("done",
         str(QT_TRANSLATE_NOOP("NextStep", "Exporteer de mededeling, de bijlage en het "
                                       "werkboek (Ctrl+E).")),
         str(QT_TRANSLATE_NOOP("NextStep", "&Exporteren...")), "export",
         "08-exporteren"),
)


# Until the first quote the views have little to explain: F1 opens the next step's page then.
SETUP = frozenset({"question", "option", "advisor", "source", "quote"})

# Options are alternatives: one option is rarely all of them, so the step stays after the first
# one, worded as "the other options", until a second one is added or the user goes on.
MORE_OPTIONS = Step(
    "option",
    str(QT_TRANSLATE_NOOP("NextStep", "Voeg ook de andere opties toe (bv. de andere "
                                      "scenario's). Is er maar één optie, voeg dan de "
                                      "adviesinstanties toe.")),
    str(QT_TRANSLATE_NOOP("NextStep", "Nog een &optie toevoegen...")), "add_option",
    "02-vragen-opties-en-adviesinstanties")
_AFTER_OPTIONS = ("advisor", "source", "quote")


def _tr(text: str) -> str:
    return QCoreApplication.translate("NextStep", text)


def _key(path: Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


def journey_done(path: Path) -> bool:
    """Whether the dossier at ``path`` was exported once or its guide closed."""
    return _key(path) in settings.GUIDE_DONE.get()


def finish_journey(path: Path) -> None:
    """The guide of this dossier is done with: it was exported, or the user closed it."""
    key = _key(path)
    done = [key, *(p for p in settings.GUIDE_DONE.get() if p != key)]
    settings.GUIDE_DONE.set(done[:settings.MAX_GUIDE_DONE])


def journey_counts(project: Project) -> dict[str, int]:
    """``project.counts()`` with the steps a count does not tell: sections with text, and
    ``done`` once the journey is finished."""
    counts = dict(project.counts())
    if journey_done(project.path):
        counts["done"] = 1
    elif counts.get("stance", 0) > 0:          # the sections are read only when it matters
        counts["text"] = sum(1 for section in project.sections() if section.body.strip())
    return counts


def _one_option_so_far(counts: dict[str, int]) -> bool:
    return counts.get("option", 0) == 1 and not any(counts.get(k, 0) > 0 for k in _AFTER_OPTIONS)


def next_step(counts: dict[str, int]) -> int | None:
    """The index of the first step not done yet, or None when all are done."""
    if counts.get("done", 0) > 0:
        return None
    for number, step in enumerate(STEPS):
        if counts.get(step.count, 0) <= 0 or (step.count == "option"
                                                and _one_option_so_far(counts)):
            return number
    return None


def step_shown(number: int, counts: dict[str, int]) -> Step:
    """Step ``number`` as the user should read it now (the options step asks for the others
    once the first option is there)."""
    step = STEPS[number]
    return MORE_OPTIONS if step.count == "option" and _one_option_so_far(counts) else step


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
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("next_step_close")
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.dismiss)
        self.path: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.how)
        row.addWidget(self.close_button)
        self.hide()

    def dismiss(self) -> None:
        """Closed by the user: not shown again for this dossier (Help › Wat moet ik nog
        doen? still names the next step)."""
        if self.path is not None:
            finish_journey(self.path)
        self.step = None
        self.hide()

    def update_for(self, counts: dict[str, int] | None, readonly: bool = False,
                   path: Path | None = None) -> None:
        self.path = path
        self.step = None if counts is None or readonly else next_step(counts)
        if self.step is None:
            self.hide()
            return
        step = step_shown(self.step, counts or {})
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
        self.close_button.setVisible(path is not None)
        self.close_button.setToolTip(QCoreApplication.translate(
            "NextStep", "Deze hulp verbergen voor dit dossier"))
        self.close_button.setAccessibleName(QCoreApplication.translate(
            "NextStep", "Volgende stap verbergen"))
        self.close_button.setAccessibleDescription(self.close_button.toolTip())
        self.show()

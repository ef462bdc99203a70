"""The one place that maps the codes a dossier stores to Dutch words and colours (#18).

The exports print these words as they are (the documents are Dutch); the GUI shows them through
Qt's translation system (``ui/labels.py``: context "Labels"), so an English interface reads
"preferred" where the annex reads "voorkeur". A stance has the same colour in the matrix, the
Word annex and the Excel workbook: light fills that keep black text readable.

``QT_TRANSLATE_NOOP`` below only marks a word for ``make i18n`` (pyside6-lupdate finds it by
name); the core stays Qt-free.
"""

from __future__ import annotations

from typing import NamedTuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class StanceLabel(NamedTuple):
    label: str          # the word in a matrix cell ("voorkeur")
    colour: str         # "#RRGGBB", a light fill for black text
    explanation: str    # what the word means, for the annex's legend


# The order is the scale, from for to against, then "not addressed".
STANCES: dict[str, StanceLabel] = {
    "preferred": StanceLabel(QT_TRANSLATE_NOOP("Labels", "voorkeur"), "#63BE7B",
                             "dit is de optie die de adviseur verkiest"),
    "supports": StanceLabel(QT_TRANSLATE_NOOP("Labels", "steunt"), "#C6EFCE",
                            "de adviseur steunt de optie"),
    "conditional": StanceLabel(QT_TRANSLATE_NOOP("Labels", "voorwaardelijk"), "#FFEB9C",
                               "de adviseur steunt de optie onder voorwaarden"),
    "neutral": StanceLabel(QT_TRANSLATE_NOOP("Labels", "neutraal"), "#D9D9D9",
                           "de adviseur neemt geen uitgesproken standpunt in"),
    "opposes": StanceLabel(QT_TRANSLATE_NOOP("Labels", "tegen"), "#FFC7CE",
                           "de adviseur is tegen de optie"),
    "not-addressed": StanceLabel(QT_TRANSLATE_NOOP("Labels", "niet behandeld"), "#F2F2F2",
                                 "het advies behandelt de optie niet"),
}

# Argument sides: one argument ("pro") and the heading over all of them ("Pro").
POSITIONS = {
    "pro": QT_TRANSLATE_NOOP("Labels", "pro"),
    "con": QT_TRANSLATE_NOOP("Labels", "contra"),
    "condition": QT_TRANSLATE_NOOP("Labels", "voorwaarde"),
}
POSITION_TITLES = {
    "pro": QT_TRANSLATE_NOOP("Labels", "Pro"),
    "con": QT_TRANSLATE_NOOP("Labels", "Contra"),
    "condition": QT_TRANSLATE_NOOP("Labels", "Voorwaarden"),
}
ADVISOR_KINDS = {
    "council": QT_TRANSLATE_NOOP("Labels", "adviesraad"),
    "stakeholder": QT_TRANSLATE_NOOP("Labels", "belanghebbende"),
    "cluster": QT_TRANSLATE_NOOP("Labels", "speerpuntcluster"),
    "other": QT_TRANSLATE_NOOP("Labels", "andere"),
}
ADVISOR_STATUSES = {
    "asked": QT_TRANSLATE_NOOP("Labels", "gevraagd"),
    "received": QT_TRANSLATE_NOOP("Labels", "ontvangen"),
    "declined": QT_TRANSLATE_NOOP("Labels", "geen advies"),
}
QUOTE_STATUSES = {
    "ok": QT_TRANSLATE_NOOP("Labels", "in orde"),
    "moved": QT_TRANSLATE_NOOP("Labels", "verplaatst"),
    "changed": QT_TRANSLATE_NOOP("Labels", "gewijzigd"),
    "lost": QT_TRANSLATE_NOOP("Labels", "niet teruggevonden"),
}
RECORD_KINDS = {
    "question": QT_TRANSLATE_NOOP("Labels", "vraag"),
    "option": QT_TRANSLATE_NOOP("Labels", "optie"),
    "advisor": QT_TRANSLATE_NOOP("Labels", "adviseur"),
    "source": QT_TRANSLATE_NOOP("Labels", "bron"),
    "quote": QT_TRANSLATE_NOOP("Labels", "citaat"),
    "argument": QT_TRANSLATE_NOOP("Labels", "argument"),
    "stance": QT_TRANSLATE_NOOP("Labels", "standpunt"),
    "section": QT_TRANSLATE_NOOP("Labels", "sectie"),
    "dossier": QT_TRANSLATE_NOOP("Labels", "dossier"),
    "overview": QT_TRANSLATE_NOOP("Labels", "overzicht"),
    "matrix": QT_TRANSLATE_NOOP("Labels", "matrix"),
    "advisors": QT_TRANSLATE_NOOP("Labels", "adviseurs"),
    "suggestion": QT_TRANSLATE_NOOP("Labels", "suggestie"),
}
# The kinds of value a dossier's column holds (a damaged dossier's "values are not integer").
VALUE_TYPES = {
    "integer": QT_TRANSLATE_NOOP("Labels", "gehele getallen"),
    "real": QT_TRANSLATE_NOOP("Labels", "getallen"),
    "text": QT_TRANSLATE_NOOP("Labels", "tekst"),
    "blob": QT_TRANSLATE_NOOP("Labels", "binaire gegevens"),
}
PROBLEM_SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("Labels", "fout"),
    "warning": QT_TRANSLATE_NOOP("Labels", "waarschuwing"),
    "info": QT_TRANSLATE_NOOP("Labels", "ter info"),
}

# group name -> code -> Dutch word; a parameter of a workbench.messages.Message with a group's
# name ("position", "stance", ...) holds such a code, and the GUI shows its label.
GROUPS: dict[str, dict[str, str]] = {
    "stance": {code: s.label for code, s in STANCES.items()},
    "position": POSITIONS,
    "positions": POSITION_TITLES,
    "kind": ADVISOR_KINDS,
    "status": ADVISOR_STATUSES,
    "quote_status": QUOTE_STATUSES,
    "record": RECORD_KINDS,
    "severity": PROBLEM_SEVERITIES,
    "value_type": VALUE_TYPES,
}


def label(group: str, code: str | None) -> str:
    """The Dutch word for ``code`` in ``group``; the code itself when it has none ("" for None),
    so a new code is visible rather than silently dropped."""
    if code is None:
        return ""
    return GROUPS.get(group, {}).get(code, code)


def stance_colour(code: str | None) -> str | None:
    """'#RRGGBB' of a stance, None for no or an unknown stance."""
    found = STANCES.get(code or "")
    return found.colour if found else None

"""The Dutch words and colours a reader of the exports sees, and the Dutch date.

The codes' words and colours come from ``workbench.labels`` (the one map, which the GUI
translates); this module adds what only documents need. A code missing there is shown as
itself, so a new code is visible rather than silently dropped.
"""

from __future__ import annotations

from datetime import date

from workbench import labels as _labels

STANCE_LABELS = {code: s.label for code, s in _labels.STANCES.items()}
STANCE_EXPLANATIONS = {code: s.explanation for code, s in _labels.STANCES.items()}
# light fills (RRGGBB) that keep black text readable, in Word and Excel alike
STANCE_FILLS = {code: s.colour.lstrip("#").upper() for code, s in _labels.STANCES.items()}
INFERRED = "afgeleid"          # the officer inferred the stance; the advisor did not state it
INFERRED_EXPLANATION = ("het advies zegt het niet met zoveel woorden; de dossierbeheerder "
                        "leidt het standpunt af uit de tekst")

# A cell without a recorded stance says why, from the advisor's status.
NO_STANCE = "—"
NO_STANCE_EXPLANATION = "geen standpunt vastgelegd"
ADVICE_OUTSTANDING = "advies gevraagd, nog niet ontvangen"
ADVICE_DECLINED = "geen advies uitgebracht"
OUTSTANDING_FILL = "FFFFFF"

QUOTE_STATUS_LABELS = _labels.QUOTE_STATUSES
POSITION_ORDER = ("pro", "con", "condition")
POSITION_TITLES = _labels.POSITION_TITLES
ADVISOR_KIND_LABELS = _labels.ADVISOR_KINDS
ADVISOR_STATUS_LABELS = _labels.ADVISOR_STATUSES
SOURCE_KIND_ADVICE = "advies"
SOURCE_KIND_BACKGROUND = "achtergronddocument"
AUDIT_OPERATION_LABELS = {"insert": "toegevoegd", "update": "gewijzigd", "delete": "verwijderd",
                          "undo": "ongedaan gemaakt", "redo": "opnieuw uitgevoerd",
                          "restore": "hersteld"}
RECORD_KIND_LABELS = _labels.RECORD_KINDS
DRAFT_MARK = "ONTWERP – controles mislukt"

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def dutch_date(value: str | date | None) -> str:
    """'2024-05-06' -> '6 mei 2024' (as civil servants write dates); text that is no date as is."""
    if not value:
        return ""
    if isinstance(value, date):
        d = value
    else:
        try:
            d = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def stance_label(stance: str | None, explicit: bool = True, advisor_status: str = "") -> str:
    """The Dutch word for a matrix cell: "voorkeur", "voorkeur (afgeleid)", "advies gevraagd..."."""
    if stance is None:
        if advisor_status == "asked":
            return ADVICE_OUTSTANDING
        if advisor_status == "declined":
            return ADVICE_DECLINED
        return NO_STANCE
    label = STANCE_LABELS.get(stance, stance)
    return label if explicit else f"{label} ({INFERRED})"


def stance_fill(stance: str | None) -> str | None:
    return STANCE_FILLS.get(stance or "")


def label(mapping: dict[str, str], code: str | None) -> str:
    """``mapping[code]``, or the code itself when it has no label ("" for None)."""
    if code is None:
        return ""
    return mapping.get(code, code)

"""The one place that turns the core's codes into the Dutch words and colours a reader sees.

The Word annex, the communication and the Excel workbook all read these; the GUI can import
them too (this module is Qt-free). A code that is missing here is shown as itself, so a new
code is visible rather than silently dropped.
"""

from __future__ import annotations

from datetime import date

STANCE_LABELS = {
    "preferred": "voorkeur",
    "supports": "steunt",
    "conditional": "voorwaardelijk",
    "neutral": "neutraal",
    "opposes": "tegen",
    "not-addressed": "niet behandeld",
}
STANCE_EXPLANATIONS = {
    "preferred": "dit is de optie die de adviseur verkiest",
    "supports": "de adviseur steunt de optie",
    "conditional": "de adviseur steunt de optie onder voorwaarden",
    "neutral": "de adviseur neemt geen uitgesproken standpunt in",
    "opposes": "de adviseur is tegen de optie",
    "not-addressed": "het advies behandelt de optie niet",
}
# light fills (RRGGBB) that keep black text readable, in Word and Excel alike
STANCE_FILLS = {
    "preferred": "63BE7B",
    "supports": "C6EFCE",
    "conditional": "FFEB9C",
    "neutral": "D9D9D9",
    "opposes": "FFC7CE",
    "not-addressed": "F2F2F2",
}
INFERRED = "afgeleid"          # the officer inferred the stance; the advisor did not state it
INFERRED_EXPLANATION = ("het advies zegt het niet met zoveel woorden; de dossierbeheerder "
                        "leidt het standpunt af uit de tekst")

# A cell without a recorded stance says why, from the advisor's status.
NO_STANCE = "—"
NO_STANCE_EXPLANATION = "geen standpunt vastgelegd"
ADVICE_OUTSTANDING = "advies gevraagd, nog niet ontvangen"
ADVICE_DECLINED = "geen advies uitgebracht"
OUTSTANDING_FILL = "FFFFFF"

QUOTE_STATUS_LABELS = {
    "ok": "in orde",
    "moved": "verplaatst",
    "changed": "gewijzigd",
    "lost": "niet teruggevonden",
}
POSITION_ORDER = ("pro", "con", "condition")
POSITION_TITLES = {"pro": "Pro", "con": "Contra", "condition": "Voorwaarden"}
ADVISOR_KIND_LABELS = {
    "council": "adviesraad",
    "stakeholder": "belanghebbende",
    "cluster": "speerpuntcluster",
    "other": "andere",
}
ADVISOR_STATUS_LABELS = {"asked": "gevraagd", "received": "ontvangen",
                         "declined": "geen advies"}
SOURCE_KIND_ADVICE = "advies"
SOURCE_KIND_BACKGROUND = "achtergronddocument"
AUDIT_OPERATION_LABELS = {"insert": "toegevoegd", "update": "gewijzigd", "delete": "verwijderd",
                          "undo": "ongedaan gemaakt", "redo": "opnieuw uitgevoerd",
                          "restore": "hersteld"}
RECORD_KIND_LABELS = {"question": "vraag", "option": "optie", "advisor": "adviseur",
                      "source": "bron", "quote": "citaat", "argument": "argument",
                      "stance": "standpunt", "section": "sectie", "dossier": "dossier"}
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

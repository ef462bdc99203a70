"""Dutch labels and colours shared by the Word and Excel writers."""

from __future__ import annotations

STANCE_LABELS = {
    "preferred": "voorkeur",
    "supports": "steunt",
    "conditional": "voorwaardelijk",
    "neutral": "neutraal",
    "opposes": "tegen",
    "not-addressed": "niet behandeld",
}
NO_STANCE = "—"
STANCE_EXPLANATIONS = {
    "preferred": "dit is het scenario dat de adviseur verkiest",
    "supports": "de adviseur steunt het scenario",
    "conditional": "de adviseur steunt het scenario onder voorwaarden",
    "neutral": "de adviseur neemt geen uitgesproken standpunt in",
    "opposes": "de adviseur is tegen het scenario",
    "not-addressed": "het advies behandelt het scenario niet",
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
QUOTE_STATUS_LABELS = {
    "ok": "ok",
    "moved": "verplaatst",
    "changed": "gewijzigd",
    "lost": "niet teruggevonden",
}
POSITION_ORDER = ("pro", "con", "condition")
ADVISOR_KIND_LABELS = {
    "council": "adviesraad",
    "stakeholder": "belanghebbende",
    "cluster": "speerpuntcluster",
    "other": "andere",
}
ADVISOR_STATUS_LABELS = {"asked": "gevraagd", "received": "ontvangen", "declined": "afgezien"}
DRAFT_MARK = "ONTWERP – controles mislukt"


def stance_label(stance: str | None) -> str:
    if stance is None:
        return NO_STANCE
    return STANCE_LABELS.get(stance, stance)

"""Readable, translated names for the core's codes (advisor kinds, stances, positions...)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

_LABELS = {
    "kind": {
        "council": QT_TRANSLATE_NOOP("Labels", "Adviesraad"),
        "stakeholder": QT_TRANSLATE_NOOP("Labels", "Belanghebbende"),
        "cluster": QT_TRANSLATE_NOOP("Labels", "Cluster"),
        "other": QT_TRANSLATE_NOOP("Labels", "Andere"),
    },
    "status": {
        "asked": QT_TRANSLATE_NOOP("Labels", "Gevraagd"),
        "received": QT_TRANSLATE_NOOP("Labels", "Ontvangen"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Geen advies"),
    },
    "position": {
        "pro": QT_TRANSLATE_NOOP("Labels", "Pro"),
        "con": QT_TRANSLATE_NOOP("Labels", "Contra"),
        "condition": QT_TRANSLATE_NOOP("Labels", "Voorwaarde"),
    },
    "positions": {
        "pro": QT_TRANSLATE_NOOP("Labels", "Pro"),
        "con": QT_TRANSLATE_NOOP("Labels", "Contra"),
        "condition": QT_TRANSLATE_NOOP("Labels", "Voorwaarden"),
    },
    "stance": {
        "preferred": QT_TRANSLATE_NOOP("Labels", "Voorkeur"),
        "supports": QT_TRANSLATE_NOOP("Labels", "Steunt"),
        "conditional": QT_TRANSLATE_NOOP("Labels", "Onder voorwaarden"),
        "neutral": QT_TRANSLATE_NOOP("Labels", "Neutraal"),
        "opposes": QT_TRANSLATE_NOOP("Labels", "Tegen"),
        "not-addressed": QT_TRANSLATE_NOOP("Labels", "Niet behandeld"),
    },
}

STANCE_COLOURS = {
    "preferred": "#1b7f3b",
    "supports": "#66bb6a",
    "conditional": "#f9a825",
    "neutral": "#9e9e9e",
    "opposes": "#d32f2f",
    "not-addressed": "#cfd8dc",
}

# "against", not "con": CON is a reserved device name on Windows (con.svg cannot be checked out)
POSITION_ICONS = {"pro": "pro", "con": "against", "condition": "condition"}


def label(group: str, code: str | None) -> str:
    """The translated label of ``code`` in ``group`` ("kind", "status", "position", "stance")."""
    if code is None:
        return ""
    text = _LABELS.get(group, {}).get(code)
    return QCoreApplication.translate("Labels", str(text)) if text else code


def codes(group: str) -> list[str]:
    return list(_LABELS[group])


def stance_colour(code: str | None) -> QColor:
    return QColor(STANCE_COLOURS.get(code or "", "#ffffff"))


# What a deletion takes with it: (singular, plural) per count of ``deletion_impact``.
_COUNTED = {
    "options": (QT_TRANSLATE_NOOP("Labels", "optie"), QT_TRANSLATE_NOOP("Labels", "opties")),
    "arguments": (QT_TRANSLATE_NOOP("Labels", "argument"),
                  QT_TRANSLATE_NOOP("Labels", "argumenten")),
    "quotes": (QT_TRANSLATE_NOOP("Labels", "citaat"), QT_TRANSLATE_NOOP("Labels", "citaten")),
    "stances": (QT_TRANSLATE_NOOP("Labels", "standpunt"),
                QT_TRANSLATE_NOOP("Labels", "standpunten")),
    "sources": (QT_TRANSLATE_NOOP("Labels", "bron"), QT_TRANSLATE_NOOP("Labels", "bronnen")),
    "suggestions": (QT_TRANSLATE_NOOP("Labels", "suggestie"),
                    QT_TRANSLATE_NOOP("Labels", "suggesties")),
}
_SELF = {"question": "", "option": "options", "advisor": "", "source": "sources"}


def count_of(what: str, n: int) -> str:
    """"4 argumenten", "1 citaat" (``what`` is a key of ``deletion_impact``)."""
    one, many = _COUNTED.get(what, (what, what))
    return f"{n} {QCoreApplication.translate('Labels', str(one if n == 1 else many))}"


def impact_text(kind: str, impact: dict[str, int]) -> str:
    """"Dit verwijdert ook 4 argumenten, 12 citaten en 2 standpunten." (empty: nothing else)."""
    parts = []
    for what in _COUNTED:
        n = impact.get(what, 0) - (1 if _SELF.get(kind) == what else 0)
        if n > 0:
            parts.append(count_of(what, n))
    if not parts:
        return QCoreApplication.translate("Labels", "Er gaat niets anders mee verloren.")
    listed = parts[0] if len(parts) == 1 else (
        ", ".join(parts[:-1]) + QCoreApplication.translate("Labels", " en ") + parts[-1])
    return QCoreApplication.translate("Labels", "Dit verwijdert ook %1.").replace("%1", listed)

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

POSITION_ICONS = {"pro": "pro", "con": "con", "condition": "condition"}


def label(group: str, code: str | None) -> str:
    """The translated label of ``code`` in ``group`` ("kind", "status", "position", "stance")."""
    if code is None:
        return ""
    text = _LABELS.get(group, {}).get(code)
    return QCoreApplication.translate("Labels", text) if text else code


def codes(group: str) -> list[str]:
    return list(_LABELS[group])


def stance_colour(code: str | None) -> QColor:
    return QColor(STANCE_COLOURS.get(code or "", "#ffffff"))

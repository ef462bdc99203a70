"""Readable, translated names for the core's codes (advisor kinds, stances, positions...)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from workbench import labels as core_labels

# Stance colours and the Dutch words come from the core's one map (workbench.labels), which
# the exports use as they are; here they are translated (context "Labels") and capitalised.
STANCE_COLOURS = {code: s.colour for code, s in core_labels.STANCES.items()}

# "against", not "con": CON is a reserved device name on Windows (con.svg cannot be checked out)
POSITION_ICONS = {"pro": "pro", "con": "against", "condition": "condition"}


def label(group: str, code: str | None) -> str:
    """The translated label of ``code`` in ``group`` ("kind", "status", "position", "positions",
    "stance", "quote_status", "record", "severity"), capitalised as a GUI label."""
    if code is None:
        return ""
    text = core_labels.GROUPS.get(group, {}).get(code)
    if not text:
        return code
    shown = QCoreApplication.translate("Labels", text)
    return shown[:1].upper() + shown[1:]


def word(group: str, code: str | None) -> str:
    """The translated label as a word inside a sentence (not capitalised)."""
    if code is None:
        return ""
    text = core_labels.GROUPS.get(group, {}).get(code)
    return QCoreApplication.translate("Labels", text) if text else code


def codes(group: str) -> list[str]:
    return list(core_labels.GROUPS[group])


def stance_colour(code: str | None) -> QColor:
    return QColor(core_labels.stance_colour(code) or "#ffffff")


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


def cut(text: str, limit: int = 60) -> str:
    """``text`` up to ``limit`` characters, cut at a word and marked with "…" (a title cut
    without the mark reads as the whole title)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,:;") + "…"

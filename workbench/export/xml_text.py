"""Make arbitrary text storable in Word (XML 1.0) and Excel cells without changing what it says."""

from __future__ import annotations

import re

# XML 1.0 forbids C0 controls except tab/newline/CR, lone surrogates, U+FFFE and U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Excel additionally has no use for CR; openpyxl rejects the same C0 set (ILLEGAL_CHARACTERS_RE).
EXCEL_MAX_CHARS = 32_767
_TRUNCATED = "…"
# A text cell starting with one of these is a formula (or DDE) when typed into Excel.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def xml_text(value: object) -> str:
    """``value`` as a string without the characters XML 1.0 cannot hold ("" for None)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return _XML_ILLEGAL.sub("", text)


def excel_text(value: object) -> str:
    """Text for an Excel cell: XML-safe and at most 32,767 characters (an ellipsis marks a cut)."""
    text = xml_text(value)
    if len(text) > EXCEL_MAX_CHARS:
        text = text[: EXCEL_MAX_CHARS - len(_TRUNCATED)] + _TRUNCATED
    return text


def looks_like_formula(text: str) -> bool:
    """True when Excel would read ``text`` as a formula/DDE if a user retyped the cell."""
    return text.startswith(FORMULA_TRIGGERS)

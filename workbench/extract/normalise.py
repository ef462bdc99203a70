"""Text normalisation shared by all extractors.

``normalise`` makes text canonical (what is stored, searched and quoted); ``reflow`` joins the
hard-wrapped lines of one paragraph (PDF and plain-text input).
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
    "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
}
# Soft hyphen and zero-width characters: invisible, and they break searching.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# No-break spaces become ordinary spaces so that search and quoting see one kind of space.
_SPACES = {"\u00a0": " ", "\u202f": " ", "\u2007": " "}
# Form feed / vertical tab are line-ish separators in TXT files and Word copy-paste.
_BREAKS = {"\x0b": "\n", "\x0c": "\n"}

_TRANSLATE: dict[int, str | None] = {ord(k): v for k, v in _LIGATURES.items()}
_TRANSLATE.update({ord(c): None for c in _INVISIBLE})
_TRANSLATE.update({ord(k): v for k, v in _SPACES.items()})
_TRANSLATE.update({ord(k): v for k, v in _BREAKS.items()})

# C1 controls almost always come from Windows-1252 bytes decoded as Latin-1: map them back.
for _code in range(0x80, 0xA0):
    try:
        _TRANSLATE[_code] = bytes([_code]).decode("cp1252")
    except UnicodeDecodeError:
        _TRANSLATE[_code] = None

# Characters illegal in XML 1.0 (python-docx / openpyxl refuse them at export time).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# pdfium marks a word broken at a line end with U+FFFE (or \x02) and drops the line break.
_HYPHEN_MARK = re.compile("(?<=[^\\W\\d_])[\ufffe\x02][ \t]*(?:\r?\n)?[ \t]*(?=\\S)")
_LINE_END_MARK = re.compile("[\ufffe\x02][ \t]*(?=\r?\n|\\Z)")

# "Noord- en Zuid-Nederland": a hyphen followed by these words is a real (suspended) hyphen.
_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "and", "or", "to", "et", "ou", "und"})
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _join_broken(rest: str) -> str:
    """How to glue a line-end hyphen to the text that follows it (see ``reflow``)."""
    first = rest[:1]
    if first.islower():
        word = _FIRST_WORD.match(rest)
        if word and word.group(0) in _CONJUNCTIONS:
            return "- "
        return ""
    if first.isupper() or first.isdigit():
        return "-"
    return "- "


def _replace_mark(match: re.Match[str]) -> str:
    rest = match.string[match.end():match.end() + 12]
    return _join_broken(rest)


def normalise(text: str) -> str:
    """Return the canonical form of extracted text.

    - ``\\r\\n`` and ``\\r`` become ``\\n``; form feed and vertical tab become ``\\n``;
    - pdfium's line-end hyphen markers (U+FFFE, ``\\x02``) are resolved with the ``reflow``
      rule: joined without hyphen before a lowercase letter ("samen\\x02werking" ->
      "samenwerking"), hyphen kept before an uppercase letter or digit, and "- " kept before
      a conjunction ("Noord- en");
    - ligatures U+FB00-U+FB06 are expanded; soft hyphens and zero-width characters removed;
      no-break spaces become spaces; C1 controls are read as Windows-1252;
    - characters illegal in XML 1.0 are removed; tabs and newlines are kept;
    - the result is Unicode NFC.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufffe" in text or "\x02" in text:
        text = _HYPHEN_MARK.sub(_replace_mark, text)
        text = _LINE_END_MARK.sub("-", text)
    text = text.translate(_TRANSLATE)
    text = _ILLEGAL_XML.sub("", text)
    return unicodedata.normalize("NFC", text)


def reflow(lines: list[str]) -> str:
    """Join the hard-wrapped lines of ONE paragraph into one line.

    Lines are stripped and blank ones skipped, then joined with a single space, except when a
    line ends with a hyphen directly preceded by a letter:

    - next line starts with a lowercase letter -> joined without the hyphen
      ("samen-" + "werking" -> "samenwerking"), unless the next word is a conjunction
      such as "en"/"of" ("Noord-" + "en Zuid-Nederland" -> "Noord- en Zuid-Nederland");
    - next line starts with an uppercase letter or a digit -> hyphen kept, no space
      ("Zuid-" + "Nederland" -> "Zuid-Nederland", "COVID-" + "19" -> "COVID-19").

    A hyphen preceded by a space (a dash) is joined with a space as usual.
    """
    out = ""
    for raw in lines:
        out = join_wrapped(out, raw)[0] if out else raw.strip()
    return out


def join_wrapped(before: str, after: str) -> tuple[str, int]:
    """Join two wrapped fragments; return the joined text and where ``after`` starts in it."""
    before = before.rstrip()
    after = after.lstrip()
    if not before:
        return after, 0
    if not after:
        return before, len(before)
    if len(before) >= 2 and before.endswith("-") and before[-2].isalpha():
        head = before[:-1] + _join_broken(after)
    else:
        head = before + " "
    return head + after, len(head)

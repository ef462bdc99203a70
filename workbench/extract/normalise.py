"""Text normalisation shared by all extractors.

``normalise`` makes text canonical (what is stored, searched and quoted); ``reflow`` joins the
hard-wrapped lines of one paragraph (PDF and plain-text input).
"""

from __future__ import annotations

import re
import unicodedata
from operator import methodcaller

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

# Any character ``_TRANSLATE`` changes. str.translate with a dict looks every character up
# in it once the text holds one non-ASCII character (most Dutch text): a search for these
# first skips that pass for nearly every PDF line and page (#15).
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TRANSLATE)) + "]")

# Characters illegal in XML 1.0 (python-docx / openpyxl refuse them at export time).
_ILLEGAL_XML_CLASS = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff"
_ILLEGAL_XML = re.compile(f"[{_ILLEGAL_XML_CLASS}]")

# For a regular expression's character class: every character ``normalise`` removes or
# replaces, but for "\r" and the hyphen marks. A text without these, "\r", U+FFFE and
# "\x02" is normalised by NFC alone (#15: the PDF extraction then skips the other scans).
CHANGED_CHARACTERS = ("".join(re.escape(chr(code)) for code in sorted(_TRANSLATE))
                      + _ILLEGAL_XML_CLASS)

# pdfium marks a word broken at a line end with U+FFFE (or \x02) and drops the line break.
# One run of blanks, then optionally a line break and the next run: two adjacent ``[ \t]*``
# would try every split of a long run of spaces (quadratic, #13).
_HYPHEN_MARK = re.compile("(?<=[^\\W\\d_])[\ufffe\x02][ \t]*(?:\r?\n[ \t]*)?(?=\\S)")
_LINE_END_MARK = re.compile("[\ufffe\x02][ \t]*(?=\r?\n|\\Z)")

# "Noord- en Zuid-Nederland": a hyphen followed by these words is a real (suspended) hyphen.
_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "and", "or", "to", "et", "ou", "und"})
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_ENDS_IN_HYPHEN = methodcaller("endswith", "-")


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
    if _TRANSLATED.search(text) is not None:
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

    A hyphen preceded by a space (a dash) is joined with a space as usual. Linear in the
    length of the paragraph, however many lines it has (#13: a 6.7 MB text without blank
    lines is one paragraph of 100,000 lines).
    """
    stripped = [line.strip() for line in lines]
    if not any(map(_ENDS_IN_HYPHEN, stripped)):
        # Nothing to glue (nearly every PDF paragraph): one join gives what WrappedText would,
        # which keeps the trailing blanks of the last line unless it is the only one (#15).
        kept = [line for line in stripped if line]
        if len(kept) > 1 and stripped[-1]:
            return " ".join(kept) + lines[-1][len(lines[-1].rstrip()):]
        return " ".join(kept)
    joined = WrappedText()
    for raw in lines:
        joined.add(raw if joined else raw.strip())
    return joined.text()


def join_wrapped(before: str, after: str) -> tuple[str, int]:
    """Join two wrapped fragments; return the joined text and where ``after`` starts in it."""
    joined = WrappedText(before)
    start = joined.add(after)
    return joined.text(), start


class WrappedText:
    """Fragments joined by the ``reflow`` rule without copying what was joined before.

    Appending to one growing string copies it every time: quadratic for a paragraph of
    100,000 lines or one that runs over 5,000 PDF pages. Only the last two characters decide
    how the next fragment is glued on, so the fragments are kept in a list until ``text()``.
    """

    def __init__(self, first: str = "") -> None:
        self._parts: list[str] = []
        self._length = 0
        if first.strip():
            self._parts.append(first)
            self._length = len(first)

    def __bool__(self) -> bool:
        return bool(self._parts)

    def __len__(self) -> int:
        return self._length

    def tail(self, count: int = 2) -> str:
        """The last ``count`` characters of the text."""
        out = ""
        for part in reversed(self._parts):
            out = part + out
            if len(out) >= count:
                break
        return out[-count:] if count else ""

    def add(self, fragment: str) -> int:
        """Append a wrapped fragment (as ``join_wrapped``); return where it starts."""
        after = fragment.lstrip()
        if not self._parts:
            if after:
                self._parts.append(after)
                self._length = len(after)
            return 0
        last = self._parts[-1]
        tail = last.rstrip()
        self._length -= len(last) - len(tail)
        if not after:
            self._parts[-1] = tail
            return self._length
        # Every part holds a non-space character, so the rstripped tail is never empty.
        before_hyphen = tail[-2] if len(tail) >= 2 else (
            self._parts[-2][-1] if len(self._parts) >= 2 else "")
        if tail.endswith("-") and before_hyphen.isalpha():
            glued = tail[:-1] + _join_broken(after)
        else:
            glued = tail + " "
        self._length += len(glued) - len(tail)
        if glued:
            self._parts[-1] = glued
        else:
            self._parts.pop()
        start = self._length
        self._parts.append(after)
        self._length += len(after)
        return start

    def text(self) -> str:
        joined = "".join(self._parts)
        self._parts = [joined] if joined else []
        return joined

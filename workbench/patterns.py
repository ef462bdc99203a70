"""Match patterns of a policy option ("scenario 3", "derde scenario", "3+", ...) in text.

Matching is case-insensitive, diacritic-insensitive ("economie" = "économie"),
whitespace-tolerant and on word boundaries:

- any whitespace in a pattern matches any run of whitespace (incl. line breaks) in the text;
- between a word character and a punctuation character, whitespace is optional in the text
  (and ignored in the pattern): "3+" matches "3+" and "3 +", "scenario 3 +" matches "3+";
- a pattern that starts/ends with a letter or digit only matches where the text has no
  letter or digit right before/after: "scenario 3" does NOT match inside "scenario 30" but
  does match in "scenario 3+" and "scenario 3’s"; "3+" does not match in "13+";
- typographic quotes and dashes fold to ASCII (’ -> ', – -> -).

Folding is one character to one character, so hit offsets are offsets into the ORIGINAL
text. The text is assumed to be NFC (as stored); decomposed accents are not folded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Matcher", "PatternHit", "compile_patterns", "fold"]

_PUNCT_FOLD = {
    "’": "'", "‘": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " ",
}
_fold_cache: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    if ch in _PUNCT_FOLD:
        return _PUNCT_FOLD[ch]
    base = unicodedata.normalize("NFD", ch)[:1] or ch
    if unicodedata.combining(base):
        base = ch
    low = base.lower()
    return low if len(low) == 1 else base


class _FoldTable(dict[int, str]):
    """Code point -> its folded character, worked out the first time it is asked for."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        found = self[code] = _fold_cache.setdefault(ch, _fold_char(ch))
        return found


_fold_table = _FoldTable()
# what lower() alone does not fold: every non-ASCII character, and the backtick
_UNLOWERED = re.compile(r"[^\x00-\x5f\x61-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_fold_table)


def fold(text: str) -> str:
    """Lower-case, strip diacritics and fold typographic punctuation, one char per char
    (``len(fold(t)) == len(t)`` always).

    ``str.translate`` costs a dictionary look-up per character (20 ns: 2.5 s for the 120,000
    paragraphs of a big dossier's scan); only the runs that ``lower()`` does not fold go
    through the table, and ``lower()`` does the rest in C. Equal to translating every
    character: lower-casing ASCII is per character, and every folded character is its own
    lower case (checked for every code point in tests/test_patterns.py), so no capital sigma
    is left for ``lower()`` to fold by its context (#16)."""
    if text.isascii() and "`" not in text:
        return text.lower()
    return _UNLOWERED.sub(_fold_run, text).lower()


@dataclass(frozen=True)
class PatternHit:
    start: int
    end: int
    pattern: str  # the pattern as given to compile_patterns


_UNIT = re.compile(r"\w+|[^\w\s]|\s+")


def _pattern_regex(pattern: str) -> re.Pattern[str] | None:
    units = [u for u in _UNIT.findall(fold(pattern).strip())]
    parts: list[str] = []
    prev_word: bool | None = None
    gap = False
    for unit in units:
        if unit.isspace():
            gap = True
            continue
        is_word = bool(re.fullmatch(r"\w+", unit))
        if prev_word is not None:
            parts.append(r"\s+" if (gap and prev_word and is_word) else r"\s*")
        parts.append(re.escape(unit))
        prev_word, gap = is_word, False
    if not parts:
        return None
    body = "".join(parts)
    if re.match(r"\w", units[0]):
        body = r"(?<!\w)" + body
    if re.search(r"\w$", units[-1]):
        body += r"(?!\w)"
    return re.compile(body)


class Matcher:
    """Compiled patterns; see :func:`compile_patterns`."""

    def __init__(self, patterns: list[str]) -> None:
        self.patterns: tuple[str, ...] = tuple(patterns)
        self._compiled: list[tuple[str, re.Pattern[str]]] = []
        seen: set[str] = set()
        for pattern in patterns:
            rx = _pattern_regex(pattern)
            if rx is not None and rx.pattern not in seen:
                seen.add(rx.pattern)
                self._compiled.append((pattern, rx))

    def __bool__(self) -> bool:
        return bool(self._compiled)

    def find(self, text: str) -> list[PatternHit]:
        """All hits of all patterns, sorted by (start, end, pattern order). Hits of different
        patterns may overlap ("scenario 3" and "3+" in "scenario 3 +"); hits of one pattern
        do not."""
        if not self._compiled or not text:
            return []
        return self.find_folded(fold(text))

    def find_folded(self, folded: str) -> list[PatternHit]:
        """:meth:`find` on a text already passed through :func:`fold` (scan many options
        over one text without folding it again)."""
        hits: list[tuple[int, int, int, str]] = []
        for order, (pattern, rx) in enumerate(self._compiled):
            hits.extend((m.start(), m.end(), order, pattern) for m in rx.finditer(folded))
        hits.sort()
        return [PatternHit(s, e, p) for s, e, _, p in hits]

    def matches(self, text: str) -> bool:
        """True if any pattern occurs in ``text``."""
        if not self._compiled:
            return False
        folded = fold(text)
        return any(rx.search(folded) for _, rx in self._compiled)


def any_of(matchers: list[Matcher]) -> re.Pattern[str] | None:
    """One regex that finds whether any pattern of any matcher occurs in a folded text: a
    cheap first pass, since most paragraphs mention no option at all."""
    bodies = [rx.pattern for m in matchers for _, rx in m._compiled]
    return re.compile("|".join(f"(?:{b})" for b in bodies)) if bodies else None


def compile_patterns(patterns: list[str]) -> Matcher:
    """Compile an option's match patterns. Blank patterns (nothing but whitespace) are
    ignored; duplicates (after folding) are matched once, under the first spelling."""
    return Matcher(patterns)

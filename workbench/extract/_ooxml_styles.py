"""Word styles (heading levels, list styles) and list numbering labels from OOXML parts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from workbench.extract._safe import local

_HEADING_NAME = re.compile(
    r"^(?:heading|kop|titre|überschrift|ueberschrift|titolo|encabezado|título)\s*([1-9])$",
    re.IGNORECASE)
_TITLE_NAMES = {"title", "titel", "titre"}


def attr(el: etree._Element | None, name: str) -> str | None:
    """Attribute by local name (w:val, w:id, ... in any namespace)."""
    if el is None:
        return None
    for key, value in el.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return str(value)
    return None


def child(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    for sub in el:
        if local(sub) == name:
            return sub
    return None


def num_pr(ppr: etree._Element | None) -> tuple[str, int] | None:
    """(numId, ilvl) of a w:numPr, or None when absent / numId 0 (numbering removed)."""
    numpr = child(ppr, "numPr")
    if numpr is None:
        return None
    num_id = attr(child(numpr, "numId"), "val")
    ilvl = attr(child(numpr, "ilvl"), "val") or "0"
    if num_id is None or num_id == "0":
        return None
    return num_id, int(ilvl) if ilvl.isdigit() else 0


class Styles:
    """Resolve a paragraph style id to a heading level and list numbering (via basedOn)."""

    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, tuple[str, str | None, etree._Element | None]] = {}
        if root is None:
            return
        for style in root:
            if local(style) != "style" or attr(style, "type") not in (None, "paragraph"):
                continue
            style_id = attr(style, "styleId")
            if style_id:
                name = attr(child(style, "name"), "val") or style_id
                self._styles[style_id] = (name, attr(child(style, "basedOn"), "val"),
                                          child(style, "pPr"))

    def _chain(self, style_id: str | None) -> Iterator[tuple[Any, ...]]:
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen and len(seen) < 20:
            seen.add(style_id)
            yield style_id, *self._styles[style_id]
            style_id = self._styles[style_id][1]

    def heading_level(self, style_id: str | None) -> int | None:
        for sid, name, _based, ppr in self._chain(style_id):
            for candidate in (name, sid):
                match = _HEADING_NAME.match(candidate.strip())
                if match:
                    return int(match.group(1))
                if candidate.strip().lower() in _TITLE_NAMES:
                    return 1
            level = attr(child(ppr, "outlineLvl"), "val")
            if level is not None and level.isdigit() and int(level) < 9:
                return int(level) + 1
        return None

    def numbering(self, style_id: str | None) -> tuple[str, int] | None:
        for _sid, _name, _based, ppr in self._chain(style_id):
            found = num_pr(ppr)
            if found:
                return found
        return None


def _roman(number: int) -> str:
    values = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
              (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _letters(number: int) -> str:
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        text = _letters(number)
        return text.upper() if fmt == "upperLetter" else text
    if fmt in ("lowerRoman", "upperRoman"):
        text = _roman(number)
        return text.upper() if fmt == "upperRoman" else text
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


class Numbering:
    """List counters from word/numbering.xml; ``label`` advances them like Word does."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._num: dict[str, str] = {}
        self._counters: dict[str, list[int]] = {}
        if root is None:
            return
        for el in root:
            if local(el) == "abstractNum":
                levels: dict[int, tuple[str, str, int]] = {}
                for lvl in el:
                    if local(lvl) != "lvl":
                        continue
                    ilvl = int(attr(lvl, "ilvl") or 0)
                    fmt = attr(child(lvl, "numFmt"), "val") or "decimal"
                    text = attr(child(lvl, "lvlText"), "val") or ""
                    start = attr(child(lvl, "start"), "val") or "1"
                    levels[ilvl] = (fmt, text, int(start) if start.isdigit() else 1)
                self._abstract[attr(el, "abstractNumId") or ""] = levels
            elif local(el) == "num":
                self._num[attr(el, "numId") or ""] = attr(child(el, "abstractNumId"), "val") or ""

    def label(self, num_id: str, ilvl: int) -> str:
        """The visible label ('3.3.1', 'a)') of the next item; '' for bullets/unknown."""
        abstract_id = self._num.get(num_id)
        levels = self._abstract.get(abstract_id or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(abstract_id or "", [0] * 10)
        ilvl = min(ilvl, 9)
        if counters[ilvl] == 0:
            counters[ilvl] = levels[ilvl][2] - 1
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 10):
            counters[deeper] = 0
        fmt, text, _start = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return ""

        def substitute(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            lvl_fmt, _t, lvl_start = levels.get(level, ("decimal", "", 1))
            value = counters[level] if counters[level] else lvl_start
            return format_number(value, lvl_fmt)

        return re.sub(r"%([1-9])", substitute, text).strip()

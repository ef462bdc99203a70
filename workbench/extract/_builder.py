"""Accumulates blocks into one normalised text with offsets and heading paths."""

from __future__ import annotations

import re

from workbench.extract.document import Block, ExtractedDocument, ImportProblem, PageSpan
from workbench.extract.limits import DEFAULT_LIMITS, Limits
from workbench.extract.normalise import normalise

BLOCK_SEP = "\n\n"
_BULLET = re.compile(r"^(?:[-–•·*+▪◦‣○■□➢►✓\uf0b7\uf0a7]|o(?= ))\s+")
_SPACES = re.compile(r"[ ]{2,}")
_MULTI_NL = re.compile(r"\n{2,}")


def clean_block_text(text: str, *, keep_lines: bool = True) -> str:
    """Normalise one block's text: single spaces, no blank lines inside, trimmed.

    With ``keep_lines=False`` inner line breaks become spaces (headings, HTML inline text).
    """
    text = normalise(text)
    # Blanks around line breaks go; per line, not by a regex: "[ \t]*\n" retried at every
    # position of a long run of spaces without a line break is quadratic (#13).
    if "\n" in text:
        text = "\n".join(line.strip(" \t") for line in text.split("\n"))
    text = _MULTI_NL.sub("\n", text) if keep_lines else text.replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def strip_bullet(text: str) -> str:
    """'- item' / '• item' -> 'item' (enumerators like '1.' and 'a)' are kept: they carry meaning)."""
    return _BULLET.sub("", text.lstrip(), count=1)


class DocBuilder:
    """Append blocks in reading order; ``build`` returns the ExtractedDocument."""

    def __init__(self, media_type: str, limits: Limits = DEFAULT_LIMITS) -> None:
        self.media_type = media_type
        self.limits = limits
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self._headings: list[tuple[int, str]] = []

    @property
    def length(self) -> int:
        return self._length

    def heading_path(self) -> tuple[str, ...]:
        return tuple(title for _, title in self._headings)

    def add(self, kind: str, text: str, *, level: int | None = None, page: int | None = None,
            ref: str | None = None, sep: str = BLOCK_SEP, clean: bool = True,
            heading_path: tuple[str, ...] | None = None) -> Block | None:
        """Append a block (skipped when its text is empty); return it."""
        if clean:
            text = clean_block_text(text, keep_lines=kind != "heading")
        if not text:
            return None
        if self._length:
            self._append(sep)
        if kind == "heading":
            lvl = level or 1
            while self._headings and self._headings[-1][0] >= lvl:
                self._headings.pop()
            path = self.heading_path()
            self._headings.append((lvl, text))
        else:
            path = self.heading_path() if heading_path is None else heading_path
        start = self._length
        self._append(text)
        block = Block(kind=kind, start=start, end=self._length, level=level, page=page,
                      heading_path=path, ref=ref)
        self.blocks.append(block)
        return block

    def _append(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)
        if self._length > self.limits.max_text_chars:
            raise ImportProblem(
                "too-large",
                f"The document holds more than {self.limits.max_text_chars:,} characters of text.",
                "Split the document into smaller parts and import those.")

    def text(self) -> str:
        joined = "".join(self._parts)
        self._parts = [joined]
        return joined

    def build(self, *, page_count: int | None = None, pages: list[PageSpan] | None = None,
              title: str | None = None) -> ExtractedDocument:
        text = self.text()
        if title is None:
            title = next((text[b.start:b.end] for b in self.blocks if b.kind == "heading"), None)
        return ExtractedDocument(text=text, blocks=list(self.blocks), media_type=self.media_type,
                                 page_count=page_count, pages=pages or [],
                                 title=clean_block_text(title, keep_lines=False) or None
                                 if title else None)

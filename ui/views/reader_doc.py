"""Lay out a source's blocks in a QTextDocument and map document positions to text offsets.

The document shows the blocks of the normalised text (headings, paragraphs, list items) plus
page markers that are not part of the text. ``PositionMap`` keeps, for each source block, where
it starts in the document and in the text, so a selection maps to exact text offsets and a
quote's offsets map back to a document range.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from workbench.model import SourceBlock

PAGE_PROPERTY = QTextBlockFormat.Property.UserProperty + 1


@dataclass(frozen=True)
class Segment:
    doc_start: int
    text_start: int
    length: int
    block_id: int


class PositionMap:
    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self._doc_starts = [s.doc_start for s in segments]
        self._text_starts = [s.text_start for s in segments]

    def to_text(self, pos: int, *, end: bool = False) -> int | None:
        """The text offset at document position ``pos``; outside a block it snaps to the next
        block's start (or, for the end of a selection, the previous block's end)."""
        if not self.segments:
            return None
        i = bisect.bisect_right(self._doc_starts, pos) - 1
        if i >= 0:
            seg = self.segments[i]
            if pos <= seg.doc_start + seg.length:
                return seg.text_start + (pos - seg.doc_start)
        if end:
            return self.segments[i].text_start + self.segments[i].length if i >= 0 else None
        return self.segments[i + 1].text_start if i + 1 < len(self.segments) else None

    def to_doc(self, offset: int) -> int | None:
        if not self.segments:
            return None
        i = max(0, bisect.bisect_right(self._text_starts, offset) - 1)
        seg = self.segments[i]
        return seg.doc_start + min(max(offset - seg.text_start, 0), seg.length)

    def block_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._doc_starts, pos) - 1
        return self.segments[i].block_id if i >= 0 else None


def _char_format(block: SourceBlock, base: QFont) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if block.kind == "heading":
        level = block.level or 2
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontPointSize(base.pointSizeF() * {1: 1.6, 2: 1.4, 3: 1.2}.get(level, 1.05))
    if block.not_relevant:
        fmt.setForeground(QColor("#8a8f98"))
    return fmt


def _block_format(block: SourceBlock) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(8)
    fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if block.kind == "heading":
        fmt.setTopMargin(14)
        fmt.setBottomMargin(6)
    elif block.kind == "list_item":
        fmt.setBottomMargin(3)
    elif block.kind in ("quote", "blockquote"):
        fmt.setLeftMargin(24)
    return fmt


def _page_marker(cursor: QTextCursor, page: int, base: QFont) -> None:
    fmt = QTextBlockFormat()
    fmt.setAlignment(Qt.AlignmentFlag.AlignCenter)
    fmt.setTopMargin(10)
    fmt.setBottomMargin(10)
    fmt.setProperty(PAGE_PROPERTY, page)
    char = QTextCharFormat()
    char.setForeground(QColor("#8a8f98"))
    char.setFontPointSize(base.pointSizeF() * 0.85)
    cursor.insertBlock(fmt, char)
    label = QCoreApplication.translate("Reader", "— pagina %1 —").replace("%1", str(page))
    cursor.insertText(label, char)


def build_document(document: QTextDocument, blocks: list[SourceBlock]) -> PositionMap:
    # One edit block: the view lays the document out once, not after each of its hundreds
    # of insertions (a 109-paragraph source: 73 -> 13 ms of the window's time, #14).
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        return _fill(document, cursor, blocks)
    finally:
        cursor.endEditBlock()


def _fill(document: QTextDocument, cursor: QTextCursor,
          blocks: list[SourceBlock]) -> PositionMap:
    document.clear()
    base = document.defaultFont()
    segments: list[Segment] = []
    page = None
    first = True
    list_format = QTextListFormat()
    list_format.setStyle(QTextListFormat.Style.ListDisc)
    list_format.setIndent(1)
    current_list = None
    for block in blocks:
        if block.page is not None and block.page != page:
            page = block.page
            if first:
                cursor.setBlockFormat(QTextBlockFormat())
            _page_marker(cursor, page, base)
            first = False
            current_list = None
        char = _char_format(block, base)
        if first:
            cursor.setBlockFormat(_block_format(block))
            cursor.setBlockCharFormat(char)
            first = False
        else:
            cursor.insertBlock(_block_format(block), char)
        if block.kind == "list_item":
            if current_list is None:
                current_list = cursor.createList(list_format)
            else:
                current_list.add(cursor.block())
        else:
            current_list = None
        segments.append(Segment(cursor.position(), block.start, len(block.text), block.id))
        cursor.insertText(block.text, char)
    return PositionMap(segments)

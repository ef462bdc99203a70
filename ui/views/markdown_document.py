"""A section's Markdown shown as formatted text in a QTextDocument, and written back.

Loading parses with the export's own parser (``workbench.export.markdown_refs``), so the editor
shows exactly what the Word export renders: headings, paragraphs, bullet and numbered lists
(nested), block quotes, **bold**, *italics* and live references. Each reference becomes one
object character (U+FFFC) whose format holds the reference as written (``TOKEN``); the
composer draws it as a chip with a readable label, and the cursor treats it as one character.

Writing walks the document's blocks and writes canonical Markdown: blank lines between blocks,
``- `` and ``1. `` list items without blank lines, ``> `` quotes, ``## `` headings. Text the
drafter or the officer wrote that way comes back character for character. Each paragraph's
Markdown is checked by parsing it again; only when plain text would be read as markup
(``*``, ``_``, a leading ``1.``) is it escaped, so ``a_b`` and ``3 * 4`` stay as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from workbench.export.markdown_refs import (
    BLOCK_KINDS,
    BlockQuote,
    BlockRef,
    Heading,
    ListBlock,
    Paragraph,
    Reference,
    RefSpan,
    Span,
    TextSpan,
    parse_markdown,
)

OBJECT = "\ufffc"                 # what QTextDocument stores for an inline object
LINE_BREAK = "\u2028"             # Shift+Enter: a line break inside a paragraph
CHIP_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 1
TOKEN = int(QTextFormat.Property.UserProperty) + 1        # "[[quote:12]]"
LABEL = int(QTextFormat.Property.UserProperty) + 2        # "citaat 12 — VARIO, p. 3"
PROBLEM = int(QTextFormat.Property.UserProperty) + 3      # why it is broken, "" when sound
QUOTE_LEVEL = QTextFormat.Property.BlockQuoteLevel
HEADING_SIZES = {1: 2, 2: 1, 3: 0}                      # QTextCharFormat font size adjustment
QUOTE_INDENT = 18.0
PARAGRAPH_SPACING = 6.0           # between paragraphs on screen (a blank line in the Markdown)
QUOTE_BACKGROUND = "#f1f3f5"
HEADING_SPACING = 12.0

# (label, problem) for a reference; problem "" when it renders.
Describe = Callable[[Reference], tuple[str, str]]


# --- Markdown -> document ---------------------------------------------------------------------
def chip_format(ref_raw: str, label: str, problem: str,
                base: QTextCharFormat | None = None) -> QTextCharFormat:
    """The format of one chip: an object character that carries its reference."""
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setObjectType(CHIP_TYPE)
    fmt.setProperty(TOKEN, ref_raw)
    fmt.setProperty(LABEL, label)
    if problem:
        fmt.setProperty(PROBLEM, problem)
    else:
        fmt.clearProperty(PROBLEM)       # an empty string property reads back as a list
    fmt.setToolTip(f"{label}\n{problem}" if problem else label)
    return fmt


def heading_char_format(level: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZES.get(level, 0))
    return fmt


def plain_char_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Normal)
    fmt.setFontItalic(False)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
    return fmt


class _Loader:
    def __init__(self, cursor: QTextCursor, describe: Describe) -> None:
        self.cursor = cursor
        self.describe = describe
        self.first = True

    def new_block(self, fmt: QTextBlockFormat) -> None:
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, QTextCharFormat())

    def blocks(self, blocks: tuple, quote_level: int = 0, list_indent: int = 0) -> None:
        for block in blocks:
            if isinstance(block, ListBlock):
                self.list_block(block, quote_level, list_indent + 1)
                if not list_indent:                 # room after the list's last item
                    fmt = self.cursor.blockFormat()
                    fmt.setBottomMargin(PARAGRAPH_SPACING)
                    self.cursor.setBlockFormat(fmt)
            elif isinstance(block, BlockQuote):
                self.blocks(block.blocks, quote_level + 1, list_indent)
            else:
                self.new_block(self.block_format(quote_level))
                self.content(block)

    @staticmethod
    def block_format(quote_level: int, heading: int = 0, in_list: bool = False
                     ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(2.0 if in_list else PARAGRAPH_SPACING)
        if quote_level:
            fmt.setProperty(QUOTE_LEVEL, quote_level)
            fmt.setLeftMargin(QUOTE_INDENT * quote_level)
            fmt.setBackground(QColor(QUOTE_BACKGROUND))
        if heading:
            fmt.setHeadingLevel(heading)
            fmt.setTopMargin(HEADING_SPACING)
        return fmt

    def content(self, block) -> None:
        if isinstance(block, Heading):
            fmt = self.cursor.blockFormat()
            fmt.setHeadingLevel(block.level)
            fmt.setTopMargin(HEADING_SPACING)
            self.cursor.setBlockFormat(fmt)
            self.spans(block.spans, heading_char_format(block.level))
        elif isinstance(block, Paragraph):
            self.spans(block.spans)
        elif isinstance(block, BlockRef):
            self.chip(block.ref, QTextCharFormat())

    def list_block(self, block: ListBlock, quote_level: int, indent: int) -> None:
        text_list = None
        for item in block.items:
            blocks = item.blocks or (Paragraph(()),)
            for index, inner in enumerate(blocks):
                if isinstance(inner, ListBlock):
                    self.list_block(inner, quote_level, indent + 1)
                    continue
                if isinstance(inner, BlockQuote):
                    self.blocks(inner.blocks, quote_level + 1, indent)
                    continue
                self.new_block(self.block_format(quote_level, in_list=True))
                if index == 0 or text_list is None:
                    if text_list is None:
                        fmt = QTextListFormat()
                        fmt.setStyle(QTextListFormat.Style.ListDecimal if block.ordered
                                     else QTextListFormat.Style.ListDisc)
                        fmt.setIndent(indent)
                        if block.ordered and block.start != 1:
                            fmt.setStart(block.start)
                        text_list = self.cursor.createList(fmt)
                    else:
                        text_list.add(self.cursor.block())
                self.content(inner)

    def spans(self, spans: tuple[Span, ...], base: QTextCharFormat | None = None) -> None:
        for span in spans:
            fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
            if span.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if span.italic:
                fmt.setFontItalic(True)
            if isinstance(span, TextSpan):
                self.cursor.insertText(span.text.replace("\n", LINE_BREAK), fmt)
            else:
                self.chip(span.ref, fmt)

    def chip(self, ref: Reference, base: QTextCharFormat) -> None:
        label, problem = self.describe(ref)
        self.cursor.insertText(OBJECT, chip_format(ref.raw, label, problem, base))


def load_markdown(document: QTextDocument, markdown: str, describe: Describe) -> None:
    """Replace ``document``'s content with ``markdown`` shown formatted."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    _Loader(cursor, describe).blocks(tuple(parse_markdown(markdown)))
    cursor.endEditBlock()


# --- document -> Markdown ---------------------------------------------------------------------
@dataclass(frozen=True)
class Run:
    text: str              # text, or the reference as written when ``ref``
    bold: bool
    italic: bool
    ref: bool = False


def chip_token(fmt: QTextCharFormat) -> str | None:
    if fmt.objectType() != CHIP_TYPE:
        return None
    return fmt.stringProperty(TOKEN) or None


def block_runs(block: QTextBlock, ignore_bold: bool = False) -> list[Run]:
    """The text of ``block`` as runs of equal formatting; chips as reference runs."""
    runs: list[Run] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        bold = fmt.fontWeight() > QFont.Weight.Medium and not ignore_bold
        italic = fmt.fontItalic()
        token = chip_token(fmt)
        text = fragment.text()
        if token is not None:
            runs += [Run(token, bold, italic, True) for _ in text]
            continue
        text = text.replace(OBJECT, "").replace(LINE_BREAK, "\n")
        if text:
            runs.append(Run(text, bold, italic))
    return runs


_SPECIAL = "\\*_`<[]!&"
_LEADING = ("#", "-", "+", ">", "=", "|", "~")


def _escape(text: str) -> str:
    out = "".join(f"\\{c}" if c in _SPECIAL else c for c in text)
    lines = out.split("\n")
    for i, line in enumerate(lines):
        stripped = line.lstrip(" ")
        pad = line[:len(line) - len(stripped)]
        if stripped.startswith(_LEADING):
            lines[i] = f"{pad}\\{stripped}"
        else:
            digits = len(stripped) - len(stripped.lstrip("0123456789"))
            if digits and stripped[digits:digits + 1] in (".", ")"):
                lines[i] = f"{pad}{stripped[:digits]}\\{stripped[digits:]}"
    return "\n".join(lines)


def _inline(runs: list[Run], italic_marker: str, escape: bool) -> str:
    """Runs as Markdown: emphasis markers around each group, whitespace kept outside them."""
    groups: list[tuple[bool, bool, str]] = []
    for run in runs:
        text = run.text if run.ref else (_escape(run.text) if escape else run.text)
        text = text.replace("\n", "\\\n")
        if groups and groups[-1][:2] == (run.bold, run.italic):
            groups[-1] = (run.bold, run.italic, groups[-1][2] + text)
        else:
            groups.append((run.bold, run.italic, text))
    out = []
    for bold, italic, text in groups:
        marker = ("**" if bold else "") + (italic_marker if italic else "")
        core = text.strip(" ")
        if not marker or not core:
            out.append(text)
            continue
        lead = text[:len(text) - len(text.lstrip(" "))]
        trail = text[len(text.rstrip(" ")):]
        out.append(f"{lead}{marker}{core}{marker[::-1]}{trail}")
    return "".join(out)


def _signature(spans) -> tuple:
    """What a reader sees: the text and the bold/italic of each visible character."""
    chars: list[tuple[str, bool, bool]] = []
    for span in spans:
        text = span.ref.raw if isinstance(span, RefSpan) else span.text
        for c in text:
            chars.append((c, span.bold and not c.isspace(), span.italic and not c.isspace()))
    while chars and chars[0][0] == " ":
        chars.pop(0)
    while chars and chars[-1][0] == " ":
        chars.pop()
    return tuple(chars)


def _run_signature(runs: list[Run]) -> tuple:
    return _signature(TextSpan(r.text, r.bold, r.italic) for r in runs)


def _reads_back(markdown: str, runs: list[Run], heading: int) -> bool:
    blocks = parse_markdown(markdown)
    if len(blocks) != 1:
        return not runs and not blocks
    block = blocks[0]
    if heading:
        if not isinstance(block, Heading) or block.level != heading:
            return False
        spans = block.spans
    elif isinstance(block, BlockRef):
        return len(runs) == 1 and runs[0].ref and runs[0].text == block.ref.raw
    elif isinstance(block, Paragraph):
        spans = block.spans
    else:
        return False
    return _signature(spans) == _run_signature(runs)


def inline_markdown(runs: list[Run], heading: int = 0) -> str:
    """The Markdown of one paragraph's runs, escaped only where the text would turn into markup."""
    return _inline_markdown(tuple(runs), heading)


@lru_cache(maxsize=4096)        # typing changes one paragraph: the others are not parsed again
def _inline_markdown(runs: tuple[Run, ...], heading: int) -> str:
    runs_list = list(runs)
    prefix = "#" * heading + " " if heading else ""
    candidates = [_inline(runs_list, marker, escape) for escape in (False, True)
                  for marker in ("*", "_")]
    for text in candidates:
        if _reads_back(prefix + text.strip(" "), runs_list, heading):
            return text.strip(" ")
    return candidates[2].strip(" ")


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _quote_level(block: QTextBlock) -> int:
    value = block.blockFormat().property(QUOTE_LEVEL)
    return int(value) if value else 0


def _is_block_reference(runs: list[Run]) -> bool:
    if len(runs) != 1 or not runs[0].ref:
        return False
    kind = runs[0].text[2:-2].partition(":")[0].strip().lower()
    return kind in BLOCK_KINDS


def to_markdown(document: QTextDocument) -> str:
    """The document as Markdown (see the module's docstring for the form)."""
    out: list[str] = []
    previous: QTextBlock | None = None
    gap = False                     # an empty paragraph went before: never join two lists
    top_list = -1                   # where the current top-level list starts
    widths: list[int] = []          # marker widths of the enclosing list levels
    for block in _blocks(document):
        heading = block.blockFormat().headingLevel()
        runs = block_runs(block, ignore_bold=heading > 0)
        text_list = block.textList()
        level = _quote_level(block)
        if not runs and not heading and text_list is None:
            gap = previous is not None
            continue
        quote = "> " * level
        if text_list is not None:
            fmt = text_list.format()
            depth = max(1, fmt.indent())
            ordered = fmt.style() in (QTextListFormat.Style.ListDecimal,
                                      QTextListFormat.Style.ListLowerAlpha,
                                      QTextListFormat.Style.ListUpperAlpha,
                                      QTextListFormat.Style.ListLowerRoman,
                                      QTextListFormat.Style.ListUpperRoman)
            start = fmt.start() if ordered else 1
            if depth == 1 and text_list.item(0).position() != top_list:
                top_list = text_list.item(0).position()
                gap = gap or (previous is not None and previous.textList() is not None)
            marker = f"{start + text_list.itemNumber(block)}. " if ordered else "- "
            widths = widths[:depth - 1]
            widths += [2] * (depth - 1 - len(widths))
            pad = " " * sum(widths)
            widths.append(len(marker))
            body = inline_markdown(runs)
            body = body.replace("\n", "\n" + quote + pad + " " * len(marker))
            line = f"{quote}{pad}{marker}{body}".rstrip(" ")
        else:
            widths = []
            top_list = -1
            body = inline_markdown(runs, heading)
            if heading:
                body = "#" * heading + " " + body
            line = quote + body.replace("\n", "\n" + quote)
        if previous is not None:
            out.append("\n\n" if gap else _separator(previous, block))
        out.append(line)
        previous = block
        gap = False
    return "".join(out).strip("\n")


def _separator(previous: QTextBlock, block: QTextBlock) -> str:
    before, after = _quote_level(previous), _quote_level(block)
    if previous.textList() is not None and block.textList() is not None and before == after:
        return "\n"
    if before and after:
        return "\n" + ("> " * min(before, after)).rstrip() + "\n"
    return "\n\n"

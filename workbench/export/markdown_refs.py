"""The communication's Markdown and its live references, parsed into blocks and spans.

The officer's prose is CommonMark, parsed by markdown-it-py: headings (``#``, ``##``, ``###``),
paragraphs, bullet and numbered lists (nested), block quotes (``>``), **bold**, *italics* and
_italics_, backslash escapes, inline code and links (kept as text). Live references are an
inline rule of their own: ``[[quote:12]]``, ``[[argument:5]]`` inline, and the generated blocks
``[[overview:S3]]``, ``[[matrix]]``, ``[[advisors]]`` alone on a line. Anything else between
``[[`` and ``]]`` is an unknown reference: it is flagged, never printed as typed.
The writer renders the blocks; nothing here knows about Word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from workbench.export.content import CommunicationContent, OptionSection, QuoteItem

INLINE_KINDS = ("quote", "argument")
BLOCK_KINDS = ("overview", "matrix", "advisors")
_NEEDS_TARGET = ("quote", "argument", "overview")
# What the officer can call each kind in a message (Dutch, as in the composer).
KIND_NAMES = {"quote": "citaat", "argument": "argument", "overview": "overzicht van optie",
              "matrix": "standpuntenmatrix", "advisors": "lijst van adviseurs"}
_REF = re.compile(r"\[\[([^\[\]\n]*)\]\]")
_STANDALONE = re.compile(r"^[ \t]*(\[\[[^\[\]\n]*\]\])[ \t]*$")


@dataclass(frozen=True)
class Reference:
    kind: str            # quote / argument / overview / matrix / advisors (or what was typed)
    target: str          # "12", "S3", "" for matrix/advisors
    raw: str             # the text as written, e.g. "[[quote:12]]"
    line: int            # 1-based line in the section body
    standalone: bool     # alone on its line (a block position)

    @property
    def number(self) -> int | None:
        return int(self.target) if self.target.isdigit() else None

    def label(self) -> str:
        return f"{self.kind} {self.target}".strip()


def _reference(raw: str, line: int, standalone: bool) -> Reference:
    inner = raw[2:-2]
    kind, _, target = inner.partition(":")
    return Reference(kind.strip().lower(), target.strip(), raw, line, standalone)


@dataclass(frozen=True)
class TextSpan:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class RefSpan:
    ref: Reference
    bold: bool = False
    italic: bool = False


Span = TextSpan | RefSpan


@dataclass(frozen=True)
class Heading:
    level: int                   # as written: 1 for "#", 2 for "##", ...
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return "".join(s.text if isinstance(s, TextSpan) else s.ref.raw for s in self.spans)


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class ListItem:
    blocks: tuple[Block, ...]    # paragraphs, nested lists, ...


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[ListItem, ...]
    start: int = 1


@dataclass(frozen=True)
class BlockQuote:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class BlockRef:
    ref: Reference


Block = Heading | Paragraph | ListBlock | BlockQuote | BlockRef


# --- parsing -----------------------------------------------------------------------------
def _live_reference_rule(state: StateInline, silent: bool) -> bool:
    """``[[...]]`` at the current position becomes one ``live_ref`` token."""
    if not state.src.startswith("[[", state.pos):
        return False
    match = _REF.match(state.src, state.pos)
    if match is None:
        return False
    if not silent:
        token = state.push("live_ref", "", 0)
        token.content = match.group(0)
        token.meta = {"offset": state.pos}
    state.pos = match.end()
    return True


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.inline.ruler.before("link", "live_ref", _live_reference_rule)
    return md


def _isolate_block_references(markdown: str) -> tuple[str, list[int]]:
    """Put a blank line around every line that holds only a reference, so that a generated
    block typed straight under a paragraph or list still stands alone; returns the text and,
    per line of it, the 1-based line of the original."""
    lines: list[str] = []
    origin: list[int] = []
    for number, line in enumerate(markdown.splitlines(), 1):
        if _STANDALONE.match(line) and not line.startswith((" ", "\t")):
            lines += ["", line.strip(), ""]
            origin += [number, number, number]
        else:
            lines.append(line)
            origin.append(number)
    return "\n".join(lines), origin


class _Converter:
    def __init__(self, origin: list[int]) -> None:
        self.origin = origin

    def line(self, token: Token, offset: int = 0, content: str = "") -> int:
        index = (token.map[0] if token.map else 0) + content[:offset].count("\n")
        return self.origin[index] if index < len(self.origin) else index + 1

    def blocks(self, tokens: list[Token], start: int, stop: int) -> tuple[Block, ...]:
        out: list[Block] = []
        i = start
        while i < stop:
            token = tokens[i]
            kind = token.type
            if kind in ("heading_open", "paragraph_open"):
                inline = tokens[i + 1]
                spans = self.spans(inline)
                if kind == "heading_open":
                    out.append(Heading(int(token.tag[1]), spans))
                else:
                    out.append(self._paragraph_or_block_ref(spans))
                i += 3
            elif kind in ("bullet_list_open", "ordered_list_open"):
                end = _closing(tokens, i)
                items = []
                j = i + 1
                while j < end:
                    item_end = _closing(tokens, j)
                    items.append(ListItem(self.blocks(tokens, j + 1, item_end)))
                    j = item_end + 1
                start_at = int(token.attrs.get("start", 1) or 1)
                out.append(ListBlock(kind == "ordered_list_open", tuple(items), start_at))
                i = end + 1
            elif kind == "blockquote_open":
                end = _closing(tokens, i)
                out.append(BlockQuote(self.blocks(tokens, i + 1, end)))
                i = end + 1
            elif kind in ("fence", "code_block", "html_block"):
                text = token.content.rstrip("\n")
                if text:
                    out.append(Paragraph((TextSpan(text),)))
                i += 1
            else:                                     # hr and anything unforeseen: no content
                i += 1
        return tuple(out)

    @staticmethod
    def _paragraph_or_block_ref(spans: tuple[Span, ...]) -> Block:
        only = [s for s in spans if not (isinstance(s, TextSpan) and not s.text.strip())]
        if len(only) == 1 and isinstance(only[0], RefSpan):
            ref = only[0].ref
            standalone = Reference(ref.kind, ref.target, ref.raw, ref.line, True)
            if ref.kind in BLOCK_KINDS:
                return BlockRef(standalone)
            return Paragraph((RefSpan(standalone, only[0].bold, only[0].italic),))
        return Paragraph(spans)

    def spans(self, inline: Token) -> tuple[Span, ...]:
        spans: list[Span] = []
        bold = italic = 0
        link_href: list[str] = []

        def text(value: str) -> None:
            if not value:
                return
            last = spans[-1] if spans else None
            if isinstance(last, TextSpan) and (last.bold, last.italic) == (bold > 0, italic > 0):
                spans[-1] = TextSpan(last.text + value, last.bold, last.italic)
            else:
                spans.append(TextSpan(value, bold > 0, italic > 0))

        for child in inline.children or ():
            kind = child.type
            if kind in ("text", "code_inline", "html_inline"):
                text(child.content)
            elif kind == "softbreak":
                text(" ")
            elif kind == "hardbreak":
                text("\n")
            elif kind == "strong_open":
                bold += 1
            elif kind == "strong_close":
                bold -= 1
            elif kind == "em_open":
                italic += 1
            elif kind == "em_close":
                italic -= 1
            elif kind == "link_open":
                link_href.append(str(child.attrs.get("href", "")))
            elif kind == "link_close":
                href = link_href.pop() if link_href else ""
                if href and not href.startswith("#"):
                    text(f" ({href})")
            elif kind == "image":
                text(child.content)
            elif kind == "live_ref":
                offset = (child.meta or {}).get("offset", 0)
                ref = _reference(child.content, self.line(inline, offset, inline.content), False)
                spans.append(RefSpan(ref, bold > 0, italic > 0))
        return tuple(spans)


def _closing(tokens: list[Token], index: int) -> int:
    """Index of the token closing the one opened at ``index`` (same nesting level)."""
    opener = tokens[index]
    closer = opener.type.replace("_open", "_close")
    for j in range(index + 1, len(tokens)):
        if tokens[j].type == closer and tokens[j].level == opener.level:
            return j
    return len(tokens)


def parse_markdown(markdown: str) -> list[Block]:
    """The blocks of ``markdown``; inline markup becomes spans."""
    text, origin = _isolate_block_references(markdown)
    tokens = _parser().parse(text)
    return list(_Converter(origin).blocks(tokens, 0, len(tokens)))


def parse_inline(text: str, line: int = 1) -> tuple[Span, ...]:
    """The spans of one paragraph of ``text``."""
    tokens = _parser().parseInline(text)
    if not tokens:
        return ()
    converter = _Converter(list(range(line, line + text.count("\n") + 1)))
    tokens[0].map = [0, 1]
    return converter.spans(tokens[0])


def walk(blocks: Any) -> list[Block]:
    """Every block, nested ones included, in reading order."""
    found: list[Block] = []
    for block in blocks:
        found.append(block)
        if isinstance(block, ListBlock):
            for item in block.items:
                found += walk(item.blocks)
        elif isinstance(block, BlockQuote):
            found += walk(block.blocks)
    return found


def find_references(markdown: str) -> list[Reference]:
    """Every live reference in ``markdown`` in reading order (block and inline)."""
    found: list[Reference] = []
    for block in walk(parse_markdown(markdown)):
        if isinstance(block, BlockRef):
            found.append(block.ref)
        elif isinstance(block, (Paragraph, Heading)):
            found.extend(s.ref for s in block.spans if isinstance(s, RefSpan))
    return found


def plain_text(markdown: str) -> str:
    """``markdown`` as a reader sees it, without markup (references as typed)."""
    parts = []
    for block in walk(parse_markdown(markdown)):
        if isinstance(block, (Paragraph, Heading)):
            parts.append("".join(s.text if isinstance(s, TextSpan) else s.ref.raw
                                 for s in block.spans))
        elif isinstance(block, BlockRef):
            parts.append(block.ref.raw)
    return "\n".join(parts)


# --- resolving against the content -------------------------------------------------------------
def quotes_of(content: CommunicationContent) -> dict[int, QuoteItem]:
    if content.quotes_by_number:
        return content.quotes_by_number
    return {q.number: q for o in content.annex.options() for a in o.arguments for q in a.quotes}


def find_option(content: CommunicationContent, target: str) -> OptionSection | None:
    """The option named ``S3`` or ``V1/S3`` (question/option), or None."""
    for option in content.annex.options():
        if target in (option.key, f"{option.question_key}/{option.key}"):
            return option
    return None


def shape_problem(ref: Reference) -> str | None:
    """What is wrong with a reference whatever the dossier holds (Dutch), or None.

    Messages never repeat the ``[[...]]`` as typed: they end up in documents.
    """
    if ref.kind not in INLINE_KINDS + BLOCK_KINDS:
        typed = ref.raw[2:-2].strip()
        return f"onbekende verwijzing „{typed}”" if typed else "lege verwijzing"
    name = KIND_NAMES[ref.kind]
    if ref.kind in _NEEDS_TARGET and not ref.target:
        return f"verwijzing naar een {name} zonder nummer of sleutel"
    if ref.kind in BLOCK_KINDS and not ref.standalone:
        return f"de {name} moet alleen op een regel staan"
    if ref.kind in ("quote", "argument") and ref.number is None:
        return f"{name} „{ref.target}” is geen nummer"
    return None


def reference_problem(ref: Reference, content: CommunicationContent) -> str | None:
    """None when ``ref`` renders, else a short Dutch reason (used in markers and checks)."""
    problem = shape_problem(ref)
    if problem:
        return problem
    missing = f"ontbrekende verwijzing: {KIND_NAMES[ref.kind]} {ref.target}"
    if ref.kind == "quote" and ref.number not in quotes_of(content):
        return missing
    if ref.kind == "argument":
        arguments = content.arguments_by_number or {
            a.number: a for o in content.annex.options() for a in o.arguments}
        if ref.number not in arguments:
            return missing
    if ref.kind == "overview" and find_option(content, ref.target) is None:
        return missing
    return None


def broken_references(content: CommunicationContent) -> list[tuple[str, Reference, str]]:
    """(section title, reference, reason) for every reference that would not render."""
    broken = []
    for section in content.sections:
        for ref in find_references(section.body):
            problem = reference_problem(ref, content)
            if problem:
                broken.append((section.title, ref, problem))
    return broken

"""The communication's Markdown subset and its live references, parsed into tokens.

Blocks: paragraphs (lines joined, a blank line separates), bullet lists ("- " or "* "),
and generated blocks standing alone on a line: [[overview:S3]], [[matrix]], [[advisors]].
Inline: **bold**, *italic*, backslash escapes (\\* \\[ \\\\), [[quote:12]], [[argument:5]].
The writer renders the tokens; nothing here knows about Word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.export.content import CommunicationContent, OptionSection, QuoteItem

INLINE_KINDS = ("quote", "argument")
BLOCK_KINDS = ("overview", "matrix", "advisors")
_NEEDS_TARGET = ("quote", "argument", "overview")
_REF = re.compile(r"\[\[\s*([A-Za-z]+)\s*(?::\s*([^\]]*?)\s*)?\]\]")
_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")
_INLINE = re.compile(r"\\[\\*\[\]_]|\*\*|\*|" + _REF.pattern)


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
class Paragraph:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class BlockRef:
    ref: Reference


Block = Paragraph | BulletList | BlockRef


def _standalone_ref(line: str, number: int) -> Reference | None:
    match = _REF.fullmatch(line.strip())
    if match is None:
        return None
    return Reference(match.group(1).lower(), match.group(2) or "", match.group(0), number, True)


def parse_markdown(markdown: str) -> list[Block]:
    """Split ``markdown`` into blocks; inline markup becomes spans."""
    blocks: list[Block] = []
    para: list[tuple[str, int]] = []
    bullets: list[tuple[str, int]] = []

    def flush() -> None:
        if para:
            text = " ".join(t.strip() for t, _ in para)
            blocks.append(Paragraph(parse_inline(text, para[0][1])))
            para.clear()
        if bullets:
            blocks.append(BulletList(tuple(parse_inline(t, n) for t, n in bullets)))
            bullets.clear()

    for number, line in enumerate(markdown.splitlines(), 1):
        if not line.strip():
            flush()
            continue
        ref = _standalone_ref(line, number)
        if ref is not None and ref.kind in BLOCK_KINDS:
            flush()
            blocks.append(BlockRef(ref))
            continue
        bullet = _BULLET.match(line)
        if bullet:
            if para:
                flush()
            bullets.append((bullet.group(1), number))
        elif bullets and line.startswith((" ", "\t")):
            text, start = bullets[-1]            # continuation of a bullet item
            bullets[-1] = (f"{text} {line.strip()}", start)
        else:
            if bullets:
                flush()
            para.append((line, number))
    flush()
    return blocks


def parse_inline(text: str, line: int = 1) -> tuple[Span, ...]:
    """Spans of ``text``: emphasis toggles by ** and *, references as RefSpan."""
    tokens: list[tuple[str, str]] = []      # (kind, value): text / ** / * / ref
    pos = 0
    for match in _INLINE.finditer(text):
        if match.start() > pos:
            tokens.append(("text", text[pos:match.start()]))
        token = match.group(0)
        if token.startswith("\\"):
            tokens.append(("text", token[1]))
        elif token in ("**", "*"):
            tokens.append((token, token))
        else:
            tokens.append(("ref", token))
        pos = match.end()
    if pos < len(text):
        tokens.append(("text", text[pos:]))
    _unpaired_to_text(tokens)
    spans: list[Span] = []
    bold = italic = False
    for kind, value in tokens:
        if kind == "**":
            bold = not bold
        elif kind == "*":
            italic = not italic
        elif kind == "ref":
            found = _REF.fullmatch(value)
            assert found is not None
            ref = Reference(found.group(1).lower(), found.group(2) or "", value, line, False)
            spans.append(RefSpan(ref, bold, italic))
        elif spans and isinstance(spans[-1], TextSpan) and spans[-1].bold == bold \
                and spans[-1].italic == italic:
            spans[-1] = TextSpan(spans[-1].text + value, bold, italic)
        else:
            spans.append(TextSpan(value, bold, italic))
    return tuple(spans)


def _unpaired_to_text(tokens: list[tuple[str, str]]) -> None:
    """Emphasis markers without a partner (or around spaces) stay literal text."""
    for marker in ("**", "*"):
        indexes = [i for i, (kind, _) in enumerate(tokens) if kind == marker]
        opened: int | None = None
        paired: set[int] = set()
        for i in indexes:
            before = tokens[i - 1][1] if i > 0 else ""
            after = tokens[i + 1][1] if i + 1 < len(tokens) else ""
            can_open = bool(after) and not after[:1].isspace()
            can_close = bool(before) and not before[-1:].isspace()
            if opened is not None and can_close:
                paired.update((opened, i))
                opened = None
            elif can_open:
                opened = i
        for i in indexes:
            if i not in paired:
                tokens[i] = ("text", marker)


def find_references(markdown: str) -> list[Reference]:
    """Every live reference in ``markdown`` in reading order (block and inline)."""
    found: list[Reference] = []
    for block in parse_markdown(markdown):
        if isinstance(block, BlockRef):
            found.append(block.ref)
        elif isinstance(block, Paragraph):
            found.extend(s.ref for s in block.spans if isinstance(s, RefSpan))
        else:
            for item in block.items:
                found.extend(s.ref for s in item if isinstance(s, RefSpan))
    return found


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


def reference_problem(ref: Reference, content: CommunicationContent) -> str | None:
    """None when ``ref`` renders, else a short Dutch reason (used in markers and checks)."""
    if ref.kind not in INLINE_KINDS + BLOCK_KINDS:
        return f"onbekende verwijzing: {ref.raw}"
    if ref.kind in _NEEDS_TARGET and not ref.target:
        return f"verwijzing zonder doel: {ref.raw}"
    if ref.kind in BLOCK_KINDS and not ref.standalone:
        return f"{ref.raw} moet alleen op een regel staan"
    if ref.kind == "quote" and (ref.number is None or ref.number not in quotes_of(content)):
        return f"ontbrekende verwijzing: {ref.label()}"
    if ref.kind == "argument":
        arguments = content.arguments_by_number or {
            a.number: a for o in content.annex.options() for a in o.arguments}
        if ref.number is None or ref.number not in arguments:
            return f"ontbrekende verwijzing: {ref.label()}"
    if ref.kind == "overview" and find_option(content, ref.target) is None:
        return f"ontbrekende verwijzing: {ref.label()}"
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

"""Plain text and Markdown: decoding, paragraphs on blank lines, re-flowed hard wraps.

Markdown (.md, or a .txt that looks like Markdown) is parsed with markdown-it-py (CommonMark):
its block tokens give headings, list items and paragraphs, its inline tokens the plain text
(emphasis, code, link and image syntax, escapes and entities resolved). No hand-written
regular expression runs over inline text, so hostile input such as 100,000 times "**a " is
parsed in linear time instead of backtracking for minutes.

In plain text, and inside a Markdown paragraph, a line is a heading only when it looks like
one: a section number ("3.3.1 Scenario 1: ...", "2 TOEGEVOEGDE WAARDE"), a capital, short,
no sentence punctuation at its end, and not continued by a lower-case line (then it was the
first line of a wrapped sentence). A recommendation or article label ("Aanbeveling 1.1:
Koester ...", "Artikel 3") is a heading too, so that a quote under it gets a locator; when
the label's title is a long sentence, only the label is the heading and the title is text.
A Markdown "#" heading that ends in a full stop right after an unfinished paragraph is a
broken line of that paragraph (PDF-to-Markdown converters make these) and is joined to it.
List items: "- ", "* ", "• ", "1. ", "a) ".

A text that decodes cleanly but holds a few control characters (a NUL, an ANSI escape
sequence, a form feed) is read as text with those characters removed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from workbench.extract._builder import DocBuilder, strip_bullet
from workbench.extract.document import ExtractedDocument
from workbench.extract.limits import DEFAULT_LIMITS, Limits
from workbench.extract.normalise import normalise, reflow

_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\s+(\S.*)$")
# "Aanbeveling 1.1: Koester ...", "Artikel 3", "Hoofdstuk 2 - Context", "Recommendation 4"
_LABEL_HEADING = re.compile(
    r"^(?:[-*•·▪]\s+)?((?:Aanbeveling|Artikel|Art\.|Hoofdstuk|Afdeling|Deel|Bijlage|"
    r"Recommendation|Article|Chapter|Section|Annex)\s+(\d{1,3}(?:\.\d{1,3})*)[a-z]?)"
    r"(?:\s*[:.\-–—]\s*(\S.*)|\s*)$")
_LIST = re.compile(r"^(?:[-*+•·▪◦‣○■□➢►✓–o\uf0b7\uf0a7]|\d{1,3}[.)]|[a-zA-Z][.)]|\([a-z0-9]{1,3}\))\s+\S")
_LOOKS_MD = re.compile(r"^#{1,6}\s+\S|\]\([^)]*\)|\*\*\S|^```", re.M)
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_TERMINAL = tuple(".:;!?")
_SENTENCE_END = (".", ",", ";", "!", "?")
_MAX_HEADING = 100
_MAX_LABEL_HEADING = 160     # "Aanbeveling 4: Doe een open oproep rond ... initiatieven"


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM, BOM-less UTF-16, else Windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                          (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:4096]
    if len(sample) >= 4:
        odd_nuls = sample[1::2].count(0) / (len(sample) // 2)
        even_nuls = sample[0::2].count(0) / ((len(sample) + 1) // 2)
        if odd_nuls > 0.3 and even_nuls < 0.05:
            return data.decode("utf-16-le", errors="replace")
        if even_nuls > 0.3 and odd_nuls < 0.05:
            return data.decode("utf-16-be", errors="replace")
    return data.decode("cp1252", errors="replace")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences whole ("\\x1b[31m"), not just their ESC; the
    remaining control characters are dropped by ``normalise``."""
    return _ANSI.sub("", text) if "\x1b" in text else text


def looks_like_markdown(text: str) -> bool:
    return bool(_LOOKS_MD.search(text))


# ---------------------------------------------------------------- line heuristics

@dataclass
class _Chunk:
    kind: str
    lines: list[str] = field(default_factory=list)
    level: int | None = None


def _numbered_heading(line: str, previous: _Chunk | None) -> int | None:
    match = _NUMBERED_HEADING.match(line)
    if not match or len(line) > _MAX_HEADING or line.endswith(_SENTENCE_END):
        return None
    number, rest = match.groups()
    if not rest[:1].isupper() or int(number.split(".")[0]) > 50:
        return None
    if previous and previous.kind != "heading" and not previous.lines[-1].endswith(_TERMINAL):
        return None    # a wrapped sentence that happens to continue with "2 Dingen"
    return number.count(".") + 1


def _label_heading(line: str) -> tuple[str, int, str] | None:
    """("Aanbeveling 1.1: Koester ...") -> (heading text, level, body text left over)."""
    match = _LABEL_HEADING.match(line)
    if not match:
        return None
    label, number, title = match.group(1), match.group(2), (match.group(3) or "").strip()
    level = number.count(".") + 1
    if not title:
        return label, level, ""
    whole = line[match.start(1):]
    if len(whole) <= _MAX_LABEL_HEADING and not re.search(r"[.!?;]\s", title) \
            and not title.endswith(_SENTENCE_END):
        return whole, level, ""
    return label, level, title


def _chunks(lines: list[str]) -> list[_Chunk]:
    """Plain-text lines -> headings, list items and paragraphs (see the module doc)."""
    chunks: list[_Chunk] = []
    cur: _Chunk | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            cur = None
            continue
        label = _label_heading(line)
        level = None if label else _numbered_heading(line, cur)
        if label:
            text, lvl, body = label
            chunks.append(_Chunk("heading", [text], lvl))
            cur = None
            if body:       # the title is a paragraph of its own, not the start of the next
                chunks.append(_Chunk("paragraph", [body]))
        elif level:
            cur = _Chunk("heading", [line], level)
            chunks.append(cur)
        elif _LIST.match(line) and not (
                cur is not None and cur.kind == "paragraph" and line[:1].isalnum()
                and line[:2] != "o " and not cur.lines[-1].endswith(_TERMINAL)):
            indent = len(raw) - len(raw.lstrip())
            cur = _Chunk("list_item", [strip_bullet(line)], min(6, 1 + indent // 2))
            chunks.append(cur)
        elif cur is not None and cur.kind == "heading":
            if line.isupper() and len(line) <= 60 and cur.lines[-1].isupper():
                cur.lines.append(line)     # "2 TOEGEVOEGDE WAARDE VAN DE" + "CLUSTERS"
            elif line[:1].islower() and len(cur.lines) == 1:
                cur.kind, cur.level = "paragraph", None   # not followed by body text:
                cur.lines.append(line)                    # a wrapped sentence after all
            else:
                cur = _Chunk("paragraph", [line])
                chunks.append(cur)
        elif cur is None and (broken := _broken_by_page(chunks, line)) is not None:
            cur = broken
            cur.lines.append(line)
        elif cur is None:
            cur = _Chunk("paragraph", [line])
            chunks.append(cur)
        else:
            cur.lines.append(line)
    return chunks


_FOOTNOTE_LINE = re.compile(r"^\d{1,3}\s+\S")


def _broken_by_page(chunks: list[_Chunk], line: str) -> _Chunk | None:
    """The paragraph that ``line`` continues across a page break (blank lines, maybe a
    footnote in between): it ended mid-sentence and ``line`` starts in lower case."""
    if not line[:1].islower() or line[:2] == "o ":
        return None
    for back, chunk in enumerate(reversed(chunks[-2:])):
        if chunk.kind == "paragraph" and back == 0 and _FOOTNOTE_LINE.match(chunk.lines[0]) \
                and len(chunks) >= 2:
            continue                      # "1 https://..." printed at the foot of the page
        if chunk.kind == "paragraph" and not chunk.lines[-1].endswith((*_TERMINAL, ",")):
            return chunk
        return None
    return None


# ---------------------------------------------------------------- Markdown

_PARSER = MarkdownIt("commonmark")


def _inline_text(token: Token) -> str:
    """The plain text of an inline token; soft and hard breaks become "\\n"."""
    parts: list[str] = []
    for child in token.children or ():
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "image":
            parts.append(child.content)
    return "".join(parts)


def _md_chunks(text: str) -> list[_Chunk]:
    tokens = _PARSER.parse(text)
    chunks: list[_Chunk] = []
    depth = 0
    marker: str | None = None        # enumerator of the list item whose first line comes next
    last: _Chunk | None = None
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif kind == "list_item_open":
            marker = f"{tok.info}{tok.markup} " if tok.info else ""
        elif kind == "heading_open":
            title = _inline_text(tokens[i + 1]).replace("\n", " ").strip()
            if title.endswith(".") and last is not None and last.kind == "paragraph" \
                    and not last.lines[-1].rstrip().endswith(_TERMINAL):
                last.lines.append(title)          # a broken line, not a heading
                continue
            kind_ = "paragraph" if title.endswith(_SENTENCE_END) else "heading"
            last = _Chunk(kind_, [title], int(tok.tag[1:]) if kind_ == "heading" else None)
            chunks.append(last)
        elif kind == "paragraph_open":
            lines = _inline_text(tokens[i + 1]).split("\n")
            if marker is not None:
                last = _Chunk("list_item", [marker + lines[0].strip(), *lines[1:]],
                              min(6, depth))
                marker = None
                chunks.append(last)
                continue
            for chunk in _chunks(lines):
                last = chunk
                chunks.append(chunk)
        elif kind in ("fence", "code_block", "html_block"):
            last = _Chunk("paragraph", tok.content.split("\n"))
            chunks.append(last)
    return chunks


# ---------------------------------------------------------------- entry point

def extract_text(data: bytes, *, markdown: bool | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> ExtractedDocument:
    """TXT/MD bytes -> document. ``markdown=None`` detects Markdown syntax in the text."""
    text = normalise(strip_controls(decode_text(data)))
    is_md = looks_like_markdown(text) if markdown is None else markdown
    builder = DocBuilder("text/markdown" if markdown else "text/plain", limits)
    chunks = _md_chunks(text) if is_md else _chunks(text.split("\n"))
    for chunk in chunks:
        builder.add(chunk.kind, reflow(chunk.lines), level=chunk.level)
    return builder.build(title=_title(chunks))


def _title(chunks: list[_Chunk]) -> str | None:
    """The document's title: its first block when that is a heading; otherwise the most telling
    line of the preamble (the one-line paragraphs before the first sentence or heading, as a web
    page or a letter copied to text starts: "Ga verder naar de inhoud", "Advies 36: Toekomst van
    ...", "6 mei 2024"): not in capitals, then the longest. "" when there is none, so that a
    heading deep in the text ("Aanbeveling 1") never titles the whole document."""
    if chunks and chunks[0].kind == "heading":
        return None                      # the builder takes the first heading
    preamble: list[str] = []
    for chunk in chunks[:8]:
        line = reflow(chunk.lines)
        if chunk.kind != "paragraph" or len(chunk.lines) > 1 or len(line) > _MAX_LABEL_HEADING \
                or line.endswith(_SENTENCE_END):
            break
        if len(line.split()) >= 3 and not line.endswith(":"):
            preamble.append(line)
    if not preamble:
        return ""
    return max(preamble, key=lambda line: (not line.isupper(), len(line)))

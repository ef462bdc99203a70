"""Plain text and Markdown: decoding, paragraphs on blank lines, re-flowed hard wraps.

Headings: Markdown "#".."######" (and setext underlines) in Markdown mode, and in both
modes numbered heading lines such as "3.3.1 Scenario 1: ..." or "2 TOEGEVOEGDE WAARDE"
(a number without trailing dot, a capital, short, not ending in . , ;). List items: "- ",
"* ", "• ", "1. ", "a) ". Markdown mode (.md, or a .txt that looks like Markdown) strips
emphasis, inline code and link syntax ("[text](url)" -> "text", backslash escapes resolved).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from workbench.extract._builder import DocBuilder, strip_bullet
from workbench.extract.document import ExtractedDocument
from workbench.extract.limits import DEFAULT_LIMITS, Limits
from workbench.extract.normalise import normalise, reflow

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\s+(\S.*)$")
_LIST = re.compile(r"^(?:[-*+•·▪◦‣○■□➢►✓–o\uf0b7\uf0a7]|\d{1,3}[.)]|[a-zA-Z][.)]|\([a-z0-9]{1,3}\))\s+\S")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^(```|~~~)")
_LOOKS_MD = re.compile(r"^#{1,6}\s+\S|\]\([^)]*\)|\*\*\S|^```", re.M)
_ESCAPABLE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'])")
_TERMINAL = tuple(".:;!?")


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


def looks_like_markdown(text: str) -> bool:
    return bool(_LOOKS_MD.search(text))


def strip_markdown(text: str) -> str:
    """Inline Markdown -> plain text: emphasis, code, links, images, backslash escapes."""
    text = _ESCAPABLE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<((?:https?|mailto):[^>\s]+)>", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])", r"\1", text)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - 0xE000), text)


@dataclass
class _Chunk:
    kind: str
    lines: list[str] = field(default_factory=list)
    level: int | None = None


def _numbered_heading(line: str, previous: _Chunk | None) -> int | None:
    match = _NUMBERED_HEADING.match(line)
    if not match or len(line) > 100 or line.endswith((".", ",", ";")):
        return None
    number, rest = match.groups()
    if not rest[:1].isupper() or int(number.split(".")[0]) > 50:
        return None
    if previous and previous.kind != "heading" and not previous.lines[-1].endswith(_TERMINAL):
        return None    # a wrapped sentence that happens to continue with "2 Dingen"
    return number.count(".") + 1


def _chunks(lines: list[str], markdown: bool) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    cur: _Chunk | None = None
    in_fence = False
    for raw in lines:
        line = raw.strip()
        if markdown and _FENCE.match(line):
            in_fence = not in_fence
            cur = None
            continue
        if not line:
            cur = None
            continue
        if in_fence:
            if cur is None:
                cur = _Chunk("paragraph")
                chunks.append(cur)
            cur.lines.append(line)
            continue
        md = _MD_HEADING.match(line) if markdown else None
        setext = markdown and cur is not None and cur.kind == "paragraph" and \
            len(cur.lines) == 1 and re.fullmatch(r"=+|-+", line)
        level = None if md or setext else _numbered_heading(line, cur)
        if md:
            cur = _Chunk("heading", [md.group(2)], len(md.group(1)))
            chunks.append(cur)
            cur = None
        elif setext and cur is not None:
            cur.kind, cur.level = "heading", 1 if line.startswith("=") else 2
            cur = None
        elif markdown and _RULE.match(line):
            cur = None
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
            else:
                cur = _Chunk("paragraph", [line])
                chunks.append(cur)
        elif cur is None:
            cur = _Chunk("paragraph", [line])
            chunks.append(cur)
        else:
            cur.lines.append(line)
    return chunks


def extract_text(data: bytes, *, markdown: bool | None = None,
                 limits: Limits = DEFAULT_LIMITS) -> ExtractedDocument:
    """TXT/MD bytes -> document. ``markdown=None`` detects Markdown syntax in the text."""
    text = normalise(decode_text(data))
    is_md = looks_like_markdown(text) if markdown is None else markdown
    builder = DocBuilder("text/markdown" if markdown else "text/plain", limits)
    for chunk in _chunks(text.split("\n"), is_md):
        body = reflow(chunk.lines)
        if is_md:
            body = strip_markdown(body)
        builder.add(chunk.kind, body, level=chunk.level)
    return builder.build()

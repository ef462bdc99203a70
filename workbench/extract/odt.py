"""OpenDocument text (ODT) extraction from content.xml (+ styles.xml for outline levels).

text:h -> heading (text:outline-level, default 1); a text:p whose style has an outline level
-> heading; text:list-item -> list_item (level = list nesting); table cells -> table_cell
(ref "r{row}c{col}"); text:tracked-changes (deleted text) and office:annotation (comments)
are left out; tables of contents are skipped. Notes: the body gets "[citation]" for a
footnote ("[1]") and "[e<citation>]" for an endnote ("[ei]"); after the body every note is a
``footnote``/``endnote`` block with ``ref`` = the text inside the brackets.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from workbench.extract._builder import DocBuilder
from workbench.extract._ooxml_styles import attr
from workbench.extract._safe import local, open_zip, parse_xml, read_member
from workbench.extract.document import ExtractedDocument, ImportProblem
from workbench.extract.limits import DEFAULT_LIMITS, Limits

MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
WHAT = "OpenDocument"
_SKIP = frozenset({
    "tracked-changes", "annotation", "annotation-end", "change", "change-start",
    "change-end", "table-of-content", "alphabetical-index", "illustration-index",
    "table-index", "object-index", "user-index", "bibliography", "frame", "custom-shape",
    "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "sequence-decls",
    "variable-decls", "user-field-decls", "forms", "table-columns", "table-column",
})


class _Styles:
    def __init__(self, roots: list[etree._Element]) -> None:
        self._styles: dict[str, tuple[str | None, str | None]] = {}
        for root in roots:
            for el in root.iter():
                if local(el) == "style":
                    name = attr(el, "name")
                    if name:
                        self._styles[name] = (attr(el, "parent-style-name"),
                                              attr(el, "default-outline-level"))

    def outline_level(self, name: str | None) -> int | None:
        for _ in range(20):
            if not name or name not in self._styles:
                return None
            parent, level = self._styles[name]
            if level and level.isdigit() and int(level) > 0:
                return int(level)
            name = parent
        return None


class _Extractor:
    def __init__(self, styles: _Styles, limits: Limits) -> None:
        self.styles = styles
        self.builder = DocBuilder(MEDIA_TYPE, limits)
        self.notes: list[tuple[str, str, str, tuple[str, ...]]] = []  # kind, ref, text, path

    def inline(self, el: etree._Element, out: list[str], depth: int = 0) -> None:
        if el.text:
            out.append(el.text.replace("\n", " "))
        for sub in el:
            name = local(sub)
            if name and name not in _SKIP and depth < 100:
                if name == "s":
                    count = attr(sub, "c") or "1"
                    out.append(" " * min(int(count) if count.isdigit() else 1, 100))
                elif name == "tab":
                    out.append("\t")
                elif name == "line-break":
                    out.append("\n")
                elif name == "note":
                    out.append(self.note(sub))
                elif name in ("p", "h"):
                    out.append("\n")
                    self.inline(sub, out, depth + 1)
                else:
                    self.inline(sub, out, depth + 1)
            if sub.tail:
                out.append(sub.tail.replace("\n", " "))

    def note(self, note: etree._Element) -> str:
        kind = "endnote" if attr(note, "note-class") == "endnote" else "footnote"
        citation, body = "", None
        for sub in note:
            if local(sub) == "note-citation":
                citation = "".join(sub.itertext()).strip()
            elif local(sub) == "note-body":
                body = sub
        ref = citation if kind == "footnote" else f"e{citation}"
        parts: list[str] = []
        if body is not None:
            for para in body:
                parts.append("\n")
                self.inline(para, parts)
        self.notes.append((kind, ref, "".join(parts), self.builder.heading_path()))
        return f"[{ref}]"

    def text_of(self, el: etree._Element) -> str:
        parts: list[str] = []
        self.inline(el, parts)
        return "".join(parts)

    def body(self, container: etree._Element, list_level: int = 0, depth: int = 0) -> None:
        if depth > 50:
            return
        for el in container:
            name = local(el)
            if name in _SKIP or not name:
                continue
            if name == "h":
                outline = attr(el, "outline-level") or "1"
                self.builder.add("heading", self.text_of(el),
                                 level=int(outline) if outline.isdigit() else 1)
            elif name == "p":
                style_level = self.styles.outline_level(attr(el, "style-name"))
                if list_level:
                    self.builder.add("list_item", self.text_of(el), level=list_level)
                elif style_level:
                    self.builder.add("heading", self.text_of(el), level=style_level)
                else:
                    self.builder.add("paragraph", self.text_of(el))
            elif name == "list":
                self.body(el, list_level + 1, depth + 1)
            elif name == "table":
                self.table(el)
            else:   # list-item, list-header, section, text wrappers
                self.body(el, list_level, depth + 1)

    def table(self, table: etree._Element) -> None:
        rows = list(_descendant_rows(table))
        first = True
        for r_index, row in enumerate(rows, start=1):
            col = 1
            for cell in row:
                if local(cell) not in ("table-cell", "covered-table-cell"):
                    continue
                repeat = attr(cell, "number-columns-repeated") or "1"
                if local(cell) == "table-cell":
                    parts = [self.text_of(p) for p in cell if local(p) in ("p", "h", "list")]
                    block = self.builder.add("table_cell", "\n".join(parts), ref=f"r{r_index}c{col}",
                                             sep="\n\n" if first else "\n")
                    first = first and block is None
                col += min(int(repeat), 1024) if repeat.isdigit() else 1


def _descendant_rows(table: etree._Element) -> Iterator[etree._Element]:
    for el in table:
        if local(el) == "table-row":
            yield el
        elif local(el) in ("table-header-rows", "table-rows", "table-row-group"):
            yield from _descendant_rows(el)


def extract_odt(data: bytes, limits: Limits = DEFAULT_LIMITS) -> ExtractedDocument:
    archive = open_zip(data, limits, WHAT)
    with archive:
        manifest = read_member(archive, "META-INF/manifest.xml", WHAT) or b""
        if b"encryption-data" in manifest:
            raise ImportProblem("encrypted", "This OpenDocument file is password protected.",
                                "Ask the sender for an unprotected copy.")
        content = read_member(archive, "content.xml", WHAT)
        if content is None:
            raise ImportProblem("corrupt", "This OpenDocument file has no content.xml part.",
                                "Ask the sender for a fresh copy of the file.")
        root = parse_xml(content, "content.xml", WHAT)
        styles_data = read_member(archive, "styles.xml", WHAT)
        roots = [root] + ([parse_xml(styles_data, "styles.xml", WHAT)] if styles_data else [])
        meta = read_member(archive, "meta.xml", WHAT)
        meta_root = parse_xml(meta, "meta.xml", WHAT) if meta else None
    extractor = _Extractor(_Styles(roots), limits)
    for body in root.iter():
        parent = body.getparent()
        if local(body) == "text" and parent is not None and local(parent) == "body":
            extractor.body(body)
            break
    for kind in ("footnote", "endnote"):
        for note_kind, ref, text, path in extractor.notes:
            if note_kind == kind:
                extractor.builder.add(kind, text, ref=ref, heading_path=path)
    title = None
    if meta_root is not None:
        title = next((el.text for el in meta_root.iter() if local(el) == "title" and el.text),
                     None)
    return extractor.builder.build(title=title)

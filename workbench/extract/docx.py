"""DOCX extraction from the raw OOXML parts (zipfile + lxml).

- headings from paragraph styles (Heading 1-9, Dutch "Kop 1", basedOn chains, outlineLvl);
- list items from w:numPr (direct or via the style); Word's visible list labels
  ("1.", "3.3.1", "a)") are generated and put in front of the text, bullets are not;
- tables: one ``table_cell`` block per cell, ref "r{row}c{col}" (1-based, row order);
- tracked changes read as accepted: w:ins / w:moveTo in, w:del / w:moveFrom out;
- comments, headers/footers, text boxes and drawings are left out;
- footnotes and endnotes: the body gets a marker where the reference is, "[1]" for footnote
  id 1 and "[e1]" for endnote id 1; after the body each note is a ``footnote`` / ``endnote``
  block whose ``ref`` is the text inside the brackets ("1", "e1"), in order of reference,
  with the heading path of the place it was referenced.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from workbench.extract._builder import DocBuilder
from workbench.extract._ooxml_styles import Numbering, Styles, attr, child, num_pr
from workbench.extract._safe import local, open_zip, parse_xml, read_member
from workbench.extract.document import ExtractedDocument, ImportProblem
from workbench.extract.limits import DEFAULT_LIMITS, Limits

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
WHAT = "Word"
# Subtrees whose text is not part of the accepted document text.
_SKIP = frozenset({
    "pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "del", "moveFrom", "delText",
    "delInstrText", "instrText", "commentReference", "commentRangeStart", "commentRangeEnd",
    "annotationRef", "footnoteRef", "endnoteRef", "drawing", "pict", "object", "fldData",
    "sym", "separator", "continuationSeparator", "lastRenderedPageBreak", "bookmarkStart",
    "bookmarkEnd", "proofErr", "permStart", "permEnd",
})


class _Extractor:
    def __init__(self, styles: Styles, numbering: Numbering, limits: Limits) -> None:
        self.styles = styles
        self.numbering = numbering
        self.builder = DocBuilder(MEDIA_TYPE, limits)
        self.note_refs: list[tuple[str, str, tuple[str, ...]]] = []   # (kind, id, path)

    # ---- inline text
    def inline(self, el: etree._Element, out: list[str], depth: int = 0) -> None:
        if depth > 100:
            return
        for sub in el:
            name = local(sub)
            if not name or name in _SKIP:
                continue
            if name == "t":
                out.append(sub.text or "")
            elif name == "tab":
                out.append("\t")
            elif name in ("br", "cr"):
                out.append("\n")
            elif name == "noBreakHyphen":
                out.append("-")
            elif name in ("footnoteReference", "endnoteReference"):
                kind = "footnote" if name == "footnoteReference" else "endnote"
                note_id = attr(sub, "id") or ""
                out.append(f"[{note_id}]" if kind == "footnote" else f"[e{note_id}]")
                self.note_refs.append((kind, note_id, self.builder.heading_path()))
            elif name == "AlternateContent":
                choice = child(sub, "Choice")
                if choice is not None:
                    self.inline(choice, out, depth + 1)
            elif name == "p":
                out.append("\n")
                self.inline(sub, out, depth + 1)
            elif name == "tbl":
                for text in self.table_texts(sub):
                    out.append("\n" + text)
            else:   # r, ins, moveTo, hyperlink, smartTag, sdt, sdtContent, fldSimple, ...
                self.inline(sub, out, depth + 1)

    def table_texts(self, table: etree._Element) -> list[str]:
        texts: list[str] = []
        for _ref, cell in self.cells(table):
            parts: list[str] = []
            self.inline(cell, parts)
            texts.append("".join(parts))
        return texts

    @staticmethod
    def cells(table: etree._Element) -> Iterator[Any]:
        rows = [tr for tr in _unwrap(table) if local(tr) == "tr"]
        for r_index, row in enumerate(rows, start=1):
            col = 1
            for cell in _unwrap(row):
                if local(cell) != "tc":
                    continue
                yield f"r{r_index}c{col}", cell
                span = attr(child(child(cell, "tcPr"), "gridSpan"), "val") or "1"
                col += int(span) if span.isdigit() else 1

    # ---- block level
    def body(self, container: etree._Element, depth: int = 0) -> None:
        if depth > 50:
            return
        for el in container:
            name = local(el)
            if name == "p":
                self.paragraph(el)
            elif name == "tbl":
                self.table(el)
            elif name in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
                self.body(el, depth + 1)

    def paragraph(self, p: etree._Element) -> None:
        ppr = child(p, "pPr")
        style_id = attr(child(ppr, "pStyle"), "val")
        level = self.styles.heading_level(style_id)
        outline = attr(child(ppr, "outlineLvl"), "val")
        if outline is not None and outline.isdigit() and int(outline) < 9:
            level = int(outline) + 1
        numbering = num_pr(ppr) or self.styles.numbering(style_id)
        parts: list[str] = []
        self.inline(p, parts)
        text = "".join(parts)
        if numbering and text.strip():
            label = self.numbering.label(*numbering)
            text = f"{label} {text.lstrip()}" if label else text
        if level is not None:
            self.builder.add("heading", text, level=level)
        elif numbering:
            self.builder.add("list_item", text, level=numbering[1] + 1)
        else:
            self.builder.add("paragraph", text)

    def table(self, table: etree._Element) -> None:
        first = True
        for ref, cell in self.cells(table):
            parts: list[str] = []
            self.inline(cell, parts)
            block = self.builder.add("table_cell", "".join(parts).strip("\n"), ref=ref,
                                     sep="\n\n" if first else "\n")
            first = first and block is None

    def notes(self, notes: dict[str, dict[str, str]]) -> None:
        seen: set[tuple[str, str]] = set()
        for kind in ("footnote", "endnote"):
            for note_kind, note_id, path in self.note_refs:
                if note_kind != kind or (kind, note_id) in seen:
                    continue
                seen.add((kind, note_id))
                text = notes[kind].get(note_id, "")
                ref = note_id if kind == "footnote" else f"e{note_id}"
                self.builder.add(kind, text, ref=ref, heading_path=path)


def _unwrap(el: etree._Element) -> Iterator[etree._Element]:
    """Children, looking through content controls / custom XML wrappers."""
    for sub in el:
        if local(sub) in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
            yield from _unwrap(sub)
        elif local(sub) not in ("del", "moveFrom"):
            yield sub


def _part(archive: Any, name: str) -> etree._Element | None:
    data = read_member(archive, name, WHAT)
    return None if data is None else parse_xml(data, name, WHAT)


def _read_notes(extractor: _Extractor, root: etree._Element | None) -> dict[str, str]:
    notes: dict[str, str] = {}
    if root is None:
        return notes
    saved = extractor.note_refs
    for note in root:
        if local(note) not in ("footnote", "endnote"):
            continue
        if attr(note, "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs: list[str] = []
        for p in note:
            parts: list[str] = []
            extractor.note_refs = []
            if local(p) == "p":
                extractor.inline(p, parts)
            paragraphs.append("".join(parts).strip())
        notes[attr(note, "id") or ""] = "\n".join(t for t in paragraphs if t)
    extractor.note_refs = saved
    return notes


def _title(archive: Any) -> str | None:
    root = _part(archive, "docProps/core.xml")
    if root is None:
        return None
    for el in root:
        if local(el) == "title" and (el.text or "").strip():
            return str(el.text).strip()
    return None


def extract_docx(data: bytes, limits: Limits = DEFAULT_LIMITS) -> ExtractedDocument:
    archive = open_zip(data, limits, WHAT)
    with archive:
        if "EncryptedPackage" in archive.namelist():
            raise ImportProblem("encrypted", "This Word file is password protected.",
                                "Ask the sender for an unprotected copy.")
        document = _part(archive, "word/document.xml")
        if document is None:
            raise ImportProblem("corrupt", "This Word file has no main document part "
                                "(word/document.xml).", "Ask the sender for a fresh copy.")
        extractor = _Extractor(Styles(_part(archive, "word/styles.xml")),
                               Numbering(_part(archive, "word/numbering.xml")), limits)
        body = child(document, "body")
        if body is None:
            raise ImportProblem("corrupt", "This Word file has no document body.",
                                "Ask the sender for a fresh copy.")
        extractor.body(body)
        notes = {"footnote": _read_notes(extractor, _part(archive, "word/footnotes.xml")),
                 "endnote": _read_notes(extractor, _part(archive, "word/endnotes.xml"))}
        extractor.notes(notes)
        title = _title(archive)
    return extractor.builder.build(title=title)

"""Low-level, fast building blocks shared by the Word annex and the communication.

Paragraphs are built as lxml trees by copying cached prototypes whose style is set by style id
(``w:pStyle``), never through python-docx's style-name lookup, and appended straight to the
body. Tables are built the same way. ``DocxBuilder.save`` puts the section properties back,
flushes the footnotes and saves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from copy import deepcopy
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from workbench.export.columns import Column
from workbench.export.content import (
    POSITION_TITLES,
    AdvisorRow,
    OptionSection,
    QuoteItem,
    StanceMatrix,
)
from workbench.export.docx_footnotes import Footnotes
from workbench.export.labels import (
    ADVICE_DECLINED,
    ADVICE_OUTSTANDING,
    ADVISOR_KIND_LABELS,
    ADVISOR_STATUS_LABELS,
    DRAFT_MARK,
    INFERRED,
    INFERRED_EXPLANATION,
    NO_STANCE,
    NO_STANCE_EXPLANATION,
    POSITION_ORDER,
    STANCE_EXPLANATIONS,
    STANCE_FILLS,
    STANCE_LABELS,
    dutch_date,
    label,
    stance_label,
)
from workbench.export.xml_text import xml_text

W = nsdecls("w")
_T = qn("w:t")
_VAL = qn("w:val")
_SPLIT = re.compile(r"(\t|\r\n|\n|\r)")
DRAFT_COLOUR = "C00000"
QUOTE_STATUS_NOTES = {
    "changed": " [de tekst in de bron is gewijzigd]",
    "lost": " [niet meer teruggevonden in de bron]",
}

# style ids defined by resources/templates/*.docx (Word falls back to Normal when missing)
S_TITLE, S_SUBTITLE, S_META = "Title", "Subtitle", "Meta"
S_H = {1: "Heading1", 2: "Heading2", 3: "Heading3"}
S_NORMAL, S_ARGUMENT, S_QUOTE = "Normal", "Argument", "Citaat"
S_BULLET, S_DRAFT, S_TABLE, S_TOC_HEADING = "ListBullet", "Ontwerp", "TableText", "TOCHeading"
S_QUESTION = "Vraagtekst"


def _run_proto(bold: bool, italic: bool, colour: str | None) -> Any:
    props = ""
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    if colour:
        props += f'<w:color w:val="{colour}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return parse_xml(f'<w:r {W}>{rpr}<w:t xml:space="preserve"></w:t></w:r>')


def set_run_text(run: Any, text: str) -> None:
    """Put ``text`` into a prototype run's w:t; tabs and line breaks become w:tab / w:br."""
    t = run[-1]
    if "\t" not in text and "\n" not in text and "\r" not in text:
        t.text = text
        return
    run.remove(t)
    for piece in _SPLIT.split(text):
        if piece == "\t":
            etree.SubElement(run, qn("w:tab"))
        elif piece in ("\n", "\r", "\r\n"):
            etree.SubElement(run, qn("w:br"))
        elif piece:
            new = etree.SubElement(run, _T)
            new.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            new.text = piece


T = TypeVar("T")


def advisor_columns(widths: tuple[int, int, int, int, int] = (4, 2, 2, 2, 2)
                    ) -> list[Column[AdvisorRow]]:
    """The advisors with their status and dates written out ("6 mei 2024")."""
    name, kind, status, asked, received = widths
    return [Column("Adviseur", name, lambda a: a.name),
            Column("Soort", kind, lambda a: label(ADVISOR_KIND_LABELS, a.kind)),
            Column("Status", status, lambda a: label(ADVISOR_STATUS_LABELS, a.status)),
            Column("Gevraagd op", asked, lambda a: dutch_date(a.asked_on)),
            Column("Ontvangen op", received, lambda a: dutch_date(a.received_on))]


class DocxBuilder:
    """One Word document under construction from a template."""

    def __init__(self, template: Path) -> None:
        self.document = Document(str(template))
        section = self.section = self.document.sections[0]
        self.header = section.header
        self.footer = section.footer
        margins = int(section.left_margin or 0) + int(section.right_margin or 0)
        width = int(section.page_width or 0) - margins
        self.text_width = self.portrait_width = int(width / 635)   # EMU -> twips
        self.landscape_width = int((int(section.page_height or 0) - margins) / 635)
        body = self.document.element.body
        self._sect_pr = body.find(qn("w:sectPr"))
        self._sections_closed = 0
        self._bookmarks = 0
        for child in list(body):
            body.remove(child)
        self.body = body
        self.footnotes = Footnotes(self.document)
        self._p_protos: dict[str, Any] = {}
        self._p_text_protos: dict[str, Any] = {}
        self._r_protos: dict[tuple[bool, bool, str | None], Any] = {}
        self._released: list[bytes] = []       # the body's start, as text (``release``)

    # --- paragraphs and runs ------------------------------------------------------------
    def _p_proto(self, style: str) -> Any:
        proto = self._p_protos.get(style)
        if proto is None:
            proto = parse_xml(f'<w:p {W}><w:pPr><w:pStyle w:val="{style}"/></w:pPr></w:p>')
            self._p_protos[style] = proto
        return proto

    def paragraph(self, text: str = "", style: str = S_NORMAL, parent: Any = None) -> Any:
        """Append a paragraph in style id ``style`` (to the body or ``parent``) and return it."""
        if text and "\t" not in text and "\n" not in text and "\r" not in text:
            proto = self._p_text_protos.get(style)
            if proto is None:
                proto = deepcopy(self._p_proto(style))
                proto.append(_run_proto(False, False, None))
                self._p_text_protos[style] = proto
            p = deepcopy(proto)
            p[1][0].text = xml_text(text)
        else:
            p = deepcopy(self._p_proto(style))
            if text:
                self.run(p, text)
        (self.body if parent is None else parent).append(p)
        return p

    def run(self, p: Any, text: str, bold: bool = False, italic: bool = False,
            colour: str | None = None) -> Any:
        key = (bold, italic, colour)
        proto = self._r_protos.get(key)
        if proto is None:
            proto = self._r_protos[key] = _run_proto(bold, italic, colour)
        r = deepcopy(proto)
        set_run_text(r, xml_text(text))
        p.append(r)
        return r

    def heading(self, text: str, level: int, bookmark: str | None = None) -> Any:
        """A heading (the template's heading styles keep it with the next paragraph); with
        ``bookmark`` it is the target of a table-of-contents entry."""
        p = self.paragraph(text, S_H[level])
        if bookmark:
            self._bookmarks += 1
            ident = str(self._bookmarks)
            p.insert(1, parse_xml(f'<w:bookmarkStart {W} w:id="{ident}" w:name="{bookmark}"/>'))
            p.append(parse_xml(f'<w:bookmarkEnd {W} w:id="{ident}"/>'))
        return p

    def caption(self, text: str, style: str = S_META) -> Any:
        """A caption or legend title, kept on the page of what follows it."""
        p = self.paragraph(text, style)
        keep_with_next(p)
        return p

    def page_break(self) -> None:
        self.body.append(parse_xml(f'<w:p {W}><w:r><w:br w:type="page"/></w:r></w:p>'))

    def field(self, p: Any, instruction: str, placeholder: str) -> None:
        """A complex field (begin/instr/separate/result/end) in paragraph ``p``."""
        for xml in (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        ):
            p.append(parse_xml(xml.replace("<w:r>", f"<w:r {W}>", 1)))
        self.run(p, placeholder)
        p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))

    def quote(self, quote: QuoteItem, style: str = S_QUOTE) -> Any:
        """A block quote paragraph with the verbatim text and a footnote with the citation."""
        p = self.paragraph(quote.exact, style)
        self.footnotes.add(p, quote.citation)
        note = QUOTE_STATUS_NOTES.get(quote.status)
        if note:
            self.run(p, note, italic=True, colour=DRAFT_COLOUR)
        return p

    def toc(self, entries: list[tuple[int, str, str]]) -> None:
        """A table of contents: ``entries`` are (level, text, bookmark), each linked to its
        heading's bookmark, with its page number as a PAGEREF field to that bookmark.

        Not a TOC field: LibreOffice shows a TOC field's result as written (no page numbers
        can be written: they are known only after layout), but it computes a PAGEREF when it
        lays the page out, so a PDF made from the file has them. Word fills them in when it
        updates fields on open (``update_fields_on_open``).
        """
        for level, text, bookmark in entries:
            p = self.paragraph("", f"TOC{level}")
            link = parse_xml(f'<w:hyperlink {W} w:anchor="{bookmark}" w:history="1"/>')
            p.append(link)
            self.run(link, text)
            link.append(parse_xml(f'<w:r {W}><w:tab/></w:r>'))
            self.field(link, f"PAGEREF {bookmark} \\h", "")

    # --- page layout ----------------------------------------------------------------------
    def title_page_without_header(self) -> None:
        """The first page (the title page) gets an empty header and footer."""
        self.section.different_first_page_header_footer = True
        self.section.first_page_header.is_linked_to_previous = False
        self.section.first_page_footer.is_linked_to_previous = False

    def update_fields_on_open(self) -> None:
        """Ask Word to refresh fields (TOC page numbers) when the document is opened."""
        settings = self.document.settings.element
        for old in settings.findall(qn("w:updateFields")):
            settings.remove(old)
        update = parse_xml(f'<w:updateFields {W} w:val="true"/>')
        # schema order: updateFields comes right after the zoom/view-related elements
        anchor = settings.find(qn("w:zoom"))
        if anchor is not None:
            anchor.addnext(update)
        else:
            settings.insert(0, update)

    def _section_properties(self, landscape: bool) -> Any:
        """A copy of the template's section properties for a section after the first."""
        sect = deepcopy(self._sect_pr)
        for tag in ("w:headerReference", "w:footerReference", "w:titlePg"):
            for old in sect.findall(qn(tag)):
                sect.remove(old)        # later sections inherit the running header/footer
        size = sect.find(qn("w:pgSz"))
        short, long_ = sorted((int(size.get(qn("w:w"))), int(size.get(qn("w:h")))))
        size.set(qn("w:w"), str(long_ if landscape else short))
        size.set(qn("w:h"), str(short if landscape else long_))
        if landscape:
            size.set(qn("w:orient"), "landscape")
        elif size.get(qn("w:orient")) is not None:
            del size.attrib[qn("w:orient")]
        return sect

    def _close_section(self, landscape: bool) -> None:
        first = self._sections_closed == 0
        sect = deepcopy(self._sect_pr) if first else self._section_properties(landscape)
        p = parse_xml(f'<w:p {W}><w:pPr/></w:p>')
        p[0].append(sect)
        self.body.append(p)
        self._sections_closed += 1

    def begin_landscape(self) -> None:
        """End the portrait section here; what follows is on landscape pages."""
        self._close_section(landscape=False)
        self.text_width = self.landscape_width

    def end_landscape(self) -> None:
        """End the landscape section here; what follows is on portrait pages again."""
        self._close_section(landscape=True)
        self.text_width = self.portrait_width

    # --- tables --------------------------------------------------------------------------
    def table(self, header: list[str], rows: list[list[str]], widths: list[int],
              fills: list[list[str | None]] | None = None, keep_together: bool = False,
              gap: bool = True) -> Any:
        """A grid table with a repeated, shaded header row; ``widths`` are relative.

        Rows never split across pages; ``keep_together`` also keeps the whole table (and
        the paragraph after it) on one page when it fits. ``gap``: an empty paragraph after
        it (Word needs one between tables and after a final table); without it the caller
        writes the next paragraph right under the table (a legend).
        """
        twips = column_twips(self.text_width, widths, [header, *rows])
        tbl = parse_xml(
            f'<w:tbl {W}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
            f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1"'
            ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid/></w:tbl>')
        grid = tbl[1]
        for width in twips:
            etree.SubElement(grid, qn("w:gridCol")).set(qn("w:w"), str(width))
        self._row(tbl, header, twips, ["D9D9D9"] * len(header), header_row=True,
                  keep=keep_together or bool(rows))
        for index, row in enumerate(rows):
            self._row(tbl, row, twips, fills[index] if fills else None,
                      keep=keep_together and index < len(rows) - 1)
        self.body.append(tbl)
        if gap:
            self.paragraph("", S_NORMAL)
        return tbl

    def table_of(self, columns: Sequence[Column[T]], items: Iterable[T], **how: Any) -> Any:
        """``table`` from a column specification: one row per item (values as text)."""
        rows = [["" if (v := c.value(item)) is None else str(v) for c in columns]
                for item in items]
        return self.table([c.header for c in columns], rows, [int(c.width) for c in columns],
                          **how)

    def _row(self, tbl: Any, values: list[str], twips: list[int], fills: list[str | None] | None,
             header_row: bool = False, keep: bool = False) -> None:
        tr = etree.SubElement(tbl, qn("w:tr"))
        tr_pr = etree.SubElement(tr, qn("w:trPr"))
        etree.SubElement(tr_pr, qn("w:cantSplit"))
        if header_row:
            etree.SubElement(tr_pr, qn("w:tblHeader"))
        for col, value in enumerate(values):
            tc = etree.SubElement(tr, qn("w:tc"))
            tc_pr = etree.SubElement(tc, qn("w:tcPr"))
            tc_w = etree.SubElement(tc_pr, qn("w:tcW"))
            tc_w.set(qn("w:w"), str(twips[col]))
            tc_w.set(qn("w:type"), "dxa")
            fill = fills[col] if fills else None
            if fill:
                shd = etree.SubElement(tc_pr, qn("w:shd"))
                shd.set(_VAL, "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), fill)
            p = self.paragraph("", S_TABLE, parent=tc)
            if keep:
                keep_with_next(p)
            if value:
                self.run(p, value, bold=header_row)

    # --- composite blocks shared by annex and communication ---------------------------------
    def draft_block(self, problems: tuple[str, ...]) -> None:
        p = self.paragraph("", S_DRAFT)
        self.run(p, DRAFT_MARK, bold=True, colour=DRAFT_COLOUR)
        self.paragraph("Deze export is gemaakt hoewel de volgende controles mislukten:", S_NORMAL)
        for problem in problems:
            self.paragraph(problem, S_BULLET)

    def header_text(self, text: str, draft: bool) -> None:
        """Fill the template's header paragraph: document title, draft marking when needed."""
        p = self.header.paragraphs[0]._p
        for old in p.findall(qn("w:r")):
            p.remove(old)
        self.run(p, text)
        if draft:
            self.run(p, "\t" + DRAFT_MARK, bold=True, colour=DRAFT_COLOUR)

    def option_overview(self, option: OptionSection, names: dict[str, str],
                        title_level: int | None = 2) -> None:
        """Description, then Pro / Contra / Voorwaarden with arguments and footnoted quotes."""
        if title_level is not None:
            self.heading(option_heading(option), title_level)
        if option.description:
            self.paragraph(option.description, S_NORMAL)
        if option.proposed_by:
            name = names.get(option.proposed_by, option.proposed_by)
            p = self.paragraph("", S_NORMAL)
            self.run(p, f"Voorgesteld door {name}.", italic=True)
        quote = self.quote
        for position in POSITION_ORDER:
            self.heading(POSITION_TITLES[position], 3)
            arguments = option.by_position(position)
            if not arguments:
                p = self.paragraph("", S_NORMAL)
                self.run(p, "Geen argumenten vastgelegd.", italic=True)
                continue
            for argument in arguments:
                p = self.paragraph(argument.text, S_ARGUMENT)
                if argument.advisors:
                    who = ", ".join(names.get(key, key) for key in argument.advisors)
                    # a dash, not brackets: names such as "X (geconsolideerd advies)" nest
                    self.run(p, f" – {who}", italic=True)
                for item in argument.quotes:
                    quote(item)

    def stance_matrix(self, matrix: StanceMatrix) -> None:
        """Advisors x options: Dutch stance words on the legend's colours, the legend right
        under the table, then the notes (prose that would squeeze a matrix cell)."""
        header = ["Adviseur", *[matrix_option_label(matrix, key, title, short=True)
                                for key, title in matrix.options]]
        rows: list[list[str]] = []
        fills: list[list[str | None]] = []
        notes: list[str] = []
        used: set[str] = set()
        for advisor in matrix.advisors:
            row: list[str] = [advisor.name]
            fill: list[str | None] = [None]
            for key, title in matrix.options:
                cell = matrix.cell(advisor.key, key)
                explicit = cell.explicit
                text = stance_label(cell.stance, explicit, advisor.status)
                used.add(cell.stance or text)
                if not explicit:
                    used.add(INFERRED)
                if cell.note:
                    notes.append(f"{advisor.name} over "
                                 f"{matrix_option_label(matrix, key, title, short=True)}: "
                                 f"{cell.note}")
                    text += f" (noot {len(notes)})"
                row.append(text)
                fill.append(STANCE_FILLS.get(cell.stance or ""))
            rows.append(row)
            fills.append(fill)
        self.table(header, rows, [5] + [4] * len(matrix.options), fills, keep_together=True,
                   gap=False)
        self.caption("Legende")
        legend = [[STANCE_LABELS[s], STANCE_EXPLANATIONS[s]] for s in STANCE_LABELS]
        legend_fills: list[list[str | None]] = [[STANCE_FILLS[s], None] for s in STANCE_LABELS]
        extra = ((INFERRED, f"… ({INFERRED})", INFERRED_EXPLANATION),
                 (ADVICE_OUTSTANDING, ADVICE_OUTSTANDING, "de adviseur heeft nog geen advies "
                  "bezorgd"),
                 (ADVICE_DECLINED, ADVICE_DECLINED, "de adviseur heeft laten weten geen "
                  "advies te geven"),
                 (NO_STANCE, NO_STANCE, NO_STANCE_EXPLANATION))
        for code, word, meaning in extra:
            if code in used:
                legend.append([word, meaning])
                legend_fills.append([None, None])
        self.table(["Standpunt", "Betekenis"], legend, [2, 5], legend_fills,
                   keep_together=True)
        if notes:
            self.caption("Toelichting bij de standpunten")
            for number, note in enumerate(notes, start=1):
                self.paragraph(f"Noot {number}. {note}", S_TABLE)

    def advisors_table(self, matrix: StanceMatrix) -> None:
        self.table_of(advisor_columns(), matrix.advisors)

    # --- saving ---------------------------------------------------------------------------
    def properties(self, title: str, subject: str, keywords: str = "") -> None:
        core = self.document.core_properties
        core.title = xml_text(title)
        core.subject = xml_text(subject)
        core.keywords = xml_text(keywords)
        core.author = "Consultation Workbench"
        core.last_modified_by = "Consultation Workbench"
        now = datetime.now().replace(microsecond=0)
        core.created = now
        core.modified = now
        core.revision = 1

    def save(self, path: Path) -> None:
        if self._sect_pr is not None:
            last = self._sect_pr if self._sections_closed == 0 else \
                self._section_properties(landscape=self.text_width == self.landscape_width)
            self.body.append(last)
            self._sect_pr = None
        self.footnotes.flush()
        save_streamed(self.document, Path(path),
                      {id(self.document.element): self._write_document} if self._released
                      else None)

    # --- memory (#15) ----------------------------------------------------------------------
    def release(self) -> None:
        """Keep what the body holds so far as its XML text and drop its elements.

        An annex section is written once and never looked at again; as text it takes a
        fraction of its lxml tree (the annex of 2,000 sources: ~50,000 quote paragraphs).
        Each piece is serialised in the body, so it is the same bytes as in the whole tree.
        Not after a big table: lxml took seconds to detach the 2,000-row sources table.
        """
        children = list(self.body)
        if not children:
            return
        blob = etree.tostring(self.body, encoding="UTF-8")   # <w:body xmlns...>...</w:body>
        start, end = blob.index(b">") + 1, len(blob) - len(_BODY_CLOSE)
        if blob[start - 2:start] == b"/>" or not blob.endswith(_BODY_CLOSE):
            return                      # not the shape expected: keep the tree (never lose)
        self._released.append(blob[start:end])
        for child in children:
            self.body.remove(child)

    def _write_document(self, entry: Any) -> None:
        """The main document part: the released text where it was, then the rest."""
        sentinel = etree.Element(qn("w:released"))
        self.body.insert(0, sentinel)
        try:
            blob = etree.tostring(self.document.element, encoding="UTF-8", standalone=True)
        finally:
            self.body.remove(sentinel)
        mark = b"<w:released/>"
        at = blob.index(mark)          # text and attributes cannot hold a raw "<"
        entry.write(blob[:at])
        for piece in self._released:
            entry.write(piece)
        entry.write(blob[at + len(mark):])


_BODY_CLOSE = b"</w:body>"


def save_streamed(document: Any, path: Path,
                  writers: dict[int, Callable[[Any], None]] | None = None) -> None:
    """``document.save(path)``, with each XML part serialised straight into its zip entry.

    python-docx makes each part's whole XML as one bytes object before compressing it: for
    the annex of a big dossier that is a second copy of the document, tens of megabytes,
    at the moment memory peaks (#15). The same writer, the same parts in the same order,
    the same bytes in each entry (a test compares them with python-docx's own save)."""
    import time
    from zipfile import ZipInfo

    from docx.opc.part import XmlPart
    from docx.opc.phys_pkg import PhysPkgWriter
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    # python-docx's own writer (untyped), so every entry but the streamed ones is as before
    writer: Any = PhysPkgWriter(str(path))  # type: ignore[no-untyped-call]
    packager: Any = PackageWriter
    try:
        packager._write_content_types_stream(writer, package.parts)
        packager._write_pkg_rels(writer, package.rels)
        archive = writer._zipf
        for part in package.parts:
            if isinstance(part, XmlPart):
                # as ZipFile.writestr makes the entry for a name
                info: Any = ZipInfo(part.partname.membername, time.localtime(time.time())[:6])
                info.compress_type = archive.compression
                info._compresslevel = archive.compresslevel
                info.external_attr = 0o600 << 16
                with archive.open(info, "w") as entry:
                    own = (writers or {}).get(id(part._element))
                    if own is not None:
                        own(entry)
                    else:
                        etree.ElementTree(part._element).write(entry, encoding="UTF-8",
                                                              standalone=True)
            else:
                writer.write(part.partname, part.blob)
            if len(part.rels):
                writer.write(part.partname.rels_uri, part.rels.xml)
    finally:
        writer.close()


# Rough width of one character of 9 pt text (bold, in the widest fallback font, DejaVu Sans) and a cell's
# left+right padding, in twips: enough to keep every word of a table cell on one line.
CHAR_TWIPS, CELL_PADDING = 125, 260


def column_twips(available: int, weights: list[int], rows: list[list[str]]) -> list[int]:
    """Column widths: each at least its longest word (no "voorwaardeli|jk"), the rest of
    ``available`` shared by ``weights``; when even the words do not fit, by weight alone."""
    longest = [0] * len(weights)
    for row in rows:
        for col, value in enumerate(row[:len(weights)]):
            words = (value or "").split()
            if words:
                longest[col] = max(longest[col], max(len(w) for w in words))
    minimum = [max(300, n * CHAR_TWIPS + CELL_PADDING) for n in longest]
    if sum(minimum) > available:
        total = sum(weights) or 1
        return [max(300, int(available * w / total)) for w in weights]
    # share by weight; a column whose share is below its minimum gets its minimum and the
    # rest is shared again among the others (equal weights stay equal where they can)
    widths = [0] * len(weights)
    free = set(range(len(weights)))
    room = available
    while free:
        total = sum(weights[c] for c in free) or 1
        short = {c for c in free if room * weights[c] / total < minimum[c]}
        if not short:
            for c in free:
                widths[c] = int(room * weights[c] / total)
            break
        for c in short:
            widths[c] = minimum[c]
            room -= minimum[c]
        free -= short
    return widths


def keep_with_next(p: Any) -> None:
    """Keep paragraph ``p`` on the same page as the next one."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = parse_xml(f"<w:pPr {W}/>")
        p.insert(0, ppr)
    if ppr.find(qn("w:keepNext")) is None:
        keep = parse_xml(f"<w:keepNext {W}/>")
        style = ppr.find(qn("w:pStyle"))
        if style is not None:
            style.addnext(keep)
        else:
            ppr.insert(0, keep)


def option_heading(option: OptionSection) -> str:
    """"1.3 Scenario 3: ..." - the annex's point number and the title a reader knows."""
    name = option.name
    return f"{option.number} {name}" if option.number else name


def matrix_option_label(matrix: StanceMatrix, key: str, title: str, short: bool = False) -> str:
    """"1.1 Scenario 1: commerciële ..." or, ``short``, the part before the colon: "1.1
    Scenario 1" (a matrix column is narrow; the annex's headings give the full title)."""
    number = matrix.numbers.get(key, "")
    name = title or (f"Optie {number}" if number else key)
    if short and ":" in name:
        name = name.split(":", 1)[0].strip() or name
    return f"{number} {name}" if number else name


def advisor_names(matrix: StanceMatrix, options: list[OptionSection]) -> dict[str, str]:
    """advisor key -> display name (the matrix's advisors, else the quotes' advisor names)."""
    names: dict[str, str] = {}
    for option in options:
        for argument in option.arguments:
            for quote in argument.quotes:
                names.setdefault(quote.advisor_key, quote.advisor_name)
    for advisor in matrix.advisors:
        names[advisor.key] = advisor.name
    return names

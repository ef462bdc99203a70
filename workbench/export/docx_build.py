"""Low-level, fast building blocks shared by the Word annex and the communication.

Paragraphs are built as lxml trees by copying cached prototypes whose style is set by style id
(``w:pStyle``), never through python-docx's style-name lookup, and appended straight to the
body. Tables are built the same way. ``DocxBuilder.save`` puts the section properties back,
flushes the footnotes and saves.
"""

from __future__ import annotations

import re
from copy import deepcopy
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from workbench.export.content import POSITION_TITLES, OptionSection, QuoteItem, StanceMatrix
from workbench.export.docx_footnotes import Footnotes
from workbench.export.labels import (
    ADVISOR_KIND_LABELS,
    ADVISOR_STATUS_LABELS,
    DRAFT_MARK,
    NO_STANCE,
    POSITION_ORDER,
    STANCE_EXPLANATIONS,
    STANCE_FILLS,
    STANCE_LABELS,
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


class DocxBuilder:
    """One Word document under construction from a template."""

    def __init__(self, template: Path) -> None:
        self.document = Document(str(template))
        section = self.document.sections[0]
        self.header = section.header
        self.footer = section.footer
        width = section.page_width - section.left_margin - section.right_margin
        self.text_width = int(width / 635)   # EMU -> twips
        body = self.document.element.body
        self._sect_pr = body.find(qn("w:sectPr"))
        for child in list(body):
            body.remove(child)
        self.body = body
        self.footnotes = Footnotes(self.document)
        self._p_protos: dict[str, Any] = {}
        self._p_text_protos: dict[str, Any] = {}
        self._r_protos: dict[tuple[bool, bool, str | None], Any] = {}

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

    def heading(self, text: str, level: int) -> Any:
        return self.paragraph(text, S_H[level])

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

    # --- tables --------------------------------------------------------------------------
    def table(self, header: list[str], rows: list[list[str]], widths: list[int],
              fills: list[list[str | None]] | None = None) -> Any:
        """A grid table with a repeated, shaded header row; ``widths`` are relative."""
        total = sum(widths) or 1
        twips = [max(300, int(self.text_width * w / total)) for w in widths]
        tbl = parse_xml(
            f'<w:tbl {W}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1"'
            ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid/></w:tbl>')
        grid = tbl[1]
        for width in twips:
            etree.SubElement(grid, qn("w:gridCol")).set(qn("w:w"), str(width))
        self._row(tbl, header, twips, ["D9D9D9"] * len(header), header_row=True)
        for index, row in enumerate(rows):
            self._row(tbl, row, twips, fills[index] if fills else None)
        self.body.append(tbl)
        # Word needs a paragraph between consecutive tables and after a final table
        self.paragraph("", S_NORMAL)
        return tbl

    def _row(self, tbl: Any, values: list[str], twips: list[int], fills: list[str | None] | None,
             header_row: bool = False) -> None:
        tr = etree.SubElement(tbl, qn("w:tr"))
        if header_row:
            etree.SubElement(etree.SubElement(tr, qn("w:trPr")), qn("w:tblHeader"))
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
                    self.run(p, f" ({who})", italic=True)
                for item in argument.quotes:
                    quote(item)

    def stance_matrix(self, matrix: StanceMatrix) -> None:
        """Advisors x options with Dutch stance labels and fills, the option keys and a legend."""
        header = ["Adviseur", *[key for key, _title in matrix.options]]
        rows, fills, notes = [], [], []
        for advisor in matrix.advisors:
            row, fill = [advisor.name], [None]
            for key, _title in matrix.options:
                cell = matrix.cell(advisor.key, key)
                label = stance_label(cell.stance)
                # Notes are prose: a narrow matrix cell would wrap them one word per line.
                row.append(f"{label} ({len(notes) + 1})" if cell.note else label)
                if cell.note:
                    notes.append(f"{advisor.name} over {key}: {cell.note}")
                fill.append(STANCE_FILLS.get(cell.stance or ""))
            rows.append(row)
            fills.append(fill)
        self.table(header, rows, [3] + [2] * len(matrix.options), fills)
        for key, title in matrix.options:
            p = self.paragraph("", S_TABLE)
            self.run(p, key, bold=True)
            self.run(p, f": {title}")
        if notes:
            self.paragraph("Toelichting bij de standpunten", S_META)
            for number, note in enumerate(notes, start=1):
                self.paragraph(f"({number}) {note}", S_TABLE)
        self.paragraph("", S_NORMAL)
        self.paragraph("Legende", S_META)
        legend = [[label, STANCE_EXPLANATIONS[s]] for s, label in STANCE_LABELS.items()]
        legend.append([NO_STANCE, "geen standpunt vastgelegd"])
        legend_fills = [[STANCE_FILLS[s], None] for s in STANCE_LABELS] + [[None, None]]
        self.table(["Standpunt", "Betekenis"], legend, [1, 3], legend_fills)

    def advisors_table(self, matrix: StanceMatrix) -> None:
        rows = [[a.name, ADVISOR_KIND_LABELS.get(a.kind, a.kind),
                 ADVISOR_STATUS_LABELS.get(a.status, a.status), a.asked_on or "",
                 a.received_on or ""] for a in matrix.advisors]
        self.table(["Adviseur", "Soort", "Status", "Gevraagd op", "Ontvangen op"], rows,
                   [4, 2, 2, 2, 2])

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
            self.body.append(self._sect_pr)
            self._sect_pr = None
        self.footnotes.flush()
        self.document.save(str(path))


def option_heading(option: OptionSection) -> str:
    if not option.title or option.title == option.key:
        return option.key
    return f"{option.key} – {option.title}"


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

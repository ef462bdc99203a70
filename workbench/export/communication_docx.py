"""The communication ("mededeling aan de Vlaamse Regering") as Word.

It follows the form of a real mededeling (see resources/demo/groenboek-mededeling.md): the
communication's own VR number (when assigned), the minister's title line, "MEDEDELING AAN DE
VLAAMSE REGERING", "Betreft:", the officer's sections as numbered headings ("1.", "2.1"), the
signature "De Vlaamse minister van ..., <Naam>" and a "Bijlage:" line naming the annex. The
section bodies are Markdown (see markdown_refs) rendered as Word formatting; live references
are resolved here, and one that cannot be resolved is marked in red, never printed as typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from workbench.export.atomic import atomic_write
from workbench.export.build import dutch_date
from workbench.export.content import CommunicationContent
from workbench.export.docx_build import (
    DRAFT_COLOUR,
    S_H,
    S_META,
    S_NORMAL,
    S_QUOTE,
    DocxBuilder,
    advisor_columns,
    advisor_names,
)
from workbench.export.markdown_refs import (
    Block,
    BlockQuote,
    BlockRef,
    Heading,
    ListBlock,
    Paragraph,
    Span,
    TextSpan,
    find_option,
    parse_markdown,
    quotes_of,
    reference_problem,
)
from workbench.mededeling_text import minister_phrase, names_list, who
from workbench.resources import resource_path

HEADING = "MEDEDELING AAN DE VLAAMSE REGERING"
RUNNING_HEADER = "Mededeling aan de Vlaamse Regering"
ANNEX_NAME = "overzicht van de ingewonnen adviezen: pro's, contra's en voorwaarden per optie, " \
             "met de geciteerde passages en de standpunten van de adviesinstanties"
OPEN_QUOTE, CLOSE_QUOTE = "„", "”"
W = nsdecls("w")

# style ids of resources/templates/communication.docx (make_template.py); Word falls back to
# Normal for a style a custom template lacks
S_VR_NUMBER, S_MINISTER, S_DOC_TITLE = "VRNummer", "MinisterRegel", "MededelingTitel"
S_SUBJECT, S_SIGNATURE, S_ANNEX_LINE = "Betreft", "Ondertekening", "BijlageRegel"
BULLET_STYLES = ("ListBullet", "ListBullet2", "ListBullet3")
NUMBER_STYLES = ("ListNumber", "ListNumber2", "ListNumber3")
CONTINUE_STYLES = ("ListContinue", "ListContinue2", "ListContinue3")


def communication_template() -> Path:
    return resource_path("templates", "communication.docx")


def write_communication_docx(content: CommunicationContent, target: Path) -> None:
    """Write the communication to ``target`` atomically (ExportError on failure)."""
    atomic_write(Path(target), lambda temp: build_communication(content).save(temp))


class _Numbering:
    """Numbered headings ("2.", "2.1", "2.1.1") and numbered lists that restart at 1."""

    def __init__(self, builder: DocxBuilder) -> None:
        self.counters = [0, 0, 0]
        self.document = builder.document

    def next(self, level: int) -> str:
        # a "###" before any "##" becomes "2.1", not "2.0.1"
        while level > 1 and self.counters[level - 2] == 0:
            level -= 1
        self.counters[level - 1] += 1
        for deeper in range(level, 3):
            self.counters[deeper] = 0
        number = ".".join(str(n) for n in self.counters[:level])
        return f"{number}." if level == 1 else number

    def list_instance(self, style_id: str, start: int) -> str | None:
        """A new numbering instance for a numbered list (so each list starts at ``start``);
        None when the template has no numbering for ``style_id``."""
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return None
        style = self.document.styles.element.find(
            f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
        if style is None:
            return None
        num_ids = style.xpath("./w:pPr/w:numPr/w:numId/@w:val")
        if not num_ids:
            return None
        abstract = numbering.xpath(f"./w:num[@w:numId='{num_ids[0]}']/w:abstractNumId/@w:val")
        if not abstract:
            return None
        new_id = max(int(x) for x in numbering.xpath("./w:num/@w:numId")) + 1
        numbering.append(parse_xml(
            f'<w:num {W} w:numId="{new_id}"><w:abstractNumId w:val="{abstract[0]}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{max(0, start)}"/>'
            "</w:lvlOverride></w:num>"))
        return str(new_id)


def _set_num(p: Any, num_id: str) -> None:
    p[0].append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/>'
                          "</w:numPr>"))


class _Renderer:
    def __init__(self, builder: DocxBuilder, content: CommunicationContent) -> None:
        self.b = builder
        self.content = content
        self.quotes = quotes_of(content)
        self.arguments = content.arguments_by_number or {
            a.number: a for o in content.annex.options() for a in o.arguments}
        self.names = advisor_names(content.annex.matrix, content.annex.options())
        self.numbering = _Numbering(builder)
        self.last_heading = ""
        self.relative: dict[int, int] = {}     # Markdown heading level -> document level

    # --- inline ---------------------------------------------------------------------------
    def marker(self, p: Any, problem: str) -> None:
        self.b.run(p, f"[{problem}]", bold=True, colour=DRAFT_COLOUR)

    def spans(self, p: Any, spans: tuple[Span, ...]) -> None:
        b = self.b
        for span in spans:
            if isinstance(span, TextSpan):
                b.run(p, span.text, bold=span.bold, italic=span.italic)
                continue
            problem = reference_problem(span.ref, self.content)
            if problem:
                self.marker(p, problem)
            elif span.ref.kind == "quote":
                quote = self.quotes[span.ref.number or 0]
                b.run(p, f"{OPEN_QUOTE}{quote.exact}{CLOSE_QUOTE}", bold=span.bold,
                      italic=span.italic)
                b.footnotes.add(p, quote.citation)
            else:
                argument = self.arguments[span.ref.number or 0]
                # inside a sentence: the officer's text carries the punctuation
                b.run(p, argument.text.strip().rstrip("."), bold=span.bold, italic=True)
                if argument.advisors:
                    b.run(p, f" ({self.attribution(argument.advisors)})", bold=span.bold,
                          italic=span.italic)

    def attribution(self, keys: tuple[str, ...]) -> str:
        """'VARIO en de speerpuntclusters': prose names in the order of the dossier."""
        rank = {a.key: i for i, a in enumerate(self.content.annex.matrix.advisors)}
        rows = {a.key: a for a in self.content.annex.matrix.advisors}
        names = [who(rows[k]).name if k in rows else self.names.get(k, k)
                 for k in sorted(keys, key=lambda k: rank.get(k, len(rank)))]
        return names_list(names)

    # --- blocks ---------------------------------------------------------------------------
    def heading(self, level: int, spans: tuple[Span, ...] = (), text: str = "") -> None:
        number = self.numbering.next(level)
        p = self.b.paragraph("", S_H[number.rstrip(".").count(".") + 1])
        self.b.run(p, number + " ")
        if spans:
            self.spans(p, spans)
        else:
            self.b.run(p, text)
        self.last_heading = text or "".join(s.text for s in spans if isinstance(s, TextSpan))

    def section(self, title: str, body: str) -> None:
        self.heading(1, text=title)
        blocks = parse_markdown(body)
        # "Draft from evidence" and pasted text often repeat the section title as a heading.
        if blocks and isinstance(blocks[0], Heading) and _same(blocks[0].text, title):
            blocks = blocks[1:]
        levels = sorted({b.level for b in blocks if isinstance(b, Heading)})
        self.relative = {level: min(3, 2 + i) for i, level in enumerate(levels)}
        for block in blocks:
            self.block(block, depth=0, quoted=False)

    def block(self, block: Block, depth: int, quoted: bool) -> None:
        b = self.b
        after_heading, self.last_heading = self.last_heading, ""
        if isinstance(block, Heading):
            self.heading(self.relative.get(block.level, 3), block.spans)
        elif isinstance(block, Paragraph):
            self.spans(b.paragraph("", S_QUOTE if quoted else S_NORMAL), block.spans)
        elif isinstance(block, ListBlock):
            self.list_block(block, depth, quoted)
        elif isinstance(block, BlockQuote):
            for inner in block.blocks:
                self.block(inner, depth, quoted=True)
        elif isinstance(block, BlockRef):
            self.generated(block, after_heading)

    def list_block(self, block: ListBlock, depth: int, quoted: bool) -> None:
        level = min(depth, 2)
        style = (NUMBER_STYLES if block.ordered else BULLET_STYLES)[level]
        num_id = self.numbering.list_instance(style, block.start) if block.ordered else None
        for item in block.items:
            first = True
            for inner in item.blocks:
                if isinstance(inner, Paragraph):
                    p = self.b.paragraph("", style if first else CONTINUE_STYLES[level])
                    if first and num_id:
                        _set_num(p, num_id)
                    self.spans(p, inner.spans)
                    first = False
                elif isinstance(inner, ListBlock):
                    self.list_block(inner, depth + 1, quoted)
                else:
                    self.block(inner, depth + 1, quoted)
                    first = False

    def generated(self, block: BlockRef, after_heading: str) -> None:
        b = self.b
        problem = reference_problem(block.ref, self.content)
        if problem:
            self.marker(b.paragraph("", S_NORMAL), problem)
        elif block.ref.kind == "overview":
            option = find_option(self.content, block.ref.target)
            assert option is not None      # reference_problem said it exists
            if not _same(after_heading, option.title):
                self.heading(2, text=option.title)
            b.option_overview(option, self.names, title_level=None)
        elif block.ref.kind == "matrix":
            b.stance_matrix(self.content.annex.matrix)
        else:
            self.advisors()

    def advisors(self) -> None:
        """The advisors with their status and dates written out ("6 mei 2024")."""
        self.b.table_of(advisor_columns((5, 4, 3, 3, 3)), self.content.annex.matrix.advisors)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold().rstrip(".:") == " ".join(b.split()).casefold().rstrip(".:")


def build_communication(content: CommunicationContent,
                        template: Path | None = None) -> DocxBuilder:
    """The communication as an unsaved DocxBuilder (``.save(path)`` writes it)."""
    annex, header = content.annex, content.header
    b = DocxBuilder(template or communication_template())
    b.properties(f"Mededeling: {annex.title}", "Mededeling aan de Vlaamse Regering",
                 header.vr_number)
    running = f"{RUNNING_HEADER} – {header.vr_number}" if header.vr_number else RUNNING_HEADER
    b.header_text(running, annex.is_draft)
    _opening(b, content)
    if annex.is_draft:
        b.draft_block(annex.draft_problems)
    renderer = _Renderer(b, content)
    for section in content.sections:
        renderer.section(section.title, section.body)
    _closing(b, content)
    return b


def _opening(b: DocxBuilder, content: CommunicationContent) -> None:
    annex, header = content.annex, content.header
    if header.vr_number:
        b.paragraph(header.vr_number, S_VR_NUMBER)
    if header.minister_title:
        b.paragraph(" ".join(header.minister_title.split()).upper(), S_MINISTER)
    b.paragraph(HEADING, S_DOC_TITLE)
    p = b.paragraph("", S_SUBJECT)
    b.run(p, "Betreft: ", bold=True)
    b.run(p, annex.title)
    meta = []
    if header.date:
        meta.append(("Datum", dutch_date(header.date)))
    if annex.reference:
        # the consulted document's reference, never presented as this communication's own
        meta.append(("Referentie van het voorgelegde document", annex.reference))
    for label, value in meta:
        p = b.paragraph("", S_META)
        b.run(p, f"{label}: ", bold=True)
        b.run(p, value)


def _closing(b: DocxBuilder, content: CommunicationContent) -> None:
    header = content.header
    signer = minister_phrase(header.minister_title)
    if signer or header.minister_name:
        p = b.paragraph("", S_SIGNATURE)
        if signer:
            b.run(p, f"{signer},")
        if header.minister_name:
            b.run(p, ("\n\n" if signer else "") + header.minister_name)
    p = b.paragraph("", S_ANNEX_LINE)
    b.run(p, "Bijlage: ", bold=True)
    b.run(p, f"{ANNEX_NAME[:1].upper()}{ANNEX_NAME[1:]} ({content.annex.title}).")

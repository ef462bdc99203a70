"""The communication ("mededeling") to the Flemish government, with live references rendered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.export.atomic import atomic_write
from workbench.export.content import CommunicationContent
from workbench.export.docx_build import (
    DRAFT_COLOUR,
    S_BULLET,
    S_META,
    S_NORMAL,
    S_TITLE,
    DocxBuilder,
    advisor_names,
)
from workbench.export.markdown_refs import (
    BlockRef,
    BulletList,
    Paragraph,
    RefSpan,
    Span,
    find_option,
    parse_markdown,
    quotes_of,
    reference_problem,
)
from workbench.resources import resource_path

HEADING = "MEDEDELING AAN DE VLAAMSE REGERING"
OPEN_QUOTE, CLOSE_QUOTE = "„", "”"


def communication_template() -> Path:
    return resource_path("templates", "communication.docx")


def write_communication_docx(content: CommunicationContent, target: Path) -> None:
    """Write the communication to ``target`` atomically (ExportError on failure)."""
    atomic_write(Path(target), lambda temp: build_communication(content).save(temp))


class _Renderer:
    def __init__(self, builder: DocxBuilder, content: CommunicationContent) -> None:
        self.b = builder
        self.content = content
        self.quotes = quotes_of(content)
        self.arguments = content.arguments_by_number or {
            a.number: a for o in content.annex.options() for a in o.arguments}
        self.names = advisor_names(content.annex.matrix, content.annex.options())

    def marker(self, p: Any, problem: str) -> None:
        self.b.run(p, f"[{problem}]", bold=True, colour=DRAFT_COLOUR)

    def spans(self, p: Any, spans: tuple[Span, ...]) -> None:
        b = self.b
        for span in spans:
            if not isinstance(span, RefSpan):
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
                b.run(p, argument.text, bold=span.bold, italic=True)
                if argument.advisors:
                    who = ", ".join(self.names.get(k, k) for k in argument.advisors)
                    b.run(p, f" ({who})", bold=span.bold, italic=span.italic)

    def block(self, block: Any) -> None:
        b = self.b
        if isinstance(block, Paragraph):
            self.spans(b.paragraph("", S_NORMAL), block.spans)
        elif isinstance(block, BulletList):
            for item in block.items:
                self.spans(b.paragraph("", S_BULLET), item)
        elif isinstance(block, BlockRef):
            problem = reference_problem(block.ref, self.content)
            if problem:
                self.marker(b.paragraph("", S_NORMAL), problem)
            elif block.ref.kind == "overview":
                option = find_option(self.content, block.ref.target)
                assert option is not None      # reference_problem said it exists
                b.option_overview(option, self.names, title_level=2)
            elif block.ref.kind == "matrix":
                b.stance_matrix(self.content.annex.matrix)
            else:
                b.advisors_table(self.content.annex.matrix)


def build_communication(content: CommunicationContent,
                        template: Path | None = None) -> DocxBuilder:
    """The communication as an unsaved DocxBuilder (``.save(path)`` writes it)."""
    annex = content.annex
    b = DocxBuilder(template or communication_template())
    b.properties(f"Mededeling: {annex.title}", "Mededeling aan de Vlaamse Regering",
                 annex.reference)
    b.header_text("Mededeling aan de Vlaamse Regering", annex.is_draft)
    b.paragraph(HEADING, S_TITLE)
    p = b.paragraph("", S_NORMAL)
    b.run(p, "Betreft: ", bold=True)
    b.run(p, annex.title)
    for label, value in (("Referentie", annex.reference), ("Datum", annex.date)):
        if value:
            p = b.paragraph("", S_META)
            b.run(p, f"{label}: ", bold=True)
            b.run(p, value)
    if annex.is_draft:
        b.draft_block(annex.draft_problems)
    renderer = _Renderer(b, content)
    for section in content.sections:
        b.heading(section.title, 1)
        for block in parse_markdown(section.body):
            renderer.block(block)
    return b

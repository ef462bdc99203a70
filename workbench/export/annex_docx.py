"""The Word annex: per question and option the pros, cons and conditions with footnoted quotes.

Questions and options are numbered in dossier order ("Vraag 1", "1.1", "1.2"...): the
communication refers to "zie bijlage, punt 1.3". The table of contents is filled in when the
file is written, so it reads well in any program; Word refreshes its page numbers on open.
"""

from __future__ import annotations

from pathlib import Path

from workbench.export.atomic import atomic_write
from workbench.export.columns import Column
from workbench.export.content import AnnexContent, QuestionSection, SourceRow
from workbench.export.docx_build import (
    S_META,
    S_NORMAL,
    S_QUESTION,
    S_SUBTITLE,
    S_TITLE,
    S_TOC_HEADING,
    DocxBuilder,
    advisor_names,
    option_heading,
)
from workbench.export.labels import SOURCE_KIND_ADVICE, SOURCE_KIND_BACKGROUND, dutch_date
from workbench.resources import resource_path

SUBTITLE = "Bijlage bij de mededeling aan de Vlaamse Regering – overzicht van de adviezen"
MATRIX_TITLE = "Standpunten per adviseur"
SOURCES_TITLE = "Bronnen"
TECHNICAL_TITLE = "Technische gegevens"


SOURCE_COLUMNS: tuple[Column[SourceRow], ...] = (
    Column("Nr.", 1, lambda s: s.number),
    Column("Document", 7, lambda s: s.title),
    Column("Soort", 4, lambda s: f"{SOURCE_KIND_ADVICE} van {s.advisor_name}" if s.is_advice
           else SOURCE_KIND_BACKGROUND),
    Column("Datum", 3, lambda s: dutch_date(s.date) or "niet gedateerd"),
    Column("Referentie", 3, lambda s: s.reference),
)
FINGERPRINT_COLUMNS: tuple[Column[SourceRow], ...] = (
    Column("Nr.", 1, lambda s: s.number),
    Column("Bestand", 7, lambda s: s.file_name),
    Column("SHA-256", 4, lambda s: s.sha256[:16]),
)


def annex_template() -> Path:
    return resource_path("templates", "annex.docx")


def write_annex_docx(content: AnnexContent, target: Path) -> None:
    """Write the annex to ``target`` atomically (ExportError on failure)."""
    atomic_write(Path(target), lambda temp: build_annex(content).save(temp))


def question_heading(question: QuestionSection) -> str:
    """"Vraag 1": the question's own text (often a long sentence) follows as a paragraph."""
    return question.name


def toc_entries(content: AnnexContent) -> list[tuple[int, str, str]]:
    """(level, text, bookmark) of every heading the table of contents lists, in order:
    questions and options only (Pro/Contra/Voorwaarden would fill it many times over)."""
    entries = []
    for qi, question in enumerate(content.questions, start=1):
        entries.append((1, question_heading(question), f"_Toc_q{qi}"))
        for oi, option in enumerate(question.options, start=1):
            entries.append((2, option_heading(option), f"_Toc_q{qi}_{oi}"))
    for index, title in enumerate((MATRIX_TITLE, SOURCES_TITLE, TECHNICAL_TITLE), start=1):
        entries.append((1, title, f"_Toc_x{index}"))
    return entries


def build_annex(content: AnnexContent, template: Path | None = None) -> DocxBuilder:
    """The annex as an unsaved DocxBuilder (``.save(path)`` writes it)."""
    b = DocxBuilder(template or annex_template())
    b.properties(content.title, "Bijlage – overzicht van de adviezen", content.reference)
    b.header_text(f"{content.title} – bijlage", content.is_draft)
    b.title_page_without_header()
    b.update_fields_on_open()
    entries = toc_entries(content)
    bookmarks = iter(entries)
    _title_page(b, content)
    b.paragraph("Inhoudstafel", S_TOC_HEADING)
    b.toc(entries)
    b.page_break()
    names = advisor_names(content.matrix, content.options())
    for question in content.questions:
        b.heading(question_heading(question), 1, next(bookmarks)[2])
        if question.text:
            b.caption(question.text, S_QUESTION)
        if not question.options:
            b.paragraph("Geen opties voor deze vraag.", S_NORMAL)
        for option in question.options:
            b.heading(option_heading(option), 2, next(bookmarks)[2])
            b.option_overview(option, names, title_level=None)
            b.release()                 # written: kept as text from here on (#15)
    # the matrix has a column per option: it gets landscape pages of its own
    b.begin_landscape()
    b.heading(MATRIX_TITLE, 1, next(bookmarks)[2])
    if content.matrix.advisors and content.matrix.options:
        b.stance_matrix(content.matrix)
    else:
        b.paragraph("Geen standpunten vastgelegd.", S_NORMAL)
    b.end_landscape()
    b.heading(SOURCES_TITLE, 1, next(bookmarks)[2])
    _sources(b, content)
    b.heading(TECHNICAL_TITLE, 1, next(bookmarks)[2])
    _technical(b, content)
    return b


def _title_page(b: DocxBuilder, content: AnnexContent) -> None:
    b.paragraph(content.title, S_TITLE)
    b.paragraph(SUBTITLE, S_SUBTITLE)
    for label, value in (("Referentie van het groenboek", content.reference),
                         ("Datum", dutch_date(content.date))):
        if value:
            p = b.paragraph("", S_META)
            b.run(p, f"{label}: ", bold=True)
            b.run(p, value)
    if content.is_draft:
        b.draft_block(content.draft_problems)
    b.page_break()


def _sources(b: DocxBuilder, content: AnnexContent) -> None:
    if not content.sources:
        b.paragraph("Geen bronnen.", S_NORMAL)
        return
    b.table_of(SOURCE_COLUMNS, content.sources)


def _technical(b: DocxBuilder, content: AnnexContent) -> None:
    b.paragraph("Om na te gaan dat een citaat uit precies dit bestand komt: de bestandsnaam en "
                "de eerste 16 tekens van de SHA-256-vingerafdruk van elk bronbestand.", S_META)
    if not content.sources:
        return
    b.table_of(FINGERPRINT_COLUMNS, content.sources)

"""The Word annex: per question and option the pros, cons and conditions with footnoted quotes."""

from __future__ import annotations

from pathlib import Path

from workbench.export.atomic import atomic_write
from workbench.export.content import AnnexContent
from workbench.export.docx_build import (
    S_META,
    S_NORMAL,
    S_SUBTITLE,
    S_TITLE,
    S_TOC_HEADING,
    DocxBuilder,
    advisor_names,
)
from workbench.resources import resource_path

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
TOC_PLACEHOLDER = "Klik rechts om de inhoudstafel bij te werken"
SUBTITLE = "Bijlage bij de mededeling aan de Vlaamse Regering – overzicht van de adviezen"


def annex_template() -> Path:
    return resource_path("templates", "annex.docx")


def write_annex_docx(content: AnnexContent, target: Path) -> None:
    """Write the annex to ``target`` atomically (ExportError on failure)."""
    atomic_write(Path(target), lambda temp: build_annex(content).save(temp))


def build_annex(content: AnnexContent, template: Path | None = None) -> DocxBuilder:
    """The annex as an unsaved DocxBuilder (``.save(path)`` writes it)."""
    b = DocxBuilder(template or annex_template())
    b.properties(content.title, "Bijlage – overzicht van de adviezen", content.reference)
    b.header_text(f"{content.title} – bijlage", content.is_draft)
    _title_page(b, content)
    _toc(b)
    names = advisor_names(content.matrix, content.options())
    for question in content.questions:
        b.heading(f"{question.key} – {question.text}" if question.text else question.key, 1)
        if not question.options:
            b.paragraph("Geen opties voor deze vraag.", S_NORMAL)
        for option in question.options:
            b.option_overview(option, names, title_level=2)
    b.heading("Standpunten per adviseur", 1)
    if content.matrix.advisors and content.matrix.options:
        b.stance_matrix(content.matrix)
    else:
        b.paragraph("Geen standpunten vastgelegd.", S_NORMAL)
    b.heading("Bronnen", 1)
    _sources(b, content)
    return b


def _title_page(b: DocxBuilder, content: AnnexContent) -> None:
    b.paragraph(content.title, S_TITLE)
    b.paragraph(SUBTITLE, S_SUBTITLE)
    for label, value in (("Referentie", content.reference), ("Datum export", content.date),
                         ("Versie Consultation Workbench", content.version)):
        p = b.paragraph("", S_META)
        b.run(p, f"{label}: ", bold=True)
        b.run(p, value or "—")
    if content.is_draft:
        b.draft_block(content.draft_problems)
    b.page_break()


def _toc(b: DocxBuilder) -> None:
    b.paragraph("Inhoudstafel", S_TOC_HEADING)
    p = b.paragraph("", S_NORMAL)
    b.field(p, TOC_INSTRUCTION, TOC_PLACEHOLDER)
    b.page_break()


def _sources(b: DocxBuilder, content: AnnexContent) -> None:
    if not content.sources:
        b.paragraph("Geen bronnen.", S_NORMAL)
        return
    rows = [[str(s.number), s.advisor_name, s.title, s.date or "", s.reference,
             s.sha256[:12]] for s in content.sources]
    b.table(["Nr.", "Adviseur", "Titel", "Datum", "Referentie", "SHA-256"], rows,
            [1, 3, 5, 2, 3, 3])
    b.paragraph("SHA-256: de eerste 12 tekens van de vingerafdruk van het bronbestand.", S_META)

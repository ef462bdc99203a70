"""Fill the deliverables' intermediate form (export/content.py) from an open dossier."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

from workbench.export.content import (
    AdvisorRow,
    AnnexContent,
    ArgumentItem,
    AuditRow,
    CommunicationContent,
    CommunicationHeader,
    CommunicationSection,
    OptionSection,
    QuestionSection,
    QuoteItem,
    SourceRow,
    StanceCell,
    StanceMatrix,
)
from workbench.export.labels import dutch_date
from workbench.messages import dutch
from workbench.store import export as store
from workbench.store import records
from workbench.version import __version__

if TYPE_CHECKING:
    from workbench.project import Project

__all__ = ["dutch_date"]



def locator(page: int | None, heading_path: tuple[str, ...], paragraph: int | None = None) -> str:
    """Where a quote is: "p. 3"; without pages "§ 3.3.2 Scenario 2"; else "alinea 12"."""
    if page:
        return f"p. {page}"
    if heading_path:
        return f"§ {heading_path[-1]}"
    if paragraph:
        return f"alinea {paragraph}"
    return ""


def citation(who: str, title: str, when: str | None, where: str) -> str:
    """The footnote: 'VARIO, Advies 36: Toekomst ..., 6 mei 2024, p. 3.' (full name, never a key)."""
    parts = [p.strip() for p in (who, title, dutch_date(when), where) if p and p.strip()]
    text = ", ".join(parts)
    return text if text.endswith(".") else text + "."


def _quote_items(project: Project) -> dict[int, QuoteItem]:
    items = {}
    for r in store.quotes_with_sources(project.conn):
        path = tuple(json.loads(r["heading_path"]))
        where = locator(r["page"], path, r["paragraph"])
        name = r["advisor_name"] or ""
        items[r["number"]] = QuoteItem(
            number=r["number"], exact=r["exact"], advisor_key=r["advisor_key"] or "",
            advisor_name=name, source_number=r["source_number"],
            source_title=r["source_title"], locator=where,
            citation=citation(name, r["source_title"] or r["reference"], r["date"], where),
            status=r["status"])
    return items


def _arguments(project: Project, quotes: dict[int, QuoteItem]) -> dict[str, list[ArgumentItem]]:
    numbers: dict[int, list[int]] = defaultdict(list)
    for argument_id, quote_number in store.argument_quote_numbers(project.conn):
        numbers[argument_id].append(quote_number)
    by_option: dict[str, list[ArgumentItem]] = defaultdict(list)
    for r in store.argument_rows(project.conn):
        items = tuple(quotes[n] for n in numbers[r["id"]])
        advisors = tuple(dict.fromkeys(q.advisor_key for q in items if q.advisor_key))
        by_option[r["option_key"]].append(
            ArgumentItem(r["number"], r["position"], r["text"], advisors, items))
    return by_option


def _matrix(project: Project, quotes: dict[int, QuoteItem], numbers: dict[str, str]) -> StanceMatrix:
    advisors = tuple(AdvisorRow(a.key, a.name, a.kind, a.status, a.asked_on, a.received_on)
                     for a in project.advisors())
    options = tuple((o.key, o.title) for o in project.options())
    cells: dict[tuple[str, str], StanceCell] = {}
    for r in store.stance_rows(project.conn):
        evidence = tuple(quotes[int(n)].citation for n in (r["quote_numbers"] or "").split(",")
                         if n)
        cells[(r["advisor_key"], r["option_key"])] = StanceCell(r["stance"], r["note"], evidence,
                                                                explicit=records.explicit(r))
    return StanceMatrix(advisors, options, cells, numbers)


def build_annex_content(project: Project, draft_problems: tuple[str, ...] = (),
                        with_audit: bool = False) -> AnnexContent:
    quotes = _quote_items(project)
    arguments = _arguments(project, quotes)
    questions = []
    options_by_question: dict[str, list[Any]] = defaultdict(list)
    for o in project.options():
        options_by_question[o.question_key].append(o)
    numbers: dict[str, str] = {}
    # numbered in dossier order: the communication refers to "zie bijlage, punt 1.3"
    for q_number, q in enumerate(project.questions(), start=1):
        sections = []
        for o_number, o in enumerate(options_by_question[q.key], start=1):
            number = numbers[o.key] = f"{q_number}.{o_number}"
            sections.append(OptionSection(
                o.question_key, o.key, o.title, o.description, o.colour, o.proposed_by,
                tuple(arguments.get(o.key, ())), number))
        questions.append(QuestionSection(q.key, q.text, tuple(sections), str(q_number)))
    sources = tuple(
        SourceRow(r["number"], r["advisor_key"] or "", r["advisor_name"] or "", r["title"],
                  r["date"], r["reference"], r["file_name"], r["sha256"], r["quote_count"])
        for r in store.source_rows(project.conn))
    audit: tuple[AuditRow, ...] = ()
    if with_audit:
        # the workbook is Dutch: each entry's English label worded from its code (#14)
        audit = tuple(AuditRow(a["at"], a["os_user"], dutch(a["operation"]), a["record_kind"],
                               a["record_key"], a["detail"]) for a in reversed(project.audit()))
    dossier = project.dossier()
    return AnnexContent(
        title=dossier.title, reference=dossier.reference, date=date.today().isoformat(),
        version=__version__, questions=tuple(questions),
        matrix=_matrix(project, quotes, numbers),
        sources=sources, draft_problems=draft_problems, audit=audit)


def build_communication_content(project: Project, annex: AnnexContent) -> CommunicationContent:
    sections = [CommunicationSection(s.title, s.body) for s in project.sections()]
    quotes = {q.number: q for o in annex.options() for a in o.arguments for q in a.quotes}
    quotes.update(_quote_items(project))
    arguments = {a.number: a for o in annex.options() for a in o.arguments}
    dossier = project.dossier()
    header = CommunicationHeader(dossier.minister_title, dossier.minister_name,
                                 dossier.vr_number, dossier.communication_date)
    return CommunicationContent(annex, sections, quotes, arguments, header)

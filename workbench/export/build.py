"""Fill the deliverables' intermediate form (export/content.py) from an open dossier."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

from workbench.export.content import (
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


def _source_rows(project: Project) -> dict[int, SourceRow]:
    """Per source id: the source with its advisor's name and how many quotes it has."""
    names = {a.key: a.name for a in project.advisors()}
    counts = store.quote_counts(project.conn)
    return {s.id: SourceRow(s, names.get(s.advisor_key or "", ""), counts.get(s.id, 0))
            for s in project.sources()}


def _quote_items(project: Project, sources: dict[int, SourceRow]) -> dict[int, QuoteItem]:
    items = {}
    paragraphs = store.quote_paragraphs(project.conn)
    for q in sorted(project.quotes(), key=lambda q: q.number):
        source = sources[q.source_id]
        where = locator(q.page, q.heading_path, paragraphs.get(q.number))
        items[q.number] = QuoteItem(q, source, where, citation(
            source.advisor_name, source.title or source.reference, source.date, where))
    return items


def _arguments(project: Project, quotes: dict[int, QuoteItem]) -> dict[str, list[ArgumentItem]]:
    by_option: dict[str, list[ArgumentItem]] = defaultdict(list)
    for argument in project.arguments():
        items = tuple(quotes[n] for n in argument.quote_numbers)
        advisors = tuple(dict.fromkeys(q.advisor_key for q in items if q.advisor_key))
        by_option[argument.option_key].append(ArgumentItem(argument, advisors, items))
    return by_option


def _matrix(project: Project, quotes: dict[int, QuoteItem], numbers: dict[str, str]) -> StanceMatrix:
    options = tuple((o.key, o.title) for o in project.options())
    cells: dict[tuple[str, str], StanceCell] = {}
    for st in project.stances():
        evidence = tuple(quotes[n].citation for n in st.quote_numbers)
        cells[(st.advisor_key, st.option_key)] = StanceCell(st, evidence)
    return StanceMatrix(tuple(project.advisors()), options, cells, numbers)


def build_annex_content(project: Project, draft_problems: tuple[str, ...] = (),
                        with_audit: bool = False) -> AnnexContent:
    sources = _source_rows(project)
    quotes = _quote_items(project, sources)
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
            sections.append(OptionSection(o, tuple(arguments.get(o.key, ())), number))
        questions.append(QuestionSection(q, tuple(sections), str(q_number)))
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
        sources=tuple(sources.values()), draft_problems=draft_problems, audit=audit)


def build_communication_content(project: Project, annex: AnnexContent) -> CommunicationContent:
    sections = [CommunicationSection(s.title, s.body) for s in project.sections()]
    quotes = {q.number: q for o in annex.options() for a in o.arguments for q in a.quotes}
    quotes.update(_quote_items(project, {s.source.id: s for s in annex.sources}))
    arguments = {a.number: a for o in annex.options() for a in o.arguments}
    dossier = project.dossier()
    header = CommunicationHeader(dossier.minister_title, dossier.minister_name,
                                 dossier.vr_number, dossier.communication_date)
    return CommunicationContent(annex, sections, quotes, arguments, header)

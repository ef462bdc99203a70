"""Fill the deliverables' intermediate form (export/content.py) from an open dossier."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

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
from workbench.store import export as store
from workbench.version import __version__

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def dutch_date(iso: str | None) -> str:
    """'2024-05-06' -> '6 mei 2024' (as civil servants cite advice)."""
    if not iso:
        return ""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def locator(page: int | None, heading_path: tuple[str, ...]) -> str:
    if page:
        return f"p. {page}"
    if heading_path:
        return f"§ {heading_path[-1]}"
    return ""


def citation(who: str, title: str, reference: str, when: str | None, where: str) -> str:
    """'VARIO, Advies 36, 6 mei 2024, p. 3'; the title stands in for a missing reference."""
    parts = [who, reference or title, dutch_date(when), where]
    return ", ".join(p for p in parts if p)


def _quote_items(project) -> dict[int, QuoteItem]:
    items = {}
    for r in store.quotes_with_sources(project.conn):
        path = tuple(json.loads(r["heading_path"]))
        where = locator(r["page"], path)
        who = r["advisor_key"] or ""
        items[r["number"]] = QuoteItem(
            number=r["number"], exact=r["exact"], advisor_key=who,
            advisor_name=r["advisor_name"] or "", source_number=r["source_number"],
            source_title=r["source_title"], locator=where,
            citation=citation(who, r["source_title"], r["reference"], r["date"], where),
            status=r["status"])
    return items


def _arguments(project, quotes: dict[int, QuoteItem]) -> dict[str, list[ArgumentItem]]:
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


def _matrix(project, quotes: dict[int, QuoteItem]) -> StanceMatrix:
    advisors = tuple(AdvisorRow(a.key, a.name, a.kind, a.status, a.asked_on, a.received_on)
                     for a in project.advisors())
    options = tuple((o.key, o.title) for o in project.options())
    cells = {}
    for r in store.stance_rows(project.conn):
        evidence = tuple(quotes[int(n)].citation for n in (r["quote_numbers"] or "").split(",")
                         if n)
        cells[(r["advisor_key"], r["option_key"])] = StanceCell(r["stance"], r["note"], evidence,
                                                                explicit=bool(r["explicit"]))
    return StanceMatrix(advisors, options, cells)


def build_annex_content(project, draft_problems: tuple[str, ...] = (),
                        with_audit: bool = True) -> AnnexContent:
    quotes = _quote_items(project)
    arguments = _arguments(project, quotes)
    questions = []
    options_by_question = defaultdict(list)
    for o in project.options():
        options_by_question[o.question_key].append(OptionSection(
            o.question_key, o.key, o.title, o.description, o.colour, o.proposed_by,
            tuple(arguments.get(o.key, ()))))
    for q in project.questions():
        questions.append(QuestionSection(q.key, q.text, tuple(options_by_question[q.key])))
    sources = tuple(
        SourceRow(r["number"], r["advisor_key"] or "", r["advisor_name"] or "", r["title"],
                  r["date"], r["reference"], r["file_name"], r["sha256"], r["quote_count"])
        for r in store.source_rows(project.conn))
    audit = ()
    if with_audit:
        audit = tuple(AuditRow(a["at"], a["os_user"], a["operation"], a["record_kind"],
                               a["record_key"], a["detail"]) for a in reversed(project.audit()))
    dossier = project.dossier()
    return AnnexContent(
        title=dossier.title, reference=dossier.reference, date=date.today().isoformat(),
        version=__version__, questions=tuple(questions), matrix=_matrix(project, quotes),
        sources=sources, draft_problems=draft_problems, audit=audit)


def build_communication_content(project, annex: AnnexContent) -> CommunicationContent:
    sections = [CommunicationSection(s.title, s.body) for s in project.sections()]
    quotes = {q.number: q for o in annex.options() for a in o.arguments for q in a.quotes}
    quotes.update(_quote_items(project))
    arguments = {a.number: a for o in annex.options() for a in o.arguments}
    dossier = project.dossier()
    header = CommunicationHeader(dossier.minister_title, dossier.minister_name,
                                 dossier.vr_number, dossier.communication_date)
    return CommunicationContent(annex, sections, quotes, arguments, header)

"""The deliverables' content, built once from a dossier and rendered by one writer per format.

Nothing here knows about Word or Excel; nothing in the writers queries the dossier.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.export.labels import POSITION_TITLES
from workbench.model import Advisor, Argument, Option, Question, Quote, Source, Stance

__all__ = ["POSITION_TITLES"]

# The records below wrap the dossier's own records (workbench.model, as the store reads them)
# and add only what a deliverable needs besides: a field added to a record reaches every
# writer without being copied here (#18).

# A row of the advisors table is the advisor itself.
AdvisorRow = Advisor


@dataclass(frozen=True)
class SourceRow:
    source: Source
    advisor_name: str          # "" for a background document
    quote_count: int

    @property
    def number(self) -> int:
        return self.source.number

    @property
    def advisor_key(self) -> str:
        return self.source.advisor_key or ""

    @property
    def title(self) -> str:
        return self.source.title

    @property
    def date(self) -> str | None:
        return self.source.date

    @property
    def reference(self) -> str:
        return self.source.reference

    @property
    def file_name(self) -> str:
        return self.source.file_name

    @property
    def sha256(self) -> str:
        return self.source.sha256

    @property
    def is_advice(self) -> bool:
        """An advisor's advice; otherwise a background document (green paper, question...)."""
        return bool(self.advisor_key)


@dataclass(frozen=True)
class QuoteItem:
    quote: Quote
    source: SourceRow
    locator: str               # "p. 3"; else "§ 3.3.2 Scenario 2"; else "alinea 12"; may be ""
    citation: str              # full footnote: "VARIO, Advies 36, 6 mei 2024, p. 3."

    @property
    def number(self) -> int:
        return self.quote.number

    @property
    def exact(self) -> str:
        """Verbatim text as in the source."""
        return self.quote.exact

    @property
    def status(self) -> str:
        """ok / moved / changed / lost"""
        return self.quote.status

    @property
    def advisor_key(self) -> str:
        return self.source.advisor_key

    @property
    def advisor_name(self) -> str:
        return self.source.advisor_name

    @property
    def source_number(self) -> int:
        return self.source.number

    @property
    def source_title(self) -> str:
        return self.source.title


@dataclass(frozen=True)
class ArgumentItem:
    argument: Argument
    advisors: tuple[str, ...]  # advisor keys derived from the quotes
    quotes: tuple[QuoteItem, ...]

    @property
    def number(self) -> int:
        return self.argument.number

    @property
    def position(self) -> str:
        """pro / con / condition"""
        return self.argument.position

    @property
    def text(self) -> str:
        return self.argument.text


@dataclass(frozen=True)
class OptionSection:
    option: Option
    arguments: tuple[ArgumentItem, ...]   # ordered: all pro, then con, then condition
    number: str = ""           # the annex's point: "1.3" = third option of the first question

    @property
    def question_key(self) -> str:
        return self.option.question_key

    @property
    def key(self) -> str:
        return self.option.key

    @property
    def title(self) -> str:
        return self.option.title

    @property
    def description(self) -> str:
        return self.option.description

    @property
    def colour(self) -> str:
        return self.option.colour

    @property
    def proposed_by(self) -> str | None:
        return self.option.proposed_by

    @property
    def name(self) -> str:
        """What a reader calls the option: its title (the key is internal)."""
        return self.title or (f"Optie {self.number}" if self.number else self.key)

    def by_position(self, position: str) -> list[ArgumentItem]:
        return [a for a in self.arguments if a.position == position]


@dataclass(frozen=True)
class QuestionSection:
    question: Question
    options: tuple[OptionSection, ...]
    number: str = ""           # "1" for the first question in dossier order

    @property
    def key(self) -> str:
        return self.question.key

    @property
    def text(self) -> str:
        return self.question.text

    @property
    def name(self) -> str:
        """"Vraag 1" (the key is internal)."""
        return f"Vraag {self.number}" if self.number else self.key


@dataclass(frozen=True)
class StanceCell:
    record: Stance | None = None     # None: nothing recorded
    evidence: tuple[str, ...] = ()   # short citations of evidence quotes

    @property
    def stance(self) -> str | None:
        return self.record.stance if self.record else None

    @property
    def note(self) -> str:
        return self.record.note if self.record else ""

    @property
    def explicit(self) -> bool:
        """False: inferred by the officer ("voorkeur (afgeleid)")."""
        return self.record.explicit if self.record else True


@dataclass(frozen=True)
class StanceMatrix:
    advisors: tuple[AdvisorRow, ...]
    options: tuple[tuple[str, str], ...]          # (option key, option title)
    cells: dict[tuple[str, str], StanceCell]      # (advisor key, option key) -> cell
    numbers: dict[str, str] = field(default_factory=dict)   # option key -> annex point "1.3"

    def cell(self, advisor_key: str, option_key: str) -> StanceCell:
        return self.cells.get((advisor_key, option_key), StanceCell())


@dataclass(frozen=True)
class AuditRow:
    at: str
    os_user: str
    operation: str
    record_kind: str
    record_key: str
    detail: str


@dataclass
class AnnexContent:
    title: str
    reference: str
    date: str                  # export date, ISO (writers show it in Dutch)
    version: str               # app version (document properties only, never on a page)
    questions: tuple[QuestionSection, ...]
    matrix: StanceMatrix
    sources: tuple[SourceRow, ...]
    draft_problems: tuple[str, ...] = ()   # non-empty: export forced past failed checks
    audit: tuple[AuditRow, ...] = ()

    @property
    def is_draft(self) -> bool:
        return bool(self.draft_problems)

    def options(self) -> list[OptionSection]:
        return [o for q in self.questions for o in q.options]


# --- the communication ("mededeling") -------------------------------------------------------
# Officer prose is Markdown; live references are written inline as [[quote:12]],
# [[argument:5]], and generated blocks stand alone on a line:
# [[overview:S3]] (pro/con overview of an option), [[matrix]] (stance matrix),
# [[advisors]] (advisors with their dates and status).


@dataclass
class CommunicationSection:
    title: str
    body: str                  # Markdown with live references


@dataclass(frozen=True)
class CommunicationHeader:
    """The formal parts of the mededeling (the dossier's fields; "" when not filled in)."""

    minister_title: str = ""   # "DE VLAAMSE MINISTER VAN ECONOMIE, ..."
    minister_name: str = ""    # "Jo BROUNS"
    vr_number: str = ""        # the communication's own VR number, never the green paper's
    date: str | None = None    # ISO date of the communication


@dataclass
class CommunicationContent:
    annex: AnnexContent        # everything a reference can point at
    sections: list[CommunicationSection] = field(default_factory=list)
    quotes_by_number: dict[int, QuoteItem] = field(default_factory=dict)
    arguments_by_number: dict[int, ArgumentItem] = field(default_factory=dict)
    header: CommunicationHeader = field(default_factory=CommunicationHeader)

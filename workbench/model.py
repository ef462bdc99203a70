"""The domain records a dossier is made of. Plain, immutable values; the store creates them."""

from __future__ import annotations

from dataclasses import dataclass, field

ADVISOR_KINDS = ("council", "stakeholder", "cluster", "other")
ADVISOR_STATUSES = ("asked", "received", "declined")
POSITIONS = ("pro", "con", "condition")
STANCES = ("preferred", "supports", "conditional", "neutral", "opposes", "not-addressed")
QUOTE_STATUSES = ("ok", "moved", "changed", "lost")


@dataclass(frozen=True)
class Dossier:
    uuid: str
    title: str
    reference: str
    created_at: str
    schema_version: int
    # The communication ("mededeling") itself; ``reference`` above is the consulted document's.
    minister_title: str = ""             # "DE VLAAMSE MINISTER VAN ECONOMIE, ..."
    minister_name: str = ""              # "Jo BROUNS"
    vr_number: str = ""                  # the communication's own VR number; "" until assigned
    communication_date: str | None = None   # ISO date


@dataclass(frozen=True)
class Question:
    id: int
    uuid: str
    key: str
    text: str
    seq: int


@dataclass(frozen=True)
class Option:
    id: int
    uuid: str
    question_key: str
    key: str
    title: str
    description: str = ""
    proposed_by: str | None = None          # advisor key
    colour: str = ""
    patterns: tuple[str, ...] = ()
    seq: int = 0


@dataclass(frozen=True)
class Advisor:
    id: int
    uuid: str
    key: str
    name: str
    kind: str = "other"
    status: str = "asked"
    asked_on: str | None = None
    received_on: str | None = None
    seq: int = 0


@dataclass(frozen=True)
class Source:
    id: int
    uuid: str
    number: int
    advisor_key: str | None          # None: a background document, not an advice
    title: str
    date: str | None
    reference: str
    file_name: str
    media_type: str
    sha256: str
    size: int
    page_count: int | None
    text_hash: str
    version: int
    imported_at: str


@dataclass(frozen=True)
class SourceBlock:
    id: int
    source_id: int
    seq: int
    kind: str
    level: int | None
    start: int
    end: int
    page: int | None
    heading_path: tuple[str, ...]
    ref: str | None
    not_relevant: bool
    text: str
    paragraph: int | None = None   # "alinea N" within the source; None for a heading


@dataclass(frozen=True)
class Quote:
    id: int
    uuid: str
    number: int
    source_id: int
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    page: int | None
    heading_path: tuple[str, ...]
    text_hash: str
    status: str
    note: str
    origin: str
    created_at: str


@dataclass(frozen=True)
class QuoteSummary:
    """A quote in short, as a card on the option board shows it."""

    number: int
    advisor_key: str | None
    page: int | None
    heading: str | None        # the innermost heading, for sources without pages
    opening: str               # the first 200 characters


@dataclass(frozen=True)
class Argument:
    id: int
    uuid: str
    number: int
    option_key: str
    position: str
    text: str
    seq: int
    quote_numbers: tuple[int, ...] = field(default=())


@dataclass(frozen=True)
class Stance:
    id: int
    uuid: str
    advisor_key: str
    option_key: str
    stance: str
    note: str
    quote_numbers: tuple[int, ...] = ()
    explicit: bool = True               # False: the officer inferred it; the advisor does not say so


@dataclass(frozen=True)
class Section:
    id: int
    uuid: str
    seq: int
    title: str
    body: str

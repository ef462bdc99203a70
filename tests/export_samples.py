"""Hand-built, realistic export content (Dutch) for the writer tests; no dossier needed."""

from __future__ import annotations

from workbench.export.content import (
    AdvisorRow,
    AnnexContent,
    ArgumentItem,
    AuditRow,
    CommunicationContent,
    CommunicationSection,
    OptionSection,
    QuestionSection,
    QuoteItem,
    SourceRow,
    StanceCell,
    StanceMatrix,
)
from workbench.model import Argument, Option, Question, Quote, Source, Stance


def _advisor(key: str, kind: str, status: str, asked_on: str, received_on: str | None
             ) -> AdvisorRow:
    return AdvisorRow(0, "", key, key, kind, status, asked_on, received_on)


ADVISORS = (
    _advisor("VARIO", "council", "received", "2024-03-01", "2024-05-06"),
    _advisor("SERV", "council", "received", "2024-03-01", "2024-05-13"),
    _advisor("Flux50", "cluster", "received", "2024-03-01", "2024-05-20"),
    _advisor("Catalisti", "cluster", "asked", "2024-03-01", None),
)


def _source(number: int, advisor: str, title: str, date: str, reference: str, file_name: str,
            sha256: str, quote_count: int) -> SourceRow:
    source = Source(number, "", number, advisor, title, date, reference, file_name, "", sha256,
                    0, None, "", 1, "")
    return SourceRow(source, advisor, quote_count)


SOURCES = (
    _source(1, "VARIO", "Advies 36 over het groenboek", "2024-05-06", "Advies 36",
            "vario_advies_36.pdf", "3f1a9c0b7d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c", 4),
    _source(2, "SERV", "Advies groenboek innovatiebeleid", "2024-05-13", "SERV_ADV_2024_12",
            "serv_advies.docx", "a0b1c2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff", 4),
    _source(3, "Flux50", "Reactie speerpuntcluster", "2024-05-20", "",
            "flux50.pdf", "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", 2),
)


def _q(number: int, exact: str, advisor: str, source: int, locator: str,
       status: str = "ok") -> QuoteItem:
    dated = {"VARIO": "VARIO, Advies 36, 6 mei 2024", "SERV": "SERV, Advies groenboek, 13 mei 2024",
             "Flux50": "Flux50, Reactie speerpuntcluster, 20 mei 2024"}[advisor]
    citation = f"{dated}, {locator}." if locator else f"{dated}."
    record = Quote(number, "", number, source, exact, "", "", 0, len(exact), None, (), "",
                   status, "", "manual", "")
    assert SOURCES[source - 1].advisor_key == advisor
    return QuoteItem(record, SOURCES[source - 1], locator, citation)


# quote number -> quote; the awkward ones test formula guarding and illegal characters
Q = {
    1: _q(1, "De raad ziet in een sterke clusterwerking een hefboom voor innovatie.", "VARIO", 1,
          "p. 3"),
    2: _q(2, "=SUM(A1)", "VARIO", 1, "p. 4"),
    3: _q(3, "+32 2 553 45 20 is het nummer van het secretariaat.", "SERV", 2,
          "§ 3.3.2 Scenario 2"),
    4: _q(4, "- minder administratieve lasten voor kmo's", "SERV", 2, "p. 7"),
    5: _q(5, "@iedereen: de middelen moeten voorspelbaar blijven.", "Flux50", 3, "p. 2"),
    6: _q(6, "\tInspringend citaat met\ttab in de tekst.", "VARIO", 1, "p. 5", status="moved"),
    7: _q(7, "Kosten\x01 stijgen\ufffe sterk zonder bijsturing.", "SERV", 2, "p. 9",
          status="changed"),
    8: _q(8, "=cmd|' /C calc'!A0", "Flux50", 3, "p. 4"),
    9: _q(9, "De SERV vraagt een duidelijke governance met betrokkenheid van de sociale "
             "partners.", "SERV", 2, "p. 11"),
    10: _q(10, "Een scenario 3+ combineert de sterktes van scenario 2 en 3.", "VARIO", 1, "p. 6"),
}
ILLEGAL_QUOTE = 7
CLEAN_ILLEGAL_QUOTE = "Kosten stijgen sterk zonder bijsturing."


def _arg(number: int, position: str, text: str, quotes: tuple[int, ...]) -> ArgumentItem:
    qs = tuple(Q[n] for n in quotes)
    advisors = tuple(dict.fromkeys(q.advisor_key for q in qs))
    return ArgumentItem(Argument(number, "", number, "", position, text, 0, quotes), advisors, qs)


ARGS = {
    1: _arg(1, "pro", "Versterkt de samenwerking tussen bedrijven en kennisinstellingen.", (1, 2)),
    2: _arg(2, "con", "Verhoogt de administratieve lasten voor kleine ondernemingen.", (4,)),
    3: _arg(3, "condition", "Enkel met voorspelbare meerjarige financiering.", (5, 3)),
    4: _arg(4, "pro", "Eenvoudiger en beter afgestemd op de noden van kmo's.", (6,)),
    5: _arg(5, "con", "Risico op kostenstijging zonder bijsturing.", (7, 8)),
    6: _arg(6, "condition", "Duidelijke governance met de sociale partners.", (9,)),
    7: _arg(7, "pro", "Combineert de sterktes van scenario 2 en 3.", (10,)),
    8: _arg(8, "pro", "Argument zonder citaat (nog te documenteren).", ()),
}


def _opt(question: str, key: str, title: str, description: str, args: tuple[int, ...],
         proposed_by: str | None = None, number: str = "") -> OptionSection:
    order = {"pro": 0, "con": 1, "condition": 2}
    arguments = tuple(sorted((ARGS[n] for n in args), key=lambda a: order[a.position]))
    record = Option(0, "", question, key, title, description, proposed_by, "#4472C4")
    return OptionSection(record, arguments, number)


QUESTIONS = (
    QuestionSection(Question(1, "", "V1", "Hoe organiseren we de clusterwerking na 2025?", 1), (
        _opt("V1", "S1", "Status quo", "De huidige speerpuntclusters blijven bestaan.", (1, 2),
             number="1.1"),
        _opt("V1", "S2", "Afgeslankte clusters", "Minder clusters met een breder domein.",
             (4, 5, 3), number="1.2"),
        _opt("V1", "S3", "Thematische programma's", "Clusters worden vervangen door "
             "thematische programma's.", (6,), number="1.3"),
        _opt("V1", "Scenario 3+", "Scenario 3+", "Combinatie van scenario 2 en 3, voorgesteld "
             "door VARIO.", (7,), proposed_by="VARIO", number="1.4"),
    ), "1"),
    QuestionSection(Question(2, "", "V2", "Hoe financieren we de clusters?", 2), (
        _opt("V2", "S4", "Meerjarige financiering", "Een meerjarig kader met evaluatie.", (8,),
             number="2.1"),
    ), "2"),
)
# the option keys of the samples: none of them may reach a deliverable's text
INTERNAL_KEYS = ("V1", "V2", "S1", "S2", "S3", "S4")

def _cell(advisor: str, option: str, stance: str, note: str = "") -> StanceCell:
    return StanceCell(Stance(0, "", advisor, option, stance, note))


MATRIX = StanceMatrix(
    advisors=ADVISORS,
    options=(("S1", "Status quo"), ("S2", "Afgeslankte clusters"),
             ("S3", "Thematische programma's"), ("Scenario 3+", "Scenario 3+"),
             ("S4", "Meerjarige financiering")),
    cells={
        ("VARIO", "S1"): _cell("VARIO", "S1", "opposes"),
        ("VARIO", "S2"): _cell("VARIO", "S2", "conditional", "mits meerjarige financiering"),
        ("VARIO", "Scenario 3+"): _cell("VARIO", "Scenario 3+", "preferred"),
        ("SERV", "S2"): _cell("SERV", "S2", "supports"),
        ("SERV", "S3"): _cell("SERV", "S3", "neutral"),
        ("Flux50", "S1"): _cell("Flux50", "S1", "preferred"),
        ("Flux50", "S4"): _cell("Flux50", "S4", "not-addressed"),
    },
    numbers={"S1": "1.1", "S2": "1.2", "S3": "1.3", "Scenario 3+": "1.4", "S4": "2.1"},
)
# (advisor, option) -> expected Dutch label in the matrix
EXPECTED_MATRIX = {("VARIO", "S1"): "tegen", ("VARIO", "Scenario 3+"): "voorkeur",
                   ("SERV", "S2"): "steunt", ("SERV", "S3"): "neutraal",
                   ("Flux50", "S4"): "niet behandeld",
                   ("Catalisti", "S1"): "advies gevraagd, nog niet ontvangen",
                   ("Flux50", "S2"): "—"}

AUDIT = (
    AuditRow("2024-06-01T10:00:00", "jan", "insert", "quote", "2", "=HYPERLINK(\"x\")"),
    AuditRow("2024-06-01T10:05:00", "jan", "update", "argument", "5", "tekst gewijzigd"),
)


def sample_annex(draft: bool = False, audit: bool = True) -> AnnexContent:
    return AnnexContent(
        title="Groenboek clusterbeleid",
        reference="EWI/2024/017",
        date="2024-06-14",
        version="0.1.0",
        questions=QUESTIONS,
        matrix=MATRIX,
        sources=SOURCES,
        draft_problems=(("Citaat 7: de tekst in de bron is gewijzigd",
                         "Adviseur Catalisti: advies nog niet ontvangen") if draft else ()),
        audit=AUDIT if audit else (),
    )


COMMUNICATION_BODY = """De Vlaamse Regering keurde op 1 maart 2024 het **groenboek** goed.
De adviesraden reageerden *uitvoerig*; VARIO stelt [[quote:1]] en verder [[argument:5]].

- eerste punt met **vet** en *cursief*
- tweede punt met een citaat [[quote:3]]

[[overview:S3]]

Een ontbrekend citaat [[quote:999]] en een ontbrekend argument [[argument:77]].

[[overview:S9]]
"""


def sample_communication(draft: bool = False) -> CommunicationContent:
    annex = sample_annex(draft=draft)
    return CommunicationContent(
        annex=annex,
        sections=[
            CommunicationSection("Situering", COMMUNICATION_BODY),
            CommunicationSection("Standpunten van de adviseurs", "Overzicht:\n\n[[matrix]]\n"),
            CommunicationSection("Gevraagde adviezen", "[[advisors]]"),
        ],
        quotes_by_number=dict(Q),
        arguments_by_number=dict(ARGS),
    )

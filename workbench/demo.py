"""The demo dossier: the 2024 consultation on the future of Flemish cluster policy.

Questions, options and advisors are taken from the minister's communication presenting the
green paper (resources/demo/groenboek-mededeling.md); the advice documents are imported from
resources/demo/ and the evidence quoted verbatim from them.
"""

from __future__ import annotations

from pathlib import Path

from workbench import demo_evidence as _evidence
from workbench.project import Project

TITLE = "Groenboek: de toekomst van het Vlaamse clusterbeleid"
REFERENCE = "VR 2024 2203 MED.0096/2BIS"   # the green paper's: the consulted document
# The mededeling's minister, as in groenboek-mededeling.md; its own VR number stays empty
# (no document gives it, and `check` says so).
MINISTER_TITLE = ("DE VLAAMSE MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN "
                  "LANDBOUW")
MINISTER_NAME = "Jo BROUNS"
# Stances the officer inferred (demo_evidence marks them): VARIO's advice never names the
# scenarios by number, and the clusters reject scenarios 1 and 4 only by their analysis.
INFERRED_STANCES = {(s.advisor_key, s.option_key) for s in _evidence.STANCES if not s.explicit}

Q1_TEXT = (
    "De vier voorgestelde scenario's, en de rol die de huidige speerpuntclusters hierin kunnen "
    "opnemen, waarbij een combinatie van scenario's mogelijk is en voor alle bestaande "
    "speerpuntclusters wellicht niet hetzelfde scenario het meest wenselijk en haalbaar is."
)
Q2_TEXT = (
    "Het al dan niet ontbreken van strategisch belangrijke thema's bij de bestaande (en in "
    "oprichting zijnde) speerpuntclusters, die via een nieuwe oproep Innovatieve "
    "Bedrijfsnetwerken de kans kunnen krijgen door te groeien tot speerpuntcluster in nieuwe "
    "domeinen."
)

# (key, name, kind, status, asked on, received on)
# Only dates the documents state: VARIO and the clusters write that they were asked on
# 27 March 2024; nothing says when SERV and HBC were asked. The documents name HBC only as "HBC".
ADVISORS = (
    ("SERV", "SERV", "council", "asked", None, None),
    ("VARIO", "VARIO", "council", "received", "2024-03-27", "2024-05-06"),
    ("HBC", "HBC", "council", "asked", None, None),
    # The consolidated advice of De Blauwe Cluster, Catalisti, Flanders' FOOD, Flux50, MEDVIA, VIL.
    ("SPC", "Speerpuntclusters (geconsolideerd advies)", "cluster", "received", "2024-03-27",
     None),
)

# (question, key, title, description, proposed by, colour, match patterns)
OPTIONS = (
    ("Q1", "S1", "Scenario 1: commerciële organisaties zonder structurele overheidsfinanciering",
     "Continuering van bestaande speerpuntclusters als commerciële organisaties zonder "
     "structurele overheidsfinanciering.", None, "#4e79a7",
     ("scenario 1", "scenario één", "eerste scenario")),
    ("Q1", "S2", "Scenario 2: inkanteling in bestaande organisaties",
     "Verankering van de werking van de speerpuntclusters door inkanteling in bestaande "
     "organisaties zoals SOC's of andere Vlaamse onderzoekscentra waar voldoende inhoudelijke "
     "raakvlakken zijn.", None, "#f28e2b",
     ("scenario 2", "scenario twee", "tweede scenario", "inkanteling")),
    ("Q1", "S3", "Scenario 3: kruispunten van economische en maatschappelijke meerwaarde",
     "Bestaande speerpuntclusters gericht inzetten op de kruispunten van economische en "
     "maatschappelijke meerwaarde met financiering van een basisopdracht met specifieke taken.",
     None, "#59a14f", ("scenario 3", "scenario drie", "derde scenario")),
    ("Q1", "S4", "Scenario 4: nieuw clusterprogramma voor systemische transformaties",
     "Nieuw clusterprogramma voor systemische transformaties met primair doel bij te dragen aan "
     "oplossingen voor maatschappelijke uitdagingen.", None, "#e15759",
     ("scenario 4", "scenario vier", "vierde scenario", "systeemtransformatie")),
    ("Q1", "3+", "Scenario 3+: variant voorgesteld door de speerpuntclusters",
     "Een variant op scenario 3 die nodig is om het clusterbeleid te bestendigen en alle "
     "economische en maatschappelijke kruispunten optimaal te benutten.", "SPC", "#76b7b2",
     ("scenario 3+", "scenario 3 +", "3+")),
    ("Q2", "IBN", "Nieuwe oproep Innovatieve Bedrijfsnetwerken",
     "Een nieuwe oproep Innovatieve Bedrijfsnetwerken (IBN) voor strategisch belangrijke thema's "
     "die ontbreken, met kans om door te groeien tot speerpuntcluster.", None, "#edc948",
     ("innovatieve bedrijfsnetwerken", "IBN", "oproep")),
)


def resources_demo_dir() -> Path:
    from workbench.resources import resource_path

    return resource_path("demo")


def build_structure(project: Project) -> None:
    project.add_question("Q1", Q1_TEXT)
    project.add_question("Q2", Q2_TEXT)
    for key, name, kind, status, asked, received in ADVISORS:
        project.add_advisor(key, name, kind=kind, status=status, asked_on=asked,
                            received_on=received)
    for question, key, title, description, proposer, colour, patterns in OPTIONS:
        project.add_option(question, key, title, description=description, proposed_by=proposer,
                           colour=colour, patterns=patterns)


def import_documents(project: Project, folder: Path) -> dict[str, int]:
    """Import the demo's documents; returns source number by file name."""
    from workbench import demo_evidence as data
    from workbench.errors import WorkbenchError

    numbers = {}
    for doc in data.DOCUMENTS:
        result = project.import_file(folder / doc.file_name, doc.advisor_key, title=doc.title,
                                     date=doc.date, reference=doc.reference)
        if result.source is None:
            raise WorkbenchError(f"demo document {result.message()}")
        numbers[doc.file_name] = result.source.number
    return numbers


def add_evidence(project: Project, numbers: dict[str, int]) -> None:
    """The arguments and stances of demo_evidence, each quote made once and shared."""
    from workbench import demo_evidence as data

    quote_numbers: dict[tuple[str, str], int] = {}

    def quote(q: data.Quote) -> int:
        key = (q.document, q.exact)
        if key not in quote_numbers:
            quote_numbers[key] = project.add_quote(numbers[q.document], exact=q.exact).number
        return quote_numbers[key]

    for arg in data.ARGUMENTS:
        project.add_argument(arg.option_key, arg.position, arg.text,
                             [quote(q) for q in arg.quotes])
    for st in data.STANCES:
        project.set_stance(st.advisor_key, st.option_key, st.stance,
                           [quote(q) for q in st.quotes], note=st.note, explicit=st.explicit)


def build_demo(path: str | Path, *, evidence: bool = True) -> Project:
    """Create the demo dossier at ``path`` (which must not exist) and return it open.

    Everything is built in one transaction: a failure leaves no half-built dossier behind.
    """
    path = Path(path)
    project = Project.create(path, TITLE, REFERENCE)
    try:
        with project.edit("Build the demo dossier", "dossier", TITLE):
            project.set_dossier(minister_title=MINISTER_TITLE, minister_name=MINISTER_NAME)
            build_structure(project)
            if evidence:
                numbers = import_documents(project, resources_demo_dir())
                add_evidence(project, numbers)
    except BaseException:
        project.close()
        path.unlink(missing_ok=True)
        raise
    return project

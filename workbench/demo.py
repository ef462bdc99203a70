"""The demo dossier: the 2024 consultation on the future of Flemish cluster policy.

Questions, options and advisors are taken from the minister's communication presenting the
green paper (resources/demo/groenboek-mededeling.md); the advice documents are imported from
resources/demo/ and the evidence quoted verbatim from them.
"""

from __future__ import annotations

from pathlib import Path

from workbench.project import Project

TITLE = "Groenboek: de toekomst van het Vlaamse clusterbeleid"
REFERENCE = "VR 2024 2203 MED.0096/2BIS"

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
ADVISORS = (
    ("SERV", "SERV", "council", "asked", "2024-03-27", None),
    ("VARIO", "VARIO", "council", "received", "2024-03-27", "2024-05-06"),
    ("HBC", "HBC", "council", "asked", "2024-03-27", None),
    ("SPC", "Zes speerpuntclusters (geconsolideerd advies): De Blauwe Cluster, Catalisti, "
     "Flanders' FOOD, Flux50, MEDVIA en VIL", "cluster", "received", "2024-03-27", None),
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


def build_demo(path: str | Path) -> Project:
    """Create the demo dossier at ``path`` (which must not exist) and return it open."""
    project = Project.create(path, TITLE, REFERENCE)
    try:
        build_structure(project)
    except BaseException:
        project.close()
        raise
    return project

"""The demo's drafted communication as a cabinet reader gets it (#19).

Reopened with python-docx: the formal parts of a "mededeling aan de Vlaamse Regering",
numbered headings, Dutch dates, no internal keys or raw Markdown; the draft summarises and
refers to the annex; an empty communication is not exported silently.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from workbench import Project
from workbench.cli.main import main
from workbench.drafting import draft_sections, option_name, stance_clause
from workbench.export.run import ExportBlocked, export_all
from workbench.mededeling_text import annex_points, minister_phrase, who
from workbench.model import Advisor, Option

MINISTER_LINE = "DE VLAAMSE MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW"
SIGNER = "De Vlaamse minister van Economie, Innovatie, Werk, Sociale Economie en Landbouw,"
GREEN_PAPER = "VR 2024 2203 MED.0096/2BIS"
# Keys of the demo's questions, options and advisors that a reader must never see.
KEYS = re.compile(r"\b(Q1|Q2|S1|S2|S3|S4|SPC)\b|\[\[|\*\*|###|(?<![\w])_\w")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def all_text(document) -> list[str]:
    """Every paragraph of the body, the tables and the header."""
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    texts += [p.text for p in document.sections[0].header.paragraphs]
    return texts


@pytest.fixture(scope="module")
def drafted(demo_template: Path, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("mededeling")
    dossier = out / "demo.cwb"
    shutil.copyfile(demo_template, dossier)
    with Project.open(dossier, backup_dir=out / "backups") as p:
        p.set_dossier(communication_date="2024-06-07")
        p.draft_from_evidence()
        export_all(p, communication=out / "mededeling.docx", annex=out / "bijlage.docx")
    return {"dossier": dossier, "communication": out / "mededeling.docx", "out": out}


def test_the_formal_parts_of_a_mededeling(drafted) -> None:
    d = docx.Document(str(drafted["communication"]))
    texts = [p.text for p in d.paragraphs if p.text.strip()]
    assert texts[:3] == [MINISTER_LINE, "MEDEDELING AAN DE VLAAMSE REGERING",
                         "Betreft: Groenboek: de toekomst van het Vlaamse clusterbeleid"]
    assert "Datum: 7 juni 2024" in texts
    # the green paper's number is the consulted document's reference, never the mededeling's own
    assert f"Referentie van het voorgelegde document: {GREEN_PAPER}" in texts
    assert sum(GREEN_PAPER in t for t in all_text(d)) == 2     # that line and the Situering
    assert GREEN_PAPER not in d.sections[0].header.paragraphs[0].text
    assert d.core_properties.keywords == ""
    signature = next(p for p in d.paragraphs if p.style.name == "Ondertekening")
    assert signature.text.split("\n") == [SIGNER, "", "Jo BROUNS"]
    # the proposal, then the signature, then the annex line
    assert texts.index("6. Voorstel") < texts.index(signature.text) == len(texts) - 2
    assert texts[-1].startswith("Bijlage: Overzicht van de ingewonnen adviezen")


def test_numbered_sections_and_no_title_twice(drafted) -> None:
    d = docx.Document(str(drafted["communication"]))
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    assert h1 == ["1. Situering", "2. Ingewonnen adviezen",
                  "3. Standpunten van de adviesinstanties",
                  "4. Vraag 1: de vier voorgestelde scenario's",
                  "5. Vraag 2: nieuwe oproep Innovatieve Bedrijfsnetwerken", "6. Voorstel"]
    assert h2 == ["4.1 Scenario 1: commerciële organisaties zonder structurele "
                  "overheidsfinanciering", "4.2 Scenario 2: inkanteling in bestaande organisaties",
                  "4.3 Scenario 3: kruispunten van economische en maatschappelijke meerwaarde",
                  "4.4 Scenario 4: nieuw clusterprogramma voor systemische transformaties",
                  "4.5 Scenario 3+: variant voorgesteld door de speerpuntclusters"]
    headings = [re.sub(r"^[\d.]+ ", "", t) for t in h1 + h2]
    assert len(headings) == len(set(h.casefold() for h in headings))


def test_no_keys_raw_markdown_or_iso_dates_anywhere(drafted) -> None:
    d = docx.Document(str(drafted["communication"]))
    for text in all_text(d):
        assert not KEYS.search(text), text
        assert not ISO_DATE.search(text), text


def test_the_draft_summarises_and_refers_to_the_annex(drafted) -> None:
    d = docx.Document(str(drafted["communication"]))
    text = "\n".join(p.text for p in d.paragraphs)
    for point in ("1.1", "1.2", "1.3", "1.4", "1.5", "2.1"):
        assert f"zie bijlage, punt {point}." in text
    assert "De speerpuntclusters steunen dit scenario onder voorwaarden." in text
    assert "VARIO steunt deze optie onder voorwaarden." in text
    assert "De speerpuntclusters stellen dit scenario zelf voor en verkiezen het." in text
    # VARIO never names the scenarios: the demo marks those stances inferred
    assert "Uit het advies van VARIO valt af te leiden dat VARIO dit scenario verkiest." in text
    assert "VARIO verkiest scenario 3 (afgeleid)" in text
    # it never pastes the annex: no quotes, no footnotes, no tables
    with Project.open(drafted["dossier"], readonly=True) as p:
        quotes = [q.exact for q in p.quotes()]
    assert not any(q in text for q in quotes)
    assert not d.tables
    assert not list(d.element.body.iter(qn("w:footnoteReference")))


def test_numbered_lists_are_word_lists(drafted) -> None:
    d = docx.Document(str(drafted["communication"]))
    numbered = [p for p in d.paragraphs if p.style.name == "List Number"]
    assert [p.text[:12] for p in numbered] == ["De vier voor", "Het al dan n", "de adviezen ",
                                               "het overzich", "het gegeven "]
    instances = [p._p.pPr.numPr.numId.val for p in numbered]
    # two lists (questions; proposal), each its own numbering instance so both start at 1
    assert len(set(instances)) == 2 and instances[0] == instances[1]


def test_markdown_renders_as_word_formatting(project: Project, tmp_path: Path) -> None:
    project.add_section("Situering", "## Situering\n\nEerste alinea met _cursief_ en *ook* "
                        "en **vet**.\n\n#### Een kop\n\n> Een citaat\n\n1. een\n2. twee\n\n"
                        "- punt\n  - genest\n\n## Tweede kop\n\nTweede lijst:\n\n1. opnieuw\n\n[[matrix]] in "
                        "een zin, en [[foto:3]].")
    project.set_dossier(minister_title=MINISTER_LINE, minister_name="Jo BROUNS")
    target = tmp_path / "m.docx"
    export_all(project, communication=target, force=True)
    d = docx.Document(str(target))
    styled = [(p.style.name, p.text) for p in d.paragraphs]
    assert ("Heading 1", "1. Situering") in styled
    assert sum(t.endswith("Situering") for _s, t in styled) == 1      # not twice
    # "####" before any "##": 1.1, not 1.0.1
    assert ("Heading 2", "1.1 Een kop") in styled and ("Heading 2", "1.2 Tweede kop") in styled
    assert ("Citaat", "Een citaat") in styled
    assert ("List Bullet", "punt") in styled and ("List Bullet 2", "genest") in styled
    first = next(p for p in d.paragraphs if p.text.startswith("Eerste alinea"))
    assert [r.text for r in first.runs if r.italic] == ["cursief", "ook"]
    assert [r.text for r in first.runs if r.bold] == ["vet"]
    lists = [p._p.pPr.numPr.numId.val for p in d.paragraphs if p.style.name == "List Number"]
    assert len(lists) == 3 and lists[0] == lists[1] != lists[2]
    last = next(p for p in d.paragraphs if p.text.startswith("["))
    assert "[[" not in last.text and "onbekende verwijzing „foto:3”" in last.text
    assert "alleen op een regel" in last.text


def test_an_empty_communication_is_not_exported_silently(project: Project, tmp_path: Path,
                                                         capsys) -> None:
    target = tmp_path / "leeg.docx"
    with pytest.raises(ExportBlocked, match="no text yet"):
        export_all(project, communication=target)
    assert not target.exists()
    annex = tmp_path / "bijlage.docx"
    export_all(project, annex=annex)           # the annex alone is not held up by it
    assert annex.exists()
    project.close()
    assert main(["export", str(project.path), "--communication", str(target)]) == 1
    assert not target.exists() and "no text yet" in capsys.readouterr().err


def test_own_vr_number_heads_the_document(project: Project, tmp_path: Path) -> None:
    project.add_section("Situering", "Tekst.")
    project.set_dossier(vr_number="VR 2024 0706 MED.0300/1")
    target = tmp_path / "m.docx"
    export_all(project, communication=target)
    d = docx.Document(str(target))
    assert d.paragraphs[0].text == "VR 2024 0706 MED.0300/1"
    assert d.sections[0].header.paragraphs[0].text.endswith("VR 2024 0706 MED.0300/1")
    assert "Referentie van het voorgelegde document: VR 2024 2203" in "\n".join(
        p.text for p in d.paragraphs)


# --- wording -----------------------------------------------------------------------------
def _advisor(name: str, kind: str = "council") -> Advisor:
    return Advisor(1, "u", "K", name, kind)


def test_advisor_names_for_prose() -> None:
    assert who(_advisor("Speerpuntclusters (geconsolideerd advies)", "cluster")) == \
        who(_advisor("Speerpuntclusters"))
    spc = who(_advisor("Speerpuntclusters (geconsolideerd advies)", "cluster"))
    assert (spc.name, spc.plural, spc.start) == ("de speerpuntclusters", True,
                                                 "De speerpuntclusters")
    assert who(_advisor("VARIO")) == who(_advisor("VARIO")) and not who(_advisor("VARIO")).plural
    raad = who(_advisor("Vlaamse Adviesraad voor Innoveren en Ondernemen"))
    assert (raad.name, raad.plural) == ("de Vlaamse Adviesraad voor Innoveren en Ondernemen",
                                        False)
    assert who(_advisor("De Blauwe Cluster")).name == "De Blauwe Cluster"
    assert who(_advisor("Flux50")) == who(_advisor("Flux50")) and who(_advisor("Flux50")).name \
        == "Flux50"


def test_agreement_and_inferred_wording() -> None:
    spc, vario = who(_advisor("Speerpuntclusters")), who(_advisor("VARIO"))
    assert stance_clause([spc], "supports", "dit scenario") == \
        "De speerpuntclusters steunen dit scenario."
    assert stance_clause([vario], "opposes", "dit scenario") == "VARIO is gekant tegen dit scenario."
    assert stance_clause([vario, spc], "preferred", "dit scenario") == \
        "VARIO en de speerpuntclusters verkiezen dit scenario."
    assert stance_clause([vario], "opposes", "dit scenario", inferred=True) == \
        "Uit het advies van VARIO valt af te leiden dat VARIO gekant is tegen dit scenario."


def test_option_names_and_annex_points() -> None:
    scenario = Option(1, "u", "Q1", "S3", "Scenario 3: kruispunten")
    call = Option(2, "u", "Q2", "IBN", "Nieuwe oproep Innovatieve Bedrijfsnetwerken")
    assert option_name(scenario) == "scenario 3"
    assert option_name(call) == "de optie „Nieuwe oproep Innovatieve Bedrijfsnetwerken”"
    assert annex_points(["Q1", "Q2"], [("Q1", "S1"), ("Q1", "S2"), ("Q2", "IBN")]) == {
        "S1": "1.1", "S2": "1.2", "IBN": "2.1"}


def test_minister_phrase() -> None:
    assert minister_phrase(MINISTER_LINE) + "," == SIGNER
    assert minister_phrase("DE VLAAMSE MINISTER-PRESIDENT VAN DE VLAAMSE REGERING") == \
        "De Vlaamse minister-president van de Vlaamse Regering"
    assert minister_phrase("De Vlaamse minister van Werk") == "De Vlaamse minister van Werk"


def test_draft_of_an_empty_dossier_still_reads(project: Project) -> None:
    sections = dict(draft_sections(project))
    assert list(sections) == ["Situering", "Ingewonnen adviezen",
                              "Standpunten van de adviesinstanties", "Voorstel"]
    assert "nog geen standpunten" in sections["Standpunten van de adviesinstanties"]


def test_check_flags_references_the_export_cannot_render(project: Project) -> None:
    from workbench.checks import run_checks

    project.add_section("Situering", "Zie [[foto:3]], [[ ]] en [[matrix]] in een zin.\n\n"
                        "[[advisors]]")
    problems = [p for p in run_checks(project, communication=True).problems
                if p.code == "reference-broken"]
    assert len(problems) == 3 and all(p.severity == "error" for p in problems)
    assert "unknown reference „foto:3”" in problems[0].message
    assert all("[[" not in p.message for p in problems)


def test_draft_keeps_prose_and_replaces_an_empty_skeleton(demo_path: Path) -> None:
    with Project.open(demo_path, backup_dir=demo_path.parent / "backups") as p:
        for title in ("Samenvatting", "Overzicht per scenario"):     # an older, empty skeleton
            p.add_section(title)
        titles = [s.title for s in p.draft_from_evidence()]
        assert titles[0] == "Situering" and "Samenvatting" not in titles
        p.revert(p.last_change)
        assert [s.title for s in p.sections()] == ["Samenvatting", "Overzicht per scenario"]
        p.update_section(p.sections()[0].id, body="Eigen tekst.")
        p.add_section("Situering")
        sections = {s.title: s.body for s in p.draft_from_evidence()}
        assert sections["Samenvatting"] == "Eigen tekst."
        assert sections["Overzicht per scenario"] == ""
        assert sections["Situering"].startswith("Het document „Groenboek")


def test_check_warns_about_an_unsigned_communication(project: Project) -> None:
    from workbench.checks import run_checks

    def codes() -> set[str]:
        return {p.code for p in run_checks(project).problems}

    assert "communication-minister-missing" not in codes()     # nothing written yet
    project.add_section("Situering", "Tekst.")
    assert "communication-minister-missing" in codes()
    project.set_dossier(minister_title=MINISTER_LINE, minister_name="Jo BROUNS")
    assert "communication-minister-missing" not in codes()


def test_situering_tells_an_asked_date_only_of_whom_it_is_known(project: Project) -> None:
    """#16: the demo's draft said SERV and HBC were asked on 27 March 2024 because VARIO and
    the clusters were; no document says so. A date is told of the whole list only when
    every advisor has it."""
    project.set_dossier(title="Groenboek", reference="")
    project.add_advisor("SERV", "SERV", kind="council")
    project.add_advisor("VARIO", "VARIO", kind="council", asked_on="2024-03-27")
    project.add_advisor("HBC", "HBC", kind="council")
    situering = draft_sections(project)[0][1].split("\n")[0]
    assert situering == ("Het document „Groenboek” werd voor advies voorgelegd aan SERV, VARIO "
                         "en HBC. VARIO ontving de adviesvraag op 27 maart 2024.")
    project.update_advisor("SERV", asked_on="2024-04-02")
    situering = draft_sections(project)[0][1].split("\n")[0]
    assert situering.endswith("HBC. De adviesvraag werd verstuurd aan VARIO op 27 maart 2024 "
                              "en SERV op 2 april 2024.")
    for key in ("SERV", "HBC"):
        project.update_advisor(key, asked_on="2024-03-27")
    situering = draft_sections(project)[0][1].split("\n")[0]
    assert situering == ("Het document „Groenboek” werd op 27 maart 2024 voor advies "
                         "voorgelegd aan SERV, VARIO en HBC.")

"""Quotes pinned verbatim to their source; arguments and stances built on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import docgen
from workbench import InvalidInput, Project

ADVICE = (
    "# Advies 36\n\n"
    "## Scenario 2\n\n"
    "De inkanteling in bestaande organisaties is een uitdoofscenario voor de speerpuntclusters.\n\n"
    "## Scenario 3\n\n"
    "VARIO vindt het belangrijk dat de clusters financieel ondersteund worden in hun basiswerking.\n"
    "Het clusterbeleid moet bedrijfsgedreven blijven.\n\n"
    "Het clusterbeleid moet bedrijfsgedreven blijven.\n"
)


@pytest.fixture
def dossier(project: Project, tmp_path: Path) -> Project:
    project.add_question("Q1", "Scenario's")
    for key in ("S2", "S3"):
        project.add_option("Q1", key, f"Scenario {key[1]}")
    project.add_advisor("VARIO", "VARIO", kind="council", status="received")
    project.import_file(docgen.make_text(tmp_path / "advies.md", ADVICE), "VARIO",
                        date="2024-05-06", reference="Advies 36")
    return project


def test_quote_on_pdf_gets_the_right_page(project: Project, tmp_path: Path) -> None:
    project.add_advisor("SPC", "Speerpuntclusters")
    pages = [["Inleiding van het advies."],
             ["De jonge clusters zoals MEDVIA hebben geen financiele\nbuffer voor de samen-\n"
              "werking met bedrijven."],
             ["Scenario 3+ is de voorkeur."]]
    path = docgen.make_pdf(tmp_path / "advies.pdf", pages)
    number = project.import_file(path, "SPC").source.number
    # typed as a reader sees it: line breaks and a line-end hyphen in the original
    quote = project.add_quote(number, exact="financiele buffer voor de samenwerking")
    assert quote.page == 2
    assert project.add_quote(number, exact="Scenario 3+ is de voorkeur").page == 3


def test_matching_ignores_whitespace_and_hyphenation(dossier: Project) -> None:
    quote = dossier.add_quote(1, exact="financieel   ondersteund\nworden in hun basis- werking")
    assert quote.exact == "financieel ondersteund worden in hun basiswerking"
    assert quote.heading_path == ("Advies 36", "Scenario 3")


def test_ambiguous_quote_lists_occurrences(dossier: Project) -> None:
    with pytest.raises(InvalidInput, match="occurs 2 times") as err:
        dossier.add_quote(1, exact="Het clusterbeleid moet bedrijfsgedreven blijven.")
    assert "--occurrence 1" in str(err.value) and "--occurrence 2" in str(err.value)
    second = dossier.add_quote(1, exact="Het clusterbeleid moet bedrijfsgedreven blijven.",
                               occurrence=2)
    first_start = dossier.source_text(1).index("Het clusterbeleid")
    assert second.start > first_start


def test_not_found_is_explained(dossier: Project) -> None:
    with pytest.raises(InvalidInput, match="not found in source 1"):
        dossier.add_quote(1, exact="dit staat er niet")


def test_quote_for_option_is_one_undo_step(dossier: Project) -> None:
    quote, arg = dossier.quote_for_option(
        1, option="S3", position="pro", exact="financieel ondersteund worden",
        new_argument="Basisfinanciering houdt de clusters onafhankelijk")
    assert arg.quote_numbers == (quote.number,) and dossier.argument_advisors(arg.number) == ["VARIO"]
    redo = dossier.revert(dossier.last_change)
    assert dossier.quotes() == [] and dossier.arguments() == []
    dossier.revert(redo)
    assert [a.text for a in dossier.arguments("S3", "pro")] == [arg.text]


def test_arguments_link_move_merge(dossier: Project) -> None:
    q1 = dossier.add_quote(1, exact="uitdoofscenario voor de speerpuntclusters")
    q2 = dossier.add_quote(1, exact="bedrijfsgedreven blijven", occurrence=1)
    a = dossier.add_argument("S2", "con", "Inkanteling dooft de clusters uit", [q1.number])
    b = dossier.add_argument("S2", "con", "Verlies van bedrijfsgedrevenheid", [q2.number])
    c = dossier.add_argument("S2", "con", "Derde", [q2.number])
    dossier.move_argument(c.number, index=0)
    assert [x.number for x in dossier.arguments("S2", "con")] == [c.number, a.number, b.number]
    dossier.move_argument(b.number, option="S3", position="condition")
    assert [x.number for x in dossier.arguments("S3", "condition")] == [b.number]
    merged = dossier.merge_arguments(a.number, c.number)
    assert set(merged.quote_numbers) == {q1.number, q2.number}
    assert [x.number for x in dossier.arguments("S2")] == [a.number]
    dossier.unlink_quotes(a.number, [q2.number])
    assert dossier.argument(a.number).quote_numbers == (q1.number,)


def test_stances(dossier: Project) -> None:
    q = dossier.add_quote(1, exact="uitdoofscenario")
    dossier.set_stance("VARIO", "S2", "opposes", [q.number], note="uitdoofscenario")
    dossier.set_stance("VARIO", "S3", "preferred")
    dossier.set_stance("VARIO", "S2", "conditional")  # changing replaces, one per pair
    grid = {(s.advisor_key, s.option_key): s.stance for s in dossier.stances()}
    assert grid == {("VARIO", "S2"): "conditional", ("VARIO", "S3"): "preferred"}
    with pytest.raises(InvalidInput, match="not one of"):
        dossier.set_stance("VARIO", "S3", "maybe")


def test_reanchoring_after_a_new_version(dossier: Project, tmp_path: Path) -> None:
    same = dossier.add_quote(1, exact="# Advies 36".lstrip("# "))
    moved = dossier.add_quote(1, exact="uitdoofscenario voor de speerpuntclusters")
    edited = dossier.add_quote(1, exact="VARIO vindt het belangrijk dat de clusters financieel "
                                        "ondersteund worden in hun basiswerking.")
    removed = dossier.add_quote(1, exact="bedrijfsgedreven blijven", occurrence=2)
    v2 = ("# Advies 36\n\n## Inleiding\n\nNieuwe inleidende alinea die alles verschuift.\n\n"
          "## Scenario 2\n\nDe inkanteling in bestaande organisaties is een uitdoofscenario voor "
          "de speerpuntclusters.\n\n## Scenario 3\n\nVARIO vindt het belangrijk dat de clusters "
          "financieel ondersteund worden in hun werking.\n")
    dossier.import_file(docgen.make_text(tmp_path / "v2.md", v2), "VARIO", replace=1)
    status = {q.number: q.status for q in dossier.quotes()}
    assert status == {same.number: "ok", moved.number: "moved", edited.number: "changed",
                      removed.number: "lost"}
    text = dossier.source_text(1)
    moved_now = dossier.quote(moved.number)
    assert text[moved_now.start:moved_now.end] == moved.exact  # follows the text
    assert dossier.quote(edited.number).exact == edited.exact  # never silently rewritten


def test_search_is_diacritics_insensitive(project: Project, tmp_path: Path) -> None:
    project.import_file(docgen.make_text(tmp_path / "a.txt", "De économie en de coöperatie."))
    assert project.search("economie") and project.search("cooperatie")
    for query in ("co-operatie", "art. 3", 'scenario "3', "OR", "NOT"):
        project.search(query)  # never a raw FTS5 syntax error
    with pytest.raises(InvalidInput, match="Nothing to search"):
        project.search("?!")


def test_search_with_many_matches_ranks_within_a_window(project: Project, tmp_path: Path,
                                                        monkeypatch) -> None:
    from workbench.store import sources as source_store

    text = "\n\n".join(f"Alinea {i} over financiering." for i in range(6))
    text += "\n\nFinanciering, financiering en nog eens financiering."
    project.import_file(docgen.make_text(tmp_path / "a.txt", text))
    monkeypatch.setattr(source_store, "RANK_WINDOW", 3)
    hits = project.search("financiering", limit=10)
    assert 1 <= len(hits) <= 3 and all("[financiering]" in h.snippet.lower() for h in hits)
    monkeypatch.setattr(source_store, "RANK_WINDOW", 100)
    best = project.search("financiering", limit=1)[0]
    assert best.snippet.lower().count("[financiering]") == 3   # the densest paragraph first


def test_history_of_a_record_starts_with_its_creation(dossier: Project) -> None:
    quote, _arg = dossier.quote_for_option(1, option="S3", position="pro",
                                          exact="financieel ondersteund worden",
                                          new_argument="Basisfinanciering")
    other = dossier.add_argument("S3", "con", "Tegenargument", [quote.number])
    assert [r["operation"] for r in dossier.audit("quote", str(quote.number))] == [
        "Quote as pro of S3"]
    assert [r["operation"] for r in dossier.audit("argument", str(other.number))] == [
        "Add con argument to S3"]
    [source_created] = dossier.audit("source", "1")
    assert source_created["operation"] == "Import advies.md"

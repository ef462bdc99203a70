"""Suggestions (#16): section scope, Dutch morphology, learning, disambiguation, feedback,
and recall/precision on the hand-labelled demo advice (tests/data/suggestion_labels.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import docgen
from workbench import Project, demo
from workbench import demo_evidence as ev

LABELS = json.loads((Path(__file__).parent / "data" / "suggestion_labels.json").read_text("utf-8"))
DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"


# ---------------------------------------------------------------- behaviour on small texts

ADVICE = """3.3.2 Scenario 2: inkanteling in bestaande organisaties

Dit scenario staat haaks op de essentie van het clusterbeleid.

Voorbeelden van inkantelingen uit het verleden zijn weinig overtuigend.

4 Slot

De scenario's één en vier bevatten interessante elementen.

Een variant op scenario 3, genaamd scenario 3+, krijgt de voorkeur.

Het weer was goed die dag en niemand sprak over de zomervakantie of het verkeer.
"""


@pytest.fixture
def small(project: Project, tmp_path: Path) -> Project:
    project.add_question("Q1", "Scenario's")
    for key, title, description, patterns in (
            ("S1", "Scenario 1: commerciële organisaties", "Zonder overheidsfinanciering.",
             ["scenario 1", "scenario één"]),
            ("S2", "Scenario 2: inkanteling in bestaande organisaties", "Inkanteling in SOC's.",
             ["scenario 2", "inkanteling"]),
            ("S3", "Scenario 3: kruispunten", "Basisfinanciering.", ["scenario 3"]),
            ("S4", "Scenario 4: systeemtransformatie", "Nieuw programma.",
             ["scenario 4", "scenario vier"]),
            ("3+", "Scenario 3+: variant", "Een variant op scenario 3.", ["scenario 3+"])):
        project.add_option("Q1", key, title, description=description, patterns=patterns)
    project.add_advisor("SPC", "Clusters", status="received")
    project.import_file(docgen.make_text(tmp_path / "advies.txt", ADVICE), "SPC")
    return project


def by_passage(project: Project) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s in project.suggestions():
        out.setdefault(s.passage[:30], set()).add(s.option_key)
    return out


def test_section_scope_anaphora_morphology_enumeration_and_refinement(small: Project) -> None:
    found = {s.passage[:30]: s for s in small.suggestions() if s.option_key != "S3"}
    assert by_passage(small) == {
        "Dit scenario staat haaks op de": {"S2"},          # under the heading, "dit scenario"
        "Voorbeelden van inkantelingen ": {"S2"},          # plural of the pattern
        "De scenario's één en vier beva": {"S1", "S4"},   # an enumeration
        "Een variant op scenario 3, gen": {"3+"},          # 3 vs 3+: the refinement wins
    }
    assert found["Dit scenario staat haaks op de"].reason.startswith("onder kop 3.3.2 Scenario 2")
    assert "dit scenario" in found["Dit scenario staat haaks op de"].reason
    assert all(s.passage == s.passage.strip() and s.paragraph for s in small.suggestions())


def test_rejected_passage_does_not_come_back(small: Project, tmp_path: Path) -> None:
    s = next(s for s in small.suggestions() if s.passage.startswith("Voorbeelden"))
    small.dismiss_suggestion(s.id)
    small.update_option("S2", description="Inkanteling in SOC's of onderzoekscentra.")  # rescan
    assert not any(x.passage.startswith("Voorbeelden") for x in small.suggestions("S2"))
    # a corrected version of the advice: new blocks, the verdict still holds
    small.import_file(docgen.make_text(tmp_path / "advies2.txt", ADVICE + "\nNog iets.\n"),
                      "SPC", replace=1)
    assert not any(x.passage.startswith("Voorbeelden") for x in small.suggestions("S2"))


def test_move_to_another_option_in_one_action(small: Project) -> None:
    s = next(s for s in small.suggestions() if s.option_key == "3+")
    moved = small.move_suggestion(s.id, "S3")
    assert moved.option_key == "S3" and moved.status == "open" and "verplaatst van 3+" in moved.reason
    after = small.suggestions()          # a rescan keeps the moved one, the old one stays gone
    assert not any(x.option_key == "3+" and x.block_id == s.block_id for x in after)
    assert any(x.id == moved.id and x.option_key == "S3" for x in after)


def test_quoting_from_a_suggested_paragraph_answers_its_suggestion(small: Project) -> None:
    s = next(s for s in small.suggestions() if s.option_key == "3+")
    other = [x.id for x in small.suggestions(refresh=False) if x.id != s.id]
    small.quote_for_option(s.source_number, option="3+", position="pro", exact="krijgt de voorkeur",
                           new_argument="De clusters verkiezen 3+")
    open_now = small.suggestions(refresh=False)                   # at once, before any scan
    assert not any(x.id == s.id for x in open_now)
    assert sorted(x.id for x in open_now) == sorted(other)         # the others stay open
    small.revert(small.last_change)                                # undoing the quote
    assert any(x.id == s.id for x in small.suggestions(refresh=False))


def test_a_move_is_one_undoable_action(small: Project) -> None:
    s = next(s for s in small.suggestions() if s.option_key == "3+")
    small.move_suggestion(s.id, "S3")
    small.revert(small.last_change)
    back = small.suggestions(refresh=False)
    assert any(x.option_key == "3+" and x.block_id == s.block_id for x in back)
    assert not any(x.option_key == "S3" and x.block_id == s.block_id for x in back)


def test_a_rescan_leaves_the_officers_undo_and_redo_usable(small: Project) -> None:
    s = next(s for s in small.suggestions() if s.passage.startswith("Dit scenario"))
    small.accept_suggestion(s.id, position="con", new_argument="Haaks op het clusterbeleid")
    accepted = small.last_change
    small.refresh_suggestions()           # the new quote is an example: everything is rescanned
    redo = small.revert(accepted)         # undo the accept: the suggestion is open again
    assert small.refresh_suggestions() == 0   # found again as it was: its row is left alone
    small.revert(redo)                    # ... so the accept can be redone
    assert small.suggestions(refresh=False, status="accepted")[0].block_id == s.block_id


def test_a_scan_is_not_an_undo_step_and_logs_no_rows(small: Project) -> None:
    small.update_option("S2", description="Inkanteling in SOC's of onderzoekscentra.")
    small.refresh_suggestions()
    assert small.last_change.label == "Refresh suggestions"
    assert not small.last_change.entries     # machine-made rows: on no changeset


def test_not_relevant_closes_the_paragraph_for_every_option(small: Project) -> None:
    s = next(s for s in small.suggestions() if s.passage.startswith("De scenario's"))
    small.mark_suggestion_not_relevant(s.id)
    assert not any(x.block_id == s.block_id for x in small.suggestions())
    assert next(b for b in small.source_blocks(1) if b.id == s.block_id).not_relevant


def test_accepted_suggestion_teaches_the_ranking(small: Project, tmp_path: Path) -> None:
    s = next(s for s in small.suggestions() if s.passage.startswith("Voorbeelden"))
    small.accept_suggestion(s.id, position="con", new_argument="Inkantelingen werkten niet")
    small.import_file(docgen.make_text(tmp_path / "b.txt",
                                       "Voorbeelden van onderzoeksorganisaties uit het verleden "
                                       "waar clusters in opgingen zijn weinig overtuigend "
                                       "gebleken.\n"), "SPC")
    new = [x for x in small.suggestions("S2") if x.source_number == 2]
    assert new and new[0].reason.startswith("lijkt op")


def test_paragraph_that_names_no_option_is_not_suggested(small: Project) -> None:
    assert not any(s.passage.startswith("Het weer") for s in small.suggestions())


# ---------------------------------------------------------------- recall and precision

def labelled_dossier(tmp_path: Path) -> tuple[Project, dict[str, int]]:
    """The demo's options with only a title, a description and their "scenario" patterns."""
    project = Project.create(tmp_path / "gelabeld.cwb", "Groenboek")
    project.add_question("Q1", demo.Q1_TEXT)
    project.add_question("Q2", demo.Q2_TEXT)
    project.add_advisor("VARIO", "VARIO", status="received")
    project.add_advisor("SPC", "Speerpuntclusters", status="received")
    for question, key, title, description, _by, _colour, patterns in demo.OPTIONS:
        project.add_option(question, key, title, description=description,
                           patterns=[p for p in patterns if "scenario" in p])
    sources = {}
    for name, advisor in (("speerpuntclusters-advies-groenboek.txt", "SPC"),
                          ("vario-advies-36.txt", "VARIO")):
        sources[name] = project.import_file(DEMO / name, advisor).source.number
    return project, sources


def measure(project: Project, sources: dict[str, int], found_pairs: set) -> tuple[float, float]:
    gold = set()
    number_of = {}
    for name, rows in LABELS["documents"].items():
        blocks = {b.paragraph: b for b in project.source_blocks(sources[name]) if b.paragraph}
        for alinea, starts, options in rows:
            assert blocks[alinea].text.startswith(starts), (name, alinea)
            number_of[blocks[alinea].id] = (name, alinea)
            gold |= {(blocks[alinea].id, o) for o in options}
    measured = set(LABELS["options"])
    pred = {(b, o) for b, o in found_pairs if o in measured and b in number_of}
    hits = len(pred & gold)
    return hits / len(gold), hits / max(1, len(pred))


def test_recall_and_precision_on_the_labelled_demo_advice(tmp_path: Path, capsys) -> None:
    project, sources = labelled_dossier(tmp_path)
    found = {(s.block_id, s.option_key) for s in project.suggestions()}
    recall, precision = measure(project, sources, found)
    # With the officer's evidence: the demo's quotes are examples; a quoted paragraph counts
    # as found (the officer has it); precision is that of the suggestions alone.
    numbers = {name: sources[name] for name in sources}
    for arg in ev.ARGUMENTS:
        quotes = [q for q in arg.quotes if q.document in numbers]
        if arg.option_key in LABELS["options"] and quotes:
            made = [project.add_quote(numbers[q.document], exact=q.exact).number for q in quotes]
            project.add_argument(arg.option_key, arg.position, arg.text, made)
    quoted = set()
    for q in project.quotes():
        block = project.block_at(project.quote_source_number(q), q.start)
        for option in {a.option_key for a in project.arguments() if q.number in a.quote_numbers}:
            quoted.add((block.id, option))
    suggested = {(s.block_id, s.option_key) for s in project.suggestions()}
    recall_fb, _ = measure(project, sources, quoted | suggested)
    _, precision_fb = measure(project, sources, suggested)   # the machine's share only
    with capsys.disabled():
        print(f"\nsuggestions on the labelled demo advice: recall {recall:.3f}, precision "
              f"{precision:.3f} (options only); with the demo's quotes as feedback: recall "
              f"{recall_fb:.3f} (quoted or suggested), precision of the remaining "
              f"suggestions {precision_fb:.3f}")
    assert recall >= 0.90 and precision >= 0.80
    # The easy, correct suggestions are quoted by then; the demo's evidence also files the
    # clusters' cross-scenario conditions under scenario 3, which the labels do not.
    assert recall_fb >= recall and precision_fb >= 0.6

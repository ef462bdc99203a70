"""An error naming a field names it in the interface language (#14): "gevraagd op: ‘2024-13-01’
is geen datum" in the Dutch GUI, not "asked on"; the allowed values of a choice are the labels
the user sees ("adviesraad", not "council"). The CLI keeps its English wording."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import docgen
from ui import i18n
from ui.messages import error_text
from workbench import Project
from workbench.errors import WorkbenchError
from workbench.messages import Message, dutch
from workbench.messages_nl import FIELDS

# The English a field error could leak: field names and the codes of their choices.
ENGLISH = {"asked", "received", "on", "date", "communication", "communication's", "kind",
           "position", "stance", "council", "stakeholder", "cluster", "other", "declined",
           "preferred", "supports", "conditional", "neutral", "opposes", "addressed", "con",
           "condition", "the", "not", "one"}


def _bad_inputs(project: Project, tmp_path: Path) -> dict[str, Callable[[], object]]:
    """Each place of the core that names a field in an error, with input it refuses."""
    project.add_question("Q1", "De scenario's")
    project.add_option("Q1", "S1", "Scenario 1")
    project.add_advisor("SERV", "SERV")
    advice = docgen.make_text(tmp_path / "advies.txt", "Een advies over scenario 1.\n")
    project.import_file(advice, "SERV")
    return {
        "gevraagd op": lambda: project.add_advisor("VARIO", "VARIO", asked_on="2024-13-01"),
        "ontvangen op": lambda: project.add_advisor("HBC", "HBC", received_on="gisteren"),
        "gevraagd op ": lambda: project.update_advisor("SERV", asked_on="1 mei"),
        "ontvangen op ": lambda: project.update_advisor("SERV", received_on="31/12/2024"),
        "soort": lambda: project.add_advisor("VARIO", "VARIO", kind="raad"),
        "status": lambda: project.update_advisor("SERV", status="binnen"),
        "datum van de mededeling": lambda: project.set_dossier(communication_date="31-12-2024"),
        "datum": lambda: project.update_source(1, date="mei 2024"),
        "datum ": lambda: project.import_file(advice, "SERV", date="vorige week"),
        "positie": lambda: project.add_argument("S1", "voor", "Goedkoop"),
        "standpunt": lambda: project.set_stance("SERV", "S1", "voor"),
    }


def _refused(attempt: Callable[[], object]) -> WorkbenchError:
    with pytest.raises(WorkbenchError) as refused:
        attempt()
    return refused.value


def _english_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’]*", text)} & ENGLISH


def test_each_field_error_in_dutch_names_the_field_in_dutch(qtbot, project: Project,
                                                            tmp_path: Path) -> None:
    i18n.install("nl")
    for field, attempt in _bad_inputs(project, tmp_path).items():
        error = _refused(attempt)
        shown = error_text(error)
        assert shown.startswith(field.strip() + ": "), (field, shown)
        assert _english_words(shown) == set(), (field, shown)
        assert dutch(error.args[0]) == shown               # the Dutch documents word it alike


def test_a_choice_error_lists_the_labels_the_user_picks_from(qtbot, project: Project,
                                                             tmp_path: Path) -> None:
    i18n.install("nl")
    inputs = _bad_inputs(project, tmp_path)
    assert error_text(_refused(inputs["soort"])) == \
        "soort: ‘raad’ is niet een van: adviesraad, belanghebbende, speerpuntcluster, andere"
    assert error_text(_refused(inputs["standpunt"])).endswith(
        "voorkeur, steunt, voorwaardelijk, neutraal, tegen, niet behandeld")


def test_in_english_the_gui_and_the_cli_name_the_field_in_english(qtbot, project: Project,
                                                                  tmp_path: Path) -> None:
    inputs = _bad_inputs(project, tmp_path)
    error = _refused(inputs["gevraagd op"])
    assert str(error) == "asked on '2024-13-01' is not a date; write it as YYYY-MM-DD"   # CLI
    assert str(_refused(inputs["datum van de mededeling"])).startswith(
        "the communication's date '31-12-2024' is not a date")
    i18n.install("en")
    try:
        assert error_text(error) == "asked on '2024-13-01' is not a date; write it as YYYY-MM-DD"
        assert error_text(_refused(inputs["soort"])).endswith(
            "advisory council, stakeholder, spearhead cluster, other")
    finally:
        i18n.install("nl")


def test_every_field_the_core_names_in_an_error_has_a_dutch_name() -> None:
    """A new ``check_date(value, "...")`` or ``field="..."`` must name a field of FIELDS, or
    the Dutch error would show the raw English name."""
    root = Path(__file__).resolve().parents[1] / "workbench"
    named: set[str] = set()
    for path in root.rglob("*.py"):
        text = path.read_text("utf-8")
        named |= set(re.findall(r'\bfield="([^"]+)"', text))
        named |= set(re.findall(r'\b(?:check_date|_choice)\([^()]*(?:\([^()]*\))?[^()]*,\s*'
                                r'"([^"]+)"\)', text))
    assert {"asked_on", "received_on", "communication_date", "date", "kind", "status",
            "position", "stance"} <= named
    assert named - set(FIELDS) == set()


def test_a_field_code_not_in_the_map_still_reads_as_words() -> None:
    message = Message("date-invalid", field="signed_on", value="x")
    assert str(message).startswith("signed on 'x'")
    assert dutch(message).startswith("signed on: ‘x’")


def test_a_stale_suggestion_a_failed_export_and_a_damaged_value_are_worded_in_dutch(
        qtbot, project: Project, tmp_path: Path) -> None:
    """Errors the GUI can meet that were plain English text: a suggestion a rescan removed
    while the list still showed it, a document writer that fails, a column of the wrong type."""
    from workbench.errors import NotFound
    from workbench.export.atomic import ExportError, atomic_write

    i18n.install("nl")
    with pytest.raises(NotFound) as stale:
        project.accept_suggestion(999, position="pro")
    assert str(stale.value) == "No suggestion number 999"                  # the CLI
    assert error_text(stale.value) == "Geen suggestie met nummer 999"

    def broken(_path: Path) -> None:
        raise ValueError("kapotte sjabloon")

    with pytest.raises(ExportError) as failed:
        atomic_write(tmp_path / "bijlage.docx", broken)
    assert error_text(failed.value) == \
        "bijlage.docx: exporteren mislukt (ValueError: kapotte sjabloon)"
    damaged = Message("value-wrong-type", count=2, table="quote", column="page",
                      expected="integer")
    assert str(damaged).startswith("Values in quote.page that are not integer as the workbench "
                                   "writes them: 2;")
    assert dutch(damaged).startswith("Waarden in quote.page die geen gehele getallen zijn zoals "
                                     "de workbench ze schrijft: 2;")      # no "waarde(n)"

"""`check` before submission: each problem class, coverage, exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests import docgen
from workbench import Project
from workbench.checks import run_checks
from workbench.cli.main import main

TEXT = ("# Advies\n\nScenario 3 krijgt de voorkeur van de raad.\n\n"
        "Scenario 2 is een uitdoofscenario.\n\nEen alinea zonder belang.\n")


@pytest.fixture
def dossier(project: Project, tmp_path: Path) -> Project:
    project.add_question("Q1", "Scenario's")
    project.add_question("Q2", "Thema's")
    project.add_option("Q1", "S2", "Scenario 2", patterns=["scenario 2", "uitdoofscenario"])
    project.add_option("Q1", "S3", "Scenario 3", patterns=["scenario 3"])
    project.add_option("Q2", "IBN", "Oproep")
    project.add_advisor("VARIO", "VARIO", status="received")
    project.add_advisor("SERV", "SERV", status="asked")
    project.add_advisor("HBC", "HBC", status="received")
    project.import_file(docgen.make_text(tmp_path / "a.md", TEXT), "VARIO")
    return project


def codes(project: Project) -> dict[str, str]:
    return {p.code: p.severity for p in run_checks(project).problems}


def test_each_problem_class(dossier: Project) -> None:
    found = codes(dossier)
    assert found == {"advice-missing": "error", "advice-not-received": "warning",
                     "source-unquoted": "warning", "communication-empty": "warning",
                     "communication-vr-number-missing": "warning"}
    dossier.add_argument("S3", "pro", "Zonder bewijs")
    _q, _ = dossier.quote_for_option(1, option="S3", position="pro", exact="Scenario 3 krijgt "
                                    "de voorkeur", new_argument="Voorkeur van de raad")
    found = codes(dossier)
    assert found["argument-without-quote"] == "error"
    assert found["stance-missing"] == "error"  # VARIO answered Q1 but has no stances on it
    assert "source-unquoted" not in found
    for option in ("S2", "S3"):
        dossier.set_stance("VARIO", option, "not-addressed")
    assert "stance-missing" not in codes(dossier)  # Q2 was not answered: nothing asked there


def test_changed_quote_is_an_error(dossier: Project) -> None:
    q = dossier.add_quote(1, exact="uitdoofscenario")
    # simulate a quote that drifted from its source
    dossier.conn.execute("UPDATE quote SET exact = 'uitdoof scenariootje' WHERE number = ?",
                         (q.number,))
    report = run_checks(dossier)
    assert [p.code for p in report.errors if p.record_key == str(q.number)] in (
        ["quote-changed"], ["quote-lost"])
    assert not report.ok


def test_coverage_counts_quoted_and_not_relevant(dossier: Project) -> None:
    dossier.add_quote(1, exact="uitdoofscenario")
    blocks = [b for b in dossier.source_blocks(1) if b.kind != "heading"]
    dossier.set_not_relevant([blocks[-1].id])
    [cov] = run_checks(dossier).coverage
    assert (cov.processed, cov.paragraphs) == (2, 3)


def test_suggestions_accept_and_dismiss(dossier: Project) -> None:
    found = dossier.suggestions()
    assert {(s.option_key, s.passage) for s in found} == {
        ("S3", "Scenario 3 krijgt de voorkeur van de raad."),
        ("S2", "Scenario 2 is een uitdoofscenario."),
    }
    s3 = next(s for s in found if s.option_key == "S3")
    quote, _arg = dossier.accept_suggestion(s3.id, position="pro", new_argument="Voorkeur")
    assert quote.origin == "suggestion" and quote.exact == s3.passage
    s2 = next(s for s in found if s.option_key == "S2")
    dossier.dismiss_suggestion(s2.id)
    assert dossier.suggestions() == []  # neither comes back: quoted, dismissed


def test_cli_check_exit_codes(dossier: Project, capsys) -> None:
    path = str(dossier.path)
    dossier.close()
    assert main(["check", path, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 1 and report["coverage"][0]["paragraphs"] == 3
    conn = sqlite3.connect(path)
    conn.execute("UPDATE advisor SET status = 'asked' WHERE key = 'HBC'")
    conn.commit()
    conn.close()
    assert main(["check", path]) == 0
    out = capsys.readouterr().out
    assert "0 errors" in out and "WARNING" in out


def test_suggestion_refresh_only_reads_what_is_new(dossier: Project, tmp_path: Path) -> None:
    assert dossier.refresh_suggestions() == 2
    audit_rows = len(dossier.audit())
    assert dossier.refresh_suggestions() == 0          # nothing new: nothing read, nothing written
    assert len(dossier.audit()) == audit_rows
    dossier.import_file(docgen.make_text(tmp_path / "b.md", "Ook scenario 3 is goed."), "VARIO")
    assert [s.passage for s in dossier.suggestions("S3") if s.source_number == 2] == [
        "Ook scenario 3 is goed."]
    dossier.update_option("S2", patterns=["goed"])     # changed patterns: that option rescans
    assert {s.passage for s in dossier.suggestions("S2")} >= {"Ook scenario 3 is goed."}


def test_suggestions_page_through_a_long_list(dossier: Project) -> None:
    everything = dossier.suggestions()
    assert dossier.suggestion_count() == len(everything) == 2
    pages = dossier.suggestions(limit=1) + dossier.suggestions(limit=1, offset=1, refresh=False)
    assert [s.id for s in pages] == [s.id for s in everything]

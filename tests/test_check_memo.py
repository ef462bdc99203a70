"""Checks after an edit read only the sources the session changed (#15), and still report
exactly what checking the whole dossier reports, through every kind of edit and its undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests import docgen
from workbench import Project, check_memo
from workbench.checks import run_checks

A = ("# Advies A\n\nScenario 3 krijgt de voorkeur van de raad.\n\n"
     "Scenario 2 is een uitdoofscenario.\n\nEen alinea zonder belang.\n")
B = "# Advies B\n\nDe basisfinanciering moet blijven.\n\nOok de regionale werking telt.\n"
C = "# Advies C\n\nEen derde advies zonder citaat.\n"


@pytest.fixture
def dossier(project: Project, tmp_path: Path) -> Project:
    project.add_advisor("VARIO", "VARIO", status="received")
    project.add_advisor("SERV", "SERV", status="received")
    for name, text, advisor in (("a.md", A, "VARIO"), ("b.md", B, "SERV")):
        project.import_file(docgen.make_text(tmp_path / name, text), advisor)
    project.add_quote(1, exact="Scenario 3 krijgt de voorkeur")
    project.add_quote(2, exact="basisfinanciering moet blijven")
    return project


def _state(project: Project) -> tuple:
    checks, coverage = check_memo.quote_checks_and_coverage(project)
    report = run_checks(project)
    return (checks, coverage, report.quotes_checked,
            sorted((p.code, p.record_key) for p in report.problems
                   if not p.code.startswith("search-index")))


def _fresh(project: Project) -> tuple:
    """What a check of the whole file reports (a read-only project keeps no memo)."""
    with Project.open(project.path, readonly=True) as whole:
        return _state(whole)


def test_only_the_edited_source_is_read_again(dossier: Project,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    with dossier.worker() as own:
        run_checks(own)
    asked: list[list[int]] = []
    real = Project.verify_quotes_of
    monkeypatch.setattr(Project, "verify_quotes_of",
                        lambda self, ids, numbers, *rows: asked.append(sorted(ids)) or
                        real(self, ids, numbers, *rows))
    dossier.add_quote(2, exact="regionale werking")
    with dossier.worker() as own:
        report = run_checks(own)
    assert asked == [[dossier.source(2).id]]
    assert report.quotes_checked == 3
    with dossier.worker() as own:
        run_checks(own)                      # nothing changed since: nothing read
    assert asked[-1] == []


def _replace_a(project: Project, tmp_path: Path) -> None:
    changed = A.replace("Scenario 3 krijgt de voorkeur", "Scenario 3 krijgt geen voorkeur")
    result = project.import_file(docgen.make_text(tmp_path / "a2.md", changed), "VARIO",
                                 replace=1)
    assert result.ok, result.message()


EDITS: list[tuple[str, Callable[[Project, Path], object]]] = [
    ("add a quote", lambda p, _t: p.add_quote(1, exact="uitdoofscenario")),
    ("delete a quote", lambda p, _t: p.delete_quote(p.quotes()[0].number)),
    ("mark a paragraph not relevant", lambda p, _t: p.set_not_relevant(
        [b.id for b in p.source_blocks(1) if "zonder belang" in b.text])),
    ("replace a source by a changed text", _replace_a),
    ("import another source", lambda p, t: p.import_file(docgen.make_text(t / "c.md", C),
                                                          "SERV")),
    ("delete a source", lambda p, _t: p.delete_source(2)),
    ("rename a source", lambda p, _t: p.update_source(1, title="Nieuw")),
]


@pytest.mark.parametrize("label,edit", EDITS, ids=[e[0] for e in EDITS])
def test_after_each_edit_and_its_undo_the_same_as_checking_everything(
        dossier: Project, tmp_path: Path, label: str,
        edit: Callable[[Project, Path], object]) -> None:
    with dossier.worker() as own:
        assert _state(own) == _fresh(dossier)             # the memo's first, full run
    edit(dossier, tmp_path)
    with dossier.worker() as own:
        after = _state(own)
    assert after == _fresh(dossier), label
    dossier.revert(dossier.last_change)
    with dossier.worker() as own:
        assert _state(own) == _fresh(dossier), f"undo: {label}"


def test_edits_on_a_worker_are_seen_too(dossier: Project) -> None:
    with dossier.worker() as own:
        run_checks(own)
    with dossier.worker() as own:
        own.delete_quote(own.quotes()[0].number)
    with dossier.worker() as own:
        assert _state(own) == _fresh(dossier)

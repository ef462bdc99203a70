"""The app runs the checks on a new worker connection each time (#15): the whole-file damage
scan (quick_check, value types, UTF-8, the search index: seconds on a big dossier) is read
once per opened dossier, not again on every run after an edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import docgen
from workbench import Project, checks


def test_a_second_run_on_a_new_worker_does_not_scan_the_file_again(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project.add_advisor("VARIO", "VARIO", status="received")
    project.import_file(docgen.make_text(tmp_path / "a.md", "# Advies\n\nEen alinea.\n"), "VARIO")
    scans: list[Path] = []
    real = checks._scanned
    monkeypatch.setattr(checks, "_scanned",
                        lambda p, *args: scans.append(p.path) or real(p, *args))
    with project.worker() as own:
        first = checks.run_checks(own)
    project.add_question("Q1", "Een vraag")                # an edit between two runs
    with project.worker() as own:
        second = checks.run_checks(own)
    assert len(scans) == 1
    assert first.quotes_checked == second.quotes_checked == 0
    assert "advice-missing" not in {p.code for p in second.problems}


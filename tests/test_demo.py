"""The demo dossier is the real consultation, processed the way an officer would."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from workbench import Project
from workbench import demo_evidence as data
from workbench.checks import run_checks


def test_demo_is_pinned(demo_path: Path) -> None:
    with Project.open(demo_path, readonly=True) as p:
        assert [o.key for o in p.options()] == ["S1", "S2", "S3", "S4", "3+", "IBN"]
        per_option = Counter((a.option_key, a.position) for a in p.arguments())
        expected = Counter((a.option_key, a.position) for a in data.ARGUMENTS)
        assert per_option == expected
        assert all(a.quote_numbers for a in p.arguments())
        for key in ("S1", "S2", "S3", "S4", "3+"):
            assert p.arguments(key), f"no arguments for {key}"
        assert len(p.quotes()) == len(set(data.all_quotes()))
        assert {c.status for c in p.verify_quotes()} == {"ok"}
        grid = {(s.advisor_key, s.option_key) for s in p.stances()}
        assert grid == {(a, o) for a in ("VARIO", "SPC") for o in data.OPTION_KEYS}


def test_demo_sources_have_their_metadata(demo_path: Path) -> None:
    with Project.open(demo_path, readonly=True) as p:
        by_file = {s.file_name: s for s in p.sources()}
        vario = by_file["vario-advies-36.txt"]
        assert (vario.advisor_key, vario.date) == ("VARIO", "2024-05-06")
        assert by_file["groenboek-mededeling.md"].advisor_key is None  # background
        assert len(by_file) == len(data.DOCUMENTS)


def test_demo_check_reports_only_the_expected_warnings(demo_path: Path) -> None:
    with Project.open(demo_path, readonly=True) as p:
        report = run_checks(p)
    assert report.errors == []
    # the communication is not drafted yet, and has no VR number of its own (#19)
    assert sorted((w.code, w.record_key) for w in report.warnings) == [
        ("advice-not-received", "HBC"), ("advice-not-received", "SERV"),
        ("communication-empty", ""), ("communication-vr-number-missing", "")]
    assert report.quotes_checked == len(set(data.all_quotes()))


def test_quote_pages_and_sections_are_citable(demo_path: Path) -> None:
    with Project.open(demo_path, readonly=True) as p:
        spc = next(s for s in p.sources() if s.file_name.startswith("speerpuntclusters-advies"))
        quotes = p.quotes(spc.number)
        # the clusters' advice is a text file: quotes are cited by their section
        assert any(any("3.3" in h for h in q.heading_path) for q in quotes)

"""The benchmark scripts keep working (bench/make_dossier.py, bench/run.py) on a tiny dossier.

Not a benchmark: no figure is judged here, only that each figure function runs and reports.
"""

from __future__ import annotations

import json

import pytest

from bench import make_dossier, run


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    params = make_dossier.Params(seed=3, sources=5, advisors=2, pages=8, quotes=50, arguments=10)
    first = make_dossier.ensure(params, out, log=lambda _text: None)
    return first


def test_make_dossier_builds_and_caches(generated, tmp_path):
    stats = generated.stats
    assert stats["source"] == 5
    assert stats["quote"] == 50
    assert stats["argument"] == 10
    assert stats["stance"] == 2 * 12
    assert len(list(generated.docs.iterdir())) == 5
    again = make_dossier.ensure(make_dossier.Params(seed=3, sources=5, advisors=2, pages=8,
                                                    quotes=50, arguments=10),
                                generated.folder.parent, log=lambda _text: None)
    assert again.dossier.stat().st_mtime == generated.dossier.stat().st_mtime   # cached


def test_figure_functions_run(generated, tmp_path):
    ctx = run.Context(generated, tmp_path, reps=1, sample=2, queries=1, log=lambda _t: None)
    rows = run.run(ctx, ["import_pdf", "import_docx", "search", "board", "checks", "export",
                         "gui", "first_open"])
    figures = [r.figure for r in rows]
    assert any("PDF import" in f for f in figures)
    assert any("peak memory" in f for f in figures)
    assert all(r.value >= 0 for r in rows)
    text = run.table(rows, run.machine_info())
    assert text.count("\n| ") == len(rows) + 1
    json.dumps([r.__dict__ for r in rows])


def test_fast_dossier_and_its_figures(tmp_path):
    params = make_dossier.Params(seed=3, sources=6, advisors=2, pages=10, quotes=60,
                                 arguments=12, fast=True)
    fast = make_dossier.ensure(params, tmp_path / "cache", log=lambda _text: None)
    assert fast.stats["source"] == 6 and fast.stats["quote"] == 60
    assert fast.stats["argument"] == 12 and fast.stats["pages"] > 0
    assert not fast.docs.exists() or not any(fast.docs.iterdir())     # no documents made
    ctx = run.Context(fast, tmp_path / "work", reps=1, sample=1, queries=1,
                      log=lambda _t: None)
    (tmp_path / "work").mkdir()
    rows = run.run(ctx, ["search", "checks", "board", "import_pdf"])
    assert all(r.value >= 0 for r in rows)
    assert len(list(fast.docs.iterdir())) == 1        # the import sample, made on demand
    from workbench import Project
    from workbench.checks import run_checks

    with Project.open(fast.dossier, readonly=True) as project:
        report = run_checks(project)
    assert report.quotes_checked == 60
    assert not [p for p in report.problems if p.code.startswith("quote-")]   # quotes hold


def test_scale_table(tmp_path):
    from bench import scale

    out = tmp_path / "scale.json"
    assert scale.main(["--sizes", "8,16", "--out", str(tmp_path / "cache"), "--reps", "1",
                       "--no-gui", "--json", str(out)]) == 0
    rows = json.loads(out.read_text())["rows"]
    assert [r["sources"] for r in rows] == [8, 16]
    for row in rows:
        assert row["checks_s"] >= 0 and row["annex_s"] > 0 and row["size_mb"] > 0
    text = scale.table(rows)
    assert "dossier size" in text and "16 sources" in text

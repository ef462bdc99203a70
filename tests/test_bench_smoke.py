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

"""How the figures grow with the dossier (#15): one table over several dossier sizes.

    .venv/bin/python bench/scale.py                          # 200, 2,000 and 10,000 sources
    .venv/bin/python bench/scale.py --sizes 200,2000 --json /tmp/scale.json

Each size is a dossier with the full preset's proportions (per source 10 PDF pages over the
PDFs, 25 quotes, 2.5 arguments), built with ``make_dossier --fast`` (synthetic texts stored
directly: rendering and importing 10,000 PDFs would take hours; the import figures of
``bench/run.py`` use real documents). Per size, in a fresh process each: opening for editing
(core, and the main window to a usable state), search p95, all checks, the annex and the
workbook export, the board's core reads for the biggest option, peak memory and file size.
The last column says, per figure, how it grew from the smallest to the largest size compared
with the dossier (1.0: linear; below 1: better than linear).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import make_dossier, run  # noqa: E402

# (key, label, unit): the columns of one size, in table order
FIGURES = (
    ("open_core_s", "open for editing (Project.open, backup deferred)", "s"),
    ("open_window_s", "first opening to a usable main window", "s"),
    ("backup_s", "first opening: background backup done", "s"),
    ("search_p95_ms", "search p95", "ms"),
    ("checks_first_s", "all checks, first run of a session (as the panel shows them)", "s"),
    ("damage_scan_s", "whole-file damage scan (background, once a session)", "s"),
    ("checks_s", "all checks again after an edit (verify all quotes, coverage, ...)", "s"),
    ("board_ms", "board of the biggest option (core reads)", "ms"),
    ("annex_s", "annex export (content + .docx)", "s"),
    ("workbook_s", "workbook export (content + .xlsx)", "s"),
    ("peak_core_mb", "peak memory, core process (all of the above)", "MB"),
    ("peak_annex_mb", "peak memory, annex export alone (fresh process)", "MB"),
    ("peak_workbook_mb", "peak memory, workbook export alone (fresh process)", "MB"),
    ("peak_gui_mb", "peak memory, GUI process (first opening)", "MB"),
    ("size_mb", "dossier size", "MB"),
)


def _peak_mb() -> float:
    from bench.gui_probe import peak_rss_mb

    peak = peak_rss_mb()
    return float("nan") if peak is None else peak


def measure_one(params: make_dossier.Params, out: Path | None, work: Path, reps: int) -> dict:
    """The core figures of one size, in this process (run it fresh: peak memory is its own)."""
    from workbench import Project
    from workbench.checks import damage_scan, run_checks
    from workbench.export.annex_docx import write_annex_docx
    from workbench.export.build import build_annex_content
    from workbench.export.workbook_xlsx import write_workbook_xlsx

    generated = make_dossier.ensure(params, out, log=lambda _t: None)
    ctx = run.Context(generated, work, reps=reps, queries=reps, log=lambda _t: None)
    result: dict = {"sources": params.sources, **{k: generated.stats.get(k) for k in
                                                  ("quote", "argument", "pages")}}
    copy = work / "edit.cwb"
    shutil.copyfile(generated.dossier, copy)
    t0 = time.perf_counter()
    project = Project.open(copy, defer_backup=True)
    result["open_core_s"] = time.perf_counter() - t0
    try:
        # as the checks panel does: each run on a new worker of the session's project
        t0 = time.perf_counter()
        with project.worker() as own:
            run_checks(own, scan=False)
        result["checks_first_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        with project.worker() as own:
            damage_scan(own)
        result["damage_scan_s"] = time.perf_counter() - t0
        source = project.sources()[len(project.sources()) // 2].number
        block = next(b for b in project.source_blocks(source) if b.kind != "heading")
        project.add_quote(source, start=block.start, end=min(block.end, block.start + 80))
        t0 = time.perf_counter()
        with project.worker() as own:
            run_checks(own, scan=False)
        result["checks_s"] = time.perf_counter() - t0
    finally:
        project.close()

    search = run.figure_search(ctx)
    result["search_p95_ms"] = search[1].value
    result["board_ms"] = run.figure_board_core(ctx)[0].value
    with run.readonly(ctx) as project:
        t0 = time.perf_counter()
        content = build_annex_content(project)
        content_s = time.perf_counter() - t0
    result["annex_s"] = content_s + min(run.timed(
        lambda: write_annex_docx(content, work / "annex.docx"), 1))
    result["workbook_s"] = content_s + min(run.timed(
        lambda: write_workbook_xlsx(content, work / "workbook.xlsx"), 1))
    result["peak_core_mb"] = _peak_mb()
    result["size_mb"] = generated.dossier.stat().st_size / 1e6
    return result


def measure_export_peak(params: make_dossier.Params, out: Path | None, work: Path,
                        what: str) -> dict:
    """Peak memory of one export (content + file) in this process: run it fresh (#15)."""
    from workbench import Project
    from workbench.export.annex_docx import write_annex_docx
    from workbench.export.build import build_annex_content
    from workbench.export.workbook_xlsx import write_workbook_xlsx

    generated = make_dossier.ensure(params, out, log=lambda _t: None)
    with Project.open(generated.dossier, readonly=True) as project:
        content = build_annex_content(project)
    if what == "annex":
        write_annex_docx(content, work / "peak-annex.docx")
    else:
        write_workbook_xlsx(content, work / "peak-workbook.xlsx")
    return {f"peak_{what}_mb": _peak_mb()}


def measure_gui(params: make_dossier.Params, out: Path | None, work: Path) -> dict:
    generated = make_dossier.ensure(params, out, log=lambda _t: None)
    ctx = run.Context(generated, work)
    shutil.rmtree(work / "backups", ignore_errors=True)
    copy = work / "first.cwb"
    shutil.copyfile(generated.dossier, copy)
    done = subprocess.run([run.PYTHON, str(ROOT / "bench" / "gui_probe.py"), str(copy),
                           "--first-open"], env=ctx.env(), capture_output=True, text=True,
                          timeout=1800, cwd=ROOT)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"gui_probe failed ({done.returncode}): {done.stderr[-2000:]}")
    probe = json.loads(lines[-1])
    return {"open_window_s": probe["usable_s"], "backup_s": probe["backup_s"],
            "peak_gui_mb": probe.get("maxrss_mb", float("nan"))}


def _fmt(value: float | None) -> str:
    if value is None or value != value:
        return "n/a"
    return run._fmt(value)


def growth(rows: list[dict], key: str) -> float | None:
    """How a figure grew from the smallest to the largest size, per unit of dossier growth
    (1.0: linear, 0: constant, above 1: faster than the dossier)."""
    first, last = rows[0], rows[-1]
    a, b = first.get(key), last.get(key)
    if not a or b is None or a != a or b != b or last["sources"] == first["sources"]:
        return None
    return (b / a) / (last["sources"] / first["sources"])


def table(rows: list[dict]) -> str:
    head = ["figure", "unit", *[f"{r['sources']:,} sources" for r in rows],
            f"growth / dossier growth ({rows[0]['sources']:,} -> {rows[-1]['sources']:,})"]
    lines = ["| " + " | ".join(head) + " |", "|---|---|" + "---:|" * (len(rows) + 1)]
    lines.append("| quotes / arguments | | " + " | ".join(
        f"{r.get('quote') or 0:,} / {r.get('argument') or 0:,}" for r in rows) + " | |")
    for key, label, unit in FIGURES:
        g = growth(rows, key)
        lines.append(f"| {label} | {unit} | " + " | ".join(_fmt(r.get(key)) for r in rows)
                     + f" | {'' if g is None else f'{g:.2f}'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,2000,10000", help="numbers of sources")
    parser.add_argument("--out", type=Path, help="dossier cache (as make_dossier --out)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "scale.json")
    parser.add_argument("--no-gui", action="store_true", help="core figures only")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)   # a child: one size
    parser.add_argument("--peak", help=argparse.SUPPRESS)            # a child: one export
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.one is not None and args.peak:
        assert args.work is not None
        print(json.dumps(measure_export_peak(make_dossier.Params.scaled(args.one), args.out,
                                             args.work, args.peak)), flush=True)
        return 0
    if args.one is not None:
        assert args.work is not None
        print(json.dumps(measure_one(make_dossier.Params.scaled(args.one), args.out,
                                     args.work, args.reps)), flush=True)
        return 0

    log = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for size in sizes:
        params = make_dossier.Params.scaled(size)
        log(f"# {size} sources: building (cached after the first time)...")
        make_dossier.ensure(params, args.out, log=log)
        with tempfile.TemporaryDirectory(prefix="cwb-scale-") as tmp:
            work = Path(tmp)
            log(f"# {size} sources: core figures...")
            child = [run.PYTHON, str(Path(__file__).resolve()), "--one", str(size),
                     "--work", str(work), "--reps", str(args.reps)]
            if args.out:
                child += ["--out", str(args.out)]
            done = subprocess.run(child, capture_output=True, text=True, cwd=ROOT,
                                  env=run.Context(make_dossier.ensure(params, args.out,
                                                                      log=lambda _t: None),
                                                  work).env())
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            if done.returncode != 0 or not lines:
                raise RuntimeError(f"size {size} failed: {done.stderr[-3000:]}")
            row = json.loads(lines[-1])
            for what in ("annex", "workbook"):
                log(f"# {size} sources: peak memory of the {what} export alone...")
                peak = subprocess.run([*child, "--peak", what], capture_output=True, text=True,
                                      cwd=ROOT, env=run.Context(make_dossier.ensure(
                                          params, args.out, log=lambda _t: None), work).env())
                found = [line for line in peak.stdout.splitlines() if line.startswith("{")]
                if peak.returncode != 0 or not found:
                    raise RuntimeError(f"size {size}, {what}: {peak.stderr[-3000:]}")
                row.update(json.loads(found[-1]))
            if not args.no_gui:
                log(f"# {size} sources: first opening in the main window...")
                row.update(measure_gui(params, args.out, work))
            log("  " + json.dumps(row))
            rows.append(row)
    text = table(rows)
    print(f"Machine: {run.machine_info()}\n\n{text}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": run.machine_info(), "rows": rows}, indent=2)
                         + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

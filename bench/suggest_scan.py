"""Suggestion scan time at consultation scale (#16).

    .venv/bin/python bench/suggest_scan.py                       # 200 and 2,000 sources
    .venv/bin/python bench/suggest_scan.py --sizes 200           # one size
    .venv/bin/python bench/suggest_scan.py --small               # ~20 sources, a quick look

For each size, on a copy of the generated dossier (bench/make_dossier.py: 50,000 quotes, 5,000
arguments, 12 options), one table row per figure:

- first full scan: no source scanned yet, no suggestion stored (a dossier from before
  suggestions, or after the options were redefined): every paragraph ranked against every
  option and every suggestion written;
- full rescan: the officer's evidence changed (one more quote behind an argument), so every
  paragraph is ranked again with the new examples; only what changed is written. This is
  what the panel does after most of the officer's work;
- cold full rescan: the same in a fresh process (the first scan of a session: the app or the
  CLI opened the dossier, nothing of an earlier scan is in memory), run as a child process;
- incremental: one new advice imported, only its paragraphs ranked, compared against a sample
  of each option's strongest suggestions (what the panel does after an import);
- full rescan after an import and new evidence: the first full rescan after the dossier's
  paragraphs changed. The rescans run in the process of the first scan (as in the GUI), which
  keeps what it can between scans (workbench.suggest_rank); a changed set of paragraphs
  changes every word's weight, so this one recomputes the likeness of every paragraph.

Targets (issue #16): a full rescan < 10 s, incremental after an import < 1 s, on 2,000
sources. CPU time is printed beside wall time: on a shared machine it is the steadier figure.

A size that is not in the generator's cache and would take long to generate (2,000 sources) is
made from the largest cached smaller one by copying its sources and paragraphs (``--replicate``,
on by default): the same paragraphs ten times over, with the quotes, arguments and options of
the original. The table says so. The scan reads paragraphs, so this measures what it must.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def replicate(dossier: Path, times: int) -> None:
    """Copy every source with its text and paragraphs ``times - 1`` more times (bench only:
    written with plain SQL, outside the app; the full-text index is not updated)."""
    conn = sqlite3.connect(dossier)
    try:
        top = conn.execute("SELECT max(id), max(number) FROM source").fetchone()
        source_cols = [r[1] for r in conn.execute("PRAGMA table_info(source)")]
        block_cols = [r[1] for r in conn.execute("PRAGMA table_info(block)") if r[1] != "id"]
        for k in range(1, times):
            shifted = {"id": f"id + {k * top[0]}", "number": f"number + {k * top[1]}",
                       "uuid": f"uuid || '-{k}'", "sha256": f"sha256 || '-{k}'",
                       "title": f"title || ' ({k + 1})'"}
            conn.execute(
                f"INSERT INTO source ({', '.join(source_cols)}) SELECT "
                f"{', '.join(shifted.get(c, c) for c in source_cols)} FROM source "
                f"WHERE id <= {top[0]}")
            conn.execute(f"INSERT INTO source_text (source_id, text) SELECT "
                         f"source_id + {k * top[0]}, text FROM source_text "
                         f"WHERE source_id <= {top[0]}")
            names = [f'"{c}"' for c in block_cols]
            values = [f"source_id + {k * top[0]}" if c == "source_id" else f'"{c}"'
                      for c in block_cols]
            conn.execute(f"INSERT INTO block ({', '.join(names)}) SELECT {', '.join(values)} "
                         f"FROM block WHERE source_id <= {top[0]}")
        conn.execute("UPDATE number_counter SET last = (SELECT max(number) FROM source) "
                     "WHERE kind = 'source'")
        conn.commit()
    finally:
        conn.close()


def dossier_for(sources: int, args: argparse.Namespace) -> tuple[Path, str]:
    """A generated dossier of ``sources`` sources (or a replicated one), and how it was made."""
    from bench import make_dossier

    params = make_dossier.params_from_args(args)
    params = make_dossier.Params(**{**params.__dict__, "sources": sources,
                                    "pages": max(1, params.pages * sources // 2000)})
    folder = make_dossier.cache_root(args.out) / params.key()
    if (folder / "params.json").exists() or not args.replicate or sources <= 200:
        generated = make_dossier.ensure(params, args.out, workers=args.workers)
        return generated.dossier, "generated"
    base = sources // 10
    smaller, _ = dossier_for(base, args)
    return smaller, f"×10 copy of the {base}-source dossier"


def measure(path: Path, made: str, tmp: Path) -> list[tuple[str, str]]:
    from workbench import Project

    copy = tmp / f"dossier-{path.parent.name}.cwb"
    shutil.copy2(path, copy)
    if made.startswith("×"):
        replicate(copy, 10)
    project = Project.open(copy)
    try:
        conn = project.conn
        sources = conn.execute("SELECT count(*) FROM source").fetchone()[0]
        paragraphs = conn.execute("SELECT count(*) FROM block WHERE kind != 'heading'"
                                  ).fetchone()[0]
        quotes = conn.execute("SELECT count(*) FROM quote").fetchone()[0]
        rows = [("dossier", f"{sources} sources, {paragraphs} paragraphs, {quotes} quotes, "
                            f"{len(project.options())} options ({made})")]

        def timed(name: str, call) -> None:
            load = _load()
            started, cpu = time.perf_counter(), time.process_time()
            result = call()
            wall, used = time.perf_counter() - started, time.process_time() - cpu
            rows.append((name, f"{wall:6.2f} s wall, {used:6.2f} s CPU ({result}; "
                               f"load {load} -> {_load()})"))

        conn.execute("DELETE FROM suggestion_scan")
        conn.execute("DELETE FROM suggestion")
        timed("first full scan", lambda: f"{project.refresh_suggestions()} suggestions")
        # The officer quotes a passage for an argument: a new example for its option.
        argument = project.arguments()[0]
        block = next(b for b in project.source_blocks(1)
                     if b.kind != "heading" and len(b.text) > 60)
        quote = project.add_quote(1, start=block.start, end=block.start + 60)
        project.link_quotes(argument.number, [quote.number])
        timed("full rescan after new evidence",
              lambda: f"{project.refresh_suggestions()} new suggestions")
        project.close()                           # the child process takes the dossier
        rows.append(("cold full rescan (fresh process, new evidence)", cold_rescan(copy)))
        project = Project.open(copy)
        conn = project.conn
        docs = path.parent / "docs"
        template = next((p for p in sorted(docs.iterdir()) if p.suffix == ".txt"), None) \
            if docs.is_dir() else None
        if template is not None:
            text = template.read_text("utf-8")
        else:                                     # a --fast dossier has no text documents
            text = conn.execute("SELECT text FROM source_text ORDER BY source_id LIMIT 1"
                                ).fetchone()[0]
        new_doc = tmp / "nieuw-advies.txt"        # a new advice (not a duplicate)
        new_doc.write_text(text + "\n\nEen nieuw besluit over "
                           "scenario 3 en de verdere financiering.\n", "utf-8")
        result = project.import_file(new_doc, project.advisors()[0].key,
                                     title="Nieuw advies (bench)")
        assert result.source is not None, result.message()
        timed("incremental after one import",
              lambda: f"{project.refresh_suggestions()} new suggestions")
        # New evidence after the import: every paragraph again, and the dossier's words have
        # changed (the new advice's), so nothing computed from their weights can be reused.
        quote = project.add_quote(1, start=block.start, end=block.start + 50)
        project.link_quotes(project.arguments()[1].number, [quote.number])
        timed("full rescan after an import and new evidence",
              lambda: f"{project.refresh_suggestions()} new suggestions")
    finally:
        project.close()
    return rows


def new_evidence(project, argument_index: int, length: int) -> None:
    """The officer quotes the start of a paragraph of source 1 behind an argument."""
    argument = project.arguments()[argument_index]
    block = next(b for b in project.source_blocks(1)
                 if b.kind != "heading" and len(b.text) > 60)
    quote = project.add_quote(1, start=block.start, end=block.start + length)
    project.link_quotes(argument.number, [quote.number])


def _load() -> str:
    """The 1-minute load average (the machine is shared: it says what a wall time means)."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):      # Windows has none
        return "?"


def cold_rescan(dossier: Path) -> str:
    """The full rescan after new evidence in a fresh process: what a session's first scan
    costs (its CPU time is the child's own)."""
    load = _load()
    done = subprocess.run([sys.executable, __file__, "--cold-child", str(dossier)],
                          capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return (f"{figures['wall']:6.2f} s wall, {figures['cpu']:6.2f} s CPU "
            f"({figures['new']} new suggestions; load {load} -> {_load()})")


def cold_child(dossier: Path) -> int:
    from workbench import Project

    project = Project.open(dossier)
    try:
        new_evidence(project, 3, 58)
        started, cpu = time.perf_counter(), time.process_time()
        new = project.refresh_suggestions()
        wall, used = time.perf_counter() - started, time.process_time() - cpu
    finally:
        project.close()
    print(json.dumps({"wall": wall, "cpu": used, "new": new}))
    return 0


def main(argv: list[str] | None = None) -> int:
    if argv is None and sys.argv[1:2] == ["--cold-child"]:
        return cold_child(Path(sys.argv[2]))
    from bench import make_dossier

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    make_dossier.add_arguments(parser)
    parser.add_argument("--sizes", default="200,2000",
                        help="numbers of sources, comma-separated (default 200,2000)")
    parser.add_argument("--no-replicate", dest="replicate", action="store_false",
                        help="generate every size instead of copying a smaller one")
    args = parser.parse_args(argv)
    sizes = [make_dossier.PRESETS["small"].sources] if args.small else [
        int(s) for s in args.sizes.split(",")]
    table: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="cwb-suggest-") as tmp:
        for size in sizes:
            path, made = dossier_for(size, args)
            for name, value in measure(path, made, Path(tmp)):
                target = {"full rescan after new evidence": "< 10 s at 2,000 sources",
                          "cold full rescan (fresh process, new evidence)": "< 10 s",
                          "full rescan after an import and new evidence": "< 10 s",
                          "incremental after one import": "< 1 s"}.get(name, "")
                table.append((f"{size} sources: {name}", value, target))
    width = max(len(r[0]) for r in table)
    print(f"{'figure':<{width}}  value  [target]")
    for name, value, target in table:
        print(f"{name:<{width}}  {value}" + (f"  [{target}]" if target else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""import, sources, text, search."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from workbench.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    Subparsers,
    command,
    emit,
    open_project,
    table,
    to_jsonable,
)
from workbench.cli.console import ProgressLine, expand_wildcards
from workbench.display import for_display
from workbench.sources import ImportResult


def _progress(enabled: bool) -> Callable[[int, int, Path], None] | None:
    if not enabled:
        return None
    line = ProgressLine(sys.stderr)

    def show(done: int, total: int, path: Path) -> None:
        # ``done`` counts files committed (or failed): never more than is really stored.
        if done < total:
            line.show(f"[{done}/{total} stored] reading {path.name}")
        else:
            line.done(f"[{total}/{total} stored] done")

    return show


def _result_json(result: ImportResult) -> dict[str, Any]:
    out: dict[str, Any] = {"file": str(result.file), "ok": result.ok, "replaced": result.replaced}
    if result.source is not None:
        out["source"] = to_jsonable(result.source)
    if result.problem is not None:
        out["problem"] = {"reason": result.problem.reason, "message": result.problem.message,
                          "hint": result.problem.hint}
    if result.duplicate_of is not None:
        out["duplicate_of"] = result.duplicate_of
    return out


def cmd_import(args: argparse.Namespace) -> int:
    args.paths = expand_wildcards(args.paths)      # cmd.exe/PowerShell leave *.pdf to us
    with open_project(args) as project:
        if args.replace is not None:
            if len(args.paths) != 1:
                raise SystemExit("workbench: --replace takes exactly one file")
            results = [project.import_file(args.paths[0], args.advisor, title=args.title,
                                           date=args.date, reference=args.reference,
                                           replace=args.replace)]
        else:
            show = _progress(not args.json and sys.stderr.isatty())
            results = project.import_files(args.paths, args.advisor, title=args.title,
                                           date=args.date, reference=args.reference,
                                           progress=show)
    failed = [r for r in results if not r.ok]
    summary = {"imported": len(results) - len(failed), "failed": len(failed),
               "results": [_result_json(r) for r in results]}

    def lines() -> Iterator[str]:
        for r in results:
            yield for_display(r.message()) + (f" — {r.problem.hint}" if r.problem and r.problem.hint and
                                 r.problem.reason != "duplicate" else "")
        yield f"{summary['imported']} imported, {summary['failed']} failed"

    emit(args, summary, lines)
    return EXIT_PROBLEM if failed else EXIT_OK


def cmd_sources(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        sources = project.sources(args.advisor)
        rows = [[s.number, s.advisor_key or "-", for_display(s.title, 60), s.date or "",
                 s.page_count or "", for_display(s.file_name)] for s in sources]
        emit(args, sources,
             lambda: table(rows, ["#", "advisor", "title", "date", "pages", "file"]))
    return EXIT_OK


def cmd_text(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        source = project.source(args.source)
        blocks = project.source_blocks(args.source)
        value = {"source": source, "blocks": blocks}

        def lines() -> Iterator[str]:
            for b in blocks:
                where = f"p.{b.page}" if b.page else " > ".join(b.heading_path)[-40:]
                indent = "#" * (b.level or 1) + " " if b.kind == "heading" else ""
                number = f"¶{b.paragraph} " if b.paragraph else ""
                yield f"[{number}{b.kind} {where}] {indent}{b.text}"

        emit(args, value, lines)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        hits = project.search(args.query, source=args.source, limit=args.limit)

        def lines() -> Iterator[str]:
            for h in hits:
                where = f"p. {h.page}" if h.page else " > ".join(h.heading_path) or "-"
                yield f"source {h.source_number} ({h.advisor_key or '-'}), {where}: {h.snippet}"
            yield f"{len(hits)} hits"

        emit(args, hits, lines)
    return EXIT_OK


def register(sub: Subparsers) -> None:
    p = command(sub, "import", "import advice documents (PDF, DOCX, ODT, HTML, TXT, MD)", cmd_import)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--advisor", metavar="KEY", help="the advisor who sent them (omit: background)")
    p.add_argument("--title")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--reference")
    p.add_argument("--replace", metavar="SOURCE", help="a new version of this source number")

    p = command(sub, "sources", "list the imported sources", cmd_sources)
    p.add_argument("--advisor", metavar="KEY")

    p = command(sub, "text", "a source's extracted text, block by block", cmd_text)
    p.add_argument("source", metavar="SOURCE", help="source number")

    p = command(sub, "search", "full-text search over all sources", cmd_search)
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--source", metavar="SOURCE")
    p.add_argument("--limit", type=int, default=20)

"""What every subcommand shares: opening the dossier, printing text or JSON, exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any, TypeAlias

from workbench.project import Project

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
EXIT_CODES_HELP = ("exit codes: 0 success; 1 the command ran but found a problem (failed files, "
                   "failed checks); 2 bad usage, or a file that is not a dossier, is damaged or "
                   "was changed outside the workbench; 3 the dossier is open for editing by "
                   "someone else (try again later, or read it with a read-only command)")

Handler = Callable[[argparse.Namespace], int]


def add_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.cwb", help="the dossier file")


# The object ``add_subparsers`` returns (argparse names it privately).
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON only, for scripts")


def command(sub: Subparsers, name: str, help: str, func: Handler,
            **defaults: object) -> argparse.ArgumentParser:
    """A subcommand taking the dossier file and --json, run by ``func``."""
    parser = sub.add_parser(name, help=help)
    add_file(parser)
    add_json(parser)
    parser.set_defaults(func=func, **defaults)
    return parser


def group(sub: Subparsers, name: str, help: str) -> Subparsers:
    """A command with actions (``workbench quote add|list|delete``)."""
    return sub.add_parser(name, help=help).add_subparsers(dest="action", required=True,
                                                          metavar="ACTION")


def open_project(args: argparse.Namespace, *, readonly: bool = False) -> Project:
    project = Project.open(args.file, readonly=readonly)
    for warning in project.warnings:     # a failed backup, a network share: said, not silent
        sys.stderr.write(f"workbench: warning: {warning}\n")
    return project


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def emit(args: argparse.Namespace, value: Any, lines: Iterable[str] | Callable[[], Iterable[str]]) -> None:
    """Print ``value`` as JSON with --json, otherwise the human-readable lines."""
    if getattr(args, "json", False):
        print_json(value)
        return
    for line in (lines() if callable(lines) else lines):
        print(line)


def table(rows: Sequence[Sequence[object]], headers: list[str]) -> list[str]:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return [fmt.format(*headers).rstrip(), *(fmt.format(*map(str, r)).rstrip() for r in rows)]

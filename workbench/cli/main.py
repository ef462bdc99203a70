"""Entry point of the ``workbench`` command."""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import sys
from typing import NoReturn

from workbench import failures
from workbench.cli.common import EXIT_CODES_HELP, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from workbench.cli.console import use_utf8_output
from workbench.errors import WorkbenchError
from workbench.version import __version__

# Each module contributes subcommands through register(subparsers).
COMMAND_MODULES = (
    "workbench.cli.dossier_cmds",
    "workbench.cli.source_cmds",
    "workbench.cli.evidence_cmds",
    "workbench.cli.export_cmds",
    "workbench.cli.safety_cmds",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not a usage dump
        sys.stderr.write(f"{self.prog}: {message} (see {self.prog} --help)\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workbench", description="Consultation Workbench: process written "
                     "advice into a traceable pro/con communication.",
                     epilog=EXIT_CODES_HELP)
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    # A frozen (PyInstaller) build starts import workers as itself: let them in (#13).
    multiprocessing.freeze_support()
    use_utf8_output()        # a redirected Windows console would write cp1252 and fail on "≥"
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except WorkbenchError as exc:
        if args.debug:
            raise
        sys.stderr.write(f"workbench: {exc}\n")
        return getattr(exc, "exit_code", EXIT_USAGE)
    except BrokenPipeError:  # output piped into head/less that closed early
        sys.stderr.close()
        return EXIT_OK
    except (OSError, RuntimeError) as exc:
        if args.debug:
            raise
        sys.stderr.write(f"workbench: {exc}\n")
        return EXIT_PROBLEM
    except failures.DAMAGE as exc:
        # a damaged dossier (or a full disk) read deep in the core: one line, not a traceback
        error = failures.explain(exc, getattr(args, "file", None))
        if args.debug or error is None:
            raise
        sys.stderr.write(f"workbench: {error}\n")
        return getattr(error, "exit_code", EXIT_USAGE)
    except KeyboardInterrupt:
        sys.stderr.write("workbench: interrupted\n")
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

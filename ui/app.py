"""Entry point of ``workbench-app``: the desktop application."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from workbench import Project, WorkbenchError
from workbench.version import __version__

ORGANISATION = "Vlaamse overheid"
APPLICATION = "Consultation Workbench"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    return app


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workbench-app")
    parser.add_argument("file", nargs="?", type=Path, help="dossier to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo dossier (built on first use)")
    return parser.parse_args(argv)


def launch(args: argparse.Namespace):
    """Open what the command line asks for and show the main window (returned)."""
    from ui.main_window import MainWindow

    project = None
    if args.file is not None:
        if args.demo and not args.file.exists():
            from workbench.demo import build_demo

            project = build_demo(args.file)
        else:
            project = Project.open(args.file)
    window = MainWindow(project)
    window.show()
    return window


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_application()
    try:
        window = launch(args)
    except WorkbenchError as exc:
        sys.stderr.write(f"workbench-app: {exc}\n")
        return 2
    code = app.exec()
    window.deleteLater()
    return code


if __name__ == "__main__":
    raise SystemExit(main())

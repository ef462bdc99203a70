"""Entry point of ``workbench-app``: the desktop application."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QApplication

from workbench import WorkbenchError
from workbench.version import __version__

ORGANISATION = "Vlaamse overheid"
APPLICATION = "Consultation Workbench"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication | None, QApplication.instance()) or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    from ui.icons import icon

    app.setWindowIcon(icon("workbench"))      # the same picture as the .exe's icon (#17)
    return app


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workbench-app")
    parser.add_argument("file", nargs="?", type=Path, help="dossier to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo dossier (built on first use)")
    # For the bundle's smoke test: show the window, print its title, quit after a second.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _smoke_test(app: QApplication, window) -> None:
    """Report that the window is on screen (stdout), then quit: exit code 0, or 1 if it is not."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        if window.isVisible():
            line = f"window shown: {window.windowTitle()}"
            logging.getLogger("workbench").info(line)   # a windowed .exe on Windows has no stdout
            if sys.stdout is not None:
                print(line, flush=True)
            QTimer.singleShot(1000, app.quit)
        else:
            logging.getLogger("workbench").error("smoke test: the main window was not shown")
            app.exit(1)

    QTimer.singleShot(0, report)


def launch(args: argparse.Namespace):
    """Show the main window and open what the command line asks for (returns the window).

    A dossier that cannot be opened is explained in a message box (a windowed .exe on Windows
    has no stderr), a locked one asks what to do; either way the window stays, on its start
    screen when nothing could be opened."""
    from ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if args.smoke_test:                  # never block an unattended run on a dialog
        def log_failure(path, error) -> None:
            logging.getLogger("workbench").error("cannot open %s: %s", path, error)

        setattr(window, "open_failed", log_failure)  # noqa: B010 - this window's only
    if args.file is not None:
        if args.demo and not args.file.exists():
            _open_new_demo(window, args.file)
        else:
            window.open_path(args.file)
    elif args.demo:
        window.open_demo()
    return window


def _open_new_demo(window, path: Path) -> None:
    from ui import settings
    from workbench.demo import build_demo

    try:
        project = build_demo(path)
    except (WorkbenchError, OSError) as exc:
        window.open_failed(path, exc)
        return
    settings.add_recent_file(path)
    window.set_project(project)


def main(argv: list[str] | None = None) -> int:
    # A frozen (PyInstaller) build starts import workers as itself: let them in (#13).
    multiprocessing.freeze_support()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_application()
    from ui.crash import install_crash_handler

    install_crash_handler()
    from ui import i18n

    i18n.install_saved(app)              # the language chosen in Beeld > Taal last time
    window = launch(args)
    if args.smoke_test:
        _smoke_test(app, window)
    code = app.exec()
    window.deleteLater()
    from workbench.scan_process import close_scan_process

    close_scan_process()                 # the suggestion scan's process ends with the app
    return code


if __name__ == "__main__":
    raise SystemExit(main())

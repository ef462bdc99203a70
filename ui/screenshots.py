"""Render the main views of the demo dossier to PNG files, offscreen, without a display.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def take(outdir: Path, language: str = "nl") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ui import i18n
    from ui.app import make_application

    app = make_application()
    scratch = Path(tempfile.mkdtemp(prefix="cwb-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "qt"))
    i18n.install(language, app)
    from ui.main_window import MainWindow
    from workbench.demo import build_demo

    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def grab(widget, name: str) -> None:
        _settle(app)
        path = outdir / f"{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    grab(window, "01-start-screen")
    project = build_demo(scratch / "demo.cwb")
    window.set_project(project)
    reader = window.workspace.reader
    quoted = project.quotes()[0]
    window.workspace.reader.show_quote(quoted.number)
    grab(window, "02-reader")
    window.workspace.board.set_option("S3")
    window.show_board()
    grab(window, "03-option-board")
    window.show_matrix()
    grab(window, "04-stance-matrix")
    window.workspace.search.query.setText("basisfinanciering")
    window.workspace.search.search()
    window.workspace.checks.refresh()
    window.workspace.docks[2].raise_()
    window.show_reader()
    grab(window, "05-search-and-checks")
    from ui.dialogs.quote_dialog import QuoteDialog

    dialog = QuoteDialog(project, quoted.exact, window, "S3")
    dialog.show()
    grab(dialog, "06-quote-dialog")
    dialog.close()
    from ui.dialogs.structure import OptionDialog

    dialog = OptionDialog(project.option("S3"), project.questions(), project.advisors(), window)
    dialog.show()
    grab(dialog, "07-option-dialog")
    dialog.close()
    del reader
    window.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        sys.stderr.write("usage: python -m ui.screenshots OUTDIR [nl|en]\n")
        return 2
    for path in take(Path(args[0]), args[1] if len(args) > 1 else "nl"):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

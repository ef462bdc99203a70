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


MAX_BYTES = 250_000


def _shrink(path: Path) -> None:
    """Keep committed screenshots small: 256 colours (no dithering) when a PNG is big."""
    if path.stat().st_size <= MAX_BYTES:
        return
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with the dev tools
        return
    with Image.open(path) as image:
        reduced = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE,
                                                dither=Image.Dither.NONE)
    reduced.save(path, optimize=True)


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
    from workbench import Project
    from workbench.demo import build_demo

    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def grab(widget, name: str) -> None:
        _settle(app)
        path = outdir / f"{name}.png"
        widget.grab().save(str(path))
        _shrink(path)
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
    window.workspace.search.query.setText("financiering")
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

    option = OptionDialog(project.option("S3"), project.questions(), project.advisors(), window)
    option.show()
    grab(option, "07-option-dialog")
    option.close()
    composer = window.workspace.composer
    window.show_composer()
    composer.draft_from_evidence()
    composer.select_section(project.sections()[3].id)
    grab(window, "08-communication")
    from ui.exporting import ExportDialog

    export = ExportDialog(project.path, window)
    export.folder.setText(str(scratch))
    export.show()
    grab(export, "09-export-dialog")
    export.close()
    window.workspace.board.set_option("S3")
    window.show_board()
    audit = window.show_audit()               # nothing selected: the whole dossier
    grab(audit, "10-change-history")
    audit.close()
    window.close()
    viewer = MainWindow()
    viewer.resize(1440, 900)
    viewer.show()
    viewer.set_project(Project.open(scratch / "demo.cwb", readonly=True))
    viewer.workspace.board.set_option("S3")
    viewer.show_board()
    grab(viewer, "11-read-only")
    viewer.close()
    del reader
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

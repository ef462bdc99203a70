"""Render the main views of the demo dossier to PNG files, offscreen, without a display.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots OUTDIR [nl|en]
    QT_QPA_PLATFORM=offscreen python -m ui.screenshots --guide [OUTDIR] [nl|en]

``--guide`` makes the pictures of the user guide (resources/guide/img by default, with ``en``
the English guide's resources/guide/en/img, the interface in English): one per step the guide
describes, about 900 pixels wide, 256 colours, so that the bundle stays small.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget


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


def _start(language: str) -> tuple[QApplication, Path]:
    """The application, with settings and backups in a scratch folder (not the user's)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ui import i18n
    from ui.app import make_application

    app = make_application()
    scratch = Path(tempfile.mkdtemp(prefix="cwb-shots-"))
    os.environ["CWB_BACKUP_DIR"] = str(scratch / "backups")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "qt"))
    i18n.install(language, app)
    return app, scratch


def take(outdir: Path, language: str = "nl") -> list[Path]:
    app, scratch = _start(language)
    from ui.main_window import MainWindow
    from ui.next_step import finish_journey
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
    finish_journey(project.path)         # pictures of the views, not of the next-step bar
    window.set_project(project)
    # the suggestions are scanned in the background on opening: show them, not "Zoeken..."
    _wait(app, lambda: window.workspace.suggestions.model.rowCount() > 0)
    suggestions = window.workspace.suggestions     # one in hand: its verdicts are live
    suggestions.view.setCurrentIndex(suggestions.model.index(0, 0))
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
    # The checks run off the GUI thread: wait for the result, not a busy, empty panel.
    _wait(app, lambda: window.workspace.checks.checked and not window.workspace.checks.busy)
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
    # The checks follow the draft after a pause: show them after it, not "nog geen tekst".
    checks = window.workspace.checks
    _wait(app, lambda: checks.follow.isActive() or checks.busy, 2.0)
    _wait(app, lambda: not checks.follow.isActive() and not checks.busy)
    grab(window, "08-communication")
    from ui.exporting import ExportDialog

    export = ExportDialog(project.path, window)
    export.folder.setText(r"C:\Users\an.peeters\Documents\Clusterbeleid")   # not a temp path
    export.show()
    grab(export, "09-export-dialog")
    export.close()
    window.workspace.board.set_option("S3")
    window.show_board()
    audit = window.show_audit()               # nothing selected: the whole dossier
    grab(audit, "10-change-history")
    audit.close()
    from ui.todo_dialog import TodoDialog

    todo = window.show_todo()                 # Help > Wat moet ik nog doen?
    assert isinstance(todo, TodoDialog)
    _wait(app, lambda: todo.report is not None and not window.workspace.checks.busy)
    grab(todo, "12-what-to-do")
    todo.close()
    guide = window.show_guide()               # Help > Handleiding (F1), at the board's page
    guide.resize(1200, 800)
    grab(guide, "13-user-guide")
    guide.close()
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


GUIDE_WIDTH = 900
GUIDE_WINDOW = (1280, 800)         # the main window in the guide (scaled to GUIDE_WIDTH)


def _wait(app: QApplication, ready: Callable[[], bool], seconds: float = 20.0) -> None:
    """Process events until ``ready()`` (a background task done), or give up after a while."""
    import time

    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    _settle(app)


def _save_small(image: QImage, path: Path) -> None:
    """At most GUIDE_WIDTH pixels wide, 256 colours: a guide page loads fast, the bundle stays
    small, and text stays sharp (no dithering)."""
    from PySide6.QtCore import Qt

    if image.width() > GUIDE_WIDTH:
        image = image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    image.save(str(path))
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with the dev tools
        return
    with Image.open(path) as opened:
        reduced = opened.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE,
                                                 dither=Image.Dither.NONE)
    reduced.save(path, optimize=True)


def _from_the_start(dialog: QWidget) -> QWidget:
    """Long fields show their beginning, as when the user opens the dialog and reads."""
    from PySide6.QtWidgets import QLineEdit

    for field in dialog.findChildren(QLineEdit):
        field.setCursorPosition(0)
        field.deselect()
    return dialog


def take_guide(outdir: Path | None = None, language: str = "nl") -> list[Path]:
    """The pictures of the user guide (resources/guide/img, or resources/guide/<language>/img),
    from the demo dossier, the interface in ``language``."""
    app, scratch = _start(language)
    from PySide6.QtWidgets import QLineEdit

    from ui.backup_dialog import BackupDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.new_dossier import NewDossierDialog
    from ui.dialogs.quote_dialog import QuoteDialog
    from ui.dialogs.stance_dialog import StanceDialog
    from ui.dialogs.structure import AdvisorDialog, OptionDialog
    from ui.exporting import ExportDialog
    from ui.main_window import MainWindow
    from ui.next_step import finish_journey
    from ui.todo_dialog import TodoDialog
    from workbench import Project, backups
    from workbench.demo import build_demo
    from workbench.resources import resource_path

    folder = outdir or (resource_path("guide") / "img" if language == "nl"
                        else resource_path("guide") / language / "img")
    folder.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def grab(widget: QWidget, name: str) -> None:
        _settle(app)
        path = folder / f"{name}.png"
        _save_small(widget.grab().toImage(), path)
        shots.append(path)

    def grab_dialog(dialog: QWidget, name: str) -> None:
        dialog.show()
        grab(dialog, name)
        dialog.close()

    def window() -> MainWindow:
        made = MainWindow()
        made.resize(*GUIDE_WINDOW)
        made.show()
        return made

    main = window()
    grab(main, "startscherm")
    new = NewDossierDialog(main)
    new.title.setText("Groenboek clusterbeleid")
    new.title.deselect()
    # the folder of a ministry laptop, not the scratch folder of the machine making pictures
    new.file.setText(r"C:\Users\an.peeters\Documents\Groenboek clusterbeleid.cwb")
    new.file.setCursorPosition(0)
    grab_dialog(new, "nieuw-dossier")
    main.set_project(Project.create(scratch / "Groenboek clusterbeleid.cwb",
                                    "Groenboek clusterbeleid", "VR 2024 2203 MED.0096/2BIS"))
    grab(main, "volgende-stap")
    main.set_project(None)

    project = build_demo(scratch / "demo.cwb")
    project.suggestions(refresh=True, limit=1)      # stored, so the panel shows them at once
    finish_journey(project.path)    # the bar has its own picture (volgende-stap)
    main.set_project(project)
    session = main.session
    assert session is not None
    grab_dialog(_from_the_start(OptionDialog(project.option("S3"), project.questions(),
                                             project.advisors(), main)), "optie")
    grab_dialog(AdvisorDialog(project.advisor("VARIO"), main), "adviesinstantie")
    importing = ImportDialog(session, [Path("vario-advies-36.pdf")], main, "VARIO")
    for field in importing.findChildren(QLineEdit):
        if field.placeholderText().endswith(("Advies 36", "Advice 36")):
            field.setText("Advies 36")
    grab_dialog(importing, "importeren")
    vario = next(s for s in project.sources() if s.advisor_key == "VARIO")
    quoted = project.quotes(source=vario.number)[0]
    main.workspace.reader.show_quote(quoted.number)
    main.show_reader()
    main.workspace.docks[1].raise_()
    grab(main, "lezer")
    grab_dialog(QuoteDialog(project, quoted.exact, main, "S3"), "citeren")
    main.workspace.board.set_option("S3")
    main.show_board()
    grab(main, "optiebord")
    main.show_matrix()
    grab(main, "standpunten")
    grab_dialog(StanceDialog(project, "VARIO", "S3", main), "standpunt")
    suggestions = main.workspace.suggestions
    _wait(app, lambda: suggestions.model.rowCount() > 0)
    suggestions.view.setCurrentIndex(suggestions.model.index(0, 0))
    suggestions.open_current()
    main.workspace.docks[1].raise_()
    grab(main, "suggesties")
    main.show_reader()
    main.run_checks()
    _wait(app, lambda: main.workspace.checks.checked and not main.workspace.checks.busy)
    grab(main, "controles")
    todo = main.show_todo()
    assert isinstance(todo, TodoDialog)
    _wait(app, lambda: todo.report is not None and not main.workspace.checks.busy)
    grab_dialog(todo, "wat-nog-doen")
    composer = main.workspace.composer
    main.show_composer()
    composer.draft_from_evidence()
    composer.select_section(project.sections()[3].id)
    grab(main, "mededeling")
    export = ExportDialog(project.path, main)
    export.folder.setText(r"C:\Users\an.peeters\Documents\Clusterbeleid")
    grab_dialog(export, "exporteren")
    backups.snapshot(project.path, "manual")
    grab_dialog(BackupDialog(project.path, main), "back-ups")
    main.close()
    viewer = window()
    viewer.set_project(Project.open(scratch / "demo.cwb", readonly=True))
    viewer.workspace.board.set_option("S3")
    viewer.show_board()
    grab(viewer, "alleen-lezen")
    viewer.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--guide":
        language = next((a for a in args[1:] if a in ("nl", "en")), "nl")
        folder = next((Path(a) for a in args[1:] if a not in ("nl", "en")), None)
        for path in take_guide(folder, language):
            print(path)
        return 0
    if not args:
        sys.stderr.write("usage: python -m ui.screenshots OUTDIR [nl|en] | --guide [OUTDIR] "
                         "[nl|en]\n")
        return 2
    for path in take(Path(args[0]), args[1] if len(args) > 1 else "nl"):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

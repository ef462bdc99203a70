"""Run by bench/run.py in a fresh subprocess (offscreen Qt): open a dossier in the main window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_probe.py DOSSIER [--option KEY]

Prints one JSON line: ``import_s`` (PySide6 + ui imports), ``open_s`` (Project.open, MainWindow,
show, events processed until the window is visible), ``board_s`` (the board switched to
``--option``: its three column models reloaded and shown), ``matrix_s`` (the stance matrix model
reloaded), ``maxrss_mb`` (peak resident memory of this process, after all that).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_probe.py BIG.cwb --stalls OTHER.cwb

runs the stall probe instead (#14, ``bench/gui_stalls.py``): the longest time the GUI thread
did not answer during each step of a scripted journey over ``BIG`` (switching to ``OTHER`` and
back at the end), as a table.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def peak_rss_mb() -> float | None:
    """Peak resident memory of this process; None where the OS does not say (``resource`` is
    POSIX-only: importing it on Windows fails, #17)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024   # bytes vs KiB


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dossier", type=Path)
    parser.add_argument("--option", help="option whose board to show after opening")
    parser.add_argument("--first-open", action="store_true",
                        help="open through the window as a user does (File > Open): time to a "
                             "usable window, then until the background backup is done (#15)")
    parser.add_argument("--stalls", type=Path, metavar="OTHER",
                        help="the stall probe: a journey over DOSSIER, then to OTHER and back")
    parser.add_argument("--export-s", type=float, default=120.0,
                        help="with --stalls: cancel the export after this many seconds")
    args = parser.parse_args(argv)
    if args.stalls:
        from bench import gui_stalls

        code = gui_stalls.main(args.dossier, args.stalls, export_s=args.export_s)
        sys.stdout.flush()
        os._exit(code)           # skip interpreter teardown: PySide6 may crash in it
    if args.first_open:
        return first_open(args.dossier)

    from ui.app import make_application
    from ui.main_window import MainWindow
    from workbench import Project

    app = make_application()
    imported = time.perf_counter()
    out: dict[str, float] = {"import_s": imported - STARTED}

    t0 = time.perf_counter()
    project = Project.open(args.dossier)
    window = MainWindow(project)
    window.show()
    while not window.isVisible():
        app.processEvents()
    _settle(app)
    out["open_s"] = time.perf_counter() - t0

    workspace = window.workspace
    if args.option:
        workspace.show_view("board")
        _settle(app)
        t0, c0 = time.perf_counter(), time.process_time()
        workspace.board.set_option(args.option)
        _settle(app)
        out["board_s"] = time.perf_counter() - t0
        out["board_cpu_s"] = time.process_time() - c0
        out["board_cards"] = sum(m.rowCount() for m in workspace.board.models.values())
    workspace.show_view("matrix")
    _settle(app)
    t0 = time.perf_counter()
    workspace.matrix.model.reload()
    _settle(app)
    out["matrix_s"] = time.perf_counter() - t0
    peak = peak_rss_mb()
    if peak is not None:
        out["maxrss_mb"] = peak
    out["total_s"] = time.perf_counter() - STARTED
    print(json.dumps(out), flush=True)
    window.close()               # releases the dossier's lock
    app.processEvents()
    sys.stdout.flush()
    os._exit(0)                  # skip interpreter teardown: PySide6 may crash in it


def first_open(dossier: Path) -> int:
    """``usable_s``: open_path returned and the events after it ran (the window shows the
    dossier and answers input); ``backup_s``: the on-open backup, made in the background, done."""
    from ui.app import make_application
    from ui.main_window import MainWindow

    def refused(_window: MainWindow, path: Path, error: BaseException) -> None:
        # the real one is a modal message box: offscreen nobody closes it, the bench hung
        print(f"gui_probe: {Path(path).name} could not be opened: {error}", file=sys.stderr,
              flush=True)
        os._exit(3)

    MainWindow.open_failed = refused  # type: ignore[method-assign]
    app = make_application()
    window = MainWindow()
    window.show()
    _settle(app)
    t0 = time.perf_counter()
    opened = window.open_path(dossier)
    _settle(app)
    out: dict[str, float] = {"usable_s": time.perf_counter() - t0, "opened": float(opened)}
    # the backup starts once the window has shown the dossier (MainWindow.settled)
    while not window.settled or window.tasks.is_running("backup"):
        app.processEvents()
        time.sleep(0.01)
    out["backup_s"] = time.perf_counter() - t0
    peak = peak_rss_mb()
    if peak is not None:
        out["maxrss_mb"] = peak
    print(json.dumps(out), flush=True)
    window.close()
    app.processEvents()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())

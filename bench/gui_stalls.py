"""GUI stall probe (#14): how long the window stops answering during a scripted journey.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_probe.py --stalls BIG.cwb OTHER.cwb

(run through ``bench/gui_probe.py --stalls``; the dossiers are copied to a scratch folder first,
the journey edits them). A ``QTimer`` on the GUI thread ticks every 10 ms and records the gap
between two ticks: a gap is the time the event loop could not run, i.e. the time a user's
click or keystroke would have waited. A watchdog thread samples the GUI thread's Python stack
while a gap is open, so that each stall longer than 0.2 s says what the GUI thread was doing,
and the GUI thread's CPU time during the gap tells work (CPU close to the gap) from waiting
(on a lock, or for a core on a loaded machine).

The journey, on the 2,000-source benchmark dossier: open it (first and second opening, each
until the on-open backup and the suggestion scan are done), show the biggest option's board,
open a source in the reader, search, store typed text in the composer while a full suggestion
scan runs, run the checks, export, edit an option again (another full scan) and switch to
another dossier while that scan runs, then back. Each step is driven as
a user's action would be (the same slots), then the event loop runs until its background work
is done. Prints a table (action, longest stall, stalls over 0.2 s, wall time, CPU time of the
whole process and of the GUI thread) and the stalls, then one JSON line.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STALL_S = 0.2
TICK_MS = 10


@dataclass
class Step:
    action: str
    longest_s: float = 0.0
    longest_cpu_s: float = 0.0   # the GUI thread's own CPU during the longest stall
    stalls: list[tuple[float, float, list[str]]] = field(default_factory=list)  # gap, GUI CPU
    wall_s: float = 0.0
    cpu_s: float = 0.0           # the whole process: GUI thread and workers
    gui_cpu_s: float = 0.0       # the GUI thread alone


class StallProbe:
    """Ticks on the GUI thread; a watchdog samples the GUI thread's stack during a gap."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.steps: list[Step] = []
        self.current: Step | None = None
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.samples: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._gui_ident = threading.get_ident()
        self._stop = threading.Event()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._watch = threading.Thread(target=self._watchdog, daemon=True)
        self._watch.start()

    def tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        cpu = time.thread_time()
        gap_cpu = cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu
        with self._lock:
            samples, self.samples = self.samples, Counter()
        step = self.current
        if step is None:
            return
        if gap > step.longest_s:
            step.longest_s, step.longest_cpu_s = gap, gap_cpu
        if gap > STALL_S:
            step.stalls.append((gap, gap_cpu,
                                [f"{n}x {where}" for where, n in samples.most_common(6)]))

    def _watchdog(self) -> None:
        while not self._stop.wait(0.02):
            if time.perf_counter() - self.last < 0.05:
                continue
            frames = sys._current_frames()
            frame = frames.get(self._gui_ident)
            if frame is None:
                continue
            where = [_where(frame, 5) or "(Qt, outside our code)"]
            # a GUI thread that waits without working may wait for the GIL: where are the
            # other threads (a long C call there holds it)?
            where += [f"  (worker: {_where(f, 2)})" for ident, f in frames.items()
                      if ident not in (self._gui_ident, threading.get_ident()) and _where(f, 2)]
            with self._lock:
                for w in where:
                    self.samples[w] += 1

    def begin(self, action: str) -> Step:
        self.tick()                                  # what came before is not this step's
        step = Step(action)
        step.wall_s, step.cpu_s, step.gui_cpu_s = (time.perf_counter(), time.process_time(),
                                                   time.thread_time())
        self.steps.append(step)
        self.current = step
        return step

    def end(self) -> None:
        self.tick()
        step = self.current
        assert step is not None
        step.wall_s = time.perf_counter() - step.wall_s
        step.cpu_s = time.process_time() - step.cpu_s
        step.gui_cpu_s = time.thread_time() - step.gui_cpu_s
        self.current = None

    def stop(self) -> None:
        self._stop.set()
        self.timer.stop()


def _where(frame, depth: int) -> str:
    ours = [f for f in traceback.extract_stack(frame)
            if str(ROOT) in f.filename and "/bench/" not in f.filename]
    return " < ".join(f"{Path(f.filename).relative_to(ROOT)}:{f.lineno} {f.name}"
                      for f in reversed(ours[-depth:]))


def wait_until(done: Callable[[], bool], timeout_s: float, at_least_s: float = 0.3) -> bool:
    """Run the event loop (a real one: timers, queued signals) until ``done()`` and at least
    ``at_least_s`` have passed; False on a timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    started = time.perf_counter()
    result = {"ok": False}

    def check() -> None:
        elapsed = time.perf_counter() - started
        if elapsed >= at_least_s and done():
            result["ok"] = True
            loop.quit()
        elif elapsed > timeout_s:
            loop.quit()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    return result["ok"]


def journey(big: Path, other: Path, scratch: Path, *, export_s: float = 120.0) -> list[Step]:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.exporting import run_export
    from ui.main_window import MainWindow
    from ui.session import Session

    def refused(_window: MainWindow, path: Path, error: BaseException) -> None:
        print(f"gui_stalls: {Path(path).name} could not be opened: {error}", file=sys.stderr,
              flush=True)
        os._exit(3)

    MainWindow.open_failed = refused  # type: ignore[method-assign,assignment]
    app = make_application()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    wait_until(lambda: True, 5, 0.5)
    probe = StallProbe()
    tasks = window.tasks
    workspace = window.workspace

    def idle(*names: str) -> Callable[[], bool]:
        # an opening's scan and backup start once the window has shown the dossier
        # (``MainWindow.settled``): before that "no scan runs" says nothing
        return lambda: window.settled and not any(tasks.is_running(n) for n in names)

    def step(action: str, act: Callable[[], object], done: Callable[[], bool] = lambda: True,
             timeout_s: float = 600) -> None:
        probe.begin(action)
        act()
        if not wait_until(done, timeout_s):
            print(f"gui_stalls: {action}: not done after {timeout_s:.0f} s", file=sys.stderr)
        probe.end()
        s = probe.steps[-1]
        print(f"  {action}: longest stall {s.longest_s * 1000:.0f} ms "
              f"(GUI thread CPU {s.longest_cpu_s * 1000:.0f} ms), {s.wall_s:.1f} s",
              file=sys.stderr, flush=True)

    background = idle("backup", "suggestions", "suggestion-list", "checks")
    step("open (first)", lambda: window.open_path(big), background)
    def reopen() -> None:
        window.close_dossier()
        window.open_path(big)

    step("open (second)", reopen, background)

    def session() -> Session:
        assert window.session is not None
        return window.session

    def board() -> None:
        workspace.show_view("board")
        workspace.board.set_option("S3")

    step("board of S3", board, background)

    def reader() -> None:
        workspace.show_view("reader")
        last = session().project.counts()["source"]
        workspace.reader.show_source(last - 3)

    step("reader: open a source", reader)

    def search() -> None:
        workspace.focus_search()
        workspace.search.query.setText("speerpuntclusters financiering")
        workspace.search.search()

    step("search", search)

    def option_edit() -> None:
        # an edited option changes what the scan ranks by: the next scan reads every source
        project = session().project
        option = project.option("S3")
        session().run("option.edit", project.update_option, "S3",
                      description=(option.description or "") + " (herzien)")
        workspace.suggestions.scan_in_background()

    step("edit an option (starts a full scan)", option_edit, idle("suggestion-list"))

    def compose() -> None:
        workspace.show_view("composer")
        composer = workspace.composer
        if composer.section_id is None:
            section = session().run("section.add", session().project.add_section, "Probe", "",
                                    None)
            composer.select_section(section.id)
        composer.body.setFocus()
        composer.body.moveCursor(composer.body.textCursor().MoveOperation.End)
        QTest.keyClicks(composer.body, " Het clusterbeleid wordt herzien.")
        composer.commit_pending()              # what the idle timer does after typing

    step("type and store text during the scan", compose)
    step("the scan finishing", lambda: None, idle("suggestions"))
    step("checks", window.workspace.run_checks,
         lambda: workspace.checks.checked and not workspace.checks.busy)

    targets = {"annex": scratch / "bijlage.docx", "communication": scratch / "mededeling.docx",
               "workbook": scratch / "argumenten.xlsx"}

    def export() -> None:
        run_export(window, session(), targets, force=True)

    step("export (annex, communication, workbook)", export, idle("export"), export_s)
    if tasks.is_running("export"):
        tasks.cancel("export")
        wait_until(idle("export"), 120)
    for box in QApplication.topLevelWidgets():
        if box.objectName() == "export_box":
            box.close()
    step("edit an option again (another full scan)", option_edit, idle("suggestion-list"))
    step("switch to another dossier during the scan", lambda: window.open_path(other),
         background)
    step("switch back", lambda: window.open_path(big), background)
    probe.stop()
    window.close()
    app.processEvents()
    return probe.steps


def table(steps: list[Step]) -> str:
    lines = ["| action | longest GUI stall (ms) | GUI thread CPU in it (ms) | stalls > 0.2 s "
             "| wall (s) | CPU all threads (s) | CPU GUI thread (s) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for s in steps:
        lines.append(f"| {s.action} | {s.longest_s * 1000:.0f} | {s.longest_cpu_s * 1000:.0f} | "
                     f"{len(s.stalls)} | {s.wall_s:.1f} | {s.cpu_s:.1f} | {s.gui_cpu_s:.1f} |")
    return "\n".join(lines)


def stall_list(steps: list[Step]) -> str:
    out = []
    for s in steps:
        for gap, cpu, where in s.stalls:
            out.append(f"- {s.action}: {gap * 1000:.0f} ms (GUI thread CPU {cpu * 1000:.0f} ms)")
            out += [f"    {w}" for w in where]
    return "\n".join(out) or "(none)"


def main(big: Path, other: Path, *, keep: bool = False, export_s: float = 120.0) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="gui-stalls-"))
    # the on-open backups and the settings go to the scratch folder, not the user's own
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    try:
        big_copy, other_copy = scratch / "groot.cwb", scratch / "ander.cwb"
        for source, copy in ((big, big_copy), (other, other_copy)):
            shutil.copyfile(source, copy)
            # on disk before the journey: otherwise the first edit's commit (its fsync) writes
            # back the copy's hundreds of MB and the probe measures its own setup (measured:
            # an option edit 250-310 ms, ~160-220 ms of it in COMMIT, 37 ms on a file at rest)
            with copy.open("rb+") as handle:
                os.fsync(handle.fileno())
        load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
        steps = journey(big_copy, other_copy, scratch, export_s=export_s)
        load_after = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
        print(table(steps))
        print()
        print("Stalls over 0.2 s (GUI thread's stack, sampled every 20 ms while stalled):")
        print(stall_list(steps))
        print(f"\nload average before {load[0]:.2f}, after {load_after[0]:.2f}")
        print(json.dumps({"steps": [{"action": s.action, "longest_ms": round(s.longest_s * 1000),
                                      "longest_cpu_ms": round(s.longest_cpu_s * 1000),
                                      "stalls": len(s.stalls), "wall_s": round(s.wall_s, 2),
                                      "cpu_s": round(s.cpu_s, 2),
                                      "gui_cpu_s": round(s.gui_cpu_s, 2)} for s in steps],
                          "load": [round(load[0], 2), round(load_after[0], 2)]}), flush=True)
    finally:
        if not keep:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0

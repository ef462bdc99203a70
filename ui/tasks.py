"""Long work off the GUI thread: one helper, used for every import and export.

``run_task(name, func, on_result, on_error)`` runs ``func(task)`` in the global thread pool;
``task.cancelled`` is a ``threading.Event`` the function checks, ``task.progress(done, total,
text)`` reports progress. The result or the exception is delivered on the GUI thread. While a
task of a given name runs, a second one of that name is refused.

SQLite: a worker never touches the GUI's connection (the core refuses it). A task that edits
the open dossier works on ``project.worker()``, a second connection it opens and closes in the
worker thread; a task that only reads may use ``Project.open(path, readonly=True)``. Afterwards
the GUI reloads its models (and clears the undo history with a notice if the task wrote).

Lifetime (#18): one test run in two crashed in ``~QObject`` while Qt handled a deferred delete
after a task. Each task had its own relay QObject connected to lambdas (PySide makes a hidden
receiver object per lambda) and was deleted with ``deleteLater`` when its result arrived, and
the QRunnable was a Python subclass freed by Python while the pool thread could still be inside
it. Now the worker reports through signals of the long-lived ``TaskRunner`` itself, connected to
its own slots (no per-task objects, no lambdas), and the pool runs a plain callable whose
QRunnable Qt creates and deletes.

The crash that remained (about one run of the task-heavy GUI tests in four: SIGSEGV or SIGBUS
in the GUI thread's event loop while an export task imported python-docx) was Python's cycle
collector. CPython collects in whichever thread allocates past the threshold, so a worker
could delete Qt objects that belong to the GUI thread. PySide hands a dialog back to Python
once its ``exec()`` returns, and a dialog whose ``submit`` closure refers to the dialog lives
on in a reference cycle; the core dump showed the New dossier form deleted on the export
worker, its fields' ``destroyed`` queued to their QLabels' buddy slot, which the GUI thread
then ran on a freed label. ``_GuiThreadCollector`` below: while a task runs, automatic
collection is off and the GUI thread collects on a timer instead.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

SWITCH_INTERVAL_S = 0.0005     # the GIL's switch interval while background tasks run (#14)


class Task:
    """What a running function sees: its cancel flag and its progress callback."""

    def __init__(self, name: str, emit_progress: Callable[[int, int, str], None]) -> None:
        self.name = name
        self.cancelled = threading.Event()
        self.returned = threading.Event()      # its function has returned (or raised)
        self._emit = emit_progress

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, str(text))

    def is_cancelled(self) -> bool:
        return self.cancelled.is_set()


class _GuiThreadCollector(QObject):
    """Python's cycle collector, run only on the GUI thread while background work runs (#18).

    A Qt object owned by Python is deleted by whichever thread drops the last reference to
    it; for an object in a reference cycle that is the thread that happens to trigger a
    collection. Worker threads allocate plenty (an export imports python-docx), so automatic
    collection is switched off from the first task's start until no pool thread runs Python
    any more; meanwhile this timer, on the GUI thread, collects each generation that is due.
    """

    INTERVAL_MS = 100

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._jobs = 0                            # jobs started and not yet returned
        self._pools: list[QThreadPool] = []
        self._reenable = False
        self._interval = sys.getswitchinterval()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def job_starts(self, pool: QThreadPool) -> None:
        """On the GUI thread, before the job is handed to ``pool``."""
        if all(p is not pool for p in self._pools):
            self._pools.append(pool)
        with self._lock:
            self._jobs += 1
        if not self._timer.isActive():
            self._reenable = gc.isenabled()
            gc.disable()
            # Each call from Qt into Python (a model's data(), a delegate's paint) takes the
            # GIL; a busy worker gives it up only after the switch interval (5 ms by
            # default), and a repaint of a list makes hundreds of such calls: the window
            # stalled for 0.2-0.8 s with its own thread idle (#14). 0.5 ms while tasks run.
            self._interval = sys.getswitchinterval()
            sys.setswitchinterval(min(self._interval, SWITCH_INTERVAL_S))
            self._timer.start()

    def job_returns(self) -> None:
        """On the worker thread, as the job's last statement."""
        with self._lock:
            self._jobs -= 1

    @Slot()
    def tick(self) -> None:
        with self._lock:
            jobs = self._jobs
        # Not the oldest generation while a job runs (#14): a scan's worker holds millions of
        # objects, and a full collection through them stopped the window for 0.2-0.6 s every
        # second or so. CPython itself runs one only when the old objects grew by a quarter;
        # once the jobs are done automatic collection, with that rule, takes over again.
        collect_due(max_generation=1 if jobs else 2)
        if jobs or any(p.activeThreadCount() for p in self._pools):
            return
        self._timer.stop()                        # no worker runs Python code any more
        sys.setswitchinterval(self._interval)
        # What the jobs leave behind (a suggestion scan keeps ~500,000 objects of its
        # paragraphs for the next rescan) would make every later full collection on this
        # thread walk them: 0.26 s, the window frozen, at a moment no one chooses (#14). They
        # go to the permanent generation instead. What of them later becomes garbage is freed
        # by reference counting; only a reference cycle among them stays until the app ends.
        # Giving them back to the collector when a dossier closes cost that switch 0.5 s, as
        # the scan's kept data is still alive then (bench/RESULTS.md).
        gc.freeze()
        if self._reenable:
            gc.enable()

    def settle(self, msecs: int) -> bool:
        """Wait up to ``msecs`` for every job, then collect here; False on a timeout."""
        done = all(p.waitForDone(msecs) for p in self._pools)
        if self._timer.isActive():
            self.tick()
        return done


def collect_due(max_generation: int = 2) -> None:
    """Collect the generations whose thresholds are reached, as CPython's own trigger does,
    up to ``max_generation``."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    if counts[0] < thresholds[0]:
        return
    generation = 0
    if counts[1] + 1 >= thresholds[1]:
        generation = 2 if counts[2] + 1 >= thresholds[2] else 1
    gc.collect(min(generation, max_generation))


_collector: _GuiThreadCollector | None = None


def gui_thread_collector() -> _GuiThreadCollector:
    """The one collector; made by the first task, on the GUI thread."""
    global _collector
    if _collector is None:
        _collector = _GuiThreadCollector()
    return _collector


def settle(msecs: int = 30000) -> bool:
    """Wait for all background jobs (window close, test teardown); True when none is left."""
    return _collector.settle(msecs) if _collector is not None else True


def _gone(error: RuntimeError) -> bool:
    """PySide's error for a signal whose QObject was deleted: the window that started a task
    was closed before it ended (closing waits only so long); nobody is left to tell."""
    return "deleted" in str(error)


@dataclass
class _Running:
    task: Task
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    dialog: QProgressDialog | None


class _InputBlocker(QObject):
    """Swallows the user's input events while ``run_waiting`` waits."""

    INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                       QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress,
                       QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.Shortcut,
                       QEvent.Type.ShortcutOverride, QEvent.Type.Drop})

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        return event.type() in self.INPUT


class TaskRunner(QObject):
    """Runs named tasks; one instance per main window (or use ``default_runner()``)."""

    # Emitted by worker threads; delivered queued to the slots below, on the GUI thread.
    _ended = Signal(str, bool, object)         # name, succeeded, result or exception
    _progressed = Signal(str, int, int, str)   # name, done, total, text
    # On the GUI thread, for every task's progress (a view shows its own progress line)
    progressed = Signal(str, int, int, str)    # name, done, total, text

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: dict[str, _Running] = {}
        self._ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    def is_running(self, name: str) -> bool:
        return name in self._running

    def run(self, name: str, func: Callable[[Task], Any], on_result: Callable[[Any], None],
            on_error: Callable[[BaseException], None], *, progress: str | None = None,
            parent: QWidget | None = None) -> Task | None:
        """Start ``func``; None when a task called ``name`` is still running.

        ``progress`` is the label of a progress dialog with a Cancel button (none when None)."""
        if name in self._running:
            return None
        progressed = self._progressed

        def report_progress(done: int, total: int, text: str) -> None:
            try:
                progressed.emit(name, done, total, text)
            except RuntimeError as exc:
                if not _gone(exc):
                    raise

        task = Task(name, report_progress)
        dialog = self._dialog(progress, name, parent) if progress is not None else None
        self._running[name] = _Running(task, on_result, on_error, dialog)
        ended = self._ended
        collector = gui_thread_collector()

        def job() -> None:
            try:
                try:
                    result = func(task)
                except BaseException as exc:  # delivered to on_error, never lost in the pool
                    ended.emit(name, False, exc)
                else:
                    ended.emit(name, True, result)
            except RuntimeError as exc:
                if not _gone(exc):
                    raise
            finally:
                task.returned.set()
                collector.job_returns()

        collector.job_starts(self._pool)
        self._pool.start(job)
        return task

    def run_waiting(self, name: str, func: Callable[[Task], Any]) -> Any:
        """Run ``func`` off the GUI thread and return its result (or raise its exception) once
        it is done: for a step that must finish before the next one, such as checking a
        dossier before its views load it (#14). Meanwhile the event loop turns, so the window
        repaints and answers the system, but the user's clicks and keys are held back (the
        busy cursor shows why): nothing starts halfway through the step."""
        loop = QEventLoop()
        outcome: dict[str, Any] = {}

        def done(result: Any) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(error: BaseException) -> None:
            outcome["error"] = error
            loop.quit()

        if self.run(name, func, done, failed) is None:         # one of that name runs: wait here
            return func(Task(name, lambda *_args: None))
        app = QCoreApplication.instance()
        blocker = _InputBlocker()
        if app is not None:
            app.installEventFilter(blocker)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if not outcome:
                loop.exec()
        finally:
            QGuiApplication.restoreOverrideCursor()
            if app is not None:
                app.removeEventFilter(blocker)
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

    def cancel(self, name: str) -> None:
        if name in self._running:
            self._running[name].task.cancelled.set()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def wait_for(self, names: tuple[str, ...], msecs: int) -> bool:
        """Wait up to ``msecs`` until the functions of the running tasks called ``names`` have
        returned (their results are still delivered later, on this thread); True when they
        have. Unlike ``wait``, a task of another name (the checks, a list being read) is
        not waited for."""
        deadline = time.monotonic() + msecs / 1000
        for name in names:
            running = self._running.get(name)
            if running is not None and not running.task.returned.wait(
                    max(0.0, deadline - time.monotonic())):
                return False
        return True

    @Slot(str, bool, object)
    def _on_ended(self, name: str, succeeded: bool, value: Any) -> None:
        running = self._running.pop(name, None)
        if running is None:
            return
        if running.dialog is not None:
            running.dialog.reset()
            running.dialog.hide()     # now: deleteLater waits for the event loop, and until
            running.dialog.deleteLater()   # then the modal dialog kept the keyboard
        (running.on_result if succeeded else running.on_error)(value)

    @Slot(str, int, int, str)
    def _on_progress(self, name: str, done: int, total: int, text: str) -> None:
        running = self._running.get(name)
        if running is not None:
            self.progressed.emit(name, done, total, text)
        dialog = running.dialog if running is not None else None
        if dialog is None:
            return                          # no dialog, or the task has ended
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    @Slot()
    def _on_dialog_cancel(self) -> None:
        for running in self._running.values():
            if running.dialog is not None and running.dialog is self.sender():
                running.task.cancelled.set()

    def _dialog(self, label: str, name: str, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(label, QCoreApplication.translate("TaskRunner", "Annuleren"), 0, 0, parent)
        dialog.setObjectName(f"task-{name}")
        dialog.setWindowTitle(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._on_dialog_cancel)
        return dialog


_default: TaskRunner | None = None


def default_runner() -> TaskRunner:
    global _default
    if _default is None:
        _default = TaskRunner()
    return _default


def run_task(name: str, func: Callable[[Task], Any], on_result: Callable[[Any], None],
             on_error: Callable[[BaseException], None], *, progress: str | None = None,
             parent: QWidget | None = None) -> Task | None:
    """Run ``func(task)`` off the GUI thread with the application's task runner."""
    return default_runner().run(name, func, on_result, on_error, progress=progress, parent=parent)

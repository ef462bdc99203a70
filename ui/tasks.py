"""Long work off the GUI thread: one helper, used for every import and export.

``run_task(name, func, on_result, on_error)`` runs ``func(task)`` in the global thread pool;
``task.cancelled`` is a ``threading.Event`` the function checks, ``task.progress(done, total,
text)`` reports progress. The result or the exception is delivered on the GUI thread. While a
task of a given name runs, a second one of that name is refused.

SQLite: a worker never touches the GUI's connection (the core refuses it). A task that edits
the open dossier works on ``project.worker()``, a second connection it opens and closes in the
worker thread; a task that only reads may use ``Project.open(path, readonly=True)``. Afterwards
the GUI reloads its models (and clears the undo history with a notice if the task wrote).

Lifetime: the pool runs a plain Python callable, so Qt creates, owns and deletes the QRunnable
around it after ``run()`` has returned. A Python ``QRunnable`` subclass kept in a dict was freed
by Python when its result arrived, while the pool thread could still be inside it (the
segmentation fault after the progress-dialog test, #18).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Task:
    """What a running function sees: its cancel flag and its progress callback."""

    def __init__(self, name: str, emit_progress: Callable[[int, int, str], None]) -> None:
        self.name = name
        self.cancelled = threading.Event()
        self._emit = emit_progress

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, str(text))

    def is_cancelled(self) -> bool:
        return self.cancelled.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive here queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Job:
    """What the pool thread calls; it reports only through the relay's queued signals."""

    def __init__(self, func: Callable[[Task], Any], task: Task, relay: _Relay) -> None:
        self._func = func
        self._task = task
        self._relay = relay

    def __call__(self) -> None:
        try:
            result = self._func(self._task)
        except BaseException as exc:  # delivered to on_error, never lost in the pool
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs named tasks; one instance per main window (or use ``default_runner()``)."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: dict[str, tuple[Task, _Relay, QProgressDialog | None]] = {}

    def is_running(self, name: str) -> bool:
        return name in self._running

    def run(self, name: str, func: Callable[[Task], Any], on_result: Callable[[Any], None],
            on_error: Callable[[BaseException], None], *, progress: str | None = None,
            parent: QWidget | None = None) -> Task | None:
        """Start ``func``; None when a task called ``name`` is still running.

        ``progress`` is the label of a progress dialog with a Cancel button (none when None)."""
        if name in self._running:
            return None
        relay = _Relay(self)
        task = Task(name, relay.progressed.emit)
        dialog = self._dialog(progress, task, parent) if progress is not None else None
        relay.succeeded.connect(lambda result: self._finish(name, on_result, result),
                                Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(lambda exc: self._finish(name, on_error, exc),
                             Qt.ConnectionType.QueuedConnection)
        if dialog is not None:
            relay.progressed.connect(self._updater(name, dialog), Qt.ConnectionType.QueuedConnection)
        self._running[name] = (task, relay, dialog)
        self._pool.start(_Job(func, task, relay))
        return task

    def cancel(self, name: str) -> None:
        if name in self._running:
            self._running[name][0].cancelled.set()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot()
    def _finish(self, name: str, callback: Callable[[Any], None], value: Any) -> None:
        _task, relay, dialog = self._running.pop(name, (None, None, None))
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        if relay is not None:
            relay.deleteLater()
        callback(value)

    @staticmethod
    def _dialog(label: str, task: Task, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(label, QCoreApplication.translate("TaskRunner", "Annuleren"), 0, 0, parent)
        dialog.setWindowTitle(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancelled.set)
        return dialog

    def _updater(self, name: str, dialog: QProgressDialog) -> Callable[[int, int, str], None]:
        def update(done: int, total: int, text: str) -> None:
            if self._running.get(name, (None, None, None))[2] is not dialog:
                return                     # the task has ended; the dialog is being deleted
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)
        return update


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

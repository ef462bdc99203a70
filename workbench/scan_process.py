"""The suggestion scan's reading and ranking in a process of its own, kept for the session.

A scan of the 2,000-source benchmark dossier is ~30 s of pure Python. Run as a thread of the
desktop app it shares the interpreter's lock (the GIL) with the window: every call from Qt into
Python waits for it, and on a loaded machine the window stalled 0.25-1.3 s again and again
(#14). Here the ranking half (``Project.plan_suggestions``, which only reads) runs in a worker
process on a read-only connection of its own; the GUI side gets the plan back and stores it
with ``Project.apply_suggestions`` on its worker connection, which lets the window's edits go
first (``yield_to_edits``) and stops at a cancel between two chunks.

Portable: the process is started with ``spawn`` on every platform (Windows has no fork), only
picklable values cross (a path, an option key, the plan), and it is started once, when the
first scan needs it, then kept: the ranking's caches of a dossier's paragraphs stay warm in it
for the next rescan, and the start (~0.3-0.5 s, an interpreter importing ``workbench``) is paid
once. It ends with the application (a daemon process, and it watches its parent), or when a
scan is cancelled (killed at once; the next scan starts a new one).

The plan crosses in slices of ``ROWS_PER_MESSAGE`` rows: unpickling 137,000 rows at once holds
the receiving process's GIL for a good part of a second, a slice for a few milliseconds.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from workbench.child_process import exit_with_parent
from workbench.suggestions import SuggestionPlan

_CONTEXT = multiprocessing.get_context("spawn")
ROWS_PER_MESSAGE = 4000
_POLL_SECONDS = 0.05        # how often a waiting caller looks at its cancel flag


class ScanCancelled(Exception):
    """The caller cancelled the scan (another dossier, the window closing)."""


class ScanProcessDied(RuntimeError):
    """The scan process ended without an answer (killed, out of memory)."""


# --------------------------------------------------------------------------- process side


def _lower_own_priority() -> None:
    """Below the window's priority: on a machine whose cores are all busy, the scheduler
    gives the window's process a core first, and the scan what is left (it only takes
    longer). Best effort: ``os.nice`` on POSIX, the priority class on Windows."""
    try:
        if hasattr(os, "nice"):
            os.nice(5)
            return
        import psutil

        psutil.Process().nice(psutil.BELOW_NORMAL_PRIORITY_CLASS)
    except Exception:                  # not allowed, or psutil missing: run as is
        pass


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _serve(conn: Connection) -> None:
    exit_with_parent()
    _lower_own_priority()
    from workbench import Project

    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        path, option = job
        try:
            with Project.open(path, readonly=True) as project:
                plan = project.plan_suggestions(option)
        except Exception as exc:
            conn.send(("error", _picklable(exc)))
            continue
        if plan is None:
            conn.send(("none",))
            continue
        keep = plan.readings
        conn.send(("plan", dataclasses.replace(
            plan, rows=[], block_sources={},
            readings=None if keep is None else dataclasses.replace(keep, rows={}))))
        for i in range(0, len(plan.rows), ROWS_PER_MESSAGE):
            rows = plan.rows[i:i + ROWS_PER_MESSAGE]
            conn.send(("rows", rows, {r[1]: plan.block_sources[r[1]] for r in rows
                                      if r[1] in plan.block_sources}))
        slice_: dict[int, list[Any]] = {}
        for source, kept in (keep.rows.items() if keep is not None else ()):
            slice_[source] = kept
            if sum(map(len, slice_.values())) >= ROWS_PER_MESSAGE:
                conn.send(("readings", slice_))
                slice_ = {}
        if slice_:
            conn.send(("readings", slice_))
        conn.send(("end",))


# --------------------------------------------------------------------------- caller side


class ScanProcess:
    """One scan process, started on first use; one scan at a time (callers queue)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        self.starts = 0                    # how many processes were started (tests, bench)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None and self.alive else None

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def plan(self, path: str | Path, option: str | None = None, *,
             cancelled: Callable[[], bool] = lambda: False) -> SuggestionPlan | None:
        """``Project.plan_suggestions(option)`` of the dossier at ``path``, made in the scan
        process; None when nothing is to be scanned. ``ScanCancelled`` when ``cancelled()``
        became true meanwhile (the process is stopped, not waited for)."""
        # another window's scan may hold the process: wait for it, but not past a cancel
        while not self._lock.acquire(timeout=_POLL_SECONDS):
            if cancelled():
                raise ScanCancelled()
        try:
            conn = self._ready()
            try:
                conn.send((str(path), option))
                head = self._receive(conn, cancelled)
                if head[0] == "none":
                    return None
                if head[0] == "error":
                    raise head[1]
                plan: SuggestionPlan = head[1]
                rows: list[Any] = []
                block_sources: dict[int, int] = {}
                while True:
                    message = self._receive(conn, cancelled)
                    if message[0] == "end":
                        break
                    if message[0] == "readings":
                        if plan.readings is not None:
                            plan.readings.rows.update(message[1])
                        continue
                    rows += message[1]
                    block_sources.update(message[2])
                return dataclasses.replace(plan, rows=rows, block_sources=block_sources)
            except (ScanCancelled, ScanProcessDied, OSError, EOFError):
                self._stop()
                raise
        finally:
            self._lock.release()

    def _receive(self, conn: Connection, cancelled: Callable[[], bool]) -> Any:
        process = self._process
        while True:
            if cancelled():
                raise ScanCancelled()
            ready = wait([conn, process.sentinel], _POLL_SECONDS)
            if conn in ready:
                try:
                    return conn.recv()
                except (EOFError, OSError) as exc:
                    raise ScanProcessDied("the suggestion scan process stopped") from exc
            if ready:                          # the sentinel: it ended, with nothing to read
                raise ScanProcessDied("the suggestion scan process stopped")

    def _ready(self) -> Connection:
        if self._conn is not None and self.alive:
            return self._conn
        self._stop()
        ours, theirs = _CONTEXT.Pipe()
        process = _CONTEXT.Process(target=_serve, args=(theirs,), name="cwb-suggestion-scan",
                                   daemon=True)
        process.start()
        theirs.close()
        self._process, self._conn = process, ours
        self.starts += 1
        return ours

    def _stop(self) -> None:
        """Kill the process, not waiting for it to be gone: a cancel must return at once (the
        window switching dossiers waits for it). What is left is reaped when the next process
        starts (``multiprocessing`` collects finished children then) or at exit."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.kill()

    def close(self) -> None:
        """End the process (the application closes); a later ``plan`` starts a new one."""
        conn = self._conn
        if conn is not None and self.alive and self._lock.acquire(blocking=False):
            try:
                try:
                    conn.send(None)
                    self._process.join(2)
                except (OSError, ValueError):
                    pass
                self._stop()
            finally:
                self._lock.release()
        elif self._process is not None:
            self._stop()          # a scan is under way: its caller gets ScanProcessDied


_shared: ScanProcess | None = None
_shared_lock = threading.Lock()


def scan_process() -> ScanProcess:
    """The application's scan process (made on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ScanProcess()
        return _shared


def close_scan_process() -> None:
    if _shared is not None:
        _shared.close()

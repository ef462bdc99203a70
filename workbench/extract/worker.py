"""Extraction of untrusted files in worker processes, limited in memory, time and text.

A crafted PDF can make pdfium run for minutes, allocate gigabytes or abort the process (#13).
None of that may take the application, the batch or the dossier with it, so every file is
read in a separate process:

- memory: on POSIX the worker caps its own address space (``RLIMIT_AS``), so an allocation
  beyond the cap fails inside the worker; everywhere (Windows too) the parent samples each
  worker's resident memory and kills a worker over the limit;
- time: the parent kills a worker that spends longer than ``Limits.seconds_per_file`` on one file;
- text: the extractors count the text as they go (per PDF page, per block), see ``limits.py``.

A worker that dies, for whatever reason, is reported for its file with a reason class and a
hint, and replaced; the batch goes on. ``ExtractionPool.cancel`` kills the workers that are
busy, so Cancel reaches a file in progress. Workers are started with ``spawn`` on every
platform (as Windows must), and kept for the next batch: starting one costs ~0.3 s.

A worker never waits for the importing process (#15): it holds the next file while it reads
one (``JOBS_PER_WORKER``), and sends each result from a thread of its own, so it goes on
reading while the importing process is busy storing the previous file.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from workbench.child_process import exit_with_parent
from workbench.extract.document import ExtractedDocument, ImportProblem
from workbench.extract.limits import DEFAULT_LIMITS, MB, Limits, describe_bytes

_POLL_SECONDS = 0.05       # how often the watchdog samples memory and time
_STARTUP_SECONDS = 120.0   # a worker that never starts reading (a starved machine) is given up
_CONTEXT = multiprocessing.get_context("spawn")
JOBS_PER_WORKER = 2        # the file being read and the next one, already in the worker's pipe


@dataclass(frozen=True)
class Outcome:
    """What a worker made of one file: a document, or the problem that stopped it."""

    index: int
    document: ExtractedDocument | None = None
    problem: ImportProblem | None = None


ENV_WORKERS = "CWB_IMPORT_WORKERS"   # a fixed number of workers (benchmarks, a shared machine)


def default_pool_size(limits: Limits = DEFAULT_LIMITS) -> int:
    """One worker per core, as many as the free memory allows at the per-worker cap (max 8);
    ``CWB_IMPORT_WORKERS`` fixes the number (1-8)."""
    with contextlib.suppress(ValueError):
        fixed = int(os.environ.get(ENV_WORKERS, ""))
        return max(1, min(8, fixed))
    cores = os.cpu_count() or 1
    try:
        import psutil

        by_memory = int(psutil.virtual_memory().available // max(1, limits.max_worker_memory))
    except Exception:      # psutil missing or unsupported: trust the core count
        by_memory = cores
    return max(1, min(cores, 8, by_memory))


# --------------------------------------------------------------------------- worker side


def _cap_own_memory(limit: int) -> None:
    """Cap this process's address space where the OS offers it (Linux, BSD); else no-op.

    The cap is added to what the process already maps at start (the interpreter and its
    libraries reserve address space they never touch), so ``limit`` is what extraction may add.
    """
    try:
        import resource
    except ImportError:    # Windows: the parent's watchdog enforces the limit
        return
    try:
        with open(f"/proc/{os.getpid()}/statm", encoding="ascii") as handle:
            mapped = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, AttributeError):
        mapped = 512 * MB
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (mapped + limit, mapped + limit))


def _serve(conn: Connection, memory_limit: int) -> None:
    """Worker main loop: receive (index, data, file name, limits), send back an Outcome."""
    try:
        _serve_jobs(conn, memory_limit)
    except (OSError, EOFError):     # the parent went away (closed pipe): nothing to report to
        return


def _serve_jobs(conn: Connection, memory_limit: int) -> None:
    from workbench.extract.dispatch import extract_file

    exit_with_parent()
    # Their threads exist before the cap: their stacks are not extraction's to spend.
    inbox, outbox = _Inbox(conn), _Outbox(conn)
    _cap_own_memory(memory_limit)
    try:
        while True:
            job = inbox.get()
            if job is None:
                return
            index, data, file_name, limits = job
            outbox.put(("started", index), None)  # the clock for this file starts now
            try:
                outcome = Outcome(index, document=extract_file(data, file_name, limits=limits))
            except ImportProblem as problem:
                outcome = Outcome(index, problem=problem)
            except MemoryError:
                outcome = Outcome(index, problem=_memory_problem(file_name, limits))
            del data
            outbox.put(outcome, Outcome(index, problem=_memory_problem(file_name, limits)))
            if outbox.failed:
                return
    finally:
        outbox.close()


class _Inbox:
    """Takes the worker's next file out of the pipe while it reads the current one, so the
    importing process never waits to hand it over (a PDF is larger than a pipe's buffer)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        threading.Thread(target=self._run, name="cwb-inbox", daemon=True).start()

    def get(self) -> Any:
        """The next job; None when there are no more (stop, or the parent went away)."""
        return self._queue.get()

    def _run(self) -> None:
        job: Any = None
        try:
            while (job := self._conn.recv()) is not None:
                self._queue.put(job)
                del job
        except (EOFError, OSError, MemoryError):
            pass
        self._queue.put(None)


class _Outbox:
    """Sends a worker's messages, in order, from a thread: a result waits in the pipe until
    the importing process takes it (it may be storing the previous file), and meanwhile the
    worker reads the next file."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._queue: queue.SimpleQueue[tuple[object, object] | None] = queue.SimpleQueue()
        self.failed = False
        self._thread = threading.Thread(target=self._run, name="cwb-outbox", daemon=True)
        self._thread.start()

    def put(self, message: object, if_too_big: object) -> None:
        """Send ``message``; ``if_too_big`` instead when there is no memory to pickle it."""
        self._queue.put((message, if_too_big))

    def close(self) -> None:
        """Wait until everything put was sent (or sending failed)."""
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if not self.failed:
                self._send(*item)
            del item          # a result is not kept while the worker reads the next file

    def _send(self, message: object, if_too_big: object) -> None:
        try:
            try:
                self._conn.send(message)
            except MemoryError:
                del message
                self._conn.send(if_too_big)
        except (OSError, EOFError, ValueError, MemoryError):  # the parent went away
            self.failed = True


# --------------------------------------------------------------------------- problems


def _memory_problem(file_name: str, limits: Limits) -> ImportProblem:
    return ImportProblem(
        "out-of-memory", f"'{file_name}' needs more than "
        f"{describe_bytes(limits.max_worker_memory)} of memory to read; it was stopped.",
        "The file may be crafted or damaged: ask the sender to save it again as a normal "
        "PDF or Word file, or split it into smaller parts.")


def _timeout_problem(file_name: str, limits: Limits) -> ImportProblem:
    return ImportProblem(
        "timeout", f"Reading '{file_name}' took longer than {limits.seconds_per_file:.0f} s; "
        "it was stopped.",
        "The file may be crafted or damaged: ask the sender to save it again as a normal "
        "PDF or Word file, or split it into smaller parts.")


def _crash_problem(file_name: str, exitcode: int | None) -> ImportProblem:
    code = "" if exitcode is None else f" (exit code {exitcode})"
    return ImportProblem(
        "crashed", f"Reading '{file_name}' made the document reader fail{code}; nothing of it "
        "was imported.",
        "The file is probably damaged or crafted: ask the sender for a fresh copy, saved again "
        "as PDF or Word.")


def _cancel_problem(file_name: str) -> ImportProblem:
    return ImportProblem("cancelled", f"'{file_name}' was not imported: the import was cancelled.",
                         "Import the file again.")


# --------------------------------------------------------------------------- parent side


class _Worker:
    def __init__(self, memory_limit: int) -> None:
        parent, child = _CONTEXT.Pipe()
        self.memory_limit = memory_limit
        self.conn: Connection = parent
        self.process = _CONTEXT.Process(target=_serve, args=(child, memory_limit), daemon=True,
                                        name="cwb-extract")
        self.process.start()
        child.close()
        self.jobs: deque[tuple[int, str]] = deque()   # (index, file name): reading, then next
        self.started = 0.0       # when the worker began reading the first file (0: not yet)
        self.sent = 0.0          # when that file became the first
        self._ps: Any = None           # psutil.Process, imported only when measured

    @property
    def job(self) -> tuple[int, str] | None:
        """The file being read, or to be read first (None: the worker is idle)."""
        return self.jobs[0] if self.jobs else None

    def submit(self, index: int, data: bytes, file_name: str, limits: Limits) -> None:
        if not self.jobs:
            self.started = 0.0
            self.sent = time.monotonic()
        self.jobs.append((index, file_name))
        self.conn.send((index, data, file_name, limits))

    def done_with_first(self) -> None:
        """The first file's result arrived: the next one (if any) is read from now on."""
        self.jobs.popleft()
        self.started = 0.0
        self.sent = time.monotonic()

    def rss(self) -> int:
        """Resident memory of the worker (0 when it cannot be read)."""
        try:
            import psutil

            if self._ps is None:
                self._ps = psutil.Process(self.process.pid)
            return int(self._ps.memory_info().rss)
        except Exception:   # gone, or psutil missing: the address-space cap still holds
            return 0

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()
        self.jobs.clear()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.send(None)
        self.process.join(1)
        if self.process.is_alive():
            self.kill()
        with contextlib.suppress(Exception):
            self.conn.close()


_idle: list[_Worker] = []          # healthy workers kept between batches
_idle_lock = threading.Lock()


def _take_worker(memory_limit: int) -> _Worker:
    with _idle_lock:
        while _idle:
            worker = _idle.pop()
            if worker.process.is_alive() and worker.memory_limit == memory_limit:
                return worker
            worker.kill()
    return _Worker(memory_limit)


def _give_back(worker: _Worker) -> None:
    if worker.job is None and worker.process.is_alive():
        with _idle_lock:
            _idle.append(worker)
    else:
        worker.kill()


@atexit.register
def shutdown_idle_workers() -> None:
    """Stop the workers kept between batches (also called at interpreter exit)."""
    with _idle_lock:
        workers, _idle[:] = list(_idle), []
    for worker in workers:
        worker.stop()


Loader = Callable[[int], tuple[bytes, str] | ImportProblem | None]


class ExtractionPool:
    """Extract a batch of files in worker processes; ``results()`` yields them in input order.

    ``load(index)`` is called in the calling thread just before file ``index`` goes to a worker
    and returns its bytes and name, an ImportProblem (the file could not be read), or None
    (nothing to extract: the caller already knows what to do with this file). At most
    ``size`` files are being read, ``size`` more wait in the workers and
    ``(JOBS_PER_WORKER + 2) * size`` files are between loading and being taken (room for the
    workers to read on while a commit is written), so memory stays bounded however long the
    batch is.
    """

    def __init__(self, count: int, load: Loader, *, limits: Limits = DEFAULT_LIMITS,
                 size: int | None = None, cancel: Callable[[], bool] | None = None) -> None:
        self.count = count
        self.limits = limits
        self.size = max(1, min(size or default_pool_size(limits), max(1, count)))
        self._load = load
        self._cancel = cancel or (lambda: False)
        self._workers: list[_Worker] = []
        self._done: dict[int, Outcome] = {}
        self._next_submit = 0
        self._next_yield = 0
        self._again: deque[int] = deque()    # files a killed worker held but had not started
        self._names: dict[int, str] = {}
        self.cancelled = False

    # -- the batch ----------------------------------------------------------------------
    def next(self, timeout: float | None = None) -> Outcome | None:
        """The next result in input order; None when ``timeout`` (s) passed before it was ready.

        Raises StopIteration after the last file. After a cancel every remaining file comes
        back at once with the reason "cancelled".
        """
        if self._next_yield >= self.count:
            raise StopIteration
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self.cancelled and self._cancel():
            self.cancel()
        while self._next_yield not in self._done and not self.cancelled:
            if self._cancel():
                self.cancel()
                break
            self._fill()
            if self._next_yield in self._done:
                break
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return None
            self._pump(_POLL_SECONDS if left is None else min(_POLL_SECONDS, left))
        outcome = None if self.cancelled else self._done.pop(self._next_yield, None)
        if outcome is None:       # cancelled before this file was stored
            outcome = Outcome(self._next_yield, problem=_cancel_problem(self._name_of(
                self._next_yield)))
        self._next_yield += 1
        return outcome

    def __iter__(self) -> Iterator[Outcome]:
        while True:
            try:
                outcome = self.next()
            except StopIteration:
                return
            assert outcome is not None
            yield outcome

    def cancel(self) -> None:
        """Stop now: kill the workers busy with a file; the files left come back cancelled."""
        self.cancelled = True
        for worker in self._workers:
            if worker.job is not None:
                worker.kill()

    def close(self) -> None:
        """Kill busy workers, keep the idle ones for the next batch."""
        for worker in self._workers:
            _give_back(worker)
        self._workers = []

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------------
    def _name_of(self, index: int) -> str:
        return self._names.get(index, f"file {index + 1}")

    def _fill(self) -> None:
        """Hand files to workers with room while the window of waiting results has room."""
        window = (JOBS_PER_WORKER + 2) * self.size     # being read, queued, waiting to be taken
        while self._again or (self._next_submit < self.count
                              and self._next_submit - self._next_yield < window):
            worker = self._idle_worker()
            if worker is None:
                return
            if self._again:
                index = self._again.popleft()
            else:
                index = self._next_submit
                self._next_submit += 1
            loaded = self._load(index)
            if loaded is None:
                self._done[index] = Outcome(index)
                continue
            if isinstance(loaded, ImportProblem):
                self._done[index] = Outcome(index, problem=loaded)
                continue
            data, name = loaded
            self._names[index] = name
            try:
                worker.submit(index, data, name, self.limits)
            except (OSError, EOFError, ValueError):     # died between jobs: start a new one
                worker.jobs.pop()
                if worker.job is not None:           # and with it the file it was reading
                    self._finish(worker, _crash_problem(worker.job[1], None))
                else:
                    self._replace(worker)
                self._done[index] = Outcome(index, problem=_crash_problem(name, None))

    def _idle_worker(self) -> _Worker | None:
        """An idle worker, else a new one while the pool has room, else one with room for
        its next file."""
        for worker in self._workers:
            if worker.job is None:
                return worker
        if len(self._workers) < self.size:
            worker = _take_worker(self.limits.max_worker_memory)
            self._workers.append(worker)
            return worker
        for worker in self._workers:
            if len(worker.jobs) < JOBS_PER_WORKER:
                return worker
        return None

    def _replace(self, worker: _Worker) -> None:
        """Kill the worker; the files it held but had not started go to another one."""
        self._again.extend(index for index, _name in list(worker.jobs)[1:])
        worker.kill()
        self._workers.remove(worker)

    def _pump(self, seconds: float) -> None:
        """Wait up to ``seconds`` for results; enforce the time and memory limits."""
        busy = [w for w in self._workers if w.job is not None]
        if not busy:
            return
        handles: list[Connection | int] = [w.conn for w in busy]
        handles += [w.process.sentinel for w in busy]
        ready = set(wait(handles, timeout=seconds))
        now = time.monotonic()
        for worker in busy:
            assert worker.job is not None
            index, name = worker.job
            if worker.conn in ready:
                try:
                    outcome = worker.conn.recv()
                except (EOFError, OSError):
                    outcome = None
                if isinstance(outcome, Outcome) and outcome.index == index:
                    worker.done_with_first()
                    self._done[index] = outcome
                    continue
                if outcome == ("started", index):
                    worker.started = now
                    continue
            if worker.conn in ready or worker.process.sentinel in ready:
                worker.process.join(1)
                self._finish(worker, _crash_problem(name, worker.process.exitcode))
            elif worker.started and now - worker.started > self.limits.seconds_per_file:
                self._finish(worker, _timeout_problem(name, self.limits))
            elif not worker.started and now - worker.sent > _STARTUP_SECONDS:
                self._finish(worker, _crash_problem(name, None))
            elif worker.rss() > self.limits.max_worker_memory:
                self._finish(worker, _memory_problem(name, self.limits))

    def _finish(self, worker: _Worker, problem: ImportProblem) -> None:
        assert worker.job is not None
        index = worker.job[0]
        self._replace(worker)
        self._done[index] = Outcome(index, problem=problem)

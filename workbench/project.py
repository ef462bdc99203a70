"""``Project``: one open dossier file, the single entry point of the core API.

Every edit runs as one *operation*: one transaction that also writes an audit row and captures
the changeset that reverses it (``last_change``), so a GUI can put it on an undo stack.
"""

from __future__ import annotations

import getpass
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from workbench import backups
from workbench import lock as locking
from workbench.base import AuditEntry
from workbench.check_memo import ChangeLog
from workbench.communication import CommunicationOps
from workbench.deletion import DeletionOps
from workbench.errors import DossierNotWritable, ReadOnlyDossier, UndoConflict, WrongThread
from workbench.evidence import EvidenceOps
from workbench.messages import Message, parse
from workbench.model import Dossier
from workbench.sources import SourceOps
from workbench.store import changes, connection, db, migrations, recovery, search_index, sqlite_errors
from workbench.store import dossier as store
from workbench.structure import StructureOps
from workbench.suggestions import SuggestionOps
from workbench.version import __version__

Listener = Callable[[str], None]


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


class Project(StructureOps, SourceOps, EvidenceOps, SuggestionOps, DeletionOps, CommunicationOps):
    """An open dossier. Use ``Project.create`` or ``Project.open``; close it (or use ``with``)."""

    def __init__(self, path: Path, conn: db.Connection, *, readonly: bool,
                 opened_version: int, lock: locking.DossierLock | None = None,
                 warnings: list[str] | None = None) -> None:
        self.path = path
        self.readonly = readonly
        self.opened_version = opened_version
        self._conn: db.Connection | None = conn
        self.lock = lock                          # None when read-only
        self.warnings: list[str] = list(warnings or ())   # network share, took over a lock...
        locking.release_when_collected(self, conn, lock)  # never leave a lock behind
        self._depth = 0
        self._listeners: list[Listener] = []
        self.os_user = _os_user()
        self.last_change = changes.Changeset("", ())
        self.generation = 0   # +1 per committed edit: a cheap key for caches of derived data
        self._owner = threading.get_ident()       # the thread that may use the connection
        self._parent: Project | None = None       # set on a worker() sibling
        self.changelog = ChangeLog()              # what edits touched, for the checks (#15)
        # Set while no edit of this (the window's) project waits for the write lock: a
        # worker writing in steps lets such an edit go first (``yield_to_edits``, #14).
        self._no_edit_waiting = threading.Event()
        self._no_edit_waiting.set()
        if not readonly:
            changes.install(conn)

    # --- lifecycle ------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, title: str, reference: str = "") -> Project:
        path = Path(path)
        if path.exists() or not path.parent.is_dir():
            connection.create(path)     # raises its clear message
        held = locking.acquire(path)
        try:
            conn = connection.create(path)
        except BaseException:
            held.release()
            raise
        project = cls(path, conn, readonly=False, opened_version=0, lock=held,
                      warnings=held.warnings)
        with project.edit("Create dossier", "dossier", title):
            store.insert_dossier(conn, title, reference, __version__)
        return project

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, take_over: bool = False,
             backup_dir: str | Path | None = None, defer_backup: bool = False) -> Project:
        """Open for editing (one session at a time: ``DossierLocked`` names the holder; a
        holder on this computer that died is taken over silently, ``take_over=True`` takes over
        any) or ``readonly`` (no lock). Opening for editing first backs the file up;
        ``defer_backup``: except the on-open backup, which the caller then runs in the
        background with ``backups.open_backup_in_steps`` (#15; a migration's backup is never
        deferred)."""
        path = Path(path)
        connection.check_header(path)
        if readonly:
            recovery.recover_interrupted(path)
            conn, found = connection.open_existing(path, readonly=True)
            return cls(path, conn, readonly=True, opened_version=found,
                       warnings=locking.readonly_warnings(path))
        held = locking.acquire(path, take_over=take_over)
        try:
            locking.check_writable(path)
            try:
                # The schema is verified before the backup and the migrations touch the file.
                conn, found = connection.open_existing(path, migrate=False)
                try:
                    warnings = [*held.warnings, *backups.before_open(path, base=backup_dir,
                                                                     defer=defer_backup)]
                    connection.upgrade(conn, found)
                except BaseException:
                    conn.close()
                    raise
            except db.OperationalError as exc:
                if "readonly" in str(exc) or "read-only" in str(exc):
                    raise locking.not_writable(path) from exc
                raise
        except BaseException:
            held.release()
            raise
        return cls(path, conn, readonly=False, opened_version=found, lock=held, warnings=warnings)

    @staticmethod
    def warm_up() -> None:
        """Compute once per process what the first ``open`` needs from the migrations (see
        ``store.changes.warm_up``): a GUI calls it off its thread before the officer opens
        anything (#14). Any thread, any time."""
        changes.warm_up()

    def worker(self) -> Project:
        """A second ``Project`` on the same file for one background thread (an import, a scan).

        Call it in that thread and close it there (``with project.worker() as p: ...``): a
        connection belongs to the thread that opened it. It shares this session's lock (it takes
        none and releases none), writes through its own transactions, audited like any edit;
        while it writes, an edit here waits (up to the busy timeout) instead of joining its
        transaction. Its edits are not on this project's undo history: a GUI clears that history
        afterwards. Read-only when this project is.
        """
        if self._conn is None:
            raise ReadOnlyDossier(Message("dossier-closed", path=self.path))
        if not self.readonly and (self.lock is None or not self.lock.still_held()):
            raise DossierNotWritable(Message("lock-lost", name=self.path.name))
        conn, found = connection.open_existing(self.path, readonly=self.readonly)
        sibling = type(self)(self.path, conn, readonly=self.readonly, opened_version=found)
        sibling._parent = self
        return sibling

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> db.Connection:
        """The connection, for the store modules only, on the thread that opened it."""
        if self._conn is None:
            raise ReadOnlyDossier(Message("dossier-closed", path=self.path))
        if threading.get_ident() != self._owner:
            raise WrongThread(
                f"{self.path.name}: the window's connection was used from a background thread; "
                "nothing was changed (background work uses project.worker())")
        return self._conn

    @property
    def session(self) -> Project:
        """The window's project this one works for: itself, or for a ``worker()`` the project
        that made it (caches of a whole session, such as the checks', are kept on it)."""
        return self._parent or self

    @property
    def schema_version(self) -> int:
        return migrations.latest_version()

    @property
    def edit_waiting(self) -> bool:
        """An edit of this project is waiting for (or holds) the write lock."""
        return not self._no_edit_waiting.is_set()

    def yield_to_edits(self, timeout: float = 10.0) -> None:
        """On a worker sibling that writes in several transactions: before the next one, wait
        while the window's project has an edit waiting for the write lock (#14). SQLite's busy
        wait is not a queue: a worker that commits and begins again at once could keep a
        waiting edit out until its busy timeout and have it refused."""
        if self._parent is not None:
            self._parent._no_edit_waiting.wait(timeout)

    # --- operations -----------------------------------------------------------------------
    @contextmanager
    def edit(self, label: str, kind: str = "", key: str = "", detail: str = ""
             ) -> Iterator[AuditEntry]:
        """One undoable, audited transaction. Nested calls join the outer operation.

        Yields the audit entry: an operation that creates a record sets ``entry.key`` once the
        record's number is known, so the record's history starts with its creation.
        """
        if self.readonly:
            raise ReadOnlyDossier(Message("read-only-edit", name=self.path.name))
        conn = self.conn                          # refuses a call from another thread
        entry = AuditEntry(label, kind, key, detail)
        if self._depth:
            self._depth += 1
            try:
                yield entry
            finally:
                self._depth -= 1
            return
        if self._parent is None:
            self._no_edit_waiting.clear()
        try:
            db.begin(conn)
        except db.OperationalError as exc:     # a sync client or antivirus holds the file
            self._no_edit_waiting.set()
            raise sqlite_errors.edit_error(self.path, exc) from exc
        self._depth = 1
        try:
            yield entry
            store.insert_audit(conn, self.os_user, entry.label, entry.kind, entry.key,
                               entry.detail)
            search_index.flush(conn)    # the paragraphs' index, in this same transaction
            change = changes.take(conn, label)
            db.commit(conn)
        except db.OperationalError as exc:
            with suppress(db.Error):
                db.rollback(conn)
            if not sqlite_errors.is_environmental(exc):
                raise                                # a bug: the crash report must show it
            raise sqlite_errors.edit_error(self.path, exc) from exc
        except BaseException:
            db.rollback(conn)
            raise
        finally:
            self._depth = 0
            if self._parent is None:
                self._no_edit_waiting.set()
        self.last_change = change
        (self._parent or self).changelog.record(change)
        self.generation += 1
        if self._parent is not None:
            self._parent.generation += 1          # its caches of derived data are stale too
        self._notify(label)

    def revert(self, change: changes.Changeset, label: str | None = None) -> changes.Changeset:
        """Apply a changeset: undo an edit, or redo it when the changeset came from an undo.

        Returns the changeset that goes the other way; the audit trail records "Undo: ..." or
        "Redo: ..." with the edit's label.
        """
        verb = "Redo" if change.redoes else "Undo"
        try:
            with self.edit(label or f"{verb}: {change.label}", verb.lower(), change.label):
                changes.replay(self.conn, change)
        except db.IntegrityError as exc:   # a deferred reference, checked at COMMIT
            raise UndoConflict(
                f"Cannot {verb.lower()} '{change.label}': a record it refers to was deleted or "
                f"replaced since by an edit outside the undo history ({exc}). Nothing was changed.",
                label=f"{verb.lower()} '{change.label}'") from exc
        back = changes.Changeset(change.label, self.last_change.entries,
                                 redoes=not change.redoes)
        self.last_change = back
        return back

    # --- listeners (the GUI refreshes its models on these) -------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, label: str) -> None:
        for listener in list(self._listeners):
            listener(label)

    # --- the dossier header ---------------------------------------------------------------
    def dossier(self) -> Dossier:
        version = db.user_version(self.conn)
        return store.dossier(self.conn, version)

    def set_dossier(self, *, title: str | None = None, reference: str | None = None,
                    minister_title: str | None = None, minister_name: str | None = None,
                    vr_number: str | None = None, communication_date: str | None = None) -> None:
        """Change the dossier header; None leaves a field as it is, "" empties it.

        ``reference`` is the consulted document's reference (the green paper's VR number);
        ``vr_number`` is the communication's own. ``communication_date`` is an ISO date.
        """
        from workbench.structure import check_date

        given = {"title": title, "reference": reference, "minister_title": minister_title,
                 "minister_name": minister_name, "vr_number": vr_number,
                 "communication_date": communication_date}
        fields: dict[str, str | None] = {k: v.strip() for k, v in given.items() if v is not None}
        if "communication_date" in fields:
            fields["communication_date"] = check_date(fields["communication_date"],
                                                      "communication_date")
        with self.edit("Edit dossier", "dossier", "", ", ".join(fields)):
            store.update_dossier(self.conn, **fields)

    def counts(self) -> dict[str, int]:
        return store.counts(self.conn)

    def audit(self, kind: str | None = None, key: str | None = None,
              limit: int | None = None) -> list[dict[str, Any]]:
        """The audit rows, newest first; ``code`` and ``params`` are the operation's
        ``workbench.messages`` code (None for a text no template matches, e.g. from an older
        version), so a GUI can word it in its own language."""
        rows = []
        for row in store.audit(self.conn, kind, key, limit):
            found = parse(row["operation"])
            rows.append({**dict(row), "code": found.code if found else None,
                         "params": dict(found.params) if found else {}})
        return rows

"""Opening a .cwb file: validation, pragmas and migrations.

Journal mode is DELETE (a rollback journal), not WAL: with WAL, committed edits sit in a
``-wal`` file beside the dossier until a checkpoint, so a user who copies the .cwb alone to a
stick or mails it while the app is open would silently lose recent work. With a rollback
journal the main file holds every committed transaction; ``synchronous=FULL`` makes the commit
durable across a power cut.

A dossier from someone else is untrusted input, so every connection is hardened first
(``harden``: ``trusted_schema = OFF``, defensive mode where Python exposes it) and an existing
file's schema is compared with ours (``schema.verify``) before any other statement, migration
or backup touches it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal

from workbench.errors import DamagedDossier, NewerSchema, NotADossier, WorkbenchError
from workbench.messages import Message
from workbench.store import migrations, schema, search_index
from workbench.store.sqlite_errors import environmental_error, open_error
from workbench.store.uri import sqlite_uri

APPLICATION_ID = 0x43574231          # "CWB1" in the SQLite header: marks our dossiers
_SQLITE_MAGIC = b"SQLite format 3\x00"


IsolationLevel = Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None


def _uri(path: Path, mode: str) -> str:
    return sqlite_uri(path, mode)   # not resolve()+as_uri: mapped drives, UNC paths (#17)


def harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Make a connection safe for a file from someone else; call before anything else on it.

    ``trusted_schema = OFF``: functions and virtual tables with side effects may not be used
    from the file's own triggers, views, defaults or indexes. Defensive mode (Python 3.12+
    exposes it) also forbids writing the schema table directly and other ways of corrupting a
    file by SQL. On Python 3.11 ``sqlite3`` has no way to set it; the schema check in
    ``open_existing`` and running no SQL taken from a file are what protect us there.
    """
    conn.execute("PRAGMA trusted_schema = OFF")
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    setconfig = getattr(conn, "setconfig", None)
    if defensive is not None and setconfig is not None:
        setconfig(defensive, True)
    return conn


def connect_file(path: Path, mode: str, *, isolation_level: IsolationLevel = "DEFERRED"
                 ) -> sqlite3.Connection:
    """A hardened connection to a dossier-like file (backups, recovery); ``mode`` ro/rw/rwc.
    ``isolation_level``: sqlite3's (DEFERRED, the same as its default; None: autocommit)."""
    conn = sqlite3.connect(_uri(path, mode), uri=True, isolation_level=isolation_level)
    try:
        return harden(conn)
    except BaseException:
        conn.close()
        raise


def _configure(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        # Temporary data in memory, not in a temporary file: every savepoint (one per imported
        # file) and multi-row statement keeps a statement journal, and the undo log and the
        # search index's notes are TEMP tables; on disk these cost ~20 writes a PDF page and
        # a tenth of what storing it cost (#15). They stay small: one edit's worth. Set before
        # any TEMP table exists (changing it drops them).
        conn.execute("PRAGMA temp_store = MEMORY")


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per operation.
    # check_same_thread stays on: background work opens its own (Project.worker(), #18).
    try:
        conn = connect_file(path, mode, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 5000")    # also while the schema is read and checked
    except sqlite3.Error as exc:   # unreachable share, no access...: a message, not a trace (#17)
        raise open_error(path, exc, readonly=mode == "ro") from exc
    conn.row_factory = sqlite3.Row
    return conn


def check_header(path: Path) -> None:
    """Refuse anything that is not a SQLite file before SQLite can touch it."""
    if not path.exists():
        raise NotADossier(Message("no-such-file", path=path))
    if path.is_dir():
        raise NotADossier(Message("is-a-folder", path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as exc:
        raise NotADossier(Message("file-unreadable", path=path, reason=exc.strerror)) from exc
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        size = path.stat().st_size
        if size == 0:
            what = "empty"
        elif header.startswith(b"SQLite"):
            what = "truncated"
        else:
            what = "other"
        raise NotADossier(Message(f"not-a-dossier-{what}", path=path))
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotADossier(Message("not-a-dossier-sqlite", path=path))


def create(path: Path) -> sqlite3.Connection:
    if path.exists():
        raise WorkbenchError(Message("create-exists", path=path))
    if not path.parent.is_dir():
        raise WorkbenchError(Message("create-no-folder", folder=path.parent))
    conn = _connect(path, "rwc")
    _configure(conn, readonly=False)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")   # a constant of ours
    migrations.migrate(conn, 0)
    search_index.install(conn)
    return conn


def _migrate_verified(conn: sqlite3.Connection, found: int) -> None:
    """Upgrade a file whose schema ``verify`` has just found to be exactly ours.

    The schema is ours, so its triggers are trusted while the migrations run: before schema 6
    the full-text triggers in the file write into a virtual table, which SQLite refuses with
    ``trusted_schema = OFF`` should a migration change paragraphs.
    """
    conn.execute("PRAGMA trusted_schema = ON")
    try:
        migrations.migrate(conn, found)
    finally:
        conn.execute("PRAGMA trusted_schema = OFF")


def open_existing(path: Path, *, readonly: bool = False, migrate: bool = True
                  ) -> tuple[sqlite3.Connection, int]:
    """Open, verify the schema, and bring it to the current version (unless ``readonly`` or
    ``migrate=False``: then call ``upgrade``); returns the connection and the version found."""
    check_header(path)
    conn = _connect(path, "ro" if readonly else "rw")
    try:
        found = verified_version(conn, path)
        _configure(conn, readonly=readonly)
        if not readonly and migrate:
            upgrade(conn, found)
    except sqlite3.DatabaseError as exc:
        conn.close()
        known = environmental_error(path, exc, readonly=readonly)   # locked, unreachable (#17)
        if known is not None:
            raise known from exc
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise
        raise DamagedDossier(Message("dossier-damaged-restore", path=path,
                                     reason=short(exc))) from exc
    except BaseException:
        conn.close()
        raise
    return conn, found


def verified_version(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, once its schema is found to be exactly what our migrations
    make at that version (``ForeignSchema`` otherwise). Runs nothing of the file."""
    try:
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        # a colleague's crash mid-save (hot journal), another program holding the file (#17)
        known = environmental_error(path, exc, readonly=True)
        if known is not None:
            raise known from exc
        # the header said "our dossier" (check_header): what follows it is damaged
        raise DamagedDossier(Message("dossier-damaged-open", path=path, reason=short(exc))) from exc
    latest = migrations.latest_version()
    if found > latest:
        raise NewerSchema(Message("newer-schema", path=path, found=found, latest=latest))
    if found < 1:
        raise NotADossier(Message("not-a-dossier-no-schema", path=path))
    schema.verify(conn, found, path)
    return found


def upgrade(conn: sqlite3.Connection, found: int) -> None:
    """Migrate a verified writable connection and let it keep the search index in step."""
    if found < migrations.latest_version():
        _migrate_verified(conn, found)
    search_index.install(conn)


def short(exc: BaseException, limit: int = 160) -> str:
    """An exception's message cut to one short line (SQLite quotes whole values in some)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def search_index_problem_read_only(path: Path) -> str | None:
    """The full-text index checked against the text for a read-only session: FTS5's
    integrity-check is an INSERT (that writes nothing), so it needs a connection of its own
    that may write, in a transaction rolled back at once."""
    own = connect_file(path, "rw", isolation_level=None)
    try:
        own.execute("PRAGMA busy_timeout = 2000")
        verified_version(own, path)
        own.execute("BEGIN")
        try:
            return search_index.integrity_problem(own, against_text=True)
        finally:
            own.execute("ROLLBACK")
    finally:
        own.close()

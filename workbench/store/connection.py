"""Opening a .cwb file: validation, pragmas and migrations.

Journal mode is DELETE (a rollback journal), not WAL: with WAL, committed edits sit in a
``-wal`` file beside the dossier until a checkpoint, so a user who copies the .cwb alone to a
stick or mails it while the app is open would silently lose recent work. With a rollback
journal the main file holds every committed transaction; ``synchronous=FULL`` makes the commit
durable across a power cut.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.errors import NewerSchema, NotADossier, WorkbenchError
from workbench.store import migrations
from workbench.store.sqlite_errors import open_error
from workbench.store.uri import sqlite_uri

APPLICATION_ID = 0x43574231          # "CWB1" in the SQLite header: marks our dossiers
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _uri(path: Path, mode: str) -> str:
    return sqlite_uri(path, mode)   # not resolve()+as_uri: mapped drives, UNC paths (#17)


def _configure(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per operation.
    try:
        conn = sqlite3.connect(_uri(path, mode), uri=True, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise open_error(path, exc, readonly=mode == "ro") from exc
    conn.row_factory = sqlite3.Row
    return conn


def check_header(path: Path) -> None:
    """Refuse anything that is not a SQLite file before SQLite can touch it."""
    if not path.exists():
        raise NotADossier(f"{path}: no such file")
    if path.is_dir():
        raise NotADossier(f"{path}: is a folder, not a dossier file")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as exc:
        raise NotADossier(f"{path}: cannot be read ({exc.strerror}); check the file's permissions") from exc
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        size = path.stat().st_size
        if size == 0:
            what = "an empty file"
        elif header.startswith(b"SQLite"):
            what = "truncated or damaged"
        else:
            what = "a different kind of file"
        raise NotADossier(f"{path}: not a Consultation Workbench dossier ({what})")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotADossier(
            f"{path}: not a Consultation Workbench dossier (an SQLite database of another program)")


def create(path: Path) -> sqlite3.Connection:
    if path.exists():
        raise WorkbenchError(f"{path}: already exists; choose another name or open it")
    if not path.parent.is_dir():
        raise WorkbenchError(f"{path.parent}: folder does not exist")
    conn = _connect(path, "rwc")
    try:
        _configure(conn, readonly=False)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except sqlite3.OperationalError as exc:
        conn.close()
        raise open_error(path, exc) from exc
    migrations.migrate(conn, 0)
    return conn


def open_existing(path: Path, *, readonly: bool = False) -> tuple[sqlite3.Connection, int]:
    """Open and bring to the current schema; returns the connection and the version found."""
    check_header(path)
    conn = _connect(path, "ro" if readonly else "rw")
    try:
        _configure(conn, readonly=readonly)
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise open_error(path, exc, readonly=readonly) from exc
    latest = migrations.latest_version()
    if found > latest:
        conn.close()
        raise NewerSchema(
            f"{path}: made by a newer version of Consultation Workbench (schema {found}; this "
            f"version knows up to {latest}). Update the app to open it."
        )
    if found < 1:
        conn.close()
        raise NotADossier(f"{path}: not a Consultation Workbench dossier (no schema)")
    if found < latest and not readonly:
        migrations.migrate(conn, found)
    return conn, found

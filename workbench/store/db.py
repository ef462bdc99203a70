"""The SQLite names the rest of the core uses, so that only ``workbench.store`` imports sqlite3
(an import-linter contract in pyproject.toml), and the transaction statements of an operation."""

from __future__ import annotations

import sqlite3
from sqlite3 import Connection, DatabaseError, Error, IntegrityError, OperationalError, Row

__all__ = ["Connection", "DatabaseError", "Error", "IntegrityError", "OperationalError", "Row", "begin",
           "commit", "rollback", "sqlite_version", "user_version"]


def sqlite_version() -> str:
    return sqlite3.sqlite_version


def begin(conn: Connection) -> None:
    """Start an operation's transaction, taking the write lock now rather than at its first
    write (two writers never both hold a read lock and wait for each other)."""
    conn.execute("BEGIN IMMEDIATE")


def commit(conn: Connection) -> None:
    conn.execute("COMMIT")


def rollback(conn: Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def user_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def quick_check(conn: Connection) -> str:
    """SQLite's quick_check: "ok", or the first problem it found."""
    return str(conn.execute("PRAGMA quick_check").fetchone()[0])


def touch(conn: Connection) -> None:
    """Read the schema once: opening is lazy, this makes a locked or damaged file say so now."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def durable_writes(conn: Connection) -> None:
    conn.execute("PRAGMA synchronous = FULL")


def dossier_identity(conn: Connection) -> tuple[str, str] | None:
    """(uuid, title) of the dossier's header row; None when it has none."""
    row = conn.execute("SELECT uuid, title FROM dossier WHERE id = 1").fetchone()
    return None if row is None else (str(row[0]), str(row[1]))

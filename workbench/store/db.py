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

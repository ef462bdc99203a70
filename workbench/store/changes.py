"""Undo/redo for every edit, captured by the database itself.

Temporary triggers record, for each row an operation inserts, updates or deletes, the SQL
statement that reverses it (the technique of sqlite.org's "Automatic Undo/Redo"). An operation's
statements form a ``Changeset``; applying a changeset's statements in reverse order undoes the
operation and captures a new changeset that redoes it. Cascading deletes are covered because
foreign-key actions fire triggers too. The audit trail and the full-text index are not logged:
the audit is append-only and the index follows the ``block`` table through its own triggers.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

_NOT_LOGGED = {"audit"}


@dataclass(frozen=True)
class Changeset:
    label: str
    statements: tuple[str, ...]
    redoes: bool = False       # applying it re-does the edit (it came from an undo)

    def __bool__(self) -> bool:
        return bool(self.statements)


def _logged_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"
    ).fetchall()
    return [r[0] for r in rows if r[0] not in _NOT_LOGGED]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def install(conn: sqlite3.Connection) -> None:
    """Create the per-connection log table and triggers (TEMP: nothing is written to the file)."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, stmt TEXT NOT NULL)")
    for table in _logged_tables(conn):
        cols = [r[1] for r in conn.execute(f"PRAGMA main.table_info({_q(table)})")]
        t = _q(table)
        sets = "||','||".join(f"'{_q(c)}='||quote(old.{_q(c)})" for c in cols)
        names = ",".join(["rowid", *map(_q, cols)]).replace("'", "''")
        values = "||','||".join(["old.rowid", *(f"quote(old.{_q(c)})" for c in cols)])
        conn.executescript(f"""
            CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_i AFTER INSERT ON main.{t} BEGIN
                INSERT INTO undo_log (stmt) VALUES ('DELETE FROM {t} WHERE rowid='||new.rowid);
            END;
            CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_u AFTER UPDATE ON main.{t} BEGIN
                INSERT INTO undo_log (stmt)
                VALUES ('UPDATE {t} SET '||{sets}||' WHERE rowid='||old.rowid);
            END;
            CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_d BEFORE DELETE ON main.{t} BEGIN
                INSERT INTO undo_log (stmt)
                VALUES ('INSERT INTO {t} ({names}) VALUES ('||{values}||')');
            END;
        """)


def take(conn: sqlite3.Connection, label: str) -> Changeset:
    """The statements logged since the last take, as the changeset that reverses them."""
    rows = conn.execute("SELECT stmt FROM temp.undo_log ORDER BY seq").fetchall()
    conn.execute("DELETE FROM temp.undo_log")
    return Changeset(label, tuple(r[0] for r in rows))


def replay(conn: sqlite3.Connection, changeset: Changeset) -> None:
    """Run a changeset's statements newest first. Call inside a transaction."""
    # Rows come back in the reverse order of their deletion: children before parents.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for stmt in reversed(changeset.statements):
        conn.execute(stmt)

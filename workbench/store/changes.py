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
from functools import lru_cache

from workbench.store import migrations

_NOT_LOGGED = {"audit"}


@dataclass(frozen=True)
class Changeset:
    label: str
    statements: tuple[str, ...]
    redoes: bool = False       # applying it re-does the edit (it came from an undo)

    def __bool__(self) -> bool:
        return bool(self.statements)


@lru_cache(maxsize=1)
def _expected_tables() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The logged tables and their columns as this version's migrations create them.

    Taken from a scratch in-memory database, never from the file being opened: a dossier from
    someone else is untrusted, and its own ``sqlite_master`` must not decide what SQL we write.
    """
    scratch = sqlite3.connect(":memory:")
    try:
        migrations.migrate(scratch, 0)
        names = [r[0] for r in scratch.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")]
        return tuple(
            (name, tuple(r[1] for r in scratch.execute("SELECT * FROM pragma_table_info(?)", (name,))))
            for name in names if name not in _NOT_LOGGED)
    finally:
        scratch.close()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    """A string as an SQL literal (for SQL text that a trigger stores and replays later)."""
    return "'" + text.replace("'", "''") + "'"


def _triggers(table: str, cols: tuple[str, ...]) -> tuple[str, str, str]:
    t = _q(table)
    sets = "||','||".join(f"{_lit(_q(c) + '=')}||quote(old.{_q(c)})" for c in cols)
    names = ",".join(["rowid", *map(_q, cols)])
    values = "||','||".join(["old.rowid", *(f"quote(old.{_q(c)})" for c in cols)])
    return (
        f"CREATE TEMP TRIGGER IF NOT EXISTS {_q('undo_' + table + '_i')} AFTER INSERT ON main.{t} "
        f"BEGIN INSERT INTO undo_log (stmt) VALUES ({_lit('DELETE FROM ' + t + ' WHERE rowid=')}"
        f"||new.rowid); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {_q('undo_' + table + '_u')} AFTER UPDATE ON main.{t} "
        f"BEGIN INSERT INTO undo_log (stmt) VALUES ({_lit('UPDATE ' + t + ' SET ')}||{sets}"
        f"||' WHERE rowid='||old.rowid); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {_q('undo_' + table + '_d')} BEFORE DELETE ON main.{t} "
        f"BEGIN INSERT INTO undo_log (stmt) VALUES ({_lit('INSERT INTO ' + t + ' (' + names + ') VALUES (')}"
        f"||{values}||')'); END",
    )


def install(conn: sqlite3.Connection) -> None:
    """Create the per-connection log table and triggers (TEMP: nothing is written to the file).

    One statement per ``execute`` (never ``executescript``), and every name comes from the
    expected schema, quoted: nothing read from the file can add a statement of its own.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, stmt TEXT NOT NULL)")
    for table, cols in _expected_tables():
        for statement in _triggers(table, cols):
            conn.execute(statement)


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

"""The full-text index of paragraphs (``block_fts``), kept in step with ``block`` by the app.

Until schema 6 the file carried its own triggers that wrote to the index. Every connection now
runs with ``PRAGMA trusted_schema = OFF`` (a dossier from someone else is untrusted), and SQLite
then refuses any write into a virtual table from inside a trigger, TEMP triggers included
("unsafe use of virtual table"). So migration 006 drops those triggers and each writable
connection gets TEMP triggers that only *note* every change to ``block`` in a TEMP table, plain
SQL that is allowed; ``flush`` applies the notes to the index with top-level statements, in the
same transaction, before it commits. Because the notes come from triggers, every path that
changes paragraphs is covered: imports, deletes cascading from a source, undo and redo replay.
Read-only connections get no triggers and never write.
"""

from __future__ import annotations

import sqlite3

_PENDING = "search_pending"

# Fixed text, no names from the file: the TEMP schema is this connection's own.
_INSTALL = (
    f"CREATE TEMP TABLE IF NOT EXISTS {_PENDING} (seq INTEGER PRIMARY KEY, "
    "command TEXT, block_id INTEGER NOT NULL, text TEXT NOT NULL)",
    f"CREATE TEMP TRIGGER IF NOT EXISTS search_block_i AFTER INSERT ON main.block BEGIN "
    f"INSERT INTO {_PENDING} (command, block_id, text) VALUES (NULL, new.id, new.text); END",
    f"CREATE TEMP TRIGGER IF NOT EXISTS search_block_d AFTER DELETE ON main.block BEGIN "
    f"INSERT INTO {_PENDING} (command, block_id, text) VALUES ('delete', old.id, old.text); END",
    f"CREATE TEMP TRIGGER IF NOT EXISTS search_block_u AFTER UPDATE OF id, text ON main.block "
    f"BEGIN INSERT INTO {_PENDING} (command, block_id, text) VALUES ('delete', old.id, old.text);"
    f" INSERT INTO {_PENDING} (command, block_id, text) VALUES (NULL, new.id, new.text); END",
)


def install(conn: sqlite3.Connection) -> None:
    """Note changes to ``block`` on this (writable) connection; one statement per execute."""
    for statement in _INSTALL:
        conn.execute(statement)


def installed(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?",
                        (_PENDING,)).fetchone() is not None


def flush(conn: sqlite3.Connection) -> int:
    """Apply the noted changes to the index, oldest first; call before COMMIT.

    A NULL command is an ordinary insert; 'delete' removes the old text of an external-content
    row (FTS5 needs the text as it was indexed, which the note kept). Returns the notes applied.
    """
    if not installed(conn):
        return 0
    count = conn.execute(f"SELECT count(*) FROM temp.{_PENDING}").fetchone()[0]
    if count:
        conn.execute(f"INSERT INTO main.block_fts (block_fts, rowid, text) "
                     f"SELECT command, block_id, text FROM temp.{_PENDING} ORDER BY seq")
        conn.execute(f"DELETE FROM temp.{_PENDING}")
    return int(count)


def integrity_problem(conn: sqlite3.Connection, *, against_text: bool = False) -> str | None:
    """None when the index is sound and has one entry per paragraph, else what is wrong.

    FTS5's 'integrity-check' command is an INSERT, so ``conn`` must be a read-write connection
    (it writes nothing). It checks the index's own structure; ``against_text`` (``rank = 1``)
    also re-tokenises every paragraph to compare, about four times slower on a big dossier.
    """
    rank = ", rank) VALUES ('integrity-check', 1)" if against_text else ") VALUES ('integrity-check')"
    try:
        conn.execute(f"INSERT INTO main.block_fts (block_fts{rank}")
        indexed = conn.execute("SELECT count(*) FROM main.block_fts_docsize").fetchone()[0]
        paragraphs = conn.execute("SELECT count(*) FROM main.block").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if indexed != paragraphs:
        return f"{paragraphs} paragraphs, {indexed} in the index"
    return None


def rebuild(conn: sqlite3.Connection) -> None:
    """Re-index every paragraph (repairs a damaged index); call inside a transaction."""
    conn.execute("INSERT INTO main.block_fts (block_fts) VALUES ('rebuild')")

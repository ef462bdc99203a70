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

An import adds a document's paragraphs by the hundred; noting each copied its text into the
TEMP table row by row (#15). Inside ``noted_together`` a new document's paragraphs are noted
as one *range* of block ids instead, indexed at ``flush`` from ``block`` as the paragraphs are
then: a note made later in the same transaction about a paragraph of a range is superseded by
that (the range's ids are new, so the index held none of them before).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

_PENDING = "search_pending"
_BULK = "search_bulk"

# Fixed text, no names from the file: the TEMP schema is this connection's own. A note with
# ``last`` set is a range: every paragraph with an id from ``block_id`` to ``last``.
_INSTALL = (
    f"CREATE TEMP TABLE IF NOT EXISTS {_PENDING} (seq INTEGER PRIMARY KEY, "
    "command TEXT, block_id INTEGER NOT NULL, text TEXT NOT NULL, last INTEGER)",
    f"CREATE TEMP TABLE IF NOT EXISTS {_BULK} (source_id INTEGER PRIMARY KEY)",
    f"CREATE TEMP TRIGGER IF NOT EXISTS search_block_i AFTER INSERT ON main.block "
    f"WHEN NOT EXISTS (SELECT 1 FROM temp.{_BULK} WHERE source_id IS new.source_id) BEGIN "
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


@contextlib.contextmanager
def noted_together(conn: sqlite3.Connection, source_id: int) -> Iterator[None]:
    """The paragraphs of document ``source_id`` inserted inside are noted as one range.

    Only for a document with no paragraphs yet (then every one of them is new, and its ids,
    handed out in order, are one run); otherwise, or when they are not one run, each paragraph
    is noted as the trigger would have. Call inside the operation's transaction.
    """
    if not installed(conn) or conn.execute(
            "SELECT 1 FROM main.block WHERE source_id IS ? LIMIT 1", (source_id,)).fetchone():
        yield
        return
    conn.execute(f"INSERT INTO temp.{_BULK} (source_id) VALUES (?)", (source_id,))
    switch_off = (f"DELETE FROM temp.{_BULK} WHERE source_id IS ?", (source_id,))
    try:
        yield
    except BaseException:
        # a failed statement inside may have rolled back the transaction, this row with it
        with contextlib.suppress(sqlite3.Error):
            conn.execute(*switch_off)
        raise
    conn.execute(*switch_off)
    first, last, count = conn.execute(
        "SELECT min(id), max(id), count(*) FROM main.block WHERE source_id IS ?",
        (source_id,)).fetchone()
    if not count:
        return
    if last - first + 1 == count:
        conn.execute(f"INSERT INTO temp.{_PENDING} (command, block_id, text, last) "
                     "VALUES (NULL, ?, '', ?)", (first, last))
    else:
        conn.execute(f"INSERT INTO temp.{_PENDING} (command, block_id, text) "
                     "SELECT NULL, id, text FROM main.block WHERE source_id IS ? ORDER BY id",
                     (source_id,))


def flush(conn: sqlite3.Connection) -> int:
    """Apply the noted changes to the index, oldest first; call before COMMIT.

    A NULL command is an ordinary insert; 'delete' removes the old text of an external-content
    row (FTS5 needs the text as it was indexed, which the note kept). A range's paragraphs are
    indexed as they are now, and later notes about them are left out: those paragraphs were
    not in the index before, so what they were in between does not matter. Returns the notes
    applied.
    """
    if not installed(conn):
        return 0
    count = conn.execute(f"SELECT count(*) FROM temp.{_PENDING}").fetchone()[0]
    if not count:
        return 0
    if conn.execute(f"SELECT 1 FROM temp.{_PENDING} WHERE last IS NOT NULL LIMIT 1").fetchone():
        conn.execute(
            f"INSERT INTO main.block_fts (block_fts, rowid, text) "
            f"SELECT command, block_id, text FROM temp.{_PENDING} AS note "
            f"WHERE note.last IS NULL AND NOT EXISTS (SELECT 1 FROM temp.{_PENDING} AS r "
            f"WHERE r.last IS NOT NULL AND r.seq < note.seq "
            f"AND note.block_id BETWEEN r.block_id AND r.last) ORDER BY note.seq")
        conn.execute(
            f"INSERT INTO main.block_fts (rowid, text) SELECT b.id, b.text "
            f"FROM temp.{_PENDING} AS r JOIN main.block AS b ON b.id BETWEEN r.block_id AND r.last "
            f"WHERE r.last IS NOT NULL ORDER BY r.seq, b.id")
    else:
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

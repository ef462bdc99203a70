"""SQL for the paragraphs' readings kept with the dossier (#16, migration 007): a cache of the
suggestion scan, never on the undo log; validated on reading (workbench/suggest_stored.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from workbench.store.suggestions import READ_CHUNK_ROWS

# A text with bytes that are not UTF-8 (a file made by another program) would make the
# query fail: every value that is not NULL is read as its bytes.
_BYTES = "CAST({0} AS BLOB)"

StoredRow = tuple[int, bytes, bytes, bytes, str | None, str | None, int | None]


def present(conn: sqlite3.Connection) -> bool:
    """The file has the tables (schema 7 or later: a file opened read-only is not upgraded)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'suggest_reading'").fetchone() is not None


def stems(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(number, stem) of every stem, by number."""
    return [(r[0], r[1]) for r in conn.execute(
        f"SELECT id, {_BYTES.format('stem')} FROM suggest_stem ORDER BY id")]


def readings(conn: sqlite3.Connection, block_ids: Sequence[int] | None = None
             ) -> Iterator[StoredRow]:
    """(block id, digest, terms, counts, anaphor, named, named_for) of the kept readings (of
    ``block_ids``, or all), in short statements (see ``READ_CHUNK_ROWS``). Values come as the
    file holds them, texts as their bytes: the caller checks their types and decodes them."""
    columns = ("block_id, " + ", ".join(_BYTES.format(c) for c in (
        "digest", "terms", "counts", "anaphor", "named")) + ", CASE typeof(named_for) "
        "WHEN 'integer' THEN named_for END")
    if block_ids is None:
        after = -1
        while True:
            rows = conn.execute(f"SELECT {columns} FROM suggest_reading WHERE block_id > ? "
                                "ORDER BY block_id LIMIT ?", (after, READ_CHUNK_ROWS)).fetchall()
            yield from rows
            if len(rows) < READ_CHUNK_ROWS:
                return
            after = rows[-1][0]
    ids = list(block_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        yield from conn.execute(f"SELECT {columns} FROM suggest_reading WHERE block_id IN "
                                f"({','.join('?' * len(chunk))})", chunk).fetchall()


def kept_blocks(conn: sqlite3.Connection, block_ids: Sequence[int] | None = None) -> set[int]:
    """The block ids (of ``block_ids``, or all) the file keeps a reading of (valid or not)."""
    if block_ids is None:
        return {r[0] for r in conn.execute("SELECT block_id FROM suggest_reading")}
    ids = list(block_ids)
    found: set[int] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        found.update(r[0] for r in conn.execute(
            "SELECT block_id FROM suggest_reading WHERE block_id IN "
            f"({','.join('?' * len(chunk))})", chunk))
    return found


def reading_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM suggest_reading").fetchone()[0])


def basis(conn: sqlite3.Connection) -> tuple[object, object, object] | None:
    """(paragraphs, df, seal) of the kept idf basis, texts as their bytes; None if none."""
    row = conn.execute(f"SELECT paragraphs, {_BYTES.format('df')}, {_BYTES.format('seal')} "
                       "FROM suggest_basis WHERE id = 1").fetchone()
    return None if row is None else (row[0], row[1], row[2])


def found_present(conn: sqlite3.Connection) -> bool:
    """The file keeps found sums (schema 8 or later)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'suggest_found'").fetchone() is not None


def found_sums(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """(option id, identity, terms, weights, seal) of the kept found sums, every value as the
    file holds it (texts as their bytes); none before schema 8."""
    if not found_present(conn):
        return []
    return [tuple(r) for r in conn.execute(
        "SELECT option_id, " + ", ".join(_BYTES.format(c) for c in (
            "identity", "terms", "weights", "seal")) + " FROM suggest_found")]


def nearest_answers(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """(option id, positive, identity, texts, sims, labels, seal) of the kept answers of the
    officer's examples, every value as the file holds it; none before schema 8."""
    if not found_present(conn):
        return []
    return [tuple(r) for r in conn.execute(
        "SELECT option_id, positive, " + ", ".join(_BYTES.format(c) for c in (
            "identity", "texts", "sims", "labels", "seal")) + " FROM suggest_nearest")]


def store(conn: sqlite3.Connection, reset: bool, first_new: int, new_stems: Sequence[str],
          rows: Sequence[StoredRow], basis: tuple[int, bytes, bytes] | None = None,
          found: Sequence[tuple[int, bytes, bytes, bytes, bytes]] = (),
          nearest: Sequence[tuple[int, int, bytes, bytes, bytes, bytes, bytes]] = ()) -> bool:
    """Add ``new_stems`` (numbered from ``first_new``) and keep ``rows``, replacing what the
    file held for their blocks (``reset``: forget every kept reading and stem first), and
    ``basis`` (paragraphs, df, seal) as the idf basis, if given, and the ``found`` sums
    (option id, identity, terms, weights, seal; of options that still exist) and the
    ``nearest`` answers (option id, positive, identity, texts, sims, labels, seal). False,
    and nothing written, when the stems in the file are not the ones the rows were numbered
    against (another scan added some meanwhile). Rows of blocks deleted meanwhile are left
    out (the block's id may be taken by another paragraph later)."""
    if reset:
        conn.execute("DELETE FROM suggest_reading")
        conn.execute("DELETE FROM suggest_stem")
    count, top = conn.execute("SELECT count(*), coalesce(max(id), -1) FROM suggest_stem"
                              ).fetchone()
    if count != first_new or top != first_new - 1:
        return False
    conn.executemany("INSERT INTO suggest_stem (id, stem) VALUES (?, ?)",
                     enumerate(new_stems, start=first_new))
    if basis is not None:
        conn.execute("INSERT OR REPLACE INTO suggest_basis (id, paragraphs, df, seal) "
                     "VALUES (1, ?, ?, ?)", basis)
    conn.executemany(
        "INSERT OR REPLACE INTO suggest_reading (block_id, digest, terms, counts, anaphor, "
        "named, named_for) SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
        "(SELECT 1 FROM block WHERE id = ?)", [(*r, r[0]) for r in rows])
    if found and found_present(conn):
        conn.executemany(
            "INSERT OR REPLACE INTO suggest_found (option_id, identity, terms, weights, seal) "
            "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM option WHERE id = ?)",
            [(*r, r[0]) for r in found])
    if nearest and found_present(conn):
        conn.executemany(
            "INSERT OR REPLACE INTO suggest_nearest (option_id, positive, identity, texts, "
            "sims, labels, seal) SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
            "(SELECT 1 FROM option WHERE id = ?)", [(*r, r[0]) for r in nearest])
    return True

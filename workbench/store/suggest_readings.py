"""SQL for the paragraphs' readings kept with the dossier (#16, migrations 007 and 009): a cache
of the suggestion scan, never on the undo log; validated on reading (workbench/suggest_stored.py).
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections.abc import Iterator, Sequence

# A text with bytes that are not UTF-8 (a file made by another program) would make the
# query fail: every value that is not NULL is read as its bytes.
_BYTES = "CAST({0} AS BLOB)"
_ROWS = "suggest_source_readings"
_COLUMNS = f"source_id, {_BYTES.format('blocks')}, {_BYTES.format('seal')}, " \
           f"{_BYTES.format('readings')}"
_SOURCES_PER_READ = 200          # rows of ~10 kB each: a few MB at a time

# one row per source: source id, block ids, seal, readings (see workbench/suggest_stored.py)
StoredRow = tuple[int, bytes, bytes, bytes]


def present(conn: sqlite3.Connection) -> bool:
    """The file has the tables (schema 9 or later: a file opened read-only is not upgraded)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        f"AND name = '{_ROWS}'").fetchone() is not None


def stems(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(number, stem) of every stem, by number."""
    return [(r[0], r[1]) for r in conn.execute(
        f"SELECT id, {_BYTES.format('stem')} FROM suggest_stem ORDER BY id")]


def _sources_of(conn: sqlite3.Connection, block_ids: Sequence[int]) -> list[int]:
    found: set[int] = set()
    for i in range(0, len(block_ids), 500):
        chunk = block_ids[i:i + 500]
        found.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT source_id FROM block WHERE id IN ({','.join('?' * len(chunk))})",
            chunk))
    return sorted(found)


def readings(conn: sqlite3.Connection, block_ids: Sequence[int] | None = None,
             source_ids: Sequence[int] | None = None) -> Iterator[tuple[object, ...]]:
    """(source id, blocks, seal, readings) of the kept rows: all of them, those of the
    sources of ``block_ids``, or of ``source_ids``; a few at a time. Values come as the file
    holds them, texts as their bytes: the caller checks their types and decodes them."""
    if block_ids is None and source_ids is None:
        after = -1
        while True:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM {_ROWS} WHERE source_id > ? "
                                "ORDER BY source_id LIMIT ?", (after, _SOURCES_PER_READ)
                                ).fetchall()
            yield from rows
            if len(rows) < _SOURCES_PER_READ:
                return
            after = rows[-1][0]
    ids = list(source_ids) if source_ids is not None else _sources_of(conn, list(block_ids or ()))
    for i in range(0, len(ids), _SOURCES_PER_READ):
        chunk = ids[i:i + _SOURCES_PER_READ]
        yield from conn.execute(f"SELECT {_COLUMNS} FROM {_ROWS} WHERE source_id IN "
                                f"({','.join('?' * len(chunk))})", chunk).fetchall()


def _block_ids(value: object) -> array[int]:
    """The block ids a row's ``blocks`` holds (none if it is not what it must be: the row's
    paragraphs are then read again and the row written anew)."""
    ids = array("q")
    if isinstance(value, bytes) and len(value) % 8 == 0:
        ids.frombytes(value)
        if sys.byteorder == "big":
            ids.byteswap()
    return ids


def kept_blocks(conn: sqlite3.Connection, block_ids: Sequence[int] | None = None) -> set[int]:
    """The block ids (of ``block_ids``, or all) the file keeps a reading of (valid or not)."""
    if block_ids is None:
        found: set[int] = set()
        for (blocks,) in conn.execute(f"SELECT {_BYTES.format('blocks')} FROM {_ROWS}"):
            found.update(_block_ids(blocks))
        return found
    wanted = set(block_ids)
    found = set()
    sources = _sources_of(conn, list(block_ids))
    for i in range(0, len(sources), 500):
        chunk = sources[i:i + 500]
        for (blocks,) in conn.execute(f"SELECT {_BYTES.format('blocks')} FROM {_ROWS} WHERE "
                                      f"source_id IN ({','.join('?' * len(chunk))})", chunk):
            found.update(wanted.intersection(_block_ids(blocks)))
    return found


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
    """Add ``new_stems`` (numbered from ``first_new``) and keep ``rows`` (one per source),
    replacing what the file held for their sources (``reset``: forget every kept reading and
    stem first), and
    ``basis`` (paragraphs, df, seal) as the idf basis, if given, and the ``found`` sums
    (option id, identity, terms, weights, seal; of options that still exist) and the
    ``nearest`` answers (option id, positive, identity, texts, sims, labels, seal). False,
    and nothing written, when the stems in the file are not the ones the rows were numbered
    against (another scan added some meanwhile). Rows of sources deleted meanwhile are left
    out."""
    if reset:
        conn.execute(f"DELETE FROM {_ROWS}")
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
        f"INSERT OR REPLACE INTO {_ROWS} (source_id, blocks, seal, readings) "
        "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM source WHERE id = ?)",
        [(*r, r[0]) for r in rows])
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

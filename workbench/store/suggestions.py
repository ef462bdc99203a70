"""SQL for ranked suggestions and the officer's feedback on them (#16, migration 005)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from workbench.store import records

VERDICTS = ("accepted", "rejected", "moved", "not_relevant")

# A scan's long reads go in statements of at most this many rows (#14). The dossier is in
# rollback-journal mode: a reading statement holds a SHARED lock until it ends, and an edit's
# COMMIT waits for every such lock. One SELECT over all 120,000 paragraphs of the 2,000-source
# dossier kept the window's edit waiting for the whole read (0.5 s and more); between two
# short statements the lock is free, so an edit waits for one chunk (~20 ms) at most.
READ_CHUNK_ROWS = 2000
QUOTE_CHUNK_IDS = 5000


def _block_chunks(conn: sqlite3.Connection, columns: str, source_ids: list[int] | None
                  ) -> Iterator[list[sqlite3.Row]]:
    """The non-heading blocks (of ``source_ids``, or all), in (source_id, seq) order, a chunk
    per statement: keyset pagination over the ``block_source`` index. ``columns`` start with
    ``id, source_id`` and end with ``seq``: the key of the next chunk."""
    groups: list[list[int] | None] = [None] if source_ids is None else [
        source_ids[i:i + 500] for i in range(0, len(source_ids), 500)]
    for group in groups:
        where = "kind != 'heading'"
        params: list[object] = []
        if group is not None:
            where += f" AND source_id IN ({','.join('?' * len(group))})"
            params += group
        after = (-1, -1)
        while True:
            rows = conn.execute(
                f"SELECT {columns} FROM block WHERE {where} AND (source_id, seq) > (?, ?) "
                "ORDER BY source_id, seq LIMIT ?", [*params, *after, READ_CHUNK_ROWS]).fetchall()
            if not rows:
                break
            yield rows
            after = (rows[-1][1], rows[-1][-1])
            if len(rows) < READ_CHUNK_ROWS:
                break


def body_blocks(conn: sqlite3.Connection, source_ids: list[int] | None = None
                ) -> list[sqlite3.Row]:
    """id, source_id, heading_path, text, not_relevant, start, end (and seq) of the
    non-heading blocks, in source order; read in short statements (``READ_CHUNK_ROWS``)."""
    ids = None if source_ids is None else sorted(set(source_ids))
    rows: list[sqlite3.Row] = []
    for chunk in _block_chunks(
            conn, 'id, source_id, heading_path, text, not_relevant, start, "end", seq', ids):
        rows += chunk
    return rows


def blocks_by_id(conn: sqlite3.Connection, block_ids: list[int]) -> list[sqlite3.Row]:
    rows: list[sqlite3.Row] = []
    for i in range(0, len(block_ids), 500):
        chunk = block_ids[i:i + 500]
        rows += conn.execute(
            "SELECT id, source_id, heading_path, text, not_relevant FROM block "
            f"WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    return rows


def reference_blocks(conn: sqlite3.Connection, limit_per_option: int) -> list[tuple[int, int]]:
    """(block id, option id) of the strongest stored suggestions found by a mention or a
    section per option: what each option's paragraphs look like, for an incremental scan.
    One query per option (through the (option, block) index) rather than ranking them all."""
    out: list[tuple[int, int]] = []
    for (option_id,) in conn.execute("SELECT id FROM option ORDER BY id").fetchall():
        out += [(r[0], r[1]) for r in conn.execute(
            "SELECT block_id, option_id FROM suggestion WHERE option_id = ? "
            "AND status != 'dismissed' AND score >= 2 ORDER BY score DESC, id LIMIT ?",
            (option_id, limit_per_option))]
    return out


def _all_quote_links(conn: sqlite3.Connection) -> list[tuple[int, int, int, int, int]]:
    """Every (option id, quote number, source id, start, end) link, by quote number; read a
    range of quote ids per statement (see ``READ_CHUNK_ROWS``)."""
    row = conn.execute("SELECT max(id) FROM quote").fetchone()
    last = int(row[0] or 0)
    rows: list[tuple[int, int, int, int, int]] = []
    for low in range(0, last + 1, QUOTE_CHUNK_IDS):
        rows += [tuple(r) for r in conn.execute(
            'SELECT x.option_id, q.number, q.source_id, q.start, q."end" FROM ('
            "SELECT g.option_id, aq.quote_id FROM argument_quote aq "
            "JOIN argument g ON g.id = aq.argument_id WHERE aq.quote_id BETWEEN ?1 AND ?2 UNION "
            "SELECT st.option_id, sq.quote_id FROM stance_quote sq "
            "JOIN stance st ON st.id = sq.stance_id WHERE sq.quote_id BETWEEN ?1 AND ?2"
            ") x JOIN quote q ON q.id = x.quote_id", (low, low + QUOTE_CHUNK_IDS - 1))]
    return sorted(rows, key=lambda r: (r[1], r[0]))


def quote_links(conn: sqlite3.Connection, *, source_ids: Iterable[int] | None = None,
                newest_per_option: int | None = None) -> list[tuple[int, int, int, int, int]]:
    """(option id, quote number, source id, start, end) of the quotes linked to an option (by
    an argument or a stance), by quote number: all of them, those in ``source_ids``, or the
    ``newest_per_option``. Which paragraphs hold them is worked out from ``body_spans``: one
    range join per quote is slow with 50,000 quotes."""
    if source_ids is None:
        every = _all_quote_links(conn)
        if newest_per_option is None:
            return every
        kept: dict[int, int] = {}
        newest: list[tuple[int, int, int, int, int]] = []
        for link in reversed(every):              # newest first, per option
            if kept.get(link[0], 0) < newest_per_option:
                kept[link[0]] = kept.get(link[0], 0) + 1
                newest.append(link)
        return newest[::-1]
    ids = sorted(set(source_ids))
    rows: list[tuple[int, int, int, int, int]] = []
    for i in range(0, len(ids), 400):      # these sources' quotes first (their index)
        chunk = ids[i:i + 400]
        marks = ",".join("?" * len(chunk))
        rows += [tuple(r) for r in conn.execute(
            'SELECT g.option_id, q.number, q.source_id, q.start, q."end" FROM quote q '
            "JOIN argument_quote aq ON aq.quote_id = q.id JOIN argument g ON g.id = aq.argument_id "
            f"WHERE q.source_id IN ({marks}) UNION "
            'SELECT st.option_id, q.number, q.source_id, q.start, q."end" FROM quote q '
            "JOIN stance_quote sq ON sq.quote_id = q.id JOIN stance st ON st.id = sq.stance_id "
            f"WHERE q.source_id IN ({marks})", [*chunk, *chunk])]
    return sorted(rows, key=lambda r: r[1])


def body_spans(conn: sqlite3.Connection, source_ids: Iterable[int] | None = None
               ) -> list[tuple[int, int, int, int]]:
    """(block id, source id, start, end) of the non-heading blocks, in source order."""
    ids = None if source_ids is None else sorted(set(source_ids))
    rows: list[tuple[int, int, int, int]] = []
    for chunk in _block_chunks(conn, 'id, source_id, start, "end", seq', ids):
        rows += [(r[0], r[1], r[2], r[3]) for r in chunk]
    return rows


def block_texts(conn: sqlite3.Connection, block_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(block_ids))
    out: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(conn.execute(
            f"SELECT id, text FROM block WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return out


def argument_texts(conn: sqlite3.Connection) -> dict[int, str]:
    out: dict[int, list[str]] = {}
    for option_id, text in conn.execute("SELECT option_id, text FROM argument ORDER BY id"):
        out.setdefault(option_id, []).append(text)
    return {k: " ".join(v) for k, v in out.items()}


def feedback(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT option_id, source_id, passage_key, verdict, text "
                        "FROM suggestion_feedback ORDER BY id").fetchall()


def record_feedback(conn: sqlite3.Connection, option_id: int, source_id: int,
                    passage_key: str, verdict: str, text: str) -> None:
    conn.execute(
        "INSERT INTO suggestion_feedback (option_id, source_id, passage_key, verdict, text) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (option_id, source_id, passage_key) "
        "DO UPDATE SET verdict = excluded.verdict, text = excluded.text",
        (option_id, source_id, passage_key, verdict, text))


def judged_blocks(conn: sqlite3.Connection) -> set[tuple[int, int]]:
    """(option id, block id) pairs with a stored suggestion that is no longer open."""
    return {(r[0], r[1]) for r in conn.execute(
        "SELECT option_id, block_id FROM suggestion WHERE status != 'open'")}


def replace_open(conn: sqlite3.Connection, option_ids: list[int], source_ids: list[int],
                 rows: Iterable[tuple[int, int, int, int, str, float, str]]) -> int:
    """Make the open suggestions of these options in these sources exactly ``rows``
    (option_id, block_id, start, end, pattern, score, reason); judged and moved ones stay.

    Only the difference is written: a suggestion found again with the same place, score and
    reason keeps its row (and id), so a rescan leaves what the officer may still undo or
    redo as it was, and a rescan that finds what it found before writes nothing. Returns
    how many suggestions are new.

    The rows go into a temporary table and SQLite finds the difference (#16): reading every
    stored suggestion back into Python to compare it was ~2 s of a full rescan at 2,000
    sources."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_suggestion (option_id INTEGER, "
                 'block_id INTEGER, start INTEGER, "end" INTEGER, pattern TEXT, score REAL, '
                 "reason TEXT, PRIMARY KEY (option_id, block_id)) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.wanted_suggestion")
    conn.executemany("INSERT OR REPLACE INTO temp.wanted_suggestion VALUES (?, ?, ?, ?, ?, ?, ?)",
                     rows)
    options = ",".join("?" * len(option_ids))
    for i in range(0, len(source_ids), 500):
        chunk = source_ids[i:i + 500]
        # the open suggestions of these options in these sources that are not wanted now
        # (through the (option, block) index: a join on block scanned every suggestion of
        # the dossier for each chunk of sources)
        conn.execute(
            "DELETE FROM suggestion WHERE id IN (SELECT sg.id FROM suggestion sg "
            f"WHERE sg.option_id IN ({options}) AND sg.block_id IN (SELECT id FROM block "
            f"WHERE source_id IN ({','.join('?' * len(chunk))})) "
            "AND sg.status = 'open' AND sg.moved_from IS NULL AND NOT EXISTS (SELECT 1 FROM "
            "temp.wanted_suggestion w WHERE w.option_id = sg.option_id "
            "AND w.block_id = sg.block_id))", [*option_ids, *chunk])
    # found again, with another place, score or reason
    conn.execute(
        'UPDATE suggestion SET (start, "end", pattern, score, reason) = (SELECT w.start, '
        'w."end", w.pattern, w.score, w.reason FROM temp.wanted_suggestion w '
        "WHERE w.option_id = suggestion.option_id AND w.block_id = suggestion.block_id) "
        # CROSS JOIN: this chunk's rows first, each found through the (option, block) index
        "WHERE id IN (SELECT sg.id FROM temp.wanted_suggestion w CROSS JOIN suggestion sg "
        "ON sg.option_id = w.option_id AND sg.block_id = w.block_id "
        "WHERE sg.status = 'open' AND sg.moved_from IS NULL "
        'AND (sg.start, sg."end", sg.pattern, sg.score, sg.reason) IS NOT '
        '(w.start, w."end", w.pattern, w.score, w.reason))')
    # new: no suggestion of that option for that paragraph yet (judged, moved or open)
    fresh = conn.execute(
        "SELECT * FROM temp.wanted_suggestion w WHERE NOT EXISTS (SELECT 1 FROM suggestion "
        "sg WHERE sg.option_id = w.option_id AND sg.block_id = w.block_id)").fetchall()
    conn.executemany(
        'INSERT INTO suggestion (uuid, option_id, block_id, start, "end", pattern, '
        "score, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((records.new_uuid(), *r) for r in fresh))
    conn.execute("DELETE FROM temp.wanted_suggestion")
    return len(fresh)


def move_suggestion(conn: sqlite3.Connection, option_id: int, block_id: int, end: int,
                    score: float, reason: str, moved_from: int) -> int:
    """An open suggestion the officer moved here: it survives rescans."""
    conn.execute(
        'INSERT INTO suggestion (uuid, option_id, block_id, start, "end", pattern, score, reason, '
        "moved_from) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?) ON CONFLICT (option_id, block_id) DO "
        "UPDATE SET status = 'open', score = excluded.score, reason = excluded.reason, "
        "pattern = excluded.pattern, moved_from = excluded.moved_from",
        (records.new_uuid(), option_id, block_id, end, reason, score, reason, moved_from))
    row = conn.execute("SELECT id FROM suggestion WHERE option_id = ? AND block_id = ?",
                       (option_id, block_id)).fetchone()
    return int(row[0])


def settle_quoted(conn: sqlite3.Connection, option_id: int, quote_id: int) -> None:
    """The open suggestions of ``option_id`` in the paragraphs the quote lies in are done: the
    officer quoted from them for that option (what the next scan would conclude too)."""
    conn.execute("""
        UPDATE suggestion SET status = 'accepted'
        WHERE option_id = ? AND status = 'open' AND block_id IN (
            SELECT b.id FROM quote q JOIN block b ON b.source_id = q.source_id
            WHERE q.id = ? AND b.start < q."end" AND b."end" > q.start)""",
                 (option_id, quote_id))


def dismiss_block(conn: sqlite3.Connection, block_id: int) -> None:
    conn.execute("UPDATE suggestion SET status = 'dismissed' WHERE block_id = ? "
                 "AND status = 'open'", (block_id,))


# --- small reads and writes of the suggestion workflow (#18: the SQL stays in the store) ---
def data_state(conn: sqlite3.Connection) -> tuple[int, int]:
    """Changes when anything was committed to the file, through this connection or another."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes


def source_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM source").fetchone()[0])


def source_text_hashes(conn: sqlite3.Connection) -> dict[int, str]:
    return {int(r[0]): r[1] for r in conn.execute("SELECT id, text_hash FROM source")}


def block_source_and_text(conn: sqlite3.Connection, block_id: int) -> tuple[int, str]:
    row = conn.execute("SELECT source_id, text FROM block WHERE id = ?", (block_id,)).fetchone()
    return int(row[0]), str(row[1])


def mark_block_not_relevant(conn: sqlite3.Connection, block_id: int) -> None:
    conn.execute("UPDATE block SET not_relevant = 1 WHERE id = ?", (block_id,))

"""SQL for ranked suggestions and the officer's feedback on them (#16, migration 005)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

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


# the columns of a ``body_blocks`` row by position: a full scan goes through 120,000 of them,
# and a sqlite3.Row finds a column by name by comparing it with each column's name in turn
BODY_ID, BODY_SOURCE, BODY_PATH, BODY_TEXT, BODY_NOT_RELEVANT, BODY_START, BODY_END = range(7)
_BODY_COLUMNS = 'id, source_id, heading_path, text, not_relevant, start, "end", seq'


def body_blocks(conn: sqlite3.Connection, source_ids: list[int] | None = None
                ) -> list[sqlite3.Row]:
    """id, source_id, heading_path, text, not_relevant, start, end (and seq) of the
    non-heading blocks, in source order; read in short statements (``READ_CHUNK_ROWS``)."""
    ids = None if source_ids is None else sorted(set(source_ids))
    rows: list[sqlite3.Row] = []
    for chunk in _block_chunks(conn, _BODY_COLUMNS, ids):
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


def _plain(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor whose rows are plain tuples (no ``sqlite3.Row`` per row, for long reads)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor


_Link = tuple[int, int, int, int, int]


def _all_quote_links(conn: sqlite3.Connection) -> list[_Link]:
    """Every (option id, quote number, source id, start, end) link, by quote number; read a
    range of quote ids per statement (see ``READ_CHUNK_ROWS``)."""
    cursor = _plain(conn)
    row = cursor.execute("SELECT max(id) FROM quote").fetchone()
    last = int(row[0] or 0)
    rows: list[_Link] = []
    for low in range(0, last + 1, QUOTE_CHUNK_IDS):
        rows += cursor.execute(
            'SELECT x.option_id, q.number, q.source_id, q.start, q."end" FROM ('
            "SELECT g.option_id, aq.quote_id FROM argument_quote aq "
            "JOIN argument g ON g.id = aq.argument_id WHERE aq.quote_id BETWEEN ?1 AND ?2 UNION "
            "SELECT st.option_id, sq.quote_id FROM stance_quote sq "
            "JOIN stance st ON st.id = sq.stance_id WHERE sq.quote_id BETWEEN ?1 AND ?2"
            ") x JOIN quote q ON q.id = x.quote_id", (low, low + QUOTE_CHUNK_IDS - 1)).fetchall()
    rows.sort(key=itemgetter(1, 0))
    return rows


def _newest_quote_links(conn: sqlite3.Connection, per_option: int) -> list[_Link]:
    """The ``per_option`` newest links (highest quote number) of each option, by quote
    number: a statement per option that returns only these, instead of all 50,000 links of
    the benchmark dossier read into Python and sorted there (#16: 0.34 -> 0.07 s). Each
    statement reads an option's quote ids and walks back from the newest quote: short (#14)."""
    cursor = _plain(conn)
    rows: list[_Link] = []
    for (option_id,) in cursor.execute("SELECT id FROM option ORDER BY id").fetchall():
        # "+q.id": walk the quotes down their number index and stop at the limit, rather
        # than fetch every linked quote by id and sort them all
        rows += cursor.execute(
            'SELECT ?1, q.number, q.source_id, q.start, q."end" FROM quote q WHERE +q.id IN ('
            "SELECT aq.quote_id FROM argument g JOIN argument_quote aq "
            "ON aq.argument_id = g.id WHERE g.option_id = ?1 UNION "
            "SELECT sq.quote_id FROM stance st JOIN stance_quote sq ON sq.stance_id = st.id "
            "WHERE st.option_id = ?1) ORDER BY q.number DESC LIMIT ?2",
            (option_id, per_option)).fetchall()
    rows.sort(key=itemgetter(1, 0))
    return rows


def quote_links(conn: sqlite3.Connection, *, source_ids: Iterable[int] | None = None,
                newest_per_option: int | None = None) -> list[_Link]:
    """(option id, quote number, source id, start, end) of the quotes linked to an option (by
    an argument or a stance), by quote number: all of them, those in ``source_ids``, or the
    ``newest_per_option``. Which paragraphs hold them is worked out from ``body_spans``: one
    range join per quote is slow with 50,000 quotes."""
    if source_ids is None:
        if newest_per_option is None:
            return _all_quote_links(conn)
        return _newest_quote_links(conn, newest_per_option)
    ids = sorted(set(source_ids))
    cursor = _plain(conn)
    rows: list[_Link] = []
    for i in range(0, len(ids), 400):      # these sources' quotes first (their index)
        chunk = ids[i:i + 400]
        marks = ",".join("?" * len(chunk))
        rows += cursor.execute(
            'SELECT g.option_id, q.number, q.source_id, q.start, q."end" FROM quote q '
            "JOIN argument_quote aq ON aq.quote_id = q.id JOIN argument g ON g.id = aq.argument_id "
            f"WHERE q.source_id IN ({marks}) UNION "
            'SELECT st.option_id, q.number, q.source_id, q.start, q."end" FROM quote q '
            "JOIN stance_quote sq ON sq.quote_id = q.id JOIN stance st ON st.id = sq.stance_id "
            f"WHERE q.source_id IN ({marks})", [*chunk, *chunk]).fetchall()
    return sorted(rows, key=itemgetter(1))


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


_Wanted = tuple[int, int, int, int, str, float, str]
# a stored suggestion as a wanted row: option, block, start, end, pattern, score, reason
_AS_WANTED = 'sg.option_id, sg.block_id, sg.start, sg."end", sg.pattern, sg.score, sg.reason'


def replace_open(conn: sqlite3.Connection, option_ids: list[int], source_ids: list[int],
                 rows: Iterable[_Wanted]) -> int:
    """Make the open suggestions of these options in these sources exactly ``rows``
    (option_id, block_id, start, end, pattern, score, reason); judged and moved ones stay.

    Only the difference is written: a suggestion found again with the same place, score and
    reason keeps its row (and id), so a rescan leaves what the officer may still undo or
    redo as it was, and a rescan that finds what it found before writes nothing. Returns
    how many suggestions are new.

    The open suggestions of these sources are read through the (option, block) index by
    ranges of block ids (a source's blocks are numbered in one run when it is imported), as
    rows of the wanted rows' shape, and compared with them as sets; only what differs is
    looked up, deleted, updated or inserted (#16). Looking up every (option, paragraph) pair,
    and comparing through a temporary table that every wanted row went into, cost ~1.5 s of a
    full rescan at 2,000 sources."""
    wanted: dict[tuple[int, int], _Wanted] = {(r[0], r[1]): r for r in rows}
    current: set[tuple[Any, ...]] = set()     # the open ones a scan may change, as they are
    cursor = conn.cursor()
    cursor.row_factory = None          # plain tuples: 137,000 of them on a full rescan
    cursor.execute("CREATE TEMP TABLE IF NOT EXISTS scan_span (option_id INTEGER, "
                   "low INTEGER, high INTEGER)")
    for i in range(0, len(source_ids), 500):
        chunk = source_ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        spans = _id_runs(cursor.execute(
            f"SELECT min(id), max(id) FROM block WHERE source_id IN ({marks}) "
            "GROUP BY source_id ORDER BY 1", chunk).fetchall())
        cursor.execute("DELETE FROM temp.scan_span")
        cursor.executemany("INSERT INTO temp.scan_span VALUES (?, ?, ?)",
                           [(o, low, high) for o in option_ids for low, high in spans])
        # the block's source is checked too: a range may hold another source's blocks
        current.update(cursor.execute(
            f"SELECT {_AS_WANTED} FROM temp.scan_span r "
            "CROSS JOIN suggestion sg ON sg.option_id = r.option_id "
            "AND sg.block_id BETWEEN r.low AND r.high "
            "WHERE sg.status = 'open' AND sg.moved_from IS NULL "
            f"AND sg.block_id IN (SELECT id FROM block WHERE source_id IN ({marks}))",
            chunk))
    cursor.execute("DELETE FROM temp.scan_span")
    # stored and not wanted as it is: gone, or found again otherwise (then updated below)
    gone = [(r[0], r[1]) for r in current - set(wanted.values()) if (r[0], r[1]) not in wanted]
    changed: list[tuple[Any, ...]] = []
    fresh: list[_Wanted] = []
    # wanted and not stored as it is (an open one of another option or source too): looked
    # up by itself; judged and moved ones stay as they are
    for row in sorted(set(wanted.values()) - current):
        held = cursor.execute("SELECT id, status = 'open' AND moved_from IS NULL "
                              "FROM suggestion WHERE option_id = ? AND block_id = ?",
                              row[:2]).fetchone()
        if held is None:
            fresh.append(row)
        elif held[1]:
            changed.append((*row[2:], held[0]))
    conn.executemany("DELETE FROM suggestion WHERE option_id = ? AND block_id = ? "
                     "AND status = 'open' AND moved_from IS NULL", gone)
    conn.executemany('UPDATE suggestion SET start = ?, "end" = ?, pattern = ?, score = ?, '
                     "reason = ? WHERE id = ?", changed)
    # new: no suggestion of that option for that paragraph yet (judged, moved or open)
    conn.executemany(
        'INSERT INTO suggestion (uuid, option_id, block_id, start, "end", pattern, '
        "score, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((records.new_uuid(), *r) for r in fresh))
    return len(fresh)


def mark_scanned(conn: sqlite3.Connection, option_ids: list[int], fingerprint: str,
                 sources: list[tuple[int, str]]) -> None:
    """These sources (id, text hash) are scanned for these options with ``fingerprint``:
    one statement for all options, and a mark that changes is updated in place (a full
    rescan marks 24,000 pairs at 2,000 sources; ``INSERT OR REPLACE`` deleted and inserted
    each row and its index entry again)."""
    conn.executemany(
        "INSERT INTO suggestion_scan (option_id, source_id, patterns, text_hash) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (option_id, source_id) DO UPDATE SET "
        "patterns = excluded.patterns, text_hash = excluded.text_hash "
        "WHERE (patterns, text_hash) IS NOT (excluded.patterns, excluded.text_hash)",
        [(option_id, sid, fingerprint, text_hash) for option_id in option_ids
         for sid, text_hash in sources])


def _id_runs(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(low, high) ranges of ids sorted by ``low``, with touching or overlapping ones merged."""
    runs: list[tuple[int, int]] = []
    for low, high in spans:
        if runs and low <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], high))
        else:
            runs.append((low, high))
    return runs


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

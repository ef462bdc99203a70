"""SQL behind the pre-submission checks: what is missing or unprocessed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any


def arguments_without_quotes(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT g.number, g.text, o.key AS option_key, g.position FROM argument g "
        "JOIN option o ON o.id = g.option_id WHERE NOT EXISTS (SELECT 1 FROM argument_quote aq "
        "WHERE aq.argument_id = g.id) ORDER BY o.seq, g.seq").fetchall()


def received_without_source(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT a.key, a.name FROM advisor a WHERE a.status = 'received' AND NOT EXISTS "
        "(SELECT 1 FROM source s WHERE s.advisor_id = a.id) ORDER BY a.seq").fetchall()


def asked_not_received(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT key, name FROM advisor WHERE status = 'asked' ORDER BY seq"
                        ).fetchall()


def missing_stances(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """(advisor, option) pairs without a stance, for questions the advisor has answered.

    An advisor has answered a question when any of their quotes backs an argument or a
    stance under one of its options. Asked per (advisor, question) pair, which stops at the
    first such quote: joining every linked quote to its source read each quote's row (1.3 s
    for 50,000 links, #15).
    """
    return conn.execute("""
        WITH evidence(advisor_id, question_id) AS (
            SELECT a.id, qn.id FROM advisor a, question qn WHERE EXISTS (
                SELECT 1 FROM source s JOIN quote q ON q.source_id = s.id
                JOIN argument_quote aq ON aq.quote_id = q.id
                JOIN argument g ON g.id = aq.argument_id JOIN option o ON o.id = g.option_id
                WHERE s.advisor_id = a.id AND o.question_id = qn.id)
            UNION
            SELECT st.advisor_id, o.question_id FROM stance st JOIN option o ON o.id = st.option_id
        )
        SELECT DISTINCT a.key AS advisor_key, o.key AS option_key, qn.key AS question_key
        FROM evidence e JOIN advisor a ON a.id = e.advisor_id
        JOIN option o ON o.question_id = e.question_id JOIN question qn ON qn.id = o.question_id
        WHERE e.advisor_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM stance st WHERE st.advisor_id = a.id AND st.option_id = o.id)
        ORDER BY a.seq, qn.seq, o.seq
    """).fetchall()


def sources_without_quotes(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT s.number, s.title, a.key AS advisor_key FROM source s "
        "JOIN advisor a ON a.id = s.advisor_id WHERE NOT EXISTS "
        "(SELECT 1 FROM quote q WHERE q.source_id = s.id) ORDER BY s.number").fetchall()


def coverage(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Per advice source: paragraphs, and how many are quoted or marked not relevant.

    A paragraph counts as processed when a quote of its source overlaps it. Asked of SQLite
    per paragraph ("EXISTS a quote with start < end and end > start") that read about half of
    the source's quotes for every paragraph: 2.3 s for 50,000 quotes (#15). Here both are
    read once in order and swept: the quotes that start before a paragraph ends reach past
    its start when the furthest end among them does.
    """
    rows: dict[int, dict[str, Any]] = {
        r[0]: {"number": r[1], "title": r[2], "advisor_key": r[3], "paragraphs": 0,
               "processed": 0}
        for r in conn.execute(
                "SELECT s.id, s.number, s.title, a.key FROM source s "
                "JOIN advisor a ON a.id = s.advisor_id ORDER BY s.number")}
    quotes: dict[int, list[tuple[int, int]]] = {}
    for source_id, start, end in conn.execute(
            'SELECT source_id, start, "end" FROM quote ORDER BY source_id, start'):
        quotes.setdefault(source_id, []).append((start, end))
    blocks: dict[int, list[tuple[int, int, int]]] = {}
    for source_id, start, end, not_relevant in conn.execute(
            'SELECT source_id, start, "end", not_relevant FROM block WHERE kind != \'heading\''):
        if source_id in rows:
            blocks.setdefault(source_id, []).append((end, start, not_relevant))
    for source_id, paragraphs in blocks.items():
        rows[source_id]["paragraphs"] = len(paragraphs)
        rows[source_id]["processed"] = _processed(paragraphs, quotes.get(source_id, []))
    return [row for source_id, row in rows.items() if source_id in blocks]


# --- the database's own integrity ------------------------------------------------------------
# Names below come from the reference schema our migrations build (never from the file) and
# are quoted; the file's own schema has been verified to be the same before these run.
def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_AFFINITY = {"INTEGER": ("integer",), "TEXT": ("text",), "BLOB": ("blob",)}
_JSON_COLUMNS = (("block", "heading_path"), ("quote", "heading_path"), ("option", "patterns"))


def quick_check(conn: sqlite3.Connection, limit: int = 5) -> list[str]:
    """SQLite's page-level check: [] when the file is sound, else its first findings."""
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA quick_check({int(limit)})")]
    return [] if rows == ["ok"] else rows


def _data_tables(conn: sqlite3.Connection, version: int) -> list[tuple[str, list[tuple[str, str]]]]:
    from workbench.store import schema

    tables = []
    for (kind, name), obj in sorted(schema.reference(version).items()):
        if kind != "table" or name.startswith("sqlite_") or "VIRTUAL TABLE" in obj.sql.upper() \
                or name.startswith("block_fts"):
            continue
        columns = [(str(r[1]), str(r[2]).upper()) for r in
                   schema.reference_columns(version, name)]
        tables.append((name, columns))
    return tables


# The tables that grow with the documents (paragraphs, texts, original files): a scan of these
# reads most of a big dossier, so the quick check on opening leaves them to `check`.
BIG_TABLES = ("block", "source_text", "source_file", "page_span", "suggest_reading",
              "suggest_source_readings")


def small_tables(conn: sqlite3.Connection, version: int) -> tuple[str, ...]:
    """The data tables other than ``BIG_TABLES``: what the check on opening reads."""
    return tuple(name for name, _columns in _data_tables(conn, version)
                 if name not in BIG_TABLES)


def wrong_types(conn: sqlite3.Connection, version: int, skip: tuple[str, ...] = ()
                ) -> list[tuple[str, str, int, str]]:
    """(table, column, rows, expected type) where values are not of the declared type.

    One scan per table (``skip``: tables left out)."""
    found = []
    for table, columns in _data_tables(conn, version):
        if table in skip:
            continue
        typed = [(c, d) for c, d in columns if d in _AFFINITY]
        if not typed:
            continue
        sums = ", ".join(
            f"coalesce(sum(typeof({_q(c)}) NOT IN ('null', '{_AFFINITY[d][0]}')), 0)"
            for c, d in typed)
        counts = conn.execute(f"SELECT {sums} FROM {_q(table)}").fetchone()
        for (column, declared), count in zip(typed, counts, strict=True):
            if count:
                found.append((table, column, int(count), declared.lower()))
    return found


def malformed_json(conn: sqlite3.Connection, skip: tuple[str, ...] = ()
                   ) -> list[tuple[str, str, int]]:
    found = []
    for table, column in _JSON_COLUMNS:
        if table in skip:
            continue
        count = conn.execute(f"SELECT count(*) FROM {_q(table)} WHERE typeof({_q(column)}) = "
                             f"'text' AND NOT json_valid({_q(column)})").fetchone()[0]
        if count:
            found.append((table, column, int(count)))
    return found


def invalid_text(conn: sqlite3.Connection, version: int) -> list[tuple[str, str, int]]:
    """(table, column, rows) whose text is not valid UTF-8; ``conn`` must have
    ``text_factory = bytes`` (a connection of its own: this reads every text value).

    Read in slices of rows joined by SQLite with a newline between values: the joined bytes
    are valid UTF-8 exactly when every value is (a newline is a whole character and never
    continues one), so one decode checks a slice; only a slice that fails is counted row
    by row. That leaves the per-row work to SQLite (#15: the scan runs beside the officer's
    work, and Python's per-row loop held the interpreter for a second at 2,000 sources)."""
    found = []
    for table, columns in _data_tables(conn, version):
        step = 8 if table in _LONG_TEXT else 1000
        with_rowid = True
        try:
            low, high = conn.execute(f"SELECT min(rowid), max(rowid) FROM {_q(table)}"
                                     ).fetchone()
        except sqlite3.OperationalError:          # a table without rowid: row by row
            with_rowid, low, high = False, None, None
        for column, declared in columns:
            if declared != "TEXT":
                continue
            if not with_rowid:
                bad = _invalid_rows(conn, table, column)
            elif low is None or high is None:
                bad = 0                           # no rows
            else:
                bad = _invalid_in_slices(conn, table, column, int(low), int(high), step)
            if bad:
                found.append((table, column, bad))
    return found


# tables whose text values are whole documents: a few rows per slice
_LONG_TEXT = ("source_text",)


def _invalid_in_slices(conn: sqlite3.Connection, table: str, column: str, low: int, high: int,
                       step: int) -> int:
    joined = (f"SELECT group_concat({_q(column)}, char(10)) FROM {_q(table)} "
              f"WHERE rowid BETWEEN ? AND ? AND typeof({_q(column)}) = 'text'")
    bad = 0
    for first in range(low, high + 1, step):
        last = first + step - 1
        (value,) = conn.execute(joined, (first, last)).fetchone()
        if value is None:
            continue
        try:
            bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            bad += _invalid_rows(conn, table, column, (first, last))
    return bad


def _invalid_rows(conn: sqlite3.Connection, table: str, column: str,
                  rowids: tuple[int, int] | None = None) -> int:
    where = "" if rowids is None else " AND rowid BETWEEN ? AND ?"
    cursor = conn.execute(f"SELECT {_q(column)} FROM {_q(table)} "
                          f"WHERE typeof({_q(column)}) = 'text'{where}", rowids or ())
    bad = 0
    while rows := cursor.fetchmany(500):
        for (value,) in rows:
            try:
                bytes(value).decode("utf-8")
            except UnicodeDecodeError:
                bad += 1
    return bad


# --- what the checks' memo reads (#15) -------------------------------------------------------
def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for first in range(0, len(ids), size):
        yield ids[first:first + size]


def source_states(conn: sqlite3.Connection
                  ) -> list[tuple[int, int, int, str, str, str | None]]:
    """(id, number, version, text hash, title, advisor key or None) of every source, by
    number: enough to tell which sources were replaced, added or removed since."""
    return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in conn.execute(
        "SELECT s.id, s.number, s.version, s.text_hash, s.title, a.key FROM source s "
        "LEFT JOIN advisor a ON a.id = s.advisor_id ORDER BY s.number")]


def sources_of_rows(conn: sqlite3.Connection, table: str, ids: Iterable[int]) -> set[int]:
    """The sources of these quote or block rows (rows that no longer exist are left out)."""
    sql = {"quote": "SELECT DISTINCT source_id FROM quote WHERE id IN ({})",
           "block": "SELECT DISTINCT source_id FROM block WHERE id IN ({})"}[table]
    found: set[int] = set()
    for chunk in _chunks(sorted(set(ids))):
        found.update(r[0] for r in conn.execute(sql.format(",".join("?" * len(chunk))), chunk))
    return found


def _plain(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor giving plain tuples: a Row per value costs a third of these big reads."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor


def _all_or_chunks(conn: sqlite3.Connection, source_ids: Iterable[int]
                   ) -> tuple[list[int], bool]:
    """The ids, sorted, and whether they are most of the dossier's sources: then one scan of
    the table in its own order reads less than the index's lookups (the first run, #15)."""
    ids = sorted(set(source_ids))
    total = conn.execute("SELECT count(*) FROM source").fetchone()[0]
    return ids, bool(ids) and len(ids) * 2 > total


def quote_spans_of(conn: sqlite3.Connection, source_ids: Iterable[int]
                   ) -> Iterator[tuple[int, int, int, str, int, int]]:
    """(id, number, source id, exact, start, end) of the quotes of these sources, by source
    then place (the quote_source index)."""
    for chunk in _chunks(sorted(set(source_ids))):
        yield from _plain(conn).execute(
            'SELECT q.id, q.number, q.source_id, q.exact, q.start, q."end" FROM quote q '
            f"WHERE q.source_id IN ({','.join('?' * len(chunk))}) ORDER BY q.source_id, q.start",
            chunk)


def coverage_of(conn: sqlite3.Connection, source_ids: Iterable[int],
                spans: dict[int, list[tuple[int, int]]] | None = None
                ) -> dict[int, tuple[int, int]]:
    """Per source of these: (paragraphs, processed), as :func:`coverage` counts them, read
    through the sources' indexes (only these sources' rows), or in one scan for most.
    ``spans``: the (start, end) of these sources' quotes by start, when read already."""
    ids, most = _all_or_chunks(conn, source_ids)
    out: dict[int, tuple[int, int]] = {}
    for chunk in ([ids] if most else _chunks(ids)):
        wanted = set(chunk)
        where = "" if most else f"source_id IN ({','.join('?' * len(chunk))}) AND "
        args = () if most else chunk
        quotes: dict[int, list[tuple[int, int]]] = {}
        if spans is not None:
            quotes = spans
        else:
            for source_id, start, end in _plain(conn).execute(
                    f'SELECT source_id, start, "end" FROM quote WHERE {where}1 '
                    "ORDER BY source_id, start", args):
                if source_id in wanted:
                    quotes.setdefault(source_id, []).append((start, end))
        paragraphs = _plain(conn).execute(
            f'SELECT source_id, "end", start, not_relevant FROM block '
            f"WHERE {where}kind != 'heading'", args).fetchall()
        paragraphs.sort()      # by source, then end: counted in one pass (the first run, #15)
        out.update(_counted(paragraphs, quotes, wanted))
    return out


def _counted(paragraphs: list[tuple[int, int, int, int]],
             quotes: dict[int, list[tuple[int, int]]], wanted: set[int]
             ) -> dict[int, tuple[int, int]]:
    """(paragraphs, processed) per source in ``wanted``, as :func:`_processed` counts them,
    from (source id, end, start, not relevant) sorted."""
    out: dict[int, tuple[int, int]] = {}
    current, count, processed, reach, i = -1, 0, 0, -1, 0
    spans: list[tuple[int, int]] = []
    for source_id, end, start, not_relevant in paragraphs:
        if source_id != current:
            if current in wanted:
                out[current] = (count, processed)
            current, count, processed, reach, i = source_id, 0, 0, -1, 0
            spans = quotes.get(source_id, [])
        count += 1
        while i < len(spans) and spans[i][0] < end:     # by end: the quotes seen grow
            if spans[i][1] > reach:
                reach = spans[i][1]
            i += 1
        if not_relevant == 1 or reach > start:
            processed += 1
    if current in wanted:
        out[current] = (count, processed)
    return out


def _processed(paragraphs: list[tuple[int, int, int]], spans: list[tuple[int, int]]) -> int:
    paragraphs.sort()
    reach, i, processed = -1, 0, 0
    for end, start, not_relevant in paragraphs:          # by end: the quotes seen grow
        while i < len(spans) and spans[i][0] < end:
            reach = max(reach, spans[i][1])
            i += 1
        if not_relevant == 1 or reach > start:
            processed += 1
    return processed

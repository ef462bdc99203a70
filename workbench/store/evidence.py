"""SQL for quotes, arguments (with their quote links), stances and suggestions."""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from workbench import model
from workbench.store import records

_QUOTE_COLUMNS = ("number, source_id, exact, prefix, suffix, start, \"end\", page, heading_path, "
                  "text_hash, status, note, origin")


# Heading paths repeat across the quotes of a source: parse each distinct JSON text once.
_QUOTE: dict[str, Any] = {
    "convert": {"heading_path": functools.lru_cache(maxsize=8192)(records.path_tuple)}}


def insert_quote(conn: sqlite3.Connection, *, source_id: int, exact: str, prefix: str,
                 suffix: str, start: int, end: int, page: int | None,
                 heading_path: Sequence[str], text_hash: str, note: str, origin: str) -> int:
    number = records.next_number(conn, "quote")
    cur = conn.execute(
        f"INSERT INTO quote (uuid, created_at, {_QUOTE_COLUMNS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ok', ?, ?)",
        (records.new_uuid(), records.now(), number, source_id, exact, prefix, suffix, start,
         end, page, json.dumps(list(heading_path), ensure_ascii=False), text_hash, note,
         origin),
    )
    return records.inserted_id(cur)


def quote_by_number(conn: sqlite3.Connection, number: int) -> model.Quote | None:
    return records.read_one(conn.execute("SELECT * FROM quote q WHERE q.number = ?", (number,)),
                            model.Quote, **_QUOTE)


def quotes(conn: sqlite3.Connection, source_id: int | None = None,
           option_id: int | None = None) -> list[model.Quote]:
    sql, args = "SELECT q.* FROM quote q", []
    where = []
    if option_id is not None:
        sql += (" WHERE q.id IN (SELECT aq.quote_id FROM argument_quote aq JOIN argument g "
                "ON g.id = aq.argument_id WHERE g.option_id = ? UNION SELECT sq.quote_id FROM "
                "stance_quote sq JOIN stance st ON st.id = sq.stance_id WHERE st.option_id = ?)")
        args += [option_id, option_id]
    if source_id is not None:
        where.append("q.source_id = ?")
        args.append(source_id)
    if where:
        sql += (" AND " if option_id is not None else " WHERE ") + " AND ".join(where)
    found = records.read_all(conn.execute(sql, args), model.Quote, **_QUOTE)
    # Sorted here rather than by SQL: a temp B-tree of whole rows costs more (quote numbers
    # are unique, so the order is the same as ORDER BY source_id, start, number).
    found.sort(key=_quote_order)
    return found


def _quote_order(quote: model.Quote) -> tuple[int, int, int]:
    return quote.source_id, quote.start, quote.number


def all_quotes_by_source(conn: sqlite3.Connection) -> dict[int, list[model.Quote]]:
    grouped: dict[int, list[model.Quote]] = {}
    for quote in records.read_all(conn.execute("SELECT * FROM quote q ORDER BY q.source_id, q.start"),
                                  model.Quote, **_QUOTE):
        grouped.setdefault(quote.source_id, []).append(quote)
    return grouped


def quote_filing(conn: sqlite3.Connection, source_id: int) -> dict[int, tuple[str, str, str]]:
    """Per quote of one source: (option key, option colour, position) of the first argument it
    is filed under, in board order; the reader colours a source's quotes with it without
    loading every argument of the dossier (#15)."""
    found: dict[int, tuple[str, str, str]] = {}
    for number, key, colour, position in conn.execute(
            "SELECT q.number, o.key, o.colour, g.position FROM quote q "
            "JOIN argument_quote aq ON aq.quote_id = q.id JOIN argument g ON g.id = aq.argument_id "
            "JOIN option o ON o.id = g.option_id WHERE q.source_id = ? ORDER BY q.number, o.seq, "
            "CASE g.position WHEN 'pro' THEN 0 WHEN 'con' THEN 1 ELSE 2 END, g.seq, g.number",
            (source_id,)):
        found.setdefault(number, (key, colour or "", position))
    return found


def quote_spans(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """(number, source id, exact, start, end) of every quote, by source then place: what
    verifying a quote that still matches needs (a whole record is made only for the others)."""
    return conn.execute('SELECT q.number, q.source_id, q.exact, q.start, q."end" FROM quote q '
                        "ORDER BY q.source_id, q.start")


def update_quote(conn: sqlite3.Connection, quote_id: int, **fields: object) -> None:
    for column, value in fields.items():
        if column == "heading_path":
            value = json.dumps(list(value), ensure_ascii=False)  # type: ignore[call-overload]
        conn.execute(f"UPDATE quote SET {records.column_of('quote', column)} = ? WHERE id = ?",
                     (value, quote_id))


def quote_links(conn: sqlite3.Connection, quote_id: int) -> dict[str, list[int]]:
    arguments = [r[0] for r in conn.execute(
        "SELECT g.number FROM argument_quote aq JOIN argument g ON g.id = aq.argument_id "
        "WHERE aq.quote_id = ? ORDER BY g.number", (quote_id,))]
    stances = [r[0] for r in conn.execute(
        "SELECT stance_id FROM stance_quote WHERE quote_id = ?", (quote_id,))]
    return {"arguments": arguments, "stances": stances}


# --- arguments ------------------------------------------------------------------------------
_ARGUMENT_SELECT = ("SELECT g.*, o.key AS option_key FROM argument g "
                    "JOIN option o ON o.id = g.option_id")
_BOARD_ORDER = ("ORDER BY o.seq, CASE g.position WHEN 'pro' THEN 0 WHEN 'con' THEN 1 ELSE 2 END, "
                "g.seq, g.number")
_ARGUMENT: dict[str, Any] = {"supplied": ("quote_numbers",)}


def arguments(conn: sqlite3.Connection, option_id: int | None = None,
              position: str | None = None, numbers: Collection[int] | None = None
              ) -> list[model.Argument]:
    """Arguments in board order (option, then pro/con/condition, then their place), each with
    its quote numbers in their order; ``numbers``: only these (sent as one JSON array, so no
    limit on bound parameters applies)."""
    args: list[object] = []
    where = []
    listed = None if numbers is None else json.dumps(sorted(numbers))
    for clause, value in (("g.option_id = ?", option_id), ("g.position = ?", position),
                          ("g.number IN (SELECT value FROM json_each(?))", listed)):
        if value is not None:
            where.append(clause)
            args.append(value)
    condition = (" WHERE " + " AND ".join(where)) if where else ""
    # The quote numbers of all these arguments in one query, not a subquery per argument.
    quoted: dict[int, list[int]] = {}
    for argument_id, quote in conn.execute(
            "SELECT aq.argument_id, q.number FROM argument g JOIN argument_quote aq "
            f"ON aq.argument_id = g.id JOIN quote q ON q.id = aq.quote_id{condition} "
            "ORDER BY aq.argument_id, aq.seq, q.number", args):
        quoted.setdefault(argument_id, []).append(quote)
    cursor = conn.execute(f"{_ARGUMENT_SELECT}{condition} {_BOARD_ORDER}", args)
    make = records.Reader(model.Argument, cursor.description, **_ARGUMENT)
    return [make(r, quote_numbers=tuple(quoted.get(r["id"], ()))) for r in cursor]


# What a card on the option board shows of a quote (model.QuoteSummary), nothing more.
_SUMMARY = ("q.number, a.key AS advisor_key, q.page, json_extract(q.heading_path, '$[#-1]') "
            "AS heading, substr(q.exact, 1, 200) AS opening")
_SUMMARY_JOINS = ("JOIN quote q ON q.id = aq.quote_id JOIN source s ON s.id = q.source_id "
                  "LEFT JOIN advisor a ON a.id = s.advisor_id")


def quote_summaries(conn: sqlite3.Connection, option_id: int) -> list[model.QuoteSummary]:
    """The quotes of an option's arguments in short."""
    return records.read_all(conn.execute(
        f"SELECT DISTINCT {_SUMMARY} FROM argument g JOIN argument_quote aq "
        f"ON aq.argument_id = g.id {_SUMMARY_JOINS} WHERE g.option_id = ?", (option_id,)),
        model.QuoteSummary)


def quote_summaries_of(conn: sqlite3.Connection, numbers: list[int]) -> list[model.QuoteSummary]:
    """The same short form as ``quote_summaries`` for the given quote numbers only: the board
    reads what its visible cards show (tens of quotes), not all 10,000 of a big option. The
    numbers travel as one JSON array, so no limit on bound parameters applies."""
    if not numbers:
        return []
    return records.read_all(conn.execute(
        f"SELECT {_SUMMARY} FROM quote q JOIN source s ON s.id = q.source_id "
        "LEFT JOIN advisor a ON a.id = s.advisor_id "
        "WHERE q.number IN (SELECT value FROM json_each(?))", (json.dumps(numbers),)),
        model.QuoteSummary)


def argument_heads(conn: sqlite3.Connection, option_id: int, position: str) -> list[tuple[Any, ...]]:
    """(number, text, number of quotes) of one column of the board, in board order: what
    sizes a card, without touching the quote table (a random read per quote, #15)."""
    return conn.execute(
        "SELECT g.number, g.text, (SELECT count(*) FROM argument_quote aq "
        "WHERE aq.argument_id = g.id) FROM argument g WHERE g.option_id = ? AND g.position = ? "
        "ORDER BY g.seq, g.number", (option_id, position)).fetchall()


def card_quotes(conn: sqlite3.Connection, argument_numbers: list[int]
                ) -> list[tuple[int, model.QuoteSummary]]:
    """(argument number, quote in short) for these arguments, each argument's quotes in their
    order: one query for a page of cards."""
    if not argument_numbers:
        return []
    cursor = conn.execute(
        f"SELECT g.number AS argument, {_SUMMARY} FROM argument g JOIN argument_quote aq "
        f"ON aq.argument_id = g.id {_SUMMARY_JOINS} "
        "WHERE g.number IN (SELECT value FROM json_each(?)) ORDER BY g.number, aq.seq, q.number",
        (json.dumps(argument_numbers),))
    make = records.Reader(model.QuoteSummary, cursor.description)
    return [(row["argument"], make(row)) for row in cursor]


def argument_counts(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """Arguments per option key and position, counted by SQLite."""
    counts: dict[str, dict[str, int]] = {}
    for key, position, n in conn.execute(
            "SELECT o.key, g.position, count(*) FROM argument g JOIN option o "
            "ON o.id = g.option_id GROUP BY o.key, g.position"):
        counts.setdefault(key, {})[position] = n
    return counts


def argument_by_number(conn: sqlite3.Connection, number: int) -> model.Argument | None:
    found = arguments(conn, numbers=(number,))
    return found[0] if found else None


def insert_argument(conn: sqlite3.Connection, option_id: int, position: str, text: str) -> int:
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM argument WHERE option_id = ? AND "
                       "position = ?", (option_id, position)).fetchone()[0]
    cur = conn.execute(
        "INSERT INTO argument (uuid, number, option_id, position, text, seq, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (records.new_uuid(), records.next_number(conn, "argument"), option_id, position, text,
         seq, records.now()),
    )
    return records.inserted_id(cur)


def link(conn: sqlite3.Connection, argument_id: int, quote_ids: Iterable[int]) -> None:
    for quote_id in quote_ids:
        seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM argument_quote WHERE "
                           "argument_id = ?", (argument_id,)).fetchone()[0]
        conn.execute("INSERT OR IGNORE INTO argument_quote (argument_id, quote_id, seq) "
                     "VALUES (?, ?, ?)", (argument_id, quote_id, seq))


def unlink(conn: sqlite3.Connection, argument_id: int, quote_ids: Iterable[int]) -> None:
    conn.executemany("DELETE FROM argument_quote WHERE argument_id = ? AND quote_id = ?",
                     ((argument_id, q) for q in quote_ids))


def reorder(conn: sqlite3.Connection, option_id: int, position: str,
            ordered_ids: Sequence[int]) -> None:
    """Give the arguments of one column the order of ``ordered_ids`` (1-based seq)."""
    for seq, argument_id in enumerate(ordered_ids, start=1):
        conn.execute("UPDATE argument SET option_id = ?, position = ?, seq = ? WHERE id = ? AND "
                     "(option_id != ? OR position != ? OR seq != ?)",
                     (option_id, position, seq, argument_id, option_id, position, seq))


def column_ids(conn: sqlite3.Connection, option_id: int, position: str) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM argument WHERE option_id = ? AND position = ? ORDER BY seq, number",
        (option_id, position))]


def argument_advisors(conn: sqlite3.Connection, argument_id: int) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT a.key FROM argument_quote aq JOIN quote q ON q.id = aq.quote_id "
        "JOIN source s ON s.id = q.source_id JOIN advisor a ON a.id = s.advisor_id "
        "WHERE aq.argument_id = ? ORDER BY a.seq", (argument_id,))]


def update_argument(conn: sqlite3.Connection, argument_id: int, **fields: object) -> None:
    for column, value in fields.items():
        conn.execute(f"UPDATE argument SET {records.column_of('argument', column)} = ? "
                     "WHERE id = ?", (value, argument_id))


# --- stances --------------------------------------------------------------------------------
_STANCE_SELECT = """
    SELECT st.*, a.key AS advisor_key, o.key AS option_key,
           (SELECT group_concat(q.number) FROM stance_quote sq JOIN quote q ON q.id = sq.quote_id
                WHERE sq.stance_id = st.id) AS quote_numbers
    FROM stance st JOIN advisor a ON a.id = st.advisor_id JOIN option o ON o.id = st.option_id
"""
# a dossier older than schema 4 opened read-only (not migrated) has no ``explicit`` column:
# its stances were all presented as stated
STANCE: dict[str, Any] = {"convert": {"quote_numbers": lambda v: tuple(sorted(
    records.quote_numbers(v))), "explicit": bool}, "optional": ("explicit",)}


def stances(conn: sqlite3.Connection, advisor_id: int | None = None,
            option_id: int | None = None) -> list[model.Stance]:
    sql, args, where = _STANCE_SELECT, [], []
    if advisor_id is not None:
        where.append("st.advisor_id = ?")
        args.append(advisor_id)
    if option_id is not None:
        where.append("st.option_id = ?")
        args.append(option_id)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.seq, o.seq"
    return records.read_all(conn.execute(sql, args), model.Stance, **STANCE)


def upsert_stance(conn: sqlite3.Connection, advisor_id: int, option_id: int, stance: str,
                  note: str, quote_ids: Sequence[int], explicit: bool | None = None) -> None:
    """Insert or replace a stance; ``explicit=None`` keeps an existing stance's flag (a new
    stance is explicit)."""
    row = conn.execute("SELECT id, explicit FROM stance WHERE advisor_id = ? AND option_id = ?",
                       (advisor_id, option_id)).fetchone()
    if row is None:
        flag = 1 if explicit is None else int(explicit)
        stance_id = conn.execute(
            "INSERT INTO stance (uuid, advisor_id, option_id, stance, note, explicit) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (records.new_uuid(), advisor_id, option_id, stance, note, flag)).lastrowid
    else:
        stance_id = row[0]
        flag = row[1] if explicit is None else int(explicit)
        conn.execute("UPDATE stance SET stance = ?, note = ?, explicit = ? WHERE id = ?",
                     (stance, note, flag, stance_id))
        conn.execute("DELETE FROM stance_quote WHERE stance_id = ?", (stance_id,))
    conn.executemany("INSERT INTO stance_quote (stance_id, quote_id) VALUES (?, ?)",
                     ((stance_id, q) for q in dict.fromkeys(quote_ids)))


def delete_stance(conn: sqlite3.Connection, advisor_id: int, option_id: int) -> None:
    conn.execute("DELETE FROM stance WHERE advisor_id = ? AND option_id = ?",
                 (advisor_id, option_id))


# --- suggestions ----------------------------------------------------------------------------
def _suggestion_filter(option_id: int | None, status: str | None,
                       suggestion_id: int | None = None) -> tuple[str, list[Any]]:
    where, args = [], []
    for clause, value in (("sg.option_id = ?", option_id), ("sg.status = ?", status),
                          ("sg.id = ?", suggestion_id)):
        if value is not None:
            where.append(clause)
            args.append(value)
    return (" WHERE " + " AND ".join(where) if where else ""), args


def suggestion_rows(conn: sqlite3.Connection, option_id: int | None,
                    status: str | None = "open", *, limit: int | None = None, offset: int = 0,
                    suggestion_id: int | None = None) -> list[sqlite3.Row]:
    where, args = _suggestion_filter(option_id, status, suggestion_id)
    sql = ("SELECT sg.*, o.key AS option_key, b.source_id, b.text AS block_text, "
           "b.start AS block_start, b.page, b.heading_path, b.paragraph, "
           "s.number AS source_number "
           "FROM suggestion sg JOIN option o ON o.id = sg.option_id "
           "JOIN block b ON b.id = sg.block_id JOIN source s ON s.id = b.source_id"
           f"{where} ORDER BY o.seq, sg.score DESC, s.number, b.seq")   # best first (#16)
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return conn.execute(sql, args).fetchall()


def suggestion_count(conn: sqlite3.Connection, option_id: int | None,
                     status: str | None = "open") -> int:
    where, args = _suggestion_filter(option_id, status)
    return int(conn.execute(f"SELECT count(*) FROM suggestion sg{where}", args).fetchone()[0])


def quoted_block_ids_for_option(conn: sqlite3.Connection, option_id: int) -> set[int]:
    """Blocks that already hold a quote linked to this option (argument or stance)."""
    rows = conn.execute(
        "SELECT DISTINCT b.id FROM quote q JOIN block b ON b.source_id = q.source_id "
        "AND b.start < q.\"end\" AND b.\"end\" > q.start WHERE q.id IN ("
        "SELECT aq.quote_id FROM argument_quote aq JOIN argument g ON g.id = aq.argument_id "
        "WHERE g.option_id = ? UNION SELECT sq.quote_id FROM stance_quote sq "
        "JOIN stance st ON st.id = sq.stance_id WHERE st.option_id = ?)", (option_id, option_id))
    return {r[0] for r in rows}


def known_suggestion_blocks(conn: sqlite3.Connection, option_id: int) -> set[int]:
    return {r[0] for r in conn.execute("SELECT block_id FROM suggestion WHERE option_id = ?",
                                       (option_id,))}


def insert_suggestions(conn: sqlite3.Connection, rows: Iterable[tuple[int, int, int, int, str]]
                       ) -> None:
    conn.executemany(
        'INSERT OR IGNORE INTO suggestion (uuid, option_id, block_id, start, "end", pattern) '
        "VALUES (?, ?, ?, ?, ?, ?)",
        ((records.new_uuid(), *r) for r in rows))


def set_suggestion_status(conn: sqlite3.Connection, suggestion_id: int, status: str) -> None:
    conn.execute("UPDATE suggestion SET status = ? WHERE id = ?", (status, suggestion_id))


def sources_to_scan(conn: sqlite3.Connection, option_id: int, patterns: str
                    ) -> list[tuple[int, str]]:
    """(source id, text hash) of sources not yet scanned with these patterns/this text."""
    return conn.execute(
        "SELECT s.id, s.text_hash FROM source s LEFT JOIN suggestion_scan sc "
        "ON sc.source_id = s.id AND sc.option_id = ? "
        "WHERE sc.option_id IS NULL OR sc.patterns != ? OR sc.text_hash != s.text_hash",
        (option_id, patterns)).fetchall()


def blocks_for_matching(conn: sqlite3.Connection, source_ids: list[int]) -> list[tuple[Any, ...]]:
    """(block id, source id, text) of the body blocks of these sources."""
    marks = ",".join("?" * len(source_ids))
    return conn.execute(f"SELECT id, source_id, text FROM block WHERE source_id IN ({marks}) "
                        "AND kind != 'heading' ORDER BY source_id, seq", source_ids).fetchall()


def mark_scanned(conn: sqlite3.Connection, option_id: int, patterns: str,
                 sources: list[tuple[int, str]]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO suggestion_scan (option_id, source_id, patterns, text_hash) "
        "VALUES (?, ?, ?, ?)", ((option_id, sid, patterns, text_hash) for sid, text_hash in sources))


def quote_number(conn: sqlite3.Connection, quote_id: int) -> int:
    return int(conn.execute("SELECT number FROM quote WHERE id = ?", (quote_id,)).fetchone()[0])


def argument_number(conn: sqlite3.Connection, argument_id: int) -> int:
    return int(conn.execute("SELECT number FROM argument WHERE id = ?",
                            (argument_id,)).fetchone()[0])


def delete_quote(conn: sqlite3.Connection, quote_id: int) -> None:
    conn.execute("DELETE FROM quote WHERE id = ?", (quote_id,))


def delete_argument(conn: sqlite3.Connection, argument_id: int) -> None:
    conn.execute("DELETE FROM argument WHERE id = ?", (argument_id,))

"""SQL for ranked suggestions and the officer's feedback on them (#16, migration 005)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from workbench.store import records

VERDICTS = ("accepted", "rejected", "moved", "not_relevant")


def body_blocks(conn: sqlite3.Connection, source_ids: list[int] | None = None
                ) -> list[sqlite3.Row]:
    """id, source_id, heading_path, text, not_relevant of the non-heading blocks."""
    sql = ("SELECT id, source_id, heading_path, text, not_relevant FROM block "
           "WHERE kind != 'heading'")
    if source_ids is None:
        return conn.execute(sql + " ORDER BY source_id, seq").fetchall()
    rows: list[sqlite3.Row] = []
    for i in range(0, len(source_ids), 500):
        chunk = source_ids[i:i + 500]
        rows += conn.execute(f"{sql} AND source_id IN ({','.join('?' * len(chunk))}) "
                             "ORDER BY source_id, seq", chunk).fetchall()
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
    section per option: what each option's paragraphs look like, for an incremental scan."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT block_id, option_id FROM (SELECT block_id, option_id, row_number() OVER "
        "(PARTITION BY option_id ORDER BY score DESC, id) AS rank FROM suggestion "
        "WHERE status != 'dismissed' AND score >= 2) WHERE rank <= ?", (limit_per_option,))]


def quoted_examples(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """(option_id, quote number, block_id, block text) for every quote linked to an option."""
    return conn.execute(
        "SELECT DISTINCT x.option_id, q.number, b.id AS block_id, b.text FROM ("
        "SELECT g.option_id, aq.quote_id FROM argument_quote aq "
        "JOIN argument g ON g.id = aq.argument_id UNION "
        "SELECT st.option_id, sq.quote_id FROM stance_quote sq "
        "JOIN stance st ON st.id = sq.stance_id) x JOIN quote q ON q.id = x.quote_id "
        "JOIN block b ON b.source_id = q.source_id AND b.start < q.\"end\" "
        "AND b.\"end\" > q.start AND b.kind != 'heading' ORDER BY q.number").fetchall()


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


def quoted_pairs(conn: sqlite3.Connection) -> set[tuple[int, int]]:
    """(option id, block id) pairs where the block already holds a quote for the option."""
    return {(r[0], r[2]) for r in quoted_examples(conn)}


def replace_open(conn: sqlite3.Connection, option_ids: list[int], source_ids: list[int],
                 rows: Iterable[tuple[int, int, int, int, str, float, str]]) -> int:
    """Drop the open suggestions of these options in these sources and insert ``rows``
    (option_id, block_id, start, end, pattern, score, reason); judged ones stay."""
    for i in range(0, len(source_ids), 500):
        chunk = source_ids[i:i + 500]
        conn.execute(
            f"DELETE FROM suggestion WHERE status = 'open' AND moved_from IS NULL AND option_id IN "
            f"({','.join('?' * len(option_ids))}) AND block_id IN (SELECT id FROM block WHERE "
            f"source_id IN ({','.join('?' * len(chunk))}))", [*option_ids, *chunk])
    cursor = conn.executemany(
        'INSERT OR IGNORE INTO suggestion (uuid, option_id, block_id, start, "end", pattern, '
        "score, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((records.new_uuid(), *r) for r in rows))
    return max(0, cursor.rowcount)


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


def dismiss_block(conn: sqlite3.Connection, block_id: int) -> None:
    conn.execute("UPDATE suggestion SET status = 'dismissed' WHERE block_id = ? "
                 "AND status = 'open'", (block_id,))

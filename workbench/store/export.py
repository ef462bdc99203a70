"""Bulk reads for the deliverables: a handful of queries, whatever the dossier's size."""

from __future__ import annotations

import sqlite3

# The footnote locator of a quote in a source without pages or headings: the ordinal of the
# block holding the quote among the source's non-heading blocks, 1-based ("alinea 12").
# Only computed where it is needed (no page, no heading path).
_PARAGRAPH = (
    "CASE WHEN q.page IS NULL AND q.heading_path IN ('', '[]') THEN ("
    " SELECT count(*) FROM block n WHERE n.source_id = q.source_id AND n.kind != 'heading'"
    " AND n.seq <= (SELECT b.seq FROM block b WHERE b.source_id = q.source_id"
    "  AND b.kind != 'heading' AND b.start <= q.start AND q.start < b.\"end\""
    "  ORDER BY b.seq LIMIT 1)) END")


def quotes_with_sources(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT q.number, q.exact, q.page, q.heading_path, q.status, s.number AS source_number, "
        "s.title AS source_title, s.date, s.reference, a.key AS advisor_key, "
        f"a.name AS advisor_name, {_PARAGRAPH} AS paragraph "
        "FROM quote q JOIN source s ON s.id = q.source_id "
        "LEFT JOIN advisor a ON a.id = s.advisor_id").fetchall()


def argument_rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT g.id, g.number, g.position, g.text, o.key AS option_key FROM argument g "
        "JOIN option o ON o.id = g.option_id ORDER BY o.seq, CASE g.position WHEN 'pro' THEN 0 "
        "WHEN 'con' THEN 1 ELSE 2 END, g.seq, g.number").fetchall()


def argument_quote_numbers(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    return conn.execute(
        "SELECT aq.argument_id, q.number FROM argument_quote aq JOIN quote q ON q.id = aq.quote_id "
        "ORDER BY aq.argument_id, aq.seq, q.number").fetchall()


def stance_rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT st.*, a.key AS advisor_key, o.key AS option_key, "
        "(SELECT group_concat(q.number) FROM stance_quote sq JOIN quote q ON q.id = sq.quote_id "
        " WHERE sq.stance_id = st.id) AS quote_numbers FROM stance st "
        "JOIN advisor a ON a.id = st.advisor_id JOIN option o ON o.id = st.option_id").fetchall()


def source_rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT s.number, s.title, s.date, s.reference, s.file_name, s.sha256, "
        "a.key AS advisor_key, a.name AS advisor_name, "
        "(SELECT count(*) FROM quote q WHERE q.source_id = s.id) AS quote_count "
        "FROM source s LEFT JOIN advisor a ON a.id = s.advisor_id ORDER BY s.number").fetchall()

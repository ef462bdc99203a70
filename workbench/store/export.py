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


def quote_paragraphs(conn: sqlite3.Connection) -> dict[int, int]:
    """Per quote number: its paragraph ("alinea N"), for the quotes without page or heading."""
    return {number: paragraph for number, paragraph in conn.execute(
        f"SELECT q.number, {_PARAGRAPH} FROM quote q "
        "WHERE q.page IS NULL AND q.heading_path IN ('', '[]')") if paragraph}


def quote_counts(conn: sqlite3.Connection) -> dict[int, int]:
    """Per source id: how many quotes it has (sources without any left out)."""
    return dict(conn.execute("SELECT source_id, count(*) FROM quote GROUP BY source_id"))

"""SQL for what a deletion would take with it (the cascades of db/*.sql, counted first)."""

from __future__ import annotations

import sqlite3

KINDS = ("question", "option", "advisor", "source")
COUNTED = ("options", "arguments", "quotes", "stances", "sources", "suggestions")

# The ids of the rows that go, per kind of record deleted; each a SELECT with one parameter,
# the id of the record. Options go with their question; sources (with their quotes and blocks)
# with their advisor; arguments, stances and suggestions with their option; suggestions also
# with the blocks of a source; stances with their advisor.
_OPTIONS = {
    "question": "SELECT id FROM option WHERE question_id = ?",
    "option": "SELECT id FROM option WHERE id = ?",
}
_SOURCES = {
    "advisor": "SELECT id FROM source WHERE advisor_id = ?",
    "source": "SELECT id FROM source WHERE id = ?",
}


def _ids(conn: sqlite3.Connection, sql: str, record_id: int) -> list[int]:
    return [r[0] for r in conn.execute(sql, (record_id,))]


def _count(conn: sqlite3.Connection, sql: str, ids: list[int]) -> int:
    if not ids:
        return 0
    marks = ",".join("?" * len(ids))
    return int(conn.execute(sql.format(ids=marks), ids).fetchone()[0])


def impact(conn: sqlite3.Connection, kind: str, record_id: int) -> dict[str, int]:
    options = _ids(conn, _OPTIONS[kind], record_id) if kind in _OPTIONS else []
    sources = _ids(conn, _SOURCES[kind], record_id) if kind in _SOURCES else []
    stances = _count(conn, "SELECT count(*) FROM stance WHERE option_id IN ({ids})", options)
    if kind == "advisor":
        stances += conn.execute(
            "SELECT count(*) FROM stance WHERE advisor_id = ?", (record_id,)).fetchone()[0]
    suggestions = _count(conn, "SELECT count(*) FROM suggestion WHERE option_id IN ({ids})",
                         options)
    if sources:
        marks = ",".join("?" * len(sources))
        suggestions += conn.execute(
            f"SELECT count(*) FROM suggestion s JOIN block b ON b.id = s.block_id "
            f"WHERE b.source_id IN ({marks})", sources).fetchone()[0]
    return {
        "options": len(options),
        "arguments": _count(conn, "SELECT count(*) FROM argument WHERE option_id IN ({ids})",
                            options),
        "quotes": _count(conn, "SELECT count(*) FROM quote WHERE source_id IN ({ids})", sources),
        "stances": stances,
        "sources": len(sources),
        "suggestions": suggestions,
    }


_LOOKUP = {
    "question": "SELECT id FROM question WHERE key = ?",
    "option": "SELECT id FROM option WHERE key = ?",
    "advisor": "SELECT id FROM advisor WHERE key = ?",
    "source": "SELECT id FROM source WHERE number = ?",
}


def record_id(conn: sqlite3.Connection, kind: str, key: str | int) -> int | None:
    """The id of a question, option or advisor (by key) or source (by number), if it exists."""
    row = conn.execute(_LOOKUP[kind], (key,)).fetchone()
    return int(row[0]) if row is not None else None

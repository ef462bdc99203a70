"""SQL for the communication's sections."""

from __future__ import annotations

import sqlite3

from workbench import model
from workbench.store import records


def sections(conn: sqlite3.Connection) -> list[model.Section]:
    return records.read_all(conn.execute("SELECT * FROM section ORDER BY seq, id"), model.Section)


def insert_section(conn: sqlite3.Connection, title: str, body: str, seq: int) -> int:
    conn.execute("UPDATE section SET seq = seq + 1 WHERE seq >= ?", (seq,))
    return records.inserted_id(conn.execute(
        "INSERT INTO section (uuid, seq, title, body) VALUES (?, ?, ?, ?)",
        (records.new_uuid(), seq, title, body)))


def update_section(conn: sqlite3.Connection, section_id: int, **fields: str) -> None:
    for column, value in fields.items():
        conn.execute(f"UPDATE section SET {records.column_of('section', column)} = ? WHERE id = ?",
                     (value, section_id))


def renumber(conn: sqlite3.Connection, ordered_ids: list[int]) -> None:
    for seq, section_id in enumerate(ordered_ids, start=1):
        conn.execute("UPDATE section SET seq = ? WHERE id = ? AND seq != ?",
                     (seq, section_id, seq))


def delete_section(conn: sqlite3.Connection, section_id: int) -> None:
    conn.execute("DELETE FROM section WHERE id = ?", (section_id,))


# What a reference in the communication's text can name: (table, column) -> its SELECT.
_EXISTING = {
    ("quote", "number"): "SELECT number FROM quote WHERE number IN ({})",
    ("argument", "number"): "SELECT number FROM argument WHERE number IN ({})",
    ("option", "key"): "SELECT key FROM option WHERE key IN ({})",
}


def existing(conn: sqlite3.Connection, table: str, column: str, values: set[object]) -> set[object]:
    """Which of ``values`` exist (only the referenced ones are looked up)."""
    wanted = [v for v in values if v is not None]
    if not wanted:
        return set()
    sql = _EXISTING[(table, column)].format(",".join("?" * len(wanted)))
    return {r[0] for r in conn.execute(sql, wanted)}

"""SQL for the dossier header, its questions, options and advisors."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from workbench import model
from workbench.store import records

_OPTION_SELECT = """
    SELECT o.*, q.key AS question_key, a.key AS proposed_by_key
    FROM option o JOIN question q ON q.id = o.question_id
    LEFT JOIN advisor a ON a.id = o.proposed_by
"""


def insert_dossier(conn: sqlite3.Connection, title: str, reference: str, version: str) -> None:
    conn.execute(
        "INSERT INTO dossier (id, uuid, title, reference, created_at, app_version) "
        "VALUES (1, ?, ?, ?, ?, ?)",
        (records.new_uuid(), title, reference, records.now(), version),
    )


def _text(value: str | None) -> str:
    return value or ""


# a dossier older than schema 4 opened read-only (so not migrated) lacks the communication's
# fields: they keep their defaults
_DOSSIER: dict[str, Any] = {
    "supplied": ("schema_version",),
    "optional": ("minister_title", "minister_name", "vr_number", "communication_date"),
    "convert": {"minister_title": _text, "minister_name": _text, "vr_number": _text,
                "communication_date": lambda v: v or None},
}


def dossier(conn: sqlite3.Connection, schema_version: int) -> model.Dossier:
    cursor = conn.execute("SELECT * FROM dossier WHERE id = 1")
    row = cursor.fetchone()
    return records.Reader(model.Dossier, cursor.description, **_DOSSIER)(
        row, schema_version=schema_version)


DOSSIER_FIELDS = ("title", "reference", "minister_title", "minister_name", "vr_number",
                  "communication_date")


def update_dossier(conn: sqlite3.Connection, **fields: str | None) -> None:
    for column, value in fields.items():
        if column not in DOSSIER_FIELDS:
            raise ValueError(f"not a dossier field: {column}")
        conn.execute(f"UPDATE dossier SET {records.column_of('dossier', column)} = ? WHERE id = 1",
                     (value,))


def questions(conn: sqlite3.Connection) -> list[model.Question]:
    return records.read_all(conn.execute("SELECT * FROM question ORDER BY seq, id"),
                            model.Question, **records.QUESTION)


def question(conn: sqlite3.Connection, key: str) -> model.Question | None:
    return records.read_one(conn.execute("SELECT * FROM question WHERE key = ?", (key,)),
                            model.Question, **records.QUESTION)


def insert_question(conn: sqlite3.Connection, key: str, text: str) -> int:
    seq = records.next_seq(conn, "question")
    cur = conn.execute("INSERT INTO question (uuid, key, text, seq) VALUES (?, ?, ?, ?)",
                       (records.new_uuid(), key, text, seq))
    return records.inserted_id(cur)


def update_row(conn: sqlite3.Connection, table: str, row_id: int, fields: dict[str, Any]) -> None:
    for column, value in fields.items():
        conn.execute(f"UPDATE {records.table_name(table)} SET {records.column_of(table, column)} "
                     "= ? WHERE id = ?", (value, row_id))


def delete_row(conn: sqlite3.Connection, table: str, row_id: int) -> None:
    conn.execute(f"DELETE FROM {records.table_name(table)} WHERE id = ?", (row_id,))


def options(conn: sqlite3.Connection, question_key: str | None = None) -> list[model.Option]:
    if question_key is None:
        rows = conn.execute(f"{_OPTION_SELECT} ORDER BY q.seq, o.seq, o.id")
    else:
        rows = conn.execute(f"{_OPTION_SELECT} WHERE q.key = ? ORDER BY o.seq, o.id",
                            (question_key,))
    return records.read_all(rows, model.Option, **records.OPTION)


def option(conn: sqlite3.Connection, key: str) -> model.Option | None:
    return records.read_one(conn.execute(f"{_OPTION_SELECT} WHERE o.key = ?", (key,)),
                            model.Option, **records.OPTION)


def insert_option(conn: sqlite3.Connection, question_id: int, key: str, title: str,
                  description: str, proposed_by: int | None, colour: str,
                  patterns: list[str]) -> int:
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM option WHERE question_id = ?",
                       (question_id,)).fetchone()[0]
    cur = conn.execute(
        "INSERT INTO option (uuid, question_id, key, title, description, proposed_by, colour, "
        "patterns, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (records.new_uuid(), question_id, key, title, description, proposed_by, colour,
         json.dumps(patterns, ensure_ascii=False), seq),
    )
    return records.inserted_id(cur)


def advisors(conn: sqlite3.Connection) -> list[model.Advisor]:
    return records.read_all(conn.execute("SELECT * FROM advisor ORDER BY seq, id"),
                            model.Advisor, **records.ADVISOR)


def advisor(conn: sqlite3.Connection, key: str) -> model.Advisor | None:
    return records.read_one(conn.execute("SELECT * FROM advisor WHERE key = ?", (key,)),
                            model.Advisor, **records.ADVISOR)


def insert_advisor(conn: sqlite3.Connection, key: str, name: str, kind: str, status: str,
                   asked_on: str | None, received_on: str | None) -> int:
    seq = records.next_seq(conn, "advisor")
    cur = conn.execute(
        "INSERT INTO advisor (uuid, key, name, kind, status, asked_on, received_on, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (records.new_uuid(), key, name, kind, status, asked_on, received_on, seq),
    )
    return records.inserted_id(cur)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("question", "option", "advisor", "source", "quote", "argument", "stance", "section")
    return {t: conn.execute(f"SELECT count(*) FROM {records.table_name(t)}").fetchone()[0]
            for t in tables}


def insert_audit(conn: sqlite3.Connection, os_user: str, operation: str, kind: str, key: str,
                 detail: str) -> None:
    conn.execute(
        "INSERT INTO audit (at, os_user, operation, record_kind, record_key, detail) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (records.now(), os_user, operation, kind, key, detail),
    )


def audit(conn: sqlite3.Connection, kind: str | None = None, key: str | None = None,
          limit: int | None = None) -> list[sqlite3.Row]:
    sql, args = "SELECT * FROM audit", []
    if kind is not None:
        sql += " WHERE record_kind = ? AND record_key = ?"
        args += [kind, key or ""]
    sql += " ORDER BY id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return conn.execute(sql, args).fetchall()

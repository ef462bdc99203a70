"""Row -> domain record conversion and small SQL helpers shared by the store modules."""

from __future__ import annotations

import json
import sqlite3
import uuid as _uuid
from datetime import datetime, timezone

from workbench import model


def new_uuid() -> str:
    return str(_uuid.uuid4())


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def next_number(conn: sqlite3.Connection, table: str, column: str = "number") -> int:
    return conn.execute(f"SELECT coalesce(max({column}), 0) + 1 FROM {table}").fetchone()[0]


def path_tuple(value: str | None) -> tuple[str, ...]:
    return tuple(json.loads(value)) if value else ()


def question(row: sqlite3.Row) -> model.Question:
    return model.Question(row["id"], row["uuid"], row["key"], row["text"], row["seq"])


def option(row: sqlite3.Row) -> model.Option:
    return model.Option(
        id=row["id"], uuid=row["uuid"], question_key=row["question_key"], key=row["key"],
        title=row["title"], description=row["description"], proposed_by=row["proposed_by_key"],
        colour=row["colour"], patterns=tuple(json.loads(row["patterns"])), seq=row["seq"],
    )


def advisor(row: sqlite3.Row) -> model.Advisor:
    return model.Advisor(
        id=row["id"], uuid=row["uuid"], key=row["key"], name=row["name"], kind=row["kind"],
        status=row["status"], asked_on=row["asked_on"], received_on=row["received_on"],
        seq=row["seq"],
    )

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


# The numbered records: a number, once handed out, never names another record (#18).
_NUMBERED = {"source": "SELECT max(number) FROM source",
             "quote": "SELECT max(number) FROM quote",
             "argument": "SELECT max(number) FROM argument"}


def next_number(conn: sqlite3.Connection, table: str) -> int:
    """The next free number of a source, quote or argument, never one used before.

    The counter (``number_counter``) is not covered by undo, so undoing "add quote 7" and
    adding another quote gives 8: a reference to "quote 7" in a draft never silently points at
    a different passage. Call inside the operation that inserts the record.
    """
    in_use = conn.execute(_NUMBERED[table]).fetchone()[0] or 0
    row = conn.execute("SELECT last FROM number_counter WHERE kind = ?", (table,)).fetchone()
    number = max(in_use, row[0] if row else 0) + 1
    conn.execute("INSERT INTO number_counter (kind, last) VALUES (?, ?) "
                 "ON CONFLICT (kind) DO UPDATE SET last = excluded.last", (table, number))
    return number


_ORDERED = {"question": "SELECT coalesce(max(seq), 0) + 1 FROM question",
            "advisor": "SELECT coalesce(max(seq), 0) + 1 FROM advisor"}


def next_seq(conn: sqlite3.Connection, table: str) -> int:
    """The place after the last question or advisor (display order, may be reused)."""
    return int(conn.execute(_ORDERED[table]).fetchone()[0])


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

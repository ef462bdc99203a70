"""Row -> domain record conversion and small SQL helpers shared by the store modules."""

from __future__ import annotations

import json
import sqlite3
import uuid as _uuid
from datetime import datetime, timezone

from workbench import model
from workbench.store import schema

# Identifiers in SQL text: only names of our own schema (as our migrations make it, never as a
# file says), always quoted. Callers pass names from code (keyword arguments, constants); these
# refuse anything else, so not even a caller's mistake can put other text into a statement.
table_name = schema.quoted_table
column_of = schema.quoted_column


def new_uuid() -> str:
    return str(_uuid.uuid4())


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# The numbered records: a number, once handed out, never names another record (#18).
_NUMBERED = {"source": "SELECT max(number) FROM source",
             "quote": "SELECT max(number) FROM quote",
             "argument": "SELECT max(number) FROM argument"}


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made."""
    if cursor.lastrowid is None:
        raise sqlite3.DatabaseError("no row was inserted")
    return cursor.lastrowid


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
    """A heading path as stored (a JSON list of titles). A damaged value (malformed JSON, not a
    list) is shown as the one heading it spells rather than stopping every view that lists
    paragraphs; ``check`` reports it as an error (json-malformed)."""
    if not value:
        return ()
    try:
        parsed = json.loads(value)
    except (ValueError, TypeError):
        return (str(value)[:200],)
    if not isinstance(parsed, list):
        return (str(value)[:200],)
    return tuple(str(x) for x in parsed)


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


def explicit(row: sqlite3.Row) -> bool:
    """A stance's ``explicit`` flag; a dossier older than schema 4 opened read-only (not
    migrated) has no such column, and its stances were all presented as stated."""
    columns = row.keys()      # (``"explicit" in row`` would look at the values)
    return bool(row["explicit"]) if "explicit" in columns else True

"""Row -> domain record conversion and small SQL helpers shared by the store modules."""

from __future__ import annotations

import dataclasses
import json
import operator
import sqlite3
import uuid as _uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from workbench.store import schema

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# Identifiers in SQL text: only names of our own schema (as our migrations make it, never as a
# file says), always quoted. Callers pass names from code (keyword arguments, constants); these
# refuse anything else, so not even a caller's mistake can put other text into a statement.
table_name = schema.quoted_table
column_of = schema.quoted_column


R = TypeVar("R", bound="DataclassInstance")


class Reader(Generic[R]):
    """Makes records of one dataclass from the rows of one query: every field from the column of
    the same name (``columns`` renames, ``convert`` turns a stored value into the field's).

    The one read path of the store (#18): a column added to a table and a field of the same
    name added to its record are read without touching any query or constructor. The names are
    matched once per query (from ``cursor.description``), so a row costs about what reading
    it by position did. A field without a column is an error naming it, unless it is
    ``supplied`` by the caller per row or ``optional`` (a column an older schema lacks, read
    only: the field keeps its default).
    """

    def __init__(self, cls: type[R], description: Sequence[Sequence[Any]], *,
                 columns: Mapping[str, str] | None = None,
                 convert: Mapping[str, Callable[[Any], Any]] | None = None,
                 optional: Collection[str] = (), supplied: Collection[str] = ()) -> None:
        names = [d[0] for d in description]
        where = {name: i for i, name in enumerate(names)}
        self.cls = cls
        positional: list[int] = []
        self.converted: list[tuple[int, Callable[[Any], Any]]] = []
        self.keyword: list[tuple[str, int, Callable[[Any], Any] | None]] = []
        for index, field in enumerate(dataclasses.fields(cls)):
            column = (columns or {}).get(field.name, field.name)
            if field.name in supplied or (column not in where and field.name in optional):
                continue
            if column not in where:
                raise LookupError(f"{cls.__name__}.{field.name}: the query has no column "
                                  f"{column!r}")
            if names.count(column) > 1:
                raise LookupError(f"{cls.__name__}.{field.name}: the query has two columns "
                                  f"{column!r}")
            conv = (convert or {}).get(field.name)
            # fields are passed by position up to the first one not read here, then by name
            if self.keyword or len(positional) < index:
                self.keyword.append((field.name, where[column], conv))
            else:
                if conv is not None:
                    self.converted.append((len(positional), conv))
                positional.append(where[column])
        # one C call picks the positional values out of a row (several at once: a tuple)
        self.pick: Callable[[Sequence[Any]], Any] = (
            operator.itemgetter(*positional) if len(positional) > 1
            else (lambda row: tuple(row[i] for i in positional)))

    def __call__(self, row: Sequence[Any], **supplied: Any) -> R:
        args = self.pick(row)
        if self.converted:
            args = list(args)
        for at, convert in self.converted:
            args[at] = convert(args[at])
        for name, i, conv in self.keyword:
            supplied[name] = row[i] if conv is None else conv(row[i])
        return self.cls(*args, **supplied)


def read_all(cursor: sqlite3.Cursor, cls: type[R], **how: Any) -> list[R]:
    """Every row of an executed query as a record (see ``Reader`` for ``how``)."""
    make = Reader(cls, cursor.description, **how)
    return [make(row) for row in cursor]


def read_one(cursor: sqlite3.Cursor, cls: type[R], **how: Any) -> R | None:
    """The first row of an executed query as a record; None when there is none."""
    row = cursor.fetchone()
    return None if row is None else Reader(cls, cursor.description, **how)(row)


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


def quote_numbers(value: str | None) -> tuple[int, ...]:
    """Quote numbers as ``group_concat`` gives them ("12,7"), in that order."""
    return tuple(int(x) for x in value.split(",")) if value else ()


QUESTION: dict[str, Any] = {}
OPTION: dict[str, Any] = {"columns": {"proposed_by": "proposed_by_key"},
                          "convert": {"patterns": lambda v: tuple(json.loads(v))}}
ADVISOR: dict[str, Any] = {}

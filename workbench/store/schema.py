"""Is this file's schema exactly the one our migrations make? Checked before anything runs on it.

A dossier from someone else is untrusted: a trigger of its own could turn every pro into a con
on the next edit, a view named ``advisor`` could feed invented names to ``info`` and the exports,
a dropped audit trigger would let the history be rewritten. So the file's ``sqlite_master``
(tables, columns, indexes, triggers, views) is compared with the schema our own migrations
create at the file's ``user_version``, built in a scratch in-memory database; anything the
application did not make, anything missing and anything changed is refused, naming the object.

Only reads of ``sqlite_master`` and of ``pragma_table_info`` touch the file here: neither runs
a trigger, a view or a function of the file.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from workbench.errors import ForeignSchema
from workbench.messages import Message
from workbench.store import migrations

# Shadow tables FTS5 makes for a virtual table: their DDL is written by SQLite itself and may
# differ between SQLite versions, so for these only the name and kind are compared.
_FTS_SHADOWS = ("data", "idx", "content", "docsize", "config")
# Tables SQLite makes on its own (ANALYZE, AUTOINCREMENT), with the DDL it always writes.
_SQLITE_OWN = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
}

RESTORE = ("Restore one of your backups (workbench backups FILE) or ask the sender for a new "
           "copy.")


@dataclass(frozen=True)
class SchemaObject:
    type: str          # table / index / trigger / view
    name: str
    table: str         # tbl_name: the table an index or trigger belongs to
    sql: str           # normalised: whitespace runs as one space ('' for automatic indexes)


def _normal(sql: str | None) -> str:
    # Whitespace only: a dossier saved on Windows may carry CRLF from a migration checked out there.
    return " ".join((sql or "").split())


def read(conn: sqlite3.Connection, schema: str = "main") -> dict[tuple[str, str], SchemaObject]:
    if schema not in ("main", "temp"):
        raise ValueError(schema)
    rows = conn.execute(f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master").fetchall()
    return {(str(r[0]), str(r[1])): SchemaObject(str(r[0]), str(r[1]), str(r[2]), _normal(r[3]))
            for r in rows}


# The scratch database every check against our migrations reads: made once per version and
# process, and by one thread at a time, so that a first opening that meets the GUI's
# background warm-up waits for its result instead of migrating a second scratch database
# while competing with it for the interpreter (#14).
_SCRATCH_LOCK = threading.Lock()


def _scratch(version: int) -> tuple[dict[tuple[str, str], SchemaObject],
                                    dict[str, tuple[tuple[Any, ...], ...]]]:
    with _SCRATCH_LOCK:
        return _scratch_made(version)


@cache
def _scratch_made(version: int) -> tuple[dict[tuple[str, str], SchemaObject],
                                         dict[str, tuple[tuple[Any, ...], ...]]]:
    scratch = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(scratch, 0, version)
        names = [r[0] for r in scratch.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return read(scratch), {name: tuple(tuple(r) for r in scratch.execute(
            "SELECT * FROM pragma_table_info(?)", (name,))) for name in names}
    finally:
        scratch.close()


@cache
def reference(version: int) -> dict[tuple[str, str], SchemaObject]:
    """The schema our migrations create up to ``version``, from a scratch in-memory database."""
    return _scratch(version)[0]


@cache
def _all_columns(version: int) -> dict[str, tuple[tuple[Any, ...], ...]]:
    """``pragma_table_info`` rows of each of our tables at ``version``, by table name."""
    return _scratch(version)[1]


def reference_columns(version: int, table: str) -> tuple[tuple[Any, ...], ...]:
    """``pragma_table_info`` rows of one of our tables at ``version`` (cid, name, type, ...)."""
    return _all_columns(version).get(table, ())


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    # pragma_table_xinfo reads the parsed schema; nothing of the file runs.
    return [tuple(r) for r in conn.execute(
        "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?)",
        (table,))]


def _shadow_parent(name: str, expected: dict[tuple[str, str], SchemaObject]) -> str | None:
    for (kind, vtab), obj in expected.items():
        if kind == "table" and obj.sql.upper().startswith("CREATE VIRTUAL TABLE"):
            for suffix in _FTS_SHADOWS:
                if name == f"{vtab}_{suffix}":
                    return vtab
    return None


def _describe(obj: SchemaObject) -> str:
    if obj.type in ("index", "trigger") and obj.table and obj.table != obj.name:
        return f"{obj.type} “{obj.name}” on table “{obj.table}”"
    return f"{obj.type} “{obj.name}”"


def _table_change(conn: sqlite3.Connection, scratch_version: int, name: str) -> str:
    """What differs in a table whose definition changed: columns first, else its constraints."""
    found = _columns(conn, name)
    scratch = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(scratch, 0, scratch_version)
        wanted = _columns(scratch, name)
    finally:
        scratch.close()
    found_names = {c[0]: c for c in found}
    wanted_names = {c[0]: c for c in wanted}
    extra = [n for n in found_names if n not in wanted_names]
    missing = [n for n in wanted_names if n not in found_names]
    changed = [n for n in wanted_names if n in found_names and found_names[n] != wanted_names[n]]
    parts = []
    if extra:
        parts.append("an unknown column " + ", ".join(f"“{n}”" for n in extra))
    if missing:
        parts.append("no column " + ", ".join(f"“{n}”" for n in missing))
    if changed:
        parts.append("a changed column " + ", ".join(f"“{n}”" for n in changed))
    if not parts:
        parts.append("changed rules (constraints or checks)")
    return f"the table “{name}” has " + " and ".join(parts)


def differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """Each way the file's schema differs from the application's, as a phrase for a user."""
    expected = reference(version)
    found = read(conn)
    problems: list[str] = []
    for key, obj in sorted(found.items()):
        kind, name = key
        want = expected.get(key)
        if want is not None:
            if want.sql == obj.sql and want.table == obj.table:
                continue
            if kind == "table" and _shadow_parent(name, expected):
                continue
            if kind == "table":
                problems.append(_table_change(conn, version, name))
            else:
                problems.append(f"the {_describe(want)} was changed")
            continue
        if name in _SQLITE_OWN and kind == "table" and obj.sql == _SQLITE_OWN[name] \
                and name != "sqlite_sequence":
            continue
        other = next((o for (k, n), o in expected.items() if n == name), None)
        if other is not None:
            problems.append(f"“{name}” is a {kind} in this file, where Consultation Workbench "
                            f"keeps a {other.type}")
        elif kind == "table" and _shadow_parent(name, expected):
            continue   # an FTS5 shadow table this SQLite version makes and another does not
        else:
            problems.append(f"it contains a {_describe(obj)} that Consultation Workbench does "
                            "not make")
    found_names = {n for (_, n) in found}
    for key, want in sorted(expected.items()):
        if key in found or key[1] in found_names:
            continue
        if want.type == "table" and _shadow_parent(want.name, expected):
            # FTS5 may lack a shadow table another version makes; a missing index shows in check
            continue
        problems.append(f"the {_describe(want)} is missing")
    return problems


def verify(conn: sqlite3.Connection, version: int, path: Path) -> None:
    """Raise ``ForeignSchema`` naming what differs; return quietly when the schema is ours."""
    problems = differences(conn, version)
    if not problems:
        return
    shown = "; ".join(problems[:3])
    more = len(problems) - 3
    missing = all(p.endswith(" is missing") for p in problems)
    code = "foreign-schema-missing" if missing else "foreign-schema"
    if more > 0:
        raise ForeignSchema(Message(f"{code}-more", name=path.name, differences=shown,
                                    count=more), problems)
    raise ForeignSchema(Message(code, name=path.name, differences=shown), problems)


def quoted_table(name: str) -> str:
    """``name`` as a quoted SQL identifier, when it is one of our tables (ValueError if not)."""
    if name not in _all_columns(migrations.latest_version()):
        raise ValueError(f"not a table of the dossier schema: {name!r}")
    return quote_ident(name)


def quoted_column(table: str, name: str) -> str:
    """``name`` as a quoted SQL identifier, when it is a column of our ``table``."""
    if name not in {c[1] for c in reference_columns(migrations.latest_version(), table)}:
        raise ValueError(f"not a column of {table}: {name!r}")
    return quote_ident(name)


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'

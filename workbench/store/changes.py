"""Undo/redo for every edit, captured by the database itself, and refused over newer work.

Temporary triggers record, for each row an operation inserts, updates or deletes, what it takes
to reverse that change (the technique of sqlite.org's "Automatic Undo/Redo"): the row's primary
key, its old values (typed, as SQLite holds them) and a digest of the row the operation left
behind. An operation's entries form a ``Changeset``; replaying them newest first undoes the
operation and, through the same triggers, captures the changeset that redoes it.

Replay checks before it writes: a row the changeset would restore or delete must still be
exactly the row the operation left (same digest), and a row it would re-insert must not exist.
Otherwise the whole replay is refused with ``UndoConflict`` and, because it runs inside the
caller's transaction, nothing is applied. So an undo can never put an old row over a newer
state that an edit outside the undo history (an import, a re-import with ``replace``) made.

Nothing read from the dossier file becomes SQL text: table and column names come from this
version's migrations applied to an in-memory database, and values travel as parameters. The
audit trail, the number counters and the full-text index are not logged: the audit is
append-only, numbers are never handed out twice, and the index follows ``block`` through its
own triggers. Cascading deletes are covered because foreign-key actions fire triggers too
(``recursive_triggers`` makes ``INSERT OR REPLACE`` log the row it replaces).

An import writes a document's paragraphs and page spans by the hundred. Logging each row made
SQLite call into Python for its digest and the log hold one entry per row (a sixth of what
storing a PDF page cost, #15), so those rows are logged as one *group* entry instead
(``inserted_together``): "every row of ``block`` with this ``source_id``", with one digest of
all those rows as the operation left them: made from the rows as inserted
(``insert_together``), or read back when the changeset is taken if anything touched the table
after them. The guarantee stays
the same: an undo that would delete the group refuses when any of its rows changed, vanished
or joined it since.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from workbench.errors import UndoConflict
from workbench.store import migrations

# (the suggestion scan's kept readings are a cache, validated when read: workbench/suggest_stored.py)
_NOT_LOGGED = {"audit", "number_counter", "suggest_reading", "suggest_source_readings",
               "suggest_stem", "suggest_basis", "suggest_found", "suggest_nearest"}
_DIGEST = "cwb_row_digest"
# Tables whose rows an import inserts by the hundred, and the column that groups one document's
# rows (see ``inserted_together``).
_GROUPED = {"block": "source_id", "page_span": "source_id"}


@dataclass(frozen=True)
class Entry:
    """One logged row change, and what reversing it expects to find.

    ``op`` is what the edit did: "i" (inserted: reversing deletes it), "u" (updated: reversing
    writes ``values`` back) or "d" (deleted: reversing inserts ``values``). ``key`` is the
    primary key of the row now; ``expect`` the digest of the row as the edit left it (None for
    a deleted row, which must simply be absent). "g" is a group of rows inserted together
    (``inserted_together``): ``key`` holds the group's value of its column in ``_GROUPED``,
    ``expect`` the digest of all the group's rows; reversing deletes them all.
    """

    table: str
    op: str
    key: tuple[object, ...]
    expect: bytes | None
    values: tuple[object, ...]


@dataclass(frozen=True)
class Changeset:
    label: str
    entries: tuple[Entry, ...]
    redoes: bool = False       # applying it re-does the edit (it came from an undo)

    def __bool__(self) -> bool:
        return bool(self.entries)


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]       # primary-key columns, in key order


@lru_cache(maxsize=1)
def _expected_tables() -> dict[str, _Table]:
    """The logged tables, their columns and keys as this version's migrations create them.

    Taken from the scratch in-memory database of ``schema.reference``, never from the file
    being opened: a dossier from someone else is untrusted, and its own ``sqlite_master``
    must not decide what SQL we write.
    """
    from workbench.store import schema

    latest = migrations.latest_version()
    objects, columns = schema.reference(latest), schema._all_columns(latest)
    tables = {}
    for (kind, name), obj in sorted(objects.items(), key=lambda item: item[0][1]):
        # (what "NOT LIKE 'sqlite_%'" and "NOT LIKE '%_fts%'" left out: SQLite's own tables
        # and the full-text index with its shadow tables)
        if kind != "table" or name in _NOT_LOGGED or obj.sql.upper().startswith(
                "CREATE VIRTUAL") or (len(name) > 6 and name[:6].lower() == "sqlite") \
                or "fts" in name[1:].lower():
            continue
        info = [(r[1], r[5]) for r in columns[name]]
        key = tuple(c for c, pk in sorted((r for r in info if r[1]), key=lambda r: r[1]))
        tables[name] = _Table(name, tuple(c for c, _pk in info), key or ("rowid",))
    return tables


def warm_up() -> None:
    """Work out now, once per process, what the first opening of a dossier needs from our
    migrations: the reference schema its file is verified against, the columns of every
    table, the tables the undo log's triggers cover. Each runs every migration on a scratch
    database (~0.1 s each); a GUI calls this off its thread while the start screen shows, so
    the first opening does not stop the window for it (#14). Any thread, any time."""
    from workbench.store import migrations, schema

    latest = migrations.latest_version()
    schema.reference(latest)
    schema.reference_columns(latest, "source")     # all tables' columns are read at once
    _widths()


def _widths() -> tuple[int, int]:
    tables = _expected_tables().values()
    return max(len(t.key) for t in tables), max(len(t.columns) for t in tables)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def row_digest(*values: int | float | str | bytes | None) -> bytes:
    """A digest of a whole row: equal digests mean equal values of equal SQLite types.

    The row is serialised by ``marshal`` (version 2), which tags every value with its type
    (int, float, str, bytes, None) and length and, from version 3 on only, would write
    back-references that depend on object identity: version 2 gives the same bytes for equal
    values every time. Done in C: an import digests every row it stores, and the per-value
    Python loop this replaced was a quarter of what storing a PDF cost (#15). Digests live only
    in this session's undo log.
    """
    return hashlib.blake2b(marshal.dumps(values, 2), digest_size=16).digest()


def _group_digest(conn: sqlite3.Connection, table: _Table, group: object
                  ) -> tuple[bytes, list[tuple[object, ...]]]:
    """One digest of every row of ``table`` in ``group`` (in key order), and their keys.

    The rows are serialised together by ``marshal`` version 2 (type-tagged, see
    ``row_digest``), the key columns first so the keys come along from the same read.
    """
    columns = ", ".join(map(_q, (*table.key, *table.columns)))
    order = ", ".join(map(_q, table.key))
    cursor = conn.cursor()
    cursor.row_factory = None          # plain tuples, whatever the connection's factory
    rows = cursor.execute(f"SELECT {columns} FROM main.{_q(table.name)} "
                          f"WHERE {_q(_GROUPED[table.name])} IS ? ORDER BY {order}",
                          (group,)).fetchall()
    width = len(table.key)
    return (hashlib.blake2b(marshal.dumps(rows, 2), digest_size=16).digest(),
            [row[:width] for row in rows])


def _triggers(table: _Table) -> tuple[str, str, str]:
    t = _q(table.name)
    keys = ", ".join(f"k{i}" for i in range(len(table.key)))
    values = ", ".join(f"v{i}" for i in range(len(table.columns)))

    def refs(side: str, names: Sequence[str]) -> str:
        return ", ".join(f"{side}.{_q(c)}" for c in names)

    digest = f"{_DIGEST}({refs('new', table.columns)})"
    head = f"INSERT INTO undo_log (tbl, op, expect, {keys}"
    # rows of a group being inserted together are logged by the group's one entry
    unless = "" if table.name not in _GROUPED else (
        f"WHEN NOT EXISTS (SELECT 1 FROM temp.undo_group WHERE tbl = {_lit(table.name)} "
        f"AND grp IS new.{_q(_GROUPED[table.name])}) ")
    return (
        f"CREATE TEMP TRIGGER IF NOT EXISTS {_q('undo_' + table.name + '_i')} "
        f"AFTER INSERT ON main.{t} {unless}BEGIN {head}) "
        f"VALUES ({_lit(table.name)}, 'i', {digest}, {refs('new', table.key)}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {_q('undo_' + table.name + '_u')} "
        f"AFTER UPDATE ON main.{t} BEGIN {head}, {values}) "
        f"VALUES ({_lit(table.name)}, 'u', {digest}, {refs('new', table.key)}, "
        f"{refs('old', table.columns)}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {_q('undo_' + table.name + '_d')} "
        f"BEFORE DELETE ON main.{t} BEGIN {head}, {values}) "
        f"VALUES ({_lit(table.name)}, 'd', NULL, {refs('old', table.key)}, "
        f"{refs('old', table.columns)}); END",
    )


def install(conn: sqlite3.Connection) -> None:
    """Create the per-connection log table and triggers (TEMP: nothing is written to the file).

    One statement per ``execute`` (never ``executescript``), and every name comes from the
    expected schema, quoted: nothing read from the file can add a statement of its own.
    """
    conn.create_function(_DIGEST, -1, row_digest, deterministic=True)
    conn.execute("PRAGMA recursive_triggers = ON")
    key_width, value_width = _widths()
    columns = [f"k{i}" for i in range(key_width)] + [f"v{i}" for i in range(value_width)]
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
        f"op TEXT NOT NULL, expect BLOB, {', '.join(columns)})")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_group (tbl TEXT NOT NULL, grp NOT NULL, "
                 "PRIMARY KEY (tbl, grp)) WITHOUT ROWID")
    for table in _expected_tables().values():
        for statement in _triggers(table):
            conn.execute(statement)


class _Group:
    """A group being inserted: ``expect`` is its digest when the inserting code knows it."""

    expect: bytes | None = None


@contextlib.contextmanager
def inserted_together(conn: sqlite3.Connection, table: str, group: int
                      ) -> Iterator[_Group | None]:
    """Rows of ``table`` whose ``_GROUPED`` column is ``group``, inserted inside, are logged
    as one entry instead of one per row (a document's paragraphs or page spans, #15).

    Only a group that is empty when this starts is logged so (its rows are then all the
    operation's own): reversing the entry deletes every row of the group, and only if all are
    still exactly as the operation left them (their digest is taken with the changeset). Rows
    added to a group that already has some are logged one by one, as any other insert.
    Yields None then, else a ``_Group`` (see ``insert_together``). Call inside the
    operation's transaction.
    """
    if table not in _GROUPED or table not in _expected_tables():
        raise ValueError(f"{table} rows are not logged in groups")
    if not _logging(conn) or conn.execute(    # no undo log (read-only), or not empty
            f"SELECT 1 FROM main.{_q(table)} WHERE {_q(_GROUPED[table])} IS ? LIMIT 1",
            (group,)).fetchone():
        yield None
        return
    conn.execute("INSERT INTO temp.undo_group (tbl, grp) VALUES (?, ?)", (table, group))
    switch_off = ("DELETE FROM temp.undo_group WHERE tbl = ? AND grp IS ?", (table, group))
    state = _Group()
    try:
        yield state
    except BaseException:
        # a failed statement inside may have rolled back the transaction, this row with it
        with contextlib.suppress(sqlite3.Error):
            conn.execute(*switch_off)
        raise
    conn.execute(*switch_off)
    conn.execute("INSERT INTO temp.undo_log (tbl, op, expect, k0) VALUES (?, 'g', ?, ?)",
                 (table, state.expect, group))


def insert_together(conn: sqlite3.Connection, table: str, group: int,
                    columns: Sequence[str], rows: Sequence[tuple[object, ...]]) -> None:
    """INSERT ``rows`` (values of ``columns``, each with ``group`` in the grouping column)
    into ``table``, logged as ``inserted_together`` does.

    The group's digest is made here from the rows just inserted, instead of reading them
    back when the changeset is taken (a third of what the undo log cost an import, #15);
    ``take`` still reads them back if anything else touched the table after them.
    """
    names = ", ".join(map(_q, columns))
    marks = ", ".join("?" * len(columns))
    with inserted_together(conn, table, group) as state:
        conn.executemany(f"INSERT INTO main.{_q(table)} ({names}) VALUES ({marks})", rows)
        if state is not None:
            state.expect = _inserted_digest(conn, _expected_tables()[table], group,
                                            tuple(columns), rows)


_AFFINITY_TYPES: dict[str, frozenset[type]] = {
    "INTEGER": frozenset((int, type(None))), "TEXT": frozenset((str, type(None)))}


def _inserted_digest(conn: sqlite3.Connection, table: _Table, group: int,
                     columns: tuple[str, ...], rows: Sequence[tuple[object, ...]]
                     ) -> bytes | None:
    """``_group_digest``'s digest of ``rows`` as just inserted, without reading them back.

    None (``take`` reads them back) unless the result is sure to be the same: every column
    given but an auto-assigned integer key, and every value of the type SQLite will hand
    back (an int in an INTEGER column, a str in a TEXT one, or NULL), so no conversion.
    """
    if not rows:
        return None
    declared = {r[1]: str(r[2]).upper() for r in _declared_columns(table.name)}
    auto = [c for c in table.columns if c not in columns]
    if auto and (auto != list(table.key) or len(auto) != 1 or declared.get(auto[0]) != "INTEGER"):
        return None
    if tuple(c for c in table.columns if c not in auto) != columns:
        return None
    for name, values in zip(columns, zip(*rows, strict=True), strict=True):
        allowed = _AFFINITY_TYPES.get(declared.get(name, ""))
        if allowed is None or not set(map(type, values)) <= allowed:
            return None
    if auto:          # an INTEGER PRIMARY KEY: handed out in insertion order, one more each
        first, last, count = conn.execute(
            f"SELECT min({_q(auto[0])}), max({_q(auto[0])}), count(*) FROM main.{_q(table.name)} "
            f"WHERE {_q(_GROUPED[table.name])} IS ?", (group,)).fetchone()
        if count != len(rows) or first is None or last - first + 1 != count:
            return None
        at = table.columns.index(auto[0])
        ids = range(first, last + 1)
        if at == 0:
            full = [(key, key, *row) for key, row in zip(ids, rows, strict=True)]
        else:
            full = [(key, *row[:at], key, *row[at:]) for key, row in zip(ids, rows, strict=True)]
    else:
        where = [columns.index(c) for c in table.key]
        width = len(where)
        try:          # in key order, as read back (a NULL in a key would not compare)
            if where == list(range(width)):      # the key columns come first
                full = sorted([tuple(row[:width]) + tuple(row) for row in rows])
            else:
                full = sorted([tuple(row[i] for i in where) + tuple(row) for row in rows])
        except TypeError:
            return None
    return hashlib.blake2b(marshal.dumps(full, 2), digest_size=16).digest()


@lru_cache(maxsize=16)
def _declared_columns(table: str) -> tuple[tuple[object, ...], ...]:
    from workbench.store import schema

    return schema.reference_columns(migrations.latest_version(), table)


def _logging(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' "
                        "AND name = 'undo_group'").fetchone() is not None


def take(conn: sqlite3.Connection, label: str) -> Changeset:
    """The changes logged since the last take, as the changeset that reverses them."""
    key_width, _ = _widths()
    tables = _expected_tables()
    entries = []
    groups: set[tuple[str, object]] = set()
    log = conn.execute("SELECT * FROM temp.undo_log ORDER BY seq").fetchall()
    # A group's digest made as it was inserted holds if nothing after it touched the table
    # (the same group twice, or any row logged one by one): else its rows are read back.
    last_plain: dict[str, int] = {}
    times_grouped: dict[tuple[str, object], int] = {}
    for row in log:
        if row[2] == "g":
            times_grouped[(row[1], row[4])] = times_grouped.get((row[1], row[4]), 0) + 1
        else:
            last_plain[row[1]] = row[0]
    for row in log:
        table = tables[row[1]]
        if row[2] == "g":
            if (table.name, row[4]) not in groups:   # one entry, however often it was added to
                groups.add((table.name, row[4]))
                expect = row[3]
                if expect is None or times_grouped[(table.name, row[4])] > 1 \
                        or last_plain.get(table.name, -1) > row[0]:
                    expect, _keys = _group_digest(conn, table, row[4])
                entries.append(Entry(table.name, "g", (row[4],), expect, ()))
            continue
        keys = tuple(row[4:4 + len(table.key)])
        values = tuple(row[4 + key_width:4 + key_width + len(table.columns)]) if row[2] != "i" else ()
        entries.append(Entry(table.name, row[2], keys, row[3], values))
    conn.execute("DELETE FROM temp.undo_log")
    conn.execute("DELETE FROM temp.undo_group")    # never left switched on past an operation
    return Changeset(label, tuple(entries))


# Rows the machine makes and remakes (suggestion scans): an undo may take them along when it
# removes what they hang on, so a scan never makes the officer's undo history unusable.
_MACHINE_MADE = {"suggestion", "suggestion_scan"}


@contextlib.contextmanager
def unlogged(conn: sqlite3.Connection) -> Iterator[None]:
    """Machine-made writes (a suggestion scan) that go on no changeset.

    A scan is not an undo step, so logging its rows only costs time (a digest per row: a full
    rescan writes tens of thousands) and fills a changeset nobody replays. Only the
    machine-made tables go unlogged; the officer's undo steps stay valid because replay
    already lets an undo take machine-made rows along (``_MACHINE_MADE``).
    """
    tables = _expected_tables()
    present = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_temp_master WHERE type = 'trigger'")}
    dropped = [(tables[name], name) for name in sorted(_MACHINE_MADE) if name in tables
               and any(f"undo_{name}_{op}" in present for op in "iud")]
    for _table, name in dropped:
        for op in "iud":
            conn.execute(f"DROP TRIGGER IF EXISTS temp.{_q(f'undo_{name}_{op}')}")
    try:
        yield
    finally:
        for table, _name in dropped:
            for statement in _triggers(table):
                conn.execute(statement)


def replay(conn: sqlite3.Connection, changeset: Changeset) -> None:
    """Reverse a changeset's entries, newest first. Call inside a transaction: on
    ``UndoConflict`` the caller rolls back, so nothing is half-applied.

    Refused when a row the changeset touched is no longer as the operation left it, or when
    reversing it would also delete or change (through a foreign-key action) a record made
    since, other than a machine-made suggestion.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")
    tables = _expected_tables()
    what_for = f"{'redo' if changeset.redoes else 'undo'} '{changeset.label}'"
    last: dict[tuple[str, tuple[object, ...]], Entry] = {}
    grouped: set[tuple[str, tuple[object, ...]]] = set()    # rows a group entry deletes
    for entry in changeset.entries:
        if entry.op == "g":
            grouped.update(_check_group(conn, tables[entry.table], entry, what_for))
        else:
            last[(entry.table, entry.key)] = entry  # the operation's final word on each row
    for entry in last.values():
        _check(conn, tables[entry.table], entry, what_for)
    for entry in reversed(changeset.entries):
        _reverse(conn, tables[entry.table], entry, what_for)
    _check_collateral(conn, tables, set(last) | grouped, what_for)
    _check_anchors(conn, tables["quote"], changeset.entries, what_for)


def _where(table: _Table) -> str:
    return " AND ".join(f"{_q(c)} IS ?" for c in table.key)


def _check(conn: sqlite3.Connection, table: _Table, entry: Entry, what_for: str) -> None:
    found = conn.execute(
        f"SELECT {_DIGEST}({', '.join(map(_q, table.columns))}) FROM main.{_q(table.name)} "
        f"WHERE {_where(table)}", entry.key).fetchone()
    if entry.op == "d":
        if found is not None:
            raise _conflict(what_for, table, entry.key, "was added again since")
    elif found is None:
        raise _conflict(what_for, table, entry.key, "was deleted since")
    elif found[0] != entry.expect:
        raise _conflict(what_for, table, entry.key, "changed since")


def _check_group(conn: sqlite3.Connection, table: _Table, entry: Entry, what_for: str
                 ) -> list[tuple[str, tuple[object, ...]]]:
    """A group entry's rows must be exactly those the operation left; returns their keys."""
    found, keys = _group_digest(conn, table, entry.key[0])
    if found != entry.expect:
        raise _conflict(what_for, table, entry.key,
                        f"(the rows with {_GROUPED[table.name]} {entry.key[0]}) changed since")
    return [(table.name, key) for key in keys]


def _reverse(conn: sqlite3.Connection, table: _Table, entry: Entry, what_for: str) -> None:
    """One entry, after ``_check``: a row a cascade in this replay already removed or changed
    is simply written as the entry says."""
    name = f"main.{_q(table.name)}"
    try:
        if entry.op == "g":
            conn.execute(f"DELETE FROM {name} WHERE {_q(_GROUPED[table.name])} IS ?", entry.key)
        elif entry.op == "i":
            conn.execute(f"DELETE FROM {name} WHERE {_where(table)}", entry.key)
        elif entry.op == "u":
            sets = ", ".join(f"{_q(c)} = ?" for c in table.columns)
            conn.execute(f"UPDATE {name} SET {sets} WHERE {_where(table)}",
                         (*entry.values, *entry.key))
        else:
            columns = ", ".join(map(_q, table.columns))
            marks = ", ".join("?" * len(table.columns))
            conn.execute(f"INSERT INTO {name} ({columns}) VALUES ({marks})", entry.values)
    except sqlite3.IntegrityError as exc:
        raise _conflict(what_for, table, entry.key,
                        f"would clash with a newer record ({exc})") from exc


# A quote's place (start, end) is only right in the source text it was anchored on
# (quote.text_hash). A quote written back after that text was replaced would sit on other text.
_MISPLACED = ("SELECT 1 FROM quote q JOIN source s ON s.id = q.source_id WHERE q.id = ? "
              "AND q.status IN ('ok', 'moved') AND q.text_hash != s.text_hash")


def _check_anchors(conn: sqlite3.Connection, quote: _Table, entries: Sequence[Entry],
                   what_for: str) -> None:
    for entry in entries:
        if entry.table == quote.name and entry.op != "i" and conn.execute(
                _MISPLACED, entry.key).fetchone():
            raise _conflict(what_for, quote, entry.key, "was anchored on a text replaced since")


def _check_collateral(conn: sqlite3.Connection, tables: dict[str, _Table],
                      touched: set[tuple[str, tuple[object, ...]]], what_for: str) -> None:
    key_width, _ = _widths()
    keys = ", ".join(f"k{i}" for i in range(key_width))
    for row in conn.execute(f"SELECT tbl, {keys} FROM temp.undo_log ORDER BY seq"):
        table = tables[row[0]]
        key = tuple(row[1:1 + len(table.key)])
        if (table.name, key) not in touched and table.name not in _MACHINE_MADE:
            raise _conflict(what_for, table, key, "was made or changed since and would be lost")


def _conflict(what_for: str, table: _Table, key_values: tuple[object, ...], what: str
              ) -> UndoConflict:
    key = ", ".join(map(str, key_values))
    return UndoConflict(
        f"Cannot {what_for}: {table.name} {key} {what} by an edit outside the undo history "
        "(an import, for instance). Nothing was changed.",
        label=what_for, kind=table.name, key=key)

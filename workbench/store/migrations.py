"""Numbered .sql migrations in db/, applied in order; PRAGMA user_version is the schema version."""

from __future__ import annotations

import re
import sqlite3
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def migrations_dir() -> Path:
    """db/ inside a PyInstaller bundle, beside the packages in a checkout, or installed with the
    wheel as package data of ``cwb_data.db``: the first of those that holds migrations."""
    from workbench.resources import installed_data_dirs

    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "db")
    candidates.append(Path(__file__).resolve().parents[2] / "db")
    candidates += installed_data_dirs("db")
    for candidate in candidates:
        if candidate.is_dir() and any(_NAME.match(p.name) for p in candidate.iterdir()):
            return candidate
    raise FileNotFoundError(f"schema migrations not found (looked in {', '.join(map(str, candidates))})")


@lru_cache(maxsize=1)
def all_migrations() -> tuple[Migration, ...]:
    found = []
    for path in sorted(migrations_dir().iterdir()):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 001, 002, ... without gaps: {versions}")
    return tuple(found)


def latest_version() -> int:
    return all_migrations()[-1].version


def migrate(conn: sqlite3.Connection, current: int, target: int | None = None) -> int:
    """Apply every migration after ``current`` up to ``target``, each in its own transaction.

    Foreign keys are off while a migration runs: a table rebuild (new table, copy, DROP TABLE,
    rename) must not cascade its DROP to the rows that refer to it. Before committing, the
    migration may not have added a foreign-key violation; the setting is restored afterwards.
    """
    target = latest_version() if target is None else target
    enforced = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")     # a no-op inside a transaction: set it first
    try:
        for migration in all_migrations():
            if current < migration.version <= target:
                _apply(conn, migration)
                current = migration.version
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")
    return current


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    # executescript commits anything pending first; the script opens the transaction and this
    # function ends it, so a failing migration leaves the file at the previous version.
    try:
        before = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql()}\n")
        after = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        if after > before:
            raise sqlite3.IntegrityError(
                f"migration {migration.path.name} would break {after - before} references")
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise

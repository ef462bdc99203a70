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
    """Apply every migration after ``current`` up to ``target``, each in its own transaction."""
    target = latest_version() if target is None else target
    for migration in all_migrations():
        if current < migration.version <= target:
            # executescript commits anything pending first; the script carries its own transaction
            # so a failing migration leaves the file at the previous version.
            try:
                conn.executescript(
                    f"BEGIN IMMEDIATE;\n{migration.sql()}\n"
                    f"PRAGMA user_version = {migration.version};\nCOMMIT;"
                )
            except sqlite3.Error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            current = migration.version
    return current

"""Rolling back the transaction of a session that died mid-edit (a hot journal)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.errors import DossierLocked, DossierNotWritable
from workbench.lock import acquire, is_stale, read_holder
from workbench.store.connection import connect_file


def recover_interrupted(dossier: Path) -> bool:
    """Roll back the transaction of a session that died mid-edit, so a read-only open works.

    A killed writer leaves a hot ``-journal`` that a read-only connection cannot roll back
    ("attempt to write a readonly database"). When no live session holds the dossier, take
    the lock briefly and let SQLite roll it back. Returns whether anything was done.
    """
    journal = dossier.with_name(dossier.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return False
    except OSError:
        return False
    holder = read_holder(dossier)
    if holder and not is_stale(holder):
        return False   # a live writer's transaction in progress: SQLite makes readers wait
    try:
        held = acquire(dossier)
    except DossierNotWritable as exc:
        raise DossierNotWritable(
            f"{dossier.name} was not closed properly (its recovery file {journal.name} is still "
            "there) and cannot be repaired here because the folder is read-only. Copy both files "
            "to a folder of your own and open the copy.") from exc
    except DossierLocked:
        return False
    try:
        conn = connect_file(dossier, "rw")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls back
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    finally:
        held.release()
    return True

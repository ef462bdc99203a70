"""Low-level failures while a dossier is in use, said as one line a user can act on.

A damaged dossier (values of the wrong type, text that is not UTF-8, malformed JSON, a
corrupted page or index) surfaces deep inside the core as ``sqlite3.DatabaseError``,
``ValueError`` or ``TypeError``; a full or failing disk as ``sqlite3.OperationalError``. The CLI
and the app turn them into a ``WorkbenchError`` here instead of showing a traceback.
"""

from __future__ import annotations

from pathlib import Path

from workbench.errors import DamagedDossier, WorkbenchError
from workbench.messages import Message
from workbench.store import db

# What a damaged file raises while being read (UnicodeDecodeError is a ValueError).
DAMAGE = (db.DatabaseError, ValueError, TypeError, OverflowError)


class StorageFailed(WorkbenchError):
    """The disk refused a write (full, read-only, I/O error): nothing was changed."""

    exit_code = 1    # the command ran; the medium failed


def short(exc: BaseException | str, limit: int = 160) -> str:
    """An exception's message (or a text) as one short line (SQLite quotes whole values in some)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _storage(exc: db.OperationalError, name: str) -> StorageFailed | None:
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if code.startswith("SQLITE_FULL") or "disk is full" in text:
        why = "storage-full"
    elif code.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        why = "storage-io"
    elif code.startswith("SQLITE_READONLY") or "readonly" in text:
        why = "storage-readonly"
    else:
        return None
    return StorageFailed(Message(why, name=name))


def explain(exc: BaseException, path: Path | str | None = None) -> WorkbenchError | None:
    """A user-facing error for ``exc`` raised while ``path`` was in use, or None when ``exc``
    is not a failure of the file or the disk (a programming error keeps its traceback)."""
    if isinstance(exc, WorkbenchError):
        return exc
    name = Path(path).name if path else "the dossier"
    if isinstance(exc, db.OperationalError):
        storage = _storage(exc, name)
        if storage is not None:
            return storage
    if isinstance(exc, DAMAGE):
        return DamagedDossier(Message("dossier-damaged-in-use", name=name, reason=short(exc)))
    return None

"""SQLite's errors at open time and while editing, as messages an officer can act on (#17).

A raw ``sqlite3.OperationalError`` ("unable to open database file", "database is locked",
"disk I/O error") tells the officer nothing and, in the GUI, ends in the crash dialog. Each one
becomes a ``WorkbenchError`` naming the file, the likely cause and what to do.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.errors import DamagedDossier, DossierUnavailable, InterruptedSave, WorkbenchError
from workbench.messages import Message

# Primary result codes (https://www.sqlite.org/rescode.html)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_READONLY_ROLLBACK = 776          # a hot journal that a read-only connection cannot roll back


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)     # Python 3.11+
    if code is not None:
        return int(code)
    text = str(exc).lower()                           # Python 3.10: the message only
    for needle, guessed in (("locked", _BUSY), ("readonly", _READONLY), ("disk i/o", _IOERR),
                            ("malformed", _CORRUPT), ("not a database", _NOTADB),
                            ("unable to open", _CANTOPEN), ("full", _FULL)):
        if needle in text:
            return guessed
    return None


def is_environmental(exc: sqlite3.Error) -> bool:
    """Caused by the file's surroundings (locked, unreachable, read-only, full, failing), not
    by a bug in the SQL."""
    code = _code(exc)
    return code is not None and code & 0xFF in (_BUSY, _LOCKED, _READONLY, _IOERR, _FULL,
                                                 _CANTOPEN)   # damage: workbench.failures


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A non-empty rollback journal beside the dossier: a save that did not finish."""
    try:
        return journal_of(path).stat().st_size > 0
    except OSError:
        return False


def _holder_hint(path: Path) -> Message:
    from workbench import lock  # here: lock imports modules that import this one

    holder = lock.read_holder(path)
    if holder:
        return Message("interrupted-repair-holder", holder=lock.describe(holder))
    return Message("interrupted-repair-anyone")


def interrupted_save(path: Path) -> InterruptedSave:
    return InterruptedSave(Message("interrupted-save", path=path, journal=journal_of(path).name,
                                   repair=_holder_hint(path)))


def environmental_error(path: Path, exc: sqlite3.Error, *, readonly: bool = False
                        ) -> WorkbenchError | None:
    """The product error when the file's surroundings explain ``exc`` (an interrupted save,
    another program holding the file, unreachable, read-only, full, a failing disk); None when
    the file itself is damaged or the SQL is wrong."""
    code = _code(exc)
    primary = None if code is None else code & 0xFF
    if code == _READONLY_ROLLBACK or (readonly and has_hot_journal(path) and
                                      primary in (_READONLY, _CANTOPEN, _IOERR, None)):
        return interrupted_save(path)
    if primary == _READONLY and not readonly:
        from workbench import lock  # here: lock imports modules that import this one

        return lock.not_writable(path, str(exc))   # the GUI offers to open it read-only
    if primary in (_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN):
        return _common(path, exc, primary, "cannot be opened")
    return None


def open_error(path: Path, exc: sqlite3.Error, *, readonly: bool = False) -> WorkbenchError:
    """The product error for an ``sqlite3.Error`` raised while opening ``path``."""
    known = environmental_error(path, exc, readonly=readonly)
    if known is not None:
        return known
    code = _code(exc)
    if code is not None and code & 0xFF in (_NOTADB, _CORRUPT):
        return DamagedDossier(Message("dossier-damaged-cannot-open", path=path, reason=exc))
    return _common(path, exc, None, "cannot be opened")


def edit_error(path: Path, exc: sqlite3.Error) -> WorkbenchError:
    """The product error for an ``sqlite3.OperationalError`` while saving an edit."""
    code = _code(exc)
    return _common(path, exc, None if code is None else code & 0xFF,
                   "could not save your change (nothing was changed)")


def _common(path: Path, exc: sqlite3.Error, primary: int | None, what: str) -> WorkbenchError:
    reasons = {_BUSY: "busy", _LOCKED: "busy", _CANTOPEN: "cantopen", _READONLY: "readonly",
               _FULL: "full", _IOERR: "ioerr"}
    why = "other" if primary is None else reasons.get(primary, "other")
    action = "unavailable-save" if what.startswith("could not save") else "unavailable-open"
    return DossierUnavailable(Message(f"unavailable-{why}", path=path, action=Message(action),
                                      reason=exc))

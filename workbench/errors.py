"""Errors the core raises for a user to read: one clear line, no traceback needed."""

from __future__ import annotations

from typing import Any


class WorkbenchError(Exception):
    """A problem the user can act on. ``str(e)`` is the message to show."""


class NotADossier(WorkbenchError):
    """The file is not a Consultation Workbench dossier (or not a readable one)."""


class ForeignSchema(NotADossier):
    """The file's schema is not the one the application makes: objects of its own (a trigger, a
    view, a column), or objects missing. ``findings`` lists each difference."""

    def __init__(self, message: str, findings: list[str] | None = None) -> None:
        super().__init__(message)
        self.findings = list(findings or ())


class DamagedDossier(NotADossier):
    """The dossier's content cannot be read as the application wrote it (corruption, values of
    the wrong type, text that is not UTF-8, a damaged search index)."""


class NewerSchema(WorkbenchError):
    """The dossier was written by a newer version of the app."""


class DossierLocked(WorkbenchError):
    """Another session holds the dossier open for writing."""

    exit_code = 3    # the CLI's own exit code: scripts can wait and retry

    def __init__(self, message: str, holder: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.holder = holder or {}


class ReadOnlyDossier(WorkbenchError):
    """An edit was attempted on a dossier opened read-only."""


class DossierNotWritable(ReadOnlyDossier):
    """The dossier cannot be opened for editing here (read-only file, folder or medium)."""


class NotFound(WorkbenchError):
    """A key, number or id that names nothing in this dossier."""


class InvalidInput(WorkbenchError):
    """A value that breaks a rule of the domain (unknown stance, duplicate key...)."""


class UndoConflict(WorkbenchError):
    """Undo or redo refused: a record it would restore was changed since by another edit.

    Nothing was changed. ``label`` names the edit, ``kind`` and ``key`` the record that
    changed (``kind`` is a table name such as "quote"), so a GUI can word its own message.
    """

    def __init__(self, message: str, *, label: str = "", kind: str = "", key: str = "") -> None:
        super().__init__(message)
        self.label = label
        self.kind = kind
        self.key = key


class WrongThread(WorkbenchError):
    """A dossier connection was used from a thread other than the one that opened it."""


class DossierUnavailable(WorkbenchError):
    """SQLite could not open, read or write the dossier file: held by another program (a sync
    client such as OneDrive, antivirus, backup software), a network drive that went away, a
    full or failing disk. The message names the file and what to do; nothing was changed."""


class InterruptedSave(DossierUnavailable):
    """A session stopped in the middle of saving (crash, network cut) and left a recovery
    journal ("hot journal") that this session cannot roll back, e.g. when opening read-only."""


class FileInUse(WorkbenchError):
    """A file stayed locked by another program (Word/Excel, antivirus, a sync client) after the
    retries; the message names the file and the likely holders."""

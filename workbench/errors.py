"""Errors the core raises for a user to read: one clear line, no traceback needed."""

from __future__ import annotations


class WorkbenchError(Exception):
    """A problem the user can act on. ``str(e)`` is the message to show."""


class NotADossier(WorkbenchError):
    """The file is not a Consultation Workbench dossier (or not a readable one)."""


class NewerSchema(WorkbenchError):
    """The dossier was written by a newer version of the app."""


class DossierLocked(WorkbenchError):
    """Another session holds the dossier open for writing."""

    def __init__(self, message: str, holder: dict | None = None) -> None:
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

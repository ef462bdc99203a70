"""Consultation Workbench core: dossiers, sources, evidence, checks and exports. Qt-free."""

from workbench.errors import (
    DossierLocked,
    DossierNotWritable,
    InvalidInput,
    NewerSchema,
    NotADossier,
    NotFound,
    ReadOnlyDossier,
    UndoConflict,
    WorkbenchError,
    WrongThread,
)
from workbench.project import Project
from workbench.store.changes import Changeset
from workbench.version import __version__

__all__ = [
    "Changeset", "DossierLocked", "DossierNotWritable", "InvalidInput", "NewerSchema",
    "NotADossier", "NotFound", "Project", "ReadOnlyDossier", "UndoConflict", "WorkbenchError",
    "WrongThread", "__version__",
]

"""Consultation Workbench core: dossiers, sources, evidence, checks and exports. Qt-free."""

from workbench.errors import (
    DossierLocked,
    DossierNotWritable,
    InvalidInput,
    NewerSchema,
    NotADossier,
    NotFound,
    ReadOnlyDossier,
    WorkbenchError,
)
from workbench.project import Project
from workbench.version import __version__

__all__ = [
    "DossierLocked", "DossierNotWritable", "InvalidInput", "NewerSchema", "NotADossier",
    "NotFound", "Project", "ReadOnlyDossier", "WorkbenchError", "__version__",
]

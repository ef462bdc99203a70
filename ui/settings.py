"""Every QSettings key the application uses, declared once with its type and default.

Read and write preferences only through these ``Setting`` objects, so a key is never spelled
twice and a missing or damaged value falls back to its default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 10


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str = ""

    def get(self, settings: QSettings | None = None) -> Any:
        value = (settings or QSettings()).value(self.key, self.default)
        return _coerce(value, self.type, self.default)

    def set(self, value: Any, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.key, value)

    def reset(self, settings: QSettings | None = None) -> None:
        (settings or QSettings()).remove(self.key)


def _coerce(value: Any, kind: type, default: Any) -> Any:
    if value is None:
        return default
    if kind is list:
        if isinstance(value, str):        # INI files store a one-item list as a plain string
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else default
    if kind is bool:
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)
    if kind is QByteArray:
        return value if isinstance(value, QByteArray) else default
    try:
        return kind(value)
    except (TypeError, ValueError):
        return default


LANGUAGE = Setting("ui/language", str, "nl", "user interface language: nl or en")
RECENT_FILES = Setting("files/recent", list, [], "most recently opened dossiers, newest first")
LAST_FOLDER = Setting("files/last_folder", str, "", "folder of the last file dialog")
EXPORT_FOLDER = Setting("export/folder", str, "", "folder of the last export")
EXPORT_PARTS = Setting("export/parts", list, ["annex", "communication", "xlsx"],
                       "deliverables ticked in the last export")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, None, "main window position and size")
WINDOW_STATE = Setting("window/state", QByteArray, None, "dock and toolbar layout")
GUIDE_DONE = Setting("guide/done", list, [], "dossiers whose next-step bar is done with: "
                     "exported once, or dismissed")

ALL = (LANGUAGE, RECENT_FILES, LAST_FOLDER, EXPORT_FOLDER, EXPORT_PARTS, WINDOW_GEOMETRY,
       WINDOW_STATE, GUIDE_DONE)
MAX_GUIDE_DONE = 200


def recent_files() -> list[Path]:
    """The recent dossiers that still exist, newest first."""
    return [Path(p) for p in RECENT_FILES.get() if Path(p).exists()]


def add_recent_file(path: Path) -> None:
    text = str(Path(path).resolve())
    paths = [p for p in RECENT_FILES.get() if p != text]
    RECENT_FILES.set([text, *paths][:MAX_RECENT])
    LAST_FOLDER.set(str(Path(text).parent))


def remove_recent_file(path: Path) -> None:
    text = str(Path(path).resolve())
    RECENT_FILES.set([p for p in RECENT_FILES.get() if p != text])


def last_folder() -> str:
    """The folder of the last file dialog; the first time the user's Documents folder (a new
    dossier went straight into C:\\Users\\name, beside the profile's own folders)."""
    folder = LAST_FOLDER.get()
    if folder and Path(folder).is_dir():
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def export_folder(fallback: Path | None = None) -> str:
    """The folder of the last export; else ``fallback`` (the dossier's folder) or home."""
    folder = EXPORT_FOLDER.get()
    if folder and Path(folder).is_dir():
        return folder
    return str(fallback) if fallback is not None and Path(fallback).is_dir() else str(Path.home())

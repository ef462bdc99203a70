"""The per-user folders the application writes to, at the platform's standard places.

Preferences and the recent-files list live in QSettings (ui/settings.py), which already uses the
platform's standard place (the registry under HKCU\\Software\\Vlaamse overheid on Windows, ~/.config
on Linux). Logs and other files of our own go to the folders below, via platformdirs:

- Windows: %LOCALAPPDATA%\\Vlaamse overheid\\Consultation Workbench\\Logs (logs), ...\\Consultation
  Workbench (data)
- Linux: ~/.local/state/Consultation Workbench/log, ~/.local/share/Consultation Workbench
- macOS: ~/Library/Logs/Consultation Workbench, ~/Library/Application Support/Consultation Workbench

``CWB_LOG_DIR`` overrides the log folder (IT may point it at a share; tests at a temp folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Consultation Workbench"
APP_AUTHOR = "Vlaamse overheid"
APP_LOG_NAME = "workbench.log"


def _ensure(folder: Path, create: bool) -> Path:
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_dir(create: bool = True) -> Path:
    """The folder for the application log and crash reports."""
    override = os.environ.get("CWB_LOG_DIR")
    folder = Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return _ensure(folder, create)


def data_dir(create: bool = True) -> Path:
    """The folder for the application's own files (not the dossiers: those are where the user
    saves them)."""
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)), create)


def app_log_file(create: bool = True) -> Path:
    """The rotating application log (workbench.log, .1, .2, ... beside it)."""
    return log_dir(create) / APP_LOG_NAME

"""The app's per-user folders, one naming for the core and the GUI alike."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Consultation Workbench"
APP_AUTHOR = "Vlaamse overheid"   # the organisation QSettings uses too


def user_data_dir() -> Path:
    """%LOCALAPPDATA%\\Vlaamse overheid\\Consultation Workbench on Windows, ~/.local/share/... here."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))

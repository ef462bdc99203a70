"""Folders synchronised by OneDrive, Dropbox, Google Drive and the like (#17).

A sync client uploads whatever changes, whenever it changes: the dossier, its ``-journal`` and its
``.lock`` file in the middle of saving an edit. Another computer can then receive a half-saved
state, the client makes conflict copies ("dossier-LAPTOP-12.cwb") when two computers touch the
file, and it opens the file for a moment to read it, which makes a save fail with "database is
locked". So the officer is told, with the reason, when a dossier lives in such a folder.

Detection: the OneDrive environment variables (``OneDrive``, ``OneDriveCommercial``,
``OneDriveConsumer``), Dropbox's ``info.json`` (which names its folders), and path components
the clients use by default ("OneDrive - Organisation", "Dropbox", "My Drive", "iCloudDrive"...).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath

ONEDRIVE_ENV = ("OneDriveCommercial", "OneDriveConsumer", "OneDrive")
# Folder names the clients create by default (compared case-insensitively).
_COMPONENTS = (
    ("onedrive", "OneDrive"),                 # "OneDrive", "OneDrive - Vlaamse overheid"
    ("dropbox", "Dropbox"),                   # "Dropbox", "Dropbox (Vlaamse overheid)"
    ("google drive", "Google Drive"), ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"), ("mijn drive", "Google Drive"),
    ("shared drives", "Google Drive"), ("gedeelde drives", "Google Drive"),
    ("icloud drive", "iCloud Drive"), ("iclouddrive", "iCloud Drive"),
    ("box sync", "Box"), ("nextcloud", "Nextcloud"), ("owncloud", "ownCloud"),
)


@dataclass(frozen=True)
class SyncedFolder:
    service: str      # "OneDrive", "Dropbox", "Google Drive"...
    root: str         # the synchronised folder the dossier is in


def _norm(path: str | PurePath) -> str:
    return str(path).replace("\\", "/").rstrip("/").casefold()


def _inside(path: str, root: str) -> bool:
    root = _norm(root)
    return bool(root) and (path == root or path.startswith(root + "/"))


def dropbox_folders(env: Mapping[str, str], home: Path | None = None) -> list[str]:
    """The folders Dropbox's info.json names (personal and business accounts)."""
    candidates = [Path(env[name]) / "Dropbox" / "info.json"
                  for name in ("APPDATA", "LOCALAPPDATA") if env.get(name)]
    candidates.append((home or Path.home()) / ".dropbox" / "info.json")
    folders: list[str] = []
    for info in candidates:
        try:
            data = json.loads(info.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            folders += [str(account["path"]) for account in data.values()
                        if isinstance(account, dict) and account.get("path")]
    return folders


def synced_folder(path: str | PurePath, *, env: Mapping[str, str] | None = None,
                  home: Path | None = None) -> SyncedFolder | None:
    """The sync service and folder ``path`` lies in, or None."""
    env = os.environ if env is None else env
    if isinstance(path, Path) or not isinstance(path, PurePath):
        path = os.path.abspath(path)
    text = _norm(path)
    for name in ONEDRIVE_ENV:
        root = env.get(name)
        if root and _inside(text, root):
            return SyncedFolder("OneDrive", root)
    for root in dropbox_folders(env, home):
        if _inside(text, root):
            return SyncedFolder("Dropbox", root)
    original = str(path).replace("\\", "/").split("/")
    for index, part in enumerate(text.split("/")[:-1]):
        for prefix, service in _COMPONENTS:
            if part == prefix or part.startswith((prefix + " ", prefix + "(")):
                return SyncedFolder(service, "/".join(original[:index + 1]) or "/")
    return None


def sync_warning(dossier: str | PurePath, *, env: Mapping[str, str] | None = None,
                 home: Path | None = None) -> str | None:
    found = synced_folder(dossier, env=env, home=home)
    if found is None:
        return None
    name = PurePath(str(dossier).replace("\\", "/")).name
    from workbench.messages import Message

    return Message("sync-folder", name=name, service=found.service, root=found.root)


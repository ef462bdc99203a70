"""The app's version, read from the installed package metadata when there is one."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("consultation-workbench")
except metadata.PackageNotFoundError:  # a PyInstaller bundle or a bare checkout
    __version__ = "0.1.0"

"""SVG icons loaded by path from resources/icons (no resource compiler needed)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from workbench.resources import resource_path


@cache
def _icon_file(name: str) -> str | None:
    """Where ``<name>.svg`` is; found once per process. Looking it up each time (the folders
    of a checkout, a bundle and an installed wheel, an importlib search) cost 2 ms a call, and
    the dossier tree asks for its icons on every repaint: ~0.1 s of each opening (#14)."""
    try:
        return str(resource_path("icons", f"{name}.svg"))
    except FileNotFoundError:
        return None


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon if it is missing."""
    path = _icon_file(name)
    # no global cache of QIcons: a QIcon must not outlive the QApplication (Qt caches the
    # rendered pixmaps itself)
    return QIcon(path) if path is not None else QIcon()

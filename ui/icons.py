"""SVG icons loaded by path from resources/icons (no resource compiler needed)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from workbench.resources import resource_path


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon if it is missing."""
    try:
        return QIcon(str(resource_path("icons", f"{name}.svg")))  # no global cache: a QIcon
        # must not outlive the QApplication (Qt caches the rendered pixmaps itself)
    except FileNotFoundError:
        return QIcon()

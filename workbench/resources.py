"""Find bundled resources (templates, icons...) in a checkout, an installed wheel or a PyInstaller
bundle."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def installed_data_dirs(name: str) -> list[Path]:
    """The folders of ``cwb_data.<name>`` (resources/ or db/ shipped in an installed wheel)."""
    try:
        spec = importlib.util.find_spec(f"cwb_data.{name}")
    except (ImportError, ValueError):
        return []
    if spec is None or not spec.submodule_search_locations:
        return []
    return [Path(location) for location in spec.submodule_search_locations]


def resource_roots() -> list[Path]:
    """Folders that may hold ``resources/``, most specific first: the PyInstaller bundle, the
    checkout beside the packages, then the copy installed with the wheel (package ``cwb_data``)."""
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(Path(__file__).resolve().parents[1] / "resources")
    roots += installed_data_dirs("resources")
    return roots


def resource_path(*parts: str) -> Path:
    """The existing path ``resources/<parts...>``; FileNotFoundError with the places looked in."""
    candidates = [root.joinpath(*parts) for root in resource_roots()]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"resource {'/'.join(parts)} not found (looked in {looked})")

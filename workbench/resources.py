"""Find bundled resources (templates, icons...) in a checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_roots() -> list[Path]:
    """Folders that may hold ``resources/``, most specific first."""
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(Path(__file__).resolve().parents[1] / "resources")
    return roots


def resource_path(*parts: str) -> Path:
    """The existing path ``resources/<parts...>``; FileNotFoundError with the places looked in."""
    candidates = [root.joinpath(*parts) for root in resource_roots()]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"resource {'/'.join(parts)} not found (looked in {looked})")

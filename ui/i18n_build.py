"""Compile the Qt Linguist translations (resources/translations/*.ts -> .qm) with lrelease.

The .qm files are build artefacts and are not committed; `make setup` and the bundle build run
this module.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def lrelease() -> str | None:
    import PySide6

    for name in ("lrelease", "lrelease.exe", "pyside6-lrelease"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def build(folder: Path = TRANSLATIONS) -> list[Path]:
    tool = lrelease()
    sources = sorted(folder.glob("*.ts"))
    if not sources:
        return []
    if tool is None:
        sys.stderr.write("lrelease not found: translations not compiled (the UI stays Dutch)\n")
        return []
    built = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"built {path.name}")

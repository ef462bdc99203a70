"""The core runs without Qt: importing every workbench module pulls in no PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import importlib, pkgutil, sys
import workbench
for info in pkgutil.walk_packages(workbench.__path__, "workbench."):
    if info.name != "workbench.__main__":
        importlib.import_module(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(",".join(qt))
"""


def test_importing_the_whole_core_loads_no_qt() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_no_core_source_imports_qt() -> None:
    offenders = [
        str(p.relative_to(ROOT)) for p in (ROOT / "workbench").rglob("*.py")
        if any(line.lstrip().startswith(("import PySide6", "from PySide6"))
               for line in p.read_text(encoding="utf-8").splitlines())
    ]
    assert offenders == []

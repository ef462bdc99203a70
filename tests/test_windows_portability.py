"""What would break only on Windows, caught on Linux (#17)."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import pytest

from workbench import backups, userdirs

ROOT = Path(__file__).resolve().parents[1]
POSIX_ONLY = {"resource", "fcntl", "termios", "pwd", "grp", "tty", "pty", "posix", "crypt",
              "syslog", "readline"}


def _top_level_imports(tree: ast.Module) -> set[str]:
    """Modules imported when the file is imported (not inside a function or a try)."""
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_no_posix_only_module_is_imported_at_module_level() -> None:
    offenders = []
    for folder in ("workbench", "ui", "bench", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            if ".venv" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            bad = _top_level_imports(tree) & POSIX_ONLY
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert not offenders, offenders


def test_the_suite_never_writes_into_the_real_profile() -> None:
    home = Path(os.environ["HOME"])
    assert home in userdirs.user_data_dir().parents
    assert home in backups.backup_root().parents


def test_bench_probe_reports_memory_without_resource(monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    monkeypatch.setitem(sys.modules, "resource", None)      # as on Windows: ImportError
    try:
        import gui_probe
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert gui_probe.peak_rss_mb() is None

"""The Windows CI job cannot run here; what it runs can be checked here (#17)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")


def run_lines() -> list[str]:
    return [line.strip()[len("run: "):] if line.strip().startswith("run: ") else line.strip()
            for line in WORKFLOW.splitlines()
            if line.strip().startswith(("run: ", "python ", "pyinstaller "))]


def test_runs_on_windows_with_python_311() -> None:
    assert re.search(r"runs-on:\s*windows-latest", WORKFLOW)
    assert re.search(r"python-version:\s*\"3\.11\"", WORKFLOW)
    assert "QT_QPA_PLATFORM: offscreen" in WORKFLOW


def test_every_step_the_issue_asks_for_is_there_in_order() -> None:
    steps = run_lines()
    wanted = ['pip install -e ".[dev,bundle]"', "ui.i18n_build", '-m "not windows"', "-m windows",
              "pyinstaller --noconfirm build_installer.spec", "tests/test_bundle.py"]
    positions = [next(i for i, s in enumerate(steps) if w in s) for w in wanted]
    assert positions == sorted(positions), steps
    assert "CWB_BUNDLE:" in WORKFLOW


def test_what_the_steps_name_exists() -> None:
    for line in run_lines():
        for word in shlex.split(line.replace("\\", "/"), posix=True):
            if word.startswith("tests/") or word.endswith(".spec"):
                assert (ROOT / word).exists(), word
        module = re.search(r"python -m ([\w.]+)", line)
        if module and module.group(1).startswith(("ui.", "winbuild.", "workbench")):
            path = ROOT / (module.group(1).replace(".", "/") + ".py")
            assert path.exists() or (path.with_suffix("") / "__main__.py").exists(), path


def test_the_windows_marker_is_registered_and_used() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'"windows: ', pyproject)
    assert "pytestmark = pytest.mark.windows" in (ROOT / "tests" / "test_windows_only.py").read_text(
        encoding="utf-8")

"""Every tracked file can be checked out on Windows (#17).

Git for Windows refuses a checkout with a path Windows cannot hold ("invalid path"), so one bad
file name stops every Windows build and CI run before it starts.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from workbench.portable_names import MAX_PATH_CHARS, problems

ROOT = Path(__file__).resolve().parents[1]


def _tracked() -> list[str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    result = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True,
                            timeout=60)
    if result.returncode != 0:
        pytest.skip("not a git checkout")
    return [name for name in result.stdout.decode("utf-8").split("\0") if name]


def test_every_tracked_path_is_valid_on_windows() -> None:
    tracked = _tracked()
    assert len(tracked) > 50
    found = problems(tracked)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", [
    "resources/icons/con.svg", "CON", "docs/Aux.md", "nul.txt", "a/com1.tar.gz", "LPT9.log",
    "prn", "com¹.txt", "conin$.txt",
])
def test_reserved_device_names_are_refused_with_any_extension(name: str) -> None:
    (problem,) = problems([name])
    assert "reserved" in problem and name in problem


@pytest.mark.parametrize("name", ["docs/a:b.md", "x<y", "x>y", 'say"hi"', "a|b", "what?",
                                  "star*.txt", "tab\there", "trailing.", "dir./x", "space ",
                                  "dir /x"])
def test_forbidden_characters_and_trailing_dots_or_spaces_are_refused(name: str) -> None:
    assert problems([name]), name


def test_case_only_duplicates_are_refused() -> None:
    found = problems(["docs/Windows.md", "docs/windows.md", "Docs/other.md"])
    assert any("docs/windows.md" in p and "docs/Windows.md" in p for p in found)
    assert any("Docs" in p for p in found)      # Docs/ and docs/ are one folder on Windows


def test_long_paths_are_refused() -> None:
    long = "resources/" + "x" * (MAX_PATH_CHARS - len("resources/")) + ".svg"
    (problem,) = problems([long])
    assert str(MAX_PATH_CHARS) in problem


@pytest.mark.parametrize("name", ["resources/icons/against.svg", "console.py", "icons/conx.svg",
                                  "com10.txt", "docs/windows.md", ".github/workflows/windows.yml",
                                  "a.b.c", "Nul-test.md", "ok name.txt"])
def test_ordinary_names_pass(name: str) -> None:
    assert problems([name]) == []

"""Shared fixtures: dossiers in a temp folder, Qt settings isolated per test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workbench import Project


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``windows`` run only on Windows (the Windows CI job)."""
    if sys.platform == "win32":
        return
    skip = pytest.mark.skip(reason="Windows only (runs in .github/workflows/windows.yml)")
    for item in items:
        if "windows" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the developer's real preferences or recent files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    for var in ("CWB_BACKUP_DIR", "CWB_LOG_DIR", "OneDrive", "OneDriveCommercial",
                "OneDriveConsumer"):
        monkeypatch.delenv(var, raising=False)    # the developer's own settings stay out
    _redirect_windows_profile(home, monkeypatch)
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        yield
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qt"))
    yield


@pytest.fixture(autouse=True)
def _background_tasks_end_with_their_test():
    """A test's background tasks (a suggestion scan, a backup, checks) finish before the next
    test starts, and what they left for the cycle collector is collected on the GUI thread
    (#18: never in another test's worker)."""
    yield
    tasks = sys.modules.get("ui.tasks")
    if tasks is not None:
        assert tasks.settle(60000), "a background task still runs 60 s after its test"


def _redirect_windows_profile(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs asks Windows itself (SHGetKnownFolderPath), not the environment, for
    %LOCALAPPDATA%: without this, every backup and log of the suite lands in the real profile."""
    folders = {"APPDATA": home / "AppData" / "Roaming", "LOCAL_APPDATA": home / "AppData" / "Local",
               "COMMON_APPDATA": home / "ProgramData", "PERSONAL": home / "Documents"}
    for name, folder in folders.items():
        monkeypatch.setenv(f"WIN_PD_OVERRIDE_{name}", str(folder))   # platformdirs >= 4.4
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import platformdirs.windows

        monkeypatch.setattr(platformdirs.windows, "get_win_folder",
                            lambda csidl: str(folders.get(csidl.removeprefix("CSIDL_"),
                                                          home / csidl)))


@pytest.fixture
def dossier_path(tmp_path: Path) -> Path:
    return tmp_path / "dossier.cwb"


@pytest.fixture
def project(dossier_path: Path):
    with Project.create(dossier_path, "Groenboek clusterbeleid", "VR 2024 2203") as p:
        yield p


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo dossier, built once per test session; copy it before editing."""
    from workbench.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.cwb"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "demo.cwb"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sound dossier (one advice, quote and argument) to damage or tamper with."""
    folder = tmp_path_factory.mktemp("sound")
    advice = folder / "advies.txt"
    advice.write_text("Basisfinanciering houdt de clusters onafhankelijk.\n\n"
                      "Innovatie blijft de kern.\n", encoding="utf-8")
    path = folder / "sound.cwb"
    with Project.create(path, "Groenboek") as project:
        project.add_question("Q1", "De vier scenario's")
        project.add_option("Q1", "S1", "Scenario 1")
        project.add_advisor("SERV", "SERV", kind="council", status="received")
        project.import_file(advice, "SERV")
        quote = project.add_quote(1, exact="Basisfinanciering houdt de clusters onafhankelijk")
        project.add_argument("S1", "pro", "Onafhankelijkheid", quotes=[quote.number])
    return path

"""docs/windows.md names the folders the code really uses on Windows (#17).

platformdirs' Windows rules are pure path logic: they are evaluated here with a Windows-style
%LOCALAPPDATA%, so a change of author, app name or folder shows up as a wrong document.
"""

from __future__ import annotations

import ntpath
from pathlib import Path

import platformdirs
import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "windows.md").read_text(encoding="utf-8")
LOCAL = r"C:\Users\jan\AppData\Local"


@pytest.fixture
def windows_dirs(monkeypatch: pytest.MonkeyPatch):
    from platformdirs.windows import Windows

    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", LOCAL)
    monkeypatch.setenv("LOCALAPPDATA", LOCAL)
    monkeypatch.setattr("platformdirs.windows.get_win_folder", lambda csidl: LOCAL, raising=False)

    def as_windows(path: str) -> str:
        return ntpath.normpath(path.replace("/", "\\")).replace(LOCAL, "%LOCALAPPDATA%")

    def data_dir(appname: str, appauthor: str | None = None, *a, **k) -> str:
        return Windows(appname, appauthor, ensure_exists=False).user_data_dir

    def log_dir(appname: str, appauthor: str | None = None, *a, **k) -> str:
        return Windows(appname, appauthor, ensure_exists=False).user_log_dir

    monkeypatch.setattr(platformdirs, "user_data_dir", data_dir)
    monkeypatch.setattr(platformdirs, "user_log_dir", log_dir)
    return as_windows


def test_backup_folder(windows_dirs) -> None:
    from workbench import backups

    where = windows_dirs(str(backups.backup_root()))
    assert where == r"%LOCALAPPDATA%\Vlaamse overheid\Consultation Workbench\backups"
    assert f"`{where}`" in DOC


def test_log_and_crash_report_folder(windows_dirs, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import paths

    where = windows_dirs(str(paths.log_dir(create=False)))
    assert where == r"%LOCALAPPDATA%\Vlaamse overheid\Consultation Workbench\Logs"
    assert f"`{where}`" in DOC
    assert "crash-*.log" in DOC and paths.APP_LOG_NAME in DOC


def test_settings_key() -> None:
    from ui.app import APPLICATION, ORGANISATION

    assert f"HKCU\\Software\\{ORGANISATION}\\{APPLICATION}" in DOC


def test_machine_wide_install_and_applocker() -> None:
    assert "C:\\Program Files" in DOC and "AppLocker" in DOC
    assert "PrivilegesRequiredOverridesAllowed" not in DOC     # the installer is machine-wide only

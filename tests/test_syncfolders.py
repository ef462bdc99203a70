"""Dossiers in OneDrive, Dropbox or Google Drive folders are flagged, with the reason (#17)."""

from __future__ import annotations

import json
from pathlib import Path, PureWindowsPath

import pytest

from workbench import Project
from workbench.cli.main import main as cli
from workbench.syncfolders import sync_warning, synced_folder

NO_ENV: dict[str, str] = {}


@pytest.mark.parametrize(("path", "service"), [
    (r"C:\Users\jan\OneDrive - Vlaamse overheid\Documenten\groenboek.cwb", "OneDrive"),
    (r"C:\Users\jan\OneDrive\groenboek.cwb", "OneDrive"),
    (r"D:\Dropbox (Vlaamse overheid)\dossiers\groenboek.cwb", "Dropbox"),
    (r"G:\My Drive\groenboek.cwb", "Google Drive"),
    (r"G:\Mijn Drive\beleid\groenboek.cwb", "Google Drive"),
    (r"C:\Users\jan\iCloudDrive\groenboek.cwb", "iCloud Drive"),
])
def test_default_folder_names_of_sync_clients(path: str, service: str) -> None:
    found = synced_folder(PureWindowsPath(path), env=NO_ENV, home=Path("/nonexistent"))
    assert found is not None and found.service == service
    assert path.startswith(found.root.replace("/", "\\"))


@pytest.mark.parametrize("path", [r"C:\Users\jan\Documents\groenboek.cwb",
                                  r"\\fs01\home$\jan\onedrive-notities\x.cwb",
                                  r"C:\Users\jan\Documents\OneDrive.cwb"])
def test_ordinary_folders_are_not_flagged(path: str) -> None:
    assert synced_folder(PureWindowsPath(path), env=NO_ENV, home=Path("/nonexistent")) is None


def test_onedrive_environment_variables_name_renamed_folders(tmp_path: Path) -> None:
    root = tmp_path / "Bedrijf"          # a OneDrive folder without "OneDrive" in its name
    env = {"OneDriveCommercial": str(root)}
    found = synced_folder(root / "Documenten" / "x.cwb", env=env, home=tmp_path)
    assert found is not None and (found.service, found.root) == ("OneDrive", str(root))
    assert synced_folder(tmp_path / "elders" / "x.cwb", env=env, home=tmp_path) is None


def test_dropbox_info_json_names_its_folders(tmp_path: Path) -> None:
    appdata = tmp_path / "AppData" / "Roaming"
    (appdata / "Dropbox").mkdir(parents=True)
    team = tmp_path / "Werk"
    (appdata / "Dropbox" / "info.json").write_text(json.dumps(
        {"business": {"path": str(team), "host": 1}}), encoding="utf-8")
    found = synced_folder(team / "x.cwb", env={"APPDATA": str(appdata)}, home=tmp_path)
    assert found is not None and found.service == "Dropbox"


def test_the_warning_gives_the_reason_and_what_to_do() -> None:
    text = sync_warning(PureWindowsPath(r"C:\Users\jan\OneDrive - VO\groenboek.cwb"), env=NO_ENV,
                        home=Path("/nonexistent"))
    assert text is not None
    for part in ("groenboek.cwb", "OneDrive", "journal", "lock", "conflict", "not synchronised"):
        assert part in text


@pytest.fixture
def synced_dossier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    folder = tmp_path / "OneDrive - Vlaamse overheid" / "Documenten"
    folder.mkdir(parents=True)
    path = folder / "groenboek.cwb"
    Project.create(path, "Groenboek").close()
    return path


def test_opening_a_synced_dossier_warns(synced_dossier: Path) -> None:
    for readonly in (False, True):
        with Project.open(synced_dossier, readonly=readonly) as project:
            assert any("OneDrive" in w and "conflict" in w for w in project.warnings)


def test_info_shows_the_warning(synced_dossier: Path, capsys) -> None:
    assert cli(["info", str(synced_dossier), "--json"]) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    assert any("OneDrive" in w for w in warnings)
    assert cli(["info", str(synced_dossier)]) == 0
    assert "warning: groenboek.cwb is in a folder that OneDrive synchronises" in \
        capsys.readouterr().out


def test_the_gui_shows_it_in_the_banner(qtbot, synced_dossier: Path) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(Project.open(synced_dossier))
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and "OneDrive" in window.banner.label.text()

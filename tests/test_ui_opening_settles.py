"""An opening settles (#14): the window shows the new dossier first; its suggestion scan and its
backup start after that, and ``settled`` says when, for code and tests to wait on."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests import docgen
from ui.main_window import MainWindow
from ui.views import suggestions_panel
from workbench import Project, backups

TEXT = "Scenario 2 is een uitdoofscenario.\n\nScenario 3 krijgt de voorkeur.\n"


class _Scans:
    """The scan process, replaced: which dossiers were scanned, and when."""

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.started = threading.Event()

    def plan(self, path, option=None, *, cancelled=lambda: False):
        self.paths.append(Path(path))
        self.started.set()
        return None


@pytest.fixture
def scans(monkeypatch) -> _Scans:
    scans = _Scans()
    monkeypatch.setattr(suggestions_panel, "scan_process", lambda: scans)
    return scans


def _dossier(path: Path, tmp_path: Path) -> Path:
    with Project.create(path, "Groenboek", "") as project:
        project.add_question("Q1", "Scenario's")
        project.add_option("Q1", "S2", "Scenario 2", patterns=["scenario 2"])
        project.add_advisor("SPC", "Clusters", status="received")
        project.import_file(docgen.make_text(tmp_path / f"{path.stem}.txt", TEXT), "SPC")
    return path


def test_the_scan_and_the_backup_start_once_the_window_shows_the_dossier(
        qtbot, tmp_path: Path, scans: _Scans, monkeypatch) -> None:
    backed_up: list[Path] = []
    monkeypatch.setattr(backups, "open_backup_in_steps",
                        lambda path, **_kw: backed_up.append(Path(path)))
    path = _dossier(tmp_path / "a.cwb", tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.settled                              # nothing being opened
    assert window.open_path(path)
    # the views show the dossier now; what it defers has not started yet
    assert window.workspace.reader.number == 1
    assert not window.settled and not window.session.is_settled
    assert not window.tasks.is_running("suggestions") and scans.paths == []
    assert backed_up == []
    assert "zoeken" in window.workspace.suggestions.count.text().lower()   # not "0 open"
    settled: list[bool] = []
    window.session.settled.connect(lambda: settled.append(
        window.tasks.is_running("suggestions") or bool(scans.paths)))
    with qtbot.waitSignal(window.session.settled, timeout=5000):
        pass
    assert settled == [True]                # when it says so, the scan has started
    assert window.settled
    qtbot.waitUntil(lambda: bool(backed_up) and not window.tasks.is_running("backup"),
                    timeout=10000)
    assert scans.paths == [path] and backed_up == [path]


def test_a_dossier_left_before_it_settled_is_never_scanned(qtbot, tmp_path: Path,
                                                           scans: _Scans) -> None:
    first = _dossier(tmp_path / "a.cwb", tmp_path)
    second = _dossier(tmp_path / "b.cwb", tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(first)
    left = window.session
    assert window.open_path(second)         # at once, before the first one settled
    qtbot.waitUntil(lambda: window.settled and bool(scans.paths), timeout=5000)
    qtbot.wait(400)                         # longer than the first one's wait would have been
    assert scans.paths == [second]
    assert left is not window.session and not left.is_settled


def test_a_read_only_dossier_settles_without_a_scan(qtbot, tmp_path: Path,
                                                    scans: _Scans) -> None:
    path = _dossier(tmp_path / "a.cwb", tmp_path)
    window = MainWindow(Project.open(path, readonly=True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.settled, timeout=5000)
    qtbot.wait(100)
    assert scans.paths == [] and not window.tasks.is_running("suggestions")
    assert "zoeken" not in window.workspace.suggestions.count.text().lower()

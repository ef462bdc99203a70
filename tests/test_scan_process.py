"""The suggestion scan ranks in a process of its own, so the window keeps the interpreter (#14)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests import docgen
from ui.main_window import MainWindow
from ui.session import Session
from ui.tasks import TaskRunner
from ui.views import suggestions_panel
from ui.views.suggestions_panel import SuggestionsPanel
from workbench import Project
from workbench.scan_process import ScanCancelled, ScanProcess, scan_process

TEXT = ("3.3.2 Scenario 2: inkanteling\n\nDit scenario is een uitdoofscenario.\n\n"
        "Inkantelingen uit het verleden werkten niet.\n\n4 Slot\n\n"
        "Scenario 3 krijgt de voorkeur van de raad.\n\nScenario 3 is goed.\n")


def fill(project: Project, tmp_path: Path) -> None:
    project.add_question("Q1", "Scenario's")
    project.add_option("Q1", "S2", "Scenario 2: inkanteling", patterns=["scenario 2", "inkanteling"])
    project.add_option("Q1", "S3", "Scenario 3: kruispunten", patterns=["scenario 3"])
    project.add_advisor("SPC", "Clusters", status="received")
    for i in range(3):
        project.import_file(docgen.make_text(tmp_path / f"a{i}.txt", TEXT), "SPC")


def test_the_process_makes_the_same_plan_and_stores_like_a_scan_here(project: Project,
                                                                     tmp_path: Path) -> None:
    fill(project, tmp_path)
    here = project.plan_suggestions()
    runner = ScanProcess()
    try:
        there = runner.plan(project.path)
        assert runner.pid is not None and runner.pid != os.getpid()
        if hasattr(os, "getpriority"):     # below the window's priority on a busy machine
            assert (os.getpriority(os.PRIO_PROCESS, runner.pid)
                    > os.getpriority(os.PRIO_PROCESS, 0))
        assert there is not None and here is not None
        assert there.rows == here.rows and there.sources == here.sources
        assert there.block_sources == here.block_sources
        assert there.fingerprint == here.fingerprint
        assert there.readings == here.readings and there.readings is not None   # (#16)
        # made on another connection: stored after checking that nothing it ranked changed
        assert project.apply_suggestions(there) == len(here.rows) > 0
        # and what it read of the paragraphs is kept in the dossier for the next session
        assert project.conn.execute("SELECT count(*) FROM suggest_source_readings").fetchone()[0] \
            == len(there.readings) > 0
        assert runner.plan(project.path) is None          # all scanned: nothing to do
        assert runner.starts == 1                         # kept for the next scan
    finally:
        runner.close()
    assert not runner.alive


def test_a_cancelled_scan_stops_the_process_at_once(project: Project, tmp_path: Path) -> None:
    fill(project, tmp_path)
    runner = ScanProcess()
    try:
        with pytest.raises(ScanCancelled):
            runner.plan(project.path, cancelled=lambda: True)
        assert not runner.alive
        assert runner.plan(project.path) is not None      # the next scan starts a new one
        assert runner.starts == 2
    finally:
        runner.close()


def test_storing_a_plan_stops_between_chunks_when_cancelled(project: Project,
                                                            tmp_path: Path) -> None:
    fill(project, tmp_path)
    plan = project.plan_suggestions()
    assert plan is not None
    assert project.apply_suggestions(plan, cancelled=lambda: True) == 0
    assert project.suggestion_count() == 0
    assert project.plan_suggestions() is not None       # not marked scanned: scanned again


def test_the_panel_ranks_in_the_scan_process_not_in_the_window(qtbot, project: Project,
                                                               tmp_path: Path,
                                                               monkeypatch) -> None:
    """Before, the whole scan (ranking included) ran as a thread of the window's process."""
    fill(project, tmp_path)
    ranked_here: list[int] = []
    stored_on: list[int] = []
    real_plan, real_apply = Project.plan_suggestions, Project.apply_suggestions

    def plan_spy(self, option=None):
        ranked_here.append(threading.get_ident())
        return real_plan(self, option)

    def apply_spy(self, plan, cancelled=None):
        stored_on.append(threading.get_ident())
        return real_apply(self, plan, cancelled)

    monkeypatch.setattr(Project, "plan_suggestions", plan_spy)
    monkeypatch.setattr(Project, "apply_suggestions", apply_spy)
    host = QWidget()
    qtbot.addWidget(host)
    panel = SuggestionsPanel(host, runner=TaskRunner(host))
    with qtbot.waitSignal(panel.refreshed, timeout=30000):
        panel.set_session(Session(project, host))
    assert ranked_here == []                              # not in this process
    assert scan_process().alive and scan_process().pid != os.getpid()
    assert stored_on and threading.get_ident() not in stored_on
    assert any(s.passage.startswith("Dit scenario") for s in panel.model.items)


class _EndlessScan:
    """A ranking that takes as long as it is let (a 2,000-source dossier's full scan)."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.cancelled_after: float | None = None

    def plan(self, path, option=None, *, cancelled=lambda: False):
        self.started.set()
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 4:
            if cancelled():
                self.cancelled_after = time.perf_counter() - t0
                raise ScanCancelled()
            time.sleep(0.01)
        return None


def test_switching_dossiers_during_a_scan_does_not_wait_for_it(qtbot, project: Project,
                                                               tmp_path: Path,
                                                               monkeypatch) -> None:
    """Before, the window waited for the old dossier's scan to end (up to 10 s) before it
    showed the next dossier; now the scan is told to stop and the next dossier is scanned."""
    fill(project, tmp_path)
    endless = _EndlessScan()
    monkeypatch.setattr(suggestions_panel, "scan_process", lambda: endless)
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(endless.started.is_set, timeout=10000)   # once the window shows it
    assert window.tasks.is_running("suggestions")
    other = tmp_path / "ander.cwb"
    Project.create(other, "Ander dossier", "").close()
    first = endless
    endless = _EndlessScan()                # the next dossier's scan
    assert window.open_path(other)
    assert first.cancelled_after is not None and first.cancelled_after < 3
    # the scan of the dossier now shown starts once the old one has ended
    qtbot.waitUntil(endless.started.is_set, timeout=10000)
    window.close()


def test_a_scan_waiting_for_another_windows_scan_can_be_cancelled(tmp_path: Path) -> None:
    runner = ScanProcess()
    runner._lock.acquire()                    # another window's scan holds the process
    try:
        t0 = time.perf_counter()
        with pytest.raises(ScanCancelled):
            runner.plan(tmp_path / "d.cwb", cancelled=lambda: time.perf_counter() - t0 > 0.2)
        assert time.perf_counter() - t0 < 3
    finally:
        runner._lock.release()
        runner.close()

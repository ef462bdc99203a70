"""The suggestions panel (#16): refreshed off the GUI thread, one keystroke per verdict."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests import docgen
from ui.importing import import_job
from ui.session import Session
from ui.tasks import TaskRunner
from ui.views.suggestions_panel import SuggestionsPanel
from workbench import Project

TEXT = ("3.3.2 Scenario 2: inkanteling\n\nDit scenario is een uitdoofscenario.\n\n"
        "Inkantelingen uit het verleden werkten niet.\n\n4 Slot\n\n"
        "Scenario 3 krijgt de voorkeur van de raad.\n\nScenario 3 is goed.\n")


@pytest.fixture
def panel(qtbot, project: Project, tmp_path: Path):
    project.add_question("Q1", "Scenario's")
    project.add_option("Q1", "S2", "Scenario 2: inkanteling", patterns=["scenario 2", "inkanteling"])
    project.add_option("Q1", "S3", "Scenario 3: kruispunten", patterns=["scenario 3"])
    project.add_advisor("SPC", "Clusters", status="received")
    project.import_file(docgen.make_text(tmp_path / "a.txt", TEXT), "SPC")
    host = QWidget()
    qtbot.addWidget(host)
    session = Session(project, host)
    runner = TaskRunner(host)
    panel = SuggestionsPanel(host, runner=runner)
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        panel.set_session(session)
    panel.show()
    panel.view.setFocus()
    return panel


def rows(panel: SuggestionsPanel) -> list[tuple[str, str]]:
    return [(s.option_key, s.passage[:20]) for s in panel.model.items]


def select(panel: SuggestionsPanel, start: str) -> None:
    row = next(i for i, s in enumerate(panel.model.items) if s.passage.startswith(start))
    panel.view.setCurrentIndex(panel.model.index(row, 0))


def test_refresh_runs_off_the_gui_thread_and_fills_the_list(panel) -> None:
    assert ("S2", "Dit scenario is een ") in rows(panel)
    assert "onder kop 3.3.2" in panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.DisplayRole) \
        or any("onder kop" in s.reason for s in panel.model.items)


def test_reject_and_not_relevant_are_one_keystroke(qtbot, panel) -> None:
    select(panel, "Inkantelingen")
    qtbot.keyClick(panel.view, Qt.Key.Key_R)
    assert not any(p.startswith("Inkantelingen") for _, p in rows(panel))
    select(panel, "Scenario 3 is goed")
    qtbot.keyClick(panel.view, Qt.Key.Key_N)
    assert not any(p.startswith("Scenario 3 is goed") for _, p in rows(panel))
    assert panel.view.currentIndex().isValid()          # ready for the next keystroke


def test_move_is_one_keystroke_and_a_choice(qtbot, panel, monkeypatch) -> None:
    monkeypatch.setattr(panel, "choose_target", lambda s: "S3")
    select(panel, "Dit scenario")
    qtbot.keyClick(panel.view, Qt.Key.Key_M)
    assert ("S3", "Dit scenario is een ") in rows(panel)
    assert ("S2", "Dit scenario is een ") not in rows(panel)


def test_a_quote_from_the_reader_takes_its_suggestion_off_the_list(qtbot, panel) -> None:
    project = panel.session.project
    assert ("S3", "Scenario 3 krijgt de") in rows(panel)
    with qtbot.waitSignal(panel.model.loaded, timeout=10000):      # read off the GUI thread
        panel.session.run("quote.add", project.quote_for_option, 1, option="S3", position="pro",
                          exact="krijgt de voorkeur", new_argument="De raad verkiest S3")
    assert ("S3", "Scenario 3 krijgt de") not in rows(panel)
    assert ("S3", "Scenario 3 is goed.") in rows(panel)


def test_refresh_after_an_import(qtbot, panel, tmp_path: Path) -> None:
    panel.session.project.import_file(docgen.make_text(tmp_path / "b.txt",
                                                       "Ook scenario 2 is slecht.\n"), "SPC")
    with qtbot.waitSignal(panel.refreshed, timeout=20000):
        panel.session.reload()             # what the import task does when it ends
    assert ("S2", "Ook scenario 2 is sl") in rows(panel)


def test_refreshed_waits_for_the_list_read_after_the_scan(qtbot, panel, tmp_path: Path,
                                                          monkeypatch) -> None:
    """After an import the list is re-read at once and the new sources are scanned. When that
    first read ended only after the scan, the panel said `refreshed` with its page, read
    before the scan stored anything: the new suggestion missing (1 run in 11 of the test
    above). Here that first read is held until the scan has ended."""
    from ui.views.suggestions_panel import SuggestionModel

    real_page, real_apply = SuggestionModel._first_page, Project.apply_suggestions
    read, gate = threading.Event(), threading.Event()
    held: list = []

    def first_page(project):
        page = real_page(project)
        if not held and threading.current_thread() is not threading.main_thread():
            held.append(page)              # the read the import's reload starts
            read.set()
            assert gate.wait(30)
        return page

    def apply_after_that_read(self, plan, cancelled=None):
        assert read.wait(30)
        return real_apply(self, plan, cancelled)

    monkeypatch.setattr(SuggestionModel, "_first_page", staticmethod(first_page))
    monkeypatch.setattr(Project, "apply_suggestions", apply_after_that_read)
    panel.session.project.import_file(docgen.make_text(tmp_path / "b.txt",
                                                       "Ook scenario 2 is slecht.\n"), "SPC")
    seen: list[list[tuple[str, str]]] = []
    panel.refreshed.connect(lambda: seen.append(rows(panel)))
    panel.session.reload()                 # what the import task does when it ends
    runner = panel._runner
    qtbot.waitUntil(lambda: bool(held) and not runner.is_running("suggestions"), timeout=20000)
    assert not any(p.startswith("Ook scenario 2") for p in (s.passage for s in held[0][0]))
    assert seen == []                      # the list read after the scan waits for the first
    with qtbot.waitSignal(panel.refreshed, timeout=20000):
        gate.set()
    assert ("S2", "Ook scenario 2 is sl") in seen[0]
    assert ("S2", "Ook scenario 2 is sl") in rows(panel)


def test_an_import_task_refreshes_the_panel_from_a_background_scan(qtbot, panel, tmp_path: Path,
                                                                    monkeypatch) -> None:
    """What the import does when it ends (session.reload) starts the scan by itself, and the
    scan's result is stored on a worker thread, not the GUI's (it is ranked in the scan
    process: tests/test_scan_process.py)."""
    scanned_on: list[int] = []
    real = Project.apply_suggestions

    def spy(self, plan, cancelled=None):
        scanned_on.append(threading.get_ident())
        return real(self, plan, cancelled)

    monkeypatch.setattr(Project, "apply_suggestions", spy)
    session = panel.session
    path = docgen.make_text(tmp_path / "c.txt", "Scenario 2 blijft een slecht idee.\n")
    work = import_job(session, [path], "SPC")
    with qtbot.waitSignal(panel.refreshed, timeout=20000):
        panel._runner.run("import", work, lambda _results: session.reload(),
                          lambda error: pytest.fail(str(error)))
    assert scanned_on and threading.get_ident() not in scanned_on
    assert ("S2", "Scenario 2 blijft ee") in rows(panel)

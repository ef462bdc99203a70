"""One connection per thread: background work gets its own, the window's refuses strangers (#18)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from workbench import Project
from workbench.errors import WrongThread

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
FILES = [DEMO / "vario-advies-36.txt", DEMO / "speerpuntclusters-memorandum-2024.md",
         DEMO / "parlementaire-vraag-clusterpacten.txt"]


def _in_thread(func):
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["result"] = func()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    return outcome


def test_an_edit_from_another_thread_on_the_windows_connection_is_refused(project: Project) -> None:
    outcome = _in_thread(lambda: project.add_question("Q1", "Welk scenario?"))
    assert isinstance(outcome.get("error"), WrongThread)
    assert "nothing was changed" in str(outcome["error"])
    assert project.questions() == []


def test_an_import_on_a_worker_connection_while_the_window_edits(project: Project) -> None:
    started, go_on = threading.Event(), threading.Event()

    def import_in_background() -> list:
        with project.worker() as own:
            assert own.lock is None and own.path == project.path
            started.set()
            go_on.wait(10)
            return own.import_files(FILES)

    results: dict = {}
    thread = threading.Thread(target=lambda: results.setdefault("r", import_in_background()))
    thread.start()
    assert started.wait(10)
    generation = project.generation
    edits = []
    for i in range(3):                                  # the window edits while the worker imports
        project.add_question(f"Q{i}", f"Vraag {i}")
        edits.append(project.last_change)
        go_on.set()
    thread.join(60)

    assert all(r.ok for r in results["r"]) and len(project.sources()) == 3
    assert [q.key for q in project.questions()] == ["Q0", "Q1", "Q2"]
    for change in edits:                                # no source rows joined the window's edits
        assert {e.table for e in change.entries} == {"question"}
    audit = project.audit()
    operations = [a["operation"] for a in audit]
    imported = " ".join(a["detail"] for a in audit if a["operation"].startswith("Import "))
    assert all(f.name in imported for f in FILES)     # a batch commits on a time budget (#15)
    assert sum(op.startswith("Add question") for op in operations) == 3
    assert project.generation >= generation + 3 + 1     # 3 edits, at least one import commit
    assert project.lock is not None and project.lock.still_held()
    project.revert(edits[-1])                           # the window's undo still works
    assert [q.key for q in project.questions()] == ["Q0", "Q1"]


def test_a_worker_of_a_read_only_project_is_read_only(dossier_path: Path) -> None:
    Project.create(dossier_path, "Groenboek").close()
    with Project.open(dossier_path, readonly=True) as project:
        outcome = _in_thread(lambda: project.worker().readonly)
    assert outcome == {"result": True}


def test_a_worker_needs_the_sessions_lock(project: Project) -> None:
    project.lock.release()
    with pytest.raises(Exception, match="no longer holds"):
        project.worker()

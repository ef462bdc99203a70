"""The background task helper: results and errors arrive on the GUI thread; cancel; one copy."""

from __future__ import annotations

import threading
import time

from ui.tasks import Task, TaskRunner


def test_result_is_delivered_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: dict = {}

    def work(task: Task) -> int:
        seen["worker"] = threading.current_thread()
        task.progress(1, 2, "half")
        return 42

    def done(result: int) -> None:
        seen["result"], seen["thread"] = result, threading.current_thread()

    runner.run("sum", work, done, lambda exc: seen.setdefault("error", exc))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["thread"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()
    assert not runner.is_running("sum")


def test_error_is_delivered_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: dict = {}

    def work(task: Task) -> None:
        raise ValueError("kapot")

    def failed(exc: BaseException) -> None:
        seen["error"], seen["thread"] = exc, threading.current_thread()

    runner.run("bad", work, lambda r: None, failed)
    qtbot.waitUntil(lambda: "error" in seen, timeout=5000)
    assert isinstance(seen["error"], ValueError) and str(seen["error"]) == "kapot"
    assert seen["thread"] is threading.main_thread()


def test_second_copy_is_refused_and_cancel_stops_the_work(qtbot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    seen: dict = {}

    def work(task: Task) -> int:
        started.set()
        steps = 0
        while not task.is_cancelled() and steps < 500:
            time.sleep(0.01)
            steps += 1
        return steps

    assert runner.run("long", work, lambda r: seen.setdefault("steps", r), print) is not None
    assert runner.run("long", work, lambda r: None, print) is None
    assert started.wait(5)
    runner.cancel("long")
    qtbot.waitUntil(lambda: "steps" in seen, timeout=5000)
    assert seen["steps"] < 500
    assert runner.run("long", lambda t: 1, lambda r: seen.setdefault("again", r), print)
    qtbot.waitUntil(lambda: "again" in seen, timeout=5000)


def test_progress_dialog_cancel_button_sets_the_flag(qtbot) -> None:
    runner = TaskRunner()
    seen: dict = {}

    def work(task: Task) -> bool:
        for i in range(500):
            task.progress(i, 500, f"stap {i}")
            if task.is_cancelled():
                return True
            time.sleep(0.01)
        return False

    runner.run("dialog", work, lambda r: seen.setdefault("cancelled", r), print, progress="Bezig")
    dialog = runner._running["dialog"].dialog
    qtbot.wait(50)
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: "cancelled" in seen, timeout=5000)
    assert seen["cancelled"] is True


def test_qt_objects_in_reference_cycles_are_never_deleted_on_a_worker_thread(qtbot) -> None:
    """#18: Python's cycle collector runs in whichever thread allocates past its threshold. A
    dialog that Python owns (PySide hands it back after ``exec()``) and that sits in a cycle
    was deleted on an export's worker thread, and the GUI thread then ran a queued slot on its
    freed label: SIGSEGV. Here a worker allocates enough to trigger collections while such an
    object waits to be collected; it must be deleted on the GUI thread."""
    import gc
    import weakref

    from PySide6.QtCore import QObject

    runner = TaskRunner()
    allocated = threading.Event()
    deleted_in: list[threading.Thread] = []

    def allocate(task: Task) -> list[list[int]]:
        kept = [[i] for i in range(50_000)]      # dozens of automatic collections' worth
        allocated.set()
        return kept                              # alive: the collector has work left to do

    gc.collect()
    orphan = QObject()                           # owned by Python, in a cycle, unreachable
    orphan.setProperty("cycle", None)
    orphan.me = orphan
    weakref.finalize(orphan, lambda: deleted_in.append(threading.current_thread()))
    del orphan
    results: list[list[list[int]]] = []
    runner.run("allocate", allocate, results.append, print)
    assert allocated.wait(20)                    # the GUI thread allocates nothing meanwhile
    qtbot.waitUntil(lambda: bool(deleted_in), timeout=10000)
    assert deleted_in == [threading.main_thread()]
    qtbot.waitUntil(gc.isenabled, timeout=10000)   # back to normal once no task runs


def test_the_progress_dialog_is_gone_when_the_result_arrives(qtbot) -> None:
    """The modal progress dialog (autoClose off) stayed visible until its deferred delete:
    a key pressed right after an import went to its Cancel button, not to the window."""
    runner = TaskRunner()
    started = threading.Event()
    go_on = threading.Event()
    seen: dict = {}

    def work(task: Task) -> int:
        started.set()
        go_on.wait(10)
        return 1

    def done(_result: int) -> None:
        seen["visible"] = dialog.isVisible()

    runner.run("visible", work, done, print, progress="Bezig")
    dialog = runner._running["visible"].dialog
    dialog.show()                                 # shown after 300 ms in real use
    assert started.wait(5)
    go_on.set()
    qtbot.waitUntil(lambda: "visible" in seen, timeout=5000)
    assert seen["visible"] is False


def test_a_task_outliving_its_window_ends_quietly(qtbot) -> None:
    """A window deleted while its task still runs (closing waits only so long): the result
    has nobody to go to and is dropped, instead of an error raised in the pool's thread."""
    import shiboken6

    from ui.tasks import settle

    runner = TaskRunner()
    go_on = threading.Event()

    def work(task: Task) -> int:
        go_on.wait(10)
        task.progress(1, 1, "klaar")
        return 1

    runner.run("orphaned", work, print, print)
    shiboken6.delete(runner)
    go_on.set()
    assert settle(10000)


def test_closing_a_dossier_waits_for_the_work_that_writes_into_it(qtbot, tmp_path) -> None:
    """A scan or an import writes through the session's lock: closing the dossier (or opening
    another) waits for it, so the lock is never released while a worker still writes."""
    from ui.main_window import MainWindow
    from workbench import Project

    window = MainWindow(Project.create(tmp_path / "a.cwb", "Groenboek"))
    qtbot.addWidget(window)
    project = window.project
    started = threading.Event()
    wrote: list[bool] = []

    def work(task: Task) -> None:
        with project.worker() as own:
            started.set()
            time.sleep(0.5)
            own.add_question("Q1", "Welk scenario?")
            wrote.append(own.lock is None and project.lock.still_held())

    # an import's name: the tasks that write through the lock (not the checks, which only
    # read: tests/test_ui_switch_dossier.py)
    assert window.tasks.run("import", work, lambda r: None, print) is not None
    assert started.wait(10)
    window.set_project(None)
    assert wrote == [True]                        # done, and under the lock, before it closed
    with Project.open(tmp_path / "a.cwb", readonly=True) as again:
        assert [q.key for q in again.questions()] == ["Q1"]


def test_no_full_collection_on_the_gui_thread_while_a_task_runs(qtbot) -> None:
    """#14: while a scan's worker held millions of objects, the GUI thread's collector went
    through all of them about every second (0.2-0.6 s each: the window froze). While a task
    runs only the young generations are collected there; the full one waits for the end.
    And a busy worker gives the GIL up after 0.5 ms, not 5 ms."""
    import gc
    import sys

    from PySide6.QtCore import QThreadPool

    from ui.tasks import _GuiThreadCollector

    collector = _GuiThreadCollector()
    pool = QThreadPool()
    generations: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            generations.append(info["generation"])

    was_enabled = gc.isenabled()
    interval = sys.getswitchinterval()
    collector.job_starts(pool)                   # a task has started: automatic gc is off
    # and the GIL changes hands quickly: every call from Qt into Python waits for it
    assert sys.getswitchinterval() <= 0.001 < interval
    gc.callbacks.append(seen)
    try:
        for _ in range(gc.get_threshold()[2] + 1):   # every generation's threshold reached
            gc.collect(1)
        for _ in range(gc.get_threshold()[1] + 1):
            gc.collect(0)
        garbage = [[i] for i in range(gc.get_threshold()[0] + 100)]
        generations.clear()
        collector.tick()                             # the GUI thread's timer, mid-task
        assert generations and max(generations) < 2
        collector.job_returns()                      # the task is over: all of it, once
        collector.tick()
        assert gc.isenabled() == was_enabled
        assert sys.getswitchinterval() == interval
    finally:
        gc.callbacks.remove(seen)
        if was_enabled:
            gc.enable()
    del garbage


def test_what_finished_tasks_leave_is_not_walked_by_later_full_collections(qtbot) -> None:
    """#14: a suggestion scan keeps ~500,000 objects for the next rescan; each later full
    collection on the GUI thread walked them (0.26 s: the board of an option froze when its
    first query allocated). Once the tasks end they sit in the permanent generation, and what
    of them becomes garbage without a cycle is still freed."""
    import gc
    import weakref

    from PySide6.QtCore import QThreadPool

    from ui.tasks import _GuiThreadCollector

    class Leaf:
        pass

    collector = _GuiThreadCollector()
    collector.job_starts(QThreadPool())
    before = gc.get_freeze_count()
    kept = [[i] for i in range(50_000)]             # what the task's work left behind
    leaf = Leaf()
    gone = weakref.ref(leaf)
    collector.job_returns()
    collector.tick()                                 # the tasks are over
    try:
        assert gc.get_freeze_count() >= before + len(kept)
        walked: list[int] = []

        def seen(phase: str, info: dict) -> None:
            if phase == "stop" and info["generation"] == 2:
                walked.append(len(gc.get_objects(2)))

        gc.callbacks.append(seen)
        try:
            gc.collect()                             # a later full collection
        finally:
            gc.callbacks.remove(seen)
        assert walked and walked[0] < len(kept)      # did not go through them
        del leaf
        assert gone() is None                        # no cycle: freed all the same
    finally:
        gc.unfreeze()
    del kept

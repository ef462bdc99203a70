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

"""Switching dossiers in one window: every view follows the new dossier, nothing stale (#14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.main_window import MainWindow
from workbench import Project

# A stale connection shows up as "Failed to disconnect" (a RuntimeWarning from PySide).
pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")


def qt_warnings(qtlog) -> list[str]:
    return [r.message for r in qtlog.records
            if "propagateSizeHints" not in r.message and r.type.name != "QtDebugMsg"]


def test_open_another_dossier_with_an_option_on_the_board(qtbot, qtlog, demo_path: Path,
                                                          tmp_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    window.session.show_option.emit("S3")
    assert window.workspace.board.option == "S3"
    window.workspace.reader.show_quote(window.project.quotes()[0].number)
    other = tmp_path / "leeg.cwb"
    Project.create(other, "Leeg dossier", "").close()
    assert window.open_path(other)
    assert window.project.path == other
    assert "Leeg dossier" in window.windowTitle()
    board = window.workspace.board
    assert board.option is None
    assert all(m.option is None and m.rowCount() == 0 for m in board.models.values())
    assert board.options.rowCount() == 0
    reader = window.workspace.reader
    assert reader.number is None and not reader.info.isVisible()
    assert reader.current_quote is None
    assert window.workspace.matrix.model.rowCount() == 0
    assert window.workspace.composer.section_id is None
    # edits in the new dossier reach the views, and nothing of the old one answers
    window.project.add_question("Q1", "Vraag")
    window.project.add_option("Q1", "A", "Optie A")
    assert board.options.rowCount() == 1
    assert window.tree_model.find("option", "A").isValid()
    # and back again: the demo's option board fills, the empty dossier is closed cleanly
    assert window.open_path(demo_path)
    window.session.show_option.emit("S3")
    assert board.option == "S3" and board.models["pro"].rowCount() > 0
    window.close_dossier()
    assert qt_warnings(qtlog) == []


def test_new_dossier_while_an_option_is_shown_closes_the_dialog(qtbot, demo_path: Path,
                                                                tmp_path: Path,
                                                                monkeypatch) -> None:
    import ui.main_window as mw

    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    window.session.show_option.emit("S3")
    target = tmp_path / "nieuw.cwb"
    seen: list = []

    def run(dialog) -> int:
        dialog.title.setText("Nieuw groenboek")
        dialog.file.setText(str(target))
        dialog.accept()
        seen.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(mw.NewDossierDialog, "exec", run)
    window.new_dossier()
    assert seen == [1]
    assert window.project.path == target
    assert "Nieuw groenboek" in window.windowTitle()
    assert window.workspace.board.option is None


def test_the_recent_dossiers_follow_the_first_opening_of_a_session(qtbot, demo_path: Path,
                                                                   tmp_path: Path) -> None:
    """Started without recent dossiers, the Recente dossiers entry was disabled and stayed so
    after opening one (a disabled submenu never shows, so it never refreshed): switching back
    through the menu was impossible until the app was started again."""
    from ui import settings

    assert settings.recent_files() == []
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.recent_menu is not None and not window.recent_menu.isEnabled()
    other = tmp_path / "ander.cwb"
    Project.create(other, "Ander dossier", "").close()
    assert window.open_path(demo_path)
    assert window.open_path(other)
    file_menu = window.recent_menu.menuAction().associatedObjects()[0]
    file_menu.aboutToShow.emit()                 # the officer opens Bestand
    assert window.recent_menu.isEnabled()
    names = [a.text().split("  ")[0] for a in window.recent_menu.actions()]
    assert names == ["ander.cwb", demo_path.name]
    window.recent_menu.actions()[1].trigger()    # back to the first one
    assert window.project is not None and window.project.path == demo_path


def test_switching_does_not_wait_for_the_checks_of_the_dossier_left(qtbot, demo_path: Path,
                                                                    tmp_path: Path) -> None:
    """Switching waited for every background task of the dossier left, the checks included
    (they only read): the window froze for as long as they took. Only the tasks that write
    through its lock (a suggestion scan, an import) are waited for."""
    import threading
    import time

    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.settled and not window.tasks.is_running("suggestions"),
                    timeout=30000)
    release = threading.Event()
    reported: list[object] = []
    assert window.tasks.run("checks", lambda _task: release.wait(20), reported.append,
                            reported.append) is not None      # checks that take a while
    other = tmp_path / "ander.cwb"
    Project.create(other, "Ander dossier", "").close()
    t0 = time.perf_counter()
    try:
        assert window.open_path(other)
        switched_in = time.perf_counter() - t0
    finally:
        release.set()
    assert switched_in < 5
    assert window.project is not None and window.project.path == other
    qtbot.waitUntil(lambda: reported == [True], timeout=10000)   # delivered all the same

"""Undo and redo of core edits through the real QUndoStack and its Edit-menu actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack

from ui.commands import CommandRunner
from ui.main_window import MainWindow
from workbench import Project


def test_core_command_undo_redo_through_the_stack(qtbot, project: Project) -> None:
    project.add_question("Q1", "Welke scenario's?")
    stack = QUndoStack()
    errors: list[tuple[str, str]] = []
    runner = CommandRunner(project, stack, report=lambda t, m: errors.append((t, m)))
    option = runner.run("option.add", project.add_option, "Q1", "S1", "Scenario 1")
    assert option.key == "S1" and stack.count() == 1
    assert stack.undoText() == "Optie toevoegen"
    stack.undo()
    assert project.options() == []
    stack.redo()
    assert [o.key for o in project.options()] == ["S1"]
    stack.undo()
    stack.redo()
    assert [o.key for o in project.options()] == ["S1"] and not errors


def test_failed_call_is_reported_and_leaves_no_command(qtbot, project: Project) -> None:
    stack = QUndoStack()
    errors: list[tuple[str, str]] = []
    runner = CommandRunner(project, stack, report=lambda t, m: errors.append((t, m)))
    assert runner.run("option.add", project.add_option, "Q9", "S1", "Nope") is None
    assert stack.count() == 0
    assert errors and errors[0][0] == "Optie toevoegen" and "Q9" in errors[0][1]


def test_edit_menu_undo_action_undoes_the_last_edit(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    session = window.session
    session.run("advisor.edit", session.project.update_advisor, "HBC", status="received")
    undo, redo = window.acts["undo"], window.acts["redo"]
    assert undo.isEnabled() and "Adviesinstantie wijzigen" in undo.text()
    assert undo.shortcut().toString() == "Ctrl+Z"
    undo.trigger()
    assert window.project.advisor("HBC").status == "asked"
    redo.trigger()
    assert window.project.advisor("HBC").status == "received"


DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"


def test_refused_undo_is_explained_and_clears_the_history(qtbot, project: Project,
                                                           tmp_path: Path) -> None:
    vario = DEMO / "vario-advies-36.txt"
    source = project.import_file(vario).source
    stack = QUndoStack()
    errors: list[tuple[str, str]] = []
    runner = CommandRunner(project, stack, report=lambda t, m: errors.append((t, m)))
    quote = runner.run("quote.add", project.add_quote, source.number,
                       exact="Toekomst van het Vlaamse clusterbeleid")
    runner.run("quote.note", project.set_quote_note, quote.number, "kernzin")
    corrected = tmp_path / vario.name
    corrected.write_text("Nieuwe alinea.\n\n" + vario.read_text(encoding="utf-8"), encoding="utf-8")
    project.import_file(corrected, replace=source.number)     # a write outside the stack
    moved = project.quote(quote.number)

    stack.undo()

    assert errors and errors[0][0] == "Notitie bij citaat wijzigen"
    assert "citaat" in errors[0][1] and "niets" in errors[0][1]
    qtbot.waitUntil(lambda: stack.count() == 0, timeout=2000)
    assert runner.last_notice
    assert project.quote(quote.number) == moved


def test_clear_undo_with_notice_empties_the_stack_and_says_why(qtbot, project: Project) -> None:
    stack = QUndoStack()
    notices: list[str] = []
    runner = CommandRunner(project, stack, report=print, notify=notices.append)
    runner.run("question.add", project.add_question, "Q1", "Welk scenario?")
    assert stack.count() == 1
    runner.clear_undo_with_notice("Adviezen geïmporteerd")
    assert stack.count() == 0 and notices == ["Adviezen geïmporteerd"]
    assert [q.key for q in project.questions()] == ["Q1"]


def test_a_batch_import_runs_on_its_own_connection_and_clears_the_history(
        qtbot, demo_path: Path, tmp_path: Path, monkeypatch) -> None:
    from ui.importing import ImportDialog, start_import

    addendum = tmp_path / "vario-addendum.txt"        # not yet in the demo dossier
    addendum.write_text("Addendum bij advies 36.\n\n" + (DEMO / "vario-advies-36.txt").read_text(
        encoding="utf-8"), encoding="utf-8")

    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    session = window.session
    session.run("advisor.edit", session.project.update_advisor, "HBC", status="received")
    assert session.stack.count() == 1
    monkeypatch.setattr(ImportDialog, "exec", lambda self: 1)
    before = len(session.project.sources())

    assert start_import(window, session, [addendum])
    qtbot.waitUntil(lambda: not window.tasks.is_running("import"), timeout=20000)

    assert len(session.project.sources()) == before + 1
    assert session.stack.count() == 0
    assert "geschiedenis" in window.statusBar().currentMessage()
    assert session.project.advisor("HBC").status == "received"

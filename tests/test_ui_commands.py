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

"""Help > Wat moet ik nog doen?: the open checks in plain Dutch, grouped, each line saying what
to do and leading to its place; on a new dossier, the first step (#14)."""

from __future__ import annotations

from pathlib import Path

from tests.test_ui_accessibility import missing
from ui.main_window import MainWindow
from ui.todo_dialog import TODO, TodoDialog, todo_line
from workbench import Project
from workbench.checks import run_checks


def _todo(qtbot, window: MainWindow) -> TodoDialog:
    dialog = window.show_todo()
    qtbot.waitUntil(lambda: dialog.report is not None and not window.workspace.checks.busy,
                    timeout=20000)
    return dialog


def test_the_demo_lists_its_open_checks_in_dutch(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    dialog = _todo(qtbot, window)
    problems = run_checks(window.project).problems
    assert problems, "the demo has open checks (SERV and HBC have not answered yet)"
    lines = dialog.lines()
    assert "Adviezen (2)" in lines and "Mededeling (2)" in lines
    assert any("Het advies van SERV is gevraagd maar nog niet ontvangen" in line
               for line in lines)
    assert any(line.startswith("Aanbevolen: Het advies van HBC") for line in lines)
    assert any("„Ontwerp uit bewijs”" in line for line in lines)
    for problem in problems:                     # every check has its own Dutch line
        assert problem.code in TODO, problem.code
        assert todo_line(problem) != problem.message
        assert any(todo_line(problem) in line for line in lines)
    assert "4 aanbevolen" in dialog.summary.text()
    # the demo's journey stops before the communication's text: that is its next step
    assert dialog.first.isVisible() and "Schrijf de mededeling" in dialog.first.text()
    assert "Volgende stap:" in dialog.first.text() and "Eerst:" not in dialog.first.text()


def test_a_line_leads_to_its_place(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    dialog = _todo(qtbot, window)
    items = [dialog.tree.item(row) for row in range(dialog.tree.count())]
    serv = next(i for i in items if "SERV" in i.text())
    dialog.tree.itemActivated.emit(serv)
    assert window.selected_advisor() == "SERV"
    empty = next(i for i in items if "nog geen tekst" in i.text())
    dialog.tree.itemActivated.emit(empty)
    assert window.workspace.currentWidget() is window.workspace.composer


def test_it_follows_the_edits(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    dialog = _todo(qtbot, window)
    window.session.run("dossier.edit", window.project.set_dossier, vr_number="VR 2024 0706 MED.0200")
    qtbot.waitUntil(lambda: not any("VR-nummer" in line for line in dialog.lines()),
                    timeout=20000)
    assert "Mededeling (1)" in dialog.lines()


def test_an_empty_dossier_says_what_to_do_first(qtbot, tmp_path: Path, monkeypatch) -> None:
    window = MainWindow(Project.create(tmp_path / "nieuw.cwb", "Nieuw", ""))
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    monkeypatch.setattr(window, "add_question", lambda: asked.append("question"))
    dialog = _todo(qtbot, window)
    assert dialog.first.isVisible()
    assert "Eerst:" in dialog.first.text() and "vraag uit het groenboek" in dialog.first.text()
    assert dialog.first_button.text().replace("&", "") == "Vraag toevoegen..."
    assert missing(dialog) == []                 # the step's button has a name and description
    dialog.first_button.click()
    assert asked == ["question"]


def test_a_new_dossier_closes_the_list_of_the_old_one(qtbot, demo_path: Path,
                                                      tmp_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    _todo(qtbot, window)
    window.set_project(Project.create(tmp_path / "ander.cwb", "Ander", ""))
    assert window.todo_dialog is None


def test_a_missing_stance_leads_to_its_cell(qtbot, demo_path: Path) -> None:
    project = Project.open(demo_path)
    project.clear_stance("VARIO", "S1")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    dialog = _todo(qtbot, window)
    assert "Standpunten (1)" in dialog.lines()
    items = [dialog.tree.item(row) for row in range(dialog.tree.count())]
    line = next(i for i in items if "Het standpunt van VARIO over S1 ontbreekt" in i.text())
    assert line.text().startswith("Moet vóór indiening:")
    dialog.tree.itemActivated.emit(line)
    matrix = window.workspace.matrix
    assert window.workspace.currentWidget() is matrix
    cell = matrix.table.currentIndex()
    assert matrix.model.advisors[cell.row()].key == "VARIO"
    assert matrix.model.options[cell.column()].key == "S1"

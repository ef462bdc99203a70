"""The quote dialog keeps the user's input, explains what is missing, shows existing arguments
at once (#14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.uikeys import activate
from ui.dialogs.quote_dialog import QuoteDialog
from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def demo(demo_path: Path):
    with Project.open(demo_path) as project:
        yield project


def make(qtbot, project: Project, option: str | None = "S3", position: str = "pro") -> QuoteDialog:
    dialog = QuoteDialog(project, "Clusters moeten financieel ondersteund worden.", None,
                         option, position)
    qtbot.addWidget(dialog)
    activate(dialog)
    return dialog


def test_empty_argument_keeps_the_dialog_open_with_a_dutch_reason(qtbot, demo) -> None:
    dialog = make(qtbot, demo)
    dialog.positions.buttons()[1].setChecked(True)
    dialog.argument.setText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert "Typ een argument" in dialog.hint.text()
    assert dialog.position() == "con" and dialog.option.currentData() == "S3"
    dialog.argument.setText("Nieuw tegenargument")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.values()["new_argument"] == "Nieuw tegenargument"


def test_existing_arguments_are_listed_before_typing(qtbot, demo) -> None:
    dialog = make(qtbot, demo)
    expected = {a.number for a in demo.arguments("S3", "pro")}
    assert dialog.argument.text() == ""
    shown = [dialog.existing.item(r) for r in range(dialog.existing.count())
             if not dialog.existing.item(r).isHidden()]
    assert len(shown) == len(expected) > 1
    assert all(item.text().split()[0].lstrip("#").isdigit() for item in shown)
    dialog.existing.itemClicked.emit(shown[1])
    assert dialog.values()["argument"] == demo.arguments("S3", "pro")[1].number
    dialog.argument.setText("zzzz-niets")
    assert all(dialog.existing.item(r).isHidden() for r in range(dialog.existing.count()))


def test_hint_counts_in_good_dutch(qtbot, demo) -> None:
    demo.add_question("QX", "Extra vraag")
    demo.add_option("QX", "X1", "Eén optie")
    demo.add_argument("X1", "pro", "Het enige argument")
    dialog = make(qtbot, demo, "X1", "pro")
    assert dialog.hint.text() == "1 bestaand argument in deze kolom"
    dialog.positions.buttons()[1].setChecked(True)
    assert "Nog geen argumenten" in dialog.hint.text()


def test_quoting_in_a_dossier_without_options_explains_and_offers_to_add_one(
        qtbot, tmp_path: Path, monkeypatch) -> None:

    path = tmp_path / "leeg.cwb"
    project = Project.create(path, "Leeg", "")
    source = tmp_path / "advies.txt"
    source.write_text("De raad vraagt een basisfinanciering voor de clusters.\n", "utf-8")
    project.import_files([source], None)
    window = MainWindow(project)
    qtbot.addWidget(window)
    activate(window)
    reader = window.workspace.reader
    reader.show_source(project.sources()[0].number)
    reader.text.selectAll()
    boxes: list[QMessageBox] = []

    def answer(box: QMessageBox):
        boxes.append(box)
        return next(b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)

    monkeypatch.setattr(reader, "run_box", answer)
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: QMessageBox.StandardButton.Ok)
    added: list[str] = []

    def add_question() -> None:
        project.add_question("Q1", "Vraag")
        added.append("question")

    def add_option(question_key=None) -> None:
        project.add_option("Q1", "A", "Optie A")
        added.append("option")

    monkeypatch.setattr(window.editor, "add_question", add_question)
    monkeypatch.setattr(window.editor, "_option_dialog",
                        lambda option, submit, q=None: type("D", (), {
                            "exec": staticmethod(lambda: add_option())})())
    asked: list[str] = []
    monkeypatch.setattr(reader, "ask_quote",
                        lambda passage: asked.append(passage) or {
                            "option": "A", "position": "pro", "argument": None,
                            "new_argument": "Basisfinanciering"})
    assert reader.make_quote()
    assert boxes and "nog geen opties" in boxes[0].text()
    assert added == ["question", "option"]
    assert asked and "basisfinanciering" in asked[0]
    assert len(project.quotes()) == 1

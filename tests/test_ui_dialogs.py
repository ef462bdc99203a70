"""Editing the structure through the dialogs, each edit one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ui.dialogs.structure import AdvisorDialog, DossierDialog, OptionDialog
from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def window(qtbot, demo_path: Path):
    win = MainWindow(Project.open(demo_path))
    qtbot.addWidget(win)
    return win


def drive(monkeypatch, cls, fill) -> None:
    """Replace ``cls.exec`` by: fill the fields, press OK."""
    def exec_(dialog) -> int:
        fill(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(cls, "exec", exec_)


def test_option_dialog_edits_colour_and_patterns_then_undo(qtbot, window, monkeypatch) -> None:
    def fill(d: OptionDialog) -> None:
        d.title.setText("Scenario 3 (herzien)")
        d.colour.colour = "#123456"
        d.patterns.setPlainText("scenario 3\nderde scenario\nbasisopdracht")
    drive(monkeypatch, OptionDialog, fill)
    window.editor.edit_option("S3")
    option = window.project.option("S3")
    assert option.title == "Scenario 3 (herzien)" and option.colour == "#123456"
    assert option.patterns == ("scenario 3", "derde scenario", "basisopdracht")
    assert window.session.stack.count() == 1
    window.acts["undo"].trigger()
    option = window.project.option("S3")
    assert option.colour == "#59a14f" and "basisopdracht" not in option.patterns


def test_advisor_dialog_adds_with_kind_status_and_dates(qtbot, window, monkeypatch) -> None:
    def fill(d: AdvisorDialog) -> None:
        d.key.setText("SARO")
        d.name.setText("Strategische Adviesraad Ruimtelijke Ordening")
        d.kind.setCurrentIndex(d.kind.findData("council"))
        d.status.setCurrentIndex(d.status.findData("received"))
        d.asked_on.set_value("2024-03-27")
    drive(monkeypatch, AdvisorDialog, fill)
    window.editor.add_advisor()
    saro = window.project.advisor("SARO")
    assert (saro.kind, saro.status, saro.asked_on, saro.received_on) == (
        "council", "received", "2024-03-27", None)
    assert window.tree_model.find("advisor", "SARO").isValid()
    window.session.stack.undo()
    assert not window.tree_model.find("advisor", "SARO").isValid()


def test_refused_key_keeps_the_dialog_open(qtbot, window, monkeypatch) -> None:
    shown: list[str] = []
    window.session.runner._report = lambda title, message: shown.append(message)
    def fill(d: AdvisorDialog) -> None:
        d.key.setText("VARIO")
        d.name.setText("Dubbel")
    drive(monkeypatch, AdvisorDialog, fill)
    window.editor.add_advisor()
    assert shown and "al in gebruik" in shown[0]          # Dutch, from the code (#14)
    assert window.session.stack.count() == 0


def test_dossier_dialog_and_delete_with_confirmation(qtbot, window, monkeypatch) -> None:
    drive(monkeypatch, DossierDialog, lambda d: d.title.setText("Nieuwe titel"))
    window.edit_dossier()
    assert window.project.dossier().title == "Nieuwe titel"
    assert window.windowTitle().startswith("Nieuwe titel")
    monkeypatch.setattr(window.editor, "confirm", lambda title, text: False)
    window.editor.delete_option("S4")
    assert window.project.option("S4")
    monkeypatch.setattr(window.editor, "confirm", lambda title, text: True)
    window.editor.delete_option("S4")
    assert "S4" not in [o.key for o in window.project.options()]
    window.session.stack.undo()
    assert window.project.option("S4").title.startswith("Scenario 4")
    window.session.stack.undo()
    assert window.project.dossier().title.startswith("Groenboek")

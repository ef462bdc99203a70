"""The dossier dialog edits the mededeling's minister, own VR number and date (#19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from ui.dialogs.structure import DossierDialog
from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch):
    monkeypatch.setenv("CWB_BACKUP_DIR", str(demo_path.parent / "backups"))
    win = MainWindow(Project.open(demo_path))
    qtbot.addWidget(win)
    return win


def _drive(monkeypatch, fill) -> None:
    def exec_(dialog: DossierDialog) -> int:
        fill(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(DossierDialog, "exec", exec_)


def test_the_dialog_labels_the_new_fields_in_dutch(qtbot) -> None:
    from workbench.model import Dossier

    dialog = DossierDialog(Dossier("u", "T", "VR 1", "x", 4, minister_name="Jo BROUNS"))
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    for label in ("&Minister (titelregel):", "&Naam minister:", "&VR-nummer mededeling:",
                  "&Datum mededeling:", "&Referentie consultatiedocument:"):
        assert label in labels
    assert dialog.minister_name.text() == "Jo BROUNS"
    assert not dialog.communication_date.known.isChecked()


def test_editing_minister_number_and_date_is_one_undo_step(qtbot, window, monkeypatch) -> None:
    before = window.project.dossier()

    def fill(d: DossierDialog) -> None:
        d.minister_name.setText("Jo BROUNS")
        d.vr_number.setText("VR 2024 0607 MED.0200/1")
        d.communication_date.set_value("2024-06-07")
    _drive(monkeypatch, fill)
    window.edit_dossier()
    d = window.project.dossier()
    assert (d.minister_name, d.vr_number, d.communication_date) == (
        "Jo BROUNS", "VR 2024 0607 MED.0200/1", "2024-06-07")
    assert d.reference == before.reference
    assert window.session.stack.count() == 1

    _drive(monkeypatch, lambda d: d.communication_date.known.setChecked(False))
    window.edit_dossier()
    assert window.project.dossier().communication_date is None
    window.session.stack.undo()
    window.session.stack.undo()
    d = window.project.dossier()
    assert (d.minister_name, d.vr_number, d.communication_date) == (
        before.minister_name, before.vr_number, before.communication_date)

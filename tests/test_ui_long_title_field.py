"""A long title in a form reads from its start (#14, found walking under Xvfb): Dossiergegevens
opened on "...avenbeleid van Vlaanderen en Brussel", the start of the title out of sight."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.dialogs.structure import DossierDialog
from workbench import Project

TITLE = ("Leeg dossier met een erg lange titel over het toekomstige havenbeleid van Vlaanderen "
         "en Brussel")


def test_the_dossier_form_shows_the_start_of_a_long_title(qtbot, tmp_path: Path) -> None:
    project = Project.create(tmp_path / "d.cwb", TITLE)
    dialog = DossierDialog(project.dossier())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title, timeout=2000)
    qtbot.wait(20)
    field = dialog.title
    assert field.selectedText() == TITLE                 # typing still replaces it
    assert field.cursorPosition() == 0                   # but it is read from its start
    assert dialog.width() >= 620
    assert field.width() > 300

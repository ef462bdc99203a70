"""Counts read as Dutch: "1 wijziging", "3 wijzigingen", never "3 wijziging(en)" (#14, found
walking the change history under Xvfb)."""

from __future__ import annotations

from pathlib import Path

from ui.main_window import MainWindow
from workbench import Project


def test_the_change_history_counts_in_words(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    project = Project.create(tmp_path / "d.cwb", "Proef")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    dialog = window.show_audit()
    assert dialog.summary.text() == "1 wijziging van het hele dossier."
    window.session.run("question.add", project.add_question, "Q1", "Welk scenario?")
    window.session.run("option.add", project.add_option, "Q1", "S1", "Scenario 1")
    dialog = window.show_audit()
    assert dialog.summary.text() == "3 wijzigingen van het hele dossier, de nieuwste bovenaan."
    assert "(en)" not in dialog.summary.text()

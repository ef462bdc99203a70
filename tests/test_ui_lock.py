"""The GUI side of issue 7: the prompt for a locked dossier and the backup dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from ui import backup_dialog
from ui.lock_prompt import ask_open_locked
from workbench import DossierLocked, Project, backups, lock


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("CWB_BACKUP_INTERVAL", "0")     # a backup at every opening


def pick(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """Make QMessageBox.exec click the button named ``name``; returns the texts shown."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        box.findChild(QPushButton, name).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.mark.parametrize("choice", ["readonly", "takeover", "cancel"])
def test_prompt_names_the_holder_and_returns_the_choice(
        qtbot, dossier_path: Path, monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
    Project.create(dossier_path, "T").close()
    with Project.open(dossier_path) as first:
        with pytest.raises(DossierLocked) as caught:
            Project.open(dossier_path)
        shown = pick(monkeypatch, choice)
        assert ask_open_locked(None, dossier_path, caught.value) == choice
        since = lock.format_since(first.lock.holder["since"])
        assert lock.this_user() in shown[0] and since in shown[0] and lock.this_host() in shown[0]
        if choice == "readonly":
            with Project.open(dossier_path, readonly=True) as reader:
                assert reader.readonly and reader.dossier().title == "T"


def test_prompt_for_another_computer_warns_about_taking_over(
        qtbot, dossier_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    holder = {"user": "jan", "host": "LAPTOP-12", "since": "2026-11-23T14:02:00+01:00"}
    shown = pick(monkeypatch, "takeover")
    assert ask_open_locked(None, dossier_path, DossierLocked("locked", holder)) == "takeover"
    assert "jan" in shown[0] and "LAPTOP-12" in shown[0] and "2026-11-23 14:02" in shown[0]
    assert "Overnemen alleen als" in shown[0]


def test_backup_dialog_lists_and_restores(qtbot, dossier_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    Project.create(dossier_path, "T").close()
    with Project.open(dossier_path) as p:
        p.add_question("Q1", "Vraag")
    project = Project.open(dossier_path)
    dialog = backup_dialog.BackupDialog(dossier_path, release=project.close)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2        # the two openings
    assert "bij het openen" in dialog.model.index(0, 0).data()
    dialog.view.setCurrentIndex(dialog.model.index(1, 0))   # the oldest: no questions
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.restore_selected()
    assert dialog.restored == backups.list_backups(dossier_path)[-1].path
    with Project.open(dossier_path, readonly=True) as reopened:
        assert reopened.questions() == []


def test_backup_dialog_explains_a_refused_restore(qtbot, dossier_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    Project.create(dossier_path, "T").close()
    with Project.open(dossier_path):
        dialog = backup_dialog.BackupDialog(dossier_path)     # no release: still open
        qtbot.addWidget(dialog)
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
        assert not dialog.restore_selected()
        assert "close it before restoring" in warned[0]

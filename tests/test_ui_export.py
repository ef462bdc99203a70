"""File > Exporteren: the dialog, the background export, blocked checks and a forced draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QMessageBox, QPushButton

from ui import settings
from ui.exporting import ExportDialog, start_export, targets_for
from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    return window


def _box(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.export_box is not None and not window.tasks.is_running("export"),
                    timeout=20000)
    return window.export_box


def _text(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_export_writes_the_three_files(qtbot, window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # an empty communication is not exported (#19): draft it first, as a user would
    window.session.run("section.draft", window.project.draft_from_evidence)
    targets = targets_for(window.project.path, out, ("annex", "communication", "xlsx"))
    assert start_export(window, window.session, targets)
    box = _box(qtbot, window)
    assert window.export_result is not None, (box.text(), box.informativeText())
    assert all(path.exists() for path in targets.values())
    assert not window.export_result.draft
    assert "3" in box.text() and "pro-contra.xlsx" in box.informativeText()
    assert box.findChild(QPushButton, "open_folder") is not None
    assert "ONTWERP" not in _text(targets["annex"])
    box.close()


def test_failed_checks_ask_and_a_forced_export_is_a_draft(qtbot, window: MainWindow,
                                                          tmp_path: Path) -> None:
    window.session.run("argument.add", window.project.add_argument, "S3", "pro",
                       "Een argument zonder citaat.")
    targets = targets_for(window.project.path, tmp_path, ("annex",))
    start_export(window, window.session, targets)
    box = _box(qtbot, window)
    assert not targets["annex"].exists()
    assert box.text() == "1 controle mislukt; er werd niets geëxporteerd."   # not "(s)"
    window.export_box = None
    box.findChild(QPushButton, "force").click()
    box = _box(qtbot, window)
    assert window.export_result.draft
    assert "ONTWERP" in box.text()
    assert "ONTWERP" in _text(targets["annex"])


def test_unwritable_target_is_a_clear_message(qtbot, window: MainWindow, tmp_path: Path) -> None:
    targets = {"xlsx": tmp_path / "missing" / "x.xlsx"}
    start_export(window, window.session, targets)
    box = _box(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "missing" in box.informativeText()


def test_a_failed_export_is_shown_to_the_user(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """The failure message used to be built and never shown (#14)."""
    window.show()
    start_export(window, window.session, {"xlsx": tmp_path / "missing" / "x.xlsx"})
    box = _box(qtbot, window)
    assert box.isVisible()
    assert "mislukt" in box.windowTitle()
    assert box.buttons(), "the message can be closed"
    box.close()


def test_dialog_remembers_folder_and_parts(qtbot, tmp_path: Path) -> None:
    dossier = tmp_path / "d.cwb"
    dialog = ExportDialog(dossier)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(tmp_path)           # the dossier's folder at first
    dialog.checks["xlsx"].setChecked(False)
    out = tmp_path / "exports"
    out.mkdir()
    dialog.folder.setText(str(out))
    assert "d - bijlage.docx" in dialog.preview.text()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values()["targets"] == targets_for(dossier, out, ("annex", "communication"))
    assert settings.EXPORT_FOLDER.get() == str(out)
    again = ExportDialog(dossier)
    qtbot.addWidget(again)
    assert again.folder.text() == str(out) and not again.checks["xlsx"].isChecked()


def test_audit_trail_only_when_ticked(qtbot, window: MainWindow, tmp_path: Path) -> None:
    import openpyxl

    from ui.exporting import run_export
    dialog = ExportDialog(window.project.path)
    qtbot.addWidget(dialog)
    assert not dialog.with_audit.isChecked() and not dialog.values()["with_audit"]
    dialog.with_audit.setChecked(True)
    assert dialog.values()["with_audit"]
    targets = {"xlsx": tmp_path / "intern.xlsx"}
    window.export_box = None
    assert run_export(window, window.session, targets, force=True, with_audit=True)
    _box(qtbot, window).close()
    assert "Audit" in openpyxl.load_workbook(targets["xlsx"]).sheetnames

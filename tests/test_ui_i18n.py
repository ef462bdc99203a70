"""Translations are found like every resource, and Undo/Redo follow the language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QToolBar

import workbench.resources
from ui import i18n
from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    i18n.install("nl")


def test_qm_file_is_found_through_resource_path(tmp_path: Path, monkeypatch) -> None:
    real = i18n._qm_file("en")
    assert real is not None and real.suffix == ".qm"
    bundle = tmp_path / "bundle" / "resources"
    (bundle / "translations").mkdir(parents=True)
    shutil.copyfile(real, bundle / "translations" / "workbench_en.qm")
    monkeypatch.setattr(workbench.resources, "resource_roots", lambda: [bundle])
    assert i18n._qm_file("en") == bundle / "translations" / "workbench_en.qm"
    assert i18n._qm_file("fr") is None


def test_undo_and_redo_follow_the_language(qtbot, window: MainWindow, demo_path: Path,
                                           monkeypatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(demo_path.parent / "backups"))
    assert window.acts["undo"].text() == "&Ongedaan maken"
    assert window.acts["redo"].text() == "Op&nieuw"
    window.set_language("en")
    undo, redo = window.acts["undo"], window.acts["redo"]
    assert undo.text() == "&Undo" and redo.text() == "&Redo"
    edit_menu = window.menuBar().findChild(QMenu, "menu_edit")
    toolbar = window.findChild(QToolBar, "toolbar_main")
    assert undo in edit_menu.actions() and redo in edit_menu.actions()
    assert undo in toolbar.actions()
    assert undo.shortcut().toString() == "Ctrl+Z"
    window.set_project(Project.open(demo_path))
    window.session.run("option.edit", window.project.update_option, "S3", title="Anders")
    assert undo.isEnabled() and undo.text() == "&Undo Edit option"
    window.acts["undo"].trigger()
    assert window.project.option("S3").title != "Anders"
    assert window.workspace.tabText(3) == "Communication"
    window.set_language("nl")
    assert window.acts["redo"].text().startswith("Op&nieuw ")


def _entries(ts: Path) -> dict[tuple[str, str], str | None]:
    import xml.etree.ElementTree as ET

    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            found[(context.findtext("name"), message.findtext("source"))] = \
                translation.text if done else None
    return found


def test_the_english_translation_is_complete_and_up_to_date(tmp_path: Path) -> None:
    """`make i18n` was run after the last new string, and every string has its English."""
    from ui import i18n_build

    committed = i18n_build.TRANSLATIONS / "workbench_en.ts"
    fresh = tmp_path / "workbench_en.ts"
    shutil.copyfile(committed, fresh)
    i18n_build.update(tmp_path)
    assert set(_entries(fresh)) == set(_entries(committed))
    untranslated = [key for key, text in _entries(committed).items() if not text]
    assert untranslated == []

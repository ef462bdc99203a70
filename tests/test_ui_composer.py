"""The communication composer: draft from evidence, typing is stored (debounced) and undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    window.show_composer()
    return window


def test_draft_typing_and_undo(qtbot, window: MainWindow) -> None:
    composer = window.workspace.composer
    project = window.project
    assert project.sections() == [] and composer.hint.isVisible()
    qtbot.mouseClick(composer.draft_button, Qt.MouseButton.LeftButton)
    sections = project.sections()
    assert len(sections) >= 5 and all(s.body for s in sections)
    assert composer.sections.rowCount() == len(sections)
    assert composer.section_id == sections[0].id
    assert composer.body.toPlainText() == sections[0].body
    assert "Ontwerp uit bewijs" in window.acts["undo"].text()
    original = sections[0].body

    composer.body.setFocus()
    cursor = composer.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    composer.body.setTextCursor(cursor)
    qtbot.keyClicks(composer.body, " Extra zin.")
    assert composer.dirty
    qtbot.waitUntil(lambda: project.section(sections[0].id).body == original + " Extra zin.",
                    timeout=3000)
    assert "Tekst van sectie wijzigen" in window.acts["undo"].text()

    qtbot.keyClicks(composer.body, " Nog.")            # pending: Undo commits, then undoes it
    window.acts["undo"].trigger()
    assert project.section(sections[0].id).body == original + " Extra zin."
    assert composer.body.toPlainText() == original + " Extra zin."
    window.acts["undo"].trigger()
    assert project.section(sections[0].id).body == original
    assert composer.body.toPlainText() == original
    window.acts["redo"].trigger()
    assert composer.body.toPlainText() == original + " Extra zin."


def test_insert_references_and_broken_ones(qtbot, window: MainWindow, monkeypatch) -> None:
    composer = window.workspace.composer
    project = window.project
    composer.draft_from_evidence()
    composer.body.clear()
    composer.body.setFocus()
    quote = project.quotes()[0].number
    window.workspace.reader.show_quote(quote)
    window.show_composer()
    composer.insert_quote()
    monkeypatch.setattr(composer, "ask_number", lambda *a: 9999)
    composer.insert_argument()
    composer.insert("[[matrix]]")
    composer.commit_pending()
    body = project.section(composer.section_id).body
    assert body == f"[[quote:{quote}]][[argument:9999]][[matrix]]"
    assert composer.broken.isVisible() and "9999" in composer.broken.text()


def test_formatting_and_sections(qtbot, window: MainWindow, monkeypatch) -> None:
    composer = window.workspace.composer
    project = window.project
    project.ensure_default_sections()
    window.session.reload()
    composer.body.setPlainText("een\ntwee")
    composer.body.selectAll()
    composer.toggle_bullets()
    assert composer.body.toPlainText() == "- een\n- twee"
    cursor = composer.body.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    composer.body.setTextCursor(cursor)
    composer.wrap("**")
    assert composer.body.toPlainText() == "- **een**\n- twee"
    first = composer.section_id
    composer.move_section(1)                 # commits the text first
    assert project.sections()[1].id == first and project.section(first).body.startswith("- **een")
    monkeypatch.setattr(composer, "confirm", lambda *a: True)
    composer.select_section(first)
    composer.delete_section()
    assert first not in [s.id for s in project.sections()]
    window.acts["undo"].trigger()
    assert first in [s.id for s in project.sections()]

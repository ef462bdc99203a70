"""Opening dossiers from the GUI: locked (read-only / take over / cancel), broken files, warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import ui.app
import ui.main_window
from ui.main_window import MainWindow
from workbench import Project

EDIT_ACTIONS = ("import", "quote", "add_option", "add_advisor", "add_question", "dossier",
                "edit_item", "delete_item")


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def choose(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[str]:
    asked: list[str] = []

    def ask(_parent, path, error) -> str:
        asked.append(str(error))
        return choice

    monkeypatch.setattr(ui.main_window, "ask_open_locked", ask)
    return asked


def test_second_window_opens_read_only(qtbot, demo_path: Path, monkeypatch) -> None:
    first = MainWindow(Project.open(demo_path))
    qtbot.addWidget(first)
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    asked = choose(monkeypatch, "readonly")
    assert second.open_path(demo_path)
    assert asked and "open for editing" in asked[0]
    assert second.project.readonly and not first.project.readonly
    assert second.banner.isVisible() and "Alleen-lezen" in second.banner.label.text()
    assert "alleen lezen" in second.windowTitle()
    for name in EDIT_ACTIONS:
        assert not second.acts[name].isEnabled(), name
    assert second.acts["export"].isEnabled() and second.acts["checks"].isEnabled()
    composer = second.workspace.composer
    assert composer.body.isReadOnly() and not composer.draft_button.isEnabled()
    assert not any(b.isEnabled() for b in second.workspace.board.add_buttons.values())
    assert second.workspace.matrix.table.editTriggers() == \
        second.workspace.matrix.table.EditTrigger.NoEditTriggers
    for name in EDIT_ACTIONS:
        assert first.acts[name].isEnabled(), name
    # once the first window closes, the second can switch to editing
    first.close()
    assert second.reopen_for_editing()
    assert not second.project.readonly and not second.banner.isVisible()
    assert second.acts["import"].isEnabled()


def test_take_over_and_cancel(qtbot, demo_path: Path, monkeypatch) -> None:
    holder = Project.open(demo_path)
    window = MainWindow()
    qtbot.addWidget(window)
    choose(monkeypatch, "cancel")
    assert not window.open_path(demo_path)
    assert window.project is None and window.pages.currentWidget() is window.start_screen
    choose(monkeypatch, "takeover")
    window.show()
    assert window.open_path(demo_path)
    assert not window.project.readonly
    assert window.banner.isVisible() and "is overgenomen" in window.banner.label.text()
    holder.close()


def test_not_a_dossier_is_a_message_box(qtbot, tmp_path: Path, warnings_shown) -> None:
    bad = tmp_path / "kapot.cwb"
    bad.write_bytes(b"this is not sqlite at all" * 10)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(bad)
    assert len(warnings_shown) == 1 and "kapot.cwb" in warnings_shown[0]
    window.open_dropped([tmp_path / "weg.cwb"])
    assert len(warnings_shown) == 2


def test_app_launch_with_a_bad_file_shows_the_start_screen(qtbot, tmp_path: Path,
                                                           warnings_shown) -> None:
    bad = tmp_path / "kapot.cwb"
    bad.write_text("nope")
    window = ui.app.launch(ui.app.parse_args([str(bad)]))
    qtbot.addWidget(window)
    assert window.isVisible() and window.project is None
    assert window.pages.currentWidget() is window.start_screen
    assert warnings_shown and "kapot.cwb" in warnings_shown[0]


def test_app_launch_on_a_locked_file_asks(qtbot, demo_path: Path, monkeypatch) -> None:
    holder = Project.open(demo_path)
    choose(monkeypatch, "readonly")
    window = ui.app.launch(ui.app.parse_args([str(demo_path)]))
    qtbot.addWidget(window)
    assert window.project is not None and window.project.readonly
    holder.close()

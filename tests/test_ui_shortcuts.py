"""Keyboard shortcuts: each key does one thing, redo answers both keys, shortcuts are shown (#14)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from tests.uikeys import activate
from ui.main_window import MainWindow
from workbench import Project

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def bound_keys(window: MainWindow) -> dict[str, list[str]]:
    """Every window-wide key sequence and the names of what it triggers."""
    bound: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() in WINDOW_WIDE:
            for key in action.shortcuts():
                bound.setdefault(key.toString(), []).append(
                    action.objectName() or action.text())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE:
            for key in shortcut.keys():  # noqa: SIM118 (QShortcut, not a dict)
                bound.setdefault(key.toString(), []).append(shortcut.objectName())
    return bound


def test_no_key_is_bound_twice(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    twice = {key: names for key, names in bound_keys(window).items() if len(names) > 1}
    assert twice == {}


def test_quote_and_quit_have_their_own_keys(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    assert window.acts["quote"].shortcut() == QKeySequence("Ctrl+Q")
    assert window.acts["quit"].shortcut() != window.acts["quote"].shortcut()
    assert not window.acts["quit"].shortcut().isEmpty()


def test_ctrl_y_and_ctrl_shift_z_both_redo(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    activate(window)
    redo_keys = {k.toString() for k in window.acts["redo"].shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= redo_keys
    for key in ("Ctrl+Y", "Ctrl+Shift+Z"):
        window.session.run("question.add", window.project.add_question, f"Q{len(key)}", "Vraag")
        window.undo_group.undo()
        assert window.undo_group.canRedo()
        window.navigator.setFocus()
        seq = QKeySequence(key)
        combo = seq[0]
        qtbot.keyClick(window.navigator, combo.key(), combo.keyboardModifiers())
        assert not window.undo_group.canRedo(), key


def test_tooltips_and_menus_show_the_shortcut(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    for name, action in window.acts.items():
        if action.shortcut().isEmpty():
            continue
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert shown in action.toolTip(), name
    for name in ("undo", "redo"):
        assert window.acts[name].shortcut().toString() in window.acts[name].toolTip(), name
    assert "Ctrl+Q" in window.workspace.reader.quote_button.toolTip()


def test_menu_mnemonics_are_unique_per_menu(qtbot, demo_path: Path) -> None:
    """Alt+letter in an open menu picks one entry, never the first of two."""
    from PySide6.QtWidgets import QMenu

    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    menus = [window.menuBar(), *window.findChildren(QMenu)]
    for menu in menus:
        letters = []
        for action in menu.actions():
            text = action.text()
            if "&" in text.replace("&&", ""):
                letters.append(text[text.index("&") + 1].lower())
        twice = {c for c in letters if letters.count(c) > 1}
        assert not twice, (menu.objectName() or "menubar", twice)

"""Small things a user noticed (#14): the Help menu, recent files with their folder, the
checks panel following the edits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu

from ui import settings
from ui.main_window import MainWindow
from ui.shortcuts_dialog import ShortcutsDialog
from workbench import Project


def test_help_menu_offers_more_than_about(qtbot, demo_path: Path, monkeypatch) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    menu = window.menuBar().findChild(QMenu, "menu_help")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["action_guide", "action_todo", "action_keys", "action_about"]
    window.acts["todo"].trigger()
    assert window.workspace.checks.checked and window.workspace.docks[2].isVisible() is not None
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    window.acts["keys"].trigger()
    table = shown[0].table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Ctrl+Q"].startswith("Citeren") and "Ctrl+Y / Ctrl+Shift+Z" in rows


def test_recent_files_show_their_folder(qtbot, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "demo.cwb", tmp_path / "b" / "demo.cwb"
    for path in (first, second):
        path.parent.mkdir()
        Project.create(path, "Demo", "").close()
        settings.add_recent_file(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert len(texts) == 2 and texts[0] != texts[1]
    assert any(str(tmp_path / "a") in t or "…" in t for t in texts)


def test_checks_panel_follows_a_quote(qtbot, demo_path: Path, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    panel = window.workspace.checks
    panel.refresh()
    assert panel.busy                                 # off the GUI thread (#15)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    before = panel.summary.text()
    project = window.project
    source = project.sources()[0]
    window.session.run("quote.add", project.quote_for_option, source.number, start=0, end=30,
                       option="S3", position="pro", new_argument="Nieuw argument")
    assert panel.summary.text() == before             # not at every keystroke: after a pause
    qtbot.waitUntil(lambda: panel.summary.text() != before, timeout=3000)
    count = len(project.quotes())
    assert f"{count} citaten nagekeken" in panel.summary.text()


def test_status_bar_counts_in_good_dutch(qtbot, tmp_path: Path) -> None:
    project = Project.create(tmp_path / "n.cwb", "N", "")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.session.run("question.add", project.add_question, "Q1", "Vraag")
    window.session.run("option.add", project.add_option, "Q1", "S1", "Eén")
    window.session.run("advisor.add", project.add_advisor, "SERV", "SERV")
    text = window.counts_label.text()
    assert text.startswith("1 optie · 1 adviesinstantie · 0 bronnen"), text


def test_reader_legend_cuts_long_titles_with_an_ellipsis() -> None:
    from ui.views.reader import _cut

    assert _cut("Scenario 1: commerciële organisaties zonder structurele financiering", 40) \
        == "Scenario 1: commerciële organisaties…"
    assert _cut("Kort", 40) == "Kort"


def test_composer_toolbar_fits_at_1600_pixels(qtbot, demo_path: Path) -> None:
    from PySide6.QtWidgets import QToolBar, QToolButton

    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    window.show_composer()
    qtbot.wait(50)
    bar = window.workspace.composer.findChild(QToolBar, "composer_toolbar")
    overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert overflow is None or not overflow.isVisible(), "buttons folded into »"


def test_a_collapsed_dock_does_not_come_back_collapsed(qtbot, demo_path: Path) -> None:
    from PySide6.QtCore import Qt

    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    dock = window.navigator_dock
    window.resizeDocks([dock], [5], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    window.close()
    again = MainWindow(Project.open(demo_path))
    qtbot.addWidget(again)
    again.show()
    qtbot.wait(20)
    assert again.navigator_dock.width() >= 200
    assert again.minimumWidth() >= 1024

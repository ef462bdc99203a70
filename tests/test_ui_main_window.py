"""The real main window, offscreen, on the demo dossier."""

from __future__ import annotations

from pathlib import Path

from ui.main_window import MainWindow
from ui.models.dossier_tree import KEY_ROLE, KIND_ROLE
from workbench import Project


def test_main_window_shows_the_demo_dossier(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    assert "Groenboek" in window.windowTitle()
    model = window.navigator.model()
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == ["Vragen", "Adviesinstanties", "Achtergronddocumenten"]
    questions = model.index(0, 0)
    q1 = model.index(0, 0, questions)
    option_keys = [model.index(r, 0, q1).data(KEY_ROLE) for r in range(model.rowCount(q1))]
    assert option_keys == ["S1", "S2", "S3", "S4", "3+"]
    assert model.index(0, 0, q1).data(KIND_ROLE) == "option"
    advisors = model.index(1, 0)
    names = [model.index(r, 0, advisors).data(KEY_ROLE) for r in range(model.rowCount(advisors))]
    assert names == ["SERV", "VARIO", "HBC", "SPC"]


def test_navigator_follows_edits(qtbot, demo_path: Path) -> None:
    project = Project.open(demo_path)
    window = MainWindow(project)
    qtbot.addWidget(window)
    project.add_option("Q2", "HBS", "Collectieve haalbaarheidsstudies")
    index = window.tree_model.find("option", "HBS")
    assert index.isValid() and "haalbaarheidsstudies" in index.data()
    project.revert(project.last_change)
    assert not window.tree_model.find("option", "HBS").isValid()


def test_app_entry_point_opens_window_on_demo(qtbot, tmp_path: Path) -> None:
    """`workbench-app --demo FILE` builds the demo when missing and shows the main window."""
    import ui.app

    target = tmp_path / "demo.cwb"
    window = ui.app.launch(ui.app.parse_args([str(target), "--demo"]))
    qtbot.addWidget(window)
    assert target.exists()
    assert window.isVisible() and "Groenboek" in window.windowTitle()
    assert window.tree_model.find("option", "3+").isValid()


def test_an_options_argument_counts_are_explained_in_words(qtbot, demo_path: Path) -> None:
    """The navigator's "(2+ 5− 1?)" read as if one count were unknown: conditions now carry the
    board's diamond, and the tooltip says the counts in words."""
    from PySide6.QtCore import Qt

    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    option = window.tree_model.find("option", "S1")
    assert option.data().endswith("(2+ 5− 1◇)")
    assert option.data(Qt.ItemDataRole.ToolTipRole).splitlines()[1] == (
        "Argumenten: 2 pro, 5 contra, 1 voorwaarde")
    assert window.tree_model.find("option", "IBN").data(
        Qt.ItemDataRole.ToolTipRole).endswith("3 contra, 2 voorwaarden")

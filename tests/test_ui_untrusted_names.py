"""Names from other people's files cannot fake lines or reverse text in the window (#13)."""

from __future__ import annotations

from pathlib import Path

from ui.main_window import MainWindow
from workbench import Project

RLO = "\u202e"
SPOOF = f"advies{RLO}fdp.exe\nBron 2: SERV"


def test_titles_with_control_and_bidi_characters_are_shown_neutralised(
        qtbot, tmp_path: Path) -> None:
    text = tmp_path / "advies.txt"
    text.write_text("Een advies over scenario 3.\n", encoding="utf-8")
    project = Project.create(tmp_path / "d.cwb", SPOOF)
    project.import_file(text)
    project.update_source(1, title=SPOOF)
    window = MainWindow(project)
    qtbot.addWidget(window)

    shown = [window.windowTitle()]
    model = window.tree_model
    background = model.index(model.rowCount() - 1, 0)
    shown += [model.index(r, 0, background).data() for r in range(model.rowCount(background))]
    assert any("fdp.exe" in s for s in shown[1:])            # the source is listed...
    for label in shown:                                      # ...but never as a trick
        assert RLO not in label and "\n" not in label
        assert "<U+202E>" in label
    assert project.sources()[0].title == SPOOF               # the stored value is untouched

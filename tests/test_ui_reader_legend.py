"""Reader highlights are explained: a legend names each option colour, and a highlight's
tooltip names its option and position (colour is never the only clue) (#14)."""

from __future__ import annotations

from pathlib import Path

from ui.main_window import MainWindow
from workbench import Project


def test_legend_names_the_options_quoted_in_the_source(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    reader = window.workspace.reader
    project = window.project
    source = max(project.sources(), key=lambda s: len(project.quotes(source=s.number)))
    reader.show_source(source.number)
    assert reader.legend.isVisible()
    filed = {h.option for h in reader.highlights if h.option}
    assert filed
    for key in filed:
        option = project.option(key)
        assert f"<b>{key}</b>&nbsp;" in reader.legend.text()    # no line break after the key
        assert option.title[:20] in reader.legend.text()
    first = reader.highlights[0]
    tip = reader._tip_at(first.doc_start)
    assert f"#{first.quote}" in tip and (first.option in tip or "geen argument" in tip)
    assert reader._tip_at(-5) == ""

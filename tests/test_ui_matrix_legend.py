"""The stance matrix's legend wraps between its entries, never inside one (#14, found at
1024 px under Xvfb: "? " ended a line and "nog niet vastgelegd" began the next)."""

from __future__ import annotations

from pathlib import Path

from ui.main_window import MainWindow
from workbench import Project


def test_the_legend_keeps_each_colour_with_its_word(qtbot, demo_path: Path, tmp_path: Path,
                                                    monkeypatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    window.show_matrix()
    legend = window.workspace.matrix.legend.text()
    assert "</span> " not in legend and "?</b> " not in legend     # no break inside an entry
    assert "?</b>&nbsp;nog niet vastgelegd" in legend
    assert legend.count("</span>&nbsp;") == 6                      # each of the six stances

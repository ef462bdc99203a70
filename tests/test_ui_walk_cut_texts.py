"""Texts cut to fit end with "…" at a word (#14, found walking a new dossier under Xvfb): the
reader's panel under a long quote ended "… gelinkt aan de t”", as if the advice said "t"."""

from __future__ import annotations

from pathlib import Path

from ui.main_window import MainWindow
from workbench import Project
from workbench.display import shorten

PASSAGE = ("VARIO verkiest grotendeels een verderzetting van het huidige clusterbeleid met een "
           "terechte focus op economische valorisatie en een duidelijke rol voor de "
           "maatschappelijke uitdagingen gelinkt aan de transities en de regionale economie.")


def test_shorten_cuts_at_a_word_and_says_so() -> None:
    assert shorten("kort", 10) == "kort"
    cut = shorten(PASSAGE, 200)
    assert len(cut) <= 200 and cut.endswith("…")
    assert PASSAGE.startswith(cut[:-1]) and PASSAGE[len(cut) - 1] == " "
    assert shorten("Overheidsopdrachtenregelgevingsvereenvoudiging", 10) == "Overheids…"
    assert shorten("een\nregel\tmet\x1b codes", 100).startswith("een regel met")


def test_a_long_quote_under_the_reader_ends_with_an_ellipsis(qtbot, tmp_path: Path,
                                                             monkeypatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    project = Project.create(tmp_path / "d.cwb", "Proef")
    project.add_question("Q1", "Welk scenario?")
    project.add_option("Q1", "S1", "Scenario 1")
    project.add_advisor("VARIO", "VARIO")
    advice = tmp_path / "advies.txt"
    advice.write_text(PASSAGE + "\n", "utf-8")
    project.import_files([advice], "VARIO")
    quote, _argument = project.quote_for_option(project.sources()[0].number, exact=PASSAGE,
                                                option="S1", position="pro",
                                                new_argument="Continuïteit")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    reader = window.workspace.reader
    reader.show_quote(quote.number)
    shown = reader.info.text()
    assert f"“{shorten(PASSAGE, 200)}”" in shown
    assert PASSAGE[:200] not in shown                  # (it was cut inside a word)


def test_a_suggestion_cut_by_its_row_ends_with_an_ellipsis(qtbot, demo_path: Path,
                                                           tmp_path: Path, monkeypatch) -> None:
    """At 1024 px the suggestions' rows were cut through the middle of a line of text."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionViewItem

    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=20000)
    view, delegate = panel.view, panel.view.itemDelegate()
    cut = whole = 0
    for row in range(min(20, panel.model.rowCount())):
        index = panel.model.index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(view.viewport())
        option.widget = view
        option.rect = QRect(view.visualRect(index))
        full = delegate._document(option, index)
        shown = delegate._fitted(delegate._document(option, index), option)
        room = option.rect.height() + full.documentMargin()      # its bottom margin may go
        assert shown.size().height() <= room
        if full.size().height() > room:
            cut += 1
            assert shown.toPlainText().endswith("…"), shown.toPlainText()
            kept = shown.toPlainText()[:-1].rstrip()
            assert full.toPlainText().startswith(kept)
        else:
            whole += 1
            assert shown.toPlainText() == full.toPlainText()
    assert cut > 0                                   # (some are too long at 1024 px)


def test_a_source_too_long_for_the_reader_box_ends_with_an_ellipsis(qtbot, demo_path: Path,
                                                                    tmp_path: Path,
                                                                    monkeypatch) -> None:
    """At 1024 px the reader's source box read "… Vlaamse clusterbeleid -", the rest cut."""
    from PySide6.QtGui import QImage

    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    box = window.workspace.reader.source_box
    full = box.currentText()
    assert box.fontMetrics().horizontalAdvance(full) > box.width()       # too long here
    shown = box.shown_text()
    assert shown.endswith("…") and full.startswith(shown[:-1])
    assert box.toolTip() == full

    image = QImage(box.size(), QImage.Format.Format_ARGB32)
    box.render(image)                                       # its own painting runs

"""The original PDF page marks the quote (or the selected passage) shown in the reader (#14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF

from tests.docgen import make_pdf
from ui.main_window import MainWindow
from ui.views.pdf_page import SCALE
from workbench import Project

QUOTED = ("VARIO verkiest scenario drie omdat het de samenwerking tussen clusters en "
          "kennisinstellingen versterkt")
LATER = "Een tweede alinea over de evaluatie van de clusters door de overheid."


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    pdf = make_pdf(tmp_path / "advies.pdf", [
        ["# Advies van VARIO", "Inleiding over het clusterbeleid en de speerpuntclusters."],
        ["## Scenario 3", QUOTED + " en een duidelijke rol geeft aan de overheid bij het "
         "bepalen van strategische thema's voor de komende jaren.", LATER],
    ])
    project = Project.create(tmp_path / "d.cwb", "Proef")
    project.add_question("Q1", "Welk scenario?")
    project.add_option("Q1", "S3", "Scenario 3")
    project.add_advisor("VARIO", "VARIO")
    assert project.import_file(pdf, "VARIO").source is not None
    project.add_quote(1, exact=QUOTED)
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    return window


def char_boxes(data: bytes, page: int, phrase: str) -> list[QRectF]:
    """Where ``phrase`` is printed on ``page``, found independently: one box per character,
    in the page view's image coordinates."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        pdf_page = document[page - 1]
        textpage = pdf_page.get_textpage()
        height = pdf_page.get_height()
        start, count = textpage.search(phrase, match_case=False).get_next()
        boxes = []
        for index in range(start, start + count):
            left, bottom, right, top = textpage.get_charbox(index)
            if right > left:
                boxes.append(QRectF(left * SCALE, (height - top) * SCALE,
                                    (right - left) * SCALE, (top - bottom) * SCALE))
        return boxes
    finally:
        document.close()


def covered(box: QRectF, marks: list[QRectF]) -> bool:
    return any(mark.contains(box.center()) for mark in marks)


def test_a_quote_is_marked_on_its_page(qtbot, window: MainWindow) -> None:
    reader = window.workspace.reader
    reader.show_quote(1)
    reader.page_button.click()
    view = reader.page_view
    assert view.page == 2 and reader.page_box.value() == 2
    assert view.marks, "the quote is not marked on the page"
    data = window.project.source_file(1)
    quoted = char_boxes(data, 2, "samenwerking tussen clusters")
    assert quoted and all(covered(box, view.marks) for box in quoted)
    later = char_boxes(data, 2, "evaluatie van de clusters")
    assert not any(covered(box, view.marks) for box in later)
    image = view.label.pixmap().toImage()
    centre: QPointF = quoted[0].center()
    colour = image.pixelColor(int(centre.x()), int(quoted[0].top()) - 1)
    assert colour.blue() < colour.red() - 20, "the mark is not drawn in the image"


def test_the_page_view_follows_the_quote_shown(qtbot, window: MainWindow) -> None:
    reader = window.workspace.reader
    reader.page_button.click()                    # page 1, nothing to mark
    assert reader.page_view.page == 1 and not reader.page_view.marks
    reader.show_quote(1)                          # e.g. a click on the quote in the board
    assert reader.page_view.page == 2 and reader.page_view.marks


def test_a_selected_passage_is_marked(qtbot, window: MainWindow) -> None:
    reader = window.workspace.reader
    text = reader.text.toPlainText()
    start = text.index("Een tweede alinea")
    from PySide6.QtGui import QTextCursor
    cursor = reader.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(LATER) - 1, QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)
    reader.page_button.click()
    data = window.project.source_file(1)
    later = char_boxes(data, 2, "evaluatie van de clusters")
    assert reader.page_view.page == 2
    assert all(covered(box, reader.page_view.marks) for box in later)
    quoted = char_boxes(data, 2, "samenwerking tussen clusters")
    assert not any(covered(box, reader.page_view.marks) for box in quoted)


def test_a_passage_over_a_page_break_is_marked_on_both_pages(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from ui.views.pdf_page import find_char_range

    pdf = make_pdf(tmp_path / "twee.pdf", [["Het begin van de passage staat onderaan."],
                                           ["Het einde van de passage staat bovenaan.",
                                            "Daarna iets anders."]], footer=None)
    exact = "Het begin van de passage staat onderaan. Het einde van de passage staat bovenaan."
    document = pdfium.PdfDocument(pdf.read_bytes())
    try:
        first, second = (document[i].get_textpage() for i in (0, 1))
        start, end = find_char_range(first, exact, continues=True)
        assert first.get_text_range(start, end - start + 1).strip().startswith("Het begin")
        assert end == first.count_chars() - 1
        start, end = find_char_range(second, exact, continued=True)
        marked = second.get_text_range(start, end - start + 1)
        assert marked.startswith("Het einde") and marked.rstrip().endswith("bovenaan.")
        assert "Daarna" not in marked
    finally:
        document.close()

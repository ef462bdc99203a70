"""The original page of a PDF source, rendered with pypdfium2, with a quote's lines marked.

The quote's offsets point into the *normalised* text, not into the PDF's own text layer, so the
passage is found again on its page: the first words and the last words of the quote are searched
on the page's text layer (``PdfTextPage.search``), and the character boxes between the two hits
(``get_charbox``) are merged into one rectangle per line. When the words are not found (the text
layer differs too much), the page is shown without a mark.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

SCALE = 1.5


def _words(text: str, count: int, last: bool = False) -> str:
    words = text.split()
    return " ".join(words[-count:] if last else words[:count])


def find_char_range(textpage, exact: str) -> tuple[int, int] | None:
    """First and last character index of ``exact`` on the page, or None."""
    for count in (8, 5, 3):
        head = _words(exact, count)
        found = textpage.search(head, match_case=False).get_next()
        if not found:
            continue
        start = found[0]
        tail = _words(exact, count, last=True)
        finder = textpage.search(tail, index=start, match_case=False)
        end_hit = finder.get_next()
        end = end_hit[0] + end_hit[1] - 1 if end_hit else start + found[1] - 1
        return start, max(start, end)
    return None


def line_boxes(textpage, start: int, end: int) -> list[tuple[float, float, float, float]]:
    """Character boxes from ``start`` to ``end`` merged per line (PDF coordinates)."""
    lines: list[list[float]] = []
    for index in range(start, end + 1):
        left, bottom, right, top = textpage.get_charbox(index)
        if right - left <= 0:
            continue
        if lines and abs(lines[-1][1] - bottom) < (top - bottom) * 0.6:
            box = lines[-1]
            box[0], box[2], box[3] = min(box[0], left), max(box[2], right), max(box[3], top)
            box[1] = min(box[1], bottom)
        else:
            lines.append([left, bottom, right, top])
    return [tuple(b) for b in lines]  # type: ignore[misc]


def render_page(data: bytes, page_number: int, exact: str | None = None) -> QImage | None:
    """Page ``page_number`` (1-based) as an image; ``exact`` is marked when found."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        if not 1 <= page_number <= len(document):
            return None
        page = document[page_number - 1]
        bitmap = page.render(scale=SCALE)
        fmt = QImage.Format.Format_BGR888 if bitmap.n_channels == 3 else QImage.Format.Format_ARGB32
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        if exact:
            textpage = page.get_textpage()
            span = find_char_range(textpage, exact)
            if span is not None:
                _mark(image, line_boxes(textpage, *span), page.get_height())
        return image
    finally:
        document.close()


def _mark(image: QImage, boxes, page_height: float) -> None:
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 200, 0, 90))
    for left, bottom, right, top in boxes:
        painter.drawRect(QRectF(left * SCALE - 2, (page_height - top) * SCALE - 2,
                                (right - left) * SCALE + 4, (top - bottom) * SCALE + 4))
    painter.end()


class PdfPageView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_page")
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setStyleSheet("QScrollArea { background: #6b7079; }")
        self.page = 0

    def show_page(self, data: bytes, page: int, exact: str | None = None) -> bool:
        image = render_page(data, page, exact)
        self.page = page
        if image is None:
            self.label.setText(self.tr("Pagina %1 bestaat niet.").replace("%1", str(page)))
            return False
        self.label.setPixmap(QPixmap.fromImage(image))
        return True

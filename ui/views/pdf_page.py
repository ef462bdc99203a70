"""The original page of a PDF source, rendered with pypdfium2, with a passage marked.

The reader hands over the passage shown (a quote, or the text the officer selected). Its
offsets point into the *normalised* text, not into the PDF's own text layer, so the passage
is found again on its page: the first words and the last words are searched on the page's
text layer (``PdfTextPage.search``), and the character boxes between the two hits
(``get_charbox``) are merged into one rectangle per line. A passage that runs over a page
break is marked from its first words to the page's end, and on the next page from the page's
start to its last words. When the words are not found (the text layer differs too much), the
page is shown without a mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

SCALE = 1.5
MARK_COLOUR = QColor(255, 200, 0, 90)
MARK_BORDER = QColor(230, 150, 0)


@dataclass(frozen=True)
class Passage:
    """What to mark: the passage's text, and whether it starts before or ends after the page."""

    exact: str
    continued: bool = False        # began on an earlier page
    continues: bool = False        # goes on to a later page


@dataclass
class RenderedPage:
    image: QImage
    marks: list[QRectF] = field(default_factory=list)      # image coordinates


def _words(text: str, count: int, last: bool = False) -> str:
    words = text.split()
    return " ".join(words[-count:] if last else words[:count])


def _first_hit(textpage, words: str, index: int = 0) -> tuple[int, int] | None:
    found = textpage.search(words, index=index, match_case=False).get_next()
    return (found[0], found[1]) if found else None


def find_char_range(textpage, exact: str, *, continued: bool = False,
                    continues: bool = False) -> tuple[int, int] | None:
    """First and last character index of ``exact`` on the page, or None."""
    last_char = textpage.count_chars() - 1
    if last_char < 0 or not exact.split():
        return None
    if continued and continues:            # a middle page of a long passage: all of it
        return 0, last_char
    start = None
    if not continued:
        for count in (8, 5, 3):
            hit = _first_hit(textpage, _words(exact, count))
            if hit is not None:
                start = hit[0]
                break
        if start is None:
            return None
    for count in (8, 5, 3):
        tail = _first_hit(textpage, _words(exact, count, last=True), start or 0)
        if tail is not None and tail[0] >= (start or 0):
            return (start or 0), tail[0] + tail[1] - 1
    if continues and start is not None:
        return start, last_char
    if start is not None:                  # the end was not found: mark the first words only
        head = _first_hit(textpage, _words(exact, 3))
        return start, start + (head[1] if head else 1) - 1
    return None


def line_boxes(textpage, start: int, end: int) -> list[tuple[float, float, float, float]]:
    """The rectangles PDFium gives for the characters ``start`` to ``end`` (one per run of
    text), merged per line (PDF coordinates: left, bottom, right, top)."""
    count = textpage.count_rects(start, end - start + 1)
    lines: list[list[float]] = []
    for left, bottom, right, top in sorted((textpage.get_rect(i) for i in range(count)),
                                           key=lambda r: (-r[3], r[0])):
        if right - left <= 0:
            continue
        if lines and min(lines[-1][3], top) - max(lines[-1][1], bottom) > \
                0.5 * min(lines[-1][3] - lines[-1][1], top - bottom):   # same line
            box = lines[-1]
            box[0], box[1] = min(box[0], left), min(box[1], bottom)
            box[2], box[3] = max(box[2], right), max(box[3], top)
        else:
            lines.append([left, bottom, right, top])
    return [(b[0], b[1], b[2], b[3]) for b in lines]


def render_page(data: bytes, page_number: int, passage: Passage | None = None
                ) -> RenderedPage | None:
    """Page ``page_number`` (1-based) as an image, with ``passage`` marked when found."""
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
        rendered = RenderedPage(image)
        if passage is not None:
            textpage = page.get_textpage()
            span = find_char_range(textpage, passage.exact, continued=passage.continued,
                                   continues=passage.continues)
            if span is not None:
                rendered.marks = _to_image(line_boxes(textpage, *span), page.get_height())
                _mark(image, rendered.marks)
        return rendered
    finally:
        document.close()


def _to_image(boxes, page_height: float) -> list[QRectF]:
    return [QRectF(left * SCALE - 2, (page_height - top) * SCALE - 2,
                   (right - left) * SCALE + 4, (top - bottom) * SCALE + 4)
            for left, bottom, right, top in boxes]


def _mark(image: QImage, marks: list[QRectF]) -> None:
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(MARK_COLOUR)
    for rect in marks:
        painter.drawRect(rect)
    # A bar in the margin as well: the mark is seen without telling colours apart.
    painter.setBrush(MARK_BORDER)
    margin = max(0.0, min(rect.left() for rect in marks) - 10)
    for rect in marks:
        painter.drawRect(QRectF(margin, rect.top(), 4, rect.height()))
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
        self.marks: list[QRectF] = []       # where the passage is marked (image coordinates)

    def show_page(self, data: bytes, page: int, passage: Passage | None = None) -> bool:
        rendered = render_page(data, page, passage)
        self.page = page
        self.marks = rendered.marks if rendered is not None else []
        if rendered is None:
            self.label.setText(self.tr("Pagina %1 bestaat niet.").replace("%1", str(page)))
            return False
        self.label.setPixmap(QPixmap.fromImage(rendered.image))
        if self.marks:
            # Once the label has its new size (the scroll area lays it out later, and the
            # view may only now be shown): before that, ensureVisible scrolls nowhere.
            QTimer.singleShot(0, self._reveal_mark)
        return True

    def _reveal_mark(self) -> None:
        """Bring the passage into view, a third down the page view."""
        if not self.marks:
            return
        self.label.resize(self.label.sizeHint().expandedTo(self.viewport().size()))
        mark = self.marks[0]
        offset = QPoint((self.label.width() - self.label.pixmap().width()) // 2,
                        (self.label.height() - self.label.pixmap().height()) // 2)
        self.ensureVisible(int(mark.center().x()) + max(0, offset.x()),
                           int(mark.top()) + max(0, offset.y()),
                           50, self.viewport().height() // 3)

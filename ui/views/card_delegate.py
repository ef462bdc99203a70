"""Paints an argument as a card: its text, then one line per quote (advisor, citation, text)."""

from __future__ import annotations

from math import ceil
from typing import cast

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.models.base import Index
from ui.models.board_model import CARD_ROLE, SHAPE_ROLE, Card

PAD = 10
GAP = 4
STRIP = 4

# Between words, and inside a word only when one word is wider than the card: a long Dutch
# compound ("overheidsopdrachten") in a narrow column ran over the card's edge (#14).
WRAP = QTextOption()
WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def text_height(font: QFont, text: str, width: int) -> int:
    """The height of ``text`` wrapped as ``WRAP`` wraps it in ``width`` pixels."""
    layout = QTextLayout(text, font)
    layout.setTextOption(WRAP)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return ceil(height)


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.accent = QColor("#4e79a7")
        # (font, width, text, quote lines) -> height: a column of 1,000 cards is measured once,
        # not again on every relayout or scroll (#15)
        self._heights: dict[tuple[str, int, str, int], int] = {}
        self._font_cache: dict[str, tuple[QFont, QFont, QFontMetrics, int]] = {}

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        width = (cast(QAbstractItemView, widget).viewport().width() if widget is not None
                 else option.rect.width())
        return max(120, width - 2 * 6)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        key = option.font.key()
        fonts = self._font_cache.get(key)
        if fonts is None:
            text_font = QFont(option.font)
            text_font.setWeight(QFont.Weight.DemiBold)
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.88)
            fonts = self._font_cache[key] = (text_font, small, QFontMetrics(text_font),
                                             QFontMetrics(small).height())
        return fonts[0], fonts[1]

    def _font_key(self, option: QStyleOptionViewItem) -> str:
        return option.font.key()

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[QFontMetrics, int]:
        self._fonts(option)
        _t, _s, metrics, small_height = self._font_cache[option.font.key()]
        return metrics, small_height

    def layout(self, option: QStyleOptionViewItem, card: Card, rect: QRect
               ) -> tuple[QRect, list[QRect], int]:
        """The text rectangle, one rectangle per quote line, and the card's height."""
        return self._layout(option, card.text, len(card.quotes), rect)

    def _layout(self, option: QStyleOptionViewItem, text: str, quotes: int, rect: QRect
                ) -> tuple[QRect, list[QRect], int]:
        _metrics, line_height = self._metrics(option)
        inner = rect.adjusted(PAD + STRIP, PAD, -PAD, -PAD)
        text_font, _small = self._fonts(option)
        text_rect = QRect(inner.left(), inner.top(), inner.width(),
                          text_height(text_font, text, inner.width()))
        y = text_rect.bottom() + GAP + 2
        quote_rects = []
        for _quote in range(max(quotes, 1)):    # an empty card shows a warning line
            quote_rects.append(QRect(inner.left(), y, inner.width(), line_height))
            y += line_height + 1
        height = y - rect.top() + PAD - 1
        return text_rect, quote_rects, height

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        shape = index.data(SHAPE_ROLE)       # the card's quotes are not read to size it
        if shape is None:
            return super().sizeHint(option, index)
        text, quotes = shape
        width = self._width(option)
        key = (self._font_key(option), width, text, quotes)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 20000:      # widths change while a window is resized
                self._heights.clear()
            _t, _q, height = self._layout(option, text, quotes, QRect(0, 0, width, 0))
            self._heights[key] = height
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(1, 1, -1, -3)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        border = palette.color(QPalette.ColorRole.Highlight) if selected else QColor("#d0d5dd")
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(QApplication.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.accent)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), STRIP + 2, rect.height()), 3, 3)
        text_rect, quote_rects, _h = self.layout(option, card, option.rect)
        text_font, small = self._fonts(option)
        painter.setFont(text_font)
        painter.setPen(QApplication.palette().color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(text_rect), card.text, WRAP)
        painter.setFont(small)
        metrics = QFontMetrics(small)
        muted = QColor("#5f6b7a")
        for quote, line in zip(card.quotes, quote_rects, strict=False):
            head = f"{quote.advisor}" + (f" · {quote.citation}" if quote.citation else "")
            # A long heading is cut with "…" and leaves room for the quote's first words.
            head = metrics.elidedText(head, Qt.TextElideMode.ElideRight, int(line.width() * 0.6))
            painter.setPen(QColor("#2f3b4a"))
            head_width = metrics.horizontalAdvance(head + "  ")
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, head)
            rest = QRect(line.left() + head_width, line.top(), line.width() - head_width,
                         line.height())
            painter.setPen(muted)
            painter.drawText(rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(f"“{quote.first_line}”",
                                                Qt.TextElideMode.ElideRight, rest.width()))
        if not card.quotes:
            painter.setPen(QColor("#b26a00"))
            painter.drawText(quote_rects[0], Qt.AlignmentFlag.AlignLeft,
                             self.tr("nog geen citaat"))
        painter.restore()

    def quote_at(self, option: QStyleOptionViewItem, index: Index, y: int) -> int | None:
        """The number of the quote whose line is at height ``y``, else the first quote's."""
        card: Card | None = index.data(CARD_ROLE)
        if card is None or not card.quotes:
            return None
        _t, rects, _h = self.layout(option, card, option.rect)
        for quote, rect in zip(card.quotes, rects, strict=False):
            if rect.top() <= y <= rect.bottom():
                return quote.number
        return card.quotes[0].number

    def updateEditorGeometry(self, editor, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return super().updateEditorGeometry(editor, option, index)
        text_rect, _q, _h = self.layout(option, card, option.rect)
        editor.setGeometry(QRect(text_rect.left() - 2, text_rect.top() - 2,
                                 option.rect.width() - 2 * PAD - STRIP, text_rect.height() + 6))

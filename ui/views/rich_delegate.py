"""A list delegate that renders each item's DisplayRole as a small piece of rich text."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.models.base import Index

HTML_ROLE = 0x0100 + 40
# The style of secondary text (source, page, reason) in the items' HTML. On a selected row the
# delegate swaps it for the highlighted-text colour: grey on the selection blue was unreadable.
MUTED = "color:#5f6b7a"


class RichTextDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(6)
        html = index.data(HTML_ROLE) or ""
        if option.state & QStyle.StateFlag.State_Selected:
            selected = option.palette.color(QPalette.ColorRole.HighlightedText).name()
            html = html.replace(MUTED, f"color:{selected}")
        doc.setHtml(html)
        widget = option.widget
        width = (cast(QAbstractItemView, widget).viewport().width() if widget is not None
                 else option.rect.width())
        doc.setTextWidth(max(100, width - 4))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        self._draw(painter, option, self._fitted(self._document(option, index), option))

    def _fitted(self, doc: QTextDocument, option: QStyleOptionViewItem) -> QTextDocument:
        return doc

    def _draw(self, painter, option: QStyleOptionViewItem, doc: QTextDocument) -> None:
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(QPointF(option.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class FixedHeightRichTextDelegate(RichTextDelegate):
    """Rows of ``lines`` text lines, clipped: sizing thousands of rich-text rows one by one
    froze the window on a big dossier. The full text belongs in the tooltip."""

    def __init__(self, lines: int, parent=None) -> None:
        super().__init__(parent)
        self.lines = lines

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setClipRect(option.rect)
        super().paint(painter, option, index)
        painter.restore()

    def _fitted(self, doc: QTextDocument, option: QStyleOptionViewItem) -> QTextDocument:
        """The text cut after the last line that fits, ending in "…": in a narrow dock the
        rows were cut through the middle of a line, with nothing to say text was missing."""
        room = option.rect.height()
        if doc.size().height() - doc.documentMargin() <= room:   # (the margin may be cut)
            return doc
        end = None
        block = doc.begin()
        while block.isValid():
            layout = block.layout()
            top = layout.position().y()
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                if top + line.y() + line.height() > room:
                    break
                end = block.position() + line.textStart() + line.textLength()
            else:
                block = block.next()
                continue
            break
        if end is None:
            return doc
        cursor = QTextCursor(doc)
        cursor.setPosition(max(0, end - 2))
        while cursor.position() > 0 and not doc.characterAt(cursor.position() - 1).isspace() \
                and end - cursor.position() < 16:
            cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("…")
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(100, option.fontMetrics.lineSpacing() * self.lines + 14)

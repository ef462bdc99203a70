"""The composer's text field: formatted text with reference chips, Markdown on the clipboard.

A chip is one object character (see ``ui.views.markdown_document``); here it gets a tooltip, a
double click shows what it refers to, ``[[...]]`` typed by hand becomes a chip at its ``]]``,
and copy/paste carries Markdown, so chips survive a copy and Word's fonts never come in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from ui.views.markdown_document import (
    OBJECT,
    PROBLEM,
    TOKEN,
    chip_format,
    chip_token,
    load_markdown,
    plain_char_format,
    to_markdown,
)
from ui.views.reference_chips import ChipObject
from workbench.export.markdown_refs import Reference

MARKDOWN_MIME = "application/x-cwb-markdown"
_TOKEN = re.compile(r"\[\[[^\[\]\n]*\]\]")


def reference(raw: str, standalone: bool = False) -> Reference:
    kind, _, target = raw[2:-2].partition(":")
    return Reference(kind.strip().lower(), target.strip(), raw, 1, standalone)


class BodyEdit(QTextEdit):
    """The section's text, formatted; tells the composer when it loses focus (to commit)."""

    def __init__(self, on_focus_out: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_focus_out = on_focus_out
        self.describe: Callable[[Reference], tuple[str, str]] = lambda r: (r.raw, "")
        self.on_chip_activated: Callable[[str], None] = lambda _token: None
        self.chips = ChipObject(self)
        ChipObject.install(self.document(), self.chips)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._on_focus_out()

    # --- the placeholder, wrapped ----------------------------------------------------------
    # QTextEdit draws its placeholder on one line: the composer's three-line hint was cut at
    # "... maakt u tekst vet of cursief," (#14). It is kept here and painted wrapped.
    _placeholder = ""

    def setPlaceholderText(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    def placeholderText(self) -> str:
        return self._placeholder

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._placeholder or not self.document().isEmpty():
            return
        painter = QPainter(self.viewport())
        colour = self.palette().placeholderText().color()
        painter.setPen(colour)
        margin = int(self.document().documentMargin())
        painter.drawText(self.viewport().rect().adjusted(margin, margin, -margin, -margin),
                         int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                         | int(Qt.TextFlag.TextWordWrap), self._placeholder)
        painter.end()

    # --- chips -----------------------------------------------------------------------------
    def chip_at(self, point: QPoint) -> QTextCharFormat | None:
        """The chip under ``point`` (viewport coordinates), or None."""
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        position = self.document().documentLayout().hitTest(point + offset,
                                                            Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter,
                            QTextCursor.MoveMode.KeepAnchor)
        fmt = cursor.charFormat()
        return fmt if cursor.selectedText() == OBJECT and chip_token(fmt) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            fmt = self.chip_at(self.viewport().mapFromGlobal(event.globalPos()))
            if fmt is not None:
                hint = "" if fmt.stringProperty(PROBLEM) else "\n" + self.tr(
                    "Dubbelklik om het te tonen in de lezer of op het optiebord.")
                QToolTip.showText(event.globalPos(), fmt.toolTip() + hint, self)
                return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event) -> None:
        fmt = self.chip_at(event.position().toPoint())
        if fmt is not None:
            self.on_chip_activated(fmt.stringProperty(TOKEN))
            return
        super().mouseDoubleClickEvent(event)

    # --- typing ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        heading = self.textCursor().blockFormat().headingLevel()
        super().keyPressEvent(event)
        if self.isReadOnly():
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and heading \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # A new paragraph after a heading is body text, as in a word processor.
            cursor = self.textCursor()
            fmt = cursor.blockFormat()
            fmt.setHeadingLevel(0)
            fmt.setTopMargin(0)
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(plain_char_format())
            self.setCurrentCharFormat(plain_char_format())
        elif event.text() == "]":
            self.convert_typed_reference()

    def convert_typed_reference(self) -> None:
        """``[[quote:12]]`` typed by hand becomes a chip as soon as its ``]]`` is typed."""
        cursor = self.textCursor()
        block_text = cursor.block().text()[:cursor.positionInBlock()]
        match = re.search(r"\[\[[^\[\]\n]*\]\]$", block_text)
        if match is None:
            return
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor,
                            len(match.group(0)))
        label, problem = self.describe(reference(match.group(0)))
        cursor.insertText(OBJECT, chip_format(match.group(0), label, problem))
        self.setTextCursor(cursor)

    # --- clipboard: Markdown in, Markdown out ----------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        document = QTextDocument()
        QTextCursor(document).insertFragment(self.textCursor().selection())
        markdown = to_markdown(document)
        data = QMimeData()
        data.setText(markdown)
        data.setData(MARKDOWN_MIME, markdown.encode("utf-8"))
        return data

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasFormat(MARKDOWN_MIME)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Our own copies keep their formatting and chips; anything else arrives as plain text
        (Word's fonts and colours have no place in the Markdown), with its tokens as chips."""
        cursor = self.textCursor()
        if source.hasFormat(MARKDOWN_MIME):
            document = QTextDocument()
            load_markdown(document, bytes(source.data(MARKDOWN_MIME).data()).decode("utf-8"),
                          self.describe)
            cursor.insertFragment(QTextDocumentFragment(document))
        else:
            text = source.text()
            position = 0
            for match in _TOKEN.finditer(text):
                cursor.insertText(text[position:match.start()], QTextCharFormat())
                label, problem = self.describe(reference(match.group(0)))
                cursor.insertText(OBJECT, chip_format(match.group(0), label, problem))
                position = match.end()
            cursor.insertText(text[position:], QTextCharFormat())
        self.setTextCursor(cursor)

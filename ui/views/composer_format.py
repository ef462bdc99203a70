"""The composer's formatting buttons: bold, italic, bullets and headings, as a word processor
applies them (a word under the cursor, whole paragraphs), on what the text will export to."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QToolButton

from ui.views.composer_edit import BodyEdit
from ui.views.markdown_document import HEADING_SPACING, heading_char_format, plain_char_format


class Formatting:
    """Mixed into ``Composer``: acts on its ``body`` and keeps its ``buttons`` in step."""

    body: BodyEdit
    buttons: dict[str, QToolButton]

    def _editable(self) -> bool:
        return not self.body.isReadOnly() and self.body.isEnabled()

    def _update_format_buttons(self) -> None:
        fmt = self.body.currentCharFormat()
        heading = self.body.textCursor().blockFormat().headingLevel() > 0
        for name, on in (("bold", fmt.fontWeight() > QFont.Weight.Medium and not heading),
                         ("italic", fmt.fontItalic()), ("heading", heading)):
            button = self.buttons[name]
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.body.textCursor()
        position = cursor.position()
        if not cursor.hasSelection():       # inside a word: the whole word, as a word processor
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            inside = cursor.selectionStart() < position < cursor.selectionEnd()
            if inside and cursor.selectedText().isalnum():
                cursor.mergeCharFormat(fmt)
        else:
            cursor.mergeCharFormat(fmt)
        self.body.mergeCurrentCharFormat(fmt)
        self.body.setFocus()
        self._update_format_buttons()

    def toggle_bold(self) -> None:
        if self._editable():
            on = self.body.currentCharFormat().fontWeight() <= QFont.Weight.Medium
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
            self._merge(fmt)

    def toggle_italic(self) -> None:
        if self._editable():
            fmt = QTextCharFormat()
            fmt.setFontItalic(not self.body.currentCharFormat().fontItalic())
            self._merge(fmt)

    def toggle_bullets(self) -> None:
        if not self._editable():
            return
        cursor = self.body.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if current is not None:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            block = self.body.document().findBlock(start)
            while block.isValid() and block.position() <= end:
                if block.textList() is not None:
                    block.textList().remove(block)
                    fmt = QTextBlockFormat(block.blockFormat())
                    fmt.setIndent(0)
                    QTextCursor(block).setBlockFormat(fmt)
                block = block.next()
        else:
            fmt = QTextBlockFormat(cursor.blockFormat())
            fmt.setHeadingLevel(0)
            cursor.setBlockFormat(fmt)
            list_format = QTextListFormat()
            list_format.setStyle(QTextListFormat.Style.ListDisc)
            list_format.setIndent(1)
            cursor.createList(list_format)
        cursor.endEditBlock()
        self.body.setFocus()

    def toggle_heading(self) -> None:
        """A paragraph becomes a "## " heading (the level the draft uses), and back."""
        if not self._editable():
            return
        cursor = self.body.textCursor()
        cursor.beginEditBlock()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        level = 0 if cursor.blockFormat().headingLevel() else 2
        block = self.body.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            each = QTextCursor(block)
            if block.textList() is not None:
                block.textList().remove(block)
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setHeadingLevel(level)
            fmt.setIndent(0)
            fmt.setTopMargin(HEADING_SPACING if level else 0)
            each.setBlockFormat(fmt)
            each.select(QTextCursor.SelectionType.BlockUnderCursor)
            each.mergeCharFormat(heading_char_format(level) if level else plain_char_format())
            QTextCursor(block).mergeBlockCharFormat(
                heading_char_format(level) if level else plain_char_format())
            block = block.next()
        cursor.endEditBlock()
        self.body.setCurrentCharFormat(heading_char_format(level) if level
                                       else plain_char_format())
        self.body.setFocus()
        self._update_format_buttons()

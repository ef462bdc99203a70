"""The reader: a source's text with its quotes highlighted; select a passage, press Ctrl+Q."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.dialogs.quote_dialog import QuoteDialog
from ui.icons import icon
from ui.models.base import KEY_ROLE, RecordListModel
from ui.session import Session
from ui.views.eliding_combo import ElidingComboBox
from ui.views.pdf_page import Passage, PdfPageView
from ui.views.reader_doc import PositionMap, build_document
from workbench import WorkbenchError
from workbench.display import for_display, shorten


@dataclass(frozen=True)
class Highlight:
    doc_start: int
    doc_end: int
    quote: int
    option: str = ""            # the option (and position) of its first argument, if any
    position: str = ""


class SourceText(QTextEdit):
    """Read-only text; reports clicks (document position) and builds its context menu."""

    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tip_at = lambda _pos: ""        # the reader says what a highlight is
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.viewport().installEventFilter(self)
        self.extra_actions: list = []
        self.document().setDocumentMargin(28)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and not self.textCursor().hasSelection():
            self.clicked.emit(self.cursorForPosition(event.position().toPoint()).position())
        elif event.type() == QEvent.Type.ToolTip:
            tip = self.tip_at(self.cursorForPosition(event.pos()).position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(obj, event)

    def contextMenuEvent(self, event) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.extra_actions:
            first = menu.actions()[0] if menu.actions() else None
            before = cast(QAction, first)        # None appends: Qt takes a null "before"
            for action in self.extra_actions:
                menu.insertAction(before, action)
            menu.insertSeparator(before)
        menu.exec(event.globalPos())


class Reader(QWidget):
    quoted = Signal(str)        # option key, after a quote was filed for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.session: Session | None = None
        self.number: int | None = None
        self.map = PositionMap([])
        self.highlights: list[Highlight] = []
        self.last_option: str | None = None
        self.last_position = "pro"
        self.current_quote: int | None = None
        self.sources = RecordListModel(lambda p: p.sources(), self._source_label,
                                       lambda s: s.number, self,
                                       tables=frozenset({"source", "advisor"}))
        self.source_box = ElidingComboBox(self)
        self.source_box.setModel(self.sources)
        self.source_box.setMinimumWidth(320)
        # Not sized to its longest item: that made Qt ask for the label of every source the
        # first time the reader showed (0.3-0.4 s on the 2,000-source dossier, #14).
        self.source_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_box.setMinimumContentsLength(40)
        self._sources_resetting = False
        self.source_box.currentIndexChanged.connect(self._source_chosen)
        self.sources.modelAboutToBeReset.connect(self._sources_about_to_reset)
        self.sources.modelReset.connect(self._sources_reset)
        self.sources.settled.connect(self._sources_settled)
        self.quote_button = self._tool("quote", self.make_quote)
        self.quote_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.page_button = self._tool("page", self._toggle_page)
        self.page_button.setCheckable(True)
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(self._render_page)
        self.text = SourceText(self)
        self.text.setObjectName("reader_text")
        self.text.clicked.connect(self._clicked)
        self.text.tip_at = self._tip_at
        self.legend = QLabel(self)
        self.legend.setObjectName("highlight_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setContentsMargins(8, 2, 8, 2)
        self.text.selectionChanged.connect(self._selection_changed)
        self.page_view = PdfPageView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.text)
        self.stack.addWidget(self.page_view)
        self.info = QLabel(self)
        self.info.setObjectName("quote_info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setMargin(8)
        self.info.setStyleSheet("#quote_info { background: palette(alternate-base); }")
        self.info.linkActivated.connect(self._link)
        self.info.hide()
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._layout()
        self.retranslate()
        self._update_controls()

    def _tool(self, name: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(name))
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.source_label = QLabel(self)
        bar.addWidget(self.source_label)
        bar.addWidget(self.source_box, 1)
        bar.addSpacing(12)
        bar.addWidget(self.quote_button)
        bar.addStretch(0)
        bar.addWidget(self.page_button)
        bar.addWidget(self.page_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.info)

    def retranslate(self) -> None:
        self.source_label.setText(self.tr("Bron:"))
        self.source_box.setAccessibleName(self.tr("Bron"))
        self.quote_button.setText(self.tr("Citeren"))
        self.quote_button.setToolTip(self.tr("Selectie als citaat vastleggen (Ctrl+Q)"))
        self.quote_button.setAccessibleName(self.tr("Citeren"))
        self.page_button.setToolTip(self.tr("Originele pagina tonen (PDF)"))
        self.page_button.setAccessibleName(self.tr("Originele pagina"))
        self.page_box.setAccessibleName(self.tr("Pagina"))
        self.page_box.setPrefix(self.tr("p. "))
        self.text.setAccessibleName(self.tr("Brontekst"))
        if getattr(self, "legend", None) is not None:      # set once a source is shown
            self.legend.setAccessibleName(self.tr("Legende van de markeringen"))
        self.empty.setText(self.tr("Nog geen bronnen. Importeer adviezen met Bestand › Adviezen "
                                   "importeren, of sleep bestanden naar dit venster."))
        action = getattr(self, "_quote_action", None)
        if action is None:
            self._quote_action = action = self.text.addAction(icon("quote"), "")
            action.triggered.connect(self.make_quote)
            self.text.extra_actions.append(action)
        action.setText(self.tr("Citeren bij een optie..."))
        self._reword_shown()

    def _reword_shown(self) -> None:
        """The legend and the quote's panel are worded when shown: word them again in the new
        language (after a language switch)."""
        session = getattr(self, "session", None)
        if session is None or getattr(self, "number", None) is None:
            return
        try:
            self._update_legend(session.project.options())
            if self.current_quote is not None and not self.info.isHidden():
                self._show_info(self.current_quote)
        except WorkbenchError:       # the quote went (another window): the next click redraws
            pass

    # --- session --------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_change)
        self.session = session
        self.current_quote = None
        self._load(None)                  # nothing of the previous dossier stays on screen
        if session is not None:
            session.changed.connect(self._on_change)
        self.sources.set_session(session)
        self._update_controls()

    @staticmethod
    def _source_label(source) -> str:
        who = source.advisor_key or "—"
        return for_display(f"#{source.number}  {who} · {source.title}")

    def _sources_reset(self) -> None:
        row = self.sources.row_of(self.number) if self.number is not None else -1
        if row < 0 and self.sources.rowCount() > 0:
            row = 0
        self.source_box.blockSignals(True)
        self.source_box.setCurrentIndex(row)
        self.source_box.blockSignals(False)
        number = self.source_box.currentData(KEY_ROLE)
        if number != self.number:
            self._load(number)
        self._update_controls()

    def _sources_about_to_reset(self) -> None:
        self._sources_resetting = True

    def _sources_settled(self) -> None:
        """The combo box reacts to a reset after us and jumps to the first source: put it back."""
        self._sources_resetting = False
        row = self.sources.row_of(self.number) if self.number is not None else -1
        if row >= 0 and self.source_box.currentIndex() != row:
            self.source_box.blockSignals(True)
            self.source_box.setCurrentIndex(row)
            self.source_box.blockSignals(False)

    def _source_chosen(self, _row: int) -> None:
        if not self._sources_resetting:
            self._load(self.source_box.currentData(KEY_ROLE))

    def _on_change(self, _label: str) -> None:
        try:
            self.refresh_highlights()
        except WorkbenchError:
            pass                          # the source shown was deleted: the sources' reset follows

    def _update_controls(self) -> None:
        has = self.number is not None
        self.stack.setVisible(has)
        self.empty.setVisible(not has and self.session is not None)
        self.quote_button.setEnabled(has and self.text.textCursor().hasSelection()
                                     and not self._readonly())
        is_pdf = self._is_pdf()
        self.page_button.setVisible(is_pdf)
        self.page_box.setVisible(is_pdf and self.page_button.isChecked())
        source = self._source()
        if source is not None and source.page_count:
            self.page_box.setMaximum(source.page_count)

    def _is_pdf(self) -> bool:
        source = self._source()
        return bool(source and source.page_count and "pdf" in source.media_type)

    def _source(self):
        if self.session is None or self.number is None:
            return None
        row = self.sources.row_of(self.number)
        return self.sources.records[row] if row >= 0 else None

    # --- the text ---------------------------------------------------------------------------
    def _load(self, number: int | None) -> None:
        self.number = number
        self.info.hide()
        if self.session is None or number is None:
            self.text.clear()
            self.map = PositionMap([])
            self.highlights = []
            self.legend.hide()
        else:
            self.map = build_document(self.text.document(),
                                      self.session.project.source_blocks(number))
            # The view's cursor was pushed to the end by the inserted text, and Qt keeps the
            # cursor in view: a source opened scrolled to its last page. Start at the top.
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            self.text.verticalScrollBar().setValue(0)
            self.refresh_highlights()
        self.page_button.setChecked(False)
        self.stack.setCurrentWidget(self.text)
        self._update_controls()

    def refresh_highlights(self) -> None:
        if self.session is None or self.number is None:
            return
        project = self.session.project
        options = project.options()
        colours: dict[int, str] = {}
        filed: dict[int, tuple[str, str]] = {}
        # this source's quotes only, not every argument of the dossier (#15)
        for number, (key, colour, position) in project.quote_filing(self.number).items():
            colours[number] = colour or "#f2c14e"
            filed[number] = (key, position)
        self.highlights = []
        selections = []
        for quote in project.quotes(source=self.number):
            start, end = self.map.to_doc(quote.start), self.map.to_doc(quote.end)
            if start is None or end is None:
                continue
            option, position = filed.get(quote.number, ("", ""))
            self.highlights.append(Highlight(start, end, quote.number, option, position))
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            background = QColor(colours.get(quote.number, "#b0b7c3"))
            background.setAlpha(70)
            fmt.setBackground(background)
            underline = QColor(colours.get(quote.number, "#b0b7c3"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(underline)
            selection.format = fmt
            selections.append(selection)
        self.text.setExtraSelections(selections)
        self._update_legend(options)

    def _update_legend(self, options) -> None:
        """Which colour is which option, named (a colour alone says nothing to everyone: S4's
        red is not "contra"). Only the options quoted in this source, with their counts."""
        counts: dict[str, int] = {}
        loose = 0
        for h in self.highlights:
            if h.option:
                counts[h.option] = counts.get(h.option, 0) + 1
            else:
                loose += 1
        chips = []
        for o in options:
            if o.key in counts:
                chips.append(f"<span style='background:{o.colour or '#f2c14e'}'>&nbsp;&nbsp;&nbsp;"
                             f"</span>&nbsp;<b>{escape(o.key)}</b>&nbsp;{escape(_cut(o.title, 40))} "
                             f"({counts[o.key]})")
        if loose:
            chips.append("<span style='background:#b0b7c3'>&nbsp;&nbsp;&nbsp;</span>&nbsp;"
                         + self.tr("nog bij geen argument (%1)").replace("%1", str(loose)))
        if chips:
            self.legend.setText(self.tr("Citaten in deze bron:") + "&nbsp; "
                                + " &nbsp;·&nbsp; ".join(chips))
            self.legend.setAccessibleName(self.tr("Legende van de markeringen"))
        else:
            self.legend.setText(self.tr("Nog geen citaten in deze bron. Selecteer tekst en kies "
                                        "Citeren (Ctrl+Q)."))
        self.legend.setVisible(self.number is not None)

    def _tip_at(self, pos: int) -> str:
        hits = [h for h in self.highlights if h.doc_start <= pos < h.doc_end]
        if not hits:
            return ""
        h = hits[0]
        head = self.tr("Citaat #%1").replace("%1", str(h.quote))
        if not h.option:
            return head + " — " + self.tr("nog bij geen argument")
        return f"{head} — {h.option}, {labels.label('position', h.position)}"

    def selection_span(self) -> tuple[int, int] | None:
        """The selection as offsets into the source's normalised text."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.map.to_text(cursor.selectionStart())
        end = self.map.to_text(cursor.selectionEnd(), end=True)
        if start is None or end is None or end <= start:
            return None
        return start, end

    def select_text_range(self, start: int, end: int) -> None:
        doc_start, doc_end = self.map.to_doc(start), self.map.to_doc(end)
        if doc_start is None or doc_end is None:
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(doc_start)
        cursor.setPosition(doc_end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        # Show the passage from its start, a third down the view (not just its last line).
        first = QTextCursor(self.text.document())
        first.setPosition(doc_start)
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + self.text.cursorRect(first).top()
                     - self.text.viewport().height() // 3)

    def _readonly(self) -> bool:
        return self.session is not None and self.session.project.readonly

    def _selection_changed(self) -> None:
        self.quote_button.setEnabled(self.text.textCursor().hasSelection() and not self._readonly())

    # --- navigation -------------------------------------------------------------------------
    def show_source(self, number: int, start: int = -1, end: int = -1) -> None:
        row = self.sources.row_of(number)
        if row < 0:
            return
        if number != self.number:
            self.source_box.setCurrentIndex(row)
        if start >= 0 and end > start:
            self.select_text_range(start, end)

    def show_quote(self, number: int) -> None:
        if self.session is None:
            return
        quote = self.session.project.quote(number)
        page_shown = self.page_button.isChecked()
        self.show_source(self.session.project.quote_source_number(quote), quote.start, quote.end)
        self._show_info(number)
        if page_shown:             # the original page stays open and goes to this quote
            if self.page_button.isChecked():
                self._toggle_page(True)
            elif self._is_pdf():
                self.page_button.setChecked(True)
                self._toggle_page(True)

    def _clicked(self, pos: int) -> None:
        hits = [h for h in self.highlights if h.doc_start <= pos < h.doc_end]
        if hits:
            self._show_info(hits[0].quote)
        else:
            self.info.hide()

    def _show_info(self, number: int) -> None:
        assert self.session is not None          # highlights exist only with a session
        project = self.session.project
        quote = project.quote(number)
        lines = []
        for argument in project.arguments():
            if number in argument.quote_numbers:
                lines.append(f"<img src='{_icon_path(argument.position)}' width=14 height=14> "
                             f"<b>{escape(argument.option_key)}</b> "
                             f"{escape(labels.label('position', argument.position))}: "
                             f"{escape(argument.text)}")
        page = self.tr(", p. %1").replace("%1", str(quote.page)) if quote.page else ""
        head = self.tr("Citaat #%1").replace("%1", str(number)) + page
        if not lines:
            lines.append(self.tr("<i>Nog bij geen argument.</i>"))
        delete = self.tr("Citaat verwijderen")     # outside the f-string: lupdate finds it
        self.info.setText(f"<b>{escape(head)}</b> — “{escape(shorten(quote.exact, 200))}”<br>"
                          + "<br>".join(lines)
                          + f"<br><a href='delete:{number}'>{escape(delete)}</a>")
        self.info.show()
        self.current_quote = number

    def _link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "delete" and self.session is not None:
            self.session.run("quote.delete", self.session.project.delete_quote, int(value))
            self.info.hide()

    # --- quoting ------------------------------------------------------------------------------
    def ask_quote(self, passage: str) -> dict | None:
        """Ask option, position and argument (tests replace this)."""
        assert self.session is not None          # quote_selection checked it
        dialog = QuoteDialog(self.session.project, passage, self, self.last_option,
                             self.last_position)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def offer_option(self) -> bool:
        """A quote is filed under an option: with none yet, say so and offer to add one.
        True when the dossier has an option afterwards."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Citeren"),
                          self.tr("Een citaat hoort bij een optie, en dit dossier heeft nog "
                                  "geen opties."), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("no_options_box")
        box.setInformativeText(self.tr("Voeg eerst de opties van de consultatie toe (bv. de "
                                       "scenario's uit het groenboek). Uw selectie blijft staan."))
        add = box.addButton(self.tr("&Optie toevoegen..."), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(add)
        if self.run_box(box) is not add:
            return False
        window = self.window()
        adder = getattr(window, "add_option", None)
        if adder is not None:
            adder()
        return bool(self.session is not None and self.session.project.options())

    @staticmethod
    def run_box(box: QMessageBox):
        """Show ``box`` modally and return the button clicked (tests replace this)."""
        box.exec()
        return box.clickedButton()

    def make_quote(self) -> bool:
        """Quote the selection for an option: one undo step. True when a quote was made."""
        if self.session is None or self.number is None or self._readonly():
            return False
        span = self.selection_span()
        if span is None:
            cast(QMainWindow, self.window()).statusBar().showMessage(
                self.tr("Selecteer eerst de tekst om te citeren."), 4000)
            return False
        if not self.session.project.options() and not self.offer_option():
            return False
        text = self.session.project.source_text(self.number)
        span = whole_words(text, *span)
        passage = text[span[0]:span[1]]
        values = self.ask_quote(passage)
        if not values or not values.get("option"):
            return False
        self.last_option, self.last_position = values["option"], values["position"]
        result = self.session.run(
            "quote.add", self.session.project.quote_for_option, self.number,
            start=span[0], end=span[1], option=values["option"], position=values["position"],
            argument=values.get("argument"), new_argument=values.get("new_argument"))
        if result is None:
            return False
        self._show_info(result[0].number)
        self.quoted.emit(values["option"])
        return True

    # --- the original page (PDF) --------------------------------------------------------------
    def _toggle_page(self, on: bool) -> None:
        self._update_controls()
        if not on:
            self.stack.setCurrentWidget(self.text)
            return
        assert self.session is not None and self.number is not None   # the toggle needs a source
        passage = self._passage()
        offset = passage[0] if passage is not None else 0
        page = self.session.project.page_of(self.number, offset) or 1
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)
        self._render_page(page)
        self.stack.setCurrentWidget(self.page_view)

    def _passage(self) -> tuple[int, int, str] | None:
        """(start, end, text) of what the page should mark: the selected text (a quote shown
        is selected), else the quote last shown."""
        session = self.session
        if session is None:
            return None
        cursor = self.text.textCursor()
        if cursor.hasSelection():
            start = self.map.to_text(cursor.selectionStart())
            end = self.map.to_text(cursor.selectionEnd(), end=True)
            if start is not None and end is not None and end > start:
                text = cursor.selectedText().replace("\u2029", " ").replace("\u2028", " ")
                if self.current_quote is not None:
                    quote = session.project.quote(self.current_quote)
                    if (quote.start, quote.end) == (start, end):
                        text = quote.exact
                return start, end, text
        if self.current_quote is not None:
            quote = session.project.quote(self.current_quote)
            if session.project.quote_source_number(quote) == self.number:
                return quote.start, quote.end, quote.exact
        return None

    def _render_page(self, page: int) -> None:
        if self.session is None or self.number is None or not self.page_button.isChecked():
            return
        project = self.session.project
        mark = None
        passage = self._passage()
        if passage is not None:
            start, end, text = passage
            first = project.page_of(self.number, start) or page
            last = project.page_of(self.number, max(start, end - 1)) or first
            if first <= page <= last:
                mark = Passage(text, continued=page > first, continues=page < last)
        self.page_view.show_page(project.source_file(self.number), page, mark)

def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` widened to whole words and stripped of surrounding spaces: a hurried
    drag that begins or ends inside a word ("RIO vindt ... op") quotes the whole words."""
    while start > 0 and start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, cut at a word with "…" (never silently)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,:;") + "…"


def _icon_path(position: str) -> str:
    from workbench.resources import resource_path

    return str(resource_path("icons", f"{labels.POSITION_ICONS.get(position, 'argument')}.svg"))

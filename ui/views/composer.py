"""The communication composer: the sections of the mededeling, each shown as the reader sees it.

The editor shows formatted text (headings, bold, italics, lists, quotes) and each live reference
as a chip with a readable label ("citaat 12 — VARIO, p. 3"); the dossier keeps Markdown with
[[quote:12]], [[argument:5]], [[overview:S3]], [[matrix]], [[advisors]] tokens that the export
resolves (``ui.views.markdown_document`` converts both ways). A reference is inserted through a
picker and refused when its target does not exist; a stored one that points nowhere is drawn red
with a "⚠" and listed under the text. Typing is committed to the dossier through the session
(one undo step) after 800 ms without typing, when the editor loses focus, when another section
is chosen, and before undo, export or drafting (``commit_pending``).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.reference_picker import PickItem, ReferencePicker, argument_items, quote_items
from ui.icons import icon
from ui.models.base import KEY_ROLE, RecordListModel
from ui.session import Session
from ui.views.composer_edit import BodyEdit, reference
from ui.views.composer_format import Formatting
from ui.views.fitting_toolbar import FittingToolBar
from ui.views.markdown_document import (
    CHIP_TYPE,
    LABEL,
    OBJECT,
    PROBLEM,
    TOKEN,
    chip_format,
    load_markdown,
    to_markdown,
)
from ui.views.reference_chips import ReferenceLabels, reference_of
from workbench.export.markdown_refs import BLOCK_KINDS, Reference

IDLE_MS = 800
# Composer keys: active while the composer has the focus, none of them bound window-wide
# (Ctrl+I is Importeren, Ctrl+H the change history, Ctrl+Q Citeren).
SHORTCUTS = {"bold": "Ctrl+B", "italic": "Ctrl+Shift+I", "bullets": "Ctrl+Shift+L",
             "heading": "Ctrl+Shift+H", "insert_quote": "Ctrl+Shift+C",
             "insert_argument": "Ctrl+Shift+A", "insert_overview": "Ctrl+Shift+O"}


class Composer(Formatting, QWidget):
    """Sections on the left, the selected section's title and text on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.session: Session | None = None
        self.section_id: int | None = None
        self.dirty = False
        self._loading = False
        self._markdown: tuple[int, str] = (-1, "")    # (document revision, its Markdown)
        self._broken: list[int] | None = None          # sections with a broken reference
        self._pick_items: dict[str, list[PickItem]] = {}  # the pickers' lists, per kind
        self._pick_waiting: dict[str, list[ReferencePicker]] = {}   # for a list being made
        # What the other views have selected (the workspace sets these providers).
        self.selected_quote: Callable[[], int | None] = lambda: None
        self.selected_argument: Callable[[], int | None] = lambda: None
        self.sections = RecordListModel(lambda p: p.sections(), self._section_label,
                                        lambda s: s.id, self)
        self.sections.modelReset.connect(self._sections_reset)
        self.list = QListView(self)
        self.list.setObjectName("composer_sections")
        self.list.setModel(self.sections)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(130)
        self.list.setMaximumWidth(320)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_MS)
        self.timer.timeout.connect(self.commit_pending)
        self.title = QLineEdit(self)
        self.title.setObjectName("composer_title")
        self.title.editingFinished.connect(self._commit_title)
        self.labels = ReferenceLabels(None, self)
        self.body = BodyEdit(self.commit_pending, self)
        self.body.setObjectName("composer_body")
        self.body.setTabChangesFocus(True)
        self.body.describe = self.labels.describe
        self.body.on_chip_activated = self.show_reference
        self.body.textChanged.connect(self._typed)
        self.body.cursorPositionChanged.connect(self._update_format_buttons)
        self.broken = QLabel(self)
        self.broken.setObjectName("composer_broken")
        self.broken.setWordWrap(True)
        self.broken.setStyleSheet("#composer_broken { color: #c62828; background: #fdecea; "
                                  "padding: 4px; border-radius: 4px; }")
        self.broken.hide()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.buttons: dict[str, QToolButton] = {}
        self.actions_by_name: dict[str, QAction] = {}
        self._layout()
        self._shortcuts()
        self.retranslate()
        self._update_controls()

    # --- construction ---------------------------------------------------------------------
    def _button(self, name: str, slot, icon_name: str = "", text: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"composer_{name}")
        if icon_name:
            button.setIcon(icon(icon_name))
        if text:
            button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        self.buttons[name] = button
        return button

    def _layout(self) -> None:
        left = QWidget(self)
        list_bar = QHBoxLayout()
        list_bar.setContentsMargins(0, 0, 0, 0)
        self.sections_label = QLabel(left)
        self.sections_label.setStyleSheet("font-weight: 600;")
        list_bar.addWidget(self.sections_label, 1)
        list_bar.addWidget(self._button("add", self.add_section, "add"))
        list_bar.addWidget(self._button("up", lambda: self.move_section(-1), text="↑"))
        list_bar.addWidget(self._button("down", lambda: self.move_section(1), text="↓"))
        list_bar.addWidget(self._button("delete", self.delete_section, "delete"))
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(6, 6, 0, 6)
        left_box.addLayout(list_bar)
        left_box.addWidget(self.list, 1)
        self.draft_button = self._button("draft", self.draft_from_evidence, "suggestion")
        self.draft_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.draft_button.setAutoRaise(False)
        left_box.addWidget(self.draft_button)

        right = QWidget(self)
        # A tool bar, not a row of buttons: the insert buttons show their icons alone when
        # the words do not fit, and what does not fit even so goes into a » menu.
        format_bar = self.format_bar = FittingToolBar(right)
        format_bar.setObjectName("composer_toolbar")
        format_bar.setIconSize(QSize(16, 16))
        bold = self._button("bold", self.toggle_bold, text="B")
        bold_font = QFont(bold.font())
        bold_font.setBold(True)
        bold.setFont(bold_font)
        italic = self._button("italic", self.toggle_italic, text="I")
        italic_font = QFont(italic.font())
        italic_font.setItalic(True)
        italic.setFont(italic_font)
        bullets = self._button("bullets", self.toggle_bullets, text="•≡")
        heading = self._button("heading", self.toggle_heading, text="Kop")
        heading_font = QFont(heading.font())
        heading_font.setBold(True)
        heading.setFont(heading_font)
        for button in (bold, italic, heading):
            button.setCheckable(True)
        for button in (bold, italic, bullets, heading):
            format_bar.addWidget(button)
        format_bar.addSeparator()
        self.insert_label = QLabel(right)
        self.insert_label.setContentsMargins(4, 0, 2, 0)
        format_bar.addWidget(self.insert_label)
        for name, slot, icon_name in (
            ("insert_quote", self.insert_quote, "quote"),
            ("insert_argument", self.insert_argument, "argument"),
            ("insert_overview", self.insert_overview, "option"),
            ("insert_matrix", lambda: self.insert_reference("matrix"), "matrix"),
            ("insert_advisors", lambda: self.insert_reference("advisors"), "advisor"),
        ):
            format_bar.add_compactable(self._button(name, slot, icon_name))
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 6, 6, 6)
        self.title_label = QLabel(right)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.title, 1)
        right_box.addLayout(title_row)
        right_box.addWidget(format_bar)
        right_box.addWidget(self.body, 1)
        right_box.addWidget(self.broken)
        right_box.addWidget(self.hint)

        splitter = self.splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([250, 700])
        splitter.splitterMoved.connect(self._list_sized_by_hand)
        self._list_width_by_hand = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _list_sized_by_hand(self) -> None:
        self._list_width_by_hand = True

    def resizeEvent(self, event) -> None:
        """The text gets the room: the section list takes a quarter of the composer, between
        its minimum and 250 px, until the officer drags the divider (#14: at 1024 px the text
        column was 180 px wide beside a 245 px list)."""
        super().resizeEvent(event)
        if not self._list_width_by_hand:
            width = event.size().width()
            listed = max(self.list.minimumWidth() + 6, min(250, width // 4))
            self.splitter.setSizes([listed, max(width - listed, 1)])

    def _shortcuts(self) -> None:
        """One action per composer key, live while the focus is inside the composer."""
        for name, key in SHORTCUTS.items():
            action = QAction(self)
            action.setObjectName(f"composer_key_{name}")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(self.buttons[name].click)
            self.addAction(action)
            self.actions_by_name[name] = action

    def retranslate(self) -> None:
        tips = {
            "add": self.tr("Sectie toevoegen"),
            "up": self.tr("Sectie omhoog"),
            "down": self.tr("Sectie omlaag"),
            "delete": self.tr("Sectie verwijderen"),
            "bold": self.tr("Vet"),
            "italic": self.tr("Cursief"),
            "bullets": self.tr("Opsomming aan of uit"),
            "heading": self.tr("Tussentitel aan of uit"),
            "insert_quote": self.tr("Een citaat kiezen (zoeken, met voorbeeld) en invoegen"),
            "insert_argument": self.tr("Een argument kiezen (zoeken, met voorbeeld) en "
                                       "invoegen"),
            "insert_overview": self.tr("Het pro-contra-overzicht van een optie invoegen "
                                       "(wordt bij de export ingevuld)"),
            "insert_matrix": self.tr("De standpuntenmatrix invoegen (wordt bij de export "
                                     "ingevuld)"),
            "insert_advisors": self.tr("De lijst van adviesinstanties invoegen (wordt bij de "
                                       "export ingevuld)"),
            "draft": self.tr("Lege secties invullen met een eerste versie uit de argumenten en "
                             "standpunten; bestaande tekst blijft"),
        }
        names = {
            "bold": self.tr("Vet"),
            "italic": self.tr("Cursief"),
            "bullets": self.tr("Opsomming"),
            "heading": self.tr("Tussentitel"),
            "insert_quote": self.tr("Citaat invoegen"),
            "insert_argument": self.tr("Argument invoegen"),
            "insert_overview": self.tr("Overzicht van optie invoegen"),
            "insert_matrix": self.tr("Standpuntenmatrix invoegen"),
            "insert_advisors": self.tr("Adviseurs invoegen"),
            "draft": self.tr("Ontwerp uit bewijs"),
        }
        texts = {                          # short: they follow "Invoegen:" on the tool bar
            "heading": self.tr("Kop"),      # was set once, in Dutch, and stayed in English
            "insert_quote": self.tr("Citaat"),
            "insert_argument": self.tr("Argument"),
            "insert_overview": self.tr("Overzicht"),       # fits at 1600 px with both docks
            "insert_matrix": self.tr("Matrix"),
            "insert_advisors": self.tr("Adviseurs"),
            "draft": self.tr("Ontwerp uit bewijs"),
        }
        for name, tip in tips.items():
            key = SHORTCUTS.get(name)
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) \
                if key else ""
            self.buttons[name].setToolTip(f"{tip} ({shown})" if shown else tip)
            self.buttons[name].setAccessibleName(names.get(name, tip))
            self.buttons[name].setAccessibleDescription(f"{tip} ({shown})" if shown else tip)
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.insert_label.setText(self.tr("Invoegen:"))
        self.format_bar.fit()                  # the words' widths differ per language
        self.sections_label.setText(self.tr("Secties"))
        self.list.setAccessibleName(self.tr("Secties"))
        self.title_label.setText(self.tr("Titel:"))
        self.title.setAccessibleName(self.tr("Titel van de sectie"))
        self.body.setAccessibleName(self.tr("Tekst van de sectie"))
        self.body.setAccessibleDescription(self.tr(
            "Opgemaakte tekst; verwijzingen naar citaten, argumenten en overzichten staan als "
            "labels in de tekst en worden bij de export ingevuld"))
        self.body.setPlaceholderText(self.tr(
            "Schrijf hier de tekst van de sectie. Met de knoppen erboven maakt u tekst vet of "
            "cursief, maakt u een opsomming of tussentitel en voegt u een citaat, argument of "
            "overzicht in; die worden bij de export ingevuld."))
        self._update_hint()
        if getattr(self, "labels", None) is not None:     # a language switch: the chips' words
            self.refresh_chips()
            self._update_broken()

    # --- session --------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.commit_pending()
            self.session.changed.disconnect(self._on_change)
            self.session.reloaded.disconnect(self._on_change)
        self.session = session
        self._broken = None
        self._pick_items.clear()
        self.labels.project = session.project if session is not None else None
        self.section_id = None
        self.dirty = False
        self.timer.stop()
        if session is not None:
            session.changed.connect(self._on_change)
            session.reloaded.connect(self._on_change)
        self.sections.set_session(session)
        self._update_controls()

    def _on_change(self, _label: str = "") -> None:
        self._broken = None
        self._pick_items.clear()
        self.refresh_chips()
        self._update_broken()

    @staticmethod
    def _section_label(section) -> str:
        return f"{section.seq}. {section.title}"

    def _readonly(self) -> bool:
        return self.session is None or self.session.project.readonly

    def _sections_reset(self) -> None:
        row = self.sections.row_of(self.section_id)
        if row < 0 and self.sections.rowCount():
            row = 0
        self.list.selectionModel().blockSignals(True)
        self.list.setCurrentIndex(self.sections.index(row, 0) if row >= 0 else QModelIndex())
        self.list.selectionModel().blockSignals(False)
        self._load(self.sections.index(row, 0).data(KEY_ROLE) if row >= 0 else None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.commit_pending()
        self._load(current.data(KEY_ROLE) if current.isValid() else None)

    def current_section(self):
        row = self.sections.row_of(self.section_id)
        return self.sections.records[row] if row >= 0 else None

    def _load(self, section_id: int | None) -> None:
        """Show the section's stored title and text (unless the user is typing in it)."""
        same = section_id == self.section_id
        self.section_id = section_id
        section = self.current_section()
        if same and self.dirty:
            self._update_controls()
            return
        self._loading = True
        try:
            title = section.title if section is not None else ""
            if self.title.text() != title:
                self.title.setText(title)
            body = section.body if section is not None else ""
            if not same or self.markdown() != body:
                position = self.body.textCursor().position() if same else 0
                load_markdown(self.body.document(), body, self.labels.describe)
                self.body.document().clearUndoRedoStacks()
                self._markdown = (self.body.document().revision(), body)
                cursor = self.body.textCursor()
                cursor.setPosition(min(position, self.body.document().characterCount() - 1))
                self.body.setTextCursor(cursor)
        finally:
            self._loading = False
        self.dirty = False
        self._update_controls()

    def _update_controls(self) -> None:
        has_section = self.current_section() is not None
        editable = has_section and not self._readonly()
        self.title.setEnabled(has_section)
        self.title.setReadOnly(not editable)
        self.body.setEnabled(has_section)
        self.body.setReadOnly(not editable)
        for name in ("bold", "italic", "bullets", "heading", "insert_quote", "insert_argument",
                     "insert_overview", "insert_matrix", "insert_advisors", "delete", "up", "down"):
            self.buttons[name].setEnabled(editable)
        self.buttons["add"].setEnabled(self.session is not None and not self._readonly())
        self.draft_button.setEnabled(self.session is not None and not self._readonly())
        self._update_broken()
        self._update_hint()

    def _update_hint(self) -> None:
        if self.session is not None and not self.sections.rowCount():
            self.hint.setText(self.tr("Nog geen secties. Kies „Ontwerp uit bewijs” voor de "
                                      "standaardindeling met een eerste versie van de tekst, of "
                                      "voeg zelf een sectie toe met +."))
            self.hint.show()
        else:
            self.hint.hide()

    def _update_broken(self) -> None:
        """List the broken chips of this section and count those of the other sections."""
        if self.session is None:
            self.broken.hide()
            return
        here = [(fmt.stringProperty(LABEL), fmt.stringProperty(PROBLEM))
                for _position, fmt in self.chip_formats() if fmt.stringProperty(PROBLEM)]
        if self._broken is None:             # once per change of the dossier
            self._broken = [section_id for section_id, _m
                            in self.session.project.broken_references()]
        elsewhere = sum(1 for section_id in self._broken if section_id != self.section_id)
        if not here and not elsewhere:
            self.broken.hide()
            return
        lines = []
        if here:
            lines.append(self.tr("Verwijzingen in deze sectie die nergens naar wijzen "
                                 "(rood gemarkeerd in de tekst):"))
            lines += [f"• {label.removeprefix('⚠ ')}: {problem}" for label, problem in here[:6]]
        if elsewhere == 1:
            lines.append(self.tr("Een andere sectie bevat nog 1 verwijzing die nergens naar "
                                 "wijst."))
        elif elsewhere:
            lines.append(self.tr("Andere secties bevatten nog %1 verwijzingen die nergens "
                                 "naar wijzen.").replace("%1", str(elsewhere)))
        self.broken.setText("\n".join(lines))
        self.broken.show()

    # --- chips ----------------------------------------------------------------------------
    def chip_formats(self) -> list[tuple[int, QTextCharFormat]]:
        """(position, format) of every chip in the text, in order."""
        found = []
        block = self.body.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                iterator += 1
                fmt = fragment.charFormat()
                if fragment.isValid() and fmt.objectType() == CHIP_TYPE:
                    found += [(fragment.position() + i, fmt) for i in range(fragment.length())]
            block = block.next()
        return found

    def chips(self) -> list[tuple[str, str, str]]:
        """(reference, label, problem) of every chip, in reading order."""
        return [(fmt.stringProperty(TOKEN), fmt.stringProperty(LABEL), fmt.stringProperty(PROBLEM))
                for _p, fmt in self.chip_formats()]

    def refresh_chips(self) -> None:
        """Relabel the chips after a change elsewhere (a quote deleted, an option renamed)."""
        self._loading = True
        try:
            for position, fmt in self.chip_formats():
                token = fmt.stringProperty(TOKEN)
                alone = self.body.document().findBlock(position).length() == 2
                label, problem = self.labels.describe(_standalone(token, alone))
                if (label, problem) == (fmt.stringProperty(LABEL), fmt.stringProperty(PROBLEM)):
                    continue
                cursor = QTextCursor(self.body.document())
                cursor.setPosition(position)
                cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(chip_format(token, label, problem, fmt))
        finally:
            self._loading = False

    # --- committing -----------------------------------------------------------------------
    def _typed(self) -> None:
        if self._loading or self.section_id is None or self._readonly():
            return
        self.dirty = True
        self.timer.start()

    def commit_pending(self) -> None:
        """Store the typed text as one undo step, if it differs from the stored text."""
        self.timer.stop()
        if not self.dirty or self.session is None:
            return
        if self.session.busy:             # a background task holds the dossier: try later
            self.timer.start()
            return
        self.dirty = False
        section = self.current_section()
        body = self.markdown()
        if section is None or section.body == body:
            return
        self.session.run("section.edit", self.session.project.update_section, section.id,
                         body=body)

    def _commit_title(self) -> None:
        section = self.current_section()
        title = self.title.text().strip()
        if self.session is None or section is None or self._readonly() or title == section.title:
            return
        if not title:
            self.title.setText(section.title)
            return
        self.commit_pending()
        self.session.run("section.rename", self.session.project.update_section, section.id,
                         title=title)

    # --- sections -------------------------------------------------------------------------
    def add_section(self) -> None:
        if self.session is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Sectie toevoegen"), self.tr("Titel:"))
        if ok and title.strip():
            self.commit_pending()
            row = self.sections.row_of(self.section_id)
            index = row + 1 if row >= 0 else None
            section = self.session.run("section.add", self.session.project.add_section,
                                       title.strip(), "", index)
            if section is not None:
                self.select_section(section.id)

    def select_section(self, section_id: int) -> None:
        row = self.sections.row_of(section_id)
        if row >= 0:
            self.list.setCurrentIndex(self.sections.index(row, 0))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_section(self) -> None:
        section = self.current_section()
        if self.session is None or section is None:
            return
        if self.confirm(self.tr("Sectie verwijderen"),
                        self.tr("Sectie „%1” met haar tekst verwijderen? U kunt dit ongedaan "
                                "maken.").replace("%1", section.title)):
            self.dirty = False
            self.timer.stop()
            self.session.run("section.delete", self.session.project.delete_section, section.id)

    def move_section(self, step: int) -> None:
        row = self.sections.row_of(self.section_id)
        if self.session is None or row < 0:
            return
        target = row + step
        if 0 <= target < self.sections.rowCount():
            self.commit_pending()
            self.session.run("section.move", self.session.project.move_section,
                             self.section_id, target)

    def draft_from_evidence(self) -> None:
        if self.session is None:
            return
        self.commit_pending()
        before = self.session.stack.count()
        self.session.run("section.draft", self.session.project.draft_from_evidence)
        if self.session.stack.count() == before:
            QMessageBox.information(self, self.tr("Ontwerp uit bewijs"), self.tr(
                "Alle secties hebben al tekst. Het ontwerp vult alleen lege secties; maak een "
                "sectie leeg om ze opnieuw te laten opstellen."))
        elif self.section_id is None and self.sections.rowCount():
            self.list.setCurrentIndex(self.sections.index(0, 0))

    # --- editing ---------------------------------------------------------------------------
    def markdown(self) -> str:
        """The text as the dossier stores it. Until the document changes after loading, that
        is the stored text itself (so a text not written the canonical way is kept as is)."""
        revision = self.body.document().revision()
        if self._markdown[0] != revision:
            self._markdown = (revision, to_markdown(self.body.document()))
        return self._markdown[1]

    def warn(self, title: str, text: str) -> None:
        """Tell the user why something was refused (tests replace this)."""
        QMessageBox.warning(self, title, text)

    def insert_reference(self, kind: str, target: str = "") -> bool:
        """Insert a chip for ``[[kind:target]]``; refused, with the reason, when it points
        nowhere. Generated blocks (overview, matrix, advisors) get a paragraph of their own."""
        if not self._editable():
            return False
        standalone = kind in BLOCK_KINDS
        ref = reference_of(kind, target)
        label, problem = self.labels.describe(Reference(ref.kind, ref.target, ref.raw, 1,
                                                        standalone))
        if problem:
            self.warn(self.tr("Verwijzing niet ingevoegd"), problem)
            return False
        cursor = self.body.textCursor()
        cursor.beginEditBlock()
        if standalone:
            if cursor.block().length() > 1:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            else:
                cursor.setBlockFormat(QTextBlockFormat())
        cursor.insertText(OBJECT, chip_format(ref.raw, label, problem))
        if standalone and not cursor.atEnd():
            cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        elif standalone:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.endEditBlock()
        self.body.setTextCursor(cursor)
        self.body.setCurrentCharFormat(QTextCharFormat())
        self.body.setFocus()
        return True

    def pick(self, kind: str, current: int | None) -> int | None:
        """Let the user choose a quote or argument (tests replace this). The list is gathered
        off the GUI thread (50,000 quotes take seconds) and kept until the dossier changes."""
        if self.session is None:
            return None
        cached = self._pick_items.get(kind)
        dialog = ReferencePicker(kind, cached, current, self)
        try:
            if cached is None:
                self._gather(kind, dialog)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.chosen if accepted else None
        finally:
            dialog.deleteLater()

    def _gather(self, kind: str, dialog: ReferencePicker) -> None:
        session = self.session
        assert session is not None
        project = session.project
        build = quote_items if kind == "quote" else argument_items
        tasks = _tasks_of(self)
        if tasks is None:                       # a composer outside the main window (tests)
            self._pick_items[kind] = build(project)
            dialog.set_items(self._pick_items[kind])
            return
        waiting = self._pick_waiting.setdefault(kind, [])
        waiting.append(dialog)
        if len(waiting) > 1:                    # already being gathered for an earlier one
            return

        def work(_task) -> list:
            with project.worker() as own:
                return build(own)

        def done(items: list) -> None:
            if self.session is session:
                self._pick_items[kind] = items
            for each in self._pick_waiting.pop(kind, []):
                if shiboken6.isValid(each):
                    each.set_items(items)

        def failed(error: BaseException) -> None:
            for each in self._pick_waiting.pop(kind, []):
                if shiboken6.isValid(each):
                    each.set_items([])
                    each.status.setText(self.tr("De lijst kon niet geladen worden: %1")
                                        .replace("%1", str(error)))

        tasks.run(f"pick_{kind}", work, done, failed)

    def insert_quote(self) -> None:
        number = self.pick("quote", self.selected_quote())
        if number is not None:
            self.insert_reference("quote", str(number))

    def insert_argument(self) -> None:
        number = self.pick("argument", self.selected_argument())
        if number is not None:
            self.insert_reference("argument", str(number))

    def show_reference(self, token: str) -> None:
        """Show what a chip refers to: a quote in the reader, an option's board."""
        ref = reference(token)
        if self.session is None or self.labels.describe(ref)[1]:
            return
        project = self.session.project
        if ref.kind == "quote":
            self.session.show_quote.emit(int(ref.target))
        elif ref.kind == "argument":
            self.session.show_option.emit(project.argument(int(ref.target)).option_key)
        elif ref.kind == "overview":
            self.session.show_option.emit(ref.target.rsplit("/", 1)[-1])

    def insert_overview(self) -> None:
        if self.session is None or not self._editable():
            return
        menu = QMenu(self)
        menu.setObjectName("composer_overview_menu")
        for option in self.session.project.options():
            menu.addAction(icon("option"), f"{option.key}  {option.title}",
                           lambda k=option.key: self.insert_reference("overview", k))
        button = self.buttons["insert_overview"]
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))


def _tasks_of(widget: QWidget):
    """The main window's task runner, or None outside one."""
    window = widget.window()
    return getattr(window, "tasks", None)


def _standalone(token: str, alone: bool) -> Reference:
    return reference(token, alone)

"""The communication composer: the sections of the mededeling and the Markdown text of each.

The text is plain Markdown with live references ([[quote:12]], [[argument:5]], [[overview:S3]],
[[matrix]], [[advisors]]) that the export resolves. Typing is committed to the dossier through
the session (one undo step) after 800 ms without typing, when the editor loses focus, when
another section is chosen, and before undo, export or drafting (``commit_pending``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.messages import render
from ui.models.base import KEY_ROLE, RecordListModel
from ui.session import Session

IDLE_MS = 800


class BodyEdit(QPlainTextEdit):
    """The Markdown editor; tells the composer when it loses focus (to commit)."""

    def __init__(self, on_focus_out: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_focus_out = on_focus_out

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._on_focus_out()


class Composer(QWidget):
    """Sections on the left, the selected section's title and text on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.session: Session | None = None
        self.section_id: int | None = None
        self.dirty = False
        self._loading = False
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
        self.list.setMinimumWidth(170)
        self.list.setMaximumWidth(320)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_MS)
        self.timer.timeout.connect(self.commit_pending)
        self.title = QLineEdit(self)
        self.title.setObjectName("composer_title")
        self.title.editingFinished.connect(self._commit_title)
        self.body = BodyEdit(self.commit_pending, self)
        self.body.setObjectName("composer_body")
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._typed)
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
        self._layout()
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
        # A tool bar, not a row of buttons: it folds what does not fit into a » menu.
        format_bar = QToolBar(right)
        format_bar.setObjectName("composer_toolbar")
        format_bar.setIconSize(QSize(16, 16))
        bold = self._button("bold", lambda: self.wrap("**"), text="B")
        bold_font = QFont(bold.font())
        bold_font.setBold(True)
        bold.setFont(bold_font)
        italic = self._button("italic", lambda: self.wrap("*"), text="I")
        italic_font = QFont(italic.font())
        italic_font.setItalic(True)
        italic.setFont(italic_font)
        bullets = self._button("bullets", self.toggle_bullets, text="•≡")
        for button in (bold, italic, bullets):
            format_bar.addWidget(button)
        format_bar.addSeparator()
        self.insert_label = QLabel(right)
        self.insert_label.setContentsMargins(4, 0, 2, 0)
        format_bar.addWidget(self.insert_label)
        for name, slot, icon_name in (
            ("insert_quote", self.insert_quote, "quote"),
            ("insert_argument", self.insert_argument, "argument"),
            ("insert_overview", self.insert_overview, "option"),
            ("insert_matrix", lambda: self.insert("[[matrix]]"), "matrix"),
            ("insert_advisors", lambda: self.insert("[[advisors]]"), "advisor"),
        ):
            button = self._button(name, slot, icon_name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            format_bar.addWidget(button)
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

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([250, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        tips = {
            "add": self.tr("Sectie toevoegen"),
            "up": self.tr("Sectie omhoog"),
            "down": self.tr("Sectie omlaag"),
            "delete": self.tr("Sectie verwijderen"),
            "bold": self.tr("Vet (**tekst**)"),
            "italic": self.tr("Cursief (*tekst*)"),
            "bullets": self.tr("Opsomming (- aan het begin van elke regel)"),
            "insert_quote": self.tr("Het geselecteerde citaat invoegen, of een nummer opgeven"),
            "insert_argument": self.tr("Het geselecteerde argument invoegen, of een nummer "
                                       "opgeven"),
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
            "insert_quote": self.tr("Citaat invoegen"),
            "insert_argument": self.tr("Argument invoegen"),
            "insert_overview": self.tr("Overzicht van optie invoegen"),
            "insert_matrix": self.tr("Standpuntenmatrix invoegen"),
            "insert_advisors": self.tr("Adviseurs invoegen"),
            "draft": self.tr("Ontwerp uit bewijs"),
        }
        texts = {                          # short: they follow "Invoegen:" on the tool bar
            "insert_quote": self.tr("Citaat"),
            "insert_argument": self.tr("Argument"),
            "insert_overview": self.tr("Overzicht"),       # fits at 1600 px with both docks
            "insert_matrix": self.tr("Matrix"),
            "insert_advisors": self.tr("Adviseurs"),
            "draft": self.tr("Ontwerp uit bewijs"),
        }
        for name, tip in tips.items():
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(names.get(name, tip))
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.insert_label.setText(self.tr("Invoegen:"))
        self.sections_label.setText(self.tr("Secties"))
        self.list.setAccessibleName(self.tr("Secties"))
        self.title_label.setText(self.tr("Titel:"))
        self.title.setAccessibleName(self.tr("Titel van de sectie"))
        self.body.setAccessibleName(self.tr("Tekst van de sectie (Markdown)"))
        self.body.setPlaceholderText(self.tr(
            "Schrijf hier de tekst van de sectie. Markdown: **vet**, *cursief*, - opsomming. "
            "Verwijzingen zoals [[quote:12]] of [[overview:S3]] worden bij de export ingevuld."))
        self._update_hint()

    # --- session --------------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.commit_pending()
            self.session.changed.disconnect(self._on_change)
            self.session.reloaded.disconnect(self._on_change)
        self.session = session
        self.section_id = None
        self.dirty = False
        self.timer.stop()
        if session is not None:
            session.changed.connect(self._on_change)
            session.reloaded.connect(self._on_change)
        self.sections.set_session(session)
        self._update_controls()

    def _on_change(self, _label: str = "") -> None:
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
            if self.body.toPlainText() != body:
                position = self.body.textCursor().position() if same else 0
                self.body.setPlainText(body)
                cursor = self.body.textCursor()
                cursor.setPosition(min(position, len(body)))
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
        for name in ("bold", "italic", "bullets", "insert_quote", "insert_argument",
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
        if self.session is None:
            self.broken.hide()
            return
        problems = self.session.project.broken_references()
        if not problems:
            self.broken.hide()
            return
        here = [message for section_id, message in problems if section_id == self.section_id]
        lines = [self.tr("Verwijzingen die nergens naar wijzen (%1 in het hele document):")
                 .replace("%1", str(len(problems)))]
        lines += [f"• {render(message)}" for message in (here or [m for _s, m in problems])[:6]]
        self.broken.setText("\n".join(lines))
        self.broken.show()

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
        body = self.body.toPlainText()
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

    # --- editing helpers ------------------------------------------------------------------
    def insert(self, text: str) -> None:
        if self.body.isReadOnly() or not self.body.isEnabled():
            return
        cursor = self.body.textCursor()
        cursor.insertText(text)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def wrap(self, marker: str) -> None:
        if self.body.isReadOnly():
            return
        cursor = self.body.textCursor()
        selected = cursor.selectedText()
        if selected:
            cursor.insertText(f"{marker}{selected}{marker}")
        else:
            cursor.insertText(marker * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def toggle_bullets(self) -> None:
        if self.body.isReadOnly():
            return
        cursor = self.body.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        cursor.setPosition(start)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        first = cursor.position()
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        lines = cursor.selectedText().split("\u2029")
        if all(line.startswith("- ") for line in lines if line.strip()):
            lines = [line[2:] if line.startswith("- ") else line for line in lines]
        else:
            lines = [line if not line.strip() or line.startswith("- ") else f"- {line}"
                     for line in lines]
        cursor.insertText("\n".join(lines))
        cursor.setPosition(first)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def ask_number(self, title: str, label: str, suggested: int | None) -> int | None:
        """Ask a number (tests replace this)."""
        number, ok = QInputDialog.getInt(self, title, label, suggested or 1, 1, 10**6)
        return number if ok else None

    def insert_quote(self) -> None:
        number = self.selected_quote()
        if number is None:
            number = self.ask_number(self.tr("Citaat invoegen"), self.tr("Nummer van het citaat:"),
                                     None)
        if number is not None:
            self.insert(f"[[quote:{number}]]")

    def insert_argument(self) -> None:
        number = self.selected_argument()
        if number is None:
            number = self.ask_number(self.tr("Argument invoegen"),
                                     self.tr("Nummer van het argument:"), None)
        if number is not None:
            self.insert(f"[[argument:{number}]]")

    def insert_overview(self) -> None:
        if self.session is None:
            return
        menu = QMenu(self)
        for option in self.session.project.options():
            menu.addAction(icon("option"), f"{option.key}  {option.title}",
                           lambda k=option.key: self.insert(f"[[overview:{k}]]"))
        button = self.buttons["insert_overview"]
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

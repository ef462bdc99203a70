"""Full-text search as you type (250 ms pause), with snippets; double-click opens the hit."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ui.icons import icon
from ui.messages import error_text
from ui.models.base import Index
from ui.session import Session
from ui.views.rich_delegate import HTML_ROLE, MUTED, RichTextDelegate
from workbench import WorkbenchError

DEBOUNCE_MS = 250


def snippet_html(snippet: str) -> str:
    """The core marks matches with [ and ]; show them bold."""
    # A text colour of its own: on a selected row the text turns white, unreadable on yellow.
    return escape(snippet).replace(
        "[", "<b style='background:#fff3b0; color:#1f1f1f'>").replace("]", "</b>")


class SearchModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list = []

    def set_hits(self, hits: list) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        who = hit.advisor_key or QCoreApplication.translate("SearchPanel", "achtergronddocument")
        where = f"#{hit.source_number} {who}" + (f" · p. {hit.page}" if hit.page else "")
        if role == HTML_ROLE:
            return (f"<span style='{MUTED}'>{escape(where)}</span><br>"
                    f"{snippet_html(hit.snippet)}")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{where}: {hit.snippet}"
        return None


class SearchPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.session: Session | None = None
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        self.query.textChanged.connect(self.timer.start)
        self.query.returnPressed.connect(self.search)
        self.model = SearchModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self.open_hit)
        self.results.clicked.connect(self.open_hit)          # one click opens the hit
        self.status = QLabel(self)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Zoeken in alle bronnen..."))
        self.query.setAccessibleName(self.tr("Zoekterm"))
        self.query.setAccessibleDescription(self.tr("Woorden om in alle bronnen te zoeken"))
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.results.setAccessibleDescription(self.tr("Eén klik of Enter opent de passage in "
                                                      "de lezer"))
        if getattr(self, "status", None) is not None and self.status.text() and \
                self.model.hits:          # a language switch: the count in the new words
            self._show_count()

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.model.set_hits([])
        self.status.clear()

    def focus(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def search(self) -> None:
        self.timer.stop()
        text = self.query.text().strip()
        if self.session is None or not text:
            self.model.set_hits([])
            self.status.clear()
            return
        try:
            hits = self.session.project.search(text)
        except WorkbenchError as exc:
            self.model.set_hits([])
            self.status.setText(error_text(exc))
            return
        self.model.set_hits(hits)
        self._show_count()

    def _show_count(self) -> None:
        count = len(self.model.hits)
        self.status.setText(self.tr("1 treffer") if count == 1 else
                            self.tr("%1 treffers").replace("%1", str(count)))

    def open_hit(self, index: QModelIndex) -> None:
        if self.session is not None and index.isValid():
            hit = self.model.hits[index.row()]
            self.session.show_source.emit(hit.source_number, hit.start, hit.end)

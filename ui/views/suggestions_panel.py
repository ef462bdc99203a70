"""The suggestions inbox: passages that mention an option but are not quoted for it yet."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.quote_dialog import QuoteDialog
from ui.icons import icon
from ui.models.base import Index, SessionFollower
from ui.session import Session
from ui.views.rich_delegate import HTML_ROLE, FixedHeightRichTextDelegate


def _short(text: str, limit: int = 160) -> str:
    """What fits in four lines of the list; the tooltip has the whole passage."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


class SuggestionModel(SessionFollower, QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        QAbstractListModel.__init__(self, parent)
        self.items: list = []
        self.total = 0
        self.colours: dict[str, str] = {}
        self.refresh_next = True

    BATCH = 200   # rows fetched at a time: a big dossier has tens of thousands

    def reload(self) -> None:
        project = self.session.project if self.session is not None else None
        items, total = [], 0
        if project is not None:
            items = project.suggestions(refresh=self.refresh_next, limit=self.BATCH)
            total = project.suggestion_count()
            self.refresh_next = False
            self.colours = {o.key: o.colour or "#999" for o in project.options()}
        self.beginResetModel()
        self.items, self.total = items, total
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.items) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.session is None or not self.canFetchMore(parent):
            return
        more = self.session.project.suggestions(refresh=False, limit=self.BATCH,
                                                offset=len(self.items))
        if not more:
            self.total = len(self.items)
            return
        first = len(self.items)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.items.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.items[index.row()]
        page = f" · p. {s.page}" if s.page else ""
        if role == HTML_ROLE:
            colour = self.colours.get(s.option_key, "#999")
            return (f"<span style='background:{colour};color:white'>&nbsp;{escape(s.option_key)}"
                    f"&nbsp;</span> <span style='color:#5f6b7a'>#{s.source_number}{page} · "
                    f"“{escape(s.pattern)}”</span><br>{escape(_short(s.passage))}")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{s.option_key} #{s.source_number}: {s.passage}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.passage
        return None


def quote_for_other_option(project, suggestion, option: str, **details):
    """The passage quoted for ``option`` instead of the option whose pattern found it; the
    suggestion is dismissed for its own option (its pattern was wrong here). One undo step."""
    with project.edit(f"Accept suggestion for {option} instead of {suggestion.option_key}",
                      "suggestion", str(suggestion.id)):
        result = project.quote_for_option(suggestion.source_number, option=option,
                                          start=suggestion.start, end=suggestion.end,
                                          origin="suggestion", **details)
        project.dismiss_suggestion(suggestion.id)
    return result


class SuggestionsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_panel")
        self.session: Session | None = None
        self.scan_again = False             # a reload came in while a scan ran
        self.model = SuggestionModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(FixedHeightRichTextDelegate(6, self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(True)   # sizing thousands of rich-text rows froze opening
        self.view.setAlternatingRowColors(True)
        self.view.doubleClicked.connect(self.open_current)
        self.accept_button = QPushButton(icon("quote"), "", self)
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button = QPushButton(icon("delete"), "", self)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.refresh_button = QPushButton(icon("search"), "", self)
        self.refresh_button.clicked.connect(self.refresh)
        self.count = QLabel(self)
        self.model.modelReset.connect(self._update_count)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Aanvaarden..."))
        self.accept_button.setToolTip(self.tr("De passage als citaat bij de optie vastleggen"))
        self.dismiss_button.setText(self.tr("Afwijzen"))
        self.refresh_button.setToolTip(self.tr("Opnieuw zoeken naar suggesties"))
        self.refresh_button.setAccessibleName(self.tr("Suggesties vernieuwen"))
        self.view.setAccessibleName(self.tr("Suggesties"))
        self.view.setAccessibleDescription(self.tr("Passages die een optie noemen en nog niet "
                                                   "geciteerd zijn; dubbelklik opent de passage"))
        self.dismiss_button.setToolTip(self.tr("Deze suggestie niet als citaat gebruiken"))
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 open suggesties (machinaal gevonden, niet nagekeken)")
                           .replace("%1", str(self.model.total)))

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.reloaded.disconnect(self.scan_in_background)
        self.session = session
        # The first scan of a big dossier reads every paragraph (seconds to a minute): it runs
        # in the background, and the list shows what earlier scans found meanwhile (#15).
        background = (session is not None and not session.project.readonly
                      and getattr(self.window(), "tasks", None) is not None)
        self.model.refresh_next = not background
        self.model.set_session(session)
        if session is not None:
            # After an import (or any edit through another connection) new sources may
            # mention the options: look for them without being asked.
            session.reloaded.connect(self.scan_in_background)
            if background:
                self.scan_in_background()

    def refresh(self) -> None:
        if not self.scan_in_background():
            self.model.refresh_next = True
            self.model.reload()

    def scan_in_background(self) -> bool:
        """Scan the sources not scanned yet off the GUI thread, then show the new suggestions.
        False when no scan was started (no dossier, read-only, no task runner)."""
        session = self.session
        tasks = getattr(self.window(), "tasks", None)
        if session is None or session.project.readonly or tasks is None:
            return False
        if tasks.is_running("suggestions"):
            self.scan_again = True          # sources may have come in after it started
            return True
        self.scan_again = False
        project = session.project

        def work(_task) -> int:
            with project.worker() as own:
                return own.refresh_suggestions()

        def done(_found: int) -> None:
            if self.session is session:          # still the same dossier
                self.model.refresh_next = False
                self.model.reload()
                if self.scan_again:
                    self.scan_in_background()

        def failed(error: BaseException) -> None:
            if self.session is session:
                self.count.setText(self.tr("Zoeken naar suggesties mislukt: %1")
                                   .replace("%1", str(error)))

        self.count.setText(self.tr("Zoeken naar nieuwe suggesties…"))
        return tasks.run("suggestions", work, done, failed) is not None

    def _current(self):
        index = self.view.currentIndex()
        return self.model.items[index.row()] if index.isValid() else None

    def open_current(self) -> None:
        s = self._current()
        if s is not None and self.session is not None:
            self.session.show_source.emit(s.source_number, s.start, s.end)

    def ask(self, suggestion) -> dict | None:
        """Position and argument; the option can be changed (a "scenario 3" hit about 3+)."""
        dialog = QuoteDialog(self.session.project, suggestion.passage, self, suggestion.option_key)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept_current(self) -> None:
        s = self._current()
        if s is None or self.session is None:
            return
        values = self.ask(s)
        if not values:
            return
        project = self.session.project
        details = {"position": values["position"], "argument": values.get("argument"),
                   "new_argument": values.get("new_argument")}
        if values.get("option") in (None, s.option_key):
            self.session.run("suggestion.accept", project.accept_suggestion, s.id, **details)
        else:
            self.session.run("suggestion.accept", quote_for_other_option, project, s,
                             values["option"], **details)

    def dismiss_current(self) -> None:
        s = self._current()
        if s is not None and self.session is not None:
            self.session.run("suggestion.dismiss", self.session.project.dismiss_suggestion, s.id)

"""The suggestions inbox: paragraphs that concern an option but are not quoted for it yet,
best first, each with its reason. One keystroke each: A accept (asks pro/con/condition),
R reject, M move to another option, N "niet relevant". After an import (and when a dossier is
opened) the suggestions are recomputed off the GUI thread; the list reloads when that is done.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.dialogs.quote_dialog import QuoteDialog
from ui.icons import icon
from ui.messages import error_text, render
from ui.models.base import Index, SessionFollower
from ui.session import Session
from ui.tasks import TaskRunner
from ui.views.rich_delegate import HTML_ROLE, MUTED, FixedHeightRichTextDelegate
from workbench.errors import WorkbenchError
from workbench.scan_process import ScanCancelled, scan_process


def _short(text: str, limit: int = 160) -> str:
    """What fits in four lines of the list; the tooltip has the whole passage."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


class SuggestionModel(SessionFollower, QAbstractListModel):
    """Stored suggestions only: computing them is the panel's background task."""

    def __init__(self, parent: QObject | None = None) -> None:
        QAbstractListModel.__init__(self, parent)
        self.items: list = []
        self.total = 0
        self.colours: dict[str, str] = {}

    BATCH = 200   # rows fetched at a time: a big dossier has tens of thousands
    # What the list shows comes from these tables only. Its first page sorts all open
    # suggestions (0.4-0.7 s with 130,000 on the 2,000-source dossier): not after every
    # keystroke stored in the composer or every argument edited (#14).
    SHOWN_FROM = frozenset({"suggestion", "suggestion_feedback", "option", "source", "block"})

    def _on_change(self, _label: str) -> None:
        change = self.session.project.last_change if self.session is not None else None
        if change is None:
            self.reload()
            return
        tables = {e.table for e in change.entries}
        if tables & {"suggestion_feedback", "block"} or (
                "suggestion" in tables and "quote" not in tables):
            self.reload()                 # a verdict: the next row is current at once
        elif tables & self.SHOWN_FROM:
            # an option's colour or title, a source's number; a quote that answered a
            # suggestion (reading the first page sorts every open one: not on this thread)
            self.reload_in_background()

    loaded = Signal()             # the list now shows what is stored

    runner: Callable[[], TaskRunner | None] | None = None     # set by the panel
    _generation = 0               # +1 per reload: a late background page is dropped
    _again = False

    def set_session(self, session: Session | None) -> None:
        """A new dossier: its first page is read off the GUI thread when a task runner is at
        hand (#14: the sort behind it takes 0.4-0.7 s on the 2,000-source dossier)."""
        if self.session is not None:
            self.session.changed.disconnect(self._on_change)
            self.session.reloaded.disconnect(self.reload_in_background)
        self.session = session
        if session is not None:
            session.changed.connect(self._on_change)
            session.reloaded.connect(self.reload_in_background)
        self.reload_in_background()

    @staticmethod
    def _first_page(project) -> tuple[list, int, dict[str, str]]:
        return (project.suggestions(refresh=False, limit=SuggestionModel.BATCH),
                project.suggestion_count(),
                {o.key: o.colour or "#999" for o in project.options()})

    def _show(self, page: tuple[list, int, dict[str, str]]) -> None:
        items, total, colours = page
        self.beginResetModel()
        self.items, self.total, self.colours = items, total, colours
        self.endResetModel()
        self.loaded.emit()

    def reload(self) -> None:
        """Now, on the GUI thread: after the officer's verdict the next row must be there."""
        self._generation += 1
        project = self.session.project if self.session is not None else None
        self._show(self._first_page(project) if project is not None else ([], 0, self.colours))

    def reload_in_background(self) -> None:
        """Read the first page on a worker connection and show it when it is there (at once
        when there is no dossier or no task runner)."""
        session = self.session
        tasks = self.runner() if self.runner is not None else None
        if session is None or tasks is None:
            self.reload()
            return
        if tasks.is_running("suggestion-list"):
            self._again = True            # this one may be read too early: read again after
            return
        self._generation += 1
        generation = self._generation
        project = session.project

        def work(_task) -> tuple[list, int, dict[str, str]]:
            with project.worker() as own:
                return self._first_page(own)

        def done(page: tuple[list, int, dict[str, str]]) -> None:
            again, self._again = self._again, False
            if self.session is not session:
                return
            if generation == self._generation:
                self._show(page)
            if again:
                self.reload_in_background()

        def failed(_error: BaseException) -> None:
            self._again = False
            if self.session is session and generation == self._generation:
                try:
                    self.reload()         # on the window's connection, as before
                except WorkbenchError:    # closed meanwhile: nothing to show
                    self._show(([], 0, self.colours))

        tasks.run("suggestion-list", work, done, failed)

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
        where = f" · p. {s.page}" if s.page else ""
        if s.paragraph:
            where += " · " + QCoreApplication.translate("SuggestionModel", "alinea %1").replace(
                "%1", str(s.paragraph))
        reason = render(s.reason or s.pattern)          # in the interface language
        if role == HTML_ROLE:
            colour = self.colours.get(s.option_key, "#999")
            return (f"<span style='background:{colour};color:white'>&nbsp;{escape(s.option_key)}"
                    f"&nbsp;</span> <span style='{MUTED}'>#{s.source_number}{where} · "
                    f"{escape(reason)}</span><br>{escape(_short(s.passage))}")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{s.option_key} #{s.source_number}: {reason}. {s.passage}"
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
    refreshed = Signal()          # the background recomputation ended and the list reloaded

    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_panel")
        self.session: Session | None = None
        self._runner = runner
        self._scan_again = False
        self.model = SuggestionModel(self)
        self.model.runner = self._tasks
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(FixedHeightRichTextDelegate(6, self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(True)   # sizing thousands of rich-text rows froze opening
        self.view.setAlternatingRowColors(True)
        self.view.doubleClicked.connect(self.open_current)
        self.view.clicked.connect(self.open_current)      # one click shows it, as in search
        self.accept_action = self._action("A", self.accept_current)
        self.reject_action = self._action("R", self.dismiss_current)
        self.move_action = self._action("M", self.move_current)
        self.not_relevant_action = self._action("N", self.not_relevant_current)
        self._keys = {Qt.Key.Key_A: self.accept_action, Qt.Key.Key_R: self.reject_action,
                      Qt.Key.Key_M: self.move_action, Qt.Key.Key_N: self.not_relevant_action}
        self.view.installEventFilter(self)
        self.accept_button = self._button(icon("quote"), self.accept_action)
        self.dismiss_button = self._button(icon("delete"), self.reject_action)
        self.move_button = self._button(icon("search"), self.move_action)
        self.not_relevant_button = self._button(icon("delete"), self.not_relevant_action)
        self.refresh_button = QPushButton(icon("search"), "", self)
        self.refresh_button.clicked.connect(self.refresh)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.model.modelReset.connect(self._update_count)
        self.refreshed.connect(self._after_scan)
        # Two rows: four labelled verdicts side by side made the dock so wide that the
        # composer's toolbar folded into » at 1600 px. In a narrow dock (a 1024 px window,
        # #14: the composer's text was 180 px wide) one verdict per row.
        self.buttons = QGridLayout()
        self._columns = 0
        for button in (self.accept_button, self.dismiss_button, self.move_button,
                       self.not_relevant_button):
            button.setMinimumWidth(40)      # the dock may be narrower than two labels
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)
        self.retranslate()
        self._arrange_buttons(2)
        # The verdicts act on the suggestion in hand: without one the buttons were live and
        # did nothing when clicked (#14, an empty new dossier).
        self.model.modelReset.connect(self._update_verdicts)
        self.model.rowsRemoved.connect(self._update_verdicts)
        self.view.selectionModel().currentChanged.connect(self._update_verdicts)
        self._update_verdicts()

    def _update_verdicts(self, *_args) -> None:
        live = (self.session is not None and not self.session.project.readonly
                and self.view.currentIndex().isValid())
        for button, action in ((self.accept_button, self.accept_action),
                               (self.dismiss_button, self.reject_action),
                               (self.move_button, self.move_action),
                               (self.not_relevant_button, self.not_relevant_action)):
            action.setEnabled(live)
            button.setEnabled(live)

    def _two_columns_width(self) -> int:
        """The width the verdict buttons need two by two, with the refresh button."""
        spacing = max(self.buttons.spacing(), 0)
        first = max(self.accept_button.sizeHint().width(), self.move_button.sizeHint().width())
        second = max(self.dismiss_button.sizeHint().width(),
                     self.not_relevant_button.sizeHint().width())
        layout = self.layout()
        margins = layout.contentsMargins().left() * 2 if layout is not None else 0
        return first + second + self.refresh_button.sizeHint().width() + 2 * spacing + margins

    def _arrange_buttons(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in (self.accept_button, self.dismiss_button, self.move_button,
                       self.not_relevant_button, self.refresh_button):
            self.buttons.removeWidget(button)
        for column in range(4):
            self.buttons.setColumnStretch(column, 0)
        if columns == 2:
            placed = ((self.accept_button, 0, 0), (self.dismiss_button, 0, 1),
                      (self.move_button, 1, 0), (self.not_relevant_button, 1, 1),
                      (self.refresh_button, 1, 2))
            self.buttons.setColumnStretch(3, 1)
        else:
            placed = ((self.accept_button, 0, 0), (self.refresh_button, 0, 1),
                      (self.dismiss_button, 1, 0), (self.move_button, 2, 0),
                      (self.not_relevant_button, 3, 0))
            self.buttons.setColumnStretch(0, 1)
        for button, row, column in placed:
            self.buttons.addWidget(button, row, column)

    def resizeEvent(self, event) -> None:
        self._arrange_buttons(2 if event.size().width() >= self._two_columns_width() else 1)
        super().resizeEvent(event)

    def _action(self, key: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A bare A/R/M/N in the list is the verdict, not a type-ahead search."""
        if watched is self.view and event.type() in (QEvent.Type.ShortcutOverride,
                                                     QEvent.Type.KeyPress):
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                action = self._keys.get(Qt.Key(key_event.key()))
                if action is not None:
                    event.accept()
                    if event.type() == QEvent.Type.KeyPress:
                        action.trigger()
                    return True
        return super().eventFilter(watched, event)

    def _button(self, ico, action: QAction) -> QPushButton:
        button = QPushButton(ico, "", self)
        button.clicked.connect(action.trigger)
        return button

    def retranslate(self) -> None:
        self.accept_action.setText(self.tr("Aanvaarden (A)"))
        self.reject_action.setText(self.tr("Afwijzen (R)"))
        self.move_action.setText(self.tr("Naar andere optie (M)"))
        self.not_relevant_action.setText(self.tr("Niet relevant (N)"))
        for button, action in ((self.accept_button, self.accept_action),
                               (self.dismiss_button, self.reject_action),
                               (self.move_button, self.move_action),
                               (self.not_relevant_button, self.not_relevant_action)):
            button.setText(action.text())
        self.accept_button.setToolTip(self.tr("De passage als citaat bij de optie vastleggen"))
        self.dismiss_button.setToolTip(self.tr("Gaat niet over deze optie; komt niet terug"))
        self.move_button.setToolTip(self.tr("Gaat over een andere optie: verplaatsen"))
        self.not_relevant_button.setToolTip(self.tr("Gaat over geen enkele optie"))
        rows = self.model.rowCount()
        if rows:        # each line's reason is worded as it is shown: show the lines again
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(rows - 1, 0))
        self.refresh_button.setToolTip(self.tr("Opnieuw zoeken naar suggesties"))
        self.refresh_button.setAccessibleName(self.tr("Suggesties vernieuwen"))
        if self._columns:                # the labels' widths changed with the language
            self._arrange_buttons(2 if self.width() >= self._two_columns_width() else 1)
        self.view.setAccessibleName(self.tr("Suggesties"))
        self.view.setAccessibleDescription(self.tr(
            "Alinea's die over een optie lijken te gaan en nog niet geciteerd zijn, met de reden; "
            "A aanvaarden, R afwijzen, M naar een andere optie, N niet relevant; dubbelklik opent "
            "de passage"))
        self._update_count()

    def _update_count(self) -> None:
        tasks = self._tasks()
        if tasks is not None and tasks.is_running("suggestions"):
            # the list read while a scan runs is not the last word: "0 open suggesties" on a
            # dossier being scanned for the first time read as "nothing found" (#14)
            text = (self.tr("%1 open suggesties; zoeken naar nieuwe…") if self.model.total
                    else self.tr("Zoeken naar nieuwe suggesties…"))
        else:
            text = self.tr("%1 open suggesties (machinaal gevonden, niet nagekeken)")
        self.count.setText(text.replace("%1", str(self.model.total)))

    def _after_scan(self) -> None:
        """A scan ended without a new list (another dossier since): the count no longer says
        it is searching. A failed scan's message stays."""
        searching = {self.tr("Zoeken naar nieuwe suggesties…"),
                     self.tr("%1 open suggesties; zoeken naar nieuwe…").replace(
                         "%1", str(self.model.total))}
        if self.count.text() in searching:
            self._update_count()

    # ------------------------------------------------------------------ session

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.reloaded.disconnect(self.scan_in_background)
        self.session = session
        self.model.set_session(session)        # stored suggestions only: opening stays fast
        self._update_verdicts()
        if session is not None:
            # After an import (or any edit through another connection) new sources may
            # concern the options: look for them without being asked.
            session.reloaded.connect(self.scan_in_background)
            self.scan_in_background()

    def refresh(self) -> None:
        if not self.scan_in_background():
            self.model.reload()

    def _tasks(self) -> TaskRunner | None:
        return self._runner or getattr(self.window(), "tasks", None)

    def _list_loaded(self) -> None:
        self.refreshed.emit()

    def scan_in_background(self) -> bool:
        """Rank the sources not scanned yet off the GUI thread (on a worker connection, so
        the officer can go on working), then show the new suggestions. False when no scan was
        started (no dossier, read-only, no task runner)."""
        session = self.session
        tasks = self._tasks()
        if session is None or session.project.readonly or tasks is None:
            return False
        if tasks.is_running("suggestions"):
            self._scan_again = True      # an import during a scan: scan its sources next
            return True
        self._scan_again = False
        project = session.project

        def work(task) -> int:
            # Ranked in the scan process (#14): as a thread here it held the interpreter's
            # lock for most of 30 s on the 2,000-source dossier, and every repaint waited.
            # Stored here, in chunks that let the window's edits go first and stop at once
            # when another dossier is opened.
            try:
                plan = scan_process().plan(project.path, cancelled=task.is_cancelled)
            except ScanCancelled:
                return 0
            if plan is None or task.is_cancelled():
                return 0
            with project.worker() as own:
                return own.apply_suggestions(plan, cancelled=task.is_cancelled)

        def done(_found: int) -> None:
            # an import during the scan, or another dossier opened before this one ended
            if self._scan_again and self.scan_in_background():
                return
            if self.session is not session:      # another dossier since
                self.refreshed.emit()
                return
            # the new suggestions are shown once their first page is read (off this thread)
            self.model.loaded.connect(self._list_loaded, Qt.ConnectionType.SingleShotConnection)
            self.model.reload_in_background()

        def failed(error: BaseException) -> None:
            if self.session is not session and self._scan_again and self.scan_in_background():
                return
            if self.session is session:
                self.count.setText(self.tr("Zoeken naar suggesties mislukt: %1")
                                   .replace("%1", error_text(error)))
            self.refreshed.emit()

        self.count.setText(self.tr("Zoeken naar nieuwe suggesties…"))
        return tasks.run("suggestions", work, done, failed) is not None

    # ------------------------------------------------------------------ one keystroke each

    def _current(self):
        index = self.view.currentIndex()
        return self.model.items[index.row()] if index.isValid() else None

    def open_current(self) -> None:
        s = self._current()
        if s is not None and self.session is not None:
            keys_here = self.view.hasFocus()
            self.session.show_source.emit(s.source_number, s.start, s.end)
            if keys_here:       # the reader took the keyboard: A/R/M/N went nowhere (#14)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask(self, suggestion) -> dict | None:
        """Position and argument; the option can be changed (a "scenario 3" hit about 3+)."""
        assert self.session is not None
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
        session = self.session
        if values.get("option") in (None, s.option_key):
            self._keep_row(lambda: session.run("suggestion.accept", project.accept_suggestion,
                                               s.id, **details))
            return
        done: list = []
        self._keep_row(lambda: done.append(session.run(
            "suggestion.accept", quote_for_other_option, project, s, values["option"],
            **details)))
        if done and done[0] is not None:      # quoted elsewhere: say where it went
            self._say(self.tr("Geciteerd bij %1").replace(
                "%1", self._option_name(values["option"])))

    def dismiss_current(self) -> None:
        s = self._current()
        if s is not None and self.session is not None:
            self._keep_row(lambda: self.session.run(
                "suggestion.dismiss", self.session.project.dismiss_suggestion, s.id))

    def not_relevant_current(self) -> None:
        s = self._current()
        if s is not None and self.session is not None:
            self._keep_row(lambda: self.session.run(
                "suggestion.not_relevant", self.session.project.mark_suggestion_not_relevant,
                s.id))

    def move_targets(self, suggestion) -> list:
        """The other options of the same question."""
        assert self.session is not None
        project = self.session.project
        question = project.option(suggestion.option_key).question_key
        return [o for o in project.options(question) if o.key != suggestion.option_key]

    def target_menu(self, suggestion) -> QMenu:
        menu = QMenu(self)
        for option in self.move_targets(suggestion):
            menu.addAction(f"{option.key} — {labels.cut(option.title)}").setData(option.key)
        return menu

    def choose_target(self, suggestion) -> str | None:
        menu = self.target_menu(suggestion)
        if menu.isEmpty():          # M did nothing at all here (#14): say why
            self._say(self.tr("%1 is de enige optie van haar vraag: er is geen andere optie om "
                              "de suggestie naar te verplaatsen.").replace(
                                  "%1", suggestion.option_key))
            return None
        rect = self.view.visualRect(self.view.currentIndex())
        chosen = menu.exec(self.view.viewport().mapToGlobal(rect.bottomLeft()))
        return chosen.data() if chosen is not None else None

    def move_current(self) -> None:
        s = self._current()
        if s is None or self.session is None:
            return
        target = self.choose_target(s)
        if not target:
            return
        moved = self.session.run("suggestion.move", self.session.project.move_suggestion,
                                 s.id, target)
        if moved is not None:
            self.show_moved(moved)

    def show_moved(self, moved) -> None:
        """The moved suggestion selected in its new place, and the status bar saying where it
        went (#14: it vanished from under the cursor without a word)."""
        text = self.tr("Verplaatst naar %1").replace("%1", self._option_name(moved.option_key))
        row = self._row_of(moved.id)
        if row is None:
            text += " " + self.tr("(verder in de lijst)")
        else:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, QListView.ScrollHint.PositionAtCenter)
        self._say(text)

    def _row_of(self, suggestion_id: int) -> int | None:
        """Its row among those loaded. Not fetched further: each page of a big dossier's list
        is a sort of all its suggestions (0.4-0.7 s on 2,000 sources), too long to wait for."""
        return next((row for row, item in enumerate(self.model.items)
                     if item.id == suggestion_id), None)

    def _option_name(self, key: str) -> str:
        """"S3+ — Scenario 3+: variant …" as the move menu names it."""
        if self.session is None:
            return key
        try:
            title = self.session.project.option(key).title
        except WorkbenchError:
            return key
        return f"{key} — {labels.cut(title)}"

    def _say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def _keep_row(self, act) -> None:
        """After a verdict the next suggestion is current, ready for the next keystroke."""
        row = self.view.currentIndex().row()
        act()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

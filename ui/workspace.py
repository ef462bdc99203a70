"""The open dossier's views: reader, option board and stance matrix as tabs, panels as docks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTabWidget, QWidget

from ui.icons import icon
from ui.session import Session
from ui.views.board import OptionBoard
from ui.views.checks_panel import ChecksPanel
from ui.views.composer import Composer
from ui.views.matrix import StanceMatrix
from ui.views.reader import Reader
from ui.views.search_panel import SearchPanel
from ui.views.suggestions_panel import SuggestionsPanel

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Workspace(QTabWidget):
    MIN_WIDTH = 560

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("workspace")
        self.setDocumentMode(True)
        # Room for the work before the docks: in a small window (1024 px) the docks are
        # narrowed to their minimum rather than the composer's text to a strip (#14).
        self.setMinimumWidth(self.MIN_WIDTH)
        self.session: Session | None = None
        self.reader = Reader(self)
        self.board = OptionBoard(self)
        self.matrix = StanceMatrix(self)
        self.composer = Composer(self)
        self.composer.selected_quote = lambda: self.reader.current_quote
        self.composer.selected_argument = self.board.selected_argument
        self.reader.quoted.connect(self.board.set_option)    # the board follows the last quote
        self.views: dict[str, Reader | OptionBoard | StanceMatrix | Composer] = {
            "reader": self.reader, "board": self.board, "matrix": self.matrix,
            "composer": self.composer}
        icons = {"composer": "edit"}
        for name, view in self.views.items():
            self.addTab(view, icon(icons.get(name, name)), "")
        self.search = SearchPanel(window)
        self.suggestions = SuggestionsPanel(window)
        self.checks = ChecksPanel(window)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.docks = [
            self._dock(window, "dock_search", self.search, Qt.DockWidgetArea.LeftDockWidgetArea),
            self._dock(window, "dock_suggestions", self.suggestions, right),
            self._dock(window, "dock_checks", self.checks, right),
        ]
        window.tabifyDockWidget(self.docks[1], self.docks[2])
        self.docks[1].raise_()

    def size_docks(self, window: MainWindow) -> None:
        """A first start (no layout saved): the suggestions take about a quarter of a wide
        window; a small one keeps its width for the views (see MIN_WIDTH)."""
        width = max(200, min(360, window.width() // 4))
        window.resizeDocks([self.docks[1]], [width], Qt.Orientation.Horizontal)

    @staticmethod
    def _dock(window: MainWindow, name: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
        return dock

    def retranslate(self) -> None:
        titles = {"reader": self.tr("Lezer"), "board": self.tr("Optiebord"),
                  "matrix": self.tr("Standpunten"), "composer": self.tr("Mededeling")}
        for index, name in enumerate(self.views):
            self.setTabText(index, titles[name])
        for dock, title in zip(self.docks, (self.tr("Zoeken"), self.tr("Suggesties"),
                                            self.tr("Controles")), strict=True):
            dock.setWindowTitle(title)
        for view in (*self.views.values(), self.search, self.suggestions, self.checks):
            view.retranslate()

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.show_source.disconnect(self._show_source)
            self.session.show_quote.disconnect(self._show_quote)
            self.session.show_option.disconnect(self._show_option)
        self.session = session
        for view in (*self.views.values(), self.search, self.suggestions, self.checks):
            view.set_session(session)
        if session is not None:
            session.show_source.connect(self._show_source)
            session.show_quote.connect(self._show_quote)
            session.show_option.connect(self._show_option)

    def show_view(self, name: str) -> None:
        self.setCurrentWidget(self.views[name])
        self.focus_view(name)

    def focus_view(self, name: str) -> None:
        """Put the keyboard where the work is (Ctrl+1..4 from anywhere): the reader's text, the
        board's first column, the matrix, the composer's text (or its draft button)."""
        target: QWidget
        if name == "reader":
            target = self.reader.text
        elif name == "board":
            target = self.board.lists["pro"]
        elif name == "matrix":
            table = target = self.matrix.table
            if not table.currentIndex().isValid() and self.matrix.model.rowCount():
                table.setCurrentIndex(self.matrix.model.index(0, 0))
        else:
            composer = self.composer
            target = composer.body if composer.section_id is not None else composer.draft_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_source(self, number: int, start: int, end: int) -> None:
        self.show_view("reader")
        self.reader.show_source(number, start, end)

    def _show_quote(self, number: int) -> None:
        self.show_view("reader")
        self.reader.show_quote(number)

    def _show_option(self, key: str) -> None:
        self.show_view("board")
        self.board.set_option(key)

    def make_quote(self) -> None:
        self.show_view("reader")
        self.reader.make_quote()

    def focus_search(self) -> None:
        self.docks[0].show()
        self.docks[0].raise_()
        self.search.focus()

    def run_checks(self) -> None:
        self.docks[2].show()
        self.docks[2].raise_()
        self.checks.refresh()

    def commit_pending_edits(self) -> None:
        for view in self.views.values():
            commit = getattr(view, "commit_pending", None)
            if commit is not None:
                commit()

    def delete_selected(self) -> None:
        view = self.currentWidget()
        handler = getattr(view, "delete_selected", None)
        if handler is not None:
            handler()

"""The main window's dossier navigator (the tree dock): how it unfolds, and what a click,
Enter or the context menu on a node does. A base class of MainWindow, kept apart for size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QTreeView

from ui.models.dossier_tree import KEY_ROLE, KIND_ROLE, DossierTreeModel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ui.session import Session
    from ui.structure_editor import StructureEditor
    from workbench import Project


class NavigatorWindow(QMainWindow):
    session: Session | None
    editor: StructureEditor | None
    tree_model: DossierTreeModel
    navigator: QTreeView
    acts: dict[str, QAction]
    _unfolded: set[tuple[str, str]]

    @property
    def project(self) -> Project | None:
        return self.session.project if self.session else None

    def show_audit(self, kind: str | None = None, key: str | None = None) -> QDialog | None:
        raise NotImplementedError          # MainWindow's

    def _make_navigator(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("navigator")
        view.setModel(self.tree_model)
        view.setHeaderHidden(True)
        view.setUniformRowHeights(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._navigator_menu)
        view.activated.connect(self._navigator_activated)
        view.clicked.connect(self._navigator_clicked)
        return view

    # Source rows the navigator lists unfolded at most. Unfolding every advisor of the
    # 2,000-source dossier made Qt walk (and ask Python for) every one of its rows at each
    # opening and after each edit of an option or argument: ~45 ms of the window's time
    # (#14). Beyond this the advisors stay folded, a click away, unless unfolded by hand.
    UNFOLDED_SOURCES = 300

    _forget_unfolded = False

    def _remember_unfolded(self) -> None:
        view, model = self.navigator, self.tree_model
        if self._forget_unfolded:
            self._forget_unfolded = False
            self._unfolded = set()
            return
        self._unfolded = {
            (child.data(KIND_ROLE), child.data(KEY_ROLE))
            for group in (model.index(r, 0) for r in range(model.rowCount()))
            for child in [group, *(model.index(r, 0, group) for r in range(model.rowCount(group)))]
            if view.isExpanded(child)}

    def _expand_navigator(self) -> None:
        """Groups, questions and advisors unfolded, while their sources number fewer than
        UNFOLDED_SOURCES; an advisor the officer unfolded stays so after a reload."""
        view, model = self.navigator, self.tree_model
        budget = self.UNFOLDED_SOURCES
        for group in (model.index(r, 0) for r in range(model.rowCount())):
            if group.data(KEY_ROLE) == "background":     # its children are sources
                rows = model.rowCount(group)
                if rows <= budget or ("group", "background") in self._unfolded:
                    view.expand(group)
                budget -= rows
                continue
            view.expand(group)
            for child in (model.index(r, 0, group) for r in range(model.rowCount(group))):
                rows = model.rowCount(child)
                if not rows:
                    continue
                if child.data(KIND_ROLE) != "advisor":
                    view.expand(child)                   # a question with its options
                    continue
                if rows <= budget or ("advisor", child.data(KEY_ROLE)) in self._unfolded:
                    view.expand(child)
                budget -= rows

    def _navigator_activated(self, index: QModelIndex) -> None:
        kind, key = index.data(KIND_ROLE), index.data(KEY_ROLE)
        if self.session is None:
            return
        if kind == "option":
            self.session.show_option.emit(key)
        elif kind == "source":
            self.session.show_source.emit(int(key), -1, -1)
        elif self.editor is not None:
            self.editor.edit(kind, key)

    def _navigator_clicked(self, index: QModelIndex) -> None:
        """One click on an option shows its board, on a source its text (Enter: the same;
        Enter on a question or advisor edits it)."""
        if self.session is not None and index.data(KIND_ROLE) in ("option", "source"):
            self._navigator_activated(index)

    def _navigator_menu(self, point: QPoint) -> None:
        if self.editor is None:
            return
        index = self.navigator.indexAt(point)
        kind, key = (index.data(KIND_ROLE), index.data(KEY_ROLE)) if index.isValid() else ("", "")
        menu = QMenu(self)
        editor, project = self.editor, self.project
        if kind in ("question", "option", "advisor", "source"):
            assert editor is not None and project is not None     # a record: a dossier is open
            if kind != "source":
                menu.addAction(self.acts["edit_item"])
            remove = menu.addAction(self.tr("Verwijderen..."), lambda: editor.delete(kind, key))
            remove.setEnabled(not project.readonly)
            menu.addAction(self.tr("Wijzigingsgeschiedenis"), lambda: self.show_audit(kind, key))
            menu.addSeparator()
        if kind == "question" or key == "questions":
            assert editor is not None
            menu.addAction(self.tr("Optie toevoegen..."),
                           lambda: editor.add_option(key if kind == "question" else None))
        if key == "questions":
            menu.addAction(self.acts["add_question"])
        if kind == "advisor" or key == "advisors":
            menu.addAction(self.acts["add_advisor"])
        if not menu.isEmpty():
            menu.exec(self.navigator.viewport().mapToGlobal(point))

    def _select_in_navigator(self, kind: str, key: str) -> None:
        index = self.tree_model.find(kind, key)
        if index.isValid():
            self.navigator.setCurrentIndex(index)
            self.navigator.scrollTo(index)

"""The main window: a dossier navigator; the views of later features dock around it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTreeView,
)

from ui.models.dossier_tree import DossierTreeModel
from workbench import Project, WorkbenchError


class MainWindow(QMainWindow):
    def __init__(self, project: Project | None = None) -> None:
        super().__init__()
        self.project: Project | None = None
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.tree_model = DossierTreeModel(parent=self)
        self.navigator = QTreeView(self)
        self.navigator.setObjectName("navigator")
        self.navigator.setAccessibleName(self.tr("Dossiernavigator"))
        self.navigator.setModel(self.tree_model)
        self.navigator.setHeaderHidden(True)
        dock = QDockWidget(self.tr("Dossier"), self)
        dock.setObjectName("dock_navigator")
        dock.setWidget(self.navigator)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.placeholder = QLabel(self.tr("Open een dossier om te beginnen."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.placeholder)
        self._make_actions()
        if project is not None:
            self.set_project(project)
        else:
            self._update_title()
        self._restore_layout()

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.action_open = QAction(self.tr("&Openen..."), self)
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.triggered.connect(self.choose_and_open)
        menu.addAction(self.action_open)
        self.action_quit = QAction(self.tr("&Afsluiten"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        menu.addAction(self.action_quit)

    def set_project(self, project: Project | None) -> None:
        if self.project is not None and self.project is not project:
            self.project.close()
        self.project = project
        self.tree_model.set_project(project)
        self.navigator.expandAll()
        if project is not None:
            self.placeholder.setText(project.dossier().title)
        self._update_title()

    def open_path(self, path: Path) -> bool:
        try:
            project = Project.open(path)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Dossier openen"), str(exc))
            return False
        self.set_project(project)
        return True

    def choose_and_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Dossier openen"), "", self.tr("Dossiers (*.cwb)"))
        if name:
            self.open_path(Path(name))

    def _update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle(self.tr("Consultation Workbench"))
        else:
            self.setWindowTitle(f"{self.project.dossier().title} — {self.project.path.name}")

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)

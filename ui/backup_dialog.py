"""The backups of a dossier: list them, restore one (the GUI face of workbench.backups)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_text
from ui.models.base import Index
from workbench import backups
from workbench.errors import WorkbenchError

PATH_ROLE = Qt.ItemDataRole.UserRole + 1

_REASONS = {
    "open": QT_TRANSLATE_NOOP("BackupDialog", "bij het openen"),
    "migration": QT_TRANSLATE_NOOP("BackupDialog", "voor een schema-upgrade"),
    "restore": QT_TRANSLATE_NOOP("BackupDialog", "voor een herstelling"),
    "manual": QT_TRANSLATE_NOOP("BackupDialog", "met de hand"),
}


translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupDialog", text)


class BackupListModel(QAbstractListModel):
    """The backups of one dossier, newest first."""

    def __init__(self, dossier: Path, base: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.dossier = Path(dossier)
        self.base = base
        self.items: list[backups.Backup] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.items = backups.list_backups(self.dossier, self.base)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = item.created[:16].replace("T", " ")
            reason = _tr(str(_REASONS.get(item.reason, item.reason)))
            return f"{when}   {reason}   ({max(1, item.size // 1024)} kB)"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == PATH_ROLE:
            return str(item.path)
        return None


class BackupDialog(QDialog):
    """Lists the backups; "Herstellen" restores the selected one after confirmation.

    ``release`` is called before restoring, to close the caller's own session on the dossier
    (restoring refuses while any session holds it open for editing). ``restored`` is the
    backup restored, or None.
    """

    def __init__(self, dossier: Path, parent: QWidget | None = None, *,
                 release: Callable[[], None] | None = None, base: Path | None = None) -> None:
        super().__init__(parent)
        self.dossier = Path(dossier)
        self.release = release
        self.base = base
        self.restored: Path | None = None
        self.setWindowTitle(translate("BackupDialog", "Back-ups van %1").replace("%1", self.dossier.name))
        self.resize(520, 360)
        self.model = BackupListModel(self.dossier, base, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("BackupDialog", "Back-ups"))
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        folder = backups.folder_for(self.dossier, base)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setText(
            translate("BackupDialog",
                "Bij elke keer openen wordt een back-up gemaakt in %1. Herstellen bewaart eerst "
                "de huidige toestand, zodat u het kunt terugdraaien.").replace("%1", str(folder))
            if self.model.rowCount() else
            translate("BackupDialog", "Nog geen back-ups; ze komen in %1.").replace("%1", str(folder)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(translate("BackupDialog", "Herstellen..."),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> Path | None:
        index = self.view.currentIndex()
        return Path(index.data(PATH_ROLE)) if index.isValid() else None

    def confirm(self, backup: Path) -> bool:
        answer = QMessageBox.question(
            self, translate("BackupDialog", "Back-up herstellen"),
            translate("BackupDialog",
                "%1 vervangen door de back-up van %2? De huidige toestand wordt eerst als "
                "back-up bewaard.").replace("%1", self.dossier.name)
            .replace("%2", self.model.items[self.view.currentIndex().row()].created[:16]
                     .replace("T", " ")))
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None or not self.confirm(backup):
            return False
        try:
            if self.release is not None:
                self.release()
            backups.restore(self.dossier, backup, base=self.base)
        except (WorkbenchError, OSError) as exc:
            QMessageBox.warning(self, translate("BackupDialog", "Back-up herstellen"), error_text(exc))
            self.model.reload()
            return False
        self.restored = backup
        self.accept()
        return True


def show_backups(parent: QWidget | None, project_path: Path, *,
                 release: Callable[[], None] | None = None) -> Path | None:
    """Show the backups of ``project_path``; returns the backup restored, or None.

    ``release``: called just before restoring, e.g. to close the window's own ``Project`` on
    that file (restore refuses while any session has it open for editing). After a restore
    (a non-None result) reopen the dossier: its content changed under the old session.
    """
    dialog = BackupDialog(Path(project_path), parent, release=release)
    dialog.exec()
    return dialog.restored

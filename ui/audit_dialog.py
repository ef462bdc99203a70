"""The audit trail: who changed what and when, for one record or for the whole dossier."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout

from ui.messages import detail_text, render
from ui.models.base import Index
from ui.session import Session
from workbench.errors import WorkbenchError

MAX_ROWS = 5000

KIND_NAMES = {
    "question": QT_TRANSLATE_NOOP("AuditDialog", "Vraag %1"),
    "option": QT_TRANSLATE_NOOP("AuditDialog", "Optie %1"),
    "advisor": QT_TRANSLATE_NOOP("AuditDialog", "Adviesinstantie %1"),
    "source": QT_TRANSLATE_NOOP("AuditDialog", "Bron #%1"),
    "argument": QT_TRANSLATE_NOOP("AuditDialog", "Argument #%1"),
    "quote": QT_TRANSLATE_NOOP("AuditDialog", "Citaat #%1"),
    "section": QT_TRANSLATE_NOOP("AuditDialog", "Sectie %1"),
}


def local_time(stamp: str) -> str:
    """'2026-11-23T16:47:56+00:00' -> '2026-11-23 17:47:56' in this computer's time zone."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError):
        return stamp or ""


class AuditModel(QAbstractTableModel):
    """Rows of ``project.audit(kind, key)``, newest first: when, who, what."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.session: Session | None = None
        self.kind: str | None = None
        self.key: str | None = None

    def set_record(self, session: Session | None, kind: str | None = None,
                   key: str | None = None) -> None:
        self.session, self.kind, self.key = session, kind, key
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.session is None:
            self.rows = []
        else:
            self.rows = self.session.project.audit(self.kind, self.key if self.kind else None,
                                                   limit=MAX_ROWS)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return local_time(row.get("at", ""))
            if column == 1:
                return row.get("os_user", "")
            what = render(row.get("operation", ""))
            if row.get("detail"):
                what += f" ({detail_text(row['detail'])})"
            return what
        return None


class AuditDialog(QDialog):
    """Non-modal; follows the dossier's edits while open."""

    def __init__(self, session: Session, kind: str | None = None, key: str | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_dialog")
        self.resize(760, 460)
        self.session = session
        self.model = AuditModel(self)
        self.model.set_record(session, kind, key)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Wijzigingsgeschiedenis"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        session.changed.connect(self._reload)
        session.reloaded.connect(self._reload)
        self._update_text()

    def record_name(self) -> str:
        if not self.model.kind:
            return self.tr("het hele dossier")
        text = KIND_NAMES.get(self.model.kind)
        return QCoreApplication.translate("AuditDialog", str(text)).replace("%1", str(self.model.key)) \
            if text else \
            f"{self.model.kind} {self.model.key}"

    def _reload(self, *_args) -> None:
        self.model.reload()
        self._update_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:      # open while the language switches
            self.table.setAccessibleName(self.tr("Wijzigingsgeschiedenis"))
            if self.isVisible():          # a closed one may outlive its dossier
                try:
                    self._reload()
                except WorkbenchError:    # the dossier was closed meanwhile
                    pass
        super().changeEvent(event)

    def _update_text(self) -> None:
        name = self.record_name()
        self.setWindowTitle(self.tr("Wijzigingsgeschiedenis: %1").replace("%1", name))
        count = self.model.rowCount()
        if count == 1:
            text = self.tr("1 wijziging van %2.")
        elif count:
            text = self.tr("%1 wijzigingen van %2, de nieuwste bovenaan.")
        else:
            text = self.tr("Geen wijzigingen vastgelegd voor %2.")
        self.summary.setText(text.replace("%1", str(count)).replace("%2", name))

    def closeEvent(self, event) -> None:
        try:
            self.session.changed.disconnect(self._reload)
            self.session.reloaded.disconnect(self._reload)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)


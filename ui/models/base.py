"""What every dossier model shares: it follows a session and reloads on its notifications."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.session import Session

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3


def touched(project: Any, tables: frozenset[str]) -> bool:
    """Whether the project's last edit changed a row of one of ``tables``: a model that shows
    only those needs no reload after another edit (#14: re-reading 2,000 sources after every
    stored keystroke stalled the window). True when the project cannot say."""
    change = getattr(project, "last_change", None)
    if change is None:
        return True
    return any(entry.table in tables for entry in change.entries)


class SessionFollower:
    """Mixin for QAbstractItemModel subclasses: ``set_session`` and a ``reload`` on every edit."""

    session: Session | None = None
    # Edits of only these tables change nothing the model shows: no reload (#14: a board of
    # 1,000 arguments and the stance matrix were re-read after every stored keystroke of
    # the composer, and after every row a suggestion scan stored).
    NOT_SHOWN: frozenset[str] = frozenset()

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_change)
            self.session.reloaded.disconnect(self.reload)
        self.session = session
        if session is not None:
            session.changed.connect(self._on_change)
            session.reloaded.connect(self.reload)
        self.reload()

    def _on_change(self, _label: str) -> None:
        change = getattr(self.session.project, "last_change", None) if self.session else None
        if (self.NOT_SHOWN and change is not None and change.entries
                and all(e.table in self.NOT_SHOWN for e in change.entries)):
            return
        self.reload()

    def reload(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


# what the composer and the suggestion scans write: shown by neither the board nor the matrix
COMPOSER_AND_SCANS = frozenset({"section", "suggestion", "suggestion_scan", "audit"})


class RecordListModel(SessionFollower, QAbstractListModel):
    """A list of core records: ``fetch(project)`` gives them, ``show(record)`` their label.

    ``settled`` follows each reload, after every view has reacted to ``modelReset``."""

    settled = Signal()

    def __init__(self, fetch: Callable[[Any], list], show: Callable[[Any], str],
                 key: Callable[[Any], Any], parent: QObject | None = None, *,
                 tables: frozenset[str] | None = None,
                 first: Callable[[Any], list] | None = None) -> None:
        """``first(reads)``: the records among what an opening read ahead for the views
        (``Session.first_reads``), used instead of ``fetch`` while they are there."""
        QAbstractListModel.__init__(self, parent)
        self._fetch, self._show, self._key, self._first = fetch, show, key, first
        self.tables = tables              # what the records come from (None: reload always)
        self.records: list = []

    def _on_change(self, _label: str) -> None:
        if self.tables is None or self.session is None or touched(self.session.project,
                                                                  self.tables):
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        session = self.session
        if session is None:
            self.records = []
        elif self._first is not None and session.first_reads is not None:
            self.records = list(self._first(session.first_reads))
        else:
            self.records = self._fetch(session.project)
        self.endResetModel()
        self.settled.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.records):
            return None
        record = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._show(record)
        if role == KEY_ROLE:
            return self._key(record)
        if role == RECORD_ROLE:
            return record
        return None

    def row_of(self, key: Any) -> int:
        for row, record in enumerate(self.records):
            if self._key(record) == key:
                return row
        return -1

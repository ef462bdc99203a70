"""The stance matrix view: a table of advisors x options; a missing stance stands out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.dialogs.stance_dialog import StanceDialog
from ui.models.base import Index
from ui.models.stance_model import MISSING_ROLE, STANCE_ROLE, StanceModel
from ui.session import Session
from workbench.model import STANCES


def fit_lines(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """The cell's lines (stance, then the number of quotes) in ``width``: a line too wide is
    wrapped between words ("Voorkeur" / "(afgeleid)" at 1360 px was "Voorkeur (afg…"); only a
    single word wider than the column is cut, with "…" (never clipped mid-letter)."""
    fitted: list[str] = []
    for line in text.split("\n"):
        current = ""
        for word in line.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(candidate) > width:
                fitted.append(current)
                candidate = word
            current = candidate
        fitted.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in fitted]


class StanceDelegate(QStyledItemDelegate):
    """Paints the stance as a coloured chip with its name (colour is never the only clue)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(3, 3, -3, -3)
        if index.data(MISSING_ROLE):
            painter.setBrush(QBrush(QColor("#e53935"), Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(QColor("#e53935"), 1.5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor("#c62828"))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "?")
        else:
            colour = labels.stance_colour(index.data(STANCE_ROLE))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor("#ffffff") if colour.lightness() < 150 else QColor("#1f2933"))
            lines = fit_lines(painter.fontMetrics(), str(index.data()), rect.width() - 6)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRect(rect).adjusted(-1, -1, 1, 1), 5, 5)
        painter.restore()


class StanceMatrix(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrix")
        self.model = StanceModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("stance_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(StanceDelegate(self.table))
        # A cell opens the stance dialog (stance, stated/inferred, quotes, motivation):
        # Enter, F2 or a double click.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.activated.connect(self.edit_stance)
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.readonly = False
        self._editing = False
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        # Three lines in the font the system really uses: the stance, wrapped before
        # "(afgeleid)" when the column is narrow, then the number of quotes.
        self.table.verticalHeader().setDefaultSectionSize(
            max(40, 3 * self.fontMetrics().lineSpacing() + 12))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Standpunten per adviesinstantie en optie"))
        chips = " ".join(
            f"<span style='background:{labels.STANCE_COLOURS[c]}'>&nbsp;&nbsp;&nbsp;</span>&nbsp;"
            f"{labels.label('stance', c)}&nbsp;&nbsp;" for c in STANCES)
        # (a line break fell between a colour and its word, and between "?" and what it means)
        self.legend.setText(chips + "&nbsp;&nbsp;<b style='color:#c62828'>?</b>&nbsp;"
                            + self.tr("nog niet vastgelegd — Enter of dubbelklik om te bewerken"))

    def set_session(self, session: Session | None) -> None:
        self.readonly = session is not None and session.project.readonly
        self.model.set_session(session)

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_F2):
            self.edit_stance(self.table.currentIndex())
            return True
        return super().eventFilter(obj, event)

    def _menu(self, point) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Standpunt bewerken..."), lambda: self.edit_stance(index))
        edit.setEnabled(not self.readonly)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def ask(self, advisor: str, option: str) -> dict | None:
        """The stance dialog's values, or None when cancelled (tests replace this)."""
        session = self.model.session
        assert session is not None              # only asked from edit_stance, which checks
        dialog = StanceDialog(session.project, advisor, option, self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_stance(self, index: QModelIndex) -> None:
        if (not index.isValid() or self.readonly or self.model.session is None
                or self._editing):
            return
        self._editing = True                # no second dialog while one is open
        try:
            advisor = self.model.advisors[index.row()].key
            option = self.model.options[index.column()].key
            values = self.ask(advisor, option)
        finally:
            self._editing = False
        if values is not None:
            self.model.apply(self.model.index(index.row(), index.column()), values)
            self.table.setCurrentIndex(self.model.index(index.row(), index.column()))

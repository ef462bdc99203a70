"""The stance matrix view: a table of advisors x options; a missing stance stands out."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.models.stance_model import MISSING_ROLE, NONE, STANCE_ROLE, StanceModel
from ui.session import Session
from workbench.model import STANCES


class StanceDelegate(QStyledItemDelegate):
    """Paints the stance as a coloured chip; edits it with a combo box."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
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
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRect(rect).adjusted(-1, -1, 1, 1), 5, 5)
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):
        combo = QComboBox(parent)
        combo.addItem(self.tr("(geen standpunt)"), NONE)
        for code in STANCES:
            combo.addItem(labels.label("stance", code), code)
        combo.setAccessibleName(self.tr("Standpunt"))
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(STANCE_ROLE))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class StanceMatrix(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrix")
        self.model = StanceModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("stance_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(StanceDelegate(self.table))
        self.triggers = (QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setEditTriggers(self.triggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.verticalHeader().setDefaultSectionSize(40)
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
            f"<span style='background:{labels.STANCE_COLOURS[c]}'>&nbsp;&nbsp;&nbsp;</span> "
            f"{labels.label('stance', c)}&nbsp;&nbsp;" for c in STANCES)
        self.legend.setText(chips + "&nbsp;&nbsp;<b style='color:#c62828'>?</b> "
                            + self.tr("nog niet vastgelegd — dubbelklik om te wijzigen"))

    def set_session(self, session: Session | None) -> None:
        readonly = session is not None and session.project.readonly
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if readonly
                                   else self.triggers)
        self.model.set_session(session)

"""The start screen, shown while no dossier is open: recent dossiers, demo, new, open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.icons import icon

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class StartScreen(QWidget):
    open_requested = Signal(Path)
    demo_requested = Signal()
    new_requested = Signal()
    choose_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_screen")
        self.recent_model = QStandardItemModel(self)
        self.title = QLabel(self)
        self.title.setObjectName("start_title")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.button_new = self._button("new", self.new_requested)
        self.button_open = self._button("open", self.choose_requested)
        self.button_demo = self._button("demo", self.demo_requested)
        self.recent_label = QLabel(self)
        self.recent_label.setFont(self._bold())
        self.recent = QListView(self)
        self.recent.setObjectName("recent_files")
        self.recent.setModel(self.recent_model)
        self.recent.setIconSize(QSize(20, 20))
        self.recent.setSpacing(2)
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        self.recent.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # A long name or folder is cut in its middle with "…" (the tool tip has it whole); it
        # was cut off at the edge, above a horizontal scroll bar (#14)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setUniformItemSizes(True)
        self.recent.activated.connect(self._open_recent)
        self.recent.doubleClicked.connect(self._open_recent)
        self.empty = QLabel(self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self._layout()
        self.retranslate()
        self.refresh()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _button(self, icon_name: str, signal) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(28, 28))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(44)
        button.clicked.connect(signal.emit)
        return button

    def _layout(self) -> None:
        actions = QVBoxLayout()
        actions.setSpacing(4)
        for button in (self.button_new, self.button_open, self.button_demo):
            actions.addWidget(button)
        actions.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.empty)
        recent.addStretch(0)
        columns = QHBoxLayout()
        columns.setSpacing(36)
        columns.addLayout(actions, 2)
        columns.addLayout(recent, 3)
        panel = QVBoxLayout()
        panel.addWidget(self.title)
        panel.addWidget(self.subtitle)
        panel.addSpacing(24)
        panel.addLayout(columns, 1)
        frame = QWidget(self)
        frame.setLayout(panel)
        frame.setMaximumSize(900, 560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addWidget(frame, 1, Qt.AlignmentFlag.AlignCenter)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Consultation Workbench"))
        self.subtitle.setText(self.tr(
            "Verwerk schriftelijke adviezen tot een traceerbare afweging van pro's en contra's "
            "per optie, met letterlijke citaten als bewijs."))
        self.button_new.setText(self.tr("Nieuw dossier..."))
        self.button_open.setText(self.tr("Dossier openen..."))
        self.button_demo.setText(self.tr("Demodossier openen"))
        for button, text in ((self.button_new, self.tr("Een leeg dossier aanmaken")),
                             (self.button_open, self.tr("Een bestaand dossier (.cwb) openen")),
                             (self.button_demo, self.tr("Het voorbeelddossier over het "
                                                        "clusterbeleid openen"))):
            button.setToolTip(text)
            button.setAccessibleName(button.text())
        self.recent_label.setText(self.tr("Recente dossiers"))
        self.recent.setAccessibleName(self.tr("Recente dossiers"))
        self.recent.setAccessibleDescription(self.tr("Enter of dubbelklik opent het dossier"))
        self.empty.setText(self.tr("Nog geen recente dossiers."))

    def refresh(self) -> None:
        self.recent_model.clear()
        for path in settings.recent_files():
            item = QStandardItem(icon("dossier"), f"{path.stem}\n{path.parent}")
            item.setData(str(path), PATH_ROLE)
            item.setToolTip(str(path))
            self.recent_model.appendRow(item)
        has = self.recent_model.rowCount() > 0
        self.empty.setVisible(not has)
        self.recent.setVisible(has)        # no empty white box above "Nog geen recente dossiers."

    def _open_recent(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path:
            self.open_requested.emit(Path(path))

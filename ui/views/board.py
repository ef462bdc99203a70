"""The option board: for one option, three columns of argument cards (Pro, Contra, Voorwaarden).

Drag a card within or across columns to move it; drop it on another card to merge the two;
double-click opens the quote under the pointer in the reader; F2 or a double-click on the text
edits it in place.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.icons import icon
from ui.models.base import KEY_ROLE, RecordListModel
from ui.models.board_model import CARD_ROLE, NUMBER_ROLE, ArgumentColumnModel
from ui.session import Session
from ui.views.card_delegate import CardDelegate
from ui.views.eliding_combo import ElidingComboBox
from workbench.model import POSITIONS


class CardList(QListView):
    """One column; double-click on a quote line opens that quote."""

    def __init__(self, board: OptionBoard, model: ArgumentColumnModel) -> None:
        super().__init__(board)
        self.board = board
        self.setObjectName(f"board_{model.position}")
        self.setModel(model)
        self.card_delegate = CardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        # A column of 1,000 cards: lay out the first ones at once and the rest in batches
        # while the event loop runs, so the board is usable before every card is measured;
        # a scroll bar that is always there keeps the width (and the measured heights) from
        # changing when it appears (#15).
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(16)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setSpacing(4)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda p: board.card_menu(self, p))
        model.merge_requested = board.merge
        self.selectionModel().currentChanged.connect(
            lambda current, _previous: board._card_chosen(model.position, current))
        # The column's own background shows through the viewport. Not a style sheet
        # ("QListView { background: transparent }"): that also made the scroll bar's page area
        # transparent, drawn black on screen.
        self.viewport().setAutoFillBackground(False)

    def mouseDoubleClickEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return super().mouseDoubleClickEvent(event)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        quote = self.card_delegate.quote_at(option, index, event.position().toPoint().y())
        if quote is not None and self.board.session is not None:
            self.board.session.show_quote.emit(quote)


class OptionBoard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.session: Session | None = None
        self.option: str | None = None
        self.last_column: str | None = None
        self.options = RecordListModel(lambda p: p.options(), lambda o: f"{o.key}  {o.title}",
                                       lambda o: o.key, self)
        self.option_box = ElidingComboBox(self)
        self.option_box.setModel(self.options)
        self._options_resetting = False
        self.option_box.currentIndexChanged.connect(self._option_chosen)
        self.options.modelAboutToBeReset.connect(self._options_about_to_reset)
        self.options.modelReset.connect(self._options_reset)
        self.options.settled.connect(self._options_settled)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: palette(placeholder-text);")
        self.models = {p: ArgumentColumnModel(p, self) for p in POSITIONS}
        self.lists = {p: CardList(self, m) for p, m in self.models.items()}
        self.headers: dict[str, QLabel] = {}
        self.add_buttons: dict[str, QToolButton] = {}
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        self.option_label = QLabel(self)
        top.addWidget(self.option_label)
        top.addWidget(self.option_box, 1)
        columns = QHBoxLayout()
        columns.setSpacing(10)
        for position in POSITIONS:
            frame = QFrame(self)
            frame.setObjectName(f"column_{position}")
            frame.setStyleSheet(f"#column_{position} {{ background: palette(alternate-base); "
                                "border-radius: 6px; }")
            box = QVBoxLayout(frame)
            box.setContentsMargins(6, 6, 6, 6)
            head = QHBoxLayout()
            badge = QLabel(frame)
            badge.setPixmap(icon(labels.POSITION_ICONS[position]).pixmap(QSize(18, 18)))
            header = QLabel(frame)
            header.setStyleSheet("font-weight: 600;")
            add = QToolButton(frame)
            add.setIcon(icon("add"))
            add.setAutoRaise(True)
            add.clicked.connect(lambda _c=False, p=position: self.add_argument(p))
            head.addWidget(badge)
            head.addWidget(header, 1)
            head.addWidget(add)
            box.addLayout(head)
            box.addWidget(self.lists[position], 1)
            columns.addWidget(frame, 1)
            self.headers[position], self.add_buttons[position] = header, add
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addLayout(columns, 1)

    def retranslate(self) -> None:
        self.option_label.setText(self.tr("Optie:"))
        self.option_box.setAccessibleName(self.tr("Optie"))
        for position in POSITIONS:
            self.add_buttons[position].setToolTip(self.tr("Argument toevoegen"))
            self.add_buttons[position].setAccessibleName(self.tr("Argument toevoegen"))
            self.lists[position].setAccessibleName(labels.label("positions", position))
        self._update_headers()

    def _update_headers(self) -> None:
        for position, header in self.headers.items():
            count = self.models[position].rowCount()
            header.setText(f"{labels.label('positions', position)}  ({count})")

    # --- session and option ----------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.option = None
        self.last_column = None
        readonly = session is not None and session.project.readonly
        for position, view in self.lists.items():
            self.add_buttons[position].setEnabled(not readonly)
            view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if readonly
                                 else QAbstractItemView.DragDropMode.DragDrop)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if readonly
                                 else QAbstractItemView.EditTrigger.EditKeyPressed)
        for model in self.models.values():
            model.option = None           # the old dossier's option does not exist in the new one
            model.set_session(session)
            model.modelReset.connect(self._update_headers, Qt.ConnectionType.UniqueConnection)
        self.options.set_session(session)

    def _option_chosen(self, _row: int) -> None:
        if not self._options_resetting:     # the combo box's own reset must not pick option 1
            self.set_option(self.option_box.currentData(KEY_ROLE))

    def _options_about_to_reset(self) -> None:
        self._options_resetting = True

    def _options_reset(self) -> None:
        # The combo box reacts to the reset after us (and jumps to option 1): its signal is
        # ignored until the model has finished (``settled``), which puts it back.
        row = self.options.row_of(self.option)
        if row < 0 and self.options.rowCount():
            row = 0
        self.option_box.blockSignals(True)
        self.option_box.setCurrentIndex(row)
        self.option_box.blockSignals(False)
        self.set_option(self.option_box.currentData(KEY_ROLE))

    def _options_settled(self) -> None:
        self._options_resetting = False
        row = self.options.row_of(self.option)
        if row >= 0 and self.option_box.currentIndex() != row:
            self.option_box.blockSignals(True)
            self.option_box.setCurrentIndex(row)
            self.option_box.blockSignals(False)

    def set_option(self, key: str | None) -> None:
        if key is not None and self.option_box.currentData(KEY_ROLE) != key:
            row = self.options.row_of(key)
            if row >= 0:
                self.option_box.setCurrentIndex(row)    # comes back here through the signal
                return
        changed = key != self.option
        self.option = key
        record = self.options.records[self.options.row_of(key)] if key in self._keys() else None
        colour = QColor(record.colour) if record is not None and record.colour else QColor("#4e79a7")
        self.description.setText(record.description if record is not None else "")
        for position, model in self.models.items():
            self.lists[position].card_delegate.accent = colour
            if changed:
                model.set_option(key)
        self._update_headers()

    def _keys(self) -> list[str]:
        return [o.key for o in self.options.records]

    # --- edits ---------------------------------------------------------------------------------
    def add_argument(self, position: str) -> None:
        if self.session is None or self.option is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Argument toevoegen"),
            self.tr("%1 bij %2:").replace("%1", labels.label("position", position))
            .replace("%2", self.option))
        if ok and text.strip():
            self.session.run("argument.add", self.session.project.add_argument, self.option,
                             position, text.strip())

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def merge(self, target: int, other: int) -> None:
        if self.session is None:
            return
        if self.confirm(self.tr("Argumenten samenvoegen"),
                        self.tr("Argument #%1 samenvoegen met #%2? De citaten van #%1 gaan naar "
                                "#%2 en #%1 verdwijnt.").replace("%1", str(other))
                        .replace("%2", str(target))):
            self.session.run("argument.merge", self.session.project.merge_arguments, target, other)

    def _card_chosen(self, position: str, current: QModelIndex) -> None:
        if current.isValid():
            self.last_column = position

    def selected_argument(self) -> int | None:
        """The argument whose card was chosen last (in any column), or None."""
        if self.last_column is None:
            return None
        index = self.lists[self.last_column].currentIndex()
        return index.data(NUMBER_ROLE) if index.isValid() else None

    def delete_selected(self) -> None:
        for view in self.lists.values():
            index = view.currentIndex()
            if view.hasFocus() and index.isValid():
                self.delete_argument(index.data(NUMBER_ROLE))

    def delete_argument(self, number: int) -> None:
        if self.session is None:
            return
        linked = len(self.session.project.argument(number).quote_numbers)
        if self.confirm(
                self.tr("Argument verwijderen"),
                self.tr("Argument #%1 verwijderen?").replace("%1", str(number)) + "\n\n"
                + (self.tr("De %1 gekoppelde citaten blijven bewaard in hun bron.")
                   .replace("%1", str(linked)) if linked else
                   self.tr("Er hangen geen citaten aan.")) + " "
                + self.tr("U kunt dit ongedaan maken.")):
            self.session.run("argument.delete", self.session.project.delete_argument, number)

    def card_menu(self, view: CardList, point) -> None:
        index: QModelIndex = view.indexAt(point)
        if not index.isValid() or self.session is None:
            return
        number = index.data(NUMBER_ROLE)
        card = index.data(CARD_ROLE)
        menu = QMenu(self)
        menu.addAction(icon("edit"), self.tr("Tekst wijzigen"), lambda: view.edit(index))
        for quote in card.quotes:
            menu.addAction(icon("quote"), self.tr("Citaat #%1 openen (%2)")
                           .replace("%1", str(quote.number)).replace("%2", quote.advisor),
                           lambda q=quote.number: self.session.show_quote.emit(q))
        move = menu.addMenu(self.tr("Verplaatsen naar"))
        for position in POSITIONS:
            if position != cast(ArgumentColumnModel, view.model()).position:
                move.addAction(icon(labels.POSITION_ICONS[position]),
                               labels.label("positions", position),
                               lambda p=position: self.models[p].move(number, 10**6))
        menu.addSeparator()
        menu.addAction(icon("delete"), self.tr("Verwijderen"), lambda: self.delete_argument(number))
        menu.exec(view.viewport().mapToGlobal(point))

"""One column of the option board: the arguments of one option in one position, as cards.

Each row is a ``Card``: the argument and the quotes it rests on (advisor, citation, first line).
Dragging a card between rows moves it (``move_argument``); dropping it on another card asks the
view to merge the two. Every change runs through the session (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, Qt, QTimer

from ui.models.base import Index, SessionFollower

MIME = "application/x-consultation-workbench-argument"
CARD_ROLE = Qt.ItemDataRole.UserRole + 10
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 11


@dataclass(frozen=True)
class QuoteLine:
    number: int
    advisor: str
    citation: str
    first_line: str


@dataclass(frozen=True)
class Card:
    number: int
    text: str
    quotes: tuple[QuoteLine, ...]
    advisors: tuple[str, ...]


_shared: list = []   # [project, option, generation, summaries]: one entry


def _quote_summaries(project, option: str) -> dict:
    """The option's quotes in short, loaded once for the board's three columns (they reload
    together after each edit; a big option has 10,000 quotes)."""
    generation = project.generation
    if not (_shared and _shared[0] is project and _shared[1:3] == [option, generation]):
        _shared[:] = [project, option, generation, project.quote_summaries(option)]
    return _shared[3]


def load_cards(project, option: str, position: str) -> list[Card]:
    quotes = _quote_summaries(project, option)
    cards = []
    for argument in project.arguments(option, position):
        lines = []
        for number in argument.quote_numbers:
            q = quotes.get(number)
            if q is None:
                continue
            citation = f"p. {q.page}" if q.page else (q.heading or "")[:40]
            first = q.opening.split("\n", 1)[0]
            lines.append(QuoteLine(number, q.advisor_key or "—", citation, first))
        who = tuple(dict.fromkeys(line.advisor for line in lines))
        cards.append(Card(argument.number, argument.text, tuple(lines), who))
    return cards


class ArgumentColumnModel(SessionFollower, QAbstractListModel):
    def __init__(self, position: str, parent: QObject | None = None) -> None:
        QAbstractListModel.__init__(self, parent)
        self.position = position
        self.option: str | None = None
        self.cards: list[Card] = []
        self.merge_requested: Callable[[int, int], None] | None = None   # (target, dropped)

    def set_option(self, option: str | None) -> None:
        self.option = option
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        project = self.session.project if self.session is not None else None
        self.cards = load_cards(project, self.option, self.position) if project and self.option else []
        self.endResetModel()

    # --- reading ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.cards):
            return None
        card = self.cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([card.text, *(f"#{q.number} {q.advisor} {q.citation}: {q.first_line}"
                                           for q in card.quotes)])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.text} ({len(card.quotes)})"
        if role == CARD_ROLE:
            return card
        if role == NUMBER_ROLE:
            return card.number
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)

    # --- editing ------------------------------------------------------------------------------
    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.session is None or not index.isValid():
            return False
        card = self.cards[index.row()]
        text = str(value).strip()
        if not text or text == card.text:
            return False
        project = self.session.project
        QTimer.singleShot(0, lambda: self.session.run("argument.edit", project.update_argument,
                                                      card.number, text=text))
        return True

    # --- drag and drop ------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        numbers = [str(self.cards[i.row()].number) for i in indexes if i.isValid()]
        data.setData(MIME, ",".join(numbers[:1]).encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(MIME) or self.session is None or self.option is None:
            return False
        number = int(bytes(data.data(MIME)).decode() or 0)
        if parent.isValid() and row < 0:                    # dropped onto a card: merge
            target = self.cards[parent.row()].number
            if target != number and self.merge_requested is not None:
                QTimer.singleShot(0, lambda: self.merge_requested(target, number))
            return False
        at = row if row >= 0 else len(self.cards)
        QTimer.singleShot(0, lambda: self.move(number, at))
        return False                                       # the view must not remove rows

    def move(self, number: int, row: int) -> None:
        """Move argument ``number`` into this column at ``row`` (rows as currently shown)."""
        index = row
        current = [c.number for c in self.cards]
        if number in current and current.index(number) < row:
            index -= 1                                     # its own row is taken out first
        self.session.run("argument.move", self.session.project.move_argument, number,
                         option=self.option, position=self.position, index=index)

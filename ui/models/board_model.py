"""One column of the option board: the arguments of one option in one position, as cards.

Each row is a ``Card``: the argument (the core's own record, so a field added to an argument
reaches the card without being copied) and the quotes it rests on (advisor, citation, first
line).
Dragging a card between rows moves it (``move_argument``); dropping it on another card asks the
view to merge the two. Every change runs through the session (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import overload

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, Qt, QTimer

from ui.models.base import COMPOSER_AND_SCANS, Index, SessionFollower
from workbench.display import shorten
from workbench.model import Argument

MIME = "application/x-consultation-workbench-argument"
CARD_ROLE = Qt.ItemDataRole.UserRole + 10
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 11
# (text, number of quote lines): all a card's size depends on, without reading its quotes
SHAPE_ROLE = Qt.ItemDataRole.UserRole + 12


@dataclass(frozen=True)
class QuoteLine:
    number: int
    advisor: str
    citation: str
    first_line: str


@dataclass(frozen=True)
class Card:
    argument: Argument
    quotes: tuple[QuoteLine, ...]
    advisors: tuple[str, ...]

    @property
    def number(self) -> int:
        return self.argument.number

    @property
    def text(self) -> str:
        return self.argument.text


PAGE = 16            # cards built per query: a column shows 4-10 at once (#15: 48 read ~500 quotes)


def _card(argument: Argument, quotes: list) -> Card:
    lines = []
    for q in quotes:
        citation = f"p. {q.page}" if q.page else shorten(q.heading or "", 40)
        first = q.opening.split("\n", 1)[0]
        lines.append(QuoteLine(q.number, q.advisor_key or "—", citation, first))
    who = tuple(dict.fromkeys(line.advisor for line in lines))
    return Card(argument, tuple(lines), who)


class LazyCards(Sequence[Card]):
    """The cards of one column, built a page at a time when the view (or anyone) reads them.

    What sizes a card (number, text, how many quotes) is loaded at once for the whole column;
    what a card shows of its quotes (advisor, citation, first line) is read only for the
    pages that are looked at, one query per page: an option with 1,000 arguments has ~10,000
    quotes, of which a column shows a few dozen (#15).
    """

    def __init__(self, project, heads: list[tuple[int, str, int]]) -> None:
        self.project = project
        self.heads = heads
        self._built: dict[int, Card] = {}

    def __len__(self) -> int:
        return len(self.heads)

    @overload
    def __getitem__(self, row: int) -> Card: ...
    @overload
    def __getitem__(self, row: slice) -> list[Card]: ...

    def __getitem__(self, row: int | slice) -> Card | list[Card]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        card = self._built.get(row)
        if card is None:
            self._build_page(row - row % PAGE)
            card = self._built[row]
        return card

    def _build_page(self, start: int) -> None:
        page = self.heads[start:start + PAGE]
        numbers = [number for number, _text, _count in page]
        arguments = {a.number: a for a in self.project.arguments(numbers=numbers)}
        quotes = self.project.card_quotes(numbers)
        for offset, (number, text, _count) in enumerate(page):
            # deleted since the column was laid out (its reload is on its way): shown as it was
            argument = arguments.get(number) or Argument(0, "", number, "", "", text, 0)
            self._built[start + offset] = _card(argument, quotes.get(number, []))


def load_cards(project, option: str, position: str) -> LazyCards:
    return LazyCards(project, project.argument_heads(option, position))


class ArgumentColumnModel(SessionFollower, QAbstractListModel):
    NOT_SHOWN = COMPOSER_AND_SCANS
    def __init__(self, position: str, parent: QObject | None = None) -> None:
        QAbstractListModel.__init__(self, parent)
        self.position = position
        self.option: str | None = None
        self.cards: Sequence[Card] = []
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
        if isinstance(self.cards, LazyCards):       # answered without building the card
            number, text, count = self.cards.heads[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return text
            if role == SHAPE_ROLE:
                return text, count
            if role == NUMBER_ROLE:
                return number
        card = self.cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.text
        if role == SHAPE_ROLE:
            return card.text, len(card.quotes)
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
        session = self.session
        project = session.project
        QTimer.singleShot(0, lambda: session.run("argument.edit", project.update_argument,
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
        numbers = [str(i.data(NUMBER_ROLE)) for i in indexes if i.isValid()]
        data.setData(MIME, ",".join(numbers[:1]).encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(MIME) or self.session is None or self.option is None:
            return False
        number = int(bytes(data.data(MIME).data()).decode() or 0)
        if parent.isValid() and row < 0:                    # dropped onto a card: merge
            target = parent.data(NUMBER_ROLE)
            merge = self.merge_requested
            if target != number and merge is not None:
                QTimer.singleShot(0, lambda: merge(target, number))
            return False
        at = row if row >= 0 else len(self.cards)
        QTimer.singleShot(0, lambda: self.move(number, at))
        return False                                       # the view must not remove rows

    def move(self, number: int, row: int) -> None:
        """Move argument ``number`` into this column at ``row`` (rows as currently shown)."""
        index = row
        current = [self.index(r, 0).data(NUMBER_ROLE) for r in range(self.rowCount())]
        if number in current and current.index(number) < row:
            index -= 1                                     # its own row is taken out first
        assert self.session is not None                    # dropped on a column with a dossier
        self.session.run("argument.move", self.session.project.move_argument, number,
                         option=self.option, position=self.position, index=index)

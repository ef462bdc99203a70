"""The stance matrix: advisors (rows) x options (columns), each cell the advisor's stance."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ui import labels
from ui.models.base import COMPOSER_AND_SCANS, Index, SessionFollower
from workbench import WorkbenchError
from workbench.display import shorten

STANCE_ROLE = Qt.ItemDataRole.UserRole + 20
MISSING_ROLE = Qt.ItemDataRole.UserRole + 21
NONE = ""          # the editor's choice "no stance recorded"


class StanceModel(SessionFollower, QAbstractTableModel):
    NOT_SHOWN = COMPOSER_AND_SCANS
    def __init__(self, parent: QObject | None = None) -> None:
        QAbstractTableModel.__init__(self, parent)
        self.advisors: list = []
        self.options: list = []
        self.stances: dict[tuple[str, str], object] = {}
        self.quotes: dict[int, object] = {}

    def reload(self) -> None:
        self.beginResetModel()
        project = self.session.project if self.session is not None else None
        self.advisors = project.advisors() if project else []
        self.options = project.options() if project else []
        self.stances = {(s.advisor_key, s.option_key): s for s in project.stances()} if project else {}
        self.quotes = {}   # filled on demand by tooltips: a big dossier has 50,000 quotes
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.advisors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.options)

    def stance_at(self, index: Index):
        return self.stances.get((self.advisors[index.row()].key, self.options[index.column()].key))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        stance = self.stance_at(index)
        code = stance.stance if stance is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            if not code:
                return "?"
            text = labels.label("stance", code)
            if not getattr(stance, "explicit", True):
                text += " " + self.tr("(afgeleid)")
            if stance.quote_numbers:
                text += f"\n{len(stance.quote_numbers)} " + (
                    self.tr("citaat") if len(stance.quote_numbers) == 1 else self.tr("citaten"))
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            advisor, option = self.advisors[index.row()], self.options[index.column()]
            shown = self.data(index) if code else self.tr("nog geen standpunt")
            return f"{advisor.key}, {option.key}: {shown}"
        if role in (Qt.ItemDataRole.EditRole, STANCE_ROLE):
            return code or NONE
        if role == MISSING_ROLE:
            return stance is None
        if role == Qt.ItemDataRole.BackgroundRole and code:
            return labels.stance_colour(code)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, stance)
        return None

    def _tooltip(self, index: Index, stance) -> str:
        advisor, option = self.advisors[index.row()], self.options[index.column()]
        head = f"{advisor.key} — {option.key}"
        if stance is None:
            return head + "\n" + self.tr("Nog geen standpunt vastgelegd.")
        shown = str(self.data(index)).split("\n")[0]      # "Voorkeur (afgeleid)", whole
        lines = [f"{head}: {shown}"]
        if not getattr(stance, "explicit", True):
            lines.append(self.tr("Afgeleid uit het advies (niet uitdrukkelijk gezegd)."))
        if stance.note:
            lines.append(stance.note)
        for number in stance.quote_numbers:
            quote = self._quote(number)
            if quote is not None:
                lines.append(f"#{number}: “{shorten(quote.exact, 160)}”")
        return "\n".join(lines)

    def _quote(self, number: int):
        if number not in self.quotes and self.session is not None:
            try:
                self.quotes[number] = self.session.project.quote(number)
            except WorkbenchError:
                self.quotes[number] = None
        return self.quotes.get(number)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        records = self.options if horizontal else self.advisors
        if section >= len(records):
            return None
        record = records[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return record.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.title if horizontal else record.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def apply(self, index: Index, values: dict) -> None:
        """Store what the stance dialog gives (stance, explicit, quotes, note): one undo step."""
        if self.session is None or not index.isValid():
            return
        advisor, option = self.advisors[index.row()].key, self.options[index.column()].key
        project = self.session.project
        if values["stance"] == NONE:
            if self.stance_at(index) is not None:
                self.session.run("stance.set", project.clear_stance, advisor, option)
            return
        self.session.run("stance.set", project.set_stance, advisor, option, values["stance"],
                         quotes=values["quotes"], note=values["note"],
                         explicit=values["explicit"])

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.session is None or not index.isValid():
            return False
        advisor, option = self.advisors[index.row()].key, self.options[index.column()].key
        stance = self.stance_at(index)
        current = stance.stance if stance is not None else NONE
        if value == current:
            return False
        project = self.session.project
        if value == NONE:
            self.session.run("stance.set", project.clear_stance, advisor, option)
        else:
            keep = stance.quote_numbers if stance is not None else ()
            note = stance.note if stance is not None else ""
            self.session.run("stance.set", project.set_stance, advisor, option, value,
                             quotes=keep, note=note)
        return True

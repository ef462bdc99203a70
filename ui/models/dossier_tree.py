"""The dossier navigator's model: questions with their options, advisors with their sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
)
from PySide6.QtGui import QColor

from ui.models.base import touched
from workbench import Project
from workbench.display import for_display

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str                       # "group", "question", "option", "advisor", "source"
    key: str
    label: str
    detail: str = ""
    parent: Node | None = None
    tip: str = ""                   # the tooltip, when it says more than the label
    children: list[Node] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class DossierTreeModel(QAbstractItemModel):
    """Two top-level groups, "Vragen" and "Adviesinstanties"; rebuilt when the dossier changes."""

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", "")
        self._project: Project | None = None
        if project is not None:
            self.set_project(project)

    def set_project(self, project: Project | None, sources: list | None = None) -> None:
        """``sources``: the project's sources, read already (off the GUI thread)."""
        if self._project is not None:
            self._project.unsubscribe(self._on_change)
        self._project = project
        if project is not None:
            project.subscribe(self._on_change)
        if project is not None and sources is not None:
            self._sources = self._group(sources)
            self.reload(keep_sources=True)
        else:
            self.reload()

    # what the tree shows comes from these (argument: the counts per option)
    SHOWN_FROM = frozenset({"question", "option", "advisor", "source", "argument"})

    # the sources under each advisor come from these: an option's or an argument's edit
    # rebuilds the tree from the sources read before (#14: re-reading the 2,000 sources of the
    # benchmark dossier after every edit of an argument took 60-80 ms of the window's time)
    SOURCES_FROM = frozenset({"advisor", "source"})
    _sources: dict[str, list[tuple[int, str]]] | None = None

    def _on_change(self, _label: str) -> None:
        if QThread.currentThread() == self.thread() and touched(self._project, self.SHOWN_FROM):
            # (background edits: reload() follows)
            self.reload(keep_sources=not touched(self._project, self.SOURCES_FROM))

    def reload(self, keep_sources: bool = False) -> None:
        """Re-read the dossier; ``keep_sources``: the sources have not changed since the
        last reload (only what the edit touched is read again)."""
        if not keep_sources:
            self._sources = None
        self.beginResetModel()
        self._root = Node("root", "", "")
        if self._project is not None:
            self._build(self._project)
        self.endResetModel()

    def _build(self, project: Project) -> None:
        questions = self._root.add(Node("group", "questions", self.tr("Vragen")))
        options_by_question: dict[str, list] = {}
        for option in project.options():
            options_by_question.setdefault(option.question_key, []).append(option)
        counts = self._argument_counts(project)
        for q in project.questions():
            qn = questions.add(Node("question", q.key, f"{q.key}  {q.text}"))
            for o in options_by_question.get(q.key, []):
                n = counts.get(o.key, {})
                label = f"{o.key}  {o.title}"
                tip = ""
                if n:
                    # the marks of the board's columns: + pro, − contra, ◇ voorwaarde
                    label += f"  ({n.get('pro', 0)}+ {n.get('con', 0)}− {n.get('condition', 0)}◇)"
                    tip = f"{label}\n" + self._arguments_in_words(n)
                qn.add(Node("option", o.key, label, o.colour, tip=tip))
        advisors = self._root.add(Node("group", "advisors", self.tr("Adviesinstanties")))
        if self._sources is None:
            self._sources = self._sources_by_advisor(project)
        sources = self._sources
        for a in project.advisors():
            an = advisors.add(Node("advisor", a.key, a.name, a.status))
            for number, title in sources.get(a.key, []):
                an.add(Node("source", str(number), title))
        background = sources.get("", [])
        if background:                  # sources without an advisor: the green paper, studies
            group = self._root.add(Node("group", "background",
                                        self.tr("Achtergronddocumenten")))
            for number, title in background:
                group.add(Node("source", str(number), title))

    @staticmethod
    def _argument_counts(project: Project) -> dict[str, dict[str, int]]:
        return project.argument_counts()

    def _arguments_in_words(self, n: dict[str, int]) -> str:
        """"Argumenten: 3 pro, 5 contra, 1 voorwaarde": the label's marks in words."""
        conditions = n.get("condition", 0)
        text = (self.tr("Argumenten: %1 pro, %2 contra, 1 voorwaarde") if conditions == 1 else
                self.tr("Argumenten: %1 pro, %2 contra, %3 voorwaarden"))
        return (text.replace("%1", str(n.get("pro", 0))).replace("%2", str(n.get("con", 0)))
                .replace("%3", str(conditions)))

    @classmethod
    def _sources_by_advisor(cls, project: Project) -> dict[str, list[tuple[int, str]]]:
        return cls._group(project.sources())

    @staticmethod
    def _group(sources: list) -> dict[str, list[tuple[int, str]]]:
        grouped: dict[str, list[tuple[int, str]]] = {}
        for s in sources:
            grouped.setdefault(s.advisor_key or "", []).append((s.number, s.title))
        return grouped

    # --- QAbstractItemModel ---------------------------------------------------------------
    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        # bounds checked here, not with hasIndex(): that calls back into rowCount() and
        # columnCount() in Python, for each of the 2,000 sources expanded at every opening
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.ToolTipRole and node.tip:
            return "\n".join(for_display(line) for line in node.tip.split("\n"))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # titles and names come from other people's files: no fake lines or reversed text
            return for_display(node.label)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(node)
        if role == KIND_ROLE:
            return node.kind
        if role == KEY_ROLE:
            return node.key
        return None

    @staticmethod
    def _decoration(node: Node):
        if node.kind == "option" and node.detail:
            return QColor(node.detail)
        from ui.icons import icon

        return icon({"question": "question", "advisor": "advisor", "source": "source",
                     "option": "option"}.get(node.kind, "dossier"))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Dossier")
        return None

    def find(self, kind: str, key: str) -> QModelIndex:
        """The index of the node of ``kind`` with ``key``, or an invalid index."""
        stack = [(self._root, QModelIndex())]
        while stack:
            node, index = stack.pop()
            for row, child in enumerate(node.children):
                child_index = self.index(row, 0, index)
                if child.kind == kind and child.key == key:
                    return child_index
                stack.append((child, child_index))
        return QModelIndex()

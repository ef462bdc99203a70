"""One open dossier in the GUI: the project, its undo stack, and the signals views share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.commands import CommandRunner
from workbench import Project

if TYPE_CHECKING:
    from ui.first_reads import FirstReads


class Session(QObject):
    """Views edit through ``run`` (one undo step per call) and navigate through the signals."""

    changed = Signal(str)                 # after every committed edit (the core's label)
    reloaded = Signal()                   # after edits made through another connection
    show_source = Signal(int, int, int)   # source number, start, end (offsets in its text)
    show_quote = Signal(int)              # quote number
    show_option = Signal(str)             # option key
    show_place = Signal(str, str)         # kind ("option", "advisor", "source"...), key
    # The opening is over: the views show the dossier and the work it defers (the first
    # suggestion scan, the on-open backup) has been started, or was not needed. Emitted once.
    # That work waits for it because its Python in this process holds the interpreter the
    # window needs while it fills the new dossier's views (#14); code and tests that wait for
    # "the opening's scan has ended" wait for this first (``is_settled``).
    settled = Signal()

    def __init__(self, project: Project, widget: QWidget, *, settled: bool = True) -> None:
        """``settled=False``: an opening whose owner calls ``settle()`` once its window shows
        the dossier; a session made otherwise (a test, a panel on its own) is settled now."""
        super().__init__(widget)
        self.project = project
        self.is_settled = settled
        # what the views read first, read ahead off the GUI thread; only while they load
        # the dossier (``MainWindow.set_project``)
        self.first_reads: FirstReads | None = None
        self.stack = QUndoStack(self)
        self.runner = CommandRunner(project, self.stack, widget)
        self.busy = False                 # a background task is using the project
        project.subscribe(self._on_change)

    def run(self, name: str, call, *args: Any, **kwargs: Any) -> Any:
        if self.busy:
            return None
        return self.runner.run(name, call, *args, **kwargs)

    def settle(self) -> None:
        """The opening is over: start what waits for it (``settled``), once."""
        if self.is_settled:
            return
        self.is_settled = True
        self.settled.emit()

    def when_settled(self, slot: Callable[[], None]) -> None:
        """Call ``slot`` once the opening is over: now when it is, else on ``settled``."""
        if self.is_settled:
            slot()
        else:
            self.settled.connect(slot, Qt.ConnectionType.SingleShotConnection)

    def clear_undo_with_notice(self, reason: str) -> None:
        """After writes that are not undo steps (a batch import): forget the undo history and
        show ``reason`` (see ``CommandRunner.clear_undo_with_notice``)."""
        self.runner.clear_undo_with_notice(reason)

    def _on_change(self, label: str) -> None:
        if QThread.currentThread() != self.thread():
            return                        # a background task's edit: reload() follows
        self.changed.emit(label)

    def reload(self) -> None:
        """Tell every view to re-read the dossier (after a background import, for instance)."""
        self.reloaded.emit()

    def close(self) -> None:
        self.detach()
        self.project.close()

    def detach(self) -> None:
        """Stop following the project (another session takes it over)."""
        self.project.unsubscribe(self._on_change)
        self.stack.clear()
        self.project.close()

"""Undo for every edit: one generic ``QUndoCommand`` around one core call.

The core captures each operation's changeset (``project.last_change``) and can revert it,
returning the changeset that re-applies it. So one command class serves every edit:

* first ``redo()`` runs the call and keeps ``last_change``;
* ``undo()`` reverts it and keeps the returned redo changeset;
* later ``redo()`` reverts that redo changeset.

A call that fails with a ``WorkbenchError`` is reported and the command made obsolete, so the
stack never holds an edit that did not happen. An undo or redo the core refuses because a record
changed since (``UndoConflict``: an import or re-import wrote outside the stack) is explained and
the whole history cleared: the steps below it could no longer be trusted either.

Writes that are not commands (a batch import, which runs on its own connection) must clear the
history with a visible notice: ``CommandRunner.clear_undo_with_notice(reason)``. Machine-made
writes (suggestion scans) need not: undo takes their rows along.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ui.messages import error_text
from workbench import Changeset, Project, UndoConflict, WorkbenchError

ErrorReporter = Callable[[str, str], None]
Notifier = Callable[[str], None]


def names(key: str) -> str:
    """The readable, translated name of an edit (shown in Edit > Undo ...)."""
    return QCoreApplication.translate("Commands", str(_NAMES.get(key, key)))


# Dutch is the source language; QT_TRANSLATE_NOOP marks the names for lupdate.
_NAMES = {
    "dossier.edit": QT_TRANSLATE_NOOP("Commands", "Dossiergegevens wijzigen"),
    "question.add": QT_TRANSLATE_NOOP("Commands", "Vraag toevoegen"),
    "question.edit": QT_TRANSLATE_NOOP("Commands", "Vraag wijzigen"),
    "question.delete": QT_TRANSLATE_NOOP("Commands", "Vraag verwijderen"),
    "option.add": QT_TRANSLATE_NOOP("Commands", "Optie toevoegen"),
    "option.edit": QT_TRANSLATE_NOOP("Commands", "Optie wijzigen"),
    "option.delete": QT_TRANSLATE_NOOP("Commands", "Optie verwijderen"),
    "advisor.add": QT_TRANSLATE_NOOP("Commands", "Adviesinstantie toevoegen"),
    "advisor.edit": QT_TRANSLATE_NOOP("Commands", "Adviesinstantie wijzigen"),
    "advisor.delete": QT_TRANSLATE_NOOP("Commands", "Adviesinstantie verwijderen"),
    "quote.add": QT_TRANSLATE_NOOP("Commands", "Citaat toevoegen"),
    "quote.delete": QT_TRANSLATE_NOOP("Commands", "Citaat verwijderen"),
    "quote.note": QT_TRANSLATE_NOOP("Commands", "Notitie bij citaat wijzigen"),
    "argument.add": QT_TRANSLATE_NOOP("Commands", "Argument toevoegen"),
    "argument.edit": QT_TRANSLATE_NOOP("Commands", "Argument wijzigen"),
    "argument.move": QT_TRANSLATE_NOOP("Commands", "Argument verplaatsen"),
    "argument.merge": QT_TRANSLATE_NOOP("Commands", "Argumenten samenvoegen"),
    "argument.delete": QT_TRANSLATE_NOOP("Commands", "Argument verwijderen"),
    "argument.unlink": QT_TRANSLATE_NOOP("Commands", "Citaat loskoppelen"),
    "stance.set": QT_TRANSLATE_NOOP("Commands", "Standpunt instellen"),
    "suggestion.accept": QT_TRANSLATE_NOOP("Commands", "Suggestie aanvaarden"),
    "suggestion.dismiss": QT_TRANSLATE_NOOP("Commands", "Suggestie afwijzen"),
    "suggestion.move": QT_TRANSLATE_NOOP("Commands", "Suggestie naar andere optie"),
    "suggestion.not_relevant": QT_TRANSLATE_NOOP("Commands", "Passage niet relevant"),
    "source.delete": QT_TRANSLATE_NOOP("Commands", "Bron verwijderen"),
    "section.add": QT_TRANSLATE_NOOP("Commands", "Sectie toevoegen"),
    "section.edit": QT_TRANSLATE_NOOP("Commands", "Tekst van sectie wijzigen"),
    "section.rename": QT_TRANSLATE_NOOP("Commands", "Sectie hernoemen"),
    "section.move": QT_TRANSLATE_NOOP("Commands", "Sectie verplaatsen"),
    "section.delete": QT_TRANSLATE_NOOP("Commands", "Sectie verwijderen"),
    "section.draft": QT_TRANSLATE_NOOP("Commands", "Ontwerp uit bewijs"),
    "block.not_relevant": QT_TRANSLATE_NOOP("Commands", "Passage als niet relevant markeren"),
}


# What a record is called in the message of a refused undo (table names of the store).
_RECORDS = {
    "source": QT_TRANSLATE_NOOP("Commands", "bron"),
    "block": QT_TRANSLATE_NOOP("Commands", "passage"),
    "quote": QT_TRANSLATE_NOOP("Commands", "citaat"),
    "argument": QT_TRANSLATE_NOOP("Commands", "argument"),
    "stance": QT_TRANSLATE_NOOP("Commands", "standpunt"),
    "option": QT_TRANSLATE_NOOP("Commands", "optie"),
    "question": QT_TRANSLATE_NOOP("Commands", "vraag"),
    "advisor": QT_TRANSLATE_NOOP("Commands", "adviesinstantie"),
    "section": QT_TRANSLATE_NOOP("Commands", "sectie"),
}


def conflict_message(error: UndoConflict) -> str:
    """The Dutch (translated) explanation of a refused undo or redo."""
    record = QCoreApplication.translate("Commands", str(_RECORDS.get(error.kind, "record")))
    return QCoreApplication.translate(
        "Commands",
        "Deze stap kan niet ongedaan gemaakt of opnieuw uitgevoerd worden: een %1 werd intussen "
        "gewijzigd buiten de geschiedenis om (bijvoorbeeld door een import). Er is niets "
        "gewijzigd. De geschiedenis van ongedaan maken is gewist.").replace("%1", record)


class CoreCommand(QUndoCommand):
    """One undoable core call. ``result`` holds what the call returned (None if it failed)."""

    def __init__(self, project: Project, text: str, call: Callable[[], Any],
                 report: ErrorReporter, on_conflict: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self._project = project
        self._call = call
        self._report = report
        self._on_conflict = on_conflict
        self._undo_change: Changeset | None = None
        self._redo_change: Changeset | None = None
        self.result: Any = None
        self.failed = False

    def redo(self) -> None:
        if self._undo_change is None:
            self._first_redo()
        elif self._redo_change is not None:
            self._undo_change = self._replay(self._redo_change)

    def undo(self) -> None:
        if self._undo_change is not None:
            self._redo_change = self._replay(self._undo_change)

    def _first_redo(self) -> None:
        before = self._project.last_change
        try:
            self.result = self._call()
        except WorkbenchError as exc:
            self._fail(error_text(exc))
            return
        change = self._project.last_change
        if change is before or not change:
            self.setObsolete(True)          # nothing changed: nothing to undo
            return
        self._undo_change = change

    def _replay(self, change: Changeset) -> Changeset | None:
        try:
            return self._project.revert(change)      # the audit says "Undo: <the edit>"
        except UndoConflict as exc:
            self._fail(conflict_message(exc))
            if self._on_conflict is not None:
                self._on_conflict()
            return None
        except WorkbenchError as exc:
            self._fail(error_text(exc))
            return None

    def _fail(self, message: str) -> None:
        self.failed = True
        self.setObsolete(True)
        self._report(self.text(), message)


class CommandRunner:
    """The undo stack of one open dossier and the one way the GUI edits it."""

    def __init__(self, project: Project, stack: QUndoStack, parent: QWidget | None = None,
                 report: ErrorReporter | None = None, notify: Notifier | None = None) -> None:
        self.project = project
        self.stack = stack
        self._parent = parent
        self._report = report or self._message_box
        self._notify = notify or self._status_bar
        self.last_notice = ""

    def run(self, name: str, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``call(*args, **kwargs)`` as one undo step named ``names(name)``.

        Returns the call's result, or None when it failed (the error has been shown)."""
        outcome: dict[str, Any] = {}

        def invoke() -> Any:
            outcome["result"] = call(*args, **kwargs)
            return outcome["result"]

        command = CoreCommand(self.project, names(name), invoke, self._report,
                              self._clear_after_conflict)
        self.stack.push(command)            # an obsolete command is deleted by the stack
        return outcome.get("result")

    def clear_undo_with_notice(self, reason: str) -> None:
        """Forget the undo history, and say so (status bar of the window, or ``notify``).

        For writes that are not on the stack (a batch import on its own connection): an undo
        past them could meet rows they changed. Call it from the GUI thread, outside a command
        (a task's result callback, for instance).
        """
        self.last_notice = reason
        self.stack.clear()
        self._notify(reason)

    def _clear_after_conflict(self) -> None:
        # Called inside the refused command's undo()/redo(): clearing the stack there would
        # delete the running command, so it waits for the event loop.
        self.last_notice = QCoreApplication.translate(
            "Commands", "De geschiedenis van ongedaan maken is gewist.")
        QTimer.singleShot(0, self.stack.clear)

    def _message_box(self, title: str, message: str) -> None:
        QMessageBox.warning(self._parent, title, message)

    def _status_bar(self, message: str) -> None:
        window = self._parent.window() if self._parent is not None else None
        if isinstance(window, QMainWindow):
            bar = window.statusBar()           # keep what is shown (an import's summary) in view
            current = bar.currentMessage()
            bar.showMessage(f"{current} {message}" if current else message, 15000)

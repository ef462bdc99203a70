"""Undo for every edit: one generic ``QUndoCommand`` around one core call.

The core captures each operation's changeset (``project.last_change``) and can revert it,
returning the changeset that re-applies it. So one command class serves every edit:

* first ``redo()`` runs the call and keeps ``last_change``;
* ``undo()`` reverts it and keeps the returned redo changeset;
* later ``redo()`` reverts that redo changeset.

A call that fails with a ``WorkbenchError`` is reported and the command made obsolete, so the
stack never holds an edit that did not happen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench import Project, WorkbenchError

ErrorReporter = Callable[[str, str], None]


def names(key: str) -> str:
    """The readable, translated name of an edit (shown in Edit > Undo ...)."""
    return QCoreApplication.translate("Commands", _NAMES.get(key, key))


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


class CoreCommand(QUndoCommand):
    """One undoable core call. ``result`` holds what the call returned (None if it failed)."""

    def __init__(self, project: Project, text: str, call: Callable[[], Any],
                 report: ErrorReporter) -> None:
        super().__init__(text)
        self._project = project
        self._call = call
        self._report = report
        self._undo_change = None
        self._redo_change = None
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
            self._fail(str(exc))
            return
        change = self._project.last_change
        if change is before or not change:
            self.setObsolete(True)          # nothing changed: nothing to undo
            return
        self._undo_change = change

    def _replay(self, change):
        try:
            return self._project.revert(change, self.text())
        except (WorkbenchError, sqlite3.Error) as exc:
            self._fail(str(exc))
            return None

    def _fail(self, message: str) -> None:
        self.failed = True
        self.setObsolete(True)
        self._report(self.text(), message)


class CommandRunner:
    """The undo stack of one open dossier and the one way the GUI edits it."""

    def __init__(self, project: Project, stack: QUndoStack, parent: QWidget | None = None,
                 report: ErrorReporter | None = None) -> None:
        self.project = project
        self.stack = stack
        self._parent = parent
        self._report = report or self._message_box

    def run(self, name: str, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``call(*args, **kwargs)`` as one undo step named ``names(name)``.

        Returns the call's result, or None when it failed (the error has been shown)."""
        outcome: dict[str, Any] = {}

        def invoke() -> Any:
            outcome["result"] = call(*args, **kwargs)
            return outcome["result"]

        command = CoreCommand(self.project, names(name), invoke, self._report)
        self.stack.push(command)            # an obsolete command is deleted by the stack
        return outcome.get("result")

    def _message_box(self, title: str, message: str) -> None:
        QMessageBox.warning(self._parent, title, message)

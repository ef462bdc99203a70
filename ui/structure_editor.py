"""Add, edit and delete the dossier's structure (header, questions, options, advisors).

Each change is one ``CommandRunner.run`` call, hence one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import labels
from ui.commands import CommandRunner
from ui.dialogs.structure import (
    OPTION_COLOURS,
    AdvisorDialog,
    DossierDialog,
    OptionDialog,
    QuestionDialog,
    key_prefix,
    next_key,
)
from workbench import WorkbenchError


def _changed(current: object, values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if getattr(current, k, None) != v}


class StructureEditor(QObject):
    def __init__(self, runner: CommandRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self.project = runner.project
        self._parent = parent

    # --- confirmation (tests patch this) --------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> bool:
        """Explain a next step; True when the user goes on (OK), False on Cancel."""
        answer = QMessageBox.information(
            self._parent, title, text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Ok)
        return answer == QMessageBox.StandardButton.Ok

    def impact(self, kind: str, key: str) -> str:
        """What else goes, from the core's count ("Dit verwijdert ook 4 argumenten...")."""
        try:
            impact = self.project.deletion_impact(kind, key)
        except WorkbenchError:
            return ""
        return labels.impact_text(kind, impact) + " " + self.tr("U kunt dit ongedaan maken.")

    def _ok(self, name: str, call, *args, **kwargs) -> bool:
        before = self.runner.stack.count()
        self.runner.run(name, call, *args, **kwargs)
        return self.runner.stack.count() > before

    # --- dossier ----------------------------------------------------------------------
    def edit_dossier(self) -> None:
        current = self.project.dossier()

        def submit(values: dict[str, Any]) -> bool:
            changed = _changed(current, values)
            return not changed or self._ok("dossier.edit", self.project.set_dossier, **changed)

        DossierDialog(current, self._parent, submit).exec()

    # --- questions ----------------------------------------------------------------------
    def add_question(self) -> None:
        def submit(v: dict[str, Any]) -> bool:
            return self._ok("question.add", self.project.add_question, v["key"], v["text"])

        taken = [q.key for q in self.project.questions()]
        QuestionDialog(None, self._parent, submit, next_key("Q", taken)).exec()

    def edit_question(self, key: str) -> None:
        current = self.project.question(key)

        def submit(v: dict[str, Any]) -> bool:
            changed = _changed(current, v)
            if "key" in changed:
                changed["new_key"] = changed.pop("key")
            return not changed or self._ok("question.edit", self.project.update_question,
                                           key, **changed)

        QuestionDialog(current, self._parent, submit).exec()

    def delete_question(self, key: str) -> None:
        if self.confirm(self.tr("Vraag verwijderen"),
                        self.tr("Vraag %1 verwijderen?").replace("%1", key) + "\n\n"
                        + self.impact("question", key)):
            self._ok("question.delete", self.project.delete_question, key)

    # --- options ------------------------------------------------------------------------
    def _option_dialog(self, option, submit, question_key=None) -> OptionDialog:
        if option is not None:
            return OptionDialog(option, self.project.questions(), self.project.advisors(),
                                self._parent, submit, question_key)
        # A new option gets a free key continuing the user's series (S1, S2... or O1, O2...)
        # and a colour no other option has.
        options = self.project.options()
        keys = [o.key for o in sorted(options, key=lambda o: o.id)]
        used = {o.colour.lower() for o in options if o.colour}
        colour = next((c for c in OPTION_COLOURS if c not in used), "")
        return OptionDialog(None, self.project.questions(), self.project.advisors(),
                            self._parent, submit, question_key,
                            next_key(key_prefix(keys, "O"), keys), colour)

    def add_option(self, question_key: str | None = None) -> None:
        if not self.project.questions():
            # An option answers a question: ask for the question first, then go on.
            if not self.inform(self.tr("Optie toevoegen"),
                               self.tr("Een optie hoort bij een vraag uit het groenboek, en er "
                                       "is nog geen vraag. Eerst de vraag toevoegen.")):
                return
            self.add_question()
            if not self.project.questions():
                return

        def submit(v: dict[str, Any]) -> bool:
            return self._ok("option.add", self.project.add_option, v["question"], v["key"],
                            v["title"], description=v["description"],
                            proposed_by=v["proposed_by"], colour=v["colour"],
                            patterns=v["patterns"])

        self._option_dialog(None, submit, question_key).exec()

    def edit_option(self, key: str) -> None:
        current = self.project.option(key)

        def submit(v: dict[str, Any]) -> bool:
            v = dict(v, patterns=tuple(v["patterns"]))
            changed = _changed(current, v)
            if "question" in changed and changed["question"] == current.question_key:
                changed.pop("question")
            if "patterns" in changed:
                changed["patterns"] = list(changed["patterns"])
            return not changed or self._ok("option.edit", self.project.update_option,
                                           key, **changed)

        self._option_dialog(current, submit).exec()

    def delete_option(self, key: str) -> None:
        if self.confirm(self.tr("Optie verwijderen"),
                        self.tr("Optie %1 verwijderen?").replace("%1", key) + "\n\n"
                        + self.impact("option", key)):
            self._ok("option.delete", self.project.delete_option, key)

    # --- advisors -----------------------------------------------------------------------
    def add_advisor(self) -> None:
        def submit(v: dict[str, Any]) -> bool:
            key, name = v.pop("key"), v.pop("name")
            return self._ok("advisor.add", self.project.add_advisor, key, name, **v)

        AdvisorDialog(None, self._parent, submit,
                      [a.key for a in self.project.advisors()]).exec()

    def edit_advisor(self, key: str) -> None:
        current = self.project.advisor(key)

        def submit(v: dict[str, Any]) -> bool:
            changed = _changed(current, v)
            return not changed or self._ok("advisor.edit", self.project.update_advisor,
                                           key, **changed)

        AdvisorDialog(current, self._parent, submit).exec()

    def delete_advisor(self, key: str) -> None:
        if self.confirm(self.tr("Adviesinstantie verwijderen"),
                        self.tr("Adviesinstantie %1 verwijderen? De opties die ze voorstelde, "
                                "blijven.").replace("%1", key) + "\n\n"
                        + self.impact("advisor", key)):
            self._ok("advisor.delete", self.project.delete_advisor, key)

    # --- sources ------------------------------------------------------------------------
    def delete_source(self, key: str) -> None:
        number = int(key)
        title = self.project.source(number).title
        if self.confirm(self.tr("Bron verwijderen"),
                        self.tr("Bron #%1 (%2) verwijderen? Argumenten blijven, maar verliezen "
                                "de citaten uit deze bron.").replace("%1", key)
                        .replace("%2", labels.cut(title, 80)) + "\n\n" + self.impact("source", key)):
            self._ok("source.delete", self.project.delete_source, number)

    # --- by navigator node --------------------------------------------------------------
    def edit(self, kind: str, key: str) -> bool:
        handler = {"question": self.edit_question, "option": self.edit_option,
                   "advisor": self.edit_advisor}.get(kind)
        if handler is None:
            return False
        handler(key)
        return True

    def delete(self, kind: str, key: str) -> bool:
        handler = {"question": self.delete_question, "option": self.delete_option,
                   "advisor": self.delete_advisor, "source": self.delete_source}.get(kind)
        if handler is None:
            return False
        handler(key)
        return True

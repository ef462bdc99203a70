"""Help > Wat moet ik nog doen?: the dossier's open checks in plain Dutch, grouped by what they
are about (advice, stances, quotes, the communication...), each line saying what to do, and a
double click (or Enter) going to the place where it is done. On a dossier that has no quote yet
it first names the next step of the chain (question, options, advisory bodies, import, quote).

The checks run in the background through the checks panel (the same task as F9), so the panel
and this list always agree.
"""

from __future__ import annotations

import importlib
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.next_step import SETUP, STEPS, journey_counts, next_step, step_shown
from ui.views.checks_panel import SEVERITY as MARKS
from ui.views.checks_panel import go_to
from ui.views.rich_delegate import HTML_ROLE, RichTextDelegate
from workbench.errors import WorkbenchError

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from workbench.checks import CheckReport, Problem

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "TodoDialog"

# The groups in the order a policy officer works through them.
GROUPS = {
    "advice": QT_TRANSLATE_NOOP("TodoDialog", "Adviezen"),
    "quotes": QT_TRANSLATE_NOOP("TodoDialog", "Citaten en argumenten"),
    "stances": QT_TRANSLATE_NOOP("TodoDialog", "Standpunten"),
    "communication": QT_TRANSLATE_NOOP("TodoDialog", "Mededeling"),
    "file": QT_TRANSLATE_NOOP("TodoDialog", "Het dossierbestand"),
    "other": QT_TRANSLATE_NOOP("TodoDialog", "Andere"),
}

DAMAGED = QT_TRANSLATE_NOOP(
    "TodoDialog", "Het dossierbestand is beschadigd. Zet een back-up terug (Bestand › "
    "Back-ups...) of vraag de afzender om een nieuwe kopie.")

# Per check code: its group and what to do. %1 and %2 are the parts of the problem's record key
# (an advisory body, a number, "advisor/option").
TODO = {
    "advice-not-received": ("advice", QT_TRANSLATE_NOOP(
        "TodoDialog", "Het advies van %1 is gevraagd maar nog niet ontvangen. Importeer het "
        "zodra het er is, of zet de status op Geen advies als het niet komt.")),
    "advice-missing": ("advice", QT_TRANSLATE_NOOP(
        "TodoDialog", "%1 staat op Ontvangen, maar het advies is niet geïmporteerd. Importeer "
        "het (Bestand › Adviezen importeren, Ctrl+I).")),
    "source-unquoted": ("advice", QT_TRANSLATE_NOOP(
        "TodoDialog", "Bron %1 heeft nog geen enkel citaat. Lees ze in de lezer en citeer wat "
        "ertoe doet.")),
    "argument-without-quote": ("quotes", QT_TRANSLATE_NOOP(
        "TodoDialog", "Argument %1 heeft geen citaat. Citeer een passage die het onderbouwt, of "
        "verwijder het argument.")),
    "quote-changed": ("quotes", QT_TRANSLATE_NOOP(
        "TodoDialog", "Citaat %1 komt niet meer overeen met zijn bron. Lees de passage na en "
        "pas het citaat aan of verwijder het.")),
    "quote-lost": ("quotes", QT_TRANSLATE_NOOP(
        "TodoDialog", "Citaat %1 staat niet meer in zijn bron. Zoek de passage opnieuw op, of "
        "verwijder het citaat.")),
    "quote-moved": ("quotes", QT_TRANSLATE_NOOP(
        "TodoDialog", "Citaat %1 staat nu op een andere plaats in zijn bron. Niets te doen; "
        "importeer de bron opnieuw om de pagina bij te werken.")),
    "stance-missing": ("stances", QT_TRANSLATE_NOOP(
        "TodoDialog", "Het standpunt van %1 over %2 ontbreekt. Leg het vast in de tab "
        "Standpunten (kies Niet behandeld als het advies er niets over zegt).")),
    "communication-empty": ("communication", QT_TRANSLATE_NOOP(
        "TodoDialog", "De mededeling heeft nog geen tekst. Kies in de tab Mededeling "
        "„Ontwerp uit bewijs” voor een eerste versie.")),
    "reference-broken": ("communication", QT_TRANSLATE_NOOP(
        "TodoDialog", "Een verwijzing in de mededeling wijst nergens naar. Herstel of verwijder "
        "ze in de tab Mededeling.")),
    "communication-minister-missing": ("communication", QT_TRANSLATE_NOOP(
        "TodoDialog", "De titelregel of de naam van de minister ontbreekt. Vul ze in bij "
        "Dossier › Dossiergegevens.")),
    "communication-vr-number-missing": ("communication", QT_TRANSLATE_NOOP(
        "TodoDialog", "De mededeling heeft nog geen eigen VR-nummer. Vul het in bij Dossier › "
        "Dossiergegevens zodra het secretariaat het toekent.")),
    "search-index-unchecked": ("file", QT_TRANSLATE_NOOP(
        "TodoDialog", "De zoekindex is niet nagekeken, omdat het dossier elders open is om te "
        "bewerken. Niets te doen.")),
    "checks-skipped": ("file", QT_TRANSLATE_NOOP(
        "TodoDialog", "De andere controles zijn overgeslagen: ze hebben een gaaf dossierbestand "
        "nodig.")),
    "database-damaged": ("file", DAMAGED),
    "value-wrong-type": ("file", DAMAGED),
    "json-malformed": ("file", DAMAGED),
    "text-not-utf8": ("file", DAMAGED),
    "search-index-damaged": ("file", DAMAGED),
}

SEVERITY = {
    "error": QT_TRANSLATE_NOOP("TodoDialog", "Moet vóór indiening"),
    "warning": QT_TRANSLATE_NOOP("TodoDialog", "Aanbevolen"),
    "info": QT_TRANSLATE_NOOP("TodoDialog", "Ter info"),
}


def _tr(text: object) -> str:
    """``text`` marked with QT_TRANSLATE_NOOP (typed ``object`` by the stubs), translated."""
    return QCoreApplication.translate(CONTEXT, str(text))


def problem_detail(problem: Problem) -> str:
    """The core's own wording of a problem, in the interface language where the ui can render
    it. The one place where this dialog renders a problem: ``ui.messages.render`` (the
    codes-and-parameters renderer of #14, i18n) once it is there, the plain text before."""
    try:
        render = importlib.import_module("ui.messages").render
    except (ImportError, AttributeError):
        return str(problem.message)
    return str(render(problem.message))


def todo_line(problem: Problem) -> str:
    """What to do about ``problem``, in the interface language."""
    _group, text = TODO.get(problem.code, ("other", ""))
    if not text:
        return problem_detail(problem)
    first, _, second = problem.record_key.partition("/")
    return _tr(text).replace("%1", first).replace("%2", second)


def group_of(problem: Problem) -> str:
    return TODO.get(problem.code, ("other", ""))[0]


class TodoDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("todo_dialog")
        self.window_ = window
        self.report: CheckReport | None = None
        self.resize(760, 560)
        self.first = QLabel(self)
        self.first.setObjectName("todo_first")
        self.first.setWordWrap(True)
        self.first.setTextFormat(Qt.TextFormat.RichText)
        self.first_button = QPushButton(self)
        self.first_button.setObjectName("todo_first_button")
        self.first_button.clicked.connect(self.take_first_step)
        self.step: int | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("todo_summary")
        self.summary.setWordWrap(True)
        # One list, the group titles as rows of their own: rich text rows that wrap (a tree
        # view elides long lines instead).
        self.tree = QListWidget(self)
        self.tree.setObjectName("todo_list")
        self.tree.setItemDelegate(RichTextDelegate(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setResizeMode(QListView.ResizeMode.Adjust)
        self.tree.itemActivated.connect(self.go_to_item)
        self.tree.itemDoubleClicked.connect(self.go_to_item)
        self.again = QPushButton(self)
        self.again.setObjectName("todo_again")
        self.again.clicked.connect(self.refresh)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        head = QHBoxLayout()
        head.addWidget(self.first, 1)
        head.addWidget(self.first_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        window.workspace.checks.reported.connect(self.show_report)
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Wat moet ik nog doen?"))
        self.tree.setAccessibleName(self.tr("Open controles"))
        self.tree.setAccessibleDescription(self.tr(
            "Per onderwerp wat nog moet gebeuren; Enter of dubbelklik gaat naar de plaats"))
        self.again.setText(self.tr("&Opnieuw controleren"))
        self.again.setAccessibleName(self.tr("Opnieuw controleren"))
        self.again.setAccessibleDescription(self.tr("Alle controles opnieuw uitvoeren"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Sluiten"))
        close.setAccessibleDescription(self.tr("Dit venster sluiten"))
        self._show_first_step()

    # --- the next step of a new dossier ----------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:      # open while the language switches
            try:
                self.retranslate()
                if self.report is not None and self.isVisible():
                    self.show_report(self.report)
            except WorkbenchError:        # its dossier was closed meanwhile
                pass
        super().changeEvent(event)

    def _show_first_step(self) -> None:
        project = self.window_.project
        self.step = None
        counts: dict[str, int] = {}
        if project is not None and not project.readonly:
            counts = journey_counts(project)
            self.step = next_step(counts)
        if self.step is None:
            self.first.hide()
            self.first_button.hide()
            return
        step = step_shown(self.step, counts)
        button = QCoreApplication.translate("NextStep", step.button)
        # "First:" while the dossier is being set up; after the first quote it is simply next
        lead = self.tr("Eerst:") if step.count in SETUP else self.tr("Volgende stap:")
        self.first.setText("<b>" + lead + "</b> "
                           + QCoreApplication.translate("NextStep", step.text))
        self.first_button.setText(button)
        self.first_button.setAccessibleName(button.replace("&", "").rstrip("."))
        self.first_button.setAccessibleDescription(self.tr("De volgende stap van een nieuw "
                                                           "dossier zetten"))
        self.first.show()
        self.first_button.show()

    def take_first_step(self) -> None:
        if self.step is not None:
            getattr(self.window_, STEPS[self.step].slot)()
            self._show_first_step()

    # --- the checks ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the checks through the checks panel (in the background); the list follows."""
        if self.window_.session is None:
            return
        self.summary.setText(self.tr("Controleren…"))
        self.window_.workspace.checks.refresh()

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        self._show_first_step()
        self.tree.clear()
        counts = {s: sum(1 for p in report.problems if p.severity == s) for s in SEVERITY}
        if not report.problems:
            self.summary.setText(self.tr("Er staan geen controles meer open: het dossier is klaar "
                                         "om te exporteren."))
            return
        self.summary.setText(self.tr("Nog te doen: %1 vóór indiening, %2 aanbevolen, %3 ter info. "
                                     "Dubbelklik op een regel (of Enter) om erheen te gaan.")
                             .replace("%1", str(counts["error"]))
                             .replace("%2", str(counts["warning"]))
                             .replace("%3", str(counts["info"])))
        first_problem = None
        for group, title in GROUPS.items():
            problems = [p for p in report.problems if group_of(p) == group]
            if not problems:
                continue
            heading = f"{_tr(title)} ({len(problems)})"
            head = QListWidgetItem(heading)
            head.setData(HTML_ROLE, f"<b>{escape(heading)}</b>")
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addItem(head)
            for problem in problems:
                word = _tr(SEVERITY.get(problem.severity, ""))
                line = f"{word}: {todo_line(problem)}"
                colour, mark = MARKS.get(problem.severity, ("#5f6b7a", "·"))
                item = QListWidgetItem(line)
                item.setData(HTML_ROLE, f"&nbsp;&nbsp;&nbsp;<span style='color:{colour}'><b>"
                             f"{mark}</b></span> <b>{escape(word)}:</b> "
                             f"{escape(todo_line(problem))}")
                item.setToolTip(problem_detail(problem))
                item.setData(PROBLEM_ROLE, problem)
                self.tree.addItem(item)
                first_problem = first_problem or item
        if first_problem is not None:
            self.tree.setCurrentItem(first_problem)

    def lines(self) -> list[str]:
        """The visible lines, group titles included (for the tests and screen readers)."""
        return [self.tree.item(row).text() for row in range(self.tree.count())]

    def go_to_item(self, item: QListWidgetItem) -> None:
        problem = item.data(PROBLEM_ROLE)
        window = self.window_
        if problem is None or window.session is None:
            return
        kind, key = problem.record_kind, problem.record_key
        if kind == "stance":
            window.show_matrix()
            matrix = window.workspace.matrix
            advisor, _, option = key.partition("/")
            rows = [a.key for a in matrix.model.advisors]
            columns = [o.key for o in matrix.model.options]
            if advisor in rows and option in columns:
                matrix.table.setCurrentIndex(matrix.model.index(rows.index(advisor),
                                                                columns.index(option)))
        elif kind == "section" or problem.code.startswith("communication-empty"):
            window.show_composer()
            if key:
                window.workspace.composer.select_section(int(key))
        elif problem.code.startswith("communication-"):
            window.edit_dossier()
        else:
            go_to(window.session, problem)

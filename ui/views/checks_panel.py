"""The checks panel: problems to fix before exporting, each a link to its place; coverage."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.icons import icon
from ui.messages import error_text, render
from ui.models.base import Index
from ui.session import Session
from ui.views.rich_delegate import HTML_ROLE, RichTextDelegate

SEVERITY = {"error": ("#c62828", "●"), "warning": ("#b26a00", "▲"), "info": ("#1565c0", "i")}


class ProblemModel(QAbstractListModel):
    """The rows of a report, handed to the view a batch at a time (#14): a word-wrapped list
    measures every row it has as rich text, and the 2,000-source dossier's thousands of
    problems and coverage rows froze the window for seconds when the checks came back. The
    view asks for the next batch (``fetchMore``) as it is scrolled down."""

    BATCH = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.shown = 0                     # rows the view has been given so far

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.shown = min(len(rows), self.BATCH)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.shown

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self.shown < len(self.rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH, len(self.rows) - self.shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == HTML_ROLE:
            return row_html(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if hasattr(row, "message"):
                return render(row.message)
            return getattr(row, "title", "")
        return None


def row_html(row) -> str:
    if hasattr(row, "severity"):
        colour, mark = SEVERITY.get(row.severity, ("#5f6b7a", "·"))
        return f"<span style='color:{colour}'><b>{mark}</b></span> {escape(render(row.message))}"
    share = row.processed / row.paragraphs if row.paragraphs else 1.0
    width = int(share * 80)
    title = labels.cut(row.title)            # at a word, with "…" (was cut at 60 letters)
    return (f"#{row.source_number} {escape(row.advisor_key or '')} · {escape(title)}<br>"
            f"<span style='background:#59a14f'>{'&nbsp;' * max(1, width // 4)}</span>"
            f" {row.processed}/{row.paragraphs} ({share:.0%})")


def go_to(session: Session, problem) -> None:
    """Show the place where ``problem`` is fixed (also used by Help > Wat moet ik nog doen?)."""
    kind, key = problem.record_kind, problem.record_key
    if kind == "quote":
        session.show_quote.emit(int(key))
    elif kind == "source":
        session.show_source.emit(int(key), -1, -1)
    elif kind == "argument":
        session.show_option.emit(session.project.argument(key).option_key)
    elif kind in ("advisor", "option", "stance", "section"):
        session.show_place.emit(kind, key)


class ChecksPanel(QWidget):
    reported = Signal(object)          # the CheckReport just shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checks_panel")
        self.session: Session | None = None
        self.report = None                 # the last CheckReport shown
        self.problems = ProblemModel(self)
        self.coverage = ProblemModel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problem_view = self._list(self.problems)
        self.problem_view.activated.connect(self.open_problem)
        self.problem_view.doubleClicked.connect(self.open_problem)
        self.coverage_view = self._list(self.coverage)
        self.coverage_view.doubleClicked.connect(self.open_coverage)
        self.coverage_label = QLabel(self)
        # The whole-file damage scan (#15): its own line, in the background, cancellable; the
        # checks above do not wait for it, and run again with its findings when it ends.
        self.scan_line = QLabel(self)
        self.scan_line.setObjectName("damage_scan_line")
        self.scan_line.setWordWrap(True)
        self.scan_cancel = QPushButton(self)
        self.scan_cancel.setObjectName("damage_scan_cancel")
        self.scan_cancel.clicked.connect(self.cancel_scan)
        self.scan_box = QWidget(self)
        line = QHBoxLayout(self.scan_box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.scan_line, 1)
        line.addWidget(self.scan_cancel)
        self.scan_box.hide()
        self.scan_percent = 0
        self.scan_session: Session | None = None   # whose scan runs (None: none of ours)
        self._listening = False             # to the task runner's progress
        self.run_button = QPushButton(icon("check"), "", self)
        self.run_button.clicked.connect(self.refresh)
        # Once run, the results follow the edits (a quote changes "Verwerkte alinea's" and may
        # solve a problem); a burst of edits is checked once, after it.
        self.checked = False
        self.again = False                 # an edit came in while the checks ran
        self.follow = QTimer(self)
        self.follow.setSingleShot(True)
        self.follow.setInterval(400)
        self.follow.timeout.connect(self.refresh)
        bottom = QWidget(self)
        box = QVBoxLayout(bottom)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.coverage_label)
        box.addWidget(self.coverage_view)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.problem_view)
        split.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.scan_box)
        layout.addWidget(split, 1)
        layout.addWidget(self.run_button)
        self.retranslate()

    def _list(self, model) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setItemDelegate(RichTextDelegate(view))
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        # rows of rich text are measured one by one: lay them out a slice per event-loop turn
        view.setLayoutMode(QListView.LayoutMode.Batched)
        view.setBatchSize(50)
        return view

    def retranslate(self) -> None:
        self.run_button.setText(self.tr("Opnieuw controleren"))
        self.scan_cancel.setText(self.tr("Annuleren"))
        self.scan_cancel.setAccessibleDescription(
            self.tr("Het nakijken van het bestand op beschadiging stoppen"))
        if self.scan_session is not None:
            self._scan_progress("damage-scan", self.scan_percent, 100, "")
        self.coverage_label.setText(self.tr("Verwerkte alinea's per bron"))
        self.run_button.setAccessibleDescription(self.tr("Alle controles opnieuw uitvoeren (F9)"))
        self.problem_view.setAccessibleName(self.tr("Problemen"))
        self.problem_view.setAccessibleDescription(self.tr("Wat nog moet gebeuren; Enter opent "
                                                           "de plaats van het probleem"))
        self.coverage_view.setAccessibleName(self.tr("Dekking per bron"))
        self.coverage_view.setAccessibleDescription(self.tr("Hoeveel alinea's van elke bron "
                                                            "verwerkt zijn"))
        if self.session is not None and not self._checking:
            self._summarise()
        # the rows render their messages when painted: repaint them in the new language
        for model in (self.problems, self.coverage):
            model.set_rows(model.rows)

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._edited)
            self.session.reloaded.disconnect(self._edited)
        self.follow.stop()
        self.checked = False
        self.cancel_scan()                 # of the dossier left; its line goes with it
        self.scan_session = None
        self.scan_box.hide()
        self.session = session
        if session is not None:
            session.changed.connect(self._edited)
            session.reloaded.connect(self._edited)
        self.problems.set_rows([])
        self.coverage.set_rows([])
        self.report = None
        self._summarise()

    def _edited(self, *_args) -> None:
        if self.checked:
            self.follow.start()

    def refresh(self) -> None:
        """Run all checks off the GUI thread, on a connection of their own (#15: on a dossier
        with 50,000 quotes they take a second or more); an edit while they run checks again
        when they are done."""
        self.follow.stop()
        if self.session is None:
            return
        self.checked = True
        tasks = self._tasks()
        if tasks is None:                       # a panel outside the main window (tests)
            from workbench.checks import run_checks

            self._show(run_checks(self.session.project))
            return
        if tasks.is_running("checks"):
            self.again = True
            return
        self.again = False
        session = self.session
        project = session.project

        def work(task) -> object:
            from workbench.checks import run_checks

            with project.worker() as own:
                # the damage scan's findings when it has ended; it runs on its own (#15)
                return run_checks(own, scan=False)

        def done(report) -> None:
            self.run_button.setEnabled(True)
            if self.session is not session:         # another dossier since
                return
            self._show(report)
            if self.again:
                self.refresh()
            else:
                # after the results are shown: the checks the officer waits for get the
                # machine first, the whole-file scan comes next (#15)
                self._start_scan(tasks)

        def failed(error: BaseException) -> None:
            self.run_button.setEnabled(True)
            if self.session is session:
                self.summary.setText(self.tr("Controleren mislukt: %1").replace("%1", error_text(error)))
                self._start_scan(tasks)             # damage may be why: the scan says so

        self.run_button.setEnabled(False)
        if not self.problems.rows:
            self.summary.setText(self.tr("Controleren…"))
        tasks.run("checks", work, done, failed)

    def _start_scan(self, tasks) -> None:
        """Read the whole file for damage in the background, once per opened dossier: SQLite's
        page check, value types, UTF-8, the search index (27 s on 2,000 sources, #15)."""
        from workbench.checks import ScanCancelled, damage_scan, known_damage

        session = self.session
        if session is None or known_damage(session.project) is not None:
            return
        if tasks.is_running("damage-scan"):
            return                      # ours; or the left dossier's, ending: see ended()
        project = session.project

        def work(task) -> object:
            def progress(done: int, total: int) -> None:
                task.progress(done, total)

            with project.worker() as own:
                return damage_scan(own, progress=progress, cancelled=task.is_cancelled)

        def ended() -> None:
            if self.scan_session is session:
                self.scan_session = None
                self.scan_box.hide()
            if self.session is not session and self.session is not None and self.checked:
                self._start_scan(tasks)         # another dossier since: its own scan

        def done(_damage) -> None:
            ended()
            if self.session is session:
                self.refresh()                  # the checks again, with the scan's findings

        def failed(error: BaseException) -> None:
            ended()
            if self.session is not session:
                return
            if isinstance(error, ScanCancelled):
                text = self.tr("Nakijken op beschadiging geannuleerd; F9 begint opnieuw.")
            else:
                text = self.tr("Nakijken op beschadiging mislukt: %1").replace(
                    "%1", error_text(error))
            self.scan_line.setText(text)
            self.scan_cancel.hide()
            self.scan_box.show()

        if tasks.run("damage-scan", work, done, failed) is None:
            return
        if not self._listening:
            tasks.progressed.connect(self._scan_progress)
            self._listening = True
        self.scan_session = session
        self.scan_cancel.show()
        self.scan_box.show()
        self._scan_progress("damage-scan", 0, 100, "")

    def _scan_progress(self, name: str, done: int, total: int, _text: str) -> None:
        if name != "damage-scan" or self.scan_session is None:
            return
        self.scan_percent = done * 100 // total if total else 0
        self.scan_line.setText(self.tr("Bestand nakijken op beschadiging… %1 %")
                               .replace("%1", str(self.scan_percent)))

    def cancel_scan(self) -> None:
        """Stop the damage scan; the checks' results stay (F9 starts the scan again)."""
        tasks = self._tasks()
        if tasks is not None and self.scan_session is not None:
            tasks.cancel("damage-scan")

    @property
    def scanning(self) -> bool:
        return self.scan_session is not None

    def _tasks(self):
        """The main window's task runner (the panel may sit in a floating dock)."""
        widget = self.parentWidget()
        while widget is not None and getattr(widget, "tasks", None) is None:
            widget = widget.parentWidget()
        return getattr(widget, "tasks", None)

    @property
    def _checking(self) -> bool:
        tasks = self._tasks()
        return tasks is not None and tasks.is_running("checks")

    @property
    def busy(self) -> bool:
        """Results are still coming: the checks run, or the damage scan whose findings the
        checks then add (#15)."""
        return self._checking or self.scanning

    def _show(self, report) -> None:
        self.report = report
        self.problems.set_rows(report.problems)
        self.coverage.set_rows(report.coverage)
        self._summarise()

    def _summarise(self) -> None:
        """The line above the problems, in the current language (also after a switch)."""
        report = self.report
        if report is None:
            self.summary.setText(self.tr("Nog niet gecontroleerd (F9)."))
            return
        errors = sum(1 for p in report.problems if p.severity == "error")
        warnings = sum(1 for p in report.problems if p.severity == "warning")
        self.summary.setText(self.tr("%1 fouten, %2 waarschuwingen; %3 citaten nagekeken.")
                             .replace("%1", str(errors)).replace("%2", str(warnings))
                             .replace("%3", str(report.quotes_checked)))
        self.reported.emit(report)

    def open_problem(self, index: QModelIndex) -> None:
        if self.session is None or not index.isValid():
            return
        go_to(self.session, self.problems.rows[index.row()])

    def open_coverage(self, index: QModelIndex) -> None:
        if self.session is not None and index.isValid():
            self.session.show_source.emit(self.coverage.rows[index.row()].source_number, -1, -1)

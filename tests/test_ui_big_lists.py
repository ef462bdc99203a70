"""Big results reach the window without freezing it (#14): lists measure a batch of rows, not
all of them, and fetch the rest as the user scrolls down."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.views.checks_panel import ChecksPanel
from ui.views.rich_delegate import RichTextDelegate
from workbench.checks import CheckReport, SourceCoverage, problem


class CountingDelegate(RichTextDelegate):
    """Counts the rows the view measured (each one a rich-text layout: the costly part)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.measured: set[int] = set()

    def sizeHint(self, option, index):
        self.measured.add(index.row())
        return super().sizeHint(option, index)


def big_report(n: int) -> CheckReport:
    problems = [problem("warning", "advice-missing", "advisor", f"A{i}", advisor=f"A{i}")
                for i in range(n)]
    coverage = [SourceCoverage(i + 1, f"Advies {i + 1}", f"A{i}", 40, i % 40) for i in range(n)]
    return CheckReport(problems, coverage, quotes_checked=50_000)


def test_thousands_of_check_results_are_measured_a_batch_at_a_time(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    panel = ChecksPanel(host)
    panel.resize(400, 600)
    counters = {}
    for view in (panel.problem_view, panel.coverage_view):
        counters[view] = CountingDelegate(view)
        view.setItemDelegate(counters[view])
    host.show()
    qtbot.waitExposed(host)
    panel._show(big_report(1000))
    qtbot.wait(50)                                     # the views lay out what they have
    for counter in counters.values():
        assert 0 < len(counter.measured) <= 200, len(counter.measured)
    assert "1000 waarschuwingen" in panel.summary.text()   # the summary counts them all
    # scrolling down brings the next rows, up to the last one
    view = panel.problem_view
    for _ in range(100):
        if not panel.problems.canFetchMore():
            break
        view.scrollToBottom()
        qtbot.wait(1)
    assert panel.problems.rowCount() == 1000
    last = panel.problems.index(999, 0)
    assert "A999" in panel.problems.data(last)


def test_the_window_answers_while_an_opened_dossier_is_checked(qtbot, demo_path,
                                                              monkeypatch) -> None:
    """#14: the check on opening (value types of every table; 2-3 s on the 2,000-source
    dossier) ran on the GUI thread and the window froze. It runs on a worker connection; the
    event loop turns meanwhile: here the check waits for a timer of the GUI thread."""
    import threading

    from PySide6.QtCore import QTimer

    import ui.main_window as main_window
    from ui.main_window import MainWindow
    from workbench.checks import readable_problems

    answered = threading.Event()
    seen: dict = {}

    def slow_check(project):
        seen["thread"] = threading.current_thread()
        seen["answered"] = answered.wait(10)     # only the GUI thread's timer sets it
        return readable_problems(project)

    monkeypatch.setattr(main_window, "readable_problems", slow_check)
    window = MainWindow()
    qtbot.addWidget(window)
    QTimer.singleShot(0, answered.set)
    assert window.open_path(demo_path)
    assert seen["answered"] and seen["thread"] is not threading.main_thread()
    assert window.project is not None and window.project.path == demo_path


def test_storing_composer_text_does_not_reread_the_suggestions(qtbot, project, tmp_path) -> None:
    """#14: every stored edit re-read the first page of suggestions, which sorts all open
    ones (0.4-0.7 s on the 2,000-source dossier): the window stalled each time the composer
    stored typed text. Only edits of what the list shows re-read it."""
    from tests import docgen
    from ui.session import Session
    from ui.tasks import TaskRunner
    from ui.views.suggestions_panel import SuggestionsPanel

    project.add_question("Q1", "Scenario's")
    project.add_option("Q1", "S3", "Scenario 3: kruispunten", patterns=["scenario 3"])
    project.add_advisor("SPC", "Clusters", status="received")
    project.import_file(docgen.make_text(tmp_path / "a.txt", "Scenario 3 is goed.\n\n"
                                         "Scenario 3 krijgt de voorkeur.\n"), "SPC")
    section = project.add_section("Inleiding", "")
    host = QWidget()
    qtbot.addWidget(host)
    session = Session(project, host)
    panel = SuggestionsPanel(host, runner=TaskRunner(host))
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        panel.set_session(session)
    assert panel.model.total == 2
    reads = []
    real = project.suggestions
    project.suggestions = lambda *a, **k: reads.append(1) or real(*a, **k)   # type: ignore
    session.run("section.edit", project.update_section, section.id, body="Getypte tekst.")
    session.run("argument.add", project.add_argument, "S3", "pro", "Een argument.")
    assert reads == []
    first = panel.model.items[0]
    session.run("suggestion.dismiss", project.dismiss_suggestion, first.id)
    assert reads and panel.model.total == 1            # a verdict: the list follows at once


def test_storing_composer_text_does_not_reread_the_sources(qtbot, demo_path, monkeypatch,
                                                          tmp_path) -> None:
    """#14: each stored edit re-read every source twice (the reader's list, the navigator):
    on the 2,000-source dossier a stall at every pause in typing. Only edits of what those
    show re-read them."""
    from ui.main_window import MainWindow
    from workbench import Project

    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    project = window.project
    section = project.sections()[0] if project.sections() else project.add_section("S", "")
    reads = []
    real = project.sources
    monkeypatch.setattr(project, "sources", lambda *a, **k: reads.append(1) or real(*a, **k))
    window.session.run("section.edit", project.update_section, section.id, body="Getypt.")
    assert reads == []
    key = project.advisors()[0].key
    window.session.run("advisor.edit", lambda: project.update_advisor(key, name="Andere naam"))
    assert reads                                       # the navigator shows advisors' names


def test_the_suggestions_list_of_an_opened_dossier_is_read_off_the_gui_thread(
        qtbot, project, tmp_path, monkeypatch) -> None:
    """#14: opening the dossier, and the end of each scan, read the first page of suggestions
    on the GUI thread (a sort of all open ones: 0.4-0.7 s on the 2,000-source dossier)."""
    import threading

    from tests import docgen
    from ui.session import Session
    from ui.tasks import TaskRunner
    from ui.views.suggestions_panel import SuggestionsPanel
    from workbench import Project

    project.add_question("Q1", "Scenario's")
    project.add_option("Q1", "S3", "Scenario 3: kruispunten", patterns=["scenario 3"])
    project.add_advisor("SPC", "Clusters", status="received")
    project.import_file(docgen.make_text(tmp_path / "a.txt", "Scenario 3 is goed.\n"), "SPC")
    project.refresh_suggestions()
    threads = []
    real = Project.suggestions

    def suggestions(self, *args, **kwargs):
        threads.append(threading.current_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Project, "suggestions", suggestions)
    host = QWidget()
    qtbot.addWidget(host)
    runner = TaskRunner(host)
    panel = SuggestionsPanel(host, runner=runner)
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        panel.set_session(Session(project, host))
    assert panel.model.total == 1 and len(panel.model.items) == 1
    qtbot.waitUntil(lambda: not runner.is_running("suggestion-list"), timeout=10000)
    assert threads and threading.main_thread() not in threads

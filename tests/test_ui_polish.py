"""What the fourth walk of the journeys of #14 under Xvfb turned up (h3-polish)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from ui import i18n
from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def window(qtbot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


class _Recorder(QPainter):
    """A painter that keeps the texts the delegate draws."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:
        self.texts.append(str(args[-1]))
        super().drawText(*args)


def _drawn(matrix, row: int, column: int) -> str:
    table = matrix.table
    index = matrix.model.index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = QRect(table.visualRect(index))
    image = QImage(table.viewport().size(), QImage.Format.Format_ARGB32)
    painter = _Recorder(image)
    painter.setFont(table.font())
    try:
        table.itemDelegate().paint(painter, option, index)
    finally:
        painter.end()
    return "\n".join(painter.texts)


@pytest.mark.parametrize(("language", "inferred"), [("nl", "(afgeleid)"), ("en", "(inferred)")])
def test_an_inferred_preference_reads_whole_in_the_matrix(qtbot, window: MainWindow,
                                                          language: str, inferred: str) -> None:
    """At 1360 px the matrix cell of VARIO on S3 read "Voorkeur (afg…"."""
    app = QApplication.instance()
    try:
        i18n.install(language, app)
        window.retranslate()
        window.show_matrix()
        qtbot.wait(50)
        matrix = window.workspace.matrix
        model = matrix.model
        row = [a.key for a in model.advisors].index("VARIO")
        column = [o.key for o in model.options].index("S3")
        shown = str(model.index(row, column).data())
        assert inferred in shown
        drawn = _drawn(matrix, row, column)
        assert "…" not in drawn
        assert drawn.split() == shown.split()          # every word, wrapped where needed
        tooltip = str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))
        assert shown.split("\n")[0] in tooltip
    finally:
        i18n.install("nl", app)
        window.retranslate()


@pytest.mark.parametrize(("language", "said"), [("nl", "Verplaatst naar 3+ — Scenario 3+"),
                                                ("en", "Moved to 3+ — Scenario 3+")])
def test_a_moved_suggestion_is_shown_where_it_went(qtbot, window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   language: str, said: str) -> None:
    """Moving a "scenario 3" hit to 3+ made the row vanish without a word: the officer could
    not tell where it went."""
    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 5, timeout=10000)
    row = next(r for r, s in enumerate(panel.model.items) if s.option_key == "S3")
    moving = panel.model.items[row]
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    monkeypatch.setattr(panel, "choose_target", lambda suggestion: "3+")
    app = QApplication.instance()
    try:
        i18n.install(language, app)
        panel.move_current()
        message = window.statusBar().currentMessage()
    finally:
        i18n.install("nl", app)
    assert message.startswith(said)
    current = panel.view.currentIndex()
    assert current.isValid()
    shown = panel.model.items[current.row()]
    assert (shown.option_key, shown.block_id, shown.passage) == ("3+", moving.block_id,
                                                                  moving.passage)
    assert panel.view.viewport().rect().intersects(panel.view.visualRect(current))


@pytest.mark.parametrize("start", [(1024, 640), (1600, 1000)])
def test_the_communication_text_has_room_in_the_smallest_window(qtbot, demo_path: Path,
                                                                 tmp_path: Path, monkeypatch,
                                                                 start: tuple[int, int]) -> None:
    """At 1024 x 640 the Mededeling's text column was 180 px wide between a 245 px section
    list and a 364 px suggestions dock that could not be made narrower."""
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.resize(*start)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1024, 640)              # opened small, or made small afterwards
    window.workspace.show_view("composer")
    qtbot.wait(50)
    composer = window.workspace.composer
    assert window.width() == 1024
    assert composer.body.width() >= 340
    assert composer.body.width() > composer.list.width()
    panel = window.workspace.suggestions
    for button in (panel.accept_button, panel.dismiss_button, panel.move_button,
                   panel.not_relevant_button):
        assert button.isVisible() and button.width() >= button.sizeHint().width()
    window.resize(1600, 1000)
    qtbot.wait(50)
    assert composer.body.width() >= 700


def test_a_cancelled_import_says_what_was_kept(qtbot, tmp_path: Path) -> None:
    """Cancelling an import of eight files said "2 van 8 bestanden geïmporteerd. 6
    overgeslagen" in the status bar for a few seconds, without naming what was kept."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QMainWindow

    from ui.importing import report
    from workbench.extract.document import ImportProblem
    from workbench.sources import ImportResult

    host = QMainWindow()
    qtbot.addWidget(host)
    paths = [tmp_path / f"advies-{n}.pdf" for n in range(1, 9)]
    stored = SimpleNamespace(number=12, page_count=3)
    results = [ImportResult(paths[0], source=stored), ImportResult(paths[1], source=stored),
               ImportResult(paths[2], problem=ImportProblem("cancelled", "cancelled", ""))]
    report(host, results, len(paths), paths)
    box = host.import_summary
    assert box.isVisible()
    assert box.text().startswith("2 van 8 bestanden geïmporteerd.")
    said = box.informativeText()
    assert "Bewaard: advies-1.pdf, advies-2.pdf" in said
    assert "Niet geïmporteerd: " + ", ".join(p.name for p in paths[2:]) in said
    assert "kon niet" not in said                    # a cancelled file did not fail


def test_the_count_says_so_while_a_scan_runs(qtbot, window: MainWindow) -> None:
    """A big dossier opened for the first time said "0 open suggesties" for half a minute
    while its scan ran: it read as "nothing found"."""
    import threading

    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: not window.tasks.is_running("suggestions")
                    and panel.model.total > 0, timeout=20000)
    release = threading.Event()
    assert window.tasks.run("suggestions", lambda task: release.wait(10), lambda _r: None,
                            lambda _e: None) is not None
    try:
        panel.model.reload()                          # the list, read while the scan runs
        assert "zoeken naar nieuwe" in panel.count.text().lower()
        assert str(panel.model.total) in panel.count.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.tasks.is_running("suggestions"), timeout=10000)
    panel.refreshed.emit()
    assert panel.count.text().startswith(f"{panel.model.total} open suggesties (")


def test_a_new_option_starts_in_its_title(qtbot, tmp_path: Path) -> None:
    """The new-option form of a dossier with one question started in the question's list
    box: the title typed next was lost."""
    from tests.uikeys import activate
    from ui.dialogs.structure import OptionDialog

    project = Project.create(tmp_path / "d.cwb", "Proef")
    project.add_question("Q1", "Welk scenario voor de havens?")
    dialog = OptionDialog(None, project.questions(), project.advisors(), None,
                          suggested_key="O1")
    qtbot.addWidget(dialog)
    activate(dialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Scenario A")
    assert dialog.title.text() == "Scenario A"
    assert dialog.question.currentData() == "Q1" and dialog.key.text() == "O1"
    project.close()


def test_one_imported_file_is_counted_in_words(qtbot, tmp_path: Path) -> None:
    """Importing the first advice said "1 van 1 bestanden geïmporteerd."."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QMainWindow

    from ui.importing import report
    from workbench.sources import ImportResult

    host = QMainWindow()
    qtbot.addWidget(host)
    path = tmp_path / "mora-advies.txt"
    report(host, [ImportResult(path, source=SimpleNamespace(number=1))], 1, [path])
    assert host.statusBar().currentMessage() == "Het bestand is geïmporteerd."


def test_the_composer_hint_is_wrapped_not_cut(qtbot) -> None:
    """The empty section's hint ran on one line and was cut at "... vet of cursief,"."""
    from ui.views.composer_edit import BodyEdit

    body = BodyEdit(lambda: None)
    qtbot.addWidget(body)
    body.resize(360, 240)
    body.setPlaceholderText("Schrijf hier de tekst van de sectie. Met de knoppen erboven maakt "
                            "u tekst vet of cursief en voegt u een citaat in.")
    body.show()
    qtbot.waitExposed(body)
    image = body.viewport().grab().toImage()
    background = image.pixelColor(image.width() - 3, image.height() - 3)
    inked = [y for y in range(image.height())
             if any(image.pixelColor(x, y) != background for x in range(image.width() - 4))]
    line = body.fontMetrics().lineSpacing()
    assert inked and max(inked) - min(inked) > 2 * line       # three lines, not one


def test_the_heading_button_follows_the_language(qtbot, window: MainWindow) -> None:
    """In English the composer's tool bar still said "Kop"."""
    buttons = window.workspace.composer.buttons
    assert buttons["heading"].text() == "Kop"
    app = QApplication.instance()
    try:
        i18n.install("en", app)
        window.retranslate()
        assert buttons["heading"].text() == "Heading"
    finally:
        i18n.install("nl", app)
        window.retranslate()
    assert buttons["heading"].text() == "Kop"


def test_the_next_step_bar_speaks_english(qtbot, tmp_path: Path, monkeypatch) -> None:
    """In English a new dossier's guide bar began "Volgende stap (1 van 5):"."""
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    app = QApplication.instance()
    try:
        i18n.install("en", app)
        window = MainWindow(Project.create(tmp_path / "d.cwb", "Proef"))
        qtbot.addWidget(window)
        window.retranslate()
        window.show()
        qtbot.waitExposed(window)
        shown = window.next_step.label.text()
    finally:
        i18n.install("nl", app)
    assert "Next step (1 of 9):" in shown and "Volgende" not in shown


def test_a_long_word_stays_on_its_card(qtbot, window: MainWindow) -> None:
    """At 1024 px "overheidsopdrachten" on a card of S1 ran over the card's edge."""
    from PySide6.QtGui import QColor

    from ui.models.board_model import CARD_ROLE

    window.show_board()
    board = window.workspace.board
    board.set_option("S1")
    qtbot.wait(50)
    view = board.lists["pro"]
    model = view.model()
    row = next(r for r in range(model.rowCount())
               if "overheidsopdrachten" in model.index(r, 0).data(CARD_ROLE).text)
    index = model.index(row, 0)
    delegate = view.itemDelegate()
    width = 150                                    # a narrow column
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = QRect(0, 0, width, 400)
    option.font = view.font()
    image = QImage(width + 80, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    outside = sum(1 for y in range(400) for x in range(width, width + 80)
                  if image.pixelColor(x, y).lightness() < 200)
    assert outside == 0


def test_a_long_source_title_in_the_coverage_says_it_is_cut(qtbot) -> None:
    """"Verwerkte alinea's per bron" showed "... clusterbeleid - groenboe": cut mid-word."""
    from types import SimpleNamespace

    from ui.views.checks_panel import row_html

    title = "Advies 36: Toekomst van het Vlaamse clusterbeleid - groenboek en verder"
    row = SimpleNamespace(source_number=1, advisor_key="VARIO", title=title, processed=9,
                          paragraphs=16)
    shown = row_html(row).split("<br>")[0]
    assert "groenboe<" not in shown and "groenboe" not in shown.replace("groenboek", "")
    assert "…" in shown

"""What walking the six journeys of #14 under a real X server turned up (round 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

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


def _dark_pixels(window: MainWindow, widget) -> int:
    image = window.grab().toImage()
    corner = widget.mapTo(window, QPoint(0, 0))
    return sum(1 for y in range(widget.height()) for x in range(widget.width())
               if max(image.pixelColor(corner.x() + x, corner.y() + y).getRgb()[:3]) < 40)


def test_board_scroll_bars_are_not_painted_black(qtbot, window: MainWindow) -> None:
    """A column longer than the board showed a black block in its scroll bar."""
    window.show_board()
    window.workspace.board.set_option("S3")
    qtbot.wait(50)
    bar = window.workspace.board.lists["condition"].verticalScrollBar()
    assert bar.maximum() > 0                          # the column overflows
    assert _dark_pixels(window, bar) == 0


def test_a_source_opens_at_its_top(qtbot, window: MainWindow) -> None:
    """The reader opened the first advice scrolled to its end (the view's cursor had been
    pushed there by the inserted text); a new user saw the middle of a page."""
    reader = window.workspace.reader
    qtbot.waitUntil(lambda: reader.number is not None)
    qtbot.wait(50)
    assert reader.text.verticalScrollBar().maximum() > 0      # the text is longer than the view
    assert reader.text.verticalScrollBar().value() == 0
    assert reader.text.textCursor().position() == 0
    second = window.project.sources()[1].number
    reader.show_source(second)
    qtbot.wait(50)
    assert reader.text.verticalScrollBar().value() == 0


def test_the_original_page_opens_at_the_marked_passage(qtbot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A quote low on its page was marked, but the page view opened at the page's top."""
    from tests.docgen import make_pdf

    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    quoted = "VARIO vindt het belangrijk dat de clusters financieel ondersteund worden"
    filler = [f"Alinea {i} over het clusterbeleid van de Vlaamse overheid en de rol van de "
              "speerpuntclusters in de economie." for i in range(18)]
    pdf = make_pdf(tmp_path / "advies.pdf", [[*filler, quoted + " in hun basiswerking."]])
    project = Project.create(tmp_path / "d.cwb", "Proef")
    project.add_question("Q1", "Welk scenario?")
    project.add_option("Q1", "S1", "Scenario 1")
    project.add_advisor("VARIO", "VARIO")
    assert project.import_file(pdf, "VARIO").source is not None
    project.add_quote(1, exact=quoted)
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    qtbot.waitExposed(window)
    reader = window.workspace.reader
    reader.show_quote(1)
    reader.page_button.click()
    view = reader.page_view
    assert view.marks
    mark = view.marks[0]
    shown = view.viewport().height()
    assert view.label.height() > shown                 # the page is taller than the view
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0, timeout=2000)
    top = view.verticalScrollBar().value()
    assert top <= mark.top() and mark.bottom() <= top + shown


def test_a_drag_that_cuts_words_quotes_the_whole_words(qtbot, window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A mouse drag from inside 'VARIO' to inside 'opnemen' made the verbatim quote
    'RIO vindt ... op'."""
    reader = window.workspace.reader
    qtbot.waitUntil(lambda: reader.number is not None)
    text = window.project.source_text(reader.number)
    words = "VARIO vindt het belangrijk dat de clusters financieel ondersteund worden"
    at = text.index(words)
    reader.select_text_range(at + 2, at + len(words) - 4)          # "RIO ... wor"
    asked: list[str] = []
    monkeypatch.setattr(reader, "ask_quote", lambda passage: asked.append(passage) or {
        "option": "S3", "position": "pro", "argument": None, "new_argument": "Financiering"})
    before = {q.number for q in window.project.quotes()}
    assert reader.make_quote()
    assert asked == [words]
    made = [q for q in window.project.quotes() if q.number not in before]
    assert [q.exact for q in made] == [words]


def test_a_new_dossier_needs_no_invented_codes(qtbot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A new user left the question's key empty (what is a 'sleutel'?) and got a refusal;
    options got no colour (all alike in the reader), an advisor needed a code too."""
    from ui.dialogs.form import FormDialog
    from ui.dialogs.structure import AdvisorDialog, OptionDialog, QuestionDialog

    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.create(tmp_path / "d.cwb", "Proef"))
    qtbot.addWidget(window)
    refused: list[str] = []
    monkeypatch.setattr("ui.commands.CommandRunner._message_box",
                        lambda self, title, message: refused.append(message))

    def fill(dialog: FormDialog) -> int:
        if isinstance(dialog, QuestionDialog):
            assert dialog.key.selectedText() == dialog.key.text() == "Q1"  # typing replaces it
            dialog.text.setPlainText("De vier scenario's")
        elif isinstance(dialog, OptionDialog):
            dialog.title.setText(f"Scenario {len(window.project.options()) + 1}")
        elif isinstance(dialog, AdvisorDialog):
            dialog.name.setText("Sociaal-Economische Raad van Vlaanderen")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fill)
    window.editor.add_question()
    window.editor.add_option()
    window.editor.add_option()
    window.editor.add_advisor()
    project = window.project
    assert [q.key for q in project.questions()] == ["Q1"]
    assert [o.key for o in project.options()] == ["O1", "O2"]
    colours = [o.colour for o in project.options()]
    assert all(colours) and len(set(colours)) == 2
    assert [a.key for a in project.advisors()] == ["SERV"]
    assert refused == []


def test_a_refused_form_puts_the_keyboard_back_in_a_field(qtbot) -> None:
    """After 'de sleutel is niet geldig' the focus stayed on OK: the corrected key typed next
    went nowhere."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

    from tests.uikeys import activate
    from ui.dialogs.structure import QuestionDialog

    host = QWidget()
    qtbot.addWidget(host)
    dialog = QuestionDialog(None, host, lambda values: False)
    qtbot.addWidget(dialog)
    activate(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setFocus()
    ok.click()
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.key


def test_the_file_dialog_is_dutch(qtbot) -> None:
    """Importing showed Qt's own file dialog with "Look in:" and "Files of type:"."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

    from ui import i18n

    i18n.install("nl", QApplication.instance())
    dialog = QFileDialog(None, "Adviezen importeren", "", "Adviezen (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Zoeken in:", "Bestands&type:"} <= texts
    i18n.install("en", QApplication.instance())
    english = QFileDialog(None, "Import", "", "Advice (*.pdf)")
    english.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(english)
    assert "&Look in:" in {label.text() for label in english.findChildren(QLabel)}
    i18n.install("nl", QApplication.instance())


def test_a_selected_search_hit_keeps_its_match_readable(qtbot, window: MainWindow) -> None:
    """The clicked hit turned the matched word white on light yellow; a hit in a background
    document said only '#3'; one hit was '1 treffers'."""
    from PySide6.QtGui import QColor

    panel = window.workspace.search
    panel.query.setText("kmo")
    panel.search()
    view = panel.results
    hits = panel.model.hits
    row = next(r for r, h in enumerate(hits) if h.advisor_key)
    view.setCurrentIndex(panel.model.index(row, 0))
    qtbot.wait(20)
    rect = view.visualRect(panel.model.index(row, 0))
    image = view.viewport().grab(rect).toImage()
    mark = QColor("#fff3b0")
    yellow = [(x, y) for y in range(image.height()) for x in range(image.width())
              if sum(abs(a - b) for a, b in zip(image.pixelColor(x, y).getRgb()[:3],
                                                  mark.getRgb()[:3], strict=True)) < 30]
    assert yellow, "the match is not marked"
    xs, ys = [p[0] for p in yellow], [p[1] for p in yellow]
    dark = sum(1 for y in range(min(ys), max(ys) + 1) for x in range(min(xs), max(xs) + 1)
               if image.pixelColor(x, y).lightness() < 110)
    assert dark > 10, "the matched word is not readable on its mark"
    background = next(h for h in hits if not h.advisor_key)
    index = panel.model.index(hits.index(background), 0)
    assert "achtergronddocument" in index.data()
    panel.query.setText("VLAKWA")
    panel.search()
    assert panel.status.text() == "1 treffer"


def test_one_click_on_a_suggestion_shows_it_readably(qtbot, window: MainWindow) -> None:
    """Clicking a suggestion left the reader where it was (only a double click showed the
    passage), and the selected row's grey source line was unreadable on the blue."""
    from PySide6.QtGui import QColor

    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 1, timeout=10000)
    view = panel.view
    reader = window.workspace.reader
    row = next(r for r, s in enumerate(panel.model.items)
               if s.source_number != reader.number)
    suggestion = panel.model.items[row]
    index = panel.model.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert reader.number == suggestion.source_number
    assert reader.selection_span() == (suggestion.start, suggestion.end)
    image = view.viewport().grab(view.visualRect(index)).toImage()
    grey = QColor("#5f6b7a")
    greyish = sum(1 for y in range(image.height()) for x in range(image.width())
                  if sum(abs(a - b) for a, b in zip(image.pixelColor(x, y).getRgb()[:3],
                                                      grey.getRgb()[:3], strict=True)) < 24)
    assert greyish < 5, "grey text on the selected row"


def test_after_accepting_a_suggestion_the_next_one_is_current(qtbot, window: MainWindow,
                                                               monkeypatch) -> None:
    """Reject and 'not relevant' went on to the next suggestion, accept left none current:
    the next 'A' did nothing."""
    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 2, timeout=10000)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    first = panel.model.items[0]
    monkeypatch.setattr(panel, "ask", lambda s: {"option": s.option_key, "position": "pro",
                                                 "argument": None, "new_argument": "Nieuw"})
    panel.accept_current()
    assert first.id not in {s.id for s in panel.model.items}
    assert panel.view.currentIndex().isValid()
    assert panel.model.items[panel.view.currentIndex().row()].id != first.id


def test_a_cut_title_says_so(qtbot, window: MainWindow) -> None:
    """The move menu and the option form cut long titles mid-word without '…'
    ("... voor systemische transfor")."""
    from PySide6.QtWidgets import QMenu

    from ui.dialogs.structure import OptionDialog

    project = window.project
    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    suggestion = next(s for s in panel.model.items if s.option_key == "S1")
    menu: QMenu = panel.target_menu(suggestion)
    shown = [act.text() for act in menu.actions()]
    long = [t for t in shown if "S4" in t]
    assert long and long[0].endswith("…") and "transfor…" not in long[0]
    dialog = OptionDialog(None, project.questions(), project.advisors(), window)
    qtbot.addWidget(dialog)
    texts = [dialog.question.itemText(i) for i in range(dialog.question.count())]
    for question, text in zip(project.questions(), texts, strict=True):
        assert text.endswith("…") == (len(question.text) > 60)


def test_the_export_report_counts_in_words(qtbot, tmp_path: Path) -> None:
    """'3 bestand(en) geschreven' read like a form letter."""
    from PySide6.QtWidgets import QMainWindow

    from ui.exporting import show_written

    host = QMainWindow()
    qtbot.addWidget(host)
    files = [tmp_path / "a.docx", tmp_path / "b.docx", tmp_path / "c.xlsx"]
    assert show_written(host, files).text() == "3 bestanden geschreven:"
    assert show_written(host, files[:1]).text() == "1 bestand geschreven:"


def test_a_suggestion_names_its_paragraph_in_the_chosen_language(qtbot, window: MainWindow
                                                                  ) -> None:
    """In English the suggestion list still said 'alinea 7'."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.views.rich_delegate import HTML_ROLE

    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    row = next(r for r, s in enumerate(panel.model.items) if s.paragraph)
    index = panel.model.index(row, 0)
    assert "alinea" in index.data(HTML_ROLE)
    try:
        i18n.install("en", QApplication.instance())
        assert "paragraph" in index.data(HTML_ROLE) and "alinea" not in index.data(HTML_ROLE)
    finally:
        i18n.install("nl", QApplication.instance())


def test_the_quote_dialog_shows_no_empty_list(qtbot, window: MainWindow) -> None:
    """Typing a new argument left the list of existing ones as an empty white box."""
    from ui.dialogs.quote_dialog import QuoteDialog

    dialog = QuoteDialog(window.project, "een passage", window, "S3")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.existing.isVisible()
    dialog.argument.setText("Samenwerking met VLAIO vraagt vertrouwen")
    assert not dialog.existing.isVisible()
    dialog.argument.setText("")
    assert dialog.existing.isVisible()


def test_an_edit_form_shows_the_start_of_a_long_title(qtbot, window: MainWindow) -> None:
    """Editing S3 showed ': kruispunten van economische ...' - the title's tail."""
    from ui.dialogs.structure import OptionDialog

    project = window.project
    dialog = OptionDialog(project.option("S3"), project.questions(), project.advisors(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title.text().startswith("Scenario 3")
    assert dialog.title.cursorPosition() == 0


def test_a_first_start_shows_no_empty_recent_list(qtbot, tmp_path: Path) -> None:
    """The first start showed an empty white list above 'Nog geen recente dossiers.'."""
    from ui import settings

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    screen = window.start_screen
    assert screen.empty.isVisible() and not screen.recent.isVisible()
    path = tmp_path / "d.cwb"
    Project.create(path, "Proef").close()
    settings.add_recent_file(path)
    screen.refresh()
    assert screen.recent.isVisible() and not screen.empty.isVisible()


def test_a_new_option_continues_the_users_own_numbering(qtbot, tmp_path: Path,
                                                        monkeypatch) -> None:
    """After the user keyed S1 themselves, the next option offered O1: it now offers S2."""
    from ui.dialogs.form import FormDialog
    from ui.dialogs.structure import OptionDialog

    project = Project.create(tmp_path / "s.cwb", "Nieuw", "")
    project.add_question("Q1", "Welk scenario?")
    project.add_option("Q1", "S1", "Scenario 1")
    window = MainWindow(project)
    qtbot.addWidget(window)
    offered: list[str] = []

    def fill(dialog: FormDialog) -> int:
        assert isinstance(dialog, OptionDialog)
        offered.append(dialog.key.text())
        dialog.title.setText("Scenario 2")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fill)
    window.editor.add_option()
    assert offered == ["S2"]
    assert [o.key for o in project.options()] == ["S1", "S2"]


def test_the_key_prefix_is_the_series_most_used() -> None:
    from ui.dialogs.structure import key_prefix

    assert key_prefix([], "O") == "O"
    assert key_prefix(["3+", "IBN"], "O") == "O"          # nothing numbered: the default
    assert key_prefix(["S1", "S2", "S3", "S4", "3+"], "O") == "S"
    assert key_prefix(["O1", "O2", "S1"], "O") == "O"     # the series most used
    assert key_prefix(["O1", "S1"], "O") == "S"           # a tie: the newest key's

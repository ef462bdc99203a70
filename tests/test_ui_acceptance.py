"""Acceptance: quote a passage in the reader as a pro of S3 with a new argument, see it on the
board and in the navigator, undo, redo, reopen the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor

from ui.main_window import MainWindow
from workbench import Project

ARGUMENT = "VARIO wil een duidelijke plaats voor de clusters in het innovatiebeleid."


def _s3_label(window: MainWindow) -> str:
    return window.tree_model.find("option", "S3").data()


def _pro_texts(window: MainWindow) -> list[str]:
    board = window.workspace.board
    board.set_option("S3")
    return [c.text for c in board.models["pro"].cards]


def test_quote_from_reader_to_board_undo_redo_reopen(qtbot, demo_path: Path, monkeypatch) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    project = window.project
    vario = next(s for s in project.sources() if s.advisor_key == "VARIO")
    reader = window.workspace.reader
    window.session.show_source.emit(vario.number, -1, -1)
    assert reader.number == vario.number
    text = project.source_text(vario.number)
    wanted = "Speerpuntclusters hebben een duidelijke plaats binnen het hedendaagse innovatiebeleid"
    start = text.index(wanted)
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(reader.map.to_doc(start))
    cursor.setPosition(reader.map.to_doc(start + len(wanted)), QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)
    assert reader.selection_span() == (start, start + len(wanted))
    asked: list[str] = []

    def ask(passage: str) -> dict:
        asked.append(passage)
        return {"option": "S3", "position": "pro", "argument": None, "new_argument": ARGUMENT}

    monkeypatch.setattr(reader, "ask_quote", ask)
    before_label, quotes_before = _s3_label(window), len(project.quotes())
    window.acts["quote"].trigger()
    assert asked == [wanted]
    assert len(project.quotes()) == quotes_before + 1
    assert ARGUMENT in _pro_texts(window)
    assert _s3_label(window) != before_label                    # the navigator's counts moved
    assert len(reader.highlights) >= 1
    assert window.session.stack.count() == 1
    assert "Citaat toevoegen" in window.acts["undo"].text()

    window.acts["undo"].trigger()
    assert ARGUMENT not in _pro_texts(window)
    assert len(project.quotes()) == quotes_before and _s3_label(window) == before_label
    window.acts["redo"].trigger()
    assert ARGUMENT in _pro_texts(window)

    window.close_dossier()
    assert window.open_path(demo_path)
    card = next(c for c in (window.workspace.board.set_option("S3")
                            or window.workspace.board.models["pro"].cards) if c.text == ARGUMENT)
    assert [q.advisor for q in card.quotes] == ["VARIO"]
    quote = window.project.quote(card.quotes[0].number)
    assert quote.exact == wanted


def test_stance_matrix_edit_is_undoable(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    model = window.workspace.matrix.model
    row = [a.key for a in model.advisors].index("SERV")
    column = [o.key for o in model.options].index("S3")
    index = model.index(row, column)
    assert index.data() == "?"
    assert model.setData(index, "supports")
    assert window.project.stance("SERV", "S3").stance == "supports"
    assert model.index(row, column).data() == "Steunt"
    window.acts["undo"].trigger()
    assert window.project.stance("SERV", "S3") is None


def test_search_panel_debounces_and_opens_the_hit(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    panel = window.workspace.search
    panel.query.setText("hefboomwerking")
    assert panel.model.rowCount() == 0                          # not yet: 250 ms pause
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=2000)
    panel.open_hit(panel.model.index(0))
    hit = panel.model.hits[0]
    assert window.workspace.reader.number == hit.source_number
    assert window.workspace.reader.text.textCursor().hasSelection()

"""The option board at scale (#15): a column reads the quotes of the cards it shows, not all
the quotes of the option, and every card still shows its own quotes when scrolled to."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ui.main_window import MainWindow
from ui.models.board_model import PAGE, SHAPE_ROLE
from workbench import Project


@pytest.fixture
def window(qtbot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    project = Project.open(demo_path)
    quotes = [q.number for q in project.quotes()]
    for i in range(PAGE * 2 + 5):
        project.add_argument("S3", "pro", f"Argument {i}", quotes[i % len(quotes):][:3])
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return window


def test_a_long_column_reads_only_the_quotes_it_shows(qtbot, window: MainWindow,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    board = window.workspace.board
    window.show_board()
    asked: list[int] = []
    real = window.project.card_quotes

    def counting(numbers):
        numbers = list(numbers)
        asked.extend(numbers)
        return real(numbers)

    monkeypatch.setattr(window.project, "card_quotes", counting)
    board.set_option("S3")
    qtbot.wait(50)
    model = board.models["pro"]
    assert model.rowCount() > 2 * PAGE
    read = len(asked)
    assert 0 < read <= PAGE                            # the first page of cards, not all
    # every card is sized without reading its quotes
    assert model.index(model.rowCount() - 1, 0).data(SHAPE_ROLE)[1] == 3
    assert len(asked) == read


def test_a_card_far_down_shows_its_own_quotes(qtbot, window: MainWindow) -> None:
    board = window.workspace.board
    window.show_board()
    board.set_option("S3")
    model = board.models["pro"]
    last = model.rowCount() - 1
    board.lists["pro"].scrollToBottom()
    qtbot.wait(50)
    card = model.cards[last]
    argument = window.project.argument(card.number)
    assert [q.number for q in card.quotes] == list(argument.quote_numbers)
    assert card.text == argument.text
    conn = sqlite3.connect(window.project.path)
    advisor = conn.execute(
        "SELECT a.key FROM quote q JOIN source s ON s.id = q.source_id "
        "LEFT JOIN advisor a ON a.id = s.advisor_id WHERE q.number = ?",
        (card.quotes[0].number,)).fetchone()[0]
    conn.close()
    assert card.quotes[0].advisor == (advisor or "—")

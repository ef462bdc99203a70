"""Opening a dossier: what the first opening of a session used to compute on the GUI thread
is ready before it (#14)."""

from __future__ import annotations

import threading

from ui import tasks
from ui.main_window import MainWindow
from workbench.store import changes, migrations, schema


def test_the_window_prepares_the_first_opening_off_its_thread(qtbot, monkeypatch) -> None:
    """Verifying a dossier's schema and installing the undo log run every migration on a
    scratch database the first time (0.2-0.4 s): done in the background when the window
    is made, not when the officer opens the first dossier."""
    schema.reference.cache_clear()
    schema._all_columns.cache_clear()
    schema._scratch_made.cache_clear()
    changes._expected_tables.cache_clear()
    monkeypatch.setattr(MainWindow, "_warmed", False)
    migrated_on: list[int] = []
    real = migrations.migrate

    def spy(*args, **kwargs):
        migrated_on.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(migrations, "migrate", spy)
    window = MainWindow()
    qtbot.addWidget(window)
    assert tasks.settle(30000)
    assert schema.reference.cache_info().currsize == 1
    assert changes._expected_tables.cache_info().currsize == 1
    assert schema._all_columns.cache_info().currsize == 1
    assert migrated_on and threading.get_ident() not in migrated_on
    second = MainWindow()                   # once per process
    qtbot.addWidget(second)
    assert tasks.settle(30000)
    # one scratch database serves the schema check, the columns and the undo log's tables
    assert len(migrated_on) == 1


def test_the_tree_reads_the_sources_again_only_after_an_edit_of_them(qtbot, project,
                                                                      tmp_path,
                                                                      monkeypatch) -> None:
    """An argument's or an option's edit changes the tree's option labels, not its sources:
    before, each such edit re-read every source (2,000 on the benchmark dossier)."""
    from PySide6.QtCore import Qt

    from tests import docgen
    from ui.models.dossier_tree import DossierTreeModel
    from workbench import Project

    project.add_question("Q1", "Scenario's")
    project.add_option("Q1", "S2", "Scenario 2")
    project.add_advisor("SPC", "Clusters", status="received")
    project.import_file(docgen.make_text(tmp_path / "a.txt", "Scenario 2 is goed.\n"), "SPC")
    model = DossierTreeModel(project)
    reads: list[int] = []
    real = Project.sources

    def spy(self, *args, **kwargs):
        reads.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Project, "sources", spy)
    project.add_argument("S2", "pro", "Het werkt.")
    label = model.data(model.find("option", "S2"), Qt.ItemDataRole.DisplayRole)
    assert "1+" in label                           # the tree follows the argument
    assert reads == []                             # without reading the sources again
    project.update_source(1, title="Advies van de clusters")
    assert reads == [1]
    assert model.data(model.find("source", "1"), Qt.ItemDataRole.DisplayRole) \
        == "Advies van de clusters"


def test_an_icon_is_looked_up_once_not_on_every_repaint(qapp, monkeypatch) -> None:
    """The dossier tree asks for its icons whenever it paints; finding the file each time
    cost ~0.1 s of every opening of the 2,000-source dossier."""
    from ui import icons

    icons._icon_file.cache_clear()
    looked: list[tuple[str, ...]] = []
    real = icons.resource_path

    def spy(*parts: str):
        looked.append(parts)
        return real(*parts)

    monkeypatch.setattr(icons, "resource_path", spy)
    first, second = icons.icon("quote"), icons.icon("quote")
    assert not first.isNull() and not second.isNull()
    assert looked == [("icons", "quote.svg")]
    assert icons.icon("no-such-icon").isNull()


def test_the_navigator_unfolds_a_bounded_number_of_sources(qtbot, demo_path, monkeypatch) -> None:
    """Unfolding every advisor made Qt walk every source row of the tree, through Python,
    at each opening and after each edit of an option or argument (2,000 on the benchmark
    dossier, ~45 ms). A small dossier is shown unfolded; past the bound the advisors stay
    folded, and one the officer unfolds stays unfolded after a reload."""
    from workbench import Project

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(Project.open(demo_path))
    tree, view = window.tree_model, window.navigator
    assert view.isExpanded(tree.find("advisor", "VARIO"))    # the demo: all shown
    assert view.isExpanded(tree.find("question", "Q1"))
    window.close_dossier()

    monkeypatch.setattr(MainWindow, "UNFOLDED_SOURCES", 0)   # as if it had 2,000 sources
    window.set_project(Project.open(demo_path))
    tree, view = window.tree_model, window.navigator
    vario = tree.find("advisor", "VARIO")
    assert tree.rowCount(vario) > 0 and not view.isExpanded(vario)
    assert view.isExpanded(tree.find("question", "Q1"))       # the options stay in sight
    assert view.isExpanded(tree.index(0, 0))
    view.expand(vario)                                        # the officer unfolds it
    window.session.run("option.edit", window.project.update_option, "S3",
                       title="Scenario 3 (herzien)")          # the tree is rebuilt
    assert "herzien" in tree.data(tree.find("option", "S3"))
    assert view.isExpanded(tree.find("advisor", "VARIO"))
    window.set_project(Project.open(demo_path, readonly=True))  # another opening: folded
    assert not window.navigator.isExpanded(window.tree_model.find("advisor", "VARIO"))
    window.close_dossier()


def test_the_reader_does_not_word_every_source_when_it_first_shows(qtbot, project, tmp_path,
                                                                   monkeypatch) -> None:
    """The source list sized itself to its longest item: the first time the reader showed,
    Qt asked for the label of every source (0.3-0.4 s on the 2,000-source dossier)."""
    from tests import docgen
    from ui.views.reader import Reader

    project.add_advisor("SPC", "Clusters", status="received")
    for i in range(60):
        project.import_file(docgen.make_text(tmp_path / f"a{i}.txt", f"Advies {i}.\n"), "SPC")
    worded: list[int] = []
    real = Reader._source_label

    def spy(source):
        worded.append(source.number)
        return real(source)

    monkeypatch.setattr(Reader, "_source_label", staticmethod(spy))
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.workspace.show_view("reader")
    qtbot.wait(50)
    assert window.workspace.reader.source_box.count() == 60
    assert len(set(worded)) < 60


def test_the_board_and_the_matrix_are_not_read_again_after_a_composer_edit(
        qtbot, demo_path, monkeypatch) -> None:
    """Text stored in the composer changes nothing on the board or in the stance matrix:
    before, both were re-read after every stored keystroke (a board of 1,000 arguments)."""
    from ui.models import board_model
    from workbench import Project

    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.session.show_option.emit("S3")
    reads: list[str] = []
    real_cards, real_stances = board_model.load_cards, Project.stances

    def cards(project, option, position):
        reads.append("board")
        return real_cards(project, option, position)

    def stances(self, *args, **kwargs):
        reads.append("matrix")
        return real_stances(self, *args, **kwargs)

    monkeypatch.setattr(board_model, "load_cards", cards)
    monkeypatch.setattr(Project, "stances", stances)
    project, session = window.project, window.session
    section = session.run("section.add", project.add_section, "Nieuw", "", None)
    session.run("section.edit", project.update_section, section.id, body="Tekst.")
    assert reads == []
    session.run("argument.add", project.add_argument, "S3", "pro", "Nog een argument.")
    assert "board" in reads                     # what the board shows: read again
    texts = [c.text for c in window.workspace.board.models["pro"].cards]
    assert "Nog een argument." in texts
    reads.clear()
    session.stack.undo()                        # undo of an argument: shown again
    assert "board" in reads
    window.close_dossier()


def test_opening_a_dossier_does_not_look_up_the_recent_dossiers(qtbot, demo_path,
                                                                monkeypatch) -> None:
    """The start screen, hidden behind the dossier, re-read its recent dossiers at every
    opening: a file-system look-up each (slow on an unreachable network share)."""
    from ui import settings, start_screen

    window = MainWindow()
    qtbot.addWidget(window)
    looked_up: list[int] = []
    real = settings.recent_files

    def counting():
        looked_up.append(1)
        return real()

    monkeypatch.setattr(start_screen.settings, "recent_files", counting)
    assert window.open_path(demo_path)
    assert looked_up == []
    window.close_dossier()                  # the start screen shows: its list is current
    assert looked_up == [1]
    assert window.start_screen.recent_model.rowCount() == 1


def test_a_first_opening_during_the_warm_up_waits_for_it_instead_of_migrating_again(
        monkeypatch) -> None:
    """The app started with a dossier to open: the opening met the window's warm-up half
    way and ran every migration on a second scratch database on the GUI thread (~0.1 s of
    the first opening's 0.19 s)."""
    schema.reference.cache_clear()
    schema._all_columns.cache_clear()
    schema._scratch_made.cache_clear()
    changes._expected_tables.cache_clear()
    started, release = threading.Event(), threading.Event()
    migrated = 0
    real = migrations.migrate

    def slow(*args, **kwargs):
        nonlocal migrated
        migrated += 1
        started.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(migrations, "migrate", slow)
    warm = threading.Thread(target=changes.warm_up)
    warm.start()
    assert started.wait(10)
    opening = threading.Thread(target=lambda: schema.reference(migrations.latest_version()))
    opening.start()
    release.set()
    warm.join(10)
    opening.join(10)
    assert migrated == 1

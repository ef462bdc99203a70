"""Help > Handleiding (F1): the Dutch user guide opens, every page renders with its pictures,
its links lead somewhere, and what it tells the user matches the application (#14)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from tests.uikeys import activate
from ui.guide_dialog import OVERVIEW, GuideDialog, guide_folder, links, load_pages, render
from ui.main_window import MainWindow
from workbench import Project

TASKS = ("dossier aanmaken", "vragen, opties", "importeren", "lezen en citeren",
         "argumenten en standpunten", "suggesties", "mededeling schrijven", "exporteren",
         "controles", "back-ups")


def test_f1_opens_the_guide_at_the_task_at_hand(qtbot, demo_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_dialog
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() == "Handleiding"
    assert guide.current.name == OVERVIEW
    guide.close()
    window.open_path(demo_path)
    window.show_board()
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert guide.isVisible() and guide.current.name == "05-argumenten-en-standpunten"
    assert "Optiebord" in guide.browser.toPlainText()


def test_the_guide_has_a_page_per_task() -> None:
    titles = [page.title.lower() for page in load_pages()]
    for task in TASKS:
        assert any(task in title for title in titles), (task, titles)


def _pictures(page) -> list[str]:
    return [link for link in links(render(page)) if not link.endswith(".md")
            and not link.startswith(("http", "mailto", "#"))]


def test_every_page_renders_with_its_pictures_and_links(qtbot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    names = {page.name for page in dialog.pages}
    for row, page in enumerate(dialog.pages):
        dialog.list.setCurrentRow(row)
        assert dialog.current is page
        text = dialog.browser.toPlainText()
        assert text.startswith(page.title), page.name
        html = render(page)
        for link in links(html):
            if link.endswith(".md"):
                assert Path(link).stem in names, f"{page.name}: link to missing page {link}"
        pictures = _pictures(page)
        assert pictures or page.name == OVERVIEW, f"{page.name} shows no picture"
        for src in pictures:
            assert (page.path.parent / src).is_file(), f"{page.name}: missing {src}"
            # what the browser really shows: the picture, loaded from the shipped folder
            loaded = dialog.browser.document().resource(
                QTextDocument.ResourceType.ImageResource, QUrl(src))
            assert loaded is not None and not loaded.isNull(), f"{page.name}: {src}"


def test_links_between_pages_open_in_the_guide_and_back_returns(qtbot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current.name == OVERVIEW and not dialog.back.isEnabled()
    dialog.browser.anchorClicked.emit(QUrl("03-adviezen-importeren.md"))
    assert dialog.current.name == "03-adviezen-importeren"
    assert dialog.list.currentItem().text() == dialog.current.title
    dialog.back.click()
    assert dialog.current.name == OVERVIEW and not dialog.back.isEnabled()


def test_pictures_are_small_and_all_used() -> None:
    folder = guide_folder()
    used = {src for page in load_pages() for src in _pictures(page)}
    shipped = {f"img/{p.name}" for p in (folder / "img").glob("*.png")}
    assert used == shipped
    for name in shipped:
        image = QImage(str(folder / name))
        assert 0 < image.width() <= 900, name
        assert (folder / name).stat().st_size < 150_000, name


MENU_PATH = re.compile(r"\*\*([^*›]+?) › ([^*]+?)\*\*(?: \(((?:Ctrl|Shift|Alt|F\d)[^),]*)[),])?")


def test_menus_and_keys_named_in_the_guide_exist(qtbot, demo_path: Path) -> None:
    """Every "**Menu › Entry** (key)" of the guide is a real menu entry with that key."""
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    menus = {m.title().replace("&", ""): m for m in window.menuBar().findChildren(QMenu)
             if m.parent() is window.menuBar()}
    named = 0
    for page in load_pages():
        for menu_title, entry, key in MENU_PATH.findall(page.path.read_text("utf-8")):
            menu = menus.get(menu_title)
            assert menu is not None, f"{page.name}: no menu {menu_title!r}"
            actions = {a.text().replace("&", ""): a for a in menu.actions()}
            assert entry in actions, f"{page.name}: no {entry!r} in {menu_title} ({list(actions)})"
            if key:
                keys = {k.toString(QKeySequence.SequenceFormat.NativeText)
                        for k in actions[entry].shortcuts()}
                assert key in keys, f"{page.name}: {entry} is {keys}, not {key}"
            named += 1
    assert named >= 10


@pytest.mark.parametrize("phrase", ["Nieuw dossier...", "Demodossier openen"])
def test_start_screen_buttons_named_in_the_guide(qtbot, phrase: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    buttons = [b.text() for b in (window.start_screen.button_new, window.start_screen.button_open,
                                  window.start_screen.button_demo)]
    assert phrase in buttons
    assert phrase in "".join(p.path.read_text("utf-8") for p in load_pages())


def _interface_strings() -> str:
    """Every string literal of ui/ (the Dutch source strings of the interface), '&' removed."""
    import ast

    strings = []
    for path in (Path(__file__).resolve().parents[1] / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.append(node.value.replace("&", ""))
    return " || ".join(strings)


def test_what_the_guide_shows_in_bold_is_in_the_interface() -> None:
    """The guide sets names of menus, buttons, fields and views in bold: each must be a text
    of the interface, so that a renamed button shows up here instead of confusing a reader."""
    interface = _interface_strings()
    missing = [(page.name, part.strip())
               for page in load_pages()
               for term in re.findall(r"\*\*([^*]+)\*\*", page.path.read_text("utf-8"))
               for part in term.split("›") if part.strip() not in interface]
    assert missing == []


def test_f1_in_the_stance_table_opens_the_section_on_stances(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    window.show_board()
    guide = window.show_guide()
    guide.resize(900, 600)
    guide.open_page("05-argumenten-en-standpunten")
    assert guide.browser.verticalScrollBar().value() == 0          # the board: from the top
    window.show_matrix()
    window.show_guide()
    bar = guide.browser.verticalScrollBar()
    assert guide.current.name == "05-argumenten-en-standpunten" and bar.value() > 0
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    top.select(top.SelectionType.LineUnderCursor)
    assert "De standpunten" in top.selectedText() or bar.value() == bar.maximum()
    guide.open_page("06-suggesties")
    assert bar.value() == 0                     # another page starts at its top

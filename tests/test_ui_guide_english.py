"""The user guide in English (#14): in the English interface F1 and Help open the English pages
(resources/guide/en), at the page and section of the task at hand, and a language switch with
the guide open switches its pages. The English guide has the Dutch one's structure, its pictures
show the English interface, and what it names in bold is in the English interface."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from tests.uikeys import activate
from ui import i18n
from ui.guide_dialog import (
    GuideDialog,
    guide_folder,
    links,
    load_pages,
    number_of,
    render,
    sections,
)
from ui.main_window import MainWindow
from workbench import Project
from workbench.resources import resource_path

# Dutch words that are never English: a page of the English guide holds none outside its
# examples (the Dutch titles of the communication's sections, the exported file names...).
DUTCH = {"het", "een", "de", "en", "van", "niet", "wordt", "kiest", "optie", "citaat",
         "adviezen", "mededeling", "handleiding", "bewaard", "bron", "standpunt", "kies"}


@pytest.fixture
def english(qtbot):
    from ui import settings

    settings.LANGUAGE.set("en")
    i18n.install("en")
    yield
    settings.LANGUAGE.set("nl")
    i18n.install("nl")


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)}


def test_in_english_f1_opens_the_english_guide_at_the_task_at_hand(qtbot, demo_path: Path
                                                                   ) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_language("en")
    try:
        activate(window)
        QTest.keyClick(window, Qt.Key.Key_F1)
        guide = window.guide_dialog
        assert guide is not None and guide.isVisible()
        assert guide.windowTitle() == "User guide"
        assert guide.current.name == "00-overview"
        shown = guide.browser.toPlainText()
        assert shown.startswith("Overview") and "Creating a dossier" in shown
        assert not _words(shown) & DUTCH, _words(shown) & DUTCH
        assert [guide.list.item(i).text() for i in range(3)] == [
            "Overview", "Creating a dossier", "Questions, options and advisory bodies"]
        guide.close()
        window.open_path(demo_path)
        window.show_board()
        activate(window)
        QTest.keyClick(window, Qt.Key.Key_F1)
        assert guide.isVisible() and guide.current.name == "05-arguments-and-stances"
        assert "Option board" in guide.browser.toPlainText()
        window.show_matrix()
        guide.resize(900, 600)
        window.show_guide()                    # the matrix: the section on stances
        bar = guide.browser.verticalScrollBar()
        assert guide.current.name == "05-arguments-and-stances" and bar.value() > 0
        top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
        top.select(top.SelectionType.LineUnderCursor)
        assert "The stances" in top.selectedText() or bar.value() == bar.maximum()
    finally:
        window.set_language("nl")


def test_a_language_switch_turns_the_open_guide_to_the_same_page(qtbot, demo_path: Path
                                                                 ) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    guide = window.show_guide("06-suggesties")
    assert guide.windowTitle() == "Handleiding" and guide.current.name == "06-suggesties"
    guide.browser.anchorClicked.emit(QUrl("07-de-mededeling-schrijven.md"))
    try:
        window.set_language("en")
        qtbot.waitUntil(lambda: guide.windowTitle() == "User guide")   # Qt posts the change
        assert guide.current.name == "07-writing-the-communication"
        assert guide.browser.toPlainText().startswith("Writing the communication")
        assert guide.list.currentItem().text() == "Writing the communication"
        guide.back.click()                    # the history follows the language too
        assert guide.current.name == "06-suggestions"
        assert "under heading 3.3.2 Scenario 2" in guide.browser.toPlainText()
    finally:
        window.set_language("nl")
    qtbot.waitUntil(lambda: guide.windowTitle() == "Handleiding")
    assert guide.current.name == "06-suggesties"


def test_the_english_guide_has_the_structure_of_the_dutch_one() -> None:
    dutch, english = load_pages(guide_folder("nl")), load_pages(guide_folder("en"))
    assert guide_folder("en") == resource_path("guide", "en")
    assert [number_of(p.name) for p in english] == [number_of(p.name) for p in dutch]
    for nl, en in zip(dutch, english, strict=True):
        assert len(sections(en)) == len(sections(nl)), en.name
        pictures_nl = [link for link in links(render(nl)) if link.startswith("img/")]
        pictures_en = [link for link in links(render(en)) if link.startswith("img/")]
        assert pictures_en == pictures_nl, en.name
        pages_nl = [number_of(Path(link).stem) for link in links(render(nl))
                    if link.endswith(".md")]
        pages_en = [number_of(Path(link).stem) for link in links(render(en))
                    if link.endswith(".md")]
        assert pages_en == pages_nl, en.name


def test_every_english_page_renders_with_its_pictures_and_links(qtbot, english) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language == "en"
    names = {page.name for page in dialog.pages}
    for row, page in enumerate(dialog.pages):
        dialog.list.setCurrentRow(row)
        assert dialog.current is page
        assert dialog.browser.toPlainText().startswith(page.title), page.name
        for link in links(render(page)):
            if link.endswith(".md"):
                assert Path(link).stem in names, f"{page.name}: link to missing page {link}"
            elif link.startswith("img/"):
                assert (page.path.parent / link).is_file(), f"{page.name}: missing {link}"


def test_the_english_pictures_are_small_all_used_and_show_the_english_interface() -> None:
    folder = guide_folder("en")
    used = {link for page in load_pages(folder) for link in links(render(page))
            if link.startswith("img/")}
    shipped = {f"img/{p.name}" for p in (folder / "img").glob("*.png")}
    assert used == shipped
    for name in shipped:
        image = QImage(str(folder / name))
        assert 0 < image.width() <= 900, name
        assert (folder / name).stat().st_size < 150_000, name
        # made apart from the Dutch ones (python -m ui.screenshots --guide en)
        assert (folder / name).read_bytes() != (guide_folder("nl") / name).read_bytes(), name


def _english_interface() -> str:
    """Every English translation of the interface, '&' removed."""
    root = ET.parse(resource_path("translations", "workbench_en.ts")).getroot()
    return " || ".join((m.findtext("translation") or "").replace("&", "")
                       for m in root.iter("message"))


def test_what_the_english_guide_shows_in_bold_is_in_the_english_interface() -> None:
    interface = _english_interface()
    missing = [(page.name, part.strip())
               for page in load_pages(guide_folder("en"))
               for term in re.findall(r"\*\*([^*]+)\*\*", page.path.read_text("utf-8"))
               for part in term.split("›")
               if part.strip() not in interface and part.strip() not in ("OK", "F1", "F2",
                                                                         "+", "VARIO")]
    assert missing == []


MENU_PATH = re.compile(r"\*\*([^*›]+?) › ([^*]+?)\*\*(?: \(((?:Ctrl|Shift|Alt|F\d)[^),]*)[),])?")


def test_menus_and_keys_named_in_the_english_guide_exist(qtbot, demo_path: Path) -> None:
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.set_language("en")
    try:
        menus = {m.title().replace("&", ""): m for m in window.menuBar().findChildren(QMenu)
                 if m.parent() is window.menuBar()}
        named = 0
        for page in load_pages(guide_folder("en")):
            for menu_title, entry, key in MENU_PATH.findall(page.path.read_text("utf-8")):
                menu = menus.get(menu_title)
                assert menu is not None, f"{page.name}: no menu {menu_title!r} ({list(menus)})"
                actions = {a.text().replace("&", ""): a for a in menu.actions()}
                assert entry in actions, f"{page.name}: no {entry!r} in {menu_title}"
                if key:
                    keys = {k.toString(QKeySequence.SequenceFormat.NativeText)
                            for k in actions[entry].shortcuts()}
                    assert key in keys, f"{page.name}: {entry} is {keys}, not {key}"
                named += 1
        assert named >= 10
    finally:
        window.set_language("nl")


def test_no_english_page_has_dutch_prose() -> None:
    """Outside examples (set in italics: *derde scenario*, *Advies 36*) and code, an English
    page reads English: a paragraph left in Dutch would show here."""
    for page in load_pages(guide_folder("en")):
        text = page.path.read_text("utf-8")
        text = re.sub(r"\*[^*\n]+\*(?!\*)", " ", re.sub(r"\*\*[^*]+\*\*", " ", text))
        text = re.sub(r"`[^`]+`|\([^)]*\.(?:md|png)\)|!\[[^\]]*\]", " ", text)
        found = _words(text) & (DUTCH | {"het", "wat", "dat", "die", "zijn", "bij", "voor",
                                         "naar", "ook", "maar", "als"})
        assert not found, (page.name, found)

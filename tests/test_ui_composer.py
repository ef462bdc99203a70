"""The communication composer: draft from evidence, typing is stored (debounced) and undoable;
the text is shown formatted with references as readable chips, and stays Markdown (#14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.uikeys import activate
from ui.main_window import MainWindow
from workbench import Project


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    window.show_composer()
    return window


def test_draft_typing_and_undo(qtbot, window: MainWindow) -> None:
    composer = window.workspace.composer
    project = window.project
    assert project.sections() == [] and composer.hint.isVisible()
    qtbot.mouseClick(composer.draft_button, Qt.MouseButton.LeftButton)
    sections = project.sections()
    assert len(sections) >= 5 and all(s.body for s in sections)
    assert composer.sections.rowCount() == len(sections)
    assert composer.section_id == sections[0].id
    assert composer.markdown() == sections[0].body
    assert "Ontwerp uit bewijs" in window.acts["undo"].text()
    original = sections[0].body

    composer.body.setFocus()
    cursor = composer.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    composer.body.setTextCursor(cursor)
    qtbot.keyClicks(composer.body, " Extra zin.")
    assert composer.dirty
    qtbot.waitUntil(lambda: project.section(sections[0].id).body == original + " Extra zin.",
                    timeout=3000)
    assert "Tekst van sectie wijzigen" in window.acts["undo"].text()

    qtbot.keyClicks(composer.body, " Nog.")            # pending: Undo commits, then undoes it
    window.acts["undo"].trigger()
    assert project.section(sections[0].id).body == original + " Extra zin."
    assert composer.markdown() == original + " Extra zin."
    window.acts["undo"].trigger()
    assert project.section(sections[0].id).body == original
    assert composer.markdown() == original
    window.acts["redo"].trigger()
    assert composer.markdown() == original + " Extra zin."


def test_drafted_sections_round_trip_and_show_no_markup(qtbot, window: MainWindow) -> None:
    """Every drafted section is shown formatted and written back character for character."""
    composer = window.workspace.composer
    project = window.project
    composer.draft_from_evidence()
    assert any("**" in s.body or "\n- " in s.body or "## " in s.body for s in project.sections())
    for section in project.sections():
        composer.select_section(section.id)
        assert composer.markdown() == section.body, section.title
        shown = composer.body.toPlainText()
        assert "**" not in shown and "\n- " not in shown and "## " not in shown, section.title
    composer.commit_pending()
    assert window.session.stack.count() == 1          # showing is not editing


def test_markdown_round_trip_of_every_construct(qtbot, window: MainWindow) -> None:
    composer = window.workspace.composer
    project = window.project
    quote = project.quotes()[0].number
    argument = project.arguments()[0].number
    body = (f"# Titel\n\nTekst met **vet**, *cursief* en [[quote:{quote}]] erin; a_b en 3 * 4."
            f"\n\n## Sub\n\n- een\n- twee [[argument:{argument}]]\n  - genest\n- drie\n\n"
            "1. a\n2. b\n\n> citaat\n>\n> tweede\n\n[[overview:S3]]\n\n[[matrix]]\n\n"
            "[[advisors]]\n\nRegel\\\nbreuk en \\*geen cursief\\*.")
    section = project.add_section("Proef", body)
    window.session.reload()
    composer.select_section(section.id)
    assert composer.markdown() == body
    assert "[[" not in composer.body.toPlainText()


def test_references_are_readable_chips(qtbot, window: MainWindow) -> None:
    composer = window.workspace.composer
    project = window.project
    quote = project.quotes()[0]
    advisor = project.source(project.quote_source_number(quote)).advisor_key
    page = f", p. {quote.page}" if quote.page else ""
    section = project.add_section("Proef", f"Zie [[quote:{quote.number}]].\n\n[[overview:S3]]")
    window.session.reload()
    composer.select_section(section.id)
    chips = composer.chips()
    assert [c[0] for c in chips] == [f"[[quote:{quote.number}]]", "[[overview:S3]]"]
    assert chips[0][1] == f"citaat {quote.number} — {advisor}{page}"
    assert chips[1][1].startswith("overzicht S3 — ")
    assert all(problem == "" for _t, _l, problem in chips)
    assert not composer.broken.isVisible()
    # a chip is one character: one Backspace removes the whole reference
    cursor = composer.body.textCursor()
    cursor.setPosition(len("Zie ") + 1)
    composer.body.setTextCursor(cursor)
    composer.body.setFocus()
    qtbot.keyClick(composer.body, Qt.Key.Key_Backspace)
    assert composer.markdown() == "Zie .\n\n[[overview:S3]]"


def test_broken_reference_is_refused_and_flagged(qtbot, window: MainWindow, monkeypatch) -> None:
    composer = window.workspace.composer
    project = window.project
    section = project.add_section("Proef", "Eerst [[quote:9999]] en dan [[overview:S9]].")
    window.session.reload()
    composer.select_section(section.id)
    chips = composer.chips()
    assert all(label.startswith("⚠") and problem for _t, label, problem in chips), chips
    assert "9999" in chips[0][1] and "bestaat niet" in chips[0][1]
    assert composer.broken.isVisible()
    assert "9999" in composer.broken.text() and "S9" in composer.broken.text()
    assert "overzicht" in chips[1][2] and "alleen op een regel" in chips[1][2]
    assert composer.markdown() == "Eerst [[quote:9999]] en dan [[overview:S9]]."

    warned: list[str] = []
    monkeypatch.setattr(composer, "warn", lambda title, text: warned.append(text))
    before = composer.markdown()
    assert not composer.insert_reference("quote", "9999")
    assert not composer.insert_reference("argument", "9999")
    assert not composer.insert_reference("overview", "S9")
    assert composer.markdown() == before
    assert len(warned) == 3 and "geen citaat 9999" in warned[0]


def test_quote_picker_inserts_a_chip_and_a_deleted_quote_turns_red(qtbot, window: MainWindow,
                                                                   monkeypatch) -> None:
    composer = window.workspace.composer
    project = window.project
    section = project.add_section("Proef", "")
    window.session.reload()
    composer.select_section(section.id)
    quote = project.quotes()[-1].number
    monkeypatch.setattr(composer, "pick", lambda kind, current: quote)
    composer.body.setFocus()
    composer.actions_by_name["insert_quote"].trigger()
    composer.commit_pending()
    assert project.section(section.id).body == f"[[quote:{quote}]]"
    window.session.run("quote.delete", project.delete_quote, quote)
    assert composer.chips()[0][2] and composer.broken.isVisible()
    window.acts["undo"].trigger()
    assert not composer.chips()[0][2] and not composer.broken.isVisible()


def test_typed_token_becomes_a_chip(qtbot, window: MainWindow) -> None:
    composer = window.workspace.composer
    project = window.project
    section = project.add_section("Proef", "")
    window.session.reload()
    composer.select_section(section.id)
    composer.body.setFocus()
    qtbot.keyClicks(composer.body, "Zie [[matrix]]")
    assert composer.chips()[0][0] == "[[matrix]]"
    assert "[[" not in composer.body.toPlainText()


def test_picker_searches_previews_and_refuses_unknown_numbers(qtbot, window: MainWindow) -> None:
    from ui.dialogs.reference_picker import ReferencePicker, quote_items

    project = window.project
    items = quote_items(project)
    dialog = ReferencePicker("quote", items)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.search
    assert len(dialog.visible_numbers()) == len(project.quotes())
    vario = {q.number for q in project.quotes()
             if project.source(project.quote_source_number(q)).advisor_key == "VARIO"}
    qtbot.keyClicks(dialog.search, "vario")
    shown = set(dialog.visible_numbers())
    assert vario <= shown < set(q.number for q in project.quotes())
    assert all("vario" in project.quote(n).exact.casefold() for n in shown - vario)
    quote = project.quote(dialog.visible_numbers()[0])
    first, second = dialog.visible_numbers()[:2]
    assert dialog.current_number() == first
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)          # arrows move through the list
    assert dialog.current_number() == second
    assert dialog.focusWidget() is dialog.search            # and typing goes on
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    preview = dialog.preview.toPlainText()
    assert " ".join(quote.exact.split())[:60] in " ".join(preview.split())
    assert (f"pagina {quote.page}" in preview) if quote.page else True
    assert project.source(project.quote_source_number(quote)).title in preview
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "9999")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.chosen is None
    assert "geen citaat met nummer 9999" in dialog.status.text()
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, str(quote.number))
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.chosen == quote.number and not dialog.isVisible()


def test_toolbar_formats_and_fits_at_1600(qtbot, window: MainWindow) -> None:
    composer = window.workspace.composer
    project = window.project
    section = project.add_section("Proef", "een\n\ntwee")
    window.session.reload()
    composer.select_section(section.id)
    activate(window)
    composer.body.setFocus()
    cursor = composer.body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)
    composer.body.setTextCursor(cursor)
    qtbot.keyClick(composer.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert composer.markdown() == "**een**\n\ntwee"
    composer.buttons["italic"].click()
    assert composer.markdown() == "***een***\n\ntwee"
    cursor = composer.body.textCursor()
    cursor.setPosition(6)
    composer.body.setTextCursor(cursor)
    composer.buttons["heading"].click()
    assert composer.markdown() == "***een***\n\n## twee"
    composer.buttons["heading"].click()
    composer.buttons["bullets"].click()
    assert composer.markdown() == "***een***\n\n- twee"
    activate(window)
    cursor.setPosition(cursor.block().position() + cursor.block().length() - 1)
    composer.body.setTextCursor(cursor)
    qtbot.keyClick(composer.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(composer.body, " vet")
    qtbot.keyClick(composer.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(composer.body, " en")
    assert composer.markdown() == "***een***\n\n- twee **vet** en"
    cursor.setPosition(2)                  # inside a word, nothing selected: the word
    composer.body.setTextCursor(cursor)
    qtbot.keyClick(composer.body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert composer.markdown() == "**een**\n\n- twee **vet** en"
    window.resize(1600, 1000)
    qtbot.wait(50)
    from PySide6.QtWidgets import QToolBar, QToolButton
    bar = composer.findChild(QToolBar, "composer_toolbar")
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()


def test_composer_keys_are_not_bound_elsewhere(qtbot, window: MainWindow) -> None:
    from tests.test_ui_shortcuts import bound_keys

    window_keys = bound_keys(window)
    composer = window.workspace.composer
    keys = [a.shortcut().toString() for a in composer.actions_by_name.values()]
    assert len(keys) == len(set(keys)) >= 7
    assert not set(keys) & set(window_keys)
    for name in ("bold", "insert_quote"):
        assert composer.actions_by_name[name].shortcut().toString() in \
            composer.buttons[name].toolTip()


def test_insert_references_from_the_reader_selection(qtbot, window: MainWindow,
                                                     monkeypatch) -> None:
    """The quote selected in the reader is preselected in the picker; Enter inserts it."""
    composer = window.workspace.composer
    project = window.project
    composer.draft_from_evidence()
    composer.body.clear()
    composer.body.setFocus()
    quote = project.quotes()[0].number
    window.workspace.reader.show_quote(quote)
    window.show_composer()
    offered: list[int | None] = []

    def pick(kind: str, current: int | None) -> int | None:
        offered.append(current)
        return current

    monkeypatch.setattr(composer, "pick", pick)
    composer.insert_quote()
    composer.insert_reference("matrix")
    composer.commit_pending()
    body = project.section(composer.section_id).body
    assert offered == [quote]
    assert body == f"[[quote:{quote}]]\n\n[[matrix]]"
    assert not composer.broken.isVisible() or "deze sectie" not in composer.broken.text()


def test_formatting_and_sections(qtbot, window: MainWindow, monkeypatch) -> None:
    composer = window.workspace.composer
    project = window.project
    project.ensure_default_sections()
    window.session.reload()
    composer.body.setPlainText("een\ntwee")
    composer.body.selectAll()
    composer.toggle_bullets()
    assert composer.markdown() == "- een\n- twee"
    cursor = composer.body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)
    composer.body.setTextCursor(cursor)
    composer.toggle_bold()
    assert composer.markdown() == "- **een**\n- twee"
    first = composer.section_id
    composer.move_section(1)                 # commits the text first
    assert project.sections()[1].id == first and project.section(first).body.startswith("- **een")
    monkeypatch.setattr(composer, "confirm", lambda *a: True)
    composer.select_section(first)
    composer.delete_section()
    assert first not in [s.id for s in project.sections()]
    window.acts["undo"].trigger()
    assert first in [s.id for s in project.sections()]


def test_picker_and_composer_widgets_have_accessible_names(qtbot, window: MainWindow) -> None:
    from tests.test_ui_accessibility import missing
    from ui.dialogs.reference_picker import ReferencePicker, argument_items

    dialog = ReferencePicker("argument", argument_items(window.project))
    qtbot.addWidget(dialog)
    dialog.show()
    assert missing(dialog) == []
    window.workspace.composer.draft_from_evidence()
    assert missing(window.workspace.composer) == []


def test_enter_after_a_heading_or_an_empty_item_is_body_text(qtbot, window: MainWindow) -> None:
    composer = window.workspace.composer
    project = window.project
    section = project.add_section("Proef", "## Kop\n\n- een")
    window.session.reload()
    composer.select_section(section.id)
    composer.body.setFocus()
    cursor = composer.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    composer.body.setTextCursor(cursor)
    qtbot.keyClick(composer.body, Qt.Key.Key_Return)
    qtbot.keyClick(composer.body, Qt.Key.Key_Return)
    qtbot.keyClicks(composer.body, "los")
    assert composer.markdown() == "## Kop\n\n- een\n\nlos"
    cursor.setPosition(3)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    composer.body.setTextCursor(cursor)
    qtbot.keyClick(composer.body, Qt.Key.Key_Return)
    qtbot.keyClicks(composer.body, "tekst")
    assert composer.markdown() == "## Kop\n\ntekst\n\n- een\n\nlos"


def test_copy_and_paste_keep_chips_and_turn_pasted_tokens_into_chips(qtbot,
                                                                     window: MainWindow) -> None:
    composer = window.workspace.composer
    project = window.project
    quote = project.quotes()[0].number
    section = project.add_section("Proef", f"**Zie** [[quote:{quote}]] hier.")
    window.session.reload()
    composer.select_section(section.id)
    composer.body.selectAll()
    data = composer.body.createMimeDataFromSelection()
    assert data.text() == f"**Zie** [[quote:{quote}]] hier."
    cursor = composer.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    composer.body.setTextCursor(cursor)
    composer.body.insertFromMimeData(data)
    from PySide6.QtCore import QMimeData
    plain = QMimeData()
    plain.setText(" en [[matrix]]")
    composer.body.insertFromMimeData(plain)
    assert composer.markdown() == (f"**Zie** [[quote:{quote}]] hier.**Zie** [[quote:{quote}]] "
                                   "hier. en [[matrix]]")
    assert [c[0] for c in composer.chips()] == [f"[[quote:{quote}]]"] * 2 + ["[[matrix]]"]


def test_double_click_on_a_chip_shows_the_quote(qtbot, window: MainWindow) -> None:
    composer = window.workspace.composer
    project = window.project
    quote = project.quotes()[2].number
    section = project.add_section("Proef", f"Zie [[quote:{quote}]] en [[quote:9999]].")
    window.session.reload()
    composer.select_section(section.id)
    qtbot.wait(20)
    cursor = composer.body.textCursor()
    cursor.setPosition(len("Zie "))
    rect = composer.body.cursorRect(cursor)
    qtbot.mouseDClick(composer.body.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center() + QPoint(8, 0))
    assert window.workspace.currentWidget() is window.workspace.reader
    assert window.workspace.reader.current_quote == quote
    window.show_composer()
    composer.show_reference("[[quote:9999]]")                # a broken chip goes nowhere
    assert window.workspace.currentWidget() is composer


def test_the_quote_list_is_gathered_off_the_gui_thread_and_kept(qtbot, window: MainWindow,
                                                                monkeypatch) -> None:
    from ui.dialogs.reference_picker import ReferencePicker

    composer = window.workspace.composer
    project = window.project
    dialog = ReferencePicker("quote", None, None, composer)
    qtbot.addWidget(dialog)
    assert dialog.loading and dialog.visible_numbers() == []
    qtbot.keyClicks(dialog.search, "vario")              # typing while the list is gathered
    composer._gather("quote", dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    assert dialog.visible_numbers() and len(dialog.visible_numbers()) < len(project.quotes())
    assert len(composer._pick_items["quote"]) == len(project.quotes())
    window.session.run("question.add", project.add_question, "Q9", "Nog een vraag")
    assert "quote" not in composer._pick_items              # a change: gathered again next time

"""Every string the GUI shows is in the chosen language (#14).

Walks the demo dossier's main window (every view and dock, the suggestions with their reasons),
every dialog (the reference pickers and "Wat moet ik nog doen?" with its checks too), the
composer's reference chips and refusals, the checks list, the change history after edits of
each kind, the start screen, an empty dossier's next-step bar, the read-only banner and the
lock prompt, once in Dutch and once in English, and collects what a user sees: window titles,
labels, buttons, tooltips, accessible names, item texts of every list, table and tree, menu and
toolbar actions. In Dutch no English sentence may show (the core's check messages, history
entries, errors and suggestion reasons come as codes and are translated); in English no Dutch
interface string may show where the translation has one.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from tests.test_ui_accessibility import dialogs
from ui import i18n
from ui.main_window import MainWindow
from workbench import Project, ReadOnlyDossier
from workbench.messages import Message
from workbench.resources import resource_path

# Words that are English and never Dutch (nor part of the demo's Dutch texts).
ENGLISH = {"the", "not", "advice", "received", "yet", "has", "with", "and", "from", "this",
           "which", "cannot", "been", "was", "should", "your", "you", "set", "edit", "delete",
           "undo", "redo", "add", "stance", "source", "sources", "quote", "quotes", "option",
           "options", "longer", "nothing", "changed", "read-only", "only", "file", "damaged",
           "dossier's", "communication", "section", "asked", "missing", "advisor", "edited",
           "since", "under", "heading", "names", "resembles", "moved", "paragraph", "found",
           "earlier", "accepted", "suggestion", "suggestions", "checks", "guide", "user",
           "read", "exist", "does"}
# Reference syntax the composer teaches (typed by the user, the same in every language).
KEPT = {"quote", "argument", "overview", "matrix", "advisors"}
# Lists whose items are content, not interface (none: the guide's page titles are in the
# interface language since the guide has English pages).
CONTENT: set[str] = set()


def _ts() -> list[tuple[str, str, str]]:
    """(context, Dutch source, English translation) of every finished translation."""
    root = ET.parse(resource_path("translations", "workbench_en.ts")).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                found.append((name, message.findtext("source") or "", translation.text or ""))
    return found


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).replace("&", "").split())


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, out: list[str],
                 depth: int = 0) -> None:
    rows = min(model.rowCount(parent), 60)
    try:
        columns = max(1, model.columnCount(parent))
    except TypeError:                    # a list model: columnCount is private there
        columns = 1
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    out.append(value)
            if column == 0 and depth < 3 and model.rowCount(index) > 0:
                _model_texts(model, index, out, depth + 1)
    for column in range(columns):
        value = model.headerData(column, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            out.append(value)


def visible_texts(root: QWidget) -> list[str]:
    """What a user can read in ``root`` as it is shown now (document text left out: it is the
    advice itself, in the language it was written in)."""
    out: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):      # Qt's own parts, in Qt's translation
            continue
        out += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                widget.statusTip()]
        if isinstance(widget, QDockWidget):
            out.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            out.append(widget.text())
        if isinstance(widget, QLineEdit):
            out.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            out.append(widget.title())
        if isinstance(widget, QTabBar):
            out += [widget.tabText(i) for i in range(widget.count())]
            out += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None and \
                widget.objectName() not in CONTENT:
            _model_texts(widget.model(), QModelIndex(), out)
    for action in root.findChildren(QAction):
        out += [action.text(), action.toolTip(), action.statusTip()]
    return [t for t in {_plain(t) for t in out} if t]


def english_in(texts: list[str]) -> list[str]:
    whole = {english for _c, source, english in _ts() if english != source and len(english) > 3}
    found = []
    for text in texts:
        words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)}
        if text in whole or len((words & ENGLISH) - KEPT) >= 2:
            found.append(text)
    return sorted(found)


def dutch_in(texts: list[str]) -> list[str]:
    """Texts that are a Dutch source string, or contain one made from a template ("%1
    adviesinstanties"), where the English differs."""
    dutch = {_plain(source) for _c, source, english in _ts()
             if _plain(source) != _plain(english) and len(source) > 3}
    templates = [re.compile(r"(^|\W)" + re.escape(source).replace("%1", r"\S+") + r"(\W|$)")
                 for source in dutch if source.startswith("%1") and len(source) > 8]
    # the core's wordings ("noemt ‘{named}’", "onder kop {heading}"), with their parameters
    templates += [re.compile(r"(^|\W)" + re.sub(r"\\\{\w+\\\}", ".+?", re.escape(source))
                             + r"(\W|$)")
                  for source in dutch if "{" in source
                  and len(re.sub(r"\{\w+\}", "", source).strip()) >= 8]
    return sorted(t for t in texts if t in dutch or any(p.search(t) for p in templates))


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch, tmp_path: Path):
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    win = MainWindow(Project.open(demo_path))
    qtbot.addWidget(win)
    win.show()
    win.set_language("nl")
    # the opening's suggestion scan starts once the window shows the dossier and rewords the
    # panel's count when it ends: not in the middle of a comparison of texts
    qtbot.waitUntil(lambda: win.settled and not any(
        win.tasks.is_running(n) for n in ("suggestions", "suggestion-list")), timeout=60000)
    yield win
    i18n.install("nl")


def _edit_a_little(window: MainWindow) -> None:
    """An edit of each kind, an undo and a redo, so the history has one of each."""
    p, run = window.project, window.session.run
    run("option.edit", p.update_option, "S3", title="Scenario 3 (herzien)")
    run("question.edit", p.update_question, "Q1", text=p.question("Q1").text + " ")
    run("advisor.edit", lambda: p.update_advisor("VARIO", name="VARIO (Vlaamse Adviesraad)"))
    run("stance.set", p.set_stance, "VARIO", "S3", "preferred")
    run("argument.add", p.add_argument, "S3", "pro", "Een nieuw argument")
    quote = p.quotes()[0]
    run("quote.note", p.set_quote_note, quote.number, "Nagekeken")
    run("section.add", p.add_section, "Bijlage")
    run("dossier.edit", p.set_dossier, reference="VR 2024 2203 MED.0001")
    window.acts["undo"].trigger()
    window.acts["redo"].trigger()


def walk(qtbot, window: MainWindow) -> list[str]:
    texts: list[str] = []
    window.workspace.reader.show_source(window.project.sources()[0].number)
    window.session.show_option.emit("S3")
    for name in ("reader", "board", "matrix", "composer"):
        window.workspace.show_view(name)
        texts += visible_texts(window)
    window.run_checks()
    qtbot.waitUntil(lambda: bool(window.workspace.checks.problems.rows), timeout=20000)
    qtbot.waitUntil(lambda: not window.workspace.checks.busy, timeout=20000)
    texts += visible_texts(window.workspace.checks)
    from ui.audit_dialog import AuditDialog

    history = AuditDialog(window.session, parent=window)         # the whole dossier's
    qtbot.addWidget(history)
    history.show()
    texts += visible_texts(history)
    history.close()
    for make in dialogs(window).values():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        texts += visible_texts(dialog)
        dialog.close()
    texts += _suggestions(qtbot, window)
    texts += _todo(qtbot, window)
    texts += _pickers(qtbot, window)
    texts += _chips(window)
    from ui.backup_dialog import BackupDialog
    from ui.shortcuts_dialog import ShortcutsDialog
    from workbench import backups

    backups.snapshot(window.project.path, "manual")          # one backup to list
    for dialog in (ShortcutsDialog(window.acts.values(), window),
                   BackupDialog(window.project.path, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        texts += visible_texts(dialog)
        dialog.close()
    return texts


def _suggestions(qtbot, window: MainWindow) -> list[str]:
    """The suggestions panel once its scan is done: each line says why, in the language."""
    panel = window.workspace.suggestions
    for _attempt in range(3):      # a scan that met the edits above stores nothing: again
        qtbot.waitUntil(lambda: window.settled and not window.tasks.is_running("suggestions"),
                        timeout=60000)
        if panel.model.rowCount() > 0:
            break
        panel.refresh()
    assert panel.model.rowCount() > 0
    return visible_texts(panel)


def _todo(qtbot, window: MainWindow) -> list[str]:
    """"Wat moet ik nog doen?" with the open checks listed."""
    todo = window.show_todo()
    qtbot.waitUntil(lambda: todo.report is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.workspace.checks.busy, timeout=30000)
    texts = visible_texts(todo)
    todo.close()
    return texts


def _pickers(qtbot, window: MainWindow) -> list[str]:
    """The composer's quote and argument pickers, with the preview of the first item."""
    from ui.dialogs.reference_picker import ReferencePicker, argument_items, quote_items

    texts: list[str] = []
    for kind, items in (("quote", quote_items(window.project)),
                        ("argument", argument_items(window.project))):
        picker = ReferencePicker(kind, items, None, window)
        qtbot.addWidget(picker)
        picker.show()
        picker.list.setCurrentIndex(picker.model.index(0, 0))
        texts += visible_texts(picker)
        texts += picker.preview.toPlainText().splitlines()[:1]          # its heading
        picker.search.setText("zzzz-niets")                               # nothing found
        texts += visible_texts(picker)
        picker.close()
    return texts


def _chips(window: MainWindow) -> list[str]:
    """The composer's chips of the drafted communication, every kind of broken chip, and the
    refusal of a reference to nothing."""
    from ui.views.reference_chips import reference_of
    from workbench.export.markdown_refs import Reference

    composer = window.workspace.composer
    window.show_composer()
    composer.select_section(window.project.sections()[0].id)
    quote, argument = window.project.quotes()[0], window.project.arguments()[0]
    for kind, target in (("quote", str(quote.number)), ("argument", str(argument.number)),
                         ("overview", "S3"), ("matrix", ""), ("advisors", "")):
        assert composer.insert_reference(kind, target)
    texts = [text for _ref, label, problem in composer.chips() for text in (label, problem)]
    assert len(texts) == 10
    for kind, target in (("quote", "99999"), ("overview", "NIETS"), ("kwoot", "1")):
        texts += composer.labels.describe(reference_of(kind, target))
    texts += composer.labels.describe(Reference("matrix", "", "[[matrix]]", 1, False))
    refused: list[str] = []
    composer.warn = lambda title, text: refused.extend([title, text])  # type: ignore[method-assign]
    assert not composer.insert_reference("quote", "99999")
    assert refused
    return [t for t in texts + refused if t]


def _around_the_dossier(qtbot, window: MainWindow, tmp_path: Path) -> list[str]:
    """The start screen, an empty dossier's next step, the read-only banner of a second
    window, and the prompt that says the dossier is in use."""
    from PySide6.QtWidgets import QMessageBox

    from ui.lock_prompt import ask_open_locked
    from workbench.errors import DossierLocked

    texts: list[str] = []
    start = MainWindow()
    qtbot.addWidget(start)
    start.show()
    texts += visible_texts(start)
    empty = Project.create(tmp_path / "leeg.cwb", "Leeg dossier", "")
    start.set_project(empty)
    assert start.next_step.isVisible()
    texts += visible_texts(start)
    start.set_project(None)
    viewer = MainWindow(Project.open(window.project.path, readonly=True))
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.banner.isVisible()
    texts += visible_texts(viewer.banner)
    viewer.close()
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.extend([box.windowTitle(), box.text(), box.informativeText(),
                      *(b.text() for b in box.buttons())])
        return 0

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "exec", record)
        try:
            Project.open(window.project.path)
        except DossierLocked as locked:
            ask_open_locked(window, window.project.path, locked)
    assert shown, "the dossier was not locked by the window"
    return texts + [_plain(t) for t in shown if t]


def test_the_dutch_interface_shows_no_english(qtbot, window: MainWindow,
                                              tmp_path: Path) -> None:
    _edit_a_little(window)
    texts = walk(qtbot, window) + _around_the_dossier(qtbot, window, tmp_path)
    assert any("advies gevraagd, nog niet ontvangen" in t for t in texts)  # the checks ran
    assert any("Standpunt van VARIO over S3 vastgelegd (voorkeur)" in t for t in texts)
    assert any("noemt ‘" in t or "onder kop " in t for t in texts)         # the reasons
    assert any(t.startswith("citaat ") for t in texts)                     # the chips
    assert any("Alleen-lezen." in t for t in texts)                        # the banner
    assert english_in(texts) == [], "\n".join(english_in(texts))


def test_the_english_interface_shows_no_dutch(qtbot, window: MainWindow,
                                              tmp_path: Path) -> None:
    _edit_a_little(window)
    window.set_language("en")
    qtbot.wait(10)                  # the replaced Undo/Redo actions are deleted
    texts = walk(qtbot, window) + _around_the_dossier(qtbot, window, tmp_path)
    assert any("advice asked, not received yet" in t for t in texts)
    assert any("Set stance of VARIO on S3 (preferred)" in t for t in texts)
    assert any("names ‘" in t or "under heading " in t for t in texts)     # the reasons
    assert any(t.startswith("quote ") for t in texts)                      # the chips
    assert any("Read-only." in t for t in texts)                           # the banner
    assert "Overview" in texts                                             # the guide's pages
    assert dutch_in(texts) == [], "\n".join(dutch_in(texts))
    assert not [t for t in texts if "advies gevraagd" in t or "vastgelegd" in t
                or "noemt ‘" in t or "onder kop " in t or "lijkt op " in t]


def test_core_errors_and_the_lock_banner_follow_the_language(qtbot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    from ui.messages import error_text, render
    from workbench.lock import readonly_warnings

    error = ReadOnlyDossier(Message("read-only-edit", name="demo.cwb"))
    assert error_text(error) == "demo.cwb is alleen-lezen geopend; er is niets gewijzigd"
    other = Project.open(window.project.path, readonly=True)
    try:
        warning = readonly_warnings(other.path)[0]
        assert str(warning).startswith("demo.cwb is being edited by ")       # the CLI's text
        assert render(warning).startswith("demo.cwb wordt bewerkt door ")
        assert " sinds " in render(warning)
        window.set_language("en")
        assert error_text(error) == str(error)
    finally:
        other.close()


def test_the_detectors_find_what_they_look_for() -> None:
    """The walk's two detectors, on the strings #14 found English in the Dutch interface."""
    assert english_in(["SERV: advice asked, not received yet", "Set stance of SERV on S3",
                       "SERV: advies gevraagd, nog niet ontvangen"]) == [
        "SERV: advice asked, not received yet", "Set stance of SERV on S3"]
    assert dutch_in(["Controles", "Checks", "Opnieuw controleren"]) == [
        "Controles", "Opnieuw controleren"]
    # a core wording with parameters: a suggestion's reason left in Dutch
    assert dutch_in(["S3 #1 · p. 3: noemt ‘scenario 3’. Het advies ...",
                     "S3 #1 · p. 3: names ‘scenario 3’. Het advies ...",
                     "2 #4: onder kop 3.3.2 Scenario 2. Dit scenario"]) == [
        "2 #4: onder kop 3.3.2 Scenario 2. Dit scenario",
        "S3 #1 · p. 3: noemt ‘scenario 3’. Het advies ..."]
    assert english_in(["S3 #1: under heading 3.3.2 Scenario 2. Dit scenario",
                       "S3 #1: onder kop 3.3.2 Scenario 2. Dit scenario"]) == [
        "S3 #1: under heading 3.3.2 Scenario 2. Dit scenario"]


def test_nl_en_nl_comes_back_to_the_same_dutch(qtbot, window: MainWindow) -> None:
    """The Controles header stayed English after NL -> EN -> NL (#14)."""
    window.run_checks()
    qtbot.waitUntil(lambda: bool(window.workspace.checks.problems.rows), timeout=20000)
    qtbot.waitUntil(lambda: not window.workspace.checks.busy, timeout=20000)
    dutch = sorted(visible_texts(window))
    window.set_language("en")
    qtbot.wait(10)
    english = sorted(visible_texts(window))
    window.set_language("nl")
    qtbot.wait(10)
    assert english != dutch
    assert sorted(visible_texts(window)) == dutch
    assert "Controles" in [d.windowTitle() for d in window.docks()]


def test_a_dossier_changed_elsewhere_is_refused_in_dutch(tmp_path: Path, qtbot) -> None:
    import sqlite3

    from ui.messages import error_text
    from workbench.errors import ForeignSchema

    i18n.install("nl")
    path = tmp_path / "d.cwb"
    Project.create(path, "Titel", "").close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER flip AFTER INSERT ON argument BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignSchema) as refused:
        Project.open(path)
    assert "changed outside Consultation Workbench" in str(refused.value)      # the CLI
    shown = error_text(refused.value)
    assert shown.startswith("d.cwb: dit dossier werd buiten Consultation Workbench gewijzigd")
    assert "Het is niet geopend." in shown


def test_open_history_and_to_do_windows_follow_a_language_switch(qtbot, window: MainWindow
                                                                  ) -> None:
    """Both windows stay open beside the main window: switching the language rewords them."""
    window.session.run("stance.set", window.project.set_stance, "VARIO", "S3", "preferred")
    todo = window.show_todo()
    qtbot.waitUntil(lambda: todo.report is not None, timeout=30000)
    qtbot.waitUntil(lambda: not window.workspace.checks.busy, timeout=30000)
    window.show_audit()
    history = window.audit_dialog
    assert history is not None
    assert any("is gevraagd maar nog niet ontvangen" in line for line in todo.lines())
    window.set_language("en")
    qtbot.waitUntil(lambda: todo.windowTitle() == "What do I still need to do?", timeout=5000)
    qtbot.waitUntil(lambda: history.windowTitle().startswith("Change history"), timeout=5000)
    assert any("was asked but has not arrived yet" in line for line in todo.lines())
    assert not any("nog niet ontvangen" in line for line in todo.lines())
    model = history.model
    whats = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    assert "Set stance of VARIO on S3 (preferred)" in whats
    assert model.headerData(2, Qt.Orientation.Horizontal) == "What"


def test_the_readers_legend_and_quote_panel_follow_a_language_switch(qtbot, window: MainWindow
                                                                     ) -> None:
    reader = window.workspace.reader
    quote = window.project.quotes()[0]
    reader.show_quote(quote.number)
    window.show_reader()
    assert "Citaat verwijderen" in reader.info.text()
    assert reader.legend.text().startswith("Citaten in deze bron:")
    window.set_language("en")
    assert "Delete quote" in reader.info.text() and "Citaat" not in reader.info.text()
    assert reader.legend.text().startswith("Quotes in this source:")


def test_the_composers_chips_follow_a_language_switch(qtbot, window: MainWindow) -> None:
    composer = window.workspace.composer
    window.session.run("section.add", window.project.add_section, "Situering")
    window.show_composer()
    composer.select_section(window.project.sections()[0].id)
    quote = window.project.quotes()[0]
    assert composer.insert_reference("quote", str(quote.number))
    assert composer.insert_reference("matrix")
    labels = [label for _ref, label, _problem in composer.chips()]
    assert labels[0].startswith(f"citaat {quote.number}") and labels[1] == "Standpuntenmatrix"
    window.set_language("en")
    labels = [label for _ref, label, _problem in composer.chips()]
    assert labels[0].startswith(f"quote {quote.number}") and labels[1] == "Stance matrix"


def test_a_live_switch_to_english_leaves_no_dutch_in_what_was_shown(qtbot, window: MainWindow
                                                                    ) -> None:
    """Everything already on screen in Dutch (a source with a quote, search hits, the board,
    the stances, the checks, the composer with chips, the suggestions) is reworded by the
    switch itself, without opening anything again."""
    window.session.run("section.add", window.project.add_section, "Situering")
    quote = window.project.quotes()[0]
    window.workspace.reader.show_quote(quote.number)
    window.workspace.search.query.setText("clusters")
    window.workspace.search.search()
    window.session.show_option.emit("S3")
    window.run_checks()
    qtbot.waitUntil(lambda: bool(window.workspace.checks.problems.rows), timeout=20000)
    qtbot.waitUntil(lambda: not window.workspace.checks.busy, timeout=20000)
    _suggestions(qtbot, window)
    composer = window.workspace.composer
    composer.select_section(window.project.sections()[0].id)
    assert composer.insert_reference("quote", str(quote.number))
    shown: dict[str, list[str]] = {}
    for name in ("reader", "board", "matrix", "composer"):
        window.workspace.show_view(name)
        shown[name] = visible_texts(window)
    window.set_language("en")
    qtbot.wait(10)
    for name in ("reader", "board", "matrix", "composer"):
        window.workspace.show_view(name)
        texts = visible_texts(window) + [label for _r, label, _p in composer.chips()]
        assert dutch_in(texts) == [], (name, dutch_in(texts))
        assert not [t for t in texts if "noemt ‘" in t or "onder kop " in t
                    or "Citaat verwijderen" in t or "treffers" in t], name

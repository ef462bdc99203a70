"""The main window's actions, menus and toolbar, declared in one table so that a language
switch can rebuild them with fresh translations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ui import i18n
from ui.icons import icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Key = QKeySequence.StandardKey
# Returns its text unchanged (PySide's stub says object); the same name, so lupdate still finds
# the texts it marks.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class Spec:
    name: str
    text: str
    slot: str
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: str = ""
    tip: str = ""
    needs_dossier: bool = True
    edits: bool = False          # disabled on a dossier opened read-only


def specs() -> list[Spec]:
    return [
        Spec(
            "new",
            QT_TRANSLATE_NOOP("MainWindow", "&Nieuw dossier..."),
            "new_dossier",
            Key.New,
            "new",
            needs_dossier=False,
        ),
        Spec(
            "open",
            QT_TRANSLATE_NOOP("MainWindow", "&Openen..."),
            "choose_and_open",
            Key.Open,
            "open",
            needs_dossier=False,
        ),
        Spec(
            "demo",
            QT_TRANSLATE_NOOP("MainWindow", "&Demodossier openen"),
            "open_demo",
            None,
            "demo",
            needs_dossier=False,
        ),
        Spec(
            "import",
            QT_TRANSLATE_NOOP("MainWindow", "Adviezen &importeren..."),
            "import_files",
            "Ctrl+I",
            "import",
            QT_TRANSLATE_NOOP("MainWindow", "PDF-, Word-, ODT- of webbestanden als bron toevoegen"),
            edits=True,
        ),
        Spec(
            "export",
            QT_TRANSLATE_NOOP("MainWindow", "&Exporteren..."),
            "export",
            "Ctrl+E",
            "export",
            QT_TRANSLATE_NOOP("MainWindow", "Mededeling en bijlage (Word) en werkboek (Excel) maken"),
        ),
        Spec(
            "backups",
            QT_TRANSLATE_NOOP("MainWindow", "&Back-ups..."),
            "show_backups",
            None,
            "",
            QT_TRANSLATE_NOOP("MainWindow", "De back-ups van dit dossier bekijken of er een "
                              "terugzetten"),
        ),
        Spec("close", QT_TRANSLATE_NOOP("MainWindow", "Dossier &sluiten"), "close_dossier", Key.Close),
        # Not Key.Quit: on Linux that is Ctrl+Q, the quote key (an ambiguous shortcut runs neither).
        Spec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Afsluiten"), "close", "Ctrl+Shift+Q",
             needs_dossier=False),
        Spec(
            "dossier",
            QT_TRANSLATE_NOOP("MainWindow", "&Dossiergegevens..."),
            "edit_dossier",
            None,
            "dossier",
            edits=True,
        ),
        Spec(
            "add_question",
            QT_TRANSLATE_NOOP("MainWindow", "&Vraag toevoegen..."),
            "add_question",
            None,
            "question",
            edits=True,
        ),
        Spec(
            "add_option",
            QT_TRANSLATE_NOOP("MainWindow", "&Optie toevoegen..."),
            "add_option",
            None,
            "option",
            edits=True,
        ),
        Spec(
            "add_advisor",
            QT_TRANSLATE_NOOP("MainWindow", "&Adviesinstantie toevoegen..."),
            "add_advisor",
            None,
            "advisor",
            edits=True,
        ),
        Spec(
            "edit_item",
            QT_TRANSLATE_NOOP("MainWindow", "Geselecteerde &wijzigen..."),
            "edit_selected",
            "F2",
            "edit",
            edits=True,
        ),
        Spec(
            "delete_item",
            QT_TRANSLATE_NOOP("MainWindow", "Geselecteerde &verwijderen"),
            "delete_selected",
            Key.Delete,
            "delete",
            edits=True,
        ),
        Spec(
            "quote",
            QT_TRANSLATE_NOOP("MainWindow", "&Citeren..."),
            "make_quote",
            "Ctrl+Q",
            "quote",
            QT_TRANSLATE_NOOP("MainWindow", "De geselecteerde tekst als citaat bij een optie vastleggen"),
            edits=True,
        ),
        Spec("find", QT_TRANSLATE_NOOP("MainWindow", "&Zoeken"), "focus_search", Key.Find, "search"),
        Spec("checks", QT_TRANSLATE_NOOP("MainWindow", "Controles &uitvoeren"), "run_checks", "F9", "check"),
        Spec("view_reader", QT_TRANSLATE_NOOP("MainWindow", "&Lezer"), "show_reader", "Ctrl+1", "reader"),
        Spec("view_board", QT_TRANSLATE_NOOP("MainWindow", "&Optiebord"), "show_board", "Ctrl+2", "board"),
        Spec(
            "view_matrix", QT_TRANSLATE_NOOP("MainWindow", "&Standpunten"), "show_matrix", "Ctrl+3", "matrix"
        ),
        Spec(
            "audit",
            QT_TRANSLATE_NOOP("MainWindow", "&Wijzigingsgeschiedenis..."),
            "show_audit",
            "Ctrl+H",
            "",
            QT_TRANSLATE_NOOP("MainWindow", "Wie wijzigde wat en wanneer, voor het geselecteerde "
                              "element of het hele dossier"),
        ),
        Spec(
            "view_composer",
            QT_TRANSLATE_NOOP("MainWindow", "&Mededeling"),
            "show_composer",
            "Ctrl+4",
            "edit",
        ),
        Spec(
            "todo",
            QT_TRANSLATE_NOOP("MainWindow", "&Wat moet ik nog doen?"),
            "show_todo",
            None,
            "check",
            QT_TRANSLATE_NOOP("MainWindow", "De open controles van dit dossier, in gewone "
                              "woorden, met een klik naar de plaats"),
        ),
        Spec(
            "guide",
            QT_TRANSLATE_NOOP("MainWindow", "&Handleiding"),
            "show_guide",
            Key.HelpContents,
            "",
            QT_TRANSLATE_NOOP("MainWindow", "De handleiding: per taak wat u doet, met "
                              "afbeeldingen"),
            needs_dossier=False,
        ),
        Spec(
            "keys",
            QT_TRANSLATE_NOOP("MainWindow", "&Sneltoetsen"),
            "show_shortcuts",
            "Ctrl+F1",
            "",
            QT_TRANSLATE_NOOP("MainWindow", "Alle sneltoetsen van het venster"),
            needs_dossier=False,
        ),
        Spec(
            "about",
            QT_TRANSLATE_NOOP("MainWindow", "&Over Consultation Workbench"),
            "show_about",
            None,
            needs_dossier=False,
        ),
    ]


MENUS = (
    (
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Bestand"),
        ("new", "open", "demo", "recent", None, "import", "export", None, "backups", None, "close",
         "quit"),
    ),
    (
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "Be&werken"),
        ("undo", "redo", None, "quote", None, "edit_item", "delete_item"),
    ),
    (
        "dossier",
        QT_TRANSLATE_NOOP("MainWindow", "&Dossier"),
        ("dossier", None, "add_question", "add_option", "add_advisor", None, "checks"),
    ),
    (
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "Bee&ld"),
        ("view_reader", "view_board", "view_matrix", "view_composer", None, "find", "audit", "docks",
         "language"),
    ),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("guide", "todo", "keys", None, "about")),
)
TOOLBAR = (
    "open",
    None,
    "undo",
    "redo",
    None,
    "import",
    "quote",
    None,
    "view_reader",
    "view_board",
    "view_matrix",
    "view_composer",
    None,
    "checks",
    "export",
)


def create_actions(window: MainWindow) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in specs():
        action = QAction(window)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon:
            action.setIcon(icon(spec.icon))
        action.triggered.connect(getattr(window, spec.slot))
        action.setProperty("needs_dossier", spec.needs_dossier)
        action.setProperty("edits", spec.edits)
        actions[spec.name] = action
    undo, redo = make_undo_actions(window)
    actions["undo"], actions["redo"] = undo, redo
    retranslate_actions(actions)
    return actions


def make_undo_actions(window: MainWindow) -> tuple[QAction, QAction]:
    """Undo and Redo from the window's undo group, their prefix in the current language.

    Triggering them first commits text typed but not yet stored (the composer's debounce),
    so Undo undoes that typing rather than the edit before it."""
    undo = window.undo_group.createUndoAction(window, tr(QT_TRANSLATE_NOOP("MainWindow",
                                                                           "&Ongedaan maken")))
    undo.setObjectName("action_undo")
    undo.setShortcut(QKeySequence(Key.Undo))
    undo.setIcon(icon("undo"))
    redo = window.undo_group.createRedoAction(window, tr(QT_TRANSLATE_NOOP("MainWindow",
                                                                           "Op&nieuw")))
    redo.setObjectName("action_redo")
    # Both common redo keys on every platform (Windows users know Ctrl+Y, Linux/Mac Ctrl+Shift+Z).
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    redo.setIcon(icon("redo"))
    for action, step in ((undo, window.undo_group.undo), (redo, window.undo_group.redo)):
        action.triggered.disconnect()

        def run(_checked: bool = False, step=step) -> None:
            window.commit_pending_edits()
            step()

        action.triggered.connect(run)
        action.changed.connect(lambda a=action: _tip_with_shortcut(a))
        _tip_with_shortcut(action)
    return undo, redo


def _tip_with_shortcut(action: QAction) -> None:
    """The tooltip follows the undo group's changing text ("Ongedaan maken: ...") plus its key."""
    keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                      for k in action.shortcuts())
    tip = action.text().replace("&", "") + (f" ({keys})" if keys else "")
    if action.toolTip() != tip:
        action.setToolTip(tip)


def retranslate_undo_actions(window: MainWindow) -> None:
    """QUndoGroup keeps the prefix it was given: swap in fresh actions after a language switch."""
    old = (window.acts["undo"], window.acts["redo"])
    new = make_undo_actions(window)
    for before, after in zip(old, new, strict=True):
        for widget in before.associatedObjects():
            if isinstance(widget, (QMenu, QToolBar)):
                widget.insertAction(before, after)
                widget.removeAction(before)
        before.deleteLater()
    window.acts["undo"], window.acts["redo"] = new


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for spec in specs():
        action = actions[spec.name]
        action.setText(tr(spec.text))
        tip = tr(spec.tip) if spec.tip else tr(spec.text).replace("&", "").rstrip(".")
        keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                          for k in action.shortcuts())
        if keys:
            tip += f" ({keys})"
        action.setToolTip(tip)
        action.setStatusTip(tip)


SUBMENUS = {
    "recent": QT_TRANSLATE_NOOP("MainWindow", "&Recente dossiers"),
    "docks": QT_TRANSLATE_NOOP("MainWindow", "&Panelen"),
    "language": QT_TRANSLATE_NOOP("MainWindow", "&Taal"),
}


def build_menus(window: MainWindow) -> None:
    """Build the menu bar and the toolbar from ``window.acts`` (once per window)."""
    bar = window.menuBar()
    for name, _title, items in MENUS:
        menu = bar.addMenu("")
        menu.setObjectName(f"menu_{name}")
        for item in items:
            _add_item(window, menu, item)
    toolbar = window.addToolBar("")
    toolbar.setObjectName("toolbar_main")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setMovable(False)
    for item in TOOLBAR:
        if item is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(window.acts[item])
    retranslate_menus(window)


def retranslate_menus(window: MainWindow) -> None:
    """Give the menus, submenus and toolbar their titles in the current language."""
    for name, title, _items in MENUS:
        menu = window.menuBar().findChild(QMenu, f"menu_{name}")
        if menu is not None:
            menu.setTitle(tr(title))
    for name, title in SUBMENUS.items():
        menu = window.findChild(QMenu, f"menu_{name}")
        if menu is not None:
            menu.setTitle(tr(title))
    toolbar = window.findChild(QToolBar, "toolbar_main")
    if toolbar is not None:
        toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Werkbalk"))


def _add_item(window: MainWindow, menu: QMenu, item: str | None) -> None:
    if item is None:
        menu.addSeparator()
    elif item in SUBMENUS:
        submenu = menu.addMenu("")
        submenu.setObjectName(f"menu_{item}")
        if item == "recent":
            window.recent_menu = submenu
            # filled when its menu opens: a submenu left disabled (no recent dossier when the
            # window was made) never shows, so it could not refresh itself
            menu.aboutToShow.connect(window.fill_recent_menu)
            submenu.aboutToShow.connect(window.fill_recent_menu)
            window.fill_recent_menu()
        elif item == "docks":
            for dock in window.docks():
                submenu.addAction(dock.toggleViewAction())
        else:
            _language_menu(window, submenu)
    else:
        menu.addAction(window.acts[item])


def _language_menu(window: MainWindow, menu: QMenu) -> None:
    group = QActionGroup(menu)
    current = i18n.current()
    for code, name in i18n.LANGUAGES.items():
        action = menu.addAction(name)
        action.setObjectName(f"action_language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: window.set_language(c))

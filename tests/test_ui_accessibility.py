"""Every interactive widget of every view and dialog has an accessible name and description
(EN 301 549), as a screen reader gets them through QAccessible (#14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from ui.main_window import MainWindow
from workbench import Project

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit)


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a combo box's line edit and popup list, a
    dock's float/close buttons, scroll bars, a date edit's calendar): Qt names them itself."""
    name = widget.objectName()
    if isinstance(widget, QScrollBar) or name.startswith("qt_") or name.startswith("qt "):
        return True
    if name in ("ScrollLeftButton", "ScrollRightButton"):          # a tab bar's arrows
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QLineEdit):                               # its clear button
        return True
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or \
                parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return False


def missing(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _qt_internal(widget):
            continue
        if widget is not root and not widget.isVisibleTo(root):
            continue                     # checked where it is shown (each view in turn)
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        description = iface.text(QAccessible.Text.Description) if iface else ""
        what = f"{type(widget).__name__} {widget.objectName() or '?'} in " \
               f"{type(widget.parentWidget()).__name__}"
        if not name.strip():
            problems.append(f"no name: {what}")
        if not description.strip():
            problems.append(f"no description: {what} ({name!r})")
    return problems


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch, tmp_path: Path) -> MainWindow:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    return window


def test_main_window_views_and_panels(qtbot, window: MainWindow) -> None:
    window.workspace.reader.show_source(window.project.sources()[0].number)
    window.session.show_option.emit("S3")
    problems = []
    for name in ("reader", "board", "matrix", "composer"):
        window.workspace.show_view(name)
        problems += missing(window)
    assert sorted(set(problems)) == []


def test_start_screen(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert missing(window) == []


def dialogs(window: MainWindow):
    from ui.about_dialog import AboutDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.new_dossier import NewDossierDialog
    from ui.dialogs.quote_dialog import QuoteDialog
    from ui.dialogs.stance_dialog import StanceDialog
    from ui.dialogs.structure import AdvisorDialog, DossierDialog, OptionDialog, QuestionDialog
    from ui.exporting import ExportDialog
    from ui.guide_dialog import GuideDialog
    from ui.todo_dialog import TodoDialog

    p = window.project
    return {
        "dossier": lambda: DossierDialog(p.dossier(), window),
        "question": lambda: QuestionDialog(p.question("Q1"), window),
        "option": lambda: OptionDialog(p.option("S3"), p.questions(), p.advisors(), window),
        "advisor": lambda: AdvisorDialog(p.advisor("VARIO"), window),
        "new_dossier": lambda: NewDossierDialog(window),
        "quote": lambda: QuoteDialog(p, "passage", window, "S3"),
        "stance": lambda: StanceDialog(p, "VARIO", "S3", window),
        "import": lambda: ImportDialog(window.session, [Path("a.pdf")], window),
        "export": lambda: ExportDialog(p.path, window),
        "about": lambda: AboutDialog(window),
        "guide": lambda: GuideDialog(window),
        "todo": lambda: TodoDialog(window),
    }


@pytest.mark.parametrize("name", ["dossier", "question", "option", "advisor", "new_dossier",
                                  "quote", "stance", "import", "export", "about",
                                  "guide", "todo"])
def test_dialog(qtbot, window: MainWindow, name: str) -> None:
    dialog = dialogs(window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    assert missing(dialog) == []

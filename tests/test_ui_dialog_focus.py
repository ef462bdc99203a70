"""Every dialog opens with the keyboard in its first field, never on a button (#14).

Before, the new question/option/advisor dialogs started on OK: typing went nowhere and the next
space pressed a button (a question was lost that way)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from tests.uikeys import activate
from ui.dialogs.new_dossier import NewDossierDialog
from ui.dialogs.quote_dialog import QuoteDialog
from ui.dialogs.structure import AdvisorDialog, DossierDialog, OptionDialog, QuestionDialog
from ui.exporting import ExportDialog
from ui.importing import ImportDialog
from ui.session import Session
from workbench import Project


@pytest.fixture
def demo(demo_path: Path):
    with Project.open(demo_path) as project:
        yield project


def dialogs(project: Project, host: QWidget) -> dict[str, tuple[Callable[[], QDialog], str]]:
    """name -> (factory, the attribute holding the field that must have the focus)."""
    session = Session(project, host)
    return {
        "dossier": (lambda: DossierDialog(project.dossier(), host), "title"),
        "new_question": (lambda: QuestionDialog(None, host), "key"),
        "new_question_key_proposed": (lambda: QuestionDialog(None, host, suggested_key="Q3"),
                                      "text"),
        "edit_question": (lambda: QuestionDialog(project.question("Q1"), host), "key"),
        "new_option": (lambda: OptionDialog(None, project.questions(), project.advisors(), host),
                       "question"),
        "new_advisor": (lambda: AdvisorDialog(None, host), "key"),
        "edit_advisor": (lambda: AdvisorDialog(project.advisor("VARIO"), host), "key"),
        "new_dossier": (lambda: NewDossierDialog(host), "title"),
        "quote_first": (lambda: QuoteDialog(project, "een passage", host), "option"),
        "quote_again": (lambda: QuoteDialog(project, "een passage", host, "S3"), "argument"),
        "export": (lambda: ExportDialog(project.path, host), None),
        "export_first": (lambda: ExportDialog(project.path, host), "first_field"),
        "import": (lambda: ImportDialog(session, [Path("advies.pdf")], host), "advisor"),
    }


NAMES = ["dossier", "new_question", "new_question_key_proposed", "edit_question", "new_option", "new_advisor",
         "edit_advisor", "new_dossier", "quote_first", "quote_again", "export", "export_first", "import"]


@pytest.mark.parametrize("name", NAMES)
def test_dialog_starts_in_its_first_field(qtbot, demo: Project, name: str) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    factory, field = dialogs(demo, host)[name]
    dialog = factory()
    qtbot.addWidget(dialog)
    activate(dialog)
    focus = QApplication.focusWidget()
    assert focus is not None and dialog.isAncestorOf(focus)
    assert not (isinstance(focus, QAbstractButton) and dialog.buttons.isAncestorOf(focus)), \
        f"{name} starts on the button {focus.text()!r}"
    if field is not None:
        expected = getattr(dialog, field)
        assert focus is expected or expected.isAncestorOf(focus), (name, focus)


def test_typing_goes_into_the_new_question_and_space_does_not_cancel(qtbot, demo) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    dialog = QuestionDialog(None, host)
    qtbot.addWidget(dialog)
    activate(dialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Q9 ")
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.key.text() == "Q9 "
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Welke thema's ontbreken?")
    assert dialog.values() == {"key": "Q9", "text": "Welke thema's ontbreken?"}


def test_new_dossier_file_name_follows_the_title_and_never_collides(qtbot, tmp_path: Path,
                                                                    monkeypatch) -> None:
    from ui import settings

    settings.LAST_FOLDER.set(str(tmp_path))
    (tmp_path / "Groenboek energie.cwb").write_bytes(b"")
    dialog = NewDossierDialog()
    qtbot.addWidget(dialog)
    activate(dialog)
    qtbot.keyClicks(dialog.title, "Groenboek energie")
    assert Path(dialog.values()["path"]) == tmp_path / "Groenboek energie (2).cwb"
    dialog.title.setText('Nota: "water/lucht"?')
    assert Path(dialog.values()["path"]).name == "Nota water lucht.cwb"
    dialog.file.setText(str(tmp_path / "eigen.cwb"))
    dialog.file.textEdited.emit(dialog.file.text())
    dialog.title.setText("Iets anders")
    assert Path(dialog.values()["path"]).name == "eigen.cwb"

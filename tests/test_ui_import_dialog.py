"""Import from the GUI: the selected advisor is the default, date and reference can be given,
background documents show in the navigator, suggestions follow by themselves (#14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.dialogs.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.models.dossier_tree import KEY_ROLE, KIND_ROLE
from workbench import Project


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch, tmp_path: Path) -> MainWindow:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    return window


def select(window: MainWindow, kind: str, key: str) -> None:
    window.navigator.setCurrentIndex(window.tree_model.find(kind, key))


def test_the_advisor_selected_in_the_navigator_is_the_default(qtbot, window, tmp_path,
                                                              monkeypatch) -> None:
    from ui import importing

    seen: list[ImportDialog] = []

    def run(dialog: ImportDialog) -> int:
        seen.append(dialog)
        dialog.reference.setText("Advies 37")
        dialog.date.known.setChecked(True)
        from PySide6.QtCore import QDate

        dialog.date.edit.setDate(QDate(2024, 6, 3))
        return 1

    monkeypatch.setattr(ImportDialog, "exec", run)
    advice = tmp_path / "vario-advies-37.txt"
    advice.write_text("VARIO steunt scenario 3 in een tweede advies.\n", "utf-8")
    select(window, "advisor", "VARIO")
    assert importing.start_import(window, window.session, [advice])
    assert seen[0].advisor.currentData() == "VARIO"
    qtbot.waitUntil(lambda: not window.tasks.is_running("import"), timeout=20000)
    source = window.project.sources()[-1]
    assert (source.advisor_key, source.reference, source.date) == ("VARIO", "Advies 37",
                                                                   "2024-06-03")
    # a source selected under an advisor counts as that advisor too
    select(window, "source", str(source.number))
    assert window.selected_advisor() == "VARIO"


def test_background_documents_appear_in_the_navigator(qtbot, window, tmp_path) -> None:
    study = tmp_path / "studie.txt"
    study.write_text("Een achtergrondstudie over clusters.\n", "utf-8")
    window.project.import_files([study], None)
    window.session.reload()
    model = window.tree_model
    groups = [model.index(r, 0) for r in range(model.rowCount())]
    background = [g for g in groups if g.data(KEY_ROLE) == "background"]
    assert background and background[0].data() == "Achtergronddocumenten"
    children = [model.index(r, 0, background[0]) for r in range(model.rowCount(background[0]))]
    assert any(c.data(KIND_ROLE) == "source" and "studie" in c.data().lower() for c in children)


def test_suggestions_follow_an_import_by_themselves(qtbot, window, tmp_path, monkeypatch) -> None:
    from ui import importing

    panel = window.workspace.suggestions
    # opening scans in the background (#15) once the window shows the dossier; an import
    # during that scan is scanned after it
    qtbot.waitUntil(lambda: window.settled and not window.tasks.is_running("suggestions"),
                    timeout=20000)
    before = panel.model.total
    monkeypatch.setattr(ImportDialog, "exec", lambda self: 1)
    advice = tmp_path / "hbc-advies.txt"
    advice.write_text("De HBC vindt scenario 3 de beste keuze voor de clusters.\n\n"
                      "Ook scenario 4 verdient aandacht.\n", "utf-8")
    assert importing.start_import(window, window.session, [advice])
    qtbot.waitUntil(lambda: not window.tasks.is_running("import"), timeout=20000)
    # the scan that opening the dossier started may still run: the import's sources are
    # scanned right after it (#16)
    qtbot.waitUntil(lambda: panel.model.total > before
                    and not window.tasks.is_running("suggestions"), timeout=60000)
    found = window.project.suggestions(refresh=False, limit=None)
    assert any("HBC vindt scenario 3" in s.passage for s in found)


def test_without_a_selection_the_next_advisor_without_advice_is_the_default(qtbot,
                                                                            window) -> None:
    window.navigator.setCurrentIndex(window.tree_model.index(0, 0))
    assert window.selected_advisor() is None
    dialog = ImportDialog(window.session, [Path("advies.pdf")], window)
    qtbot.addWidget(dialog)
    with_advice = {s.advisor_key for s in window.project.sources()}
    chosen = dialog.advisor.currentData()
    assert chosen is not None and chosen not in with_advice

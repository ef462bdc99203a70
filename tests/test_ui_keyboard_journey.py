"""The whole main journey without the mouse (#14): new dossier, question, two options, advisor,
import, select text, quote, argument, stance, compose, export. Counts the key presses and prints
them (run with -s to see the table)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.uikeys import Keyboard, activate, when_modal
from ui import settings
from ui.main_window import MainWindow

ADVICE = ("VARIO steunt scenario 1 zonder voorbehoud.\n\n"
          "Scenario 2 zou de clusters te veel afhankelijk maken van de overheid.\n")


def test_main_journey_by_keyboard_only(qtbot, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    settings.LAST_FOLDER.set(str(tmp_path))
    settings.EXPORT_FOLDER.set(str(tmp_path))
    advice = tmp_path / "vario-advies.txt"
    advice.write_text(ADVICE, "utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    activate(window)
    keys = Keyboard(window)
    steps: list[tuple[str, int]] = []

    def step(name: str) -> None:
        steps.append((name, keys.presses - sum(n for _, n in steps)))

    def form(*fields: str, confirm: str = "Ctrl+Return"):
        """Type each text in a field, Tab between them, then confirm."""
        def fill(_dialog) -> None:
            for number, text in enumerate(fields):
                if number:
                    keys.press("Tab")
                if text:
                    keys.type(text)
            keys.press(confirm)
        return fill

    # 1. a new dossier: the title (the file name follows it), Enter
    when_modal(form("Groenboek water", confirm="Return"))
    keys.press("Ctrl+N")
    assert window.project is not None and window.project.dossier().title == "Groenboek water"
    step("nieuw dossier")

    # 2. the question: Dossier menu, Vraag toevoegen (the next-step strip offers it too); the
    #    key Q1 is proposed, the form starts in the question
    when_modal(form("Welk scenario kiest u?"))
    keys.press("Alt+D")
    keys.press("V")
    assert [q.key for q in window.project.questions()] == ["Q1"]
    step("vraag")

    # 3. two options: the question is preselected and the form starts in the title; back
    #    (Shift+Tab) to the proposed key to make it S1
    for key, title in (("S1", "Scenario 1"), ("S2", "Scenario 2")):
        def title_then_key(_dialog, key: str = key, title: str = title) -> None:
            keys.type(title)
            keys.press("Shift+Tab")
            keys.type(key)
            keys.press("Ctrl+Return")

        when_modal(title_then_key)
        keys.press("Alt+D")
        keys.press("O")
    assert [o.key for o in window.project.options()] == ["S1", "S2"]
    step("twee opties")

    # 4. the advisory body
    when_modal(form("VARIO", "Vlaamse Adviesraad voor Innoveren en Ondernemen"))
    keys.press("Alt+D")
    keys.press("A")
    assert [a.key for a in window.project.advisors()] == ["VARIO"]
    step("adviesinstantie")

    # 5. import: type the file's path in the file dialog, Enter; choose VARIO (V), Enter
    def import_dialog(_dialog) -> None:
        keys.press("V")                       # the advisor combo box jumps to VARIO
        keys.press("Return")

    def file_dialog(dialog) -> None:
        when_modal(import_dialog, exclude=dialog)
        keys.type(str(advice))
        keys.press("Return")

    when_modal(file_dialog)
    keys.press("Ctrl+I")
    qtbot.waitUntil(lambda: not window.tasks.is_running("import"), timeout=20000)
    assert [s.advisor_key for s in window.project.sources()] == ["VARIO"]
    step("import")

    # 6. select the first sentence in the reader and quote it for S1, pro, a new argument
    keys.press("Ctrl+1")
    assert QApplication.focusWidget() is window.workspace.reader.text
    keys.press("Ctrl+Home")
    keys.press("Shift+End")
    step("tekst selecteren")
    when_modal(form("", "", "Steun zonder voorbehoud", confirm="Return"))
    keys.press("Ctrl+Q")
    quotes = window.project.quotes()
    assert len(quotes) == 1 and quotes[0].exact.startswith("VARIO steunt scenario 1")
    assert [a.text for a in window.project.arguments("S1", "pro")] == ["Steun zonder voorbehoud"]
    step("citeren + argument")

    # 7. the stance of VARIO on S1: matrix, Enter, choose "voorkeur" (Down), Ctrl+Enter
    def stance(_dialog) -> None:
        keys.press("Down")
        keys.press("Ctrl+Return")

    def not_addressed(_dialog) -> None:
        keys.press("End")                     # the last choice: "niet behandeld"
        keys.press("Ctrl+Return")

    keys.press("Ctrl+3")
    when_modal(stance)
    keys.press("Return")
    assert window.project.stance("VARIO", "S1").stance == "preferred"
    keys.press("Right")                       # S2: VARIO does not address it
    when_modal(not_addressed)
    keys.press("Return")
    assert window.project.stance("VARIO", "S2").stance == "not-addressed"
    step("standpunten")

    # 8. compose: a first draft from the evidence (Space on the focused button), then type
    keys.press("Ctrl+4")
    keys.press("Space")
    composer = window.workspace.composer
    assert composer.section_id is not None
    keys.press("Ctrl+4")                       # now that a section exists: its text
    assert QApplication.focusWidget() is composer.body
    keys.press("Ctrl+End")
    keys.type(" Met dank aan VARIO.")
    composer.commit_pending()
    assert "Met dank aan VARIO." in window.project.section(composer.section_id).body
    step("mededeling")

    # 9. export: Ctrl+E, Enter; the result box closes with Escape
    when_modal(lambda _d: keys.press("Return"))
    keys.press("Ctrl+E")
    qtbot.waitUntil(lambda: window.export_box is not None
                    and not window.tasks.is_running("export"), timeout=30000)
    written = list(tmp_path.glob("*.docx")) + list(tmp_path.glob("*.xlsx"))
    assert written, window.export_box.informativeText()
    assert isinstance(window.export_box, QMessageBox)
    step("exporteren")

    with capsys.disabled():
        print("\nKeyboard-only main journey (key presses; typed text counts one per character):")
        for name, count in steps:
            print(f"  {name:<22} {count:>4}")
        print(f"  {'totaal':<22} {keys.presses:>4}  (waarvan {keys.typed} getypte tekens, "
              f"{keys.presses - keys.typed} andere toetsen)")

"""A new dossier shows the next step, each a click away, from the first question to the first
export, unless the user closes it (#14)."""

from __future__ import annotations

from pathlib import Path

from ui.main_window import MainWindow
from workbench import Project


def test_an_empty_dossier_guides_to_the_first_quote(qtbot, tmp_path: Path, monkeypatch) -> None:
    project = Project.create(tmp_path / "nieuw.cwb", "Nieuw", "")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    bar = window.next_step
    taken: list[str] = []

    def do(name: str, effect) -> None:
        def slot() -> None:
            taken.append(name)
            effect()
        monkeypatch.setattr(window, name, slot)

    advice = tmp_path / "advies.txt"
    advice.write_text("De raad steunt scenario 3.\n", "utf-8")
    do("add_question", lambda: window.session.run("question.add", project.add_question, "Q1",
                                                   "Welk scenario?"))
    scenarios = iter((3, 4))
    do("add_option", lambda: (lambda n: window.session.run(
        "option.add", project.add_option, "Q1", f"S{n}", f"Scenario {n}"))(next(scenarios)))
    do("add_advisor", lambda: window.session.run("advisor.add", project.add_advisor, "SERV",
                                                  "SERV"))
    do("import_files", lambda: (project.import_files([advice], "SERV"),
                                window.session.reload()))
    expected = ["Vraag toevoegen", "Optie toevoegen", "Adviesinstantie toevoegen",
                "Adviezen importeren", "Naar de lezer"]
    for number, name in enumerate(expected[:-1]):
        assert bar.isVisible(), name
        assert f"({number + 1} van 9)" in bar.label.text()
        assert bar.button.text().replace("&", "").startswith(name)
        bar.button.click()
        if name == "Optie toevoegen":
            # one option is rarely all of them: the step stays and asks for the others
            assert "(2 van 9)" in bar.label.text() and "andere opties" in bar.label.text()
            assert bar.button.text().replace("&", "") == "Nog een optie toevoegen..."
            bar.button.click()
    assert taken == ["add_question", "add_option", "add_option", "add_advisor", "import_files"]
    assert bar.isVisible() and "Ctrl+Q" in bar.label.text()
    bar.button.click()
    assert window.workspace.currentWidget() is window.workspace.reader
    window.session.run("quote.add", project.quote_for_option, project.sources()[0].number,
                       exact="scenario 3", option="S3", position="pro", new_argument="Steun")
    assert bar.isVisible()                    # (it used to vanish here, the journey half done)


def test_after_the_first_quote_it_guides_to_stances_text_and_export(qtbot, tmp_path: Path,
                                                                    monkeypatch) -> None:
    """The guide bar disappeared at the first quote: nothing told a new user that stances, the
    communication's text and the export were still to come."""
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    project = Project.create(tmp_path / "nieuw.cwb", "Nieuw", "")
    project.add_question("Q1", "Welk scenario?")
    project.add_option("Q1", "S3", "Scenario 3")
    project.add_advisor("SERV", "SERV")
    advice = tmp_path / "advies.txt"
    advice.write_text("De raad steunt scenario 3.\n", "utf-8")
    project.import_files([advice], "SERV")
    quote, _argument = project.quote_for_option(project.sources()[0].number, exact="scenario 3",
                                     option="S3", position="pro", new_argument="Steun")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    bar = window.next_step
    views = window.workspace

    def step() -> tuple[str, str]:
        assert bar.isVisible()
        return bar.label.text(), bar.button.text().replace("&", "")

    text, button = step()
    assert "(7 van 9)" in text and "standpunt" in text and button == "Naar de Standpunten"
    bar.button.click()
    assert views.currentWidget() is views.matrix
    window.session.run("stance.set", project.set_stance, "SERV", "S3", "preferred",
                       quotes=[quote.number])
    text, button = step()
    assert "(8 van 9)" in text and "mededeling" in text and button == "Naar de Mededeling"
    bar.button.click()
    assert views.currentWidget() is views.composer
    section = window.session.run("section.add", project.add_section, "Inleiding")
    assert "(8 van 9)" in step()[0]            # a section without text is not written yet
    window.session.run("section.edit", project.update_section, section.id,
                       body="De adviezen steunen scenario 3.")
    text, button = step()
    assert "(9 van 9)" in text and "Ctrl+E" in text and button == "Exporteren..."
    from ui.exporting import run_export

    out = tmp_path / "uit"
    out.mkdir()
    assert run_export(window, window.session, {"xlsx": out / "werkboek.xlsx"}, force=True)
    qtbot.waitUntil(lambda: window.export_result is not None, timeout=30000)
    assert not bar.isVisible()                 # the journey is done
    again = MainWindow(Project.open(project.path, readonly=True))
    qtbot.addWidget(again)
    again.show()
    assert not again.next_step.isVisible()


def test_the_guide_can_be_closed_for_good(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    path = tmp_path / "nieuw.cwb"
    window = MainWindow(Project.create(path, "Nieuw", ""))
    qtbot.addWidget(window)
    window.show()
    bar = window.next_step
    assert bar.isVisible() and bar.close_button.isVisible()
    assert bar.close_button.accessibleName() == "Volgende stap verbergen"
    bar.close_button.click()
    assert not bar.isVisible()
    window.session.run("question.add", window.project.add_question, "Q1", "Welk scenario?")
    assert not bar.isVisible()                 # an edit does not bring it back
    window.set_project(None)
    window.set_project(Project.open(path))
    assert not bar.isVisible()
    other = MainWindow(Project.create(tmp_path / "ander.cwb", "Ander", ""))
    qtbot.addWidget(other)
    other.show()
    assert other.next_step.isVisible()         # another dossier still has its guide


def test_the_demo_guides_to_the_communication(qtbot, demo_path: Path, tmp_path: Path,
                                              monkeypatch) -> None:
    """The demo has quotes, arguments and stances but no text yet: its next step is the
    Mededeling, not a question."""
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    window = MainWindow(Project.open(demo_path))
    qtbot.addWidget(window)
    window.show()
    assert window.next_step.isVisible()
    assert "(8 van 9)" in window.next_step.label.text()


def test_the_last_step_opens_the_advice_to_quote_from(qtbot, tmp_path: Path) -> None:
    project = Project.create(tmp_path / "nieuw.cwb", "Nieuw", "")
    project.add_question("Q1", "Welk scenario?")
    project.add_option("Q1", "S3", "Scenario 3")
    project.add_advisor("SERV", "SERV")
    advice = tmp_path / "advies.txt"
    advice.write_text("De raad steunt scenario 3.\n", "utf-8")
    project.import_files([advice], "SERV")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    window.show_matrix()                       # anywhere else in the window
    assert window.next_step.isVisible() and "Ctrl+Q" in window.next_step.label.text()
    window.next_step.button.click()
    reader = window.workspace.reader
    assert window.workspace.currentWidget() is reader
    assert reader.number == project.sources()[0].number
    assert "scenario 3" in reader.text.toPlainText()


def test_each_step_links_to_its_page_of_the_guide(qtbot, tmp_path: Path) -> None:
    window = MainWindow(Project.create(tmp_path / "nieuw.cwb", "Nieuw", ""))
    qtbot.addWidget(window)
    window.show()
    bar = window.next_step
    assert bar.how.isVisible() and bar.how.text() == "Hoe gaat dat?"
    bar.how.click()
    guide = window.guide_dialog
    assert guide.isVisible() and guide.current.name == "02-vragen-opties-en-adviesinstanties"
    assert "Een vraag toevoegen" in guide.browser.toPlainText()
    guide.close()
    window.show_guide()                        # F1 on a new dossier: the same page
    assert guide.current.name == "02-vragen-opties-en-adviesinstanties"
    from ui.guide_dialog import load_pages
    from ui.next_step import STEPS

    pages = {page.name for page in load_pages()}
    assert {step.guide for step in STEPS} <= pages


def test_a_single_option_does_not_hold_the_guide_once_the_user_goes_on(qtbot, tmp_path: Path
                                                                        ) -> None:
    """A question may really have one option (the demo's Q2): adding the advisors moves on."""
    project = Project.create(tmp_path / "nieuw.cwb", "Nieuw", "")
    project.add_question("Q1", "Een nieuwe oproep?")
    project.add_option("Q1", "IBN", "Nieuwe oproep Innovatieve Bedrijfsnetwerken")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    bar = window.next_step
    assert "(2 van 9)" in bar.label.text() and "maar één optie" in bar.label.text()
    todo = window.show_todo()
    assert "andere opties" in todo.first.text()
    assert todo.first_button.text().replace("&", "") == "Nog een optie toevoegen..."
    window.session.run("advisor.add", project.add_advisor, "SERV", "SERV")
    assert "(4 van 9)" in bar.label.text()          # the import: the options step is done

"""Why a paragraph is suggested, in the interface language (#14): the dossier stores a reason as
a code with parameters, the GUI words it in Dutch or English, the CLI prints it in Dutch and
gives code and parameters with --json; reasons stored as Dutch text by an older version still
show, and are translated too."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests import docgen
from ui import i18n
from ui.messages import render
from workbench import Project
from workbench.cli.main import main
from workbench.messages import REASONS, Reason, stored, stored_reason

ADVICE = """3.3.2 Scenario 2: inkanteling in bestaande organisaties

Dit scenario staat haaks op de essentie van het clusterbeleid.

4 Slot

Een variant op scenario 3, genaamd scenario 3+, krijgt de voorkeur.

De inkanteling van de clusters in bestaande organisaties maakt hen minder wendbaar.
"""


@pytest.fixture
def scanned(project: Project, tmp_path: Path) -> Project:
    project.add_question("Q1", "Scenario's")
    for key, title, patterns in (("S2", "Scenario 2: inkanteling", ["scenario 2", "inkanteling"]),
                                 ("S3", "Scenario 3: kruispunten", ["scenario 3"]),
                                 ("3+", "Scenario 3+: variant", ["scenario 3+"])):
        project.add_option("Q1", key, title, patterns=patterns)
    project.add_advisor("SPC", "Clusters", status="received")
    project.import_file(docgen.make_text(tmp_path / "advies.txt", ADVICE), "SPC")
    project.refresh_suggestions()
    return project


def _reasons(project: Project) -> dict[str, object]:
    return {s.passage[:20]: s.reason for s in project.suggestions(refresh=False)}


def _column(project: Project) -> list[str]:
    conn = sqlite3.connect(project.path)
    try:
        return [r[0] for r in conn.execute("SELECT reason FROM suggestion ORDER BY id")]
    finally:
        conn.close()


def test_a_reason_is_stored_as_a_code_and_read_back_as_dutch_text(scanned: Project) -> None:
    found = scanned.suggestions(refresh=False)
    assert found
    for s in found:
        assert isinstance(s.reason, Reason) and s.reason.code in REASONS
        assert s.reason_code == s.reason.code and isinstance(s.reason_params, dict)
    reasons = _reasons(scanned)
    assert reasons["Dit scenario staat h"] == "onder kop 3.3.2 Scenario 2: inkanteling in " \
        "bestaande organisaties, ‘dit scenario’"
    assert reasons["De inkanteling van d"] == "noemt ‘inkanteling’"
    for text in _column(scanned):               # JSON, no Dutch sentence in the dossier
        data = json.loads(text)
        assert data["code"] in REASONS and isinstance(data["params"], dict)


@pytest.mark.parametrize(("language", "heading", "mention"), [
    ("nl", "onder kop 3.3.2 Scenario 2", "noemt ‘inkanteling’"),
    ("en", "under heading 3.3.2 Scenario 2", "names ‘inkanteling’"),
])
def test_the_suggestions_list_words_the_reason_in_the_interface_language(
        qtbot, scanned: Project, language: str, heading: str, mention: str) -> None:
    from ui.views.suggestions_panel import SuggestionModel

    i18n.install(language)
    try:
        model = SuggestionModel()
        model.items = scanned.suggestions(refresh=False)
        shown = [model.data(model.index(row, 0, QModelIndex()), Qt.ItemDataRole.DisplayRole)
                 for row in range(len(model.items))]
        assert any(heading in text for text in shown), shown
        assert any(mention in text for text in shown), shown
        other = ("onder kop", "noemt", "alinea") if language == "en" else ("under heading",
                                                                           "names")
        assert not [t for t in shown if any(word in t for word in other)]
    finally:
        i18n.install("nl")


def test_a_moved_suggestion_and_a_likeness_say_why_in_english(qtbot, scanned: Project,
                                                              tmp_path: Path) -> None:
    plus = next(s for s in scanned.suggestions(refresh=False) if s.option_key == "3+")
    moved = scanned.move_suggestion(plus.id, "S3")
    assert moved.reason == "verplaatst van 3+"
    example = Reason("reason.like", example=Reason("reason.example-quote", number=12))
    assert example == "lijkt op citaat 12"
    i18n.install("en")
    try:
        assert render(moved.reason) == "moved from 3+"
        assert render(example) == "resembles quote 12"
        assert render(stored_reason(stored(example))) == "resembles quote 12"
        assert render(Reason("reason.like-earlier")) == \
            "resembles what was found earlier for this option"
    finally:
        i18n.install("nl")


def test_reasons_an_older_version_stored_as_dutch_text_still_show_and_translate(
        qtbot, scanned: Project) -> None:
    legacy = {"onder kop 3.3.2 Scenario 2, ‘dit scenario’": ("reason.heading-words",
                                                           "under heading 3.3.2 Scenario 2, "
                                                           "‘dit scenario’"),
              "noemt ‘inkanteling’": ("reason.mention", "names ‘inkanteling’"),
              "lijkt op citaat 7": ("reason.like", "resembles quote 7"),
              "lijkt op een aanvaarde suggestie": ("reason.like",
                                                   "resembles an accepted suggestion"),
              "verplaatst van S2": ("reason.moved", "moved from S2"),
              "iets wat geen versie ooit schreef": ("", "iets wat geen versie ooit schreef")}
    conn = sqlite3.connect(scanned.path)
    ids = [r[0] for r in conn.execute("SELECT id FROM suggestion ORDER BY id")]
    assert len(ids) >= 3
    texts = list(legacy)
    with conn:
        for sid, text in zip(ids, texts * len(ids), strict=False):
            conn.execute("UPDATE suggestion SET reason = ? WHERE id = ?", (text, sid))
    conn.close()
    i18n.install("en")
    try:
        for s in scanned.suggestions(refresh=False):
            code, english = legacy[str(s.reason)]
            assert s.reason_code == code
            assert render(s.reason) == english
    finally:
        i18n.install("nl")
    for text, (_code, _english) in legacy.items():           # each wording, one by one
        assert stored_reason(text) == text


@pytest.mark.parametrize("text", [
    '{"code": "reason.nonsense", "params": {}}',
    '{"code": "reason.heading", "params": {}}',
    '{"code": "reason.heading", "params": {"heading": "x", "extra": "y"}}',
    '{"code": "reason.like", "params": {"example": {"code": "reason.like", "params": '
    '{"example": {"code": "reason.like", "params": {"example": {"code": "reason.like", '
    '"params": {"example": {"code": "reason.like", "params": {"example": "z"}}}}}}}}}}',
    '{"code": ["list"]}', '{not json', '[1, 2]', '{"code": "reason.moved", "params": 5}',
    '{"code": "reason.moved", "params": {"option": "' + "x" * 3000 + '"}}',    # not ours
    "verplaatst van " + "x" * 3000,
])
def test_a_reason_from_an_untrusted_dossier_is_shown_as_stored(text: str) -> None:
    assert stored_reason(text) == text
    assert render(stored_reason(text)) == text


def test_the_cli_prints_reasons_in_dutch_and_gives_code_and_parameters_in_json(
        scanned: Project, capsys) -> None:
    path = str(scanned.path)
    scanned.close()
    assert main(["suggest", path, "--no-refresh"]) == 0
    out = capsys.readouterr().out
    assert "noemt ‘inkanteling’ (machine-made)" in out
    assert "onder kop 3.3.2 Scenario 2" in out
    assert main(["suggest", path, "--no-refresh", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    mention = next(s for s in found if s["reason_code"] == "reason.mention")
    assert mention["reason"] == "noemt ‘inkanteling’"
    assert mention["reason_params"] == {"named": "inkanteling"}


def test_switching_the_language_shows_the_listed_reasons_again(qtbot, scanned: Project) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(scanned)
    qtbot.addWidget(window)
    window.show()
    panel = window.workspace.suggestions
    qtbot.waitUntil(lambda: window.settled and not window.tasks.is_running("suggestions"),
                    timeout=30000)
    panel.model.reload()
    assert panel.model.rowCount() > 0
    try:
        with qtbot.waitSignal(panel.model.dataChanged, timeout=5000):   # the view repaints
            window.set_language("en")
        lines = [panel.model.data(panel.model.index(r, 0), Qt.ItemDataRole.DisplayRole)
                 for r in range(panel.model.rowCount())]
        assert any("names ‘inkanteling’" in line for line in lines)
    finally:
        window.set_language("nl")


def test_a_likeness_with_an_option_known_only_by_its_words_does_not_claim_earlier_finds(
        qtbot, tmp_path: Path) -> None:
    """A new dossier, nothing quoted or found yet: the reason said "lijkt op wat eerder bij
    deze optie gevonden werd" although nothing had been found. It now says what the passage
    was compared with."""
    project = Project.create(tmp_path / "nieuw.cwb", "Nieuw", "")
    project.add_question("Q1", "Welk scenario?")
    project.add_option("Q1", "S1", "Commerciële organisaties zonder structurele "
                       "overheidsfinanciering", description="De clusters financieren zich zelf "
                       "via lidgelden en betaalde diensten.")
    project.add_option("Q1", "S2", "Inkanteling in bestaande organisaties",
                       description="De werking van de clusters gaat op in een bestaande "
                       "organisatie zoals VLAIO.")
    project.add_advisor("SERV", "SERV")
    advice = tmp_path / "advies.txt"
    advice.write_text("Advies over het clusterbeleid\n\nDe raad vindt dat clusters op termijn "
                      "commerciële organisaties kunnen worden die zich financieren via lidgelden "
                      "en betaalde diensten, zonder structurele overheidsfinanciering.\n", "utf-8")
    project.import_files([advice], "SERV")
    [found] = project.suggestions()
    assert (found.option_key, found.reason) == ("S1", "lijkt op de omschrijving van de optie")
    i18n.install("en")
    try:
        assert render(found.reason) == "resembles the option's own description"
    finally:
        i18n.install("nl")

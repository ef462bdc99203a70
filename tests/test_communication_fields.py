"""The mededeling's own fields on the dossier, and stances stated vs. inferred (#19)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from workbench import Project
from workbench.cli.main import main
from workbench.errors import InvalidInput
from workbench.export.build import build_annex_content, build_communication_content
from workbench.store import connection, migrations

MINISTER = "DE VLAAMSE MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _with_stance(project: Project) -> None:
    project.add_question("Q1", "Scenario's?")
    project.add_option("Q1", "S1", "Scenario 1")
    project.add_advisor("VARIO", "VARIO", kind="council", status="received")


def test_set_dossier_fields_round_trip_and_undo(project: Project) -> None:
    project.set_dossier(minister_title=MINISTER, minister_name="Jo BROUNS",
                        vr_number="VR 2024 0607 MED.0200/1", communication_date="2024-06-07")
    d = project.dossier()
    assert (d.minister_title, d.minister_name, d.vr_number, d.communication_date) == (
        MINISTER, "Jo BROUNS", "VR 2024 0607 MED.0200/1", "2024-06-07")
    assert d.reference == "VR 2024 2203", "the consulted document's reference is untouched"
    project.revert(project.last_change)
    d = project.dossier()
    assert (d.minister_title, d.minister_name, d.vr_number, d.communication_date) == (
        "", "", "", None)


def test_none_keeps_a_field_and_empty_clears_it(project: Project) -> None:
    project.set_dossier(minister_name="Jo BROUNS", communication_date="2024-06-07")
    project.set_dossier(title="Andere titel")
    assert project.dossier().minister_name == "Jo BROUNS"
    project.set_dossier(minister_name="", communication_date="")
    d = project.dossier()
    assert d.minister_name == "" and d.communication_date is None


def test_a_bad_date_is_refused_and_changes_nothing(project: Project) -> None:
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        project.set_dossier(minister_name="X", communication_date="7 juni 2024")
    assert project.dossier().minister_name == ""


def test_stance_explicit_by_default_inferred_on_request_and_kept(project: Project) -> None:
    _with_stance(project)
    assert project.set_stance("VARIO", "S1", "opposes").explicit is True
    assert project.set_stance("VARIO", "S1", "opposes", explicit=False).explicit is False
    made_inferred = project.last_change
    # changing the stance without saying how it is known keeps the flag
    assert project.set_stance("VARIO", "S1", "conditional").explicit is False
    project.revert(project.last_change)
    assert project.stance("VARIO", "S1").stance == "opposes"
    project.revert(made_inferred)
    assert project.stance("VARIO", "S1").explicit is True


def test_export_content_carries_header_and_inferred_stance(project: Project) -> None:
    _with_stance(project)
    project.set_stance("VARIO", "S1", "opposes", explicit=False)
    project.set_dossier(minister_title=MINISTER, minister_name="Jo BROUNS",
                        communication_date="2024-06-07")
    annex = build_annex_content(project)
    assert annex.matrix.cell("VARIO", "S1").explicit is False
    header = build_communication_content(project, annex).header
    assert (header.minister_title, header.minister_name, header.vr_number, header.date) == (
        MINISTER, "Jo BROUNS", "", "2024-06-07")


def test_migration_keeps_stances_explicit_unless_the_note_says_inferred(tmp_path: Path) -> None:
    path = tmp_path / "oud.cwb"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    migrations.migrate(conn, 0, target=3)
    conn.executescript("""
        BEGIN;
        INSERT INTO dossier (id, uuid, title, reference, created_at) VALUES (1, 'd', 'Oud', 'VR 1', 'x');
        INSERT INTO question (uuid, key, text) VALUES ('q', 'Q1', 'Vraag');
        INSERT INTO option (uuid, question_id, key, title) VALUES ('o1', 1, 'S1', 'Een');
        INSERT INTO option (uuid, question_id, key, title) VALUES ('o2', 1, 'S2', 'Twee');
        INSERT INTO advisor (uuid, key, name) VALUES ('a', 'VARIO', 'VARIO');
        INSERT INTO stance (uuid, advisor_id, option_id, stance, note)
            VALUES ('s1', 1, 1, 'opposes', 'Impliciet: vraagt blijvende financiering.');
        INSERT INTO stance (uuid, advisor_id, option_id, stance, note)
            VALUES ('s2', 1, 2, 'supports', 'Steunt dit uitdrukkelijk.');
        COMMIT;""")
    conn.close()
    with Project.open(path, backup_dir=tmp_path / "backups") as project:
        assert project.stance("VARIO", "S1").explicit is False
        assert project.stance("VARIO", "S2").explicit is True
        d = project.dossier()
        assert (d.reference, d.vr_number, d.minister_name, d.communication_date) == (
            "VR 1", "", "", None)


def test_cli_dossier_set_and_stance_flags(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    f = str(tmp_path / "d.cwb")
    assert run(capsys, "new", f, "--title", "Groenboek", "--reference", "VR 2024 2203")[0] == 0
    code, out, _ = run(capsys, "dossier", "set", f, "--minister-title", MINISTER,
                       "--minister-name", "Jo BROUNS", "--date", "2024-06-07", "--json")
    assert code == 0
    d = json.loads(out)
    assert d["minister_name"] == "Jo BROUNS" and d["communication_date"] == "2024-06-07"
    assert d["vr_number"] == "" and d["reference"] == "VR 2024 2203"
    code, out, _ = run(capsys, "info", f)
    assert "Jo BROUNS" in out and "not assigned yet" in out
    code, _, err = run(capsys, "dossier", "set", f, "--date", "2024-13-01")
    assert code == 2 and "YYYY-MM-DD" in err

    for argv in (("question", "add", f, "--key", "Q1", "--text", "Vraag"),
                 ("option", "add", f, "--question", "Q1", "--key", "S1", "--title", "Een"),
                 ("advisor", "add", f, "--key", "VARIO", "--name", "VARIO")):
        assert run(capsys, *argv)[0] == 0
    code, out, _ = run(capsys, "stance", "set", f, "--advisor", "VARIO", "--option", "S1",
                       "--stance", "opposes", "--inferred", "--json")
    assert code == 0 and json.loads(out)["explicit"] is False
    code, out, _ = run(capsys, "stance", "list", f)
    assert "opposes*" in out and "inferred" in out
    code, out, _ = run(capsys, "stance", "list", f, "--json")
    assert json.loads(out)[0]["explicit"] is False
    code, out, _ = run(capsys, "stance", "set", f, "--advisor", "VARIO", "--option", "S1",
                       "--stance", "opposes", "--explicit")
    assert code == 0 and "stated explicitly" in out
    assert run(capsys, "stance", "set", f, "--advisor", "VARIO", "--option", "S1", "--stance",
               "opposes", "--explicit", "--inferred")[0] == 2


def test_an_older_dossier_opened_read_only_still_reads(tmp_path: Path) -> None:
    """Read-only opening does not migrate: the new columns are absent, not an error."""
    path = tmp_path / "oud.cwb"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    migrations.migrate(conn, 0, target=3)
    conn.executescript("""
        BEGIN;
        INSERT INTO dossier (id, uuid, title, reference, created_at) VALUES (1, 'd', 'Oud', 'VR 1', 'x');
        INSERT INTO question (uuid, key, text) VALUES ('q', 'Q1', 'Vraag');
        INSERT INTO option (uuid, question_id, key, title) VALUES ('o1', 1, 'S1', 'Een');
        INSERT INTO advisor (uuid, key, name) VALUES ('a', 'VARIO', 'VARIO');
        INSERT INTO stance (uuid, advisor_id, option_id, stance, note)
            VALUES ('s1', 1, 1, 'opposes', '');
        COMMIT;""")
    conn.close()
    with Project.open(path, readonly=True) as project:
        assert project.dossier().minister_name == "" and project.dossier().vr_number == ""
        assert project.stance("VARIO", "S1").explicit is True
        assert build_annex_content(project).matrix.cell("VARIO", "S1").explicit is True

"""The dossier file: one SQLite database that holds everything, refuses what it is not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench import NewerSchema, NotADossier, Project, ReadOnlyDossier
from workbench.errors import InvalidInput
from workbench.store import migrations


def test_created_file_is_a_self_contained_sqlite_dossier(dossier_path: Path) -> None:
    with Project.create(dossier_path, "Titel", "REF") as p:
        p.add_question("Q1", "Welke scenario's?")
        # While the dossier is open no journal or WAL file holds committed edits back.
        assert not Path(f"{dossier_path}-wal").exists()
        assert not Path(f"{dossier_path}-journal").exists()
        copy = dossier_path.with_name("copy.cwb")
        copy.write_bytes(dossier_path.read_bytes())
    with Project.open(copy) as p:
        assert [q.key for q in p.questions()] == ["Q1"]
    conn = sqlite3.connect(dossier_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    conn.close()


def test_foreign_keys_are_enforced(project: Project) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        project.conn.execute("INSERT INTO option (uuid, question_id, key, title) "
                             "VALUES ('u', 999, 'X', 'x')")


def test_records_have_uuids_and_keys(project: Project) -> None:
    q = project.add_question("Q1", "Vraag")
    a = project.add_advisor("VARIO", "VARIO", kind="council")
    o = project.add_option("Q1", "S1", "Scenario 1", proposed_by="VARIO")
    assert len({q.uuid, a.uuid, o.uuid}) == 3 and all(len(x.uuid) == 36 for x in (q, a, o))
    assert o.question_key == "Q1" and o.proposed_by == "VARIO"


@pytest.mark.parametrize(
    "content", [b"", b"hello world" * 20, b"SQLite format 3\x00" + b"\x00" * 20])
def test_not_a_dossier_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.cwb"
    path.write_bytes(content)
    with pytest.raises(NotADossier, match="not a Consultation Workbench dossier"):
        Project.open(path)
    assert path.read_bytes() == content


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADossier, match="another program"):
        Project.open(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused(dossier_path: Path) -> None:
    Project.create(dossier_path, "T").close()
    conn = sqlite3.connect(dossier_path)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchema, match="newer version"):
        Project.open(dossier_path)


def test_read_only_refuses_edits(dossier_path: Path) -> None:
    Project.create(dossier_path, "T").close()
    with Project.open(dossier_path, readonly=True) as p, pytest.raises(ReadOnlyDossier):
        p.add_question("Q1", "x")


def test_undo_redo_of_a_cascading_delete(project: Project) -> None:
    project.add_question("Q1", "Vraag")
    project.add_advisor("SPC", "Speerpuntclusters")
    project.add_option("Q1", "S1", "Scenario 1")
    project.add_option("Q1", "3+", "Scenario 3+", proposed_by="SPC")
    project.delete_question("Q1")
    assert project.options() == []
    redo = project.revert(project.last_change)
    assert [o.key for o in project.options()] == ["S1", "3+"]
    assert project.option("3+").proposed_by == "SPC"
    project.revert(redo)
    assert project.questions() == [] and project.options() == []


def test_every_edit_is_audited(project: Project) -> None:
    project.add_question("Q1", "Vraag")
    redo = project.revert(project.last_change)
    project.revert(redo)
    ops = [row["operation"] for row in project.audit()]
    assert ops[:3] == ["Redo: Add question Q1", "Undo: Add question Q1", "Add question Q1"]
    assert [q.key for q in project.questions()] == ["Q1"]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        project.conn.execute("DELETE FROM audit")


def test_invalid_input_is_explained(project: Project) -> None:
    project.add_question("Q1", "Vraag")
    with pytest.raises(InvalidInput, match="in use already"):
        project.add_question("Q1", "Nog eens")
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        project.add_advisor("X", "X", received_on="6 mei")
    with pytest.raises(InvalidInput, match="not valid"):
        project.add_question("Q 1", "spatie")

"""A .cwb from someone else is untrusted: its schema is checked before anything runs on it,
its table names never become SQL of ours, and no object of its own is ever used."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from workbench import Project
from workbench.cli.main import main
from workbench.errors import ForeignSchema
from workbench.store import connection, migrations


def _tamper(path: Path, *statements: str) -> None:
    """Change the file as an attacker would, with plain SQLite (no code of ours)."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "crafted.cwb"
    with Project.create(path, "Groenboek") as project:
        project.add_question("Q1", "De vier scenario's")
        project.add_option("Q1", "S1", "Scenario 1")
        project.add_advisor("SERV", "SERV", kind="council")
    return path


def _refused(path: Path, *, readonly: bool, expect: str) -> ForeignSchema:
    before = _digest(path)
    with pytest.raises(ForeignSchema) as caught:
        Project.open(path, readonly=readonly, backup_dir=path.parent / "backups")
    assert expect in str(caught.value)
    assert "Ask the sender for a copy" in str(caught.value)
    assert _digest(path) == before                        # nothing ran, nothing was written
    assert not (path.parent / "backups").exists()         # not even a backup was read from it
    return caught.value


def test_a_table_name_carrying_sql_never_runs(made: Path) -> None:
    target = made.parent / "owned.db"
    name = ("x_i AFTER INSERT ON main.dossier BEGIN SELECT 1; END; "
            f"ATTACH DATABASE '{target}' AS pw; CREATE TABLE IF NOT EXISTS pw.owned(a); "
            "DETACH DATABASE pw; CREATE TEMP TRIGGER IF NOT EXISTS undo_z")
    _tamper(made, f'CREATE TABLE "{name}" (a)')
    _refused(made, readonly=False, expect="that Consultation Workbench does not make")
    assert not target.exists()


def test_an_extra_table_is_refused_by_name(made: Path) -> None:
    _tamper(made, 'CREATE TABLE "my notes" (a)')
    _refused(made, readonly=False, expect="table “my notes”")


def test_a_trigger_that_falsifies_arguments_is_refused_and_never_fires(made: Path) -> None:
    _tamper(made, "CREATE TRIGGER flip AFTER INSERT ON argument BEGIN "
                  "UPDATE argument SET position = 'con' WHERE id = new.id; "
                  "UPDATE stance SET stance = 'opposes'; END")
    for readonly in (False, True):
        _refused(made, readonly=readonly, expect="trigger “flip” on table “argument”")
    assert main(["argument", "add", str(made), "--option", "S1", "--position", "pro",
                 "--text", "Basisfinanciering"]) == 2
    with sqlite3.connect(made) as raw:
        assert raw.execute("SELECT count(*) FROM argument").fetchone()[0] == 0


def test_a_view_replacing_advisor_never_feeds_info(made: Path, capsys: pytest.CaptureFixture
                                                    ) -> None:
    _tamper(made, "PRAGMA foreign_keys = OFF", "DROP TABLE advisor",
            "CREATE VIEW advisor AS SELECT 1 AS id, 'u' AS uuid, 'FAKE' AS key, "
            "'Verzonnen Raad' AS name, 'council' AS kind, 'received' AS status, "
            "NULL AS asked_on, NULL AS received_on, 0 AS seq")
    _refused(made, readonly=True, expect="“advisor” is a view in this file")
    assert main(["info", str(made)]) == 2
    assert main(["info", str(made), "--json"]) == 2
    out, err = capsys.readouterr()
    assert "Verzonnen Raad" not in out
    assert err.count("\n") == 2 and "advisor" in err and "Traceback" not in err


def test_a_dropped_audit_trigger_is_refused(made: Path) -> None:
    _tamper(made, "DROP TRIGGER audit_no_update")
    _refused(made, readonly=False, expect="trigger “audit_no_update” on table “audit” is missing")


def test_a_changed_column_and_a_missing_table_are_refused(made: Path) -> None:
    _tamper(made, "ALTER TABLE argument ADD COLUMN secret TEXT", "DROP TABLE stance_quote")
    error = _refused(made, readonly=True, expect="unknown column “secret”")
    assert any("“stance_quote” is missing" in f for f in error.findings)


def test_a_changed_check_rule_is_refused(made: Path) -> None:
    # same columns, different rules: rebuild `section` without anything, as a tool would
    _tamper(made, "PRAGMA foreign_keys = OFF", "DROP TABLE section",
            "CREATE TABLE section (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
            "seq INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL DEFAULT 'x')")
    _refused(made, readonly=True, expect="the table “section” has a changed column “body”")


def test_an_extra_index_is_refused(made: Path) -> None:
    _tamper(made, "CREATE INDEX sneaky ON advisor (name)")
    _refused(made, readonly=True, expect="index “sneaky” on table “advisor”")


def test_an_untouched_dossier_opens_and_every_connection_is_hardened(made: Path) -> None:
    with Project.open(made) as project:
        assert project.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        project.add_argument("S1", "pro", "Basisfinanciering")
    with Project.open(made, readonly=True) as project:
        assert project.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert [a.text for a in project.arguments()] == ["Basisfinanciering"]


def test_an_older_dossier_is_verified_at_its_own_version_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.cwb"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    migrations.migrate(conn, 0, 2)
    conn.execute("INSERT INTO dossier (id, uuid, title, created_at) VALUES (1, 'u', 'Oud', 'x')")
    conn.execute("INSERT INTO source (id, uuid, number, title, file_name, media_type, sha256, "
                 "size, text_hash, imported_at) VALUES (1, 's', 1, 'Advies', 'a.txt', "
                 "'text/plain', 'h', 1, 't', 'x')")
    conn.execute("INSERT INTO block (source_id, seq, kind, start, \"end\", text) "
                 "VALUES (1, 0, 'paragraph', 0, 9, 'innovatie')")   # indexed by the old trigger
    conn.close()
    with Project.open(path, backup_dir=tmp_path / "b") as project:
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == \
            migrations.latest_version()
        assert [h.block_id for h in project.search("innovatie")] == [1]
    # the same old file with a trigger of its own is refused at version 2
    path2 = tmp_path / "old2.cwb"
    conn = sqlite3.connect(path2, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    migrations.migrate(conn, 0, 2)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON quote BEGIN SELECT 1; END")
    conn.close()
    with pytest.raises(ForeignSchema, match="trigger “t” on table “quote”"):
        Project.open(path2, readonly=True)


def test_a_restore_from_a_crafted_backup_is_refused(made: Path, tmp_path: Path) -> None:
    from workbench import backups
    from workbench.errors import NotADossier

    crafted = tmp_path / "crafted-backup.cwb"
    crafted.write_bytes(made.read_bytes())
    _tamper(crafted, "CREATE TRIGGER flip AFTER INSERT ON audit BEGIN SELECT 1; END")
    before = _digest(made)
    with pytest.raises(NotADossier, match="trigger “flip”"):
        backups.restore(made, crafted, base=tmp_path / "b")
    assert _digest(made) == before


def test_identifiers_in_sql_text_are_only_our_own_quoted_names(made: Path) -> None:
    from workbench.store import dossier as store
    from workbench.store import records
    from workbench.store import sources as source_store

    assert records.column_of("block", "end") == '"end"'
    assert records.table_name("option") == '"option"'
    with Project.open(made) as project:
        for bad in ('title" = 1 --', "no_such_column"):
            with pytest.raises(ValueError):
                source_store.update_source(project.conn, 1, {bad: "x"})
            with pytest.raises(ValueError):
                store.update_row(project.conn, "advisor", 1, {bad: "x"})
        with pytest.raises(ValueError):
            store.delete_row(project.conn, "advisor; DROP TABLE audit", 1)
        project.conn.execute("SELECT count(*) FROM audit").fetchone()


def test_defensive_mode_where_python_exposes_it(made: Path) -> None:
    with Project.open(made, readonly=True) as project:
        getconfig = getattr(project.conn, "getconfig", None)
        if getconfig is None:
            pytest.skip("sqlite3 of Python < 3.12 cannot set defensive mode")
        assert getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE)   # type: ignore[attr-defined]

"""Every earlier schema version opens with its data intact; a backup is taken first.

``FILL`` inserts data with the SQL of the version it is keyed by; a dossier at version N is
filled with the newest entry <= N. When db/00N_*.sql is added, the parametrised test covers it
without changes (add a FILL entry only when the old SQL no longer fits the new tables).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench import NewerSchema, Project, backups, lock
from workbench.store import connection, migrations

LATEST = migrations.latest_version()

FILL = {
    1: """
        INSERT INTO dossier (id, uuid, title, reference, created_at, app_version)
        VALUES (1, 'd0000000-0000-0000-0000-000000000001', 'Oud dossier', 'REF', '2024-01-01', '0');
        INSERT INTO question (uuid, key, text, seq) VALUES ('q1', 'Q1', 'Welke scenario''s?', 1);
        INSERT INTO advisor (uuid, key, name, kind, status) VALUES ('a1', 'SERV', 'SERV', 'council',
            'received');
        INSERT INTO option (uuid, question_id, key, title, proposed_by, seq)
        VALUES ('o1', 1, 'S1', 'Scenario 1', 1, 1);
        INSERT INTO audit (at, os_user, operation) VALUES ('2024-01-01', 'jan', 'Create dossier');
    """,
}


def fill_for(version: int) -> str:
    return FILL[max(v for v in FILL if v <= version)]


def make_at_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = DELETE")
    assert migrations.migrate(conn, 0, target=version) == version
    conn.executescript(f"BEGIN; {fill_for(version)} COMMIT;")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()


def check_data(project: Project) -> None:
    assert project.dossier().title == "Oud dossier"
    assert [q.key for q in project.questions()] == ["Q1"]
    option = project.option("S1")
    assert option.question_key == "Q1" and option.proposed_by == "SERV"
    assert project.advisor("SERV").status == "received"
    assert project.audit()[-1]["operation"] == "Create dossier"


@pytest.fixture(autouse=True)
def _backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    return tmp_path / "backups"


@pytest.mark.parametrize("version", range(1, LATEST + 1))
def test_every_version_opens_with_its_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.cwb"
    make_at_version(path, version)
    with Project.open(path) as p:
        assert p.opened_version == version
        assert p.dossier().schema_version == LATEST
        check_data(p)
        p.add_question("Q2", "Na de upgrade")      # and it still takes edits
    found = backups.list_backups(path)
    if version < LATEST:
        assert found[0].reason == "migration" and found[0].schema_version == version
    with Project.open(found[0].path, readonly=True) as old:
        assert old.opened_version == version
        assert [q.key for q in old.questions()] == ["Q1"]


@pytest.fixture
def with_v2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An extra migration after the real ones, to exercise upgrading today."""
    def install(sql: str) -> int:
        folder = tmp_path / "db"
        folder.mkdir(exist_ok=True)
        extra = folder / f"{LATEST + 1:03d}_probe.sql"
        extra.write_text(sql, encoding="utf-8")
        real = migrations.all_migrations()
        monkeypatch.setattr(migrations, "all_migrations",
                            lambda: (*real, migrations.Migration(LATEST + 1, extra)))
        return LATEST + 1
    return install


def test_upgrade_takes_a_migration_backup_first(tmp_path: Path, with_v2, monkeypatch) -> None:
    path = tmp_path / "old.cwb"
    make_at_version(path, LATEST)
    monkeypatch.setenv("CWB_BACKUP_KEEP", "1")
    monkeypatch.setenv("CWB_BACKUP_INTERVAL", "0")   # the later opening backs up as well
    new = with_v2("ALTER TABLE question ADD COLUMN probe TEXT NOT NULL DEFAULT 'p';")
    with Project.open(path) as p:
        assert p.opened_version == LATEST
        assert p.conn.execute("PRAGMA user_version").fetchone()[0] == new
        assert p.conn.execute("SELECT probe FROM question").fetchone()[0] == "p"
        check_data(p)
    for _ in range(3):                       # rotation never removes the migration backup
        with Project.open(path) as p:
            p.add_question(f"X{_}", "x")
    found = backups.list_backups(path)
    migration = [b for b in found if b.reason == "migration"]
    assert len(migration) == 1 and migration[0].schema_version == LATEST
    assert len([b for b in found if b.reason != "migration"]) == 1
    conn = sqlite3.connect(migration[0].path)
    assert conn.execute("SELECT count(*) FROM question").fetchone()[0] == 1
    conn.close()


def test_failing_migration_leaves_the_file_at_its_version(tmp_path: Path, with_v2) -> None:
    path = tmp_path / "old.cwb"
    make_at_version(path, LATEST)
    with_v2("ALTER TABLE question ADD COLUMN fine TEXT; CREATE TABLE broken (;")
    with pytest.raises(sqlite3.Error):
        Project.open(path)
    assert not lock.lock_path(path).exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert "fine" not in [r[1] for r in conn.execute("PRAGMA table_info(question)")]
    conn.close()


def test_newer_version_is_refused_untouched(tmp_path: Path, _backups: Path) -> None:
    path = tmp_path / "new.cwb"
    make_at_version(path, LATEST)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(NewerSchema, match="newer version"):
            Project.open(path, readonly=readonly)
    assert path.read_bytes() == before
    assert not lock.lock_path(path).exists()
    assert not _backups.exists()


def test_readings_kept_per_paragraph_go_with_schema_9(tmp_path: Path) -> None:
    """Migration 009 (#16): the suggestion scan's readings kept one row per paragraph are
    dropped (a cache: the first full scan reads the paragraphs again and keeps them one row
    per source); the table of stems the new rows number against stays."""
    path = tmp_path / "v8.cwb"
    make_at_version(path, 8)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO suggest_stem (id, stem) VALUES (0, 'scenario')")
    conn.execute("INSERT INTO suggest_reading (block_id, digest, terms, counts) "
                 "VALUES (1, x'00', x'0000', x'01')")
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        tables = {r[0] for r in p.conn.execute("SELECT name FROM sqlite_master")}
        assert "suggest_reading" not in tables and "suggest_source_readings" in tables
        assert [tuple(r) for r in p.conn.execute("SELECT id, stem FROM suggest_stem")] == [
            (0, "scenario")]
        assert p.conn.execute("SELECT count(*) FROM suggest_source_readings").fetchone()[0] == 0
        check_data(p)

"""Migration 003 (#18): ids are never reused; every row, key, index and trigger survives.

A dossier at each earlier schema version (1, 2) is filled through every table, including the
full-text index of ``block``, then opened by this version.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench import Project
from workbench.store import connection, migrations

REBUILT = ("question", "advisor", "option", "source", "block", "quote", "argument", "stance",
           "suggestion", "section")

FILL = """
INSERT INTO dossier VALUES (1, 'd1', 'Oud dossier', 'REF', '2024-01-01', '0');
INSERT INTO question VALUES (1, 'q1', 'Q1', 'Welke scenario''s?', 1);
INSERT INTO advisor VALUES (1, 'a1', 'VARIO', 'VARIO', 'council', 'received', NULL, NULL, 1);
INSERT INTO advisor VALUES (2, 'a2', 'SERV', 'SERV', 'council', 'asked', NULL, NULL, 2);
INSERT INTO option VALUES (1, 'o1', 1, 'S1', 'Scenario 1', '', 1, '', '["scenario 1"]', 1);
INSERT INTO option VALUES (2, 'o2', 1, 'S2', 'Scenario 2', '', NULL, '', '[]', 2);
INSERT INTO source VALUES (1, 's1', 1, 1, 'Advies 36', '2024-05-06', '', 'a.txt', 'text/plain',
    'sha1', 10, 1, 'th1', 1, '2024-05-06');
INSERT INTO source VALUES (3, 's3', 2, NULL, 'Achtergrond', NULL, '', 'b.txt', 'text/plain',
    'sha3', 10, 1, 'th3', 1, '2024-05-06');
INSERT INTO source_file VALUES (1, X'00FF10'), (3, X'41');
INSERT INTO source_text VALUES (1, 'De inkanteling van scenario 1.'), (3, 'Achtergrond.');
INSERT INTO block VALUES (1, 1, 0, 'paragraph', NULL, 0, 30, 1, '[]', NULL, 0,
    'De inkanteling van scenario 1.');
INSERT INTO block VALUES (4, 3, 0, 'heading', 1, 0, 12, 1, '["Achtergrond"]', NULL, 1, 'Achtergrond.');
INSERT INTO page_span VALUES (1, 1, 0, 30), (3, 1, 0, 12);
INSERT INTO quote VALUES (1, 'qu1', 1, 1, 'inkanteling', 'De ', ' van', 3, 14, 1, '[]', 'th1', 'ok',
    'kern', 'manual', '2024-05-07');
INSERT INTO quote VALUES (5, 'qu5', 4, 3, 'Achtergrond', '', '.', 0, 11, 1, '[]', 'th3', 'moved',
    '', 'suggestion', '2024-05-07');
INSERT INTO argument VALUES (1, 'g1', 1, 1, 'pro', 'Eenvoudiger', 0, '2024-05-07');
INSERT INTO argument VALUES (2, 'g2', 3, 2, 'con', 'Duurder', 0, '2024-05-07');
INSERT INTO argument_quote VALUES (1, 1, 0), (2, 5, 0), (2, 1, 1);
INSERT INTO stance VALUES (1, 'st1', 1, 1, 'supports', 'ja');
INSERT INTO stance_quote VALUES (1, 1);
INSERT INTO suggestion VALUES (1, 'su1', 1, 1, 19, 29, 'scenario 1', 'open');
INSERT INTO section VALUES (1, 'se1', 0, 'Inleiding', 'Zie [citaat 1].');
INSERT INTO audit (at, os_user, operation) VALUES ('2024-01-01', 'jan', 'Create dossier');
"""
FILL_2 = "INSERT INTO suggestion_scan VALUES (1, 1, '[\"scenario 1\"]', 'th1');"


def _make(path: Path, version: int) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {connection.APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(conn, 0, target=version)
    conn.executescript(f"BEGIN; {FILL} {FILL_2 if version >= 2 else ''} COMMIT;")
    assert not conn.execute("PRAGMA foreign_key_check").fetchall()
    rows = _rows(conn)
    conn.close()
    return rows


def _rows(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'block_fts%' AND name != 'number_counter'")]
    return {n: sorted(tuple(r) for r in conn.execute(f'SELECT * FROM "{n}"')) for n in names}


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    return {(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'")}


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_dossier_keeps_every_row_key_index_and_trigger(
        tmp_path: Path, version: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    path = tmp_path / f"v{version}.cwb"
    before = _make(path, version)
    fresh = Project.create(tmp_path / "fresh.cwb", "Nieuw")
    fresh_schema = _schema(fresh.conn)
    fresh.close()

    with Project.open(path) as project:
        conn = project.conn
        after = _rows(conn)
        # Later migrations may add columns; every old value is still there, in its place.
        assert {t: [r[:len(before[t][0])] if before[t] else r for r in after[t]]
                for t in before} == before
        assert _schema(conn) == fresh_schema               # indexes and FTS triggers came back
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not conn.execute("PRAGMA foreign_key_check").fetchall()
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        for table in REBUILT:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            assert "AUTOINCREMENT" in sql, table
        # The full-text index still follows block, old rows and new.
        assert [h.block_id for h in project.search("inkanteling")] == [1]
        project.set_not_relevant([1], True)
        # Foreign keys still cascade: deleting source 2 (id 3) takes its block, quote, link.
        project.delete_source(2)
        assert conn.execute("SELECT count(*) FROM block WHERE source_id = 3").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM argument_quote").fetchone()[0] == 2
        assert project.search("Achtergrond") == []
        # Ids and numbers of deleted rows are not handed out again.
        project.conn.execute("BEGIN")
        project.conn.execute(
            "INSERT INTO source (uuid, number, title, file_name, media_type, sha256, size, text_hash, "
            "imported_at) VALUES ('x', 9, 't', 'f', 'text/plain', 'shax', 1, 'h', 'now')")
        assert project.conn.execute("SELECT max(id) FROM source").fetchone()[0] == 4
        project.conn.execute("ROLLBACK")
        assert project.quotes()[-1].number == 1
        assert migrations.latest_version() == conn.execute("PRAGMA user_version").fetchone()[0]


def test_a_failing_migration_leaves_the_file_at_its_version(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    path = tmp_path / "v2.cwb"
    before = _make(path, 2)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE question_v3 (x)")      # makes step one of 003 fail
    conn.close()
    # The schema check on open would refuse that foreign table before any migration runs
    # (tests/test_crafted_dossier.py); here the migration itself must fail and roll back.
    monkeypatch.setattr("workbench.store.schema.verify", lambda *args: None)
    with pytest.raises(sqlite3.OperationalError):
        Project.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    rows = _rows(conn)
    assert {t: rows[t] for t in before} == before
    conn.close()

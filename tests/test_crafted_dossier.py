"""A .cwb from someone else is untrusted: its table names never become SQL of ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench import Project


def _plant_table(path: Path, name: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f'CREATE TABLE "{name.replace(chr(34), chr(34) * 2)}" (a)')
    conn.commit()
    conn.close()


def test_a_table_name_carrying_sql_never_runs(tmp_path: Path) -> None:
    path = tmp_path / "crafted.cwb"
    Project.create(path, "Groenboek").close()
    target = tmp_path / "owned.db"
    _plant_table(path, (
        "x_i AFTER INSERT ON main.dossier BEGIN SELECT 1; END; "
        f"ATTACH DATABASE '{target}' AS pw; CREATE TABLE IF NOT EXISTS pw.owned(a); "
        "DETACH DATABASE pw; CREATE TEMP TRIGGER IF NOT EXISTS undo_z"))
    try:
        with Project.open(path) as project:
            project.add_question("Q1", "De vier scenario's")
    except Exception:
        pass   # refusing the file is fine too; running its SQL is not
    assert not target.exists()


def test_a_table_name_with_a_space_does_not_stop_editing(tmp_path: Path) -> None:
    path = tmp_path / "space.cwb"
    Project.create(path, "Groenboek").close()
    _plant_table(path, "my notes")
    with Project.open(path) as project:
        project.add_question("Q1", "De vier scenario's")
        assert [q.key for q in project.questions()] == ["Q1"]

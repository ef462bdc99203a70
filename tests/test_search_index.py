"""The paragraphs' full-text index stays right with trusted_schema=OFF: imports, deletes,
undo and redo all reach it, in the same transaction, and a read-only session never writes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from workbench import Project
from workbench.store import search_index


def _fts_ok(project: Project) -> None:
    assert search_index.integrity_problem(project.conn) is None


def test_index_follows_import_delete_undo_and_redo(project: Project, tmp_path: Path) -> None:
    advice = tmp_path / "advies.txt"
    advice.write_text("De clusters vragen basisfinanciering.\n\nInnovatie blijft de kern.\n",
                      encoding="utf-8")
    result = project.import_file(advice)
    assert result.problem is None
    assert [h.source_number for h in project.search("basisfinanciering")] == [1]
    _fts_ok(project)

    project.delete_source(1)                  # blocks go by cascade
    deleted = project.last_change
    assert project.search("basisfinanciering") == []
    _fts_ok(project)

    redo = project.revert(deleted)            # undo: the blocks come back
    assert [h.source_number for h in project.search("innovatie")] == [1]
    _fts_ok(project)

    project.revert(redo)                      # redo the delete
    assert project.search("innovatie") == []
    _fts_ok(project)
    assert project.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_a_failed_edit_leaves_no_notes_behind(project: Project, tmp_path: Path) -> None:
    advice = tmp_path / "a.txt"
    advice.write_text("Eerste alinea over scenario twee.\n", encoding="utf-8")
    try:
        with project.edit("failing"):
            project.import_file(advice)
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert project.conn.execute("SELECT count(*) FROM temp.search_pending").fetchone()[0] == 0
    assert project.search("scenario") == []
    _fts_ok(project)


def test_read_only_session_never_writes(project: Project, tmp_path: Path) -> None:
    advice = tmp_path / "a.txt"
    advice.write_text("Een alinea over economie.\n", encoding="utf-8")
    project.import_file(advice)
    path = project.path
    project.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with Project.open(path, readonly=True) as reader:
        assert not search_index.installed(reader.conn)
        assert [h.source_number for h in reader.search("economie")] == [1]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

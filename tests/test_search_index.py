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


def _fts_matches_text(project: Project) -> None:
    """The index against every paragraph's text as it is (FTS5 re-tokenises each one)."""
    assert search_index.integrity_problem(project.conn, against_text=True) is None


def test_a_new_documents_paragraphs_are_noted_as_one_range(project: Project,
                                                           tmp_path: Path) -> None:
    advice = tmp_path / "advies.txt"
    advice.write_text("Eerste alinea over basisfinanciering.\n\nTweede over innovatie.\n\n"
                      "Derde over clusters.\n", encoding="utf-8")
    with project.edit("import, not yet committed"):
        project.import_file(advice)
        notes = project.conn.execute("SELECT block_id, last FROM temp.search_pending").fetchall()
        ids = [r[0] for r in project.conn.execute("SELECT id FROM block ORDER BY id")]
        assert [tuple(n) for n in notes] == [(ids[0], ids[-1])] and len(ids) == 3
    assert [h.source_number for h in project.search("innovatie")] == [1]
    _fts_matches_text(project)


def test_paragraphs_changed_after_their_range_in_the_same_edit_are_indexed_as_left(
        project: Project, tmp_path: Path) -> None:
    """Notes made after a range about its paragraphs must not reach the index: they would
    delete text that was never indexed (FTS5 would then hold tokens of no paragraph)."""
    first, second = tmp_path / "een.txt", tmp_path / "twee.txt"
    first.write_text("Oud woord kiwi.\n\nBlijft staan: mango.\n\nGaat weg: papaja.\n",
                     encoding="utf-8")
    second.write_text("Tweede document over ananas.\n", encoding="utf-8")
    with project.edit("import and touch up"):
        project.import_files([first, second])
        conn = project.conn
        conn.execute("UPDATE block SET text = 'Nieuw woord banaan.' WHERE text LIKE '%kiwi%'")
        conn.execute("DELETE FROM block WHERE text LIKE '%papaja%'")
    assert project.search("kiwi") == [] and project.search("papaja") == []
    assert len(project.search("banaan")) == 1 and len(project.search("mango")) == 1
    assert len(project.search("ananas")) == 1
    _fts_matches_text(project)
    imported = project.last_change
    redo = project.revert(imported)
    assert project.search("banaan") == [] and project.search("ananas") == []
    _fts_matches_text(project)
    project.revert(redo)
    assert len(project.search("banaan")) == 1 and len(project.search("ananas")) == 1
    _fts_matches_text(project)


def test_a_paragraph_added_to_a_document_that_has_some_is_noted_alone(project: Project,
                                                                      tmp_path: Path) -> None:
    advice = tmp_path / "advies.txt"
    advice.write_text("Een alinea over economie.\n", encoding="utf-8")
    source = project.import_file(advice).source
    with project.edit("one more paragraph"), search_index.noted_together(project.conn, source.id):
        project.conn.execute("INSERT INTO block (source_id, seq, kind, start, \"end\", text) "
                             "VALUES (?, 9, 'paragraph', 0, 1, 'Over ecologie.')", (source.id,))
        assert project.conn.execute(
            "SELECT count(*) FROM temp.search_pending WHERE last IS NULL").fetchone()[0] == 1
    assert len(project.search("ecologie")) == 1 and len(project.search("economie")) == 1
    _fts_matches_text(project)


def test_a_paragraph_moved_out_of_its_range_in_the_same_edit_is_indexed_once(
        project: Project, tmp_path: Path) -> None:
    advice = tmp_path / "advies.txt"
    advice.write_text("Een alinea over mango.\n\nEen over kiwi.\n", encoding="utf-8")
    with project.edit("import and renumber"):
        project.import_file(advice)
        project.conn.execute("UPDATE block SET id = id + 1000 WHERE text LIKE '%mango%'")
    assert [h.block_id for h in project.search("mango")] == [
        project.conn.execute("SELECT id FROM block WHERE text LIKE '%mango%'").fetchone()[0]]
    assert len(project.search("kiwi")) == 1
    _fts_matches_text(project)

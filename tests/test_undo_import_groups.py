"""Undo of an import whose paragraphs and page spans are logged as one group entry (#15, #18).

An import logs a document's ``block`` and ``page_span`` rows as one entry per table (one digest
of all of them) instead of one per row. These tests hold that entry to the same promise as the
per-row log: undoing the import removes exactly what it added, and is refused, changing
nothing, when any of those rows changed, vanished or was joined by another since.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench import Project
from workbench.errors import NotFound, UndoConflict
from workbench.store import changes

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
VARIO = DEMO / "vario-advies-36.txt"
PDF_PAGES = 3


def _state(project: Project) -> dict[str, list[tuple]]:
    conn = project.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%' AND name NOT IN ('audit', 'number_counter')")]
    return {t: [tuple(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2')]
            for t in tables}


def _hits(project: Project, word: str) -> int:
    return len(project.search(word))


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    from tests import docgen

    path = tmp_path / "advies.pdf"
    docgen.make_pdf(path, [[f"Advies pagina {n}", f"Het clusterbeleid op pagina {n} is goed."]
                           for n in range(1, PDF_PAGES + 1)])
    return path


def test_an_import_logs_its_paragraphs_and_pages_as_one_entry_each(project: Project,
                                                                     pdf: Path) -> None:
    source = project.import_file(pdf).source
    entries = project.last_change.entries
    blocks = project.source_blocks(source.number)
    assert len(blocks) > 2
    assert [(e.table, e.key) for e in entries if e.op == "g"] == [
        ("block", (source.id,)), ("page_span", (source.id,))]
    assert not [e for e in entries if e.table in ("block", "page_span") and e.op != "g"]


def test_undo_and_redo_of_an_import_round_trip(project: Project, pdf: Path) -> None:
    before = _state(project)
    source = project.import_file(pdf).source
    imported = _state(project)
    assert len(imported["page_span"]) == PDF_PAGES

    redo = project.revert(project.last_change)
    assert _state(project) == before
    assert _hits(project, "clusterbeleid") == 0

    undo = project.revert(redo)
    assert _state(project) == imported
    assert project.source(source.number).page_count == PDF_PAGES
    assert _hits(project, "clusterbeleid") == PDF_PAGES

    project.revert(undo)
    assert _state(project) == before


def test_undo_of_an_import_refuses_over_a_paragraph_changed_since(project: Project,
                                                                  pdf: Path) -> None:
    source = project.import_file(pdf).source
    import_change = project.last_change
    block = project.source_blocks(source.number)[1]
    project.set_not_relevant([block.id])           # an edit the given history does not hold
    before = _state(project)

    with pytest.raises(UndoConflict, match="block"):
        project.revert(import_change)
    assert _state(project) == before


@pytest.mark.parametrize("sql", [
    'UPDATE page_span SET "end" = "end" - 1 WHERE page = 2',
    "DELETE FROM page_span WHERE page = 3",
    "INSERT INTO page_span (source_id, page, start, \"end\") "
    "SELECT source_id, 99, 0, 1 FROM page_span LIMIT 1",
    "UPDATE block SET text = text || '.' WHERE seq = 0",
    "UPDATE block SET text = CAST(text AS BLOB) WHERE seq = 0",  # the same bytes, as a BLOB
    "DELETE FROM block WHERE seq = 1",
    "INSERT INTO block (source_id, seq, kind, start, \"end\", text) "
    "SELECT source_id, 99, 'paragraph', 0, 1, 'x' FROM block LIMIT 1",
], ids=["page-changed", "page-deleted", "page-added", "text-changed", "type-changed",
        "paragraph-deleted", "paragraph-added"])
def test_undo_of_an_import_refuses_over_any_change_to_its_rows(project: Project, pdf: Path,
                                                                sql: str) -> None:
    project.import_file(pdf)
    import_change = project.last_change
    with project.edit("outside the history"):      # e.g. a re-import elsewhere
        assert project.conn.execute(sql).rowcount == 1
    before = _state(project)

    with pytest.raises(UndoConflict, match="changed since"):
        project.revert(import_change)
    assert _state(project) == before


def test_undo_of_one_import_leaves_a_later_import_alone(project: Project, pdf: Path) -> None:
    first = project.import_file(pdf).source
    first_change = project.last_change
    second = project.import_file(VARIO).source
    kept = len(project.source_blocks(second.number))

    project.revert(first_change)
    assert [s.number for s in project.sources()] == [second.number]
    assert len(project.source_blocks(second.number)) == kept
    with pytest.raises(NotFound):
        project.source_blocks(first.number)


def test_undo_of_a_replacing_import_brings_back_the_old_paragraphs(project: Project, pdf: Path,
                                                                   tmp_path: Path) -> None:
    source = project.import_file(VARIO).source
    before = _state(project)
    project.import_file(pdf, replace=source.number)
    replaced = _state(project)
    assert replaced["block"] != before["block"]

    redo = project.revert(project.last_change)
    assert _state(project) == before
    project.revert(redo)
    assert _state(project) == replaced


def test_a_batch_in_one_commit_undoes_as_one_step(project: Project, pdf: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workbench.sources.COMMIT_SECONDS", 600.0)  # one commit, however slow
    before = _state(project)
    results = project.import_files([pdf, VARIO])
    assert all(r.ok for r in results)
    project.revert(project.last_change)
    assert _state(project) == before


def test_rows_added_to_a_document_that_has_some_are_logged_one_by_one(project: Project,
                                                                        pdf: Path) -> None:
    """A group entry would delete the document's older rows too: they are not the edit's."""
    source = project.import_file(pdf).source
    before = _state(project)
    with project.edit("one more paragraph"), \
            changes.inserted_together(project.conn, "block", source.id):
        project.conn.execute("INSERT INTO block (source_id, seq, kind, start, \"end\", text) "
                             "VALUES (?, 99, 'paragraph', 0, 1, 'x')", (source.id,))
    assert [(e.table, e.op) for e in project.last_change.entries] == [("block", "i")]
    project.revert(project.last_change)
    assert _state(project) == before
    with pytest.raises(ValueError, match="not logged in groups"), \
            changes.inserted_together(project.conn, "quote", source.id):
        pass


def test_a_failed_file_leaves_no_group_switched_on(project: Project, pdf: Path) -> None:
    """A statement failing inside a group: the rows after it are logged one by one again."""
    source = project.import_file(pdf).source
    with project.edit("outside the history"):
        project.conn.execute("DELETE FROM block WHERE source_id = ?", (source.id,))
    with pytest.raises(sqlite3.IntegrityError), project.edit("a broken insert"), \
            changes.inserted_together(project.conn, "block", source.id):
        project.conn.execute("INSERT INTO block (source_id, seq, kind, start, \"end\", text) "
                             "VALUES (?, 0, 'no such kind', 0, 1, 'x')", (source.id,))
    with project.edit("one paragraph"):
        project.conn.execute("INSERT INTO block (source_id, seq, kind, start, \"end\", text) "
                             "VALUES (?, 0, 'paragraph', 0, 1, 'x')", (source.id,))
    assert [(e.table, e.op) for e in project.last_change.entries] == [("block", "i")]


def test_an_imports_group_digest_is_that_of_its_rows_read_back(project: Project,
                                                               pdf: Path) -> None:
    """The digest made from the rows as inserted must be the one an undo reads back, or an
    undo of an untouched import would be refused."""
    tables = changes._expected_tables()
    project.import_files([pdf, VARIO])
    groups = [e for e in project.last_change.entries if e.op == "g"]
    assert len(groups) == 4
    for entry in groups:
        found, _keys = changes._group_digest(project.conn, tables[entry.table], entry.key[0])
        assert entry.expect == found


@pytest.mark.parametrize("sql", [
    "UPDATE block SET text = text || '!' WHERE seq = 0",
    'UPDATE page_span SET "end" = "end" - 1 WHERE page = 2',
    "DELETE FROM block WHERE seq = 1",
], ids=["paragraph-changed", "page-changed", "paragraph-deleted"])
def test_rows_changed_later_in_the_same_edit_are_digested_as_left(project: Project, pdf: Path,
                                                                  sql: str) -> None:
    """Changed after its insert by the same operation: the group's digest is of its rows as
    the operation left them, so undoing the operation still works."""
    before = _state(project)
    with project.edit("import and touch up"):
        project.import_file(pdf)
        assert project.conn.execute(sql).rowcount == 1
    project.revert(project.last_change)
    assert _state(project) == before

"""Undo and redo never write a row over a newer state (#18).

The two reproductions of issue #18: an edit made outside the undo history (a re-import with
``replace``, an import) must make a later undo refuse with a clear message, or succeed
without damage, never put stale rows back or fail on a reused id.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench import Project
from workbench.errors import UndoConflict

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
VARIO = DEMO / "vario-advies-36.txt"
PASSAGE = "Toekomst van het Vlaamse clusterbeleid"


def _corrected(tmp_path: Path) -> Path:
    """The same advice with a paragraph added in front: every passage moves further down."""
    path = tmp_path / VARIO.name
    path.write_text("Gecorrigeerde versie, met een inleidende alinea vooraan.\n\n"
                    + VARIO.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _state(project: Project) -> dict[str, list[tuple]]:
    conn = project.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%' AND name NOT IN ('audit', 'number_counter')")]
    return {t: [tuple(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2')] for t in tables}


def test_undo_of_a_note_after_a_reimport_never_puts_the_quote_back_over_other_text(
        project: Project, tmp_path: Path) -> None:
    source = project.import_file(VARIO).source
    quote = project.add_quote(source.number, exact=PASSAGE)
    project.set_quote_note(quote.number, "kernzin")
    note_change = project.last_change
    project.import_file(_corrected(tmp_path), replace=source.number)   # outside the undo stack
    moved = project.quote(quote.number)
    assert moved.start > quote.start

    with pytest.raises(UndoConflict) as refused:
        project.revert(note_change)

    assert "quote" in str(refused.value) and "changed since" in str(refused.value)
    after = project.quote(quote.number)
    assert (after.start, after.end, after.note) == (moved.start, moved.end, "kernzin")
    text = project.source_text(source.number)
    assert text[after.start:after.end] == PASSAGE
    assert not [c for c in project.verify_quotes() if c.status != "ok"]


def test_undo_of_deleting_the_last_source_after_another_import_restores_it(
        project: Project) -> None:
    kept = project.import_file(DEMO / "speerpuntclusters-memorandum-2024.md").source
    last = project.import_file(VARIO).source
    project.delete_source(last.number)
    delete_change = project.last_change
    other = project.import_file(DEMO / "parlementaire-vraag-clusterpacten.txt").source

    try:
        project.revert(delete_change)
    except sqlite3.IntegrityError as exc:    # the id (or number) of the deleted source was reused
        pytest.fail(f"undo failed on a reused key: {exc}")

    numbers = {s.number: s.title for s in project.sources()}
    assert set(numbers) == {kept.number, last.number, other.number}
    assert len(numbers) == 3
    assert PASSAGE in project.source_text(last.number)
    assert "clusterpact" in project.source_text(other.number).lower()
    assert project.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not project.conn.execute("PRAGMA foreign_key_check").fetchall()


def test_a_refused_undo_changes_nothing(project: Project, tmp_path: Path) -> None:
    source = project.import_file(VARIO).source
    quote = project.add_quote(source.number, exact=PASSAGE)
    project.set_quote_note(quote.number, "eerste")
    project.set_quote_note(quote.number, "tweede")
    second = project.last_change
    project.set_quote_note(quote.number, "derde")     # the undo history was not told
    before = _state(project)
    audit_rows = len(project.audit())

    with pytest.raises(UndoConflict):
        project.revert(second)

    assert _state(project) == before
    assert len(project.audit()) == audit_rows


def test_undo_and_redo_still_round_trip_without_outside_edits(project: Project) -> None:
    first = _state(project)
    source = project.import_file(VARIO).source
    quote = project.add_quote(source.number, exact=PASSAGE, note="n")
    changes = []
    project.set_quote_note(quote.number, "m")
    changes.append(project.last_change)
    project.delete_source(source.number)
    changes.append(project.last_change)
    redo_delete = project.revert(changes[1])
    redo_note = project.revert(changes[0])
    assert project.quote(quote.number).note == "n"
    project.revert(redo_note)
    project.revert(redo_delete)
    assert project.sources() == []
    assert _state(project)["quote"] == first["quote"] == []


def test_undo_that_would_take_along_a_record_made_since_is_refused(project: Project) -> None:
    source = project.import_file(VARIO).source
    import_change = project.last_change
    project.add_quote(source.number, exact=PASSAGE)       # not on the history that was given

    with pytest.raises(UndoConflict, match="quote 1 was made or changed since"):
        project.revert(import_change)
    assert [q.number for q in project.quotes()] == [1]


def test_machine_made_suggestions_never_block_an_undo(project: Project) -> None:
    project.add_question("Q1", "Welk scenario?")
    project.add_option("Q1", "S3", "Scenario 3", patterns=["scenario 3"])
    project.import_file(DEMO / "speerpuntclusters-advies-groenboek.txt")
    import_change = project.last_change
    assert project.suggestions(refresh=True)            # a scan, outside the undo history

    project.revert(import_change)

    assert project.sources() == [] and project.suggestions(refresh=False) == []


def test_numbers_are_never_handed_out_twice(project: Project) -> None:
    source = project.import_file(VARIO).source
    first = project.add_quote(source.number, exact=PASSAGE)
    project.revert(project.last_change)
    second = project.add_quote(source.number, exact=PASSAGE)
    assert second.number == first.number + 1


def test_redo_of_a_quote_over_a_replaced_text_is_refused(project: Project, tmp_path: Path) -> None:
    """Found by the property test: the quote row was absent, as expected, but its place was
    measured in a text that a re-import replaced since."""
    source = project.import_file(VARIO).source
    project.add_quote(source.number, exact=PASSAGE)
    redo = project.revert(project.last_change)
    project.import_file(_corrected(tmp_path), replace=source.number)

    with pytest.raises(UndoConflict, match="anchored on a text replaced since"):
        project.revert(redo)
    assert project.quotes() == []


def test_redo_that_would_refer_to_a_record_deleted_since_is_refused(project: Project) -> None:
    project.add_question("Q1", "Welk scenario?")
    project.add_option("Q1", "S1", "Scenario 1")
    redo = project.revert(project.last_change)
    project.delete_question("Q1")                  # not on the history that was given

    with pytest.raises(UndoConflict, match="Nothing was changed"):
        project.revert(redo)
    assert project.options() == [] and project.questions() == []


def test_the_row_digest_tells_apart_every_change_an_undo_must_notice() -> None:
    """Equal rows read twice give one digest; a changed value or a changed SQLite type (1,
    1.0, '1', b'1', NULL, '') gives another, so an undo never mistakes a changed row for its
    own (#18; computed in C since #15)."""
    from workbench.store.changes import row_digest

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a, b, c)")
    conn.execute("INSERT INTO t VALUES (1, 'é\u00a0tekst', x'00ff')")
    first, again = (conn.execute("SELECT * FROM t").fetchone() for _ in range(2))
    assert first is not again and row_digest(*first) == row_digest(*again)
    variants = [(1, 1.0, "1", b"1", None, ""), (-0.0,), (0.0,), (2**62,), ("a", "b"), ("ab",),
                ("a", None), (None, "a"), ("\ud800",)]
    digests = {row_digest(*values) for values in variants}
    digests |= {row_digest(*values) for values in [(1,), (1.0,), ("1",), (b"1",), (None,), ("",)]}
    assert len(digests) == len(variants) + 6

"""Safe deletion: the impact is counted first, and delete + undo restores every dependent row."""

from __future__ import annotations

import pytest

from workbench import InvalidInput, NotFound, Project
from workbench.store import changes

ZERO = dict.fromkeys(("options", "arguments", "quotes", "stances", "sources", "suggestions"), 0)

# Evidence rows written with plain SQL, independent of the evidence API.
EVIDENCE = """
INSERT INTO source (id, uuid, number, advisor_id, title, file_name, media_type, sha256, size,
                    text_hash, imported_at)
VALUES (1, 's1', 1, (SELECT id FROM advisor WHERE key = 'VARIO'), 'Advies VARIO', 'v.pdf',
        'application/pdf', 'h1', 10, 't1', '2024-05-06'),
       (2, 's2', 2, (SELECT id FROM advisor WHERE key = 'SERV'), 'Advies SERV', 's.pdf',
        'application/pdf', 'h2', 10, 't2', '2024-05-06');
INSERT INTO source_text (source_id, text) VALUES (1, 'Scenario 1 is goed. Maar duur.'),
                                                 (2, 'Scenario 2 liever niet.');
INSERT INTO source_file (source_id, data) VALUES (1, x'0102'), (2, x'0304');
INSERT INTO block (id, source_id, seq, kind, start, "end", text)
VALUES (1, 1, 1, 'paragraph', 0, 30, 'Scenario 1 is goed. Maar duur.'),
       (2, 2, 1, 'paragraph', 0, 23, 'Scenario 2 liever niet.');
INSERT INTO page_span (source_id, page, start, "end") VALUES (1, 1, 0, 30), (2, 1, 0, 23);
INSERT INTO quote (id, uuid, number, source_id, exact, start, "end", text_hash, created_at)
VALUES (1, 'qu1', 1, 1, 'Scenario 1 is goed.', 0, 19, 't1', '2024-05-07'),
       (2, 'qu2', 2, 1, 'Maar duur.', 20, 30, 't1', '2024-05-07'),
       (3, 'qu3', 3, 2, 'Scenario 2 liever niet.', 0, 23, 't2', '2024-05-07');
INSERT INTO argument (id, uuid, number, option_id, position, text, created_at)
VALUES (1, 'ar1', 1, (SELECT id FROM option WHERE key = 'S1'), 'pro', 'Goed', '2024-05-07'),
       (2, 'ar2', 2, (SELECT id FROM option WHERE key = 'S1'), 'con', 'Duur', '2024-05-07'),
       (3, 'ar3', 3, (SELECT id FROM option WHERE key = 'S2'), 'con', 'Liever niet', '2024-05-07');
INSERT INTO argument_quote (argument_id, quote_id, seq) VALUES (1, 1, 0), (2, 2, 0), (3, 3, 0);
INSERT INTO stance (id, uuid, advisor_id, option_id, stance)
VALUES (1, 'st1', (SELECT id FROM advisor WHERE key = 'VARIO'),
        (SELECT id FROM option WHERE key = 'S1'), 'supports'),
       (2, 'st2', (SELECT id FROM advisor WHERE key = 'SERV'),
        (SELECT id FROM option WHERE key = 'S2'), 'opposes');
INSERT INTO stance_quote (stance_id, quote_id) VALUES (1, 1), (2, 3);
INSERT INTO suggestion (id, uuid, option_id, block_id, start, "end", pattern)
VALUES (1, 'sg1', (SELECT id FROM option WHERE key = 'S1'), 1, 0, 10, 'scenario 1'),
       (2, 'sg2', (SELECT id FROM option WHERE key = 'S2'), 2, 0, 10, 'scenario 2');
"""


@pytest.fixture
def filled(project: Project) -> Project:
    project.add_question("Q1", "Welke scenario's?")
    project.add_question("Q2", "Welke thema's?")
    project.add_advisor("VARIO", "VARIO", kind="council")
    project.add_advisor("SERV", "SERV", kind="council")
    project.add_option("Q1", "S1", "Scenario 1", proposed_by="VARIO")
    project.add_option("Q1", "S2", "Scenario 2")
    project.add_option("Q2", "T1", "Thema 1")
    project.conn.executescript(f"BEGIN; {EVIDENCE} COMMIT;")
    changes.take(project.conn, "")    # plain SQL is not an operation: drop what the log caught
    return project


def snapshot(project: Project) -> dict[str, list[tuple]]:
    tables = [r[0] for r in project.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'block_fts%' AND name NOT IN ('audit', 'number_counter')")]
    # Content, not hidden rowids: a link row (no id of its own) may come back under another rowid.
    return {t: sorted(tuple(r) for r in project.conn.execute(f'SELECT * FROM "{t}"'))
            for t in tables}


def test_impact_counts(filled: Project) -> None:
    p = filled
    assert p.deletion_impact("option", "S1") == {
        **ZERO, "options": 1, "arguments": 2, "stances": 1, "suggestions": 1}
    assert p.deletion_impact("question", "Q1") == {
        **ZERO, "options": 2, "arguments": 3, "stances": 2, "suggestions": 2}
    assert p.deletion_impact("question", "Q2") == {**ZERO, "options": 1}
    # an advisor takes their sources (with quotes and the suggestions on their text) and
    # stances; the options they proposed stay
    assert p.deletion_impact("advisor", "VARIO") == {
        **ZERO, "sources": 1, "quotes": 2, "stances": 1, "suggestions": 1}
    assert p.deletion_impact("source", 2) == {**ZERO, "sources": 1, "quotes": 1, "suggestions": 1}
    assert p.deletion_impact("source", "1")["quotes"] == 2
    with pytest.raises(NotFound):
        p.deletion_impact("option", "S9")
    with pytest.raises(InvalidInput):
        p.deletion_impact("argument", "1")
    with pytest.raises(InvalidInput):
        p.deletion_impact("source", "abc")


@pytest.mark.parametrize("kind,key", [("question", "Q1"), ("option", "S1"), ("advisor", "VARIO"),
                                      ("advisor", "SERV"), ("source", 1)])
def test_delete_and_undo_restores_every_dependent_row(filled: Project, kind: str, key) -> None:
    p = filled
    before = snapshot(p)
    impact = p.deletion_impact(kind, key)
    deletes = {"question": p.delete_question, "option": p.delete_option,
               "advisor": p.delete_advisor, "source": p.delete_source}
    deletes[kind](key)
    after = snapshot(p)
    gone = {t: len(before[t]) - len(after[t]) for t in before}
    for table, counted in (("option", "options"), ("argument", "arguments"),
                           ("quote", "quotes"), ("stance", "stances"), ("source", "sources"),
                           ("suggestion", "suggestions")):
        assert gone[table] == impact[counted], table
    redo = p.revert(p.last_change)
    assert snapshot(p) == before
    assert p.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    p.conn.execute("INSERT INTO block_fts (block_fts) VALUES ('integrity-check')")
    p.revert(redo)                          # and redo deletes the same rows again
    assert snapshot(p) == after
    # the deletion, its undo and its redo are each one audit row
    operations = [r["operation"] for r in p.audit(limit=3)]
    label = f"Delete {kind} {key}"
    assert operations == [f"Redo: {label}", f"Undo: {label}", label]

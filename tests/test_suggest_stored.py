"""Suggestions (#16): the readings the dossier keeps of its paragraphs (migrations 007, 009).

The first scan of a session takes what the scan read of each paragraph from the dossier
instead of reading every paragraph again. A kept reading must never show: a scan that uses
them finds exactly what a scan from scratch finds, after a re-import, a removal, an undo, a
changed paragraph, a changed pattern, and with readings someone tampered with."""

from __future__ import annotations

import shutil
import sqlite3
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.test_suggestions import DEMO, labelled_dossier
from workbench import Project, suggest_rank, suggest_stored
from workbench.suggest_rank import forget_scans

Row = tuple[int, int, int, int, str, float, str]
VARIO = "vario-advies-36.txt"
SPC = "speerpuntclusters-advies-groenboek.txt"


def sql(project: Project, statement: str, params: tuple[object, ...] = ()) -> list[tuple]:
    """Tamper with the file as another program would (outside the app's undo and audit)."""
    conn: sqlite3.Connection = project.conn
    rows = conn.execute(statement, params).fetchall()
    if conn.in_transaction:
        conn.commit()
    return rows


def kept(project: Project) -> set[int]:
    """The paragraphs the dossier keeps a reading of (a source's row may still name blocks
    that are gone: a re-import replaces them; they are never used for another paragraph,
    whose text has another digest)."""
    held: set[int] = set()
    for (blocks,) in sql(project, "SELECT blocks FROM suggest_source_readings"):
        held.update(array("q", blocks))
    return held & {r[0] for r in sql(project, "SELECT id FROM block")}


def new_evidence(project: Project, sources: dict[str, int], n: int) -> None:
    """Something that makes the next scan a full rescan (a new quote behind an argument)."""
    block = [b for b in project.source_blocks(sources[SPC])
             if b.kind != "heading" and len(b.text) > 80][n]
    quote = project.add_quote(sources[SPC], start=block.start, end=block.start + 60)
    project.add_argument("S1", "pro", f"argument {n}", [quote.number])


def cold_plan(project: Project, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Row], int]:
    """A scan as a fresh process makes it (nothing in memory), with the dossier's kept
    readings; and how many paragraphs it had to read itself."""
    forget_scans()
    read = suggest_rank.read_paragraph
    calls = []
    monkeypatch.setattr(suggest_rank, "read_paragraph",
                        lambda text: calls.append(text) or read(text))
    plan = project.plan_suggestions()
    monkeypatch.setattr(suggest_rank, "read_paragraph", read)
    assert plan is not None, "the change did not cause a rescan"
    return sorted(plan.rows), len(calls)


def scratch_plan(project: Project) -> list[Row]:
    """The same scan from scratch (nothing in memory, nothing kept in the dossier), on a
    copy of the dossier."""
    copy = project.path.with_name("zonder-lezingen.cwb")
    shutil.copyfile(project.path, copy)
    with Project.open(copy) as other:
        sql(other, "DELETE FROM suggest_source_readings")
        sql(other, "DELETE FROM suggest_stem")
        sql(other, "DELETE FROM suggest_found")
        sql(other, "DELETE FROM suggest_nearest")
        forget_scans()
        plan = other.plan_suggestions()
    copy.unlink()
    assert plan is not None
    return sorted(plan.rows)


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Project, dict[str, int]]:
    project, sources = labelled_dossier(tmp_path)
    forget_scans()
    project.refresh_suggestions()
    return project, sources


def test_a_fresh_process_reads_no_paragraph_again_and_finds_the_same(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    project, sources = demo
    paragraphs = {b.id for s in sources.values() for b in project.source_blocks(s)
                  if b.kind != "heading"}
    assert kept(project) == paragraphs
    planned_from_kept_readings_alone(project, sources, monkeypatch)


def test_a_paragraph_changed_under_its_kept_reading_is_read_again(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    project, sources = demo
    s2 = project.option("S2").id
    blocks = [b for b in project.source_blocks(sources[VARIO]) if b.kind != "heading"]
    named = {r[0] for r in sql(project, "SELECT block_id FROM suggestion WHERE option_id = ?",
                               (s2,))}
    quiet = next(b for b in blocks if b.id not in named and len(b.text) > 40)
    # Another program rewrites the paragraph (same block, same place): it now names
    # scenario 2. Its kept reading still says what the old text said.
    sql(project, "UPDATE block SET text = ? WHERE id = ?",
        ("Het tweede scenario en scenario 2 zijn voor ons onaanvaardbaar, lees: scenario 2.",
         quiet.id))
    assert quiet.id in kept(project)
    new_evidence(project, sources, 1)
    rows, read = cold_plan(project, monkeypatch)
    assert read == 1                                   # that one, not the others
    assert (s2, quiet.id) in {(r[0], r[1]) for r in rows}
    assert rows == scratch_plan(project)


def test_a_changed_pattern_finds_its_new_mentions_with_kept_readings(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    project, sources = demo
    project.update_option("S2", patterns=["scenario 2", "uitdoofscenario", "inkanteling"])
    rows, read = cold_plan(project, monkeypatch)
    assert read == len(kept(project))                  # every paragraph's mentions anew
    assert rows == scratch_plan(project)
    forget_scans()
    project.refresh_suggestions()
    new_evidence(project, sources, 2)
    rows, read = cold_plan(project, monkeypatch)       # kept again for the new patterns
    assert read == 0
    assert rows == scratch_plan(project)


def test_reimport_removal_and_undo_take_the_kept_readings_along(
        demo: tuple[Project, dict[str, int]], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    project, sources = demo
    old = {b.id for b in project.source_blocks(sources[VARIO]) if b.kind != "heading"}
    assert old <= kept(project)
    # re-imported with one paragraph reworded: the old paragraphs' readings go
    text = (DEMO / VARIO).read_text("utf-8")
    corrected = tmp_path / "vario-gecorrigeerd.txt"
    corrected.write_text(text.replace("economische opdracht", "scenario 2-opdracht", 1), "utf-8")
    result = project.import_file(corrected, "VARIO", replace=sources[VARIO])
    assert result.source is not None, result.message()
    assert not old & kept(project)
    project.refresh_suggestions()
    new = {b.id for b in project.source_blocks(result.source.number) if b.kind != "heading"}
    assert new <= kept(project)
    # removed, and the removal undone
    project.delete_source(result.source.number)
    assert not new & kept(project)
    project.revert(project.last_change)
    restored = {b.id for b in project.source_blocks(result.source.number)
                if b.kind != "heading"}
    assert restored and not restored & kept(project)
    new_evidence(project, sources, 3)
    rows, read = cold_plan(project, monkeypatch)
    assert read == len(restored)
    assert rows == scratch_plan(project)
    # an import undone: its paragraphs' readings go with it
    project.refresh_suggestions()
    extra = tmp_path / "extra.txt"
    extra.write_text("Scenario 2 is voor ons de beste keuze voor de toekomst van de clusters.\n",
                     "utf-8")
    added = project.import_file(extra, "VARIO")
    assert added.source is not None
    imported = project.last_change
    project.refresh_suggestions()
    extra_blocks = {b.id for b in project.source_blocks(added.source.number)}
    assert extra_blocks & kept(project)
    project.revert(imported)
    assert not extra_blocks & kept(project)


@pytest.mark.parametrize("damage", [
    "UPDATE suggest_source_readings SET readings = substr(readings, 1, length(readings) - 1)",
    "UPDATE suggest_source_readings SET readings = readings || zeroblob(1000)",   # too long
    "UPDATE suggest_source_readings SET readings = zeroblob(65000000) "           # oversized
    "WHERE source_id = (SELECT min(source_id) FROM suggest_source_readings)",
    "UPDATE suggest_source_readings SET readings = CAST(x'ff' AS TEXT)",          # not UTF-8
    "UPDATE suggest_source_readings SET readings = 12, blocks = 'tekst'",         # wrong types
    "UPDATE suggest_source_readings SET blocks = x'010203'",                     # odd length
    "UPDATE suggest_source_readings SET seal = x'00'",                           # wrong seal
    "UPDATE suggest_source_readings SET seal = zeroblob(16)",
    "UPDATE suggest_source_readings SET source_id = source_id + 1000",           # moved
    "UPDATE suggest_stem SET stem = 'scenario' WHERE id = 3",                    # a stem twice
    "UPDATE suggest_stem SET id = id + 1000 WHERE id = 0",                       # numbers with a gap
    "DELETE FROM suggest_stem WHERE id > 10",                                    # stems missing
])
def test_damaged_readings_are_read_again_never_believed(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch,
        damage: str) -> None:
    project, sources = demo
    sql(project, "PRAGMA foreign_keys = OFF")
    sql(project, damage)
    sql(project, "PRAGMA foreign_keys = ON")
    read_again_and_kept_again(project, sources, monkeypatch)


def planned_from_kept_readings_alone(project: Project, sources: dict[str, int],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """After new evidence a fresh process reads no paragraph again and plans what a scan
    from scratch plans."""
    new_evidence(project, sources, 0)
    rows, read = cold_plan(project, monkeypatch)
    assert read == 0
    assert rows == scratch_plan(project)


def read_again_and_kept_again(project: Project, sources: dict[str, int],
                              monkeypatch: pytest.MonkeyPatch, paragraphs: int | None = None
                              ) -> None:
    """The next cold scan reads (``paragraphs``, or some) paragraphs again and finds what a
    scan from scratch finds; it keeps them again, and the scan after reads none."""
    new_evidence(project, sources, 0)
    rows, read = cold_plan(project, monkeypatch)
    assert read == paragraphs if paragraphs is not None else read > 0
    assert rows == scratch_plan(project)
    forget_scans()                          # a new session reads them again and keeps them
    project.refresh_suggestions()
    new_evidence(project, sources, 1)
    rows, read = cold_plan(project, monkeypatch)
    assert read == 0
    assert rows == scratch_plan(project)


_Change = Callable[[list[Any], bytes, bytes], tuple[list[Any], bytes, bytes]]


def _resealed(project: Project, change: _Change) -> None:
    """Change every source's row as something that knows this installation's secret would
    (a bug, a secret that got out): the row's seal is right, so only its checks stand between
    it and the suggestions. ``change`` takes and gives the header's fields, the part between
    header and JSON, and the JSON."""
    head = suggest_stored._HEAD
    key = suggest_stored._installation_key()
    for source_id, blocks, data in sql(
            project, "SELECT source_id, blocks, readings FROM suggest_source_readings"):
        fields = list(head.unpack_from(data))
        size = fields[6]
        body, extra = data[head.size:len(data) - size], data[len(data) - size:]
        fields, body, extra = change(fields, body, extra)
        if fields[6] == size:
            fields[6] = len(extra)
        made = head.pack(*fields) + body + extra
        sql(project, "UPDATE suggest_source_readings SET readings = ?, seal = ? "
                     "WHERE source_id = ?",
            (made, suggest_stored.seal(key, source_id, blocks, made), source_id))


def _field(i: int, value: object) -> _Change:
    return lambda f, b, e: ([*f[:i], value, *f[i + 1:]], b, e)


def _json(value: str | bytes) -> _Change:
    return lambda f, b, e: (f, b, value if isinstance(value, bytes) else value.encode("utf-8"))


def _at(part: str, value: bytes) -> _Change:
    """``value`` written over the first paragraph's size or kind, or the first stem number or
    count."""
    def change(f: list[Any], body: bytes, extra: bytes) -> tuple[list[Any], bytes, bytes]:
        n, total, wide = f[3], f[4], f[1]
        at = {"sizes": 16 * n, "kinds": 20 * n, "terms": 22 * n,
              "counts": 22 * n + wide * total}[part]
        return f, body[:at] + value + body[at + len(value):], extra
    return change


@pytest.mark.parametrize("damage", [
    lambda f, b, e: (f, b[:-1], e),                         # truncated
    lambda f, b, e: (f, b + b"\0" * 16, e),                 # longer than it says
    _field(0, b"CWR9"),                                     # another layout
    _field(1, 3),                                           # 3-byte stem numbers
    _field(2, 0),
    _field(3, 10 ** 9),                                     # more paragraphs than blocks
    _field(4, 2 ** 32 - 1),                                 # a huge number of stems
    _field(6, 2 ** 32 - 1),                                 # a huge JSON
    _at("terms", b"\xff\xff"),                              # no such stem
    _at("counts", b"\0"),                                   # a count of zero
    _at("sizes", b"\xff\xff\xff\x7f"),                      # sizes that do not add up
    _json(b"\xc0"),                                         # not UTF-8
    _json("niet json"),
    _json("[1]"),                                           # not our shape
    _json('{"a": 1}'),
    _json('{"x": []}'),
    _at("kinds", b"\xff\xff"),                              # no such kind
    _json('["geen verwijzing", []]'),                     # not an anaphor
    _json('[42, []]'),
    _json('[null, {}]'),
    _json('[null, []]\n'),                                 # an empty line
    _json('[null, [[99999, 1, "scenario 9"]]]'),            # no such option
    _json('[null, [[OPTION, true, "x"]]]'),                 # a bool as a count
    _json('[null, [[OPTION, 1, ""]]]'),
    _json('[null, [[OPTION, 1, "x"], [OPTION, 2, "y"]]]'),  # an option twice
    _json("[" * 100_000 + "]" * 100_000),                   # deeper than the parser goes
])
def test_resealed_readings_that_are_not_ours_are_read_again(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch,
        damage: _Change) -> None:
    project, sources = demo
    option = project.option("S1").id

    def change(f: list[Any], b: bytes, e: bytes) -> tuple[list[Any], bytes, bytes]:
        f, b, e = damage(f, b, e)
        return f, b, e.replace(b"OPTION", str(option).encode())
    _resealed(project, change)
    read_again_and_kept_again(project, sources, monkeypatch)


def test_resealing_alone_changes_nothing(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    """(What the tests above change is what makes a row unusable, not ``_resealed``.)"""
    project, sources = demo
    _resealed(project, lambda f, b, e: (f, b, e))
    planned_from_kept_readings_alone(project, sources, monkeypatch)


def test_a_changed_digest_reads_that_paragraph_alone_again(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    project, sources = demo
    _resealed(project, lambda f, b, e: (f, bytes(16) + b[16:], e))
    read_again_and_kept_again(project, sources, monkeypatch,
                              paragraphs=len(sql(project, "SELECT 1 FROM suggest_source_readings")))


def test_a_scan_that_read_some_paragraphs_before_keeps_whole_sources(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    """A session that has read the paragraphs already, then meets one it has not (another
    program rewrote it) and a source whose row is gone: the rows it writes hold all their
    sources' paragraphs, also those it did not look up in the dossier this time."""
    project, sources = demo
    blocks = [b for b in project.source_blocks(sources[VARIO]) if b.kind != "heading"]
    sql(project, "UPDATE block SET text = ? WHERE id = ?",
        ("Het tweede scenario is voor ons onaanvaardbaar.", blocks[3].id))
    sql(project, "DELETE FROM suggest_source_readings WHERE source_id = ?", (sources[SPC],))
    new_evidence(project, sources, 0)
    project.refresh_suggestions()                   # the same session: read before
    paragraphs = {b.id for s in sources.values() for b in project.source_blocks(s)
                  if b.kind != "heading"}
    assert kept(project) == paragraphs
    new_evidence(project, sources, 1)
    rows, read = cold_plan(project, monkeypatch)
    assert read == 0
    assert rows == scratch_plan(project)


def test_readings_kept_by_another_installation_are_read_again(
        demo: tuple[Project, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    """A dossier from a colleague: its kept readings carry the seal of their installation
    (anyone could have written them), so this one reads the paragraphs itself."""
    project, sources = demo
    monkeypatch.setattr(suggest_stored, "_installation_key", lambda: b"k" * 32)
    new_evidence(project, sources, 0)
    rows, read = cold_plan(project, monkeypatch)
    assert read == len(kept(project))
    assert rows == scratch_plan(project)


def test_storing_a_rescan_writes_only_the_difference(
        demo: tuple[Project, dict[str, int]]) -> None:
    """The stored suggestions after ``replace_open``: one found again unchanged keeps its row,
    one found again with another score keeps its id, one no longer found goes, a dismissed
    one is never made open again, a new one is added."""
    from workbench.store import changes
    from workbench.store import suggestions as store

    project, sources = demo
    source = sources[SPC]
    rows = sql(project, 'SELECT s.id, s.option_id, s.block_id, s.start, s."end", s.pattern, '
                        "s.score, s.reason FROM suggestion s JOIN block b ON b.id = s.block_id "
                        "WHERE b.source_id = ? AND s.status = 'open' ORDER BY s.id", (source,))
    assert len(rows) >= 4
    same, rescored, gone, judged = rows[:4]
    project.dismiss_suggestion(judged[0])
    taken = {(r[1], r[2]) for r in sql(project, "SELECT id, option_id, block_id FROM suggestion")}
    block = next(b.id for b in project.source_blocks(source) if b.kind != "heading"
                 and (same[1], b.id) not in taken)
    wanted = [tuple(same[1:]), (*rescored[1:6], rescored[6] + 1.0, rescored[7]),
              tuple(judged[1:]), (same[1], block, 0, 10, "nieuw", 1.5, "nieuw")]
    wanted += [tuple(r[1:]) for r in rows[4:]]
    option_ids = sorted({r[1] for r in sql(project, "SELECT id, id FROM option")})
    with project.edit("test"), changes.unlogged(project.conn):
        added = store.replace_open(project.conn, option_ids, [source], wanted)
    assert added == 1
    after = {r[0]: tuple(r[1:]) for r in sql(
        project, 'SELECT s.id, s.option_id, s.block_id, s.score, s.status FROM suggestion s '
                 "JOIN block b ON b.id = s.block_id WHERE b.source_id = ?", (source,))}
    assert after[same[0]] == (same[1], same[2], same[6], "open")
    assert after[rescored[0]] == (rescored[1], rescored[2], rescored[6] + 1.0, "open")
    assert gone[0] not in after
    assert after[judged[0]][3] == "dismissed"
    assert [v for v in after.values() if v[1] == block] == [(same[1], block, 1.5, "open")]
    assert len(after) == len(rows)          # one gone, one new

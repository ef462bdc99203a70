"""Storing a suggestion scan (#16): the fast paths leave the dossier exactly as the
straightforward way of storing does.

``replace_open`` reads the stored suggestions of a chunk's sources by ranges of block ids and
writes only the difference; these tests compare the stored suggestions it leaves with those
a plain per-row version (written here, slow and obvious) leaves, for rescans that keep, rescore,
drop, add, and find again what the officer judged or moved."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.test_suggestions import labelled_dossier
from workbench import Project
from workbench.store import changes
from workbench.store import suggestions as store
from workbench.suggest_rank import forget_scans

Row = tuple[int, int, int, int, str, float, str]


def reference_replace_open(conn: sqlite3.Connection, option_ids: list[int],
                           source_ids: list[int], rows: list[Row]) -> int:
    """What ``replace_open`` promises, one row at a time."""
    wanted = {(r[0], r[1]): r for r in rows}
    marks = ",".join("?" * len(source_ids))
    blocks = {r[0] for r in conn.execute(
        f"SELECT id FROM block WHERE source_id IN ({marks})", source_ids)}
    for sid, option_id, block_id in conn.execute(
            "SELECT id, option_id, block_id FROM suggestion WHERE status = 'open' "
            "AND moved_from IS NULL").fetchall():
        if option_id in option_ids and block_id in blocks and (option_id, block_id) not in wanted:
            conn.execute("DELETE FROM suggestion WHERE id = ?", (sid,))
    fresh = 0
    for key in sorted(wanted):
        row = wanted[key]
        stored = conn.execute(
            'SELECT id, start, "end", pattern, score, reason, status, moved_from '
            "FROM suggestion WHERE option_id = ? AND block_id = ?", key).fetchone()
        if stored is None:
            conn.execute('INSERT INTO suggestion (uuid, option_id, block_id, start, "end", '
                         "pattern, score, reason) VALUES (hex(randomblob(16)), ?, ?, ?, ?, ?, "
                         "?, ?)", row)
            fresh += 1
        elif stored[6] == "open" and stored[7] is None and tuple(stored[1:6]) != row[2:]:
            conn.execute('UPDATE suggestion SET start = ?, "end" = ?, pattern = ?, score = ?, '
                         "reason = ? WHERE id = ?", (*row[2:], stored[0]))
    return fresh


def stored_suggestions(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Everything of every suggestion but its random uuid."""
    return [tuple(r) for r in conn.execute(
        'SELECT id, option_id, block_id, start, "end", pattern, score, reason, status, '
        "moved_from FROM suggestion ORDER BY id")]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The labelled demo advice scanned once, with a judged and a moved suggestion."""
    folder = tmp_path_factory.mktemp("scan-store")
    project, _sources = labelled_dossier(folder)
    forget_scans()
    project.refresh_suggestions()
    open_ = project.suggestions(refresh=False)
    project.dismiss_suggestion(open_[0].id)
    other = next(o.key for o in project.options() if o.key != open_[1].option_key)
    project.move_suggestion(open_[1].id, other)
    path = project.path
    project.close()
    return path


def perturbed(conn: sqlite3.Connection, source_ids: list[int], seed: int) -> list[Row]:
    """What a rescan might want: the stored suggestions of these sources, some kept as they
    are, some rescored or reworded, some dropped, a judged and a moved one found again, and
    new ones (also for an option another suggestion of that paragraph has)."""
    rng = random.Random(seed)
    marks = ",".join("?" * len(source_ids))
    stored = [tuple(r) for r in conn.execute(
        'SELECT sg.option_id, sg.block_id, sg.start, sg."end", sg.pattern, sg.score, sg.reason '
        f"FROM suggestion sg JOIN block b ON b.id = sg.block_id WHERE b.source_id IN ({marks}) "
        "ORDER BY sg.id", source_ids)]
    options = [r[0] for r in conn.execute("SELECT id FROM option ORDER BY id")]
    blocks = [(r[0], len(r[1])) for r in conn.execute(
        f"SELECT id, text FROM block WHERE source_id IN ({marks}) AND kind != 'heading'",
        source_ids)]
    rows: list[Row] = []
    for row in stored:
        fate = rng.random()
        if fate < 0.5:
            rows.append(row)                                    # found again, the same
        elif fate < 0.65:
            rows.append((*row[:5], row[5] + rng.choice((0.5, -0.25, 1e-12)), row[6]))
        elif fate < 0.75:
            rows.append((*row[:4], row[4] + " (anders)", row[5], row[6] + " "))
        elif fate < 0.8:
            rows.append((row[0], row[1], 1, row[3], row[4], row[5], row[6]))
        # else: not found any more
    for block_id, length in rng.sample(blocks, min(25, len(blocks))):
        rows.append((rng.choice(options), block_id, 0, length, "nieuw", rng.random() * 3,
                     '{"code": "reason.test"}'))
    rng.shuffle(rows)
    if rows:
        rows.append((*rows[0][:5], rows[0][5] + 2.0, rows[0][6]))   # a key twice: the last wins
    return rows


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("ranges", ["tight", "everything"])
def test_replace_open_stores_what_the_straightforward_version_stores(
        scanned: Path, tmp_path: Path, seed: int, ranges: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"everything": one range of block ids over the whole dossier, as when a re-imported
    source's blocks lie between another's: the block's source still decides."""
    if ranges == "everything":
        monkeypatch.setattr(store, "_id_runs", lambda spans: [(0, 1 << 40)])
    results = []
    for version in ("fast", "reference"):
        copy = tmp_path / f"{version}.cwb"
        shutil.copyfile(scanned, copy)
        with Project.open(copy) as project:
            conn = project.conn
            sources = [r[0] for r in conn.execute("SELECT id FROM source ORDER BY id")]
            option_ids = [r[0] for r in conn.execute("SELECT id FROM option ORDER BY id")]
            chosen = sources[seed % len(sources):][:1] if seed != 3 else sources
            some_options = option_ids if seed != 2 else option_ids[::2]
            rows = perturbed(conn, chosen, seed)
            before = stored_suggestions(conn)
            with project.edit("test"), changes.unlogged(conn):
                if version == "fast":
                    added = store.replace_open(conn, some_options, chosen, rows)
                else:
                    added = reference_replace_open(conn, some_options, chosen, rows)
            results.append((added, stored_suggestions(conn)))
    (fast_added, fast), (reference_added, reference) = results
    assert fast_added == reference_added > 0
    assert fast == reference
    assert fast != before                  # the rescan did change something
    statuses = {r[8] for r in fast}
    assert {"open", "dismissed"} <= statuses
    assert any(r[9] is not None for r in fast)          # the moved one stays


def test_a_wanted_row_outside_the_named_sources_is_still_found(
        scanned: Path, tmp_path: Path) -> None:
    """A row whose paragraph lies in a source not named (or of an option not named) is
    compared with what is stored, as before: updated, never inserted a second time."""
    copy = tmp_path / "outside.cwb"
    shutil.copyfile(scanned, copy)
    with Project.open(copy) as project:
        conn = project.conn
        sources = [r[0] for r in conn.execute("SELECT id FROM source ORDER BY id")]
        row = conn.execute(
            'SELECT sg.id, sg.option_id, sg.block_id, sg.start, sg."end", sg.pattern, '
            "sg.score, sg.reason FROM suggestion sg JOIN block b ON b.id = sg.block_id "
            "WHERE b.source_id = ? AND sg.status = 'open' AND sg.moved_from IS NULL "
            "ORDER BY sg.id LIMIT 1", (sources[1],)).fetchone()
        count = conn.execute("SELECT count(*) FROM suggestion").fetchone()[0]
        with project.edit("test"), changes.unlogged(conn):
            added = store.replace_open(conn, [], [sources[0]],
                                       [(*tuple(row)[1:6], row[6] + 1.0, row[7])])
        assert added == 0
        assert conn.execute("SELECT count(*) FROM suggestion").fetchone()[0] == count
        assert conn.execute("SELECT score FROM suggestion WHERE id = ?",
                            (row[0],)).fetchone()[0] == row[6] + 1.0


def test_the_newest_quotes_per_option_are_those_of_all_links(
        scanned: Path, tmp_path: Path) -> None:
    """The scan's examples read only each option's newest quotes (a statement per option);
    they are the newest of all links, whether an argument or a stance links them, a quote
    linked to two options counting for both and a quote linked twice to one option once."""
    copy = tmp_path / "quotes.cwb"
    shutil.copyfile(scanned, copy)
    with Project.open(copy) as project:
        options = [o.key for o in project.options()]
        source = project.sources()[0].number
        blocks = [b for b in project.source_blocks(source)
                  if b.kind != "heading" and len(b.text) > 40][:12]
        rng = random.Random(7)
        numbers = [project.add_quote(source, start=b.start, end=b.start + 30).number
                   for b in blocks]
        for i, option in enumerate(options[:3]):
            argument = project.add_argument(option, "pro", f"argument {i}")
            project.link_quotes(argument.number, rng.sample(numbers, 5 + i))
        advisor = project.advisors()[0].key
        project.set_stance(advisor, options[0], "supports", quotes=numbers[-3:])
        project.set_stance(advisor, options[1], "opposes", quotes=numbers[:2])
        every = store.quote_links(project.conn)
        assert len({link[0] for link in every}) == 3
        for per_option in (1, 2, 5, 100):
            counted: dict[int, int] = {}
            expected = []
            for link in reversed(every):
                if counted.get(link[0], 0) < per_option:
                    counted[link[0]] = counted.get(link[0], 0) + 1
                    expected.append(link)
            assert store.quote_links(project.conn, newest_per_option=per_option) \
                == expected[::-1]


def test_an_edit_between_two_chunks_of_a_scan_stays_undoable(
        scanned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The undo triggers of the suggestions stay off for a whole scan's storing only when
    nobody is told of its chunks; a listener that dismisses a suggestion between two chunks
    makes an undoable edit, and so does a dismissal after the scan."""
    from workbench import suggestions as scanning

    copy = tmp_path / "listener.cwb"
    shutil.copyfile(scanned, copy)
    monkeypatch.setattr(scanning, "APPLY_CHUNK_ROWS", 1)         # a source a chunk
    with Project.open(copy) as project:
        quote = project.add_quote(project.sources()[0].number, start=0, end=20)
        project.add_argument(project.options()[0].key, "pro", "nieuw", [quote.number])
        dismissed: list[tuple[int, changes.Changeset]] = []

        def listener(label: str) -> None:
            if label == "Refresh suggestions" and not dismissed:
                first = project.suggestions(refresh=False)[0].id
                project.dismiss_suggestion(first)
                dismissed.append((first, project.last_change))

        project.subscribe(listener)
        assert project.refresh_suggestions() >= 0
        project.unsubscribe(listener)
        assert len(project.sources()) >= 2 and dismissed

        def status(suggestion_id: int) -> str:
            return str(project.conn.execute("SELECT status FROM suggestion WHERE id = ?",
                                            (suggestion_id,)).fetchone()[0])

        during, change = dismissed[0]
        assert status(during) == "dismissed"
        project.revert(change)
        assert status(during) == "open"
        # without listeners: after the scan the triggers are back
        after = project.suggestions(refresh=False)[1].id
        project.dismiss_suggestion(after)
        project.revert(project.last_change)
        assert status(after) == "open"

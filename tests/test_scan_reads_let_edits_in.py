"""A suggestion scan reading the dossier in the background never holds up the window's edit
for the whole read (#14).

The dossier is in rollback-journal mode: while a SELECT runs it holds a SHARED lock, and an
edit's COMMIT waits until no such lock is left. The scan's long reads therefore go in short
statements; an edit made while the scan reads is stored after one of them, not after all.

No timings: the order of events decides. The worker's reading connection reports each
statement as it starts (before it takes its lock) and each step of the virtual machine (while
it holds its lock); the window's edit starts once the read holds its lock, and every later
statement of the read waits until the edit is stored. A read in one statement cannot let the
edit in before it ends: then no statement of the read starts after the edit is stored.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests import docgen
from workbench import Project
from workbench.store import suggestions as scan_reads


def paragraphs(advice: str) -> str:
    return "\n\n".join(f"Alinea {i} van {advice} over het clusterbeleid en scenario {i % 4 + 1}."
                       for i in range(24))
GUARD_S = 20        # only against a hang should the read never let the edit in


@pytest.fixture
def dossier(project: Project, tmp_path: Path) -> Project:
    project.add_question("Q1", "Scenario's")
    project.add_option("Q1", "S1", "Scenario 1", patterns=["scenario 1"])
    project.add_advisor("SPC", "Clusters", status="received")
    for name in ("a.txt", "b.txt", "c.txt"):
        project.import_file(docgen.make_text(tmp_path / name, paragraphs(name)), "SPC")
    project.add_section("Inleiding", "")
    return project


def read_while_editing(dossier: Project, read, monkeypatch: pytest.MonkeyPatch) -> dict:
    """Run ``read(worker project)`` in a thread; once it holds its read lock, edit the
    composer's section on this (the window's) connection. Returns what happened, in order."""
    # 72 paragraphs and 6 quotes: many chunks
    monkeypatch.setattr(scan_reads, "READ_CHUNK_ROWS", 10, raising=False)
    monkeypatch.setattr(scan_reads, "QUOTE_CHUNK_IDS", 2, raising=False)
    reading, stored = threading.Event(), threading.Event()
    events: list[str] = []
    lock = threading.Lock()
    out: dict = {}

    def note(event: str) -> None:
        with lock:
            events.append(event)

    def started(_sql: str) -> None:      # a statement begins; its lock is not taken yet
        if reading.is_set():
            note("statement starts" + (" after the edit" if stored.is_set() else ""))
            stored.wait(GUARD_S)

    def stepping() -> int:               # inside a running statement: it holds its lock
        if not reading.is_set():
            note("reading")
            reading.set()
        return 0

    def worker() -> None:
        try:
            with dossier.worker() as own:
                own.conn.set_trace_callback(started)
                own.conn.set_progress_handler(stepping, 1)
                out["rows"] = read(own)
                own.conn.set_progress_handler(None, 1)
                own.conn.set_trace_callback(None)
            note("read done")
        except BaseException as exc:     # reported by the test, not lost in the thread
            out["error"] = exc
            reading.set()

    thread = threading.Thread(target=worker)
    thread.start()
    assert reading.wait(GUARD_S)
    section = dossier.sections()[0]
    dossier.update_section(section.id, body="Getypt terwijl de scan leest.")   # the GUI edit
    note("edit stored")
    stored.set()
    thread.join(GUARD_S)
    assert "error" not in out, out.get("error")
    out["events"] = events
    return out


def test_an_edit_is_stored_while_the_scan_reads_the_paragraphs(
        dossier: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [(r["id"], r["text"]) for r in scan_reads.body_blocks(dossier.conn)]
    out = read_while_editing(dossier, lambda own: scan_reads.body_blocks(own.conn), monkeypatch)
    events = out["events"]
    # the read went on after the edit was stored: the edit did not wait for all of it
    assert "statement starts after the edit" in events
    assert events.index("edit stored") < events.index("read done")
    assert [(r["id"], r["text"]) for r in out["rows"]] == expected      # and read it all
    assert len(expected) >= 72
    assert dossier.sections()[0].body == "Getypt terwijl de scan leest."


def test_an_edit_is_stored_while_the_scan_reads_paragraph_places(
        dossier: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = scan_reads.body_spans(dossier.conn)
    out = read_while_editing(dossier, lambda own: scan_reads.body_spans(own.conn), monkeypatch)
    assert "statement starts after the edit" in out["events"]
    assert out["rows"] == expected


def test_an_edit_is_stored_while_the_scan_reads_the_quotes_links(
        dossier: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    source = dossier.sources()[0].number
    for i in range(6):
        dossier.quote_for_option(source, option="S1", position="pro", exact=f"Alinea {i} van a.txt",
                                 new_argument=f"Argument {i}")
    expected = scan_reads.quote_links(dossier.conn)
    newest = scan_reads.quote_links(dossier.conn, newest_per_option=2)
    assert [link[1] for link in newest] == [link[1] for link in expected][-2:]
    out = read_while_editing(dossier, lambda own: scan_reads.quote_links(own.conn), monkeypatch)
    assert "statement starts after the edit" in out["events"]
    assert out["rows"] == expected and len(expected) == 6


def test_an_edit_made_while_the_scan_stores_its_suggestions_goes_in_between(
        dossier: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full scan stores 100,000 suggestions on the 2,000-source dossier: in one transaction
    that held the write lock for 5-10 s, and the window's edit was refused after its 5 s busy
    timeout ("could not save your change"). It stores a chunk of sources per transaction and
    lets a waiting edit go first."""
    from workbench import suggestions as scanning

    monkeypatch.setattr(scanning, "APPLY_CHUNK_ROWS", 1, raising=False)  # a source a chunk
    storing, events, out = threading.Event(), [], {}

    def started(sql: str) -> None:
        if not sql.startswith("INSERT INTO suggestion "):
            return
        events.append("suggestion inserted")
        if not storing.is_set():
            storing.set()             # inside the first chunk's transaction: it holds the lock
            deadline = time.monotonic() + GUARD_S        # (only against a hang)
            while not getattr(dossier, "edit_waiting", True) and time.monotonic() < deadline:
                time.sleep(0.001)                       # until the edit waits for the lock

    def worker() -> None:
        try:
            with dossier.worker() as own:
                plan = own.plan_suggestions()
                assert plan is not None and len(plan.sources) == 3 and plan.rows
                own.conn.set_trace_callback(started)
                out["added"] = own.apply_suggestions(plan)
                own.conn.set_trace_callback(None)
        except BaseException as exc:
            out["error"] = exc
            storing.set()

    def edit_statement(sql: str) -> None:    # the window's edit holds the write lock here
        if sql == "COMMIT":
            events.append("edit commits")

    thread = threading.Thread(target=worker)
    thread.start()
    assert storing.wait(GUARD_S)
    dossier.conn.set_trace_callback(edit_statement)
    section = dossier.sections()[0]
    dossier.update_section(section.id, body="Getypt terwijl de scan opslaat.")   # not refused
    dossier.conn.set_trace_callback(None)
    thread.join(GUARD_S)
    assert "error" not in out, out.get("error")
    # the edit went in between two of the scan's transactions, not after all of them
    assert events[0] == "suggestion inserted" and events[-1] == "suggestion inserted"
    assert events.count("edit commits") == 1
    assert out["added"] > 0 and dossier.suggestion_count() == out["added"]
    assert dossier.sections()[0].body == "Getypt terwijl de scan opslaat."

"""Checks after an edit read only the sources the session changed since the last run (#15).

Verifying every quote against its source's text and counting every source's processed
paragraphs read the whole dossier: seconds for 2,000 sources, on each run of the checks
panel, which runs after every edit. Both results are per source. So the session's own
``Project`` keeps them (in memory, for the life of the opened dossier) with the state of each
source they were computed from, and ``ChangeLog`` collects what the session's edits touched
(from the undo changesets every edit already captures, of the session's project and of its
workers). A run reads again:

- every source whose number, version or text hash differ (imported, replaced, removed),
- every source that a logged edit touched: its row or text, one of its quotes (added,
  moved, deleted, undone), or one of its paragraphs (marked not relevant),

and everything when there is no earlier run or the log overflowed. Nobody else writes the file
while the session holds its lock, so nothing changes that the log does not see.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.store import checks as store

if TYPE_CHECKING:
    from workbench.evidence import QuoteCheck
    from workbench.project import Project
    from workbench.store.changes import Changeset

# The tables whose changes can change a quote's verification or a source's coverage.
_WATCHED = {"quote", "source", "source_text", "block"}


class ChangeLog:
    """(table, op, row id) of every watched row the session's edits touched, in order."""

    LIMIT = 200_000        # past this, the next run reads everything (and the log restarts)

    def __init__(self) -> None:
        self.epoch = 0
        self.entries: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()     # edits of the GUI and of workers' threads

    def record(self, change: Changeset) -> None:
        touched = [(e.table, e.op, e.key[0]) for e in change.entries
                   if e.table in _WATCHED and len(e.key) == 1 and isinstance(e.key[0], int)
                   # a paragraph is only added or removed with its source's text (the
                   # source's version changes); updates mark it not relevant
                   and not (e.table == "block" and e.op != "u")]
        with self._lock:
            self.entries.extend(touched)
            if len(self.entries) > self.LIMIT:
                self.entries = []
                self.epoch += 1

    def mark(self) -> tuple[int, int]:
        with self._lock:
            return self.epoch, len(self.entries)

    def since(self, mark: tuple[int, int]) -> list[tuple[str, str, int]] | None:
        """The entries after ``mark``; None when the log restarted since (read everything)."""
        with self._lock:
            epoch, count = mark
            return None if epoch != self.epoch else self.entries[count:]


@dataclass
class _Memo:
    mark: tuple[int, int]
    states: dict[int, tuple[int, int, str]]                 # source id -> number, version, hash
    quotes: dict[int, list[tuple[int, QuoteCheck]]] = field(default_factory=dict)
    coverage: dict[int, tuple[int, int]] = field(default_factory=dict)
    # quote id -> source id of every quote checked (ids are never reused: entries of deleted
    # quotes stay harmless), so that a deleted quote's source is found without a search
    owner: dict[int, int] = field(default_factory=dict)


_MEMOS: weakref.WeakKeyDictionary[Project, _Memo] = weakref.WeakKeyDictionary()


def quote_checks_and_coverage(project: Project
                              ) -> tuple[list[QuoteCheck], list[dict[str, Any]]]:
    """Every quote's check (by source id, then place) and the coverage rows of the sources
    with paragraphs (by number), as ``verify_quotes`` and ``store.coverage`` give them."""
    root = project.session
    # read-only: another session may be editing the file, whose edits no log here sees
    log: ChangeLog | None = None if root.readonly else root.changelog
    conn = project.conn
    mark = log.mark() if log is not None else (-1, 0)    # before reading: later edits re-read
    rows = store.source_states(conn)
    states = {r[0]: (r[1], r[2], r[3]) for r in rows}
    memo = _MEMOS.get(root) if log is not None else None
    dirty = _dirty(project, memo, states, log)
    fresh = _Memo(mark, states)
    todo = set(states) if dirty is None else dirty & set(states)
    if memo is not None and dirty is not None:
        fresh.quotes = {sid: memo.quotes[sid] for sid in states
                        if sid not in todo and sid in memo.quotes}
        fresh.coverage = {sid: memo.coverage[sid] for sid in states
                          if sid not in todo and sid in memo.coverage}
        fresh.owner = memo.owner
    numbers = {sid: state[0] for sid, state in states.items()}
    # the quotes' spans are read once, for their verification and for the coverage
    spans = list(store.quote_spans_of(conn, todo))
    for quote_id, source_id, check in project.verify_quotes_of(sorted(todo), numbers, spans):
        fresh.quotes.setdefault(source_id, []).append((quote_id, check))
        fresh.owner[quote_id] = source_id
    quotes: dict[int, list[tuple[int, int]]] = {}
    for _id, _number, source_id, _exact, start, end in spans:     # by source, then start
        quotes.setdefault(source_id, []).append((start, end))
    del spans
    fresh.coverage.update(store.coverage_of(conn, todo, quotes))
    if log is not None:
        _MEMOS[root] = fresh
    checks = [check for sid in sorted(fresh.quotes) for _id, check in fresh.quotes[sid]]
    coverage: list[dict[str, Any]] = [
        {"number": number, "title": title, "advisor_key": advisor,
         "paragraphs": fresh.coverage[sid][0], "processed": fresh.coverage[sid][1]}
        for sid, number, _version, _hash, title, advisor in rows
        if sid in fresh.coverage and advisor is not None]     # as store.coverage: advice only
    return checks, coverage


def _dirty(project: Project, memo: _Memo | None, states: dict[int, tuple[int, int, str]],
           log: ChangeLog | None) -> set[int] | None:
    """Ids of the sources to read again; None: all of them."""
    if memo is None or log is None:
        return None
    changed = log.since(memo.mark)
    if changed is None:
        return None
    dirty = {sid for sid, state in states.items() if memo.states.get(sid) != state}
    quote_ids, block_ids = set(), set()
    for table, _op, row_id in changed:
        if table in ("source", "source_text"):
            dirty.add(row_id)
        elif table == "quote":
            quote_ids.add(row_id)
        else:
            block_ids.add(row_id)
    if quote_ids:
        # a quote deleted since is found in the memo; one added or changed in the file
        dirty |= {memo.owner[q] for q in quote_ids if q in memo.owner}
        dirty |= store.sources_of_rows(project.conn, "quote", quote_ids)
    if block_ids:
        dirty |= store.sources_of_rows(project.conn, "block", block_ids)
    return dirty

"""Machine-made suggestions: passages that mention an option and are not yet quoted for it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from workbench.base import ProjectBase
from workbench.model import Argument, Quote
from workbench.patterns import any_of, compile_patterns, fold
from workbench.store import evidence as store
from workbench.store.db import Row

_SENTENCE_END = re.compile(r"[.!?;:](?=\s)|\n")


@dataclass(frozen=True)
class Suggestion:
    id: int
    option_key: str
    source_number: int
    block_id: int
    start: int                 # the suggested passage, offsets into the source text
    end: int
    page: int | None
    heading_path: tuple[str, ...]
    pattern: str               # the match pattern that found it
    passage: str
    status: str                # open / accepted / dismissed; "machine-made" until accepted


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) of ``text`` (one block) that contain ``text[start:end]``."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right = len(text)
    found = _SENTENCE_END.search(text, end)
    if found:
        right = found.end() if text[found.start()] != "\n" else found.start()
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def _suggestion(r: Row) -> Suggestion:
    base = r["block_start"]
    return Suggestion(
        id=r["id"], option_key=r["option_key"], source_number=r["source_number"],
        block_id=r["block_id"], start=base + r["start"], end=base + r["end"], page=r["page"],
        heading_path=tuple(json.loads(r["heading_path"])), pattern=r["pattern"],
        passage=r["block_text"][r["start"]:r["end"]], status=r["status"])


class SuggestionOps(ProjectBase):
    """Mixed into ``Project``."""


    def refresh_suggestions(self, option: str | None = None) -> int:
        """Scan for each option's patterns the sources not scanned yet (new or replaced
        sources, or changed patterns); store new open suggestions. Returns how many."""
        options = [self.option(option)] if option else self.options()
        plans = []   # (option, matcher, patterns json, sources to scan)
        for opt in options:
            matcher = compile_patterns(list(opt.patterns))
            key = json.dumps(list(opt.patterns), ensure_ascii=False)
            todo = store.sources_to_scan(self.conn, opt.id, key)
            if todo:
                plans.append((opt, matcher, key, todo))
        if not plans:
            return 0
        rows = self._scan(plans)
        with self.edit("Refresh suggestions", "suggestion", option or "*", str(len(rows))):
            store.insert_suggestions(self.conn, rows)
            for opt, _matcher, key, todo in plans:
                store.mark_scanned(self.conn, opt.id, key, todo)
        return len(rows)

    def _scan(self, plans: list[Any]) -> list[tuple[int, int, int, int, str]]:
        wanted: dict[int, list[Any]] = {}
        for opt, matcher, _key, todo in plans:
            if matcher:
                for source_id, _hash in todo:
                    wanted.setdefault(source_id, []).append((opt, matcher))
        first_pass = any_of([m for _o, m, _k, _t in plans if m])
        if first_pass is None or not wanted:
            return []
        skip = {opt.id: store.quoted_block_ids_for_option(self.conn, opt.id) |
                store.known_suggestion_blocks(self.conn, opt.id) for opt, *_ in plans}
        rows = []
        ids = sorted(wanted)
        for chunk in range(0, len(ids), 200):
            for block_id, source_id, text in store.blocks_for_matching(
                    self.conn, ids[chunk:chunk + 200]):
                folded = fold(text)
                if not first_pass.search(folded):
                    continue   # most paragraphs mention no option at all
                for opt, matcher in wanted[source_id]:
                    if block_id in skip[opt.id]:
                        continue
                    hits = matcher.find_folded(folded)
                    if hits:
                        s, e = sentence_around(text, hits[0].start, hits[0].end)
                        rows.append((opt.id, block_id, s, e, hits[0].pattern))
        return rows

    def suggestions(self, option: str | None = None, *, refresh: bool = True,
                    status: str | None = "open", limit: int | None = None,
                    offset: int = 0) -> list[Suggestion]:
        """Suggestions in dossier order; ``limit``/``offset`` page through a long list."""
        if refresh and not getattr(self, "readonly", False):
            self.refresh_suggestions(option)
        option_id = self.option(option).id if option else None
        rows = store.suggestion_rows(self.conn, option_id, status, limit=limit, offset=offset)
        return [_suggestion(r) for r in rows]

    def suggestion_count(self, option: str | None = None, status: str | None = "open") -> int:
        option_id = self.option(option).id if option else None
        return store.suggestion_count(self.conn, option_id, status)

    def _suggestion(self, suggestion_id: int) -> Suggestion:
        rows = store.suggestion_rows(self.conn, None, None, suggestion_id=suggestion_id)
        if not rows:
            from workbench.errors import NotFound

            raise NotFound(f"no suggestion {suggestion_id}")
        return _suggestion(rows[0])

    def accept_suggestion(self, suggestion_id: int, *, position: str,
                          argument: int | str | None = None, new_argument: str | None = None,
                          start: int | None = None, end: int | None = None
                          ) -> tuple[Quote, Argument]:
        """Make the suggested passage (or a narrower span of it) a quote for its option."""
        s = self._suggestion(suggestion_id)
        with self.edit(f"Accept suggestion for {s.option_key}", "suggestion", str(s.id)):
            quote, arg = self.quote_for_option(
                s.source_number, option=s.option_key, position=position,
                start=s.start if start is None else start, end=s.end if end is None else end,
                argument=argument, new_argument=new_argument, origin="suggestion")
            store.set_suggestion_status(self.conn, s.id, "accepted")
        return quote, arg

    def dismiss_suggestion(self, suggestion_id: int) -> None:
        s = self._suggestion(suggestion_id)
        with self.edit(f"Dismiss suggestion for {s.option_key}", "suggestion", str(s.id)):
            store.set_suggestion_status(self.conn, s.id, "dismissed")

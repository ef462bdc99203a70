"""Machine-made suggestions: whole paragraphs that concern an option and are not quoted for it
yet, ranked, each with its reason in plain Dutch (see ``workbench.suggest_rank``).

The officer's verdicts (accepted, rejected, moved to another option, not relevant) are kept in
``suggestion_feedback``: they survive a rescan and a re-import, a rejected passage does not come
back, and every verdict and quote is an example the ranking learns from.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import compress, groupby
from operator import itemgetter
from typing import Any

from workbench.anchoring import word_key
from workbench.base import ProjectBase
from workbench.errors import InvalidInput, NotFound
from workbench.messages import Message, Reason, as_data, reason, stored, stored_reason
from workbench.model import Argument, Option, Quote
from workbench.store import changes
from workbench.store import evidence as store
from workbench.store import suggest_readings as readings_store
from workbench.store import suggestions as feedback_store
from workbench.store.db import Row
from workbench.suggest_rank import (
    Example,
    Known,
    OptionInput,
    Paragraph,
    mention_signature,
    rank,
    unread,
)
from workbench.suggest_stored import (
    ReadingsToKeep,
    Stems,
    decode,
    decode_basis,
    decode_found,
    decode_nearest,
    encode,
    encode_basis,
    encode_found,
    encode_nearest,
    named_for,
)
from workbench.suggest_vectors import Basis, FoundSum, NearestKept
from workbench.suggest_words import collection_paused

# How many of the strongest stored suggestions per option stand in for the whole dossier when
# only new sources are scanned (the incremental scan after an import).
_REFERENCE_PER_OPTION = 40
_EXAMPLES_PER_OPTION = 50


@dataclass(frozen=True)
class Suggestion:
    id: int
    option_key: str
    source_number: int
    block_id: int
    start: int                 # the suggested paragraph, offsets into the source text
    end: int
    page: int | None
    heading_path: tuple[str, ...]
    pattern: str               # the short reason (kept for older callers)
    passage: str
    status: str                # open / accepted / dismissed; "machine-made" until accepted
    score: float = 0.0         # higher: more certainly about the option
    reason: str = ""           # Dutch: "onder kop 3.3.2 Scenario 2", "noemt ‘inkanteling’"
    paragraph: int | None = None   # "alinea N" of the source
    # the reason's workbench.messages code and parameters, so a GUI words it in its language
    # ("" and {} for a reason stored as text no wording matches)
    reason_code: str = ""
    reason_params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class SuggestionPlan:
    """What a scan found, ready to be stored (see ``SuggestionOps.plan_suggestions``)."""

    option: str | None
    fingerprint: str
    option_ids: list[int]
    sources: list[tuple[int, str]]          # (source id, text hash) scanned
    rows: list[tuple[int, int, int, int, str, float, str]]
    state: tuple[int, int] = (-1, -1)        # the dossier's state when it was made
    block_sources: dict[int, int] = field(default_factory=dict)   # the rows' blocks' sources
    # what the scan read now, for the dossier to keep (stored with the rows of its sources)
    readings: ReadingsToKeep | None = None


# a body block's place, source and "not relevant" mark (columns of ``body_blocks`` rows)
_SPAN = itemgetter(feedback_store.BODY_ID, feedback_store.BODY_SOURCE,
                   feedback_store.BODY_START, feedback_store.BODY_END)
_SOURCE = itemgetter(feedback_store.BODY_SOURCE)
_NOT_RELEVANT = itemgetter(feedback_store.BODY_NOT_RELEVANT)
_PARAGRAPH = itemgetter(feedback_store.BODY_ID, feedback_store.BODY_SOURCE,
                        feedback_store.BODY_PATH, feedback_store.BODY_TEXT)

APPLY_CHUNK_ROWS = 2000      # suggestions stored per transaction (#14)
_PlanRow = tuple[int, int, int, int, str, float, str]


def _apply_chunks(plan: SuggestionPlan
                  ) -> Iterator[tuple[list[tuple[int, str]], list[_PlanRow]]]:
    """The plan's sources in groups, each with its rows: about ``APPLY_CHUNK_ROWS`` rows a
    group (whole sources). A plan that does not say its blocks' sources is one group."""
    if not plan.block_sources:
        yield plan.sources, plan.rows
        return
    by_source: dict[int, list[_PlanRow]] = {}
    for row in plan.rows:
        by_source.setdefault(plan.block_sources[row[1]], []).append(row)
    sources: list[tuple[int, str]] = []
    rows: list[_PlanRow] = []
    for source in plan.sources:
        sources.append(source)
        rows += by_source.get(source[0], [])
        if len(rows) >= APPLY_CHUNK_ROWS:
            yield sources, rows
            sources, rows = [], []
    if sources:
        yield sources, rows


class _HeadingPaths(dict[str, tuple[str, ...]]):
    """A block's heading path (as stored, JSON) -> its headings, each read once."""

    def __missing__(self, path: str) -> tuple[str, ...]:
        headings = self[path] = tuple(json.loads(path))
        return headings


def passage_key(text: str) -> str:
    """Identifies a paragraph by its words, across re-imports (block ids change)."""
    return hashlib.sha1(" ".join(word_key(text)).lower().encode("utf-8")).hexdigest()[:20]


def _suggestion(r: Row) -> Suggestion:
    base = r["block_start"]
    why = stored_reason(r["reason"])
    data: dict[str, Any] = as_data(why) if isinstance(why, Message) else {
        "code": "", "params": {}}
    return Suggestion(
        id=r["id"], option_key=r["option_key"], source_number=r["source_number"],
        block_id=r["block_id"], start=base + r["start"], end=base + r["end"], page=r["page"],
        heading_path=tuple(json.loads(r["heading_path"])), pattern=r["pattern"],
        passage=r["block_text"][r["start"]:r["end"]], status=r["status"],
        score=r["score"], reason=why, paragraph=r["paragraph"], reason_code=data["code"],
        reason_params=data["params"])


def _paragraph(row: Row) -> Paragraph:
    return Paragraph(row["id"], row["source_id"], tuple(json.loads(row["heading_path"])),
                     row["text"])


class _Paragraphs:
    """Which paragraphs a quote lies in, from the paragraphs' places (body blocks of a
    source do not overlap): a bisection per quote instead of a range join in SQL."""

    def __init__(self, spans: Iterable[tuple[int, int, int, int]]) -> None:
        # per source its blocks' starts, ends and ids in text order (sorted and grouped in
        # C: 120,000 paragraphs on a full scan of the 2,000-source benchmark, #16)
        self._by_source: dict[int, tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = {
            source_id: (starts, ends, ids) for source_id, (ids, _s, starts, ends) in (
                (source_id, tuple(zip(*group, strict=True)))
                for source_id, group in groupby(sorted(spans, key=itemgetter(1, 2)),
                                                key=itemgetter(1)))}
        self._start: dict[int, int] = {}
        for starts, _ends, ids in self._by_source.values():
            self._start.update(zip(ids, starts, strict=True))

    def under(self, quote: tuple[int, int, int, int]) -> list[int]:
        """Block ids overlapping (number, source id, start, end), in text order."""
        _number, source_id, start, end = quote
        held = self._by_source.get(source_id)
        if held is None:
            return []
        starts, ends, ids = held
        i = bisect.bisect_left(starts, end)         # blocks[:i] start before the quote ends
        out = []
        while i > 0 and ends[i - 1] > start:
            i -= 1
            out.append(ids[i])
        return out[::-1]

    def quoted(self, links: Iterable[tuple[int, int, int, int, int]]) -> set[tuple[int, int]]:
        """(option id, block id) of the blocks the links (option id, number, source id,
        start, end) lie in: ``under`` for each, in one loop (50,000 links on a full scan)."""
        pairs: set[tuple[int, int]] = set()
        add, by_source, bisect_left = pairs.add, self._by_source, bisect.bisect_left
        for option_id, _number, source_id, start, end in links:
            held = by_source.get(source_id)
            if held is None:
                continue
            starts, ends, ids = held
            i = bisect_left(starts, end)
            while i > 0 and ends[i - 1] > start:
                i -= 1
                add((option_id, ids[i]))
        return pairs

    def start_of(self, block_id: int) -> int:
        return self._start.get(block_id, 0)


class SuggestionOps(ProjectBase):
    """Mixed into ``Project``."""

    # ------------------------------------------------------------------ scanning

    def _ranking_inputs(self) -> tuple[list[Option], list[OptionInput], list[Example], str]:
        options: list[Option] = self.options()
        questions = {o.id: o.question_key for o in options}
        arguments = feedback_store.argument_texts(self.conn)
        inputs = [OptionInput(o.id, o.key, o.title, o.description, tuple(o.patterns),
                              arguments.get(o.id, ""), questions[o.id]) for o in options]
        examples = self._examples()
        fingerprint = hashlib.sha1(json.dumps(
            [[(i.id, i.key, i.title, i.description, i.patterns, i.argument_text, i.question)
              for i in inputs], [(e.option_id, e.label, e.positive, len(e.text))
                                 for e in examples]],
            ensure_ascii=False).encode("utf-8")).hexdigest()
        return options, inputs, examples, fingerprint

    def _examples(self) -> list[Example]:
        """The officer's examples: the paragraphs quoted for an option (in quote order), then
        the accepted and rejected suggestions (in verdict order). The most recent
        ``_EXAMPLES_PER_OPTION`` per option and kind are plenty to learn from, and keep a
        dossier with 50,000 quotes fast: only those quotes' paragraphs are read."""
        verdicts = feedback_store.feedback(self.conn)
        links = feedback_store.quote_links(self.conn, newest_per_option=2 * _EXAMPLES_PER_OPTION)
        recent = self._newest_first(links)
        accepted: dict[int, int] = {}
        for r in verdicts:
            if r["verdict"] == "accepted":
                accepted[r["option_id"]] = accepted.get(r["option_id"], 0) + 1
        # A quote holds one paragraph or more (none when it lies in a heading): read the
        # paragraphs of a margin of recent quotes, and of all of them if that falls short.
        wanted = {o: max(0, _EXAMPLES_PER_OPTION - accepted.get(o, 0)) for o in recent}
        margin = [q for o, quotes in recent.items() for q in quotes[:2 * wanted[o]]]
        held = _Paragraphs(feedback_store.body_spans(self.conn, {q[1] for q in margin}))
        if any(wanted[o] and len(quotes) >= 2 * wanted[o] and sum(
                len(held.under(q)) for q in quotes[:2 * wanted[o]]) < wanted[o]
                for o, quotes in recent.items()):
            recent = self._newest_first(feedback_store.quote_links(self.conn))
            held = _Paragraphs(feedback_store.body_spans(self.conn))
        quoted: list[tuple[int, int, int]] = []          # option id, quote number, block id
        for o, quotes in recent.items():
            found: list[tuple[int, int, int]] = []
            for number, source_id, start, end in quotes:
                if len(found) >= wanted[o]:
                    break
                found += [(o, number, b) for b in reversed(held.under((number, source_id,
                                                                       start, end)))]
            quoted += found[:wanted[o]]
        texts = feedback_store.block_texts(self.conn, [b for _, _, b in quoted])
        # Newest first per option and kind, as the ranking keeps them; then oldest first.
        kept: dict[tuple[int, bool], list[Example]] = {}
        newest_quotes = sorted(quoted, key=lambda q: (q[1], held.start_of(q[2])), reverse=True)
        stream = [Example(r["option_id"], r["text"], reason("reason.example-accepted"))
                  if r["verdict"] == "accepted" else
                  Example(r["option_id"], r["text"], "", positive=False)
                  for r in reversed(verdicts)]
        stream += [Example(o, texts[b], reason("reason.example-quote", str(number)))
                   for o, number, b in newest_quotes]
        for e in stream:
            bucket = kept.setdefault((e.option_id, e.positive), [])
            if len(bucket) < _EXAMPLES_PER_OPTION:
                bucket.append(e)
        return [e for bucket in kept.values() for e in reversed(bucket)]

    @staticmethod
    def _newest_first(links: list[tuple[int, int, int, int, int]]
                      ) -> dict[int, list[tuple[int, int, int, int]]]:
        recent: dict[int, list[tuple[int, int, int, int]]] = {}
        for option_id, number, source_id, start, end in reversed(links):
            recent.setdefault(option_id, []).append((number, source_id, start, end))
        return recent

    def _state(self) -> tuple[int, int]:
        """Changes when anything was committed to the dossier, through this connection or
        another: a plan made at an unchanged state needs no second look."""
        return feedback_store.data_state(self.conn)

    def refresh_suggestions(self, option: str | None = None) -> int:
        """Rank the paragraphs of the sources not scanned with the current options and
        examples (all of them after an option or the officer's evidence changed; only the
        new or replaced ones after an import). Returns how many new suggestions were stored."""
        plan = self.plan_suggestions(option)
        return self.apply_suggestions(plan) if plan is not None else 0

    def plan_suggestions(self, option: str | None = None) -> SuggestionPlan | None:
        """The reading and ranking half of :meth:`refresh_suggestions`; writes nothing, so a
        GUI can run it on a read-only connection off its thread. None: nothing to scan."""
        with collection_paused():
            return self._plan(option)

    def _plan(self, option: str | None) -> SuggestionPlan | None:
        state = self._state()
        options, inputs, examples, fingerprint = self._ranking_inputs()
        targets = [self.option(option)] if option else options
        if not targets:
            return None
        todo: dict[int, str] = {}
        for opt in targets:
            todo.update(store.sources_to_scan(self.conn, opt.id, fingerprint))
        if not todo:
            return None
        total = feedback_store.source_count(self.conn)
        scanned = feedback_store.body_blocks(self.conn, sorted(todo) if len(todo) < total
                                             else None)
        paths = _HeadingPaths()                     # many paragraphs share a heading path
        # the columns by position (``_PARAGRAPH``): a sqlite3.Row finds one by name by
        # comparing it with each column name, 120,000 rows on a full scan (#16)
        paragraphs = [Paragraph(block_id, source_id, paths[path], text)
                      for block_id, source_id, path, text in map(_PARAGRAPH, scanned)]
        reference: list[tuple[Paragraph, int]] = []
        if len(todo) < total:   # an import: compare with what each option's paragraphs look like
            known = feedback_store.reference_blocks(self.conn, _REFERENCE_PER_OPTION)
            known_rows = {r["id"]: r for r in feedback_store.blocks_by_id(
                self.conn, sorted({b for b, _ in known}))}
            reference = [(_paragraph(known_rows[b]), o) for b, o in known if b in known_rows]
        skip = self._not_to_suggest(scanned, set(todo))
        target_ids = {o.id for o in targets}
        texts = {p.block_id: p.text for p in paragraphs}
        sources_of = {p.block_id: p.source_id for p in paragraphs}
        signature = named_for(mention_signature(inputs))
        everything = len(todo) >= total
        texts_of = {**texts, **{p.block_id: p.text for p, _ in reference}}
        wanted = unread(inputs, [*paragraphs, *(p for p, _ in reference)])
        digests: dict[int, bytes] = {}      # the texts' digests, made once (#16)
        stems, readings = self._kept_readings(
            {b: texts_of[b] for b in wanted}, signature, {o.id for o in options},
            everything=everything and len(wanted) > len(texts_of) // 2, digests=digests)
        learned: dict[int, Any] = {}
        new_basis: list[Basis] = []
        # each option's sum of its found paragraphs, as the dossier keeps it (#16)
        kept_sums = decode_found(readings_store.found_sums(self.conn), {o.id for o in options}) \
            if stems is not None and everything else {}
        new_sums: dict[int, FoundSum] = {}
        kept_nearest = decode_nearest(readings_store.nearest_answers(self.conn),
                                      {o.id for o in options}) \
            if stems is not None and everything else {}
        new_nearest: dict[tuple[int, bool], NearestKept] = {}
        found = [f for f in rank(inputs, paragraphs, examples, skip=skip, reference=reference,
                                 known=readings, learned=learned,
                                 unkept=set(texts) - readings_store.kept_blocks(
                                     self.conn, None if everything else sorted(texts))
                                 if stems is not None else frozenset(),
                                 basis=decode_basis(readings_store.basis(self.conn))
                                 if stems is not None and everything else None,
                                 new_basis=new_basis if everything else None,
                                 kept_sums=kept_sums,
                                 new_sums=new_sums if stems is not None else None,
                                 kept_nearest=kept_nearest,
                                 new_nearest=new_nearest if stems is not None else None,
                                 text_digests=digests)
                 if f.option_id in target_ids]
        # the reason as JSON (code and parameters), its Dutch text as the short pattern: made
        # once per distinct wording (~400 among 137,000 rows at 2,000 sources), so the rows
        # share them (also smaller to send from the scan process, #16)
        patterns: dict[str, str] = {}
        rows = [(f.option_id, f.block_id, 0, len(texts[f.block_id]),
                 patterns.get(f.reason) or patterns.setdefault(f.reason, str(f.reason)[:80]),
                 f.score, stored(f.reason)) for f in found]
        found_rows = encode_found(new_sums, kept_sums)
        nearest_rows = encode_nearest(new_nearest)
        keep = self._readings_to_keep(learned, readings, texts, sources_of, stems, signature,
                                      {o.id for o in options}, digests) \
            if stems is not None and (learned or new_basis or found_rows or nearest_rows) \
            else None
        if keep is not None and new_basis:
            keep.basis = encode_basis(new_basis[0])
        if keep is not None:
            keep.found, keep.nearest = found_rows, nearest_rows
        return SuggestionPlan(option, fingerprint, sorted(target_ids), sorted(todo.items()), rows,
                              state, {f.block_id: sources_of[f.block_id] for f in found}, keep)

    def _kept_readings(self, texts: dict[int, str], signature: int, option_ids: set[int], *,
                       everything: bool, digests: dict[int, bytes] | None = None
                       ) -> tuple[Stems | None, dict[int, Known]]:
        """The dossier's table of stems and the readings it keeps of these paragraphs (block
        id -> text) that can be trusted; (None, {}) for a file from before migration 009
        (opened read-only: not upgraded). ``everything``: read all kept readings (most are
        wanted), not those of these paragraphs' sources.
        ``digests`` receives the texts' digests made meanwhile (``suggest_stored.decode``)."""
        if not readings_store.present(self.conn):
            return None, {}
        stems = Stems(readings_store.stems(self.conn))
        rows = readings_store.readings(self.conn, None if everything else sorted(texts))
        return stems, decode(rows, texts, stems, signature, option_ids, digests)

    def _readings_to_keep(self, learned: dict[int, Any], kept: dict[int, Known],
                          texts: dict[int, str], sources: dict[int, int], stems: Stems,
                          signature: int, option_ids: set[int], digests: dict[int, bytes]
                          ) -> ReadingsToKeep:
        """What the dossier is to keep of this scan's readings (``suggest_stored.encode``): a
        row per source of which a paragraph was read now (``learned``), with all its
        paragraphs (``sources``: block id -> source id, ``texts``: of every paragraph
        scanned). Those neither read now nor checked by ``_kept_readings`` (``kept``: this
        process had read them before) are taken from the source's row in the dossier."""
        changed = {s for b in learned if (s := sources.get(b)) is not None}
        missing = {s for b, s in sources.items()
                   if s in changed and b not in learned and b not in kept}
        if missing:
            kept = {**kept, **decode(readings_store.readings(self.conn, source_ids=sorted(missing)),
                                     texts, stems, signature, option_ids, digests)}
        return encode(learned, kept, texts, sources, stems, signature, digests)

    def apply_suggestions(self, plan: SuggestionPlan,
                          cancelled: Callable[[], bool] | None = None) -> int:
        """Store a plan's suggestions, unless the dossier changed since it was made (then
        nothing is stored and -1 is returned: plan again). ``cancelled`` is asked between
        two chunks (the window switches dossiers, #14): true stops there; the sources not
        stored yet are not marked scanned, so the next scan takes them.

        The scan's rows are machine-made and go on no undo changeset (see
        ``changes.unlogged``); only what differs from the stored suggestions is written."""
        # The undo triggers stay off for all chunks (``changes.unlogged``): dropping and making
        # them again per chunk (67 on a full rescan at 2,000 sources) also made SQLite prepare
        # every statement again (~0.2 s, #16). Only when no listener is told of a chunk (and
        # could make an edit of the officer's on this connection between two): the window's
        # worker connection, the CLI. With listeners, per chunk as before.
        whole = not getattr(self, "_listeners", ())
        with changes.unlogged(self.conn) if whole else nullcontext():
            return self._store_chunks(plan, cancelled, whole)

    def _store_chunks(self, plan: SuggestionPlan, cancelled: Callable[[], bool] | None,
                      whole: bool) -> int:
        """``apply_suggestions``' chunks; ``whole``: the undo triggers are off already."""
        state = plan.state
        added = 0
        keep, stems_stored = plan.readings, False
        for sources, rows in _apply_chunks(plan):
            # A transaction per chunk of sources (#14): a full scan's 100,000 rows in one
            # held the write lock for 5-10 s, and the window's edit meanwhile was refused.
            self.yield_to_edits()
            if cancelled is not None and cancelled():
                break
            if state != self._state():          # another connection wrote: still valid?
                current = self._ranking_inputs()[3]
                hashes = feedback_store.source_text_hashes(self.conn)
                if current != plan.fingerprint or any(hashes.get(sid) != h
                                                      for sid, h in plan.sources):
                    return -1                   # what is not marked scanned is scanned again
            with self.edit("Refresh suggestions", "suggestion", plan.option or "*",
                           str(len(rows))), nullcontext() if whole else changes.unlogged(
                               self.conn):
                added += feedback_store.replace_open(self.conn, plan.option_ids,
                                                     [sid for sid, _ in sources], rows)
                feedback_store.mark_scanned(self.conn, plan.option_ids, plan.fingerprint, sources)
                if keep is not None:
                    kept = [r for sid, _ in sources for r in keep.rows.get(sid, ())]
                    if kept or not stems_stored:
                        first = keep.first_new + (len(keep.new_stems) if stems_stored else 0)
                        if not readings_store.store(
                                self.conn, keep.reset and not stems_stored, first,
                                [] if stems_stored else keep.new_stems, kept,
                                None if stems_stored else keep.basis,
                                () if stems_stored else keep.found,
                                () if stems_stored else keep.nearest):
                            keep = None     # another scan numbered stems meanwhile: not kept
                        stems_stored = True
            state = self._state()
        return added

    def _not_to_suggest(self, blocks: list[Row], sources: set[int]) -> set[tuple[int, int]]:
        """Pairs (option id, block id) never to suggest among ``blocks`` (the paragraphs of
        ``sources``): already quoted for the option, judged by the officer (also before a
        re-import), or marked not relevant. (The per-paragraph columns are taken in C,
        ``itemgetter``/``compress``: a full scan passes 120,000 paragraphs, #16.)"""
        links = feedback_store.quote_links(
            self.conn, source_ids=sources if len(sources) < 500 else None)
        linked = {link[2] for link in links} & sources
        held = _Paragraphs(compress(
            map(_SPAN, blocks), map(linked.__contains__, map(_SOURCE, blocks))))
        skip = held.quoted(links)
        skip |= feedback_store.judged_blocks(self.conn)
        verdicts: dict[tuple[int, str], list[int]] = {}
        for r in feedback_store.feedback(self.conn):
            verdicts.setdefault((r["source_id"], r["passage_key"]), []).append(r["option_id"])
        judged_sources = {sid for sid, _ in verdicts}
        option_ids = [o.id for o in self.options()]
        for b in compress(blocks, map(_NOT_RELEVANT, blocks)):
            skip.update((o, b["id"]) for o in option_ids)
        if judged_sources:
            for b in compress(blocks, map(judged_sources.__contains__, map(_SOURCE, blocks))):
                for option_id in verdicts.get((b["source_id"], passage_key(b["text"])), ()):
                    skip.add((option_id, b["id"]))
        return skip

    # ------------------------------------------------------------------ reading

    def suggestions(self, option: str | None = None, *, refresh: bool = True,
                    status: str | None = "open", limit: int | None = None,
                    offset: int = 0) -> list[Suggestion]:
        """Suggestions per option, best first; ``limit``/``offset`` page through a long list."""
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
            raise NotFound(Message("not-found-number", record="suggestion",
                                   number=suggestion_id))
        return _suggestion(rows[0])

    # ------------------------------------------------------------------ the officer's verdicts

    def _feedback(self, s: Suggestion, verdict: str, option_id: int | None = None) -> None:
        source_id, text = feedback_store.block_source_and_text(self.conn, s.block_id)
        feedback_store.record_feedback(
            self.conn, option_id if option_id is not None else self.option(s.option_key).id,
            source_id, passage_key(text), verdict, text)

    def accept_suggestion(self, suggestion_id: int, *, position: str,
                          argument: int | str | None = None, new_argument: str | None = None,
                          start: int | None = None, end: int | None = None
                          ) -> tuple[Quote, Argument]:
        """Make the suggested paragraph (or a narrower span of it) a quote for its option."""
        s = self._suggestion(suggestion_id)
        with self.edit(f"Accept suggestion for {s.option_key}", "suggestion", str(s.id)):
            quote, arg = self.quote_for_option(
                s.source_number, option=s.option_key, position=position,
                start=s.start if start is None else start, end=s.end if end is None else end,
                argument=argument, new_argument=new_argument, origin="suggestion")
            store.set_suggestion_status(self.conn, s.id, "accepted")
            self._feedback(s, "accepted")
        return quote, arg

    def dismiss_suggestion(self, suggestion_id: int) -> None:
        """Reject: the passage is not about this option; it does not come back."""
        s = self._suggestion(suggestion_id)
        with self.edit(f"Dismiss suggestion for {s.option_key}", "suggestion", str(s.id)):
            store.set_suggestion_status(self.conn, s.id, "dismissed")
            self._feedback(s, "rejected")

    reject_suggestion = dismiss_suggestion

    def move_suggestion(self, suggestion_id: int, option: str) -> Suggestion:
        """The passage is about another option: one action moves it there (open, for the
        officer to accept) and tells the ranking it was not about the first one."""
        s = self._suggestion(suggestion_id)
        target = self.option(option)
        if target.key == s.option_key:
            raise InvalidInput(Message("suggestion-same-option", option=option))
        with self.edit(f"Move suggestion from {s.option_key} to {target.key}", "suggestion",
                       str(s.id)):
            store.set_suggestion_status(self.conn, s.id, "dismissed")
            self._feedback(s, "moved")
            why = stored(Reason("reason.moved", option=s.option_key))
            length = len(feedback_store.block_source_and_text(self.conn, s.block_id)[1])
            new_id = feedback_store.move_suggestion(
                self.conn, target.id, s.block_id, length, s.score, why,
                self.option(s.option_key).id)
        return self._suggestion(new_id)

    def mark_suggestion_not_relevant(self, suggestion_id: int) -> None:
        """The paragraph is about no option at all: it counts as processed (coverage) and no
        suggestion for it stays open."""
        s = self._suggestion(suggestion_id)
        with self.edit("Mark passage not relevant", "suggestion", str(s.id)):
            self._feedback(s, "not_relevant")
            feedback_store.mark_block_not_relevant(self.conn, s.block_id)
            feedback_store.dismiss_block(self.conn, s.block_id)

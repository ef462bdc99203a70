"""Quotes pinned verbatim to their source, pro/con arguments built on them, stances."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from workbench import anchoring
from workbench.base import ProjectBase
from workbench.errors import InvalidInput, NotFound
from workbench.messages import Message
from workbench.model import POSITIONS, STANCES, Argument, Quote, QuoteSummary, Stance
from workbench.store import checks as check_store
from workbench.store import evidence as store
from workbench.store import sources as source_store
from workbench.store import suggestions as suggestion_store


@dataclass(frozen=True)
class QuoteCheck:
    quote_number: int
    source_number: int
    status: str                # ok / moved / changed / lost
    exact: str
    found: str | None          # the passage now at the quote's place (changed), if any


def _context(text: str, start: int, end: int, width: int = 30) -> str:
    before = text[max(0, start - width):start].replace("\n", " ")
    after = text[end:end + width].replace("\n", " ")
    return f"…{before}[{text[start:end][:60]}]{after}…"


def _position(value: str) -> str:
    if value not in POSITIONS:
        raise InvalidInput(Message("choice-invalid", field="position", value=value,
                                   allowed=", ".join(POSITIONS)))
    return value


class EvidenceOps(ProjectBase):
    """Mixed into ``Project``."""


    # --- quotes -----------------------------------------------------------------------
    def quotes(self, source: int | str | None = None, option: str | None = None) -> list[Quote]:
        source_id = self.source(source).id if source is not None else None
        option_id = self.option(option).id if option is not None else None
        return store.quotes(self.conn, source_id, option_id)

    def quote(self, number: int | str) -> Quote:
        found = store.quote_by_number(self.conn, _int(number, "quote"))
        if found is None:
            raise NotFound(Message("not-found-number", record="quote", number=number))
        return found

    def quote_source_number(self, quote: Quote) -> int:
        return source_store.source_number(self.conn, quote.source_id)

    def locate(self, source: int | str, exact: str, occurrence: int | None = None
               ) -> tuple[int, int]:
        """The span of ``exact`` in the source (whitespace/hyphenation tolerant)."""
        src = self.source(source)
        text = source_store.source_text(self.conn, src.id)
        hits = anchoring.find_occurrences(text, exact)
        if not hits:
            raise InvalidInput(Message("quote-not-in-source", source=src.number, title=src.title))
        if occurrence is not None:
            if not 1 <= occurrence <= len(hits):
                raise InvalidInput(f"occurrence {occurrence} does not exist: the text occurs "
                                   f"{len(hits)} times")
            return hits[occurrence - 1]
        if len(hits) > 1:
            lines = []
            for n, (s, e) in enumerate(hits, start=1):
                page = source_store.page_of(self.conn, src.id, s)
                where = f"p. {page}" if page else f"offset {s}"
                lines.append(f"  --occurrence {n}: {where} {_context(text, s, e)}")
            raise InvalidInput(f"the text occurs {len(hits)} times in source {src.number}; "
                               "choose one with --occurrence N:\n" + "\n".join(lines))
        return hits[0]

    def _insert_quote(self, source: int | str, exact: str | None, start: int | None,
                      end: int | None, occurrence: int | None, note: str, origin: str) -> int:
        src = self.source(source)
        text = source_store.source_text(self.conn, src.id)
        if exact is not None:
            start, end = self.locate(source, exact, occurrence)
        if start is None or end is None:
            raise InvalidInput(Message("quote-needs-span"))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if not 0 <= start < end <= len(text):
            raise InvalidInput(Message("span-outside", start=start, end=end, source=src.number))
        selector = anchoring.make_selector(text, start, end)
        block = source_store.block_at(self.conn, src.id, start)
        heading_path = block.heading_path if block else ()
        if block is not None and block.kind == "heading":
            heading_path = (*heading_path, block.text)
        return store.insert_quote(
            self.conn, source_id=src.id, exact=selector.exact, prefix=selector.prefix,
            suffix=selector.suffix, start=start, end=end,
            page=source_store.page_of(self.conn, src.id, start), heading_path=heading_path,
            text_hash=src.text_hash, note=note, origin=origin)

    def add_quote(self, source: int | str, *, exact: str | None = None,
                  start: int | None = None, end: int | None = None,
                  occurrence: int | None = None, note: str = "") -> Quote:
        with self.edit("Add quote", "quote", "", f"source {source}") as entry:
            quote_id = self._insert_quote(source, exact, start, end, occurrence, note, "manual")
            entry.key = str(self._quote_by_id(quote_id).number)
        return self._quote_by_id(quote_id)

    def _quote_by_id(self, quote_id: int) -> Quote:
        return self.quote(store.quote_number(self.conn, quote_id))

    def set_quote_note(self, number: int | str, note: str) -> Quote:
        quote = self.quote(number)
        with self.edit(f"Edit note of quote {quote.number}", "quote", str(quote.number)):
            store.update_quote(self.conn, quote.id, note=note)
        return self.quote(quote.number)

    def delete_quote(self, number: int | str) -> None:
        quote = self.quote(number)
        with self.edit(f"Delete quote {quote.number}", "quote", str(quote.number)):
            store.delete_quote(self.conn, quote.id)

    def quote_links(self, number: int | str) -> dict[str, list[int]]:
        return store.quote_links(self.conn, self.quote(number).id)

    # --- arguments --------------------------------------------------------------------
    def arguments(self, option: str | None = None, position: str | None = None, *,
                  numbers: Iterable[int] | None = None) -> list[Argument]:
        """In board order; ``numbers``: only these (unknown numbers are left out)."""
        option_id = self.option(option).id if option is not None else None
        return store.arguments(self.conn, option_id,
                               _position(position) if position is not None else None,
                               None if numbers is None else set(numbers))

    def quote_summaries(self, option: str) -> dict[int, QuoteSummary]:
        """Per quote number: the short form the option board's cards show."""
        return {q.number: q for q in store.quote_summaries(self.conn, self.option(option).id)}

    def quote_summaries_of(self, numbers: Iterable[int]) -> dict[int, QuoteSummary]:
        """Per quote number, for these numbers only (unknown numbers are left out): what the
        board's visible cards show, read in one query."""
        return {q.number: q for q in store.quote_summaries_of(self.conn, sorted(set(numbers)))}

    def quote_filing(self, source: int | str) -> dict[int, tuple[str, str, str]]:
        """Per quote number of ``source``: (option key, option colour or "", position) of the
        first argument it is filed under (in board order); unfiled quotes are left out."""
        return store.quote_filing(self.conn, self.source(source).id)

    def argument_heads(self, option: str, position: str) -> list[tuple[int, str, int]]:
        """(number, text, number of quotes) of the option's arguments in one position, in
        board order: enough to lay out a column of cards without reading any quote."""
        opt = self.option(option)
        return [(n, text, count) for n, text, count
                in store.argument_heads(self.conn, opt.id, _position(position))]

    def card_quotes(self, arguments: Iterable[int]) -> dict[int, list[QuoteSummary]]:
        """Per argument number: its quotes in short, in order (one query for a page of
        cards; arguments without quotes are left out)."""
        found: dict[int, list[QuoteSummary]] = {}
        for argument, quote in store.card_quotes(self.conn, sorted(set(arguments))):
            found.setdefault(argument, []).append(quote)
        return found

    def argument_counts(self) -> dict[str, dict[str, int]]:
        """{option key: {position: number of arguments}}, for counts in the navigator."""
        return store.argument_counts(self.conn)

    def argument(self, number: int | str) -> Argument:
        found = store.argument_by_number(self.conn, _int(number, "argument"))
        if found is None:
            raise NotFound(Message("not-found-number", record="argument", number=number))
        return found

    def _quote_ids(self, quotes: Iterable[int | str]) -> list[int]:
        return [self.quote(q).id for q in quotes]

    def add_argument(self, option: str, position: str, text: str,
                     quotes: Sequence[int | str] = ()) -> Argument:
        opt = self.option(option)
        if not text.strip():
            raise InvalidInput(Message("argument-needs-text"))
        quote_ids = self._quote_ids(quotes)
        with self.edit(f"Add {position} argument to {opt.key}", "argument", "",
                       f"option {opt.key}") as entry:
            argument_id = store.insert_argument(self.conn, opt.id, _position(position),
                                                text.strip())
            store.link(self.conn, argument_id, quote_ids)
            entry.key = str(self._argument_by_id(argument_id).number)
        return self._argument_by_id(argument_id)

    def _argument_by_id(self, argument_id: int) -> Argument:
        return self.argument(store.argument_number(self.conn, argument_id))

    def update_argument(self, number: int | str, *, text: str | None = None) -> Argument:
        arg = self.argument(number)
        if text is not None and not text.strip():
            raise InvalidInput(Message("argument-needs-text"))
        with self.edit(f"Edit argument {arg.number}", "argument", str(arg.number)):
            if text is not None:
                store.update_argument(self.conn, arg.id, text=text.strip())
        return self.argument(arg.number)

    def link_quotes(self, argument: int | str, quotes: Sequence[int | str]) -> Argument:
        arg = self.argument(argument)
        quote_ids = self._quote_ids(quotes)
        with self.edit(f"Link quotes to argument {arg.number}", "argument", str(arg.number)):
            store.link(self.conn, arg.id, quote_ids)
        return self.argument(arg.number)

    def unlink_quotes(self, argument: int | str, quotes: Sequence[int | str]) -> Argument:
        arg = self.argument(argument)
        quote_ids = self._quote_ids(quotes)
        with self.edit(f"Unlink quotes from argument {arg.number}", "argument",
                       str(arg.number)):
            store.unlink(self.conn, arg.id, quote_ids)
        return self.argument(arg.number)

    def move_argument(self, number: int | str, *, option: str | None = None,
                      position: str | None = None, index: int | None = None) -> Argument:
        """Move to another option/column and/or to ``index`` (0-based) within the column."""
        arg = self.argument(number)
        target_option = self.option(option or arg.option_key)
        target_position = _position(position or arg.position)
        source_option = self.option(arg.option_key)
        with self.edit(f"Move argument {arg.number}", "argument", str(arg.number)):
            old = [i for i in store.column_ids(self.conn, source_option.id, arg.position)
                   if i != arg.id]
            store.reorder(self.conn, source_option.id, arg.position, old)
            column = [i for i in store.column_ids(self.conn, target_option.id, target_position)
                      if i != arg.id]
            at = len(column) if index is None else max(0, min(index, len(column)))
            column.insert(at, arg.id)
            store.reorder(self.conn, target_option.id, target_position, column)
        return self.argument(arg.number)

    def merge_arguments(self, target: int | str, other: int | str) -> Argument:
        """Fold ``other`` into ``target``: its quotes join target's, then it is deleted."""
        keep, gone = self.argument(target), self.argument(other)
        if keep.id == gone.id:
            raise InvalidInput(Message("argument-merge-itself"))
        with self.edit(f"Merge argument {gone.number} into {keep.number}", "argument",
                       str(keep.number)):
            store.link(self.conn, keep.id, self._quote_ids(gone.quote_numbers))
            store.delete_argument(self.conn, gone.id)
        return self.argument(keep.number)

    def delete_argument(self, number: int | str) -> None:
        arg = self.argument(number)
        with self.edit(f"Delete argument {arg.number}", "argument", str(arg.number)):
            store.delete_argument(self.conn, arg.id)

    def argument_advisors(self, number: int | str) -> list[str]:
        return store.argument_advisors(self.conn, self.argument(number).id)

    def quote_for_option(self, source: int | str, *, option: str, position: str,
                         exact: str | None = None, start: int | None = None,
                         end: int | None = None, occurrence: int | None = None,
                         argument: int | str | None = None, new_argument: str | None = None,
                         note: str = "", origin: str = "manual") -> tuple[Quote, Argument]:
        """The reader's one action: quote a passage as evidence for an option (one undo step)."""
        opt = self.option(option)
        if (argument is None) == (new_argument is None or not new_argument.strip()):
            raise InvalidInput(Message("argument-either"))
        existing = self.argument(argument) if argument is not None else None
        if existing is not None and (existing.option_key != opt.key or
                                     existing.position != position):
            raise InvalidInput(Message("argument-elsewhere", number=existing.number,
                                       option=existing.option_key, position=existing.position,
                                       target=opt.key, target_position=position))
        with self.edit(f"Quote as {position} of {opt.key}", "quote", "",
                       f"option {opt.key}") as entry:
            quote_id = self._insert_quote(source, exact, start, end, occurrence, note, origin)
            if existing is None:
                argument_id = store.insert_argument(self.conn, opt.id, _position(position),
                                                    str(new_argument).strip())
            else:
                argument_id = existing.id
            store.link(self.conn, argument_id, [quote_id])
            # a suggestion of this paragraph for this option is answered by the quote: it
            # leaves the list now, not at the next scan (#14)
            suggestion_store.settle_quoted(self.conn, opt.id, quote_id)
            entry.key = str(self._quote_by_id(quote_id).number)
            entry.detail += f", argument {self._argument_by_id(argument_id).number}"
        return self._quote_by_id(quote_id), self._argument_by_id(argument_id)

    # --- stances ----------------------------------------------------------------------
    def stances(self, advisor: str | None = None, option: str | None = None) -> list[Stance]:
        advisor_id = self.advisor(advisor).id if advisor else None
        option_id = self.option(option).id if option else None
        return store.stances(self.conn, advisor_id, option_id)

    def stance(self, advisor: str, option: str) -> Stance | None:
        found = self.stances(advisor, option)
        return found[0] if found else None

    def set_stance(self, advisor: str, option: str, stance: str,
                   quotes: Sequence[int | str] = (), note: str = "",
                   explicit: bool | None = None) -> Stance:
        """Record an advisor's stance on an option. ``explicit``: True when the advisor states
        it, False when the officer inferred it from the advice; None keeps what an existing
        stance has (a new one is explicit)."""
        if stance not in STANCES:
            raise InvalidInput(Message("choice-invalid", field="stance", value=stance,
                                       allowed=", ".join(STANCES)))
        adv, opt = self.advisor(advisor), self.option(option)
        quote_ids = self._quote_ids(quotes)
        with self.edit(f"Set stance of {adv.key} on {opt.key}", "stance",
                       f"{adv.key}/{opt.key}", stance):
            store.upsert_stance(self.conn, adv.id, opt.id, stance, note, quote_ids, explicit)
        found = self.stance(adv.key, opt.key)
        assert found is not None
        return found

    def clear_stance(self, advisor: str, option: str) -> None:
        adv, opt = self.advisor(advisor), self.option(option)
        with self.edit(f"Clear stance of {adv.key} on {opt.key}", "stance",
                       f"{adv.key}/{opt.key}"):
            store.delete_stance(self.conn, adv.id, opt.id)

    # --- fidelity ---------------------------------------------------------------------
    def verify_quotes(self, source: int | str | None = None) -> list[QuoteCheck]:
        """Check every quote against its source's current text; changes nothing."""
        numbers = {s.id: s.number for s in self.sources()}
        wanted = self.source(source).id if source is not None else None
        rows = store.quote_spans(self.conn)
        return list(self._verify_rows(
            (r for r in rows if wanted is None or r[1] == wanted), numbers))

    def verify_quotes_of(self, source_ids: Iterable[int], numbers: dict[int, int],
                         rows: list[tuple[int, int, int, str, int, int]] | None = None
                         ) -> list[tuple[int, int, QuoteCheck]]:
        """(quote id, source id, check) of the quotes of these sources (by id; ``numbers``
        maps their ids to numbers): what the checks re-read after an edit (#15). ``rows``:
        their ``quote_spans_of``, when the caller has read them already."""
        if rows is None:
            rows = list(check_store.quote_spans_of(self.conn, source_ids))
        checks = self._verify_rows((r[1:] for r in rows), numbers)
        return [(r[0], r[2], check) for r, check in zip(rows, checks, strict=True)]

    def _verify_rows(self, rows: Iterable[tuple[int, int, str, int, int]],
                     numbers: dict[int, int]) -> Iterator[QuoteCheck]:
        """Checks of (number, source id, exact, start, end) rows ordered by source."""
        source_id, text = -1, ""
        canonical: anchoring.CanonicalText | None = None
        # A quote that still stands where it was is checked from its span alone: 50,000
        # quotes in well under a second (#15); only the others are read in full and searched.
        for number, quote_source, exact, start, end in rows:
            if quote_source != source_id:
                source_id, canonical = quote_source, None
                text = source_store.source_text(self.conn, source_id)
            if text.startswith(exact, start) and end - start == len(exact):
                yield QuoteCheck(number, numbers[source_id], "ok", exact, None)
                continue
            q = store.quote_by_number(self.conn, number)
            assert q is not None
            canonical = canonical or anchoring.canonical_text(text)
            found = anchoring.verify(_selector(q), canonical)
            yield QuoteCheck(number, numbers[source_id], found.status, exact, found.exact)

    def reanchor_quotes(self, source: int | str) -> dict[str, int]:
        """After a new version of a source: move each quote to where its text is now.

        A quote whose text changed or vanished is flagged (status changed/lost), never
        rewritten: its exact text stays what the advisor originally wrote.
        """
        src = self.source(source)
        text = source_store.source_text(self.conn, src.id)
        canonical = anchoring.canonical_text(text)
        tally = {status: 0 for status in ("ok", "moved", "changed", "lost")}
        with self.edit(f"Re-anchor quotes of source {src.number}", "source", str(src.number)):
            for q in store.quotes(self.conn, src.id):
                found = anchoring.reanchor(_selector(q), canonical)
                tally[found.status] += 1
                fields: dict[str, object] = {"status": found.status}
                if found.start is not None and found.end is not None:
                    block = source_store.block_at(self.conn, src.id, found.start)
                    fields.update(
                        start=found.start, end=found.end,
                        page=source_store.page_of(self.conn, src.id, found.start),
                        heading_path=block.heading_path if block else (),
                        prefix=text[max(0, found.start - 32):found.start],
                        suffix=text[found.end:found.end + 32])
                    if found.status in ("ok", "moved"):
                        fields["text_hash"] = src.text_hash
                store.update_quote(self.conn, q.id, **fields)
        return tally


def _selector(q: Quote) -> anchoring.Selector:
    return anchoring.Selector(q.exact, q.prefix, q.suffix, q.start, q.end)


def _int(value: int | str, what: str) -> int:
    try:
        return int(str(value).lstrip("#"))
    except ValueError:
        raise NotFound(Message("not-a-number", value=value, record=what)) from None

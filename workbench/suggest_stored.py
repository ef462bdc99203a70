"""The paragraphs' readings as the dossier keeps them (#16, migration 007).

The first scan of a session used to read every paragraph again: fold, tokenise, stem, look
for the options' names, ~60 % of a cold rescan at 2,000 sources. The dossier now keeps what
the scan read of each paragraph (``workbench.suggest_words.Reading``) and which options it
names, in a compact form: the stems as numbers into a table of stems (``suggest_stem``),
numbers (2 bytes each while the table has fewer than 65,536 stems, else 4) and counts (1 byte)
as packed little-endian integers: the 2,000-source bench dossier grows by ~6 %.

A dossier from someone else is untrusted, and a kept reading may be stale; so a reading is
used only when

- its digest is the one of the paragraph's text as it is now (a re-imported or changed
  paragraph, or another paragraph that took a deleted one's id, is read again), made with
  ``_VERSION``, which names how paragraphs are read (a change of the stop words makes every
  kept reading stale);
- every value has the type, size and range it must have, and every stem number is in the
  table of stems (which must be numbered 0, 1, 2 ... without gaps);
- for the options it names: the options' names and patterns are the ones it was made for
  (``named_for``), and every option it names exists.

Anything else is left out, and the paragraph is read again (and kept again by the next
store). Nothing read back is ever executed or used as a pattern.
"""

from __future__ import annotations

import hashlib
import json
import sys
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from workbench.suggest_rank import Known
from workbench.suggest_words import STOP_WORDS, Reading

_VERSION = hashlib.blake2b(("reading 1 " + " ".join(sorted(STOP_WORDS))).encode("utf-8"),
                           digest_size=16).digest()
_U32 = "I" if array("I").itemsize == 4 else "L"
_BIG_ENDIAN = sys.byteorder == "big"
_MAX_COUNT = 0xFF
_MAX_NAMED = 64                     # options a paragraph names, at most, to be kept
_MAX_TEXT = 200                     # characters of an anaphor or of the words that named one

_Named = dict[int, tuple[int, str]]
StoredRow = tuple[int, bytes, bytes, bytes, str | None, str | None, int | None]


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12,
                           person=_VERSION).digest()


def named_for(signature: str) -> int:
    """The options' names and patterns as a signed 64-bit number (what a row's mentions were
    found for)."""
    return int.from_bytes(hashlib.blake2b(_VERSION + signature.encode("utf-8"),
                                          digest_size=8).digest(), "little", signed=True)


class Stems:
    """The dossier's table of stems, and the numbers of the stems a scan adds to it."""

    def __init__(self, rows: Sequence[tuple[object, object]]) -> None:
        self.valid = all(i == n and isinstance(s, str) and s for n, (i, s) in enumerate(rows))
        self.stems: list[str] = [str(s) for _, s in rows] if self.valid else []
        self.numbers = {s: i for i, s in enumerate(self.stems)}
        if len(self.numbers) != len(self.stems):        # a stem twice: not ours
            self.valid, self.stems, self.numbers = False, [], {}
        self.first_new = len(self.stems)

    def number(self, stem: str) -> int:
        found = self.numbers.get(stem)
        if found is None:
            found = self.numbers[stem] = len(self.stems)
            self.stems.append(stem)
        return found

    @property
    def new(self) -> list[str]:
        return self.stems[self.first_new:]


@dataclass
class ReadingsToKeep:
    """What a scan read now, for the dossier to keep (see ``SuggestionOps.apply_suggestions``):
    ``rows`` by source id, numbered against the stems the file had (``first_new`` of them)
    plus ``new_stems``; ``reset``: the file's stems were unusable, start afresh."""

    reset: bool = False
    first_new: int = 0
    new_stems: list[str] = field(default_factory=list)
    rows: dict[int, list[StoredRow]] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(map(len, self.rows.values()))


def _ints(blob: object, code: str) -> array[int] | None:
    if not isinstance(blob, bytes):
        return None
    values = array(code)
    if len(blob) % values.itemsize:
        return None
    values.frombytes(blob)
    if _BIG_ENDIAN:
        values.byteswap()
    return values


def _named(value: object, option_ids: set[int], seen: dict[str, _Named | None]
           ) -> _Named | None:
    """The options a row says its paragraph names, if the value is well-formed. ``seen``:
    the values parsed so far (many paragraphs name the same options in the same words)."""
    if not isinstance(value, str) or len(value) > _MAX_NAMED * (_MAX_TEXT + 30):
        return None
    if value not in seen:        # (shared: the ranking never changes what it is given)
        seen[value] = _parse_named(value, option_ids)
    return seen[value]


def _parse_named(value: str, option_ids: set[int]) -> _Named | None:
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if not isinstance(items, list) or len(items) > _MAX_NAMED:
        return None
    out: _Named = {}
    for item in items:
        if not (isinstance(item, list) and len(item) == 3):
            return None
        option_id, count, words = item
        if type(option_id) is not int or option_id not in option_ids or option_id in out \
                or type(count) is not int or not 0 < count <= 1_000_000 \
                or not isinstance(words, str) or not 0 < len(words) <= _MAX_TEXT:
            return None
        out[option_id] = (count, words)
    return out


def decode(rows: Iterable[Sequence[object]], texts: Mapping[int, str], stems: Stems,
           signature: int, option_ids: set[int]) -> dict[int, Known]:
    """The kept readings that can be trusted (see the module's docstring), by block id: the
    reading, and the options it names (None when not known for the options as they are)."""
    out: dict[int, Known] = {}
    if not stems.valid:
        return out
    table = stems.stems
    seen: dict[str, _Named | None] = {}
    for row in rows:
        if len(row) != 7:
            continue
        block, dig, terms, counts, anaphor, named, named_at = row
        if type(block) is not int:
            continue
        block_id = int(block)
        text = texts.get(block_id)
        if text is None or dig != digest(text):
            continue
        times = _ints(counts, "B")
        # stem numbers take 2 bytes each while they all fit, else 4
        numbers = None if times is None or not isinstance(terms, bytes) else _ints(
            terms, "H" if len(terms) == 2 * len(times) else _U32)
        if numbers is None or times is None or len(numbers) != len(times) \
                or (times and min(times) == 0) or len(set(numbers)) != len(numbers):
            continue
        if anaphor is not None and not (isinstance(anaphor, str) and 0 < len(anaphor)
                                        <= _MAX_TEXT):
            continue
        try:
            words = tuple(map(table.__getitem__, numbers))
        except IndexError:
            continue
        reading = Reading(words, tuple(times), sum(times), anaphor)
        out[block_id] = (reading, _named(named, option_ids, seen) if named_at == signature
                         else None)
    return out


def encode(learned: Mapping[int, tuple[Reading, Mapping[int, tuple[int, str]]]],
           texts: Mapping[int, str], sources: Mapping[int, int], stems: Stems, signature: int
           ) -> ReadingsToKeep:
    """What the scan read now (``learned``: block id -> reading and the options it names),
    as rows for the dossier, by source (``sources``: block id -> source id)."""
    keep = ReadingsToKeep(reset=not stems.valid, first_new=stems.first_new)
    number = stems.number
    for block_id, (reading, named) in learned.items():
        text = texts.get(block_id)
        source = sources.get(block_id)
        if text is None or source is None or (reading.counts and max(reading.counts)
                                              > _MAX_COUNT) or len(named) > _MAX_NAMED \
                or len(reading.anaphor or "") > _MAX_TEXT \
                or any(len(w) > _MAX_TEXT for _c, w in named.values()):
            continue            # not kept (read again next time) rather than kept cut short
        numbers = list(map(number, reading.terms))
        terms = array("H" if not numbers or max(numbers) <= 0xFFFF else _U32, numbers)
        counts = array("B", reading.counts)
        if _BIG_ENDIAN:
            terms.byteswap()
            counts.byteswap()
        found = json.dumps([[k, c, w] for k, (c, w) in named.items()],
                           ensure_ascii=False)
        keep.rows.setdefault(source, []).append(
            (block_id, digest(text), terms.tobytes(), counts.tobytes(),
             reading.anaphor, found, signature))
    keep.new_stems = stems.new
    return keep

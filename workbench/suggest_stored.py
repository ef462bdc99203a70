"""The paragraphs' readings as the dossier keeps them (#16, migration 007).

The first scan of a session used to read every paragraph again: fold, tokenise, stem, look
for the options' names, ~60 % of a cold rescan at 2,000 sources. The dossier now keeps what
the scan read of each paragraph (``workbench.suggest_words.Reading``) and which options it
names, in a compact form: the stems as numbers into a table of stems (``suggest_stem``),
numbers (2 bytes each while the table has fewer than 65,536 stems, else 4) and counts (1 byte)
as packed little-endian integers: the 2,000-source bench dossier grows by ~6 %.

A dossier from someone else is untrusted, and a kept reading may be stale; so a reading is
used only when

- its seal is the one of the paragraph's text as it is now and of what the row says, made
  with a secret of this installation (``seal``): a re-imported or changed paragraph, another
  paragraph that took a deleted one's id, a row written by someone else or on another
  machine is read again. The seal is made with ``_VERSION`` too, which names how paragraphs
  are read (a change of the stop words makes every kept reading stale);
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
import math
import os
import struct
import sys
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import TypeGuard

from workbench.suggest_rank import Known
from workbench.suggest_vectors import Basis, FoundSum, NearestKept, basis_identity, text_digest
from workbench.suggest_words import ANAPHORA, STOP_WORDS, Reading
from workbench.userdirs import user_data_dir

_VERSION = hashlib.blake2b(("reading 1 " + " ".join(sorted(STOP_WORDS))).encode("utf-8"),
                           digest_size=16).digest()
_U32 = "I" if array("I").itemsize == 4 else "L"
_BIG_ENDIAN = sys.byteorder == "big"
_MAX_COUNT = 0xFF
_MAX_NAMED = 64                     # options a paragraph names, at most, to be kept
_MAX_TEXT = 200                     # characters of an anaphor or of the words that named one

_Named = dict[int, tuple[int, str]]
StoredRow = tuple[int, bytes, bytes, bytes, str | None, str | None, int | None]


def _installation_key() -> bytes:
    """A secret of this user's installation (made on first use, in the user's data folder):
    the seal of a kept reading is made with it, so a file made elsewhere, or a row someone
    wrote to make the suggestions say what they want, is never believed; its paragraphs are
    read again (once: then kept with this installation's seal). Without a place to keep it,
    a secret of this process: nothing kept is used, and nothing goes wrong."""
    return _key_in(user_data_dir() / "suggestion-readings.key")


@lru_cache(maxsize=4)
def _key_in(path: Path) -> bytes:
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except OSError:
        pass
    key = os.urandom(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        made = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        made.write_bytes(key)
        os.replace(made, path)
        key = path.read_bytes()       # two processes at once: the one that came last wins
    except OSError:
        pass
    return key if len(key) == 32 else os.urandom(32)


def seal(key: bytes, text: str, terms: bytes, counts: bytes, anaphor: bytes | None,
         named: bytes | None, named_at: int | None) -> bytes:
    """What a row must carry to be used: a keyed digest of the paragraph's text (of its
    ``text_digest``, which the ranking needs too: made once per paragraph, #16) and of
    everything the row says about it (with ``_VERSION``)."""
    body = text_digest(text)
    parts = (body, terms, counts, anaphor or b"", named or b"",
             b"" if named_at is None else named_at.to_bytes(8, "little", signed=True))
    return hashlib.blake2b(struct.pack("<6I", *map(len, parts)) + b"".join(parts),
                           digest_size=16, key=key, person=_VERSION).digest()


def named_for(signature: str) -> int:
    """The options' names and patterns as a signed 64-bit number (what a row's mentions were
    found for)."""
    return int.from_bytes(hashlib.blake2b(_VERSION + signature.encode("utf-8"),
                                          digest_size=8).digest(), "little", signed=True)


class Stems:
    """The dossier's table of stems, and the numbers of the stems a scan adds to it."""

    def __init__(self, rows: Sequence[tuple[object, object]]) -> None:
        stems = [_text(s) for _, s in rows]
        self.valid = all(i == n and s for n, ((i, _), s) in enumerate(zip(rows, stems,
                                                                           strict=True)))
        self.stems: list[str] = [s or "" for s in stems] if self.valid else []
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
    basis: tuple[int, bytes, bytes] | None = None     # a new idf basis: paragraphs, df, seal
    # found sums made now (migration 008): option id, identity, terms, weights, seal
    found: list[tuple[int, bytes, bytes, bytes, bytes]] = field(default_factory=list)
    # the examples' answers made now: option id, positive, identity, texts, sims, labels, seal
    nearest: list[tuple[int, int, bytes, bytes, bytes, bytes, bytes]] = field(
        default_factory=list)

    def __len__(self) -> int:
        return sum(map(len, self.rows.values()))


def _bytes_or_none(value: object) -> TypeGuard[bytes | None]:
    return value is None or isinstance(value, bytes)


def _text(value: object) -> str | None:
    """A text read as its bytes (see workbench.store.suggest_readings); None if not UTF-8."""
    if not isinstance(value, bytes):
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return None


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


def _named(value: object, option_ids: set[int], seen: dict[bytes, _Named | None]
           ) -> _Named | None:
    """The options a row says its paragraph names, if the value is well-formed. ``seen``:
    the values parsed so far (many paragraphs name the same options in the same words)."""
    if not isinstance(value, bytes) or len(value) > _MAX_NAMED * (_MAX_TEXT + 30) * 4:
        return None
    if value not in seen:        # (shared: the ranking never changes what it is given)
        text = _text(value)
        seen[value] = None if text is None else _parse_named(text, option_ids)
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
           signature: int, option_ids: set[int], digests: dict[int, bytes] | None = None
           ) -> dict[int, Known]:
    """The kept readings that can be trusted (see the module's docstring), by block id: the
    reading, and the options it names (None when not known for the options as they are).
    ``digests`` receives the ``text_digest`` of the text of every paragraph a row is kept
    for (block id -> digest; made here from ``texts``, never read from the file).

    One Python loop per kept paragraph (120,000 on a cold rescan at 2,000 sources), so kept
    lean (#16): the seal's keyed hasher copied rather than made, one update per row, the stem
    numbers read in place (``memoryview``) and looked up in one call (``itemgetter``), the options'
    words parsed once per distinct value, the reading made as the tuple it is."""
    out: dict[int, Known] = {}
    if not stems.valid:
        return out
    table = stems.stems
    stem_of = table.__getitem__
    pick = itemgetter
    copy = _sealer(_installation_key()).copy
    seen: dict[bytes, _Named | None] = {}
    pack = _LENGTHS.pack
    join = b"".join
    text_of = texts.get
    make = tuple.__new__
    digest_of = text_digest
    anaphor_ok = ANAPHORA.fullmatch
    wide = _U32
    for row in rows:
        if len(row) != 7:
            continue
        block, dig, terms, counts, anaphor, named, named_at = row
        if type(block) is not int:
            continue
        text = text_of(block)
        if text is None or type(dig) is not bytes or type(terms) is not bytes \
                or type(counts) is not bytes \
                or not (anaphor is None or type(anaphor) is bytes) \
                or not (named is None or type(named) is bytes) \
                or not (named_at is None or type(named_at) is int):
            continue
        # the seal (see ``seal``)
        body = digest_of(text)
        if digests is not None:
            digests[block] = body
        said_bytes, named_bytes = anaphor or b"", named or b""
        at = b"" if named_at is None else named_at.to_bytes(8, "little", signed=True)
        hasher = copy()
        hasher.update(join((pack(len(body), len(terms), len(counts), len(said_bytes),
                                 len(named_bytes), len(at)),
                            body, terms, counts, said_bytes, named_bytes, at)))
        if hasher.digest() != dig:
            continue
        # counts: one byte each, none zero; stem numbers: 2 bytes each while they all
        # fit, else 4, each once
        size = len(counts)
        if b"\0" in counts:
            continue
        if _BIG_ENDIAN:
            numbers: Sequence[int] | None = _ints(terms, "H" if len(terms) == 2 * size
                                                  else wide)
            if numbers is None or len(numbers) != size:
                continue
        elif len(terms) == 2 * size:
            numbers = memoryview(terms).cast("H")
        elif len(terms) == 4 * size:
            numbers = memoryview(terms).cast("I") if wide == "I" \
                else memoryview(terms).cast("L")
        else:
            continue
        if anaphor is None:
            said = None
        else:
            said = _text(anaphor)
            if not (said and len(said) <= _MAX_TEXT and anaphor_ok(said)):
                continue
        # the stems: one C call for all of them (a tuple when there are two or more)
        try:
            words = pick(*numbers)(table) if size > 1 else tuple(map(stem_of, numbers))
        except IndexError:
            continue
        if len(set(words)) != size:      # each stem once (the table holds each once)
            continue
        if named_at != signature:
            names = None
        elif named is not None and named in seen:
            names = seen[named]
        else:
            names = _named(named, option_ids, seen)
        out[block] = (make(Reading, (words, tuple(counts), sum(counts), said)), names)
    return out


_LENGTHS = struct.Struct("<6I")


@lru_cache(maxsize=4)
def _sealer(key: bytes) -> hashlib.blake2b:
    """The keyed hasher of ``seal`` before any data: copied per row (cheaper than keying)."""
    return hashlib.blake2b(digest_size=16, key=key, person=_VERSION)


def encode(learned: Mapping[int, tuple[Reading, Mapping[int, tuple[int, str]]]],
           texts: Mapping[int, str], sources: Mapping[int, int], stems: Stems, signature: int
           ) -> ReadingsToKeep:
    """What the scan read now (``learned``: block id -> reading and the options it names),
    as rows for the dossier, by source (``sources``: block id -> source id)."""
    keep = ReadingsToKeep(reset=not stems.valid, first_new=stems.first_new)
    number = stems.number
    key = _installation_key()
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
        found = json.dumps([[k, c, w] for k, (c, w) in named.items()], ensure_ascii=False)
        packed_terms, packed_counts = terms.tobytes(), counts.tobytes()
        keep.rows.setdefault(source, []).append(
            (block_id, seal(key, text, packed_terms, packed_counts,
                            reading.anaphor.encode("utf-8") if reading.anaphor else None,
                            found.encode("utf-8"), signature),
             packed_terms, packed_counts, reading.anaphor, found, signature))
    keep.new_stems = stems.new
    return keep


def encode_basis(basis: Basis) -> tuple[int, bytes, bytes]:
    """A basis as the dossier keeps it: (paragraphs, "stem count" lines, seal)."""
    df = "\n".join(f"{t} {c}" for t, c in basis.df.items()).encode("utf-8")
    return basis.paragraphs, df, _basis_seal(_installation_key(), basis.paragraphs, df)


def _basis_seal(key: bytes, paragraphs: int, df: bytes) -> bytes:
    return hashlib.blake2b(paragraphs.to_bytes(8, "little") + df, digest_size=16, key=key,
                           person=_VERSION).digest()


def decode_basis(row: Sequence[object] | None) -> Basis | None:
    """The kept idf basis, if it can be trusted (sealed here, well-formed); else None."""
    if row is None or len(row) != 3:
        return None
    paragraphs, blob, sealed = row
    if type(paragraphs) is not int or not 0 < paragraphs < 1 << 40 \
            or not isinstance(blob, bytes) or not isinstance(sealed, bytes) \
            or sealed != _basis_seal(_installation_key(), paragraphs, blob):
        return None
    text = _text(blob)
    if text is None:
        return None
    df: dict[str, int] = {}
    for line in text.split("\n") if text else ():
        parts = line.split(" ")
        if len(parts) != 2 or not parts[0] or parts[0] in df or not parts[1].isdigit():
            return None
        count = int(parts[1])
        if not 0 < count <= paragraphs:
            return None
        df[parts[0]] = count
    return Basis(paragraphs, df, basis_identity(paragraphs, df))


# ---------------------------------------------------------------- found sums (migration 008)

_MAX_FOUND_TERMS = 5_000_000        # stems in one option's found sum, at most


def _found_seal(key: bytes, option_id: int, identity: bytes, terms: bytes, weights: bytes
                ) -> bytes:
    return hashlib.blake2b(
        _FOUND_LENGTHS.pack(option_id, len(identity), len(terms), len(weights))
        + identity + terms + weights, digest_size=16, key=key, person=_VERSION).digest()


_FOUND_LENGTHS = struct.Struct("<q3Q")


def encode_found(sums: Mapping[int, FoundSum], kept: Mapping[int, FoundSum]
                 ) -> list[tuple[int, bytes, bytes, bytes, bytes]]:
    """The found sums made now (option id -> identity and sum) as rows for the dossier
    (option id, identity, terms, weights, seal): those the dossier does not keep already
    (``kept``, as decoded)."""
    key = _installation_key()
    rows = []
    for option_id, (identity, total) in sums.items():
        held = kept.get(option_id)
        if held is not None and held[0] == identity:
            continue
        terms = "\n".join(total).encode("utf-8", "surrogatepass")
        weights = array("d", total.values())
        if _BIG_ENDIAN:
            weights.byteswap()
        packed = weights.tobytes()
        rows.append((option_id, identity, terms, packed,
                     _found_seal(key, option_id, identity, terms, packed)))
    return rows


def decode_found(rows: Iterable[Sequence[object]], option_ids: set[int]
                 ) -> dict[int, FoundSum]:
    """The kept found sums that can be trusted, by option id: sealed by this installation
    for what the row says, of an option that exists, every stem a non-empty text once, as
    many finite non-negative weights as stems, the identity 16 bytes. Anything else is left
    out (the sum is made again). The identity is compared by the ranking."""
    out: dict[int, FoundSum] = {}
    key = _installation_key()
    for row in rows:
        if len(row) != 5:
            continue
        option_id, identity, terms, weights, sealed = row
        if type(option_id) is not int or option_id not in option_ids \
                or type(identity) is not bytes or len(identity) != 16 \
                or type(terms) is not bytes or type(weights) is not bytes \
                or type(sealed) is not bytes or len(weights) % 8 \
                or len(weights) > 8 * _MAX_FOUND_TERMS \
                or sealed != _found_seal(key, option_id, identity, terms, weights):
            continue
        text = _text(terms)
        values = array("d")
        values.frombytes(weights)
        if _BIG_ENDIAN:
            values.byteswap()
        words = text.split("\n") if text else []
        if text is None or len(words) != len(values) or not all(words) \
                or not all(map(math.isfinite, values)) or (values and min(values) < 0):
            continue
        total = dict(zip(words, values, strict=True))
        if len(total) != len(words):
            continue
        out[option_id] = (identity, total)
    return out


# ---------------------------------------------------------------- examples' answers (008)

_MAX_ANSWERS = 10_000_000
_NEAREST_LENGTHS = struct.Struct("<qq4Q")


def _nearest_seal(key: bytes, option_id: int, positive: int, identity: bytes, texts: bytes,
                  sims: bytes, labels: bytes) -> bytes:
    return hashlib.blake2b(
        _NEAREST_LENGTHS.pack(option_id, positive, len(identity), len(texts), len(sims),
                              len(labels)) + identity + texts + sims + labels,
        digest_size=16, key=key, person=_VERSION).digest()


def encode_nearest(answers: Mapping[tuple[int, bool], NearestKept]
                   ) -> list[tuple[int, int, bytes, bytes, bytes, bytes, bytes]]:
    """The examples' answers made now ((option id, positive) -> identity and answers by
    paragraph text digest) as rows for the dossier."""
    key = _installation_key()
    rows = []
    for (option_id, positive), (identity, found) in answers.items():
        if len(found) > _MAX_ANSWERS or any(place > 0xFFFF for _s, place in found.values()):
            continue
        sims = array("d", (sim for sim, _place in found.values()))
        places = array("H", (place for _sim, place in found.values()))
        if _BIG_ENDIAN:
            sims.byteswap()
            places.byteswap()
        texts = b"".join(found)
        row = (option_id, int(positive), identity, texts, sims.tobytes(), places.tobytes())
        rows.append((*row, _nearest_seal(key, *row)))
    return rows


def decode_nearest(rows: Iterable[Sequence[object]], option_ids: set[int]
                   ) -> dict[tuple[int, bool], NearestKept]:
    """The kept answers of the officer's examples that can be trusted, by (option id,
    positive): sealed by this installation for what the row says, of an option that exists,
    16 bytes of text digest, one finite cosine in [0, 1.01] and one place per answer. The
    identity and the places are compared with the examples by the ranking."""
    out: dict[tuple[int, bool], NearestKept] = {}
    key = _installation_key()
    for row in rows:
        if len(row) != 7:
            continue
        option_id, positive, identity, texts, sims, labels, sealed = row
        if type(option_id) is not int or option_id not in option_ids \
                or positive not in (0, 1) or type(positive) is not int \
                or type(identity) is not bytes or len(identity) != 16 \
                or type(texts) is not bytes or type(sims) is not bytes \
                or type(labels) is not bytes or type(sealed) is not bytes \
                or len(texts) % 16 or len(texts) > 16 * _MAX_ANSWERS \
                or len(sims) != len(texts) // 2 or len(labels) != len(texts) // 8 \
                or sealed != _nearest_seal(key, option_id, positive, identity, texts, sims,
                                           labels):
            continue
        values, places = array("d"), array("H")
        values.frombytes(sims)
        places.frombytes(labels)
        if _BIG_ENDIAN:
            values.byteswap()
            places.byteswap()
        if not all(map(math.isfinite, values)) or (values and (
                min(values) < 0 or max(values) > 1.01)):
            continue
        digests = [texts[i:i + 16] for i in range(0, len(texts), 16)]
        found = dict(zip(digests, zip(values, places, strict=True), strict=True))
        if len(found) != len(digests):
            continue
        out[(option_id, bool(positive))] = (identity, found)
    return out

"""The paragraphs' readings as the dossier keeps them (#16, migrations 007 and 009).

The first scan of a session used to read every paragraph again: fold, tokenise, stem, look
for the options' names, ~60 % of a cold rescan at 2,000 sources. The dossier now keeps what
the scan read of each paragraph (``workbench.suggest_words.Reading``) and which options it
names, in a compact form, one row per source (``suggest_source_readings``, migration 009; one
row per paragraph before): the stems as numbers into a table of stems (``suggest_stem``),
numbers (2 bytes each while the table has fewer than 65,536 stems, else 4) and counts (1 byte,
2 where one does not fit) as packed little-endian integers, the few anaphors and named
options as JSON (the layout: ``_HEAD``).

A dossier from someone else is untrusted, and a kept reading may be stale; so a reading is
used only when

- its source's row carries the seal of what the row says, made with a secret of this
  installation (``seal``): a row written by someone else or on another machine is read
  again. The seal is made with ``_VERSION`` too, which names how paragraphs are read (a
  change of the stop words makes every kept reading stale);
- the row holds, for the paragraph, the digest of the text it was read from, and that is
  the digest of the paragraph's text as it is now: a re-imported or changed paragraph, or
  another paragraph that took a deleted one's id, is read again;
- the row is laid out as this module writes it (sizes, counts that add up, no count of
  zero), and every stem number is in the table of stems (which must be numbered 0, 1, 2 ...
  without gaps, each stem once);
- for the options it names: the options' names and patterns are the ones it was made for
  (``named_for``), and every option it names exists.

Anything else is left out, and the paragraphs are read again (and kept again by the next
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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import Literal, TypeGuard, TypeVar, cast

from workbench.suggest_rank import Known
from workbench.suggest_vectors import Basis, FoundSum, NearestKept, basis_identity, text_digest
from workbench.suggest_words import ANAPHORA, STOP_WORDS, Reading
from workbench.userdirs import user_data_dir

_VERSION = hashlib.blake2b(("reading 1 " + " ".join(sorted(STOP_WORDS))).encode("utf-8"),
                           digest_size=16).digest()
_U32 = "I" if array("I").itemsize == 4 else "L"
_BIG_ENDIAN = sys.byteorder == "big"
_MAX_NAMED = 64                     # options a paragraph names, at most, to be kept
_MAX_TEXT = 200                     # characters of an anaphor or of the words that named one

_Named = dict[int, tuple[int, str]]
_T = TypeVar("_T")
StoredRow = tuple[int, bytes, bytes, bytes]     # source id, block ids, seal, readings


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


# One row per source (migration 009): its paragraphs' block ids (``blocks``, signed 64-bit),
# a keyed seal of the source id, the block ids and ``readings``, and ``readings``, packed
# (every integer little-endian):
#   the header (``_HEAD``): b"CWR1", the size of a stem number (2 or 4 bytes) and of a count
#     (1 or 2), the number of paragraphs n and of stems in all t, what the named options were
#     found for (``named_for``), the size of the JSON at the end
#   n x 16 bytes: the ``text_digest`` of each paragraph's text when it was read
#   n x uint32: how many distinct stems each paragraph has
#   n x uint16: what else it says: 0 for no anaphor and no option named (most paragraphs),
#     else 1 + its place in the JSON's list
#   t stem numbers and t counts, paragraph after paragraph
#   JSON lines (UTF-8; none when no paragraph says anything else): the source's distinct
#     [anaphor or null, [[option id, mentions, words], ...]], one a line.
# One keyed digest per source, not per paragraph, the paragraphs' stems and the rest looked
# up in a few calls per source: checking the 120,000 kept readings of the 2,000-source bench
# dossier was ~1.5 s of its cold rescan with a row per paragraph (#16).
_HEAD = struct.Struct("<4sBBxxIIqI")
_MAGIC = b"CWR1"
_SEAL_HEAD = struct.Struct("<qQQ")
_MAX_ROW = 64 << 20                 # bytes of one source's readings or block ids, at most
_MAX_KINDS = 0xFFFF                 # distinct things paragraphs of one source say otherwise
_MAX_MENTIONS = 1_000_000
_NAMES_NONE: _Named = {}            # shared by every paragraph that names no option (the
                                    # ranking never changes what it is given)


@lru_cache(maxsize=4)
def _sealer(key: bytes) -> hashlib.blake2b:
    """The keyed hasher of a row's seal before any data: copied per row (cheaper than keying)."""
    return hashlib.blake2b(digest_size=16, key=key, person=_VERSION)


def seal(key: bytes, source_id: int, blocks: bytes, readings: bytes) -> bytes:
    """What a source's row must carry to be used: a keyed digest (with ``_VERSION``) of the
    source id, its block ids and its readings (which hold the digests of the paragraphs'
    texts they were read from)."""
    hasher = _sealer(key).copy()
    hasher.update(_SEAL_HEAD.pack(source_id, len(blocks), len(readings)))
    hasher.update(blocks)
    hasher.update(readings)
    return hasher.digest()


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
    ``rows`` by source id (one each: ``StoredRow``), numbered against the stems the file had
    (``first_new`` of them) plus ``new_stems``; ``reset``: the file's stems were unusable,
    start afresh."""

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


def _text(value: object) -> str | None:
    """A text read as its bytes (see workbench.store.suggest_readings); None if not UTF-8."""
    if not isinstance(value, bytes):
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _ints(data: bytes, start: int, count: int, code: Literal["B", "H", "I", "q"]
          ) -> Sequence[int]:
    """``count`` little-endian integers of type ``code`` ("B", "H", "I": 4 bytes, "q") at
    ``start`` (read in place where the machine is little-endian)."""
    size = {"B": 1, "H": 2, "I": 4, "q": 8}[code]
    view = memoryview(data)[start:start + count * size]
    if not _BIG_ENDIAN:
        return view.cast(code)
    values = array(_U32 if code == "I" else code)
    values.frombytes(view)
    values.byteswap()
    return values


def _named_items(items: object, option_ids: set[int]) -> _Named | None:
    """The options a paragraph names ([[option id, mentions, words], ...]), if well-formed."""
    if not isinstance(items, list) or not 0 < len(items) <= _MAX_NAMED:
        return None
    out: _Named = {}
    for item in items:
        if not (isinstance(item, list) and len(item) == 3):
            return None
        option_id, count, words = item
        if type(option_id) is not int or option_id not in option_ids or option_id in out \
                or type(count) is not int or not 0 < count <= _MAX_MENTIONS \
                or not isinstance(words, str) or not 0 < len(words) <= _MAX_TEXT:
            return None
        out[option_id] = (count, words)
    return out


def _anaphor_ok(said: object) -> TypeGuard[str]:
    return isinstance(said, str) and 0 < len(said) <= _MAX_TEXT \
        and ANAPHORA.fullmatch(said) is not None


def _pick(indices: Sequence[int], table: Sequence[_T]) -> tuple[_T, ...]:
    """``table``'s items at ``indices``, in one C call (``itemgetter``)."""
    if len(indices) > 1:
        return cast(tuple[_T, ...], itemgetter(*indices)(table))
    return tuple(map(table.__getitem__, indices))


_Kind = tuple[str | None, _Named]


def _kinds(raw: bytes, names_wanted: bool, option_ids: set[int],
           seen: dict[str, _Kind | None]) -> list[_Kind] | None:
    """The distinct anaphors and named options of a row's paragraphs (the JSON lines at its
    end); None if they are not what this module writes. The named options only when
    ``names_wanted`` (else empty). ``seen``: the lines checked so far (the same few occur in
    many sources), shared by all the rows of one ``decode``."""
    if not raw:
        return []
    out = []
    for line in raw.decode("utf-8").split("\n"):
        if line not in seen:
            seen[line] = _kind(json.loads(line), names_wanted, option_ids)
        kind = seen[line]
        if kind is None:
            return None
        out.append(kind)
    return out


def _kind(item: object, names_wanted: bool, option_ids: set[int]) -> _Kind | None:
    if not (isinstance(item, list) and len(item) == 2):
        return None
    said, options = item
    if (said is not None and not _anaphor_ok(said)) or not isinstance(options, list):
        return None
    if not (options and names_wanted):
        return said, _NAMES_NONE
    found = _named_items(options, option_ids)
    return None if found is None else (said, found)


def decode(rows: Iterable[Sequence[object]], texts: Mapping[int, str], stems: Stems,
           signature: int, option_ids: set[int], digests: dict[int, bytes] | None = None
           ) -> dict[int, Known]:
    """The kept readings that can be trusted (see the module's docstring) of the paragraphs
    in ``texts`` (block id -> text as it is now), by block id: the reading, and the options
    it names (None when not known for the options as they are). ``rows``: one per source
    (``StoredRow``, every value as the file holds it). ``digests`` receives the
    ``text_digest`` of the text of every paragraph a trusted row holds (block id -> digest;
    made here from ``texts``, never read from the file).

    A row that is not what this module wrote (its seal, its layout, a stem number not in the
    table, a count of zero, its JSON) is left out whole: its paragraphs are read again (and
    kept again by the next store). A paragraph whose text is not the one it was read from
    (its digest) is left out alone."""
    out: dict[int, Known] = {}
    if not stems.valid:
        return out
    check = _sealer(_installation_key()).copy
    seen: dict[str, _Kind | None] = {}
    for row in rows:
        try:
            found = _decode_row(row, texts, stems.stems, signature, option_ids, check, digests,
                                seen)
        except (ValueError, TypeError, IndexError, OverflowError, RecursionError,
                struct.error):
            continue            # malformed beyond what the checks look at (a stem number
                                # or a kind not in its table: IndexError): read again
        if found:
            out.update(found)
    return out


def _decode_row(row: Sequence[object], texts: Mapping[int, str], table: list[str],
                signature: int, option_ids: set[int], check: Callable[[], hashlib.blake2b],
                digests: dict[int, bytes] | None, seen: dict[str, _Kind | None]
                ) -> dict[int, Known] | None:
    if len(row) != 4:
        return None
    source_id, blocks, sealed, data = row
    if type(source_id) is not int or type(blocks) is not bytes or type(sealed) is not bytes \
            or type(data) is not bytes or len(blocks) % 8 or len(blocks) > _MAX_ROW \
            or not _HEAD.size <= len(data) <= _MAX_ROW:
        return None
    hasher = check()
    hasher.update(_SEAL_HEAD.pack(source_id, len(blocks), len(data)))
    hasher.update(blocks)
    hasher.update(data)
    if hasher.digest() != sealed:
        return None
    magic, wide, counted, n, total, named_at, extra_size = _HEAD.unpack_from(data)
    if magic != _MAGIC or wide not in (2, 4) or counted not in (1, 2) \
            or n != len(blocks) // 8 \
            or len(data) != _HEAD.size + 22 * n + (wide + counted) * total + extra_size:
        return None
    at = _HEAD.size
    ids = _ints(blocks, 0, n, "q")
    kept_digests = data[at:at + 16 * n]
    at += 16 * n
    sizes = _ints(data, at, n, "I")
    at += 4 * n
    kinds = _ints(data, at, n, "H")
    at += 2 * n
    numbers = _ints(data, at, total, "H" if wide == 2 else "I")
    at += wide * total
    if counted == 1:
        raw = data[at:at + total]
        if b"\0" in raw:
            return None
        counts = tuple(raw)
    else:
        counts = tuple(_ints(data, at, total, "H"))
        if 0 in counts:
            return None
    at += counted * total
    if sum(sizes) != total:
        return None
    named = named_at == signature
    extra = _kinds(data[at:], named, option_ids, seen)
    if extra is None:
        return None
    if not n:
        return {}
    # a kind or a stem number out of its table: IndexError (see ``decode``)
    said = _pick(kinds, [None, *(s for s, _names in extra)])
    names = _pick(kinds, [_NAMES_NONE, *(o for _said, o in extra)]) if named \
        else (None,) * n
    # the stems of all the source's paragraphs in one C call, then cut per paragraph
    words = _pick(numbers, table)
    # each paragraph's text digest (``text_digest``, inlined: 120,000 calls)
    text_of, blake2b = texts.get, hashlib.blake2b
    mine = [None if (text := text_of(block)) is None else
            blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
            for block in ids]
    complete = None not in mine
    if digests is not None:
        digests.update(zip(ids, cast(list[bytes], mine), strict=True) if complete else
                       ((b, d) for b, d in zip(ids, mine, strict=True) if d is not None))
    bounds = list(accumulate(sizes, initial=0))
    spans: Sequence[slice] = list(map(slice, bounds[:-1], bounds[1:]))
    held: Sequence[int] = ids
    if not (complete and b"".join(cast(list[bytes], mine)) == kept_digests):
        # some texts are not as they were read, or not wanted (a scan of a few sources)
        ok = [i for i, d in enumerate(mine)
              if d is not None and d == kept_digests[16 * i:16 * i + 16]]
        if not ok:
            return {}
        held, spans = _pick(ok, ids), _pick(ok, spans)
        said, names = _pick(ok, said), _pick(ok, names)
    parts = list(map(counts.__getitem__, spans))
    readings = map(tuple.__new__, repeat(Reading), zip(
        map(words.__getitem__, spans), parts, map(sum, parts), said, strict=True))
    return dict(zip(held, zip(readings, names, strict=True), strict=True))


def encode(learned: Mapping[int, tuple[Reading, Mapping[int, tuple[int, str]]]],
           kept: Mapping[int, Known], texts: Mapping[int, str], sources: Mapping[int, int],
           stems: Stems, signature: int, digests: Mapping[int, bytes] | None = None
           ) -> ReadingsToKeep:
    """What the dossier is to keep after a scan: a row for each source of which a paragraph
    was read now (``learned``: block id -> reading and the options it names), with all its
    paragraphs (``sources``: block id -> source id of every paragraph scanned, ``texts``
    their texts): read now, or kept (``kept``, as decoded) for the options as they are.
    ``digests``: the texts' digests made already, by block id."""
    keep = ReadingsToKeep(reset=not stems.valid, first_new=stems.first_new)
    changed = {s for b in learned if (s := sources.get(b)) is not None}
    members: dict[int, list[int]] = {}
    for block, source in sources.items():
        if source in changed:
            members.setdefault(source, []).append(block)
    key = _installation_key()
    for source, blocks in members.items():
        row = _encode_row(key, source, blocks, learned, kept, texts, stems, signature,
                          digests or {})
        if row is not None:
            keep.rows[source] = [row]
    keep.new_stems = stems.new
    return keep


def _keepable(reading: Reading, named: Mapping[int, tuple[int, str]]) -> bool:
    """What ``decode`` takes back (else the paragraph is left out: read again next time,
    rather than kept cut short or making its whole source's row unusable)."""
    return (not reading.counts or max(reading.counts) <= 0xFFFF) \
        and (reading.anaphor is None or _anaphor_ok(reading.anaphor)) \
        and len(named) <= _MAX_NAMED \
        and all(0 < c <= _MAX_MENTIONS and 0 < len(w) <= _MAX_TEXT for c, w in named.values())


def _encode_row(key: bytes, source: int, blocks: list[int],
                learned: Mapping[int, tuple[Reading, Mapping[int, tuple[int, str]]]],
                kept: Mapping[int, Known], texts: Mapping[int, str], stems: Stems,
                signature: int, digests: Mapping[int, bytes]) -> StoredRow | None:
    items: list[tuple[int, Reading, Mapping[int, tuple[int, str]]]] = []
    for block in blocks:
        got = learned.get(block)
        if got is None:
            held = kept.get(block)
            if held is None or held[1] is None:     # not known for these options: read again
                continue
            got = (held[0], held[1])
        if block in texts and _keepable(*got):
            items.append((block, *got))
    if not items:
        return None
    numbers = list(map(stems.number, chain.from_iterable(r.terms for _b, r, _n in items)))
    flat = list(chain.from_iterable(r.counts for _b, r, _n in items))
    wide = 2 if not numbers or max(numbers) <= 0xFFFF else 4
    counted = 1 if not flat or max(flat) <= 0xFF else 2
    ids = array("q", [b for b, _r, _n in items])
    sizes = array(_U32, [len(r.terms) for _b, r, _n in items])
    terms = array("H" if wide == 2 else _U32, numbers)
    counts = array("B" if counted == 1 else "H", flat)
    kinds: dict[tuple[str | None, tuple[tuple[int, int, str], ...]], int] = {}
    # what else each paragraph says: its place in the JSON's list of distinct ones
    said = array("H", [kinds.setdefault((r.anaphor, tuple((k, c, w) for k, (c, w) in n.items())),
                                        len(kinds) + 1)
                       if r.anaphor or n else 0 for _b, r, n in items])
    if len(kinds) > _MAX_KINDS:
        return None
    if _BIG_ENDIAN:
        for values in (ids, sizes, said, terms, counts):
            values.byteswap()
    # (one line each: JSON escapes a line break inside a text)
    extra = "\n".join(json.dumps([a, [list(o) for o in n]], ensure_ascii=False,
                                 separators=(",", ":")) for a, n in kinds).encode("utf-8")
    text_digests = [digests.get(b) or text_digest(texts[b]) for b, _r, _n in items]
    data = b"".join((_HEAD.pack(_MAGIC, wide, counted, len(items), len(numbers), signature,
                                len(extra)),
                     *text_digests, sizes.tobytes(), said.tobytes(), terms.tobytes(),
                     counts.tobytes(), extra))
    packed = ids.tobytes()
    return source, packed, seal(key, source, packed, data), data


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

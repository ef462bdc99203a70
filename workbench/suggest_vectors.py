"""Paragraphs as tf-idf vectors, and their similarities with the options' profiles and the
officer's examples: the likeness half of the suggestion ranking (#16), in pure Python.

A full rescan compares ~50,000 paragraphs with 12 option profiles and, for the reason, with
up to 25 examples of an option: millions of multiply-adds. One at a time in Python they were
most of a rescan at 2,000 sources (and numpy is too heavy for the one-folder bundle). So the
dense side of a comparison is *packed*: a word's weights in all the profiles (or all of an
option's examples) are fixed-point integers (``SCALE``) side by side in one Python integer,
64 bits a lane. One multiplication of a paragraph word's weight by that integer does the
products for every profile at once, a paragraph's similarities are a single
``sum(map(mul, ...))`` in C, and the lanes are read back from the integer's bytes. Weights
are non-negative and every vector has unit length, so a lane's sum stays below 2**53 and
never carries into the next; the error on a similarity is below 1e-7, far below anything the
thresholds or the rounded scores (0.001) can see, and the result does not depend on the order
of the words or on which other profiles were computed with it.
"""

from __future__ import annotations

import hashlib
import math
import operator
import sys
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain, repeat
from typing import NamedTuple

from workbench.suggest_words import ANALYSED_LIMIT, STOP_WORDS, Reading

_TF = [0.0] + [1 + math.log(c) for c in range(1, 256)]   # log-scaled term frequency

# A paragraph's tf-idf vector in compact form: its terms in order of first occurrence and
# their weights (unit length). A dict per paragraph would cost ~3 kB; this costs a third.
Vec = tuple[tuple[str, ...], tuple[float, ...]]
NO_VEC: Vec = ((), ())

SCALE = 1 << 26                  # fixed point of a packed weight (and of a paragraph's)
_LANE_BYTES = 8
_UNSCALE = 1.0 / (SCALE * SCALE)


def compact(stems: Iterable[str], idf: Mapping[str, float]) -> Vec:
    tf = Counter(stems)
    return compact_counts(tuple(tf), tuple(tf.values()), idf)


def compact_counts(terms: tuple[str, ...], counts: tuple[int, ...], idf: Mapping[str, float],
                   unknown: float = 1.0) -> Vec:
    """The unit tf-idf vector of a paragraph whose words (stems) ``terms`` occur ``counts``
    times; ``unknown``: the idf of a word ``idf`` does not know."""
    if not terms:
        return NO_VEC
    if max(counts) >= len(_TF):
        raw = [(1 + math.log(c)) * idf.get(t, unknown)
               for t, c in zip(terms, counts, strict=True)]
    else:
        raw = list(map(operator.mul, map(_TF.__getitem__, counts), map(idf.get, terms,
                                                                        repeat(unknown))))
    norm = math.sqrt(sum(map(operator.mul, raw, raw))) or 1.0
    return terms, tuple(map(operator.truediv, raw, repeat(norm)))


def vector(stems: Iterable[str], idf: Mapping[str, float]) -> dict[str, float]:
    return dict(zip(*compact(stems, idf), strict=True))


def add(total: dict[str, float], vec: dict[str, float], factor: float = 1.0) -> None:
    """total += factor * vec (what Counter.update does, without its per-item overhead)."""
    get = total.get
    if factor == 1.0:
        for t, v in vec.items():
            total[t] = v + get(t, 0)
    else:
        for t, v in vec.items():
            total[t] = factor * v + get(t, 0)


class Packed:
    """Some dense unit vectors (profiles, examples), packed by word: word -> one integer with
    each vector's weight in its own 64-bit lane (see the module's docstring)."""

    def __init__(self, vectors: Sequence[Mapping[str, float]]) -> None:
        self.width = len(vectors)
        packed: dict[str, int] = {}
        get = packed.get
        for lane, vec in enumerate(vectors):
            shift = 8 * _LANE_BYTES * lane
            for t, w in vec.items():
                q = min(SCALE, round(w * SCALE))        # a unit vector's weight is <= 1
                if q > 0:
                    packed[t] = get(t, 0) + (q << shift)
        self.packed = packed

    def dots(self, vec: Vec) -> list[float]:
        """The dot product of ``vec`` (a unit vector) with each packed vector, in order."""
        if not self.width:
            return []
        terms, weights = vec
        total = sum(map(operator.mul, map(round, map(operator.mul, weights, repeat(SCALE))),
                        map(self.packed.get, terms, repeat(0))))
        lanes = array("Q", total.to_bytes(_LANE_BYTES * self.width, sys.byteorder))
        return list(map(operator.mul, lanes, repeat(_UNSCALE)))


class Neighbours:
    """An option's examples as vectors, packed, to find the most similar one to a paragraph.
    ``signature`` names the examples (text and label): a rescan that finds the same ones
    reuses this object and the answers it already gave (``nearest`` per paragraph text)."""

    def __init__(self, examples: list[tuple[dict[str, float], str]],
                 signature: tuple[object, ...] = ()) -> None:
        self.signature = signature
        self.labels = [label for _, label in examples]
        self._packed = Packed([vec for vec, _ in examples])
        self.answers: dict[tuple[int, int], tuple[float, str] | None] = {}
        # the answers the dossier keeps (see ``attach``)
        self.identity: bytes | None = None
        self._stored: Mapping[bytes, tuple[float, int]] = {}
        self._digest_of: Callable[[tuple[int, int]], bytes | None] | None = None
        self.made_now = False

    def __len__(self) -> int:
        return len(self.labels)

    def attach(self, identity: bytes, stored: NearestKept | None,
               digest_of: Callable[[tuple[int, int]], bytes | None]) -> None:
        """Before a scan whose word weights come from a kept basis: ``identity`` names these
        examples under it; ``stored`` (validated by the caller) holds the answers the
        dossier keeps (paragraph text digest -> cosine, the example's place), used when made
        for this identity; ``digest_of`` gives a paragraph's text digest by its text key."""
        self.identity, self._digest_of, self.made_now = identity, digest_of, False
        self._stored = {}
        if stored is not None and stored[0] == identity and all(
                place < len(self.labels) for _sim, place in stored[1].values()):
            self._stored = stored[1]

    def to_keep(self) -> dict[bytes, tuple[float, int]]:
        """This scan's answers by paragraph text digest, for the dossier to keep."""
        out: dict[bytes, tuple[float, int]] = {}
        places = {id(label): i for i, label in reversed(list(enumerate(self.labels)))}
        digest_of = self._digest_of
        if digest_of is None:
            return out
        for key, found in self.answers.items():
            digest = digest_of(key)
            if found is not None and digest is not None:
                out[digest] = (found[0], places[id(found[1])])
        return out

    def nearest(self, vec: Vec, key: tuple[int, int] | None = None
                ) -> tuple[float, str] | None:
        """The most similar example (cosine, label; the first of equals); None if none.
        ``key``: the paragraph's text key, to remember the answer by."""
        if not self.labels:
            return None
        if key is not None:
            if key in self.answers:
                return self.answers[key]
            if self._stored and self._digest_of is not None:
                digest = self._digest_of(key)
                kept = None if digest is None else self._stored.get(digest)
                if kept is not None:
                    found = self.answers[key] = kept[0], self.labels[kept[1]]
                    return found
        sims = self._packed.dots(vec)
        best = max(sims)
        found = best, self.labels[sims.index(best)]
        if key is not None:
            self.answers[key] = found
            self.made_now = True
        return found


# The answers of a Neighbours as the dossier keeps them: its identity, and per paragraph text
# digest the cosine with the most similar example and that example's place
NearestKept = tuple[bytes, Mapping[bytes, tuple[float, int]]]


def examples_identity(basis: bytes, positive: bool, examples: Iterable[tuple[str, str]]
                      ) -> bytes:
    """Names an option's examples (text, label; in order) under the word weights of a basis:
    what the answers of their ``Neighbours`` depend on."""
    hasher = hashlib.blake2b(basis, digest_size=16, person=b"examples 1")
    hasher.update(b"1" if positive else b"0")
    for text, label in examples:
        for part in (text, label):
            body = part.encode("utf-8", "surrogatepass")
            hasher.update(len(body).to_bytes(8, "little") + body)
    return hasher.digest()


def text_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Basis(NamedTuple):
    """What the idf of a full scan is computed from: how many paragraphs there were and in
    how many of them each word occurs. Kept with the dossier, and used again as long as the
    number of paragraphs stays within ``REFRESH_FRACTION`` of it: an import then leaves
    every word's weight, and so every paragraph's vector and similarity, as it was (#16). A
    word it does not know (from a new advice) weighs as a word of one paragraph."""

    paragraphs: int
    df: Mapping[str, int]
    identity: bytes                  # names the basis (a digest of it), for the caches

    def idf(self) -> dict[str, float]:
        n = max(1, self.paragraphs)
        return {t: math.log((n + 1) / (c + 1)) + 1 for t, c in self.df.items()}

    def unknown(self) -> float:
        return math.log((max(1, self.paragraphs) + 1) / 2) + 1


REFRESH_FRACTION = 0.05


def basis_of(readings: Sequence[Reading], kept: Basis | None) -> tuple[Basis, bool]:
    """The basis for a full scan of these paragraphs: ``kept`` while still close enough,
    else a new one (and True)."""
    n = len(readings)
    if kept is not None and abs(n - kept.paragraphs) <= REFRESH_FRACTION * kept.paragraphs:
        return kept, False
    df = dict(Counter(chain.from_iterable(r.terms for r in readings)))
    return Basis(n, df, basis_identity(n, df)), True


def basis_identity(paragraphs: int, df: Mapping[str, int]) -> bytes:
    body = "\n".join(f"{t} {c}" for t, c in sorted(df.items()))
    return hashlib.blake2b(f"{paragraphs}\n{body}".encode(), digest_size=16).digest()


# how paragraphs are read: a found sum made from the same texts read otherwise is another
_READ_AS = hashlib.blake2b(" ".join(sorted(STOP_WORDS)).encode("utf-8"),
                           digest_size=16).digest()

# A found sum as the dossier keeps it: its identity (``Corpus.found_identity``) and the sum
FoundSum = tuple[bytes, dict[str, float]]


class Corpus:
    """The paragraphs of one scan as a collection: the idf of their words and what is derived
    from it, kept for the process while the same paragraphs (by text, in the same order) are
    ranked again. After the officer's evidence for one option changed, only that option's
    similarities are computed again: the others' profiles come out equal."""

    def __init__(self, readings: Sequence[Reading], basis: Basis | None = None) -> None:
        if basis is None:
            df = Counter(chain.from_iterable(r.terms for r in readings))
            n = max(1, len(readings))
            self.idf = {t: math.log((n + 1) / (c + 1)) + 1 for t, c in df.items()}
            self.unknown = 1.0
        else:
            self.idf, self.unknown = basis.idf(), basis.unknown()
        # names the word weights when they come from a basis kept with the dossier: what a
        # found sum kept with the dossier must have been made with (see ``found_sum``)
        self.identity = None if basis is None else basis.identity
        self.vectors: dict[tuple[int, int], Vec] = {}      # paragraphs compared by likeness
        # option id -> (the paragraphs found for it directly, the sum of their vectors)
        # (and its identity when it was made from a kept basis: see ``found_sum``)
        self.found: dict[int, tuple[tuple[tuple[int, int], ...], dict[str, float],
                                    bytes | None]] = {}
        # each compared paragraph's similarities with the profiles of ``row_options``, in that
        # order (a list per paragraph, by text key), and the profiles they were computed with
        self.rows: dict[tuple[int, int], list[float]] = {}
        self.row_options: list[int] = []
        self.row_profiles: list[dict[str, float]] = []
        self.neighbours: dict[tuple[int, bool], Neighbours] = {}

    def vector(self, key: tuple[int, int], reading: Reading) -> Vec:
        found = self.vectors.get(key)
        if found is None:
            found = self.vectors[key] = compact_counts(reading.terms, reading.counts, self.idf,
                                                       self.unknown)
        return found

    def found_sum(self, option_id: int, keys: tuple[tuple[int, int], ...],
                  read_of: Mapping[tuple[int, int], Reading],
                  made: dict[tuple[int, int], Vec], stored: FoundSum | None = None,
                  to_keep: dict[int, FoundSum] | None = None,
                  digest_of: Callable[[tuple[int, int]], bytes | None] | None = None
                  ) -> dict[str, float]:
        """The sum of the vectors of the paragraphs ``keys`` (in that order). ``made``: the
        vectors of this scan's found paragraphs so far (one paragraph often names several
        options; its vector is made once).

        With word weights from a kept basis: ``stored`` (the sum the dossier keeps, validated
        by the caller) is used when its identity is the one of this basis and of these
        paragraphs' texts, in this order (then it is the very sum this would make); a sum
        made here goes into ``to_keep`` (option id -> identity and sum) for the dossier."""
        held = self.found.get(option_id)
        if held is not None and held[0] == keys:
            if held[2] is not None and to_keep is not None:
                to_keep[option_id] = (held[2], held[1])     # (the dossier may lack it)
            return held[1]
        identity = None
        if self.identity is not None and digest_of is not None \
                and (stored is not None or to_keep is not None):
            identity = self.found_identity(keys, digest_of)
            if stored is not None and stored[0] == identity:
                self.found[option_id] = (keys, stored[1], identity)
                return stored[1]
        total: dict[str, float] = {}
        done = 0
        if held is not None and len(held[0]) < len(keys) and keys[:len(held[0])] == held[0]:
            # An import adds its paragraphs after the others: the same additions in the same
            # order, so continuing the kept sum gives the very floats a new sum would (#16).
            total, done = dict(held[1]), len(held[0])
        get = total.get
        idf = self.idf
        add_ = operator.add
        for key in keys[done:]:
            vec = made.get(key)
            if vec is None:
                reading = read_of[key]
                vec = made[key] = compact_counts(reading.terms, reading.counts, idf,
                                                 self.unknown)
            terms, weights = vec
            # total[t] = v + total.get(t, 0) for each word, in C (a paragraph's words are
            # distinct, so each get sees the total before this paragraph)
            total.update(zip(terms, map(add_, weights, map(get, terms, repeat(0))), strict=True))
        self.found[option_id] = (keys, total, identity)
        if identity is not None and to_keep is not None:
            to_keep[option_id] = (identity, total)
        return total

    def found_identity(self, keys: Sequence[tuple[int, int]],
                       digest_of: Callable[[tuple[int, int]], bytes | None]) -> bytes | None:
        """What a found sum is a function of, as a digest: the basis of the word weights, how
        paragraphs are read (the stop words) and the found paragraphs' texts (by their
        digests), in order; None if a paragraph's text is not known. Unlike the text keys it
        is the same in every process."""
        digests = list(map(digest_of, keys))
        if None in digests:
            return None
        hasher = hashlib.blake2b(self.identity or b"", digest_size=16, person=b"found sum 2")
        hasher.update(_READ_AS)
        hasher.update(b"".join(d for d in digests if d is not None))
        return hasher.digest()

    def similarities(self, profiles: dict[int, dict[str, float]], keys: Iterable[tuple[int, int]],
                     read_of: Mapping[tuple[int, int], Reading]
                     ) -> Mapping[tuple[int, int], list[float]]:
        """Each paragraph of ``keys``: its similarity with each profile of ``profiles``, in
        that order, as a list (by text key; the mapping may hold other paragraphs too; the
        lists are the corpus's own, not to be changed). Kept for the process: when a rescan
        finds some profiles changed (the officer's evidence for one option), only their
        places in the kept rows are computed again; missing rows are computed for all
        options at once (packed: see the module's docstring). A row is the list the packed
        products come out as: no per-option tables to transpose, 12 x 50,000 lookups on a
        full rescan at 2,000 sources (#16)."""
        order = list(profiles)
        wanted = profiles.values()
        rows = self.rows
        if order != self.row_options:
            rows.clear()
            changed: list[int] = []
        else:
            changed = [i for i, (now, then) in enumerate(zip(wanted, self.row_profiles,
                                                             strict=True)) if now != then]
            if len(changed) == len(order):
                rows.clear()
        self.row_options, self.row_profiles = order, list(wanted)
        vector = self.vector
        if changed and rows:
            wanted_keys = set(keys)
            for key in [k for k in rows if k not in wanted_keys]:
                del rows[key]      # not compared now: would keep the old similarities
            packed = Packed([self.row_profiles[i] for i in changed])
            for key, row in rows.items():
                for i, value in zip(changed, packed.dots(vector(key, read_of[key])),
                                    strict=True):
                    row[i] = value
        lacking = [k for k in dict.fromkeys(keys) if k not in rows]
        if lacking:
            dots = Packed(self.row_profiles).dots
            for key in lacking:
                rows[key] = dots(vector(key, read_of[key]))
        return rows

    def kept_neighbours(self, option_id: int, positive: bool, made: Neighbours
                        ) -> Neighbours:
        held = self.neighbours.get((option_id, positive))
        if held is not None and held.signature == made.signature:
            return held
        self.neighbours[(option_id, positive)] = made
        return made


# The corpora of the last scans: a full scan's by its basis (any paragraphs), the incremental
# scan of an import by its paragraphs' text keys.
_CORPORA: dict[object, Corpus] = {}
_CORPORA_KEPT = 2
_CORPORA_LOCK = threading.Lock()


@contextmanager
def corpus_of(keys: tuple[tuple[int, int], ...], readings: Sequence[Reading],
              basis: Basis | None = None) -> Iterator[Corpus]:
    """The corpus of these paragraphs (weighted by ``basis``, if given), from the process's
    cache when one scan at a time uses it; a second scan running at the same time (another
    thread) works on its own copy, and so does a scan of more paragraphs than the process
    keeps the words of."""
    if len(keys) > ANALYSED_LIMIT or not _CORPORA_LOCK.acquire(blocking=False):
        yield Corpus(readings, basis)                 # too large to keep, or in use
        return
    try:
        name: object = keys if basis is None else basis.identity
        corpus = _CORPORA.pop(name, None) or Corpus(readings, basis)
        while len(_CORPORA) >= _CORPORA_KEPT:
            del _CORPORA[next(iter(_CORPORA))]
        _CORPORA[name] = corpus              # the most recent last
        yield corpus
    finally:
        _CORPORA_LOCK.release()


def forget_corpora() -> None:
    with _CORPORA_LOCK:
        _CORPORA.clear()

"""The words of a text, as the suggestions compare them: folded tokens and Dutch stems.

Kept for the process (keyed by the text's hash and length, in shared strings, up to a bound on
memory): the words of a paragraph never change, and a session ranks the same paragraphs again
after every change of the officer's evidence.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain
from typing import NamedTuple, TypeVar

import snowballstemmer

from workbench.patterns import fold

_K = TypeVar("_K")
_V = TypeVar("_V")

# Function words and words every consultation text uses; never evidence of an option.
_STOP = frozenset((
    "aan", "af", "al", "alle", "alleen", "als", "alsook", "ander", "andere", "anders", "beide",
    "bij", "bijvoorbeeld", "bv", "daar", "daarbij", "daardoor", "daarin", "daarom", "dan", "dat",
    "de", "deze", "die", "dient", "dienen", "dit", "door", "doorheen", "dus", "een", "eerder",
    "eigen", "elk", "elke", "en", "enkel", "enkele", "er", "ervan", "evenwel", "geen", "gaat",
    "gaan", "hebben", "heeft", "hen", "het", "hier", "hierbij", "hiervoor", "hoe", "hun", "hij",
    "ieder", "iets", "in", "is", "je", "kan", "kunnen", "kunt", "laten", "lijkt", "maar", "meer",
    "mee", "men", "met", "mits", "moet", "moeten", "na", "naar", "naast", "niet", "nog", "noch",
    "nu", "of", "om", "omdat", "onder", "ons", "ook", "op", "over", "pas", "per", "reeds", "sinds",
    "slechts", "steeds", "te", "tegen", "ten", "ter", "tot", "tussen", "uit", "van", "vanuit",
    "veel", "verder", "via", "voor", "vooral", "vanaf", "waar", "waarbij", "waardoor", "wat", "we",
    "wel", "werd", "werden", "wordt", "worden", "zal", "zich", "zij", "zijn", "zo", "zoals",
    "zodat", "zonder", "zou", "zouden", "zowel", "zeker", "wij", "u", "uw", "onze", "hem", "haar",
    "ze", "wie", "welk", "welke", "immers", "echter", "namelijk", "daarnaast", "bovendien",
    "alsook", "tevens",
))

STOP_WORDS = _STOP

WORD = re.compile(r"[^\W\d_]{3,}")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_STEMMER = snowballstemmer.stemmer("dutch")

_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) > 500_000:      # a bound on memory for a very long session
            _STEMS.clear()
        found = _STEMS[word] = _STEMMER.stemWord(word)
    return found


def words(text: str) -> list[str]:
    """Content-word stems of ``text``, in order (folded: lower case, no diacritics)."""
    return list(analyse(text)[1])


TOKEN = re.compile(r"\w+")

# The words of a paragraph never change, and a session ranks the same paragraphs again after
# every change of the officer's evidence: their analysis is kept for the process, keyed by the
# text (its hash and length), in shared strings, up to a bound on memory.
_ANALYSED: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}
ANALYSED_LIMIT = 250_000
_SHARED: dict[str, str] = {}


def text_key(text: str) -> tuple[int, int]:
    return hash(text), len(text)


class _StemsOf(dict[str, tuple[str, ...]]):
    """Folded word token -> its content-word stems: none for a stop word or a word of fewer
    than three letters, one for a word of letters, one per letter run of three or more for a
    token with digits ("covid19", "h2020"). Filled as tokens come; a paragraph's stems are
    then one look-up per token, in C (``map``): the loop in Python that did this per token
    cost more than half of a first scan's reading of 120,000 paragraphs (#16)."""

    def __missing__(self, token: str) -> tuple[str, ...]:
        if token.isalpha():
            found: tuple[str, ...] = (stem(token),) if len(token) >= 3 and token not in _STOP \
                else ()
        elif len(token) >= 3:
            found = tuple(stem(w) for w in WORD.findall(token) if w not in _STOP)
        else:
            found = ()
        if len(self) > 500_000:        # a bound on memory for a very long session
            self.clear()
        self[token] = found
        return found


_STEMS_OF = _StemsOf()

# ASCII bytes: a word character (what \w matches in ASCII) stays, anything else is a space.
_WORD_BYTES = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ")
                    for c in range(128)) + b" " * 128


def tokens_of(folded: str) -> list[str]:
    """``TOKEN.findall(folded)``: on ASCII text (most folded advice: diacritics are gone) four
    passes in C over bytes, a third faster than the regex."""
    if folded.isascii():
        return folded.encode("ascii").translate(_WORD_BYTES).decode("ascii").split()
    return TOKEN.findall(folded)


def _analysis(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The folded text, its distinct word tokens and its content-word stems in order."""
    folded = fold(text)
    found_tokens = tokens_of(folded)
    share = _SHARED.setdefault
    tokens = tuple(set(map(share, found_tokens, found_tokens)))
    if "://" in folded or "www." in folded:
        # a URL's words are not the advice's: its letter runs (inside \w+ tokens) are left out
        found_tokens = tokens_of(_URL.sub(" ", folded))
    stems = tuple(chain.from_iterable(map(_STEMS_OF.__getitem__, found_tokens)))
    return folded, tokens, stems


def analyse(text: str, key: tuple[int, int] | None = None
            ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word tokens of ``text`` folded (what a match pattern's words must be among) and
    its content-word stems, in order."""
    key = key or text_key(text)
    found = _ANALYSED.get(key)
    if found is not None:
        return found
    _folded, tokens, stems = _analysis(text)
    if len(_ANALYSED) >= ANALYSED_LIMIT:
        _ANALYSED.clear()
        _SHARED.clear()
    found = _ANALYSED[key] = (tokens, stems)
    return found


# "dit scenario", "deze optie", "het voorgestelde model": a paragraph that speaks of the option
# its section is about without naming it
ANAPHORA = re.compile(
    r"\b(?:dit|deze|dat|die|het\s+(?:voorgestelde|geprefereerde|gekozen|preferentiele|"
    r"voorkeurs|beschreven))\s+(?:scenario|optie|model|voorstel|variant|alternatief|piste|"
    r"aanpak|traject)\b")


class Reading(NamedTuple):
    """What the ranking keeps of a paragraph's words: all it needs once it knows which
    options the paragraph names (it is kept for the process, and in the dossier:
    workbench/suggest_stored.py)."""

    terms: tuple[str, ...]        # its content-word stems, each once, in order of first use
    counts: tuple[int, ...]       # how often each occurs
    words: int                    # content words in all
    anaphor: str | None           # the first "dit scenario" ... in it (folded), if any


_READINGS: dict[tuple[int, int], Reading] = {}


def read_paragraph(text: str) -> tuple[Reading, frozenset[str], tuple[str, ...], str]:
    """A paragraph's reading, with its word tokens, stems and folded text (for its mentions),
    worked out now."""
    folded, tokens, stems = _analysis(text)
    tf = Counter(stems)
    anaphor = ANAPHORA.search(folded)
    return (Reading(tuple(tf), tuple(tf.values()), len(stems),
                    anaphor.group(0) if anaphor else None), frozenset(tokens), stems, folded)


def kept_reading(key: tuple[int, int]) -> Reading | None:
    return _READINGS.get(key)


def keep_reading(key: tuple[int, int], reading: Reading) -> None:
    if len(_READINGS) >= ANALYSED_LIMIT:
        _READINGS.clear()
    _READINGS[key] = reading


def forget() -> None:
    """Drop the kept analyses (tests: a scan as in a fresh process)."""
    _ANALYSED.clear()
    _READINGS.clear()
    _SHARED.clear()


def kept_for(store: dict[str, dict[_K, _V]], signature: str) -> dict[_K, _V]:
    """The cache kept for ``signature`` in ``store``: a new, empty one when the signature
    changed (the old one is dropped), emptied when it grew past the bound on memory."""
    cache = store.get(signature)
    if cache is None:            # (one local reference: another thread may clear the dict)
        store.clear()
        cache = store[signature] = {}
    if len(cache) >= ANALYSED_LIMIT:
        cache.clear()
    return cache


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic garbage collection while a scan runs (unless it was off already: the GUI
    turns it off while its workers run, ui/tasks.py). A scan makes about a million tuples,
    lists and dicts that it keeps (the paragraphs' words, vectors, similarities) and no
    reference cycle; CPython's collector walked all of them again and again as they grew:
    a third of a first scan's CPU time at 2,000 sources (#16).

    Afterwards what the scan made and kept joins the oldest generation as it is, unwalked:
    left in the youngest, the first allocation after the scan (the plan being stored) made
    the collector walk all of them at once, 0.5-0.7 s of a cold rescan, and again when they
    moved up a generation. The oldest is walked only when it grew by a quarter, as for any
    data a process keeps; garbage among them is still collected there."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            _to_oldest_generation()
            gc.enable()


def _to_oldest_generation() -> None:
    """Move every object the collector tracks into its oldest generation without walking
    them (``gc.freeze`` and ``gc.unfreeze`` each move whole lists). When the process froze
    objects itself (the window does, ui/tasks.py), they stay frozen: nothing is moved."""
    if gc.get_freeze_count():
        return
    gc.freeze()
    gc.unfreeze()

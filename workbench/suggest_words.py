"""The words of a text, as the suggestions compare them: folded tokens and Dutch stems.

Kept for the process (keyed by the text's hash and length, in shared strings, up to a bound on
memory): the words of a paragraph never change, and a session ranks the same paragraphs again
after every change of the officer's evidence.
"""

from __future__ import annotations

import re
from typing import TypeVar

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


def analyse(text: str, key: tuple[int, int] | None = None
            ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word tokens of ``text`` folded (what a match pattern's words must be among) and
    its content-word stems, in order."""
    key = key or text_key(text)
    found = _ANALYSED.get(key)
    if found is not None:
        return found
    folded = fold(text)
    share = _SHARED.setdefault
    tokens = tuple({share(t, t) for t in TOKEN.findall(folded)})
    get = _STEMS.get
    if "://" in folded or "www." in folded:
        stems = [get(w) or stem(w) for w in WORD.findall(_URL.sub(" ", folded))
                 if w not in _STOP]
    else:
        # WORD's letter runs lie inside the \w+ tokens: a token of letters only is one run.
        stems = []
        for token in TOKEN.findall(folded):
            if token.isalpha():
                if len(token) >= 3 and token not in _STOP:
                    stems.append(get(token) or stem(token))
            elif len(token) >= 3:
                stems.extend(get(w) or stem(w) for w in WORD.findall(token) if w not in _STOP)
    if len(_ANALYSED) >= ANALYSED_LIMIT:
        _ANALYSED.clear()
        _SHARED.clear()
    found = _ANALYSED[key] = (tokens, tuple(stems))
    return found


def forget() -> None:
    """Drop the kept analyses (tests: a scan as in a fresh process)."""
    _ANALYSED.clear()
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

"""Which paragraphs concern which option, and why: the ranking behind the suggestions.

Pure computation (no SQL, no Qt). Input: the options (title, description, match patterns, the
words of the officer's own arguments), the paragraphs to scan with their heading path, and the
officer's examples (quoted, accepted and rejected paragraphs). Output: per paragraph the
option(s) it concerns, with a score and a reason in plain Dutch.

Signals, strongest first:

1. Mention: the paragraph names the option by a match pattern, by the short form of its title
   ("Scenario 3" of "Scenario 3: kruispunten ..."), by a pattern's words in another form
   ("inkantelingen" for "inkanteling", via the Snowball Dutch stemmer), or in an enumeration
   ("de scenario's één en vier").
2. Section scope: the nearest heading above the paragraph that names exactly one option, so
   the SWOT paragraphs under "3.3.2 Scenario 2: ..." concern scenario 2; an anaphor such as
   "dit scenario", "deze optie", "het voorgestelde model" strengthens it.
3. Likeness: tf-idf cosine similarity (on stems) to the option's centroid, made of the
   words of its title, description and the officer's argument statements, the officer's
   quotes and accepted suggestions (weighted double), and the paragraphs found by 1 and 2 in
   the same scan (pseudo-relevance feedback; all computed locally). The paragraph goes to
   the one option it resembles best, if clearly enough; a passage the officer rejected for
   the option and that resembles it as much counts against it. An advisor that never names
   the options (VARIO) is read with a lower threshold than one that does: the second puts
   its option-specific content under the options' names, the first uses its own words.

Overlapping options (one refines another: "Scenario 3+: een variant op scenario 3"): a
paragraph goes to the one it fits best; a section about the refinement keeps its paragraphs
even where they mention the base option, and a tie goes to the refinement.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import NamedTuple

from workbench.messages import reason as _reason
from workbench.patterns import Matcher, compile_patterns, fold
from workbench.suggest_vectors import (
    Basis,
    Corpus,
    FoundSum,
    NearestKept,
    Neighbours,
    Vec,
    add,
    basis_of,
    corpus_of,
    examples_identity,
    forget_corpora,
    text_digest,
    vector,
)
from workbench.suggest_words import (
    TOKEN,
    WORD,
    Reading,
    analyse,
    forget,
    keep_reading,
    kept_for,
    kept_reading,
    read_paragraph,
    text_key,
    words,
)

_NUMERALS = {
    "1": "1", "een": "1", "één": "1", "eerste": "1", "2": "2", "twee": "2", "tweede": "2",
    "3": "3", "drie": "3", "derde": "3", "4": "4", "vier": "4", "vierde": "4",
    "5": "5", "vijf": "5", "vijfde": "5", "6": "6", "zes": "6", "zesde": "6",
}
_TITLE_HEAD = re.compile(r"^\s*([^:–—]{2,40}?)\s*[:–—]")


# ---------------------------------------------------------------- inputs and outputs

@dataclass(frozen=True)
class OptionInput:
    id: int
    key: str
    title: str
    description: str
    patterns: tuple[str, ...]
    argument_text: str = ""          # the officer's own argument statements for it
    question: str = ""               # options of one question compete with each other


class Paragraph(NamedTuple):       # a tuple: a scan makes one per paragraph of the dossier
    block_id: int
    source_id: int
    heading_path: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Example:
    option_id: int
    text: str
    label: str                       # a Reason: "citaat 12", "een aanvaarde suggestie"
    positive: bool = True


class Found(NamedTuple):           # a tuple: a scan makes one per suggestion
    option_id: int
    block_id: int
    score: float
    reason: str                      # a Reason (Dutch text, code + params): "onder kop 3.3.2 Scenario 2"
    signal: str                      # mention / section / likeness / words


# ---------------------------------------------------------------- option profiles

@dataclass
class _Profile:
    option: OptionInput
    matcher: Matcher
    stem_patterns: list[tuple[str, ...]]
    numbered: list[tuple[str, str]]            # ("scenario", "3") from "scenario 3"
    refines: set[int] = field(default_factory=set)   # option ids this one is a variant of


def _mention_patterns(option: OptionInput) -> list[str]:
    found = [p for p in option.patterns if p.strip()]
    head = _TITLE_HEAD.match(option.title)
    short = head.group(1) if head else option.title
    if len(short.split()) <= 4:
        found.append(short)
    return found


def _stem_pattern(pattern: str) -> tuple[str, ...] | None:
    """A pattern made of content words only ("inkanteling", "systeemtransformatie") also
    matches their other forms; one with a number or a function word is left to the regex."""
    tokens = fold(pattern).split()
    stems = words(pattern)
    if not tokens or len(stems) != len(tokens) or not all(
            WORD.fullmatch(t) and t not in _NUMERALS for t in tokens):
        return None
    return tuple(stems)


def _numbered(patterns: Iterable[str]) -> list[tuple[str, str]]:
    out = []
    for pattern in patterns:
        parts = fold(pattern).split()
        if len(parts) == 2:
            noun, num = parts
            if num in _NUMERALS and noun.isalpha():
                out.append((noun, _NUMERALS[num]))
            elif noun in _NUMERALS and num.isalpha():
                out.append((num, _NUMERALS[noun]))
    return out


def build_profiles(options: Sequence[OptionInput]) -> list[_Profile]:
    profiles = []
    for option in options:
        mentions = _mention_patterns(option)
        stem_patterns = [seq for seq in (_stem_pattern(p) for p in mentions) if seq]
        profiles.append(_Profile(option, compile_patterns(mentions), stem_patterns,
                                 _numbered(mentions)))
    # Refinement: B refines A when B's title or description names A ("een variant op scenario 3").
    for a in profiles:
        for b in profiles:
            if a is not b and a.matcher \
                    and a.matcher.find(f"{b.option.title} {b.option.description}") \
                    and not b.matcher.find(f"{a.option.title} {a.option.description}"):
                b.refines.add(a.option.id)
    return profiles


# ---------------------------------------------------------------- mentions

class _Mentions:
    """Finds the options a text names; compiled once per ranking.

    Every word of a pattern matches a whole word of the text (the patterns match on word
    boundaries), so a pattern is only tried on a paragraph that holds all its words: most
    paragraphs name no option and cost a few set look-ups."""

    def __init__(self, profiles: list[_Profile]) -> None:
        self.profiles = profiles
        # Each pattern is filed under one of its words (the longest); a pattern without
        # words ("+") is tried on every paragraph.
        self.by_word: dict[str, list[tuple[int, int, str, re.Pattern[str], frozenset[str]]]] = {}
        self.always: list[tuple[int, int, str, re.Pattern[str], frozenset[str]]] = []
        for index, p in enumerate(profiles):
            for order, (pattern, rx) in enumerate(p.matcher._compiled if p.matcher else ()):
                needs = frozenset(TOKEN.findall(fold(pattern)))
                entry = (index, order, pattern, rx, needs)
                if needs:
                    self.by_word.setdefault(max(sorted(needs), key=len), []).append(entry)
                else:
                    self.always.append(entry)
        self.words = frozenset(self.by_word)
        self.stem_words = {w for p in profiles for seq in p.stem_patterns for w in seq}
        nouns = sorted({noun for p in profiles for noun, _ in p.numbered})
        self.enums = [(noun, re.compile(
            rf"\b{re.escape(noun)}(?:'s|s)?\s+((?:{_ENUM_NUM})(?:\s*(?:,|en|of|tot)\s*"
            rf"(?:{_ENUM_NUM}))+)\b")) for noun in nouns]

    def __call__(self, text: str, tokens: frozenset[str], stems: Sequence[str],
                 folded: str = "") -> dict[int, tuple[int, str]]:
        """option id -> (number of mentions, the words that named it), given the text with
        its tokens and stems (see :func:`analyse`), and its folded form if it is at hand."""
        out: dict[int, tuple[int, str]] = {}
        hits: list[tuple[int, int, int, str]] = []      # start, end, option id, pattern
        tried = list(self.always)
        for word in self.words.intersection(tokens):
            tried += self.by_word[word]
        tried = [t for t in tried if t[4] <= tokens]
        if tried:
            folded = folded or fold(text)
            # per option in option order, its hits by place and pattern order
            found = sorted((index, m.start(), m.end(), order, pattern)
                           for index, order, pattern, rx, _needs in tried
                           for m in rx.finditer(folded))
            profiles = self.profiles
            hits = [(start, end, profiles[index].option.id, pattern)
                    for index, start, end, _order, pattern in found]
        if hits:
            # A hit inside a longer hit of another option belongs to that one ("scenario 3"
            # in "scenario 3+").
            kept = [h for h in hits if not any(o[2] != h[2] and o[0] <= h[0] and h[1] <= o[1]
                                               and (o[1] - o[0]) > (h[1] - h[0]) for o in hits)]
            for _s, _e, option_id, pattern in kept:
                count, first = out.get(option_id, (0, pattern))
                out[option_id] = (count + 1, first)
        if self.stem_words and not self.stem_words.isdisjoint(stems):
            joined = " " + " ".join(stems) + " "
            for p in self.profiles:
                if p.option.id in out:
                    continue
                for seq in p.stem_patterns:     # another form of a pattern's words
                    if " " + " ".join(seq) + " " in joined and any(len(s) >= 5 for s in seq):
                        out[p.option.id] = (1, " ".join(seq))
                        break
        for noun, rx in self.enums:     # "de scenario's een en vier", "scenario 1, 2 of 4"
            if noun not in tokens and noun + "s" not in tokens:
                continue            # the pattern needs the noun as a word, or its plural
            folded = folded or fold(text)
            for m in rx.finditer(folded):
                nums = {_NUMERALS.get(t, t) for t in re.findall(_ENUM_NUM, m.group(1))}
                for p in self.profiles:
                    if p.option.id not in out and any(n == noun and v in nums
                                                      for n, v in p.numbered):
                        out[p.option.id] = (1, m.group(0))
        return out


_ENUM_NUM = "|".join([*sorted((re.escape(k) for k in _NUMERALS if not k.isdigit()), key=len,
                              reverse=True), r"\d"])


_MENTIONED: dict[str, dict[tuple[int, int], dict[int, tuple[int, str]]]] = {}


def _mention_signature(profiles: list[_Profile]) -> str:
    return repr([(p.option.id, p.matcher.patterns if p.matcher else (), p.stem_patterns,
                  p.numbered) for p in profiles])


def unread(options: Sequence[OptionInput], paragraphs: Iterable[Paragraph]) -> list[int]:
    """The block ids of the paragraphs this process has not read yet (or not for these
    options' names): only their kept readings need to be looked at."""
    named_in = _MENTIONED.get(_mention_signature(build_profiles(options)), {})
    out = []
    for p in paragraphs:
        key = text_key(p.text)
        if kept_reading(key) is None or key not in named_in:
            out.append(p.block_id)
    return out


def mention_signature(options: Sequence[OptionInput]) -> str:
    """What the options a paragraph names depends on: the options' ids, titles and patterns."""
    return _mention_signature(build_profiles(options))


def _mention_cache(profiles: list[_Profile]) -> dict[tuple[int, int], dict[int, tuple[int, str]]]:
    """Which options each paragraph names (text key -> result), kept for the process as long
    as the options' titles and patterns stay the same: a rescan after the officer's evidence
    changed does not read every paragraph for mentions again."""
    return kept_for(_MENTIONED, _mention_signature(profiles))


_DIRECT: dict[str, dict[tuple[tuple[int, int], tuple[str, ...]], _Said]] = {}


def _direct_cache(profiles: list[_Profile]
                  ) -> dict[tuple[tuple[int, int], tuple[str, ...]], _Said]:
    """What mentions and section scope say of each paragraph ((text key, heading path) ->
    result), kept as long as the options' names and which option refines which stay the
    same."""
    signature = repr([(p.option.id, p.matcher.patterns if p.matcher else (), p.stem_patterns,
                       p.numbered, sorted(p.refines)) for p in profiles])
    return kept_for(_DIRECT, signature)


_Scope = tuple[int, str] | None
_NAMES_NONE = object()      # a heading that names no option: the next one up decides


def _heading_scope(profiles: list[_Profile], mentions: _Mentions, path: tuple[str, ...],
                   seen: dict[str, _Scope | object]) -> _Scope:
    """The option the nearest naming heading is about: (option id, that heading).
    ``seen``: what each heading says, by its text, filled as headings come (a scan meets
    ~22,000 headings in 12,000 paths at 2,000 sources, ~12,500 of them distinct)."""
    for heading in reversed(path):
        said = seen.get(heading, seen)
        if said is seen:
            said = seen[heading] = _heading_says(profiles, mentions, heading)
        if said is _NAMES_NONE:
            continue
        return said  # type: ignore[return-value]
    return None


def _heading_says(profiles: list[_Profile], mentions: _Mentions, heading: str
                  ) -> _Scope | object:
    tokens, stems = analyse(heading)
    named = mentions(heading, frozenset(tokens), stems)
    if not named:
        return _NAMES_NONE
    ids = set(named)
    # "Scenario 3 + als ..." names 3+ and (inside it) scenario 3: the refinement wins.
    ids -= {base for p in profiles if p.option.id in ids for base in p.refines}
    if len(ids) == 1:
        return next(iter(ids)), heading
    return None


def forget_scans() -> None:
    """Drop what the ranking keeps between scans (tests: a scan as in a fresh process)."""
    forget_corpora()
    _MENTIONED.clear()
    _DIRECT.clear()
    forget()


# ---------------------------------------------------------------- the ranking

# Scores order the list (a mention before a section before a likeness); the likeness
# thresholds were set on the hand-labelled demo advice (tests/data/suggestion_labels.json).
SECTION_SCORE = 2.0
MENTION_SCORE = 3.0
LIKENESS_MIN = 0.15              # cosine to the option's centroid, advisor that names options
LIKENESS_MIN_OWN_WORDS = 0.09    # ... advisor that never names the options of the question

_Direct = dict[int, tuple[float, str, str]]       # option id -> (score, reason, signal)
# What a paragraph's mentions and section say: every option they name (for the centroids),
# and the suggestions that come of it (option id, rounded score, reason, signal).
_Said = tuple[_Direct, tuple[tuple[int, float, str, str], ...]]
_NOTHING: _Said = ({}, ())                        # shared; never changed


_Named = dict[int, tuple[int, str]]      # option id -> (number of mentions, the words)
# A paragraph's reading and the options it names, as kept in the dossier (None: not known
# for the options as they are now)
Known = tuple[Reading, _Named | None]


def rank(options: Sequence[OptionInput], paragraphs: Sequence[Paragraph],
         examples: Sequence[Example], *, skip: Set[tuple[int, int]] = frozenset(),
         reference: Sequence[tuple[Paragraph, int]] = (),
         known: Mapping[int, Known] | None = None,
         learned: dict[int, tuple[Reading, _Named]] | None = None,
         unkept: Set[int] = frozenset(),
         basis: Basis | None = None, new_basis: list[Basis] | None = None,
         kept_sums: Mapping[int, FoundSum] | None = None,
         new_sums: dict[int, FoundSum] | None = None,
         kept_nearest: Mapping[tuple[int, bool], NearestKept] | None = None,
         new_nearest: dict[tuple[int, bool], NearestKept] | None = None,
         text_digests: Mapping[int, bytes] | None = None) -> list[Found]:
    """Score every paragraph against every option; ``skip`` holds (option id, block id)
    pairs never to suggest (already quoted, judged by the officer). ``reference`` holds
    paragraphs already known to concern an option (option id), scanned earlier: when only a
    new source is scanned they stand in for the rest of the dossier.

    ``known``: what the dossier keeps of paragraphs (block id -> reading and the options it
    names), validated by the caller (workbench.suggest_stored); the other paragraphs are read
    now (unless this process has read them before), and ``learned`` receives them (block id
    -> reading and the options it names), and those of ``unkept`` (the dossier keeps no
    reading of them: a re-imported source's paragraphs this process has read before).

    ``new_basis`` (a full scan): the words' weights come from ``basis`` (the dossier's, see
    ``suggest_vectors.Basis``) while it still fits these paragraphs, else from a new one,
    which is appended to ``new_basis`` for the dossier to keep. Without it (the incremental
    scan of an import), from these paragraphs.

    ``kept_sums`` (option id -> identity and sum, validated by the caller): the sums of the
    paragraphs found for each option that the dossier keeps; used where they are still the
    sums of these paragraphs under these weights (``Corpus.found_sum``). ``new_sums``
    receives those made now (with a basis only), for the dossier to keep. ``kept_nearest``
    and ``new_nearest`` do the same for the answers of the officer's examples ((option id,
    positive) -> identity and answers: ``Neighbours.attach``). ``text_digests``: the
    ``text_digest`` of paragraphs' texts as they are now, by block id, where the caller made
    them already (checking the kept readings); the others are made when needed."""
    profiles = build_profiles(options)
    mentions = _Mentions(profiles)
    named_in = _mention_cache(profiles)
    kept = known or {}

    def read(par: Paragraph, key: tuple[int, int]) -> tuple[Reading, _Named]:
        reading = kept_reading(key)
        named = named_in.get(key)
        if reading is None or named is None:
            stored = kept.get(par.block_id)
            if reading is None and stored is not None:
                reading = stored[0]
            if named is None and stored is not None and stored[1] is not None:
                named = named_in[key] = stored[1]
            if reading is None or named is None:
                fresh, tokens, stems, folded = read_paragraph(par.text)
                reading = reading or fresh
                if named is None:
                    named = named_in[key] = mentions(par.text, tokens, stems, folded)
                if learned is not None:         # read now: for the dossier to keep
                    learned[par.block_id] = (reading, named)
            keep_reading(key, reading)
        elif learned is not None and par.block_id in unkept:
            learned[par.block_id] = (reading, named)
        return reading, named

    keys = [text_key(p.text) for p in paragraphs]
    analysed = [read(p, k) for p, k in zip(paragraphs, keys, strict=True)]
    ref_keys = [text_key(p.text) for p, _ in reference]
    ref_read = [read(p, k)[0] for (p, _), k in zip(reference, ref_keys, strict=True)]
    readings = [a[0] for a in analysed] + ref_read
    weights: Basis | None = None
    if new_basis is not None:
        weights, made = basis_of(readings, basis)
        if made:
            new_basis.append(weights)
    with corpus_of((*keys, *ref_keys), readings, weights) as corpus:
        return _rank(corpus, options, profiles, mentions, paragraphs, keys, analysed, examples,
                     skip, list(zip(ref_keys, ref_read, (o for _, o in reference), strict=True)),
                     kept_sums or {}, new_sums, kept_nearest or {}, new_nearest,
                     {k: d for p, k in zip(paragraphs, keys, strict=True)
                      if (d := text_digests.get(p.block_id)) is not None}
                     if text_digests else {})


def _rank(corpus: Corpus, options: Sequence[OptionInput], profiles: list[_Profile],
          mentions: _Mentions, paragraphs: Sequence[Paragraph], keys: list[tuple[int, int]],
          analysed: list[tuple[Reading, _Named]], examples: Sequence[Example],
          skip: Set[tuple[int, int]], reference: list[tuple[tuple[int, int], Reading, int]],
          kept_sums: Mapping[int, FoundSum], new_sums: dict[int, FoundSum] | None,
          kept_nearest: Mapping[tuple[int, bool], NearestKept],
          new_nearest: dict[tuple[int, bool], NearestKept] | None,
          digests: dict[tuple[int, int], bytes]) -> list[Found]:
    idf = corpus.idf
    by_id = {p.option.id: p for p in profiles}
    direct_in = _direct_cache(profiles)
    scopes: dict[tuple[str, ...], tuple[int, str] | None] = {}
    headings: dict[str, _Scope | object] = {}

    mentioned: dict[str, str] = {}         # the same words name an option in many paragraphs

    def direct(par: Paragraph, key: tuple[int, int], reading: Reading, named_here: _Named
               ) -> _Said:
        """option id -> (score, reason, signal) from mentions and section scope, and the
        suggestions they make."""
        path = par.heading_path
        if path not in scopes:
            scopes[path] = _heading_scope(profiles, mentions, path, headings)
        scope = scopes[path]
        if not named_here and scope is None:
            return _NOTHING           # most paragraphs: nothing to look up or keep
        said = direct_in.get((key, path))
        if said is not None:
            return said
        found: _Direct = {}
        for option_id, (count, named) in named_here.items():
            why = mentioned.get(named)
            if why is None:
                why = mentioned[named] = _reason("reason.mention", named)
            found[option_id] = (MENTION_SCORE + 0.25 * min(count - 1, 4), why, "mention")
        if scope is not None:
            option_id, heading = scope
            anaphor = reading.anaphor
            score = SECTION_SCORE + (0.5 if anaphor else 0.0)
            reason = (_reason("reason.heading-words", heading, anaphor)
                      if anaphor else _reason("reason.heading", heading))
            old = found.get(option_id)
            if old is None or old[0] < score:
                found[option_id] = (score + (old[0] / 4 if old else 0), reason, "section")
            # In a section about a refinement, naming the base option describes the refinement.
            for base in by_id[option_id].refines:
                found.pop(base, None)
        if not found:
            said = _NOTHING
        else:
            settled = dict(found)
            if len(settled) > 1:
                _disambiguate(settled, by_id)
            said = found, tuple((option_id, round(score, 3), reason, signal)
                                for option_id, (score, reason, signal) in settled.items())
        direct_in[(key, path)] = said
        return said

    said = [direct(p, k, r, n) for p, k, (r, n) in zip(paragraphs, keys, analysed, strict=True)]
    direct_hits = [hits for hits, _ in said]
    read_of = {k: a[0] for k, a in zip(keys, analysed, strict=True)}
    read_of.update((k, r) for k, r, _ in reference)

    # Examples: the paragraphs found directly in this scan (pseudo-relevance feedback), and
    # the officer's (weighted double). Each option's examples add up to a centroid; the sum
    # of the paragraphs found is kept for the next scan of the same paragraphs.
    found_keys: dict[int, list[tuple[int, int]]] = {o.id: [] for o in options}
    for hits, key, (reading, _named) in zip(direct_hits, keys, analysed, strict=True):
        if hits and reading.words >= MIN_WORDS:
            for option_id in hits:
                found_keys[option_id].append(key)
    for key, reading, option_id in reference:
        if reading.words >= MIN_WORDS and option_id in found_keys:
            found_keys[option_id].append(key)
    # a digest of a paragraph's text by its text key (a text key is this process's own):
    # what the found sums and the examples' answers the dossier keeps are known by
    text_of = {k: p.text for p, k in zip(paragraphs, keys, strict=True)} \
        if corpus.identity is not None else {}

    def digest_of(key: tuple[int, int]) -> bytes | None:
        found = digests.get(key)
        if found is None:
            text = text_of.get(key)
            if text is None:
                return None
            found = digests[key] = text_digest(text)
        return found

    made: dict[tuple[int, int], Vec] = {}
    centroid = {k: dict(corpus.found_sum(k, tuple(v), read_of, made, kept_sums.get(k),
                                         new_sums, digest_of))
                for k, v in found_keys.items()}
    del made
    officer: dict[int, list[tuple[dict[str, float], str]]] = {o.id: [] for o in options}
    negatives: dict[int, list[tuple[dict[str, float], str]]] = {o.id: [] for o in options}
    signatures: dict[tuple[int, bool], list[tuple[tuple[int, int], str]]] = {}
    shown: dict[tuple[int, bool], list[tuple[str, str]]] = {}     # their texts and labels
    for ex in examples:
        if ex.option_id not in centroid:
            continue
        vec = vector(words(ex.text), idf)
        if ex.positive:
            if len(officer[ex.option_id]) < OFFICER_NEIGHBOURS:
                officer[ex.option_id].append((vec, ex.label))
                signatures.setdefault((ex.option_id, True), []).append(
                    (text_key(ex.text), ex.label))
                shown.setdefault((ex.option_id, True), []).append((ex.text, ex.label))
            add(centroid[ex.option_id], vec, 2)
        else:
            negatives[ex.option_id].append((vec, ""))
            signatures.setdefault((ex.option_id, False), []).append((text_key(ex.text), ""))
            shown.setdefault((ex.option_id, False), []).append((ex.text, ""))
    for prof in profiles:      # what the officer wrote about the option: title, description, arguments
        own = words(" ".join([prof.option.title, prof.option.description, prof.option.argument_text]))
        if own:
            add(centroid[prof.option.id], vector(own, idf), OWN_WORDS_WEIGHT)
    norms = {k: math.sqrt(sum(v * v for v in c.values())) or 1.0 for k, c in centroid.items()}
    centroids = {k: {t: v / norms[k] for t, v in c.items()} for k, c in centroid.items()}
    filled = [k for k, c in centroids.items() if c]

    # An advisor that never names the options speaks about them in its own words; one that
    # gives each option a section or names them puts its option-specific content there, so
    # its other paragraphs need a clearer likeness.
    structured: dict[int, set[str]] = {}
    for p, hits in zip(paragraphs, direct_hits, strict=True):
        for k in hits:
            structured.setdefault(p.source_id, set()).add(by_id[k].option.question)
    neighbours = {k: corpus.kept_neighbours(k, True, Neighbours(
        v, tuple(signatures.get((k, True), ())))) for k, v in officer.items()}
    rejections = {k: corpus.kept_neighbours(k, False, Neighbours(
        v, tuple(signatures.get((k, False), ())))) for k, v in negatives.items()}
    if corpus.identity is not None and new_nearest is not None:
        for positive, held in ((True, neighbours), (False, rejections)):
            for k, near in held.items():
                near.attach(examples_identity(corpus.identity, positive,
                                              shown.get((k, positive), ())),
                            kept_nearest.get((k, positive)), digest_of)
    related = {k: {k, *p.refines} | {o for o, q in by_id.items() if k in q.refines}
               for k, p in by_id.items()}
    compared = [key for hits, key, (reading, _named) in zip(direct_hits, keys, analysed,
                                                            strict=True)
                if not hits and reading.words >= MIN_WORDS]
    # each compared paragraph's similarities, one per option of ``filled``, in that order
    sim_rows = corpus.similarities({k: centroids[k] for k in filled}, compared, read_of) \
        if filled else {}
    # an option with nothing found and no example yet is compared by its own words only
    described = {k for k in filled if not found_keys[k] and not officer[k]}
    choice = _Choice(filled, by_id, related, described)
    no_structure: set[str] = set()
    results: list[Found] = []
    for par, key, (hits, settled), (reading, _named) in zip(paragraphs, keys, said, analysed,
                                                          strict=True):
        if reading.words < 2:
            continue              # a URL, a page number: nothing to read
        block_id = par.block_id
        if hits:
            for option_id, score, reason, signal in settled:
                if (option_id, block_id) not in skip:
                    results.append(Found(option_id, block_id, score, reason, signal))
        elif reading.words >= MIN_WORDS and filled:
            liked = _likeness(choice, sim_rows[key], corpus.vector(key, reading), key,
                              neighbours, rejections,
                              structured.get(par.source_id, no_structure), skip, block_id)
            if liked is not None:
                option_id, score, reason = liked
                results.append(Found(option_id, block_id, round(score, 3), reason, "likeness"))
    if corpus.identity is not None and new_nearest is not None:
        for positive, held in ((True, neighbours), (False, rejections)):
            for k, near in held.items():
                stored = kept_nearest.get((k, positive))
                if near.identity is not None and len(near) and (
                        near.made_now or stored is None or stored[0] != near.identity):
                    new_nearest[(k, positive)] = (near.identity, near.to_keep())
    return results


OWN_WORDS_WEIGHT = 2.0
MIN_WORDS = 6          # content words a paragraph needs to be compared by likeness
OFFICER_NEIGHBOURS = 25  # the officer's examples per option compared one by one (for the reason)
LIKENESS_MARGIN = 1.15  # the best option must beat the runner-up by this factor


class _Choice:
    """The options compared by likeness (those with a centroid, ``filled``) as positions in a
    paragraph's row of similarities, with what each position needs to know of the others."""

    def __init__(self, filled: list[int], by_id: dict[int, _Profile],
                 related: dict[int, set[int]], described: Collection[int] = ()) -> None:
        self.filled = filled
        # the reason of a likeness with an option known only by its title, description and
        # arguments: nothing was found for it earlier, so "lijkt op wat eerder ..." would lie
        self.likeness_reason = [_reason("reason.like-option") if k in described
                                else _reason("reason.like-earlier") for k in filled]
        index = {k: i for i, k in enumerate(filled)}
        self.bases = [[index[b] for b in by_id[k].refines if b in index] for k in filled]
        self.others = [[j for j, o in enumerate(filled) if o not in related[k]] for k in filled]
        self.questions = [by_id[k].option.question for k in filled]


def _likeness(choice: _Choice, sims: Sequence[float], vec: Vec, key: tuple[int, int],
              officer: dict[int, Neighbours], negatives: dict[int, Neighbours],
              structured: set[str], skip: Collection[tuple[int, int]] = (), block_id: int = 0
              ) -> tuple[int, float, str] | None:
    """The one option whose examples this paragraph resembles best, if clearly enough, given
    its similarity with each option's centroid (``sims``, in the order of
    ``choice.filled``). None as well when (that option, ``block_id``) is in ``skip``
    (already quoted for it): comparing with the officer's examples, for the reason, would be
    work thrown away."""
    best = max(sims)
    first = at = sims.index(best)           # the first of equals
    # Between an option and its refinement, the refinement needs a clear lead: it is the
    # base option plus something, and that something must show.
    for base in choice.bases[first]:
        if sims[at] < LIKENESS_MARGIN * sims[base]:
            at = base
    option_id, best = choice.filled[at], sims[at]
    threshold = LIKENESS_MIN if choice.questions[at] in structured else LIKENESS_MIN_OWN_WORDS
    runner_up = max(map(sims.__getitem__, choice.others[at]), default=0.0)
    if best < threshold or best < runner_up or (option_id, block_id) in skip:
        return None
    rejected = negatives[option_id].nearest(vec, key)
    if rejected is not None and rejected[0] >= best:
        return None
    near = officer[option_id].nearest(vec, key)
    if near is not None and near[0] >= threshold:
        return option_id, 1 + best * 4, _reason("reason.like", near[1])
    return option_id, 1 + best * 4, choice.likeness_reason[at]


def _disambiguate(candidates: dict[int, tuple[float, str, str]], by_id: dict[int, _Profile]
                  ) -> None:
    """Between an option and its refinement, keep the one the paragraph fits best."""
    for option_id in list(candidates):
        for base in by_id[option_id].refines:
            if option_id in candidates and base in candidates:
                if candidates[base][0] > candidates[option_id][0]:
                    del candidates[option_id]
                else:
                    del candidates[base]     # a tie goes to the more specific option
    # Weak signals only where nothing stronger speaks for another option.
    strong = [k for k, v in candidates.items() if v[2] in ("mention", "section")]
    if strong:
        for option_id in [k for k, v in candidates.items() if v[2] not in ("mention", "section")]:
            del candidates[option_id]

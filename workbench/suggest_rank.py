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
import operator
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence, Set
from dataclasses import dataclass, field

import snowballstemmer

from workbench.messages import reason as _reason
from workbench.patterns import Matcher, compile_patterns, fold

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

_WORD = re.compile(r"[^\W\d_]{3,}")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_STEMMER = snowballstemmer.stemmer("dutch")
_NUMERALS = {
    "1": "1", "een": "1", "één": "1", "eerste": "1", "2": "2", "twee": "2", "tweede": "2",
    "3": "3", "drie": "3", "derde": "3", "4": "4", "vier": "4", "vierde": "4",
    "5": "5", "vijf": "5", "vijfde": "5", "6": "6", "zes": "6", "zesde": "6",
}
_ANAPHORA = re.compile(
    r"\b(?:dit|deze|dat|die|het\s+(?:voorgestelde|geprefereerde|gekozen|preferentiele|"
    r"voorkeurs|beschreven))\s+(?:scenario|optie|model|voorstel|variant|alternatief|piste|"
    r"aanpak|traject)\b")
_TITLE_HEAD = re.compile(r"^\s*([^:–—]{2,40}?)\s*[:–—]")


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


_TOKEN = re.compile(r"\w+")

# The words of a paragraph never change, and a session ranks the same paragraphs again after
# every change of the officer's evidence: their analysis is kept for the process, keyed by the
# text (its hash and length), in shared strings, up to a bound on memory.
_ANALYSED: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}
_ANALYSED_LIMIT = 250_000
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
    tokens = tuple({share(t, t) for t in _TOKEN.findall(folded)})
    get = _STEMS.get
    if "://" in folded or "www." in folded:
        stems = [get(w) or stem(w) for w in _WORD.findall(_URL.sub(" ", folded))
                 if w not in _STOP]
    else:
        # _WORD's letter runs lie inside the \w+ tokens: a token of letters only is one run.
        stems = []
        for token in _TOKEN.findall(folded):
            if token.isalpha():
                if len(token) >= 3 and token not in _STOP:
                    stems.append(get(token) or stem(token))
            elif len(token) >= 3:
                stems.extend(get(w) or stem(w) for w in _WORD.findall(token) if w not in _STOP)
    if len(_ANALYSED) >= _ANALYSED_LIMIT:
        _ANALYSED.clear()
        _SHARED.clear()
    found = _ANALYSED[key] = (tokens, tuple(stems))
    return found


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


@dataclass(frozen=True)
class Paragraph:
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


@dataclass(frozen=True)
class Found:
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
            _WORD.fullmatch(t) and t not in _NUMERALS for t in tokens):
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
                needs = frozenset(_TOKEN.findall(fold(pattern)))
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

    def __call__(self, text: str, tokens: frozenset[str], stems: Sequence[str]
                 ) -> dict[int, tuple[int, str]]:
        """option id -> (number of mentions, the words that named it), given the text with
        its tokens and stems (see :func:`analyse`)."""
        out: dict[int, tuple[int, str]] = {}
        folded = ""
        hits: list[tuple[int, int, int, str]] = []      # start, end, option id, pattern
        tried = list(self.always)
        for word in self.words.intersection(tokens):
            tried += self.by_word[word]
        tried = [t for t in tried if t[4] <= tokens]
        if tried:
            folded = fold(text)
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


def _mention_cache(profiles: list[_Profile]) -> dict[tuple[int, int], dict[int, tuple[int, str]]]:
    """Which options each paragraph names (text key -> result), kept for the process as long
    as the options' titles and patterns stay the same: a rescan after the officer's evidence
    changed does not read every paragraph for mentions again."""
    signature = repr([(p.option.id, p.matcher.patterns if p.matcher else (), p.stem_patterns,
                       p.numbered) for p in profiles])
    if signature not in _MENTIONED:
        _MENTIONED.clear()
        _MENTIONED[signature] = {}
    cache = _MENTIONED[signature]
    if len(cache) >= _ANALYSED_LIMIT:
        cache.clear()
    return cache


def _heading_scope(profiles: list[_Profile], mentions: _Mentions, path: tuple[str, ...]
                   ) -> tuple[int, str] | None:
    """The option the nearest naming heading is about: (option id, that heading)."""
    for heading in reversed(path):
        tokens, stems = analyse(heading)
        named = mentions(heading, frozenset(tokens), stems)
        if not named:
            continue
        ids = set(named)
        # "Scenario 3 + als ..." names 3+ and (inside it) scenario 3: the refinement wins.
        ids -= {base for p in profiles if p.option.id in ids for base in p.refines}
        if len(ids) == 1:
            return next(iter(ids)), heading
        return None
    return None


# ---------------------------------------------------------------- vectors

_TF = [0.0] + [1 + math.log(c) for c in range(1, 256)]   # log-scaled term frequency


def _vector(stems: Iterable[str], idf: dict[str, float]) -> dict[str, float]:
    tf = Counter(stems)
    tfw, get = _TF, idf.get
    if len(tf) and max(tf.values()) >= len(tfw):
        vec = {t: (1 + math.log(c)) * get(t, 1.0) for t, c in tf.items()}
    else:
        vec = {t: tfw[c] * get(t, 1.0) for t, c in tf.items()}
    values = vec.values()
    norm = math.sqrt(sum(map(operator.mul, values, values))) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _add(total: dict[str, float], vec: dict[str, float], factor: float = 1.0) -> None:
    """total += factor * vec (what Counter.update does, without its per-item overhead)."""
    get = total.get
    if factor == 1.0:
        for t, v in vec.items():
            total[t] = v + get(t, 0)
    else:
        for t, v in vec.items():
            total[t] = factor * v + get(t, 0)


class _Neighbours:
    """An option's examples as vectors, with an index from word to the examples holding it,
    so finding the most similar one only touches the words a paragraph shares with them."""

    def __init__(self, examples: list[tuple[dict[str, float], str]]) -> None:
        self.labels = [label for _, label in examples]
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for i, (vec, _label) in enumerate(examples):
            for t, w in vec.items():
                self.postings.setdefault(t, []).append((i, w))

    def __len__(self) -> int:
        return len(self.labels)

    def nearest(self, vec: dict[str, float]) -> tuple[float, str] | None:
        """The most similar example (cosine, label; the first of equals); None if none."""
        if not self.labels:
            return None
        sims = [0.0] * len(self.labels)
        postings = self.postings
        for t, v in vec.items():
            for i, w in postings.get(t, ()):
                sims[i] += v * w
        best = max(range(len(sims)), key=sims.__getitem__)
        return sims[best], self.labels[best]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


# ---------------------------------------------------------------- the ranking

# Scores order the list (a mention before a section before a likeness); the likeness
# thresholds were set on the hand-labelled demo advice (tests/data/suggestion_labels.json).
SECTION_SCORE = 2.0
MENTION_SCORE = 3.0
LIKENESS_MIN = 0.15              # cosine to the option's centroid, advisor that names options
LIKENESS_MIN_OWN_WORDS = 0.09    # ... advisor that never names the options of the question


def rank(options: Sequence[OptionInput], paragraphs: Sequence[Paragraph],
         examples: Sequence[Example], *, skip: Set[tuple[int, int]] = frozenset(),
         reference: Sequence[tuple[Paragraph, int]] = ()) -> list[Found]:
    """Score every paragraph against every option; ``skip`` holds (option id, block id)
    pairs never to suggest (already quoted, judged by the officer). ``reference`` holds
    paragraphs already known to concern an option (option id), scanned earlier: when only a
    new source is scanned they stand in for the rest of the dossier."""
    keys = {p.block_id: text_key(p.text) for p in paragraphs}
    analysed = {p.block_id: analyse(p.text, keys[p.block_id]) for p in paragraphs}
    stems_of = {block_id: a[1] for block_id, a in analysed.items()}
    ref_stems = [(words(p.text), option_id) for p, option_id in reference]
    df: Counter[str] = Counter()
    for stems in (*stems_of.values(), *(st for st, _ in ref_stems)):
        df.update(set(stems))
    n = max(1, len(paragraphs) + len(ref_stems))
    idf = {t: math.log((n + 1) / (c + 1)) + 1 for t, c in df.items()}
    profiles = build_profiles(options)
    by_id = {p.option.id: p for p in profiles}
    mentions = _Mentions(profiles)
    named_in = _mention_cache(profiles)
    scopes: dict[tuple[str, ...], tuple[int, str] | None] = {}

    def direct(par: Paragraph) -> dict[int, tuple[float, str, str]]:
        """option id -> (score, reason, signal) from mentions and section scope."""
        key = keys[par.block_id]
        named_here = named_in.get(key)
        if named_here is None:
            tokens, stems = analysed[par.block_id]
            named_here = named_in[key] = mentions(par.text, frozenset(tokens), stems)
        found: dict[int, tuple[float, str, str]] = {}
        for option_id, (count, named) in named_here.items():
            found[option_id] = (MENTION_SCORE + 0.25 * min(count - 1, 4),
                                _reason("reason.mention", named), "mention")
        if par.heading_path not in scopes:
            scopes[par.heading_path] = _heading_scope(profiles, mentions, par.heading_path)
        scope = scopes[par.heading_path]
        if scope is not None:
            option_id, heading = scope
            anaphor = _ANAPHORA.search(fold(par.text))
            score = SECTION_SCORE + (0.5 if anaphor else 0.0)
            reason = (_reason("reason.heading-words", heading, anaphor.group(0))
                      if anaphor else _reason("reason.heading", heading))
            old = found.get(option_id)
            if old is None or old[0] < score:
                found[option_id] = (score + (old[0] / 4 if old else 0), reason, "section")
            # In a section about a refinement, naming the base option describes the refinement.
            for base in by_id[option_id].refines:
                found.pop(base, None)
        return found

    direct_hits = {p.block_id: direct(p) for p in paragraphs}

    # Examples: the officer's (weighted double), and the paragraphs found directly in this
    # scan (pseudo-relevance feedback). Each option's examples add up to a centroid.
    centroid: dict[int, dict[str, float]] = {o.id: {} for o in options}
    officer: dict[int, list[tuple[dict[str, float], str]]] = {o.id: [] for o in options}
    negatives: dict[int, list[dict[str, float]]] = {o.id: [] for o in options}
    for ex in examples:
        if ex.option_id not in centroid:
            continue
        vec = _vector(words(ex.text), idf)
        if ex.positive:
            if len(officer[ex.option_id]) < OFFICER_NEIGHBOURS:
                officer[ex.option_id].append((vec, ex.label))
            _add(centroid[ex.option_id], vec, 2)
        else:
            negatives[ex.option_id].append(vec)
    for prof in profiles:      # what the officer wrote about the option: title, description, arguments
        own = words(" ".join([prof.option.title, prof.option.description, prof.option.argument_text]))
        if own:
            _add(centroid[prof.option.id], _vector(own, idf), OWN_WORDS_WEIGHT)
    for p in paragraphs:
        hits = direct_hits[p.block_id]
        if not hits or len(stems_of[p.block_id]) < MIN_WORDS:
            continue
        vec = _vector(stems_of[p.block_id], idf)
        for option_id in hits:
            _add(centroid[option_id], vec)
    for stems, option_id in ref_stems:
        if len(stems) >= MIN_WORDS and option_id in centroid:
            _add(centroid[option_id], _vector(stems, idf))
    norms = {k: math.sqrt(sum(v * v for v in c.values())) or 1.0 for k, c in centroid.items()}
    centroids = {k: {t: v / norms[k] for t, v in c.items()} for k, c in centroid.items()}
    filled = [k for k, c in centroids.items() if c]
    postings: dict[str, list[tuple[int, float]]] = {}   # term -> (index in filled, weight)
    for i, k in enumerate(filled):
        for t, v in centroids[k].items():
            postings.setdefault(t, []).append((i, v))

    # An advisor that never names the options speaks about them in its own words; one that
    # gives each option a section or names them puts its option-specific content there, so
    # its other paragraphs need a clearer likeness.
    structured: dict[int, set[str]] = {}
    for p in paragraphs:
        for k in direct_hits[p.block_id]:
            structured.setdefault(p.source_id, set()).add(by_id[k].option.question)
    neighbours = {k: _Neighbours(v) for k, v in officer.items()}
    rejections = {k: _Neighbours([(n, "") for n in v]) for k, v in negatives.items()}
    related = {k: {k, *p.refines} | {o for o, q in by_id.items() if k in q.refines}
               for k, p in by_id.items()}
    results: list[Found] = []
    for par in paragraphs:
        stems = stems_of[par.block_id]
        if len(stems) < 2:
            continue              # a URL, a page number: nothing to read
        candidates = dict(direct_hits[par.block_id])
        if not candidates and len(stems) >= MIN_WORDS:
            vec = _vector(stems, idf)
            liked = _likeness(vec, filled, postings, neighbours, rejections, by_id, related,
                              structured.get(par.source_id, set()), skip, par.block_id)
            if liked is not None:
                option_id, score, reason = liked
                candidates[option_id] = (score, reason, "likeness")
        _disambiguate(candidates, by_id)
        for option_id, (score, reason, signal) in candidates.items():
            if (option_id, par.block_id) not in skip:
                results.append(Found(option_id, par.block_id, round(score, 3), reason, signal))
    return results


OWN_WORDS_WEIGHT = 2.0
MIN_WORDS = 6          # content words a paragraph needs to be compared by likeness
OFFICER_NEIGHBOURS = 25  # the officer's examples per option compared one by one (for the reason)
LIKENESS_MARGIN = 1.15  # the best option must beat the runner-up by this factor


def _likeness(vec: dict[str, float], filled: list[int],
              postings: dict[str, list[tuple[int, float]]],      # term -> (index in filled, w)
              officer: dict[int, _Neighbours], negatives: dict[int, _Neighbours],
              by_id: dict[int, _Profile], related: dict[int, set[int]],
              structured: set[str], skip: Collection[tuple[int, int]] = (), block_id: int = 0
              ) -> tuple[int, float, str] | None:
    """The one option whose examples this paragraph resembles best, if clearly enough.
    None as well when (that option, ``block_id``) is in ``skip`` (already quoted for it):
    comparing with the officer's examples, for the reason, would be work thrown away."""
    if not filled:
        return None
    acc = [0.0] * len(filled)
    for t, v in vec.items():
        for i, w in postings.get(t, ()):
            acc[i] += v * w
    sims = dict(zip(filled, acc, strict=True))
    option_id = max(sims, key=lambda k: sims[k])
    # Between an option and its refinement, the refinement needs a clear lead: it is the
    # base option plus something, and that something must show.
    for base in by_id[option_id].refines:
        if base in sims and sims[option_id] < LIKENESS_MARGIN * sims[base]:
            option_id = base
    best = sims[option_id]
    question = by_id[option_id].option.question
    threshold = LIKENESS_MIN if question in structured else LIKENESS_MIN_OWN_WORDS
    near_options = related[option_id]
    runner_up = max((v for k, v in sims.items() if k not in near_options), default=0.0)
    if best < threshold or best < runner_up or (option_id, block_id) in skip:
        return None
    rejected = negatives[option_id].nearest(vec)
    if rejected is not None and rejected[0] >= best:
        return None
    near = officer[option_id].nearest(vec)
    if near is not None and near[0] >= threshold:
        return option_id, 1 + best * 4, _reason("reason.like", near[1])
    return option_id, 1 + best * 4, _reason("reason.like-earlier")


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

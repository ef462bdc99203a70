"""Pinning verbatim quotes to their source text (W3C Web Annotation style selectors).

A quote is stored as a :class:`Selector`: a TextQuoteSelector (``exact`` plus up to 32
characters of ``prefix``/``suffix`` context) together with a TextPositionSelector (``start``/
``end``: Python ``str`` indices into the source's normalised text, ``end`` exclusive).

Matching rule ("canonical form") used by :func:`find_occurrences` and :func:`reanchor`:

- whitespace is ignored completely: any run of spaces, tabs and newlines matches any other
  run *or no whitespace at all* (so a line break that extraction turned into nothing still
  matches; the flip side, harmless for quotes of realistic length, is that "de zaak" also
  matches "dezaak");
- hyphens (``-``, U+2010, U+2011), soft hyphens and zero-width characters are ignored too, so
  line-break hyphenation matches in either direction: "samen- werking", "samen-\\nwerking"
  and "samenwerking" are all the same; "co-operatie" matches "cooperatie";
- typographic quotes fold to their ASCII forms (’ ‘ ´ -> ', “ ” „ -> ");
- matching is CASE-SENSITIVE and diacritic-sensitive: a quote is verbatim.

Re-anchoring (:func:`reanchor`, :func:`verify`) is stricter about word boundaries: a match must
also have the same WORDS as the quote. A line break, a double space or a hyphenation at a line
end is not a change; a space inserted into or removed from a word is ("bedrijvenzijn" ->
"bedrijven zijn" is a corrected typo: the quote's words are no longer in the source, so the
status is "changed" and the officer decides). :func:`find_occurrences` stays tolerant, so an
officer can type the words of a passage whose spaces the extraction lost.

Returned spans are always into the ORIGINAL text; they start and end on a non-space
character (leading/trailing whitespace of the needle is never part of a span).
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "Anchoring",
    "CanonicalText",
    "Selector",
    "canonical_text",
    "canonicalise",
    "find_occurrences",
    "make_selector",
    "reanchor",
    "verify",
    "word_key",
]

STATUSES = ("ok", "moved", "changed", "lost")

_HYPHENS = "-\u2010\u2011\u00ad"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# Everything the canonical form drops: whitespace runs, hyphens, invisible characters.
_IGNORABLE = re.compile(rf"[\s{re.escape(_HYPHENS)}{_ZERO_WIDTH}]+")
_KEPT = re.compile(rf"[^\s{re.escape(_HYPHENS)}{_ZERO_WIDTH}]+")
_NON_SPACE_IGNORABLE = frozenset(_HYPHENS + _ZERO_WIDTH)
_FOLD = str.maketrans({"’": "'", "‘": "'", "´": "'", "“": '"', "”": '"', "„": '"'})


def canonicalise(text: str) -> str:
    """The canonical form of ``text`` (see the module docstring); offsets are not kept."""
    return _IGNORABLE.sub("", text).translate(_FOLD)


class CanonicalText:
    """A text's canonical form plus the map back to original offsets.

    Build once per text and reuse for repeated searches (:func:`canonical_text` caches the
    last few). Memory: the canonical string plus two int lists with one entry per run of
    kept characters (roughly one per word).
    """

    __slots__ = ("_cstarts", "_ostarts", "canon", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in _KEPT.finditer(text)]
        ostarts = [a for a, _ in spans]
        cstarts = list(itertools.accumulate((b - a for a, b in spans), initial=0))
        cstarts.pop()
        self.canon = _IGNORABLE.sub("", text).translate(_FOLD)
        self._cstarts = cstarts
        self._ostarts = ostarts

    def to_original(self, cstart: int, cend: int) -> tuple[int, int]:
        """Map a non-empty canonical span to the original span (first to last kept char)."""
        return self._orig(cstart), self._orig(cend - 1) + 1

    def _orig(self, c: int) -> int:
        k = bisect.bisect_right(self._cstarts, c) - 1
        return self._ostarts[k] + (c - self._cstarts[k])

    def to_canonical(self, offset: int) -> int:
        """Canonical index of the first kept character at or after original ``offset``."""
        k = bisect.bisect_right(self._ostarts, offset) - 1
        if k < 0:
            return 0
        run_len = (self._cstarts[k + 1] if k + 1 < len(self._cstarts) else len(self.canon)) - (
            self._cstarts[k]
        )
        inside = offset - self._ostarts[k]
        if inside < run_len:
            return self._cstarts[k] + inside
        return self._cstarts[k] + run_len

    def find(self, needle: str) -> list[tuple[int, int]]:
        """All (overlapping) matches of ``needle``, as spans in the original text."""
        spans = self._find_canon(canonicalise(needle))
        if not spans:
            nfc = unicodedata.normalize("NFC", needle)
            if nfc != needle:
                spans = self._find_canon(canonicalise(nfc))
        if not spans:
            return []
        lead, trail = _edge_hyphens(needle)
        result = [self.to_original(cs, ce) for cs, ce in spans]
        if lead or trail:
            result = [_extend(self.text, s, e, lead, trail) for s, e in result]
        return result

    def _find_canon(self, cneedle: str, limit: int | None = None) -> list[tuple[int, int]]:
        if not cneedle:
            return []
        out: list[tuple[int, int]] = []
        i = self.canon.find(cneedle)
        while i >= 0:
            out.append((i, i + len(cneedle)))
            if limit is not None and len(out) >= limit:
                break
            i = self.canon.find(cneedle, i + 1)
        return out


@functools.lru_cache(maxsize=4)
def canonical_text(text: str) -> CanonicalText:
    """Cached :class:`CanonicalText` for the last few texts searched."""
    return CanonicalText(text)


def _edge_hyphens(needle: str) -> tuple[int, int]:
    """How many hyphens/invisibles the stripped needle has before its first/after its last
    kept character (they are dropped by canonicalisation but belong in the returned span)."""
    core = needle.strip()
    lead = 0
    for ch in core:
        if ch in _NON_SPACE_IGNORABLE:
            lead += 1
        elif not ch.isspace():
            break
    trail = 0
    for ch in reversed(core):
        if ch in _NON_SPACE_IGNORABLE:
            trail += 1
        elif not ch.isspace():
            break
    return lead, trail


def _extend(text: str, start: int, end: int, lead: int, trail: int) -> tuple[int, int]:
    i = start
    while lead and i > 0 and (text[i - 1].isspace() or text[i - 1] in _NON_SPACE_IGNORABLE):
        i -= 1
        if text[i] in _NON_SPACE_IGNORABLE:
            start = i
            lead -= 1
    j = end
    while trail and j < len(text) and (text[j].isspace() or text[j] in _NON_SPACE_IGNORABLE):
        if text[j] in _NON_SPACE_IGNORABLE:
            end = j + 1
            trail -= 1
        j += 1
    return start, end


def find_occurrences(text: str | CanonicalText, needle: str) -> list[tuple[int, int]]:
    """All matches of a user-typed quote in ``text`` (whitespace/hyphenation tolerant,
    case-sensitive), as ``(start, end)`` spans into the original text, in text order.

    Overlapping matches are all reported. A needle with nothing but whitespace/hyphens
    matches nothing. Pass a :class:`CanonicalText` to search one text repeatedly.
    """
    ct = text if isinstance(text, CanonicalText) else canonical_text(text)
    return ct.find(needle)


# --------------------------------------------------------------------------- selectors


@dataclass(frozen=True)
class Selector:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def make_selector(text: str, start: int, end: int, context: int = 32) -> Selector:
    """Selector for ``text[start:end]`` with up to ``context`` characters either side."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"invalid span {start}:{end} for a text of {len(text)} characters")
    return Selector(
        exact=text[start:end],
        prefix=text[max(0, start - context):start],
        suffix=text[end:end + context],
        start=start,
        end=end,
    )


@dataclass(frozen=True)
class Anchoring:
    """Where a selector lands in a (new) text.

    - ``ok``: the identical text is still at the identical position;
    - ``moved``: the same quote (identical up to whitespace/hyphenation, see the module
      docstring) was found, but not byte-identical at the old position;
    - ``changed``: no exact match, but a passage similar enough (``score`` >= threshold);
      ``start``/``end``/``exact`` describe that NEW passage and the caller must flag it;
    - ``lost``: nothing similar enough; ``start``/``end``/``exact`` are None.

    ``score`` is the similarity of the found passage to the selector's ``exact`` (1.0 for
    ok/moved; for lost, the best similarity seen, possibly 0.0).
    """

    status: str
    start: int | None
    end: int | None
    exact: str | None
    score: float


_LOST = Anchoring("lost", None, None, None, 0.0)
_MAX_CANDIDATES = 8
_MAX_SEED_HITS = 16
_MAX_SCORED_HITS = 64
# Above this many character pairs, similarity is computed on words instead of characters.
_CHAR_BUDGET = 400_000


def verify(selector: Selector, text: str | CanonicalText, threshold: float = 0.8) -> Anchoring:
    """Same as :func:`reanchor`; the "ok" path costs O(len(exact)) and builds nothing."""
    return reanchor(selector, text, threshold)


def reanchor(
    selector: Selector, new_text: str | CanonicalText, threshold: float = 0.8
) -> Anchoring:
    """Find ``selector`` in ``new_text`` (a corrected version of its source, or the same).

    Order: (1) identical text at the same position -> ok; (2) canonical (whitespace/hyphen
    tolerant) match of ``exact``: unique -> moved; several -> the one whose surroundings best
    match prefix/suffix, then the nearest to the old position -> moved; (3) the best fuzzy
    match with similarity >= ``threshold`` -> changed; (4) lost.
    Pass a :class:`CanonicalText` (or rely on the small internal cache) when checking many
    selectors against one text.
    """
    raw = new_text.text if isinstance(new_text, CanonicalText) else new_text
    s, e, exact = selector.start, selector.end, selector.exact
    if exact and e - s == len(exact) and s >= 0 and raw.startswith(exact, s) and e <= len(raw):
        return Anchoring("ok", s, e, exact, 1.0)
    ct = new_text if isinstance(new_text, CanonicalText) else canonical_text(new_text)
    cexact = canonicalise(exact)
    if not cexact:
        return _LOST
    hits = ct._find_canon(cexact)
    if hits:
        words = word_key(exact)
        same = [h for h in hits if word_key(ct.text[slice(*ct.to_original(*h))]) == words]
        if same:
            return _pick_moved(selector, ct, same)
        return _changed_words(selector, ct, hits)
    return _fuzzy(selector, ct, cexact, threshold)


_JOIN_LINE_HYPHEN = re.compile(rf"(?<=[^\W\d_])[{re.escape(_HYPHENS)}]\s+(?=[^\W\d_])")
_INVISIBLES = re.compile(f"[\u00ad{_ZERO_WIDTH}]")
_ALNUM_RUN = re.compile(r"[^\W_]+")


def word_key(text: str) -> tuple[str, ...]:
    """The words of ``text`` as re-anchoring compares them: letters and digits between
    whitespace and punctuation; a hyphen at a line end joins the word halves ("samen-\nwerking"
    = "samenwerking"), and hyphens inside a word are ignored ("co-operatie" = "cooperatie"),
    but a space inside a word splits it ("bedrijven zijn" != "bedrijvenzijn")."""
    text = _INVISIBLES.sub("", text)
    text = _JOIN_LINE_HYPHEN.sub("", text)
    text = re.sub(rf"(?<=\w)[{re.escape(_HYPHENS)}](?=\w)", "", text)
    return tuple(_ALNUM_RUN.findall(text))


def _changed_words(selector: Selector, ct: CanonicalText, hits: list[tuple[int, int]]
                   ) -> Anchoring:
    """The characters match but the words do not (a space added to or removed from a word):
    report the passage as changed, scored by word similarity."""
    moved = _pick_moved(selector, ct, hits)
    assert moved.start is not None and moved.end is not None and moved.exact is not None
    old, new = word_key(selector.exact), word_key(moved.exact)
    score = difflib.SequenceMatcher(None, old, new, autojunk=False).ratio()
    return Anchoring("changed", moved.start, moved.end, moved.exact, round(score, 4))


def _context_similarity(selector: Selector, ct: CanonicalText, cs: int, ce: int) -> float:
    """How well the canonical text around canonical span cs:ce matches prefix/suffix."""
    cprefix = canonicalise(selector.prefix)
    csuffix = canonicalise(selector.suffix)
    scores: list[float] = []
    if cprefix:
        scores.append(_ratio(cprefix, ct.canon[max(0, cs - len(cprefix)):cs]))
    if csuffix:
        scores.append(_ratio(csuffix, ct.canon[ce:ce + len(csuffix)]))
    return sum(scores) / len(scores) if scores else 0.0


def _ratio(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _plausible_hits(
    selector: Selector, ct: CanonicalText, hits: list[tuple[int, int]], old: int
) -> list[tuple[int, int]]:
    """Cut a long list of identical matches down before scoring their context: keep those
    whose nearest context agrees exactly, plus the ones nearest to the old position."""
    tail = canonicalise(selector.prefix)[-8:]
    head = canonicalise(selector.suffix)[:8]
    agree = [
        (cs, ce) for cs, ce in hits
        if (tail and ct.canon.endswith(tail, 0, cs)) or (head and ct.canon.startswith(head, ce))
    ]
    nearest = sorted(hits, key=lambda h: abs(h[0] - old))[:_MAX_SCORED_HITS // 2]
    return sorted(set(agree[:_MAX_SCORED_HITS] + nearest))


def _pick_moved(selector: Selector, ct: CanonicalText, hits: list[tuple[int, int]]) -> Anchoring:
    if len(hits) == 1:
        best = hits[0]
    else:
        old = ct.to_canonical(selector.start)
        if len(hits) > _MAX_SCORED_HITS:
            hits = _plausible_hits(selector, ct, hits, old)

        def key(span: tuple[int, int]) -> tuple[float, int]:
            return (-_context_similarity(selector, ct, *span), abs(span[0] - old))

        best = min(hits, key=key)
    s, e = ct.to_original(*best)
    lead, trail = _edge_hyphens(selector.exact)
    if lead or trail:
        s, e = _extend(ct.text, s, e, lead, trail)
    return Anchoring("moved", s, e, ct.text[s:e], 1.0)


# ------------------------------------------------------------------------------- fuzzy


def _seed_starts(ct: CanonicalText, cexact: str) -> list[int]:
    """Estimated canonical start positions suggested by n-gram seeds of ``cexact``."""
    n = len(cexact)
    k = 8 if n >= 24 else max(3, n // 3)
    if n < k:
        return []
    count = min(12, max(1, n // k))
    step = (n - k) / max(1, count - 1) if count > 1 else 0
    starts: list[int] = []
    for idx in range(count):
        off = round(idx * step)
        hits = ct._find_canon(cexact[off:off + k], limit=_MAX_SEED_HITS + 1)
        if len(hits) > _MAX_SEED_HITS:
            continue  # too common to be informative
        starts.extend(h[0] - off for h in hits)
    return starts


def _candidate_starts(
    selector: Selector,
    ct: CanonicalText,
    cexact: str,
    brackets: tuple[list[int], list[int]],
) -> list[int]:
    n = len(cexact)
    bucket = max(8, n // 4)
    groups: dict[int, list[int]] = {}
    for st in _seed_starts(ct, cexact):
        groups.setdefault(st // bucket, []).append(st)
    by_votes = sorted(groups.values(), key=len, reverse=True)[:_MAX_CANDIDATES]
    ranked = [sorted(g)[len(g) // 2] for g in by_votes]
    # Context anchors: end of the prefix tail, start of the suffix head.
    ends, starts = brackets
    ranked += ends
    ranked += [q - n for q in starts]
    ranked.append(ct.to_canonical(min(selector.start, len(ct.text))))
    out: list[int] = []
    for st in ranked:
        st = min(max(0, st), len(ct.canon))
        if all(abs(st - o) > bucket // 2 for o in out):
            out.append(st)
    return out


def _similarity(exact: str, passage: str) -> float:
    """Similarity in [0, 1] of two original-text passages, on their canonical forms.

    Character-level ``SequenceMatcher.ratio``; for long passages (beyond ``_CHAR_BUDGET``
    character pairs) the matching runs on words instead but is still weighted by characters.
    """
    ca, cb = canonicalise(exact), canonicalise(passage)
    if len(ca) * len(cb) <= _CHAR_BUDGET:
        return _ratio(ca, cb)
    wa, wb = _words(exact), _words(passage)
    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    matched = sum(len(w) for blk in sm.get_matching_blocks() for w in wa[blk.a:blk.a + blk.size])
    total = sum(map(len, wa)) + sum(map(len, wb))
    return 2 * matched / total if total else 0.0


_LINE_HYPHEN = re.compile(rf"(?<=[^\W\d_])[{re.escape(_HYPHENS)}]\s+(?=[^\W\d_])")


def _words(s: str) -> list[str]:
    """Words and punctuation of ``s``, line-break hyphenation joined, quotes folded."""
    s = _LINE_HYPHEN.sub("", s.translate(_FOLD))
    return re.findall(r"[^\W_]+|[^\w\s]", s)


def _align(cexact: str, window: str) -> list[tuple[int, int]]:
    """Candidate (start, end) spans inside ``window`` for the passage resembling cexact."""
    if len(cexact) * len(window) > _CHAR_BUDGET:
        head, tail = cexact[:64], cexact[-64:]
        # Look for the head near the expected start and the tail near the expected end.
        reach = min(len(window), max(64, len(window) - len(cexact) + 64))
        sm = difflib.SequenceMatcher(None, head, window[:reach], autojunk=False)
        m1 = sm.find_longest_match(0, len(head), 0, reach)
        off = max(0, len(window) - reach)
        sm = difflib.SequenceMatcher(None, tail, window[off:], autojunk=False)
        m2 = sm.find_longest_match(0, len(tail), 0, len(window) - off)
        start = max(0, m1.b - m1.a)
        end = min(len(window), off + m2.b + (len(tail) - m2.a))
        return [(start, end)] if end > start else []
    sm = difflib.SequenceMatcher(None, cexact, window, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    min_size = 3 if len(cexact) >= 12 else 1
    solid = [b for b in blocks if b.size >= min_size] or blocks
    if not solid:
        return []
    first, last = solid[0], solid[-1]
    tight = (first.b, last.b + last.size)
    loose = (max(0, first.b - first.a),
             min(len(window), last.b + last.size + len(cexact) - last.a - last.size))
    return [tight, loose] if loose != tight else [tight]


def _brackets(selector: Selector, ct: CanonicalText) -> tuple[list[int], list[int]]:
    """Canonical ends of the prefix tail and starts of the suffix head in the text."""
    cprefix = canonicalise(selector.prefix)[-16:]
    csuffix = canonicalise(selector.suffix)[:16]
    ends: list[int] = []
    starts: list[int] = []
    if len(cprefix) >= 6:
        ends = [h[1] for h in ct._find_canon(cprefix, limit=_MAX_CANDIDATES)]
    if len(csuffix) >= 6:
        starts = [h[0] for h in ct._find_canon(csuffix, limit=_MAX_CANDIDATES)]
    return ends, starts


def _with_brackets(
    spans: list[tuple[int, int]], brackets: tuple[list[int], list[int]], pad: int
) -> list[tuple[int, int]]:
    """Aligned spans plus variants snapped to a nearby prefix end / suffix start."""
    ends, starts = brackets
    out = list(spans)
    for a, b in spans:
        near_a = [p for p in ends if abs(p - a) <= pad]
        near_b = [q for q in starts if abs(q - b) <= pad]
        out += [(p, b) for p in near_a]
        out += [(a, q) for q in near_b]
        out += [(p, q) for p in near_a for q in near_b]
    return out


def _fuzzy(selector: Selector, ct: CanonicalText, cexact: str, threshold: float) -> Anchoring:
    n = len(cexact)
    pad = max(16, n // 2)
    best: tuple[float, float, int, int] | None = None  # (key, ratio, cs, ce)
    seen: set[tuple[int, int]] = set()
    brackets = _brackets(selector, ct)
    for st in _candidate_starts(selector, ct, cexact, brackets):
        w0 = max(0, st - pad)
        window = ct.canon[w0:st + n + pad]
        for span in _with_brackets(
            [(w0 + a, w0 + b) for a, b in _align(cexact, window)], brackets, pad
        ):
            if span in seen or span[1] <= span[0]:
                continue
            seen.add(span)
            o0, o1 = ct.to_original(*span)
            ratio = _similarity(selector.exact, ct.text[o0:o1])
            key = ratio + 0.1 * _context_similarity(selector, ct, *span)
            if best is None or key > best[0]:
                best = (key, ratio, span[0], span[1])
    if best is None:
        return _LOST
    _, ratio, cs, ce = best
    if ratio < threshold:
        return Anchoring("lost", None, None, None, round(ratio, 4))
    s, e = _snap_to_words(selector, ct.text, *ct.to_original(cs, ce))
    ratio = _similarity(selector.exact, ct.text[s:e])
    if ratio < threshold:
        return Anchoring("lost", None, None, None, round(ratio, 4))
    return Anchoring("changed", s, e, ct.text[s:e], round(ratio, 4))


def _snap_to_words(selector: Selector, text: str, s: int, e: int) -> tuple[int, int]:
    """Do not cut a word in half where the original quote started/ended on a word edge."""
    exact, prefix, suffix = selector.exact, selector.prefix, selector.suffix
    if exact[:1].isalnum() and not prefix[-1:].isalnum():
        limit = max(0, s - 32)
        while s > limit and text[s - 1].isalnum():
            s -= 1
    if exact[-1:].isalnum() and not suffix[:1].isalnum():
        limit = min(len(text), e + 32)
        while e < limit and text[e].isalnum():
            e += 1
    return s, e

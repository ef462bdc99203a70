"""Property tests for workbench.anchoring."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from workbench.anchoring import (
    canonicalise,
    find_occurrences,
    make_selector,
    reanchor,
)

SETTINGS = settings(max_examples=200, deadline=None)

# Dutch-ish letters, digits, punctuation, hyphens and several kinds of whitespace.
ALPHABET = "aeinorstdlgkvmuhbcjpzéëï ABCDSV0123 .,;:'’()+-–\n\t"
WORDS = st.sampled_from(
    ["scenario", "drie", "3", "+", "samen-", "werking", "de", "het", "clusters", "économie",
     "co-operatie", "art.", "VLAIO", "–", "’s", "\n", "  ", "advies", "Vlaamse"]
)
texts = st.one_of(
    st.text(alphabet=ALPHABET, min_size=1, max_size=300),
    st.lists(WORDS, min_size=1, max_size=80).map(" ".join),
)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    assume(not text[start].isspace() and not text[end - 1].isspace())
    assume(canonicalise(text[start:end]))  # a quote of only hyphens is not a quote
    return text, start, end


@SETTINGS
@given(text_and_span())
def test_reanchor_same_text_is_ok(case: tuple[str, int, int]) -> None:
    text, start, end = case
    got = reanchor(make_selector(text, start, end), text)
    assert (got.status, got.start, got.end, got.exact) == ("ok", start, end, text[start:end])
    assert got.score == 1.0


@SETTINGS
@given(text_and_span(), st.text(alphabet=ALPHABET, max_size=120), st.data())
def test_reanchor_after_insertion_before(
    case: tuple[str, int, int], inserted: str, data: st.DataObject
) -> None:
    text, start, end = case
    at = data.draw(st.integers(0, start))
    new = text[:at] + inserted + text[at:]
    shift = len(inserted)
    sel = make_selector(text, start, end)
    got = reanchor(sel, new)
    assert got.status in ("ok", "moved")
    assert got.start is not None and got.end is not None
    assert canonicalise(new[got.start:got.end]) == canonicalise(sel.exact)
    if len(find_occurrences(new, sel.exact)) == 1:
        assert (got.start, got.end) == (start + shift, end + shift)
        assert got.exact == sel.exact
    if got.status == "ok":
        assert new[got.start:got.end] == sel.exact


@SETTINGS
@given(text_and_span())
def test_find_occurrences_contains_own_span(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert (start, end) in find_occurrences(text, text[start:end])


@SETTINGS
@given(text_and_span(), st.lists(st.sampled_from([" ", "\n", "  ", " \n ", "\t", ""]),
                                 min_size=1, max_size=10))
def test_find_occurrences_after_rewrapping_needle(
    case: tuple[str, int, int], gaps: list[str]
) -> None:
    text, start, end = case
    words = text[start:end].split()
    assume(words)
    needle = "".join(w + gaps[i % len(gaps)] for i, w in enumerate(words))
    assert (start, end) in find_occurrences(text, "\n" + needle + " ")


@SETTINGS
@given(texts, texts)
def test_reanchor_never_crashes_and_reports_consistently(old: str, new: str) -> None:
    sel = make_selector(old, 0, len(old))
    got = reanchor(sel, new)
    assert got.status in ("ok", "moved", "changed", "lost")
    assert 0.0 <= got.score <= 1.0
    if got.status == "lost":
        assert got.start is None and got.end is None and got.exact is None
    else:
        assert got.start is not None and got.end is not None
        assert 0 <= got.start < got.end <= len(new)
        assert got.exact == new[got.start:got.end]

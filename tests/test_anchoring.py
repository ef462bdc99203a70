"""Unit tests for workbench.anchoring (selectors, tolerant search, re-anchoring)."""

from __future__ import annotations

import pytest

from workbench.anchoring import (
    Anchoring,
    CanonicalText,
    Selector,
    canonicalise,
    find_occurrences,
    make_selector,
    reanchor,
    verify,
)

# Real wording from the spearhead clusters' advice (seed 001), hard line wraps included.
ADVICE = (
    "Het advies is opgebouwd in drie delen. In deel 1 wordt de toegevoegde waarde van de \n"
    "speerpuntclusters chemie, voeding, logistiek, mariene, energie en health aangetoond op "
    "basis \nvan wetenschappelijk onderbouwd onderzoek. In deel 2 worden de vier "
    "vooropgestelde \nscenario’s uit het groenboek geanalyseerd.  In deel 3 tot slot wordt "
    "een variant op scenario 3 – \ngenaamd scenario 3 + – uitgewerkt dat nodig is om het "
    "clusterbeleid te bestendigen en alle \neconomische en maatschappelijke kruispunten "
    "optimaal te benutten.  \n\n"
    "De essentie van de clusterwerking blijft behouden, met behoud van bedrijfsgedrevenheid "
    "en \neen langetermijnvisie. Het clusterbeleid richt zich op samen-\nwerking en innovatie "
    "met \ngeoormerkte middelen, maar met een verschuiving gericht naar kruispunten tussen \n"
    "economische en maatschappelijke uitdagingen.\n"
)


def _span(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


# ----------------------------------------------------------------------------- selector


def test_make_selector_context() -> None:
    s, e = _span(ADVICE, "scenario 3 +")
    sel = make_selector(ADVICE, s, e)
    assert sel == Selector(ADVICE[s:e], ADVICE[s - 32:s], ADVICE[e:e + 32], s, e)
    assert len(sel.prefix) == 32 and len(sel.suffix) == 32


def test_make_selector_at_text_edges() -> None:
    sel = make_selector("Scenario drie", 0, 8, context=32)
    assert (sel.exact, sel.prefix, sel.suffix) == ("Scenario", "", " drie")
    sel = make_selector("Scenario drie", 9, 13, context=4)
    assert (sel.prefix, sel.suffix) == ("rio ", "")


@pytest.mark.parametrize("span", [(-1, 3), (3, 3), (5, 2), (0, 100)])
def test_make_selector_rejects_bad_spans(span: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        make_selector("kort", *span)


# ------------------------------------------------------------------------ find_occurrences


def test_find_exact_single_line() -> None:
    s, e = _span(ADVICE, "toegevoegde waarde")
    assert find_occurrences(ADVICE, "toegevoegde waarde") == [(s, e)]


def test_find_across_line_break_and_double_space() -> None:
    # The text has " \n" between "waarde van de" and "speerpuntclusters".
    hits = find_occurrences(ADVICE, "waarde van de speerpuntclusters chemie")
    assert len(hits) == 1
    s, e = hits[0]
    assert ADVICE[s:e] == "waarde van de \nspeerpuntclusters chemie"
    # Two spaces in the text, one in the needle; and a needle wrapped differently.
    assert find_occurrences(ADVICE, "geanalyseerd. In deel 3")
    assert find_occurrences(ADVICE, "geanalyseerd.\n\tIn   deel\n3")


def test_find_no_space_vs_line_break() -> None:
    text = "het\ninitiatief"
    assert find_occurrences(text, "hetinitiatief") == [(0, len(text))]
    assert find_occurrences("hetinitiatief", "het initiatief") == [(0, 13)]


def test_find_hyphenation_either_direction() -> None:
    s = ADVICE.index("samen-\nwerking")
    e = ADVICE.index("innovatie") + len("innovatie")
    assert find_occurrences(ADVICE, "samenwerking en innovatie") == [(s, e)]
    assert find_occurrences(ADVICE, "samen- werking") == [(s, s + 14)]
    text = "Het clusterbeleid richt zich op samenwerking."
    i = text.index("samenwerking")
    assert find_occurrences(text, "samen-\nwerking") == [(i, i + 12)]
    assert find_occurrences(text, "samen- werking") == [(i, i + 12)]
    assert find_occurrences("de co-operatie", "cooperatie") == [(3, 14)]


def test_find_trims_needle_whitespace() -> None:
    s, e = _span(ADVICE, "variant op scenario 3")
    assert find_occurrences(ADVICE, "  variant op scenario 3 \n") == [(s, e)]


def test_find_typographic_apostrophe() -> None:
    s, e = _span(ADVICE, "scenario’s uit")
    assert find_occurrences(ADVICE, "scenario's uit") == [(s, e)]


def test_find_is_case_sensitive() -> None:
    assert find_occurrences(ADVICE, "Toegevoegde Waarde") == []


def test_find_multiple_and_overlapping() -> None:
    hits = find_occurrences(ADVICE, "scenario 3")
    assert [ADVICE[s:e] for s, e in hits] == ["scenario 3", "scenario 3"]
    assert find_occurrences("aaaa", "aa") == [(0, 2), (1, 3), (2, 4)]


def test_find_nothing_searchable() -> None:
    assert find_occurrences(ADVICE, "") == []
    assert find_occurrences(ADVICE, " \n- ") == []
    assert find_occurrences("", "iets") == []


def test_find_keeps_edge_hyphens_in_span() -> None:
    text = "Noord- en Zuid-Nederland"
    assert find_occurrences(text, "Noord-") == [(0, 6)]
    assert find_occurrences(text, "-Nederland") == [(14, 24)]


def test_canonical_text_reusable_and_mapping() -> None:
    ct = CanonicalText(ADVICE)
    assert ct.canon == canonicalise(ADVICE)
    assert " " not in ct.canon and "\n" not in ct.canon
    assert ct.find("samenwerking") == find_occurrences(ADVICE, "samenwerking")
    i = ADVICE.index("opgebouwd")
    assert ct.canon[ct.to_canonical(i):].startswith("opgebouwd")
    assert ct.to_original(ct.to_canonical(i), ct.to_canonical(i) + 9) == (i, i + 9)


def test_find_fast_on_one_megabyte() -> None:
    big = (ADVICE * (1_000_000 // len(ADVICE) + 1))[:1_000_000]
    ct = CanonicalText(big)
    hits = ct.find("samen- werking en innovatie")
    assert len(hits) == big.count("samen-\nwerking en innovatie")
    assert all(big[s:e].startswith("samen-\nwerking") for s, e in hits)


# --------------------------------------------------------------------------- reanchor


def _sel(text: str, phrase: str) -> Selector:
    return make_selector(text, *_span(text, phrase))


def test_reanchor_ok_same_text() -> None:
    sel = _sel(ADVICE, "De essentie van de clusterwerking blijft behouden")
    assert reanchor(sel, ADVICE) == Anchoring("ok", sel.start, sel.end, sel.exact, 1.0)
    assert verify(sel, ADVICE) == reanchor(sel, ADVICE)


def test_reanchor_ok_accepts_canonical_text() -> None:
    sel = _sel(ADVICE, "langetermijnvisie")
    assert reanchor(sel, CanonicalText(ADVICE)).status == "ok"


def test_reanchor_moved_when_text_inserted_before() -> None:
    sel = _sel(ADVICE, "De essentie van de clusterwerking blijft behouden")
    intro = "VOORWOORD\n\nDit is een nieuwe inleiding.\n"
    got = reanchor(sel, intro + ADVICE)
    assert got.status == "moved"
    assert (got.start, got.end) == (sel.start + len(intro), sel.end + len(intro))
    assert got.exact == sel.exact and got.score == 1.0


def test_reanchor_moved_when_rewrapped() -> None:
    sel = _sel(ADVICE, "samen-\nwerking en innovatie")
    new = ADVICE.replace("samen-\nwerking en innovatie met \n", "samenwerking en innovatie met ")
    got = reanchor(sel, new)
    assert got.status == "moved"
    assert got.exact == "samenwerking en innovatie"


def test_reanchor_several_matches_picks_by_context() -> None:
    text = (
        "Scenario 1 is de status quo. Het draagvlak is beperkt. "
        "Scenario 3 is modulair. Het draagvlak is groot bij de clusters. "
        "Scenario 4 is nieuw. Het draagvlak is beperkt."
    )
    sel = _sel(text, "Scenario 3 is modulair. Het draagvlak is")
    i = text.index("Het draagvlak is groot")
    sel = make_selector(text, i, i + len("Het draagvlak is"))
    new = "Inleiding. Het draagvlak is onzeker. " + text
    got = reanchor(sel, new)
    assert got.status == "moved"
    assert got.start == i + len("Inleiding. Het draagvlak is onzeker. ")


def test_reanchor_several_matches_ties_go_to_nearest() -> None:
    text = "ja. ja. ja. ja."
    sel = make_selector(text, 8, 10, context=0)
    got = reanchor(sel, "x" + text)
    assert got.status == "moved" and got.start == 9


def test_reanchor_changed_in_place() -> None:
    sel = _sel(ADVICE, "De essentie van de clusterwerking blijft behouden, met behoud van")
    new = ADVICE.replace("blijft behouden", "blijft zeker behouden")
    got = reanchor(sel, new)
    assert got.status == "changed"
    assert got.exact == "De essentie van de clusterwerking blijft zeker behouden, met behoud van"
    assert 0.8 <= got.score < 1.0


def test_reanchor_changed_start_snaps_to_context() -> None:
    sel = _sel(ADVICE, "Het advies is opgebouwd in drie delen. In deel 1 wordt de toegevoegde")
    new = "Inleiding\n" + ADVICE.replace("Het advies is opgebouwd", "Dit advies is opgebouwd")
    got = reanchor(sel, new)
    assert got.status == "changed"
    assert got.exact is not None and got.exact.startswith("Dit advies is opgebouwd")
    assert got.exact.endswith("de toegevoegde")


def test_reanchor_changed_and_moved_far() -> None:
    filler = "Een ander stuk tekst zonder verband met het advies. " * 2000
    sel = _sel(ADVICE, "een verschuiving gericht naar kruispunten tussen")
    new = filler + ADVICE.replace("verschuiving gericht", "verschuiving die gericht is")
    got = reanchor(sel, new)
    assert got.status == "changed"
    assert got.start is not None and got.start > len(filler)
    assert got.exact == "een verschuiving die gericht is naar kruispunten tussen"


def test_reanchor_lost_when_deleted() -> None:
    sel = _sel(ADVICE, "De essentie van de clusterwerking blijft behouden")
    new = ADVICE.replace("De essentie van de clusterwerking blijft behouden", "Weg.")
    got = reanchor(sel, new)
    assert got.status == "lost"
    assert (got.start, got.end, got.exact) == (None, None, None)
    assert got.score < 0.8


def test_reanchor_threshold_controls_changed_vs_lost() -> None:
    sel = _sel(ADVICE, "met een verschuiving gericht naar kruispunten")
    new = ADVICE.replace("verschuiving gericht naar", "beweging richting de")
    loose = reanchor(sel, new, threshold=0.5)
    strict = reanchor(sel, new, threshold=0.95)
    assert loose.status == "changed" and strict.status == "lost"
    assert strict.score == loose.score


def test_reanchor_out_of_range_position() -> None:
    sel = Selector("langetermijnvisie", "", "", 10_000, 10_017)
    got = reanchor(sel, ADVICE)
    assert got.status == "moved" and got.exact == "langetermijnvisie"


def test_reanchor_empty_texts() -> None:
    sel = _sel(ADVICE, "langetermijnvisie")
    assert reanchor(sel, "").status == "lost"
    assert reanchor(Selector("", "", "", 0, 0), ADVICE).status == "lost"


def test_reanchor_short_quote_with_many_matches() -> None:
    text = ADVICE * 30
    i = text.index("de clusterwerking", len(ADVICE) * 17)
    sel = make_selector(text, i, i + 2)  # "de": hundreds of matches
    got = reanchor(sel, "Nieuw.\n" + text)
    assert (got.status, got.start, got.exact) == ("moved", i + 7, "de")


def test_reanchor_long_quote_changed() -> None:
    i = ADVICE.index("Het advies")
    sel = make_selector(ADVICE, i, len(ADVICE) - 1)
    new = ADVICE.replace("clusterbeleid", "beleid voor clusters")
    got = reanchor(sel, new)
    assert got.status == "changed" and got.start == i
    assert got.exact is not None and got.exact.endswith("uitdagingen.")


# ---------------------------------------------------------------- words, not just characters (#16)

_OLD = ("De vertrouwensrelatie en de competitiviteit van de bedrijvenzijn hierbij essentieel. "
        "Daarna volgt de samen-\nwerking met de kennis  instellingen.")


def _selector_for(text: str, exact: str):
    start = text.index(exact)
    return make_selector(text, start, start + len(exact))


@pytest.mark.parametrize("new_text", [
    _OLD.replace("bedrijvenzijn", "bedrijven zijn"),          # a typo corrected
    _OLD.replace("bedrijvenzijn", "bedrijven zijn").replace("hierbij", "hier bij"),
])
def test_space_inserted_into_a_word_is_a_change(new_text):
    found = reanchor(_selector_for(_OLD, "de bedrijvenzijn hierbij essentieel"), new_text)
    assert found.status == "changed"
    assert found.exact is not None and "bedrijven zijn" in found.exact
    assert found.score < 1


def test_space_removed_from_between_words_is_a_change():
    old = _OLD.replace("bedrijvenzijn", "bedrijven zijn")
    found = reanchor(_selector_for(old, "de bedrijven zijn hierbij"), _OLD)
    assert found.status == "changed"
    assert found.exact == "de bedrijvenzijn hierbij"


@pytest.mark.parametrize("new_text", [
    "Inleiding. " + _OLD.replace("bedrijvenzijn hierbij", "bedrijvenzijn\nhierbij"),  # line break
    "Inleiding. " + _OLD.replace("de competitiviteit", "de  competitiviteit"),          # double space
    "Inleiding. " + _OLD.replace("competitiviteit", "competi-\ntiviteit"),             # hyphenation
])
def test_line_break_double_space_and_hyphenation_are_not_a_change(new_text):
    found = reanchor(_selector_for(_OLD, "de competitiviteit van de bedrijvenzijn hierbij"),
                     new_text)
    assert found.status == "moved"


def test_hyphenation_in_the_quote_itself_is_not_a_change():
    found = reanchor(_selector_for(_OLD, "samen-\nwerking met de kennis  instellingen"),
                     "X " + _OLD.replace("samen-\nwerking", "samenwerking"))
    assert found.status == "moved"

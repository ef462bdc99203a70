"""workbench.patterns: option match patterns on Dutch advice text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.patterns import PatternHit, compile_patterns, fold

SCENARIO_3 = ["scenario 3", "scenario drie", "derde scenario", "3+"]

# From the spearhead clusters' advice (seed 001), line wraps as extracted.
ADVICE = (
    "In deel 3 tot slot wordt een variant op scenario 3 – \n"
    "genaamd scenario 3 + – uitgewerkt dat nodig is om het clusterbeleid te bestendigen.\n"
    "4.1.2 Scenario 3 + als preferentieel scenario\n"
    "De “+” in het voorgestelde scenario drie+ staat voor volgende uitbreidingsmogelijkheden.\n"
    "3.3.2 Scenario 2: inkanteling van speerpuntclusters in bestaande organisaties\n"
    "Inkanteling in een bestaande organisatie is noch een wenselijk scenario, noch een "
    "evidentie.\n"
)


def matched(patterns: list[str], text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.pattern) for h in compile_patterns(patterns).find(text)]


def test_scenario_3_patterns_on_advice() -> None:
    assert matched(SCENARIO_3, ADVICE) == [
        ("scenario 3", "scenario 3"),
        ("scenario 3", "scenario 3"),
        ("3 +", "3+"),
        ("Scenario 3", "scenario 3"),
        ("3 +", "3+"),
        ("scenario drie", "scenario drie"),
    ]


def test_scenario_2_pattern_case_insensitive() -> None:
    hits = compile_patterns(["inkanteling"]).find(ADVICE)
    assert [ADVICE[h.start:h.end] for h in hits] == ["inkanteling", "Inkanteling"]


def test_word_boundaries() -> None:
    m = compile_patterns(["scenario 3"])
    assert m.find("in scenario 30 staat") == []
    assert m.find("descenario 3") == []
    assert m.find("scenario 3+") == [PatternHit(0, 10, "scenario 3")]
    assert m.find("(scenario 3)") == [PatternHit(1, 11, "scenario 3")]
    assert compile_patterns(["3+"]).find("13+ en 3+") == [PatternHit(7, 9, "3+")]


def test_plus_pattern_whitespace_tolerant() -> None:
    m = compile_patterns(["3+"])
    assert [(h.start, h.end) for h in m.find("scenario 3 + en scenario 3+")] == [
        (9, 12), (25, 27)]
    assert compile_patterns(["3 +"]).find("scenario 3+") == [PatternHit(9, 11, "3 +")]


def test_whitespace_runs_and_line_breaks() -> None:
    text = "het derde\n  scenario is"
    assert compile_patterns(["derde scenario"]).find(text) == [
        PatternHit(4, 20, "derde scenario")]
    assert compile_patterns(["  derde   scenario "]).find(text)[0].end == 20


def test_diacritics_both_ways_with_original_offsets() -> None:
    text = "De ÉCONOMIE, de économie en de economie."
    hits = compile_patterns(["economie"]).find(text)
    assert [text[h.start:h.end] for h in hits] == ["ÉCONOMIE", "économie", "economie"]
    hits = compile_patterns(["Économie"]).find(text)
    assert len(hits) == 3
    assert compile_patterns(["coöperatie"]).find("de cooperatie")[0].start == 3


def test_typographic_punctuation_folds() -> None:
    text = "De scenario’s en het “+”-scenario"
    assert compile_patterns(["scenario's"]).find(text) == [PatternHit(3, 13, "scenario's")]
    assert compile_patterns(['"+"']).find(text) == [PatternHit(21, 24, '"+"')]


def test_offsets_after_non_bmp_and_special_case_chars() -> None:
    text = "İstanbul 😀 ß straße scenario drie"
    assert len(fold(text)) == len(text)
    hits = compile_patterns(["Scenario Drie", "strasse", "straße"]).find(text)
    assert [text[h.start:h.end] for h in hits] == ["straße", "scenario drie"]


def test_overlapping_patterns_all_reported_sorted() -> None:
    hits = compile_patterns(["scenario 3 +", "scenario 3", "3+"]).find("scenario 3 +")
    assert [(h.start, h.end, h.pattern) for h in hits] == [
        (0, 10, "scenario 3"), (0, 12, "scenario 3 +"), (9, 12, "3+")]


def test_blank_and_duplicate_patterns() -> None:
    assert not compile_patterns([])
    assert not compile_patterns(["", "   "])
    assert compile_patterns(["", "x"]).find("") == []
    m = compile_patterns(["Scenario 3", "scenario  3"])
    assert m.find("scenario 3") == [PatternHit(0, 10, "Scenario 3")]
    assert m.matches("het SCENARIO\n3") and not m.matches("scenario 4")


def test_regex_metacharacters_are_literal() -> None:
    m = compile_patterns(["(a)", "a.b", "x*"])
    assert m.find("aXb x (a)") == [PatternHit(6, 9, "(a)")]


def test_on_the_spearhead_clusters_advice() -> None:
    demo = Path(__file__).resolve().parents[1] / "resources" / "demo"
    text = (demo / "speerpuntclusters-advies-groenboek.txt").read_text(encoding="utf-8")
    hits = compile_patterns(SCENARIO_3).find(text)
    assert any(text[h.start:h.end] == "scenario 3 +" or h.pattern == "3+" for h in hits)
    for h in hits:
        assert fold(text[h.start:h.end]).replace(" ", "").replace("\n", "") in {
            "scenario3", "scenariodrie", "derdescenario", "3+"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_fold_preserves_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["scenario", "Scénario", "3", "+", "drie", "30", "x", " ",
                                 "\n", "–"]), max_size=30))
def test_hits_are_valid_spans(words: list[str]) -> None:
    text = " ".join(words)
    for h in compile_patterns(SCENARIO_3).find(text):
        assert 0 <= h.start < h.end <= len(text)
        assert not text[h.start].isspace() and not text[h.end - 1].isspace()
        assert h.end == len(text) or not (text[h.end - 1].isalnum() and text[h.end].isalnum())


def _fold_per_character(text: str) -> str:
    """What fold() did before #16: every character through the folding table."""
    from workbench.patterns import _fold_char
    return "".join(_fold_char(ch) for ch in text)


def test_fold_equals_folding_every_character() -> None:
    """fold() lower-cases in C and looks up only the rest: it must fold every code point as
    the table does, and a word ending in a capital sigma (which lower() folds by context)."""
    for start in range(0, 0x110000, 0x1000):
        chunk = "".join(chr(c) for c in range(start, start + 0x1000)
                        if not 0xD800 <= c <= 0xDFFF)
        assert fold(chunk) == _fold_per_character(chunk), hex(start)
    for text in ("ΟΔΟΣ Σ", "İstanbul `x` ’t Économie", "plain ASCII `tick`", "ÉÉN"):
        assert fold(text) == _fold_per_character(text)
        assert len(fold(text)) == len(text)

"""The PDF extraction's shortcuts (#15) find exactly what the general code finds.

``tests/test_extract_pdf_reference.py`` compares whole documents with the extractor before
the shortcuts; these check the shortcuts themselves on the inputs documents rarely have.
"""

from __future__ import annotations

import random

from workbench.extract import pdf
from workbench.extract._builder import clean_block_text
from workbench.extract.normalise import normalise, reflow


def _visible(piece: str) -> list[int]:
    return [i for i, ch in enumerate(piece) if ch != " "]


def test_nth_visible_character_is_found_from_any_point_before_it() -> None:
    rng = random.Random(15)
    for _ in range(2_000):
        words = ["".join(rng.choice("abcé1.-") for _ in range(rng.randint(1, 9)))
                 for _ in range(rng.randint(1, 25))]
        piece = " " * rng.randint(0, 1) + " ".join(words) + " " * rng.randint(0, 1)
        visible = _visible(piece)
        nth = rng.randrange(len(visible))
        guess = rng.randint(0, visible[nth])
        assert pdf._nth_visible(piece, nth, guess) == visible[nth], (piece, nth, guess)


def test_sample_characters_are_those_of_the_regular_expression() -> None:
    rng = random.Random(16)
    for _ in range(500):
        piece = " ".join("x" * rng.randint(1, 12) for _ in range(rng.randint(1, 20)))
        total = len(piece) - piece.count(" ")
        if total < 3:
            continue
        step = total // 3
        match = pdf._samples_pattern(step, 3).match(piece)
        assert match is not None
        first = len(piece) - len(piece.lstrip(" "))
        second = pdf._nth_visible(piece, step, first + step)
        third = pdf._nth_visible(piece, 2 * step, second + step)
        assert (first, second, third) == (match.start(1), match.start(2), match.start(3))


def test_plain_page_test_refuses_what_the_plain_path_cannot_read() -> None:
    assert pdf._plain_page("Eerste regel\r\nTweede regel\r\n")
    assert not pdf._plain_page("een\nlos regeleinde")
    assert not pdf._plain_page("een\rlos")
    assert not pdf._plain_page("samen\ufffewerking")
    assert not pdf._plain_page("tab\tin de tekst")
    assert not pdf._plain_page("harde\u00a0spatie")


def test_joined_lines_are_cleaned_as_before() -> None:
    cases = [
        ["Noord-", "en Zuid-Nederland"], ["samen-", "werking  van", "de  clusters "],
        ["e\u0301e\u0301n", "\u0301accent"], ["ca-", "\u0301fe"], ["  ", "regel"],
        ["ﬁnanciering\u00a0en", "co\u00adöperatie"], ["A", "b\nc"], ["x  ", "  y"],
    ]
    for lines in cases:
        normalised = [normalise(line) for line in lines]
        joined = reflow(normalised)
        assert pdf._clean_joined(joined) == clean_block_text(joined, keep_lines=False), lines

"""The PDF extraction's shortcuts (#15) find exactly what the general code finds.

``tests/test_extract_pdf_reference.py`` compares whole documents with the extractor before
the shortcuts; these check the shortcuts themselves on the inputs documents rarely have.
"""

from __future__ import annotations

import random
import re
import unicodedata

from workbench.extract import pdf
from workbench.extract._builder import clean_block_text
from workbench.extract.normalise import normalise, reflow


def _visible(piece: str) -> list[int]:
    return [i for i, ch in enumerate(piece) if ch != " "]


def test_sample_characters_are_those_of_the_regular_expression() -> None:
    rng = random.Random(15)
    for _ in range(3_000):
        words = ["".join(rng.choice("abcé1.-") for _ in range(rng.randint(0, 9)))
                 for _ in range(rng.randint(1, 25))]
        piece = " ".join(words)
        visible = _visible(piece)
        if not visible:
            continue
        samples = pdf._three_samples(piece)
        if len(visible) < 3:
            assert samples is None
            continue
        match = pdf._samples_pattern(len(visible) // 3, 3).match(piece)
        assert match is not None
        assert samples == (match.start(1), match.start(2), match.start(3)), piece


def test_blanks_other_than_the_space_are_every_such_code_point() -> None:
    blank = re.compile(f"[{pdf._BLANKS_BUT_SPACE}]")
    for code in range(0x110000):
        ch = chr(code)
        assert (blank.match(ch) is not None) == (ch.isspace() and ch not in " \r\n"), hex(code)


def test_a_page_without_the_characters_normalise_changes_is_normalised_by_nfc_alone() -> None:
    pool = [chr(code) for code in range(0x30000)
            if pdf._NOT_NFC_ONLY.match(chr(code)) is None and chr(code) != "\r"]
    rng = random.Random(17)
    for _ in range(2_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        assert normalise(text) == unicodedata.normalize("NFC", text)
    for code in range(0x110000):
        if normalise(chr(code)) != unicodedata.normalize("NFC", chr(code)) and chr(code) != "\r":
            assert pdf._NOT_NFC_ONLY.match(chr(code)) is not None, hex(code)


def test_plain_page_test_refuses_what_the_plain_path_cannot_read() -> None:
    assert pdf._plain_page("Eerste regel\r\nTweede regel\r\n") == (True, True)
    assert pdf._plain_page("ﬁnanciering\r\n") == (True, False)
    assert pdf._plain_page("co\u00adöperatie\r\n") == (True, False)
    for odd in ("een\nlos regeleinde", "een\rlos", "samen\ufffewerking", "tab\tin de tekst",
                "harde\u00a0spatie"):
        assert pdf._plain_page(odd) == (False, False), odd
    # Latin-1 pages are checked by their bytes, others by the regular expressions: the same.
    for code in range(0x110000):
        page = f"regel{chr(code)}\r\nnog een\r\n"
        if chr(code) in "\r\n":
            continue
        plain = pdf._NOT_PLAIN.search(page) is None
        expected = (plain, plain and pdf._NOT_NFC_ONLY.search(page) is None)
        assert pdf._plain_page(page) == expected, hex(code)


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


def test_page_text_is_pypdfium2s_text_range() -> None:
    """``_page_text`` reads a page through pdfium's raw handles; it gives what pypdfium2's
    ``get_text_range()`` gives (an empty page, hyphenated lines, a header, accents)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from tests import docgen
    from tests.test_extract_pdf import PAGES

    texts = []
    for data in (docgen.pdf_bytes([*PAGES, ["Één zin met 'aanhalingstekens' - en een streep."]],
                                  header="Advies {page}"),
                 docgen.pdf_bytes([[], ["Tekst."]], header=None, footer=None)):
        document = pdfium.PdfDocument(data)
        try:
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                got = pdf._page_text(textpage.raw, pdfium_c.FPDFText_CountChars(textpage.raw))
                assert got == textpage.get_text_range()
                texts.append(got)
                textpage.close()
                page.close()
        finally:
            document.close()
    assert "" in texts and any("aanhalingstekens" in text for text in texts)


def test_a_line_is_masked_as_by_the_regular_expressions() -> None:
    """``_mask`` (running headers and footers) without its two substitutions gives what they
    give: for the decimal digits of every script, every blank, Latin-1 and not."""
    assert [c for c in range(0x100) if re.match(r"\d", chr(c))] == list(pdf._LATIN_DIGITS)

    def by_expressions(text: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.strip().lower()))

    digits = [chr(c) for c in range(0x110000) if re.match(r"\d", chr(c))]
    blanks = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    alphabet = [*"aBé1 -.", "İ", "ẞ", "\u0301", *digits[::7], *blanks]
    rng = random.Random(15)
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert pdf._mask(text) == by_expressions(text), repr(text)
    for text in ("Pagina 3 van 12", "  Advies SERV  -  2024 ", "", " \t ", "٣ van ٥"):
        assert pdf._mask(text) == by_expressions(text)


def test_metadata_title_is_get_metadata_dicts_title() -> None:
    """``_metadata_title`` reads the title key alone; it is what the title of pypdfium2's
    ``get_metadata_dict(skip_empty=True)`` gives, and None without one."""
    import pypdfium2 as pdfium

    from tests import docgen

    titles = []
    for title in ("Advies over het clusterbeleid – ﬁnale versie", "  ", None):
        document = pdfium.PdfDocument(docgen.pdf_bytes([["Tekst."]], title=title))
        try:
            expected = document.get_metadata_dict(skip_empty=True).get("Title")
            expected = normalise(expected).strip() or None if expected else None
            titles.append(pdf._metadata_title(document))
            assert titles[-1] == expected
        finally:
            document.close()
    assert titles == ["Advies over het clusterbeleid – finale versie", None, None]

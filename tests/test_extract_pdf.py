"""PDF extraction: pages, running headers/footers, hyphenation, headings, lists, errors."""

from __future__ import annotations

import itertools

import pytest

from tests import docgen
from workbench.extract import ExtractedDocument, ImportProblem, extract_file

LONG = ("Dit is een lange alinea die door fpdf2 over meerdere regels wordt verdeeld, zodat de "
        "extractie harde regeleinden binnen een alinea opnieuw moet samenvoegen tot een regel.")
PAGES = [
    ["# 1 Inleiding", "Op pagina een staat de zin alfa-een. " + LONG,
     "De clusters pleiten voor meer samen-\nwerking tussen bedrijven in Noord-\n"
     "en Zuid-Nederland.", "- eerste punt\n- tweede punt\n1. genummerd punt"],
    ["## 2.1 Scenario 1: duurzaam model", "Pagina twee bevat de zin beta-twee.",
     "Deze alinea loopt door naar de"],
    ["volgende pagina met de zin gamma-drie.", "3.3.1 Scenario 3: een genummerd kopje",
     "Tekst onder het kopje delta-drie."],
    ["Pagina vier heeft de zin epsilon-vier."],
]


@pytest.fixture(scope="module")
def doc() -> ExtractedDocument:
    data = docgen.pdf_bytes(PAGES, header="Advies speerpuntclusters - versie {page}",
                            footer="Pagina {page} van {pages}", title="Testadvies")
    return extract_file(data, "advies.pdf")


def page_of(doc: ExtractedDocument, phrase: str) -> int:
    index = doc.text.index(phrase)
    return next(span.page for span in doc.pages if span.start <= index < span.end)


def test_page_spans_cover_text_in_order(doc):
    assert doc.page_count == 4
    assert [span.page for span in doc.pages] == [1, 2, 3, 4]
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    for before, after in itertools.pairwise(doc.pages):
        assert before.end == after.start


@pytest.mark.parametrize("phrase, page", [
    ("alfa-een", 1), ("samenwerking", 1), ("beta-twee", 2), ("Deze alinea loopt", 2),
    ("volgende pagina", 3), ("gamma-drie", 3), ("delta-drie", 3), ("epsilon-vier", 4)])
def test_known_phrases_on_their_page(doc, phrase, page):
    assert page_of(doc, phrase) == page


def test_hyphenated_word_is_joined(doc):
    assert "samenwerking tussen bedrijven" in doc.text
    assert "samen-" not in doc.text and "\ufffe" not in doc.text
    assert "Noord- en Zuid-Nederland" in doc.text


def test_running_header_footer_and_page_numbers_removed(doc):
    assert "Advies speerpuntclusters" not in doc.text
    assert "Pagina 1 van 4" not in doc.text and "van 4" not in doc.text


def test_hard_wraps_reflowed_into_one_paragraph(doc):
    block = next(b for b in doc.blocks if "alfa-een" in doc.block_text(b))
    assert block.kind == "paragraph"
    assert "\n" not in doc.block_text(block)
    assert doc.block_text(block).endswith("tot een regel.")


def test_headings_and_paths(doc):
    headings = [(doc.block_text(b), b.level) for b in doc.blocks if b.kind == "heading"]
    assert ("1 Inleiding", 1) in headings
    assert ("2.1 Scenario 1: duurzaam model", 2) in headings
    assert ("3.3.1 Scenario 3: een genummerd kopje", 3) in headings
    delta = next(b for b in doc.blocks if "delta-drie" in doc.block_text(b))
    assert delta.heading_path[-1] == "3.3.1 Scenario 3: een genummerd kopje"
    assert delta.heading_path[0] == "1 Inleiding"
    assert doc.title == "Testadvies"


def test_list_items(doc):
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "list_item"]
    assert items == ["eerste punt", "tweede punt", "1. genummerd punt"]


def test_paragraph_continuing_on_next_page_is_one_block(doc):
    block = next(b for b in doc.blocks if "Deze alinea loopt" in doc.block_text(b))
    assert doc.block_text(block) == ("Deze alinea loopt door naar de volgende pagina met de zin "
                                     "gamma-drie.")
    assert block.page == 2


def test_blocks_record_their_page(doc):
    for block in doc.blocks:
        assert block.page is not None
        assert page_of(doc, doc.block_text(block)[:15]) == block.page
    assert doc.media_type == "application/pdf"


def test_hyphenation_across_page_break(tmp_path):
    data = docgen.pdf_bytes([["Een zin over de samen-"], ["werking op pagina twee."]],
                            footer=None)
    doc = extract_file(data, "x.pdf")
    assert "de samenwerking op pagina twee." in doc.text
    assert page_of(doc, "werking op") == 2
    assert page_of(doc, "Een zin") == 1


def test_make_pdf_writes_file(tmp_path):
    path = docgen.make_pdf(tmp_path / "a.pdf", [["Hallo wereld."]])
    assert extract_file(path.read_bytes(), path.name).text == "Hallo wereld."


def test_encrypted_pdf(tmp_path):
    path = docgen.make_encrypted_pdf(tmp_path / "geheim.pdf")
    with pytest.raises(ImportProblem) as info:
        extract_file(path.read_bytes(), path.name)
    assert info.value.reason == "encrypted"
    assert "unprotected" in info.value.hint


def test_image_only_pdf(tmp_path):
    path = docgen.make_image_pdf(tmp_path / "scan.pdf")
    with pytest.raises(ImportProblem) as info:
        extract_file(path.read_bytes(), path.name)
    assert info.value.reason == "no-text-layer"
    assert "OCR is not supported; ask the sender for a text PDF or Word file" in \
        info.value.message


def test_truncated_pdf(tmp_path):
    path = docgen.make_truncated_pdf(tmp_path / "kapot.pdf")
    with pytest.raises(ImportProblem) as info:
        extract_file(path.read_bytes(), path.name)
    assert info.value.reason == "corrupt"


def test_page_limit():
    from workbench.extract import Limits

    data = docgen.pdf_bytes([["een"], ["twee"], ["drie"]])
    with pytest.raises(ImportProblem) as info:
        extract_file(data, "lang.pdf", limits=Limits(max_pdf_pages=2))
    assert info.value.reason == "too-large" and "2" in info.value.message

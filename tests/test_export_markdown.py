"""The communication's Markdown (CommonMark via markdown-it-py) and live references."""

from __future__ import annotations

from tests.export_samples import COMMUNICATION_BODY, sample_communication
from workbench.export.markdown_refs import (
    BlockQuote,
    BlockRef,
    Heading,
    ListBlock,
    Paragraph,
    RefSpan,
    TextSpan,
    broken_references,
    find_references,
    parse_inline,
    parse_markdown,
    reference_problem,
)


def test_blocks():
    blocks = parse_markdown("Eerste\nregel.\n\n- a\n- b\n  vervolg\n[[matrix]]\nSlot")
    assert isinstance(blocks[0], Paragraph)
    assert blocks[0].spans == (TextSpan("Eerste regel."),)
    assert isinstance(blocks[1], ListBlock) and not blocks[1].ordered
    assert [item.blocks for item in blocks[1].items] == [
        (Paragraph((TextSpan("a"),)),), (Paragraph((TextSpan("b vervolg"),)),)]
    # a generated block typed straight under a list still stands alone
    assert isinstance(blocks[2], BlockRef) and blocks[2].ref.kind == "matrix"
    assert blocks[2].ref.line == 7
    assert blocks[3] == Paragraph((TextSpan("Slot"),))


def test_everything_the_composer_offers():
    blocks = parse_markdown("### Kop met **vet**\n\n> Een citaat\n> over twee regels.\n\n"
                            "1. een\n2. twee\n   - genest\n\n3) elders\n\n_cursief_ en *ook*")
    heading, quote, numbered, restarted, last = blocks
    assert heading == Heading(3, (TextSpan("Kop met "), TextSpan("vet", bold=True)))
    assert isinstance(quote, BlockQuote)
    assert quote.blocks == (Paragraph((TextSpan("Een citaat over twee regels."),)),)
    assert isinstance(numbered, ListBlock) and numbered.ordered and numbered.start == 1
    nested = numbered.items[1].blocks[1]
    assert isinstance(nested, ListBlock) and not nested.ordered
    assert isinstance(restarted, ListBlock) and restarted.start == 3
    assert last.spans == (TextSpan("cursief", italic=True), TextSpan(" en "),
                          TextSpan("ook", italic=True))


def test_emphasis_and_escapes():
    assert parse_inline("**vet** en *schuin*") == (
        TextSpan("vet", bold=True), TextSpan(" en "), TextSpan("schuin", italic=True))
    assert parse_inline("2 * 3 = 6") == (TextSpan("2 * 3 = 6"),)
    assert parse_inline("**open") == (TextSpan("**open"),)
    assert parse_inline(r"\*geen\* \[[quote:1]]") == (TextSpan("*geen* [[quote:1]]"),)


def test_inline_references_keep_emphasis():
    spans = parse_inline("**zie [[quote:12]]**")
    assert isinstance(spans[1], RefSpan)
    assert spans[1].bold and spans[1].ref.number == 12


def test_find_references():
    refs = find_references(COMMUNICATION_BODY)
    assert [(r.kind, r.target, r.standalone) for r in refs] == [
        ("quote", "1", False), ("argument", "5", False), ("quote", "3", False),
        ("overview", "S3", True), ("quote", "999", False), ("argument", "77", False),
        ("overview", "S9", True)]
    assert refs[2].line == 5


def test_reference_problems_never_repeat_the_raw_reference():
    content = sample_communication()
    broken = broken_references(content)
    assert [(title, problem) for title, _ref, problem in broken] == [
        ("Situering", "ontbrekende verwijzing: citaat 999"),
        ("Situering", "ontbrekende verwijzing: argument 77"),
        ("Situering", "ontbrekende verwijzing: overzicht van optie S9")]
    inline_block = find_references("zie [[matrix]] hier")[0]
    assert "alleen op een regel" in reference_problem(inline_block, content)
    for typed, start in (("[[foto:3]]", "onbekende verwijzing „foto:3”"),
                         ("[[ ]]", "lege verwijzing"), ("[[12]]", "onbekende verwijzing")):
        [ref] = find_references(f"tekst {typed}")
        problem = reference_problem(ref, content)
        assert problem.startswith(start) and "[[" not in problem
    assert reference_problem(find_references("[[quote:abc]]")[0], content)
    assert reference_problem(find_references("[[overview:V1/S3]]")[0], content) is None

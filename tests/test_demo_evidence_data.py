"""The demo evidence is verbatim: every quote occurs exactly once in its document."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from workbench import demo_evidence as ev
from workbench.model import POSITIONS, STANCES

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"
_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _strip_emphasis(text: str) -> str:
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    return re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", text)


@cache
def _document_text(file_name: str) -> str:
    text = (DEMO_DIR / file_name).read_text(encoding="utf-8")
    if file_name.endswith(".md"):
        text = _strip_emphasis(text)
    return _squash(text)


def _all_quotes() -> list[tuple[str, ev.Quote]]:
    items: list[tuple[str, ev.Quote]] = []
    for arg in ev.ARGUMENTS:
        items += [(f"{arg.option_key}/{arg.position}: {arg.text[:40]}", q) for q in arg.quotes]
    for stance in ev.STANCES:
        items += [(f"stance {stance.advisor_key}/{stance.option_key}", q) for q in stance.quotes]
    return items


def test_documents_match_the_demo_folder() -> None:
    on_disk = {p.name for p in DEMO_DIR.iterdir() if p.name != "README.md"}
    assert {d.file_name for d in ev.DOCUMENTS} == on_disk
    advisors = {d.file_name: d.advisor_key for d in ev.DOCUMENTS}
    assert advisors[ev.COMMUNICATION_DOC] is None
    assert advisors[ev.PARLIAMENT_DOC] is None
    assert advisors[ev.VARIO_DOC] == "VARIO"
    assert advisors[ev.SPC_DOC] == "SPC"
    vario = ev.document(ev.VARIO_DOC)
    assert (vario.date, vario.reference) == ("2024-05-06", "Advies 36")
    for doc in ev.DOCUMENTS:
        assert doc.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date)
        assert doc.status in (None, "asked", "received", "declined")


@pytest.mark.parametrize(("where", "quote"), _all_quotes(),
                         ids=lambda v: v if isinstance(v, str) else None)
def test_quote_occurs_exactly_once(where: str, quote: ev.Quote) -> None:
    assert quote.document in {d.file_name for d in ev.DOCUMENTS}, where
    assert quote.exact == quote.exact.strip() and "\n" not in quote.exact, where
    assert "**" not in quote.exact and "  " not in quote.exact, where
    haystack = _document_text(quote.document)
    needle = _squash(quote.exact)
    assert len(needle) >= 30, f"{where}: quote too short to be safely unique"
    assert haystack.count(needle) == 1, f"{where}: {needle!r} found {haystack.count(needle)}x"


def test_arguments_are_well_formed() -> None:
    assert ev.ARGUMENTS
    for arg in ev.ARGUMENTS:
        assert arg.option_key in ev.OPTION_KEYS, arg
        assert arg.position in POSITIONS, arg
        assert arg.quotes, f"argument without quote: {arg.text}"
        assert arg.text.strip() and "\n" not in arg.text, arg
    # every option has evidence
    assert {a.option_key for a in ev.ARGUMENTS} == set(ev.OPTION_KEYS)


def test_option_keys_match_the_demo_structure() -> None:
    from workbench.demo import OPTIONS

    assert tuple(o[1] for o in OPTIONS) == ev.OPTION_KEYS


def test_every_stance_pair_is_present_once() -> None:
    pairs = [(s.advisor_key, s.option_key) for s in ev.STANCES]
    assert len(pairs) == len(set(pairs))
    assert set(pairs) == {(a, o) for a in ev.STANCE_ADVISORS for o in ev.OPTION_KEYS}
    for stance in ev.STANCES:
        assert stance.stance in STANCES, stance
        assert stance.note.strip(), stance
        if stance.stance == "not-addressed":
            assert not stance.quotes, stance
        else:
            assert stance.quotes, stance
        advisors = {ev.document(q.document).advisor_key for q in stance.quotes}
        assert advisors <= {stance.advisor_key}, stance


@cache
def _imported(file_name: str):
    plaintext = pytest.importorskip("workbench.extract.plaintext")
    data = (DEMO_DIR / file_name).read_bytes()
    return plaintext.extract_text(data, markdown=file_name.endswith(".md"))


@pytest.mark.parametrize(("where", "quote"), _all_quotes(),
                         ids=lambda v: v if isinstance(v, str) else None)
def test_quote_lies_in_one_imported_body_block(where: str, quote: ev.Quote) -> None:
    """Through the real TXT/MD importer: the quote stays inside one paragraph or list item."""
    doc = _imported(quote.document)
    needle = _squash(quote.exact)
    blocks = [b for b in doc.blocks if needle in _squash(doc.block_text(b))]
    assert len(blocks) == 1, f"{where}: in {len(blocks)} blocks"
    assert blocks[0].kind in ("paragraph", "list_item"), f"{where}: in a {blocks[0].kind}"

"""The faster PDF extraction (#15) gives the very document the extraction before it gave.

Quotes are pinned to the extracted text by offset and page, so a speed-up may not move one
character: same text, same blocks (kind, level, offsets, page, heading path), same page spans,
same title. Compared on the test PDFs, on the demo dossier's documents set as PDFs, and on
generated benchmark advices (headings, lists, running headers, paragraphs over pages).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import docgen, hostile_pdf
from tests import pdf_extract_reference as reference
from tests.test_extract_pdf import PAGES
from workbench.extract.document import ExtractedDocument, ImportProblem
from workbench.extract.pdf import extract_pdf

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
_PAGE_CHARS = 2_400            # what fits on one fpdf2 page at 11 pt (no automatic breaks)


def _latin1(text: str) -> str:
    """fpdf2's core fonts are Latin-1: typographic quotes and dashes as their plain forms."""
    plain_forms: dict[str, str | int | None] = {
        "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "-",
        "€": "EUR"}
    plain = text.translate(str.maketrans(plain_forms))
    return plain.encode("latin-1", "replace").decode("latin-1")


def _demo_pages(path: Path) -> list[list[str]]:
    """The document's paragraphs ("#" lines as headings) laid out over pages."""
    pages: list[list[str]] = [[]]
    used = 0
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        text = _latin1(" ".join(block.split()))
        if not text:
            continue
        if text.startswith("#"):
            marks, _, title = text.partition(" ")
            text = ("# " if len(marks) == 1 else "## ") + title[:90]
        for start in range(0, len(text), 1_000):
            piece = text[start:start + 1_000]
            if used + len(piece) > _PAGE_CHARS and pages[-1]:
                pages.append([])
                used = 0
            pages[-1].append(piece)
            used += len(piece) + 200          # the gap after a paragraph
    return pages


def _bench_advices(count: int) -> list[bytes]:
    from bench import make_dossier

    params = make_dossier.Params(**{**make_dossier.asdict(make_dossier.PRESETS["small"]),
                                    "seed": 15})
    specs = [s for s in make_dossier.plan_documents(params) if s.kind == "pdf"][:count]
    return [make_dossier.document_bytes(spec) for spec in specs]


def _cases() -> list[tuple[str, bytes]]:
    cases = [
        ("test advice", docgen.pdf_bytes(PAGES, header="Advies speerpuntclusters - versie {page}",
                                         footer="Pagina {page} van {pages}", title="Testadvies")),
        ("no header", docgen.pdf_bytes(PAGES, header=None, footer=None, body_size=9)),
        ("identical pages", hostile_pdf.identical_pages(4)),
    ]
    for path in sorted(DEMO.glob("*.txt")) + sorted(DEMO.glob("*.md")):
        if path.name == "README.md":
            continue
        cases.append((path.name, docgen.pdf_bytes(
            _demo_pages(path), header=_latin1(path.stem)[:60] + " - {page}", title=path.stem)))
    cases += [(f"benchmark advice {i + 1}", data) for i, data in enumerate(_bench_advices(4))]
    return cases


CASES = _cases()


def _extract(extractor, data: bytes) -> ExtractedDocument | tuple[str, str]:
    try:
        return extractor(data)
    except ImportProblem as problem:
        return problem.reason, problem.message


@pytest.mark.parametrize("data", [data for _, data in CASES], ids=[name for name, _ in CASES])
def test_same_document_as_before(data: bytes) -> None:
    before = _extract(reference.extract_pdf, data)
    now = _extract(extract_pdf, data)
    assert isinstance(now, ExtractedDocument) and isinstance(before, ExtractedDocument)
    assert now.text == before.text
    assert [(b.kind, b.level, b.start, b.end, b.page, b.heading_path) for b in now.blocks] == \
        [(b.kind, b.level, b.start, b.end, b.page, b.heading_path) for b in before.blocks]
    assert now.pages == before.pages
    assert (now.title, now.page_count) == (before.title, before.page_count)
    assert now == before


def test_the_demo_pdfs_have_structure_to_compare() -> None:
    """The comparison means something: the demo PDFs have headings and run over pages."""
    demo = [(name, extract_pdf(data)) for name, data in CASES if name.endswith((".txt", ".md"))]
    assert len(demo) >= 5
    assert any(b.kind == "heading" for _, doc in demo for b in doc.blocks)
    assert sum(doc.page_count or 0 for _, doc in demo) > 2 * len(demo)
    for name, doc in demo:        # the running header (from 3 pages) and page numbers are gone
        assert doc.page_count and doc.page_count >= 3, name
        assert f"{_latin1(Path(name).stem)[:60]} - " not in doc.text
        assert not re.search(r"Pagina \d+ van \d+", doc.text)


@pytest.mark.parametrize("data", [data for _, data in CASES[:4] + CASES[-2:]],
                         ids=[name for name, _ in CASES[:4] + CASES[-2:]])
def test_the_general_path_gives_the_same_document(data: bytes, monkeypatch) -> None:
    """Pages that are not "plain" (another blank, a hyphen mark, a lone CR) take the general
    path (``_measured_lines``, with its own shortcuts): read that way, every page still gives
    the document of the frozen reference."""
    from workbench.extract import pdf

    monkeypatch.setattr(pdf, "_plain_page", lambda raw: (False, False))
    assert _extract(extract_pdf, data) == _extract(reference.extract_pdf, data)

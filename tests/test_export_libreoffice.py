"""The exports open in LibreOffice and convert to PDF; the PDF reads as a cabinet reader sees it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.export_samples import sample_annex, sample_communication
from workbench import Project
from workbench.export.annex_docx import write_annex_docx
from workbench.export.communication_docx import write_communication_docx
from workbench.export.run import export_all
from workbench.export.workbook_xlsx import write_workbook_xlsx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not on PATH"),
]
# the demo dossier's question/option/advisor keys that must never reach a reader
DEMO_KEYS = re.compile(r"\b(Q1|Q2|S1|S2|S3|S4|SPC)\b")
ISO_DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")


def convert(source: Path, tmp_path: Path) -> Path:
    """Convert with a private profile; the PDF (fails when none appears)."""
    out = tmp_path / "pdf"
    out.mkdir(exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180, check=False)
    pdf = out / (source.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice made no PDF (rc={result.returncode}): {result.stderr}"
    return pdf


def pdf_pages(pdf: Path) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def to_pdf(source: Path, tmp_path: Path) -> int:
    return len(pdf_pages(convert(source, tmp_path)))


def test_annex_converts(tmp_path):
    path = tmp_path / "bijlage.docx"
    write_annex_docx(sample_annex(draft=True), path)
    assert to_pdf(path, tmp_path) >= 4      # title page, TOC, content, matrix/sources


def test_communication_converts(tmp_path):
    path = tmp_path / "mededeling.docx"
    write_communication_docx(sample_communication(draft=True), path)
    assert to_pdf(path, tmp_path) >= 2


def test_workbook_converts(tmp_path):
    path = tmp_path / "procontra.xlsx"
    write_workbook_xlsx(sample_annex(draft=True), path)
    assert to_pdf(path, tmp_path) >= 10     # at least one page per sheet


@pytest.fixture(scope="module")
def demo_pdfs(demo_template: Path, tmp_path_factory) -> dict[str, list[str]]:
    out = tmp_path_factory.mktemp("demo-pdf")
    dossier = out / "demo.cwb"
    shutil.copyfile(demo_template, dossier)
    annex, book = out / "bijlage.docx", out / "pro-contra.xlsx"
    with Project.open(dossier, readonly=True) as project:
        export_all(project, annex=annex, xlsx=book, force=True)
    return {"annex": pdf_pages(convert(annex, out)), "xlsx": pdf_pages(convert(book, out))}


def test_demo_annex_pdf_reads_as_a_deliverable(demo_pdfs):
    pages = demo_pdfs["annex"]
    text = "\n".join(pages)
    # the title page carries no running header or page number
    assert "Pagina" not in pages[0] and "bijlage" in pages[1]
    # the table of contents is filled in: every question and option is listed on page 2
    toc = pages[1]
    assert "Inhoudstafel" in toc
    for entry in ("Vraag 1", "1.1 Scenario 1: commerciële", "1.3 Scenario 3: kruispunten",
                  "Vraag 2", "2.1 Nieuwe oproep Innovatieve Bedrijfsnetwerken",
                  "Standpunten per adviseur", "Bronnen"):
        assert entry in toc, entry
    assert "Pro\r\n" not in toc and "Contra" not in toc
    # each entry ends in the page its heading is on (its first page, the heading's first line)
    numbered = dict(re.findall(r"^(Vraag 2|Standpunten per adviseur|Technische gegevens)\.+ ?(\d+)",
                               toc, re.MULTILINE))
    assert set(numbered) == {"Vraag 2", "Standpunten per adviseur", "Technische gegevens"}, toc
    for heading, page in numbered.items():
        lines = [line.strip() for line in pages[int(page) - 1].splitlines()]
        assert heading in lines, (heading, page)
    assert "6 mei 2024" in text and not ISO_DATE.search(text)
    for raw in ("**", "###", "[["):
        assert raw not in text
    assert not DEMO_KEYS.search(text), DEMO_KEYS.search(text)
    assert "advies gevraagd, nog niet ontvangen" in text
    assert "voorwaardeli\r\njk" not in text and "voorwaardeli\njk" not in text


def test_demo_workbook_pdf_reads_as_a_deliverable(demo_pdfs):
    pages = demo_pdfs["xlsx"]
    text = "\n".join(pages)
    assert all(f"pagina {n} van {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert "6 mei 2024" in text and not ISO_DATE.search(text)
    assert not DEMO_KEYS.search(text), DEMO_KEYS.search(text)
    first = " ".join(pages[0].split())
    assert "Standpunten van de adviseurs per optie" in first     # the chart, on page 1

"""The exports open in LibreOffice and convert to PDF with the expected number of pages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.export_samples import sample_annex, sample_communication
from workbench.export.annex_docx import write_annex_docx
from workbench.export.communication_docx import write_communication_docx
from workbench.export.workbook_xlsx import write_workbook_xlsx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not on PATH"),
]


def to_pdf(source: Path, tmp_path: Path) -> int:
    """Convert with a private profile; return the page count (fails when no PDF appears)."""
    import pypdfium2

    out = tmp_path / "pdf"
    out.mkdir(exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=120, check=False)
    pdf = out / (source.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice made no PDF (rc={result.returncode}): {result.stderr}"
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


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

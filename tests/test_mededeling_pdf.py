"""The demo's drafted communication rendered by LibreOffice reads as a mededeling (#19)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from workbench import Project
from workbench.export.run import export_all

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not on PATH"),
]


def pdf_pages(source: Path, tmp_path: Path) -> list[str]:
    """The text of every page of ``source`` converted to PDF with a private profile."""
    from tests.test_export_libreoffice import convert
    from tests.test_export_libreoffice import pdf_pages as pages_of

    return pages_of(convert(source, tmp_path))


def test_drafted_demo_communication_in_pdf(demo_template: Path, tmp_path: Path) -> None:
    dossier = tmp_path / "demo.cwb"
    shutil.copyfile(demo_template, dossier)
    target = tmp_path / "mededeling.docx"
    with Project.open(dossier, backup_dir=tmp_path / "backups") as p:
        p.set_dossier(communication_date="2024-06-07")
        p.draft_from_evidence()
        export_all(p, communication=target)
    pages = pdf_pages(target, tmp_path)
    assert 3 <= len(pages) <= 6, f"a mededeling of this kind runs 3-6 pages, not {len(pages)}"
    text = re.sub(r"\s+", " ", " ".join(pages))
    for part in ("DE VLAAMSE MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN "
                 "LANDBOUW", "MEDEDELING AAN DE VLAAMSE REGERING", "Betreft: Groenboek",
                 "Datum: 7 juni 2024", "1. Situering", "4.3 Scenario 3", "zie bijlage, punt 1.3",
                 "op 6 mei 2024", "De Vlaamse minister van Economie, Innovatie, Werk, Sociale "
                 "Economie en Landbouw,", "Jo BROUNS", "Bijlage:"):
        assert part in text, part
    assert not re.search(r"\*\*|###|\[\[|\b(Q1|Q2|S1|S3|SPC)\b|\d{4}-\d{2}-\d{2}", text)

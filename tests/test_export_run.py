"""`workbench export` on the demo: the deliverables reopen with the right structure."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from lxml import etree

from workbench import Project
from workbench.cli.main import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GOLDEN = Path(__file__).parent / "golden" / "demo_annex_outline.json"


def footnotes(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/footnotes.xml"))
    return ["".join(t.text or "" for t in fn.iter(f"{W}t")).strip()
            for fn in root.iter(f"{W}footnote") if int(fn.get(f"{W}id")) > 0]


def outline(path: Path) -> dict:
    doc = Document(str(path))
    headings = [(p.style.name, p.text) for p in doc.paragraphs
                if p.style.name.startswith("Heading")]
    return {"headings": headings, "footnotes": footnotes(path)}


@pytest.fixture(scope="module")
def exported(demo_template: Path, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("export")
    dossier = out / "demo.cwb"   # a copy: the session's demo template stays untouched
    shutil.copyfile(demo_template, dossier)
    files = {"annex": out / "bijlage.docx", "communication": out / "mededeling.docx",
             "xlsx": out / "pro-contra.xlsx", "dossier": dossier}
    with Project.open(dossier) as p:
        p.draft_from_evidence()
    code = main(["export", str(dossier), "--annex", str(files["annex"]),
                 "--communication", str(files["communication"]), "--xlsx", str(files["xlsx"])])
    assert code == 0
    return files


def test_annex_has_a_footnote_per_quote_with_its_citation(exported) -> None:
    with Project.open(exported["dossier"], readonly=True) as p:
        uses = [(p.quote(n), a) for a in p.arguments() for n in a.quote_numbers]
        vario_source = next(s for s in p.sources() if s.advisor_key == "VARIO")
    notes = footnotes(exported["annex"])
    assert len(notes) == len(uses)
    assert sum("VARIO, Advies 36, 6 mei 2024" in n for n in notes) == sum(
        q.source_id == vario_source.id for q, _ in uses)
    text = "\n".join(par.text for par in Document(str(exported["annex"])).paragraphs)
    for quote, _ in uses:
        assert quote.exact in text  # verbatim


def test_annex_has_a_heading_per_option(exported) -> None:
    headings = [t for s, t in outline(exported["annex"])["headings"] if s == "Heading 2"]
    for key in ("S1", "S2", "S3", "S4", "3+", "IBN"):
        assert any(h.startswith(f"{key} ") for h in headings), key


def test_annex_outline_is_stable(exported) -> None:
    """Golden file: regenerate deliberately with UPDATE_GOLDEN=1 after a wanted change."""
    current = outline(exported["annex"])
    current["headings"] = [list(h) for h in current["headings"]]
    if os.environ.get("UPDATE_GOLDEN") or not GOLDEN.exists():
        GOLDEN.write_text(json.dumps(current, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    assert current == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_communication_resolves_live_references(exported) -> None:
    doc = Document(str(exported["communication"]))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "1. Situering" in text and "ontbrekende verwijzing" not in text
    # the draft summarises and refers to the annex instead of pasting it (#19)
    assert "zie bijlage, punt 1.3" in text
    assert not doc.tables and not footnotes(exported["communication"])


def test_workbook_is_filterable_and_has_no_formulas(exported) -> None:
    wb = openpyxl.load_workbook(exported["xlsx"])
    sheet = wb["Pro-contra"]
    assert sheet.auto_filter.ref and sheet.freeze_panes == "A2"
    with Project.open(exported["dossier"], readonly=True) as p:
        links = sum(len(a.quote_numbers) for a in p.arguments())
    assert sheet.max_row - 1 == links
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            assert all(c.data_type != "f" for c in row)


def test_export_refuses_on_failed_checks_unless_forced(demo_path: Path, tmp_path: Path,
                                                       capsys) -> None:
    with Project.open(demo_path) as p:
        p.add_argument("S1", "pro", "Een argument zonder citaat")
    target = tmp_path / "a.docx"
    assert main(["export", str(demo_path), "--annex", str(target)]) == 1
    assert "--force" in capsys.readouterr().err and not target.exists()
    assert main(["export", str(demo_path), "--annex", str(target), "--force", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["draft"] is True
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "checks failed" in text.lower() or "controles mislukt" in text.lower()

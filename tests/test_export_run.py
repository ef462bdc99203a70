"""`workbench export` on the demo: the deliverables reopen with the right structure."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
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
    assert sum(n.startswith(f"VARIO, {vario_source.title}, 6 mei 2024, ") for n in notes) == sum(
        q.source_id == vario_source.id for q, _ in uses)
    text = "\n".join(par.text for par in Document(str(exported["annex"])).paragraphs)
    for quote, _ in uses:
        assert quote.exact in text  # verbatim


def test_annex_has_a_heading_per_option(exported) -> None:
    headings = [t for s, t in outline(exported["annex"])["headings"] if s == "Heading 2"]
    with Project.open(exported["dossier"], readonly=True) as p:
        questions = [q.key for q in p.questions()]
        expected = []
        for q_number, question in enumerate(questions, start=1):
            options = [o for o in p.options() if o.question_key == question]
            expected += [f"{q_number}.{n} {o.title}" for n, o in enumerate(options, start=1)]
    assert headings == expected
    assert "1.3 Scenario 3: kruispunten van economische en maatschappelijke meerwaarde" in headings


# "<full name>, <document title>, [<date in Dutch>, ]<p. N | § heading | alinea N>."
# A background document (no advisor, e.g. the clusters' Memorandum) is cited by its title alone.
CITATION = re.compile(r"^(?P<who>[^,]+), (?:(?P<title>.+?), )?(?:(?P<date>\d{1,2} (?:januari|februari|"
                      r"maart|april|mei|juni|juli|augustus|september|oktober|november|december) "
                      r"\d{4}), )?(?P<where>p\. \d+|§ .+|alinea \d+)\.$")


def test_footnotes_name_advisor_document_date_and_place(exported) -> None:
    notes = footnotes(exported["annex"])
    with Project.open(exported["dossier"], readonly=True) as p:
        advisors = {a.key for a in p.advisors()}
        full_names = {a.name for a in p.advisors()}
    for note in notes:
        match = CITATION.match(note)
        assert match, note
        assert match["who"] in full_names or match["title"] is None \
            or match["who"] == match["title"].split(",")[0]
        assert not (set(re.findall(r"\b[A-Z0-9]{2,}\b", match["who"])) & (advisors - full_names))
    assert not any(re.search(r"\bSPC\b", n) for n in notes)
    assert any(", alinea " in n for n in notes)     # the VARIO advice has neither pages nor headings


def test_paragraph_locator_counts_non_heading_blocks(exported) -> None:
    """"alinea N": the quote's block among the source's non-heading blocks, 1-based."""
    from workbench.export.build import build_annex_content
    with Project.open(exported["dossier"], readonly=True) as p:
        content = build_annex_content(p)
        quotes = {q.number: q for o in content.options() for a in o.arguments for q in a.quotes}
        checked = 0
        for number, item in quotes.items():
            quote = p.quote(number)
            body = [b for b in p.source_blocks(item.source_number) if b.kind != "heading"]
            ordinal = next(i for i, b in enumerate(body, start=1)
                           if b.start <= quote.start < b.end)
            # the stored block.paragraph (#16) is the same number
            assert p.block_at(item.source_number, quote.start).paragraph == ordinal
            if item.locator.startswith("alinea "):
                assert item.locator == f"alinea {ordinal}"
                checked += 1
    assert checked >= 1      # VARIO's summary paragraph before its first recommendation


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


def test_export_json_reports_a_failure_too(demo_path: Path, tmp_path: Path, capsys) -> None:
    with Project.open(demo_path) as p:
        p.add_argument("S1", "pro", "Een argument zonder citaat")
    target = tmp_path / "a.docx"
    assert main(["export", str(demo_path), "--annex", str(target), "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["written"] == [] and result["problems"] and "--force" in result["error"]
    assert not target.exists()


def test_read_only_target_is_refused_and_untouched(demo_path: Path, tmp_path: Path,
                                                   capsys) -> None:
    tmp = tmp_path / "out"
    tmp.mkdir()
    target = tmp / "bijlage.docx"
    target.write_bytes(b"the version the cabinet has")
    target.chmod(stat.S_IREAD)
    other = tmp / "pro-contra.xlsx"
    try:
        code = main(["export", str(demo_path), "--annex", str(target), "--xlsx", str(other),
                     "--force", "--json"])
        assert code == 1
        result = json.loads(capsys.readouterr().out)
        assert str(target) in result["error"] and "read-only" in result["error"]
        assert target.read_bytes() == b"the version the cabinet has"
        assert not other.exists()                   # all or nothing
        assert sorted(os.listdir(tmp)) == ["bijlage.docx"]
    finally:
        target.chmod(stat.S_IREAD | stat.S_IWRITE)


def test_target_open_in_office_is_refused(demo_path: Path, tmp_path: Path, capsys) -> None:
    tmp = tmp_path
    target = tmp / "pro-contra.xlsx"
    target.write_bytes(b"old")
    (tmp / "~$pro-contra.xlsx").write_bytes(b"owner")       # Excel has it open
    assert main(["export", str(demo_path), "--xlsx", str(target), "--force"]) == 1
    err = capsys.readouterr().err
    assert str(target) in err and "open in another program" in err
    assert target.read_bytes() == b"old"


def test_several_targets_all_or_nothing(demo_path: Path, tmp_path: Path, monkeypatch) -> None:
    """The third file fails while it is written: the first two keep their old contents."""
    from workbench.export import workbook_xlsx
    from workbench.export.atomic import ExportError
    from workbench.export.run import export_all
    tmp = tmp_path / "out"
    tmp.mkdir()
    files = {name: tmp / f"{name}.{ext}" for name, ext in
             (("annex", "docx"), ("communication", "docx"), ("xlsx", "xlsx"))}
    for path in files.values():
        path.write_bytes(b"old")

    def broken(content):
        raise RuntimeError("disk full")

    monkeypatch.setattr(workbook_xlsx, "build_workbook", broken)
    with Project.open(demo_path, readonly=True) as p, pytest.raises(ExportError, match="xlsx"):
        export_all(p, force=True, **files)
    assert all(path.read_bytes() == b"old" for path in files.values())
    assert sorted(os.listdir(tmp)) == sorted(path.name for path in files.values())


def test_a_failed_replacement_puts_back_the_files_already_replaced(demo_path: Path,
                                                                   tmp_path: Path,
                                                                   monkeypatch) -> None:
    from workbench.export.atomic import ExportError
    from workbench.export.run import export_all
    tmp = tmp_path / "out"
    tmp.mkdir()
    annex, book = tmp / "bijlage.docx", tmp / "pro-contra.xlsx"
    annex.write_bytes(b"old annex")
    book.write_bytes(b"old book")
    real = os.replace

    def replace(src, dst):
        if str(dst) == str(book) and str(src).endswith(".tmp"):
            raise PermissionError(13, "Permission denied")    # Excel holds it (Windows)
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with Project.open(demo_path, readonly=True) as p, \
            pytest.raises(ExportError, match="open in another program"):
        export_all(p, annex=annex, xlsx=book, force=True)
    assert annex.read_bytes() == b"old annex" and book.read_bytes() == b"old book"
    assert sorted(os.listdir(tmp)) == ["bijlage.docx", "pro-contra.xlsx"]


def test_audit_sheet_only_when_asked(demo_path: Path, tmp_path: Path) -> None:
    plain, audited = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert main(["export", str(demo_path), "--xlsx", str(plain), "--force"]) == 0
    assert main(["export", str(demo_path), "--xlsx", str(audited), "--force",
                 "--with-audit"]) == 0
    assert "Audit" not in openpyxl.load_workbook(plain).sheetnames
    assert "Audit" in openpyxl.load_workbook(audited).sheetnames

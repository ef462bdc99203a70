"""The Excel workbook, reopened: structure, literal text (never formulas), charts."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.export_samples import CLEAN_ILLEGAL_QUOTE, EXPECTED_MATRIX, Q, sample_annex
from workbench.export.labels import DRAFT_MARK, STANCE_FILLS
from workbench.export.workbook_xlsx import FLAT_HEADER, sheet_names, write_workbook_xlsx
from workbench.export.xml_text import EXCEL_MAX_CHARS, excel_text, xml_text


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "procontra.xlsx"
    write_workbook_xlsx(sample_annex(draft=True), path)
    return path


def test_sheets(book):
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Overzicht", "Pro-contra", "S1", "S2", "S3", "Scenario 3+", "S4",
                             "Standpunten", "Bronnen", "Audit"]


def test_no_formula_anywhere(book):
    wb = openpyxl.load_workbook(book)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(book) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<(\w+:)?f[ >/]", z.read(name)), name


def test_flat_table(book):
    ws = openpyxl.load_workbook(book)["Pro-contra"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == FLAT_HEADER
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:K{len(rows)}"
    quotes = [r[5] for r in rows[1:] if r[5]]
    for number, quote in Q.items():
        if number != 7:
            assert quote.exact in quotes            # "=SUM(A1)", "+32...", "-", "@", tab
    assert CLEAN_ILLEGAL_QUOTE in quotes
    dde = next(r for r in rows if r[5] == "=cmd|' /C calc'!A0")
    assert dde[:3] == ("V1", "S2", "Contra")
    assert ws.column_dimensions["F"].width >= 50
    quote_cell = next(c for c in ws["F"] if c.value == Q[1].exact)
    assert quote_cell.alignment.wrap_text
    guarded = next(c for c in ws["F"] if c.value == "=SUM(A1)")
    assert guarded.quotePrefix and guarded.data_type == "s"
    no_quote = rows[-1]
    assert no_quote[3] == "Argument zonder citaat (nog te documenteren)." and no_quote[5] is None


def test_option_sheets(book):
    wb = openpyxl.load_workbook(book)
    ws = wb["Scenario 3+"]
    assert ws["A1"].value == "Scenario 3+"
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:I4"
    assert ws["D4"].value == Q[10].exact
    s2 = [r for r in wb["S2"].iter_rows(min_row=4, values_only=True)]
    assert [r[0] for r in s2] == ["Pro", "Contra", "Contra", "Voorwaarden", "Voorwaarden"]


def test_matrix_sheet(book):
    ws = openpyxl.load_workbook(book)["Standpunten"]
    header = [c.value for c in ws[1]]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2, max_row=5)}
    for (advisor, option), label in EXPECTED_MATRIX.items():
        cell = rows[advisor][header.index(option)]
        assert cell.value == label
    assert rows["VARIO"][header.index("S1")].fill.fgColor.rgb.endswith(STANCE_FILLS["opposes"])
    values = [c.value for c in ws["A"]]
    assert "Legende" in values and "voorwaardelijk" in values


def test_sources_audit_overview_and_charts(book):
    wb = openpyxl.load_workbook(book)
    sources = list(wb["Bronnen"].iter_rows(values_only=True))
    assert sources[1][:3] == (1, "VARIO", "Advies 36 over het groenboek")
    audit = list(wb["Audit"].iter_rows(values_only=True))
    assert audit[1][5] == '=HYPERLINK("x")'
    overview = [c.value for c in wb["Overzicht"]["A"]]
    assert DRAFT_MARK in overview
    with zipfile.ZipFile(book) as z:
        names = z.namelist()
        chart = z.read("xl/charts/chart1.xml").decode()
    assert "xl/charts/chart2.xml" in names
    assert "barChart" in chart and "Overzicht" in chart


def test_not_draft_and_no_audit(tmp_path):
    path = tmp_path / "x.xlsx"
    write_workbook_xlsx(sample_annex(draft=False, audit=False), path)
    wb = openpyxl.load_workbook(path)
    assert "Audit" not in wb.sheetnames
    assert DRAFT_MARK not in [c.value for c in wb["Overzicht"]["A"]]


def test_sheet_names():
    names = sheet_names(["S1", "s1", "a/b:c?", "x" * 40, "'quoted'", "History", "Bronnen", ""])
    assert names[0] == "S1" and names[1] == "s1 (2)"
    assert names[2] == "a_b_c_"
    assert len(names[3]) == 31
    assert names[4] == "quoted"
    assert names[5] == "Optie History"
    assert names[6] == "Bronnen (2)"
    assert names[7] == "Optie"
    assert len({n.lower() for n in names}) == len(names)


def test_text_sanitising():
    assert xml_text("a\x00b\x0bc\ufffed\ud800e\tf\ng") == "abcde\tf\ng"
    long = excel_text("x" * 40_000)
    assert len(long) == EXCEL_MAX_CHARS and long.endswith("…")
    assert xml_text(None) == ""

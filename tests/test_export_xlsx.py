"""The Excel workbook, reopened: structure, literal text (never formulas), charts."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from tests.export_samples import (
    CLEAN_ILLEGAL_QUOTE,
    EXPECTED_MATRIX,
    INTERNAL_KEYS,
    Q,
    sample_annex,
)
from workbench.export.labels import DRAFT_MARK, STANCE_FILLS
from workbench.export.workbook_xlsx import (
    ARGUMENT_COLUMNS,
    DATE_FORMAT,
    flat_columns,
    sheet_names,
    write_workbook_xlsx,
)
from workbench.export.xml_text import EXCEL_MAX_CHARS, excel_text, xml_text

FLAT_HEADER = tuple(c.header for c in flat_columns({}))
OPTION_SHEETS = ["1.1 Status quo", "1.2 Afgeslankte clusters", "1.3 Thematische programma's",
                 "1.4 Scenario 3+", "2.1 Meerjarige financiering"]
COLUMN = {"S1": "1.1 Status quo", "S2": "1.2 Afgeslankte clusters",
          "S3": "1.3 Thematische programma's", "Scenario 3+": "1.4 Scenario 3+",
          "S4": "2.1 Meerjarige financiering"}


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "procontra.xlsx"
    write_workbook_xlsx(sample_annex(draft=True), path)
    return path


def test_sheets(book):
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Overzicht", "Pro-contra", *OPTION_SHEETS, "Matrix", "Standpunten",
                             "Bronnen", "Audit"]


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "schoon.xlsx"
    write_workbook_xlsx(sample_annex(draft=False, audit=False), path)
    return path


def test_every_sheet_prints_well(book, clean):
    for path in (book, clean):
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            setup = ws.page_setup
            assert setup.orientation == "landscape", ws.title
            assert setup.paperSize == 9, ws.title                      # A4
            assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
            assert setup.fitToWidth == 1, ws.title
            assert ws.oddFooter.center.text == "pagina &P van &N", ws.title
            assert ws.oddHeader.left.text == "Groenboek clusterbeleid", ws.title
            assert ws.oddHeader.right.text == "&A", ws.title             # the sheet's name
            if ws.title != "Overzicht":
                header = ws.print_title_rows
                assert header, ws.title
                first = int(header.split(":")[0].strip("$"))
                assert ws.freeze_panes == f"A{first + 1}", ws.title
        assert wb["Overzicht"].page_setup.fitToHeight == 1             # charts on the page


def test_draft_mark_on_every_sheet(book, clean):
    for ws in openpyxl.load_workbook(book).worksheets:
        assert ws["A1"].value == DRAFT_MARK, ws.title
        assert ws.oddHeader.center.text == DRAFT_MARK, ws.title
    for ws in openpyxl.load_workbook(clean).worksheets:
        assert ws["A1"].value != DRAFT_MARK and not ws.oddHeader.center.text, ws.title


def test_no_internal_key_or_english_status(book):
    wb = openpyxl.load_workbook(book)
    for ws in wb.worksheets:
        if ws.title == "Audit":
            continue                            # internal, only with --with-audit
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    for key in INTERNAL_KEYS:
                        assert not re.search(rf"\b{key}\b", value), (ws.title, value)
                    assert value not in ("ok", "asked", "received", "preferred"), ws.title


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


def rows_from_header(ws, header_row: int) -> list[tuple]:
    return list(ws.iter_rows(min_row=header_row, values_only=True))


# Tables are read by their column headers, never by column letter: a column added or moved
# in a sheet's specification needs no change here.
def table(ws, header_row: int) -> list[dict[str, object]]:
    """The rows under ``header_row``, each as {header: value}."""
    header, *rows = rows_from_header(ws, header_row)
    return [dict(zip(header, row, strict=False)) for row in rows]


def column_cells(ws, header_row: int, header: str) -> list:
    """The cells of the column headed ``header``, below its header."""
    names = [c.value for c in ws[header_row]]
    letter = get_column_letter(names.index(header) + 1)
    return [c for c in ws[letter] if c.row > header_row]


def test_flat_table(book):
    ws = openpyxl.load_workbook(book)["Pro-contra"]
    rows = rows_from_header(ws, 2)                 # row 1: the DRAFT mark
    assert rows[0] == FLAT_HEADER
    assert ws.freeze_panes == "A3" and ws.print_title_rows == "$2:$2"
    assert ws.auto_filter.ref == f"A2:{get_column_letter(len(FLAT_HEADER))}{len(rows) + 1}"
    uses = table(ws, 2)
    quotes = [r["Citaat"] for r in uses if r["Citaat"]]
    for number, quote in Q.items():
        if number != 7:
            assert quote.exact in quotes            # "=SUM(A1)", "+32...", "-", "@", tab
    assert CLEAN_ILLEGAL_QUOTE in quotes
    dde = next(r for r in uses if r["Citaat"] == "=cmd|' /C calc'!A0")
    assert (dde["Vraag"], dde["Optie"], dde["Positie"]) == (
        "Vraag 1", "1.2 Afgeslankte clusters", "Contra")
    quote_cells = column_cells(ws, 2, "Citaat")
    assert ws.column_dimensions[quote_cells[0].column_letter].width >= 50
    quote_cell = next(c for c in quote_cells if c.value == Q[1].exact)
    assert quote_cell.alignment.wrap_text
    guarded = next(c for c in quote_cells if c.value == "=SUM(A1)")
    assert guarded.quotePrefix and guarded.data_type == "s"
    no_quote = uses[-1]
    assert no_quote["Argument"] == "Argument zonder citaat (nog te documenteren)."
    assert no_quote["Citaat"] is None
    statuses = {r["Status citaat"] for r in uses if r["Status citaat"]}
    assert statuses <= {"in orde", "verplaatst", "gewijzigd", "niet teruggevonden"}


def test_option_sheets(book):
    wb = openpyxl.load_workbook(book)
    ws = wb["1.4 Scenario 3+"]
    assert ws["A2"].value == "1.4 Scenario 3+"            # the heading above the table
    assert ws.freeze_panes == "A5" and ws.print_title_rows == "$4:$4"
    assert ws.auto_filter.ref == f"A4:{get_column_letter(len(ARGUMENT_COLUMNS))}5"
    assert [r["Citaat"] for r in table(ws, 4)] == [Q[10].exact]
    s2 = table(wb["1.2 Afgeslankte clusters"], 4)
    assert [r["Positie"] for r in s2] == ["Pro", "Contra", "Contra", "Voorwaarden", "Voorwaarden"]


def test_matrix_sheet(book):
    ws = openpyxl.load_workbook(book)["Matrix"]
    header = [c.value for c in ws[2]]
    assert header[:5] == ["Adviseur", "Soort", "Status", "Gevraagd op", "Ontvangen op"]
    name = header.index("Adviseur")
    rows = {r[name].value: r for r in ws.iter_rows(min_row=3, max_row=6)}
    for (advisor, option), label in EXPECTED_MATRIX.items():
        cell = rows[advisor][header.index(COLUMN[option])]
        assert cell.value == label
    assert rows["VARIO"][header.index("1.1 Status quo")].fill.fgColor.rgb.endswith(
        STANCE_FILLS["opposes"])
    received = rows["VARIO"][header.index("Ontvangen op")]
    assert received.value == datetime(2024, 5, 6) and received.number_format == DATE_FORMAT
    assert rows["VARIO"][header.index("Status")].value == "ontvangen"
    values = [c.value for c in column_cells(ws, 2, "Adviseur")]     # the legend follows the table
    assert "Legende" in values and "voorwaardelijk" in values


def test_stance_and_motivation_in_separate_columns(book):
    ws = openpyxl.load_workbook(book)["Standpunten"]
    rows = rows_from_header(ws, 2)
    header = rows[0]
    assert header[:6] == ("Adviseur", "Soort adviseur", "Vraag", "Optie", "Standpunt",
                          "Vastgesteld")
    assert "Toelichting" in header
    found = table(ws, 2)
    vario_s2 = next(r for r in found
                    if r["Adviseur"] == "VARIO" and r["Optie"] == "1.2 Afgeslankte clusters")
    assert vario_s2["Standpunt"] == "voorwaardelijk"
    assert vario_s2["Toelichting"] == "mits meerjarige financiering"
    assert vario_s2["Vastgesteld"] == "uitdrukkelijk"
    # filterable by stance: every cell holds exactly one Dutch stance word
    words = {r["Standpunt"] for r in found}
    assert words <= {"voorkeur", "steunt", "voorwaardelijk", "neutraal", "tegen",
                     "niet behandeld", "advies gevraagd, nog niet ontvangen", "—"}
    assert ws.auto_filter.ref.startswith("A2:")


def test_sources_audit_overview_and_charts(book):
    wb = openpyxl.load_workbook(book)
    sources = table(wb["Bronnen"], 2)
    assert sources[0]["Nr."] == 1 and sources[0]["Document"] == "Advies 36 over het groenboek"
    assert (sources[0]["Soort"], sources[0]["Adviseur"]) == ("advies", "VARIO")
    assert sources[0]["Datum"] == datetime(2024, 5, 6)
    assert "SHA-256" not in sources[0]
    assert column_cells(wb["Bronnen"], 2, "Datum")[0].number_format == DATE_FORMAT
    audit = table(wb["Audit"], 2)
    assert audit[0]["Detail"] == '=HYPERLINK("x")'
    assert audit[0]["Tijdstip"] == datetime(2024, 6, 1, 10, 0)
    overview = wb["Overzicht"]
    assert overview["A1"].value == DRAFT_MARK
    assert "Citaat 7: de tekst in de bron is gewijzigd" in [c.value for c in overview["A"]]
    assert any(c.value == date(2024, 6, 14) or c.value == datetime(2024, 6, 14)
               for c in overview["B"])
    with zipfile.ZipFile(book) as z:
        names = z.namelist()
        charts = [z.read(n).decode() for n in names if n.startswith("xl/charts/chart")]
    assert len(charts) == 2
    stances = next(c for c in charts if "Standpunten van de adviseurs" in c)
    assert 'grouping val="stacked"' in stances
    assert STANCE_FILLS["preferred"] in stances        # the legend's colours


def test_stance_chart_counts_advisors_per_option(book):
    ws = openpyxl.load_workbook(book)["Overzicht"]
    rows = list(ws.iter_rows(values_only=True))
    at = next(i for i, r in enumerate(rows) if r[:2] == ("Optie", "Voorkeur"))
    header = rows[at]
    counts = {r[0]: dict(zip(header[1:], r[1:], strict=False)) for r in rows[at + 1:at + 6]}
    assert counts["1.1 Status quo"]["Voorkeur"] == 1          # Flux50
    assert counts["1.1 Status quo"]["Tegen"] == 1             # VARIO
    assert counts["1.1 Status quo"]["Nog geen advies"] == 1   # Catalisti
    assert counts["1.4 Scenario 3+"]["Voorkeur"] == 1
    assert all(title[:1].isupper() for title in header)      # like "Pro" and "Contra"


def test_not_draft_and_no_audit(clean):
    wb = openpyxl.load_workbook(clean)
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


def test_inferred_stance_is_marked(tmp_path):
    from dataclasses import replace
    content = sample_annex()
    cells = dict(content.matrix.cells)
    cells[("VARIO", "S1")] = replace(cells[("VARIO", "S1")], record=replace(
        cells[("VARIO", "S1")].record, explicit=False))
    content.matrix = replace(content.matrix, cells=cells)
    path = tmp_path / "afgeleid.xlsx"
    write_workbook_xlsx(content, path)
    wb = openpyxl.load_workbook(path)
    matrix = wb["Matrix"]
    header = [c.value for c in matrix[1]]
    vario = next(r for r in matrix.iter_rows(min_row=2)
                 if r[header.index("Adviseur")].value == "VARIO")
    assert vario[header.index("1.1 Status quo")].value == "tegen (afgeleid)"
    rows = table(wb["Standpunten"], 1)
    row = next(r for r in rows if r["Adviseur"] == "VARIO" and r["Optie"] == "1.1 Status quo")
    # filterable: the stance word stays "tegen"
    assert (row["Standpunt"], row["Vastgesteld"]) == ("tegen", "afgeleid")


def test_wrapped_rows_are_tall_enough_to_print(clean):
    """LibreOffice keeps a streamed row one line high: the writer sets the height."""
    ws = openpyxl.load_workbook(clean)["Pro-contra"]
    long = next(c.row for c in column_cells(ws, 1, "Citaat") if c.value == Q[9].exact)  # 2+ lines
    assert ws.row_dimensions[long].height >= 2 * 13
    assert all(c.alignment.vertical == "top" for c in ws[2])


def test_text_keeps_its_outer_spaces_and_numbers_stay_numbers(tmp_path):
    """Plain cells are written by the workbook's own row writer: what openpyxl would write."""
    from dataclasses import replace
    content = sample_annex()
    question = content.questions[0]
    option = question.options[0]
    first = option.arguments[0]
    spaced = replace(first, argument=replace(first.argument, text="  twee spaties vooraan "))
    option = replace(option, arguments=(spaced, *option.arguments[1:]))
    question = replace(question, options=(option, *question.options[1:]))
    content.questions = (question, *content.questions[1:])
    path = tmp_path / "spaties.xlsx"
    write_workbook_xlsx(content, path)
    uses = table(openpyxl.load_workbook(path)["Pro-contra"], 1)
    row = next(r for r in uses if r["Argument nr."] == first.number)
    assert row["Argument"] == "  twee spaties vooraan "
    assert isinstance(row["Citaat nr."], int)

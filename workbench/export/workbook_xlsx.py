"""The Excel pro/con workbook, written in openpyxl's write-only (streaming) mode.

Every table is one list of ``Column`` specifications (header, width, value function), so a
column's header, width and content cannot drift apart. Every sheet prints well: A4
landscape, one page wide, the header row repeated, the dossier title and sheet name in the
page header, "pagina x van y" in the footer; a DRAFT export marks every sheet's header and
first row.

Every text cell is written as a string cell (inline string, never a formula), stripped of
characters Excel cannot store and capped at 32,767 characters; text that Excel would read as
a formula when retyped (=, +, -, @, tab...) also gets Excel's "quote prefix" so it stays text.
Dates are real dates with a Dutch format.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from lxml.etree import Element, SubElement
from openpyxl import Workbook
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from workbench.export.atomic import atomic_write
from workbench.export.columns import Column
from workbench.export.content import (
    AdvisorRow,
    AnnexContent,
    ArgumentItem,
    AuditRow,
    OptionSection,
    QuoteItem,
    SourceRow,
    StanceMatrix,
)
from workbench.export.docx_build import matrix_option_label, option_heading
from workbench.export.labels import (
    ADVICE_DECLINED,
    ADVICE_OUTSTANDING,
    ADVISOR_KIND_LABELS,
    ADVISOR_STATUS_LABELS,
    DRAFT_MARK,
    INFERRED,
    INFERRED_EXPLANATION,
    NO_STANCE,
    NO_STANCE_EXPLANATION,
    POSITION_ORDER,
    POSITION_TITLES,
    QUOTE_STATUS_LABELS,
    RECORD_KIND_LABELS,
    SOURCE_KIND_ADVICE,
    SOURCE_KIND_BACKGROUND,
    STANCE_EXPLANATIONS,
    STANCE_FILLS,
    STANCE_LABELS,
    label,
    stance_label,
)
from workbench.export.xml_text import excel_text, looks_like_formula

T = TypeVar("T")

# "6 mei 2024" in Dutch (Belgium) whatever the reader's Excel language is
DATE_FORMAT = "[$-813]d mmmm yyyy"
DATETIME_FORMAT = "[$-813]d mmmm yyyy hh:mm"
DRAFT_FILL, DRAFT_COLOUR = "FFC7CE", "C00000"
HEADER_FILL = "D9D9D9"
FONT = "Calibri"             # unnamed bold fonts come out as a serif in LibreOffice
LINE_POINTS = 13.5           # height of one line of 11 pt text in a row
RESERVED_SHEETS = ("Overzicht", "Pro-contra", "Matrix", "Standpunten", "Bronnen", "Audit")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
# the counted stance columns of the overview, in legend order, plus "no advice yet"
OUTSTANDING = "outstanding"
COUNTED_STANCES = (*STANCE_LABELS, OUTSTANDING)


class Use(NamedTuple):
    """One row of the pro/con tables: an argument, with one of its quotes (or none)."""

    option: OptionSection
    argument: ArgumentItem
    quote: QuoteItem | None
    advisor_names: str


class StanceRow(NamedTuple):
    advisor: AdvisorRow
    option_key: str
    option_label: str
    question: str


def write_workbook_xlsx(content: AnnexContent, target: Path) -> None:
    """Write the workbook to ``target`` atomically (ExportError on failure)."""
    atomic_write(Path(target), lambda temp: build_workbook(content).save(temp))


def sheet_names(keys: Iterable[str], taken: Iterable[str] = RESERVED_SHEETS) -> list[str]:
    """Valid, unique (case-insensitively) Excel sheet names for ``keys``, in order."""
    used = {t.lower() for t in taken}
    names = []
    for key in keys:
        base = _BAD_SHEET_CHARS.sub("_", excel_text(key)).strip().strip("'").strip()
        if not base or base.lower() == "history":
            base = f"Optie {base}".strip()
        base = base[:31]
        name, n = base, 2
        while name.lower() in used:
            suffix = f" ({n})"
            name = base[: 31 - len(suffix)] + suffix
            n += 1
        used.add(name.lower())
        names.append(name)
    return names


def as_date(value: str | None) -> date | datetime | None:
    """ISO text -> a date (or date and time); None when empty or not a date."""
    if not value:
        return None
    try:
        if len(value) > 10:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
        return date.fromisoformat(value)
    except ValueError:
        return None


# A plain cell as a sheet's rows carry it: (its style's id, value, data type). Most cells of
# the big sheets are plain text or numbers: ``_stream_rows`` writes them without making a
# Cell (and copying its style) per value.
Plain = tuple[str, object, str]


# The cell styles of a workbook, registered with it once (not once per sheet).
_STYLES: weakref.WeakKeyDictionary[Workbook, tuple[Any, ...]] = weakref.WeakKeyDictionary()


def _styles(ws: Any) -> tuple[Any, ...]:
    """(wrapped, top-aligned, bold, header) style arrays and the first two's style ids."""
    found = _STYLES.get(ws.parent)
    if found is None:
        def styled(**style: Any) -> Any:
            proto = Cell(ws, row=1, column=1)
            for name, value in style.items():
                setattr(proto, name, value)
            return proto._style

        wrap = styled(alignment=Alignment(wrap_text=True, vertical="top"))
        top = styled(alignment=Alignment(vertical="top"))
        bold = styled(font=Font(name=FONT, bold=True), alignment=Alignment(vertical="top"))
        head = styled(font=Font(name=FONT, bold=True),
                      alignment=Alignment(vertical="top", wrap_text=True),
                      fill=PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL))
        registered = ws.parent._cell_styles
        found = _STYLES[ws.parent] = (wrap, top, bold, head, str(registered.add(wrap)),
                                      str(registered.add(top)))
    return found


class _Cells:
    """Makes cells for one write-only sheet; text always ends up as a string cell."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        styles = _styles(ws)
        self._wrap, self._top, self._bold, self._head = styles[:4]
        # wrapped and top-aligned plain cells: their style's id (see ``Plain``)
        self._wrapped, self._plain = styles[4:]
        self._memo: dict[tuple[str, bool], Any] = {}

    def text(self, value: object, wrap: bool = False, bold: bool = False,
             fill: str | None = None, colour: str | None = None, header: bool = False) -> Any:
        """A string cell, top-aligned (wrapped, bold, filled, coloured when asked)."""
        text = excel_text(value)
        guard = looks_like_formula(text)
        if not (bold or fill or guard or colour or header):
            return (self._wrapped if wrap else self._plain), text, "s"
        style = self._head if header else self._bold if bold else \
            self._wrap if wrap else self._top
        cell = Cell(self.ws, row=1, column=1, style_array=style)
        cell._value = text
        cell.data_type = "s"
        if guard:
            cell.quotePrefix = True
        if fill and not header:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if colour:
            cell.font = Font(name=FONT, bold=bold, color=colour)
        return cell

    def short(self, value: object, wrap: bool = False) -> Any:
        """``text(value)`` memoised: for the few distinct values repeated on many rows.
        (A cell object may be reused across rows: a streamed sheet writes each row at once.)"""
        key = value if isinstance(value, str) else "" if value is None else str(value)
        found = self._memo.get((key, wrap))
        if found is None:
            found = self._memo[(key, wrap)] = self.text(key, wrap=wrap)
        return found

    def date(self, value: object) -> Any:
        when = value if isinstance(value, (date, datetime)) else as_date(str(value or ""))
        if when is None:
            return None
        cell = Cell(self.ws, row=1, column=1, value=when)
        cell.number_format = DATETIME_FORMAT if isinstance(when, datetime) else DATE_FORMAT
        cell.alignment = Alignment(horizontal="left", vertical="top")
        return cell

    def header(self, values: Iterable[str]) -> list[Any]:
        return [self.text(v, header=True) for v in values]

    def number(self, value: object) -> Plain | None:
        """A top-aligned number cell."""
        return None if value is None else (self._plain, value, "n")

    def maker(self, column: Column[T]) -> Callable[[T, object], Any]:
        """What makes the cell of ``column`` for a row and its value (``column.value(row)``)."""
        fill, wrap = column.fill, column.wrap
        if column.kind == "number":
            return lambda _row, raw: self.number(raw)
        if column.kind == "date":
            return lambda _row, raw: self.date(raw)
        # memoised whatever the kind: text repeats more than it seems (an argument's text on
        # each of its quotes' rows), and a miss costs one dictionary entry
        plain = self.short
        if fill is None:
            return lambda _row, raw: plain(raw, wrap)

        made: dict[tuple[str, str], Any] = {}    # a filled column holds a few distinct cells

        def filled(row: T, raw: object) -> Any:
            colour = fill(row)
            if not colour:
                return plain(raw, wrap)
            key = (excel_text(raw), colour)
            found = made.get(key)
            if found is None:
                found = made[key] = self.text(raw, wrap=wrap, fill=colour)
            return found
        return filled


class _Sheet:
    """One sheet: print setup, the DRAFT row, then tables written from column specs."""

    def __init__(self, wb: Workbook, title: str, content: AnnexContent,
                 widths: Iterable[float], lead_rows: int | None = 0) -> None:
        """``lead_rows``: rows written before the main table's header (None: no main table)."""
        self.ws = wb.create_sheet(title)
        self.cells = _Cells(self.ws)
        self.row = 0
        self.content = content
        # a streaming sheet writes its column widths before the first row
        self.column_widths = list(widths)
        for index, width in enumerate(self.column_widths, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = width
        _print_setup(self.ws, content)
        if lead_rows is not None:
            # a streaming sheet writes its panes before the first row: freeze under the header
            self.ws.freeze_panes = f"A{int(content.is_draft) + lead_rows + 2}"
        _stream_rows(self.ws)
        if content.is_draft:
            self.append([self.cells.text(DRAFT_MARK, bold=True, fill=DRAFT_FILL,
                                         colour=DRAFT_COLOUR)])

    def append(self, values: Sequence[Any], wrapped: Sequence[tuple[int, str]] = (),
               ready: bool = False) -> int:
        """Write a row; ``wrapped`` (column index, text) sets the height its wrapped text
        needs (nothing measures text in a streamed file, and LibreOffice keeps one line).
        ``ready``: every value is a cell already (or None)."""
        lines = 1
        widths = self.column_widths
        for col, text in wrapped:
            if col < len(widths) and (len(text) > widths[col] * 0.95 - 1 or "\n" in text):
                lines = max(lines, _lines(text, widths[col]))
        if lines > 1:
            # the streaming writer only copies these attributes onto <row>: a plain dict
            # costs far less than a RowDimension per row
            height = min(409, lines * LINE_POINTS + 2)
            self.ws.row_dimensions[self.row + 1] = {"ht": f"{height:g}", "customHeight": "1"}
        if not ready:
            make = self.cells.text
            values = [v if v is None or isinstance(v, (Cell, tuple)) else make(v)
                      for v in values]
        self.ws.append(values)
        self.row += 1
        return self.row

    def table(self, columns: Sequence[Column[T]], rows: Iterable[T], *,
              main: bool = True) -> tuple[int, int]:
        """Header and rows; ``main``: the header row repeats on every printed page, panes
        freeze under it and it gets an auto-filter. Returns (header row, last row)."""
        header = self.append(self.cells.header(c.header for c in columns),
                             [(i, c.header) for i, c in enumerate(columns)])
        values = [c.value for c in columns]
        makers = [self.cells.maker(c) for c in columns]
        wrapping = [i for i, c in enumerate(columns) if c.wrap]
        for item in rows:
            raws = [value(item) for value in values]
            self.append([make(item, raw) for make, raw in zip(makers, raws, strict=True)],
                        [(i, str(raws[i] or "")) for i in wrapping], ready=True)
        if main:
            self.ws.print_title_rows = f"{header}:{header}"
            self.ws.auto_filter.ref = f"A{header}:{get_column_letter(len(columns))}{self.row}"
        return header, self.row


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _stream_rows(ws: Any) -> None:
    """Write this sheet's rows as openpyxl's write-only writer does, minus its per-cell work
    for ``Plain`` values: every value this module appends is a ready cell or a ``Plain``, so
    no value is converted (openpyxl tries each as a plain value first, a raised ValueError
    per cell), and a plain cell is one element built at once rather than three nested
    streamed ones. Other cells are written by openpyxl's own cell writer."""
    ws._get_writer()                 # a streaming sheet's top (widths, panes) is written now
    writer = ws._writer
    ws._values_to_row = lambda values, _row_idx: values

    def write_row(xf: Any, values: Sequence[Any], row_idx: int) -> None:
        attrs = {"r": f"{row_idx}"}
        attrs.update(ws.row_dimensions.get(row_idx, {}))
        with xf.element("row", attrs):
            for col_idx, value in enumerate(values, 1):
                if value is None:
                    continue
                if type(value) is not tuple:
                    value.column, value.row = col_idx, row_idx
                    write_cell(xf, ws, value, value.has_style)
                    continue
                style, text, data_type = value
                where = {"r": f"{get_column_letter(col_idx)}{row_idx}", "s": style,
                         "t": "inlineStr" if data_type == "s" else data_type}
                if text == "" or text is None:
                    with xf.element("c", where):      # as openpyxl writes an empty cell
                        continue
                element = Element("c", where)
                if data_type == "s":
                    t = SubElement(SubElement(element, "is"), "t",
                                   {_XML_SPACE: "preserve"} if text != text.strip() else {})
                    t.text = text
                else:
                    SubElement(element, "v").text = safe_string(text)
                xf.write(element)

    writer.write_row = write_row


def _lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapped column ``width`` characters wide (an estimate)."""
    per_line = max(1, int(width * 0.95) - 1)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _header_text(text: str) -> str:
    """Text for an Excel page header: '&' starts a code there."""
    return excel_text(text).replace("&", "&&")


def _print_setup(ws: Any, content: AnnexContent) -> None:
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = 9                       # A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0                     # as many pages down as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = False
    margins = ws.page_margins
    margins.left = margins.right = 0.5
    margins.top = margins.bottom = 0.75
    margins.header = margins.footer = 0.3
    ws.oddHeader.left.text = _header_text(content.title)
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = "&A"            # the sheet's name
    ws.oddHeader.right.size = 9
    if content.is_draft:
        ws.oddHeader.center.text = _header_text(DRAFT_MARK)
        ws.oddHeader.center.font = "-,Bold"
        ws.oddHeader.center.color = DRAFT_COLOUR
    ws.oddFooter.center.text = "pagina &P van &N"
    ws.oddFooter.center.size = 9


# --- the tables ---------------------------------------------------------------------------
def _uses(option: OptionSection, names: dict[str, str]) -> Iterator[Use]:
    for argument in option.arguments:
        who = ", ".join(names.get(k, k) for k in argument.advisors)
        if not argument.quotes:
            yield Use(option, argument, None, who)
        for quote in argument.quotes:
            yield Use(option, argument, quote, quote.advisor_name or who)


def _quote(get: Callable[[QuoteItem], object]) -> Callable[[Use], object]:
    return lambda use: get(use.quote) if use.quote else None


ARGUMENT_COLUMNS: tuple[Column[Use], ...] = (
    Column("Positie", 12, lambda u: POSITION_TITLES.get(u.argument.position,
                                                        u.argument.position), "short"),
    Column("Argument", 42, lambda u: u.argument.text, wrap=True),
    Column("Adviseur", 18, lambda u: u.advisor_names, "short", wrap=True),
    Column("Citaat", 60, _quote(lambda q: q.exact), wrap=True),
    Column("Bron", 24, _quote(lambda q: q.source_title), "short", wrap=True),
    Column("Vindplaats", 22, _quote(lambda q: q.locator), "short", wrap=True),
    Column("Status citaat", 11, _quote(lambda q: label(QUOTE_STATUS_LABELS, q.status)),
           "short", wrap=True),
    Column("Argument nr.", 10, lambda u: u.argument.number, "number"),
    Column("Citaat nr.", 8, _quote(lambda q: q.number), "number"),
)


def flat_columns(questions: dict[str, str]) -> tuple[Column[Use], ...]:
    """The Pro-contra sheet: the argument columns after the question and option."""
    return (
        Column("Vraag", 9, lambda u: questions.get(u.option.question_key, ""), "short"),
        Column("Optie", 16, lambda u: short_option_label(u.option), "short", wrap=True),
        *ARGUMENT_COLUMNS,
    )


def short_option_label(option: OptionSection) -> str:
    """"1.1 Scenario 1": the number and the title up to its colon (the sheets' headings and
    the Matrix sheet give the full title)."""
    name = option.name.split(":", 1)[0].strip() or option.name
    return f"{option.number} {name}" if option.number else name


def _stance_of(matrix: StanceMatrix, row: StanceRow) -> Any:
    return matrix.cell(row.advisor.key, row.option_key)


def stance_columns(matrix: StanceMatrix) -> tuple[Column[StanceRow], ...]:
    """The Standpunten sheet: one row per advisor and option, the stance in its own column."""
    def stance(row: StanceRow) -> str:
        return stance_label(_stance_of(matrix, row).stance, True, row.advisor.status)

    def how(row: StanceRow) -> str:
        cell = _stance_of(matrix, row)
        if cell.stance is None:
            return ""
        return "afgeleid" if not cell.explicit else "uitdrukkelijk"

    return (
        Column("Adviseur", 22, lambda r: r.advisor.name, "short", wrap=True),
        Column("Soort adviseur", 16, lambda r: label(ADVISOR_KIND_LABELS, r.advisor.kind),
               "short"),
        Column("Vraag", 9, lambda r: r.question, "short"),
        Column("Optie", 16, lambda r: r.option_label, "short", wrap=True),
        Column("Standpunt", 18, stance, "short",
               fill=lambda r: STANCE_FILLS.get(_stance_of(matrix, r).stance or "")),
        Column("Vastgesteld", 14, how, "short"),
        Column("Toelichting", 60, lambda r: _stance_of(matrix, r).note, wrap=True),
        Column("Onderbouwing", 60, lambda r: "\n".join(_stance_of(matrix, r).evidence),
               wrap=True),
    )


SOURCE_COLUMNS: tuple[Column[SourceRow], ...] = (
    Column("Nr.", 6, lambda s: s.number, "number"),
    Column("Document", 50, lambda s: s.title, wrap=True),
    Column("Soort", 20, lambda s: SOURCE_KIND_ADVICE if s.is_advice else SOURCE_KIND_BACKGROUND,
           "short"),
    Column("Adviseur", 26, lambda s: s.advisor_name, "short"),
    Column("Datum", 16, lambda s: s.date, "date"),
    Column("Referentie", 24, lambda s: s.reference, wrap=True),
    Column("Citaten", 9, lambda s: s.quote_count, "number"),
    Column("Bestand", 36, lambda s: s.file_name),
)

AUDIT_COLUMNS: tuple[Column[AuditRow], ...] = (
    Column("Tijdstip", 20, lambda a: a.at, "date"),
    Column("Gebruiker", 14, lambda a: a.os_user, "short"),
    Column("Bewerking", 30, lambda a: a.operation, wrap=True),
    Column("Soort", 12, lambda a: label(RECORD_KIND_LABELS, a.record_kind), "short"),
    Column("Sleutel", 12, lambda a: a.record_key, "short"),
    Column("Detail", 60, lambda a: a.detail, wrap=True),
)


# --- the workbook -------------------------------------------------------------------------
def build_workbook(content: AnnexContent) -> Workbook:
    """The workbook, not yet saved (``.save(path)`` writes it; write-only: save once)."""
    wb = Workbook(write_only=True)
    wb.properties.creator = "Consultation Workbench"
    wb.properties.title = excel_text(content.title)
    names = {a.key: a.name for a in content.matrix.advisors}
    questions = {q.key: q.name for q in content.questions}
    options = content.options()
    _overview(wb, content, options)
    _flat(wb, content, options, names, questions)
    short = [matrix_option_label(content.matrix, o.key, o.title, short=True) for o in options]
    for option, title in zip(options, sheet_names(short), strict=True):
        _option_sheet(wb, content, title, option, names)
    _matrix(wb, content)
    _stances(wb, content, questions)
    sources = _Sheet(wb, "Bronnen", content, (c.width for c in SOURCE_COLUMNS))
    sources.table(SOURCE_COLUMNS, content.sources)
    if content.audit:
        audit = _Sheet(wb, "Audit", content, (c.width for c in AUDIT_COLUMNS))
        audit.table(AUDIT_COLUMNS, content.audit)
    return wb


def _flat(wb: Workbook, content: AnnexContent, options: list[OptionSection],
          names: dict[str, str], questions: dict[str, str]) -> None:
    columns = flat_columns(questions)
    sheet = _Sheet(wb, "Pro-contra", content, (c.width for c in columns))
    sheet.table(columns, (use for o in options for use in _uses(o, names)))


def _option_sheet(wb: Workbook, content: AnnexContent, title: str, option: OptionSection,
                  names: dict[str, str]) -> None:
    sheet = _Sheet(wb, title, content, (c.width for c in ARGUMENT_COLUMNS), lead_rows=2)
    sheet.append([sheet.cells.text(option_heading(option), bold=True, colour="1F3864")])
    sheet.append([sheet.cells.text(option.description)])
    sheet.table(ARGUMENT_COLUMNS, _uses(option, names))


def _matrix(wb: Workbook, content: AnnexContent) -> None:
    """Advisors x options, coloured as the annex's legend; notes are on Standpunten."""
    matrix = content.matrix

    def stance_column(key: str, title: str) -> Column[AdvisorRow]:
        def value(a: AdvisorRow) -> str:
            cell = matrix.cell(a.key, key)
            return stance_label(cell.stance, cell.explicit, a.status)
        return Column(matrix_option_label(matrix, key, title, short=True), 19, value, "short",
                      wrap=True, fill=lambda a: STANCE_FILLS.get(matrix.cell(a.key,
                                                                             key).stance or ""))

    columns: list[Column[AdvisorRow]] = [
        Column("Adviseur", 26, lambda a: a.name, wrap=True),
        Column("Soort", 15, lambda a: label(ADVISOR_KIND_LABELS, a.kind), "short"),
        Column("Status", 12, lambda a: label(ADVISOR_STATUS_LABELS, a.status), "short"),
        Column("Gevraagd op", 15, lambda a: a.asked_on, "date"),
        Column("Ontvangen op", 15, lambda a: a.received_on, "date"),
        *(stance_column(key, title) for key, title in matrix.options),
    ]
    sheet = _Sheet(wb, "Matrix", content, (c.width for c in columns))
    cells = sheet.cells
    sheet.table(columns, matrix.advisors)
    sheet.append([])
    sheet.append([cells.text("Legende", bold=True)])
    legend: list[tuple[str, str, str | None]] = [
        (word, STANCE_EXPLANATIONS[stance], STANCE_FILLS[stance])
        for stance, word in STANCE_LABELS.items()]
    legend += [(f"… ({INFERRED})", INFERRED_EXPLANATION, None),
               (ADVICE_OUTSTANDING, "de adviseur heeft nog geen advies bezorgd", None),
               (ADVICE_DECLINED, "de adviseur heeft laten weten geen advies te geven", None),
               (NO_STANCE, NO_STANCE_EXPLANATION, None)]
    for word, meaning, fill in legend:
        sheet.append([cells.text(word, wrap=True, fill=fill), cells.text(meaning)],
                     [(0, word)])
    sheet.append([])
    sheet.append([cells.text("Opties", bold=True)])
    for option in content.options():
        sheet.append([cells.text(option_heading(option))])


def _stances(wb: Workbook, content: AnnexContent, questions: dict[str, str]) -> None:
    columns = stance_columns(content.matrix)
    sheet = _Sheet(wb, "Standpunten", content, (c.width for c in columns))
    rows = [StanceRow(advisor, o.key, short_option_label(o), questions.get(o.question_key, ""))
            for advisor in content.matrix.advisors for o in content.options()]
    sheet.table(columns, rows)


def stance_counts(content: AnnexContent, option_key: str) -> dict[str, int]:
    """How many advisors take each stance on an option; OUTSTANDING: advice not in yet."""
    counts = dict.fromkeys(COUNTED_STANCES, 0)
    for advisor in content.matrix.advisors:
        stance = content.matrix.cell(advisor.key, option_key).stance
        if stance in counts:
            counts[stance] += 1
        elif stance is None and advisor.status == "asked":
            counts[OUTSTANDING] += 1
    return counts


def _overview(wb: Workbook, content: AnnexContent, options: list[OptionSection]) -> None:
    sheet = _Sheet(wb, "Overzicht", content, (44, 17, *([16] * (len(COUNTED_STANCES) - 1))),
                   lead_rows=None)
    sheet.ws.page_setup.fitToHeight = 1       # one page, charts included
    cells = sheet.cells
    sheet.append([cells.text(content.title, bold=True)])
    if content.reference:
        sheet.append([cells.text("Referentie"), cells.text(content.reference)])
    sheet.append([cells.text("Datum export"), cells.date(content.date)])
    for problem in content.draft_problems:
        sheet.append([cells.text(problem, colour=DRAFT_COLOUR)])
    sheet.append([])
    short = {o.key: matrix_option_label(content.matrix, o.key, o.title, short=True)
             for o in options}

    # table 1: arguments per position per option
    def position_count(position: str) -> Callable[[OptionSection], int]:
        return lambda o: len(o.by_position(position))

    def stance_count(stance: str) -> Callable[[OptionSection], int]:
        return lambda o: counts[o.key][stance]

    arguments: list[Column[OptionSection]] = [
        Column("Optie", 44, lambda o: short[o.key], "short"),
        *(Column(POSITION_TITLES[p], 16, position_count(p), "number") for p in POSITION_ORDER),
    ]
    first, last = sheet.table(arguments, options, main=False)
    sheet.append([])
    # table 2: advisors per stance per option (who supports what, not how long they wrote)
    counts = {o.key: stance_counts(content, o.key) for o in options}
    # column titles, capitalised like "Pro" and "Contra" beside them (the cells say "voorkeur")
    stance_titles = {s: word[:1].upper() + word[1:]
                     for s, word in {**STANCE_LABELS, OUTSTANDING: "nog geen advies"}.items()}
    stances: list[Column[OptionSection]] = [
        Column("Optie", 44, lambda o: short[o.key], "short"),
        *(Column(stance_titles[s], 16, stance_count(s), "number") for s in COUNTED_STANCES),
    ]
    first2, last2 = sheet.table(stances, options, main=False)
    anchor = last2 + 2

    chart = BarChart()
    chart.type = "bar"
    chart.title = "Argumenten per optie"
    chart.x_axis.title = None
    chart.y_axis.title = "aantal argumenten"
    chart.add_data(Reference(sheet.ws, min_col=2, max_col=4, min_row=first, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=first + 1, max_row=last))
    for series, colour in zip(chart.series, ("63BE7B", "F08080", "FFD966"), strict=False):
        series.graphicalProperties = GraphicalProperties(solidFill=colour)
    chart.x_axis.scaling.orientation = "maxMin"      # first option on top, as in the table
    chart.y_axis.majorUnit = 1
    chart.y_axis.number_format = "0"
    # a column of width w is about w / 4 cm wide: column D starts some 19 cm to the right
    chart.width, chart.height = 18, 10
    sheet.ws.add_chart(chart, f"A{anchor}")

    chart2 = BarChart()
    chart2.type = "bar"
    chart2.grouping = "stacked"
    chart2.overlap = 100
    chart2.title = "Standpunten van de adviseurs per optie"
    chart2.y_axis.title = "aantal adviseurs"
    chart2.add_data(Reference(sheet.ws, min_col=2, max_col=1 + len(COUNTED_STANCES),
                              min_row=first2, max_row=last2), titles_from_data=True)
    chart2.set_categories(Reference(sheet.ws, min_col=1, min_row=first2 + 1, max_row=last2))
    for series, stance in zip(chart2.series, COUNTED_STANCES, strict=False):
        fill = STANCE_FILLS.get(stance, "FFFFFF")
        series.graphicalProperties = GraphicalProperties(solidFill=fill)
        series.graphicalProperties.line.solidFill = "808080"
    chart2.x_axis.scaling.orientation = "maxMin"
    chart2.y_axis.majorUnit = 1
    chart2.y_axis.number_format = "0"
    chart2.y_axis.scaling.min = 0
    chart2.width, chart2.height = 20, 10
    sheet.ws.add_chart(chart2, f"D{anchor}")

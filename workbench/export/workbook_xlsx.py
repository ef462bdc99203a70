"""The Excel pro/con workbook, written in openpyxl's write-only (streaming) mode.

Every text cell is written as a string cell (inline string, never a formula), stripped of
characters Excel cannot store and capped at 32,767 characters; text that Excel would read as
a formula when retyped (=, +, -, @, tab...) also gets Excel's "quote prefix" so it stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from workbench.export.atomic import atomic_write
from workbench.export.content import POSITION_TITLES, AnnexContent, OptionSection
from workbench.export.labels import (
    ADVISOR_KIND_LABELS,
    DRAFT_MARK,
    NO_STANCE,
    POSITION_ORDER,
    QUOTE_STATUS_LABELS,
    STANCE_EXPLANATIONS,
    STANCE_FILLS,
    STANCE_LABELS,
    stance_label,
)
from workbench.export.xml_text import excel_text, looks_like_formula

FLAT_HEADER = ("Vraag", "Optie", "Positie", "Argument", "Adviseur", "Citaat", "Bron",
               "Pagina/sectie", "Status", "Argument nr.", "Citaat nr.")
FLAT_WIDTHS = (9, 14, 12, 50, 18, 70, 32, 18, 14, 12, 10)
OPTION_HEADER = FLAT_HEADER[2:]
OPTION_WIDTHS = FLAT_WIDTHS[2:]
RESERVED_SHEETS = ("Overzicht", "Pro-contra", "Standpunten", "Bronnen", "Audit")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


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


class _Cells:
    """Makes cells for one write-only sheet; text always ends up as a string cell."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self._wrap = self._styled(alignment=Alignment(wrap_text=True, vertical="top"))
        self._top = self._styled(alignment=Alignment(vertical="top"))
        self._bold = self._styled(font=Font(bold=True))
        self._memo: dict[str, Any] = {}
        # wrapped text is most cells of the big sheets: register its style once and give
        # those cells a fixed style_id instead of a style lookup per cell when written
        style_id = ws.parent._cell_styles.add(self._wrap)
        self._wrapped = type("WrappedTextCell", (Cell,), {"__slots__": (), "style_id": style_id})

    def _styled(self, **style: Any) -> Any:
        proto = Cell(self.ws, row=1, column=1)
        for name, value in style.items():
            setattr(proto, name, value)
        return proto._style

    def text(self, value: object, wrap: bool = False, bold: bool = False,
             fill: str | None = None) -> Any:
        """A string cell (or the plain str when no styling/guard is needed)."""
        text = excel_text(value)
        guard = looks_like_formula(text)
        if not (wrap or bold or fill or guard):
            return text
        if wrap and not (bold or fill or guard):
            cell = self._wrapped(self.ws, row=1, column=1, style_array=self._wrap)
            cell._value = text
            cell.data_type = "s"
            return cell
        style = self._wrap if wrap else self._bold if bold else self._top
        cell = Cell(self.ws, row=1, column=1, style_array=style)
        cell._value = text
        cell.data_type = "s"
        if guard:
            cell.quotePrefix = True
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        return cell

    def short(self, value: object) -> Any:
        """``text(value)`` memoised: for the few distinct values repeated on many rows."""
        key = value if isinstance(value, str) else str(value)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self.text(key)
        return found

    def header(self, values: Iterable[str]) -> list[Any]:
        return [self.text(v, bold=True) for v in values]


def _setup(ws: Any, widths: Iterable[int]) -> None:
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _quote_rows(cells: _Cells, option: OptionSection, names: dict[str, str],
                prefix: tuple[Any, ...] = ()) -> Iterator[list[Any]]:
    """Rows (prefix +) positie, argument, adviseur, citaat, bron, pagina, status, nrs.

    Values repeated across rows (argument, advisor, source...) are converted once; a cell
    object may be reused across rows because write-only sheets write each row at once.
    """
    text, short = cells.text, cells.short
    lead = [short(v) for v in prefix]
    for argument in option.arguments:
        position = short(POSITION_TITLES.get(argument.position, argument.position))
        head = [*lead, position, text(argument.text, wrap=True)]
        if not argument.quotes:
            who = ", ".join(names.get(k, k) for k in argument.advisors)
            yield [*head, short(who), None, None, None, None, argument.number, None]
        for q in argument.quotes:
            yield [*head, short(q.advisor_name), text(q.exact, wrap=True),
                   short(q.source_title), short(q.locator),
                   short(QUOTE_STATUS_LABELS.get(q.status, q.status)), argument.number,
                   q.number]


def build_workbook(content: AnnexContent) -> Workbook:
    """The workbook, not yet saved (``.save(path)`` writes it; write-only: save once)."""
    wb = Workbook(write_only=True)
    wb.properties.creator = "Consultation Workbench"
    wb.properties.title = excel_text(content.title)
    names = {a.key: a.name for a in content.matrix.advisors}
    options = content.options()
    _overview(wb, content, options)
    _flat(wb, options, names)
    for option, title in zip(options, sheet_names(o.key for o in options), strict=False):
        _option_sheet(wb, title, option, names)
    _matrix(wb, content)
    _sources(wb, content)
    if content.audit:
        _audit(wb, content)
    return wb


def _flat(wb: Workbook, options: list[OptionSection], names: dict[str, str]) -> None:
    ws = wb.create_sheet("Pro-contra")
    cells = _Cells(ws)
    _setup(ws, FLAT_WIDTHS)
    ws.freeze_panes = "A2"
    ws.append(cells.header(FLAT_HEADER))
    count = 0
    for option in options:
        for row in _quote_rows(cells, option, names, (option.question_key, option.key)):
            ws.append(row)
            count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(FLAT_HEADER))}{count + 1}"


def _option_sheet(wb: Workbook, title: str, option: OptionSection,
                  names: dict[str, str]) -> None:
    ws = wb.create_sheet(title)
    cells = _Cells(ws)
    _setup(ws, OPTION_WIDTHS)
    ws.freeze_panes = "A4"
    heading = f"{option.key} – {option.title}" if option.title != option.key else option.key
    ws.append([cells.text(heading, bold=True)])
    ws.append([cells.text(option.description)])
    ws.append(cells.header(OPTION_HEADER))
    count = 0
    for row in _quote_rows(cells, option, names):
        ws.append(row)
        count += 1
    ws.auto_filter.ref = f"A3:{get_column_letter(len(OPTION_HEADER))}{count + 3}"


def _matrix(wb: Workbook, content: AnnexContent) -> None:
    ws = wb.create_sheet("Standpunten")
    cells = _Cells(ws)
    matrix = content.matrix
    _setup(ws, (28, 16, *([18] * len(matrix.options))))
    ws.freeze_panes = "C2"
    ws.append(cells.header(["Adviseur", "Soort", *[key for key, _ in matrix.options]]))
    for advisor in matrix.advisors:
        row = [cells.text(advisor.name), cells.text(ADVISOR_KIND_LABELS.get(advisor.kind,
                                                                            advisor.kind))]
        for key, _title in matrix.options:
            cell = matrix.cell(advisor.key, key)
            label = stance_label(cell.stance)
            text = f"{label} – {cell.note}" if cell.note else label
            row.append(cells.text(text, wrap=bool(cell.note),
                                  fill=STANCE_FILLS.get(cell.stance or "")))
        ws.append(row)
    ws.append([])
    ws.append([cells.text("Opties", bold=True)])
    for key, title in matrix.options:
        ws.append([cells.text(key), cells.text(title)])
    ws.append([])
    ws.append([cells.text("Legende", bold=True)])
    for stance, label in STANCE_LABELS.items():
        ws.append([cells.text(label, fill=STANCE_FILLS[stance]),
                   cells.text(STANCE_EXPLANATIONS[stance])])
    ws.append([cells.text(NO_STANCE), cells.text("geen standpunt vastgelegd")])


def _sources(wb: Workbook, content: AnnexContent) -> None:
    ws = wb.create_sheet("Bronnen")
    cells = _Cells(ws)
    header = ("Nr.", "Adviseur", "Titel", "Datum", "Referentie", "Bestand", "SHA-256",
              "Citaten")
    _setup(ws, (6, 24, 44, 12, 20, 30, 66, 9))
    ws.freeze_panes = "A2"
    ws.append(cells.header(header))
    for s in content.sources:
        ws.append([s.number, cells.text(s.advisor_name), cells.text(s.title, wrap=True),
                   cells.text(s.date or ""), cells.text(s.reference), cells.text(s.file_name),
                   cells.text(s.sha256), s.quote_count])
    ws.auto_filter.ref = f"A1:H{len(content.sources) + 1}"


def _audit(wb: Workbook, content: AnnexContent) -> None:
    ws = wb.create_sheet("Audit")
    cells = _Cells(ws)
    _setup(ws, (20, 14, 12, 14, 14, 60))
    ws.freeze_panes = "A2"
    ws.append(cells.header(("Tijdstip", "Gebruiker", "Bewerking", "Soort", "Sleutel",
                            "Detail")))
    for a in content.audit:
        ws.append([cells.text(a.at), cells.text(a.os_user), cells.text(a.operation),
                   cells.text(a.record_kind), cells.text(a.record_key),
                   cells.text(a.detail, wrap=True)])
    ws.auto_filter.ref = f"A1:F{len(content.audit) + 1}"


def _overview(wb: Workbook, content: AnnexContent, options: list[OptionSection]) -> None:
    ws = wb.create_sheet("Overzicht")
    cells = _Cells(ws)
    _setup(ws, (16, 36, 10, 10, 13))
    row = 1
    ws.append([cells.text(content.title, bold=True)])
    ws.append([cells.text(f"Referentie: {content.reference}"),
               cells.text(f"Export: {content.date} – versie {content.version}")])
    row += 1
    if content.is_draft:
        ws.append([cells.text(DRAFT_MARK, bold=True, fill="FFC7CE")])
        row += 1
        for problem in content.draft_problems:
            ws.append([None, cells.text(problem)])
            row += 1
    ws.append([])
    row += 1
    # table 1: arguments per position per option
    ws.append(cells.header(("Optie", "Titel", *(POSITION_TITLES[p] for p in POSITION_ORDER))))
    first = row + 1
    for option in options:
        counts = [len(option.by_position(p)) for p in POSITION_ORDER]
        ws.append([cells.text(option.key), cells.text(option.title), *counts])
    last = first + len(options)
    chart = BarChart()
    chart.type = "col"
    chart.title = "Argumenten per optie"
    chart.y_axis.title = "Aantal argumenten"
    chart.add_data(Reference(ws, min_col=3, max_col=5, min_row=first, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=last))
    chart.width, chart.height = 18, 9
    ws.add_chart(chart, "G2")
    # table 2: arguments per advisor
    ws.append([])
    ws.append(cells.header(("Adviseur", "Argumenten")))
    first2 = last + 2
    per_advisor: dict[str, int] = {a.key: 0 for a in content.matrix.advisors}
    for option in options:
        for argument in option.arguments:
            for key in argument.advisors:
                per_advisor[key] = per_advisor.get(key, 0) + 1
    names = {a.key: a.name for a in content.matrix.advisors}
    for key, count in per_advisor.items():
        ws.append([cells.text(names.get(key, key)), count])
    last2 = first2 + len(per_advisor)
    chart2 = BarChart()
    chart2.type = "bar"
    chart2.title = "Argumenten per adviseur"
    chart2.legend = None
    chart2.add_data(Reference(ws, min_col=2, min_row=first2, max_row=last2),
                    titles_from_data=True)
    chart2.set_categories(Reference(ws, min_col=1, min_row=first2 + 1, max_row=last2))
    chart2.width, chart2.height = 18, max(6, 1 + 0.6 * len(per_advisor))
    ws.add_chart(chart2, "G22")

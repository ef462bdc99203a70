"""``export_all``: check, build the content once, write each requested deliverable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.checks import CheckReport, run_checks
from workbench.errors import WorkbenchError
from workbench.export.build import build_annex_content, build_communication_content

Progress = Callable[[str, int, int], None]     # (step, done, total)


class ExportBlocked(WorkbenchError):
    """Checks failed and the export was not forced."""

    exit_code = 1

    def __init__(self, report: CheckReport) -> None:
        lines = [f"  {p.message}" for p in report.errors[:20]]
        more = len(report.errors) - 20
        if more > 0:
            lines.append(f"  … and {more} more")
        super().__init__(f"{len(report.errors)} check(s) failed; nothing was exported. Fix "
                         "them, or export anyway with --force (marked DRAFT):\n" + "\n".join(lines))
        self.report = report


@dataclass
class ExportResult:
    written: list[Path] = field(default_factory=list)
    draft: bool = False
    problems: list[str] = field(default_factory=list)


def export_all(project, *, communication: Path | None = None, annex: Path | None = None,
               xlsx: Path | None = None, force: bool = False,
               progress: Progress | None = None) -> ExportResult:
    """Write the requested files (each atomically). Refuses on failed checks unless forced."""
    from workbench.export.annex_docx import write_annex_docx
    from workbench.export.communication_docx import write_communication_docx
    from workbench.export.workbook_xlsx import write_workbook_xlsx

    targets = [(name, Path(path)) for name, path in
               (("annex", annex), ("communication", communication), ("xlsx", xlsx)) if path]
    if not targets:
        raise WorkbenchError("nothing to export: give --annex, --communication and/or --xlsx")
    total = len(targets) + 2
    step = _stepper(progress, total)
    step("check")
    report = run_checks(project, communication=communication is not None)
    if report.errors and not force:
        raise ExportBlocked(report)
    problems = tuple(p.message for p in report.errors)
    step("content")
    content = build_annex_content(project, draft_problems=problems)
    result = ExportResult(draft=bool(problems), problems=list(problems))
    for name, path in targets:
        step(name)
        if name == "annex":
            write_annex_docx(content, path)
        elif name == "communication":
            write_communication_docx(build_communication_content(project, content), path)
        else:
            write_workbook_xlsx(content, path)
        result.written.append(path)
    step("done")
    return result


def _stepper(progress: Progress | None, total: int) -> Callable[[str], None]:
    done = [0]

    def step(name: str) -> None:
        if progress is not None:
            progress(name, done[0], total)
        done[0] += 1

    return step

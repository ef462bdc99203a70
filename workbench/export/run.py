"""``export_all``: check, build the content once, write the requested deliverables together.

All or nothing: every target is checked (not read-only, not open elsewhere) and every file is
written to a temp file before the first target is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.checks import CheckReport, run_checks
from workbench.errors import WorkbenchError
from workbench.export.atomic import StagedWrites
from workbench.export.build import build_annex_content, build_communication_content
from workbench.export.draft_problems import dutch_problems

if TYPE_CHECKING:
    from workbench.project import Project

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


def export_all(project: Project, *, communication: Path | None = None, annex: Path | None = None,
               xlsx: Path | None = None, force: bool = False, with_audit: bool = False,
               progress: Progress | None = None, checks_of: object | None = None,
               cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the requested files, all or none. Refuses on failed checks unless forced.

    ``with_audit`` adds the audit trail (who changed what, with the OS user names) to the
    workbook; it is internal, so a shared workbook leaves it out by default.
    The checks include the whole-file damage scan: ``checks_of`` (the window's project, when
    ``project`` is an export's own read-only one) shares that session's scan, done or under
    way (#15); ``cancelled`` stops a wait for it (``checks.ScanCancelled``).
    """
    from workbench.export.annex_docx import build_annex
    from workbench.export.communication_docx import build_communication
    from workbench.export.workbook_xlsx import build_workbook

    targets = [(name, Path(path)) for name, path in
               (("annex", annex), ("communication", communication), ("xlsx", xlsx)) if path]
    if not targets:
        raise WorkbenchError("nothing to export: give --annex, --communication and/or --xlsx")
    total = len(targets) + 2
    step = _stepper(progress, total)
    with StagedWrites() as staged:
        staged.check([path for _name, path in targets])    # refuse before the slow part
        step("check")
        report = run_checks(project, communication=communication is not None, owner=checks_of,
                            cancelled=cancelled)
        if report.errors and not force:
            raise ExportBlocked(report)
        problems = tuple(p.message for p in report.errors)
        step("content")
        content = build_annex_content(project, with_audit=with_audit)
        if report.errors:
            content.draft_problems = dutch_problems(report.errors, content)
        result = ExportResult(draft=bool(problems), problems=list(problems))
        for name, path in targets:
            step(name)
            if name == "annex":
                staged.add(path, _saver(build_annex, content))
            elif name == "communication":
                staged.add(path, _saver(build_communication,
                                        build_communication_content(project, content)))
            else:
                staged.add(path, _saver(build_workbook, content))
        result.written = staged.commit()
    step("done")
    return result


def _saver(build: Callable[..., Any], content: object) -> Callable[[Path], None]:
    """Build when the temp file is written, so a failure in building is an ExportError too."""
    def save(temp: Path) -> None:
        build(content).save(temp)
    return save


def _stepper(progress: Progress | None, total: int) -> Callable[[str], None]:
    done = [0]

    def step(name: str) -> None:
        if progress is not None:
            progress(name, done[0], total)
        done[0] += 1

    return step

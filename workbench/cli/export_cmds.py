"""export, and the communication's sections (section list|add|set|draft)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    Subparsers,
    command,
    emit,
    group,
    open_project,
    print_json,
    table,
)
from workbench.cli.console import ProgressLine, read_input_text


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.export.atomic import ExportError
    from workbench.export.run import ExportBlocked, export_all

    line = ProgressLine(sys.stderr)

    def progress(step: str, done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            line.show(f"[{done}/{total}] {step}")
            if step == "done":
                line.done()

    try:
        with open_project(args, readonly=True) as project:
            result = export_all(project, communication=args.communication, annex=args.annex,
                                xlsx=args.xlsx, force=args.force, with_audit=args.with_audit,
                                progress=progress)
    except (ExportBlocked, ExportError) as exc:
        if not args.json:
            raise
        # a script reads stdout: the failure is a result too, with what went wrong
        problems = ([p.message for p in exc.report.errors] if isinstance(exc, ExportBlocked)
                    else [str(exc)])
        print_json({"written": [], "draft": False, "error": str(exc).splitlines()[0],
                    "problems": problems})
        return getattr(exc, "exit_code", EXIT_PROBLEM)
    lines = [f"wrote {p}" for p in result.written]
    if result.draft:
        lines.append(f"marked DRAFT: {len(result.problems)} check(s) failed")
    emit(args, {"written": result.written, "draft": result.draft, "problems": result.problems},
         lines)
    return EXIT_OK


def cmd_section_list(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        sections = project.sections()
        rows = [[str(s.id), s.title, f"{len(s.body)} chars"] for s in sections]
        emit(args, sections, lambda: table(rows, ["id", "title", "text"]))
    return EXIT_OK


def cmd_section_add(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        section = project.add_section(args.title, _body(args), index=args.index)
        emit(args, section, [f"added section {section.id}: {section.title}"])
    return EXIT_OK


def cmd_section_set(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        body = _body(args) if (args.body is not None or args.body_file) else None
        section = project.update_section(args.id, title=args.title, body=body)
        emit(args, section, [f"updated section {section.id}: {section.title}"])
    return EXIT_OK


def cmd_section_draft(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        sections = project.draft_from_evidence()
        emit(args, sections, [f"{s.id:>3} {s.title}: {len(s.body)} chars" for s in sections])
    return EXIT_OK


def _body(args: argparse.Namespace) -> str:
    if getattr(args, "body_file", None):
        return read_input_text(args.body_file)     # UTF-16 from PowerShell, cp1252, UTF-8
    return args.body or ""


def register(sub: Subparsers) -> None:
    p = command(sub, "export", "write the Word annex/communication and Excel workbook", cmd_export)
    p.add_argument("--communication", type=Path, metavar="OUT.docx")
    p.add_argument("--annex", type=Path, metavar="OUT.docx")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx")
    p.add_argument("--force", action="store_true",
                   help="export even when checks fail (marked DRAFT - checks failed)")
    p.add_argument("--with-audit", action="store_true",
                   help="add the audit trail (internal: user names, every change) to the workbook")

    section = group(sub, "section", "the communication's sections")
    p = command(section, "list", "list the sections", cmd_section_list)
    p = command(section, "add", "add a section (Markdown with [[quote:N]] references)", cmd_section_add)
    p.add_argument("--title", required=True)
    p.add_argument("--body")
    p.add_argument("--body-file", metavar="FILE.md")
    p.add_argument("--index", type=int, help="0-based position")
    p = command(section, "set", "change a section's title or text", cmd_section_set)
    p.add_argument("id", type=int)
    p.add_argument("--title")
    p.add_argument("--body")
    p.add_argument("--body-file", metavar="FILE.md")
    p = command(section, "draft", "fill empty sections with a first draft from evidence", cmd_section_draft)

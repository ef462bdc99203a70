"""export, and the communication's sections (section list|add|set|draft)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import EXIT_OK, add_file, add_json, emit, open_project, table


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.export.run import export_all

    def progress(step: str, done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            sys.stderr.write(f"\r\033[K[{done}/{total}] {step}")
            if step == "done":
                sys.stderr.write("\n")

    with open_project(args, readonly=True) as project:
        result = export_all(project, communication=args.communication, annex=args.annex,
                            xlsx=args.xlsx, force=args.force, progress=progress)
    lines = [f"wrote {p}" for p in result.written]
    if result.draft:
        lines.append(f"marked DRAFT: {len(result.problems)} check(s) failed")
    emit(args, {"written": result.written, "draft": result.draft, "problems": result.problems},
         lines)
    return EXIT_OK


def cmd_section_list(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        sections = project.sections()
        rows = [[s.id, s.title, f"{len(s.body)} chars"] for s in sections]
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
        return Path(args.body_file).read_text(encoding="utf-8")
    return args.body or ""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write the Word annex/communication and Excel workbook")
    add_file(p)
    p.add_argument("--communication", type=Path, metavar="OUT.docx")
    p.add_argument("--annex", type=Path, metavar="OUT.docx")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx")
    p.add_argument("--force", action="store_true",
                   help="export even when checks fail (marked DRAFT - checks failed)")
    add_json(p)
    p.set_defaults(func=cmd_export)

    section = sub.add_parser("section", help="the communication's sections").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = section.add_parser("list", help="list the sections")
    add_file(p)
    add_json(p)
    p.set_defaults(func=cmd_section_list)
    p = section.add_parser("add", help="add a section (Markdown with [[quote:N]] references)")
    add_file(p)
    p.add_argument("--title", required=True)
    p.add_argument("--body")
    p.add_argument("--body-file", metavar="FILE.md")
    p.add_argument("--index", type=int, help="0-based position")
    add_json(p)
    p.set_defaults(func=cmd_section_add)
    p = section.add_parser("set", help="change a section's title or text")
    add_file(p)
    p.add_argument("id", type=int)
    p.add_argument("--title")
    p.add_argument("--body")
    p.add_argument("--body-file", metavar="FILE.md")
    add_json(p)
    p.set_defaults(func=cmd_section_set)
    p = section.add_parser("draft", help="fill empty sections with a first draft from evidence")
    add_file(p)
    add_json(p)
    p.set_defaults(func=cmd_section_draft)

"""new, info, dossier set, question/option/advisor add|list|set|delete."""

from __future__ import annotations

import argparse
from typing import Any

from workbench.cli.common import EXIT_OK, Subparsers, command, emit, group, open_project, table
from workbench.display import for_display
from workbench.model import ADVISOR_KINDS, ADVISOR_STATUSES, Dossier
from workbench.project import Project


def cmd_new(args: argparse.Namespace) -> int:
    with Project.create(args.file, args.title, args.reference or "") as project:
        emit(args, project.dossier(), [f"created {args.file}: {args.title}"])
    return EXIT_OK


def info_dict(project: Project) -> dict[str, Any]:
    return {
        "file": str(project.path),
        "dossier": project.dossier(),
        "counts": project.counts(),
        "questions": [
            {**vars_(q), "options": project.options(q.key)} for q in project.questions()
        ],
        "advisors": project.advisors(),
        "warnings": list(project.warnings),     # network share, synced folder (#17)
    }


def vars_(record: object) -> dict[str, Any]:
    from workbench.cli.common import to_jsonable

    value: dict[str, Any] = to_jsonable(record)
    return value


def _info_lines(info: dict[str, Any]) -> list[str]:
    d = info["dossier"]
    show = for_display     # names and titles may come from someone else's file
    lines = [show(d.title), f"  reference: {show(d.reference or '-')}",
             *map(show, _communication_lines(d)),
             f"  schema: {d.schema_version}"]
    lines.append("  " + ", ".join(f"{v} {k}s" for k, v in info["counts"].items()))
    for q in info["questions"]:
        lines.append(f"{show(q['key'])}: {show(q['text'])}")
        for o in q["options"]:
            by = f" (proposed by {show(o.proposed_by)})" if o.proposed_by else ""
            lines.append(f"  {show(o.key)}: {show(o.title)}{by}")
    if info["advisors"]:
        lines.append("Advisors:")
        rows = [[show(a.key), show(a.name), a.kind, a.status, a.received_on or ""]
                for a in info["advisors"]]
        lines += ["  " + r for r in table(rows, ["key", "name", "kind", "status", "received"])]
    lines += [f"warning: {w}" for w in info.get("warnings", ())]
    return lines


def _communication_lines(d: Dossier) -> list[str]:
    return [f"  minister: {for_display(d.minister_title or '-')}",
            f"  minister name: {d.minister_name or '-'}",
            f"  communication VR number: {d.vr_number or '- (not assigned yet)'}",
            f"  communication date: {d.communication_date or '-'}"]


def cmd_dossier_set(args: argparse.Namespace) -> int:
    given = {"title": args.title, "reference": args.reference,
             "minister_title": args.minister_title, "minister_name": args.minister_name,
             "vr_number": args.vr_number, "communication_date": args.date}
    with open_project(args) as project:
        project.set_dossier(**given)
        d = project.dossier()
        changed = ", ".join(k for k, v in given.items() if v is not None) or "nothing"
        emit(args, d, [f"updated the dossier ({changed})", d.title,
                       f"  reference: {d.reference or '-'}", *_communication_lines(d)])
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        info = info_dict(project)
        emit(args, info, lambda: _info_lines(info))
    return EXIT_OK


def cmd_question_add(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        q = project.add_question(args.key, args.text)
        emit(args, q, [f"added question {q.key}"])
    return EXIT_OK


def cmd_option_add(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        o = project.add_option(args.question, args.key, args.title,
                               description=args.description or "",
                               proposed_by=args.proposed_by, colour=args.colour or "",
                               patterns=args.pattern or ())
        emit(args, o, [f"added option {o.key} to {o.question_key}"])
    return EXIT_OK


def cmd_advisor_add(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        a = project.add_advisor(args.key, args.name, kind=args.kind, status=args.status,
                                asked_on=args.asked, received_on=args.received)
        emit(args, a, [f"added advisor {a.key}"])
    return EXIT_OK


def cmd_advisor_set(args: argparse.Namespace) -> int:
    fields = {k: getattr(args, k) for k in ("name", "kind", "status") if getattr(args, k)}
    if args.asked is not None:
        fields["asked_on"] = args.asked
    if args.received is not None:
        fields["received_on"] = args.received
    with open_project(args) as project:
        a = project.update_advisor(args.key, **fields)
        emit(args, a, [f"updated advisor {a.key}"])
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        delete = {"question": project.delete_question, "option": project.delete_option,
                  "advisor": project.delete_advisor}[args.kind]
        delete(args.key)
        emit(args, {"deleted": args.key}, [f"deleted {args.kind} {args.key}"])
    return EXIT_OK


def register(sub: Subparsers) -> None:
    register_demo(sub)
    p = command(sub, "new", "create a new dossier file", cmd_new)
    p.add_argument("--title", required=True)
    p.add_argument("--reference")

    p = command(sub, "info", "show the dossier: questions, options, advisors, counts", cmd_info)

    dossier = group(sub, "dossier", "the dossier's header and the communication's formal parts")
    p = command(dossier, "set", "change the title, references, minister or date "
                "(an empty value clears a field)", cmd_dossier_set)
    p.add_argument("--title")
    p.add_argument("--reference", help="reference of the consulted document, e.g. the green "
                   "paper's VR number")
    p.add_argument("--minister-title", metavar="TEXT",
                   help='e.g. "DE VLAAMSE MINISTER VAN ECONOMIE, INNOVATIE, WERK, ..."')
    p.add_argument("--minister-name", metavar="NAME", help='e.g. "Jo BROUNS"')
    p.add_argument("--vr-number", metavar="NUMBER",
                   help="the communication's own VR number (not the green paper's)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the communication's date")

    question = group(sub, "question", "questions put to the advisors")
    p = command(question, "add", "add a question", cmd_question_add)
    p.add_argument("--key", required=True, help="short key, e.g. Q1")
    p.add_argument("--text", required=True)
    p = command(question, "delete", "delete a question and everything under it", cmd_delete, kind="question")
    p.add_argument("key")

    option = group(sub, "option", "options (scenarios) per question")
    p = command(option, "add", "add an option to a question", cmd_option_add)
    p.add_argument("--question", required=True, metavar="KEY")
    p.add_argument("--key", required=True, help="short key, e.g. S1")
    p.add_argument("--title", required=True)
    p.add_argument("--description")
    p.add_argument("--proposed-by", metavar="ADVISOR")
    p.add_argument("--colour", help="highlight colour, e.g. #4e79a7")
    p.add_argument("--pattern", action="append", help="match pattern for suggestions (repeat)")
    p = command(option, "delete", "delete an option with its arguments and stances",
                cmd_delete, kind="option")
    p.add_argument("key")

    advisor = group(sub, "advisor", "advisory bodies asked for advice")
    p = command(advisor, "add", "add an advisory body", cmd_advisor_add)
    p.add_argument("--key", required=True, help="short key, e.g. VARIO")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", choices=ADVISOR_KINDS, default="other")
    p.add_argument("--status", choices=ADVISOR_STATUSES, default="asked")
    p.add_argument("--asked", metavar="YYYY-MM-DD")
    p.add_argument("--received", metavar="YYYY-MM-DD")
    p = command(advisor, "set", "change an advisor's name, kind, status or dates", cmd_advisor_set)
    p.add_argument("key")
    p.add_argument("--name")
    p.add_argument("--kind", choices=ADVISOR_KINDS)
    p.add_argument("--status", choices=ADVISOR_STATUSES)
    p.add_argument("--asked", metavar="YYYY-MM-DD")
    p.add_argument("--received", metavar="YYYY-MM-DD")
    p = command(advisor, "delete", "delete an advisor with their sources and evidence",
                cmd_delete, kind="advisor")
    p.add_argument("key")


def cmd_demo(args: argparse.Namespace) -> int:
    from workbench.demo import build_demo

    with build_demo(args.file) as project:
        info = info_dict(project)
        emit(args, info, [f"created the demo dossier {args.file}", *_info_lines(info)])
    return EXIT_OK


def register_demo(sub: Subparsers) -> None:
    command(sub, "demo", "create the demo dossier (cluster-policy consultation)", cmd_demo)

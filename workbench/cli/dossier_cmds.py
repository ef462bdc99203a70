"""new, info, question/option/advisor add|list|set|delete."""

from __future__ import annotations

import argparse

from workbench.cli.common import EXIT_OK, add_file, add_json, emit, open_project, table
from workbench.model import ADVISOR_KINDS, ADVISOR_STATUSES
from workbench.project import Project


def cmd_new(args: argparse.Namespace) -> int:
    with Project.create(args.file, args.title, args.reference or "") as project:
        emit(args, project.dossier(), [f"created {args.file}: {args.title}"])
    return EXIT_OK


def info_dict(project: Project) -> dict:
    return {
        "file": str(project.path),
        "dossier": project.dossier(),
        "counts": project.counts(),
        "questions": [
            {**vars_(q), "options": project.options(q.key)} for q in project.questions()
        ],
        "advisors": project.advisors(),
    }


def vars_(record: object) -> dict:
    from workbench.cli.common import to_jsonable

    return to_jsonable(record)


def _info_lines(info: dict) -> list[str]:
    d = info["dossier"]
    lines = [f"{d.title}", f"  reference: {d.reference or '-'}", f"  schema: {d.schema_version}"]
    lines.append("  " + ", ".join(f"{v} {k}s" for k, v in info["counts"].items()))
    for q in info["questions"]:
        lines.append(f"{q['key']}: {q['text']}")
        for o in q["options"]:
            by = f" (proposed by {o.proposed_by})" if o.proposed_by else ""
            lines.append(f"  {o.key}: {o.title}{by}")
    if info["advisors"]:
        lines.append("Advisors:")
        rows = [[a.key, a.name, a.kind, a.status, a.received_on or ""] for a in info["advisors"]]
        lines += ["  " + r for r in table(rows, ["key", "name", "kind", "status", "received"])]
    return lines


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
        getattr(project, f"delete_{args.kind}")(args.key)
        emit(args, {"deleted": args.key}, [f"deleted {args.kind} {args.key}"])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    register_demo(sub)
    p = sub.add_parser("new", help="create a new dossier file")
    add_file(p)
    p.add_argument("--title", required=True)
    p.add_argument("--reference")
    add_json(p)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("info", help="show the dossier: questions, options, advisors, counts")
    add_file(p)
    add_json(p)
    p.set_defaults(func=cmd_info)

    question = sub.add_parser("question", help="questions put to the advisors").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = question.add_parser("add", help="add a question")
    add_file(p)
    p.add_argument("--key", required=True, help="short key, e.g. Q1")
    p.add_argument("--text", required=True)
    add_json(p)
    p.set_defaults(func=cmd_question_add)
    p = question.add_parser("delete", help="delete a question and everything under it")
    add_file(p)
    p.add_argument("key")
    add_json(p)
    p.set_defaults(func=cmd_delete, kind="question")

    option = sub.add_parser("option", help="options (scenarios) per question").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = option.add_parser("add", help="add an option to a question")
    add_file(p)
    p.add_argument("--question", required=True, metavar="KEY")
    p.add_argument("--key", required=True, help="short key, e.g. S1")
    p.add_argument("--title", required=True)
    p.add_argument("--description")
    p.add_argument("--proposed-by", metavar="ADVISOR")
    p.add_argument("--colour", help="highlight colour, e.g. #4e79a7")
    p.add_argument("--pattern", action="append", help="match pattern for suggestions (repeat)")
    add_json(p)
    p.set_defaults(func=cmd_option_add)
    p = option.add_parser("delete", help="delete an option with its arguments and stances")
    add_file(p)
    p.add_argument("key")
    add_json(p)
    p.set_defaults(func=cmd_delete, kind="option")

    advisor = sub.add_parser("advisor", help="advisory bodies asked for advice").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = advisor.add_parser("add", help="add an advisory body")
    add_file(p)
    p.add_argument("--key", required=True, help="short key, e.g. VARIO")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", choices=ADVISOR_KINDS, default="other")
    p.add_argument("--status", choices=ADVISOR_STATUSES, default="asked")
    p.add_argument("--asked", metavar="YYYY-MM-DD")
    p.add_argument("--received", metavar="YYYY-MM-DD")
    add_json(p)
    p.set_defaults(func=cmd_advisor_add)
    p = advisor.add_parser("set", help="change an advisor's name, kind, status or dates")
    add_file(p)
    p.add_argument("key")
    p.add_argument("--name")
    p.add_argument("--kind", choices=ADVISOR_KINDS)
    p.add_argument("--status", choices=ADVISOR_STATUSES)
    p.add_argument("--asked", metavar="YYYY-MM-DD")
    p.add_argument("--received", metavar="YYYY-MM-DD")
    add_json(p)
    p.set_defaults(func=cmd_advisor_set)
    p = advisor.add_parser("delete", help="delete an advisor with their sources and evidence")
    add_file(p)
    p.add_argument("key")
    add_json(p)
    p.set_defaults(func=cmd_delete, kind="advisor")


def cmd_demo(args: argparse.Namespace) -> int:
    from workbench.demo import build_demo

    with build_demo(args.file) as project:
        info = info_dict(project)
        emit(args, info, [f"created the demo dossier {args.file}", *_info_lines(info)])
    return EXIT_OK


def register_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="create the demo dossier (cluster-policy consultation)")
    add_file(p)
    add_json(p)
    p.set_defaults(func=cmd_demo)

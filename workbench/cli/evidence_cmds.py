"""quote, argument, stance, suggest, check."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from workbench.checks import run_checks
from workbench.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    Subparsers,
    add_file,
    add_json,
    command,
    emit,
    group,
    open_project,
    table,
)
from workbench.model import POSITIONS, STANCES, Argument, Quote
from workbench.project import Project


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def cmd_quote_add(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        if args.option:
            if not args.position:
                raise_usage("--option needs --position pro|con|condition")
            quote, argument = project.quote_for_option(
                args.source, option=args.option, position=args.position, exact=args.exact,
                occurrence=args.occurrence, argument=args.argument,
                new_argument=args.new_argument, note=args.note or "")
            value = {"quote": quote, "argument": argument}
            lines = [f"quote {quote.number} added to argument {argument.number} "
                     f"({argument.option_key}, {argument.position})"]
        else:
            quote = project.add_quote(args.source, exact=args.exact,
                                      occurrence=args.occurrence, note=args.note or "")
            value, lines = {"quote": quote}, [f"quote {quote.number} added"]
        where = f"p. {quote.page}" if quote.page else " > ".join(quote.heading_path) or "-"
        paragraph = _paragraph(project, quote)
        if paragraph:
            where += f", alinea {paragraph}"
        emit(args, value, [*lines, f"  source {args.source}, {where}: “{_short(quote.exact)}”"])
    return EXIT_OK


def raise_usage(message: str) -> None:
    from workbench.errors import InvalidInput

    raise InvalidInput(message)


def _paragraph(project: Project, quote: Quote) -> int | None:
    """The quote's "alinea N" in its source (#16)."""
    block = project.block_at(project.quote_source_number(quote), quote.start)
    return block.paragraph if block is not None else None


def cmd_quote_list(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        quotes = project.quotes(args.source, args.option)
        rows = [[q.number, project.quote_source_number(q), q.page or "",
                 _paragraph(project, q) or "", q.status, _short(q.exact, 60)] for q in quotes]
        emit(args, quotes, lambda: table(rows, ["#", "source", "page", "alinea", "status",
                                                "text"]))
    return EXIT_OK


def cmd_quote_delete(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        project.delete_quote(args.quote)
        emit(args, {"deleted": int(args.quote)}, [f"deleted quote {args.quote}"])
    return EXIT_OK


def cmd_argument_add(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        arg = project.add_argument(args.option, args.position, args.text, args.quote or ())
        emit(args, arg, [f"argument {arg.number} added to {arg.option_key} ({arg.position})"])
    return EXIT_OK


def _argument_lines(project: Project, arguments: list[Argument]) -> Iterator[str]:
    for a in arguments:
        advisors = ", ".join(project.argument_advisors(a.number)) or "-"
        quotes = ", ".join(map(str, a.quote_numbers)) or "none"
        yield f"{a.number:>4}  {a.option_key:<4} {a.position:<9} {_short(a.text, 60)}"
        yield f"      advisors: {advisors}; quotes: {quotes}"


def cmd_argument_list(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        arguments = project.arguments(args.option, args.position)
        value = [{**vars(a), "advisors": project.argument_advisors(a.number)}
                 for a in arguments]
        emit(args, value, lambda: list(_argument_lines(project, arguments)))
    return EXIT_OK


def cmd_argument_link(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        method = project.link_quotes if args.action == "link" else project.unlink_quotes
        arg = method(args.argument, args.quotes)
        emit(args, arg, [f"argument {arg.number} now has {len(arg.quote_numbers)} quotes"])
    return EXIT_OK


def cmd_argument_move(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        arg = project.move_argument(args.argument, option=args.option, position=args.position,
                                    index=args.index)
        emit(args, arg, [f"argument {arg.number} is now {arg.option_key} {arg.position} "
                         f"#{arg.seq}"])
    return EXIT_OK


def cmd_argument_merge(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        arg = project.merge_arguments(args.target, args.other)
        emit(args, arg, [f"argument {args.other} merged into {arg.number}"])
    return EXIT_OK


def cmd_argument_delete(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        project.delete_argument(args.argument)
        emit(args, {"deleted": int(args.argument)}, [f"deleted argument {args.argument}"])
    return EXIT_OK


def cmd_stance_set(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        stance = project.set_stance(args.advisor, args.option, args.stance, args.quote or (),
                                    args.note or "", explicit=args.explicit)
        how = "stated explicitly" if stance.explicit else "inferred"
        emit(args, stance, [f"{stance.advisor_key} on {stance.option_key}: {stance.stance} "
                            f"({how})"])
    return EXIT_OK


def cmd_stance_list(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        options = [o.key for o in project.options()]
        # An inferred stance is marked with "*": the advisor does not state it in so many words.
        grid = {(s.advisor_key, s.option_key): s.stance + ("" if s.explicit else "*")
                for s in project.stances()}
        rows = [[a.key, *(grid.get((a.key, o), "?") for o in options)]
                for a in project.advisors()]
        footer = ["* inferred by the officer, not stated explicitly by the advisor"]
        emit(args, project.stances(), lambda: [*table(rows, ["advisor", *options]), *(
            footer if any("*" in v for v in grid.values()) else [])])
    return EXIT_OK


def cmd_suggest(args: argparse.Namespace) -> int:
    acting = args.accept or args.reject or args.move or args.not_relevant
    with open_project(args, readonly=args.no_refresh and not acting) as project:
        if acting:
            return _suggest_action(args, project)
        found = project.suggestions(args.option, refresh=not args.no_refresh)

        def lines() -> Iterator[str]:
            for s in found:
                where = f"p. {s.page}" if s.page else " > ".join(s.heading_path)[-40:] or "-"
                alinea = f", alinea {s.paragraph}" if s.paragraph else ""
                yield (f"{s.id:>5}  {s.option_key:<4} {s.score:4.1f}  source {s.source_number}, "
                       f"{where}{alinea}: {s.reason} (machine-made)")
                yield f"       {_short(s.passage, 100)}"
            yield f"{len(found)} open suggestions"

        emit(args, found, lines)
    return EXIT_OK


def _suggest_action(args: argparse.Namespace, project: Project) -> int:
    if args.accept:
        if not args.position:
            raise_usage("--accept needs --position pro|con|condition")
        quote, argument = project.accept_suggestion(
            args.accept, position=args.position, argument=args.argument,
            new_argument=args.new_argument)
        emit(args, {"quote": quote, "argument": argument},
             [f"suggestion {args.accept} accepted: quote {quote.number}, argument "
              f"{argument.number} ({argument.option_key}, {argument.position})"])
    elif args.reject:
        project.dismiss_suggestion(args.reject)
        emit(args, {"rejected": args.reject}, [f"suggestion {args.reject} rejected"])
    elif args.move:
        if not args.to:
            raise_usage("--move needs --to OPTION")
        moved = project.move_suggestion(args.move, args.to)
        emit(args, moved, [f"suggestion {args.move} moved to {moved.option_key} "
                           f"(now suggestion {moved.id})"])
    else:
        project.mark_suggestion_not_relevant(args.not_relevant)
        emit(args, {"not_relevant": args.not_relevant},
             [f"the passage of suggestion {args.not_relevant} is marked not relevant"])
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        report = run_checks(project)

    def lines() -> Iterator[str]:
        for p in report.problems:
            yield f"{p.severity.upper():<8} {p.message}"
        yield f"{len(report.errors)} errors, {len(report.warnings)} warnings; "\
              f"{report.quotes_checked} quotes verified"
        if report.coverage:
            yield "Coverage (paragraphs quoted or marked not relevant):"
            for c in report.coverage:
                yield (f"  source {c.source_number:<3} {c.advisor_key:<6} {c.processed:>4}/"
                       f"{c.paragraphs:<4} {c.share:6.1%}  {_short(c.title, 50)}")

    value = {"ok": report.ok, "errors": len(report.errors), "warnings": len(report.warnings),
             "quotes_checked": report.quotes_checked, "problems": report.problems,
             "coverage": [{**vars(c), "share": round(c.share, 4)} for c in report.coverage]}
    emit(args, value, lines)
    return EXIT_OK if report.ok else EXIT_PROBLEM


def register(sub: Subparsers) -> None:
    quote = group(sub, "quote", "verbatim quotes from the sources")
    p = command(quote, "add", "quote a passage of a source (verbatim)", cmd_quote_add)
    p.add_argument("--source", required=True, metavar="SOURCE")
    p.add_argument("--exact", required=True, metavar="TEXT",
                   help="the passage; spaces, line breaks and line-end hyphens may differ")
    p.add_argument("--occurrence", type=int, metavar="N", help="which match when it occurs "
                   "more than once (1-based)")
    p.add_argument("--note")
    p.add_argument("--option", metavar="KEY", help="use it as evidence for this option")
    p.add_argument("--position", choices=POSITIONS)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--argument", metavar="ID", help="an existing argument")
    which.add_argument("--new-argument", metavar="TEXT", help="a new argument's text")
    p = command(quote, "list", "list quotes", cmd_quote_list)
    p.add_argument("--source", metavar="SOURCE")
    p.add_argument("--option", metavar="KEY")
    p = command(quote, "delete", "delete a quote", cmd_quote_delete)
    p.add_argument("quote", metavar="QUOTE")

    argument = group(sub, "argument", "pro/con arguments per option")
    p = command(argument, "add", "add an argument to an option", cmd_argument_add)
    p.add_argument("--option", required=True, metavar="KEY")
    p.add_argument("--position", required=True, choices=POSITIONS)
    p.add_argument("--text", required=True)
    p.add_argument("--quote", nargs="+", metavar="ID")
    p = command(argument, "list", "list arguments with their advisors and quotes", cmd_argument_list)
    p.add_argument("--option", metavar="KEY")
    p.add_argument("--position", choices=POSITIONS)
    for action in ("link", "unlink"):
        p = argument.add_parser(action, help=f"{action} quotes to an argument")
        add_file(p)
        p.add_argument("argument", metavar="ARGUMENT")
        p.add_argument("quotes", nargs="+", metavar="QUOTE")
        add_json(p)
        p.set_defaults(func=cmd_argument_link)
    p = command(argument, "move", "move an argument to another option/column/place", cmd_argument_move)
    p.add_argument("argument", metavar="ARGUMENT")
    p.add_argument("--option", metavar="KEY")
    p.add_argument("--position", choices=POSITIONS)
    p.add_argument("--index", type=int, help="0-based place within its column")
    p = command(argument, "merge", "merge OTHER into TARGET (quotes kept)", cmd_argument_merge)
    p.add_argument("target", metavar="TARGET")
    p.add_argument("other", metavar="OTHER")
    p = command(argument, "delete", "delete an argument (its quotes stay)", cmd_argument_delete)
    p.add_argument("argument", metavar="ARGUMENT")

    stance = group(sub, "stance", "each advisor's stance per option")
    p = command(stance, "set", "set an advisor's stance on an option", cmd_stance_set)
    p.add_argument("--advisor", required=True, metavar="KEY")
    p.add_argument("--option", required=True, metavar="KEY")
    p.add_argument("--stance", required=True, choices=STANCES)
    p.add_argument("--quote", nargs="+", metavar="ID")
    p.add_argument("--note")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--explicit", dest="explicit", action="store_const", const=True,
                     help="the advisor states this stance (the default for a new stance)")
    how.add_argument("--inferred", dest="explicit", action="store_const", const=False,
                     help="you inferred this stance from the advice; exports say so")
    p = command(stance, "list", "the stance matrix", cmd_stance_list)

    p = command(sub, "suggest", "passages that likely speak about an option", cmd_suggest)
    p.add_argument("--option", metavar="KEY")
    p.add_argument("--no-refresh", action="store_true", help="list stored suggestions only")
    p.add_argument("--accept", type=int, metavar="ID", help="quote the suggested passage")
    p.add_argument("--position", choices=("pro", "con", "condition"))
    p.add_argument("--argument", metavar="N", help="with --accept: an existing argument")
    p.add_argument("--new-argument", metavar="TEXT", help="with --accept: a new argument")
    p.add_argument("--reject", type=int, metavar="ID", help="not about this option")
    p.add_argument("--move", type=int, metavar="ID", help="about another option (--to)")
    p.add_argument("--to", metavar="KEY")
    p.add_argument("--not-relevant", type=int, metavar="ID", help="about no option at all")

    p = command(sub, "check", "checks before submission (exit 1 on errors)", cmd_check)

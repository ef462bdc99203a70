"""Checks before submission: every quote still matches its source, every advice processed."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.store import checks as store

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Problem:
    severity: str              # error / warning / info
    code: str                  # stable identifier, e.g. "quote-changed"
    message: str
    record_kind: str = ""      # where to fix it: quote / argument / advisor / source / stance
    record_key: str = ""


@dataclass(frozen=True)
class SourceCoverage:
    source_number: int
    title: str
    advisor_key: str
    paragraphs: int
    processed: int             # quoted or marked not relevant

    @property
    def share(self) -> float:
        return self.processed / self.paragraphs if self.paragraphs else 1.0


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    coverage: list[SourceCoverage] = field(default_factory=list)
    quotes_checked: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors


def _quote_problems(project) -> tuple[list[Problem], int]:
    checks = project.verify_quotes()
    problems = []
    for c in checks:
        if c.status == "changed":
            problems.append(Problem(
                "error", "quote-changed",
                f"quote {c.quote_number} no longer matches source {c.source_number}: the "
                f"passage now reads “{(c.found or '')[:80]}”", "quote", str(c.quote_number)))
        elif c.status == "lost":
            problems.append(Problem(
                "error", "quote-lost",
                f"quote {c.quote_number} is no longer in source {c.source_number}: "
                f"“{c.exact[:80]}”", "quote", str(c.quote_number)))
        elif c.status == "moved":
            problems.append(Problem(
                "info", "quote-moved", f"quote {c.quote_number} moved within source "
                f"{c.source_number}; re-import or re-anchor to update its page",
                "quote", str(c.quote_number)))
    return problems, len(checks)


def run_checks(project) -> CheckReport:
    """All checks on an open ``Project``; reads only."""
    conn = project.conn
    problems, checked = _quote_problems(project)
    for r in store.arguments_without_quotes(conn):
        problems.append(Problem("error", "argument-without-quote",
                                f"argument {r['number']} ({r['option_key']}, {r['position']}) "
                                f"has no quote: “{r['text'][:60]}”", "argument",
                                str(r["number"])))
    for r in store.received_without_source(conn):
        problems.append(Problem("error", "advice-missing",
                                f"{r['key']} has status received but no source is imported",
                                "advisor", r["key"]))
    for r in store.missing_stances(conn):
        problems.append(Problem("error", "stance-missing",
                                f"{r['advisor_key']} has no stance on {r['option_key']} "
                                f"({r['question_key']}); set one, or 'not-addressed'",
                                "stance", f"{r['advisor_key']}/{r['option_key']}"))
    for r in store.asked_not_received(conn):
        problems.append(Problem("warning", "advice-not-received",
                                f"{r['key']}: advice asked, not received yet", "advisor",
                                r["key"]))
    for r in store.sources_without_quotes(conn):
        problems.append(Problem("warning", "source-unquoted",
                                f"source {r['number']} ({r['advisor_key']}: {r['title'][:50]}) "
                                "has no quote at all", "source", str(r["number"])))
    problems.extend(_communication_problems(project))
    coverage = [SourceCoverage(r["number"], r["title"], r["advisor_key"], r["paragraphs"],
                               r["processed"] or 0) for r in store.coverage(conn)]
    order = {s: i for i, s in enumerate(SEVERITIES)}
    problems.sort(key=lambda p: order[p.severity])
    return CheckReport(problems, coverage, checked)


def _communication_problems(project) -> list[Problem]:
    return [Problem("error", "reference-broken", message, "section", str(section_id))
            for section_id, message in project.broken_references()]

"""Checks before submission: every quote still matches its source, every advice processed."""

from __future__ import annotations

import weakref
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workbench import check_memo
from workbench.messages import Message
from workbench.store import checks as store
from workbench.store import db

if TYPE_CHECKING:
    from workbench.evidence import QuoteCheck
    from workbench.project import Project

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Problem:
    """One finding. ``message`` is a ``workbench.messages.Message`` (the English text the CLI
    prints, with the code and parameters the GUI translates); make one with ``problem()``."""

    severity: str              # error / warning / info
    code: str                  # stable identifier, e.g. "quote-changed"
    message: str
    record_kind: str = ""      # where to fix it: quote / argument / advisor / source / stance
    record_key: str = ""

    @property
    def params(self) -> dict[str, str]:
        """The message's parameters (empty for a plain-text message)."""
        return dict(self.message.params) if isinstance(self.message, Message) else {}

    @property
    def text_code(self) -> str:
        """The code of the message's wording (one problem code may have several wordings)."""
        return self.message.code if isinstance(self.message, Message) else self.code


def problem(severity: str, code: str, record_kind: str = "", record_key: str = "", *,
            wording: str = "", **params: object) -> Problem:
    """A ``Problem`` whose message is the template ``wording`` (default: ``code``) of
    ``workbench.messages.TEMPLATES`` filled with ``params``."""
    return Problem(severity, code, Message(wording or code, **params), record_kind, record_key)


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


def _quote_problems(checks: list[QuoteCheck]) -> tuple[list[Problem], int]:
    problems = []
    for c in checks:
        if c.status == "changed":
            problems.append(problem("error", "quote-changed", "quote", str(c.quote_number),
                                    quote=c.quote_number, source=c.source_number,
                                    found=(c.found or "")[:80]))
        elif c.status == "lost":
            problems.append(problem("error", "quote-lost", "quote", str(c.quote_number),
                                    quote=c.quote_number, source=c.source_number,
                                    exact=c.exact[:80]))
        elif c.status == "moved":
            problems.append(problem("info", "quote-moved", "quote", str(c.quote_number),
                                    quote=c.quote_number, source=c.source_number))
    return problems, len(checks)


def run_checks(project: Project, *, communication: bool = False) -> CheckReport:
    """All checks on an open ``Project``; reads only.

    ``communication``: the communication is about to be exported, so an empty one is an error
    (it would be an empty document); otherwise it is a warning.
    """
    conn = project.conn
    damage = integrity_problems(project)
    if any(p.severity == "error" for p in damage):
        # the other checks read the damaged data and would fail on it: report the damage
        return CheckReport([*damage, problem("info", "checks-skipped", "dossier")], [], 0)
    # only the sources changed since the session's last run are read again (#15)
    quote_checks, coverage_rows = check_memo.quote_checks_and_coverage(project)
    problems, checked = _quote_problems(quote_checks)
    problems.extend(damage)
    for r in store.arguments_without_quotes(conn):
        problems.append(problem("error", "argument-without-quote", "argument", str(r["number"]),
                                number=r["number"], option=r["option_key"],
                                position=r["position"], text=r["text"][:60]))
    for r in store.received_without_source(conn):
        problems.append(problem("error", "advice-missing", "advisor", r["key"],
                                advisor=r["key"]))
    for r in store.missing_stances(conn):
        problems.append(problem("error", "stance-missing", "stance",
                                f"{r['advisor_key']}/{r['option_key']}",
                                advisor=r["advisor_key"], option=r["option_key"],
                                question=r["question_key"]))
    for r in store.asked_not_received(conn):
        problems.append(problem("warning", "advice-not-received", "advisor", r["key"],
                                advisor=r["key"]))
    for r in store.sources_without_quotes(conn):
        problems.append(problem("warning", "source-unquoted", "source", str(r["number"]),
                                source=r["number"], advisor=r["advisor_key"],
                                title=r["title"][:50]))
    problems.extend(_communication_problems(project))
    problems.extend(_mededeling_problems(project, communication))
    coverage = [SourceCoverage(r["number"], r["title"], r["advisor_key"], r["paragraphs"],
                               r["processed"] or 0) for r in coverage_rows]
    order = {s: i for i, s in enumerate(SEVERITIES)}
    problems.sort(key=lambda p: order[p.severity])
    return CheckReport(problems, coverage, checked)


def _communication_problems(project: Project) -> list[Problem]:
    return [Problem("error", "reference-broken", message, "section", str(section_id))
            for section_id, message in project.broken_references()]


def _mededeling_problems(project: Project, exporting: bool) -> list[Problem]:
    """The mededeling's own content and formal parts (#19)."""
    problems = []
    dossier = project.dossier()
    if not any(s.body.strip() for s in project.sections()):
        problems.append(problem("error" if exporting else "warning", "communication-empty",
                                "section"))
    elif not (dossier.minister_title and dossier.minister_name):
        problems.append(problem("warning", "communication-minister-missing", "dossier"))
    if not dossier.vr_number:
        problems.append(problem("warning", "communication-vr-number-missing", "dossier"))
    return problems


# --- the database's own integrity ------------------------------------------------------------


# integrity_problems per open Project: damage comes with the file, so it is read once.
_INTEGRITY: weakref.WeakKeyDictionary[object, tuple[Problem, ...]] = weakref.WeakKeyDictionary()


def integrity_problems(project: Project) -> list[Problem]:
    """SQLite's quick_check, values of the wrong type, malformed JSON, text that is not UTF-8
    and the full-text index, each as a plain problem. Uses connections of its own.

    Damage comes with the file, not from this session's edits (they go through the core's
    rules), so the result is kept for the life of the open ``Project``: the app's checks panel
    and every export after the first do not read a big dossier whole again.
    """
    # The app checks on a worker of its project (a new Project each run, #15): the damage
    # read by one run of the session holds for the next, so it is kept on the session's own.
    owner = project.session
    try:
        cached = _INTEGRITY.get(owner)
    except TypeError:           # an object that cannot be weakly referenced (a test double)
        cached = None
    if cached is not None:
        return list(cached)
    problems = _integrity_problems(project)
    with suppress(TypeError):
        _INTEGRITY[owner] = tuple(problems)
    return problems


def _integrity_problems(project: Project) -> list[Problem]:

    from workbench.errors import WorkbenchError
    from workbench.failures import short
    from workbench.store import connection

    path = project.path
    name = path.name
    try:
        conn = connection.connect_file(path, "ro")
    except db.Error as exc:
        return [problem("error", "database-damaged", "dossier", wording="database-unreadable",
                        name=name, reason=short(exc))]
    problems = []
    try:
        try:
            version = connection.verified_version(conn, path)
            found = store.quick_check(conn)
        except (WorkbenchError, db.DatabaseError) as exc:
            return [problem("error", "database-damaged", "dossier", name=name,
                            reason=short(exc))]
        if found:
            return [problem("error", "database-damaged", "dossier",
                            wording="database-damaged-sqlite", reason=short(found[0], 120))]
        for table, column, count, expected in store.wrong_types(conn, version):
            problems.append(problem("error", "value-wrong-type", table, column, count=count,
                                    table=table, column=column, expected=expected))
        for table, column, count in store.malformed_json(conn):
            problems.append(problem("error", "json-malformed", table, column, count=count,
                                    table=table, column=column))
        conn.text_factory = bytes
        for table, column, count in store.invalid_text(conn, version):
            problems.append(problem("error", "text-not-utf8", table, column, count=count,
                                    table=table, column=column))
    except db.DatabaseError as exc:
        problems.append(problem("error", "database-damaged", "dossier", name=name,
                                reason=short(exc)))
    finally:
        conn.close()
    problems.extend(_search_index_problems(project))
    return problems


def readable_problems(project: Project) -> list[Problem]:
    """The cheap part of ``integrity_problems`` (value types and JSON, one scan per table, the
    big paragraph and text tables left to ``check``): what the app checks when it opens a
    dossier, so damage is a message, not a crash later on."""
    from workbench.failures import short

    conn = project.conn
    version = db.user_version(conn)
    try:
        wrong = store.wrong_types(conn, version, skip=store.BIG_TABLES)
        malformed = store.malformed_json(conn, skip=store.BIG_TABLES)
    except db.DatabaseError as exc:
        return [problem("error", "database-damaged", "dossier", name=project.path.name,
                        reason=short(exc))]
    problems = [problem("error", "value-wrong-type", table, column, count=count, table=table,
                        column=column, expected=expected)
                for table, column, count, expected in wrong]
    problems += [problem("error", "json-malformed", table, column, count=count, table=table,
                         column=column)
                 for table, column, count in malformed]
    return problems


def _search_index_problems(project: Project) -> list[Problem]:
    from workbench import lock as locking
    from workbench.errors import WorkbenchError
    from workbench.failures import short
    from workbench.store import connection, search_index

    if project.readonly:
        holder = locking.read_holder(project.path)
        if holder and not locking.is_stale(holder):
            # the check is an INSERT: it would hold the file's write lock for seconds on a big
            # dossier and make the editor's next change wait; its own check covers it
            return [problem("info", "search-index-unchecked", "dossier",
                            wording="search-index-busy", holder=locking.describe(holder))]
    try:
        if project.readonly:
            found = connection.search_index_problem_read_only(project.path)
        else:
            found = search_index.integrity_problem(project.conn, against_text=True)
    except (db.OperationalError, WorkbenchError) as exc:
        return [problem("info", "search-index-unchecked", "dossier", reason=short(exc, 80))]
    if found is None:
        return []
    return [problem("error", "search-index-damaged", "dossier", reason=short(found, 80))]

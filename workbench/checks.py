"""Checks before submission: every quote still matches its source, every advice processed."""

from __future__ import annotations

import weakref
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workbench import check_memo
from workbench.store import checks as store
from workbench.store import db

if TYPE_CHECKING:
    from workbench.evidence import QuoteCheck
    from workbench.project import Project

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


def _quote_problems(checks: list[QuoteCheck]) -> tuple[list[Problem], int]:
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


def run_checks(project: Project, *, communication: bool = False) -> CheckReport:
    """All checks on an open ``Project``; reads only.

    ``communication``: the communication is about to be exported, so an empty one is an error
    (it would be an empty document); otherwise it is a warning.
    """
    conn = project.conn
    damage = integrity_problems(project)
    if any(p.severity == "error" for p in damage):
        # the other checks read the damaged data and would fail on it: report the damage
        return CheckReport([*damage, Problem(
            "info", "checks-skipped", "the other checks were skipped: they need a sound file",
            "dossier", "")], [], 0)
    # only the sources changed since the session's last run are read again (#15)
    quote_checks, coverage_rows = check_memo.quote_checks_and_coverage(project)
    problems, checked = _quote_problems(quote_checks)
    problems.extend(damage)
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
        problems.append(Problem(
            "error" if exporting else "warning", "communication-empty",
            "the communication has no text yet: draft it from the evidence (Communication tab, "
            "or 'workbench section draft') or write its sections", "section", ""))
    elif not (dossier.minister_title and dossier.minister_name):
        problems.append(Problem(
            "warning", "communication-minister-missing",
            "the communication has no minister's title line or name, so it opens without "
            "'DE VLAAMSE MINISTER VAN ...' and is not signed; add them in Dossier details or "
            "with 'workbench dossier set --minister-title ... --minister-name ...'",
            "dossier", ""))
    if not dossier.vr_number:
        problems.append(Problem(
            "warning", "communication-vr-number-missing",
            "the communication has no VR number of its own yet (the green paper's number is "
            "only the consulted document's reference); add it in Dossier details or with "
            "'workbench dossier set --vr-number' once the secretariat assigns it",
            "dossier", ""))
    return problems


# --- the database's own integrity ------------------------------------------------------------
_RESTORE = ("restore one of your backups (workbench backups FILE) or ask the sender for a new "
            "copy")


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
    owner = getattr(project, "_parent", None) or project
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
        return [Problem("error", "database-damaged", f"{name} cannot be read ({short(exc)}); "
                        + _RESTORE, "dossier", "")]
    problems = []
    try:
        try:
            version = connection.verified_version(conn, path)
            found = store.quick_check(conn)
        except (WorkbenchError, db.DatabaseError) as exc:
            return [Problem("error", "database-damaged", f"{name} is damaged ({short(exc)}); "
                            + _RESTORE, "dossier", "")]
        if found:
            return [Problem("error", "database-damaged", f"the dossier file is damaged (SQLite "
                            f"reports: {short(found[0], 120)}); " + _RESTORE, "dossier", "")]
        for table, column, count, expected in store.wrong_types(conn, version):
            problems.append(Problem(
                "error", "value-wrong-type", f"{count} value(s) in {table}.{column} are not "
                f"{expected} as the workbench writes them; the dossier was changed outside the "
                "workbench or is damaged; " + _RESTORE, table, column))
        for table, column, count in store.malformed_json(conn):
            problems.append(Problem(
                "error", "json-malformed", f"{count} value(s) in {table}.{column} are not the "
                "list the workbench writes (malformed JSON); " + _RESTORE, table, column))
        conn.text_factory = bytes
        for table, column, count in store.invalid_text(conn, version):
            problems.append(Problem(
                "error", "text-not-utf8", f"{count} text value(s) in {table}.{column} are not "
                "valid UTF-8 text; " + _RESTORE, table, column))
    except db.DatabaseError as exc:
        problems.append(Problem("error", "database-damaged", f"{name} is damaged "
                                f"({short(exc)}); " + _RESTORE, "dossier", ""))
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
        return [Problem("error", "database-damaged", f"{project.path.name} is damaged "
                        f"({short(exc)}); " + _RESTORE, "dossier", "")]
    problems = [Problem("error", "value-wrong-type", f"{count} value(s) in {table}.{column} are "
                        f"not {expected} as the workbench writes them; " + _RESTORE, table, column)
                for table, column, count, expected in wrong]
    problems += [Problem("error", "json-malformed", f"{count} value(s) in {table}.{column} are "
                         "malformed JSON; " + _RESTORE, table, column)
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
            return [Problem("info", "search-index-unchecked", "the search index was not checked: "
                            f"the dossier is open for editing by {locking.describe(holder)}",
                            "dossier", "")]
    own = None
    try:
        if project.readonly:
            # FTS5's integrity-check is an INSERT (that writes nothing): it needs a rw connection
            own = connection.connect_file(project.path, "rw", isolation_level=None)
            own.execute("PRAGMA busy_timeout = 2000")
            connection.verified_version(own, project.path)
            own.execute("BEGIN")
            try:
                problem = search_index.integrity_problem(own, against_text=True)
            finally:
                own.execute("ROLLBACK")
        else:
            problem = search_index.integrity_problem(project.conn, against_text=True)
    except (db.OperationalError, WorkbenchError) as exc:
        return [Problem("info", "search-index-unchecked", "the search index was not checked "
                        f"({short(exc, 80)}): the file could not be opened for writing here",
                        "dossier", "")]
    finally:
        if own is not None:
            own.close()
    if problem is None:
        return []
    return [Problem("error", "search-index-damaged", "the search index does not match the "
                    f"paragraphs ({short(problem, 80)}): searches and suggestions may miss or "
                    "mislead; " + _RESTORE, "dossier", "")]

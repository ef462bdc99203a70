"""Checks before submission: every quote still matches its source, every advice processed."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
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
    # the whole-file damage scan's findings are in ``problems`` (False: it had not finished
    # when these checks ran; the app checks again when it has, #15)
    scanned: bool = True

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


def run_checks(project: Project, *, communication: bool = False, scan: bool = True,
               owner: object | None = None, cancelled: Callable[[], bool] | None = None
               ) -> CheckReport:
    """All checks on an open ``Project``; reads only.

    ``communication``: the communication is about to be exported, so an empty one is an error
    (it would be an empty document); otherwise it is a warning.
    ``scan``: include the whole-file damage scan (``damage_scan``, once per session ``owner``,
    waited for when under way; ``cancelled`` as for ``damage_scan``); False: include it only
    when it has finished, and report ``scanned=False`` otherwise (the checks panel runs it
    separately, #15).
    """
    if scan:
        damage: list[Problem] | None = damage_scan(project, owner=owner, cancelled=cancelled)
    else:
        damage = known_damage(project, owner)
    if damage is not None and any(p.severity == "error" for p in damage):
        # the other checks read the damaged data and would fail on it: report the damage
        return CheckReport([*damage, problem("info", "checks-skipped", "dossier")], [], 0)
    if damage is not None:
        return _checks(project, communication, damage)
    try:
        report = _checks(project, communication, [])
    except (db.DatabaseError, ValueError, TypeError) as exc:
        # damage the scan under way will name; until then the checks say what they met
        from workbench.failures import short

        return CheckReport([problem("error", "database-damaged", "dossier",
                                    name=project.path.name, reason=short(exc)),
                            problem("info", "checks-skipped", "dossier")], [], 0, scanned=False)
    report.scanned = False
    return report


def _by_severity(problems: list[Problem]) -> list[Problem]:
    order = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(problems, key=lambda p: order[p.severity])


def _checks(project: Project, communication: bool, damage: list[Problem]) -> CheckReport:
    conn = project.conn
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
    return CheckReport(_by_severity(problems), coverage, checked)


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
# The whole-file damage scan reads every page of the file: seconds to minutes on a big dossier
# (27 s at 2,000 sources, #15). The checks the officer asks for do not wait for it: the app
# runs it separately in the background (``damage_scan`` with progress and cancel) and adds its
# findings when it is done; an export waits for it (``run_checks`` with ``scan=True``).


class ScanCancelled(Exception):
    """The damage scan was cancelled before it finished; nothing is remembered."""


ScanProgress = Callable[[int, int], None]      # (done, total): permille of the scan's work


class _ScanState:
    """One session's damage scan: its result once done, or the scan under way (others wait)."""

    def __init__(self) -> None:
        self.result: tuple[Problem, ...] | None = None
        self.running = False
        self.done = threading.Condition()


# per open Project (the window's): damage comes with the file, so it is read once a session.
_SCANS: weakref.WeakKeyDictionary[object, _ScanState] = weakref.WeakKeyDictionary()
_SCANS_LOCK = threading.Lock()


def _scan_state(owner: object) -> _ScanState | None:
    with _SCANS_LOCK:
        try:
            state = _SCANS.get(owner)
            if state is None:
                state = _SCANS[owner] = _ScanState()
        except TypeError:         # an object that cannot be weakly referenced (a test double)
            return None
        return state


def known_damage(project: Project, owner: object | None = None) -> list[Problem] | None:
    """What this session's damage scan found; None while it has not finished."""
    state = _scan_state(project.session if owner is None else owner)
    if state is None or state.result is None:
        return None
    return list(state.result)


def damage_scan(project: Project, *, progress: ScanProgress | None = None,
                cancelled: Callable[[], bool] | None = None,
                owner: object | None = None) -> list[Problem]:
    """SQLite's quick_check, values of the wrong type, malformed JSON, text that is not UTF-8
    and the full-text index, each as a plain problem. Uses connections of its own.

    Damage comes with the file, not from this session's edits (they go through the core's
    rules), so the result is kept for the life of the session (``owner``, default the
    project's ``session``): the app's checks panel and every export after the first do not
    read a big dossier whole again. A scan of the same session already under way is waited
    for, not run twice. ``cancelled`` returning True stops the scan (``ScanCancelled``),
    also in the middle of one of SQLite's statements.
    """
    owner = project.session if owner is None else owner
    state = _scan_state(owner)
    if state is None:
        return _scanned(project, progress, cancelled)
    with state.done:
        while state.running and state.result is None:
            if cancelled is not None and cancelled():
                raise ScanCancelled()
            state.done.wait(0.2)
        if state.result is not None:
            if progress is not None:
                progress(_SCAN_TOTAL, _SCAN_TOTAL)
            return list(state.result)
        state.running = True
    found: list[Problem] | None = None
    try:
        found = _scanned(project, progress, cancelled)
        return found
    finally:
        with state.done:
            state.running = False
            # a scan through another session's project (an export's read-only one beside
            # the window's) leaves the search index unchecked: it serves, it is not kept
            if found is not None and project.session is owner:
                state.result = tuple(found)
            state.done.notify_all()


def integrity_problems(project: Project) -> list[Problem]:
    """The whole-file damage scan (``damage_scan``), once per session."""
    return damage_scan(project)


_SCAN_TOTAL = 1000
# Shares of the scan's work, measured on the 2,000-source benchmark dossier (#15): the steps'
# progress is reported as they end (SQLite's statements report none of their own).
_SCAN_SHARES = (("quick_check", 100), ("types", 270), ("utf8", 270), ("search", 360))


class _Steps:
    def __init__(self, progress: ScanProgress | None, cancelled: Callable[[], bool] | None
                 ) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.done = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ScanCancelled()

    def advance(self, share: float) -> None:
        self.check()
        self.done = min(_SCAN_TOTAL, self.done + round(share))
        if self.progress is not None:
            self.progress(self.done, _SCAN_TOTAL)

    def interrupt(self, conn: db.Connection) -> None:
        """Let ``cancelled`` stop a long statement of ``conn`` (raises OperationalError)."""
        if self.cancelled is not None:
            cancelled = self.cancelled
            conn.set_progress_handler(lambda: 1 if cancelled() else 0, 20_000)


def _scanned(project: Project, progress: ScanProgress | None,
             cancelled: Callable[[], bool] | None) -> list[Problem]:
    steps = _Steps(progress, cancelled)
    steps.check()
    try:
        problems, whole = _file_problems(project, steps)
        if whole:
            problems.extend(_search_index_problems(project, steps))
    except db.DatabaseError:
        steps.check()             # an interrupted statement: cancelled, not damage
        raise
    steps.advance(_SCAN_TOTAL)
    return problems


def _file_problems(project: Project, steps: _Steps) -> tuple[list[Problem], bool]:
    """The file's problems, and whether the rest of the scan can read it (False: it cannot
    be opened, or SQLite found damage in its pages)."""
    from workbench.errors import WorkbenchError
    from workbench.failures import short
    from workbench.store import connection

    path = project.path
    name = path.name
    shares = dict(_SCAN_SHARES)
    try:
        conn = connection.connect_file(path, "ro")
    except db.Error as exc:
        return [problem("error", "database-damaged", "dossier", wording="database-unreadable",
                        name=name, reason=short(exc))], False
    steps.interrupt(conn)
    problems = []
    try:
        try:
            version = connection.verified_version(conn, path)
            found = store.quick_check(conn)
        except (WorkbenchError, db.DatabaseError) as exc:
            steps.check()
            return [problem("error", "database-damaged", "dossier", name=name,
                            reason=short(exc))], False
        if found:
            return [problem("error", "database-damaged", "dossier",
                            wording="database-damaged-sqlite", reason=short(found[0], 120))], False
        steps.advance(shares["quick_check"])
        checked = _checked_on_opening(project, conn, version)
        for table, column, count, expected in store.wrong_types(conn, version, skip=checked):
            problems.append(problem("error", "value-wrong-type", table, column, count=count,
                                    table=table, column=column, expected=expected))
        for table, column, count in store.malformed_json(conn, skip=checked):
            problems.append(problem("error", "json-malformed", table, column, count=count,
                                    table=table, column=column))
        steps.advance(shares["types"])
        conn.text_factory = bytes
        for table, column, count in store.invalid_text(conn, version):
            problems.append(problem("error", "text-not-utf8", table, column, count=count,
                                    table=table, column=column))
        steps.advance(shares["utf8"])
    except db.DatabaseError as exc:
        steps.check()
        problems.append(problem("error", "database-damaged", "dossier", name=name,
                                reason=short(exc)))
    finally:
        conn.close()
    return problems, True


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
    if not problems:
        with _SCANS_LOCK, suppress(TypeError):
            _OPENED_SOUND[project.session] = True
    return problems


# Sessions whose small tables ``readable_problems`` found sound when the dossier was opened:
# their damage scan reads only the big tables' types again (#15). The session's own edits go
# through the core's rules and cannot make a value of the wrong type; a file from elsewhere
# is a new session and is read whole.
_OPENED_SOUND: weakref.WeakKeyDictionary[object, bool] = weakref.WeakKeyDictionary()


def _checked_on_opening(project: Project, conn: db.Connection, version: int
                        ) -> tuple[str, ...]:
    """The tables the types and JSON scan may leave out: those checked when opening."""
    with _SCANS_LOCK:
        try:
            sound = _OPENED_SOUND.get(project.session, False)
        except TypeError:
            sound = False
    return store.small_tables(conn, version) if sound else ()


def _search_index_problems(project: Project, steps: _Steps | None = None) -> list[Problem]:
    from workbench import lock as locking
    from workbench.errors import WorkbenchError
    from workbench.failures import short
    from workbench.store import connection, search_index

    steps = steps or _Steps(None, None)
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
            conn = project.conn
            steps.interrupt(conn)
            try:
                found = search_index.integrity_problem(conn, against_text=True)
            finally:
                conn.set_progress_handler(None, 0)
                # the check is an INSERT that writes nothing: end its transaction at once,
                # the officer's next edit waits for it otherwise
                if conn.in_transaction:
                    conn.rollback()
    except (db.OperationalError, WorkbenchError) as exc:
        steps.check()
        return [problem("info", "search-index-unchecked", "dossier", reason=short(exc, 80))]
    steps.check()
    if found is None:
        return []
    return [problem("error", "search-index-damaged", "dossier", reason=short(found, 80))]

"""Advice documents in the dossier: import (one transaction per file), text, pages, search."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.base import ProjectBase
from workbench.errors import InvalidInput, NotFound
from workbench.extract import ExtractedDocument, ImportProblem
from workbench.extract import limits as _limits
from workbench.extract.limits import DEFAULT_LIMITS, Limits, describe_bytes
from workbench.extract.worker import ExtractionPool, Outcome
from workbench.messages import Message
from workbench.model import Source, SourceBlock
from workbench.search_query import QueryError, to_fts_query
from workbench.store import db
from workbench.store import dossier as dossier_store
from workbench.store import sources as store
from workbench.store import suggestions as suggestion_store
from workbench.store.sources import SourceMeta
from workbench.structure import check_date

Progress = Callable[[int, int, Path], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class ImportResult:
    file: Path
    source: Source | None = None
    problem: ImportProblem | None = None
    duplicate_of: int | None = None       # source number already holding the same bytes
    replaced: bool = False

    @property
    def ok(self) -> bool:
        return self.source is not None

    def message(self) -> str:
        if self.source is not None:
            verb = "replaced" if self.replaced else "imported"
            pages = f", {self.source.page_count} pages" if self.source.page_count else ""
            return f"{self.file.name}: {verb} as source {self.source.number}{pages}"
        assert self.problem is not None
        return f"{self.file.name}: {self.problem.reason}: {self.problem.message}"


@dataclass(frozen=True)
class SearchHit:
    source_number: int
    advisor_key: str | None
    block_id: int
    kind: str
    start: int
    end: int
    page: int | None
    heading_path: tuple[str, ...]
    snippet: str                          # matches wrapped in [ and ]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class SourceOps(ProjectBase):
    """Mixed into ``Project``."""


    # --- reading ----------------------------------------------------------------------
    # Every source, with the state of the dossier it was read in: opening a dossier of 2,000
    # sources read them twice on the window's thread (its navigator and the reader's list,
    # ~25 ms each, #14); the second read is now a copy of the first.
    _all_sources: tuple[tuple[int, int], list[Source]] | None = None

    def sources(self, advisor: str | None = None) -> list[Source]:
        if advisor:
            return store.sources(self.conn, self.advisor(advisor).id)
        state = suggestion_store.data_state(self.conn)
        if self._all_sources is None or self._all_sources[0] != state:
            self._all_sources = (state, store.sources(self.conn))
        return list(self._all_sources[1])

    def source(self, number: int | str) -> Source:
        found = store.source_by_number(self.conn, _number(number))
        if found is None:
            raise NotFound(Message("not-found-source", number=number))
        return found

    def source_text(self, number: int | str) -> str:
        return store.source_text(self.conn, self.source(number).id)

    def source_blocks(self, number: int | str) -> list[SourceBlock]:
        return store.blocks(self.conn, self.source(number).id)

    def source_file(self, number: int | str) -> bytes:
        return store.source_file(self.conn, self.source(number).id)

    def page_of(self, number: int | str, offset: int) -> int | None:
        return store.page_of(self.conn, self.source(number).id, offset)

    def block_at(self, number: int | str, offset: int) -> SourceBlock | None:
        return store.block_at(self.conn, self.source(number).id, offset)

    # --- import -----------------------------------------------------------------------
    def import_file(self, path: str | Path, advisor: str | None = None, *,
                    title: str | None = None, date: str | None = None,
                    reference: str | None = None, replace: int | str | None = None,
                    data: bytes | None = None, limits: Limits | None = None) -> ImportResult:
        """Import one file (read in a worker process). A bad file gives a result with a problem."""
        return self._import([Path(path)], advisor, title=title, date=date, reference=reference,
                            replace=replace, data=data, limits=limits)[0]

    def import_files(self, paths: Sequence[str | Path], advisor: str | None = None, *,
                     title: str | None = None, date: str | None = None,
                     reference: str | None = None, progress: Progress | None = None,
                     cancel: Cancel | None = None, limits: Limits | None = None
                     ) -> list[ImportResult]:
        """Import a batch; one broken file never stops the others.

        Files are read in parallel by worker processes (``extract/worker.py``) and stored in
        input order. Storing commits every ``COMMIT_SECONDS`` and at the end, one savepoint
        per file. ``progress(done, total, path)`` counts files whose outcome is final: stored
        and committed, or failed. On ``cancel`` the file being read is stopped; the results
        end with the last file committed, so ``len(results) < len(paths)`` after a cancel.
        """
        # A title or reference given for a batch only makes sense for a single file.
        single = len(paths) == 1
        return self._import([Path(p) for p in paths], advisor, date=date,
                            title=title if single else None,
                            reference=reference if single else None,
                            progress=progress, cancel=cancel, limits=limits)

    def _import(self, paths: list[Path], advisor: str | None, *, title: str | None = None,
                date: str | None = None, reference: str | None = None,
                replace: int | str | None = None, data: bytes | None = None,
                progress: Progress | None = None, cancel: Cancel | None = None,
                limits: Limits | None = None) -> list[ImportResult]:
        advisor_id = self.advisor(advisor).id if advisor else None
        date = check_date(date, "date")
        old = self.source(replace) if replace is not None else None
        batch = _Batch(self, paths, advisor_id, title=title, date=date, reference=reference,
                       replace=old, data=data)
        total = len(paths)
        if progress is not None and total:
            progress(0, total, paths[0])
        with ExtractionPool(total, batch.load, limits=limits or _limits.DEFAULT_LIMITS,
                            cancel=cancel) as pool:
            while True:
                try:
                    outcome = pool.next()           # wait outside any transaction
                except StopIteration:
                    break
                assert outcome is not None
                if outcome.problem is not None and outcome.problem.reason == "cancelled":
                    break
                if not batch.needs_storing(outcome):   # failed or duplicate: no transaction
                    batch.save(outcome)
                    group = [outcome.index]
                else:
                    try:
                        group = self._store_group(batch, pool, outcome)
                    except _StorageFailed as failed:
                        batch.fail_from(failed.group, failed.problem)
                        pool.cancel()
                        break
                if progress is not None:
                    done = group[-1] + 1
                    progress(done, total, paths[done] if done < total else Path())
        return batch.finished()

    def _store_group(self, batch: _Batch, pool: ExtractionPool, first: Outcome) -> list[int]:
        """Store outcomes in one transaction until COMMIT_SECONDS pass or none is ready."""
        name = batch.paths[first.index].name
        label, key = f"Import {name}", ""
        if batch.replace is not None:
            label = f"Replace source {batch.replace.number} by {name}"
            key = str(batch.replace.number)
        group: list[int] = []
        try:
            with self.edit(label, "source", key, name) as entry:
                began = time.monotonic()
                outcome: Outcome | None = first
                while outcome is not None:
                    group.append(outcome.index)
                    batch.save(outcome)
                    left = COMMIT_SECONDS - (time.monotonic() - began)
                    if left <= 0:
                        break
                    try:
                        outcome = pool.next(timeout=left)
                    except StopIteration:
                        break
                    if outcome is not None and outcome.problem is not None \
                            and outcome.problem.reason == "cancelled":
                        break
                stored = [(batch.paths[i].name, r.source.number) for i in group
                          if (r := batch.results[i]) is not None and r.source is not None]
                if not stored:
                    raise _NothingStored      # roll back: no audit line for a failed file
                if batch.replace is None:
                    # One audit line per file, as if each had its own edit: a source's history
                    # starts with its import. The edit's own line is the last file's.
                    for file_name, number in stored[:-1]:
                        dossier_store.insert_audit(self.conn, self.os_user,
                                                   f"Import {file_name}", "source", str(number),
                                                   file_name)
                    entry.label = f"Import {stored[-1][0]}"
                    entry.key, entry.detail = str(stored[-1][1]), stored[-1][0]
        except _NothingStored:
            pass
        except _StorageFailed as failed:
            failed.group = group
            raise
        except (db.Error, OSError) as exc:     # the COMMIT itself failed
            raise _StorageFailed(_storage_problem(exc, self.path), group) from exc
        return group

    # --- editing ----------------------------------------------------------------------
    def update_source(self, number: int | str, **fields: object) -> Source:
        """Change any of: title, date, reference, advisor."""
        source = self.source(number)
        row: dict[str, object] = {}
        for name, value in fields.items():
            if name == "advisor":
                row["advisor_id"] = self.advisor(str(value)).id if value else None
            elif name == "date":
                row["date"] = check_date(None if value is None else str(value), "date")
            elif name in ("title", "reference"):
                row[name] = str(value).strip()
            else:
                raise InvalidInput(f"a source has no field {name!r}")
        with self.edit(f"Edit source {source.number}", "source", str(source.number),
                       ", ".join(row)):
            store.update_source(self.conn, source.id, row)
        return self.source(source.number)

    def delete_source(self, number: int | str) -> None:
        source = self.source(number)
        with self.edit(f"Delete source {source.number}", "source", str(source.number)):
            store.delete_source(self.conn, source.id)

    def set_not_relevant(self, block_ids: Iterable[int], flag: bool = True) -> None:
        """Mark paragraphs as processed without a quote ("not relevant"), or unmark them."""
        ids = list(block_ids)
        label = "Mark not relevant" if flag else "Unmark not relevant"
        with self.edit(label, "block", ",".join(map(str, ids[:10]))):
            store.set_not_relevant(self.conn, ids, flag)

    # --- search -----------------------------------------------------------------------
    def search(self, query: str, source: int | str | None = None, limit: int = 50
               ) -> list[SearchHit]:
        """Full-text search over every block; raises InvalidInput for an empty query."""
        try:
            match = to_fts_query(query)
        except QueryError:        # the one refusal: nothing to search for
            raise InvalidInput(Message("search-nothing")) from None
        source_id = self.source(source).id if source is not None else None
        rows = store.search(self.conn, match, source_id, limit)
        return [SearchHit(r.source_number, r.advisor_key, r.block_id, r.kind, r.start, r.end,
                          r.page, r.heading_path, r.snippet) for r in rows]


def _number(value: int | str) -> int:
    try:
        return int(str(value).lstrip("#"))
    except ValueError:
        raise NotFound(Message("not-a-number", value=value, record="source")) from None


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > DEFAULT_LIMITS.max_file_bytes:  # refuse before reading it into memory
            limit = describe_bytes(DEFAULT_LIMITS.max_file_bytes)
            raise ImportProblem("too-large", f"{path.name} is {describe_bytes(size)}, over the "
                                f"{limit} limit", "split the document or ask for a smaller copy")
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportProblem("unsupported", f"{path}: no such file", "check the path") from None
    except IsADirectoryError:
        raise ImportProblem("unsupported", f"{path}: is a folder",
                            "name the files inside it") from None
    except PermissionError:
        raise ImportProblem("unsupported", f"{path}: cannot be read (permission denied)",
                            "copy the file to a folder you can read") from None


COMMIT_SECONDS = 2.0    # an import commits at most this often (each commit costs an fsync)


class _NothingStored(Exception):
    """Every file of a group failed: its transaction is rolled back, nothing is audited."""


class _StorageFailed(Exception):
    """The dossier could not be written: the open group is rolled back, the batch stops."""

    def __init__(self, problem: ImportProblem, group: list[int] | None = None) -> None:
        super().__init__(problem.message)
        self.problem = problem
        self.group = group or []


def _storage_problem(exc: BaseException, dossier: Path) -> ImportProblem:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return ImportProblem(
            "disk-full", f"not stored: the disk that holds {dossier.name} is full; the dossier "
            "is unchanged for this file",
            "free space on that disk (or move the dossier), then import the file again")
    if "readonly" in text or "read-only" in text:
        return ImportProblem(
            "write-failed", f"not stored: {dossier.name} cannot be written (read-only medium or "
            "folder)", "copy the dossier to a folder you can write to, then import again")
    return ImportProblem(
        "write-failed", f"not stored: writing to {dossier.name} failed ({exc}); the dossier is "
        "unchanged for this file", "check the disk or network connection, then import again")


def _is_storage_failure(exc: db.Error) -> bool:
    """Errors of the medium, not of one file: they end the batch (SQLite may have rolled back
    the whole transaction, see sqlite.org/lang_transaction.html, "Response To Errors")."""
    text = str(exc).lower()
    return any(word in text for word in ("full", "disk i/o", "readonly", "read-only",
                                         "no transaction", "locked", "busy", "malformed"))


class _Batch:
    """The files of one import and what became of each."""

    def __init__(self, project: SourceOps, paths: list[Path], advisor_id: int | None, *,
                 title: str | None, date: str | None, reference: str | None,
                 replace: Source | None, data: bytes | None) -> None:
        self.project = project
        self.paths = paths
        self.advisor_id = advisor_id
        self.title, self.date, self.reference = title, date, reference
        self.replace = replace
        self._data = data
        self._pending: dict[int, tuple[bytes, str]] = {}    # index -> (bytes, sha256)
        self.results: list[ImportResult | None] = [None] * len(paths)

    def load(self, index: int) -> tuple[bytes, str] | ImportProblem | None:
        """Called by the pool just before file ``index`` goes to a worker."""
        path = self.paths[index]
        try:
            data = self._data if self._data is not None else _read(path)
        except ImportProblem as problem:
            return problem
        sha = _sha256(data)
        existing = store.source_by_sha(self.project.conn, sha)
        if existing is not None:
            self.results[index] = _duplicate(path, existing)
            return None
        self._pending[index] = (data, sha)
        return data, path.name

    def needs_storing(self, outcome: Outcome) -> bool:
        return (self.results[outcome.index] is None and outcome.problem is None
                and outcome.document is not None and outcome.index in self._pending)

    def save(self, outcome: Outcome) -> None:
        """Store one outcome in its own savepoint; raises _StorageFailed for medium errors."""
        index, path = outcome.index, self.paths[outcome.index]
        pending = self._pending.pop(index, None)
        if self.results[index] is not None:
            return                               # a duplicate, known before extraction
        if outcome.problem is not None or outcome.document is None or pending is None:
            problem = outcome.problem or ImportProblem("crashed", f"'{path.name}' was not read.",
                                                       "import it again")
            self.results[index] = ImportResult(path, problem=problem)
            return
        data, sha = pending
        doc = outcome.document
        conn = self.project.conn
        existing = store.source_by_sha(conn, sha)         # the same file twice in one batch
        if existing is not None:
            self.results[index] = _duplicate(path, existing)
            return
        meta = store.SourceMeta(
            advisor_id=self.advisor_id, title=(self.title or doc.title or path.stem).strip(),
            date=self.date, reference=self.reference or "", file_name=path.name,
            media_type=doc.media_type, sha256=sha, size=len(data),
            text_hash=_sha256(doc.text.encode("utf-8")),
        )
        try:
            with store.savepoint(conn):
                if self.replace is not None:
                    self._replace(meta, doc, data)
                    number = self.replace.number
                else:
                    number = store.source_number(conn, store.insert_source(conn, meta, doc, data))
                # The paragraphs go into the search index at the commit, all files of the
                # group in one statement: indexed per file, each file's savepoint made FTS5
                # write its own index segment and merge them again (a third of what indexing
                # costs, #15). The workers read on meanwhile: they hold files ahead.
            self.results[index] = ImportResult(path, source=self.project.source(number),
                                               replaced=self.replace is not None)
        except db.Error as exc:
            if _is_storage_failure(exc):
                raise _StorageFailed(_storage_problem(exc, self.project.path)) from exc
            self.results[index] = ImportResult(path, problem=ImportProblem(
                "write-failed", f"'{path.name}' could not be stored ({exc}).",
                "Ask the sender for a fresh copy of the file."))

    def _replace(self, meta: SourceMeta, doc: ExtractedDocument, data: bytes) -> None:
        old = self.replace
        assert old is not None
        conn = self.project.conn
        store.replace_content(conn, old.id, meta, doc, data)
        if meta.advisor_id is not None:
            store.update_source(conn, old.id, {"advisor_id": meta.advisor_id})
        self.project.reanchor_quotes(old.number)

    def fail_from(self, group: list[int], problem: ImportProblem) -> None:
        """The group was rolled back: its stored files and every file after it failed."""
        for index in group:
            result = self.results[index]
            if result is None or result.ok:
                self.results[index] = ImportResult(self.paths[index], problem=problem)
        after = (group[-1] + 1) if group else next(
            (i for i, r in enumerate(self.results) if r is None), len(self.paths))
        for index in range(after, len(self.paths)):
            self.results[index] = ImportResult(self.paths[index], problem=ImportProblem(
                problem.reason, f"not imported: the import stopped ({problem.message})",
                problem.hint))

    def finished(self) -> list[ImportResult]:
        """Results of the files that have one, in input order (a cancel cuts the list)."""
        out: list[ImportResult] = []
        for result in self.results:
            if result is None:
                break
            out.append(result)
        return out


def _duplicate(path: Path, existing: Source) -> ImportResult:
    return ImportResult(path, problem=ImportProblem(
        "duplicate", f"the same file is already source {existing.number} ({existing.title})",
        "nothing was imported"), duplicate_of=existing.number)

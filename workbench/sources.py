"""Advice documents in the dossier: import (one transaction per file), text, pages, search."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.base import ProjectBase
from workbench.errors import InvalidInput, NotFound
from workbench.extract import ImportProblem, extract_file
from workbench.extract.limits import DEFAULT_LIMITS, describe_bytes
from workbench.model import Source, SourceBlock
from workbench.search_query import QueryError, to_fts_query
from workbench.store import sources as store
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
    def sources(self, advisor: str | None = None) -> list[Source]:
        advisor_id = self.advisor(advisor).id if advisor else None
        return store.sources(self.conn, advisor_id)

    def source(self, number: int | str) -> Source:
        found = store.source_by_number(self.conn, _number(number))
        if found is None:
            raise NotFound(f"no source number {number}; `workbench sources FILE` lists them")
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
                    data: bytes | None = None) -> ImportResult:
        """Import one file in its own transaction. A bad file gives a result with a problem."""
        path = Path(path)
        advisor_id = self.advisor(advisor).id if advisor else None
        date = check_date(date, "date")
        try:
            if data is None:
                data = _read(path)
            sha = _sha256(data)
            existing = store.source_by_sha(self.conn, sha)
            if existing is not None:
                return ImportResult(path, problem=ImportProblem(
                    "duplicate", f"the same file is already source {existing.number} "
                    f"({existing.title})", "nothing was imported"), duplicate_of=existing.number)
            doc = extract_file(data, path.name)
        except ImportProblem as problem:
            return ImportResult(path, problem=problem)
        meta = store.SourceMeta(
            advisor_id=advisor_id, title=(title or doc.title or path.stem).strip(), date=date,
            reference=reference or "", file_name=path.name, media_type=doc.media_type,
            sha256=sha, size=len(data),
            text_hash=_sha256(doc.text.encode("utf-8")),
        )
        if replace is not None:
            return self._replace(path, self.source(replace), meta, doc, data)
        with self.edit(f"Import {path.name}", "source", "", path.name) as entry:
            source_id = store.insert_source(self.conn, meta, doc, data)
            number = store.source_number(self.conn, source_id)
            entry.key = str(number)
        return ImportResult(path, source=self.source(number))

    def _replace(self, path: Path, old: Source, meta: store.SourceMeta, doc, data: bytes
                 ) -> ImportResult:
        fields = {"advisor_id": meta.advisor_id} if meta.advisor_id is not None else {}
        with self.edit(f"Replace source {old.number} by {path.name}", "source",
                       str(old.number)):
            store.replace_content(self.conn, old.id, meta, doc, data)
            if fields:
                store.update_source(self.conn, old.id, fields)
            self.reanchor_quotes(old.number)
        return ImportResult(path, source=self.source(old.number), replaced=True)

    def import_files(self, paths: Sequence[str | Path], advisor: str | None = None, *,
                     title: str | None = None, date: str | None = None,
                     reference: str | None = None, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> list[ImportResult]:
        """Import a batch; one broken file never stops the others. Stops early on cancel."""
        results = []
        for done, raw in enumerate(paths):
            path = Path(raw)
            if cancel is not None and cancel():
                break
            if progress is not None:
                progress(done, len(paths), path)
            # A title or reference given for a batch only makes sense for a single file.
            single = len(paths) == 1
            results.append(self.import_file(path, advisor, title=title if single else None,
                                            date=date, reference=reference if single else None))
        if progress is not None:
            progress(len(results), len(paths), Path())
        return results

    # --- editing ----------------------------------------------------------------------
    def update_source(self, number: int | str, **fields: object) -> Source:
        """Change any of: title, date, reference, advisor."""
        source = self.source(number)
        row: dict[str, object] = {}
        for name, value in fields.items():
            if name == "advisor":
                row["advisor_id"] = self.advisor(str(value)).id if value else None
            elif name == "date":
                row["date"] = check_date(value, "date")  # type: ignore[arg-type]
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
        except QueryError as exc:
            raise InvalidInput(str(exc)) from None
        source_id = self.source(source).id if source is not None else None
        rows = store.search(self.conn, match, source_id, limit)
        return [SearchHit(r.source_number, r.advisor_key, r.block_id, r.kind, r.start, r.end,
                          r.page, r.heading_path, r.snippet) for r in rows]


def _number(value: int | str) -> int:
    try:
        return int(str(value).lstrip("#"))
    except ValueError:
        raise NotFound(f"{value!r} is not a source number") from None


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

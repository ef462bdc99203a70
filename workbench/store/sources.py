"""SQL for sources: the embedded file, its normalised text, blocks, pages and the FTS index."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from workbench import model
from workbench.extract.document import ExtractedDocument
from workbench.store import changes, records, search_index

_SOURCE_SELECT = """
    SELECT s.*, a.key AS advisor_key FROM source s LEFT JOIN advisor a ON a.id = s.advisor_id
"""


@dataclass(frozen=True)
class SourceMeta:
    advisor_id: int | None
    title: str
    date: str | None
    reference: str
    file_name: str
    media_type: str
    sha256: str
    size: int
    text_hash: str


_SOURCE: dict[str, Any] = {}
# a dossier older than schema 5 opened read-only (so not migrated) has no paragraph numbers
_BLOCK: dict[str, Any] = {"convert": {"heading_path": records.path_tuple, "not_relevant": bool},
                          "optional": ("paragraph",)}


def sources(conn: sqlite3.Connection, advisor_id: int | None = None) -> list[model.Source]:
    if advisor_id is None:
        rows = conn.execute(f"{_SOURCE_SELECT} ORDER BY s.number")
    else:
        rows = conn.execute(f"{_SOURCE_SELECT} WHERE s.advisor_id = ? ORDER BY s.number",
                            (advisor_id,))
    return records.read_all(rows, model.Source, **_SOURCE)


def source_by_number(conn: sqlite3.Connection, number: int) -> model.Source | None:
    return records.read_one(conn.execute(f"{_SOURCE_SELECT} WHERE s.number = ?", (number,)),
                            model.Source, **_SOURCE)


def source_by_sha(conn: sqlite3.Connection, sha256: str) -> model.Source | None:
    return records.read_one(conn.execute(f"{_SOURCE_SELECT} WHERE s.sha256 = ?", (sha256,)),
                            model.Source, **_SOURCE)


def source_text(conn: sqlite3.Connection, source_id: int) -> str:
    row = conn.execute("SELECT text FROM source_text WHERE source_id = ?", (source_id,)).fetchone()
    return row[0] if row else ""


def source_file(conn: sqlite3.Connection, source_id: int) -> bytes:
    row = conn.execute("SELECT data FROM source_file WHERE source_id = ?", (source_id,)).fetchone()
    return bytes(row[0]) if row else b""


def blocks(conn: sqlite3.Connection, source_id: int) -> list[model.SourceBlock]:
    rows = conn.execute("SELECT * FROM block WHERE source_id = ? ORDER BY seq", (source_id,))
    return records.read_all(rows, model.SourceBlock, **_BLOCK)


def block(conn: sqlite3.Connection, block_id: int) -> model.SourceBlock | None:
    return records.read_one(conn.execute("SELECT * FROM block WHERE id = ?", (block_id,)),
                            model.SourceBlock, **_BLOCK)


def block_at(conn: sqlite3.Connection, source_id: int, offset: int) -> model.SourceBlock | None:
    return records.read_one(conn.execute(
        'SELECT * FROM block WHERE source_id = ? AND start <= ? AND "end" > ? '
        "ORDER BY start DESC LIMIT 1", (source_id, offset, offset)), model.SourceBlock, **_BLOCK)


def page_of(conn: sqlite3.Connection, source_id: int, offset: int) -> int | None:
    row = conn.execute(
        'SELECT page FROM page_span WHERE source_id = ? AND start <= ? AND "end" > ? '
        "ORDER BY start DESC LIMIT 1", (source_id, offset, offset)).fetchone()
    if row:
        return int(row[0])
    row = conn.execute(  # an offset in the gap between two pages belongs to the next page
        'SELECT page FROM page_span WHERE source_id = ? AND start > ? ORDER BY start LIMIT 1',
        (source_id, offset)).fetchone()
    return row[0] if row else None


@contextlib.contextmanager
def savepoint(conn: sqlite3.Connection, name: str = "import_file") -> Iterator[None]:
    """Everything inside is kept or undone together, within the open transaction: one file
    of a batch that fails to store costs nothing of the others in the same commit."""
    conn.execute(f'SAVEPOINT "{name}"')
    try:
        yield
    except BaseException:
        # After a disk-full or I/O error SQLite may have rolled back the whole transaction
        # already; then there is no savepoint left to roll back to.
        with contextlib.suppress(sqlite3.Error):
            conn.execute(f'ROLLBACK TO "{name}"')
            conn.execute(f'RELEASE "{name}"')
        raise
    conn.execute(f'RELEASE "{name}"')


def source_number(conn: sqlite3.Connection, source_id: int) -> int:
    return int(conn.execute("SELECT number FROM source WHERE id = ?", (source_id,)).fetchone()[0])


def insert_source(conn: sqlite3.Connection, meta: SourceMeta, doc: ExtractedDocument,
                  data: bytes) -> int:
    number = records.next_number(conn, "source")
    cur = conn.execute(
        "INSERT INTO source (uuid, number, advisor_id, title, date, reference, file_name, "
        "media_type, sha256, size, page_count, text_hash, version, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
        (records.new_uuid(), number, meta.advisor_id, meta.title, meta.date, meta.reference,
         meta.file_name, meta.media_type, meta.sha256, meta.size, doc.page_count,
         meta.text_hash, records.now()),
    )
    source_id = records.inserted_id(cur)
    conn.execute("INSERT INTO source_file (source_id, data) VALUES (?, ?)", (source_id, data))
    _insert_content(conn, source_id, doc)
    if meta.advisor_id is not None:
        # The advice is in: an advisor still marked "asked" would keep the check saying it
        # has not arrived. The date it arrived is left to the officer (no document says it).
        conn.execute("UPDATE advisor SET status = 'received' WHERE id = ? AND status = 'asked'",
                     (meta.advisor_id,))
    return source_id


def replace_content(conn: sqlite3.Connection, source_id: int, meta: SourceMeta,
                    doc: ExtractedDocument, data: bytes) -> None:
    """A new version of a source: new bytes, text and blocks; quotes stay (re-anchored later)."""
    conn.execute("DELETE FROM block WHERE source_id = ?", (source_id,))
    conn.execute("DELETE FROM page_span WHERE source_id = ?", (source_id,))
    conn.execute("DELETE FROM source_text WHERE source_id = ?", (source_id,))
    conn.execute("UPDATE source_file SET data = ? WHERE source_id = ?", (data, source_id))
    conn.execute(
        "UPDATE source SET file_name = ?, media_type = ?, sha256 = ?, size = ?, page_count = ?, "
        "text_hash = ?, version = version + 1, imported_at = ? WHERE id = ?",
        (meta.file_name, meta.media_type, meta.sha256, meta.size, doc.page_count,
         meta.text_hash, records.now(), source_id),
    )
    _insert_content(conn, source_id, doc)


def _insert_content(conn: sqlite3.Connection, source_id: int, doc: ExtractedDocument) -> None:
    conn.execute("INSERT INTO source_text (source_id, text) VALUES (?, ?)", (source_id, doc.text))
    paths: dict[tuple[str, ...], str] = {}   # the blocks under one heading share its path
    rows: list[tuple[object, ...]] = []
    text = doc.text
    paragraph = 0                       # "alinea N": the Nth non-heading block (#16)
    last_path: tuple[str, ...] | None = None
    path_json = "[]"
    for seq, b in enumerate(doc.blocks):
        if b.heading_path is not last_path:    # mostly the same object as the block before's
            last_path = b.heading_path
            found = paths.get(last_path)
            if found is None:
                found = paths[last_path] = json.dumps(list(last_path), ensure_ascii=False)
            path_json = found
        if b.kind == "heading":
            number = None
        else:
            paragraph += 1
            number = paragraph
        rows.append((source_id, seq, b.kind, b.level, b.start, b.end, b.page, path_json, b.ref,
                     0, text[b.start:b.end], number))
    # A document's paragraphs and page spans go on the undo log as one entry each, not one
    # per row (#15): the import inserts them all, and an undo deletes them all. The columns
    # are the table's own, in its order, so the undo log digests the rows as given.
    # The search index notes them as one range of ids, indexed at the commit (#15).
    with search_index.noted_together(conn, source_id):
        changes.insert_together(conn, "block", source_id, _BLOCK_COLUMNS, rows)
    changes.insert_together(conn, "page_span", source_id, _PAGE_SPAN_COLUMNS,
                            [(source_id, p.page, p.start, p.end) for p in doc.pages])


_BLOCK_COLUMNS = ("source_id", "seq", "kind", "level", "start", "end", "page", "heading_path",
                  "ref", "not_relevant", "text", "paragraph")
_PAGE_SPAN_COLUMNS = ("source_id", "page", "start", "end")


def update_source(conn: sqlite3.Connection, source_id: int, fields: dict[str, Any]) -> None:
    for column, value in fields.items():
        conn.execute(f"UPDATE source SET {records.column_of('source', column)} = ? WHERE id = ?",
                     (value, source_id))


def set_not_relevant(conn: sqlite3.Connection, block_ids: Iterable[int], flag: bool) -> None:
    conn.executemany("UPDATE block SET not_relevant = ? WHERE id = ?",
                     ((int(flag), b) for b in block_ids))


@dataclass(frozen=True)
class SearchRow:
    block_id: int
    source_id: int
    source_number: int
    advisor_key: str | None
    kind: str
    start: int
    end: int
    page: int | None
    heading_path: tuple[str, ...]
    snippet: str
    rank: float


RANK_WINDOW = 2000


def search(conn: sqlite3.Connection, match: str, source_id: int | None, limit: int,
           mark: tuple[str, str] = ("[", "]")) -> list[SearchRow]:
    """Best-ranked blocks first (bm25).

    Ranking scores every match before the top ``limit`` come out: ~100 ms for a word found in
    35,000 paragraphs. So when more than RANK_WINDOW paragraphs match, the ranking runs over
    the first RANK_WINDOW of them in dossier order (a rowid bound FTS5 applies while reading
    the index): under 10 ms, and a word that common is refined by adding another anyway.
    """
    where = "block_fts MATCH ?"
    args: list[object] = [match]
    if source_id is not None:
        where += " AND b.source_id = ?"
        args.append(source_id)
    join = " JOIN block b ON b.id = block_fts.rowid" if source_id is not None else ""
    window = conn.execute(f"SELECT block_fts.rowid FROM block_fts{join} WHERE {where} "
                          f"LIMIT {RANK_WINDOW + 1}", args).fetchall()
    if len(window) > RANK_WINDOW:
        where += " AND block_fts.rowid <= ?"
        args.append(window[RANK_WINDOW - 1][0])
    sql = (
        "SELECT b.id AS block_id, b.source_id, s.number AS source_number, a.key AS advisor_key, "
        "b.kind, b.start, b.\"end\", b.page, b.heading_path, "
        "snippet(block_fts, 0, ?, ?, '…', 16) AS snippet, block_fts.rank AS rank "
        "FROM block_fts JOIN block b ON b.id = block_fts.rowid "
        "JOIN source s ON s.id = b.source_id LEFT JOIN advisor a ON a.id = s.advisor_id "
        f"WHERE {where} ORDER BY block_fts.rank LIMIT ?"
    )
    return records.read_all(conn.execute(sql, [mark[0], mark[1], *args, limit]), SearchRow,
                            convert={"heading_path": records.path_tuple})


def delete_source(conn: sqlite3.Connection, source_id: int) -> None:
    conn.execute("DELETE FROM source WHERE id = ?", (source_id,))

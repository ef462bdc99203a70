"""What every extractor returns: one normalised text plus its structure.

Offsets are Python string indices into ``ExtractedDocument.text``; ``end`` is exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_cell", "footnote", "endnote")


@dataclass(frozen=True)
class Block:
    kind: str                      # one of BLOCK_KINDS
    start: int
    end: int
    level: int | None = None       # heading level (1 = top), list nesting level
    page: int | None = None        # 1-based physical page where the block starts (PDF only)
    heading_path: tuple[str, ...] = ()   # titles of the enclosing headings, outermost first
    ref: str | None = None         # footnote/endnote id; "r{row}c{col}" for table cells


@dataclass(frozen=True)
class PageSpan:
    page: int                      # 1-based physical page
    start: int
    end: int


@dataclass
class ExtractedDocument:
    text: str
    blocks: list[Block]
    media_type: str
    page_count: int | None = None
    pages: list[PageSpan] = field(default_factory=list)   # PDFs only, ordered, non-overlapping
    title: str | None = None       # from document metadata or the first heading, if any

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]


class ImportProblem(Exception):
    """A file that cannot be imported, with a reason class a user can act on."""

    REASONS = (
        "empty", "wrong-format", "corrupt", "encrypted", "no-text-layer",
        "too-large", "unsafe", "unsupported", "duplicate",
        # the reader was stopped (worker process, #13)
        "timeout", "out-of-memory", "crashed", "cancelled",
        # the dossier could not be written (#13)
        "disk-full", "write-failed",
    )

    def __init__(self, reason: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.hint = hint

    def __reduce__(self) -> tuple[type[ImportProblem], tuple[str, str, str]]:
        # Crosses the pipe from the extraction worker (pickle): keep all three fields.
        return (type(self), (self.reason, self.message, self.hint))

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message

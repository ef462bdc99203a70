"""What the views of a dossier being opened read first, read ahead off the GUI thread (#14).

Opening the 2,000-source dossier froze the window ~0.2 s while its views read their data on
the window's connection: the sources (the navigator and the reader's list), the stance
matrix's stances, the reader's first document and its quotes. These are read on a worker
connection while the opening's check runs there anyway (``MainWindow._show_if_damaged``, the
event loop turning meanwhile), and handed to the views through ``Session.first_reads`` while
they load the new dossier; they are dropped once the views have loaded it, so every later
reload reads the dossier as it is then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench import Project


@dataclass
class FirstReads:
    sources: list[Any]
    stances: list[Any]
    source: int | None = None            # the source the reader shows first (the list's first)
    blocks: list[Any] = field(default_factory=list)
    filing: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    quotes: list[Any] = field(default_factory=list)

    def of_source(self, number: int | None) -> bool:
        """Whether the reader's reads of ``number`` are here."""
        return number is not None and number == self.source


def read_first(project: Project) -> FirstReads:
    """On a worker connection of the dossier being opened (``project.worker()``)."""
    sources = project.sources()
    reads = FirstReads(sources=sources, stances=project.stances())
    if sources:
        number = sources[0].number
        reads.source = number
        reads.blocks = project.source_blocks(number)
        reads.filing = project.quote_filing(number)
        reads.quotes = project.quotes(source=number)
    return reads

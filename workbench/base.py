"""What the parts of ``Project`` share: its connection, ``edit`` and each other's lookups (#18).

``Project`` is assembled from feature classes (``StructureOps``, ``SourceOps``, ``EvidenceOps``,
``SuggestionOps``, ``DeletionOps``, ``CommunicationOps``). Each derives from ``ProjectBase``,
which declares, for the type checker only, what one part may call of another, so a renamed or
removed method is a type error instead of an ``AttributeError`` at run time. At run time the
declarations do not exist: the methods come from ``Project`` and the feature classes.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from workbench.model import Advisor, Argument, Option, Quote, Source
    from workbench.store.db import Connection


@dataclass
class AuditEntry:
    """What the audit trail records for one operation (set ``key`` once a record exists)."""

    label: str
    kind: str
    key: str
    detail: str


class ProjectBase:
    """The typed common ground of ``Project`` and its feature classes."""

    if TYPE_CHECKING:
        path: Path
        readonly: bool
        os_user: str                      # the audit trail's "who"

        @property
        def conn(self) -> Connection: ...

        def edit(self, label: str, kind: str = "", key: str = "", detail: str = ""
                 ) -> AbstractContextManager[AuditEntry]: ...

        def yield_to_edits(self, timeout: float = 10.0) -> None: ...

        def sources(self, advisor: str | None = None) -> list[Source]: ...

        def source(self, number: int | str) -> Source: ...

        def advisor(self, key: str) -> Advisor: ...

        def options(self, question_key: str | None = None) -> list[Option]: ...

        def option(self, key: str) -> Option: ...

        def reanchor_quotes(self, source: int | str) -> dict[str, int]: ...

        def quote_for_option(self, source: int | str, *, option: str, position: str,
                             exact: str | None = None, start: int | None = None,
                             end: int | None = None, occurrence: int | None = None,
                             argument: int | str | None = None, new_argument: str | None = None,
                             note: str = "", origin: str = "manual") -> tuple[Quote, Argument]: ...

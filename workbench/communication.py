"""The communication ("mededeling"): ordered sections of the officer's Markdown prose.

Live references ([[quote:12]], [[argument:5]], [[overview:S3]], [[matrix]], [[advisors]]) are
resolved at export time, so generated parts never go stale and prose is never overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from workbench.base import ProjectBase
from workbench.errors import InvalidInput, NotFound
from workbench.model import Section
from workbench.store import communication as store

if TYPE_CHECKING:
    from workbench.project import Project

DEFAULT_SECTIONS = (
    "Samenvatting",
    "Situering",
    "Ingewonnen adviezen",
    "Overzicht per scenario",
    "Standpunten van de adviesinstanties",
    "Nieuwe strategische thema's (Q2)",
    "Conclusie",
)


class CommunicationOps(ProjectBase):
    """Mixed into ``Project``."""


    def sections(self) -> list[Section]:
        return store.sections(self.conn)

    def section(self, section_id: int) -> Section:
        for s in self.sections():
            if s.id == section_id:
                return s
        raise NotFound(f"no section {section_id}")

    def add_section(self, title: str, body: str = "", index: int | None = None) -> Section:
        if not title.strip():
            raise InvalidInput("a section needs a title")
        count = len(self.sections())
        seq = count + 1 if index is None else max(1, min(index + 1, count + 1))
        with self.edit(f"Add section {title}", "section", title):
            section_id = store.insert_section(self.conn, title.strip(), body, seq)
        return self.section(section_id)

    def update_section(self, section_id: int, *, title: str | None = None,
                       body: str | None = None) -> Section:
        current = self.section(section_id)
        fields = {k: v for k, v in (("title", title), ("body", body)) if v is not None}
        with self.edit(f"Edit section {current.title}", "section", str(section_id),
                       ", ".join(fields)):
            store.update_section(self.conn, section_id, **fields)
        return self.section(section_id)

    def move_section(self, section_id: int, index: int) -> None:
        ids = [s.id for s in self.sections() if s.id != self.section(section_id).id]
        ids.insert(max(0, min(index, len(ids))), section_id)
        with self.edit("Move section", "section", str(section_id)):
            store.renumber(self.conn, ids)

    def delete_section(self, section_id: int) -> None:
        current = self.section(section_id)
        with self.edit(f"Delete section {current.title}", "section", str(section_id)):
            store.delete_section(self.conn, section_id)

    def ensure_default_sections(self) -> list[Section]:
        """The skeleton of a mededeling, when the communication is still empty."""
        if not self.sections():
            with self.edit("Create the communication's sections", "section", "*"):
                for seq, title in enumerate(DEFAULT_SECTIONS, start=1):
                    store.insert_section(self.conn, title, "", seq)
        return self.sections()

    def draft_from_evidence(self) -> list[Section]:
        """Fill every EMPTY section with a first version from the evidence; prose stays."""
        from workbench.drafting import draft_bodies

        self.ensure_default_sections()
        drafts = draft_bodies(cast("Project", self))   # a part of Project, never alone
        with self.edit("Draft from evidence", "section", "*"):
            for s in self.sections():
                if not s.body.strip() and drafts.get(s.title):
                    store.update_section(self.conn, s.id, body=drafts[s.title])
        return self.sections()

    def broken_references(self) -> list[tuple[int, str]]:
        """(section id, message) for each live reference that points at nothing."""
        from workbench.export.markdown_refs import find_references

        found = [(s, ref) for s in self.sections() for ref in find_references(s.body)]
        wanted: dict[str, set[object]] = {kind: {_num(r.target) if kind != "overview" else r.target
                         for _s, r in found if r.kind == kind}
                  for kind in ("quote", "argument", "overview")}
        existing = {
            "quote": self._existing("quote", "number", wanted["quote"]),
            "argument": self._existing("argument", "number", wanted["argument"]),
            "overview": self._existing("option", "key", wanted["overview"]),
        }
        out = []
        for s, ref in found:
            if ref.kind in existing:
                target = ref.target if ref.kind == "overview" else _num(ref.target)
                if target not in existing[ref.kind]:
                    out.append((s.id, f"section “{s.title}” refers to {ref.kind} "
                                      f"{ref.target}, which does not exist"))
        return out

    def _existing(self, table: str, column: str, values: set[object]) -> set[object]:
        return store.existing(self.conn, table, column, values)


def _num(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None

"""The communication ("mededeling"): ordered sections of the officer's Markdown prose.

Live references ([[quote:12]], [[argument:5]], [[overview:S3]], [[matrix]], [[advisors]]) are
resolved at export time, so generated parts never go stale and prose is never overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from workbench.base import ProjectBase
from workbench.errors import InvalidInput, NotFound
from workbench.messages import Message
from workbench.model import Section
from workbench.store import communication as store

if TYPE_CHECKING:
    from workbench.export.markdown_refs import Reference
    from workbench.project import Project


class CommunicationOps(ProjectBase):
    """Mixed into ``Project``."""


    def sections(self) -> list[Section]:
        return store.sections(self.conn)

    def section(self, section_id: int) -> Section:
        for s in self.sections():
            if s.id == section_id:
                return s
        raise NotFound(Message("not-found-number", record="section", number=section_id))

    def add_section(self, title: str, body: str = "", index: int | None = None) -> Section:
        if not title.strip():
            raise InvalidInput(Message("section-needs-title"))
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
        """The skeleton of a mededeling (the titles "draft from evidence" fills), when the
        communication is still empty."""
        from workbench.drafting import draft_sections

        if not self.sections():
            titles = [title for title, _body in draft_sections(cast("Project", self))]
            with self.edit("Create the communication's sections", "section", "*"):
                for seq, title in enumerate(titles, start=1):
                    store.insert_section(self.conn, title, "", seq)
        return self.sections()

    def draft_from_evidence(self) -> list[Section]:
        """Fill every EMPTY section with a first version from the evidence; prose stays.

        With no text yet (no sections, or only empty ones such as an older skeleton), the
        whole draft replaces them; otherwise sections are matched by title, so a section the
        officer wrote keeps its text.
        """
        from workbench.drafting import draft_sections

        drafts = draft_sections(cast("Project", self))   # a part of Project, never alone
        with self.edit("Draft from evidence", "section", "*"):
            existing = self.sections()
            if not any(s.body.strip() for s in existing):
                for s in existing:
                    store.delete_section(self.conn, s.id)
                for seq, (title, body) in enumerate(drafts, start=1):
                    store.insert_section(self.conn, title, body, seq)
            else:
                by_title = dict(drafts)
                for s in existing:
                    if not s.body.strip() and by_title.get(s.title):
                        store.update_section(self.conn, s.id, body=by_title[s.title])
        return self.sections()

    def broken_references(self) -> list[tuple[int, Message]]:
        """(section id, message) for each live reference that would not render: an unknown
        kind, a generated block inside a sentence, or a target that does not exist."""
        # every reference is written "[[...]]": a text without one is not parsed (nor the
        # Markdown parser imported, ~0.1 s of a session's first checks, #15)
        sections = [s for s in self.sections() if "[[" in s.body]
        if not sections:
            return []
        from workbench.export.markdown_refs import find_references, shape_problem

        found = [(s, ref) for s in sections for ref in find_references(s.body)]
        wanted: dict[str, set[object]] = {
            kind: {_num(r.target) if kind != "overview" else _option_key(r.target)
                   for _s, r in found if r.kind == kind}
            for kind in ("quote", "argument", "overview")}
        existing = {
            "quote": self._existing("quote", "number", wanted["quote"]),
            "argument": self._existing("argument", "number", wanted["argument"]),
            "overview": self._existing("option", "key", wanted["overview"]),
        }
        out = []
        for s, ref in found:
            if shape_problem(ref):
                out.append((s.id, _shape_message(ref, s.title)))
            elif ref.kind in existing:
                target = _option_key(ref.target) if ref.kind == "overview" else _num(ref.target)
                if target not in existing[ref.kind]:
                    out.append((s.id, Message("reference-missing", section=s.title,
                                              record=ref.kind, target=ref.target)))
        return out

    def _existing(self, table: str, column: str, values: set[object]) -> set[object]:
        return store.existing(self.conn, table, column, values)


def _num(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _option_key(target: str) -> str:
    """``S3`` from ``S3`` or ``Q1/S3``."""
    return target.rsplit("/", 1)[-1]


def _shape_message(ref: Reference, section: str) -> Message:
    """Why a reference cannot render whatever the dossier holds (the check's wording; the
    document's red marker says it in Dutch). Never the reference as typed: check messages end
    up in a forced export's DRAFT block."""
    from workbench.export.markdown_refs import BLOCK_KINDS, INLINE_KINDS

    where = {"section": section, "line": ref.line}
    typed = ref.raw[2:-2].strip()
    if ref.kind not in INLINE_KINDS + BLOCK_KINDS:
        if typed:
            return Message("reference-unknown", typed=typed, **where)
        return Message("reference-empty", **where)
    if ref.kind in BLOCK_KINDS and not ref.standalone:
        return Message("reference-not-alone", record=ref.kind, **where)
    if not ref.target:
        return Message("reference-no-target", record=ref.kind, **where)
    return Message("reference-not-number", record=ref.kind, target=ref.target, **where)

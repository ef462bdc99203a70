"""Random edits, imports, re-imports, deletes, undos and redos against a simple model (#18).

After every step the dossier passes ``PRAGMA integrity_check`` and its foreign keys hold, no
quote is anchored on text that differs from its exact text, and the dossier matches the model.
Writes outside the undo history (a re-import with ``replace``, an import) either clear the
history, as the GUI does, or are left in its way: then an undo over them must be refused and
change nothing. Undoing everything returns the state where the history began; redoing it all
returns the state before.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from workbench import Project
from workbench.errors import UndoConflict
from workbench.store.changes import Changeset

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
FILES = ("vario-advies-36.txt", "parlementaire-vraag-clusterpacten.txt",
         "speerpuntclusters-memorandum-2024.md")
PASSAGES = {
    "vario-advies-36.txt": ("Toekomst van het Vlaamse clusterbeleid", "transformatief innovatiebeleid"),
    "parlementaire-vraag-clusterpacten.txt": ("Clusterpacten", "speerpuntclusters"),
    "speerpuntclusters-memorandum-2024.md": ("Memorandum 2024", "speerpuntclusters"),
}


@dataclass(frozen=True)
class Model:
    """What the officer expects: sources by number (file name), quotes by number (source, note)."""

    sources: dict[int, str] = field(default_factory=dict)
    quotes: dict[int, tuple[int, str]] = field(default_factory=dict)


def snapshot(project: Project) -> dict[str, list[tuple]]:
    conn = project.conn
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'block_fts%' AND name NOT IN ('audit', 'number_counter')")]
    return {n: sorted(tuple(r) for r in conn.execute(f'SELECT * FROM "{n}"')) for n in names}


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cwb-undo-"))
        self.project = Project.create(self.folder / "d.cwb", "Groenboek")
        # Durability across power cuts is tested elsewhere; here it only costs an fsync a step.
        self.project.conn.execute("PRAGMA synchronous = OFF")
        self.model = Model()
        self.history: list[tuple[Changeset, Model]] = []    # undo stack: change, model before
        self.redos: list[tuple[Changeset, Model]] = []      # redo stack: change, model before
        self.start = snapshot(self.project)
        self.start_model = self.model
        self.outside = False      # a write outside the history since it began, left in its way
        self.version = 0

    def teardown(self) -> None:
        self.project.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- helpers --------------------------------------------------------------------------
    def _did(self, before: Model) -> None:
        self.history.append((self.project.last_change, before))
        self.redos.clear()

    def _forget(self) -> None:
        """What the GUI does after a write outside the undo history."""
        self.history.clear()
        self.redos.clear()
        self.start = snapshot(self.project)
        self.start_model = self.model
        self.outside = False

    # --- edits on the history -------------------------------------------------------------
    @initialize(note=st.sampled_from(["", "kern"]))
    def a_quoted_source(self, note: str) -> None:
        self.import_source(FILES[0])
        self.add_quote_to(min(self.model.sources), 0)
        if note:
            self.set_note_of(min(self.model.quotes), note)

    @precondition(lambda self: len(self.model.sources) < len(FILES))
    @rule(name=st.sampled_from(FILES))
    def import_source(self, name: str) -> None:
        if name in self.model.sources.values():
            return
        before = self.model
        result = self.project.import_file(DEMO / name)
        assert result.ok, result.message()
        self.model = replace(before, sources={**before.sources, result.source.number: name})
        self._did(before)

    @precondition(lambda self: self.model.sources)
    @rule(data=st.data(), which=st.integers(0, 1))
    def add_quote(self, data: st.DataObject, which: int) -> None:
        self.add_quote_to(data.draw(st.sampled_from(sorted(self.model.sources))), which)

    def add_quote_to(self, number: int, which: int) -> None:
        exact = PASSAGES[self.model.sources[number]][which]
        before = self.model
        quote = self.project.add_quote(number, exact=exact, occurrence=1)
        self.model = replace(before, quotes={**before.quotes, quote.number: (number, "")})
        self._did(before)

    @precondition(lambda self: self.model.quotes)
    @rule(data=st.data(), note=st.sampled_from(["kern", "pro", "contra", ""]))
    def set_note(self, data: st.DataObject, note: str) -> None:
        self.set_note_of(data.draw(st.sampled_from(sorted(self.model.quotes))), note)

    def set_note_of(self, number: int, note: str) -> None:
        before = self.model
        self.project.set_quote_note(number, note)
        self.model = replace(before, quotes={**before.quotes, number: (before.quotes[number][0], note)})
        self._did(before)

    @precondition(lambda self: self.model.quotes)
    @rule(data=st.data())
    def delete_quote(self, data: st.DataObject) -> None:
        number = data.draw(st.sampled_from(sorted(self.model.quotes)))
        before = self.model
        self.project.delete_quote(number)
        self.model = replace(before, quotes={k: v for k, v in before.quotes.items() if k != number})
        self._did(before)

    @precondition(lambda self: self.model.sources)
    @rule(data=st.data())
    def delete_source(self, data: st.DataObject) -> None:
        number = data.draw(st.sampled_from(sorted(self.model.sources)))
        before = self.model
        self.project.delete_source(number)
        self.model = replace(
            before, sources={k: v for k, v in before.sources.items() if k != number},
            quotes={k: v for k, v in before.quotes.items() if v[0] != number})
        self._did(before)

    # --- writes outside the history -------------------------------------------------------
    @precondition(lambda self: self.model.sources)
    @rule(data=st.data(), clear=st.booleans())
    def reimport_with_replace(self, data: st.DataObject, clear: bool) -> None:
        number = data.draw(st.sampled_from(sorted(self.model.sources)))
        name = self.model.sources[number]
        self.version += 1
        corrected = self.folder / f"v{self.version}-{name}"
        corrected.write_text(f"Versie {self.version}: een nieuwe alinea vooraan.\n\n"
                             + (DEMO / name).read_text(encoding="utf-8"), encoding="utf-8")
        assert self.project.import_file(corrected, replace=number).ok
        if clear:
            self._forget()
        else:
            self.outside = True

    # --- undo and redo --------------------------------------------------------------------
    @precondition(lambda self: self.history)
    @rule()
    def undo(self) -> None:
        change, before = self.history.pop()
        state = snapshot(self.project)
        try:
            back = self.project.revert(change)
        except UndoConflict:
            assert snapshot(self.project) == state          # refused: nothing changed
            event("undo refused")
            self._forget()
            return
        self.redos.append((back, self.model))
        self.model = before

    @precondition(lambda self: self.redos)
    @rule()
    def redo(self) -> None:
        change, before = self.redos.pop()
        state = snapshot(self.project)
        try:
            again = self.project.revert(change)
        except UndoConflict:
            assert snapshot(self.project) == state
            event("redo refused")
            self._forget()
            return
        self.history.append((again, self.model))
        self.model = before

    @precondition(lambda self: self.history)
    @rule()
    def undo_all_then_redo_all(self) -> None:
        """Undo-all returns the first state (unless a write outside the history left in its
        way changed some of it: then only the redo half must hold); redo-all the last one."""
        end, end_model, redos = snapshot(self.project), self.model, []
        while self.history:
            change, before = self.history.pop()
            try:
                redos.append((self.project.revert(change), self.model))
            except UndoConflict:
                self._forget()                     # a re-import was in the way: the GUI clears
                return
            self.model = before
        assert self.model == self.start_model
        if not self.outside:
            assert snapshot(self.project) == self.start
            event("undo-all reached the first state")
        while redos:
            change, after = redos.pop()
            self.history.append((self.project.revert(change), self.model))
            self.model = after
        assert snapshot(self.project) == end and self.model == end_model

    # --- what must hold after every step --------------------------------------------------
    @invariant()
    def dossier_is_sound(self) -> None:
        conn = self.project.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not conn.execute("PRAGMA foreign_key_check").fetchall()

    @invariant()
    def no_quote_sits_on_other_text(self) -> None:
        checks = {c.quote_number: c.status for c in self.project.verify_quotes()}
        for quote in self.project.quotes():
            assert checks[quote.number] in ("ok", "moved"), quote     # its text is still there
            if quote.status == "ok":              # said to sit on its text: it must
                assert checks[quote.number] == "ok", quote

    @invariant()
    def dossier_matches_the_model(self) -> None:
        assert {s.number for s in self.project.sources()} == set(self.model.sources)
        assert {q.number: (q.source_id, q.note) for q in self.project.quotes()} == {
            n: (self._source_id(source), note) for n, (source, note) in self.model.quotes.items()}

    def _source_id(self, number: int) -> int:
        return self.project.source(number).id


UndoMachine.TestCase.settings = settings(
    max_examples=16, stateful_step_count=25, deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],     # shrinking is unbounded in time
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_random_edits_undos_and_outside_writes = UndoMachine.TestCase

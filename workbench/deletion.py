"""Safe deletion: say what a deletion takes with it before the user confirms it.

Deleting itself is ``delete_question``/``delete_option``/``delete_advisor``/``delete_source``,
one undoable operation each (``project.revert(project.last_change)`` brings every dependent row
back). ``deletion_impact`` lets the GUI and CLI ask "this also deletes 3 arguments and
2 stances; continue?" first.
"""

from __future__ import annotations

from workbench.base import ProjectBase
from workbench.errors import InvalidInput, NotFound
from workbench.messages import Message
from workbench.store import impact as store


class DeletionOps(ProjectBase):
    """Mixed into ``Project``; relies on its ``conn``."""


    def deletion_impact(self, kind: str, key: str | int) -> dict[str, int]:
        """What deleting the question/option/advisor/source ``key`` would delete with it.

        Returns counts for options, arguments, quotes, stances, sources and suggestions,
        including the record itself (deleting option S1 counts ``options: 1``). Options an
        advisor proposed are kept (they lose their proposer); arguments lose the quotes of a
        deleted source but stay.
        """
        if kind not in store.KINDS:
            raise InvalidInput(f"cannot delete a {kind!r}; one of: {', '.join(store.KINDS)}")
        value: str | int = key
        if kind == "source":
            try:
                value = int(key)
            except ValueError:
                raise InvalidInput(f"a source is named by its number, not {key!r}") from None
        record = store.record_id(self.conn, kind, value)
        if record is None:
            raise NotFound(Message("not-found-record", record=kind, key=key))
        return store.impact(self.conn, kind, record)

"""The consultation's structure: questions, the options per question, the advisory bodies."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from workbench.base import ProjectBase
from workbench.errors import InvalidInput, NotFound
from workbench.messages import Message
from workbench.model import ADVISOR_KINDS, ADVISOR_STATUSES, Advisor, Option, Question
from workbench.store import dossier as store
from workbench.store.db import Connection

_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.+-]{0,31}$")


def check_key(key: str, what: str) -> str:
    key = key.strip()
    if not _KEY.match(key):
        raise InvalidInput(Message("key-invalid", record=what, key=key))
    return key


def check_date(value: str | None, what: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InvalidInput(Message("date-invalid", field=what, value=value)) from None


def _choice(value: str, allowed: Iterable[str], what: str) -> str:
    if value not in allowed:
        raise InvalidInput(Message("choice-invalid", field=what, value=value,
                                   allowed=", ".join(allowed)))
    return value


class StructureOps(ProjectBase):
    """Mixed into ``Project``; relies on its ``conn`` and ``edit``."""

    # --- questions --------------------------------------------------------------------
    def questions(self) -> list[Question]:
        return store.questions(self.conn)

    def question(self, key: str) -> Question:
        found = store.question(self.conn, key)
        if found is None:
            raise NotFound(Message("not-found-key", record="question", key=key))
        return found

    def add_question(self, key: str, text: str) -> Question:
        key = self._free_key(store.question, check_key(key, "question"))
        if not text.strip():
            raise InvalidInput(Message("question-needs-text"))
        with self.edit(f"Add question {key}", "question", key):
            store.insert_question(self.conn, key, text.strip())
        return self.question(key)

    def update_question(self, key: str, *, text: str | None = None,
                        new_key: str | None = None) -> Question:
        current = self.question(key)
        fields: dict[str, object] = {}
        if text is not None:
            fields["text"] = text.strip()
        if new_key is not None and new_key != key:
            fields["key"] = self._free_key(store.question, check_key(new_key, "question"))
        with self.edit(f"Edit question {key}", "question", key, ", ".join(fields)):
            store.update_row(self.conn, "question", current.id, fields)
        return self.question(str(fields.get("key", key)))

    def delete_question(self, key: str) -> None:
        current = self.question(key)
        with self.edit(f"Delete question {key}", "question", key):
            store.delete_row(self.conn, "question", current.id)

    # --- options ----------------------------------------------------------------------
    def options(self, question_key: str | None = None) -> list[Option]:
        return store.options(self.conn, question_key)

    def option(self, key: str) -> Option:
        found = store.option(self.conn, key)
        if found is None:
            raise NotFound(Message("not-found-key", record="option", key=key))
        return found

    def add_option(self, question_key: str, key: str, title: str, *, description: str = "",
                   proposed_by: str | None = None, colour: str = "",
                   patterns: Iterable[str] = ()) -> Option:
        question = self.question(question_key)
        key = self._free_key(store.option, check_key(key, "option"))
        if not title.strip():
            raise InvalidInput(Message("option-needs-title"))
        proposer = self.advisor(proposed_by).id if proposed_by else None
        with self.edit(f"Add option {key}", "option", key):
            store.insert_option(self.conn, question.id, key, title.strip(), description,
                                proposer, colour, [p for p in patterns if p.strip()])
        return self.option(key)

    def update_option(self, key: str, **fields: object) -> Option:
        """Change any of: title, description, colour, patterns, proposed_by, key, question."""
        import json

        current = self.option(key)
        row: dict[str, object] = {}
        for name, value in fields.items():
            if name == "patterns":
                patterns = value if isinstance(value, (list, tuple)) else [value]
                row["patterns"] = json.dumps([str(p) for p in patterns], ensure_ascii=False)
            elif name == "proposed_by":
                row["proposed_by"] = self.advisor(str(value)).id if value else None
            elif name == "question":
                row["question_id"] = self.question(str(value)).id
            elif name == "key":
                if value != key:
                    row["key"] = self._free_key(store.option, check_key(str(value), "option"))
            elif name in ("title", "description", "colour"):
                row[name] = str(value)
            else:
                raise InvalidInput(f"an option has no field {name!r}")
        with self.edit(f"Edit option {key}", "option", key, ", ".join(row)):
            store.update_row(self.conn, "option", current.id, row)
        return self.option(str(row.get("key", key)))

    def delete_option(self, key: str) -> None:
        current = self.option(key)
        with self.edit(f"Delete option {key}", "option", key):
            store.delete_row(self.conn, "option", current.id)

    # --- advisors ---------------------------------------------------------------------
    def advisors(self) -> list[Advisor]:
        return store.advisors(self.conn)

    def advisor(self, key: str) -> Advisor:
        found = store.advisor(self.conn, key)
        if found is None:
            raise NotFound(Message("not-found-key", record="advisor", key=key))
        return found

    def add_advisor(self, key: str, name: str, *, kind: str = "other", status: str = "asked",
                    asked_on: str | None = None, received_on: str | None = None) -> Advisor:
        key = self._free_key(store.advisor, check_key(key, "advisor"))
        if not name.strip():
            raise InvalidInput(Message("advisor-needs-name"))
        _choice(kind, ADVISOR_KINDS, "kind")
        _choice(status, ADVISOR_STATUSES, "status")
        with self.edit(f"Add advisor {key}", "advisor", key):
            store.insert_advisor(self.conn, key, name.strip(), kind, status,
                                 check_date(asked_on, "asked_on"),
                                 check_date(received_on, "received_on"))
        return self.advisor(key)

    def update_advisor(self, key: str, **fields: object) -> Advisor:
        """Change any of: name, kind, status, asked_on, received_on, key."""
        current = self.advisor(key)
        row: dict[str, object] = {}
        for name, value in fields.items():
            if name == "kind":
                row[name] = _choice(str(value), ADVISOR_KINDS, "kind")
            elif name == "status":
                row[name] = _choice(str(value), ADVISOR_STATUSES, "status")
            elif name in ("asked_on", "received_on"):
                row[name] = check_date(None if value is None else str(value), name)
            elif name == "name":
                row[name] = str(value).strip()
            elif name == "key":
                if value != key:
                    row["key"] = self._free_key(store.advisor, check_key(str(value), "advisor"))
            else:
                raise InvalidInput(f"an advisor has no field {name!r}")
        with self.edit(f"Edit advisor {key}", "advisor", key, ", ".join(row)):
            store.update_row(self.conn, "advisor", current.id, row)
        return self.advisor(str(row.get("key", key)))

    def delete_advisor(self, key: str) -> None:
        current = self.advisor(key)
        with self.edit(f"Delete advisor {key}", "advisor", key):
            store.delete_row(self.conn, "advisor", current.id)

    def _free_key(self, lookup: Callable[[Connection, str], object], key: str) -> str:
        if lookup(self.conn, key) is not None:
            raise InvalidInput(Message("key-in-use", key=key))
        return key

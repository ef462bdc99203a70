"""The core's messages are codes with parameters a GUI can translate (#14)."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from ui.messages import placeholders
from workbench import Project
from workbench.checks import run_checks
from workbench.messages import AUDIT, TEMPLATES, Message, dutch, fields, parse
from workbench.messages_nl import DUTCH


def test_every_code_has_a_dutch_wording_with_the_same_parameters() -> None:
    assert set(DUTCH) == set(TEMPLATES)
    for code, english in TEMPLATES.items():
        assert placeholders(str(DUTCH[code])) == sorted(set(fields(english))), code


def test_a_message_is_its_english_text_and_keeps_its_code() -> None:
    message = Message("advice-not-received", advisor="SERV")
    assert message == "SERV: advice asked, not received yet"
    assert (message.code, message.params) == ("advice-not-received", {"advisor": "SERV"})
    for twin in (copy.copy(message), pickle.loads(pickle.dumps(message))):
        assert twin == message and twin.code == message.code and twin.params == message.params


@pytest.mark.parametrize("code", sorted(AUDIT))
def test_each_audit_text_is_read_back_as_its_code(code: str) -> None:
    values = {name: f"{name.upper()} 7" for name in fields(AUDIT[code])}
    found = parse(str(Message(code, **values)))
    assert found is not None and (found.code, found.params) == (code, values)


def test_every_check_and_history_entry_of_the_demo_has_a_code(demo_path: Path) -> None:
    with Project.open(demo_path) as project:
        project.update_option("S3", title="Anders")
        project.set_stance("VARIO", "S3", "preferred")
        argument = project.add_argument("S3", "con", "Te duur")
        project.delete_argument(argument.number)
        project.revert(project.last_change)
        report = run_checks(project)
        assert report.problems
        assert all(isinstance(p.message, Message) and p.message.code in TEMPLATES
                   for p in report.problems)
        unread = [row["operation"] for row in project.audit() if parse(row["operation"]) is None]
        assert unread == []


def test_the_dutch_documents_word_history_entries_in_dutch() -> None:
    assert dutch("Undo: Set stance of VARIO on S3") == \
        "Ongedaan gemaakt: Standpunt van VARIO over S3 vastgelegd"
    assert dutch("Add pro argument to S3") == "Argument (pro) toegevoegd bij S3"
    assert dutch("something typed by hand") == "something typed by hand"


def test_the_exported_audit_trail_is_dutch(demo_path: Path) -> None:
    from workbench.export.build import build_annex_content

    with Project.open(demo_path) as project:
        project.set_stance("VARIO", "S3", "preferred")
        content = build_annex_content(project, with_audit=True)
    operations = [row.operation for row in content.audit]
    assert "Demodossier opgebouwd" in operations
    assert operations[-1] == "Standpunt van VARIO over S3 vastgelegd"


def test_a_restored_backup_is_history_with_a_code() -> None:
    found = parse("Restore backup demo-2026-11-30.cwb")
    assert found is not None and found.code == "audit.backup.restore"
    detail = parse("previous state saved as /tmp/x y/before.cwb", "detail")
    assert detail is not None and detail.params == {"path": "/tmp/x y/before.cwb"}
    assert dutch(detail) == "vorige toestand bewaard als /tmp/x y/before.cwb"


def test_every_edit_label_in_the_code_has_a_template() -> None:
    """A new ``project.edit("...")`` label without an AUDIT template would show untranslated
    in the change history."""
    import re

    root = Path(__file__).resolve().parents[1]
    labels = set()
    for path in [*(root / "workbench").rglob("*.py"), *(root / "ui").rglob("*.py")]:
        labels |= set(re.findall(r'\bedit\(f?"([^"]*)"', path.read_text(encoding="utf-8")))
    assert len(labels) > 30
    missing = [label for label in sorted(labels)
               if parse(re.sub(r"\{[^}]*\}", "X", label)) is None]
    assert missing == []

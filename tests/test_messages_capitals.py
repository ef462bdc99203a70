"""Every check and problem message a user reads starts with a capital, in Dutch, in English
and on the command line (#14: the checks panel read "de mededeling heeft nog geen tekst")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.messages import render
from workbench.messages import AUDIT, DETAILS, REASONS, TEMPLATES, Message, fields

# Parts of other texts, never shown on their own: what failed ("kan niet geopend worden",
# inside "{path}: {action} ({reason}): ..."), who holds a lock (inside "... door {holder}"),
# why a paragraph is suggested and an audit row's detail column.
FRAGMENTS = {"unavailable-open", "unavailable-save", "lock-holder", *REASONS, *DETAILS}
SHOWN = sorted(set(TEMPLATES) - FRAGMENTS - set(AUDIT))


def _message(code: str) -> Message:
    # a lower-case value: a message starting with a parameter ("{path}: ...") shows it as it is
    return Message(code, **{name: "x" for name in fields(TEMPLATES[code])})


def _starts_right(code: str, text: str) -> bool:
    starts_with_value = TEMPLATES[code].lstrip("'‘“„").startswith("{")
    return starts_with_value or text[:1].isupper()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_message_starts_with_a_capital_in_the_interface(qtbot, language: str) -> None:
    app = QApplication.instance()
    try:
        i18n.install(language, app)
        lower = [f"{code}: {render(_message(code))}" for code in SHOWN
                 if not _starts_right(code, render(_message(code)))]
    finally:
        i18n.install("nl", app)
    assert lower == []


def test_every_message_starts_with_a_capital_on_the_command_line() -> None:
    lower = [f"{code}: {_message(code)}" for code in SHOWN
             if not _starts_right(code, str(_message(code)))]
    assert lower == []


def test_the_communication_check_reads_as_a_sentence(qtbot) -> None:
    app = QApplication.instance()
    message = Message("communication-empty")
    assert render(message).startswith("De mededeling heeft nog geen tekst")
    try:
        i18n.install("en", app)
        assert render(message).startswith("The communication has no text yet")
    finally:
        i18n.install("nl", app)

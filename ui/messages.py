"""The core's messages (check problems, warnings, errors, audit entries) in the interface language.

The core reports each as a ``workbench.messages.Message``: a code with parameters (and an
English text for the CLI). Each code's Dutch wording (``workbench/messages_nl.py``, marked for
``make i18n``) is translated through Qt (context "Messages") when shown. A parameter named
after a label group (position, stance, status, record...) is a stored code and is shown as its
translated label; a parameter that is a message itself (a lock's holder, an undone edit) is
rendered too. A text without a code (a plain ``str`` from a part of the core not yet
converted) is shown as it is.
"""

from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import labels
from workbench import labels as core_labels
from workbench import messages as core
from workbench.messages_nl import FIELDS

# Why a file was not imported, per ImportProblem.reason (the core's specific English message
# stays for the CLI; the GUI says what the reason means and what to do).
IMPORT_REASONS = {
    "empty": QT_TRANSLATE_NOOP(
        "Messages", "het bestand is leeg; controleer of u het juiste bestand koos"),
    "wrong-format": QT_TRANSLATE_NOOP(
        "Messages", "de inhoud past niet bij de extensie van het bestand; bewaar het opnieuw in "
        "het juiste formaat"),
    "corrupt": QT_TRANSLATE_NOOP(
        "Messages", "het bestand is beschadigd en kan niet gelezen worden; vraag de afzender een "
        "nieuw exemplaar"),
    "encrypted": QT_TRANSLATE_NOOP(
        "Messages", "het bestand is beveiligd met een wachtwoord; vraag de afzender een "
        "onbeveiligde kopie"),
    "no-text-layer": QT_TRANSLATE_NOOP(
        "Messages", "de PDF bevat geen tekst, alleen afbeeldingen (een scan); vraag de afzender "
        "een PDF met tekst of laat hem herkennen (OCR)"),
    "too-large": QT_TRANSLATE_NOOP(
        "Messages", "het bestand is te groot om te lezen; splits het en importeer de delen"),
    "unsafe": QT_TRANSLATE_NOOP(
        "Messages", "het bestand is te diep genest om veilig te lezen; vraag de afzender het "
        "opnieuw te bewaren"),
    "unsupported": QT_TRANSLATE_NOOP(
        "Messages", "dit soort bestand kan niet geïmporteerd worden; bewaar het als PDF, Word "
        "(.docx), ODT, HTML of tekst"),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "dit bestand is al geïmporteerd"),
    "timeout": QT_TRANSLATE_NOOP(
        "Messages", "het lezen duurde te lang en is gestopt; splits het bestand of bewaar het "
        "opnieuw"),
    "out-of-memory": QT_TRANSLATE_NOOP(
        "Messages", "het lezen vroeg te veel geheugen en is gestopt; splits het bestand"),
    "crashed": QT_TRANSLATE_NOOP(
        "Messages", "het lezen van dit bestand liep vast; vraag de afzender een nieuw exemplaar"),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "geannuleerd"),
    "disk-full": QT_TRANSLATE_NOOP(
        "Messages", "de schijf is vol; er is niets bewaard; maak ruimte vrij en probeer opnieuw"),
    "write-failed": QT_TRANSLATE_NOOP(
        "Messages", "het dossier kon niet geschreven worden; er is niets bewaard; probeer "
        "opnieuw"),
}


def import_text(result: Any) -> str:
    """A failed ``ImportResult`` as "file name: why, what to do" in the interface language."""
    problem = result.problem
    reason = getattr(problem, "reason", "")
    if reason not in IMPORT_REASONS:
        return str(result.message())
    why = _tr(str(IMPORT_REASONS[reason]))
    if reason == "duplicate" and result.duplicate_of is not None:
        why += f" (#{result.duplicate_of})"
    return f"{result.file.name}: {why}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def render(message: object) -> str:
    """``message`` in the interface language: a ``Message`` (or a stored audit text ``parse``
    recognises) through its code's translated wording; any other text as it is."""
    return core.render_with(message, _tr, labels.word)


def error_text(error: BaseException) -> str:
    """A core error's message in the interface language."""
    first = error.args[0] if error.args else None
    if isinstance(first, core.Message):
        return render(first)
    return str(error)


def detail_text(detail: str) -> str:
    """An audit row's detail: "bron 3", "optie S3", or the edited fields ("titel, kleur")."""
    if not detail:
        return ""
    found = core.parse(detail, "detail")
    if found is not None:
        return render(found)
    for group in ("stance", "position"):              # set_stance and friends: the code
        if detail in core_labels.GROUPS[group]:
            return labels.word(group, detail)
    parts = [p.strip() for p in detail.split(",")]
    if all(p in FIELDS for p in parts):
        return ", ".join(_tr(str(FIELDS[p])) for p in parts)
    return detail


def placeholders(text: str) -> list[str]:
    return sorted({name for _t, name, _s, _c in string.Formatter().parse(text) if name})

"""Texts for a user as a code with parameters, so a GUI can show them in its own language (#14).

The core stays Qt-free and speaks English (the CLI prints these texts); ``ui/messages.py``
holds the Dutch wording of every code below and renders it through Qt's translation system.

* A problem, warning or error is a ``Message``: a ``str`` (its English text, so every caller
  that prints, compares or JSON-encodes it keeps working) that also carries ``code`` and
  ``params``. Make one with ``Message("advice-not-received", advisor="SERV")``; add the code's
  English template to ``TEMPLATES`` here and its Dutch one to ``ui/messages.py`` (a test fails
  on a code without both).
* The audit trail stores the English text of each edit (the ``label`` of ``Project.edit``);
  ``parse`` reads the code and parameters back from it, so old dossiers' history is
  translated too and no schema change was needed. An edit label that no template matches is
  shown as stored.
* A parameter named ``field`` holds a field's code ("asked_on"): English words here, the
  interface language in the GUI (``messages_nl.FIELDS``), never the raw English name.
* Why a paragraph is suggested is a ``Reason`` (``REASONS``): a Message whose text is Dutch, as
  reasons always were for the CLI; the dossier stores its code and parameters as JSON.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable
from functools import lru_cache
from typing import Any

_NOT_OPENED = ("It was not opened. Ask the sender for a copy saved by Consultation Workbench "
               "itself, or open one of your own backups (workbench backups FILE).")
_IN_USE = ("another program keeps it open. It may be open in Word or Excel, or being scanned by "
           "antivirus software or synced by OneDrive or another sync client. Close it in that "
           "program, wait a moment and try again, or choose another file name.")
RESTORE = "restore one of your backups (workbench backups FILE) or ask the sender for a new copy"

# code -> English template; parameters in {braces}. Parameters named like a label group of
# workbench.labels (position, stance, status, kind) are codes the GUI shows as their label.
CHECKS = {
    "quote-changed": "Quote {quote} no longer matches source {source}: the passage now reads "
                     "“{found}”",
    "quote-lost": "Quote {quote} is no longer in source {source}: “{exact}”",
    "quote-moved": "Quote {quote} moved within source {source}; re-import or re-anchor to "
                   "update its page",
    "checks-skipped": "The other checks were skipped: they need a sound file",
    "argument-without-quote": "Argument {number} ({option}, {position}) has no quote: “{text}”",
    "advice-missing": "{advisor} has status received but no source is imported",
    "stance-missing": "{advisor} has no stance on {option} ({question}); set one, or "
                      "'not-addressed'",
    "advice-not-received": "{advisor}: advice asked, not received yet",
    "source-unquoted": "Source {source} ({advisor}: {title}) has no quote at all",
    "reference-unknown": "Section “{section}”, line {line}: unknown reference „{typed}” (use "
                         "quote:N, argument:N, overview:KEY, matrix or advisors)",
    "reference-empty": "Section “{section}”, line {line}: an empty reference",
    "reference-not-alone": "Section “{section}”, line {line}: the {record} block must stand alone "
                           "on its line",
    "reference-no-target": "Section “{section}”, line {line}: a {record} reference without a "
                           "number or key",
    "reference-not-number": "Section “{section}”, line {line}: {record} „{target}” is not a number",
    "reference-missing": "Section “{section}” refers to {record} {target}, which does not exist",
    "communication-empty": "The communication has no text yet: draft it from the evidence "
                           "(Communication tab, or 'workbench section draft') or write its "
                           "sections",
    "communication-minister-missing": "The communication has no minister's title line or name, "
                                      "so it opens without 'DE VLAAMSE MINISTER VAN ...' and is "
                                      "not signed; add them in Dossier details or with "
                                      "'workbench dossier set --minister-title ... "
                                      "--minister-name ...'",
    "communication-vr-number-missing": "The communication has no VR number of its own yet (the "
                                       "green paper's number is only the consulted document's "
                                       "reference); add it in Dossier details or with 'workbench "
                                       "dossier set --vr-number' once the secretariat assigns it",
    "database-unreadable": "{name} cannot be read ({reason}); " + RESTORE,
    "database-damaged": "{name} is damaged ({reason}); " + RESTORE,
    "database-damaged-sqlite": "The dossier file is damaged (SQLite reports: {reason}); "
                               + RESTORE,
    "value-wrong-type": "Values in {table}.{column} that are not {expected} as the workbench "
                        "writes them: {count}; the dossier was changed outside the workbench "
                        "or is damaged; " + RESTORE,
    "json-malformed": "Values in {table}.{column} that are not the list the workbench writes "
                      "(malformed JSON): {count}; " + RESTORE,
    "text-not-utf8": "Texts in {table}.{column} that are not valid UTF-8: {count}; "
                     + RESTORE,
    "search-index-busy": "The search index was not checked: the dossier is open for editing by "
                         "{holder}",
    "search-index-unchecked": "The search index was not checked ({reason}): the file could not "
                              "be opened for writing here",
    "search-index-damaged": "The search index does not match the paragraphs ({reason}): "
                            "searches and suggestions may miss or mislead; " + RESTORE,
}

# What opening a dossier warns about, and the errors a user meets most (banner, message boxes).
NOTICES = {
    "lock-holder": "{user} on {host} since {since}",
    "lock-held-here": "{name} is open for editing by {holder} (in another window or program on "
                      "this computer); open it read-only or ask them to close it",
    "lock-held-elsewhere": "{name} is open for editing by {holder}; if that computer crashed or "
                           "is switched off and nobody is working in it, you can take it over; "
                           "open it read-only or ask them to close it",
    "lock-held": "{name} is open for editing by {holder}; open it read-only or ask them to "
                 "close it",
    "lock-taken-over": "Took over the lock of {holder}",
    "readonly-being-edited": "{name} is being edited by {holder}; what you see is the state of "
                             "their last saved change",
    "network-share": "{name} is on a network share ({where}): locking is not reliable there, so "
                     "make sure nobody else edits it at the same time, or copy it to this "
                     "computer while you work on it",
    "not-writable": "{name} cannot be opened for editing: its folder {folder} or the file itself "
                    "is read-only for you{why}, and editing needs to write a lock and a journal "
                    "file beside it. Open it read-only, or copy it to a folder of your own (e.g. "
                    "Documents) and open the copy.",
    "sync-folder": "{name} is in a folder that {service} synchronises ({root}). {service} "
                   "uploads the dossier, its journal and its lock file while a change is being "
                   "saved: another computer may get a half-saved copy, it may make conflict "
                   "copies of the dossier, and saving can fail while {service} reads the file. "
                   "Keep a dossier you are working on in a folder that is not synchronised (for "
                   "example a folder on this computer) and put a copy in {service} when you are "
                   "done.",
    "read-only-edit": "{name} is open read-only; nothing was changed",
    "no-such-file": "{path}: no such file",
    "is-a-folder": "{path}: is a folder, not a dossier file",
    "file-unreadable": "{path}: cannot be read ({reason}); check the file's permissions",
    "not-a-dossier-empty": "{path}: not a Consultation Workbench dossier (an empty file)",
    "not-a-dossier-truncated": "{path}: not a Consultation Workbench dossier (truncated or "
                               "damaged)",
    "not-a-dossier-other": "{path}: not a Consultation Workbench dossier (a different kind of "
                           "file)",
    "not-a-dossier-sqlite": "{path}: not a Consultation Workbench dossier (an SQLite database "
                            "of another program)",
    "not-a-dossier-no-schema": "{path}: not a Consultation Workbench dossier (no schema)",
    "newer-schema": "{path}: made by a newer version of Consultation Workbench (schema {found}; "
                    "this version knows up to {latest}). Update the app to open it.",
    "dossier-damaged-open": "{path}: the dossier file is damaged and cannot be read ({reason}). "
                            "Restore one of your backups (workbench backups FILE) or ask the "
                            "sender for a new copy.",
    "dossier-damaged-in-use": "{name}: the dossier is damaged and could not be read ({reason}). "
                              "`workbench check` lists what is wrong; ask the sender for a new "
                              "copy, or restore one of your backups (workbench backups).",
    "storage-full": "{name}: the disk is full; the change was not saved and the dossier is as it "
                    "was before. Free some space (or save to another drive) and try again.",
    "storage-io": "{name}: the disk reported an input/output error; the change was not saved "
                  "and the dossier is as it was before. Check the drive or network connection "
                  "and try again.",
    "storage-readonly": "{name}: the file or its folder is read-only; the change was not saved "
                        "and the dossier is as it was before. Copy the dossier to a folder of "
                        "your own.",
    "interrupted-save": "{path}: a session stopped in the middle of saving a change (a crash, or "
                        "a lost network connection) and its recovery file {journal} is still "
                        "beside it. The dossier cannot be read until that unfinished change is "
                        "rolled back; no saved work is lost. {repair}",
    "interrupted-repair-holder": "The lock file says it was open for editing by {holder}: they "
                                 "(or you, taking the dossier over if that computer crashed) can "
                                 "repair it by opening it for editing.",
    "interrupted-repair-anyone": "Anyone who can write to its folder repairs it by opening it "
                                 "for editing.",
    "dossier-damaged-cannot-open": "{path}: the dossier file is damaged and cannot be opened "
                                   "({reason}). Restore a backup (workbench backups) if it was "
                                   "one.",
    "unavailable-open": "cannot be opened",
    "unavailable-save": "could not save your change (nothing was changed)",
    "unavailable-busy": "{path}: {action} ({reason}): another program holds the file: a sync "
                        "client (OneDrive, Dropbox, Google Drive) uploading it, antivirus or "
                        "backup software scanning it, or another session. Wait a moment and try "
                        "again; if it keeps happening, move the dossier to a folder that is not "
                        "synced.",
    "unavailable-cantopen": "{path}: {action} ({reason}): the file or its folder cannot be "
                            "reached: a network drive that is disconnected, a folder you have no "
                            "access to, or a path that is too long. Check the drive, or copy the "
                            "dossier to a local folder.",
    "unavailable-readonly": "{path}: {action} ({reason}): the file or its folder is read-only for "
                            "you. Open it read-only, or copy it to a folder of your own.",
    "unavailable-full": "{path}: {action} ({reason}): the disk is full. Free some space and try "
                        "again.",
    "unavailable-ioerr": "{path}: {action} ({reason}): a read or write error: a network "
                         "connection that dropped, a removed USB stick or a failing disk. Check "
                         "the connection and try again; keep dossiers on a local disk while you "
                         "work on them.",
    "unavailable-other": "{path}: {action} ({reason}): check that the file is reachable and not "
                         "used by another program.",
    "foreign-schema": "{name}: this dossier was changed outside Consultation Workbench: "
                      "{differences}. Objects the workbench does not make can change or hide "
                      "data. " + _NOT_OPENED,
    "foreign-schema-more": "{name}: this dossier was changed outside Consultation Workbench: "
                           "{differences} (and {count} more differences). Objects the workbench "
                           "does not make can change or hide data. " + _NOT_OPENED,
    "foreign-schema-missing": "{name}: this dossier was changed outside Consultation Workbench: "
                              "{differences}. " + _NOT_OPENED,
    "foreign-schema-missing-more": "{name}: this dossier was changed outside Consultation "
                                   "Workbench: {differences} (and {count} more differences). "
                                   + _NOT_OPENED,
    "file-in-use-replaced": "{path} could not be replaced: " + _IN_USE,
    "file-in-use-renamed": "{path} could not be renamed: " + _IN_USE,
    "file-in-use-deleted": "{path} could not be deleted: " + _IN_USE,
    "backup-failed-full": "No backup of {name} could be made: the disk is full in {folder}. The "
                          "dossier itself is unchanged; free some space or set another backup "
                          "folder ({variable}) and try again.",
    "backup-failed-readonly": "No backup of {name} could be made: the backup folder is read-only "
                              "in {folder}. The dossier itself is unchanged; free some space or "
                              "set another backup folder ({variable}) and try again.",
    "backup-failed-error": "No backup of {name} could be made: the disk reported an error "
                           "({reason}) in {folder}. The dossier itself is unchanged; free some "
                           "space or set another backup folder ({variable}) and try again.",
    "backup-failed-safe": "{failure} Your work is not at risk.",
    "backup-impossible": "No backup of {name} could be made ({reason}); your work is not at "
                         "risk, but check the backup folder {folder}",
    "backup-not-a-dossier": "The backup {error}",
    "backup-damaged": "The backup {name} is damaged ({reason}); choose another",
    "backup-newer": "The backup {name} was made by a newer version of the app",
    "export-no-folder": "{folder}: folder does not exist; choose another folder",
    "export-folder-readonly": "{folder}: folder is not writable; choose another folder",
    "export-folder-failed": "{folder}: cannot create a file here ({reason})",
    "export-is-folder": "{target}: is a folder; choose a file name",
    "export-read-only": "{target}: the file is read-only; nothing was exported. Remove the "
                        "read-only mark or choose another name",
    "export-open-elsewhere": "{target}: is open in another program (Word/Excel/LibreOffice); "
                             "nothing was exported. Close it or choose another name",
    "export-not-writable": "{target}: not writable ({reason})",
    "export-write-failed": "{target}: could not be written ({reason})",
    "export-held": "{target}: is open in another program (Word/Excel?) or not writable; close "
                   "it or choose another name",
    "export-replace-failed": "{target}: could not be replaced ({reason})",
    "export-named-twice": "{target}: named twice; give each document its own file",
    "export-temp-failed": "{folder}: cannot create a temporary file",
    "export-unreadable": "{target}: cannot be read ({reason})",
    "export-failed": "{name}: export failed ({reason})",
    "dossier-damaged-restore": "{path}: the dossier file is damaged and cannot be opened "
                               "({reason}). Restore one of your backups (workbench backups FILE) "
                               "or ask the sender for a new copy.",
    "create-exists": "{path}: already exists; choose another name or open it",
    "create-no-folder": "{folder}: folder does not exist",
    "suggestion-same-option": "The suggestion is already for {option}",
    "argument-needs-text": "An argument needs a text",
    "section-needs-title": "A section needs a title",
    "not-found-source": "No source number {number}; `workbench sources FILE` lists them",
    "search-nothing": "Nothing to search for: type at least one word or number.",
    "lock-lost": "{name}: this session no longer holds the dossier's lock; nothing was changed. "
                 "Open the dossier again.",
    "question-needs-text": "A question needs a text",
    "option-needs-title": "An option needs a title",
    "advisor-needs-name": "An advisor needs a name",
    "key-invalid": "{record} key '{key}' is not valid: use 1-32 letters, digits or . _ + - (for "
                   "example Q1, S3, 3+, VARIO)",
    "key-in-use": "The key '{key}' is in use already; choose another",
    "not-found-key": "No {record} with key '{key}'",
    "not-found-number": "No {record} number {number}",
    "quote-not-in-source": "The text was not found in source {source} ({title}); a quote must be "
                           "verbatim (differences in spaces, line breaks and line-end hyphens are "
                           "ignored)",
    "argument-merge-itself": "An argument cannot be merged with itself",
    "argument-either": "Give either an existing argument or the text of a new one",
    "date-invalid": "{field} '{value}' is not a date; write it as YYYY-MM-DD",
    "choice-invalid": "{field} '{value}' is not one of: {allowed}",
    "not-a-number": "'{value}' is not a {record} number",
    "quote-needs-span": "A quote needs its text (exact) or its span (start and end)",
    "span-outside": "Span {start}:{end} is outside the text of source {source}",
    "dossier-closed": "{path}: the dossier is closed",
    "not-found-record": "No {record} '{key}'",
    "argument-elsewhere": "Argument {number} belongs to {option} ({position}), not to {target} "
                          "({target_position})",
}

# Why a paragraph is suggested for an option (``workbench.suggest_rank``). These are ``Reason``s:
# their text is Dutch, as suggestion reasons always were in the core and the CLI.
REASONS = {
    "reason.heading": "under heading {heading}",
    "reason.heading-words": "under heading {heading}, ‘{words}’",
    "reason.mention": "names ‘{named}’",
    "reason.like": "resembles {example}",
    "reason.like-earlier": "resembles what was found earlier for this option",
    "reason.like-option": "resembles the option's own description",
    "reason.moved": "moved from {option}",
    "reason.example-quote": "quote {number}",
    "reason.example-accepted": "an accepted suggestion",
}

# The labels ``Project.edit`` writes to the audit trail (matched back by ``parse``).
AUDIT = {
    "audit.undo": "Undo: {label}",
    "audit.redo": "Redo: {label}",
    "audit.question.add": "Add question {key}",
    "audit.question.edit": "Edit question {key}",
    "audit.question.delete": "Delete question {key}",
    "audit.option.add": "Add option {key}",
    "audit.option.edit": "Edit option {key}",
    "audit.option.delete": "Delete option {key}",
    "audit.advisor.add": "Add advisor {key}",
    "audit.advisor.edit": "Edit advisor {key}",
    "audit.advisor.delete": "Delete advisor {key}",
    "audit.quote.add": "Add quote",
    "audit.quote.note": "Edit note of quote {number}",
    "audit.quote.delete": "Delete quote {number}",
    "audit.quote.as": "Quote as {position} of {option}",
    "audit.argument.add": "Add {position} argument to {option}",
    "audit.argument.edit": "Edit argument {number}",
    "audit.argument.link": "Link quotes to argument {number}",
    "audit.argument.unlink": "Unlink quotes from argument {number}",
    "audit.argument.move": "Move argument {number}",
    "audit.argument.merge": "Merge argument {gone} into {keep}",
    "audit.argument.delete": "Delete argument {number}",
    "audit.stance.set": "Set stance of {advisor} on {option}",
    "audit.stance.clear": "Clear stance of {advisor} on {option}",
    "audit.source.reanchor": "Re-anchor quotes of source {number}",
    "audit.source.import": "Import {name}",
    "audit.source.replace": "Replace source {number} by {name}",
    "audit.source.edit": "Edit source {number}",
    "audit.source.delete": "Delete source {number}",
    "audit.block.not_relevant": "Mark not relevant",
    "audit.block.relevant": "Unmark not relevant",
    "audit.section.add": "Add section {title}",
    "audit.section.edit": "Edit section {title}",
    "audit.section.move": "Move section",
    "audit.section.delete": "Delete section {title}",
    "audit.section.create": "Create the communication's sections",
    "audit.section.draft": "Draft from evidence",
    "audit.dossier.create": "Create dossier",
    "audit.dossier.edit": "Edit dossier",
    "audit.dossier.demo": "Build the demo dossier",
    "audit.suggestion.refresh": "Refresh suggestions",
    "audit.backup.restore": "Restore backup {name}",
    "audit.suggestion.accept": "Accept suggestion for {option}",
    "audit.suggestion.accept_moved": "Accept suggestion for {option} instead of {previous}",
    "audit.suggestion.dismiss": "Dismiss suggestion for {option}",
    "audit.suggestion.move": "Move suggestion from {option} to {target}",
    "audit.suggestion.not_relevant": "Mark passage not relevant",
}
# The audit row's detail column, where it is more than a list of field names.
DETAILS = {
    "detail.source": "source {number}",
    "detail.option": "option {option}",
    "detail.restore": "previous state saved as {path}",
}

TEMPLATES: dict[str, str] = {**CHECKS, **NOTICES, **REASONS, **AUDIT, **DETAILS}

# Parameters holding a field's code ("asked_on"): the English text names the field in words
# (below, else the code with spaces), the GUI in the interface language (messages_nl.FIELDS).
FIELD_PARAMS = {"field"}
FIELD_WORDS = {"communication_date": "the communication's date", "vr_number": "VR number",
               "minister_title": "the minister's title", "minister_name": "the minister's name"}
# Parameters listing codes (", "-separated) of the label group named by another parameter:
# "allowed" lists the codes a field accepts ("kind" -> council, stakeholder...).
CHOICE_PARAMS = {"allowed": "field"}


def field_words(code: str) -> str:
    """A field's code in English words: "asked_on" -> "asked on"."""
    return FIELD_WORDS.get(code, code.replace("_", " "))


def fields(template: str) -> list[str]:
    """The parameter names of a template, in order."""
    return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name]


class Message(str):
    """A user-facing text: its English wording, plus ``code`` and ``params`` to translate it.

    Behaves as the English ``str`` everywhere (printing, JSON, comparisons, ``in``).
    """

    code: str
    params: dict[str, str]

    def __new__(cls, code: str, /, **params: Any) -> Message:
        # a parameter that is a Message itself (a lock's holder) keeps its code
        values = {name: value if isinstance(value, Message) else str(value)
                  for name, value in params.items()}
        shown = {name: field_words(value) if name in FIELD_PARAMS else value
                 for name, value in values.items()}
        self = super().__new__(cls, TEMPLATES[code].format(**shown))
        self.code = code
        self.params = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:       # copy and pickle keep code and params
        return (_rebuild, (self.code, self.params))


def _rebuild(code: str, params: dict[str, str]) -> Message:
    return Message(code, **params)


class Reason(Message):
    """Why a paragraph is suggested for an option: a ``Message`` whose text is its Dutch
    wording (``messages_nl.DUTCH``), so the CLI and every caller that reads a suggestion's
    reason as Dutch text keep working; the GUI renders it in its own language by its code.
    Stored as JSON (``stored``), read back by ``stored_reason``."""

    _stored: str | None = None            # its JSON, made once (``stored``)

    def __new__(cls, code: str, /, **params: Any) -> Reason:
        for name, value in params.items():
            if not isinstance(value, str):
                params[name] = str(value)
        self = str.__new__(cls, (_DUTCH or _dutch_templates())[code].format_map(params))
        self.code = code
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_reason, (self.code, self.params))


def _rebuild_reason(code: str, params: dict[str, str]) -> Reason:
    return Reason(code, **params)


@lru_cache(maxsize=8192)
def reason(code: str, *values: str) -> Reason:
    """``Reason(code, ...)`` with the parameters in the order of the code's template; an equal
    reason is shared (it is immutable). A scan makes one for every paragraph it suggests,
    mostly the same few ("noemt ‘scenario 3’"), so a big scan stays cheap."""
    return Reason(code, **dict(zip(fields(REASONS[code]), values, strict=True)))


_DUTCH: dict[str, str] = {}


def _dutch_templates() -> dict[str, str]:
    from workbench.messages_nl import DUTCH

    _DUTCH.update(DUTCH)
    return _DUTCH


def as_data(message: Message) -> dict[str, Any]:
    """{"code": ..., "params": {...}}, a parameter that is a message itself nested the same way
    (for JSON: the CLI's --json, the stored suggestion reason)."""
    return {"code": message.code,
            "params": {name: as_data(value) if isinstance(value, Message) else value
                       for name, value in message.params.items()}}


def stored(reason: str) -> str:
    """A suggestion's reason as the dossier stores it: a ``Reason`` as JSON, so it can be
    worded in any language later; any other text as it is."""
    if isinstance(reason, Reason):
        if reason._stored is None:
            reason._stored = _json(reason)
        return reason._stored
    if isinstance(reason, Message):
        return _json(reason)
    return reason


def _json(message: Message) -> str:
    return json.dumps(as_data(message), ensure_ascii=False, separators=(",", ":"))


def stored_reason(text: str | None) -> str:
    """A stored suggestion reason as a ``Reason``: the JSON ``stored`` writes, or the Dutch text
    an older version stored ("onder kop 3.3.2 Scenario 2"), read back by its wording. Anything
    else (a dossier from elsewhere is untrusted) is returned as it is, and shown as it is."""
    if not text or not isinstance(text, str) or len(text) > _LONGEST_REASON:
        return text if isinstance(text, str) else ""
    return _read_reason(text)


_LONGEST_REASON = 2000      # longer is not a reason the workbench wrote: shown as stored


@lru_cache(maxsize=8192)       # a big dossier stores the same few reasons many times over
def _read_reason(text: str) -> str:
    if text.startswith("{"):
        try:
            found = _reason_from_data(json.loads(text))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
            return text
        return found if found is not None else text
    return _parse_reason(text, "reason") or text


def _reason_from_data(data: Any, depth: int = 0) -> Reason | None:
    if not isinstance(data, dict) or depth > 2 or data.get("code") not in REASONS:
        return None
    params = data.get("params") or {}
    if not isinstance(params, dict):
        return None
    values: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, dict):
            nested = _reason_from_data(value, depth + 1)
            if nested is None:
                return None
            values[str(name)] = nested
        elif isinstance(value, (str, int, float)):
            values[str(name)] = str(value)
        else:
            return None
    if set(values) != set(fields(REASONS[data["code"]])):
        return None
    return Reason(data["code"], **values)


@lru_cache(maxsize=2)
def _reason_patterns(group: str) -> list[tuple[re.Pattern[str], str]]:
    """The Dutch wording of each reason (group "reason") or example ("example") as an anchored
    regular expression, the most specific first."""
    dutch = _dutch_templates()
    codes = [c for c in REASONS if c.startswith("reason.example-") == (group == "example")]
    return _compiled({code: dutch[code] for code in codes})


def _parse_reason(text: str, group: str) -> Reason | None:
    for pattern, code in _reason_patterns(group):
        match = pattern.match(text)
        if match:
            values: dict[str, Any] = dict(match.groupdict())
            if "example" in values:
                values["example"] = _parse_reason(values["example"], "example") or \
                    values["example"]
            return Reason(code, **values)
    return None


# Parameters holding a stored code, shown as its label (a group of workbench.labels), and those
# holding an edit's own audit text ("Undo: {label}").
LABEL_PARAMS = {"position": "position", "target_position": "position", "stance": "stance",
                "status": "status", "record": "record", "expected": "value_type"}
AUDIT_PARAMS = {"label"}


def render_with(text: object, translate: Callable[[str], str],
                label: Callable[[str, str], str]) -> str:
    """``text`` worded from its code: the Dutch template (``messages_nl.DUTCH``) passed through
    ``translate``, parameters that are codes through ``label(group, code)``; a text without a
    known code as it is. The GUI passes Qt's translation, ``dutch`` the identity."""
    from workbench.labels import GROUPS
    from workbench.messages_nl import DUTCH, FIELDS

    found = text if isinstance(text, Message) else (
        parse(text) if isinstance(text, str) else None)
    if found is None or found.code not in DUTCH:
        return "" if text is None else str(text)
    values: dict[str, str] = {}
    for name, value in found.params.items():
        if isinstance(value, Message) or name in AUDIT_PARAMS:
            values[name] = render_with(value, translate, label)
        elif name in LABEL_PARAMS:
            values[name] = label(LABEL_PARAMS[name], value)
        elif name in FIELD_PARAMS:
            values[name] = translate(FIELDS[value]) if value in FIELDS else field_words(value)
        elif name in CHOICE_PARAMS and found.params.get(CHOICE_PARAMS[name]) in GROUPS:
            group = str(found.params[CHOICE_PARAMS[name]])
            values[name] = ", ".join(label(group, code.strip()) for code in value.split(","))
        else:
            values[name] = value
    try:
        return translate(DUTCH[found.code]).format_map(_Missing(values))
    except (ValueError, IndexError):         # a translation with a stray brace
        return str(found)


class _Missing(dict[str, str]):
    """Leaves an unknown placeholder of a translation visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def dutch(text: object) -> str:
    """``text`` in Dutch, for the Dutch documents (an export's audit trail): a ``Message`` or a
    stored audit text by its code, anything else as it is."""
    from workbench import labels

    return render_with(text, lambda template: template, labels.label)


def code_of(text: object) -> tuple[str, dict[str, str]] | None:
    """(code, params) of a ``Message``, or of a stored audit text that ``parse`` recognises."""
    if isinstance(text, Message):
        return text.code, dict(text.params)
    if isinstance(text, str):
        found = parse(text)
        if found is not None:
            return found.code, dict(found.params)
    return None


@lru_cache(maxsize=2)
def _patterns(group: str) -> list[tuple[re.Pattern[str], str]]:
    """One anchored regular expression per template of ``group``, the most specific first."""
    return _compiled(AUDIT if group == "audit" else DETAILS)


def _compiled(templates: dict[str, str]) -> list[tuple[re.Pattern[str], str]]:
    patterns = []
    for code, template in templates.items():
        regex = ""
        for literal, name, _spec, _conv in string.Formatter().parse(template):
            regex += re.escape(literal)
            if name:
                regex += f"(?P<{name}>.+?)"
        patterns.append((re.compile(f"^{regex}$", re.DOTALL), code))
    literal_length = {code: len(re.sub(r"\{[^}]*\}", "", t)) for code, t in templates.items()}
    patterns.sort(key=lambda p: -literal_length[p[1]])
    return patterns


def parse(text: str, group: str = "audit") -> Message | None:
    """The ``Message`` a stored audit text (``group`` "audit": the operation, "detail": the
    detail column) was made from, or None when none matches."""
    if isinstance(text, Message):
        return text
    for pattern, code in _patterns(group):
        match = pattern.match(text)
        if match:
            return Message(code, **match.groupdict())
    return None

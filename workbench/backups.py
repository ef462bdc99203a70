"""Automatic backups of a dossier, outside its folder, so a bad day never costs weeks of work.

A backup is a consistent snapshot made with SQLite's online backup API (never a file copy of a
database that may be mid-transaction), written into the user's data folder::

    <user data dir>/Consultation Workbench/backups/<dossier uuid>/<timestamp>_<reason>.cwb

with a ``.json`` sidecar (source path, title, schema version, the source's size, mtime and
header change counter). ``CWB_BACKUP_DIR`` (or a ``base`` parameter) replaces the root folder;
``CWB_BACKUP_KEEP`` (or ``keep``) the number kept.

Reasons: ``open`` (each opening for editing, skipped when the file is unchanged since the newest
backup), ``migration`` (before a schema upgrade; never rotated away), ``restore`` (the state just
before a restore, so a restore can itself be undone) and ``manual``. The newest ``keep``
(default 10) backups other than ``migration`` ones are kept. On-open backups are at least
``CWB_BACKUP_INTERVAL`` minutes apart (default 30), so scripts that run many commands on a
large dossier don't copy it each time.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from workbench import fileops, lock
from workbench.errors import (
    DossierLocked,
    FileInUse,
    NewerSchema,
    NotADossier,
    NotFound,
    WorkbenchError,
)
from workbench.messages import Message
from workbench.store import connection, db, migrations, recovery
from workbench.store import dossier as store
from workbench.store.sqlite_errors import open_error
from workbench.userdirs import user_data_dir

ENV_DIR = "CWB_BACKUP_DIR"
ENV_KEEP = "CWB_BACKUP_KEEP"
DEFAULT_KEEP = 10
ENV_INTERVAL = "CWB_BACKUP_INTERVAL"
DEFAULT_INTERVAL = 30.0        # minutes
REASONS = {
    "open": "when opened for editing",
    "migration": "before a schema upgrade",
    "restore": "before restoring a backup",
    "manual": "made by hand",
}
_NAME = re.compile(r"^(\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d-\d{6})_([a-z]+)\.cwb$")
_STAMP = "%Y-%m-%d_%H-%M-%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    created: str            # ISO 8601, local time
    reason: str             # a key of REASONS
    size: int
    schema_version: int
    title: str
    source: str             # the dossier file it was taken from
    intact: bool = True     # passed SQLite's quick_check when made

    @property
    def name(self) -> str:
        return self.path.name

    def describe(self) -> str:
        when = self.created[:16].replace("T", " ")
        return f"{when}  {REASONS.get(self.reason, self.reason)}"


# --- where ---------------------------------------------------------------------------------
def backup_root(base: str | Path | None = None) -> Path:
    if base is not None:
        return Path(base)
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env)
    return user_data_dir() / "backups"


def keep_count(keep: int | None = None) -> int:
    if keep is None:
        try:
            keep = int(os.environ.get(ENV_KEEP, DEFAULT_KEEP))
        except ValueError:
            keep = DEFAULT_KEEP
    return max(1, keep)


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "dossier"


def _identity(conn: db.Connection) -> tuple[str, str]:
    identity = db.dossier_identity(conn)
    if identity is None:
        raise NotADossier("the dossier has no header row")
    return identity


def folder_for(dossier: Path, base: str | Path | None = None) -> Path:
    """The backup folder of a dossier: by its UUID; for a missing or damaged file, the folder
    whose backups were taken from this path, else one named after the file."""
    dossier = Path(dossier)
    root = backup_root(base)
    try:
        connection.check_header(dossier)
        conn = connection.connect_file(dossier, "ro")
        try:
            connection.verified_version(conn, dossier)   # read nothing of a foreign schema
            return root / _identity(conn)[0]
        finally:
            conn.close()
    except (WorkbenchError, db.Error, OSError):
        pass
    source = str(dossier.resolve())
    if root.is_dir():
        for sidecar in sorted(root.glob("*/*.json"), reverse=True):
            with contextlib.suppress(OSError, ValueError):
                if json.loads(sidecar.read_text(encoding="utf-8")).get("source") == source:
                    return sidecar.parent
    return root / _safe(dossier.stem)


# --- the source file's fingerprint ---------------------------------------------------------
def fingerprint(dossier: Path) -> dict[str, Any]:
    """Size, mtime and the header's file change counter (offset 24), bumped by every commit."""
    st = dossier.stat()
    with dossier.open("rb") as handle:
        header = handle.read(100)
    counter = int.from_bytes(header[24:28], "big") if len(header) >= 28 else -1
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "change_counter": counter}


# --- listing -------------------------------------------------------------------------------
def _load(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    meta: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    try:
        created = datetime.strptime(match.group(1), _STAMP).isoformat(timespec="seconds")
        size = path.stat().st_size
    except (OSError, ValueError):
        return None
    return Backup(path, meta.get("created", created), match.group(2), size,
                  int(meta.get("schema_version", 0)), meta.get("title", ""),
                  meta.get("source", ""), bool(meta.get("intact", True)))


def list_folder(folder: Path) -> list[Backup]:
    if not folder.is_dir():
        return []
    found = [b for b in map(_load, sorted(folder.glob("*.cwb"), reverse=True)) if b]
    return found


def list_backups(dossier: str | Path, base: str | Path | None = None) -> list[Backup]:
    """The dossier's backups, newest first."""
    return list_folder(folder_for(Path(dossier), base))


def prune(folder: Path, keep: int | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups. ``migration`` ones are never deleted, nor the
    newest intact one (so opening a damaged dossier often never rotates the last good state away).
    """
    removed = []
    rotating = [b for b in list_folder(folder) if b.reason != "migration"]
    last_good = next((b for b in rotating if b.intact), None)
    for old in rotating[keep_count(keep):]:
        if old is last_good:
            continue
        for path in (old.path, old.path.with_suffix(".json")):
            with contextlib.suppress(OSError, FileInUse):
                fileops.unlink(path)
        removed.append(old.path)
    return removed


# --- making one ----------------------------------------------------------------------------
def _open_source(dossier: Path) -> db.Connection:
    connection.check_header(dossier)
    try:
        conn = connection.connect_file(dossier, "ro")
        db.touch(conn)
    except db.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", None) != 776:    # SQLITE_READONLY_ROLLBACK
            raise open_error(dossier, exc, readonly=True) from exc   # a message, not a trace
        conn.close()
        recovery.recover_interrupted(dossier)   # a killed writer's hot journal: roll it back first
        conn = connection.connect_file(dossier, "ro")
    try:
        connection.verified_version(conn, dossier)   # a foreign schema is never read from
    except BaseException:
        conn.close()
        raise
    return conn


class BackupCancelled(Exception):
    """A backup in steps was cancelled (the dossier was closed); nothing of it was kept."""


ProgressFn = Callable[[int, int], bool]   # (pages copied, pages in all) -> go on?


def snapshot(dossier: str | Path, reason: str = "manual", *, base: str | Path | None = None,
             keep: int | None = None, conn: db.Connection | None = None,
             step_pages: int = -1, progress: ProgressFn | None = None) -> Backup:
    """Write a consistent copy of the dossier into its backup folder and rotate old ones.

    ``conn``: an open connection to the dossier to copy from (else one is opened read-only).
    ``step_pages``: copy that many pages per step (-1: all at once); between steps SQLite
    lets other connections write, and ``progress(done, total)`` is called; when it returns
    False the backup stops (``BackupCancelled``) and leaves nothing behind (#15).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    dossier = Path(dossier)
    own = conn is None
    source = conn if conn is not None else _open_source(dossier)
    try:
        uuid, title = _identity(source)
        version = db.user_version(source)
        print_ = fingerprint(dossier)
        folder = backup_root(base) / uuid
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now()
        while True:
            target = folder / f"{stamp.strftime(_STAMP)}_{reason}.cwb"
            if not target.exists():
                break
            stamp = stamp.replace(microsecond=(stamp.microsecond + 1) % 1_000_000)
        partial = target.with_name(target.name + ".partial")
        try:
            dest = connection.connect_file(partial, "rwc")
            try:
                _copy_in_steps(source, dest, dossier, step_pages, progress)
                check = db.quick_check(dest)
            finally:
                dest.close()
            fileops.replace(partial, target)   # outlasts antivirus holding it briefly
        except (OSError, db.Error, FileInUse) as exc:
            # a full disk, read-only medium or I/O error: no stub left behind, and said
            with contextlib.suppress(OSError):
                partial.unlink()
            if isinstance(exc.__context__, BackupCancelled):
                raise exc.__context__ from None
            raise _failed(dossier, folder, exc) from exc
        except BackupCancelled:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    finally:
        if own:
            source.close()
    meta = {
        "created": stamp.astimezone().isoformat(timespec="seconds"),
        "reason": reason,
        "source": str(dossier.resolve()),
        "title": title,
        "uuid": uuid,
        "schema_version": version,
        "intact": check == "ok",
        **print_,
    }
    sidecar = target.with_suffix(".json")
    try:
        sidecar.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as exc:
        for path in (sidecar, target):      # a backup without its record is not kept half-made
            with contextlib.suppress(OSError):
                path.unlink()
        raise _failed(dossier, folder, exc) from exc
    prune(folder, keep)
    backup = _load(target)
    assert backup is not None
    return backup


class _Restarted(Exception):
    """SQLite started the copy over: another connection wrote between two steps."""


# A copy in steps starts over whenever another connection commits between two steps (SQLite's
# rule for a consistent snapshot). The first opening's suggestion scan and the officer's edits
# do that, and the backup used to start over for as long as they went on (#15). After each
# restart the steps grow (fewer gaps to write in); after MAX_RESTARTS the rest is copied in one
# step, which holds a read lock for the whole copy: writers wait for it (busy timeout), in the
# background, once.
MAX_RESTARTS = 3
STEP_GROWTH = 8


def _copy_in_steps(source: db.Connection, dest: db.Connection, dossier: Path,
                   step_pages: int, progress: ProgressFn | None) -> None:
    pages = step_pages
    for attempt in range(MAX_RESTARTS + 1):
        if attempt == MAX_RESTARTS or pages < 0:
            pages = -1
        last = [-1]

        def report(_status: int, remaining: int, total: int, last: list[int] = last) -> None:
            if 0 <= last[0] < remaining:
                raise _Restarted
            last[0] = remaining
            if progress is not None and not progress(total - remaining, total):
                raise BackupCancelled(f"the backup of {dossier.name} was cancelled")

        try:
            # sleep: when a writer holds the file, the step waits for it (the edit goes first)
            source.backup(dest, pages=pages, progress=report, sleep=0.01)
            return
        except _Restarted:
            pages *= STEP_GROWTH


class BackupFailed(WorkbenchError):
    """A backup could not be written (full disk, read-only or failing medium); nothing of it
    was left behind, the dossier itself is untouched."""

    exit_code = 1


def _failed(dossier: Path, folder: Path, exc: BaseException) -> BackupFailed:
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorname", "") or ""
    errno_ = getattr(exc, "errno", None)
    where = {"name": dossier.name, "folder": folder, "variable": ENV_DIR}
    if code.startswith("SQLITE_FULL") or "disk is full" in text or errno_ == 28:
        return BackupFailed(Message("backup-failed-full", **where))
    if code.startswith("SQLITE_READONLY") or errno_ in (13, 30) or "read-only" in text:
        return BackupFailed(Message("backup-failed-readonly", **where))
    return BackupFailed(Message("backup-failed-error", reason=" ".join(str(exc).split())[:120],
                                **where))


def unchanged_since_last(dossier: Path, folder: Path) -> bool:
    for newest in list_folder(folder):
        try:
            meta = json.loads(newest.path.with_suffix(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        now = fingerprint(dossier)
        return all(meta.get(k) == v for k, v in now.items())
    return False


def backup_interval() -> float:
    """Minutes between two on-open backups of the same dossier (CWB_BACKUP_INTERVAL)."""
    try:
        return max(0.0, float(os.environ.get(ENV_INTERVAL, DEFAULT_INTERVAL)))
    except ValueError:
        return DEFAULT_INTERVAL


def recent_backup(folder: Path) -> bool:
    """A backup younger than the interval exists: a script running many `workbench` commands
    on a big dossier must not copy the whole file before each one."""
    interval = backup_interval() * 60
    for newest in list_folder(folder):
        try:
            return time.time() - newest.path.stat().st_mtime < interval
        except OSError:
            return False
    return False


def before_open(dossier: str | Path, *, base: str | Path | None = None,
                keep: int | None = None, defer: bool = False) -> list[str]:
    """Called by ``Project.open`` for writing, holding the lock, before any migration.

    Takes a ``migration`` backup when the schema will be upgraded, else an ``open`` backup
    unless the file is unchanged since the newest backup. Never fails the opening: problems
    come back as warnings. ``defer``: leave the ``open`` backup to ``open_backup_in_steps``,
    which the caller runs in the background (a migration backup is never deferred: it must
    exist before the file changes).
    """
    dossier = Path(dossier)
    try:
        conn = connection.connect_file(dossier, "rw")   # rolls back a hot journal
    except db.Error:
        return []   # the opening itself will explain
    try:
        try:
            version = db.user_version(conn)
            uuid, _ = _identity(conn)
        except (db.Error, NotADossier):
            return []
        if not 1 <= version <= migrations.latest_version():
            return []
        if version < migrations.latest_version():
            snapshot(dossier, "migration", base=base, keep=keep, conn=conn)
        elif not defer and open_backup_due(dossier, uuid, base):
            snapshot(dossier, "open", base=base, keep=keep, conn=conn)
    except BackupFailed as exc:
        return [Message("backup-failed-safe", failure=exc.args[0] if exc.args else str(exc))]
    except (OSError, db.Error) as exc:
        return [Message("backup-impossible", name=dossier.name, reason=exc,
                        folder=backup_root(base))]
    finally:
        conn.close()
    return []


# --- restoring -----------------------------------------------------------------------------
def open_backup_due(dossier: Path, uuid: str, base: str | Path | None = None) -> bool:
    folder = backup_root(base) / uuid
    return not (unchanged_since_last(dossier, folder) or recent_backup(folder))


def open_backup_in_steps(dossier: str | Path, *, base: str | Path | None = None,
                         keep: int | None = None, step_pages: int = 2048,
                         progress: ProgressFn | None = None) -> Backup | None:
    """The on-open backup of a big dossier, made in the background (#15): read through a
    connection of its own, ``step_pages`` pages (8 MB of 4 KB pages) per step, so that the
    window is usable at once and an edit meanwhile waits at most one step. None when no
    backup was due. Raises ``BackupFailed`` or ``BackupCancelled``."""
    dossier = Path(dossier)
    source = _open_source(dossier)
    try:
        uuid, _ = _identity(source)
        if not open_backup_due(dossier, uuid, base):
            return None
        return snapshot(dossier, "open", base=base, keep=keep, conn=source,
                        step_pages=step_pages, progress=progress)
    finally:
        source.close()


def resolve(dossier: str | Path, backup: str | Path, base: str | Path | None = None) -> Path:
    """A backup given as a path, a file name in the dossier's backup folder, or a number from
    the list (1 = newest)."""
    text = str(backup)
    candidate = Path(text)
    if candidate.is_file():
        return candidate
    found = list_backups(dossier, base)
    if text.isdigit():
        index = int(text)
        if 1 <= index <= len(found):
            return found[index - 1].path
        raise NotFound(f"there is no backup number {text}; {len(found)} backups exist "
                       f"(see: workbench backups {dossier})")
    for b in found:
        if text in (b.name, b.path.stem):
            return b.path
    raise NotFound(f"no backup {text!r} of {Path(dossier).name} (see: workbench backups {dossier})")


def _check_backup(path: Path) -> None:
    try:
        connection.check_header(path)
    except NotADossier as exc:
        raise NotADossier(Message("backup-not-a-dossier", error=_first(exc))) from exc
    try:
        conn = connection.connect_file(path, "ro")
    except db.Error as exc:
        raise open_error(path, exc, readonly=True) from exc
    try:
        ok = db.quick_check(conn)
        version = db.user_version(conn)
        if ok == "ok" and version <= migrations.latest_version():
            # any file can be named as the backup to restore: it must be a dossier of ours
            connection.verified_version(conn, path)
    except db.Error as exc:
        raise NotADossier(Message("backup-damaged", name=path.name, reason=exc)) from exc
    except NotADossier as exc:
        raise type(exc)(Message("backup-not-a-dossier", error=_first(exc))) from exc
    finally:
        conn.close()
    if ok != "ok":
        raise NotADossier(Message("backup-damaged", name=path.name, reason=ok))
    if version > migrations.latest_version():
        raise NewerSchema(Message("backup-newer", name=path.name))


def _first(exc: BaseException) -> str:
    """An error's message, a Message kept as one (so its code is rendered too)."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


def restore(dossier: str | Path, backup: str | Path, *, base: str | Path | None = None,
            keep: int | None = None, user: str = "") -> Backup | None:
    """Replace the dossier's content by a backup's, after backing up the current state.

    Returns that ``restore`` backup (None when there was no readable dossier to save), so the
    restore is itself undoable by restoring it. Refuses (``DossierLocked``) while another session
    has the dossier open for editing: close it first (also in this process).
    """
    dossier = Path(dossier)
    chosen = resolve(dossier, backup, base)
    _check_backup(chosen)
    try:
        held = lock.acquire(dossier)
    except DossierLocked as exc:
        raise lock.locked_error(dossier, exc.holder,
                                "ask them to close it before restoring a backup") from exc
    try:
        saved = None
        damaged = False
        if dossier.exists():
            try:
                saved = snapshot(dossier, "restore", base=base, keep=keep)
            except (NotADossier, db.DatabaseError):
                damaged = True
                keepsake = chosen.parent / f"{datetime.now().strftime(_STAMP)}_damaged.bin"
                shutil.copyfile(dossier, keepsake)
        if dossier.exists() and not damaged:
            _copy_into(chosen, dossier)
        else:
            journal = dossier.with_name(dossier.name + "-journal")
            # a journal of the damaged file must not touch the backup
            fileops.unlink(journal, missing_ok=True)
            partial = dossier.with_name(dossier.name + ".restoring")
            shutil.copyfile(chosen, partial)
            fileops.replace(partial, dossier)
        _audit(dossier, chosen, saved, user)
    finally:
        held.release()
    return saved


def _copy_into(backup: Path, dossier: Path) -> None:
    source = connection.connect_file(backup, "ro")
    dest = connection.connect_file(dossier, "rw", isolation_level=None)
    try:
        db.durable_writes(dest)
        source.backup(dest)
    finally:
        source.close()
        dest.close()


def _audit(dossier: Path, backup: Path, saved: Backup | None, user: str) -> None:
    conn = connection.connect_file(dossier, "rw", isolation_level=None)
    try:
        detail = Message("detail.restore", path=saved.path) if saved else ""
        store.insert_audit(conn, user or lock.this_user(), f"Restore backup {backup.name}",
                           "dossier", "", detail)
    finally:
        conn.close()

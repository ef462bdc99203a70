"""One writer at a time: a lock file beside the dossier, portable to Windows and Linux.

Opening a dossier for editing creates ``<name>.cwb.lock`` in the same folder, atomically
(``O_CREAT | O_EXCL``: of two sessions racing for it exactly one succeeds), holding JSON about
the holder: user, computer, process id, since when, app version and a random token. Closing the
dossier removes it (only if the token is still ours). No OS byte-range locks are used: they
behave differently on Windows, Linux and network shares; the lock file behaves the same
everywhere and tells the next user *who* has the dossier open.

A lock is *stale* when its holder provably died: same computer and the process is gone (or is
this very process without a live session holding it). Stale locks are taken over silently. A
lock from another computer is never assumed stale (we cannot see its processes) but can be
taken over explicitly (``take_over=True``), for when that laptop crashed or is switched off.

No SQL here (#18): rolling back a dead writer's journal is ``workbench.store.recovery``.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import platform
import sys
import time
import uuid
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from workbench import fileops
from workbench.errors import DossierLocked, DossierNotWritable, FileInUse
from workbench.messages import Message
from workbench.syncfolders import sync_warning
from workbench.version import __version__

LOCK_SUFFIX = ".lock"
_FRESH_SECONDS = 10.0        # an empty/unreadable lock younger than this is being written now
_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "9p", "davfs"}

# Tokens of the locks this process holds through a live session (a Project not yet closed).
_live_tokens: set[str] = set()


@dataclass
class DossierLock:
    """The lock this session holds on ``dossier``. ``release()`` is idempotent."""

    dossier: Path
    path: Path
    holder: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    taken_over: dict[str, Any] | None = None      # the holder whose lock we replaced, if any

    @property
    def token(self) -> str:
        return str(self.holder["token"])

    def still_held(self) -> bool:
        """False when someone took the dossier over (or deleted the lock file) meanwhile."""
        current = read_holder(self.dossier)
        return current is not None and current.get("token") == self.token

    def release(self) -> None:
        if self.token not in _live_tokens:
            return
        _live_tokens.discard(self.token)
        if self.still_held():
            with contextlib.suppress(OSError, FileInUse):
                fileops.unlink(self.path)   # outlasts antivirus/OneDrive holding it briefly


# --- who am I ------------------------------------------------------------------------------
def this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def this_host() -> str:
    return platform.node() or os.environ.get("COMPUTERNAME", "") or "unknown"


def lock_path(dossier: Path) -> Path:
    dossier = Path(dossier)
    return dossier.with_name(dossier.name + LOCK_SUFFIX)


def read_holder(dossier: Path) -> dict[str, Any] | None:
    """The lock's JSON, ``{}`` for a lock file that is empty or unreadable, None for no lock."""
    try:
        raw = lock_path(dossier).read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return {}
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def format_since(since: str) -> str:
    """'2026-11-23T14:02:51+01:00' -> '2026-11-23 14:02' (the holder's local time)."""
    try:
        return datetime.fromisoformat(since).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return since or "an unknown time"


def describe(holder: dict[str, Any]) -> str:
    """'jan on LAPTOP-12 since 2026-11-23 14:02'."""
    return Message("lock-holder", user=holder.get("user") or "someone",
                   host=holder.get("host") or "an unknown computer",
                   since=format_since(holder.get("since", "")))


# --- is the holder alive -------------------------------------------------------------------
def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (zombies count as dead)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _win_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:      # exists, owned by another user
        return True
    except OSError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    try:
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def _win_pid_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    if sys.platform != "win32":      # mypy then checks the rest against the Windows API only
        raise NotImplementedError("Windows only")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    process_query_limited_information, still_active, error_access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        # Access denied: the process exists but belongs to someone else (or is protected).
        return bool(ctypes.get_last_error() == error_access_denied)
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def process_started(pid: int) -> str | None:
    """When process ``pid`` started, as an opaque string that differs for a later process with
    the same id; None when it cannot be told (no such process, or an OS we cannot ask).

    Windows reuses process ids quickly: a crashed session's lock must not look alive because
    some other program now has its id. Linux: field 22 of /proc/<pid>/stat (clock ticks after
    boot) with the boot id; Windows: the creation time from GetProcessTimes. No psutil needed.
    """
    if pid <= 0:
        return None
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _win_process_started(pid)
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        ticks = stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        boot = ""
    return f"linux:{boot}:{ticks}"


def _win_process_started(pid: int) -> str | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":      # mypy then checks the rest against the Windows API only
        raise NotImplementedError("Windows only")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE,) + (ctypes.POINTER(wintypes.FILETIME),) * 4
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    process_query_limited_information = 0x1000
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return None
    try:
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return None
        created = times[0]
        return f"win:{(created.dwHighDateTime << 32) | created.dwLowDateTime}"
    finally:
        kernel32.CloseHandle(handle)


def is_stale(holder: dict[str, Any]) -> bool:
    """Provably dead: written on this computer by a process that is gone, or whose id now
    belongs to a process started later (the holder's start time is recorded and compared)."""
    if holder.get("host") != this_host():
        return False
    try:
        pid = int(holder.get("pid", 0))
    except (TypeError, ValueError):
        return False
    if pid == os.getpid():
        return holder.get("token") not in _live_tokens
    if not pid_alive(pid):
        return True
    recorded = holder.get("started")
    if recorded:
        now = process_started(pid)
        return now is not None and now != recorded     # the id was reused
    return False       # an older lock without a start time: host + pid is all we know


# --- network locations ---------------------------------------------------------------------
def network_location(path: Path) -> str | None:
    """The share or mount a path lives on when that is a network file system, else None."""
    text = str(path)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _win_network_location(path)
    if text.startswith(("\\\\", "//")):
        return "\\".join(text.replace("/", "\\").split("\\")[:4])
    mounts = Path("/proc/self/mounts")
    try:
        lines = mounts.read_text().splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    resolved = str(path.resolve())
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        source, mount, fstype = parts[0], parts[1].replace("\\040", " "), parts[2]
        inside = resolved == mount or resolved.startswith(mount.rstrip("/") + "/")
        if inside and (best is None or len(mount) > best[0]):
            best = (len(mount), source if fstype in _NETWORK_FS else "")
    return (best[1] or None) if best else None


def _win_network_location(path: Path) -> str | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":      # mypy then checks the rest against the Windows API only
        raise NotImplementedError("Windows only")
    text = str(path)
    if text.startswith("\\\\?\\UNC\\"):
        text = "\\" + text[7:]
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "\\".join(text.replace("/", "\\").split("\\")[:4])
    drive = Path(os.path.abspath(text)).drive
    if drive:
        import ctypes

        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:
            return drive
    return None


def network_warning(dossier: Path) -> str | None:
    where = network_location(dossier)
    if not where:
        return None
    return Message("network-share", name=dossier.name, where=where)


# --- errors --------------------------------------------------------------------------------
def not_writable(dossier: Path, detail: str = "") -> DossierNotWritable:
    why = f" ({detail})" if detail else ""
    return DossierNotWritable(Message("not-writable", name=dossier.name, folder=dossier.parent,
                                      why=why))


def locked_error(dossier: Path, holder: dict[str, Any], what: str = "") -> DossierLocked:
    who = describe(holder)
    details = {**holder, "lock_file": str(lock_path(dossier))}
    if what:
        return DossierLocked(f"{dossier.name} is open for editing by {who}; {what}", details)
    if holder.get("host") == this_host() and holder.get("user") == this_user():
        code = "lock-held-here"
    elif holder.get("host") and holder.get("host") != this_host():
        code = "lock-held-elsewhere"
    else:
        code = "lock-held"
    return DossierLocked(Message(code, name=dossier.name, holder=who), details)


def is_not_writable(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or exc.errno in _NOT_WRITABLE or \
        getattr(exc, "winerror", None) in (5, 19)   # access denied, write-protected medium


# --- acquiring -----------------------------------------------------------------------------
def _new_holder() -> dict[str, Any]:
    return {
        "user": this_user(),
        "host": this_host(),
        "pid": os.getpid(),
        "started": process_started(os.getpid()),   # tells a reused pid from the holder
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
        "app": "Consultation Workbench",
        "version": __version__,
        "token": uuid.uuid4().hex,
    }


def _create(path: Path, holder: dict[str, Any]) -> bool:
    """Create the lock file atomically; False when it exists already."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0) | \
        getattr(os, "O_NOINHERIT", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(fd, json.dumps(holder, ensure_ascii=False, indent=1).encode("utf-8"))
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)
    return True


def _remove(path: Path, expected: dict[str, Any]) -> bool:
    """Remove the lock if it still holds ``expected``; False when someone else replaced it."""
    tomb = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.old")
    try:
        fileops.replace(path, tomb)     # atomic: of two racing sessions one gets the file
    except FileNotFoundError:
        return True
    try:
        data = json.loads(tomb.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if expected and data != expected:
        # A fresh lock that appeared between our look and the move: put it back.
        with contextlib.suppress(OSError, FileInUse):
            if not path.exists():
                fileops.replace(tomb, path)
        return False
    with contextlib.suppress(OSError, FileInUse):
        fileops.unlink(tomb)
    return True


def acquire(dossier: Path, *, take_over: bool = False) -> DossierLock:
    """Lock ``dossier`` for writing by this session.

    Raises ``DossierLocked`` when another live session holds it (``take_over=True`` replaces any
    lock, also one from another computer), ``DossierNotWritable`` when the lock file cannot be
    created (read-only folder or medium).
    """
    dossier = Path(dossier)
    path = lock_path(dossier)
    holder = _new_holder()
    replaced: dict[str, Any] | None = None
    deadline = time.monotonic() + 2.0
    while True:
        try:
            if _create(path, holder):
                break
        except OSError as exc:
            # Windows: the lock is being deleted right now by its holder; try again.
            if path.exists() and isinstance(exc, PermissionError) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            if is_not_writable(exc):
                raise not_writable(dossier, exc.strerror or "") from exc
            raise
        current = read_holder(dossier)
        if current is None:
            if time.monotonic() >= deadline:
                raise locked_error(dossier, {"user": "someone", "host": "an unknown computer"})
            continue  # released meanwhile
        if not current:
            # Empty or garbled: being written this instant, or left by a crash while writing.
            try:
                age = time.time() - path.stat().st_mtime
            except OSError:
                continue
            if age < _FRESH_SECONDS and not take_over and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            if age < _FRESH_SECONDS and not take_over:
                raise locked_error(dossier, {"user": "someone", "host": "an unknown computer"})
        elif not (take_over or is_stale(current)):
            raise locked_error(dossier, current)
        if _remove(path, current):
            replaced = current
        elif time.monotonic() >= deadline:
            raise locked_error(dossier, read_holder(dossier) or {})
    _live_tokens.add(holder["token"])
    held = DossierLock(dossier, path, holder, taken_over=replaced)
    held.warnings += [w for w in (network_warning(dossier), sync_warning(dossier)) if w]
    if replaced:
        held.warnings.append(Message("lock-taken-over", holder=describe(replaced)))
    return held


def check_writable(dossier: Path) -> None:
    """Refuse early, with advice, a dossier file the OS marks read-only."""
    if dossier.exists() and not os.access(dossier, os.W_OK):
        raise not_writable(dossier, "the file is marked read-only")


def readonly_warnings(dossier: Path) -> list[str]:
    """What a read-only session should know: who is editing, network share."""
    found: list[str] = []
    holder = read_holder(dossier)
    if holder and not is_stale(holder):
        found.append(Message("readonly-being-edited", name=dossier.name, holder=describe(holder)))
    found += [w for w in (network_warning(dossier), sync_warning(dossier)) if w]
    return found


class Closable(Protocol):
    def close(self) -> None: ...


def release_when_collected(owner: object, conn: Closable, held: DossierLock | None) -> None:
    """Close ``conn`` and release ``held`` when ``owner`` is garbage-collected or at exit."""
    weakref.finalize(owner, _close_quietly, conn, held)


def _close_quietly(conn: Closable, held: DossierLock | None) -> None:
    with contextlib.suppress(Exception):
        conn.close()
    if held is not None:
        with contextlib.suppress(Exception):
            held.release()

"""Write deliverables all-or-nothing: temp files beside the targets, then the replacements.

``atomic_write`` writes one file; ``StagedWrites`` writes several: every temp file first, then
every target is replaced, and when one replacement fails the ones already done are put back.
A target that is read-only, or that an office program holds open (its lock file is beside it),
is refused before anything is written, naming the file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from workbench import fileops
from workbench.errors import FileInUse, WorkbenchError
from workbench.messages import Message


class ExportError(WorkbenchError):
    """An export could not be written; ``str(e)`` tells the user what to do."""

    exit_code = 1   # the command ran, the file could not be written


def _temp_name(target: Path, suffix: str = "tmp") -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.{suffix}")


def _create_temp(target: Path) -> Path:
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(Message("export-no-folder", folder=folder))
    for _ in range(10):
        temp = _temp_name(target)
        try:
            # os.open with 0o666 honours the umask, unlike mkstemp's 0o600
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except PermissionError as exc:
            raise ExportError(Message("export-folder-readonly", folder=folder)) from exc
        except OSError as exc:
            raise ExportError(Message("export-folder-failed", folder=folder,
                                      reason=exc.strerror)) from exc
        os.close(fd)
        return temp
    raise ExportError(Message("export-temp-failed", folder=folder))


def _fsync(path: Path) -> None:
    # A handle opened for writing: Windows refuses FlushFileBuffers on a read-only one.
    with contextlib.suppress(OSError), open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where a folder can be opened (POSIX); not on Windows."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# Lock files office programs keep beside an open document: Word/Excel "~$name" (the first
# two characters of a long name are dropped), LibreOffice ".~lock.name#".
def _lock_files(target: Path) -> list[Path]:
    name = target.name
    return [target.with_name(f"~${name}"), target.with_name(f"~${name[2:]}"),
            target.with_name(f".~lock.{name}#")]


def check_target(target: Path) -> None:
    """Refuse a target the user would not want replaced: a folder, read-only, open elsewhere."""
    target = Path(target)
    if target.is_dir():
        raise ExportError(Message("export-is-folder", target=target))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportError(Message("export-unreadable", target=target,
                                  reason=exc.strerror or exc)) from exc
    # the write bits, not os.access: an administrator passes os.access on any file, and on
    # Windows the read-only attribute shows as a st_mode without write bits
    if mode is not None and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ExportError(Message("export-read-only", target=target))
    # Windows itself refuses to move a file Word/Excel holds (see commit), and a stale "~$"
    # file left by a crash would refuse the export for good; elsewhere nothing holds the
    # file, so the office programs' lock files are the only sign that it is open
    if mode is not None and os.name != "nt" and any(lock.exists()
                                                     for lock in _lock_files(target)):
        raise ExportError(Message("export-open-elsewhere", target=target))


def _write_temp(target: Path, write: Callable[[Path], None]) -> Path:
    """``write(temp)`` into a new temp file beside ``target``; the temp is removed on failure."""
    temp = _create_temp(target)
    try:
        try:
            write(temp)
        except ExportError:
            raise
        except PermissionError as exc:
            raise ExportError(Message("export-not-writable", target=target,
                                      reason=exc.strerror)) from exc
        except OSError as exc:
            raise ExportError(Message("export-write-failed", target=target,
                                      reason=exc.strerror or exc)) from exc
        except Exception as exc:
            raise ExportError(Message("export-failed", name=target.name,
                                      reason=f"{type(exc).__name__}: {exc}")) from exc
        _fsync(temp)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _move(move: Callable[[Path, Path], object], source: Path, dest: Path, target: Path) -> None:
    """One file move of an export, its failure named the way the user knows ``target``."""
    try:
        move(source, dest)        # fileops retries while antivirus/OneDrive hold it briefly
    except FileInUse as exc:
        raise ExportError(exc.args[0] if exc.args else str(exc)) from exc   # keeps its code
    except PermissionError as exc:
        raise ExportError(Message("export-held", target=target)) from exc
    except OSError as exc:
        raise ExportError(Message("export-replace-failed", target=target,
                                  reason=exc.strerror or exc)) from exc


def _replace(temp: Path, target: Path) -> None:
    _move(fileops.replace, temp, target, target)


def _move_aside(target: Path, backup: Path) -> None:
    """Rename the old ``target`` to ``backup`` (put back if a later replacement fails)."""
    _move(fileops.rename, target, backup, target)


class StagedWrites:
    """Several targets, all or nothing.

    ``add(target, write)`` checks the target and writes its temp file; ``commit()`` replaces
    every target; ``discard()`` (also when used as a context manager and an exception leaves
    it) removes the temp files. Nothing is replaced before every temp file exists.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []    # (temp, target)

    def __enter__(self) -> StagedWrites:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def check(self, targets: list[Path]) -> None:
        seen: set[str] = set()
        for target in targets:
            key = os.path.normcase(os.path.abspath(target))
            if key in seen:
                raise ExportError(Message("export-named-twice", target=target))
            seen.add(key)
            check_target(target)
            if not Path(target).parent.is_dir():
                raise ExportError(Message("export-no-folder", folder=Path(target).parent))

    def add(self, target: Path, write: Callable[[Path], None]) -> None:
        target = Path(target)
        check_target(target)
        self._staged.append((_write_temp(target, write), target))

    def commit(self) -> list[Path]:
        """Replace every target; on a failure put back the ones already replaced."""
        done: list[tuple[Path, Path | None]] = []     # (target, backup of the old file)
        try:
            for temp, target in self._staged:
                check_target(target)      # may have been opened meanwhile
                backup = None
                if target.exists():
                    backup = _temp_name(target, "old")
                    _move_aside(target, backup)
                done.append((target, backup))
                _replace(temp, target)
        except BaseException:
            for target, backup in reversed(done):
                with contextlib.suppress(OSError, FileInUse):
                    if backup is None:
                        if target.exists():
                            fileops.unlink(target)
                    elif target.exists():
                        fileops.replace(backup, target)
                    else:
                        fileops.rename(backup, target)    # the name is free again
            raise
        finally:
            self.discard()
        for _target, backup in done:
            if backup is not None:
                with contextlib.suppress(OSError, FileInUse):
                    fileops.unlink(backup)
        for folder in {target.parent for target, _backup in done}:
            _fsync_folder(folder)
        return [target for target, _backup in done]

    def discard(self) -> None:
        for temp, _target in self._staged:
            with contextlib.suppress(OSError):
                temp.unlink()
        self._staged = []


def atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp)`` then move the temp file onto ``target``.

    On any failure the temp file is removed, ``target`` is left as it was, and an
    ExportError with a message for the user is raised (the cause is chained).
    """
    with StagedWrites() as staged:
        staged.add(Path(target), write)
        staged.commit()

"""Write a deliverable all-or-nothing: a temp file beside the target, then one os.replace."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from workbench import fileops
from workbench.errors import FileInUse, WorkbenchError


class ExportError(WorkbenchError):
    """An export could not be written; ``str(e)`` tells the user what to do."""

    exit_code = 1   # the command ran, the file could not be written


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _create_temp(target: Path) -> Path:
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"{folder}: folder does not exist; choose another folder")
    for _ in range(10):
        temp = _temp_name(target)
        try:
            # os.open with 0o666 honours the umask, unlike mkstemp's 0o600
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except PermissionError as exc:
            raise ExportError(
                f"{folder}: folder is not writable; choose another folder") from exc
        except OSError as exc:
            raise ExportError(f"{folder}: cannot create a file here ({exc.strerror})") from exc
        os.close(fd)
        return temp
    raise ExportError(f"{folder}: cannot create a temporary file")


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


def atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp)`` then move the temp file onto ``target``.

    On any failure the temp file is removed, ``target`` is left as it was, and an
    ExportError with a message for the user is raised (the cause is chained).
    """
    target = Path(target)
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; choose a file name")
    temp = _create_temp(target)
    try:
        try:
            write(temp)
        except ExportError:
            raise
        except PermissionError as exc:
            raise ExportError(f"{target}: not writable ({exc.strerror})") from exc
        except OSError as exc:
            raise ExportError(f"{target}: could not be written ({exc.strerror or exc})") from exc
        except Exception as exc:
            raise ExportError(f"{target.name}: export failed ({type(exc).__name__}: {exc})") from exc
        _fsync(temp)
        try:
            fileops.replace(temp, target)   # outlasts antivirus/OneDrive holding it briefly
        except FileInUse as exc:
            raise ExportError(str(exc)) from exc
        except PermissionError as exc:
            raise ExportError(
                f"{target}: is open in another program (Word/Excel?) or not writable; "
                "close it or choose another name") from exc
        except OSError as exc:
            raise ExportError(f"{target}: could not be replaced ({exc.strerror or exc})") from exc
        _fsync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise

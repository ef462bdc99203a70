"""Replace, rename and delete files where another program may hold them for a moment (#17).

On Windows a file another process has open without FILE_SHARE_DELETE cannot be replaced,
renamed or deleted: ``PermissionError`` with winerror 32 (sharing violation), 33 (lock
violation) or 5 (access denied, also what a pending delete or an antivirus scan gives). Antivirus,
the search indexer and OneDrive open every new file briefly, so these failures are usually gone
within a second. Each operation here retries for about two seconds with short sleeps, then raises
``FileInUse`` naming the file and the likely holders. Elsewhere (Linux, macOS) such errors are
not transient and fail at once.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from workbench.errors import FileInUse

T = TypeVar("T")

TRANSIENT_WINERRORS = frozenset({5, 32, 33})   # access denied, sharing / lock violation
RETRY_SECONDS = 2.0
_SLEEPS = (0.02, 0.05, 0.1, 0.1, 0.2, 0.2, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25)   # ~2.0 s


def is_transient(exc: OSError) -> bool:
    """A failure another program's brief hold on the file explains (Windows only)."""
    winerror = getattr(exc, "winerror", None)
    if winerror is not None:
        return winerror in TRANSIENT_WINERRORS
    return sys.platform == "win32" and isinstance(exc, PermissionError)


def in_use_message(path: Path, action: str = "replaced") -> str:
    """``action``: replaced, renamed or deleted."""
    from workbench.messages import Message

    if action not in ("replaced", "renamed", "deleted"):
        action = "replaced"
    return Message(f"file-in-use-{action}", path=path)


def retrying(operation: Callable[[], T], path: Path, action: str = "replaced", *,
             seconds: float = RETRY_SECONDS) -> T:
    """Run ``operation``; retry it on transient sharing violations for about ``seconds``.

    After the retries: ``FileInUse`` (a WorkbenchError) with the original error chained. Other
    errors (FileNotFoundError, a real permission problem on Linux...) are raised at once.
    """
    waited = 0.0
    attempt = 0
    while True:
        try:
            return operation()
        except OSError as exc:
            if not is_transient(exc):
                raise
            if waited >= seconds:
                raise FileInUse(in_use_message(Path(path), action)) from exc
            pause = _SLEEPS[min(attempt, len(_SLEEPS) - 1)]
            time.sleep(pause)
            waited += pause
            attempt += 1


def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """``os.replace`` that outlasts a brief hold on ``target`` (or ``source``)."""
    retrying(lambda: os.replace(source, target), Path(target), "replaced")


def rename(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """``os.rename`` that outlasts a brief hold on ``source``."""
    retrying(lambda: os.rename(source, target), Path(source), "renamed")


def unlink(path: str | os.PathLike[str], *, missing_ok: bool = False) -> None:
    """``Path.unlink`` that outlasts a brief hold on ``path``."""
    retrying(lambda: Path(path).unlink(missing_ok=missing_ok), Path(path), "deleted")

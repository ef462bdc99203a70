"""The command line on a Windows console as on Linux (#17): UTF-8 output whatever the code page,
input files in whatever encoding Notepad or PowerShell wrote, progress lines without ANSI codes,
and ``*.pdf`` expanded by us (cmd.exe and PowerShell pass wildcards through unexpanded).
"""

from __future__ import annotations

import glob
import io
import os
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from workbench.errors import InvalidInput
from workbench.extract.plaintext import decode_text

WILDCARDS = frozenset("*?[")
ON_WINDOWS = os.name == "nt"


def use_utf8_output(streams: Iterable[TextIO] | None = None) -> None:
    """Write stdout and stderr as UTF-8, also when redirected to a file or pipe on Windows (where
    they would otherwise use the ANSI code page, cp1252, and fail on a "≥" or "ﬁ" from a PDF)."""
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue
        if (stream.encoding or "").lower().replace("-", "") == "utf8":
            continue
        try:
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
        except (ValueError, OSError):     # already written to in another encoding: leave it
            continue


def read_input_text(path: str | Path) -> str:
    """An input file (``--body-file``...) decoded like an imported text: UTF-8 with or without
    BOM, UTF-16 with BOM (PowerShell 5.1's ``>`` and ``Out-File``), else Windows-1252."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InvalidInput(f"{path}: is a folder, not a file") from exc
    except PermissionError as exc:
        raise InvalidInput(f"{path}: cannot be read ({exc.strerror})") from exc
    return decode_text(data).replace("\r\n", "\n")


def expand_wildcards(args: Iterable[str | Path], *, windows: bool | None = None) -> list[Path]:
    """Expand ``*``, ``?`` and ``[...]`` in arguments the shell passed through (Windows), sorted;
    an argument that names an existing file, or matches nothing, is kept as it is (so the import
    reports "no such file" for it). On POSIX the shell has already expanded them."""
    if windows is None:
        windows = ON_WINDOWS
    found: list[Path] = []
    for arg in args:
        text = str(arg)
        if windows and WILDCARDS & set(text) and not os.path.exists(text):
            matches = sorted(glob.glob(text), key=str.casefold)
            if matches:
                found.extend(Path(m) for m in matches if not os.path.isdir(m))
                continue
        found.append(Path(text))
    return found


class ProgressLine:
    """One status line rewritten in place: ``\\r`` and padding over the previous text, no ANSI
    escape (a Windows 10 console without VT mode prints ``\\033[K`` as garbage)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self._width = 0

    def show(self, text: str) -> None:
        columns = shutil.get_terminal_size((80, 24)).columns
        text = text[:max(columns - 1, 10)]       # a wrapped line cannot be rewritten
        self.stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        self.stream.flush()

    def done(self, text: str | None = None) -> None:
        if text is not None:
            self.show(text)
        self.stream.write("\n")
        self.stream.flush()
        self._width = 0

"""The one place a file path becomes an SQLite URI (https://www.sqlite.org/uri.html).

Not ``path.resolve().as_uri()``: on Windows ``resolve()`` turns a mapped drive (``H:``) into its
UNC path and ``as_uri()`` makes ``\\\\server\\share\\x.cwb`` into ``file://server/share/x.cwb``,
with ``server`` as the URI *authority*; the SQLite in CPython's Windows builds is compiled without
SQLITE_ALLOW_URI_AUTHORITY and refuses that ("invalid uri authority"). SQLite's own rules instead:

- an empty authority: ``file:///home/jan/x.cwb``;
- a drive letter after a slash: ``file:///C:/Users/jan/x.cwb`` (SQLite drops the slash on Windows);
- a UNC path as a path that starts with two slashes: ``file:////server/share/x.cwb``;
- ``%``, ``?`` and ``#`` (and, to be safe, spaces, controls and non-ASCII as UTF-8) are
  percent-encoded; SQLite decodes ``%HH`` before it opens the file.

The path is made absolute with ``os.path.abspath`` (which keeps a mapped drive letter) and is
never resolved.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

# Kept literally: the separators and a drive letter's colon. Everything else outside the
# unreserved set is %-encoded (quote() encodes non-ASCII as UTF-8, which SQLite expects).
_SAFE = "/:"


def _windows_uri_path(path: PureWindowsPath) -> str:
    text = str(path)
    if text.startswith("\\\\?\\UNC\\"):          # long-path form of a UNC path
        text = "\\\\" + text[len("\\\\?\\UNC\\"):]
    elif text.startswith("\\\\?\\"):             # long-path form of a drive path
        text = text[len("\\\\?\\"):]
    text = text.replace("\\", "/")
    if text.startswith("//"):
        return text                              # //server/share/...: empty authority + UNC
    return "/" + text                            # /C:/...


def uri_path(path: PurePath) -> str:
    """The (not yet encoded) path part of the URI: starts with ``/``."""
    if isinstance(path, PureWindowsPath):
        return _windows_uri_path(path)
    return path.as_posix()


def sqlite_uri(path: str | os.PathLike[str], mode: str | None = None) -> str:
    """The ``file:`` URI SQLite opens for ``path`` (any OS, drive, share or character).

    ``path`` may be a pure path of another OS (the tests build Windows URIs on Linux); a
    concrete relative path is made absolute against the current folder.
    """
    pure = path if isinstance(path, PurePath) else Path(path)
    if isinstance(pure, Path):
        pure = Path(os.path.abspath(pure))
    elif not pure.is_absolute():
        raise ValueError(f"{pure}: an SQLite URI needs an absolute path")
    uri = "file://" + quote(uri_path(pure), safe=_SAFE)
    return f"{uri}?mode={mode}" if mode else uri

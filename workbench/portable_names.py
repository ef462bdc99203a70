"""File names that Windows can hold: checked for every tracked file (and usable for any name we
write). Git for Windows refuses to check out a repository with one bad name, so it matters.

The rules (Microsoft, "Naming Files, Paths, and Namespaces"): no reserved device name as the part
before the first dot (CON, PRN, AUX, NUL, COM1-9, LPT1-9 and their superscript forms, CONIN$,
CONOUT$), none of ``< > : " | ? * \\`` or control characters, no component ending in a dot or a
space, and names differing only in case are one file. We also keep paths at most
``MAX_PATH_CHARS`` long, so that the checkout folder itself still fits in MAX_PATH (260).
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_PATH_CHARS = 200
_DIGITS = "123456789¹²³"
RESERVED = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$"}
                     | {f"{dev}{d}" for dev in ("com", "lpt") for d in _DIGITS})
FORBIDDEN = frozenset('<>:"|?*\\') | frozenset(chr(c) for c in range(32))


def component_problem(part: str) -> str | None:
    """Why Windows cannot hold this one path component, or None."""
    if part.split(".")[0].rstrip(" ").lower() in RESERVED:
        return "is a reserved device name on Windows"
    bad = sorted({c for c in part if c in FORBIDDEN})
    if bad:
        return f"contains a character Windows forbids in file names ({', '.join(map(repr, bad))})"
    if part.endswith((".", " ")) and part not in (".", ".."):
        return "ends in a dot or a space, which Windows drops"
    return None


def problems(paths: Iterable[str]) -> list[str]:
    """One line per path (``/``-separated, relative) that Windows cannot hold."""
    found: list[str] = []
    seen: dict[str, str] = {}
    for path in paths:
        for part in path.split("/"):
            why = component_problem(part)
            if why:
                found.append(f"{path}: {part!r} {why}")
                break
        if len(path) > MAX_PATH_CHARS:
            found.append(f"{path}: {len(path)} characters, more than {MAX_PATH_CHARS} "
                         "(too long for a checkout on Windows)")
        parts = path.split("/")
        # every prefix: a folder Docs/ beside docs/ is one folder on Windows too
        for depth in range(1, len(parts) + 1):
            prefix = "/".join(parts[:depth])
            key = prefix.casefold()
            other = seen.setdefault(key, prefix)
            if other != prefix:
                found.append(f"{prefix} and {other} differ only in case: one file on Windows")
                break
    return found

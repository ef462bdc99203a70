"""Showing untrusted names safely: file names and titles come from other people's files.

A file name with a newline can fake a second line of output; a right-to-left override
(U+202E) makes ``advies‮fdp.exe`` read as ``adviesexe.pdf``. ``for_display`` neutralises such
characters for people to read; stored values stay exactly as they were (JSON output keeps the
raw value, which ``json.dumps`` escapes as needed).
"""

from __future__ import annotations

import unicodedata

# Bidirectional embeddings, overrides and isolates (and the marks that steer them): shown as
# a visible code so nobody is fooled about the order of the characters.
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F,
                          0x061C)}


def _visible(ch: str) -> str:
    return f"<U+{ord(ch):04X}>"


def for_display(text: object, limit: int | None = None) -> str:
    """``text`` as one line a person can trust: control characters (newlines, tabs, escape
    sequences) and bidi controls are replaced by visible codes; ``limit`` cuts it with "…"."""
    if isinstance(text, bytes | bytearray):      # a damaged dossier may hold bytes here
        text = bytes(text[:200]).decode("utf-8", "replace")
    value = str(text)
    if limit is not None and len(value) > limit:
        value = value[:limit - 1] + "…"
    out = []
    for ch in value:
        if ch in _BIDI:
            out.append(_visible(ch))
        elif ch in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(ch) == "Cc":   # C0, DEL and C1 controls
            out.append(_visible(ch))
        else:
            out.append(ch)
    return "".join(out)


def shorten(text: str, limit: int) -> str:
    """``text`` (one line, see ``for_display``) cut to at most ``limit`` characters at a word
    boundary, with "…" when anything was cut: a quote shown as "… gelinkt aan de t”" read as
    if the advice said "t"."""
    value = " ".join(for_display(text).split())
    if len(value) <= limit:
        return value
    cut = value[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def needs_neutralising(text: str) -> bool:
    return any(ch in _BIDI or unicodedata.category(ch) == "Cc" for ch in text)

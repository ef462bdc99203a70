"""Update the Qt Linguist translations from the sources and compile them (`make i18n`).

``python -m ui.i18n_build --update`` runs pyside6-lupdate over every module of ui/ and the
core modules that mark words for translation (``TRANSLATED_CORE``: the labels of stored codes
and the Dutch wording of the core's messages),
so a new ``self.tr()``/``QT_TRANSLATE_NOOP`` string appears in each .ts as unfinished and a
string no longer used is dropped; then lrelease compiles the .ts into .qm. Without
``--update`` it only compiles. The .qm files are build artefacts and are not committed;
`make setup` and the bundle build run this module.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
# Qt-free core modules whose words the GUI translates (they mark them with QT_TRANSLATE_NOOP).
TRANSLATED_CORE = ("workbench/labels.py", "workbench/messages_nl.py")


def lrelease() -> str | None:
    import PySide6

    for name in ("lrelease", "lrelease.exe", "pyside6-lrelease"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _tool(name: str) -> str | None:
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / name,
                      Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(f"pyside6-{name}") or shutil.which(name)


def translated_sources(root: Path = ROOT) -> list[Path]:
    """Every module lupdate reads: all of ui/ and the marked core modules."""
    return sorted((root / "ui").rglob("*.py")) + [root / name for name in TRANSLATED_CORE]


def update(folder: Path = TRANSLATIONS) -> list[Path]:
    """Bring every .ts in ``folder`` up to date with the sources (lupdate, obsolete dropped)."""
    tool = _tool("lupdate")
    if tool is None:
        raise SystemExit("lupdate not found: install PySide6 (pip install -e .[dev])")
    updated = []
    for ts in sorted(folder.glob("*.ts")):
        subprocess.run([tool, *map(str, translated_sources()), "-no-obsolete",
                        "-locations", "relative", "-ts", str(ts)], check=True)
        if ts.stem.endswith("_en"):
            fill(ts, core_english())     # a new core message is English at once, as in the CLI
        updated.append(ts)
    return updated


_CONTEXT = re.compile(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", re.DOTALL)
_UNFINISHED = re.compile(r"(<source>([^<]*)</source>\s*)<translation type=\"unfinished\">"
                         r"[^<]*</translation>")


def fill(ts: Path, translations: dict[tuple[str, str], str]) -> int:
    """Fill the unfinished entries of ``ts`` found in ``translations`` ((context, source) ->
    text); returns how many. What a translator wrote is never replaced."""
    text = ts.read_text(encoding="utf-8")
    filled = 0

    def in_context(match: re.Match[str]) -> str:
        context = html.unescape(match.group(1))

        def entry(found: re.Match[str]) -> str:
            nonlocal filled
            wanted = translations.get((context, html.unescape(found.group(2))))
            if wanted is None:
                return found.group(0)
            filled += 1
            text = escape(wanted, {"'": "&apos;", "\"": "&quot;"})   # as lupdate writes
            return f"{found.group(1)}<translation>{text}</translation>"

        return match.group(0).replace(match.group(2), _UNFINISHED.sub(entry, match.group(2)))

    ts.write_text(_CONTEXT.sub(in_context, text), encoding="utf-8")
    return filled


def core_english() -> dict[tuple[str, str], str]:
    """The English of every core message, for the English .ts: the wording the CLI prints."""
    from workbench.messages import TEMPLATES, field_words
    from workbench.messages_nl import DUTCH, FIELDS

    fields = {("Messages", str(dutch)): field_words(code) for code, dutch in FIELDS.items()}
    return {**fields, **{("Messages", str(dutch)): TEMPLATES[code]
                         for code, dutch in DUTCH.items()}}


def build(folder: Path = TRANSLATIONS) -> list[Path]:
    tool = lrelease()
    sources = sorted(folder.glob("*.ts"))
    if not sources:
        return []
    if tool is None:
        sys.stderr.write("lrelease not found: translations not compiled (the UI stays Dutch)\n")
        return []
    built = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        # Written beside and then swapped in: a running app maps the .qm it loaded, and
        # rewriting that file in place crashed it (segfault in QtCore) on `make i18n`.
        fresh = qm.with_name(qm.name + ".new")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(fresh)], check=True)
        os.replace(fresh, qm)
        built.append(qm)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv[1:]:
        for path in update():
            print(f"updated {path.name}")
    for path in build():
        print(f"built {path.name}")

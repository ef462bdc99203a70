"""The interface language. Dutch is the source language of every ``tr()`` string, so the Dutch
interface needs no translation file; other languages load ``resources/translations/workbench_<code>.qm``
(built from the .ts files by ``python -m ui.i18n_build``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ui import settings

LANGUAGES = {"nl": "Nederlands", "en": "English"}
SOURCE_LANGUAGE = "nl"

_installed: list[QTranslator] = []


def _qm_file(language: str) -> Path | None:
    """The compiled translation for ``language``; compiled on the fly from the .ts when missing."""
    from ui import i18n_build

    folder = i18n_build.TRANSLATIONS
    qm = folder / f"workbench_{language}.qm"
    ts = qm.with_suffix(".ts")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    cache = Path(tempfile.gettempdir()) / "consultation-workbench-qm"
    cache.mkdir(exist_ok=True)
    target = cache / qm.name
    tool = i18n_build.lrelease()
    if tool is None:
        return None
    import subprocess

    subprocess.run([tool, "-silent", str(ts), "-qm", str(target)], check=True)
    return target


def install(language: str, app: QCoreApplication | None = None) -> bool:
    """Make ``language`` the interface language; True when its translations were loaded."""
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        return False
    qt = QTranslator(app)          # Qt's own strings (standard buttons, dialogs)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qt_{language}", folder) or qt.load(f"qtbase_{language}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    if language == SOURCE_LANGUAGE:
        return True
    qm = _qm_file(language)
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True


def install_saved(app: QCoreApplication | None = None) -> str:
    language = settings.LANGUAGE.get()
    install(language, app)
    return language


def current() -> str:
    return settings.LANGUAGE.get()

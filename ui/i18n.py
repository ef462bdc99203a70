"""The interface language. Dutch is the source language of every ``tr()`` string, so the Dutch
interface needs no translation file; other languages load ``translations/workbench_<code>.qm``,
found with ``workbench.resources.resource_path`` (checkout, installed wheel or PyInstaller
bundle) and built from the .ts files by ``python -m ui.i18n_build``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ui import settings
from workbench.resources import resource_path

LANGUAGES = {"nl": "Nederlands", "en": "English"}
SOURCE_LANGUAGE = "nl"

_installed: list[QTranslator] = []


def _translation(name: str) -> Path | None:
    try:
        return resource_path("translations", name)
    except FileNotFoundError:
        return None


def _qm_file(language: str) -> Path | None:
    """The compiled translation for ``language``, found like every bundled resource (checkout,
    installed wheel, PyInstaller bundle); compiled on the fly from the .ts when missing or older."""
    qm = _translation(f"workbench_{language}.qm")
    ts = _translation(f"workbench_{language}.ts")
    if qm is not None and (ts is None or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if ts is None:
        return qm
    from ui import i18n_build

    tool = i18n_build.lrelease()
    if tool is None:
        return qm                      # an older .qm beats none
    import subprocess

    cache = Path(tempfile.gettempdir()) / "consultation-workbench-qm"
    cache.mkdir(exist_ok=True)
    target = cache / f"workbench_{language}.qm"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(target)], check=True)
    return target


# Qt 6 renamed these labels of its own file dialog (an "&" was added); Qt's Dutch file still
# translates only the old text, so the dialog said "Look in:" and "Files of type:" (#14).
QT_GAPS = {"nl": {("QFileDialog", "&Look in:"): "&Zoeken in:",
                  ("QFileDialog", "Files of &type:"): "Bestands&type:"}}


class QtGaps(QTranslator):
    """The few of Qt's own strings its translation for the language lacks."""

    def __init__(self, texts: dict[tuple[str, str], str], parent: QCoreApplication | None) -> None:
        super().__init__(parent)
        self.texts = texts

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.texts.get((context, source))        # None: "not mine" (Qt asks the next)

    def isEmpty(self) -> bool:
        return not self.texts


def install(language: str, app: QCoreApplication | None = None) -> bool:
    """Make ``language`` the interface language; True when its translations were loaded."""
    app = app or QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)   # static: the one application
    _installed.clear()
    if language not in LANGUAGES:
        return False
    qt = QTranslator(app)          # Qt's own strings (standard buttons, dialogs)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qt_{language}", folder) or qt.load(f"qtbase_{language}", folder):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    if language in QT_GAPS:
        gaps = QtGaps(QT_GAPS[language], app)
        QCoreApplication.installTranslator(gaps)        # asked first: installed last
        _installed.append(gaps)
    if language == SOURCE_LANGUAGE:
        return True
    qm = _qm_file(language)
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        return False
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    return True


def install_saved(app: QCoreApplication | None = None) -> str:
    language = settings.LANGUAGE.get()
    install(language, app)
    return language


def current() -> str:
    return settings.LANGUAGE.get()

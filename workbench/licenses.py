"""The application's licence and those of the libraries shipped with it, for the About dialog.

Names, versions and licences are read at run time from the installed distributions' metadata
(``importlib.metadata``); the PyInstaller bundle carries that metadata (``copy_metadata`` in
build_installer.spec). Where it is missing, the licence known at build time is shown instead.
Qt-free: the dialog lives in ui/about_dialog.py.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

from workbench.store import db
from workbench.version import __version__

APP_DISTRIBUTION = "consultation-workbench"
APP_LICENCE = "EUPL-1.2"
APP_LICENCE_URL = "https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    note: str = ""
    url: str = ""
    distribution: str | None = None   # None: not a Python distribution (Python, SQLite)


# (distribution, shown name, licence if the metadata has none, note in Dutch: the UI language)
THIRD_PARTY = (
    ("PySide6_Essentials", "PySide6 (Qt for Python) met Qt 6", "LGPL-3.0-only",
     "Qt for Python en de Qt 6-bibliotheken, gebruikt onder de GNU LGPL v3; de bibliotheken zijn "
     "aparte bestanden in de programmamap en kunnen vervangen worden"),
    ("shiboken6", "shiboken6", "LGPL-3.0-only", "runtime van de PySide6-bindings"),
    ("python-docx", "python-docx", "MIT", "Word-documenten"),
    ("openpyxl", "openpyxl", "MIT", "Excel-werkboeken"),
    ("et_xmlfile", "et-xmlfile", "MIT", "gebruikt door openpyxl"),
    ("lxml", "lxml", "BSD-3-Clause", "bevat libxml2 en libxslt (MIT)"),
    ("pypdfium2", "pypdfium2", "Apache-2.0 OR BSD-3-Clause",
     "bevat PDFium (BSD-3-Clause) en zijn afhankelijkheden"),
    ("platformdirs", "platformdirs", "MIT", "standaardmappen voor instellingen en logbestanden"),
    ("typing_extensions", "typing_extensions", "PSF-2.0", "gebruikt door python-docx"),
)

_CLASSIFIER = re.compile(r"^License :: (?:OSI Approved :: )?(.+)$")
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def licence_of(meta: metadata.PackageMetadata, fallback: str = "") -> str:
    """The licence in a distribution's metadata: the SPDX expression, a short License field, or
    the trove classifiers; ``fallback`` when none of them says."""
    expression = _field(meta, "License-Expression").strip()
    if expression:
        return expression
    field = _field(meta, "License").strip()
    if field and "\n" not in field and len(field) <= 120 and field.upper() != "UNKNOWN":
        return field
    classifiers = [m.group(1) for c in (meta.get_all("Classifier") or []) if (m := _CLASSIFIER.match(c))]
    if classifiers:
        return " / ".join(classifiers)
    return fallback


def _url(meta: metadata.PackageMetadata) -> str:
    if _field(meta, "Home-page"):
        return _field(meta, "Home-page")
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return str(url).strip()
    return ""


def application() -> Component:
    """This application: name, version and licence (EUPL-1.2)."""
    try:
        meta = metadata.metadata(APP_DISTRIBUTION)
        licence = licence_of(meta, APP_LICENCE)
    except metadata.PackageNotFoundError:
        licence = APP_LICENCE
    return Component("Consultation Workbench", __version__, licence, url=APP_LICENCE_URL,
                     distribution=APP_DISTRIBUTION)


def third_party() -> list[Component]:
    """The libraries shipped with the application, then the Python runtime and SQLite."""
    found = []
    for dist, name, fallback, note in THIRD_PARTY:
        try:
            meta = metadata.metadata(dist)
        except metadata.PackageNotFoundError:
            found.append(Component(name, "?", fallback, note, distribution=dist))
            continue
        found.append(Component(name, meta["Version"] or "?", licence_of(meta, fallback), note,
                               _url(meta), distribution=dist))
    found.append(Component("Python", platform.python_version(), "PSF-2.0",
                           "de Python-runtime en de standaardbibliotheek", "https://www.python.org"))
    found.append(Component("SQLite", db.sqlite_version(), "Public domain",
                           "het bestandsformaat van de dossiers", "https://sqlite.org"))
    return found


def licence_texts(distribution: str) -> list[tuple[str, str]]:
    """(file name, text) of the licence files a distribution ships in its metadata folder."""
    try:
        dist = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return []
    texts = []
    for path in dist.files or ():
        parts = path.parts
        # LICENSE, COPYING... in the metadata folder, or anything in its licenses/ folder (PEP 639;
        # pypdfium2 keeps PDFium's and its dependencies' notices there)
        if len(parts) >= 2 and parts[0].endswith((".dist-info", ".egg-info")) \
                and any(_LICENCE_FILE.match(part) for part in parts[1:]):
            try:
                texts.append(("/".join(parts[1:]), path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    return texts

"""Help > Over Consultation Workbench: version, licence, and the licences of the bundled libraries.

``show_about(parent)`` is what the menu action calls. Names, versions and licences come from the
installed packages' metadata at run time (workbench.licenses), so they match what is shipped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workbench import licenses
from workbench.resources import resource_path

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def _bundled_licence_texts() -> list[tuple[str, str]]:
    """The full licence texts shipped in resources/licenses (LGPL/GPL for Qt, Python's)."""
    try:
        folder = resource_path("licenses")
    except FileNotFoundError:
        return []
    texts = []
    for path in sorted(folder.rglob("*.txt")):
        try:
            texts.append((path.relative_to(folder).as_posix(), path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    return texts


def about_html() -> str:
    app = licenses.application()
    e = html.escape
    rows = []
    for c in licenses.third_party():
        version = c.version
        if c.distribution == "PySide6_Essentials":
            version = f"{c.version} (Qt {qVersion()})"
        name = f'<a href="{e(c.url)}">{e(c.name)}</a>' if c.url else e(c.name)
        rows.append(f"<tr><td>{name}</td><td>{e(version)}</td><td>{e(c.licence)}</td>"
                    f"<td>{e(c.note)}</td></tr>")
    parts = [
        f"<h2>Consultation Workbench {e(app.version)}</h2>",
        "<p>" + e(translate("AboutDialog",
            "Verwerk de schriftelijke adviezen op een consultatie tot een traceerbare "
            "mededeling: per optie de voor- en nadelen, elk gestaafd met letterlijk "
            "geciteerde adviespassages.")) + "</p>",
        "<p>" + e(translate("AboutDialog", "Licentie")) + f': <b>{e(app.licence)}</b> '
        f'(<a href="{e(licenses.APP_LICENCE_URL)}">European Union Public Licence 1.2</a>)</p>',
        "<h3>" + e(translate("AboutDialog", "Gebruikte software van derden")) + "</h3>",
        '<table border="0" cellspacing="0" cellpadding="3">',
        "<tr><th align='left'>" + "</th><th align='left'>".join(
            e(_tr(str(h))) for h in (QT_TRANSLATE_NOOP("AboutDialog", "Onderdeel"),
                              QT_TRANSLATE_NOOP("AboutDialog", "Versie"),
                              QT_TRANSLATE_NOOP("AboutDialog", "Licentie"),
                              QT_TRANSLATE_NOOP("AboutDialog", "Opmerking"))) + "</th></tr>",
        *rows,
        "</table>",
        "<h3>" + e(translate("AboutDialog", "Licentieteksten")) + "</h3>",
    ]
    for c in licenses.third_party():
        for name, text in licenses.licence_texts(c.distribution) if c.distribution else ():
            parts.append(f"<h4>{e(c.name)}: {e(name)}</h4><pre>{e(text)}</pre>")
    for name, text in _bundled_licence_texts():
        parts.append(f"<h4>{e(name)}</h4><pre>{e(text)}</pre>")
    return "\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(translate("AboutDialog", "Over Consultation Workbench"))
        self.resize(760, 600)
        self.text = QTextBrowser(self)
        self.text.setObjectName("about_text")
        self.text.setReadOnly(True)
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html())
        self.text.setAccessibleName(translate("AboutDialog", "Over Consultation Workbench"))
        self.text.setAccessibleDescription(translate("AboutDialog", "Versie, gebruikte "
                                                                    "onderdelen en licenties"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            translate("AboutDialog", "Dit venster sluiten"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Show the About dialog (modal) and return it once closed."""
    dialog = AboutDialog(parent)
    dialog.exec()
    return dialog

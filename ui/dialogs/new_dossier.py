"""Ask for a new dossier's title, reference and file; the file name follows the title."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui import settings
from ui.dialogs.form import FormDialog, Submit

# Characters Windows refuses in a file name (and path separators everywhere).
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_name_for(title: str, folder: Path) -> Path:
    """``<folder>/<title>.cwb``, made safe for every file system and not yet taken
    (``... (2).cwb`` when it is)."""
    stem = " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split()).strip(" .")[:80].strip() \
        or "nieuw dossier"
    candidate = folder / f"{stem}.cwb"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}).cwb"
        number += 1
    return candidate


class NewDossierDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(self.tr("Nieuw dossier"), parent, submit)
        self.folder = Path(settings.last_folder())
        self.title = self.add_row(self.tr("&Titel:"), QLineEdit())
        self.title.setPlaceholderText(self.tr("bv. Groenboek clusterbeleid"))
        self.title.setAccessibleDescription(self.tr("De titel van de consultatie; de "
                                                    "bestandsnaam volgt de titel"))
        self.reference = self.add_row(self.tr("&Referentie:"), QLineEdit())
        self.reference.setPlaceholderText(self.tr("bv. VR 2024 2203 MED.0096/2BIS"))
        self.reference.setAccessibleDescription(self.tr("Het kenmerk van de nota (mag leeg)"))
        row = QWidget(self)
        self.file = QLineEdit(str(file_name_for(self.tr("nieuw dossier"), self.folder)), row)
        self.file.setAccessibleName(self.tr("Bestand"))
        self.file.setAccessibleDescription(self.tr("Waar het dossier wordt bewaard"))
        self._file_follows_title = True
        self.file.textEdited.connect(self._file_edited)
        self.title.textChanged.connect(self._title_changed)
        self.browse = QPushButton(self.tr("&Bladeren..."), row)
        self.browse.setAccessibleName(self.tr("Bladeren"))
        self.browse.setAccessibleDescription(self.tr("Een map en bestandsnaam kiezen"))
        self.browse.clicked.connect(self._browse)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file, 1)
        layout.addWidget(self.browse)
        self.add_row(self.tr("B&estand:"), row, self.tr("Bestand"))

    def _file_edited(self, _text: str) -> None:
        self._file_follows_title = False        # the user chose a name: leave it alone

    def _title_changed(self, title: str) -> None:
        if self._file_follows_title:
            folder = Path(self.file.text()).parent if self.file.text().strip() else self.folder
            self.file.setText(str(file_name_for(title or self.tr("nieuw dossier"), folder)))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Nieuw dossier"), self.file.text(),
                                              self.tr("Dossiers (*.cwb)"))
        if name:
            self._file_follows_title = False
            self.file.setText(name if name.endswith(".cwb") else f"{name}.cwb")

    def values(self) -> dict:
        name = self.file.text().strip()
        if name and not name.endswith(".cwb"):
            name += ".cwb"
        return {"path": Path(name).expanduser() if name else None,
                "title": self.title.text().strip(), "reference": self.reference.text().strip()}

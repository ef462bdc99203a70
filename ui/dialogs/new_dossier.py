"""Ask for a new dossier's file, title and reference."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui import settings
from ui.dialogs.form import FormDialog, Submit


class NewDossierDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(self.tr("Nieuw dossier"), parent, submit)
        row = QWidget(self)
        self.file = QLineEdit(str(Path(settings.last_folder()) / self.tr("nieuw dossier.cwb")))
        self.file.setAccessibleName(self.tr("Bestand"))
        browse = QPushButton(self.tr("&Bladeren..."), row)
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file, 1)
        layout.addWidget(browse)
        self.add_row(self.tr("&Bestand:"), row, self.tr("Bestand"))
        self.title = self.add_row(self.tr("&Titel:"), QLineEdit())
        self.title.setPlaceholderText(self.tr("bv. Groenboek clusterbeleid"))
        self.reference = self.add_row(self.tr("&Referentie:"), QLineEdit())
        self.reference.setPlaceholderText(self.tr("bv. VR 2024 2203 MED.0096/2BIS"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Nieuw dossier"), self.file.text(),
                                              self.tr("Dossiers (*.cwb)"))
        if name:
            self.file.setText(name if name.endswith(".cwb") else f"{name}.cwb")

    def values(self) -> dict:
        name = self.file.text().strip()
        if name and not name.endswith(".cwb"):
            name += ".cwb"
        return {"path": Path(name).expanduser() if name else None,
                "title": self.title.text().strip(), "reference": self.reference.text().strip()}

"""Before an import: who wrote these files (or background documents), when, and the reference.

The advisory body selected in the navigator is the default: importing VARIO's advice with VARIO
selected needs no extra choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.dialogs.form import DateField, FormDialog
from ui.session import Session
from ui.views.eliding_combo import ElidingComboBox
from workbench.display import shorten


class ImportDialog(FormDialog):
    def __init__(self, session: Session, paths: list[Path], parent: QWidget | None = None,
                 advisor: str | None = None) -> None:
        super().__init__(self.tr("Adviezen importeren"), parent)
        self.setObjectName("import_dialog")
        self.paths = list(paths)
        names = ", ".join(p.name for p in paths[:4]) + (" …" if len(paths) > 4 else "")
        count = (self.tr("1 bestand: %1") if len(paths) == 1 else
                 self.tr("%2 bestanden: %1").replace("%2", str(len(paths))))
        label = QLabel(count.replace("%1", names), self)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.advisor = self.add_row(self.tr("&Adviesinstantie:"), ElidingComboBox())
        self.advisor.setAccessibleDescription(self.tr("Wie het advies schreef; een "
                                                      "achtergronddocument is geen advies"))
        self.advisor.addItem(self.tr("(achtergronddocument, geen advies)"), None)
        advisors = session.project.advisors()
        if advisor is None:
            # Nothing selected: the first advisory body whose advice is not in the dossier yet
            # (the usual next import), never silently a "background document".
            with_sources = {s.advisor_key for s in session.project.sources()}
            advisor = next((a.key for a in advisors if a.key not in with_sources), None)
        received = None
        for a in advisors:
            self.advisor.addItem(f"{a.key} — {shorten(a.name, 50)}", a.key)
            if a.key == advisor:
                received = a.received_on
        if advisor is not None:
            self.advisor.setCurrentIndex(max(0, self.advisor.findData(advisor)))
        self.date = self.add_row(self.tr("&Datum van het advies:"), DateField(received))
        self.date.setAccessibleDescription(self.tr("Vink aan en kies de datum die op het "
                                                   "advies staat"))
        self.reference = self.add_row(self.tr("&Kenmerk:"), QLineEdit())
        self.reference.setPlaceholderText(self.tr("bv. Advies 36"))
        self.reference.setAccessibleDescription(self.tr("Het nummer of kenmerk van het advies, "
                                                        "zoals het in de voetnoten komt"))
        if len(paths) > 1:
            self.reference.setEnabled(False)
            self.reference.setPlaceholderText(self.tr("alleen bij één bestand"))
        self.advisor.currentIndexChanged.connect(self._advisor_changed)
        self._session = session

    def _advisor_changed(self, _row: int) -> None:
        key = self.advisor.currentData()
        if key is not None and self.date.value() is None:
            received = self._session.project.advisor(key).received_on
            if received:
                self.date.set_value(received)

    def values(self) -> dict:
        reference = self.reference.text().strip() if self.reference.isEnabled() else ""
        return {"advisor": self.advisor.currentData(), "date": self.date.value(),
                "reference": reference or None}

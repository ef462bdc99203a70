"""Export the deliverables (Word annex and communication, Excel pro/con workbook) in the background.

File > Exporteren... asks which deliverables and where (the folder is remembered), then runs
``export_all`` off the GUI thread. The worker opens its OWN read-only ``Project`` on the dossier
(read-only needs no lock, so it does not clash with the window's session) and closes it.

``export_all`` has no cancel hook; Cancel takes effect between steps. The files are replaced
together at the end (all or nothing), so a cancelled export leaves every target as it was.

Failed checks (``ExportBlocked``) show one dialog with the problems and "Toch exporteren
(gemarkeerd als ONTWERP)", which reruns with ``force=True``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.dialogs.form import FormDialog
from ui.messages import error_text, render
from ui.session import Session
from ui.tasks import Task
from workbench import Project, WorkbenchError

PARTS = ("annex", "communication", "xlsx")
SUFFIXES = {
    "annex": " - bijlage.docx",
    "communication": " - mededeling.docx",
    "xlsx": " - pro-contra.xlsx",
}


translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exporting", text)


def targets_for(dossier: Path, folder: Path, parts) -> dict[str, Path]:
    """The file of each chosen deliverable: ``<folder>/<dossier stem> - bijlage.docx``..."""
    return {part: Path(folder) / f"{Path(dossier).stem}{SUFFIXES[part]}"
            for part in PARTS if part in parts}


def step_labels() -> dict[str, str]:
    """What the progress dialog says per step of ``export_all`` (translated on the GUI thread)."""
    return {
        "check": translate("Exporting", "Controles uitvoeren..."),
        "content": translate("Exporting", "Inhoud samenstellen..."),
        "annex": translate("Exporting", "Bijlage schrijven..."),
        "communication": translate("Exporting", "Mededeling schrijven..."),
        "xlsx": translate("Exporting", "Pro-contra-overzicht schrijven..."),
        "done": translate("Exporting", "Klaar"),
    }


class ExportDialog(FormDialog):
    """Which deliverables, and into which folder."""

    def __init__(self, dossier: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Exporteren"), parent)
        self.setObjectName("export_dialog")
        self.dossier = Path(dossier)
        chosen = set(settings.EXPORT_PARTS.get())
        self.checks: dict[str, QCheckBox] = {}
        texts = {
            "annex": self.tr("&Bijlage (Word, .docx): alle argumenten met hun citaten"),
            "communication": self.tr("&Mededeling (Word, .docx): de tekst met de secties"),
            "xlsx": self.tr("&Pro-contra-overzicht (Excel, .xlsx)"),
        }
        parts = QVBoxLayout()
        for part in PARTS:
            box = QCheckBox(texts[part], self)
            box.setObjectName(f"export_{part}")
            box.setAccessibleDescription(self.tr("Dit document maken"))
            box.setChecked(part in chosen)
            box.toggled.connect(self._update_preview)
            parts.addWidget(box)
            self.checks[part] = box
        self.form.addRow(self.tr("Documenten:"), parts)
        self.first_field = self.checks[PARTS[0]]     # Enter still exports (the default button)
        # the audit trail names users and every change: internal, so off unless asked for
        self.with_audit = QCheckBox(self.tr("&Audittrail toevoegen aan het Excel-bestand "
                                            "(intern: wie wijzigde wat)"), self)
        self.with_audit.setObjectName("export_with_audit")
        self.with_audit.setAccessibleDescription(self.tr("Alleen voor intern gebruik"))
        self.form.addRow("", self.with_audit)
        self.folder = QLineEdit(settings.export_folder(self.dossier.parent), self)
        self.folder.setObjectName("export_folder")
        self.folder.setAccessibleName(self.tr("Map"))
        self.folder.setAccessibleDescription(self.tr("De map waarin de documenten komen"))
        self.folder.textChanged.connect(self._update_preview)
        browse = QPushButton(self.tr("B&laderen..."), self)
        browse.setAccessibleDescription(self.tr("Een andere map kiezen"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(self.tr("&Map:"), self)
        folder_label.setBuddy(self.folder)
        self.form.addRow(folder_label, row)
        self.preview = QLabel(self)
        self.preview.setObjectName("export_preview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(self.preview)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Exporteren"))
        self.buttons.button(self.buttons.StandardButton.Ok).setAccessibleDescription(
            self.tr("De gekozen documenten nu maken (Enter)"))
        self.setMinimumWidth(560)
        self._update_preview()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor de export"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def parts(self) -> list[str]:
        return [part for part, box in self.checks.items() if box.isChecked()]

    def targets(self) -> dict[str, Path]:
        return targets_for(self.dossier, Path(self.folder.text().strip()), self.parts())

    def _update_preview(self) -> None:
        targets = self.targets()
        lines = []
        for path in targets.values():
            exists = self.tr(" (bestaat al: wordt vervangen)") if path.exists() else ""
            lines.append(f"• {path.name}{exists}")
        self.preview.setText("\n".join(lines) or self.tr("Kies minstens één document."))
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(bool(targets))

    def values(self) -> dict:
        return {"targets": self.targets(), "folder": self.folder.text().strip(),
                "parts": self.parts(),
                "with_audit": self.with_audit.isChecked() and "xlsx" in self.parts()}

    def accept(self) -> None:
        folder = Path(self.folder.text().strip())
        if not self.parts():
            QMessageBox.warning(self, self.tr("Exporteren"), self.tr("Kies minstens één document."))
            return
        if not self.folder.text().strip() or not folder.is_dir():
            QMessageBox.warning(self, self.tr("Exporteren"),
                                self.tr("De map %1 bestaat niet. Kies een andere map.")
                                .replace("%1", str(folder)))
            return
        settings.EXPORT_FOLDER.set(str(folder))
        settings.EXPORT_PARTS.set(self.parts())
        super().accept()


class ExportCancelled(Exception):
    """The user cancelled between two steps; ``written`` are the files finished before that."""

    def __init__(self, written: list[Path]) -> None:
        super().__init__("cancelled")
        self.written = written


def export_job(dossier: Path, targets: dict[str, Path], force: bool, labels: dict[str, str],
               with_audit: bool = False, checks_of: object | None = None):
    """The worker: its own read-only Project, closed afterwards; Cancel between steps.

    ``checks_of``: the window's project, whose whole-file damage scan (done, or under way in
    the checks panel) the export's checks share rather than read the file again (#15)."""

    def work(task: Task):
        from workbench.checks import ScanCancelled
        from workbench.export.run import export_all

        def progress(step: str, done: int, total: int) -> None:
            if step != "done" and task.is_cancelled():
                raise ExportCancelled([])     # all or nothing: no target was replaced yet
            task.progress(done, total, labels.get(step, step))

        with Project.open(dossier, readonly=True) as project:
            try:
                return export_all(project, **targets, force=force, with_audit=with_audit,
                                  progress=progress, checks_of=checks_of,
                                  cancelled=task.is_cancelled)
            except ScanCancelled:
                raise ExportCancelled([]) from None

    return work


def start_export(window, session: Session, targets: dict[str, Path] | None = None) -> bool:
    """Ask what and where (unless ``targets`` is given), then export in the background."""
    with_audit = False
    if targets is None:
        dialog = ExportDialog(session.project.path, window)
        if not dialog.exec():
            return False
        targets = dialog.values()["targets"]
        with_audit = dialog.values()["with_audit"]
    return run_export(window, session, targets, with_audit=with_audit)


def run_export(window, session: Session, targets: dict[str, Path], force: bool = False,
               with_audit: bool = False) -> bool:
    flush = getattr(window, "commit_pending_edits", None)
    if flush is not None:
        flush()                                   # the composer's text not yet committed
    dossier = session.project.path

    def done(result) -> None:
        from ui.next_step import finish_journey

        window.export_result = result
        finish_journey(dossier)               # the new user's guide has reached its end
        refresh = getattr(window, "_update_counts", None)
        if refresh is not None:
            refresh()
        show_written(window, result.written, draft=result.draft)

    def failed(error: BaseException) -> None:
        from workbench.export.run import ExportBlocked

        if isinstance(error, ExportBlocked):
            show_blocked(window, session, targets, error.report, with_audit)
        elif isinstance(error, ExportCancelled):
            text = translate("Exporting", "Export geannuleerd.")
            if error.written:
                text += " " + translate("Exporting", "Al geschreven: %1").replace(
                    "%1", ", ".join(p.name for p in error.written))
            window.statusBar().showMessage(text, 10000)
        else:
            message = error_text(error) if isinstance(error, (WorkbenchError, OSError)) else \
                f"{type(error).__name__}: {error}"
            box = _show(window, QMessageBox.Icon.Warning,
                        translate("Exporting", "Exporteren mislukt"),
                        translate("Exporting", "De export kon niet worden geschreven; er werd "
                                               "niets vervangen. Kies een andere map of sluit "
                                               "het bestand in Word of Excel."), message)
            box.addButton(QMessageBox.StandardButton.Close)
            box.open()

    window.export_result = None
    task = window.tasks.run("export", export_job(dossier, targets, force, step_labels(),
                                                 with_audit, checks_of=session.project),
                            done, failed, progress=translate("Exporting", "Exporteren..."), parent=window)
    if task is None:
        box = _show(window, QMessageBox.Icon.Information, translate("Exporting", "Exporteren"),
                    translate("Exporting", "Er loopt al een export."))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        return False
    return True


def _show(window, icon: QMessageBox.Icon, title: str, text: str, info: str = "") -> QMessageBox:
    """A non-blocking message box, kept as ``window.export_box`` (tests look at it there)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("export_box")
    if info:
        box.setInformativeText(info)
    window.export_box = box
    return box


def show_written(window, written: list[Path], *, draft: bool = False) -> QMessageBox:
    text = (translate("Exporting", "1 bestand geschreven:") if len(written) == 1 else
            translate("Exporting", "%1 bestanden geschreven:").replace("%1", str(len(written))))
    if draft:
        text = translate("Exporting", "Gemarkeerd als ONTWERP (controles mislukt).") + "\n" + text
    box = _show(window, QMessageBox.Icon.Information, translate("Exporting", "Exporteren"), text,
                "\n".join(f"• {p.name}" for p in written))
    if written:
        box.setDetailedText("\n".join(str(p) for p in written))
        folder = written[0].parent
        opener = box.addButton(translate("Exporting", "Map &openen"), QMessageBox.ButtonRole.ActionRole)
        opener.setObjectName("open_folder")
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    window.statusBar().showMessage(
        translate("Exporting",
            "Geëxporteerd naar %1").replace("%1", str(written[0].parent)) if written else "", 8000)
    return box


def show_blocked(window, session: Session, targets: dict[str, Path], report,
                 with_audit: bool = False) -> QMessageBox:
    errors = report.errors
    box = _show(window, QMessageBox.Icon.Warning, translate("Exporting", "Controles mislukt"),
                (translate("Exporting", "1 controle mislukt; er werd niets geëxporteerd.")
                 if len(errors) == 1 else
                 translate("Exporting", "%1 controles mislukt; er werd niets geëxporteerd.")
                 .replace("%1", str(len(errors)))),
                "\n".join(f"• {render(p.message)}" for p in errors[:12])
                + ("\n…" if len(errors) > 12 else ""))
    box.setDetailedText("\n".join(render(p.message) for p in errors))
    force = box.addButton(translate("Exporting", "Toch exporteren (gemarkeerd als ONTWERP)"),
                          QMessageBox.ButtonRole.AcceptRole)
    force.setObjectName("force")
    show = box.addButton(translate("Exporting", "Controles tonen"), QMessageBox.ButtonRole.HelpRole)
    show.setObjectName("show_checks")
    cancel = box.addButton(translate("Exporting", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    force.clicked.connect(lambda: run_export(window, session, targets, force=True,
                                             with_audit=with_audit))
    show.clicked.connect(getattr(window, "run_checks", lambda: None))
    box.open()
    return box

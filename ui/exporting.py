"""Export the deliverables (Word communication and annex, Excel workbook) in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui import settings
from ui.session import Session
from ui.tasks import Task


def start_export(window, session: Session) -> bool:
    try:
        from workbench.export import export_all
    except ImportError:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Exporteren"),
            QCoreApplication.translate("MainWindow", "Exporteren is in deze versie nog niet beschikbaar."),
        )
        return False
    folder = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("MainWindow", "Map voor de export"), settings.last_folder()
    )
    if not folder:
        return False
    stem = session.project.path.stem
    target = Path(folder)
    files = {
        "communication": target / f"{stem} - mededeling.docx",
        "annex": target / f"{stem} - bijlage.docx",
        "xlsx": target / f"{stem} - argumenten.xlsx",
    }

    def work(task: Task):
        return export_all(
            session.project,
            **files,
            progress=lambda done, total, text="": task.progress(done, total, str(text)),
        )

    def done(_result) -> None:
        session.busy = False
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Geëxporteerd naar %1").replace("%1", folder), 8000
        )

    def failed(error: BaseException) -> None:
        session.busy = False
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Exporteren"), str(error))

    session.busy = True
    if (
        window.tasks.run(
            "export",
            work,
            done,
            failed,
            progress=QCoreApplication.translate("MainWindow", "Exporteren..."),
            parent=window,
        )
        is None
    ):
        session.busy = False
        return False
    return True

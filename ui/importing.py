"""Import advice documents off the GUI thread, with progress, Cancel and one summary.

The worker imports through ``session.project.worker()``: its own connection inside this session's
lock, opened and closed in the worker thread, never the GUI's. The import is not an undo step, so
when it ends the undo history is cleared with a notice and the views reload.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui import settings
from ui.dialogs.import_dialog import ImportDialog
from ui.messages import error_text, import_text
from ui.session import Session
from ui.tasks import Task

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")

FILTER = "Adviezen (*.pdf *.docx *.odt *.html *.htm *.txt *.md);;Alle bestanden (*)"


def choose_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MainWindow", "Adviezen importeren"),
        settings.last_folder(),
        FILTER,
    )
    if names:
        settings.LAST_FOLDER.set(str(Path(names[0]).parent))
    return [Path(n) for n in names]


def progress_text(done: int, total: int, name: str) -> str:
    """Honest progress: only files whose import is committed count as "opgeslagen"."""
    text = (
        QCoreApplication.translate("MainWindow", "%1 van %2 bestanden opgeslagen")
        .replace("%1", str(done))
        .replace("%2", str(total))
    )
    if name and done < total:
        text += "\n" + QCoreApplication.translate("MainWindow", "Bezig: %1").replace("%1", name)
    return text


def import_job(session: Session, paths: list[Path], advisor: str | None, **details):
    """The import as a task: files are read in worker processes (``workbench.extract.worker``),
    so Cancel stops the file being read at once and a crafted file cannot take the app down;
    they are stored through ``project.worker()``, a connection owned by the task's thread.
    ``details``: date and reference from the import dialog.
    """
    project = session.project

    def work(task: Task):
        with project.worker() as own:
            return own.import_files(
                paths,
                advisor,
                **details,
                progress=lambda done, total, path: task.progress(
                    done, total, progress_text(done, total, path.name)),
                cancel=task.is_cancelled,
            )

    return work


def start_import(window, session: Session, paths: list[Path] | None = None) -> bool:
    paths = paths or choose_files(window)
    if not paths:
        return False
    dialog = ImportDialog(session, paths, window, getattr(window, "selected_advisor", None)
                          and window.selected_advisor())
    if not dialog.exec():
        return False
    details = dialog.values()
    advisor = details.pop("advisor")

    def done(results) -> None:
        session.busy = False
        session.reload()
        report(window, results, len(paths), paths)
        if any(r.ok for r in results):
            session.clear_undo_with_notice(QCoreApplication.translate(
                "MainWindow", "De geschiedenis van ongedaan maken is gewist."))

    def failed(error: BaseException) -> None:
        session.busy = False
        session.clear_undo_with_notice(QCoreApplication.translate(
            "MainWindow", "Import afgebroken; de geschiedenis van ongedaan maken is gewist."))
        session.reload()
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Adviezen importeren"), error_text(error)
        )

    session.busy = True
    task = window.tasks.run(
        "import",
        import_job(session, paths, advisor, **details),
        done,
        failed,
        progress=QCoreApplication.translate("MainWindow", "Adviezen importeren..."),
        parent=window,
    )
    if task is None:
        session.busy = False
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Adviezen importeren"),
            QCoreApplication.translate("MainWindow", "Er loopt al een import."),
        )
        return False
    return True


def _names(paths: list[Path], limit: int = 8) -> str:
    shown = ", ".join(p.name for p in paths[:limit])
    return shown + (f", … (+{len(paths) - limit})" if len(paths) > limit else "")


def report(window, results: list, requested: int, paths: list[Path] | None = None) -> None:
    ok = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok
              and getattr(r.problem, "reason", "") != "cancelled"]
    cancelled = requested - len(ok) - len(failed)
    if requested == 1:          # not "1 van 1 bestanden geïmporteerd."
        text = (translate("MainWindow", "Het bestand is geïmporteerd.") if ok else
                translate("MainWindow", "Het bestand is niet geïmporteerd."))
    else:
        text = (translate("MainWindow", "%1 van %2 bestanden geïmporteerd.")
                .replace("%1", str(len(ok))).replace("%2", str(requested)))
    if cancelled:
        text += " " + translate("MainWindow", "%1 overgeslagen (geannuleerd).").replace(
            "%1", str(cancelled))
    if not failed and not cancelled:
        window.statusBar().showMessage(text, 8000)
        return
    window.statusBar().showMessage(text, 15000)
    lines = []
    if len(failed) == 1:
        lines.append(translate("MainWindow", "1 bestand kon niet worden geïmporteerd."))
    elif failed:
        lines.append(translate("MainWindow", "%1 bestanden konden niet worden geïmporteerd.").replace(
            "%1", str(len(failed))))
    details = [import_text(r) for r in failed]
    if cancelled:
        # After Cancel the officer must know what the dossier now holds (#14: the status bar
        # gave a count for eight seconds, no names).
        seen = {r.file for r in ok} | {r.file for r in failed}
        left = [p for p in (paths or []) if p not in seen]
        lines.append(translate("MainWindow", "Geannuleerd: wat al gelezen was, is bewaard; de andere "
                                      "bestanden zijn niet geïmporteerd. Het dossier is in orde."))
        if ok:
            lines.append(translate("MainWindow", "Bewaard: %1").replace(
                "%1", _names([r.file for r in ok])))
        if left:
            lines.append(translate("MainWindow", "Niet geïmporteerd: %1 (importeer ze opnieuw als u ze "
                                          "nodig hebt)").replace("%1", _names(left)))
    box = QMessageBox(
        QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
        translate("MainWindow", "Adviezen importeren"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("import_summary")
    box.setInformativeText("\n".join(lines + details[:8]))
    if details:
        box.setDetailedText("\n".join(details))
    window.import_summary = box
    box.open()

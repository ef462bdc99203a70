"""What happens when the application hits a bug: a crash report in the log folder, and a message
telling the officer where it is and that no work is lost (every edit is committed to the dossier
file at once). Also the rotating application log.

``install_crash_handler()`` is called once by ui.app.main().
"""

from __future__ import annotations

import datetime as _dt
import logging
import logging.handlers
import os
import platform
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import paths
from workbench.version import __version__

log = logging.getLogger("workbench")

MAX_APP_LOG_BYTES = 1_000_000
APP_LOG_BACKUPS = 3
KEEP_CRASH_REPORTS = 20


translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashHandler", text)


def environment_lines() -> list[str]:
    """Version and platform facts for the top of a crash report."""
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {pyside_version}, Qt {qVersion()}"
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        qt = "PySide6 not available"
    return [
        f"Consultation Workbench {__version__}",
        f"time: {_dt.datetime.now().isoformat(timespec='seconds')}",
        f"platform: {platform.platform()} ({platform.machine()})",
        f"python: {sys.version.split()[0]} ({'bundle' if getattr(sys, 'frozen', False) else sys.executable})",
        f"qt: {qt}",
        f"arguments: {sys.argv[1:]}",
    ]


def write_crash_report(exc_type, exc, tb, folder: Path | None = None,
                       thread_name: str | None = None) -> Path:
    """Write the traceback with version/platform information to a new file in the log folder."""
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}.log"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"crash-{stamp}-{os.getpid()}-{n}.log"
    lines = environment_lines()
    if thread_name:
        lines.append(f"thread: {thread_name}")
    text = "\n".join(lines) + "\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))
    path.write_text(text, encoding="utf-8")
    _prune(folder)
    return path


def _prune(folder: Path) -> None:
    reports = sorted(folder.glob("crash-*.log"), key=lambda p: p.stat().st_mtime)
    for old in reports[:-KEEP_CRASH_REPORTS]:
        try:
            old.unlink()
        except OSError:
            pass


def crash_message(report: Path, exc: BaseException | None = None) -> QMessageBox:
    """The message shown after a crash: where the report is, and that the work is saved."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("CrashHandler", "Onverwachte fout"),
                      translate("CrashHandler",
                          "Er is een onverwachte fout opgetreden in Consultation Workbench."),
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setInformativeText(
        translate("CrashHandler",
            "Uw werk is bewaard: elke wijziging wordt meteen in het dossierbestand opgeslagen, "
            "er gaat dus niets verloren. Werkt de toepassing niet meer zoals verwacht, sluit ze "
            "dan en open het dossier opnieuw.\n\n"
            "Een foutrapport staat in:\n{path}\n\n"
            "Stuur dat bestand naar de helpdesk om de fout te laten oplossen.").replace(
                "{path}", str(report)))
    if exc is not None:
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    open_folder = box.addButton(translate("CrashHandler", "Map openen"), QMessageBox.ButtonRole.ActionRole)
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.parent))))
    return box


class _Relay(QObject):
    """Carries a report from a worker thread to the GUI thread (queued signal)."""

    crashed = Signal(str, object)


class CrashHandler:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.reports: list[Path] = []
        self._busy = False
        self._previous = (sys.excepthook, threading.excepthook)
        self._log_handler: logging.Handler | None = None
        self._relay: _Relay | None = None
        if QCoreApplication.instance() is not None:
            self._relay = _Relay()
            self._relay.crashed.connect(lambda path, exc: self._show(Path(path), exc))

    # -- installation ----------------------------------------------------------------------
    def install(self) -> CrashHandler:
        folder = self.folder or paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / paths.APP_LOG_NAME, maxBytes=MAX_APP_LOG_BYTES, backupCount=APP_LOG_BACKUPS,
            encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        self._log_handler = handler
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        log.info("Consultation Workbench %s started; %s", __version__, "; ".join(environment_lines()[2:5]))
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous[1]
        if self._log_handler is not None:
            logging.getLogger().removeHandler(self._log_handler)
            self._log_handler.close()
            self._log_handler = None

    # -- hooks -------------------------------------------------------------------------------
    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or self._busy:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._busy = True
        try:
            report = self._report(exc_type, exc, tb)
            if report is not None and self._on_gui_thread():
                self._show(report, exc)
        finally:
            self._busy = False

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        report = self._report(args.exc_type, args.exc_value, args.exc_traceback,
                              args.thread.name if args.thread else None)
        if report is not None and self._relay is not None:
            self._relay.crashed.emit(str(report), args.exc_value)

    # -- helpers -----------------------------------------------------------------------------
    def _report(self, exc_type, exc, tb, thread_name: str | None = None) -> Path | None:
        stderr = sys.__stderr__ or sys.stderr
        if stderr is not None:   # a windowed .exe has no console
            traceback.print_exception(exc_type, exc, tb, file=stderr)
        try:
            report = write_crash_report(exc_type, exc, tb, self.folder, thread_name)
        except OSError as error:
            if stderr is not None:
                stderr.write(f"workbench-app: could not write the crash report: {error}\n")
            return None
        log.critical("unhandled %s, report in %s", exc_type.__name__, report,
                     exc_info=(exc_type, exc, tb))
        self.reports.append(report)
        return report

    @staticmethod
    def _on_gui_thread() -> bool:
        app = QCoreApplication.instance()
        return isinstance(app, QApplication) and QThread.currentThread() is app.thread()

    def _show(self, report: Path, exc: BaseException | None) -> None:
        try:
            crash_message(report, exc).exec()
        except Exception:  # never let the message itself crash the handler
            traceback.print_exc(file=sys.__stderr__)


_installed: CrashHandler | None = None


def install_crash_handler(folder: Path | None = None) -> CrashHandler:
    """Send unhandled exceptions (main and worker threads) to a crash report plus a message box,
    and log to a rotating workbench.log in ``folder`` (default: paths.log_dir())."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    _installed = CrashHandler(folder).install()
    return _installed


def uninstall_crash_handler() -> None:
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed = None

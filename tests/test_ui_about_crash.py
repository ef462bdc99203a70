"""Help > Over (licences of the bundled libraries), the crash handler and the user folders."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import about_dialog, crash, paths
from workbench import licenses


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes 'shown' (exec patched: the test never blocks on a modal box)."""
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def handler(qapp, tmp_path: Path):
    previous = (sys.excepthook, threading.excepthook)
    installed = crash.install_crash_handler(tmp_path / "logs")
    yield installed
    crash.uninstall_crash_handler()
    assert (sys.excepthook, threading.excepthook) == previous


# -- About -------------------------------------------------------------------------------------

def test_about_lists_the_bundled_libraries_with_their_licences(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: 0)
    dialog = about_dialog.show_about(None)
    qtbot.addWidget(dialog)
    assert dialog.text.isReadOnly()
    text = dialog.text.toPlainText()
    assert "Consultation Workbench" in text and "EUPL-1.2" in text
    lines = text.splitlines()

    def line_of(name: str) -> str:
        """The table row of ``name`` (toPlainText puts each cell on its own line)."""
        start = next(i for i, line in enumerate(lines) if line.startswith(name))
        return " | ".join(lines[start:start + 4])

    assert "LGPL-3.0" in line_of("PySide6")
    assert "MIT" in line_of("python-docx")
    assert "MIT" in line_of("openpyxl")
    assert "BSD" in line_of("lxml")
    assert "Apache-2.0" in line_of("pypdfium2") and "PDFium" in line_of("pypdfium2")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text   # the LGPL text itself is shipped


def test_licences_come_from_the_installed_metadata() -> None:
    from importlib import metadata

    by_dist = {c.distribution: c for c in licenses.third_party()}
    assert by_dist["python-docx"].version == metadata.version("python-docx")
    assert by_dist["PySide6_Essentials"].licence.startswith("LGPL-3.0")
    assert licenses.application().licence == "EUPL-1.2"
    assert any(name.upper().startswith("LICEN") for name, _ in licenses.licence_texts("python-docx"))
    # PDFium's notice ships inside pypdfium2's metadata (licenses/): the dialog shows it too
    assert any("pdfium" in name.lower() for name, _ in licenses.licence_texts("pypdfium2"))


def test_missing_metadata_falls_back_to_the_known_licence(monkeypatch) -> None:
    monkeypatch.setattr(licenses, "THIRD_PARTY", (("no-such-dist-xyz", "Nothing", "MIT", ""),))
    nothing = licenses.third_party()[0]
    assert (nothing.name, nothing.version, nothing.licence) == ("Nothing", "?", "MIT")


# -- crash handler -----------------------------------------------------------------------------

def _raise_and_hook(message: str) -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def test_crash_writes_a_report_and_says_where_it_is(handler, shown_messages, tmp_path) -> None:
    _raise_and_hook("kapot")
    assert len(handler.reports) == 1
    report = handler.reports[0]
    assert report.parent == tmp_path / "logs" and report.name.startswith("crash-")
    content = report.read_text(encoding="utf-8")
    assert "RuntimeError: kapot" in content
    assert "Consultation Workbench" in content and "platform:" in content and "qt:" in content
    assert len(shown_messages) == 1
    box = shown_messages[0]
    assert str(report) in box.informativeText()
    assert "bewaard" in box.informativeText()          # the officer's work is saved
    assert "RuntimeError: kapot" in box.detailedText()


def test_crash_in_a_worker_thread_is_reported_on_the_gui_thread(handler, shown_messages, qtbot) -> None:
    worker = threading.Thread(target=lambda: 1 / 0, name="import-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown_messages) == 1)
    content = handler.reports[0].read_text(encoding="utf-8")
    assert "ZeroDivisionError" in content and "thread: import-worker" in content
    assert str(handler.reports[0]) in shown_messages[0].informativeText()


def test_app_log_rotates_in_the_log_folder(handler, tmp_path) -> None:
    import logging

    logging.getLogger("workbench.test").warning("iets om te loggen")
    for h in logging.getLogger().handlers:
        h.flush()
    log_file = tmp_path / "logs" / paths.APP_LOG_NAME
    assert "iets om te loggen" in log_file.read_text(encoding="utf-8")
    assert "started" in log_file.read_text(encoding="utf-8")


def test_user_folders_are_the_platform_standard_ones(monkeypatch, tmp_path) -> None:
    import platformdirs

    monkeypatch.delenv("CWB_LOG_DIR", raising=False)
    assert paths.log_dir(create=False) == Path(
        platformdirs.user_log_dir("Consultation Workbench", "Vlaamse overheid"))
    assert paths.data_dir(create=False) == Path(
        platformdirs.user_data_dir("Consultation Workbench", "Vlaamse overheid"))
    monkeypatch.setenv("CWB_LOG_DIR", str(tmp_path / "elders"))
    assert paths.app_log_file() == tmp_path / "elders" / "workbench.log"
    assert (tmp_path / "elders").is_dir()

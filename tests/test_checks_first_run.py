"""The first checks run of a session answers at once (#15): the whole-file damage scan (27 s
on 2,000 sources) runs on its own in the background, with its own progress line and Cancel,
and the checks run again with its findings when it ends; an export still waits for it."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from ui.main_window import MainWindow
from workbench import Project, checks
from workbench.checks import ScanCancelled, damage_scan, known_damage, run_checks
from workbench.export.run import ExportBlocked, export_all


def _damaged(sound: Path, tmp_path: Path, damage: str) -> Path:
    """A copy of ``sound`` with ``damage`` (SQL) done to it behind the workbench's back."""
    path = tmp_path / "damaged.cwb"
    path.write_bytes(sound.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    return path


def _damaged_index(sound: Path, tmp_path: Path) -> Path:
    """A file whose search index no longer matches its paragraphs (only the scan sees it)."""
    return _damaged(sound, tmp_path, "UPDATE block SET text = 'iets heel anders' WHERE seq = 0")


@pytest.fixture
def editable(sound: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    path = tmp_path / "dossier.cwb"
    path.write_bytes(sound.read_bytes())
    return path


def test_checks_without_the_scan_read_no_whole_file(editable: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def no_scan(*_args: object) -> list:
        raise AssertionError("the whole-file scan ran")

    with Project.open(editable) as project:
        monkeypatch.setattr(checks, "_scanned", no_scan)
        with project.worker() as own:
            report = run_checks(own, scan=False)
        assert not report.scanned and report.quotes_checked == 1
        assert known_damage(project) is None


def test_the_scan_reports_progress_to_the_end_and_is_kept(editable: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Project.open(editable) as project:
        with project.worker() as own:
            assert damage_scan(own, progress=lambda d, t: seen.append((d, t))) == []
        assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
        assert known_damage(project) == []
        with project.worker() as own:
            report = run_checks(own, scan=False)
        assert report.scanned


@pytest.mark.parametrize("after", [0, 1, 3])
def test_a_cancelled_scan_stops_and_leaves_nothing_behind(editable: Path, after: int) -> None:
    """Cancelled before it starts, within SQLite's page check (the progress handler), or
    between its steps: ScanCancelled, never reported as damage, and the next scan runs."""
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] > after

    with Project.open(editable) as project:
        with project.worker() as own, pytest.raises(ScanCancelled):
            damage_scan(own, cancelled=cancelled)
        assert known_damage(project) is None
        with project.worker() as own:
            assert damage_scan(own) == []
            own.add_question("Q9", "Een vraag na het nakijken")   # no write lock left behind


def test_a_damaged_file_is_reported_once_the_scan_ends(sound: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    path = _damaged_index(sound, tmp_path)
    with Project.open(path) as project:
        with project.worker() as own:
            early = run_checks(own, scan=False)
        assert not early.scanned
        assert "search-index-damaged" not in {p.code for p in early.problems}
        with project.worker() as own:
            damage = damage_scan(own)
        assert [p.code for p in damage] == ["search-index-damaged"]
        with project.worker() as own:
            late = run_checks(own, scan=False)
        assert late.scanned and "search-index-damaged" in {p.code for p in late.errors}


def test_an_export_waits_for_the_scan_and_is_blocked_by_its_finding(
        sound: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    path = _damaged_index(sound, tmp_path)
    with Project.open(path) as project:
        with project.worker() as own:
            run_checks(own, scan=False)                 # what the panel shows first
        with pytest.raises(ExportBlocked) as blocked:
            export_all(project, xlsx=tmp_path / "out.xlsx")
        assert "search-index-damaged" in {p.code for p in blocked.value.report.errors}
        assert not (tmp_path / "out.xlsx").exists()


class _HeldScan:
    """The damage scan, held until the test lets it end (events, not timing)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, finding: list) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.finding = finding
        monkeypatch.setattr(checks, "_scanned", self)

    def __call__(self, _project: Project, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> list:
        if progress is not None:
            progress(400, 1000)
        self.started.set()
        while not self.release.wait(0.02):
            if cancelled is not None and cancelled():
                raise ScanCancelled()
        return list(self.finding)


def _window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(Project.open(path))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_panel_shows_the_checks_before_the_scan_ends(
        qtbot, editable: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damage = checks.problem("error", "search-index-damaged", "dossier", reason="test")
    held = _HeldScan(monkeypatch, [damage])
    window = _window(qtbot, editable)
    panel = window.workspace.checks
    window.run_checks()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=20000)
    qtbot.waitUntil(held.started.is_set, timeout=20000)
    assert not panel.report.scanned and panel.report.quotes_checked == 1
    assert "1 citaten nagekeken" in panel.summary.text()
    qtbot.waitUntil(lambda: "40 %" in panel.scan_line.text(), timeout=20000)
    assert panel.scan_box.isVisible() and "beschadiging" in panel.scan_line.text()
    held.release.set()                                     # the scan ends with a finding
    qtbot.waitUntil(lambda: panel.report.scanned, timeout=20000)
    assert not panel.scan_box.isVisible()
    assert [p.code for p in panel.report.errors] == ["search-index-damaged"]
    assert any("zoekindex" in panel.problems.data(panel.problems.index(r))
               or "search index" in panel.problems.data(panel.problems.index(r))
               for r in range(panel.problems.rowCount()))


def test_the_scan_can_be_cancelled_and_runs_again_with_the_next_checks(
        qtbot, editable: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    held = _HeldScan(monkeypatch, [])
    window = _window(qtbot, editable)
    panel = window.workspace.checks
    window.run_checks()
    qtbot.waitUntil(held.started.is_set, timeout=20000)
    qtbot.waitUntil(lambda: panel.scanning and panel.report is not None, timeout=20000)
    panel.scan_cancel.click()
    qtbot.waitUntil(lambda: "geannuleerd" in panel.scan_line.text(), timeout=20000)
    assert not panel.scanning and not panel.report.scanned
    assert known_damage(window.project) is None
    held.started.clear()
    held.release.set()
    window.run_checks()                                    # F9: the scan starts again
    qtbot.waitUntil(held.started.is_set, timeout=20000)
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.scanned, timeout=20000)
    assert known_damage(window.project) == []


def test_an_export_from_the_window_shares_the_panels_scan(
        qtbot, editable: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The export's own read-only project does not read the whole file again once the
    checks panel has (27 s on 2,000 sources), and waits for a scan under way."""
    from ui.exporting import run_export

    held = _HeldScan(monkeypatch, [])
    window = _window(qtbot, editable)
    window.run_checks()
    qtbot.waitUntil(held.started.is_set, timeout=20000)
    target = tmp_path / "out.xlsx"
    assert run_export(window, window.session, {"xlsx": target}, force=True)
    held.started.clear()
    held.release.set()
    qtbot.waitUntil(lambda: window.export_box is not None
                    and not window.tasks.is_running("export"), timeout=30000)
    assert window.export_result is not None and target.exists()
    assert not held.started.is_set(), "the export scanned the file a second time"


def test_the_scan_reads_again_only_what_opening_did_not_check(
        editable: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window checks the small tables' types when it opens a dossier; its scan then
    reads only the big ones. A session that did not (the CLI, an export) reads them all."""
    from workbench.store import checks as store

    real = store.wrong_types
    read: list[set[str]] = []

    def wrong_types(conn, version, skip=()):
        read.append({t for t, _ in store._data_tables(conn, version)} - set(skip))
        return real(conn, version, skip)

    monkeypatch.setattr(store, "wrong_types", wrong_types)
    with Project.open(editable) as project, project.worker() as own:
        damage_scan(own)
    assert "quote" in read[-1] and "block" in read[-1]
    with Project.open(editable) as project:
        assert checks.readable_problems(project) == []          # as the window opens it
        with project.worker() as own:
            damage_scan(own)
    assert read[-1] == set(store.BIG_TABLES) & read[0]


@pytest.mark.parametrize("bad", [
    [b"SERV\xff"],                                   # a byte that is never UTF-8
    [b"VARIO \xc3"],                                 # a character cut at the end
    [b"\x80begin"],                                  # a continuation with nothing before
    [b"ok \xed\xa0\x80"],                            # an encoded surrogate
    [b"a\xff", b"b\xfe", b"caf\xc3\xa9 fine"],       # two bad values in one slice
])
def test_text_that_is_not_utf8_is_counted_per_value(sound: Path, tmp_path: Path,
                                                    bad: list[bytes]) -> None:
    from workbench.store import checks as store
    from workbench.store import connection

    path = tmp_path / "utf8.cwb"
    path.write_bytes(sound.read_bytes())
    conn = sqlite3.connect(path)
    for i in range(1500):                            # more than one slice of sound names
        conn.execute("INSERT INTO advisor (uuid, key, name, kind, status, seq) "
                     "VALUES (?, ?, ?, 'council', 'asked', ?)",
                     (f"u{i}", f"K{i}", f"Adviseur {i} – één", 100 + i))
    for i, value in enumerate(bad):
        conn.execute("UPDATE advisor SET name = CAST(? AS TEXT) WHERE key = ?",
                     (value, f"K{700 + i}"))
    conn.commit()
    conn.close()
    reader = connection.connect_file(path, "ro")
    try:
        version = connection.verified_version(reader, path)
        reader.text_factory = bytes
        found = store.invalid_text(reader, version)
    finally:
        reader.close()
    expected = sum(1 for value in bad if not _utf8(value))
    assert found == [("advisor", "name", expected)]


def _utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_checks_that_meet_damage_before_the_scan_say_the_file_is_damaged(
        sound: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Damage the window's opening check does not read (a big table) can trip the checks
    before the scan has named it: they report the file as damaged, never a traceback, and
    once the scan is done the damage itself is what they report."""
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    path = _damaged(sound, tmp_path, "UPDATE source_text SET text = zeroblob(10)")
    with Project.open(path) as project:
        with project.worker() as own:
            early = run_checks(own, scan=False)
        assert not early.scanned
        assert [p.code for p in early.errors] == ["database-damaged"]
        with project.worker() as own:
            damage_scan(own)
        with project.worker() as own:
            late = run_checks(own, scan=False)
        assert late.scanned and "value-wrong-type" in {p.code for p in late.errors}
        assert "checks-skipped" in {p.code for p in late.problems}


def test_the_scan_line_goes_with_the_dossier(qtbot, editable: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    held = _HeldScan(monkeypatch, [])
    window = _window(qtbot, editable)
    panel = window.workspace.checks
    window.run_checks()
    qtbot.waitUntil(held.started.is_set, timeout=20000)
    qtbot.waitUntil(lambda: panel.scan_box.isVisible(), timeout=20000)
    other = tmp_path / "other.cwb"
    other.write_bytes(editable.read_bytes())
    window.set_project(Project.open(other))            # the scan of the first is cancelled
    assert not panel.scan_box.isVisible() and not panel.scanning
    qtbot.waitUntil(lambda: not window.tasks.is_running("damage-scan"), timeout=20000)
    assert not panel.scan_box.isVisible()

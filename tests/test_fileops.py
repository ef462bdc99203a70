"""Files another program holds for a moment (antivirus, OneDrive, the indexer, Word), and a
crashed session whose process id Windows has already handed out again (#17).

Windows' sharing violations are simulated with PermissionError carrying ``winerror`` 32, the
attribute Python sets on Windows; the retry logic is the same code that runs there.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import Project, backups, fileops, lock
from workbench.errors import FileInUse
from workbench.export.atomic import ExportError, atomic_write


def sharing_violation(path: object = "x") -> PermissionError:
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being "
                          "used by another process", str(path))
    exc.winerror = 32     # what Windows sets; Linux has no such attribute
    return exc


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    pauses: list[float] = []
    monkeypatch.setattr(fileops.time, "sleep", pauses.append)
    return pauses


class HeldFor:
    """Fails like a held file ``times`` times, then does the real thing."""

    def __init__(self, real, times: int) -> None:
        self.real, self.left, self.calls = real, times, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.left:
            self.left -= 1
            raise sharing_violation(args[0] if args else "")
        return self.real(*args, **kwargs)


# --- the helper ------------------------------------------------------------------------------
def test_a_brief_hold_is_waited_out(slept: list[float]) -> None:
    op = HeldFor(lambda: "done", 3)
    assert fileops.retrying(op, Path("x.docx")) == "done"
    assert op.calls == 4 and len(slept) == 3 and sum(slept) < 0.5


def test_a_long_hold_gives_up_after_about_two_seconds_naming_the_likely_holders(
        slept: list[float]) -> None:
    op = HeldFor(lambda: None, 10_000)
    with pytest.raises(FileInUse) as caught:
        fileops.retrying(op, Path("C:/export/bijlage.docx"), "replaced")
    assert 1.8 <= sum(slept) <= 2.5
    assert all(p <= 0.25 for p in slept)                     # short sleeps
    message = str(caught.value)
    for who in ("bijlage.docx", "Word", "Excel", "antivirus", "OneDrive"):
        assert who in message
    assert isinstance(caught.value.__cause__, PermissionError)


@pytest.mark.parametrize("error", [FileNotFoundError(errno.ENOENT, "gone"),
                                   PermissionError(errno.EACCES, "read-only folder")])
def test_other_errors_fail_at_once(slept: list[float], error: OSError) -> None:
    if sys.platform == "win32" and isinstance(error, PermissionError):
        pytest.skip("on Windows every PermissionError may be a passing hold")
    def op() -> None:
        raise error

    with pytest.raises(type(error)):
        fileops.retrying(op, Path("x"))
    assert slept == []          # on Linux a PermissionError is not a passing sharing violation


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_windows_sharing_errors_are_transient(winerror: int) -> None:
    exc = PermissionError(errno.EACCES, "x")
    exc.winerror = winerror
    assert fileops.is_transient(exc)
    exc.winerror = 2
    assert not fileops.is_transient(exc)


# --- where it is used ----------------------------------------------------------------------
def test_export_outlasts_a_virus_scanner_holding_the_target(tmp_path: Path, slept, monkeypatch) -> None:
    target = tmp_path / "bijlage.docx"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", HeldFor(os.replace, 4))
    atomic_write(target, lambda temp: temp.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["bijlage.docx"]


def test_export_onto_a_file_held_open_says_who_may_hold_it(tmp_path: Path, slept, monkeypatch) -> None:
    target = tmp_path / "bijlage.docx"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", HeldFor(os.replace, 10_000))
    with pytest.raises(ExportError) as caught:
        atomic_write(target, lambda temp: temp.write_bytes(b"new"))
    assert "OneDrive" in str(caught.value) and "antivirus" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["bijlage.docx"]   # temp file cleaned up


def test_atomic_writer_fsyncs_a_handle_opened_for_writing(tmp_path: Path, monkeypatch) -> None:
    """Windows refuses FlushFileBuffers on a read-only handle (the error used to be swallowed,
    so nothing was flushed there)."""
    real_fsync = os.fsync
    synced: list[str] = []

    def windows_like_fsync(fd: int) -> None:
        if not os.path.isdir(f"/proc/self/fd/{fd}"):
            if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
                raise OSError(errno.EBADF, "Access is denied (read-only handle)")
            synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to see which file a descriptor is")
    import fcntl
    monkeypatch.setattr(os, "fsync", windows_like_fsync)
    target = tmp_path / "werkboek.xlsx"
    atomic_write(target, lambda temp: temp.write_bytes(b"data"))
    assert len(synced) == 1 and Path(synced[0]).name.startswith(".werkboek.xlsx.")


@pytest.fixture
def dossier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))
    path = tmp_path / "dossier.cwb"
    with Project.create(path, "Groenboek") as project:
        project.add_question("Q1", "Vraag")
    return path


def test_backup_and_restore_outlast_a_brief_hold(dossier: Path, slept, monkeypatch) -> None:
    monkeypatch.setattr(os, "replace", HeldFor(os.replace, 2))
    made = backups.snapshot(dossier, "manual")
    assert made.path.is_file()
    with Project.open(dossier) as project:
        project.add_question("Q2", "Nog een")
    monkeypatch.setattr(os, "replace", HeldFor(os.replace, 2))
    backups.restore(dossier, made.path)
    with Project.open(dossier, readonly=True) as project:
        assert [q.key for q in project.questions()] == ["Q1"]


def test_lock_removal_outlasts_a_brief_hold(dossier: Path, slept, monkeypatch) -> None:
    project = Project.open(dossier)
    monkeypatch.setattr(os, "unlink", HeldFor(os.unlink, 3))
    project.close()
    assert not lock.lock_path(dossier).exists()


# --- a reused process id -------------------------------------------------------------------
def test_the_lock_records_when_its_holder_started(dossier: Path) -> None:
    with Project.open(dossier):
        holder = json.loads(lock.lock_path(dossier).read_text(encoding="utf-8"))
    assert holder["pid"] == os.getpid()
    assert holder["started"] == lock.process_started(os.getpid()) is not None


def test_a_reused_process_id_does_not_keep_a_crashed_lock_alive(dossier: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        started = lock.process_started(other.pid)
        assert started is not None and started != lock.process_started(os.getpid())
        holder = {"user": "jan", "host": lock.this_host(), "pid": other.pid,
                  "since": "2026-11-23T14:02:11+01:00", "token": "t" * 32}
        # the crashed session's process started earlier; its id now belongs to `other`
        crashed = {**holder, "started": started + "0"}
        assert lock.is_stale(crashed)
        lock.lock_path(dossier).write_text(json.dumps(crashed), encoding="utf-8")
        with Project.open(dossier) as project:
            assert project.lock.taken_over["pid"] == other.pid
        # the same process still running: its lock is respected
        assert not lock.is_stale({**holder, "started": started})
        assert not lock.is_stale(holder)               # an old lock without a start time
    finally:
        other.kill()
        other.wait()
    if sys.platform != "win32":     # Windows keeps an exited process while a handle is open
        assert lock.process_started(other.pid) is None


def test_unknown_platforms_fall_back_to_host_and_pid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "process_started", lambda pid: None)
    holder = {"host": lock.this_host(), "pid": os.getppid(), "started": "linux:x:1"}
    assert not lock.is_stale(holder)         # alive, and nothing to compare with

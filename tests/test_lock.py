"""One writer at a time: the lock file, stale locks, read-only places, network shares, bad files."""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench import DossierLocked, NotADossier, Project, lock
from workbench.cli.main import main as cli
from workbench.store import connection

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))


@pytest.fixture
def dossier(dossier_path: Path) -> Path:
    with Project.create(dossier_path, "Titel") as p:
        p.add_question("Q1", "Vraag")
    return dossier_path


def write_lock(dossier: Path, **fields) -> dict:
    holder = {"user": "jan", "host": "LAPTOP-12", "pid": 4242,
              "since": "2026-11-23T14:02:11+01:00", "app": "Consultation Workbench",
              "version": "0.1.0", "token": "t" * 32, **fields}
    lock.lock_path(dossier).write_text(json.dumps(holder), encoding="utf-8")
    return holder


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid





# --- one writer at a time ------------------------------------------------------------------
def test_second_writer_is_refused_with_who_and_since(dossier: Path) -> None:
    with Project.open(dossier) as first:
        assert lock.lock_path(dossier).exists()
        holder = json.loads(lock.lock_path(dossier).read_text(encoding="utf-8"))
        assert holder["pid"] == os.getpid() and holder["user"] == lock.this_user()
        assert {"host", "since", "version"} <= holder.keys()
        with pytest.raises(DossierLocked) as caught:
            Project.open(dossier)
        message = str(caught.value)
        assert f"open for editing by {lock.this_user()} on {lock.this_host()} since " in message
        assert lock.format_since(holder["since"]) in message
        assert "read-only" in message
        assert caught.value.holder["user"] == lock.this_user()
        # read-only needs no lock, and says who is editing
        with Project.open(dossier, readonly=True) as reader:
            assert [q.key for q in reader.questions()] == ["Q1"]
            assert any("being edited by" in w for w in reader.warnings)
        first.add_question("Q2", "Nog een")
    assert not lock.lock_path(dossier).exists()
    with Project.open(dossier) as again:
        assert len(again.questions()) == 2


def test_message_format_for_another_computer(dossier: Path) -> None:
    write_lock(dossier, pid=os.getpid())
    with pytest.raises(DossierLocked) as caught:
        Project.open(dossier)
    assert str(caught.value).startswith(
        "dossier.cwb is open for editing by jan on LAPTOP-12 since 2026-11-23 14:02")
    assert "take it over" in str(caught.value)
    # a lock from another computer is never assumed stale, but can be taken over explicitly
    with Project.open(dossier, take_over=True) as p:
        assert any("Took over the lock of jan on LAPTOP-12" in w for w in p.warnings)
        assert p.lock.taken_over["user"] == "jan"
    assert not lock.lock_path(dossier).exists()


def test_stale_lock_of_a_dead_process_on_this_computer_is_taken_over(dossier: Path) -> None:
    write_lock(dossier, host=lock.this_host(), pid=dead_pid())
    with Project.open(dossier) as p:
        assert p.lock.still_held()
        assert p.lock.taken_over["pid"] != os.getpid()


def test_lock_of_a_live_process_on_this_computer_is_respected(dossier: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        write_lock(dossier, host=lock.this_host(), pid=sleeper.pid)
        with pytest.raises(DossierLocked):
            Project.open(dossier)
    finally:
        sleeper.kill()
        sleeper.wait()
    with Project.open(dossier):   # now it died: stale
        pass


def test_own_pid_without_a_live_session_is_stale(dossier: Path) -> None:
    # e.g. a container where the app always runs as the same pid, after a crash
    write_lock(dossier, host=lock.this_host(), pid=os.getpid(), token="dead" * 8)
    with Project.open(dossier):
        pass


def test_garbled_old_lock_is_taken_over(dossier: Path) -> None:
    path = lock.lock_path(dossier)
    path.write_bytes(b"")
    os.utime(path, (1, 1))
    with Project.open(dossier) as p:
        assert p.lock.still_held()


def test_unclosed_project_releases_its_lock_when_collected(dossier: Path) -> None:
    p = Project.open(dossier)
    assert lock.lock_path(dossier).exists()
    del p
    gc.collect()
    assert not lock.lock_path(dossier).exists()
    Project.open(dossier).close()


def test_closing_after_being_taken_over_leaves_the_new_lock(dossier: Path) -> None:
    first = Project.open(dossier)
    second = Project.open(dossier, take_over=True)
    assert not first.lock.still_held() and second.lock.still_held()
    first.close()
    assert lock.lock_path(dossier).exists() and second.lock.still_held()
    second.close()
    assert not lock.lock_path(dossier).exists()


def test_create_takes_the_lock(dossier_path: Path) -> None:
    with Project.create(dossier_path, "T"), pytest.raises(DossierLocked):
        Project.open(dossier_path)
    assert not lock.lock_path(dossier_path).exists()


RACER = """
import sys
from workbench import Project, DossierLocked
print("ready", flush=True)
sys.stdin.readline()                     # all start together
try:
    p = Project.open(sys.argv[1])
except DossierLocked:
    print("locked", flush=True)
else:
    print("ok", flush=True)
    sys.stdin.readline()                 # hold it until every racer has tried
    p.close()
"""


def test_racing_processes_get_exactly_one_writer(dossier: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", RACER, str(dossier)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for _ in range(4)]
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "ready"
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        outcomes = sorted(p.stdout.readline().strip() for p in procs)
        for p in procs:
            with contextlib.suppress(OSError):     # the refused ones have exited already
                p.stdin.write("done\n")
            with contextlib.suppress(OSError):
                p.stdin.close()
            p.wait(timeout=30)
            p.stdout.close()
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    assert outcomes == ["locked", "locked", "locked", "ok"]
    assert not lock.lock_path(dossier).exists()


def test_pid_alive() -> None:
    assert lock.pid_alive(os.getpid())
    assert not lock.pid_alive(dead_pid())
    assert not lock.pid_alive(0)
    if sys.platform.startswith("linux"):
        zombie = subprocess.Popen([sys.executable, "-c", "pass"])
        while Path(f"/proc/{zombie.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
            time.sleep(0.01)
        assert not lock.pid_alive(zombie.pid)
        zombie.wait()


# --- places we cannot write ----------------------------------------------------------------
def test_read_only_folder_is_explained_and_nothing_is_written(
        dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = dossier.read_bytes()
    real_open = os.open

    def refuse(path, flags, *args):
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(lock.DossierNotWritable) as caught:
        Project.open(dossier)
    message = str(caught.value)
    assert "read-only" in message and "copy it to a folder of your own" in message
    assert "attempt to write" not in message
    monkeypatch.undo()
    assert dossier.read_bytes() == before
    assert not lock.lock_path(dossier).exists()
    assert not Path(f"{dossier}-journal").exists()
    with Project.open(dossier, readonly=True) as p:
        assert p.questions()


def test_read_only_file_is_explained(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == dossier
                        else real_access(p, mode, **kw))
    with pytest.raises(lock.DossierNotWritable, match="read-only"):
        Project.open(dossier)
    assert not lock.lock_path(dossier).exists()


def test_sqlite_readonly_error_never_reaches_the_user(
        dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def readonly(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(connection, "open_existing", readonly)
    with pytest.raises(lock.DossierNotWritable) as caught:
        Project.open(dossier)
    assert "attempt to write" not in str(caught.value)
    assert not lock.lock_path(dossier).exists()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="POSIX permissions; root writes anywhere")
def test_really_read_only_folder(dossier: Path) -> None:  # pragma: no cover - not as root
    folder = dossier.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(lock.DossierNotWritable):
            Project.open(dossier)
        with Project.open(dossier, readonly=True) as p:
            assert p.questions()
    finally:
        folder.chmod(0o755)


def test_network_share_warns_but_opens(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "network_location", lambda path: r"\\server\share")
    with Project.open(dossier) as p:
        assert any("network share (\\\\server\\share)" in w for w in p.warnings)
        p.add_question("Q2", "Werkt")
    with Project.open(dossier, readonly=True) as p:
        assert any("network share" in w for w in p.warnings)


def test_unc_paths_are_network_locations() -> None:
    assert lock.network_location(Path(r"\\server\share\map\d.cwb")) == r"\\server\share"


# --- a writer killed mid-transaction -------------------------------------------------------
def test_hot_journal_is_rolled_back_for_a_read_only_open(dossier: Path, tmp_path: Path) -> None:
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    copy = crashed / "d.cwb"
    conn = sqlite3.connect(dossier, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN")
    for i in range(300):
        conn.execute("INSERT INTO question (uuid, key, text, seq) VALUES (?, ?, ?, 9)",
                     (f"u{i}", f"X{i}", "x" * 500))
    journal = Path(f"{dossier}-journal")
    assert journal.stat().st_size > 0
    shutil.copyfile(dossier, copy)          # what a power cut leaves behind
    shutil.copyfile(journal, f"{copy}-journal")
    conn.execute("ROLLBACK")
    conn.close()
    with Project.open(copy, readonly=True) as p:
        assert [q.key for q in p.questions()] == ["Q1"]
    assert not lock.lock_path(copy).exists()
    with Project.open(copy) as p:
        assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- files that are not (whole) dossiers ---------------------------------------------------
def _valid_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "valid.cwb"
    with Project.create(path, "T") as p:
        p.add_question("Q1", "Vraag " * 2000)
    data = path.read_bytes()
    path.unlink()
    return data


@pytest.mark.parametrize("kind", ["empty", "random", "header-only", "truncated", "other-db"])
def test_bad_files_are_refused_untouched_and_leave_nothing(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    path = folder / "x.cwb"
    if kind == "other-db":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        valid = _valid_bytes(tmp_path)
        path.write_bytes({
            "empty": b"",
            "random": os.urandom(8192),
            "header-only": valid[:100],
            "truncated": valid[: len(valid) // 3],
        }[kind])
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(NotADossier) as caught:
            Project.open(path, readonly=readonly)
        assert "x.cwb" in str(caught.value)
        assert "attempt to write" not in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["x.cwb"]


# --- the CLI -------------------------------------------------------------------------------
def test_cli_explains_a_locked_dossier(dossier: Path, capsys: pytest.CaptureFixture) -> None:
    with Project.open(dossier):
        assert cli(["question", "add", str(dossier), "--key", "Q9", "--text", "x"]) == 3  # locked
        assert "is open for editing by" in capsys.readouterr().err
        assert cli(["info", str(dossier)]) == 0    # reading is fine


def test_cli_unlock(dossier: Path, capsys: pytest.CaptureFixture) -> None:
    write_lock(dossier)
    assert cli(["unlock", str(dossier), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["removed"]["user"] == "jan"
    assert not lock.lock_path(dossier).exists()
    assert cli(["unlock", str(dossier)]) == 0
    assert "not locked" in capsys.readouterr().out

"""What only Windows can show (#17): run by .github/workflows/windows.yml, skipped elsewhere.

- a dossier on an administrative share, ``\\\\localhost\\C$\\...`` (what a network home folder is);
- a dossier on a ``subst`` drive (what a mapped drive letter is);
- CLI output redirected to a file, with non-ASCII text, under the console's own code page;
- replacing a file another handle holds open (Word, antivirus, OneDrive);
- the lock's process start time from GetProcessTimes.
"""

from __future__ import annotations

import contextlib
import json
import os
import string
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path, PureWindowsPath

import pytest

from workbench import Project, lock
from workbench.export.atomic import ExportError, atomic_write

pytestmark = pytest.mark.windows
ROOT = Path(__file__).resolve().parents[1]
TEXT = "Effect ≥ 5 % op de ﬁnanciering – “clusters”"


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))


def round_trip(path: Path) -> None:
    """Create, edit, close, reopen for editing and read-only: what an officer does."""
    with Project.create(path, "Groenboek clusterbeleid") as project:
        project.add_question("Q1", TEXT)
        files = {r["name"]: r["file"] for r in project.conn.execute("PRAGMA database_list")}
        assert files["main"]
    with Project.open(path) as project:
        project.add_advisor("SERV", "SERV")
    with Project.open(path, readonly=True) as project:
        assert [q.text for q in project.questions()] == [TEXT]
        assert [a.key for a in project.advisors()] == ["SERV"]
    assert not lock.lock_path(path).exists()


def as_admin_share(path: Path) -> Path:
    drive = PureWindowsPath(path).drive            # "C:"
    rest = str(path)[len(drive):]
    return Path(f"\\\\localhost\\{drive[0]}$" + rest)


def test_dossier_on_an_administrative_share(tmp_path: Path) -> None:
    folder = as_admin_share(tmp_path / "share dir #1")
    try:
        folder.mkdir()
    except OSError as exc:
        pytest.skip(f"no administrative share here: {exc}")
    round_trip(folder / "dossier op share.cwb")


@contextlib.contextmanager
def subst_drive(target: Path) -> Iterator[str]:
    used = {d[0] for d in os.listdrives()} if hasattr(os, "listdrives") else set()
    for letter in reversed(string.ascii_uppercase[3:]):
        if letter in used or Path(f"{letter}:\\").exists():
            continue
        if subprocess.run(["subst", f"{letter}:", str(target)], capture_output=True).returncode == 0:
            break
    else:
        pytest.skip("no free drive letter for subst")
    try:
        yield f"{letter}:"
    finally:
        subprocess.run(["subst", f"{letter}:", "/D"], capture_output=True)


def test_dossier_on_a_subst_drive(tmp_path: Path) -> None:
    with subst_drive(tmp_path) as drive:
        round_trip(Path(drive + "\\") / "dossier.cwb")
    assert (tmp_path / "dossier.cwb").is_file()


def test_redirected_cli_output_with_non_ascii_text(tmp_path: Path) -> None:
    dossier = tmp_path / "dossier.cwb"
    with Project.create(dossier, "Groenboek") as project:
        project.add_question("Q1", TEXT)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8")}
    for extra in ([], ["--json"]):
        out = tmp_path / "out.txt"
        with out.open("wb") as handle:        # redirected: Python would pick the ANSI code page
            result = subprocess.run([sys.executable, "-m", "workbench", "info", str(dossier), *extra],
                                    cwd=ROOT, env=env, stdout=handle, stderr=subprocess.PIPE,
                                    timeout=120)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        text = out.read_bytes().decode("utf-8")
        if extra:
            assert json.loads(text)["questions"][0]["text"] == TEXT
        else:
            assert TEXT in text


def test_replacing_a_file_another_handle_holds_open(tmp_path: Path) -> None:
    target = tmp_path / "bijlage.docx"
    target.write_bytes(b"old")
    holder = target.open("rb")            # no FILE_SHARE_DELETE: os.replace onto it fails
    threading.Timer(0.5, holder.close).start()
    atomic_write(target, lambda temp: temp.write_bytes(b"new"))   # waits it out
    assert target.read_bytes() == b"new"

    holder = target.open("rb")
    started = time.monotonic()
    try:
        with pytest.raises(ExportError) as caught:
            atomic_write(target, lambda temp: temp.write_bytes(b"newer"))
    finally:
        holder.close()
    assert 1.5 < time.monotonic() - started < 10
    assert "bijlage.docx" in str(caught.value) and "OneDrive" in str(caught.value)
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bijlage.docx"]


def test_process_start_time_tells_a_reused_pid(tmp_path: Path) -> None:
    me = lock.process_started(os.getpid())
    assert me and me.startswith("win:")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        holder = {"host": lock.this_host(), "pid": other.pid, "token": "t"}
        assert not lock.is_stale({**holder, "started": lock.process_started(other.pid)})
        assert lock.is_stale({**holder, "started": "win:1"})
    finally:
        other.kill()
        other.wait()


def test_mapped_drive_letters_are_kept_in_the_uri(tmp_path: Path) -> None:
    from workbench.store.uri import sqlite_uri

    with subst_drive(tmp_path) as drive:
        assert sqlite_uri(Path(drive + "\\x.cwb")).startswith(f"file:///{drive}/")

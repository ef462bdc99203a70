"""Dossiers open wherever officers keep them: drive letters, mapped drives, UNC shares, odd
characters (#17). Windows paths are tested as pure paths; the URIs for this OS are opened for real.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlsplit

import pytest

from workbench import Project, lock
from workbench.errors import DossierUnavailable, InterruptedSave, NotADossier
from workbench.store import connection
from workbench.store.uri import sqlite_uri

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("path", "uri"), [
    (r"C:\Users\jan\Documents\dossier.cwb", "file:///C:/Users/jan/Documents/dossier.cwb"),
    (r"H:\Mijn documenten\groenboek 2024.cwb",
     "file:///H:/Mijn%20documenten/groenboek%202024.cwb"),          # a mapped drive stays H:
    (r"\\fs01.vlaanderen.be\home$\jan\dossier.cwb",
     "file:////fs01.vlaanderen.be/home%24/jan/dossier.cwb"),        # UNC: empty authority
    (r"\\?\C:\very\long\dossier.cwb", "file:///C:/very/long/dossier.cwb"),
    (r"\\?\UNC\server\share\dossier.cwb", "file:////server/share/dossier.cwb"),
    (r"C:\data\#1 50% klaar\advies?.cwb", "file:///C:/data/%231%2050%25%20klaar/advies%3F.cwb"),
    (r"C:\Users\José\Überleg ≥ ﬁ.cwb",
     "file:///C:/Users/Jos%C3%A9/%C3%9Cberleg%20%E2%89%A5%20%EF%AC%81.cwb"),
    ("/home/jan/dossier #2.cwb", "file:///home/jan/dossier%20%232.cwb"),
])
def test_uri_for_windows_and_posix_paths(path: str, uri: str) -> None:
    pure = PureWindowsPath(path) if "\\" in path else PurePosixPath(path)
    built = sqlite_uri(pure)
    assert built == uri
    assert urlsplit(built).netloc == ""        # never an authority: SQLite on Windows refuses it
    assert sqlite_uri(pure, "ro") == uri + "?mode=ro"


def test_what_sqlite_decodes_is_the_windows_path() -> None:
    """SQLite %-decodes the path and, on Windows, drops the slash before a drive letter."""
    for text in (r"C:\a b\#c%d?e\é.cwb", r"\\server\share\x y\z.cwb"):
        path = unquote(urlsplit(sqlite_uri(PureWindowsPath(text))).path)
        if re.match(r"^/[A-Za-z]:", path):
            path = path[1:]
        assert PureWindowsPath(path) == PureWindowsPath(text)


def test_relative_pure_paths_are_refused() -> None:
    with pytest.raises(ValueError):
        sqlite_uri(PureWindowsPath(r"dossiers\x.cwb"))


@pytest.mark.parametrize("name", ["groenboek 2024.cwb", "advies #3.cwb", "50% klaar.cwb",
                                  "vraag?.cwb", "Überleg ≥ ﬁnaal.cwb", "a&b=c;d.cwb"])
def test_dossiers_with_awkward_names_open_for_real(tmp_path: Path, name: str) -> None:
    if "?" in name and sys.platform == "win32":
        pytest.skip("Windows file names cannot hold '?'")
    folder = tmp_path / "map met spatie #1 %20"
    folder.mkdir()
    path = folder / name
    Project.create(path, "Groenboek").close()
    assert sorted(p.name for p in folder.iterdir()) == [name]      # no stray file beside it
    with Project.open(path) as project:
        project.add_advisor("SERV", "SERV")
        files = {r["name"]: r["file"] for r in project.conn.execute("PRAGMA database_list")}
        assert Path(files["main"]) == path
    with Project.open(path, readonly=True) as project:
        assert [a.key for a in project.advisors()] == ["SERV"]


def test_relative_paths_are_taken_from_the_current_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Project.create(Path("rel.cwb"), "x").close()
    assert (tmp_path / "rel.cwb").is_file()


def test_no_code_builds_sqlite_uris_with_as_uri() -> None:
    offenders = [str(p.relative_to(ROOT)) for folder in ("workbench", "ui", "bench")
                 for p in (ROOT / folder).rglob("*.py")
                 if p.name != "uri.py" and ".as_uri()" in p.read_text(encoding="utf-8")]
    assert offenders == []


# --- sqlite3 errors at open time become product errors -------------------------------------
def test_an_unreachable_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DossierUnavailable) as caught:
        connection._connect(tmp_path / "gone" / "x.cwb", "rw")
    message = str(caught.value)
    assert str(tmp_path / "gone" / "x.cwb") in message and "network drive" in message


CRASH_MID_COMMIT = r"""
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 2")          # spill pages into the file before the commit
conn.execute("BEGIN IMMEDIATE")
for i in range(400):
    conn.execute("INSERT INTO audit (at, os_user, operation) VALUES ('x', 'y', ?)", ("z" * 2000,))
os._exit(0)                                     # the colleague's laptop dies mid-commit
"""


def crash_mid_commit(path: Path) -> None:
    subprocess.run([sys.executable, "-c", CRASH_MID_COMMIT, str(path)], check=True, timeout=60)
    assert path.with_name(path.name + "-journal").stat().st_size > 0


def test_a_colleagues_crash_on_a_share_is_not_reported_as_not_a_dossier(tmp_path: Path) -> None:
    path = tmp_path / "gedeeld.cwb"
    Project.create(path, "Groenboek").close()
    crash_mid_commit(path)
    colleague = {"user": "an", "host": "LAPTOP-AN-17", "pid": 4242,
                 "since": "2026-11-23T14:02:51+01:00", "token": "t"}
    lock.lock_path(path).write_text(json.dumps(colleague), encoding="utf-8")
    with pytest.raises(InterruptedSave) as caught:
        Project.open(path, readonly=True)
    message = str(caught.value)
    assert not isinstance(caught.value, NotADossier)
    assert "gedeeld.cwb-journal" in message and "an on LAPTOP-AN-17" in message
    assert "not a Consultation Workbench dossier" not in message
    # taking it over repairs it, and nothing that was saved is lost
    with Project.open(path, take_over=True) as project:
        assert project.dossier().title == "Groenboek"
    with Project.open(path, readonly=True) as project:
        assert project.dossier().title == "Groenboek"


def test_a_file_locked_by_another_program_is_a_clear_error_while_editing(project: Project) -> None:
    other = sqlite3.connect(project.path, isolation_level=None)
    project.conn.execute("PRAGMA busy_timeout = 50")
    other.execute("BEGIN IMMEDIATE")    # another program holds the write lock of the file
    try:
        with pytest.raises(DossierUnavailable) as caught:
            project.add_advisor("SERV", "SERV")
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = str(caught.value)
    assert project.path.name in message and "OneDrive" in message
    project.add_advisor("SERV", "SERV")          # works again once the file is free
    assert [a.key for a in project.advisors()] == ["SERV"]


def test_the_gui_reports_a_held_file_instead_of_crashing(qtbot, project: Project) -> None:
    from PySide6.QtGui import QUndoStack

    from ui.commands import CommandRunner

    errors: list[tuple[str, str]] = []
    runner = CommandRunner(project, QUndoStack(), report=lambda t, m: errors.append((t, m)))
    other = sqlite3.connect(project.path, isolation_level=None)
    project.conn.execute("PRAGMA busy_timeout = 50")
    other.execute("BEGIN IMMEDIATE")
    try:
        assert runner.run("advisor.add", project.add_advisor, "SERV", "SERV") is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    ((_, message),) = errors
    assert "dossier.cwb" in message and "OneDrive" in message
    assert runner.stack.count() == 0

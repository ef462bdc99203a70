"""The command line in a Windows console (#17): output that survives any code page, input files
from PowerShell and Notepad, progress lines without ANSI codes, wildcards the shell left alone."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import Project
from workbench.cli import console
from workbench.cli.main import main as cli

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Effect ≥ 5 % op de ﬁnanciering van clusters"      # ≥ and ﬁ are not in cp1252


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "backups"))


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    path = tmp_path / "dossier.cwb"
    with Project.create(path, "Groenboek") as project:
        project.add_question("Q1", TEXT)
    return path


def run_cli(*args: str, encoding: str = "cp1252") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}       # a redirected Windows console
    return subprocess.run([sys.executable, "-m", "workbench", *args], cwd=ROOT, env=env,
                          capture_output=True, timeout=120)


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_output_is_utf8_whatever_the_console_code_page(dossier: Path, json_flag: list[str]) -> None:
    result = run_cli("info", str(dossier), *json_flag)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    out = result.stdout.decode("utf-8")              # strict: must be valid UTF-8
    if json_flag:
        assert json.loads(out)["questions"][0]["text"] == TEXT
    else:
        assert TEXT in out


def test_errors_with_non_ascii_paths_reach_stderr_in_utf8(tmp_path: Path) -> None:
    missing = tmp_path / "groenboek ≥ ﬁnaal.cwb"
    result = run_cli("info", str(missing))
    assert result.returncode != 0
    assert "groenboek ≥ ﬁnaal.cwb" in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr


def test_reconfigure_leaves_utf8_streams_alone_and_fixes_the_others() -> None:
    cp1252 = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    console.use_utf8_output([cp1252, utf8])
    assert cp1252.encoding == "utf-8" and utf8.errors == "strict"
    cp1252.write(TEXT)
    cp1252.flush()
    assert cp1252.buffer.getvalue().decode("utf-8") == TEXT


# --- input files ---------------------------------------------------------------------------
BODY = "Het advies van SERV: “clusterpacten” ≥ vijf jaar.\nTweede regel é."


@pytest.mark.parametrize("encoded", [
    codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"),                 # PowerShell 5.1 `>`, Out-File
    codecs.BOM_UTF8 + BODY.encode("utf-8"),                         # Notepad "UTF-8 met BOM"
    BODY.encode("utf-8"),
    BODY.replace("≥", ">=").replace("\n", "\r\n").encode("cp1252"),  # old Notepad, ANSI
], ids=["utf16-bom", "utf8-bom", "utf8", "cp1252"])
def test_body_file_is_decoded_like_an_import(dossier: Path, tmp_path: Path, encoded: bytes,
                                             capsys) -> None:
    body_file = tmp_path / "sectie.md"
    body_file.write_bytes(encoded)
    assert cli(["section", "add", str(dossier), "--title", "Advies", "--body-file",
                str(body_file)]) == 0
    with Project.open(dossier, readonly=True) as project:
        (section,) = [s for s in project.sections() if s.title == "Advies"]
    expected = BODY if b"\xe2\x89\xa5" in encoded or encoded.startswith(codecs.BOM_UTF16_LE) \
        else BODY.replace("≥", ">=")
    assert section.body == expected


def test_a_missing_body_file_is_a_clear_error(dossier: Path, tmp_path: Path, capsys) -> None:
    assert cli(["section", "add", str(dossier), "--title", "x", "--body-file",
                str(tmp_path / "nergens.md")]) != 0
    assert "nergens.md: no such file" in capsys.readouterr().err


# --- progress lines ------------------------------------------------------------------------
def test_progress_rewrites_the_line_without_ansi_codes() -> None:
    stream = io.StringIO()
    line = console.ProgressLine(stream)
    line.show("[1/2] een-heel-lang-advies.pdf")
    line.show("[2/2] kort.pdf")
    line.done("[2/2] done")
    written = stream.getvalue()
    assert "\x1b" not in written
    # what a console shows: each \r returns to column 0 and overwrites
    screen = ""
    for chunk in written.split("\r")[1:]:
        visible = chunk.rstrip("\n")
        screen = visible + screen[len(visible):]
    assert screen.rstrip() == "[2/2] done"
    assert written.endswith("\n")


# --- wildcards -----------------------------------------------------------------------------
@pytest.fixture
def advice(tmp_path: Path) -> Path:
    folder = tmp_path / "adviezen"
    folder.mkdir()
    for name in ("serv.txt", "VARIO.txt", "hbc.md", "[concept].txt"):
        (folder / name).write_text(f"Advies {name} over clusterbeleid.\n\nTweede alinea.",
                                   encoding="utf-8")
    (folder / "sub.txt").mkdir()
    return folder


def test_wildcards_are_expanded_on_windows(advice: Path) -> None:
    got = console.expand_wildcards([advice / "*.txt", advice / "hbc.md"], windows=True)
    assert [p.name for p in got] == ["[concept].txt", "serv.txt", "VARIO.txt", "hbc.md"]


def test_literal_names_and_patterns_without_matches_are_kept(advice: Path) -> None:
    literal = advice / "[concept].txt"                # exists: not a pattern
    nothing = advice / "*.pdf"
    assert console.expand_wildcards([literal, nothing], windows=True) == [literal, nothing]


def test_posix_shells_expand_wildcards_themselves(advice: Path) -> None:
    pattern = advice / "*.txt"
    assert console.expand_wildcards([pattern], windows=False) == [pattern]


def test_import_expands_a_wildcard_the_shell_passed_through(
        dossier: Path, advice: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(console, "ON_WINDOWS", True)
    assert cli(["import", str(dossier), str(advice / "*.txt"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["imported"] == 3 and result["failed"] == 0

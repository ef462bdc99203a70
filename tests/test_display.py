"""File names and titles from other people's files cannot fake output lines or reverse text."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from workbench import Project
from workbench.cli.main import main
from workbench.display import for_display

RLO_NAME = "advies\u202efdp.exe"          # reads as "adviesexe.pdf" when shown raw
SPOOF_TITLE = "Advies SERV\nsource 2: Verzonnen advies\u2066x\u2069\x1b[31m"


def test_for_display_neutralises_controls_and_bidi() -> None:
    shown = for_display(RLO_NAME)
    assert "\u202e" not in shown and "<U+202E>" in shown
    shown = for_display(SPOOF_TITLE)
    assert "\n" not in shown and "\x1b" not in shown and "\u2066" not in shown
    assert "<U+2066>" in shown and "<U+001B>" in shown
    assert for_display("Économie – “citaat”") == "Économie – “citaat”"   # ordinary text untouched
    assert for_display("x" * 100, 10) == "x" * 9 + "…"


@pytest.fixture
def spoofed(tmp_path: Path) -> Path:
    advice = tmp_path / "advies.txt"
    advice.write_text("Een alinea.\n", encoding="utf-8")
    path = tmp_path / "d.cwb"
    with Project.create(path, "Groenboek\u202e") as project:
        project.add_advisor("SERV", "SERV\nFAKE  Verzonnen raad", kind="council")
        project.import_file(advice, "SERV", title=SPOOF_TITLE)
    conn = sqlite3.connect(path)    # a file name as stored by a colleague's import
    conn.execute("UPDATE source SET file_name = ?", (RLO_NAME,))
    conn.commit()
    conn.close()
    return path


def test_cli_lists_show_neutralised_names(spoofed: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["sources", str(spoofed)]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\x1b" not in out and "<U+202E>" in out
    assert len(out.strip().splitlines()) == 2           # header + one source, no faked line
    assert main(["info", str(spoofed)]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "FAKE" in out
    assert not any(line.startswith("FAKE") for line in out.splitlines())


def test_json_keeps_the_raw_values(spoofed: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["sources", str(spoofed), "--json"]) == 0
    sources = json.loads(capsys.readouterr().out)
    assert sources[0]["file_name"] == RLO_NAME and sources[0]["title"] == SPOOF_TITLE
    with Project.open(spoofed, readonly=True) as project:     # stored values stay as they were
        assert project.sources()[0].file_name == RLO_NAME

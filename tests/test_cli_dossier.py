"""The `workbench` command: create and fill a dossier from a script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors and --version
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_round_trip_new_add_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = str(tmp_path / "d.cwb")
    assert run(capsys, "new", f, "--title", "Groenboek", "--reference", "VR 2024")[0] == 0
    assert run(capsys, "question", "add", f, "--key", "Q1", "--text", "Scenario's?")[0] == 0
    assert run(capsys, "advisor", "add", f, "--key", "VARIO", "--name", "VARIO", "--kind",
               "council", "--status", "received", "--received", "2024-05-06")[0] == 0
    assert run(capsys, "option", "add", f, "--question", "Q1", "--key", "S1", "--title",
               "Scenario 1", "--description", "Commercieel", "--proposed-by", "VARIO")[0] == 0
    code, out, _ = run(capsys, "info", f, "--json")
    assert code == 0
    info = json.loads(out)
    assert info["dossier"]["title"] == "Groenboek" and info["dossier"]["reference"] == "VR 2024"
    [question] = info["questions"]
    assert question["key"] == "Q1"
    assert [(o["key"], o["title"], o["proposed_by"]) for o in question["options"]] == [
        ("S1", "Scenario 1", "VARIO")]
    [advisor] = info["advisors"]
    assert (advisor["key"], advisor["status"], advisor["received_on"]) == (
        "VARIO", "received", "2024-05-06")


def test_json_output_is_only_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = str(tmp_path / "d.cwb")
    code, out, _ = run(capsys, "new", f, "--title", "T", "--json")
    assert code == 0 and json.loads(out)["title"] == "T"


@pytest.mark.parametrize("argv", [
    ("bogus",),
    ("new",),
    ("option", "add", "{f}", "--question", "Q9", "--key", "S1", "--title", "x"),
    ("advisor", "add", "{f}", "--key", "X", "--name", "X", "--received", "mei"),
    ("info", "{missing}"),
    ("info", "{notdossier}"),
])
def test_bad_usage_and_wrong_files_exit_2_with_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    f = tmp_path / "d.cwb"
    run(capsys, "new", str(f), "--title", "T")
    not_dossier = tmp_path / "notes.cwb"
    not_dossier.write_text("just some notes")
    names = {"f": str(f), "missing": str(tmp_path / "nope.cwb"), "notdossier": str(not_dossier)}
    code, _out, err = run(capsys, *(a.format(**names) for a in argv))
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


def test_not_a_dossier_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.cwb"
    bad.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run(capsys, "info", str(bad))
    assert code == 2 and "not a Consultation Workbench dossier" in err


def test_version_and_entry_point(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "workbench", "--version"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.startswith("workbench ")


def test_demo_structure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = str(tmp_path / "demo.cwb")
    code, out, _ = run(capsys, "demo", f, "--json")
    assert code == 0
    info = json.loads(out)
    assert info["dossier"]["title"] == "Groenboek: de toekomst van het Vlaamse clusterbeleid"
    assert info["dossier"]["reference"] == "VR 2024 2203 MED.0096/2BIS"
    q1, q2 = info["questions"]
    assert [o["key"] for o in q1["options"]] == ["S1", "S2", "S3", "S4", "3+"]
    assert q1["options"][-1]["proposed_by"] == "SPC"
    assert q2["key"] == "Q2"
    status = {a["key"]: a["status"] for a in info["advisors"]}
    assert status == {"SERV": "asked", "VARIO": "received", "HBC": "asked", "SPC": "received"}

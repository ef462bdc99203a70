"""Damaged dossiers (right application id, wrong content) give one clear line, never a
traceback: exit 2 where the command could not run, 1 where `check` ran and found the damage."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from workbench import Project
from workbench.cli.main import main
from workbench.errors import NotADossier

READERS = (["info", "F"], ["sources", "F"], ["argument", "list", "F"], ["quote", "list", "F"],
           ["text", "F", "1"], ["search", "F", "financiering"])


DAMAGE = {
    "heading-json": ("UPDATE block SET heading_path = '[\"Inleiding'",
                     "block.heading_path"),
    "text-for-integer": ("UPDATE quote SET start = 'begin'", "quote.start"),
    "blob-title": ("UPDATE source SET title = zeroblob(50 * 1024 * 1024)", "source.title"),
    "invalid-utf8": ("UPDATE advisor SET name = CAST(x'53455256ff' AS TEXT)", "advisor.name"),
    "search-index": ("UPDATE block SET text = 'iets heel anders' WHERE seq = 0",
                     "search index"),
    "search-index-pages": ("UPDATE block_fts_data SET block = zeroblob(8) "
                           "WHERE id = (SELECT max(id) FROM block_fts_data)", "search index"),
    "heading-not-a-list": ("UPDATE quote SET heading_path = '{\"a\": 1'", "quote.heading_path"),
}


def _damage(sound: Path, tmp_path: Path, statement: str) -> Path:
    path = tmp_path / "damaged.cwb"
    path.write_bytes(sound.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_clear_line(err: str) -> None:
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("workbench: ") and len(err) < 600, err


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_check_reports_the_damage_in_plain_words(case: str, sound: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture) -> None:
    statement, where = DAMAGE[case]
    path = _damage(sound, tmp_path, statement)
    before = _digest(path)
    assert main(["check", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert any(where in p["message"] for p in errors), errors
    assert main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert where in out and "Traceback" not in out + err and len(out) < 5000
    assert _digest(path) == before


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_commands_on_a_damaged_dossier_never_show_a_traceback(
        case: str, sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = _damage(sound, tmp_path, DAMAGE[case][0])
    before = _digest(path)
    for command in READERS:
        for extra in ([], ["--json"]):
            code = main([str(path) if a == "F" else a for a in command] + extra)
            out, err = capsys.readouterr()
            if code == 0:
                if extra:
                    json.loads(out)                 # whatever it printed is valid JSON
                continue
            assert code == 2, (command, code)
            _one_clear_line(err)
            assert "damaged" in err
    # export runs the checks first: the damage is named and nothing is written
    assert main(["export", str(path), "--xlsx", str(tmp_path / "out.xlsx")]) == 1
    _, err = capsys.readouterr()
    assert DAMAGE[case][1] in err and "Traceback" not in err
    assert not (tmp_path / "out.xlsx").exists()
    assert _digest(path) == before


def test_page_level_corruption_is_one_line(sound: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "torn.cwb"
    data = bytearray(sound.read_bytes())
    page = 4096
    for offset in range(page, len(data)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))
    for command in READERS:
        code = main([str(path) if a == "F" else a for a in command])
        _, err = capsys.readouterr()
        assert code == 2
        _one_clear_line(err)
    assert main(["check", str(path)]) in (1, 2)
    out, err = capsys.readouterr()
    assert "damaged" in out + err and "Traceback" not in out + err


def test_missing_tables_are_refused_by_name(sound: Path, tmp_path: Path) -> None:
    path = _damage(sound, tmp_path, "DROP TABLE argument_quote")
    with pytest.raises(NotADossier, match="argument_quote"):
        Project.open(path, readonly=True)


def test_check_beside_an_editing_session_never_holds_its_write_lock(
        sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shared.cwb"
    path.write_bytes(sound.read_bytes())
    monkeypatch.setenv("CWB_BACKUP_DIR", str(tmp_path / "b"))
    with Project.open(path) as editor:
        assert main(["check", str(path), "--json"]) in (0, 1)
        codes = [p["code"] for p in json.loads(capsys.readouterr().out)["problems"]]
        assert "search-index-unchecked" in codes and "database-damaged" not in codes
        editor.add_question("Q2", "Nog een vraag")      # not kept waiting
    assert main(["check", str(path), "--json"]) in (0, 1)
    codes = [p["code"] for p in json.loads(capsys.readouterr().out)["problems"]]
    assert "search-index-unchecked" not in codes

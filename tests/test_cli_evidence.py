"""The evidence commands, scripted with --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import docgen
from workbench.cli.main import main


def call(capsys, *argv: str) -> tuple[int, object]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out


@pytest.fixture
def dossier(tmp_path: Path, capsys) -> str:
    f = str(tmp_path / "d.cwb")
    main(["new", f, "--title", "T"])
    main(["question", "add", f, "--key", "Q1", "--text", "Scenario's"])
    main(["option", "add", f, "--question", "Q1", "--key", "S3", "--title", "Scenario 3",
          "--pattern", "scenario 3"])
    main(["advisor", "add", f, "--key", "VARIO", "--name", "VARIO", "--status", "received"])
    text = ("Scenario 3 verdient de voorkeur.\n\nDe clusters moeten onafhankelijk blijven.\n\n"
            "De clusters moeten onafhankelijk blijven.\n")
    main(["import", f, str(docgen.make_text(tmp_path / "a.txt", text)), "--advisor", "VARIO"])
    capsys.readouterr()
    return f


def test_quote_argument_stance_flow(dossier: str, capsys) -> None:
    code, out = call(capsys, "quote", "add", dossier, "--source", "1", "--exact",
                     "Scenario 3 verdient de voorkeur", "--option", "S3", "--position", "pro",
                     "--new-argument", "Voorkeur voor scenario 3", "--json")
    assert code == 0 and out["argument"]["quote_numbers"] == [out["quote"]["number"]]
    code, out = call(capsys, "quote", "add", dossier, "--source", "1", "--exact",
                     "onafhankelijk blijven", "--occurrence", "2", "--json")
    second = out["quote"]["number"]
    code, out = call(capsys, "argument", "add", dossier, "--option", "S3", "--position",
                     "condition", "--text", "Onafhankelijkheid", "--quote", str(second), "--json")
    assert code == 0 and out["position"] == "condition"
    code, out = call(capsys, "stance", "set", dossier, "--advisor", "VARIO", "--option", "S3",
                     "--stance", "preferred", "--quote", str(second), "--json")
    assert out["stance"] == "preferred"
    code, out = call(capsys, "argument", "list", dossier, "--option", "S3", "--json")
    assert [a["advisors"] for a in out] == [["VARIO"], ["VARIO"]]
    code, out = call(capsys, "quote", "list", dossier, "--option", "S3", "--json")
    assert len(out) == 2
    code, out = call(capsys, "search", dossier, "onafhankelijk", "--json")
    assert code == 0 and len(out) == 2 and all(h["snippet"] for h in out)
    code, _ = call(capsys, "check", dossier)
    assert code == 0


def test_ambiguous_quote_exits_2_listing_occurrences(dossier: str, capsys) -> None:
    code = main(["quote", "add", dossier, "--source", "1", "--exact", "onafhankelijk blijven"])
    err = capsys.readouterr().err
    assert code == 2 and "--occurrence 2" in err


def test_suggest_lists_machine_made_passages(dossier: str, capsys) -> None:
    code, out = call(capsys, "suggest", dossier, "--json")
    assert code == 0 and [s["passage"] for s in out] == ["Scenario 3 verdient de voorkeur."]


def test_blocks_and_quotes_carry_their_paragraph_number(dossier: str, capsys) -> None:
    """#16: "alinea N" = the Nth non-heading block of the source, shown by text and quote."""
    code = main(["text", dossier, "1"])
    out = capsys.readouterr().out
    assert code == 0 and "[¶2 paragraph" in out and "[¶3 paragraph" in out
    code, out = call(capsys, "quote", "add", dossier, "--source", "1", "--exact",
                     "onafhankelijk blijven", "--occurrence", "2")
    assert "alinea 3" in out
    code, out = call(capsys, "quote", "list", dossier)
    assert "alinea" in out.splitlines()[0]


def test_paragraph_numbers_skip_headings_and_are_backfilled(tmp_path: Path) -> None:
    import sqlite3

    from workbench import Project
    from workbench.store import migrations

    f = tmp_path / "h.cwb"
    project = Project.create(f, "T")
    project.add_advisor("A", "A")
    text = "1 INLEIDING\n\nEerste.\n\n2 ANALYSE\n\nTweede.\n\n- punt\n"
    project.import_file(docgen.make_text(tmp_path / "h.txt", text), "A")
    numbers = [(b.kind, b.paragraph) for b in project.source_blocks(1)]
    assert numbers == [("heading", None), ("paragraph", 1), ("heading", None),
                       ("paragraph", 2), ("list_item", 3)]
    project.close()
    # a dossier made before migration 005: the numbers are filled in from the blocks
    conn = sqlite3.connect(f)
    conn.execute("UPDATE block SET paragraph = NULL")
    conn.commit()
    sql = next(m for m in migrations.all_migrations() if m.version == 5).sql()
    backfill = sql[sql.index("UPDATE block"):sql.index(";", sql.index("UPDATE block")) + 1]
    conn.execute(backfill)
    assert [r[0] for r in conn.execute("SELECT paragraph FROM block ORDER BY seq")] == [
        None, 1, None, 2, 3]
    conn.close()


def test_suggest_shows_reason_and_acts_in_one_command(dossier: str, capsys) -> None:
    code = main(["suggest", dossier])
    out = capsys.readouterr().out
    assert code == 0 and "noemt ‘scenario 3’" in out and "alinea 1" in out
    code, out = call(capsys, "suggest", dossier, "--json")
    sid = out[0]["id"]
    code, out = call(capsys, "suggest", dossier, "--reject", str(sid), "--json")
    assert code == 0 and out == {"rejected": sid}
    code, out = call(capsys, "suggest", dossier, "--json")
    assert out == []          # a rejected passage does not come back

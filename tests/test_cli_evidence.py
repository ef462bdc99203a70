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

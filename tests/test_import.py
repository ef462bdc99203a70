"""Importing advice into a dossier: one transaction per file, nothing lost on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import docgen
from workbench import Project
from workbench.checks import run_checks
from workbench.cli.main import main

PAGES = [
    ["# Advies over het groenboek", "Op pagina een staat de inleiding over clusterbeleid."],
    ["## Scenario 2", "De inkanteling in onderzoekscentra is een uitdoofscenario\nvoor de "
     "samen-\nwerking tussen bedrijven."],
    ["## Scenario 3", "Scenario drie krijgt de voorkeur van de clusters."],
]


@pytest.fixture
def advice_pdf(tmp_path: Path) -> Path:
    return docgen.make_pdf(tmp_path / "advies.pdf", PAGES, header="VARIO advies 36")


@pytest.fixture
def filled(project: Project) -> Project:
    project.add_advisor("VARIO", "VARIO", kind="council", status="received")
    return project


def test_pdf_import_keeps_file_text_pages_and_index(filled: Project, advice_pdf: Path) -> None:
    result = filled.import_file(advice_pdf, "VARIO", date="2024-05-06", reference="Advies 36")
    assert result.ok, result.message()
    source = result.source
    assert source.page_count == 3 and source.advisor_key == "VARIO"
    assert filled.source_file(source.number) == advice_pdf.read_bytes()
    text = filled.source_text(source.number)
    for phrase, page in (("inleiding over clusterbeleid", 1), ("samenwerking", 2),
                         ("voorkeur van de clusters", 3)):
        offset = text.index(phrase)
        assert filled.page_of(source.number, offset) == page, phrase
    assert "VARIO advies 36" not in text  # the running header is not body text
    hit, = filled.search("samenwerking")
    assert hit.page == 2 and hit.source_number == source.number and "[samenwerking]" in hit.snippet


def test_imported_advice_marks_its_advisor_received(project: Project, tmp_path: Path) -> None:
    project.add_advisor("SERV", "SERV", kind="council")            # asked, nothing in yet
    project.add_advisor("HBC", "HBC", kind="council", status="declined")

    def not_received() -> list[str]:
        return [p.record_key for p in run_checks(project).problems
                if p.code == "advice-not-received"]

    assert not_received() == ["SERV"]
    advice = docgen.make_text(tmp_path / "serv.txt", "Het advies van de SERV.")
    assert project.import_file(advice, "SERV").ok
    imported = project.last_change
    assert project.advisor("SERV").status == "received"
    assert not_received() == []
    other = docgen.make_text(tmp_path / "hbc.txt", "Toch een nota van de HBC.")
    assert project.import_file(other, "HBC").ok
    assert project.advisor("HBC").status == "declined"              # the officer's word stands
    assert imported is not None
    project.revert(imported)
    assert project.advisor("SERV").status == "asked"                # undone with the import


def test_duplicate_is_reported_not_stored(filled: Project, advice_pdf: Path) -> None:
    first = filled.import_file(advice_pdf, "VARIO")
    second = filled.import_file(advice_pdf, "VARIO")
    assert not second.ok and second.problem.reason == "duplicate"
    assert second.duplicate_of == first.source.number
    assert len(filled.sources()) == 1


def test_batch_continues_past_broken_files(filled: Project, tmp_path: Path) -> None:
    good = docgen.make_text(tmp_path / "advies.txt", "Een goed advies.\n\nTweede alinea.")
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    truncated = docgen.make_truncated_pdf(tmp_path / "kapot.pdf")
    scanned = docgen.make_image_pdf(tmp_path / "scan.pdf")
    seen = []
    results = filled.import_files([empty, truncated, good, scanned], "VARIO",
                                  progress=lambda done, total, path: seen.append((done, total)))
    assert [r.ok for r in results] == [False, False, True, False]
    assert [r.problem.reason for r in results if r.problem] == ["empty", "corrupt", "no-text-layer"]
    assert "OCR is not supported" in str(results[3].problem)
    assert [s.file_name for s in filled.sources()] == ["advies.txt"]
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)


def test_cancel_stops_between_files(filled: Project, tmp_path: Path) -> None:
    files = [docgen.make_text(tmp_path / f"a{i}.txt", f"Advies nummer {i}.") for i in range(5)]
    results = filled.import_files(files, "VARIO", cancel=lambda: len(filled.sources()) >= 2)
    assert len(results) == 2 and len(filled.sources()) == 2


def test_import_is_undoable_and_index_follows(filled: Project, tmp_path: Path) -> None:
    path = docgen.make_text(tmp_path / "a.txt", "De kruispunten van economische meerwaarde.")
    filled.import_file(path, "VARIO")
    assert filled.search("kruispunten")
    filled.revert(filled.last_change)
    assert filled.sources() == [] and filled.search("kruispunten") == []


def test_replace_keeps_the_source_number(filled: Project, tmp_path: Path) -> None:
    v1 = docgen.make_text(tmp_path / "v1.txt", "Eerste versie van het advies.")
    v2 = docgen.make_text(tmp_path / "v2.txt", "Tweede, verbeterde versie van het advies.")
    number = filled.import_file(v1, "VARIO").source.number
    result = filled.import_file(v2, "VARIO", replace=number)
    assert result.ok and result.replaced
    source = filled.source(number)
    assert source.version == 2 and source.file_name == "v2.txt"
    assert filled.search("verbeterde") and not filled.search("Eerste")


def test_deleting_a_source_removes_it_from_search(filled: Project, tmp_path: Path) -> None:
    path = docgen.make_text(tmp_path / "a.txt", "Transformatief innovatiebeleid.")
    number = filled.import_file(path, "VARIO").source.number
    filled.delete_source(number)
    assert filled.search("innovatiebeleid") == []


def test_background_documents_have_no_advisor(project: Project, tmp_path: Path) -> None:
    path = docgen.make_text(tmp_path / "achtergrond.md", "# Parlementaire vraag\n\nAntwoord.")
    result = project.import_file(path)
    assert result.ok and result.source.advisor_key is None and result.source.title


def test_cli_import_sources_text(tmp_path: Path, advice_pdf: Path, capsys) -> None:
    f = str(tmp_path / "d.cwb")
    main(["new", f, "--title", "T"])
    main(["advisor", "add", f, "--key", "VARIO", "--name", "VARIO"])
    bad = tmp_path / "notes.docx"
    bad.write_text("plain text pretending to be Word")
    capsys.readouterr()
    code = main(["import", f, str(advice_pdf), str(bad), "--advisor", "VARIO", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and out["imported"] == 1 and out["failed"] == 1
    problem = out["results"][1]["problem"]
    assert problem["reason"] == "wrong-format" and problem["hint"]
    assert main(["sources", f, "--json"]) == 0
    [source] = json.loads(capsys.readouterr().out)
    assert source["page_count"] == 3
    assert main(["text", f, str(source["number"]), "--json"]) == 0
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    hyphenated = next(b for b in blocks if "samenwerking" in b["text"])
    assert hyphenated["page"] == 2
    assert {b["kind"] for b in blocks} >= {"heading", "paragraph"}


def test_the_source_list_follows_every_change(filled: Project, tmp_path: Path) -> None:
    """Reading every source twice in a row is served from the first read (opening a dossier,
    #14); any change, here or on another connection, is read again."""
    import threading

    first = filled.import_file(docgen.make_text(tmp_path / "a.txt", "Een advies."), "VARIO")
    listed = filled.sources()
    again = filled.sources()
    assert again == listed and again is not listed
    again.clear()                                          # a caller's copy, not the kept one
    assert [s.number for s in filled.sources()] == [first.source.number]
    filled.update_source(first.source.number, title="Andere titel")
    assert [s.title for s in filled.sources()] == ["Andere titel"]
    renamed = filled.last_change
    assert renamed is not None
    filled.revert(renamed)                                 # undone
    assert [s.title for s in filled.sources()] == [first.source.title]

    def elsewhere() -> None:                               # another connection commits
        with filled.worker() as worker:
            assert worker.import_file(docgen.make_text(tmp_path / "b.txt", "Nog een."),
                                      "VARIO").ok

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert len(filled.sources()) == 2
    filled.update_source(first.source.number, title="Nieuwe titel")
    assert filled.sources()[0].title == "Nieuwe titel"

"""The Word annex and communication, reopened the way a user (and Word) would see them."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from tests.export_samples import (
    CLEAN_ILLEGAL_QUOTE,
    EXPECTED_MATRIX,
    ILLEGAL_QUOTE,
    Q,
    sample_annex,
    sample_communication,
)
from workbench.export.annex_docx import TOC_PLACEHOLDER, write_annex_docx
from workbench.export.atomic import ExportError, atomic_write
from workbench.export.communication_docx import write_communication_docx
from workbench.export.labels import DRAFT_MARK
from workbench.resources import resource_path

W_ID = qn("w:id")


def footnotes(path: Path) -> dict[str, str]:
    """footnote id -> text, from word/footnotes.xml in the zip."""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/footnotes.xml"))
        types = z.read("[Content_Types].xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert "wordprocessingml.footnotes+xml" in types
    assert "relationships/footnotes" in rels
    notes = {}
    for fn in root.iter(qn("w:footnote")):
        if fn.get(qn("w:type")) in ("separator", "continuationSeparator"):
            continue
        notes[fn.get(W_ID)] = "".join(t.text or "" for t in fn.iter(qn("w:t"))).strip()
    ids = {fn.get(W_ID) for fn in root.iter(qn("w:footnote"))}
    assert {"-1", "0"} <= ids
    return notes


def refs_in(paragraph) -> list[str]:
    return [r.get(W_ID) for r in paragraph._p.iter(qn("w:footnoteReference"))]


def body_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def table_rows(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


@pytest.fixture(scope="module")
def annex(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "bijlage.docx"
    write_annex_docx(sample_annex(), path)
    return path


def test_annex_headings_follow_questions_and_options(annex):
    d = docx.Document(str(annex))
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    assert h1[:2] == ["V1 – Hoe organiseren we de clusterwerking na 2025?",
                      "V2 – Hoe financieren we de clusters?"]
    assert h1[2:] == ["Standpunten per adviseur", "Bronnen"]
    assert h2 == ["S1 – Status quo", "S2 – Afgeslankte clusters",
                  "S3 – Thematische programma's", "Scenario 3+", "S4 – Meerjarige financiering"]
    h3 = [p.text for p in d.paragraphs if p.style.name == "Heading 3"]
    assert h3 == ["Pro", "Contra", "Voorwaarden"] * 5


def test_every_quote_is_verbatim_with_its_citation_as_real_footnote(annex):
    d = docx.Document(str(annex))
    notes = footnotes(annex)
    quotes = [p for p in d.paragraphs if p.style.name == "Citaat"]
    assert len(quotes) == len(Q)
    by_text = {p.text.split(" [")[0]: p for p in quotes}
    for number, quote in Q.items():
        expected = CLEAN_ILLEGAL_QUOTE if number == ILLEGAL_QUOTE else quote.exact
        paragraph = by_text[expected]
        ids = refs_in(paragraph)
        assert len(ids) == 1
        assert notes[ids[0]] == quote.citation
        style = paragraph._p.find(qn("w:r") + "/" + qn("w:rPr") + "/" + qn("w:rStyle"))
        assert style is not None
    assert len(notes) == len(Q)
    # footnote paragraphs use the FootnoteText style from the template
    with zipfile.ZipFile(annex) as z:
        assert b'w:val="FootnoteText"' in z.read("word/footnotes.xml")
        styles = z.read("word/styles.xml")
    for style_id in (b"FootnoteText", b"FootnoteReference", b"Citaat", b"Argument"):
        assert b'w:styleId="' + style_id + b'"' in styles


def test_tabs_survive_and_illegal_characters_are_removed(annex):
    d = docx.Document(str(annex))
    text = body_text(d)
    assert "\tInspringend citaat met\ttab in de tekst." in text
    assert "\x01" not in text and "\ufffe" not in text
    assert CLEAN_ILLEGAL_QUOTE in text


def test_arguments_name_their_advisors(annex):
    d = docx.Document(str(annex))
    args = [p.text for p in d.paragraphs if p.style.name == "Argument"]
    assert "Risico op kostenstijging zonder bijsturing. (SERV, Flux50)" in args


def test_toc_field_header_and_page_numbers(annex):
    with zipfile.ZipFile(annex) as z:
        document = z.read("word/document.xml").decode()
        footers = "".join(z.read(n).decode() for n in z.namelist() if "footer" in n)
    assert 'TOC \\o "1-3" \\h \\z \\u' in document
    assert TOC_PLACEHOLDER in document
    assert 'w:instr=" PAGE "' in footers


def test_matrix_and_sources(annex):
    d = docx.Document(str(annex))
    matrix = next(t for t in d.tables if t.rows[0].cells[0].text == "Adviseur")
    rows = table_rows(matrix)
    header = rows[0]
    assert header == ["Adviseur", "S1", "S2", "S3", "Scenario 3+", "S4"]
    by_advisor = {r[0]: r for r in rows[1:]}
    for (advisor, option), label in EXPECTED_MATRIX.items():
        assert by_advisor[advisor][header.index(option)] == label
    # a stance's note is numbered in its cell and written out below the matrix
    assert by_advisor["VARIO"][2] == "voorwaardelijk (1)"
    assert "(1) VARIO over S2: mits meerjarige financiering" in body_text(d)
    legend = next(t for t in d.tables if t.rows[0].cells[0].text == "Standpunt")
    labels = [r[0] for r in table_rows(legend)[1:]]
    assert labels == ["voorkeur", "steunt", "voorwaardelijk", "neutraal", "tegen",
                      "niet behandeld", "—"]
    sources = next(t for t in d.tables if t.rows[0].cells[0].text == "Nr.")
    assert table_rows(sources)[1] == ["1", "VARIO", "Advies 36 over het groenboek",
                                      "2024-05-06", "Advies 36", "3f1a9c0b7d2e"]


def test_draft_marking_only_when_draft(annex, tmp_path):
    clean = docx.Document(str(annex))
    assert DRAFT_MARK not in body_text(clean)
    assert DRAFT_MARK not in clean.sections[0].header.paragraphs[0].text
    path = tmp_path / "ontwerp.docx"
    write_annex_docx(sample_annex(draft=True), path)
    draft = docx.Document(str(path))
    assert DRAFT_MARK in body_text(draft)
    assert "Adviseur Catalisti: advies nog niet ontvangen" in body_text(draft)
    assert DRAFT_MARK in draft.sections[0].header.paragraphs[0].text


def test_communication_renders_references(tmp_path):
    path = tmp_path / "mededeling.docx"
    write_communication_docx(sample_communication(), path)
    d = docx.Document(str(path))
    notes = footnotes(path)
    text = body_text(d)
    assert d.paragraphs[0].text == "MEDEDELING AAN DE VLAAMSE REGERING"
    assert "Betreft: Groenboek clusterbeleid" in text
    assert DRAFT_MARK not in text
    first = next(p for p in d.paragraphs if "VARIO stelt" in p.text)
    assert f"„{Q[1].exact}”" in first.text
    assert [notes[i] for i in refs_in(first)] == [Q[1].citation]
    italic = [r.text for r in first.runs if r.italic]
    assert "Risico op kostenstijging zonder bijsturing" in italic
    assert "zonder bijsturing (SERV en Flux50)." in first.text
    bold = [r.text for r in first.runs if r.bold]
    assert "groenboek" in bold
    bullets = [p.text for p in d.paragraphs if p.style.name == "List Bullet"]
    assert bullets[0] == "eerste punt met vet en cursief"
    # [[overview:S3]]: the annex rendering, with footnotes, under the option's title (no key)
    assert "1.1 Thematische programma's" in [p.text for p in d.paragraphs
                                             if p.style.name == "Heading 2"]
    governance = next(p for p in d.paragraphs if p.text == Q[9].exact)
    assert [notes[i] for i in refs_in(governance)] == [Q[9].citation]
    # broken references are visible markers, not crashes
    for marker in ("[ontbrekende verwijzing: citaat 999]",
                   "[ontbrekende verwijzing: argument 77]",
                   "[ontbrekende verwijzing: overzicht van optie S9]"):
        assert marker in text
    headers = [t.rows[0].cells[0].text for t in d.tables]
    assert headers.count("Adviseur") == 2          # [[matrix]] and [[advisors]]
    advisors = next(t for t in d.tables if len(t.columns) == 5)
    assert table_rows(advisors)[1] == ["VARIO", "adviesraad", "ontvangen", "1 maart 2024",
                                       "6 mei 2024"]


def test_communication_draft(tmp_path):
    path = tmp_path / "mededeling.docx"
    write_communication_docx(sample_communication(draft=True), path)
    d = docx.Document(str(path))
    assert DRAFT_MARK in body_text(d)
    assert DRAFT_MARK in d.sections[0].header.paragraphs[0].text


# --- atomic writing ---------------------------------------------------------------------------
def test_atomic_write_failure_leaves_target_untouched(tmp_path):
    target = tmp_path / "bijlage.docx"
    target.write_bytes(b"old")

    def broken(temp: Path) -> None:
        temp.write_bytes(b"half")
        raise ValueError("boom")

    with pytest.raises(ExportError, match="export failed"):
        atomic_write(target, broken)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["bijlage.docx"]


def test_atomic_write_locked_target(tmp_path, monkeypatch):
    target = tmp_path / "bijlage.docx"

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match=r"open in another program \(Word/Excel\?\)"):
        atomic_write(target, lambda temp: temp.write_bytes(b"new"))
    assert os.listdir(tmp_path) == []


def test_atomic_write_missing_folder(tmp_path):
    with pytest.raises(ExportError, match="folder does not exist"):
        atomic_write(tmp_path / "nope" / "x.docx", lambda temp: temp.write_bytes(b""))


def test_atomic_write_replaces(tmp_path):
    target = tmp_path / "x.bin"
    target.write_bytes(b"old")
    atomic_write(target, lambda temp: temp.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["x.bin"]


# --- resources and template --------------------------------------------------------------------
def test_resource_path(monkeypatch, tmp_path):
    assert resource_path("templates", "annex.docx").is_file()
    with pytest.raises(FileNotFoundError, match=r"nope\.docx"):
        resource_path("templates", "nope.docx")
    (tmp_path / "resources" / "templates").mkdir(parents=True)
    (tmp_path / "resources" / "templates" / "annex.docx").write_bytes(b"x")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resource_path("templates", "annex.docx") == tmp_path / "resources/templates/annex.docx"


def test_template_build_is_deterministic_and_committed():
    import importlib.util
    script = Path(__file__).resolve().parents[1] / "resources/templates/make_template.py"
    spec = importlib.util.spec_from_file_location("make_template", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    first = module.build("Bijlage", "Sjabloon bijlage")
    assert first == module.build("Bijlage", "Sjabloon bijlage")
    assert first == resource_path("templates", "annex.docx").read_bytes(), \
        "resources/templates/annex.docx is stale: run make_template.py"
    assert re.search(rb"footnotes\.xml", first)

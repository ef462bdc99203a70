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
    INTERNAL_KEYS,
    MATRIX,
    Q,
    sample_annex,
    sample_communication,
)
from workbench.export.annex_docx import write_annex_docx
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


MATRIX_HEADER = ["Adviseur", "1.1 Status quo", "1.2 Afgeslankte clusters",
                 "1.3 Thematische programma's", "1.4 Scenario 3+", "2.1 Meerjarige financiering"]
COLUMN = dict(zip([key for key, _ in MATRIX.options], MATRIX_HEADER[1:], strict=True))


def test_annex_headings_are_numbered_and_named_as_a_reader_knows_them(annex):
    d = docx.Document(str(annex))
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    assert h1 == ["Vraag 1", "Vraag 2", "Standpunten per adviseur", "Bronnen",
                  "Technische gegevens"]
    assert h2 == ["1.1 Status quo", "1.2 Afgeslankte clusters", "1.3 Thematische programma's",
                  "1.4 Scenario 3+", "2.1 Meerjarige financiering"]
    h3 = [p.text for p in d.paragraphs if p.style.name == "Heading 3"]
    assert h3 == ["Pro", "Contra", "Voorwaarden"] * 5
    # the question's own text follows its heading, kept on the same page as what follows
    first = next(i for i, p in enumerate(d.paragraphs)
                 if p.text == "Vraag 1" and p.style.name == "Heading 1")
    assert d.paragraphs[first + 1].text == "Hoe organiseren we de clusterwerking na 2025?"


def all_text(path: Path) -> str:
    """Every word a reader can see: body, tables, headers/footers and footnotes."""
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|"
                                                       r"footnotes)\.xml$", n)]
        from lxml import etree
        texts = []
        for name in parts:
            root = etree.fromstring(z.read(name))
            for p in root.iter(qn("w:p")):
                texts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(texts)


def test_no_internal_key_reaches_the_reader(annex, tmp_path):
    path = tmp_path / "ontwerp.docx"
    write_annex_docx(sample_annex(draft=True), path)
    for document in (annex, path):
        text = all_text(document)
        for key in INTERNAL_KEYS:
            assert not re.search(rf"\b{re.escape(key)}\b", text), key
        assert "0.1.0" not in text and "Versie" not in text
        assert "SHA-256" in text             # only in the technical appendix, at the end
        assert text.index("SHA-256") > text.index("Bronnen")


def test_title_page_has_no_running_header_or_page_number(annex):
    d = docx.Document(str(annex))
    first = d.sections[0]
    assert first.different_first_page_header_footer
    assert not first.first_page_header.is_linked_to_previous
    assert "".join(p.text for p in first.first_page_header.paragraphs) == ""
    with zipfile.ZipFile(annex) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        first_footer = re.search(r'<w:footerReference w:type="first" r:id="(\w+)"',
                                 z.read("word/document.xml").decode()).group(1)
        target = re.search(rf'Id="{first_footer}"[^>]*Target="([^"]+)"', rels) or \
            re.search(rf'Target="([^"]+)"[^>]*Id="{first_footer}"', rels)
        assert "PAGE" not in z.read(f"word/{target.group(1)}").decode()
    assert "Groenboek clusterbeleid" in first.header.paragraphs[0].text   # other pages


def test_headings_legends_and_captions_keep_with_next(annex):
    d = docx.Document(str(annex))
    for style in ("Heading 1", "Heading 2", "Heading 3", "Metagegevens", "Vraagtekst"):
        assert d.styles[style].paragraph_format.keep_with_next, style
    legend = next(p for p in d.paragraphs if p.text == "Legende")
    assert legend.style.name == "Metagegevens"

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
    assert "Risico op kostenstijging zonder bijsturing. – SERV, Flux50" in args


def test_toc_is_filled_in_with_page_number_fields(annex):
    d = docx.Document(str(annex))
    body = d.element.body
    entries = [(p.style.name, p.text.rstrip("\t")) for p in d.paragraphs
               if p.style.name.startswith("toc ")]
    assert entries == [
        ("toc 1", "Vraag 1"), ("toc 2", "1.1 Status quo"), ("toc 2", "1.2 Afgeslankte clusters"),
        ("toc 2", "1.3 Thematische programma's"), ("toc 2", "1.4 Scenario 3+"),
        ("toc 1", "Vraag 2"), ("toc 2", "2.1 Meerjarige financiering"),
        ("toc 1", "Standpunten per adviseur"), ("toc 1", "Bronnen"),
        ("toc 1", "Technische gegevens")]
    # each entry links to a bookmark on its heading and asks for that bookmark's page
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    marks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert len(anchors) == 10 and set(anchors) <= marks
    pagerefs = [t.text.split()[1] for t in body.iter(qn("w:instrText"))
                if (t.text or "").split()[:1] == ["PAGEREF"]]
    assert pagerefs == anchors
    with zipfile.ZipFile(annex) as z:
        settings = z.read("word/settings.xml").decode()
        footers = "".join(z.read(n).decode() for n in z.namelist() if "footer" in n)
    assert '<w:updateFields w:val="true"/>' in settings
    assert 'w:instr=" PAGE "' in footers


def section_of_each_block(document) -> list[tuple[int, object]]:
    """(section index, body element) in order; a paragraph with w:sectPr ends a section."""
    index, out = 0, []
    for child in document.element.body.iterchildren():
        out.append((index, child))
        if child.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None:
            index += 1
    return out


def test_stance_matrix_has_landscape_pages_of_its_own(annex):
    from docx.enum.section import WD_ORIENT
    d = docx.Document(str(annex))
    assert [s.orientation for s in d.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE,
                                                   WD_ORIENT.PORTRAIT]
    landscape = d.sections[1]
    assert landscape.page_width > landscape.page_height
    blocks = section_of_each_block(d)
    matrix = next(t for t in d.tables if t.rows[0].cells[0].text == "Adviseur")
    in_section = {id(el): i for i, el in blocks}
    assert in_section[id(matrix._tbl)] == 1
    texts = [(i, "".join(t.text or "" for t in el.iter(qn("w:t")))) for i, el in blocks]
    section1 = [t for i, t in texts if i == 1]
    assert section1[0] == "Standpunten per adviseur"
    assert "Bronnen" in [t for i, t in texts if i == 2]
    # the legend follows the matrix directly; the notes come after the legend
    at = next(n for n, (_i, el) in enumerate(blocks) if el is matrix._tbl)
    assert texts[at + 1][1] == "Legende"
    assert blocks[at + 2][1].tag == qn("w:tbl")
    assert texts[at + 2][1].startswith("StandpuntBetekenis")
    assert any(t == "Toelichting bij de standpunten" for _i, t in texts[at + 3:])


def test_matrix_words_legend_and_notes(annex):
    d = docx.Document(str(annex))
    matrix = next(t for t in d.tables if t.rows[0].cells[0].text == "Adviseur")
    rows = table_rows(matrix)
    header = rows[0]
    assert header == MATRIX_HEADER
    by_advisor = {r[0]: r for r in rows[1:]}
    for (advisor, option), label in EXPECTED_MATRIX.items():
        assert by_advisor[advisor][header.index(COLUMN[option])] == label
    # an advisor whose advice is outstanding says so in every cell
    assert set(by_advisor["Catalisti"][1:]) == {"advies gevraagd, nog niet ontvangen"}
    # a stance's note is numbered in its cell and written out after the legend
    assert by_advisor["VARIO"][2] == "voorwaardelijk (noot 1)"
    assert "Noot 1. VARIO over 1.2 Afgeslankte clusters: mits meerjarige financiering" \
        in body_text(d)
    legend = next(t for t in d.tables if t.rows[0].cells[0].text == "Standpunt")
    labels = [r[0] for r in table_rows(legend)[1:]]
    assert labels == ["voorkeur", "steunt", "voorwaardelijk", "neutraal", "tegen",
                      "niet behandeld", "advies gevraagd, nog niet ontvangen", "—"]


def test_matrix_cells_keep_whole_words(annex):
    """Every column is at least as wide as its longest word (estimated generously)."""
    from workbench.export.docx_build import CELL_PADDING, CHAR_TWIPS
    d = docx.Document(str(annex))
    for table in d.tables:
        widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.iter(qn("w:gridCol"))]
        for row in table.rows:
            for width, cell in zip(widths, row.cells, strict=True):
                longest = max((len(w) for w in cell.text.split()), default=0)
                assert width >= longest * CHAR_TWIPS + CELL_PADDING, cell.text


def test_inferred_stance_is_marked(tmp_path):
    from dataclasses import replace
    content = sample_annex()
    cell = content.matrix.cells[("VARIO", "S1")]
    cells = dict(content.matrix.cells)
    cells[("VARIO", "S1")] = replace(cell, record=replace(cell.record, explicit=False))
    content.matrix = replace(content.matrix, cells=cells)
    path = tmp_path / "afgeleid.docx"
    write_annex_docx(content, path)
    d = docx.Document(str(path))
    matrix = next(t for t in d.tables if t.rows[0].cells[0].text == "Adviseur")
    assert table_rows(matrix)[1][1] == "tegen (afgeleid)"
    legend = next(t for t in d.tables if t.rows[0].cells[0].text == "Standpunt")
    assert "… (afgeleid)" in [r[0] for r in table_rows(legend)]


def test_sources_say_what_each_document_is(annex):
    d = docx.Document(str(annex))
    sources = next(t for t in d.tables if t.rows[0].cells[0].text == "Nr."
                   and t.rows[0].cells[1].text == "Document")
    assert table_rows(sources)[0] == ["Nr.", "Document", "Soort", "Datum", "Referentie"]
    assert table_rows(sources)[1] == ["1", "Advies 36 over het groenboek", "advies van VARIO",
                                      "6 mei 2024", "Advies 36"]
    technical = next(t for t in d.tables if t.rows[0].cells[1].text == "Bestand")
    assert table_rows(technical)[1] == ["1", "vario_advies_36.pdf", "3f1a9c0b7d2e4f5a"]


def test_draft_marking_only_when_draft(annex, tmp_path):
    clean = docx.Document(str(annex))
    assert DRAFT_MARK not in body_text(clean)
    assert DRAFT_MARK not in clean.sections[0].header.paragraphs[0].text
    path = tmp_path / "ontwerp.docx"
    write_annex_docx(sample_annex(draft=True), path)
    draft = docx.Document(str(path))
    assert DRAFT_MARK in body_text(draft)
    assert "Adviseur Catalisti: advies nog niet ontvangen" in body_text(draft)
    assert draft.sections[0].different_first_page_header_footer
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


def test_column_widths_keep_words_whole_and_equal_weights_equal():
    from workbench.export.docx_build import CELL_PADDING, CHAR_TWIPS, column_twips
    rows = [["Adviseur", "1.1 Scenario 1", "2.1 Nieuwe oproep Innovatieve Bedrijfsnetwerken",
             "1.3 Scenario 3"], ["Speerpuntclusters", "voorwaardelijk", "tegen", "voorkeur"]]
    widths = column_twips(9000, [5, 4, 4, 4], rows)
    assert sum(widths) <= 9000
    assert widths[2] >= len("Bedrijfsnetwerken") * CHAR_TWIPS + CELL_PADDING
    assert widths[1] == widths[3]                  # no word forces them apart
    # too many columns for whole words: shared by weight, never wider than the page
    assert sum(column_twips(2000, [1, 1, 1], rows)) <= 2000


def test_failed_checks_are_worded_in_dutch_with_names():
    from workbench.checks import Problem
    from workbench.export.draft_problems import dutch_problems
    content = sample_annex()
    problems = [
        Problem("error", "argument-without-quote", "argument 8 (S4, pro) has no quote", "argument",
                "8"),
        Problem("error", "stance-missing", "Catalisti has no stance on S2 (V1)", "stance",
                "Catalisti/S2"),
        Problem("error", "quote-lost", "quote 3 is no longer in source 2", "quote", "3"),
        Problem("error", "database-damaged", "the dossier file is damaged", "", ""),
    ]
    words = dutch_problems(problems, content)
    assert words[0] == ("Meerjarige financiering, pro: het argument „Argument zonder citaat (nog "
                        "te documenteren).” steunt nog op geen enkel citaat.")
    assert words[1] == "Catalisti: nog geen standpunt vastgelegd over Afgeslankte clusters."
    assert words[2].startswith("Citaat 3 uit „Advies groenboek innovatiebeleid”")
    assert "beschadigd" in words[3]
    for text in words:
        assert not re.search(r"\b(S\d|V\d|has|no|quote)\b", text), text

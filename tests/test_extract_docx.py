"""DOCX extraction: headings, lists, tables, notes, tracked changes, comments."""

from __future__ import annotations

import pytest

from tests import docgen
from workbench.extract import ExtractedDocument, extract_file

BODY = [
    ("h1", "Inleiding"),
    ("p", "De clusters vragen meer steun.[^1] Zie ook de bijlage.[^e1]"),
    ("h2", "Scenario's"),
    ("p", "Wij steunen {+graag +}scenario {-twee -}drie.{>Klopt dit wel?<}"),
    ("bullet", "eerste punt"),
    ("bullet", "tweede punt"),
    ("number", "genummerd een"),
    ("number", "genummerd twee"),
    ("style:Adviestitel", "Eigen kopstijl"),
    ("p", "Onder de eigen kop.[^2]"),
    ("table", [["Actor", "Standpunt"], ["VARIO", "Voor"], ["SERV", "Tegen"]]),
    ("h1", "Besluit"),
    ("p", "Slotalinea."),
]


@pytest.fixture(scope="module")
def doc() -> ExtractedDocument:
    data = docgen.docx_bytes(BODY, footnotes={"1": "Studie VUB, februari 2024.",
                                              "2": "Tweede voetnoot."},
                             endnotes={"1": "Bijlage A: cijfers."}, title="Testadvies",
                             custom_styles={"Adviestitel": "Heading 2"})
    return extract_file(data, "advies.docx")


def blocks_of(doc, kind):
    return [(doc.block_text(b), b) for b in doc.blocks if b.kind == kind]


def test_headings_levels_and_paths(doc):
    headings = [(text, b.level) for text, b in blocks_of(doc, "heading")]
    assert headings == [("Inleiding", 1), ("Scenario's", 2), ("Eigen kopstijl", 2),
                        ("Besluit", 1)]
    para = next(b for t, b in blocks_of(doc, "paragraph") if t.startswith("Onder de eigen"))
    assert para.heading_path == ("Inleiding", "Eigen kopstijl")
    last = next(b for t, b in blocks_of(doc, "paragraph") if t == "Slotalinea.")
    assert last.heading_path == ("Besluit",)


def test_tracked_changes_read_as_accepted_and_comments_left_out(doc):
    assert "Wij steunen graag scenario drie." in doc.text
    assert "twee drie" not in doc.text
    assert "Klopt dit wel" not in doc.text


def test_list_items(doc):
    items = [(text, b.level) for text, b in blocks_of(doc, "list_item")]
    assert items == [("eerste punt", 1), ("tweede punt", 1), ("1. genummerd een", 1),
                     ("2. genummerd twee", 1)]


def test_table_cells_in_row_order(doc):
    cells = [(b.ref, text) for text, b in blocks_of(doc, "table_cell")]
    assert cells == [("r1c1", "Actor"), ("r1c2", "Standpunt"), ("r2c1", "VARIO"),
                     ("r2c2", "Voor"), ("r3c1", "SERV"), ("r3c2", "Tegen")]


def test_footnotes_and_endnotes_after_body_with_markers(doc):
    assert "De clusters vragen meer steun.[1] Zie ook de bijlage.[e1]" in doc.text
    notes = [(b.kind, b.ref, text) for text, b in blocks_of(doc, "footnote")
             + blocks_of(doc, "endnote")]
    assert notes == [("footnote", "1", "Studie VUB, februari 2024."),
                     ("footnote", "2", "Tweede voetnoot."),
                     ("endnote", "e1", "Bijlage A: cijfers.")]
    last_body = max(b.end for b in doc.blocks if b.kind not in ("footnote", "endnote"))
    assert all(b.start > last_body for b in doc.blocks if b.kind in ("footnote", "endnote"))
    note2 = next(b for t, b in blocks_of(doc, "footnote") if b.ref == "2")
    assert note2.heading_path == ("Inleiding", "Eigen kopstijl")


def test_metadata(doc):
    assert doc.title == "Testadvies"
    assert doc.media_type.endswith("wordprocessingml.document")
    assert doc.pages == [] and all(b.page is None for b in doc.blocks)


def test_dutch_style_ids_and_outline_level(tmp_path):
    data = docgen.docx_bytes([("h1", "Eerste"), ("p", "tekst"), ("h2", "Tweede"), ("p", "x")])
    import io
    import zipfile

    archive = zipfile.ZipFile(io.BytesIO(data))
    styles = archive.read("word/styles.xml").replace(b'w:styleId="Heading1"', b'w:styleId="Kop1"')
    styles = styles.replace(b'<w:name w:val="heading 1"/>', b'<w:name w:val="Kop 1"/>')
    document = archive.read("word/document.xml").replace(b'w:val="Heading1"', b'w:val="Kop1"')
    document = document.replace(b'<w:pStyle w:val="Heading2"/>',
                                b'<w:pStyle w:val="Normal"/><w:outlineLvl w:val="1"/>')
    patched = docgen.patch_zip(data, {"word/styles.xml": styles,
                                      "word/document.xml": document})
    doc = extract_file(patched, "kop.docx")
    headings = [(doc.block_text(b), b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings == [("Eerste", 1), ("Tweede", 2)]


def test_make_docx_writes_file(tmp_path):
    path = docgen.make_docx(tmp_path / "a.docx", [("p", "Hallo & <wereld>")])
    assert extract_file(path.read_bytes(), path.name).text == "Hallo & <wereld>"

"""Exports that hold less in memory write the same files (#15): footnotes kept as their XML
text rather than as lxml trees, the document's parts streamed into the .docx."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tests.export_samples import sample_annex
from workbench.export import docx_footnotes
from workbench.export.annex_docx import annex_template, build_annex
from workbench.export.docx_build import DocxBuilder

NASTY = ("VARIO, Advies 36, 6 mei 2024, p. 3.", "a & b < c > d \"quoted\" 'single'",
         "tab\there, line\nbreak, return\rhere", "  leading and trailing  ", "",
         "emoji 🚀 and ünïcödé, € – “typographic”", "\x00\x07control\x1f chars\ufffe",
         "]]> <![CDATA[ not cdata", "&amp; already escaped &#13;")


def _tree_footnotes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Footnotes as lxml elements, as before (the reference the text form must match)."""
    real = docx_footnotes.Footnotes.__init__

    def init(self, document) -> None:
        real(self, document)
        self._as_text = False

    monkeypatch.setattr(docx_footnotes.Footnotes, "__init__", init)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        # core.xml holds the time of writing
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def _footnoted(folder: Path, name: str) -> Path:
    b = DocxBuilder(annex_template())
    for text in NASTY * 3:
        p = b.paragraph("Een citaat.")
        b.footnotes.add(p, text)
    path = folder / name
    b.save(path)
    return path


def test_footnotes_written_as_text_are_the_bytes_of_the_tree(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new = _parts(_footnoted(tmp_path, "text.docx"))
    with monkeypatch.context() as m:
        _tree_footnotes(m)
        old = _parts(_footnoted(tmp_path, "tree.docx"))
    assert new["word/footnotes.xml"] == old["word/footnotes.xml"]
    assert new == old
    assert "🚀".encode() in new["word/footnotes.xml"]
    assert parse_xml(new["word/footnotes.xml"]) is not None        # well-formed


def test_the_annex_is_the_same_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new_path, old_path = tmp_path / "new.docx", tmp_path / "old.docx"
    build_annex(sample_annex(draft=True)).save(new_path)
    with monkeypatch.context() as m:
        _tree_footnotes(m)
        build_annex(sample_annex(draft=True)).save(old_path)
    new, old = _parts(new_path), _parts(old_path)
    assert new.keys() == old.keys()
    for name in new:
        assert new[name] == old[name], name
    with zipfile.ZipFile(new_path) as z, zipfile.ZipFile(old_path) as y:
        assert [i.filename for i in z.infolist()] == [i.filename for i in y.infolist()]
        assert [i.compress_type for i in z.infolist()] == [i.compress_type for i in y.infolist()]


def test_a_footnotes_part_without_notes_still_gets_them(tmp_path: Path) -> None:
    """A template whose footnotes part is empty falls back to the tree (nothing to splice
    into): the notes are there all the same."""
    b = DocxBuilder(annex_template())
    b.footnotes._root = parse_xml(f"<w:footnotes {nsdecls('w')}/>")
    b.footnotes._as_text = False
    b.footnotes.add(b.paragraph("x"), "Een voetnoot")
    b.save(tmp_path / "a.docx")
    with zipfile.ZipFile(tmp_path / "a.docx") as z:
        assert b"Een voetnoot" in z.read("word/footnotes.xml")


def _as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The annex as it was written before (#15): footnotes and body as lxml trees to the end,
    saved by python-docx itself."""
    from workbench.export import docx_build

    _tree_footnotes(monkeypatch)
    monkeypatch.setattr(DocxBuilder, "release", lambda self: None)
    monkeypatch.setattr(docx_build, "save_streamed",
                        lambda document, path, writers=None: document.save(str(path)))


@pytest.mark.parametrize("draft", [False, True])
def test_the_annex_is_written_as_before_byte_for_byte(tmp_path: Path, draft: bool,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    build_annex(sample_annex(draft=draft)).save(tmp_path / "now.docx")
    with monkeypatch.context() as m:
        _as_before(m)
        build_annex(sample_annex(draft=draft)).save(tmp_path / "before.docx")
    now, before = _parts(tmp_path / "now.docx"), _parts(tmp_path / "before.docx")
    assert list(now) == list(before)
    for name in now:
        assert now[name] == before[name], name
    with zipfile.ZipFile(tmp_path / "now.docx") as z, \
            zipfile.ZipFile(tmp_path / "before.docx") as y:
        for a, c in zip(z.infolist(), y.infolist(), strict=True):
            same = (a.filename, a.compress_type, a.external_attr, a.flag_bits)
            assert same == (c.filename, c.compress_type, c.external_attr, c.flag_bits)
            if a.filename != "docProps/core.xml":          # the time of writing
                assert (a.file_size, a.CRC) == (c.file_size, c.CRC), a.filename


def test_the_demo_annex_and_communication_are_written_as_before(
        demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench import Project
    from workbench.export.run import export_all

    def export(folder: Path) -> dict[str, dict[str, bytes]]:
        folder.mkdir()
        with Project.open(demo_path, readonly=True) as project:
            export_all(project, annex=folder / "a.docx", communication=folder / "c.docx",
                       force=True)
        return {n: _parts(folder / n) for n in ("a.docx", "c.docx")}

    now = export(tmp_path / "now")
    with monkeypatch.context() as m:
        _as_before(m)
        before = export(tmp_path / "before")
    assert now == before

"""Bad and hostile input: every failure is an ImportProblem with a reason, message and hint."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests import docgen
from workbench.extract import ImportProblem, Limits, extract_file


def problem(data: bytes, name: str, **kwargs) -> ImportProblem:
    with pytest.raises(ImportProblem) as info:
        extract_file(data, name, **kwargs)
    assert info.value.message and info.value.hint
    return info.value


@pytest.mark.parametrize("name", ["leeg.pdf", "leeg.docx", "leeg.txt", "leeg.html"])
def test_empty_file(name):
    assert problem(b"", name).reason == "empty"


def test_whitespace_only_text_is_empty():
    assert problem(b"  \n\n \t", "leeg.txt").reason == "empty"


def test_pdf_renamed_docx():
    found = problem(docgen.pdf_bytes([["Tekst."]]), "advies.docx")
    assert found.reason == "wrong-format"
    assert "PDF" in found.message and ".pdf" in found.hint


def test_docx_renamed_pdf_and_txt():
    data = docgen.docx_bytes([("p", "Tekst.")])
    assert "Word" in problem(data, "advies.pdf").message
    assert problem(data, "advies.txt").reason == "wrong-format"


def test_legacy_doc_and_encrypted_office():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    assert problem(ole, "oud.docx").reason == "wrong-format"
    encrypted = ole + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100
    assert problem(encrypted, "geheim.docx").reason == "encrypted"


def test_unsupported_extension_lists_supported():
    found = problem(b"abc", "advies.rtf")
    assert found.reason == "unsupported"
    assert ".pdf" in found.hint and ".docx" in found.hint and ".md" in found.hint


def test_file_too_large_states_limit():
    found = problem(b"x" * 2048, "groot.txt", limits=Limits(max_file_bytes=1024))
    assert found.reason == "too-large" and "1 KB" in found.message


def test_default_size_limit_is_in_message():
    from workbench.extract.limits import DEFAULT_LIMITS

    assert DEFAULT_LIMITS.max_file_bytes == 100 * 1024 * 1024
    data = b"x" * 20
    found = problem(data, "groot.txt", limits=Limits(max_file_bytes=10))
    assert found.reason == "too-large"


def test_zip_bomb_total_size():
    found = problem(docgen.zip_bomb_docx_bytes(210 * 1024 * 1024), "bom.docx")
    assert found.reason == "too-large" and "200 MB" in found.message


def test_zip_bomb_compression_ratio():
    found = problem(docgen.small_zip_bomb_docx_bytes(), "bom.docx")
    assert found.reason == "too-large" and "100:1" in found.message


def test_billion_laughs_docx():
    found = problem(docgen.hostile_docx_bytes(docgen.BILLION_LAUGHS), "lol.docx")
    assert found.reason == "unsafe"


def test_external_entity_docx_and_odt():
    assert problem(docgen.hostile_docx_bytes(docgen.EXTERNAL_ENTITY), "xxe.docx").reason == \
        "unsafe"
    xxe = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://example.invalid/x">]>'
           b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
           b'office:1.0"/>')
    odt = docgen.patch_zip(docgen.odt_bytes(), {"content.xml": xxe})
    assert problem(odt, "xxe.odt").reason == "unsafe"


def test_html_entity_declaration_unsafe():
    html = b'<!DOCTYPE html [<!ENTITY a "aaaa">]><html><body><p>&a;</p></body></html>'
    assert problem(html, "x.html").reason == "unsafe"


def test_truncated_docx_is_corrupt():
    data = docgen.docx_bytes([("p", "Tekst.")])
    assert problem(data[: len(data) // 2], "kapot.docx").reason == "corrupt"


def test_invalid_xml_in_docx_is_corrupt():
    data = docgen.patch_zip(docgen.docx_bytes([("p", "Tekst.")]),
                            {"word/document.xml": b"<w:document><unclosed>"})
    assert problem(data, "kapot.docx").reason == "corrupt"


def test_zip_without_document_part_is_corrupt():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("iets.txt", "hallo")
    assert problem(out.getvalue(), "leeg.docx").reason == "corrupt"


def test_truncated_and_garbage_pdf():
    assert problem(b"%PDF-1.7\n" + b"\x00garbage" * 50, "x.pdf").reason == "corrupt"
    assert problem(b"just some text", "x.pdf").reason == "wrong-format"


def test_binary_renamed_txt():
    found = problem(bytes(range(256)) * 10, "data.txt")
    assert found.reason == "wrong-format"


def test_library_failure_wrapped_as_corrupt(monkeypatch):
    import workbench.extract.plaintext as plaintext

    def boom(*_args, **_kwargs):
        raise KeyError("intern")

    monkeypatch.setattr(plaintext, "extract_text", boom)
    assert problem(b"tekst", "a.txt").reason == "corrupt"


def test_reasons_are_known():
    for reason in ("empty", "wrong-format", "corrupt", "encrypted", "no-text-layer",
                   "too-large", "unsafe", "unsupported"):
        assert reason in ImportProblem.REASONS

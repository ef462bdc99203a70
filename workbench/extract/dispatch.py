"""``extract_file``: check size, sniff the real format, apply limits, run the right extractor.

No exception other than ImportProblem leaves ``extract_file``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from workbench.extract.document import ExtractedDocument, ImportProblem
from workbench.extract.limits import DEFAULT_LIMITS, Limits, describe_bytes

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".html": "text/html", ".htm": "text/html", ".xhtml": "text/html",
    ".txt": "text/plain", ".text": "text/plain",
    ".md": "text/markdown", ".markdown": "text/markdown",
}
_KIND = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".html": "html", ".htm": "html",
         ".xhtml": "html", ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text"}
SUPPORTED = ".pdf, .docx, .odt, .html/.htm, .txt, .md"
_LOOKS_LIKE = {
    "pdf": ("a PDF file", "Rename it to .pdf and import it again."),
    "docx": ("a Word (.docx) file", "Rename it to .docx and import it again."),
    "odt": ("an OpenDocument text (.odt) file", "Rename it to .odt and import it again."),
    "html": ("a web page (HTML)", "Rename it to .html and import it again."),
    "text": ("a plain-text file", "Rename it to .txt and import it again."),
    "ole": ("an old Word 97-2003 (.doc) or other legacy Office file",
            "Open it in Word or LibreOffice and save it as .docx or PDF."),
    "encrypted-office": ("a password-protected Office file",
                         "Ask the sender for an unprotected copy."),
    "rtf": ("an RTF file", "Open it in Word or LibreOffice and save it as .docx."),
    "xlsx": ("an Excel workbook", "Only text documents can be imported; save it as PDF."),
    "pptx": ("a PowerPoint presentation", "Only text documents can be imported; save it as PDF."),
    "opendocument": ("an OpenDocument spreadsheet/presentation",
                     "Only text documents can be imported; save it as PDF."),
    "zip": ("a ZIP archive", "Unpack it and import the documents inside."),
    "image": ("an image", "OCR is not supported; ask the sender for a text PDF or Word file."),
    "binary": ("a binary file of unknown type",
               "Check that this is the right file; import PDF, Word, ODT, HTML or text."),
}
_HTML_MARKERS = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_ENCRYPTED_OLE = "EncryptedPackage".encode("utf-16-le")


def media_type_for(file_name: str) -> str | None:
    """Media type for a supported file name (by extension), else None."""
    return MEDIA_TYPES.get(PurePath(file_name).suffix.lower())


def sniff(data: bytes) -> str:
    """What the bytes look like: pdf, docx, odt, html, text, ole, zip, image, binary, ..."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "encrypted-office" if _ENCRYPTED_OLE in data[:1 << 20] else "ole"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "image"
    if _HTML_MARKERS.search(data[:4096].replace(b"\x00", b"")):
        return "html"
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return "text"
    if b"\x00" in sample:
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if max(odd, even) > len(sample) // 4 and min(odd, even) < len(sample) // 40 + 1:
            return "text"      # BOM-less UTF-16
        if not _clean_utf8_with_few_controls(sample):
            return "binary"    # a stray NUL in otherwise clean UTF-8 text is still text (#16)
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return "binary" if controls > len(sample) // 20 else "text"


def _clean_utf8_with_few_controls(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 3:     # not just a character cut at the sample's end
            return False
    return sum(1 for byte in sample if byte < 9 or 13 < byte < 32) <= len(sample) // 100 + 4


def _sniff_zip(data: bytes) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        mimetype = b""
        if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
            mimetype = archive.read("mimetype").strip()
    except Exception:     # damaged ZIP: let the extractor report it as corrupt
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if mimetype == b"application/vnd.oasis.opendocument.text":
        return "odt"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return "opendocument"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return "zip"


def _check_kind(expected: str, actual: str, file_name: str) -> None:
    if actual == expected:
        return
    if expected == "text" and actual in ("text", "html"):
        return            # Markdown / text may contain HTML tags
    if expected == "html" and actual == "text":
        return            # a fragment without <html>: read it as HTML anyway
    if expected in ("docx", "odt") and actual == "zip":
        return            # damaged container: the extractor says what is wrong
    if actual == "encrypted-office" and expected in ("docx", "odt"):
        raise ImportProblem("encrypted", f"'{file_name}' is password protected.",
                            "Ask the sender for an unprotected copy.")
    looks, hint = _LOOKS_LIKE.get(actual, _LOOKS_LIKE["binary"])
    suffix = PurePath(file_name).suffix.lower()
    raise ImportProblem("wrong-format",
                        f"'{file_name}' has the extension {suffix} but looks like {looks}.", hint)


def extract_file(data: bytes, file_name: str, *,
                 limits: Limits = DEFAULT_LIMITS) -> ExtractedDocument:
    """Extract text and structure from a file's bytes; failures raise ImportProblem."""
    suffix = PurePath(file_name).suffix.lower()
    expected = _KIND.get(suffix)
    if expected is None:
        raise ImportProblem("unsupported", f"'{file_name}': files of type "
                            f"'{suffix or '(no extension)'}' cannot be imported.",
                            f"Supported types: {SUPPORTED}. Save the document as one of these.")
    if not data or not data.strip():
        raise ImportProblem("empty", f"'{file_name}' is empty.",
                            "Check that you picked the right file, or ask the sender again.")
    if len(data) > limits.max_file_bytes:
        raise ImportProblem("too-large", f"'{file_name}' is {describe_bytes(len(data))}; the "
                            f"limit is {describe_bytes(limits.max_file_bytes)}.",
                            "Split the document into smaller parts and import those.")
    _check_kind(expected, sniff(data), file_name)
    try:
        return _run(expected, suffix, data, limits)
    except ImportProblem:
        raise
    except MemoryError as exc:
        raise ImportProblem("too-large", f"'{file_name}' needs too much memory to read.",
                            "Split the document into smaller parts and import those.") from exc
    except RecursionError as exc:
        raise ImportProblem("unsafe", f"'{file_name}' is nested too deeply to read safely.",
                            "Ask the sender to save the document again as a normal file.") from exc
    except Exception as exc:
        raise ImportProblem("corrupt", f"'{file_name}' is damaged and cannot be read "
                            f"({type(exc).__name__}).",
                            "Ask the sender for a fresh copy of the file.") from exc


def _run(kind: str, suffix: str, data: bytes, limits: Limits) -> ExtractedDocument:
    if kind == "pdf":
        from workbench.extract.pdf import extract_pdf
        document = extract_pdf(data, limits)
    elif kind == "docx":
        from workbench.extract.docx import extract_docx
        document = extract_docx(data, limits)
    elif kind == "odt":
        from workbench.extract.odt import extract_odt
        document = extract_odt(data, limits)
    elif kind == "html":
        from workbench.extract.html import extract_html
        document = extract_html(data, limits)
    else:
        from workbench.extract.plaintext import extract_text
        document = extract_text(data, markdown=True if suffix in (".md", ".markdown") else None,
                                limits=limits)
    if not document.text.strip():
        raise ImportProblem("empty", "The document contains no text.",
                            "Check that you picked the right file, or ask the sender again.")
    return document

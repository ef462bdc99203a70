"""Generators for test documents (PDF, DOCX, ODT, HTML, text, hostile files).

Every ``make_*`` function writes a file and returns its path, so tests (import, quote,
benchmark) can build exactly the document they need in ``tmp_path``.
PDF texts must be Latin-1 (fpdf2 core fonts).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

# --------------------------------------------------------------------------- PDF

PdfItem = str   # "# Title" / "## Sub" = heading; text with "\n" = hard-wrapped lines


def _fpdf_class(header: str | None, footer: str | None, total: int):
    from fpdf import FPDF

    class _Pdf(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", size=9)
                self.cell(0, 6, header.format(page=self.page_no(), pages=total),
                          new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if footer:
                self.set_y(-15)
                self.set_font("Helvetica", size=9)
                self.cell(0, 6, footer.format(page=self.page_no(), pages=total), align="C")

    return _Pdf


def pdf_bytes(pages: list[list[PdfItem]], *, header: str | None = None,
              footer: str | None = "Pagina {page} van {pages}", title: str | None = None,
              body_size: float = 11) -> bytes:
    """A PDF with one fpdf2 page per entry of ``pages``.

    Items: "# text" -> 16 pt bold heading, "## text" -> 13 pt bold heading; a text with
    newlines is written line by line (hard wraps, e.g. "de samen-\\nwerking"); other texts
    are wrapped by fpdf2. Items are separated by a blank gap (a paragraph break).
    ``header``/``footer`` may contain {page} and {pages}.
    """
    pdf = _fpdf_class(header, footer, len(pages))()
    pdf.set_auto_page_break(auto=False)
    if title:
        pdf.set_title(title)
    line_h = body_size * 0.5
    for items in pages:
        pdf.add_page()
        for item in items:
            if item.startswith("#"):
                marks, _, text = item.partition(" ")
                pdf.set_font("Helvetica", style="B", size=16 if len(marks) == 1 else 13)
                pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", size=body_size)
                if "\n" in item:
                    for line in item.split("\n"):
                        pdf.cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(0, line_h, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line_h)
    return bytes(pdf.output())


def make_pdf(path: str | Path, pages: list[list[PdfItem]], *, header: str | None = None,
             footer: str | None = "Pagina {page} van {pages}", title: str | None = None) -> Path:
    path = Path(path)
    path.write_bytes(pdf_bytes(pages, header=header, footer=footer, title=title))
    return path


def make_encrypted_pdf(path: str | Path, text: str = "Geheim advies.",
                       user_password: str = "geheim") -> Path:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, text)
    pdf.set_encryption(owner_password="eigenaar", user_password=user_password,
                       encryption_method=EncryptionMethod.RC4)
    path = Path(path)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_image_pdf(path: str | Path, pages: int = 2) -> Path:
    """A 'scanned' PDF: only an image per page, no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(image).rectangle((20, 20, 380, 60), fill="black")
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.image(image, x=10, y=10, w=180)
    path = Path(path)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_truncated_pdf(path: str | Path) -> Path:
    data = pdf_bytes([["Eerste pagina met tekst."], ["Tweede pagina."]])
    path = Path(path)
    path.write_bytes(data[: len(data) // 3])
    return path


# --------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f'xmlns:w="{W_NS}"'
_CT_FOOT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_CT_END = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
_CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

DocxItem = tuple   # ("h1".."h9" | "p" | "bullet" | "number" | "style:<name>", text) / ("table", rows)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _runs_xml(text: str) -> str:
    """Inline markup -> runs: [^1] footnote ref, [^e1] endnote ref, {+ins+}, {-del-},
    {>comment text<} (a comment anchored at that point)."""
    import re

    out = []
    rev = 100
    for token in re.split(r"(\[\^e?\d+\]|\{\+.*?\+\}|\{-.*?-\}|\{>.*?<\})", text):
        if not token:
            continue
        rev += 1
        stamp = f'w:id="{rev}" w:author="Tester" w:date="2024-05-06T10:00:00Z"'
        if token.startswith("[^e"):
            out.append(f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                       f'<w:endnoteReference w:id="{token[3:-1]}"/></w:r>')
        elif token.startswith("[^"):
            out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       f'<w:footnoteReference w:id="{token[2:-1]}"/></w:r>')
        elif token.startswith("{+"):
            out.append(f'<w:ins {stamp}><w:r><w:t xml:space="preserve">{_esc(token[2:-2])}'
                       '</w:t></w:r></w:ins>')
        elif token.startswith("{-"):
            out.append(f'<w:del {stamp}><w:r><w:delText xml:space="preserve">'
                       f'{_esc(token[2:-2])}</w:delText></w:r></w:del>')
        elif token.startswith("{>"):
            out.append(f'<w:commentRangeStart w:id="{rev}"/><w:commentRangeEnd w:id="{rev}"/>'
                       f'<w:r><w:commentReference w:id="{rev}"/></w:r>')
            _runs_xml.comments.append((rev, token[2:-2]))   # type: ignore[attr-defined]
        else:
            out.append(f'<w:r><w:t xml:space="preserve">{_esc(token)}</w:t></w:r>')
    return "".join(out)


_runs_xml.comments = []   # type: ignore[attr-defined]


def _notes_xml(kind: str, notes: dict[str, str]) -> str:
    tag = "footnote" if kind == "footnotes" else "endnote"
    parts = [f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             f'</w:{tag}>', f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
             f'<w:continuationSeparator/></w:r></w:p></w:{tag}>']
    for note_id, text in notes.items():
        ref = "footnoteRef" if tag == "footnote" else "endnoteRef"
        parts.append(f'<w:{tag} w:id="{note_id}"><w:p><w:r><w:{ref}/></w:r>'
                     f'<w:r><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:{tag}>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} {_W}>'
            + "".join(parts) + f"</w:{kind}>")


def docx_bytes(body: list[DocxItem], *, footnotes: dict[str, str] | None = None,
               endnotes: dict[str, str] | None = None, title: str | None = None,
               custom_styles: dict[str, str] | None = None) -> bytes:
    """A DOCX built with python-docx, then patched with notes/comments parts.

    ``body`` items: ("h1".."h9", text), ("p", text), ("bullet", text), ("number", text),
    ("style:<style name>", text), ("table", [[cell, ...], ...]). Paragraph texts may use the
    inline markup of ``_runs_xml``. ``custom_styles`` maps a new paragraph style name to the
    name of its base style (e.g. {"Adviestitel": "Heading 2"}).
    """
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    _runs_xml.comments = []   # type: ignore[attr-defined]
    document = docx.Document()
    if title:
        document.core_properties.title = title
    for name, base in (custom_styles or {}).items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles[base]
    for kind, content in body:
        if kind == "table":
            table = document.add_table(rows=len(content), cols=max(len(r) for r in content))
            for r, row in enumerate(content):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            continue
        style = {"p": None, "bullet": "List Bullet", "number": "List Number"}.get(kind)
        if kind.startswith("h"):
            style = f"Heading {kind[1:]}"
        elif kind.startswith("style:"):
            style = kind[6:]
        paragraph = document.add_paragraph(style=style)
        for run in parse_xml(f"<w:body {_W}>{_runs_xml(content)}</w:body>"):
            paragraph._p.append(run)
    buffer = io.BytesIO()
    document.save(buffer)
    return _add_parts(buffer.getvalue(), footnotes or {}, endnotes or {},
                      list(_runs_xml.comments))   # type: ignore[attr-defined]


def _add_parts(data: bytes, footnotes: dict[str, str], endnotes: dict[str, str],
               comments: list[tuple[int, str]]) -> bytes:
    extra: dict[str, tuple[str, str, str]] = {}   # part -> (xml, content type, rel type)
    if footnotes:
        extra["word/footnotes.xml"] = (_notes_xml("footnotes", footnotes), _CT_FOOT,
                                       f"{_REL}/footnotes")
    if endnotes:
        extra["word/endnotes.xml"] = (_notes_xml("endnotes", endnotes), _CT_END,
                                      f"{_REL}/endnotes")
    if comments:
        body = "".join(f'<w:comment w:id="{cid}" w:author="Tester"><w:p><w:r><w:t>{_esc(t)}'
                       '</w:t></w:r></w:p></w:comment>' for cid, t in comments)
        extra["word/comments.xml"] = (f"<w:comments {_W}>{body}</w:comments>", _CT_COMMENTS,
                                      f"{_REL}/comments")
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                overrides = "".join(f'<Override PartName="/{p}" ContentType="{ct}"/>'
                                    for p, (_x, ct, _r) in extra.items())
                content = content.replace(b"</Types>", overrides.encode() + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                rels = "".join(f'<Relationship Id="rIdX{i}" Type="{rt}" Target="{p[5:]}"/>'
                               for i, (p, (_x, _c, rt)) in enumerate(extra.items()))
                content = content.replace(b"</Relationships>",
                                          rels.encode() + b"</Relationships>")
            target.writestr(info.filename, content)
        for part, (xml, _ct, _rt) in extra.items():
            target.writestr(part, xml)
    return out.getvalue()


def make_docx(path: str | Path, body: list[DocxItem], **kwargs) -> Path:
    """Write ``docx_bytes(body, **kwargs)`` to ``path``."""
    path = Path(path)
    path.write_bytes(docx_bytes(body, **kwargs))
    return path


def patch_zip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """Copy a ZIP, replacing (or adding) the given members."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in replace:
                target.writestr(info.filename, source.read(info))
        for name, content in replace.items():
            target.writestr(name, content)
    return out.getvalue()


# --------------------------------------------------------------------------- ODT

_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')

DEFAULT_ODT_BODY = (
    '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
    '<office:change-info><dc:creator>Tester</dc:creator></office:change-info>'
    '<text:p>VERWIJDERDE TEKST</text:p></text:deletion></text:changed-region>'
    '</text:tracked-changes>'
    '<text:h text:outline-level="1">Inleiding</text:h>'
    '<text:p>Het advies steunt scenario 3.<text:note text:id="ftn1" text:note-class="footnote">'
    '<text:note-citation>1</text:note-citation><text:note-body><text:p>Zie VARIO advies 36.'
    '</text:p></text:note-body></text:note> Met<text:s text:c="2"/>nadruk.'
    '<office:annotation><dc:creator>X</dc:creator><text:p>Commentaar niet tonen</text:p>'
    '</office:annotation><text:change text:change-id="ct1"/></text:p>'
    '<text:h text:outline-level="2">Scenario 3</text:h>'
    '<text:p text:style-name="EigenKop">Kop via stijl</text:p>'
    '<text:list><text:list-item><text:p>eerste punt</text:p></text:list-item>'
    '<text:list-item><text:p>tweede punt</text:p><text:list><text:list-item>'
    '<text:p>genest punt</text:p></text:list-item></text:list></text:list-item></text:list>'
    '<table:table table:name="T1"><table:table-row><table:table-cell><text:p>Actor</text:p>'
    '</table:table-cell><table:table-cell><text:p>Standpunt</text:p></table:table-cell>'
    '</table:table-row><table:table-row><table:table-cell><text:p>SERV</text:p>'
    '</table:table-cell><table:table-cell><text:p>Tegen</text:p></table:table-cell>'
    '</table:table-row></table:table>'
    '<text:p>Slot.<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i'
    '</text:note-citation><text:note-body><text:p>Eindnoot tekst.</text:p></text:note-body>'
    '</text:note></text:p>')


def odt_bytes(body_xml: str = DEFAULT_ODT_BODY, *, title: str | None = "Test ODT") -> bytes:
    """An ODT built by hand; ``body_xml`` goes inside office:text. The style 'EigenKop'
    (styles.xml) has default-outline-level 3."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS}>'
               f"<office:body><office:text>{body_xml}</office:text></office:body>"
               "</office:document-content>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODT_NS}>'
              '<office:styles><style:style style:name="EigenKop" style:family="paragraph" '
              'style:default-outline-level="3"/></office:styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODT_NS}>'
            f"<office:meta><dc:title>{_esc(title or '')}</dc:title></office:meta>"
            "</office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/></manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        for name, text in (("content.xml", content), ("styles.xml", styles),
                           ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            archive.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def make_odt(path: str | Path, body_xml: str = DEFAULT_ODT_BODY, **kwargs) -> Path:
    path = Path(path)
    path.write_bytes(odt_bytes(body_xml, **kwargs))
    return path


# --------------------------------------------------------------------------- HTML / text

DEFAULT_HTML = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="{charset}"><title>Advies 36 | VARIO</title>
<style>body {{ color: red; }}</style><script>var x = "SCRIPTTEKST";</script></head>
<body><a class="skip-link" href="#main">Ga verder naar de inhoud</a>
<header><div class="logo">VARIO</div><nav><ul><li>Home</li><li>Adviezen</li></ul></nav></header>
<div id="cookie-banner">Wij gebruiken cookies.</div>
<main id="main"><nav class="breadcrumb">Home &gt; Adviezen</nav>
<h1>Advies 36: Toekomst van het clusterbeleid</h1>
<p>VARIO stelt dat speerpuntclusters een instrument zijn voor economische valorisatie
 &amp; het aanpakken van uitdagingen &#8211; caf&eacute;s inbegrepen.</p>
<h2>Aanbevelingen</h2>
<ul><li>Aanbeveling 1: koester de sterktes</li><li>Aanbeveling 2: zet in op <b>partnerschap</b></li></ul>
<blockquote><p>Een citaat uit het groenboek.</p></blockquote>
<table><tr><th>Actor</th><th>Standpunt</th></tr><tr><td>VARIO</td><td>Voor</td></tr></table>
<form><input name="q"><button>Zoek</button></form>
</main>
<aside>Gerelateerde adviezen</aside>
<footer>Contact | Privacy</footer><noscript>Zet JavaScript aan</noscript>
</body></html>
"""


def html_bytes(html: str = DEFAULT_HTML, *, encoding: str = "utf-8", bom: bool = False) -> bytes:
    data = html.replace("{charset}", encoding).replace("{{", "{").replace("}}", "}")
    raw = data.encode(encoding)
    return (b"\xef\xbb\xbf" + raw) if bom and encoding == "utf-8" else raw


def make_html(path: str | Path, html: str = DEFAULT_HTML, **kwargs) -> Path:
    path = Path(path)
    path.write_bytes(html_bytes(html, **kwargs))
    return path


def text_bytes(text: str, encoding: str = "utf-8") -> bytes:
    """Encode text; encodings: utf-8, utf-8-sig, utf-16-le / utf-16-be (with BOM), cp1252."""
    if encoding == "utf-16-le":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-16-be":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(encoding)


def make_text(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    path = Path(path)
    path.write_bytes(text_bytes(text, encoding))
    return path


# --------------------------------------------------------------------------- hostile files

def zip_bomb_docx_bytes(size: int = 300 * 1024 * 1024) -> bytes:
    """A DOCX-looking ZIP with one member of ``size`` zero bytes (compresses ~1000:1)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return out.getvalue()


def small_zip_bomb_docx_bytes() -> bytes:
    """Under the total-size limit but compressed far more than 100:1 (5 MB of spaces)."""
    base = docx_bytes([("p", "Tekst.")])
    return patch_zip(base, {"word/bomb.xml": b" " * (5 * 1024 * 1024)})


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    f'<w:document {_W}><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>')

EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    f'<w:document {_W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')


def hostile_docx_bytes(document_xml: str) -> bytes:
    """A valid DOCX whose word/document.xml is replaced (e.g. BILLION_LAUGHS)."""
    return patch_zip(docx_bytes([("p", "Tekst.")]), {"word/document.xml": document_xml.encode()})

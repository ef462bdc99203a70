"""Crafted PDFs from issue #13, written as raw bytes (no binary fixtures).

- ``nested_forms``: form XObjects drawing each other ``fan`` times per level, ``depth`` levels
  deep: a ~1 KB file that makes a reader do fan**depth draws;
- ``flate_bomb``: one page whose content stream inflates to ``size`` bytes;
- ``shared_content``: ``pages`` pages that all draw the same big content stream.
"""

from __future__ import annotations

import zlib

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF with a correct cross-reference table; object 1 is the catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"", *, deflate: bool = False) -> bytes:
    if deflate:
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def nested_forms(depth: int = 4, fan: int = 100) -> bytes:
    # 1 catalog, 2 pages, 3 page, 4 font, 5 page content, 6.. forms (6 = outermost)
    draws = b"".join(b"q /X Do Q " for _ in range(fan))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >> >>",
        _FONT,
        _stream(b"BT /F1 12 Tf 72 720 Td (Een advies met een formulier.) Tj ET " + draws),
    ]
    for level in range(depth):
        number = 6 + level
        if level == depth - 1:
            content = b"BT /F1 12 Tf 72 700 Td (x) Tj ET"
            resources = b"<< /Font << /F1 4 0 R >> >>"
        else:
            content = draws
            resources = b"<< /Font << /F1 4 0 R >> /XObject << /X %d 0 R >> >>" % (number + 1)
        objects.append(_stream(content, b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                               b"/Resources " + resources))
    return _pdf(objects)


def flate_bomb(size: int = 1 << 30) -> bytes:
    """A content stream of ``size`` bytes of text-drawing operators, deflated (~1 MB per GB).

    One deflate block, fully flushed so that it depends on nothing before it, is repeated:
    building the bomb costs a checksum over its inflated size, not compressing a gigabyte.
    """
    chunk = b"(bom) Tj " * (1 << 17)
    count = max(1, size // len(chunk))
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    adler = 1
    for _ in range(count):
        adler = zlib.adler32(chunk, adler)
    data = b"\x78\x9c" + block * count + final + adler.to_bytes(4, "big")
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        _FONT,
        _stream(data, deflate=True),
    ])


def shared_content(pages: int = 5000, content_bytes: int = 780_000) -> bytes:
    """``pages`` pages, every one drawing the same stream of ~``content_bytes`` of text."""
    line = b"(Dezelfde tekst op elke pagina van dit document, keer op keer herhaald.) Tj T* "
    body = b"BT /F1 8 Tf 9 TL 20 820 Td " + line * max(1, content_bytes // len(line)) + b"ET"
    first_page = 4
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        _FONT,
    ]
    content = first_page + pages
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % content)
    objects.append(_stream(body, deflate=False))
    return _pdf(objects)


def identical_pages(pages: int = 4) -> bytes:
    """Every page the same two lines: the running-header filter must keep them."""
    body = (b"BT /F1 12 Tf 72 720 Td (Formulier voor advies over het groenboek.) Tj "
            b"0 -16 Td (Wij steunen scenario 3 zonder voorbehoud.) Tj ET")
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        _FONT,
        _stream(body),
    ]
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>")
    return _pdf(objects)

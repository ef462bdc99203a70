"""Real Word footnotes for python-docx documents (python-docx has no footnotes API).

``Footnotes(document)`` finds the document's footnotes part (``word/footnotes.xml``) or adds
one (with the separator footnotes -1/0, the relationship and - via the part's content type -
the [Content_Types].xml override). ``add(paragraph_element, text)`` appends a
``w:footnoteReference`` run (character style FootnoteReference) to a paragraph and the
footnote (paragraph style FootnoteText) to the part; ``flush()`` stores the part before save.
Footnotes are built by copying small prototype trees, so adding 50,000 of them is cheap.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from workbench.export.xml_text import xml_text

W_ID = qn("w:id")

FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
    ' w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
    ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)

_REF_RUN = parse_xml(
    f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
    '<w:footnoteReference w:id="1"/></w:r>'
)
_FOOTNOTE = etree.fromstring(
    f'<w:footnote {nsdecls("w")} w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>'
)


def _footnotes_part(document: Any) -> Part:
    """The document's footnotes part, created (with separators) when missing."""
    doc_part = document.part
    for rel in doc_part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            part: Part = rel.target_part
            return part
    part = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, FOOTNOTES_XML.encode("utf-8"),
        doc_part.package,
    )
    doc_part.relate_to(part, RT.FOOTNOTES)
    return part


def ensure_footnotes_part(document: Any) -> None:
    """Give ``document`` an (empty) footnotes part if it has none; used by the template script."""
    _footnotes_part(document)


# A footnote as etree.tostring writes the tree ``add`` used to build from ``_FOOTNOTE`` inside
# the part's root (where w: is declared): {id} and {text} (escaped as lxml escapes text).
_FOOTNOTE_XML = (
    '<w:footnote w:id="{id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
)
_CLOSE = b"</w:footnotes>"


def _escaped(text: str) -> str:
    """Text content as lxml serialises it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


class Footnotes:
    """Adds footnotes to one python-docx Document; call ``flush()`` before saving.

    A footnote is kept as the few hundred bytes of XML it is written as, not as the dozen
    lxml elements it would be in a tree: an annex of 50,000 quotes has 50,000 footnotes, and
    their tree took ~40 % of the annex's memory (#15). The part's bytes are the same.
    """

    def __init__(self, document: Any) -> None:
        self._part = _footnotes_part(document)
        if isinstance(self._part, XmlPart):   # a future python-docx may parse the part itself
            self._root = self._part.element
        else:
            self._root = etree.fromstring(self._part.blob)
        ids = [int(fn.get(W_ID, "0")) for fn in self._root.iterchildren(qn("w:footnote"))]
        self._next_id = max([0, *ids]) + 1
        self.count = 0
        # written as text when the part is ours to serialise, and the w: prefix is the one
        # the root declares for WordprocessingML (always so in our templates)
        self._as_text = not isinstance(self._part, XmlPart) \
            and self._root.nsmap.get("w") == _FOOTNOTE.nsmap.get("w") \
            and self._root.tag == qn("w:footnotes") and len(self._root) > 0
        self._written: list[str] = []

    def add(self, paragraph: Any, text: str) -> int:
        """Append a footnote reference to ``paragraph`` (a w:p element); return the footnote id."""
        number = self._next_id
        self._next_id += 1
        self.count += 1
        ident = str(number)
        run = deepcopy(_REF_RUN)
        run[1].set(W_ID, ident)
        paragraph.append(run)
        if self._as_text:
            self._written.append(_FOOTNOTE_XML.format(id=ident, text=_escaped(xml_text(text))))
            return number
        note = deepcopy(_FOOTNOTE)
        note.set(W_ID, ident)
        note[0][2][0].text = " " + xml_text(text)
        self._root.append(note)
        return number

    def flush(self) -> None:
        """Serialise the footnotes into the part (no-op for a parsed XmlPart)."""
        if isinstance(self._part, XmlPart):
            return
        blob = etree.tostring(self._root, xml_declaration=True, encoding="UTF-8",
                              standalone=True)
        if self._written:
            assert blob.endswith(_CLOSE)
            blob = b"".join((blob[:-len(_CLOSE)], "".join(self._written).encode("utf-8"),
                             _CLOSE))
        self._part._blob = blob

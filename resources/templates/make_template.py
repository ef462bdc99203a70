"""(Re)build the Word templates deterministically: ``python resources/templates/make_template.py``.

Starts from python-docx's default template and adds the house style the exporters rely on
(style ids, not names): Normal/headings in Calibri, Dutch (nl-BE) proofing language, A4
pages, Citaat (block quote), Argument, FootnoteText/FootnoteReference, Ontwerp (draft
marking), TableText, Meta (kept with the next paragraph: captions), Vraagtekst, TOC 1-3, a
header paragraph and a footer "Pagina X van Y"
(PAGE/NUMPAGES fields), and an empty footnotes part (separators only). Zip entries get a
fixed timestamp and the core properties fixed values, so rebuilding gives identical bytes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from workbench.export.docx_footnotes import ensure_footnotes_part  # noqa: E402

FONT = "Calibri"
FONTS = (f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}"'
         f' w:cs="{FONT}"/>')
DARK = "1F3864"
W = nsdecls("w")

CUSTOM_STYLES = {
    "Citaat": f"""<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="Citaat">
      <w:name w:val="Citaat"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
      <w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="A6A6A6"/></w:pBdr>
      <w:spacing w:before="60" w:after="120"/><w:ind w:left="567" w:right="567"/></w:pPr>
      <w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>""",
    "Argument": f"""<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="Argument">
      <w:name w:val="Argument"/><w:basedOn w:val="Normal"/><w:next w:val="Citaat"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/></w:pPr></w:style>""",
    "FootnoteText": f"""<w:style {W} w:type="paragraph" w:styleId="FootnoteText">
      <w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/>
      <w:uiPriority w:val="99"/><w:unhideWhenUsed/>
      <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
      <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>""",
    "FootnoteTextChar": f"""<w:style {W} w:type="character" w:customStyle="1"
      w:styleId="FootnoteTextChar"><w:name w:val="Footnote Text Char"/>
      <w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/>
      <w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>""",
    "FootnoteReference": f"""<w:style {W} w:type="character" w:styleId="FootnoteReference">
      <w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>
      <w:uiPriority w:val="99"/><w:unhideWhenUsed/>
      <w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>""",
    "Ontwerp": f"""<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="Ontwerp">
      <w:name w:val="Ontwerp"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
      <w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="C00000"/>
      <w:bottom w:val="single" w:sz="12" w:space="4" w:color="C00000"/></w:pBdr>
      <w:spacing w:before="480" w:after="120"/></w:pPr>
      <w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>""",
    "TableText": f"""<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="TableText">
      <w:name w:val="Tabeltekst"/><w:basedOn w:val="Normal"/><w:qFormat/>
      <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
      <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>""",
    "Vraagtekst": f"""<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="Vraagtekst">
      <w:name w:val="Vraagtekst"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:spacing w:before="60" w:after="200"/></w:pPr>
      <w:rPr><w:i/><w:color w:val="1F3864"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>""",
    "Meta": f"""<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="Meta">
      <w:name w:val="Metagegevens"/><w:basedOn w:val="Normal"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:spacing w:after="60"/></w:pPr>
      <w:rPr><w:color w:val="595959"/></w:rPr></w:style>""",
}
# The formal parts of a "mededeling aan de Vlaamse Regering" (communication_docx.py), and its
# sober numbered headings: black, bold, a little space below (the annex keeps the blue ones).
MEDEDELING_STYLES = {
    **{f"Heading{level}": f"""<w:style {W} w:type="paragraph" w:styleId="Heading{level}">
      <w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
      <w:link w:val="Heading{level}Char"/><w:uiPriority w:val="9"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/>
      <w:outlineLvl w:val="{level - 1}"/></w:pPr>
      <w:rPr>{FONTS}<w:b/><w:bCs/>{italic}<w:color w:val="000000"/><w:sz w:val="{size}"/>
      <w:szCs w:val="{size}"/></w:rPr></w:style>"""
       for level, size, before, after, italic in ((1, 24, 360, 120, ""), (2, 22, 240, 80, ""),
                                                   (3, 22, 180, 60, "<w:i/>"))},
    "VRNummer": f"""<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="VRNummer">
      <w:name w:val="VR-nummer"/><w:basedOn w:val="Normal"/><w:next w:val="MinisterRegel"/>
      <w:pPr><w:jc w:val="right"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>""",
    "MinisterRegel": f"""<w:style {W} w:type="paragraph" w:customStyle="1"
      w:styleId="MinisterRegel"><w:name w:val="Minister"/><w:basedOn w:val="Normal"/>
      <w:next w:val="MededelingTitel"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:spacing w:after="480"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>""",
    "MededelingTitel": f"""<w:style {W} w:type="paragraph" w:customStyle="1"
      w:styleId="MededelingTitel"><w:name w:val="Titel mededeling"/><w:basedOn w:val="Normal"/>
      <w:next w:val="Betreft"/><w:qFormat/>
      <w:pPr><w:keepNext/><w:spacing w:after="360"/></w:pPr>
      <w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>""",
    "Betreft": f"""<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="Betreft">
      <w:name w:val="Betreft"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
      <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="6" w:color="808080"/></w:pBdr>
      <w:spacing w:after="240"/></w:pPr></w:style>""",
    "Ondertekening": f"""<w:style {W} w:type="paragraph" w:customStyle="1"
      w:styleId="Ondertekening"><w:name w:val="Ondertekening"/><w:basedOn w:val="Normal"/>
      <w:next w:val="Normal"/><w:qFormat/>
      <w:pPr><w:keepLines/><w:spacing w:before="600" w:after="480"/><w:ind w:left="4536"/>
      </w:pPr></w:style>""",
    "BijlageRegel": f"""<w:style {W} w:type="paragraph" w:customStyle="1"
      w:styleId="BijlageRegel"><w:name w:val="Bijlagen"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:spacing w:before="240"/></w:pPr></w:style>""",
}
for level, indent in ((1, 0), (2, 220), (3, 440)):
    CUSTOM_STYLES[f"TOC{level}"] = f"""<w:style {W} w:type="paragraph" w:styleId="TOC{level}">
      <w:name w:val="toc {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
      <w:uiPriority w:val="39"/><w:unhideWhenUsed/>
      <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs>
      <w:spacing w:after="60"/><w:ind w:left="{indent}"/></w:pPr></w:style>"""


def _set_fonts(rpr, size: int | None = None, colour: str | None = None) -> None:
    for tag in ("w:rFonts", "w:color", "w:sz", "w:szCs"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    rpr.insert(0, parse_xml(FONTS))
    if colour:
        rpr.append(parse_xml(f'<w:color {W} w:val="{colour}"/>'))
    if size:
        rpr.append(parse_xml(f'<w:sz {W} w:val="{size}"/>'))
        rpr.append(parse_xml(f'<w:szCs {W} w:val="{size}"/>'))


def _styles(document, extra: dict[str, str] | None = None) -> None:
    styles = document.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, 22)
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "nl-BE")
    lang.set(qn("w:eastAsia"), "nl-BE")
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    for style_id, size, colour in (("Heading1", 32, DARK), ("Heading2", 26, DARK),
                                   ("Heading3", 22, DARK), ("Title", 48, DARK),
                                   ("Subtitle", 28, "404040"), ("TOCHeading", 32, DARK)):
        style = by_id[style_id]
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f"<w:rPr {W}/>")
            style.append(rpr)
        _set_fonts(rpr, size, colour)
    # Quote: keep it, Citaat is the house block quote
    for style_id, xml in {**CUSTOM_STYLES, **(extra or {})}.items():
        if style_id in by_id:
            styles.remove(by_id[style_id])
        styles.append(parse_xml(xml))


def _page(document, header_text: str) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.2)
    section.different_first_page_header_footer = False
    header = section.header.paragraphs[0]
    header.style = document.styles["Header"]
    header.text = header_text
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer._p.get_or_add_pPr().append(parse_xml(f'<w:jc {W} w:val="center"/>'))
    footer._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">Pagina </w:t></w:r>'))
    footer._p.append(parse_xml(
        f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve"> van </w:t></w:r>'))
    footer._p.append(parse_xml(
        f'<w:fldSimple {W} w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def build(header_text: str, title: str, extra_styles: dict[str, str] | None = None) -> bytes:
    document = Document()
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):   # stale copy of styles.xml
            del document.part.rels[rid]
    _styles(document, extra_styles)
    _page(document, header_text)
    ensure_footnotes_part(document)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    core = document.core_properties
    core.title, core.subject, core.author = title, "", "Consultation Workbench"
    core.last_modified_by, core.keywords, core.comments = "Consultation Workbench", "", ""
    core.revision = 1
    core.created = core.modified = datetime(2024, 1, 1)
    raw = io.BytesIO()
    document.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Same entries in the same order with a fixed timestamp: byte-identical rebuilds."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


TEMPLATES = {
    "annex.docx": ("Bijlage", "Sjabloon bijlage", None),
    "communication.docx": ("Mededeling aan de Vlaamse Regering", "Sjabloon mededeling",
                           MEDEDELING_STYLES),
}


def main() -> None:
    for name, (header, title, extra) in TEMPLATES.items():
        (HERE / name).write_bytes(build(header, title, extra))
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()

"""Saved web pages: the main content only, as headings, paragraphs, list items and cells.

The main content is <main>, else [role=main], else the largest <article>, else <body>.
Inside it navigation, asides, forms, scripts and elements whose class/id mark them as skip
links, menus, breadcrumbs or cookie banners are dropped; outside <main>/<article> also
<header> and <footer>. Nothing is fetched: no network, no entity resolution.
"""

from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

from workbench.extract._builder import DocBuilder
from workbench.extract.document import ExtractedDocument, ImportProblem
from workbench.extract.limits import DEFAULT_LIMITS, Limits

MEDIA_TYPE = "text/html"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_DROP_TAGS = {"script", "style", "noscript", "template", "nav", "aside", "form", "iframe",
              "svg", "button", "select", "input", "textarea", "object", "embed", "canvas",
              "dialog", "menu", "head", "title"}
_NOISE = re.compile(r"(?:^|[\s_-])(skip|skiplinks?|menu|menubar|breadcrumbs?|cookies?|"
                    r"cookiebar|cookiebanner|navbar)(?:$|[\s_-])", re.I)
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "dl", "dt",
           "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "figure",
           "figcaption", "caption", "address", "details", "summary", "hr", "header", "footer",
           *_HEADINGS}


def decode_html(data: bytes) -> str:
    """BOM, then <meta charset>, then UTF-8, then Windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    match = _META_CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii").lower())
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _is_noise(el: etree._Element) -> bool:
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(_NOISE.search(marks)) or el.get("role") in (
        "navigation", "banner", "contentinfo", "search", "complementary")


def _main_root(doc: etree._Element) -> etree._Element:
    for path in ("//main", "//*[@role='main']"):
        found = doc.xpath(path)
        if found:
            return found[0]
    articles = doc.xpath("//article")
    if articles:
        return max(articles, key=lambda a: len(a.text_content()))
    body = doc.find("body")
    return body if body is not None else doc


class _Walker:
    def __init__(self, builder: DocBuilder) -> None:
        self.builder = builder
        self.buffer: list[str] = []
        self.kind = "paragraph"
        self.level: int | None = None
        self.ref: str | None = None
        self.tables: list[list[int]] = []      # per open table: [row, col]
        self.lists = 0

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        if self.kind == "pre":
            self.builder.add("paragraph", text)
        elif text.strip():
            self.builder.add(self.kind, re.sub(r"\s+", " ", text), level=self.level, ref=self.ref)

    def walk(self, el: etree._Element, depth: int = 0) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in ("br",):
            self.buffer.append("\n" if self.kind == "pre" else " ")
        elif tag and depth < 200 and tag not in _DROP_TAGS and not _is_noise(el):
            if tag in _BLOCKS:
                self.block(el, tag, depth)
            else:
                if el.text:
                    self.buffer.append(el.text)
                for sub in el:
                    self.walk(sub, depth + 1)
        if el.tail:
            self.buffer.append(el.tail)

    def block(self, el: etree._Element, tag: str, depth: int) -> None:
        self.flush()
        saved = (self.kind, self.level, self.ref)
        if tag in _HEADINGS:
            self.kind, self.level, self.ref = "heading", _HEADINGS[tag], None
        elif tag == "li":
            self.kind, self.level, self.ref = "list_item", max(1, self.lists), None
        elif tag in ("td", "th") and self.tables:
            pos = self.tables[-1]
            pos[1] += 1
            self.kind, self.level, self.ref = "table_cell", None, f"r{pos[0]}c{pos[1]}"
        elif tag == "pre":
            self.kind, self.level, self.ref = "pre", None, None
        elif tag in ("p", "blockquote", "dt", "dd", "figcaption", "caption", "summary"):
            self.kind, self.level, self.ref = "paragraph", None, None
        if tag == "table":
            self.tables.append([0, 0])
        elif tag == "tr" and self.tables:
            self.tables[-1][0] += 1
            self.tables[-1][1] = 0
        elif tag in ("ul", "ol"):
            self.lists += 1
        if el.text:
            self.buffer.append(el.text)
        for sub in el:
            self.walk(sub, depth + 1)
        self.flush()
        if tag == "table":
            self.tables.pop()
        elif tag in ("ul", "ol"):
            self.lists -= 1
        if tag in ("td", "th") and self.tables:
            span = el.get("colspan") or "1"
            self.tables[-1][1] += min(int(span), 1000) - 1 if span.isdigit() and span != "0" else 0
        self.kind, self.level, self.ref = saved


def extract_html(data: bytes, limits: Limits = DEFAULT_LIMITS) -> ExtractedDocument:
    if re.search(rb"<!ENTITY", data[:65536], re.I):
        raise ImportProblem("unsafe", "This web page declares XML entities (<!ENTITY ...>), "
                            "which is refused for safety.",
                            "Save the page again from a browser, or copy its text into a .txt file.")
    text = _XML_DECL.sub("", decode_html(data))
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  huge_tree=False)
    try:
        doc = lxml.html.document_fromstring(text or "<html></html>", parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ImportProblem("corrupt", "This web page cannot be read.",
                            "Save the page again from a browser.") from exc
    title_el = doc.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    root = _main_root(doc)
    if root.tag not in ("main", "article"):
        for el in root.xpath(".//header[not(ancestor::article) and not(ancestor::main)]"
                             " | .//footer[not(ancestor::article) and not(ancestor::main)]"):
            el.drop_tree()
    builder = DocBuilder(MEDIA_TYPE, limits)
    walker = _Walker(builder)
    walker.walk(root)
    walker.flush()
    heading = next((b for b in builder.blocks if b.kind == "heading" and b.level == 1), None)
    return builder.build(title=title or (builder.text()[heading.start:heading.end]
                                         if heading else None))

"""Help > Handleiding (F1): the user guide shipped in resources/guide, one Markdown page per
task, shown offline with its pictures. Links between pages open in the same window; a link to
the web opens the browser. F1 opens the page of the task at hand (the reader's page in the
reader, the board's on the board...).

The guide is written for the policy officer in Dutch (resources/guide) and in English
(resources/guide/en: the same pages, numbered alike, each with the same sections in the same
order); the dialog shows the one of the interface language and follows a language switch. Page
names and sections are given by their Dutch names (F1 per view, the next step's page) and found
in English by their number and place. Its pictures are made by
``python -m ui.screenshots --guide [--language en]`` so that they show the application as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt
from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.resources import resource_path

OVERVIEW = "00-overzicht"
# The page F1 opens in each view of the workspace (the overview elsewhere); "#..." is a section
# (its heading in lower case, words joined by "-").
PAGE_FOR_VIEW = {
    "reader": "04-lezen-en-citeren",
    "board": "05-argumenten-en-standpunten",
    "matrix": "05-argumenten-en-standpunten#de-standpunten",
    "composer": "07-de-mededeling-schrijven",
}

STYLE = """
body { font-size: 11pt; }
h1 { font-size: 17pt; color: #1f3b57; }
h2 { font-size: 13pt; color: #1f3b57; margin-top: 14px; }
code { background: #eef1f4; }
td, th { padding: 3px 8px; border: 1px solid #c9d2dc; }
p.tip { background: #e8f4ea; padding: 6px; }
"""


@dataclass(frozen=True)
class GuidePage:
    name: str          # the file name without .md, e.g. "03-adviezen-importeren"
    path: Path
    title: str         # the page's first "# " heading


SOURCE_LANGUAGE = "nl"


def guide_language() -> str:
    """The language of the interface, when the guide has pages in it; else Dutch."""
    from ui import i18n

    language = i18n.current()
    return language if language != SOURCE_LANGUAGE and _has_pages(language) else SOURCE_LANGUAGE


def _has_pages(language: str) -> bool:
    try:
        return any(resource_path("guide", language).glob("*.md"))
    except FileNotFoundError:
        return False


def guide_folder(language: str | None = None) -> Path:
    """The folder of the guide's pages in ``language`` (the interface's by default)."""
    language = language or guide_language()
    if language != SOURCE_LANGUAGE and _has_pages(language):
        return resource_path("guide", language)
    return resource_path("guide")


def load_pages(folder: Path | None = None) -> list[GuidePage]:
    """The guide's pages in reading order (their file names start with a number)."""
    folder = folder or guide_folder()
    pages = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text("utf-8")
        heading = re.search(r"^# (.+)$", text, re.MULTILINE)
        pages.append(GuidePage(path.stem, path, heading.group(1).strip() if heading else path.stem))
    return pages


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


# No function inside a function in this module: pyside6-lupdate's Python reader then loses the
# class context of the rest of the file (the dialog's strings would have no context).
HEADING = re.compile(r"<h2>(.*?)</h2>")
IMAGE = re.compile(r"<img src=\"([^\"]+)\"")
ANCHORED_HEADING = "<a name=\"{anchor}\"></a><h2>{heading}</h2>"
SIZED_IMAGE = "{tag} width=\"{width}\" height=\"{height}\""
PAGE = "<html><head><style>{style}</style></head><body>{body}</body></html>"


def render(page: GuidePage, image_width: int | None = None) -> str:
    """The page as HTML for QTextBrowser; pictures no wider than ``image_width`` pixels
    (QTextBrowser does not scale images to the window itself)."""
    html = _markdown().render(page.path.read_text("utf-8"))
    # every section heading is an anchor ("page.md#de-standpunten"), as QTextBrowser finds them
    html = HEADING.sub(lambda m: ANCHORED_HEADING.format(anchor=anchor_of(m.group(1)),
                                                         heading=m.group(1)), html)
    if image_width is not None:
        html = IMAGE.sub(lambda m: _sized(m, page.path.parent, image_width), html)
    return PAGE.format(style=STYLE, body=html)


def _sized(match: re.Match[str], folder: Path, width: int) -> str:
    """An <img> tag with the width and height that fit ``width`` (when it is wider)."""
    natural = _image_size(str(folder / match.group(1)))
    if natural.isValid() and natural.width() > width:
        height = round(natural.height() * width / natural.width())
        return SIZED_IMAGE.format(tag=match.group(0), width=width, height=height)
    return match.group(0)


def sections(page: GuidePage) -> list[str]:
    """The anchors of the page's sections, in order."""
    html = _markdown().render(page.path.read_text("utf-8"))
    return [anchor_of(heading) for heading in HEADING.findall(html)]


def number_of(name: str) -> str:
    """'04-lezen-en-citeren' -> '04': what a page is called by in every language."""
    return name.split("-", 1)[0]


def anchor_of(heading: str) -> str:
    """'De standpunten' -> 'de-standpunten' (tags and punctuation left out)."""
    text = re.sub(r"<[^>]+>", "", heading).lower()
    return "-".join(re.findall(r"[\w']+", text)).replace("'", "")


@lru_cache(maxsize=64)
def _image_size(path: str) -> QSize:
    return QImageReader(path).size()


def links(html: str) -> list[str]:
    """Every link and picture of a rendered page (for the tests and for broken-link checks)."""
    return re.findall(r"<(?:a href|img src)=\"([^\"]+)\"", html)


class GuideBrowser(QTextBrowser):
    """Shows one page; fits its pictures to the width of the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_text")
        self.setOpenLinks(False)
        self.page: GuidePage | None = None

    def show_page(self, page: GuidePage, anchor: str = "") -> None:
        """``page`` from its top, or from its section ``anchor``."""
        self.page = page
        self._render()
        self.verticalScrollBar().setValue(0)
        if anchor:
            self.scrollToAnchor(anchor)

    def _render(self) -> None:
        if self.page is None:
            return
        self.document().setBaseUrl(QUrl.fromLocalFile(str(self.page.path.parent) + "/"))
        width = max(240, self.viewport().width() - 2 * int(self.document().documentMargin()) - 8)
        self.setHtml(render(self.page, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.page is not None and event.oldSize().width() != event.size().width():
            position = self.verticalScrollBar().value()      # the same place, re-flowed
            self._render()
            self.verticalScrollBar().setValue(position)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.resize(1100, 760)
        self.fixed_folder = folder            # a test's own pages: no language switching
        self.language = guide_language() if folder is None else SOURCE_LANGUAGE
        self.pages = load_pages(folder or guide_folder(self.language))
        self.history: list[str] = []
        self.list = QListWidget(self)
        self.list.setObjectName("guide_pages")
        self.list.setWordWrap(True)             # long titles wrap instead of scrolling sideways
        self.list.setSpacing(3)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._fill_list()
        self.list.currentRowChanged.connect(self._row_chosen)
        self.browser = GuideBrowser(self)
        self.browser.anchorClicked.connect(self.follow)
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 840])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.back = QPushButton(self)
        self.back.setObjectName("guide_back")
        self.back.setEnabled(False)
        self.back.clicked.connect(self.go_back)
        self.buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.open_page(OVERVIEW)

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for page in self.pages:
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.name)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._follow_language()
        super().changeEvent(event)

    def _follow_language(self) -> None:
        """The pages of the new interface language, at the same page and place."""
        language = guide_language()
        if self.fixed_folder is not None or language == self.language:
            return
        current = self.current
        position = self.browser.verticalScrollBar().value()
        self.language = language
        self.pages = load_pages(guide_folder(language))
        self.history = [p.name for p in map(self._same_page, self.history) if p is not None]
        self._fill_list()
        self.browser.page = None
        self.open_page(current.name if current else OVERVIEW, remember=False)
        self.browser.verticalScrollBar().setValue(position)

    def _same_page(self, name: str) -> GuidePage | None:
        """Page ``name`` of any language in this guide's language (by its number)."""
        return self.page(name) or next((p for p in self.pages
                                        if number_of(p.name) == number_of(name)), None)

    def _same_anchor(self, page: GuidePage, name: str, anchor: str) -> str:
        """Section ``anchor`` of page ``name`` (maybe of another language) in ``page``: the
        section at the same place."""
        if not anchor or page.name == name:
            return anchor
        own = sections(page)
        if anchor in own:
            return anchor
        for language in (SOURCE_LANGUAGE, "en"):
            other = next((p for p in load_pages(guide_folder(language)) if p.name == name), None)
            if other is not None:
                theirs = sections(other)
                if anchor in theirs and theirs.index(anchor) < len(own):
                    return own[theirs.index(anchor)]
        return ""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Handleiding"))
        self.list.setAccessibleName(self.tr("Onderwerpen"))
        self.list.setAccessibleDescription(self.tr("De taken van de handleiding; kies er een om "
                                                   "de pagina te lezen"))
        self.browser.setAccessibleName(self.tr("Pagina van de handleiding"))
        self.browser.setAccessibleDescription(self.tr("Tab gaat naar de koppelingen, Enter volgt "
                                                      "een koppeling"))
        self.back.setText(self.tr("&Terug"))
        self.back.setAccessibleName(self.tr("Terug"))
        self.back.setAccessibleDescription(self.tr("Naar de vorige pagina van de handleiding"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Sluiten"))
        close.setAccessibleDescription(self.tr("De handleiding sluiten"))

    @property
    def current(self) -> GuidePage | None:
        return self.browser.page

    def page(self, name: str) -> GuidePage | None:
        return next((p for p in self.pages if p.name == name), None)

    def open_page(self, name: str, anchor: str = "", *, remember: bool = True) -> bool:
        """Show page ``name`` (a file name without .md, optionally "#section", in any of the
        guide's languages); the overview when there is no such page. True when the page asked
        for was found."""
        name, _, section = name.partition("#")
        anchor = anchor or section
        found = self._same_page(name)
        page = found or self._same_page(OVERVIEW) or (self.pages[0] if self.pages else None)
        if page is None:
            self.browser.setPlainText(self.tr("De handleiding is niet gevonden bij deze "
                                              "installatie."))
            return False
        if remember and self.current is not None and self.current is not page:
            self.history.append(self.current.name)
        self.back.setEnabled(bool(self.history))
        self.browser.show_page(page, self._same_anchor(page, name, anchor))
        row = self.pages.index(page)
        if self.list.currentRow() != row:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
        return found is not None

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.open_page(self.pages[row].name)

    def go_back(self) -> None:
        if self.history:
            self.open_page(self.history.pop(), remember=False)
            self.back.setEnabled(bool(self.history))

    def follow(self, url: QUrl) -> None:
        """A page of the guide opens here; anything else (the web, mail) outside."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = url.path() if not url.isLocalFile() else url.toLocalFile()
        if not target and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        self.open_page(Path(target).stem, url.fragment())


def page_for_view(view: str | None) -> str:
    return PAGE_FOR_VIEW.get(view or "", OVERVIEW)

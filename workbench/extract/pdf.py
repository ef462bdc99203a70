"""PDF text extraction via pypdfium2: lines -> running headers/footers removed -> blocks.

Paragraph breaks come from vertical gaps between lines (pdfium reports no blank lines);
headings from a larger font size or a numbered short line ("3.3.1 Scenario 1: ...");
list items from their markers. A paragraph that continues on the next page is kept in one
block; ``ExtractedDocument.pages`` still gives the right page for every character.
"""

from __future__ import annotations

import codecs
import ctypes
import functools
import itertools
import math
import re
import statistics
import unicodedata
from bisect import bisect_right
from collections import Counter
from ctypes import byref, c_double, c_int, c_ushort, c_void_p, cast
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from workbench.extract._builder import _SPACES, DocBuilder, strip_bullet
from workbench.extract.document import ExtractedDocument, ImportProblem, PageSpan
from workbench.extract.limits import DEFAULT_LIMITS, Limits
from workbench.extract.normalise import CHANGED_CHARACTERS, WrappedText, normalise, reflow

MEDIA_TYPE = "application/pdf"
_FRESH_COPY = "Ask the sender for a fresh copy of the file."
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$"
    r"|^(?:pagina|page|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:van|of|/)\s*\d{1,4})?$"
    r"|^\d{1,4}\s*(?:/|van|of)\s*\d{1,4}$",
    re.IGNORECASE)
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(\S.*)$")
LIST_MARKER = re.compile(r"^(?:[-–•·*▪◦‣○■□➢►✓]|\d{1,3}[.)]|[a-zA-Z][.)]|\([a-z0-9]{1,3}\))\s+\S")
# What LIST_MARKER can start with besides a digit (str.isdigit: every \d and more) or a
# letter followed by "." or ")".
_LIST_FIRST = frozenset("-–•·*▪◦‣○■□➢►✓(")
_TERMINAL = tuple(".!?:;")
_NOT_A_TITLE = (".", ",", ";")      # a line ending so is never a heading by its weight
_EDGE_LINES = 3


@dataclass(slots=True)
class Line:
    text: str
    size: float = 0.0
    bottom: float = 0.0
    bold: bool = False


@dataclass(slots=True)
class _Chunk:
    kind: str
    lines: list[str]
    level: int | None = None
    size: float = 0.0
    text: str = ""
    marks: list[tuple[int, int]] = field(default_factory=list)   # (page, offset in text)
    page: int = 0
    joined: WrappedText | None = None    # while paragraphs continue over pages: linear joins

    def end(self) -> str:
        """The last two characters of the text (joined so far)."""
        return self.joined.tail(2) if self.joined is not None else self.text[-2:]


def extract_pdf(data: bytes, limits: Limits = DEFAULT_LIMITS) -> ExtractedDocument:
    document = _open(data)
    try:
        count = len(document)
        if count > limits.max_pdf_pages:
            raise ImportProblem("too-large", f"This PDF has {count:,} pages; at most "
                                f"{limits.max_pdf_pages:,} pages are accepted.",
                                "Split the PDF into smaller parts and import those.")
        pages = _all_page_lines(document, count, limits)
        title = _metadata_title(document)
    except pdfium.PdfiumError as exc:
        raise ImportProblem("corrupt", "This PDF is damaged: its pages cannot be read.",
                            _FRESH_COPY) from exc
    finally:
        document.close()
    if not any(line.text.strip() for page in pages for line in page):
        raise ImportProblem(
            "no-text-layer", "This PDF contains no text layer (it is probably a scan). "
            "OCR is not supported; ask the sender for a text PDF or Word file.",
            "Ask the sender for a text PDF or Word file.")
    _drop_running_lines(pages)
    return _assemble(pages, limits, title)


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ImportProblem("encrypted", "This PDF is password protected.",
                                "Ask the sender for an unprotected copy.") from exc
        raise ImportProblem("corrupt", "This PDF is damaged or truncated and cannot be opened.",
                            _FRESH_COPY) from exc


def _metadata_title(document: pdfium.PdfDocument) -> str | None:
    try:        # the title alone: the eight keys of get_metadata_dict cost ~1 % of a page (#15)
        title = document.get_metadata_value("Title")
    except Exception:  # metadata is optional; never fail the import over it
        return None
    return normalise(title).strip() or None if title else None


def _too_much_text(limits: Limits) -> ImportProblem:
    return ImportProblem("too-large", f"This PDF holds more than {limits.max_text_chars:,} "
                         "characters of text.",
                         "Split the PDF into smaller parts and import those.")


def _all_page_lines(document: pdfium.PdfDocument, count: int, limits: Limits) -> list[list[Line]]:
    """Lines of every page; the text total is checked page by page, before each page's text
    is even taken out of pdfium, so that 5,000 pages drawing one huge content stream stop at
    the limit instead of after the last page (#13)."""
    pages: list[list[Line]] = []
    total = 0
    for index in range(count):
        lines, chars = _page_lines(document, index, limits.max_text_chars - total)
        total += chars
        if total > limits.max_text_chars:
            raise _too_much_text(limits)
        pages.append(lines)
    return pages


def _page_lines(document: pdfium.PdfDocument, index: int, room: int) -> tuple[list[Line], int]:
    """The page's lines and its character count; no lines when the count exceeds ``room``.

    The page and its text page are pdfium's raw handles, not pypdfium2's helper objects: those
    add a finalizer, a weak reference and a parent-child registration per object and repeat the
    character count per text (#15); nothing of them outlives this function.
    """
    page = pdfium_c.FPDF_LoadPage(document.raw, index)
    if not page:
        raise pdfium.PdfiumError("Failed to load page.")
    try:
        textpage = pdfium_c.FPDFText_LoadPage(page)
        if not textpage:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            return _textpage_lines(textpage, room)
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
    finally:
        pdfium_c.FPDF_ClosePage(page)


def _textpage_lines(textpage: Any, room: int) -> tuple[list[Line], int]:
    """``_page_lines`` of a loaded text page (pdfium's FPDF_TEXTPAGE)."""
    chars = pdfium_c.FPDFText_CountChars(textpage)
    if chars == -1:
        raise pdfium.PdfiumError("Failed to get character count.")
    if chars > room:
        return [], chars
    raw = _page_text(textpage, chars)
    handle = cast(textpage, c_void_p)      # what the calls per line take (_unchecked_calls)
    if len(raw) == chars:
        plain, nfc_only = _plain_page(raw)
        if plain:
            return _plain_lines(handle, raw, nfc_only), chars
    pieces = [(m.start(), m.group()) for m in _RAW_LINE.finditer(raw)
              if not m.group().isspace()]
    texts = _normalised_lines([piece for _, piece in pieces], raw)
    if len(raw) != chars:          # offsets in the text are not pdfium's char indices
        return [Line(text) for text in texts], chars
    spaces_only = _OTHER_BLANK.search(raw) is None
    return _measured_lines(handle, pieces, texts, spaces_only), chars


def _page_text(textpage: Any, chars: int) -> str:
    """``PdfTextPage.get_text_range()`` of a page of ``chars`` characters (pypdfium2 5.x):
    characters that pdfium leaves out of the text at either end are left out of the range
    asked for (pdfium would otherwise read past it: crbug.com/pdfium/2079)."""
    text_index = pdfium_c.FPDFText_GetTextIndexFromCharIndex
    first, last = 0, chars - 1
    while first <= last and text_index(textpage, first) == -1:
        first += 1
    while first <= last and text_index(textpage, last) == -1:
        last -= 1
    if first > last:
        return ""
    size = text_index(textpage, last) + 2 - text_index(textpage, first)    # and the NUL
    # A power of two: ctypes makes a new array type for every new length (~90,000
    # instructions, 1 % of a page's extraction) and keeps the types it made (#15).
    buffer = (c_ushort * (1 << (size - 1).bit_length()))()
    written = pdfium_c.FPDFText_GetText(textpage, first, last + 1 - first, buffer)
    if not 0 < written <= size:
        raise pdfium.PdfiumError(f"Text of {written} characters for a buffer of {size}.")
    return codecs.decode(memoryview(buffer)[:written - 1], "utf-16-le", "ignore")


_RAW_LINE = re.compile(r"[^\r\n]+")
# A blank other than the space and line breaks (as str.split sees blanks): then the visible
# characters of a line are counted by splitting it, else by counting its spaces.
_OTHER_BLANK = re.compile(r"[^\S\r\n ]")
# Characters with which normalising a page at once is not normalising it line by line: the
# hyphen marks join lines, form feed and vertical tab make new ones.
_LINE_BOUND = re.compile("[\ufffe\x02\x0b\x0c]")


# The blanks other than space and line breaks (str.isspace, \s and str.split agree on them;
# a test checks the list against every code point).
_BLANKS_BUT_SPACE = "\t\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# What ``_plain_lines`` cannot read: another blank, or a hyphen mark (it joins lines).
_NOT_PLAIN = re.compile(f"[{_BLANKS_BUT_SPACE}\ufffe\x02]")
# ... or what ``normalise`` changes besides NFC; a page without any is normalised by NFC alone.
_NOT_NFC_ONLY = re.compile(f"[{_BLANKS_BUT_SPACE}\ufffe\x02{CHANGED_CHARACTERS}]")
# The same as the bytes of a Latin-1 text (bytes.translate deletes them).
_LATIN_NOT_PLAIN = bytes(c for c in range(256) if _NOT_PLAIN.match(chr(c)))
_LATIN_NOT_NFC_ONLY = bytes(c for c in range(256) if _NOT_NFC_ONLY.match(chr(c)))


def _plain_page(raw: str) -> tuple[bool, bool]:
    """Can ``_plain_lines`` read the page: lines broken by "\r\n" alone, the space as the only
    other blank, no hyphen mark (what pdfium gives for nearly every page of a text PDF)? And
    does ``normalise`` change nothing on it but by NFC? One scan of the page for both, as a
    rule."""
    crlf = raw.count("\r\n")
    if raw.count("\r") != crlf or raw.count("\n") != crlf:
        return False, False
    try:        # a page of Latin-1 text: its bytes are checked in C, ~10x faster (#15)
        latin = raw.encode("latin-1")
    except UnicodeEncodeError:
        if _NOT_NFC_ONLY.search(raw) is None:
            return True, True
        return _NOT_PLAIN.search(raw) is None, False
    if len(latin.translate(None, _LATIN_NOT_NFC_ONLY)) == len(latin):
        return True, True
    return len(latin.translate(None, _LATIN_NOT_PLAIN)) == len(latin), False


def _plain_lines(textpage: c_void_p, raw: str, nfc_only: bool = False) -> list[Line]:
    """``_measured_lines`` of a plain page (``_plain_page``): the same lines, sizes, positions
    and weights from the same sample characters, found with fewer Python steps per line (#15).

    The lines come from one split at "\r\n" and one normalisation of the page (NFC alone
    where that is all ``normalise`` would do). The sample characters, the 1st, (n+1)th and
    (2n+1)th non-space character of a line of 3n..3n+2, come from the line's words: the k-th
    non-space character of a line split at every space is at k plus the number of words before
    the one it is in (each word follows one space), found by bisecting the running word
    lengths, instead of a regular expression that steps over every character in between. The
    third character box is skipped when the first two bottoms agree (the median of three is
    then known).
    """
    split = raw.split("\r\n")
    starts = list(itertools.accumulate([len(piece) + 2 for piece in split], initial=0))
    kept = [(start, piece) for start, piece in zip(starts, split, strict=False)
            if piece and not piece.isspace()]
    if not kept:
        return []
    joined = "\n".join([piece for _, piece in kept])
    texts = (unicodedata.normalize("NFC", joined) if nfc_only else normalise(joined)).split("\n")
    raw_page = textpage
    font_size, font_weight, char_box = _unchecked_calls()
    box = c_double()
    bottom = byref(box)
    unused = byref(c_double())
    lines: list[Line] = []
    append = lines.append
    sizes: dict[float, float] = {}
    for (start, piece), text in zip(kept, texts, strict=True):
        # _three_samples(piece), inline: the call per line cost ~0.5 % of a page (#15)
        ends = list(accumulate(map(len, piece.split(" "))))
        step = ends[-1] // 3
        if not step:        # rare: as _measured_lines does it
            append(_measured_lines(textpage, [(start, piece)], [text], True)[0])
            continue
        first = start + bisect_right(ends, 0)
        second = start + step + bisect_right(ends, step)
        step += step
        third = start + step + bisect_right(ends, step)
        size = font_size(raw_page, first)
        other = font_size(raw_page, second)
        if size != other:             # the median of three is the middle one
            size = sorted((size, other, font_size(raw_page, third)))[1]
        stripped = text.strip()
        if len(stripped) > 100 or stripped.endswith(_NOT_A_TITLE) \
                or not (stripped[:1].isupper() or stripped[:1].isdigit()):
            bold = False        # _classify never asks whether such a line is bold
        else:
            bold = font_weight(raw_page, first) >= 600
            if bold != (font_weight(raw_page, second) >= 600):
                bold = font_weight(raw_page, third) >= 600
        if not char_box(raw_page, first, unused, unused, bottom, unused):
            raise pdfium.PdfiumError("Failed to get charbox.")
        low = box.value
        if not char_box(raw_page, second, unused, unused, bottom, unused):
            raise pdfium.PdfiumError("Failed to get charbox.")
        mid = box.value
        if low != mid:
            if not char_box(raw_page, third, unused, unused, bottom, unused):
                raise pdfium.PdfiumError("Failed to get charbox.")
            high = box.value
            if low > mid:
                low, mid = mid, low
            if mid > high:
                mid = high if high > low else low
        # round() to a digit formats the float; a page has a few sizes (-0.0 is not 0.0 here)
        rounded = sizes.get(size) if size > 0 else None
        if rounded is None:
            rounded = sizes[size] = round(size, 1)
        append(Line(text, rounded, mid, bold))
    return lines


def _three_samples(piece: str) -> tuple[int, int, int] | None:
    """Offsets of the 1st, (n+1)th and (2n+1)th non-space character of a line of 3n..3n+2 of
    them whose only blank is the space (None below three): ``_samples_pattern(n, 3)``'s
    groups. The k-th non-space character is at k plus the number of words before the one it
    is in (each word follows one space; two spaces make an empty word), found by bisecting
    the running word lengths."""
    ends = list(itertools.accumulate(map(len, piece.split(" "))))   # non-space so far
    step = ends[-1] // 3
    if not step:
        return None
    return (bisect_right(ends, 0), step + bisect_right(ends, step),
            2 * step + bisect_right(ends, 2 * step))


def _normalised_lines(pieces: list[str], raw: str) -> list[str]:
    """``[normalise(piece) for piece in pieces]``, in one pass over the page where that gives
    the same lines (it does unless a character of ``_LINE_BOUND`` occurs: NFC and the other
    replacements never cross a line break)."""
    if _LINE_BOUND.search(raw) is not None:
        return [normalise(piece) for piece in pieces]
    return normalise("\n".join(pieces)).split("\n") if pieces else []


def _measured_lines(textpage: c_void_p, pieces: list[tuple[int, str]],
                    texts: list[str], spaces_only: bool = False) -> list[Line]:
    """Lines with font size, weight and vertical position from three sample characters each.

    Three samples (a median that outvotes one superscript or odd glyph): these ctypes calls
    were half the time of a PDF import (#15); six to eight samples changed one paragraph
    break in 30 generated advices and none in the tests. The samples are found by one regular
    expression per line, not a Python loop over characters, and the calls skip ctypes'
    argument conversion (``_unchecked_calls``). The median of three is already known from two
    equal sizes, or two weights on the same side of bold: the third call is then skipped; the
    weight is only read for a line that ``_classify`` may make a heading by it.
    ``spaces_only``: the page's only blank character is the space (counted, not split).
    """
    raw = textpage
    font_size, font_weight, char_box = _unchecked_calls()
    box = c_double()
    bottom = byref(box)
    unused = byref(c_double())
    lines: list[Line] = []
    append = lines.append
    for (start, piece), text in zip(pieces, texts, strict=True):
        total = len(piece) - piece.count(" ") if spaces_only else sum(map(len, piece.split()))
        if total < 3:
            offsets = _sample_offsets(piece, samples=3, most=3)
            if not offsets:
                append(Line(text))
                continue
            append(_measured_line(text, [start + offset for offset in offsets], font_size,
                                  font_weight, char_box, raw))
            continue
        match = _samples_pattern(total // 3, 3).match(piece)
        assert match is not None        # the pattern asks for no more than the line holds
        first, second = start + match.start(1), start + match.start(2)
        third = start + match.start(3)
        size = font_size(raw, first)
        other = font_size(raw, second)
        if size != other:             # the median of three is the middle one
            size = sorted((size, other, font_size(raw, third)))[1]
        stripped = text.strip()
        if len(stripped) > 100 or stripped.endswith(_NOT_A_TITLE) \
                or not (stripped[:1].isupper() or stripped[:1].isdigit()):
            bold = False        # _classify never asks whether such a line is bold
        else:
            bold = font_weight(raw, first) >= 600
            if bold != (font_weight(raw, second) >= 600):
                bold = font_weight(raw, third) >= 600
        # As PdfTextPage.get_charbox, without its per-call allocations (order l, r, b, t).
        if not char_box(raw, first, unused, unused, bottom, unused):
            raise pdfium.PdfiumError("Failed to get charbox.")
        low = box.value
        if not char_box(raw, second, unused, unused, bottom, unused):
            raise pdfium.PdfiumError("Failed to get charbox.")
        mid = box.value
        if low != mid:          # else the median of three is already known (#15)
            if not char_box(raw, third, unused, unused, bottom, unused):
                raise pdfium.PdfiumError("Failed to get charbox.")
            high = box.value
            if low > mid:
                low, mid = mid, low
            if mid > high:          # mid is the median unless the third is below it
                mid = high if high > low else low
        append(Line(text, round(size, 1), mid, bold))
    return lines


def _measured_line(text: str, indices: list[int], font_size: Any, font_weight: Any,
                   char_box: Any, raw: c_void_p) -> Line:
    """A line of one or two visible characters: medians of what there is."""
    box, unused = c_double(), c_double()
    sizes, bottoms, weights = [], [], []
    for idx in indices:
        sizes.append(font_size(raw, idx))
        weights.append(font_weight(raw, idx))
        if not char_box(raw, idx, byref(unused), byref(unused), byref(box), byref(unused)):
            raise pdfium.PdfiumError("Failed to get charbox.")
        bottoms.append(box.value)
    return Line(text, round(_median(sizes), 1), _median(bottoms), _median(weights) >= 600)


@functools.cache
def _unchecked_calls() -> tuple[Any, Any, Any]:
    """FPDFText_GetFontSize, _GetFontWeight and _GetCharBox without declared argument types,
    called without releasing the GIL.

    pypdfium2's bindings declare them, and ctypes then converts and checks every argument:
    1-2.5 us per call, 3x the call itself, at nine calls per line (#15). The callers pass
    exactly what the C functions take: the text page as ``c_void_p``, an ``int`` index and
    ``byref(c_double)`` out-parameters. Through ``ctypes.PyDLL`` a call keeps the GIL: these
    calls return in well under a microsecond, and handing the GIL to another thread and
    taking it back cost more than the call (#15).
    """
    library = _pdfium_library()
    holding_gil = ctypes.PyDLL(library._name, handle=library._handle)
    calls = []
    for name, restype in (("FPDFText_GetFontSize", c_double), ("FPDFText_GetFontWeight", c_int),
                          ("FPDFText_GetCharBox", c_int)):
        call = getattr(holding_gil, name)
        call.restype = restype
        calls.append(call)
    return calls[0], calls[1], calls[2]


def _pdfium_library() -> Any:
    from pypdfium2_raw import bindings  # type: ignore[import-untyped]

    return bindings._libs["pdfium"]


def _sample_offsets(piece: str, samples: int = 6, most: int = 8) -> list[int]:
    """Offsets of every ``len(visible) // samples``-th non-space character (at most ``most``):
    ``[i for i, ch in enumerate(piece) if not ch.isspace()][::step][:most]``, found by one
    match of a regular expression per line (a Python loop per word or character was a fifth
    of a PDF import, #15)."""
    total = sum(map(len, piece.split()))
    if not total:
        return []
    step = max(1, total // samples)
    count = min(most, -(-total // step))          # len(range(0, total, step))
    match = _samples_pattern(step, count).match(piece)
    assert match is not None        # the pattern asks for no more than the line holds
    return [match.start(group) for group in range(1, count + 1)] if count != 3 else [
        match.start(1), match.start(2), match.start(3)]


@functools.lru_cache(maxsize=512)
def _samples_pattern(step: int, count: int) -> re.Pattern[str]:
    """``count`` groups, each one non-space character ``step`` non-space characters after the
    previous one (the first: the first non-space character). Linear: ``\\s*`` and ``\\S``
    never match the same character, so nothing is retried."""
    skip = f"(?:\\s*\\S){{{step - 1}}}" if step > 1 else ""
    return re.compile(r"\s*(\S)" + f"{skip}\\s*(\\S)" * (count - 1))


def _median(values: list[float]) -> float:
    """statistics.median, without its overhead (called three times per line)."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


_DIGITS = re.compile(r"\d+")
_BLANKS = re.compile(r"\s+")


# The decimal digits (\d) of Latin-1: a test checks that there are no others below U+0100.
_LATIN_DIGITS = b"0123456789"


def _mask(text: str) -> str:
    """A line as its running header or footer repeats: stripped, lower case, every run of
    digits as "#" and of blanks as one space.

    As ``_BLANKS.sub(" ", _DIGITS.sub("#", text.strip().lower()))``, with fewer steps: the
    digits' expression only where a digit is (a Latin-1 line is checked by its bytes), the
    blanks by a split and a join (str.split's blanks are \\s's). Two substitutions per line
    were 2 % of a PDF import (#15)."""
    low = text.strip().lower()
    try:
        latin = low.encode("latin-1")
    except UnicodeEncodeError:
        low = _DIGITS.sub("#", low)
    else:
        if len(latin.translate(None, _LATIN_DIGITS)) != len(latin):
            low = _DIGITS.sub("#", low)
    return " ".join(low.split())


def _drop_running_lines(pages: list[list[Line]]) -> None:
    """Remove running headers/footers and bare page numbers at the top/bottom of pages."""
    masks: dict[str, str] = {}        # a running line repeats: each text is masked once

    def mask(text: str) -> str:
        found = masks.get(text)
        if found is None:
            found = masks[text] = _mask(text)
        return found

    counts: Counter[str] = Counter()
    for lines in pages:
        edge = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]
        counts.update({mask(line.text) for line in edge})
    threshold = max(3, math.ceil(len(pages) / 2))
    running = {key for key, n in counts.items() if n >= threshold} if len(pages) >= 3 else set()

    def droppable(line: Line) -> bool:
        return mask(line.text) in running or bool(_PAGE_NUMBER.match(line.text.strip()))

    kept = [list(lines) for lines in pages]
    for lines in kept:
        for _ in range(_EDGE_LINES):
            if lines and droppable(lines[0]):
                lines.pop(0)
            if lines and droppable(lines[-1]):
                lines.pop()
    # A document whose every page is the same (a one-page letter printed three times, a form)
    # would lose all its text: then nothing is a running header (#13).
    if any(line.text.strip() for lines in kept for line in lines):
        pages[:] = kept


def _document_sizes(pages: list[list[Line]]) -> tuple[float, dict[float, int],
                                                      dict[float, float]]:
    """The body text's font size (the size of the most characters), the heading levels
    (sizes clearly larger than the body's, largest first -> level 1, 2, ...) and the typical
    baseline-to-baseline distance per size (between two lines of that size), from one pass
    over the lines instead of three (#15)."""
    weighted: dict[float, int] = {}        # characters per size, in order of first use
    short: set[float] = set()              # sizes of some line of at most 150 characters
    gaps: dict[float, list[float]] = {}
    ceilings: dict[float, float] = {}      # 3 x the size (at least 3): a page has few sizes
    for lines in pages:
        prev_size: float | None = None
        prev_bottom = 0.0
        for line in lines:
            text, size, bottom = line.text, line.size, line.bottom
            length = len(text)
            weighted[size] = weighted.get(size, 0) + length
            if length <= 150:
                short.add(size)
            if prev_size == size:
                gap = prev_bottom - bottom
                if gap > 0.5:
                    ceiling = ceilings.get(size)
                    if ceiling is None:
                        ceiling = ceilings[size] = 3 * max(size, 1.0)
                    if gap < ceiling:
                        found = gaps.get(size)
                        if found is None:
                            gaps[size] = [gap]
                        else:
                            found.append(gap)
            prev_size, prev_bottom = size, bottom
    # The first size with the most characters, as Counter.most_common(1) picks it.
    body = max(weighted.items(), key=itemgetter(1))[0] if weighted else 0.0
    bigger = {size for size in short if body and size >= body * 1.15}
    levels = {size: rank + 1 for rank, size in enumerate(sorted(bigger, reverse=True)[:6])}
    # Cap at 1.3 x font size: documents made of one-line paragraphs have only paragraph gaps.
    pitches = {size: min(statistics.median(values), size * 1.3 if size else math.inf)
               for size, values in gaps.items()}
    return body, levels, pitches


def _classify(line: Line, body: float, levels: dict[float, int]) -> tuple[str, int | None]:
    text = line.text.strip()
    # Most lines start with a letter: the patterns are only tried where they can match.
    numbered = _NUMBERED_HEADING.match(text) if text[:1].isdigit() else None
    if line.size in levels and any(ch.isalpha() for ch in text):
        return "heading", (numbered.group(1).count(".") + 1 if numbered else levels[line.size])
    if numbered and len(text) <= 100 and not text.endswith(_NOT_A_TITLE):
        number, dot, rest = numbered.groups()
        first = int(number.split(".")[0])
        if rest[:1].isupper() and first <= 50 and (("." in number and not dot) or line.bold
                                                    or (not dot and rest.isupper())):
            return "heading", number.count(".") + 1
    if (text[:1] in _LIST_FIRST or text[:1].isdigit() or text[1:2] in (".", ")")) \
            and LIST_MARKER.match(text):
        return "list_item", 1
    if line.bold and body and len(text) <= 100 and not text.endswith(_NOT_A_TITLE) \
            and text[:1].isupper() and len(text.split()) <= 12:
        return "heading", max(levels.values(), default=0) + 1
    return "paragraph", None


def _page_chunks(lines: list[Line], body: float, levels: dict[float, int],
                 pitches: dict[float, float],
                 breaks: dict[float, float | None] | None = None) -> list[_Chunk]:
    """The page's headings, list items and paragraphs. ``breaks``: per font size, the gap
    above a line that starts a new paragraph (None: only a size change or a line above the
    previous one does), filled as sizes occur; one dict serves every page of a document."""
    if breaks is None:
        breaks = {}
    chunks: list[_Chunk] = []
    prev: Line | None = None
    cur: _Chunk | None = None
    for line in lines:
        text = line.text
        size = line.size
        # Most lines are body text starting with a letter: then ``_classify`` can only say
        # "paragraph" (no heading size, not bold, no list or number at its start), so it is
        # asked only about the others (#15).
        first = text[:1]
        if line.bold or size in levels or first.isspace() or first.isdigit() \
                or first in _LIST_FIRST or text[1:2] in (".", ")") or not first:
            kind, level = _classify(line, body, levels)
        else:
            kind, level = "paragraph", None
        if prev is None:
            brk = True
        else:
            gap = prev.bottom - line.bottom
            if size in breaks:
                above = breaks[size]
            else:
                pitch = pitches.get(size) or size * 1.2
                above = breaks[size] = pitch * 1.4 if pitch > 0 else None
            brk = (above is not None and (gap > above or gap < -1.0)) \
                or abs(size - prev.size) > 0.6
        if kind == "paragraph":
            if cur is None or brk:
                cur = _Chunk("paragraph", [text], None, size)
                chunks.append(cur)
            elif cur.kind == "heading":
                if text.isupper() and len(text) <= 60 and cur.lines[-1].isupper():
                    cur.lines.append(text)      # "2 TOEGEVOEGDE WAARDE VAN DE" / "CLUSTERS"
                else:
                    cur = _Chunk("paragraph", [text], None, size)
                    chunks.append(cur)
            else:
                cur.lines.append(text)
        elif kind == "heading":
            if cur is not None and cur.kind == "heading" and not brk and cur.size == size:
                cur.lines.append(text)
            else:
                cur = _Chunk("heading", [text], level, size)
                chunks.append(cur)
        else:
            cur = _Chunk(kind, [text], level, size)
            chunks.append(cur)
        prev = line
    for chunk in chunks:
        chunk.text = _clean_joined(reflow(chunk.lines))
        if chunk.kind == "list_item":
            chunk.text = strip_bullet(chunk.text)
    return [chunk for chunk in chunks if chunk.text]


def _clean_joined(text: str) -> str:
    """``clean_block_text(text, keep_lines=False)`` for lines that were each ``normalise``d
    and then joined by ``reflow``: normalising them again changes nothing but what the join
    itself may change (NFC across a join), so only that pass is repeated, and the scans for
    characters that cannot be there any more are skipped (#15)."""
    text = unicodedata.normalize("NFC", text)
    if "\n" in text:
        text = "\n".join(line.strip(" \t") for line in text.split("\n"))
        text = text.replace("\n", " ")
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


def _continues(before: _Chunk, after: _Chunk) -> bool:
    """Does ``after`` (top of a page) continue paragraph ``before`` (bottom of previous page)?"""
    if before.kind not in ("paragraph", "list_item") or after.kind != "paragraph":
        return False
    end = before.end()
    if end.endswith(_TERMINAL):
        return False
    hyphen = end.endswith("-") and end[-2:-1].isalpha()
    return after.text[:1].islower() or hyphen


def _assemble(pages: list[list[Line]], limits: Limits, title: str | None) -> ExtractedDocument:
    body, levels, pitches = _document_sizes(pages)
    breaks: dict[float, float | None] = {}
    merged: list[_Chunk] = []
    for number, lines in enumerate(pages, start=1):
        for position, chunk in enumerate(_page_chunks(lines, body, levels, pitches, breaks)):
            chunk.page = number
            if position == 0 and merged and _continues(merged[-1], chunk):
                before = merged[-1]
                if before.joined is None:
                    before.joined = WrappedText(before.text)
                before.marks.append((number, before.joined.add(chunk.text)))
                continue
            chunk.marks = [(number, 0)] if position == 0 else []
            merged.append(chunk)
    builder = DocBuilder(MEDIA_TYPE, limits)
    starts: dict[int, int] = {}
    for chunk in merged:
        if chunk.joined is not None:
            chunk.text, chunk.joined = chunk.joined.text(), None
        block = builder.add(chunk.kind, chunk.text, level=chunk.level, page=chunk.page,
                            clean=False)
        if block is not None:
            for page, offset in chunk.marks:
                starts[page] = block.start + offset
    spans: list[PageSpan] = []
    next_start = builder.length
    for number in range(len(pages), 0, -1):      # empty pages get an empty span
        start = 0 if number == 1 else min(starts.get(number, next_start), next_start)
        spans.append(PageSpan(number, start, next_start))
        next_start = start
    spans.reverse()
    return builder.build(page_count=len(pages), pages=spans, title=title)

"""PDF reader: the text layer rebuilt in reading order, one line per paragraph.

What ``Document.source`` holds: the pages' paragraphs in reading order, each paragraph (a
heading, a body paragraph, one reference-list entry, a caption) on its own line, so that the
reference-list splitter sees one entry per line. Running headers and footers, page numbers,
margin line numbers and rotated text (an arXiv stamp up the margin) are left out.

Locations: as for every format, ``line`` is the line of that text (here the paragraph number,
1-based) and ``column`` the code point in it. The printed page and line travel with the
Document in its regions, so a report can say "p. 3, line 12" with no other state: one region
``pdf-page:<page>`` per page (from its first to its last printed line) and one region
``pdf-line:<page>:<line>`` per printed line (the stretch of the source that line became).
``page_line(doc, offset)`` gives ``(page, line_on_page)``, both 1-based, or None for other
formats; ``page_map(doc)`` builds the lookup once for many offsets. Printed lines are counted
on each page in reading order (a full-width block, then the left column top to bottom, then
the right one), running headers and footers not counted; the space joining two printed lines
belongs to the earlier one.

How the text is rebuilt from PDFium's character boxes (pypdfium2; read from memory):

1. characters are clustered into rows by baseline (the bottom of the font box) and rows cut
   into segments at wide gaps; a small segment (fewer characters or a smaller font) that
   overlaps a bigger one by half its height joins it: superscripts, subscripts, symbols from
   fonts with other metrics. Its raised, smaller characters are marked, and a raised run of
   digits, commas and dashes is written in Unicode superscript digits (``¹,²``, ``³–⁵``), as
   the DOCX and JATS readers do, so the numeric callout scanner reads it; other raised text
   (``th``, footnote letters) is kept as it is;
2. a page (or a block between full-width rows) has two columns when a vertical strip near its
   middle is crossed by few segments while many rows lie on either side; the left column is
   read before the right, and each side is split again (three columns); a right column of a
   few lines at the top beside a full left one (the end of a text) is a column too, and takes
   the left edge its column has on the other pages. A row across the gutter is a full-width
   block (title, abstract, wide table) read in place, unless a column runs on just above and
   below it (then it is a long URL overflowing its column);
3. running headers and footers: top and bottom rows whose text (digits ignored) recurs at the
   same height on at least 40% of the pages; a top or bottom row that is a page number
   (``12``, ``Page 3 of 9``, ``- iv -``), or a page number beside text set apart from the body
   (``Chapter 2: Methods ... 17``); numbers opening most rows of a page (line numbering);
4. printed lines are joined into paragraphs, which run on across columns and pages. A new one
   starts after a line that ends early (the next line's first word would have fitted), at
   extra vertical space, at a change of font size, at a bullet, at ``12.`` after entry 11 (or
   ``[12]`` in a reference list), around a reference-list or end-matter heading; in prose at a
   first-line indent after a sentence's end (or where a line moves back left of an indented
   line that was not a paragraph's first); in a reference list set with hanging indents (a
   quarter of its lines indented) at every line that reaches the left edge;
5. hyphenation at line ends is undone: ``recog-`` + ``nised`` is ``recognised``, but a hyphen
   before a capital or a digit stays (``Ćwiek-Karpowicz``, ``1467-9256``), as does one in a
   URL or DOI, or in a compound the document also prints whole within a line (``well-known``);
   a dash at a line end (``12–``) joins without a space, and a URL or DOI broken across lines
   (at a slash, a dot, or anywhere) is joined back when the next line goes on with it (or
   holds nothing but the URL's tail).

Limits: left-to-right scripts only; text in the order PDFium reports it within a word; tables
are read row by row; footnotes stay where they are printed (a paragraph running over them to
the next column is split there). Bad input gives one line (``InputError``): not a PDF (no
``%PDF-`` header), password-protected, an unsupported encryption, corrupt or truncated, no
text layer (a scan: run OCR first), more than ``MAX_PAGES`` pages or ``MAX_CHARS``
characters. A page PDFium cannot load is skipped.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from refcheck.errors import InputError
from refcheck.ingest.markdown import scan_markup
from refcheck.model import Document, Region

MAX_PAGES = 2000
"""Most pages read; a longer PDF is refused (a manuscript is far shorter)."""
MAX_CHARS = 5_000_000
"""Most characters of text read over the whole file (bounds time: about 1 s per 150,000)."""

_PDFIUM_LOCK = threading.Lock()

PAGE_REGION = "pdf-page"
LINE_REGION = "pdf-line"

# A character: left, right, bottom, top (PDF points, y upwards), its text, the index of the
# character before it when white space came between them in PDFium's order (else -2), and its
# own index on the page.
_Char = tuple[float, float, float, float, str, int, int]
_X0: Final = 0
_X1: Final = 1
_B: Final = 2
_T: Final = 3
_CH: Final = 4
_SP: Final = 5
_SEQ: Final = 6

_DROPPED = frozenset("\x00\ufeff\u200b\u200c\u200d\u2060\ufffd")
_REPLACED = {
    "\ufffe": "-",  # PDFium's mark for a hyphen it saw at a line end
    "\x02": "-",
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_RUN = re.compile(r"\S+")
# Words taken one character at a time: digits (callouts), PDFium's line-end hyphen mark,
# control and invisible characters.
_DETAILED = re.compile(r"[\d\x00-\x1f\ufffe\ufeff\u200b-\u200d\u2060\ufffd\u00ad]")
_CLEAN = str.maketrans({k: v for k, v in _REPLACED.items() if len(k) == 1})
_SUPERSCRIPT = str.maketrans("0123456789-−+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺")
_NUMERIC_RUN = re.compile(r"[\d\s,;+\-–—‒−]*\d[\d\s,;+\-–—‒−]*")
_PAGE_NUMBER = re.compile(
    r"(?i:page|p\.|pp\.|s\.|стр\.|с\.)?\s*[-–—]?\s*"
    r"(?:\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))\s*[-–—]?"
    r"(?:\s*(?i:of|/|из|von|de|sur)\s*\d{1,4})?"
)
_LINE_NUMBER = re.compile(r"\d{1,4}")
_LABEL = re.compile(r"\[(\d{1,4})\]|(\d{1,4})[.)]\s|[•▪►◦‣·]\s")
_NUMBERING = r"(?:\d{1,2}\.?\s+|[ivx]{1,5}\.\s+)?"
_REFERENCE_HEADING = re.compile(
    _NUMBERING + r"(?i:references?|reference\s+list|bibliography|literature\s+cited|"
    r"works\s+cited|references\s+cited|cited\s+literature|literatur|literaturverzeichnis|"
    r"références|bibliographie|bibliografía|bibliografia|referencias|список\s+литературы|"
    r"литература|references\s+and\s+notes|notes\s+and\s+references|literature|"
    r"参考文献|參考文獻|引用文献|참고\s*문헌)\s*:?"
)
_END_HEADING = re.compile(
    _NUMBERING + r"(?i:notes|endnotes|footnotes|acknowledge?ments?|appendix|appendices|"
    r"supplementary\s+material|funding|author\s+contributions)\s*:?"
)
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]?[⁰¹²³⁴⁵⁶⁷⁸⁹⁻,–]*\Z")
_URL_TOKEN = re.compile(
    r"(?i:[a-z][a-z0-9+.-]{1,15}://|www\.|doi:\s*10\.|(?:dx\.)?doi\.org/|10\.\d{4,9}/)"
)
_URL_BREAK = "/._-=&?#%~:"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_SPACING_ACCENT = re.compile("[´¨ˆ˜ˇ˘˙˚¸˛˝¯]")
# Spacing accents that old fonts draw over a letter, and the combining marks they stand for.
_ACCENTS = {
    "´": "\u0301",
    "`": "\u0300",
    "ˆ": "\u0302",
    "^": "\u0302",
    "˜": "\u0303",
    "~": "\u0303",
    "¨": "\u0308",
    "ˇ": "\u030c",
    "˘": "\u0306",
    "˙": "\u0307",
    "˚": "\u030a",
    "¸": "\u0327",
    "˛": "\u0328",
    "˝": "\u030b",
    "¯": "\u0304",
}
_LOCAL_FONT_FACTOR = 0.92  # a character this much smaller than its row is a sub/superscript


# -- public API ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageMap:
    """Printed lines of a PDF Document: where each starts in the source, its page and number."""

    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    pages: tuple[int, ...] = ()
    lines: tuple[int, ...] = ()

    def locate(self, offset: int) -> tuple[int, int] | None:
        """``(page, line_on_page)`` of a source offset (1-based), None when not on a page."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0:
            return None
        return self.pages[index], self.lines[index]

    def where(self, offset: int) -> tuple[int, int, int] | None:
        """``(page, line_on_page, column)`` of a source offset, all 1-based; the column counts
        code points of the text that printed line became (a hyphen undone at its end is not
        counted). None when the offset is on no printed line."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0:
            return None
        return self.pages[index], self.lines[index], offset - self.starts[index] + 1


@dataclass(frozen=True)
class PdfContent:
    """Everything read from one PDF: the Document, its page map and the page count."""

    document: Document
    page_map: PageMap = field(default_factory=PageMap)
    page_count: int = 0


def page_map(doc: Document | Iterable[Region]) -> PageMap:
    """The printed-line map kept in a PDF Document's ``pdf-line`` regions (empty otherwise);
    also from the regions alone (``DocumentReport.printed_lines``)."""
    found = doc.regions if isinstance(doc, Document) else doc
    regions = sorted(
        (r for r in found if r.kind.startswith(f"{LINE_REGION}:")), key=lambda r: r.start
    )
    starts, ends, pages, lines = [], [], [], []
    for region in regions:
        _, page, line = region.kind.split(":")
        starts.append(region.start)
        ends.append(region.end)
        pages.append(int(page))
        lines.append(int(line))
    return PageMap(tuple(starts), tuple(ends), tuple(pages), tuple(lines))


def page_line(doc: Document | PageMap | PdfContent, offset: int) -> tuple[int, int] | None:
    """``(page, line_on_page)``, both 1-based, of an offset into a PDF Document's source.

    None for a Document read from another format. For many look-ups build the map once with
    ``page_map(doc)`` (or take ``PdfContent.page_map``) and pass that.
    """
    if isinstance(doc, PdfContent):
        return doc.page_map.locate(offset)
    if isinstance(doc, PageMap):
        return doc.locate(offset)
    return page_map(doc).locate(offset)


def parse_pdf(path: str, data: bytes) -> PdfContent:
    """Read a PDF held in memory; ``InputError`` (one line) if it cannot be read."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{path}: is not a PDF file (it does not start with %PDF-)")
    pages = _extract(path, data)
    if not any(page.chars for page in pages):
        count = len(pages)
        raise InputError(
            f"{path}: has no text layer (a scanned or image-only PDF, {count} "
            f"page{'s' if count != 1 else ''}); run OCR on it first"
        )
    return _build(path, pages)


def read_pdf(path: str | Path) -> PdfContent:
    """Read a PDF file (with the same size and error checks as every reader)."""
    from refcheck.ingest import read_bytes

    return parse_pdf(str(path), read_bytes(path))


class PdfReader:
    """PDF files with a text layer; also chosen by content for a PDF under another name."""

    name = "pdf"
    suffixes: tuple[str, ...] = (".pdf",)
    textual = False

    def sniff(self, data: bytes) -> bool:
        return data[:5] == b"%PDF-"

    def read(self, path: str, data: bytes) -> Document:
        return parse_pdf(path, data).document


READER = PdfReader()


# -- extraction ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Page:
    number: int  # 1-based
    chars: list[_Char]


def _extract(path: str, data: bytes) -> list[_Page]:
    """Every page's characters with their boxes, through PDFium's C API (no Python objects per
    page or character beyond a tuple: this loop is most of the reader's time)."""
    import pypdfium2  # noqa: F401  (initialises the library)
    import pypdfium2.raw as pdfium

    with _PDFIUM_LOCK:  # PDFium is not thread-safe
        return _extract_locked(pdfium, path, data)


def _extract_locked(pdfium: Any, path: str, data: bytes) -> list[_Page]:
    document = pdfium.FPDF_LoadMemDocument64(data, len(data), None)
    if not document:
        raise InputError(_load_error(path, int(pdfium.FPDF_GetLastError())))
    try:
        count = int(pdfium.FPDF_GetPageCount(document))
        if count < 1:
            raise InputError(f"{path}: is a corrupt or truncated PDF (no pages)")
        if count > MAX_PAGES:
            raise InputError(
                f"{path}: has {count} pages, more than the {MAX_PAGES} read; split it first"
            )
        pages: list[_Page] = []
        total = 0
        for index in range(count):
            chars, size = _page_chars(pdfium, document, index, MAX_CHARS - total)
            total += size
            if total > MAX_CHARS:
                raise InputError(
                    f"{path}: has more than {MAX_CHARS:,} characters of text; not read"
                )
            pages.append(_Page(index + 1, chars))
        return pages
    finally:
        pdfium.FPDF_CloseDocument(document)


def _load_error(path: str, code: int) -> str:
    if code == 4:
        return (
            f"{path}: is password-protected (an encrypted PDF); "
            "save a copy without a password to check it"
        )
    if code == 5:
        return f"{path}: uses an encryption PDFium cannot open; save an unprotected copy"
    if code == 2:
        return f"{path}: cannot be opened as a PDF"
    return f"{path}: is a corrupt or truncated PDF (PDFium cannot parse it)"


def _page_chars(pdfium: Any, document: Any, index: int, budget: int) -> tuple[list[_Char], int]:
    """One page's text as boxed pieces in PDFium's order, and its count of characters (more
    than ``budget`` when over it: then no pieces are read).

    A piece is a word (a run without white space) whose first and last characters share a
    baseline and font size, so it needs two box queries instead of one per character; a word
    holding digits, a hyphen PDFium joined across lines, or characters to drop is taken one
    character at a time (a superscript callout hides in "risk¹,²." as in "studies¹")."""
    page = pdfium.FPDF_LoadPage(document, index)
    if not page:
        return [], 0  # a broken page is skipped; the others are still read
    textpage = pdfium.FPDFText_LoadPage(page)
    try:
        if not textpage:
            return [], 0
        count = int(pdfium.FPDFText_CountChars(textpage))
        if count <= 0 or count > budget:
            return [], max(0, count)
        text = _page_text(pdfium, textpage, count)
        rect = pdfium.FS_RECTF()
        ref = ctypes.byref(rect)
        loose_box = pdfium.FPDFText_GetLooseCharBox

        def box(k: int) -> tuple[float, float, float, float] | None:
            if not loose_box(textpage, k, ref):
                return None
            x0, x1, b, t = rect.left, rect.right, rect.bottom, rect.top
            if t - b > 0.05 and x1 >= x0 and math.isfinite(x0 + x1 + b + t):
                return x0, x1, b, t
            return None

        # Old fonts draw an accented letter as a letter and a spacing accent over it: on such a
        # page every character is placed on its own, so that the accent finds its letter.
        whole_words = not _SPACING_ACCENT.search(text)
        pieces: list[_Char] = []
        append = pieces.append
        last = -1  # the index of the previous piece
        after_space = False
        position = 0
        for match in _RUN.finditer(text):
            start, end = match.span()
            if start > position:
                after_space = True
            position = end
            word = match.group()
            if whole_words and end - start > 1 and not _DETAILED.search(word):
                first, final = box(start), box(end - 1)
                if (
                    first is not None
                    and final is not None
                    and abs(first[2] - final[2]) < 0.01
                    and abs(first[3] - final[3]) < 0.01
                    and 0 <= final[1] - first[0] <= (end - start) * (first[3] - first[2]) * 1.5
                ):
                    cleaned = word.translate(_CLEAN)
                    append(
                        (first[0], final[1], first[2], first[3], cleaned,
                         last if after_space else -2, start)
                    )  # fmt: skip
                    last = start
                    after_space = False
                    continue
            for k in range(start, end):
                ch = text[k]
                if ch in _DROPPED or (ch < " " and ch != "\x02"):
                    continue
                found = box(k)
                if found is None:
                    continue
                append((*found, _REPLACED.get(ch, ch), last if after_space else -2, k))
                last = k
                after_space = False
        return _drop_rotated(pieces), count
    finally:
        if textpage:
            pdfium.FPDFText_ClosePage(textpage)
        pdfium.FPDF_ClosePage(page)


def _page_text(pdfium: Any, textpage: Any, count: int) -> str:
    """The page's characters as one string indexed like PDFium's character list."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = int(pdfium.FPDFText_GetText(textpage, 0, count, buffer))
    raw = bytes(memoryview(buffer).cast("B")[: max(0, written - 1) * 2])
    text = raw.decode("utf-16-le", errors="replace")
    if len(text) == count:
        return text
    # Surrogate pairs or characters PDFium leaves out of its text: ask one by one.
    chars = []
    for k in range(count):
        code = int(pdfium.FPDFText_GetUnicode(textpage, k))
        chars.append(chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\x00")
    return "".join(chars)


def _drop_rotated(chars: list[_Char]) -> list[_Char]:
    """Leave out characters set sideways (margin stamps, rotated labels, watermarks): boxes
    wider than tall that step vertically from one character to the next."""
    if len(chars) < 2:
        return chars
    rotated: set[int] = set()
    for i in range(len(chars) - 1):
        a, c = chars[i], chars[i + 1]
        dx = abs((c[_X0] + c[_X1]) - (a[_X0] + a[_X1])) / 2
        dy = abs((c[_B] + c[_T]) - (a[_B] + a[_T])) / 2
        if dy > dx and dy > 0.2 * (a[_X1] - a[_X0]):
            for j, ch in ((i, a), (i + 1, c)):  # a word piece always lies on one line
                if len(ch[_CH]) == 1 and ch[_X1] - ch[_X0] > (ch[_T] - ch[_B]) * 1.02:
                    rotated.add(j)
    if not rotated:
        return chars
    return [ch for i, ch in enumerate(chars) if i not in rotated]


# -- rows and segments -------------------------------------------------------------------------------


class _Segment:
    """A run of characters on one baseline without a wide gap, with the smaller characters
    (superscripts, subscripts) that belong to it; its text is built once all are in."""

    __slots__ = (
        "b",
        "chars",
        "count",
        "first_word",
        "h",
        "raised",
        "row",
        "t",
        "text",
        "x0",
        "x1",
    )

    def __init__(self, chars: list[_Char], h: float) -> None:
        self.chars = chars
        self.count = len(chars)
        self.b = _median([c[_B] for c in chars])
        self.h = _median([c[_T] - c[_B] for c in chars]) or h
        self.t = self.b + self.h
        self.x0 = chars[0][_X0]
        self.x1 = max(c[_X1] for c in chars)
        self.raised: set[int] = set()
        self.row: _Row | None = None
        self.text = ""
        self.first_word = 0.0

    def absorb(self, other: _Segment) -> None:
        """Take a smaller segment's characters, marking those raised above this one's
        baseline in a smaller font (superscripts)."""
        for c in other.chars:
            if c[_T] - c[_B] < _LOCAL_FONT_FACTOR * self.h and c[_B] > self.b + 0.12 * self.h:
                self.raised.add(c[_SEQ])
        self.raised |= other.raised
        self.chars.extend(other.chars)
        self.count = len(self.chars)
        self.x0 = min(self.x0, other.x0)
        self.x1 = max(self.x1, other.x1)

    def finish(self, row: _Row) -> None:
        self.row = row
        self.chars.sort(key=lambda c: (c[_X0], c[_SEQ]))
        self.x0 = self.chars[0][_X0]
        self.text, self.first_word = _segment_text(self.chars, self)


class _Row:
    """The segments on one baseline of a page, left to right; ``index`` counts from the top."""

    __slots__ = ("b", "h", "index", "segments")

    def __init__(self, segments: list[_Segment], index: int) -> None:
        self.segments = segments
        self.index = index
        self.b = max(segments, key=lambda s: s.count).b if segments else 0.0
        self.h = max(s.h for s in segments) if segments else 0.0


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _rows(chars: list[_Char]) -> list[_Row]:
    """A page's rows top to bottom: characters clustered by bottom edge, each cluster cut into
    segments at wide gaps, then small segments (superscripts, subscripts, symbols from a font
    with other metrics) merged into the bigger segment they overlap."""
    ordered = sorted(chars, key=lambda c: (-c[_B], c[_X0]))
    groups: list[list[_Char]] = []
    anchor = math.inf
    tolerance = 0.0
    for c in ordered:
        if anchor - c[_B] > tolerance:
            groups.append([c])
            anchor = c[_B]
            tolerance = 0.25 * (c[_T] - c[_B])  # a font with other metrics; not a superscript
        else:
            groups[-1].append(c)
    rows: list[list[_Segment]] = []
    for group in groups:
        group.sort(key=lambda c: (c[_X0], c[_SEQ]))
        h = _median([c[_T] - c[_B] for c in group])
        limit = 0.8 * h
        pieces: list[list[_Char]] = [[group[0]]]
        right = group[0][_X1]
        for c in group[1:]:
            if c[_X0] - right > limit:
                pieces.append([c])
            else:
                pieces[-1].append(c)
            right = max(right, c[_X1])
        rows.append([_Segment(piece, h) for piece in pieces])
    _merge_small(rows)
    result: list[_Row] = []
    for segments in rows:
        if segments:
            row = _Row(segments, len(result))
            for segment in segments:
                segment.finish(row)
            result.append(row)
    return result


def _merge_small(rows: list[list[_Segment]]) -> None:
    """Move each small segment into the bigger segment (on a nearby row) that it overlaps by at
    least half its height and lies beside, in place. Each row's segments are in x order, so
    the one or two segments of a row it can lie beside are found by bisection."""
    starts = [[segment.x0 for segment in segments] for segments in rows]
    reach = [max((segment.h for segment in segments), default=0.0) for segments in rows]
    target: dict[int, _Segment] = {}
    for i, segments in enumerate(rows):
        for small in segments:
            candidates: list[_Segment] = []
            for j in range(max(0, i - 3), min(len(rows), i + 4)):
                if j == i or not rows[j]:
                    continue
                k = bisect.bisect_right(starts[j], small.x1 + reach[j]) - 1
                candidates.extend(rows[j][m] for m in (k - 2, k - 1, k) if 0 <= m < len(rows[j]))
            best, best_score = None, (-math.inf, 0.0)
            for big in candidates:
                if (small.count, small.h) >= (big.count, big.h):
                    continue
                if small.count > 3 and small.h >= _LOCAL_FONT_FACTOR * big.h:
                    continue
                distance = max(0.0, small.x0 - big.x1, big.x0 - small.x1)
                overlap = min(small.t, big.t) - max(small.b, big.b)
                if distance > big.h or overlap < 0.5 * small.h:
                    continue
                score = (-distance, overlap)  # the segment it touches, then the one it overlaps
                if score > best_score:
                    best, best_score = big, score
            if best is not None:
                target[id(small)] = best
    if not target:
        return
    for i, segments in enumerate(rows):
        kept = []
        for segment in segments:
            root = target.get(id(segment))
            if root is None:
                kept.append(segment)
                continue
            seen = {id(segment)}
            while id(root) in target and id(root) not in seen:  # ends: each step is bigger
                seen.add(id(root))
                root = target[id(root)]
            root.absorb(segment)
        rows[i] = kept


def _compose_accents(chars: list[_Char]) -> list[_Char]:
    """Put an accent drawn over a letter (``C`` + ``´`` in TeX's and groff's old fonts) into
    it: ``Ć``. Only an accent whose middle lies over the letter's box is taken, so a ``~`` or
    ``^`` in running text or a URL stays."""
    if not any(c[_CH] in _ACCENTS for c in chars):
        return chars
    out: list[_Char] = []
    pending: _Char | None = None  # an accent waiting for the letter after it
    for char in chars:
        c = char
        mark = _ACCENTS.get(c[_CH])
        if mark is not None:
            middle = (c[_X0] + c[_X1]) / 2
            before = out[-1] if out else None
            if (
                before is not None
                and len(before[_CH]) == 1
                and before[_CH].isalpha()
                and before[_X0] < middle < before[_X1]
            ):
                out[-1] = (
                    *before[:4],
                    unicodedata.normalize("NFC", before[_CH] + mark),
                    *before[5:],
                )
                continue
            if pending is not None:
                out.append(pending)
            pending = c
            continue
        if pending is not None:
            middle = (pending[_X0] + pending[_X1]) / 2
            width = min(c[_X1], c[_X0] + 0.7 * (c[_T] - c[_B]))
            if c[_CH][:1].isalpha() and c[_X0] < middle < width:
                mark = _ACCENTS[pending[_CH]]
                text = unicodedata.normalize("NFC", c[_CH][0] + mark) + c[_CH][1:]
                c = (c[_X0], c[_X1], c[_B], c[_T], text, pending[_SP], c[_SEQ])
            else:
                out.append(pending)
            pending = None
        out.append(c)
    if pending is not None:
        out.append(pending)
    return out


def _segment_text(chars: list[_Char], segment: _Segment) -> tuple[str, float]:
    """The text of characters in left-to-right order, and the width of its first word.

    A space goes where PDFium saw white space between two neighbours or where the gap is
    wider than a third of an em; raised runs of numbers become superscript digits."""
    chars = _compose_accents(chars)
    raised = segment.raised
    h = segment.h
    parts: list[str] = []
    flags: list[bool] = []
    first_word = -1.0
    space_gap = 0.28 * h
    previous: _Char | None = None
    start = chars[0][_X0]
    for c in chars:
        up = c[_SEQ] in raised
        if previous is not None:
            gap = c[_X0] - previous[_X1]
            # PDFium also reports white space where the baseline jumps to a superscript and
            # back: there a real space must show as a gap.
            least = 0.12 * h if up or previous[_SEQ] in raised else -0.1 * h
            if gap > space_gap or (c[_SP] == previous[_SEQ] and gap > least):
                parts.append(" ")
                flags.append(up and previous[_SEQ] in raised)
                if first_word < 0:
                    first_word = previous[_X1] - start
        parts.append(c[_CH])
        flags.append(up)
        previous = c
    if first_word < 0 and previous is not None:
        first_word = previous[_X1] - start
    if any(flags):
        parts = _superscripts(parts, flags)
    return "".join(parts), first_word


def _superscripts(parts: list[str], flags: list[bool]) -> list[str]:
    """Raised runs made of numbers in superscript digits (one character each)."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        if not flags[i]:
            out.append(parts[i])
            i += 1
            continue
        j = i
        while j < len(parts) and flags[j]:
            j += 1
        run = "".join(parts[i:j])
        out.append(run.translate(_SUPERSCRIPT) if _NUMERIC_RUN.fullmatch(run) else run)
        i = j
    return out


# -- running headers, footers, page and line numbers ------------------------------------------------

_EDGE_ROWS = 3


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", "".join(text.lower().split()))


def _strip_running(pages: list[list[_Row]]) -> None:
    """Remove running headers and footers, page numbers and margin line numbers in place."""
    seen: dict[str, list[tuple[int, float]]] = {}
    for number, rows in enumerate(pages):
        for row in _edge_rows(rows):
            for segment in row.segments:
                seen.setdefault(_key(segment.text), []).append((number, segment.b))
    with_text = sum(1 for rows in pages if rows)
    repeated: dict[str, float] = {}  # text (digits as #) -> the height it recurs at
    for key, places in seen.items():
        middle = _median([b for _, b in places])
        close = {number for number, b in places if abs(b - middle) <= 4}
        if len(close) >= 2 and len(close) >= 0.4 * with_text:
            repeated[key] = middle

    def running(segment: _Segment, extreme: bool) -> bool:
        key = _key(segment.text)
        if key in repeated and abs(segment.b - repeated[key]) <= 4:
            return True
        return extreme and bool(_PAGE_NUMBER.fullmatch(segment.text.strip()))

    for rows in pages:
        _strip_line_numbers(rows)
        for order in (rows, rows[::-1]):
            for depth, row in enumerate(order[:_EDGE_ROWS]):
                if not row.segments:
                    continue
                extreme = depth < 2 and len(row.segments) <= 3
                kept = [s for s in row.segments if not running(s, extreme)]
                if kept and len(kept) < len(row.segments) and extreme:
                    # "Chapter 2: Methods ... 3": a page number beside text changing by chapter
                    following = order[depth + 1] if depth + 1 < len(order) else None
                    if following is None or abs(row.b - following.b) > 1.5 * row.h:
                        kept = []
                if kept:
                    row.segments = kept
                    break
                row.segments = []


def _edge_rows(rows: list[_Row]) -> list[_Row]:
    if len(rows) <= 2 * _EDGE_ROWS:
        return rows
    return rows[:_EDGE_ROWS] + rows[-_EDGE_ROWS:]


def _strip_line_numbers(rows: list[_Row]) -> None:
    """Review copies number their lines in the margin: drop the numbers that open (or close)
    most rows of a page, apart from the text, counting up from the top."""
    live = [row for row in rows if row.segments]
    if len(live) < 3:
        return
    for side in (0, -1):
        numbers = [
            row
            for row in live
            if len(row.segments) > 1 and _LINE_NUMBER.fullmatch(row.segments[side].text)
        ]
        values = [int(row.segments[side].text) for row in numbers]
        rising = all(a < b for a, b in itertools.pairwise(values))
        if len(numbers) >= 3 and rising and len(numbers) * 2 >= len(live):
            for row in numbers:
                del row.segments[side]


# -- columns and reading order -----------------------------------------------------------------------


@dataclass(slots=True)
class _Zone:
    """Rows (each a list of segments) read as one block, and the frame its lines are set in."""

    rows: list[list[_Segment]]
    left: float
    right: float
    kind: str


def _gutter(segments: list[_Segment]) -> float | None:
    """The x of a vertical gap near the middle crossed by few segments, with many segments
    on either side, or the gap before a short last column; None for a page (or block) of one
    column."""
    if len(segments) < 6:
        return None
    found = _middle_gutter(segments)
    return found if found is not None else _short_last_column(segments)


def _middle_gutter(segments: list[_Segment]) -> float | None:
    starts = sorted(s.x0 for s in segments)
    ends = sorted(s.x1 for s in segments)
    # The text block's edges, not an overfull line's: a long URL may run off the page.
    lo = starts[len(starts) // 20]
    hi = ends[len(ends) - 1 - len(ends) // 20]
    width = hi - lo
    if width < 120:
        return None
    size = int(width) + 3
    cover = [0] * size
    for s in segments:
        a = max(0, int(s.x0 - lo) + 1)
        b = min(size - 2, int(s.x1 - lo))
        if b >= a:
            cover[a] += 1
            cover[b + 1] -= 1
    running = 0
    for x in range(size):
        running += cover[x]
        cover[x] = running
    first, last = int(0.3 * width), int(0.7 * width)
    least = min(cover[first : last + 1])
    best: tuple[int, int] | None = None  # the widest strip at the least cover, nearest the middle
    x = first
    while x <= last:
        if cover[x] != least:
            x += 1
            continue
        end = x
        while end + 1 <= last and cover[end + 1] == least:
            end += 1
        candidate = (end - x, -abs((x + end) / 2 - width / 2))
        if best is None or candidate > (
            best[1] - best[0],
            -abs((best[0] + best[1]) / 2 - width / 2),
        ):
            best = (x, end)
        x = end + 1
    if best is None:
        return None
    g = lo + (best[0] + best[1]) / 2
    left = len({id(s.row) for s in segments if s.x1 <= g})  # rows with text left of it
    right = len({id(s.row) for s in segments if s.x0 >= g})
    if left < 3 or right < 3 or least > 0.4 * min(left, right):
        return None
    return g


def _short_last_column(segments: list[_Segment]) -> float | None:
    """The gutter before a short right column: a few rows starting right of where most lines
    end, at the top of the block beside a column of more rows, their left edges within a
    hanging indent of each other, nothing crossing from the left. The end of a text set in two
    columns (the last page of a reference list), which read as one column would interleave."""
    ends = sorted(s.x1 for s in segments)
    beyond = [s for s in segments if s.x0 > ends[len(ends) // 2] + 6.0]
    if not beyond:
        return None
    edge = min(s.x0 for s in beyond)
    rest = [s for s in segments if s.x0 < edge]
    if not rest or max(s.x1 for s in rest) >= edge - 6.0:
        return None
    right_rows = {id(s.row) for s in beyond}
    left_rows = {id(s.row) for s in rest}
    if len(left_rows) < 8 or 2 * len(right_rows) > len(left_rows):
        return None
    starts: dict[int, float] = {}  # each right row's left edge
    for s in beyond:
        starts[id(s.row)] = min(starts.get(id(s.row), s.x0), s.x0)
    height = _median([s.h for s in rest])
    if max(starts.values()) - edge > 2 * height:
        return None
    if max(s.t for s in beyond) < max(s.t for s in rest) - 2 * height:
        return None
    return (max(s.x1 for s in rest) + edge) / 2


def _zones(rows: list[_Row], depth: int = 0, kind: str = "one") -> list[_Zone]:
    """Blocks in reading order: full-width rows in place, the columns between them in turn."""
    live = [list(row.segments) for row in rows if row.segments]
    segments = [s for row in live for s in row]
    if not segments:
        return []
    lo = min(s.x0 for s in segments)
    hi = max(s.x1 for s in segments)
    g = _gutter(segments) if depth < 2 else None
    if g is None:
        left, right = _frame(segments)
        return [_Zone(live, left, right, kind)]
    reach = 0.08 * (hi - lo)
    crossing = [
        i for i, row in enumerate(live) if any(s.x0 < g - reach and s.x1 > g + reach for s in row)
    ]
    full_rows = {i for i in crossing if not _overflows(live, i, g)}
    sides = [s for i, row in enumerate(live) if i not in full_rows for s in row]
    left_segments = [s for s in sides if s.x0 < g]
    right_segments = [s for s in sides if s.x0 >= g]
    frames = {
        "L": _frame(left_segments),
        "R": _frame(right_segments),
    }
    zones: list[_Zone] = []
    band: dict[str, list[_Row]] = {"L": [], "R": []}
    full: list[list[_Segment]] = []

    def flush_band() -> None:
        for side in ("L", "R"):
            left, right = frames[side]
            parts = _zones(band[side], depth + 1, kind + side if depth else side)
            if len(parts) == 1:  # one column: its edges are those of the whole page's column
                parts[0].left, parts[0].right = left, right
            zones.extend(parts)
            band[side] = []

    for i, row in enumerate(live):
        if i in full_rows:
            flush_band()
            full.append(row)
            continue
        if full:
            zones.append(_Zone(full, lo, hi, "full"))
            full = []
        lefts = [s for s in row if s.x0 < g]
        rights = [s for s in row if s.x0 >= g]
        if lefts:
            band["L"].append(_band_row(lefts))
        if rights:
            band["R"].append(_band_row(rights))
    flush_band()
    if full:
        zones.append(_Zone(full, lo, hi, "full"))
    return zones


def _overflows(live: list[list[_Segment]], index: int, g: float) -> bool:
    """A row that crosses the gutter while a column's text runs on just above and below it is
    an overfull line (a long URL) of one column, not a full-width block."""
    row = live[index]
    h = max(s.h for s in row)
    for side in (-1, 1):
        near = [
            s.b - row[0].b
            for k in range(max(0, index - 3), min(len(live), index + 4))
            if k != index
            for s in live[k]
            if (s.x0 + s.x1 - 2 * g) * side > 0 and abs(s.b - row[0].b) <= 2 * h
        ]
        if any(d > 0 for d in near) and any(d < 0 for d in near):
            return True
    return False


def _frame(segments: list[_Segment]) -> tuple[float, float]:
    """Left and right edge of a column: where most lines start and where many end (a wider
    title or an overfull line must not move the edge)."""
    if not segments:
        return math.inf, -math.inf
    starts = sorted(s.x0 for s in segments)
    ends = sorted(s.x1 for s in segments)
    # The left edge: the first start two lines share (in a list set with hanging indents most
    # lines are indented; only the entries' first lines reach the edge).
    left = next((a for a, b in itertools.pairwise(starts) if b - a <= 1.5), starts[0])
    right = ends[-1] if len(ends) <= 5 else ends[(len(ends) - 1) * 4 // 5]
    return left, right


def _band_row(segments: list[_Segment]) -> _Row:
    """A stand-in row holding some of a row's segments (for the recursive column split)."""
    return _Row(segments, segments[0].row.index if segments[0].row else 0)


# -- lines and paragraphs ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    text: str
    page: int
    zone: int
    x0: float
    x1: float
    b: float
    h: float
    left: float
    right: float
    first_word: float
    number: int = 0  # printed line on its page


def _lines(pages: list[list[_Row]]) -> list[_Line]:
    """Printed lines of every page in reading order, with the frame of their block."""
    lines: list[_Line] = []
    zone_id = 0
    rights: dict[str, list[float]] = {}
    lefts: dict[str, list[float]] = {}
    zoned: list[tuple[int, list[_Zone]]] = []
    for number, rows in enumerate(pages, start=1):
        zones = _zones(rows)
        zoned.append((number, zones))
        for zone in zones:
            if sum(len(r) for r in zone.rows) >= 8:
                rights.setdefault(zone.kind, []).append(zone.right)
                lefts.setdefault(zone.kind, []).append(zone.left)
    typical = {kind: _median(values) for kind, values in rights.items() if values}
    typical_left = {kind: _median(values) for kind, values in lefts.items() if values}
    for number, zones in zoned:
        on_page = 0
        for zone in zones:
            zone_id += 1
            right = zone.right
            right = max(right, typical.get(zone.kind, right))
            left = zone.left
            # A column of a few lines (the end of a text) whose lines are mostly indented (the
            # continuation of an entry set with a hanging indent) takes the usual left edge of
            # its column on the other pages, not the edge of its own indented lines; a page of
            # one short column at the end of a two-column text, that of the left column.
            short = len(zone.rows) < 20
            usual = typical_left.get(zone.kind, left)
            if zone.kind == "one" and "L" in typical:
                column_left, column_right = typical_left["L"], typical["L"]
                if column_left - 2.0 <= zone.left and zone.right <= column_right + 2.0:
                    short, usual, right = True, column_left, max(right, column_right)
            if short and 0 < left - usual <= 40.0:
                left = usual
            for segments in zone.rows:
                segments.sort(key=lambda s: s.x0)
                text = " ".join(s.text for s in segments).strip()
                if "\u00ad" in text[:-1]:  # a soft hyphen shows only at the end of a line
                    text = text[:-1].replace("\u00ad", "") + text[-1]
                if not text:
                    continue
                on_page += 1
                first = segments[0]
                lines.append(
                    _Line(
                        text=text,
                        page=number,
                        zone=zone_id,
                        x0=first.x0,
                        x1=max(s.x1 for s in segments),
                        b=first.b,
                        h=max(segments, key=lambda s: s.count).h,
                        left=left,
                        right=right,
                        first_word=first.first_word,
                        number=on_page,
                    )
                )
    return lines


def _leading(lines: list[_Line]) -> float:
    """Typical distance between baselines in a block, in units of the font box height."""
    ratios = [
        (p.b - q.b) / p.h
        for p, q in itertools.pairwise(lines)
        if p.zone == q.zone and p.h > 0 and abs(p.h - q.h) <= 0.05 * p.h and 0 < p.b - q.b < 3 * p.h
    ]
    return _median(ratios) if ratios else 1.0


def _label(text: str) -> int | None:
    match = _LABEL.match(text)
    if not match:
        return None
    number = match.group(1) or match.group(2)
    return int(number) if number else 0


def _breaks(
    p: _Line, q: _Line, p_opens: bool, leading: float, last_label: int | None, mode: str
) -> bool:
    """Does line ``q`` start a new paragraph after line ``p``? ``p_opens``: ``p`` is the first
    line of its paragraph; ``mode``: "prose", or a reference list's "hanging" (entries start
    at the left edge, their wrapped lines are indented) or "flush" (everything at the edge)."""
    in_list = mode != "prose"
    label = _label(q.text)
    if label is not None and (
        label == 0  # a bullet
        or (in_list and q.text.startswith("["))  # "[12] Smith": in prose a callout
        or (last_label is not None and label == last_label + 1)
    ):
        return True
    if any(h.fullmatch(t) for h in (_REFERENCE_HEADING, _END_HEADING) for t in (p.text, q.text)):
        return True
    if abs(p.h - q.h) > 0.12 * max(p.h, q.h):
        return True
    if p.zone == q.zone:
        dy = p.b - q.b
        if dy <= 0.3 * p.h or dy > 1.3 * leading * p.h + 0.1 * p.h:
            return True
    hyphen = p.text.endswith(("-", "\u00ad", "‐"))
    if not hyphen and p.right - p.x1 > q.first_word + 0.4 * p.h:
        return True  # p ended early: the next word would have fitted
    indent = 0.5 * p.h
    p_in, q_in = p.x0 - p.left, q.x0 - q.left
    if mode == "hanging":
        return q_in <= indent  # only an entry's first line reaches the edge
    if (
        not in_list
        and q_in > indent
        and (q_in > p_in + indent or (p_opens and q_in > p_in - indent))
    ):
        # a first-line indent in prose (under a paragraph's last line, or under a one-line
        # paragraph indented the same), unless the sentence goes on
        return bool(_SENTENCE_END.search(p.text)) and not q.text[:1].islower()
    return q_in < p_in - indent and not p_opens


def _join(
    before: str, after: str, compounds: set[str], words: set[str], last: str = ""
) -> tuple[str, str]:
    """How two printed lines join: ``(before, separator)`` with ``before`` perhaps shortened.

    ``last`` is the word the paragraph so far ends with (it may have begun lines before: a URL
    broken over three lines); by default the last word of ``before``."""
    last = last or before.rsplit(" ", 1)[-1]
    if before.endswith("\u00ad"):
        return before[:-1], ""
    url = bool(_URL_TOKEN.search(last))
    if before.endswith(("-", "‐")) and len(last) >= 2:
        if not last[-2].isalpha():
            return before, "" if last[-2].isdigit() else " "
        if not after[:1].islower():
            return before, ""
        stem = _LETTERS.findall(last[:-1])
        head = stem[-1] if stem else last[:-1]
        tail_match = _LETTERS.match(after)
        tail = tail_match.group(0) if tail_match else ""
        compound, joined = f"{head}-{tail}".lower(), f"{head}{tail}".lower()
        if url:  # keep a URL's hyphen unless the document prints the word whole elsewhere
            keep = not tail or joined not in words or compound in compounds
        else:
            keep = bool(tail) and compound in compounds and joined not in words
        return (before, "") if keep else (before[:-1], "")
    if before.endswith(("–", "—")):
        return before, " " if before[-2:-1] == " " else ""
    if url and after[:1] not in "([" and _continues_url(last, after):
        return before, ""
    return before, " "


def _continues_url(last: str, after: str) -> bool:
    """Does the next line go on with the URL or DOI that ends this one?"""
    first = after.split(" ", 1)[0]
    if not first:
        return False
    if first[0].isupper() and first[1:].isalpha() and first[1:].islower():
        return False  # "Accessed", "Retrieved": a word after a complete URL
    if last[-1] in _URL_BREAK:
        return True
    if first == after.strip() and (first[0].islower() or first[0].isdigit()):
        return True  # a line holding only the URL's tail ("p" of ".../index.ph" "p")
    return (first[0].islower() or first[0].isdigit()) and any(ch in first for ch in "/.=-_?&")


def _list_flags(lines: list[_Line]) -> list[bool]:
    """For each line, whether it is in a reference list (after its heading, before the next end
    heading); and whether the document's lists are set with hanging indents (a quarter of
    their lines indented), as the last element."""
    flags: list[bool] = []
    in_list = False
    listed = indented = 0
    for line in lines:
        if _REFERENCE_HEADING.fullmatch(line.text):
            in_list = True
        elif _END_HEADING.fullmatch(line.text):
            in_list = False
        elif in_list:
            listed += 1
            indented += line.x0 - line.left > 0.5 * line.h
        flags.append(in_list)
    flags.append(listed > 0 and indented * 4 >= listed)
    return flags


def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    leading = _leading(lines)
    *in_list, hanging = _list_flags(lines)
    paragraphs: list[list[_Line]] = []
    last_label: int | None = None
    for line, listed in zip(lines, in_list, strict=True):
        if paragraphs:
            current = paragraphs[-1]
            mode = ("hanging" if hanging else "flush") if listed else "prose"
            if not _breaks(current[-1], line, len(current) == 1, leading, last_label, mode):
                current.append(line)
                continue
        paragraphs.append([line])
        label = _label(line.text)
        if label:
            last_label = label
    return paragraphs


def _last_word(parts: list[str]) -> str:
    """The word at the end of the text so far, across lines joined without a space."""
    word = ""
    for part in reversed(parts):
        _, space, tail = part.rpartition(" ")
        word = tail + word
        if space or len(word) > 2000:
            break
    return word


def _vocabulary(lines: Iterable[_Line]) -> tuple[set[str], set[str]]:
    """Hyphenated compounds and plain words printed within lines (to judge a line-end hyphen)."""
    compounds: set[str] = set()
    words: set[str] = set()
    for line in lines:
        for word in _WORD.findall(line.text.lower()):
            (compounds if "-" in word else words).add(word)
    return compounds, words


# -- the document -------------------------------------------------------------------------------------


def _build(path: str, pages: list[_Page]) -> PdfContent:
    page_rows = [_rows(page.chars) if page.chars else [] for page in pages]
    _strip_running(page_rows)
    lines = _lines(page_rows)
    compounds, words = _vocabulary(lines)
    texts: list[str] = []
    placed: list[tuple[int, int, _Line]] = []  # start, end of each printed line in the source
    offset = 0
    for paragraph in _paragraphs(lines):
        parts: list[str] = []
        starts: list[int] = []
        length = 0
        for line in paragraph:
            if parts:
                last = _last_word(parts)
                before, separator = _join(parts[-1], line.text, compounds, words, last)
                length += len(before) - len(parts[-1]) + len(separator)
                parts[-1] = before + separator
            starts.append(length)
            parts.append(line.text)
            length += len(line.text)
        text = "".join(parts)
        for k, line in enumerate(paragraph):
            end = starts[k + 1] if k + 1 < len(paragraph) else len(text)
            piece_end = min(end, starts[k] + len(line.text))
            placed.append((offset + starts[k], offset + piece_end, line))
        texts.append(text)
        offset += len(text) + 1
    source = "\n".join(texts)
    _, markup = scan_markup(source, markdown=False)
    regions: list[Region] = list(markup)
    page_spans: dict[int, list[int]] = {}
    for start, end, line in placed:
        regions.append(Region(f"{LINE_REGION}:{line.page}:{line.number}", start, end))
        span = page_spans.setdefault(line.page, [start, end])
        span[0] = min(span[0], start)
        span[1] = max(span[1], end)
    for number, (start, end) in sorted(page_spans.items()):
        regions.append(Region(f"{PAGE_REGION}:{number}", start, end))
    regions.sort(key=lambda r: (r.start, r.end, r.kind))
    document = Document(path, "pdf", source, source, "utf-8", tuple(regions))
    mapping = PageMap(
        tuple(s for s, _, _ in placed),
        tuple(e for _, e, _ in placed),
        tuple(line.page for _, _, line in placed),
        tuple(line.number for _, _, line in placed),
    )
    return PdfContent(document, mapping, len(pages))


__all__ = [
    "LINE_REGION",
    "MAX_CHARS",
    "MAX_PAGES",
    "PAGE_REGION",
    "READER",
    "PageMap",
    "PdfContent",
    "PdfReader",
    "page_line",
    "page_map",
    "parse_pdf",
    "read_pdf",
]

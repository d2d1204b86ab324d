"""Markdown reader, and ``scan_markup``: the markup scanner shared with the plain-text reader.

``scan_markup(source, markdown=True)`` returns ``(text, regions)``. ``text`` has the length of
``source`` with markup characters replaced by spaces (newlines are never touched), so an offset
found in ``text`` is an offset in ``source``. ``regions`` say what the markup meant:

- ``emphasis``: the inner text of ``*x*``, ``**x**``, ``_x_``, ``__x__`` (delimiters excluded);
- ``heading``: the text of an ATX (``## References``) or setext heading line;
- ``link-url``: the destination of ``[text](url)``, ``![alt](src)`` or ``[label]: url``;
- ``autolink``: the URL inside ``<https://...>`` and also a bare ``https://...``/``www.`` URL
  (GFM calls both autolinks); the URL characters stay in ``text``;
- ``code``: the content of a fenced code block or an inline code span (content kept);
- ``comment``: the inside of ``<!-- ... -->`` (kept raw: suppression comments live there);
- ``front-matter``: a YAML block between ``---`` lines at the very start.

Decision: the plain-text reader calls ``scan_markup(source, markdown=False)``. Manuscripts saved
as ``.txt`` are often Markdown-ish (the seeds put titles in ``*...*`` and URLs in ``<...>``), so
extractors need to know that ``*Neoclassical Realism* (2009)`` is a title; but a ``.txt`` file
promises nothing, so in that mode nothing is blanked (``text == source``) and only ``emphasis``
and ``autolink`` regions are recorded.

How: each construct is found by a precompiled, backtracking-safe regex (possessive quantifiers
where a pattern could otherwise rescan a long run) in CommonMark's precedence order: blocks (front
matter, fences, comments), then code spans, autolinks, links, bare URLs, escapes, headings, and
last emphasis with CommonMark's flanking rules and a delimiter stack, all over a working copy in
which already claimed stretches are masked. Every pass is linear in the input. The scanner
simplifies CommonMark where manuscripts do not need it (no indented code, no HTML blocks, no
reference-style ``[text][label]`` links, which would swallow numeric citations like ``[1][2]``;
emphasis does not cross a blank line or the start of a list item).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator

from refcheck.ingest.decode import decode
from refcheck.model import Document, Region

_MASK = "\ue000"  # stands for a claimed character in the working copy; reads as a letter
_NON_NEWLINE = re.compile(r"[^\r\n]")


class _LinePattern:
    """A pattern anchored at line starts without ``re.M``'s ``^``, which makes ``re`` try every
    position (seconds on 50 MB): a ``\n``-prefixed pattern for later lines plus a match at 0."""

    def __init__(self, body: str) -> None:
        self._first = re.compile(f"(?P<line>{body})")
        self._rest = re.compile(f"\\n(?P<line>{body})")

    def finditer(self, text: str, start: int = 0) -> Iterator[re.Match[str]]:
        if start == 0:
            first = self._first.match(text)
            if first is not None:
                yield first
        yield from self._rest.finditer(text, max(0, start - 1))


_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*+\r?\n")
_FRONT_MATTER_CLOSE = _LinePattern(r"(?:---|\.\.\.)[ \t]*+\r?(?=\n|\Z)")
_FENCE = _LinePattern(r" {0,3}(?P<marker>`{3,}+|~{3,}+)(?P<info>[^\n]*+)")
_BACKTICKS = re.compile(r"``*+")  # not "`+": a literal first character lets re skip ahead fast
_BLANK_LINE = re.compile(r"\n[ \t]*+(?=\r?\n|\Z)")
_AUTOLINK = re.compile(
    r"<((?:[A-Za-z][A-Za-z0-9+.\-]{1,31}+):[^\s<>\ue000]*+"
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]++@[A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)++)>"
)
_SCHEME_SEPARATOR = re.compile(r"://")
_WWW = (re.compile(r"www\."), re.compile(r"WWW\."))
_SCHEMES = ("https", "http", "ftp")
_URL_BODY = re.compile(r"[^\s<>\"`«»\ue000\[\]{}|\\^]*+")
_URL_TRAILING = ".,:;!?*_~'\""
_LINK = re.compile(
    r"\[([^\[\]\n]*+(?:\n[^\[\]\n]++)*+)\]\("
    r"[ \t]*+\n?[ \t]*+"
    r"(<[^<>\n]*+>|[^\s()<>]++(?:\([^\s()]*+\)[^\s()<>]*+)*+|(?=[ \t\n]*+\)))"
    r"(?:[ \t]*+\n?[ \t]*+(?:\"[^\"\n]*+\"|'[^'\n]*+'|\([^()\n]*+\)))?+"
    r"[ \t]*+\n?[ \t]*+\)"
)
_DEFINITION = _LinePattern(
    r" {0,3}\[[^\[\]\n^][^\[\]\n]*+\]:[ \t]*+(?P<url><[^<>\n]*+>|[^\s<>]*[:/.][^\s<>]*+)"
    r"(?:[ \t]++(?:\"[^\"\n]*+\"|'[^'\n]*+'|\([^()\n]*+\)))?+[ \t]*+\r?(?=\n|\Z)"
)
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_ATX = _LinePattern(r" {0,3}(?P<marker>#{1,6}+)(?=[ \t\r\n]|\Z)(?P<content>[^\n]*+)")
_SETEXT = _LinePattern(r" {0,3}(?:={2,}+|-{2,}+)[ \t]*+\r?(?=\n|\Z)")
_NOT_PARAGRAPH = re.compile(
    r"[ \t]*+(?:$|\r|[#>]|[-*+•][ \t]|\d{1,9}+[.)][ \t]|(?:={2,}|-{2,})[ \t]*+\r?$)"
)
_DELIMITERS = re.compile(r"\*\**+|__*+")
# Emphasis never crosses these line breaks: a blank line, or a line that starts a list item,
# a heading or a quote (seed reference lists put one "- entry" per line).
_EMPHASIS_BREAK = re.compile(
    r"\n(?=[ \t]*+(?:\r?\n|\Z|[-*+•][ \t]|\d{1,9}+[.)][ \t]|\[\d{1,9}+\][ \t]|#|>))"
)

_SPACE, _PUNCT, _OTHER = 0, 1, 2
_KINDS: dict[str, int] = {
    chr(code): (
        _SPACE
        if chr(code).isspace()
        else _PUNCT
        if chr(code) in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
        else _OTHER
    )
    for code in range(128)
}


def _char_kind(ch: str) -> int:
    """Space, punctuation (Unicode P* and S*, as CommonMark) or other; cached per character."""
    found = _KINDS.get(ch)
    if found is None:
        if ch.isspace():
            found = _SPACE
        elif unicodedata.category(ch)[0] in "PS":
            found = _PUNCT
        else:
            found = _OTHER
        if len(_KINDS) < 65536:
            _KINDS[ch] = found
    return found


def _replace_line_content(segment: str, filler: str) -> str:
    """``segment`` with every character but ``\r``/``\n`` replaced by ``filler``."""
    if "\n" in segment or "\r" in segment:
        return _NON_NEWLINE.sub(filler, segment)
    return filler * len(segment)


class _Scan:
    """Mutable state of one scan: the working copy, blanked stretches and regions found."""

    def __init__(self, source: str, markdown: bool) -> None:
        self.source = source
        self.markdown = markdown
        self.work = source
        self.blanks: list[tuple[int, int]] = []
        self.regions: list[Region] = []
        self._claims: list[tuple[int, int]] = []

    # -- bookkeeping -------------------------------------------------------------------------

    def free(self, start: int, end: int) -> bool:
        """True when no character of ``[start, end)`` has been claimed by an earlier pass."""
        return _MASK not in self.work[start:end]

    def claim(self, start: int, end: int) -> None:
        if end > start:
            self._claims.append((start, end))

    def blank(self, start: int, end: int) -> None:
        if self.markdown and end > start:
            self.blanks.append((start, end))

    def region(self, kind: str, start: int, end: int) -> None:
        if end > start:
            self.regions.append(Region(kind, start, end))

    def commit(self) -> None:
        """Mask the stretches claimed so far in the working copy (newlines kept for ``^``/``$``)."""
        if not self._claims:
            return
        parts: list[str] = []
        position = 0
        for claim_start, end in sorted(self._claims):
            start = max(claim_start, position)
            if end <= start:
                continue
            parts.append(self.work[position:start])
            parts.append(_replace_line_content(self.work[start:end], _MASK))
            position = end
        parts.append(self.work[position:])
        self.work = "".join(parts)
        self._claims = []

    def result(self) -> tuple[str, tuple[Region, ...]]:
        text = self.source
        if self.blanks:
            parts: list[str] = []
            position = 0
            for blank_start, end in sorted(self.blanks):
                start = max(blank_start, position)
                if end <= start:
                    continue
                parts.append(text[position:start])
                parts.append(_replace_line_content(text[start:end], " "))
                position = end
            parts.append(text[position:])
            text = "".join(parts)
        regions = sorted(set(self.regions), key=lambda r: (r.start, r.end, r.kind))
        return text, tuple(regions)

    # -- block constructs ---------------------------------------------------------------------

    def front_matter(self) -> None:
        opening = _FRONT_MATTER_OPEN.match(self.work)
        if opening is None:
            return
        closing = next(_FRONT_MATTER_CLOSE.finditer(self.work, opening.end()), None)
        if closing is None:
            return
        self.region("front-matter", opening.end(), closing.start("line"))
        self.claim(0, closing.end())

    def fences(self) -> None:
        opening: re.Match[str] | None = None
        for match in _FENCE.finditer(self.work):
            marker, info = match.group("marker"), match.group("info")
            if opening is None:
                if marker[0] == "`" and "`" in info:
                    continue  # not a fence: an inline code span at the start of a line
                opening = match
                continue
            open_marker = opening.group("marker")
            if marker[0] == open_marker[0] and len(marker) >= len(open_marker) and not info.strip():
                # the content ends at the newline before the closing fence
                line = match.start("line")
                self._code_block(opening, line - 1, line, match.end())
                opening = None
        if opening is not None:  # an unclosed fence runs to the end of the document
            end = len(self.work)
            self._code_block(opening, end, end, end)

    def _code_block(
        self, opening: re.Match[str], content_end: int, close_start: int, close_end: int
    ) -> None:
        content_start = min(opening.end() + 1, content_end)
        self.region("code", content_start, content_end)
        self.blank(opening.start("line"), opening.end())
        self.blank(close_start, close_end)
        self.claim(opening.start("line"), close_end)

    def comments(self) -> None:
        work = self.work
        position = 0
        while True:
            start = work.find("<!--", position)
            if start == -1:
                return
            end = work.find("-->", start + 4)
            if end == -1:
                return
            if self.free(start, start + 4):
                self.region("comment", start + 4, end)
                self.claim(start, end + 3)
                position = end + 3
            else:
                position = start + 4

    # -- inline constructs --------------------------------------------------------------------

    def code_spans(self) -> None:
        work = self.work
        runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(work)]
        by_length: dict[int, list[int]] = {}
        for index, (start, end) in enumerate(runs):
            by_length.setdefault(end - start, []).append(index)
        breaks = [m.start() for m in _BLANK_LINE.finditer(work)]
        consumed = 0
        for index, (start, end) in enumerate(runs):
            if start < consumed:
                continue
            same = by_length[end - start]
            later = bisect.bisect_right(same, index)
            if later == len(same):
                continue
            close_start, close_end = runs[same[later]]
            next_break = bisect.bisect_left(breaks, end)
            if next_break < len(breaks) and breaks[next_break] < close_start:
                continue  # a code span does not cross a blank line
            self.region("code", end, close_start)
            self.blank(start, end)
            self.blank(close_start, close_end)
            self.claim(start, close_end)
            consumed = close_end

    def autolinks(self) -> None:
        for match in _AUTOLINK.finditer(self.work):
            self.region("autolink", match.start(1), match.end(1))
            self.blank(match.start(), match.start() + 1)
            self.blank(match.end() - 1, match.end())
            self.claim(match.start(), match.end())

    def links(self) -> None:
        work = self.work
        for match in _LINK.finditer(work):
            url_start, url_end = match.span(2)
            if url_end > url_start and work[url_start] == "<":
                url_start, url_end = url_start + 1, url_end - 1
            self.region("link-url", url_start, url_end)
            start = match.start()
            image = start > 0 and work[start - 1] == "!"
            self.blank(start - image, match.start(1))  # "![" or "["
            self.blank(match.end(1), match.end())  # "](url "title")"
            self.claim(match.end(1), match.end())
        for match in _DEFINITION.finditer(work):
            url_start, url_end = match.span("url")
            if work[url_start] == "<":
                url_start, url_end = url_start + 1, url_end - 1
            self.region("link-url", url_start, url_end)
            self.blank(match.start("line"), match.start("url"))
            self.claim(match.start("line"), match.end())

    def bare_urls(self) -> None:
        """GFM extended autolinks (``https://...``, ``www....``), found from literal anchors."""
        work = self.work
        starts: list[int] = []
        for match in _SCHEME_SEPARATOR.finditer(work):
            separator = match.start()
            head = work[max(0, separator - 5) : separator].lower()
            scheme = next((name for name in _SCHEMES if head.endswith(name)), None)
            if scheme is not None:
                starts.append(separator - len(scheme))
        for pattern in _WWW:
            starts.extend(match.start() for match in pattern.finditer(work))
        claimed_until = -1
        for start in sorted(starts):
            if start < claimed_until:
                continue  # "www." inside "http://www..."
            before = work[start - 1] if start > 0 else " "
            if before.isalnum() or before in "_/@.:-":
                continue
            body = _URL_BODY.match(work, start)
            url = _trim_url(work[start : body.end()] if body else "")
            if "." not in url or url.lower().rstrip("/") in ("www.", "http:", "https:", "ftp:"):
                continue
            self.region("autolink", start, start + len(url))
            self.claim(start, start + len(url))
            claimed_until = start + len(url)

    def escapes(self) -> None:
        for match in _ESCAPE.finditer(self.work):
            self.blank(match.start(), match.start() + 1)
            self.claim(match.start(), match.end())

    def headings(self) -> None:
        work = self.work
        for match in _ATX.finditer(work):
            self.blank(*match.span("marker"))
            content, offset = match.group("content"), match.start("content")
            stripped = content.rstrip(" \t\r")
            closing = stripped.rstrip("#")
            if closing != stripped and (not closing or closing[-1] in " \t"):
                self.blank(offset + len(closing), offset + len(stripped))
                stripped = closing.rstrip(" \t")
            lead = len(stripped) - len(stripped.lstrip(" \t"))
            self.region("heading", offset + lead, offset + len(stripped))
        for match in _SETEXT.finditer(work):
            underline_start = match.start("line")
            if underline_start == 0:
                continue
            line_end = underline_start - 1
            line_start = work.rfind("\n", 0, line_end) + 1
            line = work[line_start:line_end]
            if not line.strip() or _NOT_PARAGRAPH.match(line) or line.lstrip().startswith(_MASK):
                continue
            underline = match.group("line").rstrip("\r")
            self.blank(underline_start, underline_start + len(underline))
            stripped = line.rstrip(" \t\r")
            lead = len(stripped) - len(stripped.lstrip(" \t"))
            self.region("heading", line_start + lead, line_start + len(stripped))

    def emphasis(self) -> None:
        """CommonMark's flanking rules and delimiter stack, one stack per delimiter character.

        Each run is classified once; a closer pairs with the nearest opener of its character
        (openers of the other character in between are dropped), using two characters of each
        when both have two. Every character is consumed at most once, so this is linear.
        """
        work = self.work
        length = len(work)
        breaks = iter([m.start() for m in _EMPHASIS_BREAK.finditer(work)])
        next_break = next(breaks, length + 1)
        used = bytearray(length + 1)  # 1 where a delimiter character was paired
        pairs: list[tuple[int, int, int]] = []  # (opener inner end, closer start, size)
        # An opener is [start, remaining end]; a match consumes its innermost characters.
        star: list[list[int]] = []
        under: list[list[int]] = []
        kind = _char_kind
        for run in _DELIMITERS.finditer(work):
            start, end = run.span()
            if start > next_break:
                while next_break < start:
                    next_break = next(breaks, length + 1)
                star.clear()
                under.clear()
            before = kind(work[start - 1]) if start > 0 else _SPACE
            after = kind(work[end]) if end < length else _SPACE
            left = after != _SPACE and (after == _OTHER or before != _OTHER)
            right = before != _SPACE and (before == _OTHER or after != _OTHER)
            if work[start] == "*":
                stack, other = star, under
                can_open, can_close = left, right
            else:
                stack, other = under, star
                can_open = left and (not right or before == _PUNCT)
                can_close = right and (not left or after == _PUNCT)
            position = start
            if can_close:
                while position < end and stack:
                    opener = stack[-1]
                    size = 2 if opener[1] - opener[0] >= 2 and end - position >= 2 else 1
                    opener[1] -= size
                    used[opener[1] : opener[1] + size] = b"\x01" * size
                    used[position : position + size] = b"\x01" * size
                    pairs.append((opener[1] + size, position, size))
                    position += size
                    while other and other[-1][0] > opener[0]:
                        other.pop()
                    if opener[1] == opener[0]:
                        stack.pop()
            if position < end and can_open:
                stack.append([position, end])
        for pair_start, pair_end, size in pairs:
            self.blank(pair_start - size, pair_start)
            self.blank(pair_end, pair_end + size)
            inner_start, inner_end = pair_start, pair_end
            while inner_start < inner_end and used[inner_start]:
                inner_start += 1  # "***x***": the inner pair's delimiters are not content
            while inner_end > inner_start and used[inner_end - 1]:
                inner_end -= 1
            self.region("emphasis", inner_start, inner_end)


def _trim_url(url: str) -> str:
    """GFM's rule: trailing punctuation and unbalanced closing brackets are not part of a URL."""
    while url:
        last = url[-1]
        if last in _URL_TRAILING or (last == ")" and url.count("(") < url.count(")")):
            url = url[:-1]
            continue
        break
    return url


def _run(source: str, markdown: bool) -> tuple[str, tuple[Region, ...]]:
    scan = _Scan(source, markdown)
    steps: tuple[Callable[[], None], ...]
    if markdown:
        steps = (
            scan.front_matter,
            scan.fences,
            scan.comments,
            scan.code_spans,
            scan.autolinks,
            scan.links,
            scan.bare_urls,
            scan.escapes,
            scan.headings,
            scan.emphasis,
        )
    else:
        steps = (scan.autolinks, scan.bare_urls, scan.emphasis)
    for step in steps:  # CommonMark precedence: each pass sees what earlier ones claimed
        step()
        scan.commit()
    return scan.result()


def scan_markup(source: str, *, markdown: bool = True) -> tuple[str, tuple[Region, ...]]:
    """``(text, regions)`` for ``source``; see the module docstring. Never raises."""
    try:
        return _run(source, markdown)
    except Exception:  # a scanner bug must not stop a check: fall back to the raw text
        return source, ()


def build_document(path: str, source: str, encoding: str = "utf-8") -> Document:
    """A Markdown Document from already decoded text (no I/O)."""
    text, regions = scan_markup(source, markdown=True)
    return Document(path, "markdown", source, text, encoding, regions)


class MarkdownReader:
    """CommonMark/GFM-flavoured Markdown; ``.md`` and ``.markdown``."""

    name = "markdown"
    suffixes: tuple[str, ...] = (".md", ".markdown", ".mdown", ".mkd")
    textual = True

    def sniff(self, data: bytes) -> bool:
        return False  # Markdown is chosen by suffix; unknown text falls back to the text reader

    def read(self, path: str, data: bytes) -> Document:
        source, encoding = decode(data, path)
        return build_document(path, source, encoding)


READER = MarkdownReader()

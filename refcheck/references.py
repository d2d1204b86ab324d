"""The reference list: find its section, split it into entries, parse each entry into fields.

Three verbs, each usable alone: ``find_reference_section`` (a heading, or with none the trailing
block of reference-like lines), ``split_references`` (entries by label, line or paragraph) and
``parse_reference`` (fields, in ``refparse_fields``; author names in ``refparse_names``). Lines are
judged by their shape ("starts like an entry": Surname + initials, a bullet, a number label) so
that numbered styles and new heading words are a table entry here, not a rewrite. In a list of one
entry per line, a line also starts an entry when the line before ended one (a full stop, a DOI or
URL, "12:345–356") and it starts like a name, however long its author list is before the year.

Everything scans ``doc.source`` line by line with bounded per-line regexes: headings are searched
for by keyword first and only short lines are examined, so a 1 MB line or a 50 MB file stays
linear.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from refcheck.keycites import ALPHA_KEY
from refcheck.model import Document, Reference, Span
from refcheck.refparse_cjk_brackets import bracketed_entry
from refcheck.refparse_fields import (
    CJK_START,
    UNPUBLISHED_YEAR,
    Fields,
    bare_chapter,
    bare_database,
    bare_publisher,
    bare_title,
    checked_pages,
    conference_place,
    container_without_link,
    mla_issue,
    page_or_year,
    parse_fields,
)
from refcheck.refparse_names import (
    LOWER_CASE_PERSON,
    is_camel_name,
    is_initials,
    is_name_particle,
    is_name_word,
    names_are_editors,
)
from refcheck.refparse_version import with_whole_version
from refcheck.refparse_web import ieee_online, lncs_web_page

_REFERENCE_HEADINGS = (
    "references",
    "reference list",
    "list of references",
    "references cited",
    "cited references",
    "literature cited",
    "cited literature",
    "works cited",
    "works consulted",
    "sources cited",
    "literature",
    "bibliography",
    "references and bibliography",
    "bibliography and references",
    "select bibliography",
    "selected bibliography",
    "sources",
    "notes and references",
    "references and notes",
    "список литературы",
    "список использованной литературы",
    "список источников",
    "литература",
    "библиография",
    "әдебиеттер",
    "әдебиеттер тізімі",
    "пайдаланылған әдебиеттер",
    "literatur",
    "literaturverzeichnis",
    "literaturangaben",
    "références",
    "références bibliographiques",
    "bibliographie",
    "bibliografía",
    "bibliografia",
    "referencias",
    "referencias bibliográficas",
    "referências",
    "riferimenti bibliografici",
    "literatuur",
    "kaynakça",
    "kaynaklar",
    "piśmiennictwo",
    "literatura",
    "seznam literatury",
    "použitá literatura",
    "literatuurlijst",
    "referenties",
    "referenser",
    "litteratur",
    "källor",
    "referanser",
    "lähteet",
    "kirjallisuus",
    "irodalom",
    "felhasznált irodalom",
    "βιβλιογραφία",
    "αναφορές",
    # Chinese, Japanese, Korean
    "参考文献",
    "參考文獻",
    "主要参考文献",
    "引用文献",
    "参考资料",
    "참고문헌",
    "참고 문헌",
)
_END_HEADINGS = (
    r"appendix|appendices|annex(?:es|e)?|supplementary|supplemental|supporting\s+information"
    r"|acknowledg(?:e)?ments?|notes|endnotes|footnotes|author\s+contributions?"
    r"|authors'?\s+contributions?|tables?|figure\s+legends|figures?|figure\s+captions"
    r"|funding|conflicts?\s+of\s+interests?|competing\s+interests?|declarations?"
    r"|data\s+availability|about\s+the\s+authors?|abbreviations|приложени[ея]|anhang"
    r"|致谢|致謝|附录|附錄|謝辞|付録|감사의\s*글|부록"
)
_NAMES = "|".join(re.escape(n) for n in sorted(_REFERENCE_HEADINGS, key=len, reverse=True))
_NUMBERING = r"(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivxlc]{1,7}\.?|[a-z]\.)\s+)?"
_MARK = r"(?:[*_]{1,3}\s*)?"
_HEADING_LINE = re.compile(
    rf"(?:#{{1,6}}\s*)?{_MARK}{_NUMBERING}{_MARK}(?P<name>{_NAMES})\s*[:.]?\s*{_MARK}:?\s*#*",
    re.IGNORECASE,
)
_END_LINE = re.compile(
    rf"(?:#{{1,6}}\s*)?{_MARK}{_NUMBERING}{_MARK}(?:{_END_HEADINGS})\b.{{0,60}}",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"#{1,6}\s+\S")
_LABEL = re.compile(
    r"[ \t]*(?:(?P<bullet>[-*•–—+·▪►])[ \t]+|\[(?P<n1>\d{1,4})\][ \t]*|\((?P<n2>\d{1,4})\)[ \t]+|(?P<n3>\d{1,4})[.)][ \t]+"
    rf"|\[(?P<key>{ALPHA_KEY})\][ \t]+)"
)
_YEARISH = re.compile(
    r"(?<!\d)(?:1[5-9]\d{2}|20\d{2})(?!\d)|\bn\.\s?d\.|\((?:in\s+press|forthcoming)(?:-[a-z])?\)"
    rf"|\((?:{UNPUBLISHED_YEAR})\)"
    r"|(?<=[.,]\s)(?:[Ff]orthcoming|[Ii]n\s+press)[.,]"  # Chicago: "Taylor, Charles. Forthcoming."
)
# (APA's letters for several undated or in-press works of one author: "(n.d.-a)", "(in press-b)")
_PAREN_YEARISH = re.compile(
    r"\((?:1[5-9]\d{2}|20\d{2})[a-z]?[,)]|\((?:n\.\s?d\.|in\s+press|forthcoming)(?:-[a-z])?\)"
    rf"|\((?:{UNPUBLISHED_YEAR})\)"
)
_MAX_HEADING = 100


@dataclass(frozen=True, slots=True)
class ReferenceSection:
    """Where the list is: ``heading`` (None when found without one) and the entries' block
    ``[start, end)`` in source offsets; ``end`` stops before a following appendix/heading."""

    heading: Span | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the line's first character
    end: int  # offset of its end (before the newline)
    content: int  # offset of the first non-blank character after any label
    label: str | None  # "1" for "1.", "[1]", "1)", "(1)"; "" for a bullet; None without


def _label_of(line: str) -> tuple[int, str | None]:
    """Length of the bullet/number label at the start of ``line`` and the label's number."""
    match = _LABEL.match(line)
    if not match:
        return 0, None
    if match.group("bullet"):
        return match.end(), ""
    if match.group("key"):
        return match.end(), f"[{match.group('key')}]"  # BibTeX's alpha style: "[Qui93]"
    number = match.group("n1") or match.group("n2") or match.group("n3") or ""
    if match.group("n3") and 1500 <= int(number) <= 2099:
        return 0, None  # "2015. Title" is a year on a wrapped line, not a label
    return match.end(), number


_LOWER_CASE_AUTHOR = re.compile(
    rf"{LOWER_CASE_PERSON}(?:\s*\(?(?:1[5-9]|20)\d\d|\.?\s+(?=[A-Z\"“*_][^\n]{{0,150}}\b(?:1[5-9]|20)\d\d))"
)


def _may_start_entry(head: str) -> bool:
    """Entries start in upper case, with a particle or a camel-case name ("daSilva"), or with
    the dashes that repeat the authors of the entry before ("———. 2011."), or with a quoted
    title (MLA's entries without an author: '"Climate Change." Encyclopaedia …')."""
    head = head.lstrip('"“«') or head
    if head[0].isupper() or head.startswith(("——", "––", "---")):
        return True
    if _LOWER_CASE_AUTHOR.match(head):
        return True  # "hooks, b. (1994).": an author who writes her name in lower case
    first = head.split(None, 1)[0].rstrip(",.")
    return is_name_particle(first) or is_camel_name(first)


def _family_then_initials(tokens: list[str]) -> bool:
    """ "van der Goes van Naters W," / "te Riet J," / "daSilva L,": a Vancouver first author
    whose family name has lower-case parts, up to the initials and their comma."""
    for count, token in enumerate(tokens):
        core = token.rstrip(",.")
        if token.endswith(","):
            return count > 0 and is_initials(core)
        if not (is_name_word(core) or is_name_particle(core) or is_camel_name(core)):
            return False
    return False


# a body as the author, then the year in a sentence of its own: "National Research Council.
# 2011.", "Intergovernmental Panel on Climate Change (IPCC). 2014."
_BODY_THEN_YEAR = re.compile(
    r"(?:[A-Z][\w&'’.-]*|of|for|and|on|in|the|&)(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|on|in|the|&|\([A-Z]{2,10}\))){1,9}"
    r"\.\s+(?:1[5-9]|20)\d\d[a-z]?\."
)


def starts_like_entry(line: str, reach: int = 110) -> bool:
    """Does this line (label removed) begin the way a reference entry begins?

    "Family G.", "Family, G.", "Family, Given", "Family Given.", "G. Family" followed by a year
    within ``reach`` characters (~100 by default; a long author list needs more), or anything
    with "(2009)" early (corporate and title-first entries).
    """
    head = line[: max(160, reach + 50)].lstrip(' \t*_"“«')
    if head and CJK_START.match(head):
        return bool(_YEARISH.search(head[:reach]))  # "张三, 李四. 基于…[J]. 计算机学报, 2018"
    if not head or not _may_start_entry(head):
        return False  # "van Herpen M. H.", "daSilva L" may start in lower case; others do not
    if _SAME_AUTHORS.match(head):
        return bool(_YEARISH.search(head[:40]))  # "———. 2011." / "——— (2011)"
    if _PAREN_YEARISH.search(head[:150]) or _BODY_THEN_YEAR.match(head):
        return True
    if _LOWER_CASE_AUTHOR.match(head):
        return True  # MLA's "hooks, bell. Ain't I a Woman. South End Press, 1981."
    if not _YEARISH.search(head[:reach]):
        return False
    tokens = head.split(None, 6)[:6]
    if _family_then_initials(tokens):
        return True
    index = 0
    while index < len(tokens) - 1 and is_name_particle(tokens[index]):
        index += 1
    if index + 1 >= len(tokens):
        return False
    first, second = tokens[index], tokens[index + 1].rstrip(",;")
    first_core = first.rstrip(",.")
    if is_initials(first.rstrip(",")):
        return is_name_word(second.rstrip("."))
    if not is_name_word(first_core):
        return False
    if first.endswith(","):
        return is_initials(second) or is_name_word(second.rstrip("."))
    if is_initials(second):
        return True
    if tokens[index + 1].endswith((",", ".")) and is_name_word(tokens[index + 1].rstrip(",.")):
        return True
    return (
        is_name_word(second)
        and len(tokens) > index + 2
        and is_initials(tokens[index + 2].rstrip(","))
    )


_LONG_REACH = 2500
_SAME_AUTHORS = re.compile(r"(?:[—–]{2,}|-{3,})\s*[.,:]?")
_CONTINUES = re.compile(r"(?:[,;&]|\band|\bet)\s*$", re.IGNORECASE)
_ENDS_WITH_LINK = re.compile(
    r"(?:\b10\.\d{4,9}/|(?:https?|ftp)://|\bwww\.)[^\s]*$|\bPMC?ID:?\s*(?:PMC)?\d+\s*$"
    r"|\d:\s*[A-Za-z]{0,3}\d+(?:\s*[-–]\s*[A-Za-z]{0,3}\d+)?$",
    re.IGNORECASE,
)


def _ends_entry(text: str) -> bool:
    """Does a line end the way an entry ends: a full stop, a closing bracket, a DOI/URL/PMID
    (eLife and PLOS print "doi: 10.1/x" last, with no full stop after it) or a journal's
    "12:345–356"?"""
    text = text.rstrip()
    if text[-1:] in ".)]>":
        return True
    return bool(_ENDS_WITH_LINK.search(text[-300:]))


def _continues(text: str) -> bool:
    """A line that stops mid-list ("Smith J," / "... and") is continued by the next line."""
    return bool(_CONTINUES.search(text[-8:]))


def _is_reference_like(line: str) -> bool:
    size, number = _label_of(line)
    rest = line[size:]
    if number:
        return bool(_YEARISH.search(rest[:300]))
    return starts_like_entry(rest)


def _line_at(source: str, start: int) -> tuple[int, int]:
    end = source.find("\n", start)
    end = len(source) if end == -1 else end
    return start, end


def _heading_lines(source: str) -> list[tuple[int, int]]:
    """Lines that are a reference-list heading and nothing else, in order.

    Searched with ``str.find`` per heading word on a lower-cased copy (C speed; an
    IGNORECASE alternation regex is ~50x slower on a large file); each hit is judged by its
    own short line only, so a 1 MB line costs one bounded look per hit.
    """
    lowered = source.lower()
    if len(lowered) != len(source):  # a few characters lower-case to two; offsets would drift
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in source)
    starts: set[int] = set()
    found: list[tuple[int, int]] = []
    for name in _REFERENCE_HEADINGS:
        hit = lowered.find(name)
        while hit != -1:
            newline = lowered.rfind("\n", max(0, hit - 30), hit)
            if newline != -1 or hit <= 30:
                line_start = newline + 1
                line_end = lowered.find("\n", hit, line_start + _MAX_HEADING + 1)
                if line_end == -1 and len(lowered) - line_start <= _MAX_HEADING:
                    line_end = len(lowered)
                if line_end != -1 and line_start not in starts:
                    text = source[line_start:line_end].strip()
                    if _HEADING_LINE.fullmatch(text):
                        starts.add(line_start)
                        found.append((line_start, line_end))
            hit = lowered.find(name, hit + len(name))
    return sorted(found)


def _next_lines(source: str, start: int, limit: int) -> list[tuple[int, int]]:
    """Up to ``limit`` non-blank lines from ``start``, as (start, end) offsets."""
    lines: list[tuple[int, int]] = []
    position = start
    while position <= len(source) and len(lines) < limit:
        line_start, line_end = _line_at(source, position)
        if source[line_start:line_end].strip():
            lines.append((line_start, line_end))
        if line_end >= len(source):
            break
        position = line_end + 1
    return lines


def _is_end_heading(
    doc: Document, line_start: int, line_end: int, heading_starts: set[int]
) -> bool:
    if line_start in heading_starts:
        return True
    if line_end - line_start > _MAX_HEADING:
        return False
    text = doc.source[line_start:line_end].strip()
    if _MD_HEADING.match(text):
        return True
    return bool(_END_LINE.fullmatch(text)) and not _is_reference_like(text)


def _section_end(doc: Document, start: int) -> int:
    """Offset after the last non-blank character before the next appendix/heading line."""
    source = doc.source
    heading_starts = {
        source.rfind("\n", 0, region.start) + 1
        for region in doc.regions
        if region.kind == "heading" and region.start >= start
    }
    end = len(source)
    position = start
    while position < len(source):
        line_start, line_end = _line_at(source, position)
        if line_start > start and _is_end_heading(doc, line_start, line_end, heading_starts):
            end = line_start
            break
        position = line_end + 1
    return len(source[:end].rstrip()) if end > start else start


def _first_content(source: str, position: int) -> int:
    """Start of the first non-blank line at or after ``position`` (the block's first entry)."""
    while position < len(source):
        line_start, line_end = _line_at(source, position)
        if not _is_blank(source[line_start:line_end]):
            return line_start
        position = line_end + 1
    return len(source)


def _is_blank(line: str) -> bool:
    """Blank, or a rule line: a setext underline ("=====") or a thematic break ("---")."""
    stripped = line.strip()
    return not stripped or (len(stripped) >= 3 and not stripped.strip("=-*_ "))


def _trailing_block(source: str) -> int | None:
    """With no heading: start of the trailing run of >= 3 reference-like entries, or None.

    Walks back from the end; lines that are not reference-like are kept only as wrapped
    continuations directly under an entry (no blank line between).
    """
    position = len(source.rstrip())
    block_start: int | None = None
    entries = 0
    pending = 0  # continuation lines seen (going up) that still need an entry above them
    blank_since = False
    while position > 0:
        line_start = source.rfind("\n", 0, position) + 1
        line = source[line_start:position]
        position = line_start - 1
        if not line.strip():
            if pending:
                break
            blank_since = True
            continue
        if len(line) <= 5000 and _is_reference_like(line):
            entries += 1
            block_start = line_start
            pending = 0
        else:
            pending += 1
            if pending > 5 or (blank_since and entries == 0):
                break
        blank_since = False
        if position < 0:
            break
    if entries >= 3 and block_start is not None:
        return block_start
    return None


def find_reference_section(doc: Document) -> ReferenceSection | None:
    """The reference list's heading and entries block; without a heading the trailing block of
    reference-like lines (at least three); None when there is neither."""
    source = doc.source
    headings = _heading_lines(source)
    chosen: tuple[int, int] | None = None
    for line_start, line_end in headings:
        following = _next_lines(source, line_end + 1, 3)
        if any(_is_reference_like(source[a:b]) for a, b in following):
            chosen = (line_start, line_end)
    if chosen is None:
        strong = [
            (a, b)
            for a, b in headings
            if "sources" not in source[a:b].lower() and _next_lines(source, b + 1, 1)
        ]
        chosen = strong[-1] if strong else None
    if chosen is not None:
        line_start, line_end = chosen
        text = source[line_start:line_end]
        offset = len(text) - len(text.lstrip())
        heading = doc.span(line_start + offset, line_start + len(text.rstrip()))
        start = _first_content(source, line_end + 1)
        return ReferenceSection(heading, start, max(start, _section_end(doc, start)))
    block = _trailing_block(source)
    if block is None:
        return None
    return ReferenceSection(None, block, max(block, _section_end(doc, block)))


@dataclass(slots=True)
class _Entry:
    start: int
    end: int
    label: str | None
    indent: int


def _lines(source: str, start: int, end: int) -> list[_Line | None]:
    """The block's lines with their labels; None marks a blank line."""
    lines: list[_Line | None] = []
    position = start
    while position < end:
        line_end = source.find("\n", position, end)
        line_end = end if line_end == -1 else line_end
        text = source[position:line_end]
        if not _is_blank(text):
            size, label = _label_of(text)
            content = position + size + (len(text[size:]) - len(text[size:].lstrip()))
            lines.append(_Line(position, line_end, content, label))
        else:
            lines.append(None)
        position = line_end + 1
    return lines


def _indent(source: str, line: _Line) -> int:
    text = source[line.start : line.end]
    return len(text) - len(text.lstrip())


# a line that a wrapped author list ends without its year: "Grady, J. S., Her, M., & Yelinek, J."
_NAMES_GO_ON = re.compile(r"(?:[,&]|\band|\b[A-Z]\.)\s*$")


def _names_wrap_to_year(source: str, line: _Line, after: _Line | None) -> bool:
    """Whether a line with no year starts an entry whose year is on the next line (a list
    wrapped at a fixed width, with no indent to tell the entries apart)."""
    text = source[line.content : line.end]
    if after is None or _YEARISH.search(text) or not _NAMES_GO_ON.search(text):
        return False
    return starts_like_entry(f"{text} {source[after.content : after.end]}", _LONG_REACH)


def _split(doc: Document, section: ReferenceSection) -> list[tuple[int, int, str | None]]:
    source = doc.source
    start, end = max(0, section.start), min(len(source), section.end)
    lines = _lines(source, start, end)
    present = [line for line in lines if line is not None]
    if not present:
        return []
    firsts = [
        line for prev, line in zip([None, *lines], lines, strict=False) if line and prev is None
    ]
    labelled_mode = sum(1 for line in firsts if line.label is not None) * 2 >= len(firsts)
    entry_like = {
        line.start: starts_like_entry(source[line.content : line.end]) for line in present
    }
    followers = [
        line for prev, line in zip([None, *lines], lines, strict=False) if line and prev is not None
    ]
    # Blank lines separate entries when entry-like lines inside paragraphs are rare compared
    # with the number of paragraphs (a wrapped line may happen to start with a name).
    paragraph_mode = (
        len(firsts) >= 2
        and bool(followers)
        and sum(1 for line in followers if entry_like[line.start]) * 3 <= len(firsts)
    )
    # A long author list pushes the year beyond the usual reach: such a line still starts an
    # entry when the line before it ended one (eLife: "... doi: 10.1/x" then 22 authors).
    entry_like_long = {
        line.start: entry_like[line.start]
        or starts_like_entry(source[line.content : line.end], _LONG_REACH)
        or _names_wrap_to_year(source, line, after)
        for line, after in zip(lines, [*lines[1:], None], strict=True)
        if line is not None
    }
    one_per_line = sum(entry_like_long.values()) * 5 >= len(present) * 3
    entries: list[_Entry] = []
    previous: _Line | None = None
    for line in lines:
        if line is None:
            previous = None
            continue
        if line.label is not None or previous is None or not entries:
            new = True
        elif labelled_mode or paragraph_mode or _indent(source, line) > entries[-1].indent:
            new = False  # labels or blank lines mark entries; a deeper indent continues one
        else:
            before = source[max(previous.start, previous.end - 300) : previous.end]
            ended = _ends_entry(before)
            new = (entry_like[line.start] and not _continues(before)) or (
                ended
                and (
                    entry_like_long[line.start]
                    or (one_per_line and _may_start_entry(source[line.content : line.end]))
                )
            )
        if new:
            entries.append(
                _Entry(line.content, line.end, line.label or None, _indent(source, line))
            )
        else:
            entries[-1].end = line.end
        previous = line
    result: list[tuple[int, int, str | None]] = []
    for entry in entries:
        text = source[entry.start : entry.end]
        # (a label with nothing after it, "- " then the entry on the next line, leaves the start
        # at the line break)
        trimmed_start = entry.start + len(text) - len(text.lstrip())
        trimmed_end = entry.start + len(text.rstrip())
        if trimmed_end > trimmed_start:
            result.append((trimmed_start, trimmed_end, entry.label))
    return result


def split_references(doc: Document, section: ReferenceSection) -> tuple[tuple[int, int], ...]:
    """Offsets ``(start, end)`` of each entry, bullets/numbering excluded, trailing space trimmed."""
    return tuple((start, end) for start, end, _ in _split(doc, section))


def _reference(
    fields: Fields, raw: str, id: str, span: Span | None, origin: str, label: str | None
) -> Reference:
    # an alpha key printed as the label ("[Qui93] J. R. Quinlan. …") is what the text cites
    # the entry by, as a LaTeX key is: the entry takes it as its key, and has no number
    key = label[1:-1] if label and label.startswith("[") else None
    return Reference(
        id=id,
        raw=raw,
        span=span,
        label=None if key else label,
        key=key,
        authors=fields.authors,
        corporate=fields.corporate,
        et_al=fields.et_al,
        editors=names_are_editors(raw, fields.authors),
        year=fields.year,
        title=fields.title,
        container=fields.container,
        volume=fields.volume,
        issue=fields.issue,
        pages=fields.pages,
        doi=fields.doi,
        doi_raw=fields.doi_raw,
        url=fields.url,
        urls=fields.urls,
        accessed=fields.accessed,
        kind=fields.kind,
        publisher=fields.publisher,
        origin=origin,
    )


def parse_reference(
    raw: str, id: str, span: Span | None = None, origin: str = "manuscript"
) -> Reference:
    """Fields of one entry. Never raises: an unparseable entry keeps ``raw`` and empty fields."""
    return _parse_labelled(raw, id, span, origin, None)


def _parse_labelled(
    raw: str, id: str, span: Span | None, origin: str, label: str | None
) -> Reference:
    return _reference(_fields(raw), raw, id, span, origin, label)


# "combined": the rules, with the learned labeller's fields where it is better (refcheck.crf);
# "rules": the rules alone (the benchmarks compare the two).
PARSER = "combined"


# A Markdown link inside an entry, "[Second paper](https://example.org/second)": its text is
# the entry's words, its target a link the entry gives (read after the entry's other parts)
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]{1,500})\]\((<[^<>\s]+>|[a-z][a-z0-9+.-]*://[^()\s]+)\)")


def _without_link_markup(raw: str) -> str:
    if "](" not in raw:
        return raw
    targets: list[str] = []

    def text(link: re.Match[str]) -> str:
        targets.append(link.group(2).strip("<>"))
        return link.group(1)

    words = _MARKDOWN_LINK.sub(text, raw)
    return words + "".join(f" {target}" for target in targets if target not in words)


# full-width punctuation of Chinese and Japanese entries set in the APA pattern ("刘晓明（2015）．
# 中国经济的增长．北京：经济科学出版社．"): the parsers read stops, brackets and colons in their
# ASCII forms
_FULL_WIDTH = str.maketrans(
    {"（": " (", "）": ") ", "．": ". ", "，": ", ", "：": ": ", "；": "; "}
)


def _half_width(raw: str) -> str:
    if "．" not in raw and "（" not in raw:
        return raw
    text = " ".join(raw.translate(_FULL_WIDTH).split())
    return re.sub(r"\s+(?=[.,:;)])|(?<=\()\s+", "", text)


def _fields(raw: str) -> Fields:
    raw = _half_width(_without_link_markup(raw))
    try:
        fields = parse_fields(raw)
    except Exception:  # a parser bug must not stop the check; the entry keeps its raw text
        fields = Fields()
    special = (
        lncs_web_page(raw, fields)
        or ieee_online(raw, fields)
        or (bracketed_entry(raw, fields) if "「" in raw or "『" in raw else None)
    )
    if special is not None:
        fields = special  # a shape the labeller never saw (refparse_web, refparse_cjk_brackets)
    elif PARSER == "combined":
        from refcheck.crf.combine import combine

        with contextlib.suppress(Exception):  # the labeller must never stop a check either
            fields = combine(raw, fields)
    fields = with_whole_version(" ".join(raw.split()), fields)
    fields.pages = checked_pages(fields.pages)
    page_or_year(fields, raw)
    bare_publisher(fields)
    bare_title(fields)
    bare_chapter(fields, raw)
    mla_issue(fields, raw)
    bare_database(fields)
    conference_place(fields)
    container_without_link(fields)
    if (
        fields.container
        and fields.title
        and fields.container in fields.title
        and not (fields.volume or fields.issue or fields.pages)
        and " ".join(raw.split()).count(fields.container) == 1
    ):
        # "Climate Change 2007: The Physical Science Basis", container "The Physical Science
        # Basis": the entry prints it once, so it cannot be both; a book's title has it
        fields.container = None
    return fields


def _extract(doc: Document, section: ReferenceSection, origin: str) -> tuple[Reference, ...]:
    """Parse each entry; "———." (the same authors again) takes the entry before's authors."""
    references: list[Reference] = []
    for index, (start, end, label) in enumerate(_split(doc, section), start=1):
        raw = doc.source[start:end]
        fields = _fields(raw)
        if fields.same_authors and references and not fields.authors:
            before = references[-1]
            fields.authors, fields.corporate = before.authors, before.corporate
        references.append(_reference(fields, raw, f"r{index}", doc.span(start, end), origin, label))
    return tuple(references)


def extract_references(doc: Document) -> tuple[ReferenceSection | None, tuple[Reference, ...]]:
    """Find, split and parse; ids r1..rN in list order."""
    section = find_reference_section(doc)
    if section is None:
        return None, ()
    return section, _extract(doc, section, "manuscript")


def parse_reference_list(text: str, origin: str) -> tuple[Reference, ...]:
    """Parse a plain-text reference list (a ``--bib`` file that is not BibTeX).

    The whole text is the list. When it has a reference heading (on its first line, or after
    prose: a whole manuscript given as the bibliography) the entries after that heading are the
    list. Spans point into ``text`` so findings can name lines of that file.
    """
    doc = Document(path=origin, format="text", source=text)
    section = find_reference_section(doc)
    if section is None or section.heading is None:
        start = _first_content(text, 0)
        line_start, line_end = _line_at(text, start)
        if line_end - line_start <= _MAX_HEADING and _HEADING_LINE.fullmatch(
            text[line_start:line_end].strip()
        ):
            start = _first_content(text, line_end + 1)  # a heading with nothing shaped below
        section = ReferenceSection(None, start, max(start, len(text.rstrip())))
    if section.end <= section.start:
        return ()
    return _extract(doc, section, origin)

"""Citations that only the list's own entries make readable: each entry gives the pattern of
its citation, and the body is searched for it.

- By year range, for works published over several years: "(Freud, 1953–1974)", "Dickens
  (1836–37)", for entries that print the same range ("Freud, S. (1953–1974). The standard
  edition …"). The citation scanner reads no year range, because a range in brackets is far
  more often a span of dates than a citation ("(GMEP, 1955–1969)", "(2009–2011)").
- Run into prose without brackets: "See also Ortiz 2019 and Ruiz 2020 for reviews", "as
  documented in Lee and Park 2016". The scanner reads a name and a year without brackets only
  in shapes that cannot be anything else ("Turro et al., 2006", "Haas and Pitot, 1999"): a
  lone "Paris 2009" or "Windows 2010" is prose. Here a name and year are read where they are an
  entry's first author (and its second, or "et al.") and its year exactly, after a word of
  prose in lower case ("see", "in", "and"), so a heading or a sentence that opens with a name
  is left alone.
- With the year written before the names, as APA allows when both stand in the sentence: "In
  2019, Jones and Park showed", "In their 2019 paper, Jones and Park", "a 2019 study by Jones
  et al.", "Jones and Park's 2019 study". Read only where names and year are an entry's exactly.

Why: without them such works were reported uncited although the text cites them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from refcheck.intervals import Intervals
from refcheck.model import Citation, Document, Reference

_YEAR = r"(?:1[5-9]|20)\d\d"
# an entry's range, in its first characters: "(1953–1974)", "1836-37."
_ENTRY_RANGE = re.compile(rf"(?<!\d)({_YEAR})\s*[–-]\s*({_YEAR}|\d\d)(?!\d)")
_HEAD = 200  # an entry's date stands within its first characters
_NAME_END = r"(?![\w'’-])"
# what may follow the family name before the range: "et al.", a second name, then the comma of
# a parenthetical citation or the bracket of a narrative one
_BETWEEN = r"(?P<etal>\s+et\s+al\.?)?(?:\s+(?:and|&)\s+(?P<second>[\w'’-]+))?(?P<sep>,\s*|\s+\(\s*)"
# what may stand before a bracketless citation: a word of prose in lower case, or a comma or
# semicolon (after prose, or after the year of the citation before: "See Foucault 1977;
# Bourdieu 1984.")
_BEFORE = re.compile(r"(?:[a-z][a-z.]|[a-z\d][,;]|\s[,;])\s\Z")
_AFTER = r"(?![\w'’/–-]|\.\d)"

_Match = tuple[int, int, re.Match[str], Reference]
_Found = tuple[int, int, int, re.Match[str], Reference]  # (group number, start, end, …)


def _search(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    citations: Sequence[Citation],
    references: Sequence[Reference],
    pattern_of: Callable[[Reference], str | None],
    end_of: Callable[[re.Match[str]], int | None],
) -> list[_Found]:
    """Each match of an entry's pattern (``pattern_of``, None: the entry has none) in
    ``ranges`` that overlaps no citation read before nor another match, in offset order, with
    its group number; ``end_of`` gives where the citation ends (None: no citation there)."""
    patterns = {p: r for r in references if (p := pattern_of(r)) is not None}
    read = Intervals((c.span.start, c.span.end) for c in citations)
    taken: list[tuple[int, int]] = []  # (the matches so far: few)
    found: list[_Match] = []
    for pattern, reference in sorted(patterns.items()):
        compiled = re.compile(pattern)
        for lo, hi in ranges:
            for match in compiled.finditer(doc.source, lo, hi):
                start, end = match.start(), end_of(match)
                if (
                    end is None
                    or read.overlaps(start, end)
                    or any(s < end and start < e for s, e in taken)
                ):
                    continue
                taken.append((start, end))
                found.append((start, end, match, reference))
    return [(number, *item) for number, item in enumerate(sorted(found, key=lambda i: i[:2]), 1)]


def extract_range_citations(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    citations: Sequence[Citation],
    references: Sequence[Reference],
) -> tuple[Citation, ...]:
    """The body's citations by year range of the entries that print one, in offset order;
    each is a group of its own. Ids are left for the caller to number."""
    source = doc.source

    def end_of(match: re.Match[str]) -> int:
        closes = "(" in match.group("sep") and source.startswith(")", match.end())
        return match.end() + closes  # a narrative citation takes its closing bracket

    return tuple(
        Citation(
            id="",
            kind="author-date",
            text=source[start:end],
            span=doc.span(start, end),
            authors=tuple(name for name in match.group("first", "second") if name),
            year=" ".join(match.group("years").split()),
            narrative="(" in match.group("sep"),
            et_al=match.group("etal") is not None,
            group=number,
        )
        for number, start, end, match, _ in _search(
            doc, ranges, citations, references, _range_pattern, end_of
        )
    )


def _range_pattern(reference: Reference) -> str | None:
    """The pattern of the citations of ``reference`` by its range, if it prints one."""
    if not reference.authors or not reference.year or reference.corporate:
        return None
    printed = _ENTRY_RANGE.search(reference.raw, 0, _HEAD)
    if printed is None or printed.group(1) != reference.year[:4]:
        return None
    first, last = printed.groups()
    ends = sorted({last, last[-2:], first[:2] + last[-2:]}, key=len, reverse=True)
    family = re.escape(reference.authors[0].family)
    return (
        rf"(?<![\w'’-])(?P<first>{family}){_NAME_END}{_BETWEEN}"
        rf"(?P<years>{first}\s*[–-]\s*(?:{'|'.join(ends)})(?!\d))"
    )


def extract_bare_citations(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    citations: Sequence[Citation],
    references: Sequence[Reference],
) -> tuple[Citation, ...]:
    """The body's bracketless citations of listed works, in offset order; each is a group of
    its own. Ids are left for the caller to number."""
    source = doc.source

    def end_of(match: re.Match[str]) -> int | None:
        after_prose = _BEFORE.search(source, max(0, match.start() - 3), match.start())
        return match.end() if after_prose else None

    return tuple(
        _listed_citation(doc, start, end, reference, number)
        for number, start, end, _, reference in _search(
            doc, ranges, citations, references, _bare_pattern, end_of
        )
    )


def _listed_citation(
    doc: Document, start: int, end: int, reference: Reference, group: int
) -> Citation:
    """A narrative citation of ``reference`` printed at ``start:end`` with the names its
    citations print."""
    names = _cited_names(reference)
    return Citation(
        id="",
        kind="author-date",
        text=doc.source[start:end],
        span=doc.span(start, end),
        authors=names,
        year=reference.year,
        narrative=True,
        et_al=len(names) == 1 and len(reference.authors) > 1,
        group=group,
    )


def _cited_names(reference: Reference) -> tuple[str, ...]:
    """The names a citation prints: one, two, or the first before "et al."."""
    families = tuple(person.family for person in reference.authors)
    return families if len(families) == 2 and not reference.et_al else families[:1]


def _bare_pattern(reference: Reference) -> str | None:
    """The pattern of the bracketless citation of ``reference``, or None."""
    names = _names_pattern(reference)
    if names is None or reference.year is None:
        return None
    return rf"{names},?\s+{reference.year}{_AFTER}"


# the words that name a work between its year and its authors: "a 2019 study by"
_WORK = (
    r"(?:study|studies|paper|article|review|book|report|survey|analysis|meta-analysis|trial|"
    r"experiment|work|monograph|essay|chapter|thesis|dissertation|account|model|commentary|"
    r"lecture|address|edition|overview|synthesis|critique|investigation)"
)
_DETERMINER = r"(?:[Aa]n?|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)"


# a family name as prose prints it, without a possessive ("O'Neil", not "Park's"), then a
# second one or "et al."
_FAMILY = r"[A-Z][\w-]*(?:['’][A-Z][\w-]*)?"
_NAMES = rf"{_FAMILY}(?:\s+(?:and|&)\s+{_FAMILY}|\s+et\s+al\.?)?"
_PLAIN_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
# one pass over the text for every entry (a pattern per entry cost a scan of the text each)
_YEAR_FIRST = re.compile(
    rf"(?<![\w'’-])(?:[Ii]n\s+(?:{_DETERMINER}\s+)?(?P<y1>{_PLAIN_YEAR})(?:\s+{_WORK})?,?\s+"
    rf"|{_DETERMINER}\s+(?P<y2>{_PLAIN_YEAR})\s+{_WORK}\s+by\s+)"
    rf"(?P<n1>{_NAMES})(?![\w'’-])(?!\s*[,;]?\s*\(?\s*(?:1[5-9]|20)\d\d)"
    rf"|(?<![\w'’-])(?P<n2>{_NAMES})(?:['’]s|['’])\s+(?P<y3>{_PLAIN_YEAR})\s+{_WORK}(?![\w'’-])"
)


def extract_year_first_citations(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    citations: Sequence[Citation],
    references: Sequence[Reference],
) -> tuple[Citation, ...]:
    """The body's citations of listed works that print the year before the names ("In 2019,
    Jones and Park", "a 2019 study by Jones et al.") or after a possessive ("Jones and Park's
    2019 study"), in offset order; each is a group of its own. Ids are left for the caller."""
    by_year: dict[str, list[tuple[re.Pattern[str], Reference]]] = {}
    for reference in references:
        names = _names_pattern(reference)
        if names is not None and reference.year is not None:
            by_year.setdefault(reference.year, []).append((re.compile(names), reference))
    if not by_year:
        return ()
    read = Intervals((c.span.start, c.span.end) for c in citations)
    source = doc.source
    found: list[Citation] = []
    for lo, hi in ranges:
        for match in _YEAR_FIRST.finditer(source, lo, hi):
            year = match.group("y1") or match.group("y2") or match.group("y3")
            printed = match.group("n1") or match.group("n2")
            start, end = match.span()
            if read.overlaps(start, end):
                continue
            listed = next(
                (r for names, r in by_year.get(year, ()) if names.fullmatch(printed)), None
            )
            if listed is None:
                continue
            found.append(_listed_citation(doc, start, end, listed, len(found) + 1))
    return tuple(found)


def _names_pattern(reference: Reference) -> str | None:
    """The names of a citation of ``reference`` as a pattern ("Lee\\s+(?:and|&)\\s+Park",
    "Brown\\s+et\\s+al\\.?"), for entries with a plain year; None for others."""
    if not reference.authors or not reference.year or reference.corporate:
        return None
    if not re.fullmatch(r"(?:1[5-9]|20)\d\d[a-z]?", reference.year):
        return None
    first = re.escape(reference.authors[0].family)
    if len(reference.authors) == 1 and not reference.et_al:
        return first
    if len(reference.authors) == 2 and not reference.et_al:
        return rf"{first}\s+(?:and|&)\s+{re.escape(reference.authors[1].family)}"
    return rf"{first}\s+et\s+al\.?"

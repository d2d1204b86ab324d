"""Years in brackets that go back to the authors named just before: "Smith (2010) argued the
point, and later (2012a, 2012b) refined it", "… (Smith, 2010). In a later paper (2012, p. 4)
she …". Humanities and social-science prose writes a second work of the same author this way.

A bracket of years only is read as a citation of the last author-date citation's names when
it follows that citation in the same paragraph, with no other proper name between, and every
year fits a listed work of those authors; after a listed name and a verb of saying ("As Jones
notes (2012)") whatever the year, so that a wrong one is reported. Anything else stays prose:
such a bracket is as often a date ("the strike (1984)").

Why: without them the later works were reported uncited although the text cites them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refcheck.intervals import Intervals
from refcheck.match import YearKey, entry_year, names_open, without_possessive
from refcheck.model import Citation, Document, Reference

_YEARISH = r"(?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.|in\s+press|forthcoming)"
_LOCATOR = r"(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?"
# "(2012)", "(2012a, 2012b)", "(2012, 2014)", "(2012 and 2014)", "(2012, p. 4)", "(2012a, b)"
_YEARS_ONLY = re.compile(
    rf"\(\s*(?P<years>{_YEARISH}(?:\s*(?:,|,?\s+and|&)\s*(?:{_YEARISH}|[a-z](?![\w.])))*)"
    rf"(?:\s*[,:]\s*{_LOCATOR})?\s*\)"
)
_PIECE = re.compile(rf"{_YEARISH}|(?<![\w.])[a-z](?![\w.])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_REACH = 400  # characters from the citation to the bracket
_CLAUSE = 80  # characters before the bracket searched for a listed name ("As Jones notes")
_WORDS_BACK = 4


def extract_year_citations(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    citations: Sequence[Citation],
    references: Sequence[Reference],
) -> tuple[Citation, ...]:
    """The year-only brackets that cite the authors named before them, one citation per year
    (spanning the year alone, as the later years of "Smith (2004, 2005)" do), in offset
    order; ids are left for the caller to number."""
    named = sorted(
        (c for c in citations if c.kind == "author-date" and c.authors),
        key=lambda c: c.span.start,
    )
    if not (named or references):
        return ()
    taken = Intervals((c.span.start, c.span.end) for c in citations)
    source = doc.source
    found: list[Citation] = []
    for lo, hi in ranges:
        for bracket in _YEARS_ONLY.finditer(source, lo, hi):
            start, end = bracket.span()
            if taken.overlaps(start, end):
                continue
            pieces = _years(bracket)
            if not pieces:
                continue
            names: tuple[tuple[str, ...], bool] | None = None
            word = _named_just_before(source, max(lo, start - _CLAUSE), start, references)
            if word is not None and not taken.overlaps(word[0], start):
                # (unless a citation holds the name: "Lee and Kim (2016) …, later (2018)")
                names = (word[1],), False
            if names is None:
                before = _antecedent(named, start)
                if before is None or not _near(source, before.span.end, start):
                    continue
                names = (before.authors, before.et_al)
            works = [r for r in references if _same_authors(*names, r)]
            if not all(
                any(YearKey.of(year).fits(entry_year(r)) for r in works) for _, _, year in pieces
            ) and not (word is not None and _said(source, word, start)):
                continue  # (but "As Jones notes (2012)" cites Jones, whatever the year)
            group = len(found) + 1
            for p_start, p_end, year in pieces:
                found.append(
                    Citation(
                        id="",
                        kind="author-date",
                        text=source[p_start:p_end],
                        span=doc.span(p_start, p_end),
                        authors=names[0],
                        year=year,
                        narrative=True,
                        et_al=names[1],
                        group=group,
                    )
                )
    return tuple(found)


def _named_just_before(
    source: str, lo: int, start: int, references: Sequence[Reference]
) -> tuple[int, str] | None:
    """ "As Jones notes (2011, 33)", "Mumford's classic (1961)": a listed first author named a
    few words before the bracket, in the same sentence; where the name starts, and the name."""
    words = list(_CAPITALISED.finditer(source, lo, start))
    for word in reversed(words[-_WORDS_BACK:]):
        if re.search(r"[.!?;]\s", source[word.end() : start]):
            return None
        name = without_possessive(word.group())
        if any(_same_authors((name,), False, r) for r in references if not r.corporate):
            return word.start(), name
    return None


# a verb that reports what the author named just before wrote: "As Jones notes (2012)"
_SAYS = re.compile(
    r"\s+(?:notes|noted|argues|argued|suggests|suggested|observes|observed|writes|wrote|"
    r"claims|claimed|says|said|reports|reported|explains|explained|remarks|remarked|contends|"
    r"contended|maintains|maintained|states|stated|concludes|concluded|proposes|proposed|"
    r"insists|insisted|emphasi[sz]es|emphasi[sz]ed|stresses|stressed|puts\s+it|put\s+it)"
    r",?\s*\Z"
)


def _said(source: str, word: tuple[int, str], start: int) -> bool:
    """Whether the listed name ``word`` is the subject of a verb of saying right before the
    bracket ("As Jones notes (2012)"): a citation of Jones even where no work of the year is
    listed, so the year can be checked."""
    name_end = word[0] + len(word[1])
    return (
        source.startswith(word[1], word[0]) and _SAYS.fullmatch(source, name_end, start) is not None
    )


def _antecedent(named: Sequence[Citation], start: int) -> Citation | None:
    """The last author-date citation with names that ends before ``start``."""
    last = None
    for citation in named:
        if citation.span.end > start:
            break
        last = citation
    return last


def _near(source: str, end: int, start: int) -> bool:
    """In one paragraph, close, and no proper name between (another person's work)."""
    if start - end > _REACH or _PARAGRAPH_BREAK.search(source, end, start):
        return False
    for word in _CAPITALISED.finditer(source, end, start):
        opener = source[end : word.start()].rstrip(" \t\n\"“‘'")[-1:]
        if word.group() != "I" and opener not in {"", ".", "!", "?"}:
            return False  # "Smith (2010) … Jones's later paper (2012)"
    return True


def _years(bracket: re.Match[str]) -> list[tuple[int, int, str]]:
    """Each year of the bracket with its offsets; a lone letter takes the year before it
    ("2012a, b" -> 2012a, 2012b)."""
    pieces: list[tuple[int, int, str]] = []
    for piece in _PIECE.finditer(bracket.string, *bracket.span("years")):
        text = " ".join(piece.group().split())
        if len(text) == 1:
            if not pieces or not pieces[-1][2][:4].isdigit():
                return []
            text = pieces[-1][2][:4] + text
        pieces.append((piece.start(), piece.end(), text))
    return pieces


def _same_authors(authors: tuple[str, ...], et_al: bool, reference: Reference) -> bool:
    """The entry's first author is the first of ``authors``, and so is the second where they
    are two."""
    return names_open(authors[:2] if len(authors) == 2 and not et_al else authors[:1], reference)

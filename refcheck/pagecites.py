"""MLA's author-page citations: "(Eisenstein 45)", "(Johns 12-15; Febvre and Martin 77)",
"(Smith et al. 102)", "(Pettegree, Book in the Renaissance 20)" (a short title where the list
holds several works by the author), '("Race and Fiction" 12; Smith 5)' and "Baker disputes
(Blues 78)" (a title, quoted or by its first word, where the entry or the sentence names no
author). No year is printed, so the name decides the entry.

A capital word and a number in brackets is as often "(Table 3)" or "(Study 2)", so a citation is
read only where its first name is a listed first author's, or, once three such citations show
the paper cites this way, where it is a name that is no label word ("(Gutenberg 3)" with no
Gutenberg listed: a missing reference).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from refcheck.citations import SURNAME
from refcheck.intervals import Intervals
from refcheck.model import Citation, Document
from refcheck.notecites import printed_run, title_cited, title_words
from refcheck.textnorm import name_key

# a surname as the author-date reader knows it (particles, "Ramón y Cajal", "O'Brien"), or one in
# lower case, read only where the list has it ("hooks 33" for "hooks, bell.")
_NAMES = rf"(?P<first>{SURNAME}|[a-z][a-z'’-]{{1,30}})(?:\s+(?:and|&)\s+(?P<second>{SURNAME})|(?P<et_al>\s+et\s+al\.?))?"
_PAGES = r"(?P<pages>(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:,\s*\d{1,4})*)"
# a play's act, scene and lines: "3.1.56-60"
_LINES = r"(?P<lines>\d{1,3}\.\d{1,3}(?:\.\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?)"
_SEGMENT = re.compile(
    rf"{_NAMES}(?:,\s+(?P<title>[^,;()\d]{{2,80}}?))?\s+(?:{_PAGES}|(?<=\w\s){_LINES})"
)
_BRACKET = re.compile(r"\(([^()\n]{3,300})\)")
# capital words that a number follows in brackets and that are no author
_LABELS = frozenset(
    """table tables figure figures fig figs chapter chapters section sections part appendix phase
    study studies experiment experiments group groups day days week weeks month months year years
    model models step steps stage stages level levels grade type class box page pages line lines
    eq equation equations item items question questions case cases session sessions trial trials
    wave waves round rounds version article act scene book canto volume vol no number psalm
    verse chap sample samples patient patients participant participants panel panels file
    supplementary movie video plate map unit units lesson module term cohort arm""".split()
)
_EVIDENCE = 3  # listed names read before unlisted ones count


def extract_page_citations(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    families: Sequence[str],
    taken: Sequence[Citation] = (),
    titles: Sequence[str] = (),
) -> tuple[Citation, ...]:
    """Author-page citations in ``ranges``, in offset order, none overlapping a citation
    ``taken`` already; each bracket is a group. ``titles`` are the list's titles, which a paper
    that cites this way cites by a short title in quotes where the entry has no author or the
    prose names it ('("Climate Change")', '("Stranger" 160)'). Ids are left for the caller to
    number."""
    listed = {name_key(family) for family in families}
    occupied = Intervals((c.span.start, c.span.end) for c in taken)
    title_list = [title_words(title) for title in titles if title]
    found: list[tuple[Citation, bool]] = []
    group = 0
    for lo, hi in ranges:
        for bracket in _BRACKET.finditer(doc.source, lo, hi):
            if occupied.overlaps(bracket.start(), bracket.end()):
                continue
            segments = _segments(doc, bracket, listed, title_list)
            if not segments:
                continue
            group += 1
            for citation in segments:
                # a quoted title is the list's own; a title's first word alone ("Blues 78")
                # counts only as a capital word does, in a paper that cites this way
                if citation.authors:
                    known = name_key(citation.authors[0]) in listed
                else:
                    known = citation.text.startswith(('"', "“"))
                found.append((replace(citation, group=group), known))
    if sum(known for _, known in found) < _EVIDENCE:
        kept = [c for c, known in found if known]
    else:
        kept = [c for c, known in found if known or _capital_name(c)]
        claimed = Intervals((c.span.start, c.span.end) for c in (*taken, *kept))
        kept += _narrative(doc, ranges, families, claimed)
    # (a title is the list's own, so it needs no evidence that the paper cites this way)
    claimed = Intervals((c.span.start, c.span.end) for c in (*taken, *kept))
    kept += _titled(doc, ranges, title_list, claimed)
    return tuple(sorted(kept, key=lambda c: c.span.start))


# a short title in quotes and perhaps the pages: '"Stranger" 160', '"Climate Change"'; or a
# book's title (italic in print, plain in a text file) and the pages or a play's act, scene and
# lines: "Will in the World 45", "Hamlet 3.1.56-60"
_TITLED = re.compile(rf"[\"“](?P<title>[^\"“”]{{2,80}}?)[,.]?[\"”](?:,?\s+{_PAGES})?")
_PLAIN_TITLED = re.compile(rf"(?P<plain>[A-Z][^\"“”,;()\d]{{1,80}}?),?\s+(?:{_LINES}|{_PAGES})")


def _titled(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    titles: Sequence[Sequence[str]],
    occupied: Intervals,
) -> list[Citation]:
    """'("Climate Change")', '("Stranger" 160; "Girl" 29)': brackets whose every part is a
    listed title, whole or shortened, in quotes (a quotation in brackets names none)."""
    found: list[Citation] = []
    for lo, hi in ranges:
        for bracket in _BRACKET.finditer(doc.source, lo, hi):
            if occupied.overlaps(bracket.start(), bracket.end()):
                continue
            parts: list[Citation] = []
            start = bracket.start(1)
            for part in bracket.group(1).split(";"):
                lead = len(part) - len(part.lstrip())
                match = _TITLED.fullmatch(part.strip()) or _PLAIN_TITLED.fullmatch(part.strip())
                if match is None or not _cites_title(match, titles):
                    parts = []
                    break
                begin = start + lead
                fields = match.groupdict()
                parts.append(
                    _citation(
                        doc,
                        begin,
                        begin + len(part.strip()),
                        authors=(),
                        locator=fields.get("pages") or fields.get("lines"),
                        title=(fields.get("title") or fields["plain"]).strip(),
                        group=-bracket.start(),
                    )
                )
                start += len(part) + 1
            found.extend(parts)
    return found


def _cites_title(match: re.Match[str], titles: Sequence[Sequence[str]]) -> bool:
    """Whether a part's title is one of ``titles``: a quoted one whole or shortened, a plain
    one whole or by two words or more (a plain word before a number is as often a label)."""
    if match.re is _TITLED:
        printed = title_words(match.group("title"))
        return any(title_cited(printed, title) for title in titles)
    printed = title_words(match.group("plain"))
    if len(printed) == 1:
        return any(_without_article(title) == printed for title in titles)
    return any(printed_run(printed, title) == len(printed) for title in titles)


def _without_article(title: Sequence[str]) -> list[str]:
    return list(title[1:] if len(title) > 1 and title[0] in {"a", "an", "the"} else title)


_PAGES_ONLY = re.compile(rf"\((?:pp?\.\s*)?{_PAGES}\)")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“(])|\n")


def _narrative(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    families: Sequence[str],
    occupied: Intervals,
) -> list[Citation]:
    """ "Darnton asks what the history of books is (65)": pages alone in brackets, after a
    listed author named earlier in the sentence (only in a paper that cites this way)."""
    names = sorted({family for family in families if len(family) > 2}, key=len, reverse=True)
    if not names:
        return []
    name = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(n) for n in names)})(?![\w-])")
    found: list[Citation] = []
    for lo, hi in ranges:
        for pages in _PAGES_ONLY.finditer(doc.source, lo, hi):
            if occupied.overlaps(pages.start(), pages.end()):
                continue
            window = max(lo, pages.start() - 200)
            ends = list(_SENTENCE_END.finditer(doc.source, window, pages.start()))
            begin = ends[-1].end() if ends else window
            named = list(name.finditer(doc.source, begin, pages.start()))
            if not named:
                continue
            found.append(
                _citation(
                    doc,
                    named[-1].start(),
                    pages.end(),
                    authors=(named[-1].group(),),
                    locator=pages.group("pages"),
                    narrative=True,
                    group=-pages.start(),  # a group of its own
                )
            )
    return found


def _citation(doc: Document, start: int, end: int, **fields: Any) -> Citation:
    return Citation(
        id="", kind="author-page", text=doc.source[start:end], span=doc.span(start, end), **fields
    )


def _segments(
    doc: Document, bracket: re.Match[str], listed: set[str], titles: Sequence[Sequence[str]]
) -> list[Citation]:
    """The bracket's citations, or none unless every part of it is one. A part is a name and
    pages, or a short title and pages: in quotes ('("Race and Fiction" 12; Smith 5)'), or a
    book's first word where no listed author has that name ("Baker disputes (Blues 78)" for
    "Blues, Ideology, and Afro-American Literature")."""
    citations: list[Citation] = []
    start = bracket.start(1)
    for part in bracket.group(1).split(";"):
        begin = start + len(part) - len(part.lstrip())
        end = begin + len(part.strip())
        start += len(part) + 1
        found = _SEGMENT.fullmatch(part.strip())
        short = _short_title(part.strip(), found, listed, titles)
        if short is not None:
            title, pages = short
            citations.append(_citation(doc, begin, end, authors=(), locator=pages, title=title))
        elif found is None:
            return []
        else:
            names = tuple(name for name in (found.group("first"), found.group("second")) if name)
            citations.append(
                _citation(
                    doc,
                    begin,
                    end,
                    authors=names,
                    locator=found.group("pages") or found.group("lines"),
                    et_al=found.group("et_al") is not None,
                    et_al_text=found.group("et_al").strip() if found.group("et_al") else None,
                    title=found.group("title"),
                )
            )
    return citations


def _capital_name(citation: Citation) -> bool:
    """A name (or a title's first word) in capitals that is no label word ("Table", "Study")."""
    word = citation.authors[0] if citation.authors else (citation.title or "")
    return word[:1].isupper() and word.lower() not in _LABELS


def _short_title(
    part: str,
    found: re.Match[str] | None,
    listed: set[str],
    titles: Sequence[Sequence[str]],
) -> tuple[str, str | None] | None:
    """(title, pages) where a bracket's part cites a listed title, not a person."""
    if found is None:
        quoted = _TITLED.fullmatch(part)
        if quoted is None or not _cites_title(quoted, titles):
            return None
        return quoted.group("title").strip(), quoted.group("pages")
    name = found.group("first")
    if found.group("second") or found.group("et_al") or found.group("title"):
        return None
    if not name[:1].isupper() or name_key(name) in listed:
        return None
    printed = title_words(name)
    if not any(title_cited(printed, title) for title in titles):
        return None
    return name, found.group("pages") or found.group("lines")

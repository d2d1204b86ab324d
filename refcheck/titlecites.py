"""Author-date citations of works the list names by their title, having no author: APA's and
Harvard's '("Study Finds," 2007)', "(*College Bound Seniors*, 2008)", a court's decision
"(Obergefell v. Hodges, 2015)" and the narrative "Brown v. Board of Education (1954)".

The title is printed whole or by its first words (APA: "the first few words of the reference
list entry"), in quotes, in italics or plain, then the year: after a comma inside brackets, or
in brackets after it. Only the titles of the list's authorless entries are looked for, so a
title in italics before a year that the list does not hold stays prose ("*Foreign Policy*
(2009)").

Why: without them every such entry was reported uncited, and a case's second party read as an
author ("Donoghue v Stevenson (1932)" gave a false missing-reference for "Stevenson").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refcheck.model import Citation, Document, Reference
from refcheck.notecites import TITLE_WORD, title_words
from refcheck.textnorm import fold

# a year as author-date citations print it, with the words that stand for one
_YEAR = re.compile(
    r"(?<![\w/-])(?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.|in\s+press|forthcoming)(?=[\s,;:)\]])"
)
# what comes between the title and the year: its closing quote or emphasis, then a comma or
# space inside the brackets, or the bracket that opens before the year (narrative)
_BRIDGE = re.compile(r"(?P<close>[,.]?[”\"’'*_]{1,2}|,?)(?P<sep>,?\s+|\s*\(\s*)\Z")
# after the year: the end of the brackets, a locator, or the next work of the brackets
_AFTER = re.compile(r"\s*(?:[);\]]|,\s*(?:pp?\.|para\.|chap\.|[Cc]hapter|\d))")
_LAST_WORD = re.compile(r"[^\W_]+(?=\W*\Z)")
# what may stand between two words of one title ("Obergefell v. Hodges", "Study Finds, Again")
_INSIDE = re.compile(r"[\s.,:'’&\-–—!?/]{1,4}")
_OPENERS = frozenset('“"‘*_')
_ARTICLES = frozenset("a an the".split())  # (APA's: English titles' articles)
_REACH = 300  # characters before a year searched for a title
_MAX_WORDS = 20


def extract_title_citations(
    doc: Document, ranges: Sequence[tuple[int, int]], references: Sequence[Reference]
) -> tuple[Citation, ...]:
    """The body's citations of the authorless entries by title, in offset order; each is a
    group of its own. Ids are left for the caller to number."""
    titles = [title_words(r.title) for r in references if not r.authors and r.title]
    titles = [words for words in titles if words]
    if not titles:
        return ()
    vocabulary = {word for words in titles for word in words}
    source = doc.source
    found: list[Citation] = []
    for lo, hi in ranges:
        for year in _YEAR.finditer(source, lo, hi):
            after = _AFTER.match(source, year.end(), hi)
            bridge = _BRIDGE.search(source, max(lo, year.start() - 8), year.start())
            if bridge is None or after is None:
                continue
            last = _LAST_WORD.search(source, max(lo, bridge.start() - 40), bridge.start())
            if last is None or fold(last.group()) not in vocabulary:
                continue  # (cheap: the word before the year ends no listed title)
            run = _title_run(source, max(lo, bridge.start() - _REACH), bridge.start(), titles)
            if run is None:
                continue
            start, end, marked = run
            if (
                not (marked or bridge.group("close"))
                and len(TITLE_WORD.findall(source, start, end)) < 2
            ):
                continue  # a lone plain word before a year is prose more likely ("Nature, 2010")
            narrative = "(" in bridge.group("sep")
            if narrative:
                stop = source.find(")", year.end(), min(hi, year.end() + 80)) + 1
                if stop <= 0:
                    continue
            else:
                opened = source.rfind("(", max(lo, start - 80), start)
                if opened < 0 or ")" in source[opened:start]:
                    continue  # '"Study Finds," 2007' outside brackets is prose
                stop = year.end()
            begin = start - 1 if marked else start
            found.append(
                Citation(
                    id="",
                    kind="author-date",
                    text=source[begin:stop],
                    span=doc.span(begin, stop),
                    authors=(),
                    year=" ".join(year.group().split()),
                    narrative=narrative,
                    title=source[start:end],
                    group=len(found) + 1,
                )
            )
    return tuple(found)


def _title_run(
    source: str, lo: int, end: int, titles: Sequence[Sequence[str]]
) -> tuple[int, int, bool] | None:
    """The longest run of words ending at ``end`` (less a closing mark) that opens one of
    ``titles``, after its article or not: its start, end, and whether a quotation mark or
    emphasis opens it."""
    words = list(TITLE_WORD.finditer(source, lo, end))[-_MAX_WORDS:]
    if not words or source[words[-1].end() : end].strip("*_”\"’',."):
        return None
    best: tuple[int, int, bool] | None = None
    for count in range(1, len(words) + 1):
        first = words[-count]
        if count > 1 and not _INSIDE.fullmatch(source, first.end(), words[-count + 1].start()):
            break
        printed = [fold(word.group()) for word in words[-count:]]
        if any(_opens(printed, title) for title in titles):
            opener = source[first.start() - 1] if first.start() > lo else ""
            best = (first.start(), words[-1].end(), opener in _OPENERS)
    return best


def _opens(printed: Sequence[str], title: Sequence[str]) -> bool:
    """Whether ``printed`` is the first words of ``title``, with or without its article."""
    begin = 1 if len(title) > 1 and title[0] in _ARTICLES else 0
    return any(list(title[at : at + len(printed)]) == list(printed) for at in {0, begin})

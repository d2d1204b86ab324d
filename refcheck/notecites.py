"""Citations in notes, as the notes-and-bibliography styles (Chicago's, the humanities') print
them: a full note, "Elizabeth L. Eisenstein, *The Printing Press as an Agent of Change*
(Cambridge: Cambridge University Press, 1979), 45.", and the short note after it, "Eisenstein,
*Printing Press*, 50." Neither has a year to match by, so a note cites an entry of the list when
it names the entry's first author and then, after a comma, a run of words of the entry's title
(the whole title less its opening article, or a short title: two or more of its words in a row,
one of four letters or more). Only the list's own works are looked for: a note about a work the list leaves out
cannot be told from prose, so it is never reported (a false "missing" is worse than a miss).

Why: without them every entry of such a paper was reported uncited. The notes are wherever the
reader put them: Markdown footnotes, LaTeX ``\\footnote{…}``, a Word document's footnotes and
endnotes (after a line "Notes"), or a plain "Notes" section.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from refcheck.intervals import Intervals
from refcheck.model import Citation, Document, Reference
from refcheck.refparse_comma import is_city_place
from refcheck.textnorm import fold, name_key

# a word of a title, with its inner apostrophes and hyphens ("Children’s", "co-operation")
TITLE_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# words a short title leaves out at its start ("The Printing Press …" -> "Printing Press")
_ARTICLES = frozenset("a an the la le les l un une der die das ein eine el los las il lo".split())
_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
# between the first author's family name and the title: the other authors ("Adrian Johns and
# Jane Doe, …", "Smith, Jones, and Lee, …", "Smith et al., …"), then the comma and any quotation
# mark or emphasis that opens the title
_TO_TITLE = re.compile(
    rf"(?:\s+et\s+al\.?|(?:,\s+{_NAME}){{0,4}},?\s+(?:and|&)\s+{_NAME})?"
    r",\s+(?:in\s+)?[*_\"“‘'«\s]*"
)
_MAX_TITLE_WORDS = 12
_CLOSING_MARK = re.compile(r"[,.?!]{0,2}[*_”\"’']{1,2}")
_OPENING_MARKS = "*_\"“‘'«"


def title_words(text: str) -> list[str]:
    """The folded words of a title, in order."""
    return [fold(word) for word in TITLE_WORD.findall(text)]


def printed_run(printed: Sequence[str], title: Sequence[str]) -> int:
    """How many of the ``printed`` words (from a note) are the entry's ``title`` as a note prints
    it: the whole title (less its opening article), or a short title of at least two of its
    words in a row, one of them a word of four letters or more ("Printing Press", "History of
    Books" for "What Is the History of Books?"); 0 when they are not."""
    opening = 0
    while opening < len(title) - 1 and title[opening] in _ARTICLES:
        opening += 1
    best = 0
    for begin in range(len(title)):
        length = 0
        while (
            length < len(printed)
            and begin + length < len(title)
            and printed[length] == title[begin + length]
        ):
            length += 1
        whole = begin <= opening and begin + length == len(title) and length > 0
        short = length >= 2 and any(
            len(word) >= 4 and word not in _ARTICLES for word in printed[:length]
        )
        if (whole or short) and length > best:
            best = length
    return best


def title_cited(printed: Sequence[str], title: Sequence[str]) -> bool:
    """Whether ``printed`` words cite ``title`` as MLA's short titles do: as a note prints it
    (``printed_run``), or by the first word after its article alone when that word is a long
    one ('"Stranger"' for "Stranger in the Village")."""
    if printed and printed_run(printed, title) == len(printed):
        return True
    head = [word for word in title if word not in _ARTICLES][:1]
    return len(printed) == 1 and head == list(printed) and len(printed[0]) >= 4


def _entries_by_family(references: Sequence[Reference]) -> dict[str, list[list[str]]]:
    """The titles of the list's entries under their first author's family name as printed."""
    by_family: dict[str, list[list[str]]] = {}
    for reference in references:
        if not reference.authors or not reference.title:
            continue
        family = reference.authors[0].family
        words = title_words(reference.title)
        if len(family) > 1 and words:
            by_family.setdefault(family, []).append(words)
    return by_family


def extract_note_citations(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    references: Sequence[Reference],
    taken: Sequence[Citation] = (),
    misspelt: Callable[[str, str], bool] | None = None,
) -> tuple[Citation, ...]:
    """Notes' citations of the list's entries in ``ranges`` (the body), in offset order, none
    overlapping a citation ``taken`` already. Ids are left for the caller to number.
    ``misspelt(printed, family)`` tells a misspelt family ("Eisenstien, *Printing Press*, 50"),
    whose note is read where the family's title follows it.

    One pass over the body's words, each looked up among the families' first words (a pass per
    family cost seconds on a long paper with hundreds of entries)."""
    by_family = _entries_by_family(references)
    by_first: dict[str, list[str]] = {}
    for family in sorted(by_family, key=lambda f: (-len(f), f)):
        by_first.setdefault(family.split()[0], []).append(family)
    source = doc.source
    occupied = Intervals((c.span.start, c.span.end) for c in taken)
    found: list[Citation] = []
    for lo, hi in ranges:
        for word in _NAME_WORD.finditer(source, lo, hi):
            start = word.start()
            for family in by_first.get(word.group(), ()):
                end = start + len(family)
                if source.startswith(family, start) and not _NAME_GOES_ON.match(source, end):
                    citation = _note_at(doc, start, family, by_family[family], hi)
                    if citation is not None and not occupied.overlaps(start, end):
                        found.append(citation)
                    break
            else:
                if misspelt is not None and word.group()[:1].isupper():
                    citation = _misspelt_note(doc, word, by_family, misspelt, hi)
                    if citation is not None and not occupied.overlaps(start, word.end()):
                        found.append(citation)
    # each note's citation is a group of its own
    return tuple(replace(citation, group=n) for n, citation in enumerate(found, 1))


_NAME_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w'’-]*")
_NAME_GOES_ON = re.compile(r"[\w-]")


def _misspelt_note(
    doc: Document,
    word: re.Match[str],
    by_family: dict[str, list[list[str]]],
    misspelt: Callable[[str, str], bool],
    limit: int,
) -> Citation | None:
    """The note of a family printed wrongly, read only where one of the misspelt family's
    titles follows it (a word merely like a name followed by a comma cites nothing)."""
    lead = _TO_TITLE.match(doc.source, word.end())
    first = TITLE_WORD.match(doc.source, lead.end()) if lead is not None else None
    if first is None:
        return None
    opening = fold(first.group())
    for family, titles in by_family.items():
        if not any(opening in title for title in titles):
            continue  # (cheap: no title of this author holds the word the note's title opens with)
        if " " not in family and misspelt(word.group(), family):
            citation = _note_at(doc, word.start(), word.group(), titles, limit)
            if citation is not None:
                return citation
    return None


def _note_at(
    doc: Document, start: int, family: str, titles: list[list[str]], limit: int
) -> Citation | None:
    """The note's citation whose first author's ``family`` stands at ``start``, when a run of
    one of the author's ``titles`` follows, ending before ``limit``."""
    source = doc.source
    lead = _TO_TITLE.match(source, start + len(family))
    if lead is None:
        return None
    words = list(TITLE_WORD.finditer(source, lead.end(), min(limit, lead.end() + 400)))
    words = words[:_MAX_TITLE_WORDS]
    if not words or words[0].start() != lead.end():
        return None
    printed = [fold(word.group()) for word in words]
    length = max(printed_run(printed, title) for title in titles)
    if length == 0:
        return None
    title_end = end = words[length - 1].end()
    if any(mark in source[lead.start() : lead.end()] for mark in _OPENING_MARKS):
        # the note's text takes the emphasis or quotation mark that closes the title too:
        # "Eisenstein, *Printing Press*", not "Eisenstein, *Printing Press"
        closing = _CLOSING_MARK.match(source, end)
        end = closing.end() if closing is not None else end
    return Citation(
        id="",
        kind="note",
        text=source[start:end],
        span=doc.span(start, end),
        authors=(family,),
        title=source[lead.end() : title_end],
    )


def note_fits(
    citation: Citation, reference: Reference, misspelt: Callable[[str, str], bool] | None = None
) -> bool:
    """Whether a note's citation names ``reference``: its first author (or, given ``misspelt``,
    a misspelling of it), then its title."""
    if not citation.authors or not citation.title or not reference.authors or not reference.title:
        return False
    cited, listed = citation.authors[0], reference.authors[0].family
    if name_key(cited) != name_key(listed) and not (misspelt and misspelt(cited, listed)):
        return False
    printed = title_words(citation.title)
    return printed_run(printed, title_words(reference.title)) == len(printed)


# a full note's imprint after its title: "… Agent of Change (Cambridge: Cambridge University Press,
# 1979)", whose "Cambridge University Press, 1979" reads like an author-date citation; the place
# before the colon tells it from "(Source: World Bank, 2019)"
_IMPRINT_OPEN = re.compile(r"\((?P<place>[^()\n:]{2,60}):\s*$")


def without_imprints(citations: Sequence[Citation], source: str) -> tuple[Citation, ...]:
    """``citations`` less the author-date ones that are a book's imprint, "(Place: Publisher,
    Year)", as full notes print it."""

    def imprint(citation: Citation) -> bool:
        if citation.kind != "author-date":
            return False
        start = citation.span.start
        opening = _IMPRINT_OPEN.search(source, max(0, start - 64), start)
        return opening is not None and is_city_place(opening.group("place").strip())

    return tuple(citation for citation in citations if not imprint(citation))

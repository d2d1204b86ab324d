"""The book a chapter appeared in, in the forms the common styles print it after "in".

APA ("In E. Editor (Ed.), Book (pp. 1–20).") and Vancouver ("In: Editor E, editor. Book.")
open the book with its own sentence, which both parsers read. Five styles run the book into
the editors and the imprint, where neither parser finds its end:

- IEEE: ``“Chapter,” in Book, E. Editor and F. Editor, Eds. Place: Publisher, 2007, pp. 1–9.``
- Harvard: ``'Chapter', in Editor, E. and Editor, F. (eds) Book. Place: Publisher, pp. 1–9.``
- Nature: ``Names. in Book (eds Editor, E. & Editor, F.) 1–9 (Publisher, 2007).``
- MLA: ``“Chapter.” Book, edited by E. Editor, Publisher, 2007, pp. 1–9.``
- ACS: ``Chapter. In Book; Editor, E.; Editor, F., Eds.; Publisher: Place, 2007; pp 1–9.``
- AGU and IPCC: ``Chapter. In: Book [Editor, E., F. Editor (eds.)]. Publisher, Place, pp. 1–9.``
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refcheck.refparse_fields import YEAR, clean

_INITIALS = r"(?:[A-Z]\.[\s-]?){1,3}"
_FAMILY = r"(?:(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’-]+)"
_GIVEN_FIRST = rf"{_INITIALS}\s?{_FAMILY}"
_FAMILY_FIRST = rf"{_FAMILY},\s*{_INITIALS}"
_SEPARATOR = r"(?:,\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+)"
_EDITORS_GIVEN_FIRST = rf"{_GIVEN_FIRST}(?:{_SEPARATOR}{_GIVEN_FIRST})*"
_EDITORS_FAMILY_FIRST = rf"{_FAMILY_FIRST}(?:{_SEPARATOR}{_FAMILY_FIRST})*"
_BOOK = r"(?P<book>[^“”\"()]{3,250}?)"

_IEEE = re.compile(rf"(?:^|[,.”\"]\s+)in\s+{_BOOK},\s+{_EDITORS_GIVEN_FIRST},\s+Eds?\.")
_HARVARD = re.compile(
    rf"(?:^|[,.”’'\"]\s+)in\s+{_EDITORS_FAMILY_FIRST}\s+\((?:eds?\.?|ed\.)\)\s+"
    r"(?P<book>[^.]{3,250}?)\.\s"
)
_NATURE = re.compile(
    rf"(?:^|[.,]\s+)(?P<lead>in)\s+{_BOOK}\s+\((?:eds?\.?)\s[^()]+\)\s+"
    r"(?:(?P<pages>[\w]+[–-][\w]+|\d+)\s+)?"
    rf"\((?P<publisher>[^()]+?),\s*(?P<year>{YEAR}[a-z]?)\)"
)
_ACS = re.compile(rf"(?:^|[.,]\s+)In\s+{_BOOK};\s+(?:[^;]+;\s*)*?[^;]*?,?\s*Eds?\.;")
_BRACKETED = re.compile(
    rf"(?:^|[.,]\s+)In:?\s+{_BOOK}\s+\[[^\[\]]{{3,300}}\((?:eds?\.?|Eds?\.?)\)\]"
)
_MLA = re.compile(rf"[”\"]\s+(?![Ii]n:?\s){_BOOK},\s+edited\s+by\s+")  # (not Chicago's "In")


@dataclass(frozen=True)
class ChapterBook:
    book: str
    start: int  # where the book's part begins in the entry ("in …")
    pages: str | None = None
    publisher: str | None = None
    year: str | None = None


def chapter_book(text: str) -> ChapterBook | None:
    """The book of a chapter printed in one of the run-on forms above; None for any
    other entry."""
    lowered = text.lower()
    if (
        " in " not in lowered
        and " in: " not in lowered
        and "edited by" not in lowered
        and not lowered.startswith("in ")
    ):
        return None
    nature = _NATURE.search(text)
    if nature is not None:
        return ChapterBook(
            clean(nature.group("book")) or nature.group("book"),
            nature.start("lead"),
            nature.group("pages"),
            clean(nature.group("publisher")),
            nature.group("year"),
        )
    for pattern in (_IEEE, _HARVARD, _ACS, _BRACKETED, _MLA):
        found = pattern.search(text)
        if found is not None:
            book = clean(found.group("book"))
            if book:
                return ChapterBook(book, found.start("book"))
    return None

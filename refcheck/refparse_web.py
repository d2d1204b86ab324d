"""Web pages in two styles the labeller never saw, each with a reader of its own.

Springer's LNCS: "LNCS Homepage, http://www.springer.com/lncs, last accessed 2016/11/21.",
"Python Software Foundation: Python 3.11 documentation, https://…, last accessed 2023/05/01."
The labeller reads the page's name as a person's ("LNCS", given "Homepage"), leaving the entry
without a title and taking its year from the day it was read. The shape is fixed: the name
(perhaps its maker before a colon, as LNCS writes "Author, F.: Title"), the link, the day it
was read; the page has no year of its own.

IEEE's online sources: "A. Paszke et al., PyTorch. (2019). [Online]. Available:
https://pytorch.org". Both parsers read the unquoted title as one more name ("PyTorch", "Manual,
Python Reference"). IEEE prints every person's initials first, so the names end where a piece
between commas is no such name, and the title runs from there to the bracketed year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from refcheck.model import Person
from refcheck.refparse_fields import DATE, YEAR, Fields, clean

_PAGE = re.compile(
    r"(?P<name>[^\s,][^/]{1,200}?),\s+(?P<url>https?://\S+?),?\s+"
    rf"(?i:last\s+accessed|accessed|last\s+visited|visited)(?:\s+on)?:?\s+(?P<date>(?i:{DATE}))\.?"
)
# the page's maker before a colon: a few capitalised words ("Python Software Foundation")
_MAKER = re.compile(
    r"(?P<maker>[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&.'’-]*){0,5}):\s+(?=\S)"
)


# what LNCS's page name never holds: a year (the page's own date, so another style's entry),
# quotation marks
_DATED_OR_QUOTED = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|[\"“”‘’«»]|(?<!\w)'|'(?!\w)")


def lncs_web_page(text: str, rules: Fields) -> Fields | None:
    """The rules' fields with the page's name as its title and its maker as the author, for an
    entry written "[Maker: ]Name, URL, last accessed Date."; None for any other entry."""
    found = _PAGE.fullmatch(text.strip())
    if found is None or rules.url is None or not found.group("url").startswith(rules.url):
        return None
    name = found.group("name").strip()
    if _DATED_OR_QUOTED.search(name):
        return None  # "‘Is this a Muslim ban?’ The Guardian, 31 January 2017": another style
    maker = _MAKER.match(name)
    title: str | None = name[maker.end() :] if maker else name
    authors: tuple[Person, ...] = (Person(maker.group("maker"), ""),) if maker else ()
    corporate = bool(authors)
    if rules.authors and rules.title:  # persons: "Smith, J., Doe, A.: My page", as LNCS names them
        authors, title, corporate = rules.authors, rules.title, rules.corporate
    return _web_page(rules, authors, corporate, False, None, title)


_IEEE_ONLINE = re.compile(
    rf"(?P<head>.+?)\.\s+\((?P<year>{YEAR})[^()]{{0,20}}\)\.\s+\[Online\]\.?\s*"
    r"(?:Available\s*:?\s*)?(?P<url>https?://\S+?)\.?"
)
# one IEEE name: initials first ("A. Paszke", "M.-W. Chang", "G. van Rossum", "J. Smith Jr.")
_IEEE_NAME = re.compile(
    r"(?:and\s+)?(?P<given>(?:[A-Z][a-z]?\.(?:\s*-\s*|\s+|(?=[A-Z]))){1,4})"
    r"(?P<family>(?:(?:van|von|de|der|den|da|di|del|la|le)\s+)*[A-Z][\w'’-]+(?:\s+(?:Jr|Sr)\.?)?)"
    r"(?P<et_al>\s+et\s+al\.?)?"
)


def ieee_online(text: str, rules: Fields) -> Fields | None:
    """The persons, title, year and link of an IEEE online source, "A. Paszke et al., PyTorch.
    (2019). [Online]. Available: URL"; None for any other entry, or where no name opens it."""
    found = _IEEE_ONLINE.fullmatch(text.strip())
    if found is None or rules.url is None or not found.group("url").startswith(rules.url):
        return None
    pieces = re.split(r",\s*", found.group("head"))
    persons: list[Person] = []
    et_al = False
    for piece in pieces:
        name = _IEEE_NAME.fullmatch(piece.strip())
        if name is None or et_al:
            break
        persons.append(Person(name.group("family"), name.group("given").strip()))
        et_al = name.group("et_al") is not None
    title = ", ".join(pieces[len(persons) :]).strip()
    if not persons or not title or title.startswith(("and ", "et al")):
        return None  # no name opens it, or names and no title: another shape
    return _web_page(rules, tuple(persons), False, et_al, found.group("year"), title)


def _web_page(
    rules: Fields,
    authors: tuple[Person, ...],
    corporate: bool,
    et_al: bool,
    year: str | None,
    title: str | None,
) -> Fields:
    """The rules' fields (the links and the day read) with a web page's own: its makers, year
    and title, and no journal, numbers or publisher."""
    return replace(
        rules,
        authors=authors,
        corporate=corporate,
        et_al=et_al,
        year=year,
        title=clean(title, title=True),
        container=None,
        volume=None,
        issue=None,
        pages=None,
        publisher=None,
        kind="web",
    )

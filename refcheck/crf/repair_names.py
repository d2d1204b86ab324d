"""Repairs where authors' names and the title meet wrongly after the merge: a name or the
entry's year run into the title ("Karklins, Karlis 1992 Trade Ornament …", "O'Neill LA, Bowie
AG Sensing …"), a name read as the title ("M. C. Rocca" of "… and M. C. Rocca : Int. J. Theor.
Phys."), a collaboration or other group read as the title or run into it, a group's acronym
begun as the title, a journal's first abbreviation read as the last author.
Each was measured on the development strings and the rendered dev articles (tests/bench);
``repair.repair`` applies them.
"""

from __future__ import annotations

import re

from refcheck.given_names import GIVEN_NAMES
from refcheck.model import Person
from refcheck.refparse_fields import YEAR, Fields, clean
from refcheck.textnorm import fold, is_particle


def without_journal_name(authors: tuple[Person, ...], head: list[str]) -> tuple[Person, ...]:
    """ "De Luca, M. T. Sol. State Commn.", read as "De Luca" and "Sol, M. T.": the journal's
    first word is no author, and its initials go back to the author before it."""
    if len(authors) < 2 or f"{authors[-1].family}." not in head:
        return authors
    *kept, last = authors
    if not kept[-1].given:
        given = " ".join(word for word in last.given.split() if word not in head)
        kept[-1] = Person(kept[-1].family, given)
    return tuple(kept)


def given_without_journal(authors: tuple[Person, ...], container: str) -> tuple[Person, ...]:
    """ACS's "Jones, B. J. Am. Chem. Soc.", read as given names "B. J. Am.": the journal's first
    words that the last given names took go back to the journal."""
    if not authors or not container.startswith("J. "):
        return authors
    *kept, last = authors
    given, journal = last.given.split(), container.split()
    for size in range(min(len(given) - 1, len(journal)), 0, -1):
        if given[-size:] == journal[:size]:
            return (*kept, Person(last.family, " ".join(given[:-size])))
    return authors


# a physics collaboration's name (and the names and "et al." around it) read as the title:
# "(Particle Data Group), Chin. Phys", "et al.: PREX Collaboration", "Virgo and LIGO
# Scientific collaborations, B.P. Abbott et al., GW170104: …"
_COLLABORATION = re.compile(
    r"^(?:\([^()]*?\b(?:Collaboration|Data Group)s?\)"
    r"|et\s+al\.?\s*[:,]?\s*[\w\s&-]*?\b[Cc]ollaborations?"
    r"|[\w\s&-]*?\b[Cc]ollaborations?\s*,\s*[^,:]{0,40}?\bet\s+al\.?"
    r"|(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+Collaboration$)\s*[.,:]?\s*"
)


def collaboration(merged: Fields) -> None:
    """A collaboration's name before the title, or read as the title, is no part of it."""
    lead = _COLLABORATION.match(merged.title or "")
    if lead is None or not merged.title:
        return
    rest = merged.title[lead.end() :]
    if merged.container:
        at = rest.find(merged.container)
        if at == 0 or rest.strip(" ,.") in merged.container:
            rest = ""  # "(Particle Data Group), Chin. Phys": the journal follows the name
        elif at > 0:
            rest = rest[:at]  # "…at Redshift 0.2,Phys. Rev. Lett. 118": ran on into it
    merged.title = clean(rest, title=True) or None


_ET_AL_TAIL = re.compile(r",?\s*(?:et\s*al\.?|and\s+others)$")


def name_as_title(merged: Fields) -> None:
    """A title that is only an author's name as the entry prints it ("M. C. Rocca" of "… and
    M. C. Rocca : Int. J. Theor. Phys.", "Suzuki, et al" of "Suzuki, et al., Biochem. …") is
    no title: the entry has none."""
    if not merged.title or not merged.authors:
        return
    title, et_al = _ET_AL_TAIL.subn("", merged.title)
    title = title.strip(" ,.")
    for person in merged.authors:
        if (person.given and title in _printed(person)) or (et_al and title == person.family):
            # (not a body's name: "HIV Medicine Association. Available at: …" is its title)
            merged.title = None
            return


_QUOTED_START = re.compile(r"\s*(?:\[\d+\]|\d+\.)?\s*[\"“]")


def quoted_title_as_name(text: str, merged: Fields) -> None:
    """An entry that opens with a quoted title has no author (MLA's '"Climate Change."
    Encyclopaedia Britannica, …'): a name that opens with the quote is the title's."""
    if (
        len(merged.authors) == 1
        and merged.authors[0].family[:1] in '"“'
        and not merged.authors[0].given  # (not a quoted name: '"Armand, J. P.", 1993')
        and _QUOTED_START.match(text)
    ):
        merged.authors, merged.et_al, merged.corporate = (), False, False


# the lower-case words an organisation's name may hold ("Institute of Medicine", "Mayo Clinic
# staff", "Wikipedia contributors"); any other lower-case word makes it a sentence-case title
_NAME_LOWER_WORDS = frozenset(
    """a an and at by for in of on the to with
    contributors staff team members editors authors collaborators group""".split()
)
# the small words of names in other languages, whose bodies write adjectives in lower case too
# ("La Mission permanente de la République socialiste du Vietnam auprès des Nations Unies")
_FOREIGN_NAME_WORDS = frozenset(
    "de del della der des di do dos da das du e et für la le les und van von y".split()
)


def title_before_year(text: str, merged: Fields) -> None:
    """APA's work without an author opens with its title, in sentence case, before the year:
    "College bound seniors. (2008). College Board." The "name" is the title, and a short last
    part that was read as the title is its publisher."""
    if len(merged.authors) != 1 or merged.authors[0].given:
        return
    name = merged.authors[0].family
    words = name.split()
    content = [
        word
        for word in words[1:]
        if word.isalpha() and word not in _NAME_LOWER_WORDS and word not in _FOREIGN_NAME_WORDS
    ]
    lower = [word for word in content if word[:1].islower()]
    if not lower or (
        any(word in _FOREIGN_NAME_WORDS for word in words) and len(lower) * 2 <= len(content)
    ):
        return
    lead = re.match(rf"\s*(?:\[\d+\]\s*|\d+\.\s+)?{re.escape(name)}\.\s+\({YEAR}", text)
    if lead is None:
        return
    rest = merged.title
    merged.authors, merged.et_al, merged.corporate = (), False, False
    merged.title = name
    if rest and not merged.container and not merged.publisher and len(rest.split()) <= 6:
        merged.publisher = rest


def name_before_title(text: str, merged: Fields) -> None:
    """The authors' names that the title opens with, when the entry prints each once: they
    ran into the title ("Benjamin Burton, Regina, software for …", "Hartmut Walravens,
    Alexander Zorin: The Āli-kāli …", "Karklins, Karlis 1992 Trade Ornament Usage …")."""
    while merged.title and (title := _without_name(text, merged.title, merged)) != merged.title:
        merged.title = title


def _printed(person: Person) -> tuple[str, str]:
    """How an entry prints a person's whole name: given names first, or family name first."""
    return f"{person.given} {person.family}", f"{person.family}, {person.given}"


def _without_name(text: str, title: str, merged: Fields) -> str | None:
    """The title without an author's name that it opens with and the entry prints once
    (unchanged if none)."""
    for person in merged.authors:
        if text.count(person.family) != 1:
            continue
        if not person.given:
            # "Defense Advanced Research Projects Agency, Defense Sciences Office. Cognitive …":
            # the body's last part, after its comma
            part = person.family.rsplit(", ", 1)[-1] if ", " in person.family else ""
            end = _GROUP_END.match(title, len(part)) if part and title.startswith(part) else None
            if merged.corporate and end is not None and text.count(part) == 1:
                return clean(title[end.end() :], title=True) or title
            # "The 1000 Genomes Project Consortium. A global reference …": a group's name
            body = _GROUP_END.match(title, len(person.family))
            # (or one author known by one name: "Ovid. Metamorphoses. Edited by …")
            lead = f"{person.family}. "
            lone = (
                len(merged.authors) == 1
                and re.fullmatch(r"[A-Z][a-z]+", person.family) is not None
                and text.startswith(lead)
                and title.startswith(lead)
            )
            if (merged.corporate or lone) and title.startswith(person.family) and body:
                return clean(title[body.end() :], title=True) or title
            continue
        for form in _printed(person):
            rest = _NAME_END_IN_TITLE.match(title, len(form)) if title.startswith(form) else None
            if rest is not None and rest.group("year") in (None, merged.year):
                return clean(title[rest.end() :], title=True) or title
        if title.startswith(f"{person.family}:"):
            return clean(title[len(person.family) + 1 :], title=True)
    return title


# what ends a group's name that ran into the title: a full stop, colon or comma
_GROUP_END = re.compile(rf"(?:\s*\({YEAR}[a-z]?\))?[.:,]?\s+(?<=[.:,)]\s)(?=\S)")
# what ends a name that ran into the title: a comma or colon, or the entry's year
_NAME_END_IN_TITLE = re.compile(rf"\s*[:,]\s+(?=\S)|\s+(?P<year>{YEAR})[a-z]?\.?\s+(?=\S)")


_YEAR_LEAD = re.compile(rf"(?:(?P<family>[A-Z][\w'-]+)\s+)?(?P<year>{YEAR})[a-z]?\.?\s+(?=\S)")


def year_before_title(text: str, merged: Fields) -> None:
    """The entry's year before the title, as American archaeology prints it ("Ortmann,
    Anthony L. and Tristram R. Kidder 2013 Building Mound A …", "2013 A day in the life …"),
    is no part of it, and neither is the last author's family name before that year."""
    lead = _YEAR_LEAD.match(merged.title or "")
    if lead is None or not merged.title or lead.group("year") != merged.year:
        return
    if text.count(lead.group("year")) != 1:
        return  # "2006 elections in Peru" of "Smith J. 2006. 2006 elections …": the title's own
    family = lead.group("family")
    if family is not None:
        last = merged.authors[-1] if merged.authors else None
        if last is None or f"{last.family} {last.given} {family}" not in text:
            return
        # "Tristram R. Kidder", given names first, read as "Tristram, R."
        merged.authors = (*merged.authors[:-1], Person(family, f"{last.family} {last.given}"))
    merged.title = clean(merged.title[lead.end() :], title=True) or merged.title


# a group that ends the list of names, then the year in brackets: "…, Wodak SJ, Critical
# Assessment of PRedicted Interactions (2003) CAPRI: …"
_GROUP_YEAR_LEAD = re.compile(r"(?P<group>[A-Z][^().:;]{5,}?)\s+\((?P<year>\d{4})[a-z]?\)\s+(?=\S)")


def group_year_before_title(text: str, merged: Fields) -> None:
    """A group named last among the authors, which the title took with the year that follows
    it, is one more author; the title begins after the year."""
    lead = _GROUP_YEAR_LEAD.match(merged.title or "")
    if lead is None or not merged.title or lead.group("year") != merged.year or not merged.authors:
        return
    if text.count(f"({lead.group('year')}") != 1 or f", {lead.group('group')} (" not in text:
        return
    group = Person(lead.group("group"), "")
    if group not in merged.authors:
        merged.authors = (*merged.authors, group)
    merged.title = clean(merged.title[lead.end() :], title=True) or merged.title


# the last of a list of "Family INITIALS" names, run into the title with no full stop, perhaps
# with a misprinted year: "Bowie AG Sensing …", "Donnelly P (200) Inference …"
_VANCOUVER_LEAD = re.compile(
    r"(?P<family>(?:[a-z]+\s+)*[A-Z][\w'’-]+)\s+"
    r"(?P<given>[A-Z]{1,3})\s+(?:\(\d{1,4}[a-z]?\)\s+)?(?=[A-Z\"“‘'])"
)


def vancouver_name_before_title(text: str, merged: Fields) -> None:
    """The last author of a Vancouver list, which the entry runs into the title ("O'Neill LA,
    Bowie AG Sensing and signaling …"), leaves it for the authors. Only after a comma and
    when every author read so far is "Family INITIALS" (not "Sakaguchi S, … (2008) Regulatory
    T Cells …", a title after the year)."""
    title = merged.title
    lead = _VANCOUVER_LEAD.match(title or "")
    if lead is None or not title or not merged.authors:
        return
    if not all(is_particle(word) for word in lead.group("family").split()[:-1]):
        return  # "van der Berg AB": only particles before the family name
    if not all(re.fullmatch(r"[A-Z]{1,3}", person.given) for person in merged.authors):
        return
    at = text.find(title)
    if at <= 0 or not text[:at].rstrip().endswith(",") or not title[lead.end() :].strip():
        return
    merged.authors = (*merged.authors, Person(lead.group("family"), lead.group("given")))
    merged.title = clean(title[lead.end() :], title=True) or title


# PubMed's summary order, the title first and then its authors as "Family INITIALS" ("Lumbar disc
# replacement: update. Heider FC, Mayer HM, Siepe CJ. J Neurosurg Sci. 2015"): two names or more,
# or one with "et al.", so that "… of type II. Series A" is no list of names
_VANCOUVER_NAME = r"(?:[a-z]+\s)*[A-Z][\w'’-]+(?:\s[A-Z][a-z][\w'’-]*)?\s[A-Z]{1,3}"
_NAMES_AFTER_TITLE = re.compile(
    rf"(?P<names>{_VANCOUVER_NAME}(?:,\s{_VANCOUVER_NAME})+(?:,?\s+et\s+al)?"
    rf"|{_VANCOUVER_NAME},?\s+et\s+al)\.?"
)
_SENTENCE_END = re.compile(r"[.?!]\s+(?=[A-Z])")
_AFTER_TITLE = re.compile(r"[.?!]?\s+")
_JOURNAL_BEFORE_YEAR = re.compile(rf"\.\s+(?P<journal>[A-Z][^;:()\d]*?)\.?\s+{YEAR}\b")


def names_after_title(text: str, merged: Fields) -> None:
    """Names printed after the title, in PubMed's summary order, are the authors: read off the
    title where the labeller ran them into it, or read where both parsers left them out."""
    title = merged.title
    if merged.authors or not title:
        return
    for stop in _SENTENCE_END.finditer(title):
        names = _NAMES_AFTER_TITLE.fullmatch(title, stop.end())
        if names is not None:
            _set_names(merged, names.group("names"))
            merged.title = clean(title[: stop.start() + 1], title=True) or title
            return
    at = text.find(title)
    after = _AFTER_TITLE.match(text, at + len(title)) if at >= 0 else None
    names = _NAMES_AFTER_TITLE.match(text, after.end()) if after is not None else None
    if names is None or not text.startswith(".", names.end("names")):
        return
    _set_names(merged, names.group("names"))
    if merged.container and merged.container.startswith(names.group("names")):
        # the rules' journal ran on from the names: "Smith J, Doe A. Lancet. 2001;357"
        journal = _JOURNAL_BEFORE_YEAR.match(text, names.end("names"))
        merged.container = journal.group("journal") if journal is not None else None


def _set_names(merged: Fields, names: str) -> None:
    """ "Heider FC, Mayer HM, et al" as people, and whether the list ends in "et al"."""
    listed = re.sub(r",?\s+et\s+al$", "", names)
    merged.et_al = listed != names
    people = []
    for name in listed.split(", "):
        family, given = name.rsplit(" ", 1)
        people.append(Person(family, given))
    merged.authors = tuple(people)


# a given name no person has: words that are no initials, no known given name, or a number
# ("Computer Networks 2nd" of "Tanenbaum, Computer Networks, 2nd Ed.")
_INITIAL = re.compile(r"[A-ZÀ-Þ][a-z]?\.?(?:-[A-ZÀ-Þ]\.?)?|[A-Z]{1,3}|Jr\.?|Sr\.?|I{1,3}|IV")


def given_as_title(text: str, merged: Fields) -> None:
    """ "Tanenbaum, Computer Networks, 2nd Ed. (Prentice Hall 1989)", "P. Glafkides, Chimie et
    Phisique Photographique, Paul Montel, 1967": a book's title read as a person's given names,
    where the entry has no title, journal or volume. The title is the piece between commas
    that holds those words; the persons from it on (its publisher) are none."""
    if merged.title and not re.fullmatch(rf"\(?{YEAR}[a-z]?\)?", merged.title):
        return
    if merged.container or merged.volume:
        return
    for index, person in enumerate(merged.authors):
        words = person.given.split()
        if len(words) < 2 or is_particle(words[0]):
            continue
        if any(_INITIAL.fullmatch(word) or fold(word) in GIVEN_NAMES for word in words):
            continue
        pieces = [piece.strip() for piece in text.split(",")]
        found = next((n for n, piece in enumerate(pieces) if words[0] in piece.split()), None)
        if found is None:
            return
        title = re.sub(r"\s+\d+(?:st|nd|rd|th)\s+[Ee]d(?:ition)?\.?$", "", pieces[found])
        kept = merged.authors[:index]
        if person.family not in pieces[found].split():
            kept = (*kept, Person(person.family, ""))
        merged.authors, merged.title = kept, clean(title, title=True) or title
        return


# lists that close each person with a stop, which the parsers take for the end of the list:
# French "CARDE, Soufiane. HATIF, Séverine. SAMAMA, Diane. Title", "Hollander, E. Bartz, J.
# Chaplin, W. et al. (2007)", "Chung, YS. Kang, DH. Shin, NY.", Vancouver's "Goss DL. Moore JH."
_FAMILY = r"[A-ZÀ-Þ][\w'’]+(?:[ -][A-ZÀ-Þ][\w'’]+)*"
_STOPPED_NAME_SHAPES = (
    # "FAMILY, Given." (the family in capitals)
    r"(?P<family>[A-ZÀ-Þ][A-ZÀ-Þ'’]+(?:[ -][A-ZÀ-Þ][A-ZÀ-Þ'’]+)*),\s"
    r"(?P<given>[A-ZÀ-Þ][\w’'-]+(?:[ -][A-ZÀ-Þ][\w’'-]*)?)\.\s+",
    # "Family, E." / "Family, YS." / "Family, J. R."
    rf"(?P<family>{_FAMILY}),\s(?P<given>[A-Z]\.(?:\s?-?[A-Z]\.)*|[A-Z]{{1,3}}\.)\s+"
    r"(?=[A-ZÀ-Þ(]|et\sal\b)",
    # "Family DL."
    rf"(?P<family>{_FAMILY})\s(?P<given>[A-Z]{{1,3}})\.\s+",
)
_STOPPED_NAMES = tuple(re.compile(shape) for shape in _STOPPED_NAME_SHAPES)
_STOPPED_LISTS = tuple(re.compile(rf"(?:{shape}){{2,}}") for shape in _STOPPED_NAME_SHAPES)


def names_closed_by_stops(text: str, merged: Fields) -> None:
    """Every person of a list that closes each name with a stop, where the parsers stopped at
    the first stop and read one person."""
    if len(merged.authors) >= 2:
        return
    for shape, listed_shape in zip(_STOPPED_NAMES, _STOPPED_LISTS, strict=True):
        listed = listed_shape.match(text)
        if listed is None:
            continue
        found: list[Person] = []
        at = 0
        while at < listed.end() and (name := shape.match(text, at)) is not None:
            found.append(Person(name.group("family"), name.group("given").strip()))
            at = name.end()
        people = tuple(found)
        if merged.authors and merged.authors[0].family != people[0].family:
            return
        if merged.title and merged.title.startswith(people[-1].family):
            return  # (the title opens with what read as the last name)
        merged.authors = people
        merged.et_al = merged.et_al or text.startswith("et al", listed.end())
        return


# the end of a group's acronym that the labeller began the title with: "ERFC). Diabetes …"
_ACRONYM_END = re.compile(r"(?P<acronym>[A-Z][\w&/-]*)\)[.:,]?\s+(?=\S)")


def group_acronym(text: str, merged: Fields) -> None:
    """A group's acronym in brackets after its name ("Emerging Risk Factors Collaboration
    (ERFC). Diabetes …") belongs to the name, not to the title the labeller began with it."""
    lead = _ACRONYM_END.match(merged.title or "")
    if lead is None or not merged.title or "(" in merged.title[: lead.end()]:
        return
    named = f"({lead.group('acronym')})"
    if len(merged.authors) == 1 and f"{merged.authors[0].family} {named}" in text:
        merged.authors = (Person(f"{merged.authors[0].family} {named}"),)
        merged.corporate = True
        merged.title = clean(merged.title[lead.end() :], title=True) or merged.title


# a group's name that opens an entry with no names, run into the title with no full stop:
# "The International HapMap Consortium A Haplotype Map of the Human Genome. Nature 437"
_GROUP_LEAD = re.compile(
    r"(?P<group>(?:The\s+)?(?:[A-Z0-9][\w'-]*\s+){0,6}"
    r"(?:Consortium|Collaborators|Collaboration|Investigators|Coordinators|Group))\s+(?=[A-Z])"
)


def group_before_title(text: str, merged: Fields) -> None:
    """The group author that an entry with no names opens with leaves the title."""
    lead = _GROUP_LEAD.match(merged.title or "")
    if lead is None or not merged.title or merged.authors or not text.startswith(merged.title):
        return
    rest = merged.title[lead.end() :]
    if len(rest.split()) >= 2:
        merged.authors, merged.corporate = (Person(lead.group("group")),), True
        merged.title = clean(rest, title=True) or merged.title


# a family name with its Vancouver initials, read as one family: "Court DL."
_FAMILY_AND_INITIALS = re.compile(r"(?P<family>[A-Z][\w'’-]+)\s+(?P<given>[A-Z]{1,3})\.?")


def genus_initial(text: str, merged: Fields) -> None:
    """A genus's initial that opens the title ("C. elegans rrf-1 mutations …", "E. coli
    genome …") is no initial of the last name before it: an initial is followed by a
    capitalised name, never by a species' lower-case word."""
    title = merged.title
    at = text.find(title) if title and title[:1].islower() else -1
    lead = re.search(r"(?<![\w.])([A-Z])\.\s+$", text[:at]) if at > 0 else None
    if lead is None or not title or not merged.authors or not re.match(r"[a-z]{3,}\b", title):
        return
    if re.match(r"[a-z]+,", title):
        return  # "Tully T. nalyot, a mutation …": a gene's name, after the last initial
    letter = lead.group(1)
    *others, last = merged.authors
    given = last.given.strip()
    glued = _FAMILY_AND_INITIALS.fullmatch(last.family) if given == letter else None
    if glued is not None:
        person = Person(glued.group("family"), glued.group("given"))  # "Court DL.", "E"
    elif given.endswith(f" {letter}.") and all("." not in p.given for p in others):
        person = Person(last.family, given[: -len(letter) - 2].strip())  # "Hansen M. C."
    elif given and text[: lead.start()].rstrip().endswith(f"{last.family} {given}"):
        person = last  # GOST's "Court D. L. E. coli genome …": the parsers dropped the letter
    else:
        return
    merged.authors = (*others, person)
    merged.title = f"{letter}. {title}"

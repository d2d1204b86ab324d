"""Repairs after the merge: where the fields the rules and the labeller agreed on still meet
wrongly, whichever parser read them (a journal read as the title, a title run on into the
journal, a book's editors or imprint in its name), and the styles that neither parser reads and
a reader of its own anchors (comma-separated humanities entries, Russian GOST entries, law
reviews). Each repair is measured on the development strings and the rendered dev articles
(tests/bench); combine.combine applies them all after choosing each field's parser. Those
between authors' names and the title live in ``repair_names``.
"""

from __future__ import annotations

import copy
import re

from refcheck.crf import evidence, repair_names
from refcheck.dates import MONTH_NAMES, MONTHS
from refcheck.model import Person
from refcheck.refparse_chapter import chapter_book
from refcheck.refparse_comma import (
    EDITOR_MARK,
    comma_book,
    is_city_place,
    is_place,
    publisher_named,
)
from refcheck.refparse_fields import (
    IMPRINT_TAIL,
    LONG_DESCRIPTOR,
    MONTH_NAME,
    YEAR,
    Fields,
    clean,
    without_emphasis,
    without_place,
)
from refcheck.refparse_gbt import gbt_entry, without_code
from refcheck.refparse_gost import gost_entry, imprint_publisher
from refcheck.textnorm import HAN, HANGUL, KANA

# month names of the other languages entries are most often written in (English's, with its
# abbreviations, come from refcheck.dates)
_FRENCH_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
_ITALIAN_MONTHS = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
)
_SPANISH_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
_GERMAN_MONTHS = (
    "januar februar märz april mai juni juli august september oktober november dezember"
)
_MONTH_WORDS = "(?:{})".format(
    "|".join(
        sorted(
            {
                *MONTHS,
                *f"{_FRENCH_MONTHS} {_ITALIAN_MONTHS} {_SPANISH_MONTHS} {_GERMAN_MONTHS}".split(),
            },
            key=lambda name: (-len(name), name),
        )
    )
)
# whole month names, capitalised, that may end a container after a word ("… Telecommunications
# Avril"); not "May", "Mars", "Mai", which are words too
_ENDING_MONTHS = "|".join(
    sorted(
        {
            name.capitalize()
            for name in (*MONTH_NAMES, *f"{_FRENCH_MONTHS} {_GERMAN_MONTHS}".split())
        }
        - {"May", "Mars", "Mai"}
    )
)
_CONTAINER_TAIL = re.compile(
    rf"(?:[\s.,]+\d{{1,2}}\s+{MONTH_NAME}"
    r"(?:\s+\d{4})?|,\s*[IVXLC]{2,}|\s*\(\d+(?:st|nd|rd|th)\s+edn?\.?\)"
    r"|,?\s+(?:[Vv]ol|[Vv]olume|[Tt]ome|Bd|Band|Heft|[Nn]o|Nr|supp|suppl)\.?"
    r"|,\s*(?:[Ii]ssue|Isuue)"
    # a special issue's name, or the pages and what follows them: ", Special Issue: Belief
    # Change", ", p 18 - 22, April 30"
    r"|,\s*[Ss]pecial\s+[Ii]ssue\b[^,]*|,\s*pp?\.?\s*\d+(?:\s*[-–]\s*\d+)?(?:,.*)?"
    # a company run on after a comma: ", American Institute Of Steel Construction, Inc"
    r"|,\s*[A-Z][\w&.,'’ -]{2,60}?,?\s+(?:Inc|Ltd|Co|Corp|GmbH|LLC)\.?"
    # a meeting's place after its acronym: "(ICASSP), Brighton, U.K", "(PACT), Austin, TX"
    r"|(?<=\)),(?:\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,)?\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,"
    r"\s*(?:U\.\s?K|U\.\s?S\.\s?A|USA|UK|[A-Z]{2})"
    rf"|(?<=[a-z])\s+(?:{_ENDING_MONTHS})"
    # Vancouver's date after the journal's stop: "BMJ. 2009 Oct" (of "BMJ. 2009 Oct 1;339")
    rf"|\.\s+(?:1[6-9]|20)\d\d\s+{MONTH_NAME}\.?"
    # the book's edition after its name: "Radiology in practice. 2nd ed"
    r"|[.,]?\s+\d{1,2}(?:st|nd|rd|th)\s+(?:edn|ed|edition)\.?)$"
)
# a date after the name, in any of these languages, and what follows it: "Ethique et santé,
# juin, 2009, n°2", "Lagos Times, March 3, 2001"
_DATED_TAIL = re.compile(
    rf",\s*{_MONTH_WORDS}\.?,?\s+(?:\d{{1,2}},?\s+)?{YEAR}\b.*$", re.IGNORECASE
)
# the first initial of a publisher the name ran into: "Development and evolution of behavior. W"
# (of "W. H. Freeman")
_INITIAL_TAIL = re.compile(r"(\s[a-z]{5,})\.\s+[A-Z]$")
_LINK_WORDS = r"online|available|retrieved"
# a month or a link's lead-in alone, which names nothing
_NO_NAME = re.compile(
    rf"(?i:(?:\d{{1,2}}\s+)?{_MONTH_WORDS}\.?(?:\s+\d{{1,2}})?|{_LINK_WORDS}|en\s+ligne)\.?"
)
# a link's lead-in read as a container: "Online http://…"
_LINK_LEAD = re.compile(rf"(?i:{_LINK_WORDS})\b[^/]*?(?:https?://|www\.)")
# a volume and its supplement's word after a journal's name: "Clin J Am Soc Nephrol 2 Suppl"
_SUPPLEMENT_TAIL = re.compile(r"\s+(\d{1,4})\s+Suppl\.?$")
# a chapter's editors written as Vancouver names before the book, without "editors": "In:
# Ellis WD. A source book of Gestalt psychology"
_VANCOUVER_EDITORS = re.compile(
    r"[A-Z][\w'’-]+ [A-Z]{1,3}(?:, [A-Z][\w'’-]+ [A-Z]{1,3})*\.\s+(?=[A-Z])"
)
# a title run into its container before "In:" ("Autismus In: Lernen Konkret")
_INNER_IN = re.compile(r"^\S.*?\s+In:\s+(?=\S)")
# an issue's number in brackets, or a year glued to a name in Chinese, Japanese or Korean
_ISSUE_TAIL = re.compile(
    rf"(?:\s+(?P<volume>\d{{1,4}}))?\s*\((?P<issue>[A-Z]?\d{{1,3}})\)$"
    rf"|(?<=[{KANA}{HAN}{HANGUL}]){YEAR}$"
)
# what may stand before a container's name: the entry's date ("… geospatial data. 2001 In
# Proceedings of …", "… components. May 1999. 21st International Conference …") or its status
# ("to appear in Proceedings of …")
_CONTAINER_LEAD = re.compile(
    rf"^(?:(?:{MONTH_NAME}\s+)?"
    rf"{YEAR}[a-z]?(?:\.\s+|\s+in:?\s+)"
    r"|to\s+appear\s*(?:in|on)\s*(?=[A-Z]))",
    re.IGNORECASE,
)
_NEUTRAL_JOURNAL = re.compile(
    rf",\s*\((?P<year>{YEAR})\)\s+(?P<volume>\d+)(?:-(?P<issue>\d+))?\s+"
    r"(?P<journal>[^\W\d][^,\d]*?)\s+(?:p\.\s*)?(?P<page>\d+)\.?$"
)
# a US law review as the Bluebook cites it: "…, 9 Space Pol'y 319 (1993)." (volume, journal,
# first page, year)
_BLUEBOOK = re.compile(
    r",\s+(?P<volume>\d{1,3})\s+(?P<journal>[A-Z][^,\d()]*?[A-Za-z.'])\s+(?P<page>\d{1,5})\s*"
    rf"\((?P<year>{YEAR})\)\.?$"
)
_BLUEBOOK_AUTHOR = re.compile(r"((?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){1,3}),\s+")


# a journal's series and its number after its name, then the volume: ", Serie 2 6: 18-22",
# " Ser. 2, 1: 686", " (a) 101"
_SERIES = re.compile(
    r"(?:(?:,?\s*(?:Ser|Serie|Series|Sér|Série)\.?|(?<=Ser)\.|(?<=Serie))\s*(?:\d{1,2}|[A-Z])\b"
    r"|\.?\s*\([A-Da-d]\))"  # a section's letter in brackets: "Phys. Stat. Sol. (a) 101"
    r"(?=[\s,:]+\(?(?P<volume>\d+))"
)


def _series_number(text: str, container: str) -> tuple[str, str | None]:
    """The series and its number that the labeller left after a journal's name, and the
    volume after them ("Bulletin de l'Herbier Boissier, Serie 2 6: 18-22": volume 6 of the
    second series); ("", None) when none follows."""
    at = text.find(container)
    series = _SERIES.match(text, at + len(container)) if at >= 0 else None
    if series is None:
        return "", None
    return series.group(), series.group("volume")


_OPEN_BRACKET = re.compile(r"\s+\([^()]*$")


def _without_open_bracket(text: str, container: str) -> str:
    """The container without a bracket the entry never closes after it ("Religions in
    Antiquity (Numen supp. 14; ed. …)": a series and its editor), unless the bracket closes
    just after it ("Parasitology Today (Personal Ed.)")."""
    bracket = _OPEN_BRACKET.search(container)
    at = text.find(container)
    if bracket is None or bracket.start() == 0 or at < 0:
        return container
    if re.match(r"[\s.]*\)", text[at + len(container) :]):
        return container
    return container[: bracket.start()]


def without_lead(container: str) -> str:
    """The container without the entry's date or status before its name (unchanged when it
    has none)."""
    bare = _CONTAINER_LEAD.sub("", container, count=1)
    return container if bare == container else clean(bare) or container


# what surrounds a book's or proceedings' name in a container: "in" before it, its editors
# before or after it ("InC. B. Jones, and T. Denvir, editors,Proc. 5th …", "… (R. Chellappa,
# ed.)"), its publisher after a comma ("Computer communications, Elsevier Science Publishers")
# ("In Vivo", "In Practice" are journals, and "In der Pädagogik …" a book: they keep their "In";
# French "dans" and Spanish "en" lead in as "in" does)
_IN_LEAD = re.compile(
    r"^(?:in:?\s+|dans\s+(?=[A-Z«])|en:?\s+(?=[A-Z«])|In:\s*"
    r"|In\s+(?!(?:Vivo|Vitro|Silico|Situ|Practice|Context|These|Focus|Brief"
    r"|Touch|Search|Depth)\b)(?=[A-Z\d]))(?=\S)"
)
_EDITORS_LEAD = re.compile(
    rf"^.{{0,200}}?(?:\beditors?\s*[,:.]|{EDITOR_MARK}\s*[,:.]?)\s*(?=\S)", re.IGNORECASE
)
# the editors after a book's name: "(eds.)", ", a cura di L. Serianni e P. Trifone", ", edited
# by …", ", hrsg. von …", ", éd. par …", ", sous la direction de …"
_EDITORS_TAIL = re.compile(
    # (the editors in brackets, not NLM's "BMJ (Clinical research ed.)", "Angew Chem (Int ed.)")
    r"\s*\((?:[^()]*(?:,|\s&\s|\sand\s|\b[A-Z]\.|\b[A-Z]{1,3}\b(?!\.))[^()]*)?\beds?\.?\)$"
    r"|,\s*(?i:a\s+cura\s+di|edited\s+by|hrsg\.\s+von"
    r"|[ée]d\.\s+par|sous\s+la\s+direction\s+de)\s+[^,;]{2,120}$"
)
_PUBLISHER_TAIL = re.compile(
    r"(?:,|(?<=[a-z])\.)\s*((?:[\w&.'+-]+\s+){0,4}(?:Publishers?|Press|Verlag|Publishing|Elsevier"
    r"|Springer|Wiley|Academic Press|Media)(?:\s+[\w&.'+-]+){0,3})$"
)


_LIST_END = re.compile(r"[A-Z][\w-]*,\s+(?:and|&)\s+[A-Z]")
_LIST_START = re.compile(r"(?:^|[.?!]\s+)((?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s+)+)$")


def book_of(text: str, container: str, authors: tuple[Person, ...]) -> tuple[str, str | None]:
    """The container without what only surrounds it, and a publisher found at its end."""
    book = _IN_LEAD.sub("", container, count=1)
    book = _EDITORS_LEAD.sub("", book, count=1)
    book = _EDITORS_TAIL.sub("", book)
    publisher = None
    tail = _PUBLISHER_TAIL.search(book) or IMPRINT_TAIL.search(book)
    if tail is not None and tail.start() > 0:
        book, publisher = book[: tail.start()], tail.group(1)
    head, comma, last = book.rpartition(", ")
    if comma and head and is_place(last):
        book = head  # "Note di archeologia calabrese, Cosenza": the place of publication
    words = book.split()
    family = authors[-1].family if authors else ""
    if (
        len(words) > 2
        and words[0] == family
        and re.search(rf"[A-Z]\.\s*{re.escape(family)}\s", text)
    ):
        book = " ".join(words[1:])  # "P. Biermann Phys. Rev. D": the last name ran into it
    return (clean(book) or container), publisher


def repair(text: str, merged: Fields) -> Fields:
    """Where the merged fields meet wrongly, whichever parser read them: a journal read as the
    title or as names, a name or a journal run into the title. ``text`` is the entry as the
    labeller read it."""
    journal = evidence.journal_start(text, merged.title) if merged.title else None
    if journal is not None:
        merged.title, merged.container = None, journal  # "Prog. Theor. Phys. 56": no title
    head = evidence.journal_head(text, merged.container) if merged.container else None
    if head is not None:
        # "Fiz" of "L. Volkova Yad. Fiz. 31": the journal's first abbreviations go with it
        if merged.title == merged.container:
            merged.title = None  # "Okafor, IEEE Trans. Antennas Propag. 53": no title
        merged.container = f"{head} {merged.container}"
        words = head.rstrip(".")
        if merged.title and merged.title.endswith(words):
            merged.title = clean(merged.title[: -len(words)], title=True) or None
        merged.authors = repair_names.without_journal_name(merged.authors, head.split())
        merged.authors = repair_names.given_without_journal(merged.authors, merged.container)
    unnamed = (
        evidence.without_last_family(text, merged.title, merged.authors) if merged.title else None
    )
    if unnamed is not None:
        merged.title = unnamed  # "and S. Tsujikawa Realizing …": the names ran into the title
    run_on = evidence.run_on_journal(text, merged.title, merged.container) if merged.title else None
    if run_on is not None:
        # "… in adult diabetes mellitus QJM 1994; 87": no full stop before the journal
        merged.title, merged.container = run_on
    _container_bounds(text, merged)
    _names_before_journal(merged)
    _imprint(text, merged)
    if merged.authors and merged.container and "." in merged.container:
        journal_words = set(merged.container.replace(".", " ").split())
        if text.lstrip(" ([").startswith(merged.container) and all(
            person.family in journal_words for person in merged.authors
        ):
            # "J. Cell. Biochem. 90:339": the entry opens with its abbreviated journal, which
            # the rules read as a person ("Cell, J."); not "Nature. 2010. Collateral damage.
            # Nature 466" or "World Health Organization. 2013.", a journal or body as author
            merged.authors, merged.et_al, merged.corporate = (), False, False
    _law_review(text, merged)
    _court_case(text, merged)
    _statute(text, merged)
    _bracketed_source(text, merged)
    _article_number(text, merged)
    _patent(text, merged)
    _report(merged)
    _listed_journal(text, merged)
    _second_sentence(text, merged)
    _title_run_on(text, merged)
    _imprint_in_title(text, merged)
    _issuer_in_title(text, merged)
    _journal_part(text, merged)
    _chapter(text, merged)
    _title_lead(merged)
    repair_names.collaboration(merged)
    repair_names.name_as_title(merged)
    repair_names.quoted_title_as_name(text, merged)
    repair_names.title_before_year(text, merged)
    repair_names.group_acronym(text, merged)
    repair_names.group_before_title(text, merged)
    repair_names.name_before_title(text, merged)
    repair_names.year_before_title(text, merged)
    repair_names.group_year_before_title(text, merged)
    repair_names.vancouver_name_before_title(text, merged)
    repair_names.names_after_title(text, merged)
    repair_names.given_as_title(text, merged)
    repair_names.names_closed_by_stops(text, merged)
    repair_names.genus_initial(text, merged)
    _proceedings_of_science(text, merged)
    _comma_style(text, merged)
    _gost(text, merged)
    _protocol_unit(merged)
    _role_bracket(text, merged)
    _thesis_bracket(merged)
    _title_ends(merged)
    _film(text, merged)
    _journal_in_title(merged)
    _wikipedia(text, merged)
    _year_publisher_in_title(text, merged)
    _numbers_as_publisher(merged)
    _acs_book(text, merged)
    _acs_imprint(text, merged)
    _meeting_days(text, merged)
    _book_in_series(text, merged)
    _preprint_server(text, merged)
    _editors_before_publisher(text, merged)
    _rfc(text, merged)
    _gbt(text, merged)
    _presented_at(text, merged)
    _closing_quote(text, merged)
    _meeting_acronym(text, merged)
    _standard(text, merged)
    _cjk_publisher(merged)
    _mla_imprint(text, merged)
    _mla_makers(text, merged)
    _nlm_homepage(text, merged)
    _seite(text, merged)
    _publisher_runs_on(merged)
    if merged.publisher and _PREPRINT_AT.fullmatch(merged.publisher):
        merged.publisher = None  # Nature's "Preprint at https://arxiv.org/…": no publisher
    return merged


_PREPRINT_AT = re.compile(r"(?:preprint|posted)(?:\s+(?:at|on))?", re.IGNORECASE)


# MLA's edition before the publisher: "50th anniversary ed., Houghton Mifflin, 2004"
_MLA_EDITION = re.compile(r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:[A-Za-z]+\s+)?ed\.,\s+(?=[A-Z])")
# MLA's chapter: the quoted title, then the book, its publisher and year, and the pages
_MLA_QUOTED_IN_BOOK = re.compile(
    r"[.?!][\"”]\s+(?P<book>[A-Z][^\"“”]{1,200}?),\s+(?P<publisher>[^,\d]{2,80}),\s+"
    r"(?:1[5-9]|20)\d\d,\s+pp?\.\s*\d"
)


def _mla_imprint(text: str, merged: Fields) -> None:
    """MLA names the publisher with a comma before the year and no place: "Beloved. Knopf,
    1987." (no journal: it has neither volume nor pages), "… 50th anniversary ed., Houghton
    Mifflin, 2004", and a chapter's book before it: '"Stranger in the Village." Notes of a
    Native Son, Beacon Press, 1955, pp. 159-75'."""
    container = merged.container
    if container and not (merged.volume or merged.issue or merged.pages or merged.publisher):
        edition = _MLA_EDITION.match(container)
        name = container[edition.end() :] if edition else container
        at = text.find(container)
        if (
            at >= 0
            and publisher_named(name)
            and "," not in name
            and len(name.split()) <= 5
            and not name.isupper()  # "In ACL, 2020": a meeting's acronym
            and not re.search(r"\b[Ii]n:?\s*$", text[:at])
            and re.search(rf"{re.escape(container)},\s+{YEAR}\.?$", text)
        ):
            merged.publisher, merged.container = name, None
            merged.kind = merged.kind or "book"
            if edition and merged.title and merged.title.endswith(edition.group().rstrip(" ,.")):
                merged.title = clean(
                    merged.title[: -len(edition.group().rstrip(" ,."))], title=True
                )
        return
    if container is None and merged.pages and merged.title:
        chapter = _MLA_QUOTED_IN_BOOK.search(text)
        if chapter is not None and publisher_named(chapter.group("publisher")):
            merged.container, merged.publisher = chapter.group("book"), chapter.group("publisher")
            merged.kind = merged.kind or "chapter"


# MLA's book with its editors or translator before the publisher, at the entry's end: "Hamlet.
# Edited by Barbara A. Mowat and Paul Werstine, Simon and Schuster, 1992."
_MLA_MAKERS = re.compile(
    r"(?P<lead>[.?!][\"”]?\s+)(?P<line>(?:Edited|Translated|Introduction|Foreword)\s+by\s+"
    r"(?:[A-Z]\.\s*|[^.,])+?),\s+(?P<publisher>[^,.]{2,80}?),\s+(?:1[5-9]|20)\d\d\.?\s*$"
)


def _mla_makers(text: str, merged: Fields) -> None:
    """The publisher after MLA's editors or translator, which the parsers ran into the
    container or the title ("Edited by Henry Wansbrough, Doubleday"); where the line follows
    the entry's first sentence, that sentence is the title of a work without an author ("The
    New Jerusalem Bible. Edited by …")."""
    found = _MLA_MAKERS.search(text)
    if found is None or not publisher_named(found.group("publisher")):
        return
    line = found.group("line")
    for name in ("container", "title"):
        value = getattr(merged, name)
        if value and value.startswith(line):
            setattr(merged, name, None)
    if merged.publisher in (None, f"{line}, {found.group('publisher')}"):
        merged.publisher = found.group("publisher")
    head = text[: found.start()].strip()
    if merged.title is None and len(merged.authors) == 1 and merged.authors[0].family == head:
        merged.title, merged.authors, merged.corporate = head, (), False
    merged.kind = merged.kind or "book"


# NLM's homepage: its title, "[Internet]", the place and publisher, and the copyright year
# ("Cancer-Pain.org [Internet]. New York: Association of Cancer Online Resources, Inc.; c2000-01")
_NLM_HOMEPAGE = re.compile(
    r"(?P<title>(?:[^\[\].;]|\.(?!\s)){2,200}?)\s*\[Internet\]\.\s+[^:;\[\]]{2,60}:\s+"
    r"(?P<publisher>[^;\[\]]{2,160});\s+c?(?P<year>(?:1[5-9]|20)\d\d)"
)


# German page marks at an entry's end: the pages cited ("Tübingen: Mohr, S. 12–15.", "In: …
# Berlin: de Gruyter, S. 101–130.") or a book's count ("Wiesbaden: VS Verlag, 245 S.")
_SEITE = re.compile(r"(?:[,.]\s*S\.\s*\d+(?:\s*[-–]\s*\d+)?|[,.]\s*\d+\s+S)\.?\s*$")
# what the parsers kept of them at the end of the publisher or the container: ", S. 12", ", S",
# ", 245 S"
_SEITE_LEFT = re.compile(r"[,.]\s*(?:S(?:\.\s*\d+(?:\s*[-–]\s*\d+)?)?|\d+\s+S)\.?$")
# a book's imprint, read as a container: "Tübingen: Mohr (Siebeck)"
_PLACE_PUBLISHER = re.compile(
    r"(?P<place>[A-ZÄÖÜ][\w.'’ /-]{1,40}?)\s*:\s*(?P<publisher>[^:]{2,80})"
)


def _seite(text: str, merged: Fields) -> None:
    """German entries mark pages with "S." (Seite) after the publisher; the parsers ran the mark
    into the publisher ("Mohr, S. 12", "VS Verlag, 245 S") or read the imprint and the mark as
    a container ("Tübingen: Mohr (Siebeck), S")."""
    if _SEITE.search(text) is None:
        return
    if merged.publisher and (left := _SEITE_LEFT.search(merged.publisher)):
        merged.publisher = merged.publisher[: left.start()].rstrip() or None
    container = merged.container
    if container and (left := _SEITE_LEFT.search(container)):
        container = container[: left.start()].rstrip()
        imprint = _PLACE_PUBLISHER.fullmatch(container)
        if imprint is not None and not (merged.publisher or merged.volume or merged.issue):
            merged.container, merged.publisher = None, imprint.group("publisher")
            merged.kind = merged.kind or "book"
        else:
            merged.container = container or None


# NLM's imprint "Place: Publisher; Year." that ran on into what follows the year: "Springer;
# 2015. Chapter 5, Epidemiology; p"
_PUBLISHER_YEAR_ON = re.compile(r"(?P<publisher>[^;]{2,80}?)\s*;\s*(?:1[5-9]|20)\d\d\b.+")


def _publisher_runs_on(merged: Fields) -> None:
    """The publisher of an NLM imprint ends at the semicolon before the year; what the parsers
    ran on after the year (a chapter's number and title, "p") is no part of it."""
    found = _PUBLISHER_YEAR_ON.fullmatch(merged.publisher or "")
    if found is not None:
        merged.publisher = found.group("publisher")


def _nlm_homepage(text: str, merged: Fields) -> None:
    """A homepage in NLM's style has no author: its name opens the entry (the parsers read
    "Cancer-Pain" as a person and ran the imprint into the title)."""
    found = _NLM_HOMEPAGE.match(text)
    if found is None or (
        merged.authors and merged.authors[0].family.split()[0] not in found.group("title")
    ):
        return
    merged.authors, merged.et_al, merged.corporate = (), False, False
    merged.title = found.group("title")
    merged.publisher = found.group("publisher").strip()
    merged.year = found.group("year")  # the copyright year, not the update's or citation's
    merged.kind = "web"


# a Chinese, Japanese or Korean publisher's name ends so: "東京大学出版会", "岩波書店", "人民出版社",
# "한국출판사"
_CJK_PUBLISHER = re.compile(
    r"(?:出版会|出版社|出版部|出版|書店|書房|書院|新社|출판사|출판부|출판)$"
)


def _cjk_publisher(merged: Fields) -> None:
    """A CJK book's publisher, which the parsers read as its container ("記憶の再検討. 東京大学
    出版会."): no journal has numbers of its own."""
    container = merged.container
    numbered = merged.volume or merged.issue or merged.pages
    if container and not numbered and not merged.publisher and _CJK_PUBLISHER.search(container):
        merged.publisher, merged.container = container, None
        merged.kind = merged.kind or "book"


# a standard's designation: "IEEE Std 754-2019", "ISO/IEC 27001:2013", "ASTM D638-14"
_STANDARD = re.compile(
    r"\b(?:(?:IEEE|ANSI(?:/\w+)?)\s+Std\.?\s+\d[\w.:/-]*"
    r"|ISO(?:/IEC)?\s+(?:Standard\s+No\.\s*)?\d{3,5}(?:-\d+)*(?::\d{4})?"
    r"|ASTM\s+[A-Z]\d+[\w.:/-]*|(?:BS\s+EN|BS|DIN|EN|IEC)\s+\d{3,5}(?:[-:]\d+)+)"
    r"(?<=\d)"
)


def _standard(text: str, merged: Fields) -> None:
    """A standard cited by its designation: the numbers in "IEEE Std 754-2019" are neither
    volume nor pages, "IEEE Std" is no journal, and the title is what the entry names before
    the designation ("IEEE Standard for Floating-Point Arithmetic, IEEE Std 754-2019")."""
    found = _STANDARD.search(text)
    if found is None:
        return
    code = found.group()
    rest = text[: found.start()] + text[found.end() :]
    for name in ("volume", "issue", "pages"):
        value = getattr(merged, name)
        if value and value in code and (value not in rest or value == merged.year):
            setattr(merged, name, None)
    if merged.container and merged.container in code:
        merged.container = None
    body = code.rpartition(" ")[0]  # "IEEE Std" of "IEEE Std 754-2019"
    if merged.title and body and merged.title.endswith(body):
        merged.title = clean(merged.title[: -len(body)], title=True) or None
    if merged.title is None and not merged.authors:
        head = re.sub(r"^\s*(?:\[\d+\]|\d+\.)\s*", "", text[: found.start()])
        merged.title = clean(head, title=True) or None
    if not (merged.publisher or merged.container):
        merged.publisher = code.split()[0]  # the body that issues it: "IEEE", "ISO/IEC"


# a meeting's acronym and place after its name: "(CVPR), Las Vegas, NV, USA"
_ACRONYM_PLACE = re.compile(r"(?P<acronym>\(?[A-Z][\w&/ '-]{1,20}\))(?:,\s*(?P<place>[^()]*))?")


# the place after a meeting's acronym (two capitals at least: "(ICRA)", "(HIfL)", not
# "(Flagstaff)"), run into the meeting's name: ", Paris, France"
_PLACE_AFTER_ACRONYM = re.compile(
    r"(?P<meeting>.*\([A-Z][\w&/'-]{0,19}[A-Z][\w&/'-]{0,19}\)),"
    r"\s*[A-Z][^()\d,]{1,30}(?:,\s*[A-Z][^()\d,]{1,30}){0,2}"
)


def _meeting_acronym(text: str, merged: Fields) -> None:
    """IEEE's "in Proc. IEEE Conf. … Recognit. (CVPR), Las Vegas, NV, USA, Jun. 2016": the
    acronym ends the meeting's name and the place after it is no publisher, nor part of the
    meeting's name."""
    placed = _PLACE_AFTER_ACRONYM.fullmatch(merged.container) if merged.container else None
    if placed is not None:
        merged.container = placed.group("meeting")
    if not (merged.container and merged.publisher):
        return
    found = _ACRONYM_PLACE.fullmatch(merged.publisher)
    acronym = found.group("acronym").strip("()") if found else ""  # (or "ICRA)", its "(" lost)
    named = (
        re.search(rf"{re.escape(merged.container)}\.?\s+\({re.escape(acronym)}\)", text)
        if found
        else None
    )
    place = found.group("place") or "" if found else ""
    if named is None or (place and not re.fullmatch(r"[^,\d]+(?:,\s*[^,\d]+){0,2}", place)):
        return
    merged.container, merged.publisher = named.group(), None


def _closing_quote(text: str, merged: Fields) -> None:
    """A title that ends with a quoted title keeps the quote's close, which the stop inside it
    hid: 'Comment on "Estimating the reproducibility of psychological science."'."""
    title = merged.title
    if not title:
        return
    for opening, closing in (('"', '"'), ("“", "”")):
        opened = title.count(opening) - (title.count(closing) if opening != closing else 0)
        if (opened % 2 if opening == closing else opened) != 1:
            continue
        at = text.find(title)
        if at >= 0 and re.match(rf"[.?!]?{closing}", text[at + len(title) :]):
            merged.title = title + closing
        return


# a paper given at a meeting, as APA and Chicago print it after the title: "… framework. Paper
# presented at the IEEE Intelligent Vehicles Symposium, Detroit, MI."
_PRESENTED_AT = re.compile(
    r"(?:^|[.,]\s+)(?P<event>(?:(?:Paper|Poster|Talk|Lecture|Keynote|Address|Invited\s+talk)"
    r"\s+(?:session\s+)?)?[Pp]resented\s+(?:at|to)\s+\S.*)$"
)
# what follows the meeting's name: its place, its days, a DOI or link
_EVENT_TAIL = re.compile(
    rf",\s+(?:{MONTH_NAME}\.?\s+)?(?:\d{{1,2}}(?:[-–]\d{{1,2}})?,?\s+)?(?:{MONTH_NAME}\.?\s+)?"
    rf"{YEAR}\.?$|[.,]?\s+(?:doi:|https?://|www\.)\S*$",
    re.I,
)


# APA 7's descriptors of a paper given at a meeting, whose name follows as the container
_PRESENTATION = re.compile(
    r"\[(?:paper|poster|conference)\s+(?:presentation|session)\]|\[conference\s+session\]", re.I
)


def _presented_at(text: str, merged: Fields) -> None:
    """A paper presented at a meeting: the title ends before "Paper presented at", which with
    the meeting's name is where it was published (the container), without its place and days;
    APA 7's "[Paper presentation]. Meeting, Place" names the meeting the same way."""
    if merged.publisher and not merged.container and _PRESENTATION.search(text):
        merged.container, merged.publisher = merged.publisher, None
        _place_off(merged)
        return
    title = _PRESENTED_AT.search(merged.title or "")
    if title is not None and merged.title and title.start() > 0:
        merged.title = clean(merged.title[: title.start()], title=True) or merged.title
        start = text.find(title.group("event"))
        if start >= 0:
            merged.container = text[start:]
    if _PRESENTED_AT.match(merged.container or ""):
        _place_off(merged)


def _place_off(merged: Fields) -> None:
    """The meeting's name without its place, days, DOI or link after it."""
    if not merged.container:
        return
    container = merged.container.strip().rstrip(".")
    while (tail := _EVENT_TAIL.search(container)) is not None and tail.start() > 0:
        container = container[: tail.start()].rstrip(" .,")
    head, _, place = container.rpartition(", ")
    if head and is_city_place(place):
        container = head  # "…, Ann Arbor, MI"
    elif head.count(", ") and is_city_place(place := head.rpartition(", ")[2] + ", " + place):
        container = head.rpartition(", ")[0]
    merged.container = clean(container) or merged.container


def _gbt(text: str, merged: Fields) -> None:
    """Chinese GB/T 7714 entries (refparse_gbt): the kind code is no part of the title; after
    "[C]//" comes the book; a newspaper's "2019-05-12(7)" is its date and page."""
    entry = gbt_entry(text)
    if entry is None:
        return
    if merged.title:
        merged.title = clean(without_code(merged.title), title=True) or merged.title
    merged.kind = entry.kind or merged.kind
    if entry.book:
        merged.container = entry.book
        merged.publisher = entry.publisher or merged.publisher
    if entry.newspaper:
        merged.container, merged.volume, merged.issue = entry.newspaper, None, None
        merged.pages = entry.newspaper_page


_RFC = re.compile(r"(?:\bInternet\s+)?(?<!/)\bRFC\s?(?P<number>\d{1,5})\b")


def _rfc(text: str, merged: Fields) -> None:
    """An IETF RFC is the series and number it is known by ("RFC 793"), as the labelled strings
    keep it: neither a volume nor the title's end ("Hypertext Transfer Protocol -- HTTP/1.0.
    RFC 1945, IETF")."""
    found = list(_RFC.finditer(text))
    if len(found) != 1:
        return
    rfc, number = found[0].group(0), found[0].group("number")
    title = merged.title or ""
    if rfc in title and not title.endswith(rfc):
        return  # "… in RFC 2616 caching": the title's own words
    if title.endswith(rfc) and len(title) > len(rfc):
        merged.title = clean(title[: -len(rfc)], title=True) or None
    if merged.container in (None, "RFC", "Internet RFC", rfc) or merged.container == title:
        merged.container = rfc
        merged.kind = "report"
        if merged.volume in (number, rfc):
            merged.volume = None


def _editors_before_publisher(text: str, merged: Fields) -> None:
    """MLA's "…, edited by Cary Nelson and Lawrence Grossberg, U of Illinois P, 1988": the
    editors' names are no part of the publisher after them."""
    head, comma, rest = (merged.publisher or "").partition(", ")
    if comma and re.search(
        rf"\b(?:edited|translated)\s+by\s+{re.escape(head)},", text, re.IGNORECASE
    ):
        merged.publisher = rest


# a preprint server, then the preprint's number or the year: "bioRxiv 2020.01.01.123456",
# "arXiv. 2021. arXiv:2101.01234"
_SERVER_THEN_NUMBER = re.compile(
    r"(?P<server>arXiv|bioRxiv|medRxiv|ChemRxiv|PsyArXiv|SocArXiv|EarthArXiv|TechRxiv|SSRN"
    r"|Research Square|Preprints\.org)[.,]?\s+(?:\[Preprint\]\.?\s*)?(?:(?:19|20)\d\d\b|arXiv:|\d{4}\.\d)"
)


def _preprint_server(text: str, merged: Fields) -> None:
    """NLM's preprint, "bioRxiv 2020.01.01.123456 [Preprint]. 2020", "arXiv [Preprint]. 2021.
    arXiv:2101.01234": the server is the container, without the preprint's number or date."""
    server = _SERVER_THEN_NUMBER.match(merged.container or "")
    if server is None and merged.container is None:
        server = _SERVER_THEN_NUMBER.match(merged.publisher or "")
        merged.publisher = None if server else merged.publisher  # (read as the publisher)
    if server is not None:
        merged.container = server.group("server")
    elif merged.year and merged.publisher and merged.publisher.startswith(f"{merged.year}, arXiv:"):
        merged.publisher = merged.publisher[len(merged.year) + 2 :]  # IEEE: "2020, arXiv:…"


# Springer's proceedings: "In: Jones, B. (ed.) ICSE 2005. LNCS, vol. 3456, pp. 100–115.
# Springer, Heidelberg (2005)": the book after its editors, then its series and the series' volume
_BOOK_IN_SERIES = re.compile(
    r"\((?:eds?\.?|Hrsg\.)\)\s+(?P<book>[^()]{2,200}?)\.\s+"
    r"(?P<series>[A-Z][\w&-]*(?:\s+[\w&-]+){0,7}),\s+vol\.\s*(?P<volume>\d+)\b"
)


def _book_in_series(text: str, merged: Fields) -> None:
    """The proceedings a paper appeared in, where the series after it ("LNCS, vol. 3456") was
    read as a journal: the book is the container, the series' volume stays the volume."""
    found = _BOOK_IN_SERIES.search(text)
    if found is None or merged.container not in (
        found.group("series"),
        f"{found.group('book')}. {found.group('series')}",
    ):
        return
    merged.container = clean(found.group("book"))
    merged.volume = found.group("volume")
    merged.kind = "chapter"


# the author and year between a title printed first and its journal ("Title? Saikawa, E. 2013
# World Politics, 65(1)")
_NAME_YEAR_LEAD = re.compile(
    r"(?P<family>[A-ZÀ-Þ][\w'’-]+),\s+(?P<given>(?:[A-Z]\.\s*)+)(?:19|20)\d\d[a-z]?[.,]?\s+(?=\S)"
)


def _names_before_journal(merged: Fields) -> None:
    """Entries that print the title first, then the names and year, then the journal: the
    names and year are no part of the journal's name."""
    lead = _NAME_YEAR_LEAD.match(merged.container or "")
    if lead is None:
        return
    if not merged.authors:
        merged.authors = (Person(lead.group("family"), lead.group("given").strip()),)
    if any(p.family == lead.group("family") for p in merged.authors):
        merged.container = (merged.container or "")[lead.end() :]


def _acs_book(text: str, merged: Fields) -> None:
    """ACS's book, "Title; Publisher: City, Year": the labeller read "Medical Microbiology;
    University of Texas Medical Branch" as the publisher, or left out the title's last bracket
    ("… Zebrafish (Danio Rerio); University of Oregon Press: Eugene"); what precedes the
    semicolon is the title's, and the publisher comes before its city."""
    publisher, title = merged.publisher or "", merged.title
    if title:
        at = text.find(title)
        bracket = _ACS_TITLE_BRACKET.match(text, at + len(title)) if at >= 0 else None
        if bracket is None or merged.container not in (None, bracket.group(1)):
            return  # (the bracket read as a container: "(Plymouth Routines In …); Plymouth …")
        merged.title, merged.container = f"{title} ({bracket.group(1)})", None
        rest = text[bracket.end() :]
    elif merged.container is None and "; " in publisher and ":" not in publisher.partition("; ")[0]:
        head, _, rest = publisher.partition("; ")
        merged.title = clean(head, title=True) or None
    else:
        return
    imprint = re.match(r"([^:;,]{3,120}?)\s*(?::|,\s*(?:1[5-9]|20)\d\d|$)", rest)
    if imprint is not None:
        merged.publisher = clean(imprint.group(1))


# a meeting's days read as pages: "presented at the 3rd Int. Conf. …, San Diego, CA, USA, May
# 7–9, 2015"
_MEETING_DAYS = re.compile(rf",?\s*(?P<month>{MONTH_NAME})\s*$")


def _meeting_days(text: str, merged: Fields) -> None:
    """The days a meeting was held, printed after its month, are no pages: the month and the
    place before it end the container instead."""
    pages, container = merged.pages, merged.container
    if not (pages and container and re.fullmatch(r"\d{1,2}\s*[–-]\s*\d{1,2}", pages)):
        return
    month = _MEETING_DAYS.search(container)
    if month is None or not re.search(rf"{re.escape(container)}\s+{re.escape(pages)}\b", text):
        return
    merged.pages = None
    container = container[: month.start()]
    place = re.search(r",\s+[A-Z][\w .'-]+,\s+[A-Z]{2}(?:,\s+USA)?$", container)
    merged.container = container[: place.start()] if place else container


# ACS's imprint between semicolons, the publisher before its place: "; Wiley: New York, 2005;",
# "; American Chemical Society: Washington, DC, 1996;"
_ACS_PUBLISHER_PLACE = re.compile(
    rf";\s+(?P<publisher>[A-Z][^;:]{{1,80}}?):\s*(?P<place>[A-Z][^;:]{{1,60}}?),\s*{YEAR}[a-z]?"
    r"\s*(?:[;.]|$)"
)


def _acs_imprint(text: str, merged: Fields) -> None:
    """ACS's "Publisher: Place, Year", which both parsers, used to "Place: Publisher", read the
    other way round: the publisher is what stands before the colon."""
    if ";" not in text:
        return
    found = _ACS_PUBLISHER_PLACE.search(text)
    if found is None:
        return
    publisher, place = found.group("publisher"), found.group("place")
    if merged.publisher not in (None, place, f"{publisher}: {place}"):
        return
    if is_place(publisher) or not is_city_place(place):
        return
    merged.publisher = publisher


# the bracket that closes an ACS book's title before the semicolon and the publisher
_ACS_TITLE_BRACKET = re.compile(r"\s*\(([^()]{2,160})\)\s*;\s")


_DASHES = str.maketrans("–—", "--")


def _numbers_as_publisher(merged: Fields) -> None:
    """ "Electronic Networking: Research, Applications and Policy, 2(1) 52-58": a journal whose
    name holds a colon, which the rules read as "Place: Publisher" of a book; a publisher
    holding the journal's pages is none."""
    publisher, pages = merged.publisher, merged.pages
    if not (publisher and pages and merged.container and merged.volume):
        return
    if re.search(rf"\b{re.escape(pages.translate(_DASHES))}\b", publisher.translate(_DASHES)):
        merged.publisher = None
        if merged.kind == "book":
            merged.kind = None


# APA's translator or editor in brackets after a book's title: "Écrits: A selection (A.
# Sheridan, Trans.)", "(J. Strachey, Ed. & Trans.)", "(R. Hurley, Trans. & Ed.)"
_ROLE_BRACKET = re.compile(
    r"\s*\((?P<names>[^()]{2,160}?),\s*(?:Trans|Eds?|Comp|Ed\.\s*&\s*Trans|Trans\.\s*&\s*Eds?)\.?\)"
)


def _role_bracket(text: str, merged: Fields) -> None:
    """The translator's or editor's bracket after a title is no part of it; the labeller and
    the rules stop inside it ("Écrits: A selection (A. Sheridan") or run through it, or stop
    before it ("The ego and" of "The ego and the id (J. Strachey, Trans.)"). The sentence after
    it that is only a name is the book's publisher ("… Trans.). W. W. Norton.")."""
    title = merged.title
    at = text.find(title) if title else -1
    role = _ROLE_BRACKET.search(text, at) if title and at >= 0 else None
    if role is None or not title:
        return
    between = text[at + len(title) : role.start()]
    if role.start() >= at + len(title) and (len(between) > 40 or re.search(r"[.?!:;]", between)):
        return
    merged.title = clean(text[at : role.start()], title=True) or title
    after = _AFTER_ROLE.match(text, role.end())
    if after is None or merged.publisher or merged.volume or merged.pages:
        return
    if merged.container in (None, after.group("publisher")):
        merged.publisher, merged.container = after.group("publisher"), None
        merged.kind = merged.kind or "book"


# the publisher alone in the sentence after a translator's bracket, then the entry ends, or
# its link or its original's date follows: "(A. Rosin, Trans.). Viking. (Original work …)"
_AFTER_ROLE = re.compile(
    r"\.\s+(?P<publisher>(?:[A-Z]\.\s+)*[A-Z][^.()\d:;]{1,80}?)\.?"
    r"(?=\s*(?:\((?i:original)|https?://|(?i:doi)|\Z))"
)


# APA's thesis in brackets after its title: "(Doctoral dissertation, University of Oxford)",
# "(Unpublished doctoral dissertation)", "[Master's thesis, University of Toronto]"
_THESIS_BRACKET = re.compile(
    rf"\s*[(\[](?i:{LONG_DESCRIPTOR.pattern})(?:,\s*(?P<school>[^()\[\],][^()\[\]]{{1,120}}))?[)\]]$"
)


def _thesis_bracket(merged: Fields) -> None:
    """The genre's bracket closing a thesis's title is no part of it; the school it names is
    the thesis's publisher where none was read (or only the database it was retrieved from)."""
    found = _THESIS_BRACKET.search(merged.title) if merged.title else None
    if found is None or not merged.title or found.start() == 0:
        return
    merged.title = merged.title[: found.start()].rstrip(" .,")
    school = found.group("school")
    publisher = merged.publisher
    if school and (publisher is None or publisher.lower().startswith(("retrieved", "available"))):
        merged.publisher = school.strip()
    merged.kind = "thesis"


# a report's client after its title: ". Prepared for Air Force Center …", ". Report submitted to
# New Hanover County …"
_PREPARED_FOR = re.compile(
    r"\.\s+(?:(?:Final\s+|Technical\s+)?Report\s+)?(?:[Pp]repared|[Ss]ubmitted)\s+(?:for|to)\b"
)


# a link the title ran into, bracketed or not: "… Levels. <http://www.epa.gov/…>", "… monitor
# https://www.itu.int/…"
_LINK_IN_TITLE = re.compile(r"[\s.,:;]+[<\[(]?(?:https?://|www\.)")


# APA's report series or number in brackets after the title: "(Bureau of Justice statistics
# special report)", "(Report No. 217)", "(DHHS Publication No. 2011-1232)", "(NCES 2009-081)";
# not a translated title ("(Government Work Report)")
_REPORT_BRACKET = re.compile(
    r"\s*\([^()]*\b(?:[Rr]eport\s+[Nn]o\.?|[Ss]pecial\s+report|[Ww]orking\s+[Pp]aper"
    r"|[Pp]ublication\s+[Nn]o\.?|NCES\s+\d)[^()]*\)$"
    # an issuer's document code: "(WHO/CDS/TB/2020.22)", "(EPA/600/R-12/345)"
    r"|\s*\((?=[^()]*\d)[A-Z]{2,}\w*(?:/[\w.-]+){2,}\)$"
)


# a book's editor or translator after its title, as Chicago notes print them: "…, ed. Timothy
# F. Lull (Minneapolis: …)", "…, (ed.) R. W. Chapman (Oxford: …)", "…, trans. A. Sheridan"
_EDITOR_IN_TITLE = re.compile(
    r",\s+(?:\(eds?\.\)|eds?\.|edited\s+by|trans\.|translated\s+by)\s+[A-ZÀ-Þ]"
)
# an inverted name before that mark: the editor opening the entry after its author ("Barlow,
# Nora, ed. The Autobiography of …"), the title after the mark
_INVERTED_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+,\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]*)?")


# a book series named after the title: ". Monographs in Population Biology", ". Wiley series in
# probability and statistics …", ". Lecture Notes in Computer Science"
_SERIES_SENTENCE = re.compile(
    r"\.\s+(?:[A-Z][\w-]*\s+){0,3}(?:[Ss]eries\s+(?:in|on|of)\b|Monographs\s+(?:in|on)\b"
    r"|Lecture\s+Notes\s+in\b)[^.]*$"
    # a publisher's series: ". Cambridge Studies in Comparative Politics" (not a subtitle's
    # "Two Studies in Form, Meaning and Interpretation")
    r"|\.\s+(?!(?:Two|Three|Four|Five|Six|Some|New|Further)\s)(?:[A-Z][\w-]*\s+){1,3}"
    r"(?:Studies|Texts)\s+in\s[^.,]*$"
)
# the series' sentence before the imprint the rules read as the publisher's: "Cambridge
# Studies in Comparative Politics. Cambridge: Cambridge University Press"
_SERIES_BEFORE_IMPRINT = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,3}(?:[Ss]eries\s+(?:in|on|of)|Monographs\s+(?:in|on)|Studies\s+in"
    r"|Texts\s+in|Lecture\s+Notes\s+in)\s[^.:]*\.\s+(?=\S)"
)


# a note on the work's other editions: ". Published 1935 in Britain under the title …",
# ". Reprinted 1972 by …", ". First published in 1890"
_EDITION_NOTE = re.compile(
    r"\.\s+(?:First\s+|Originally\s+)?(?:[Pp]ublished|[Rr]eprinted|[Rr]eissued)\s+"
    r"(?:in\s+)?(?:1[5-9]|20)\d\d\b"
)


# the note that the work is software: ". R package version 0.1-5", ". Python package"
_SOFTWARE_NOTE = re.compile(r"\.\s+(?:R|Python|Julia|Bioconductor)\s+package\b")


# a book's count of pages after a comma: "… agricole et forestier, 34 p. et 3 annexes"
_PAGE_COUNT_END = re.compile(r",\s*\d{1,4}\s*(?:p|pp|S|s|pages)\.?$")


# a book's edition after its title, as Nature prints it: "Molecular Biology of the Cell 6th edn"
_EDITION_END = re.compile(r"[.,]?\s+\d{1,2}(?:st|nd|rd|th)\s+(?:edn|ed)\.?$")


# what ends a title wherever the parsers ran it on: a count of pages, a report's client, a
# link, APA's report number in brackets, an editor's or translator's line, a book series, a
# note on its editions, that it is software
_TITLE_ENDS = (
    _PAGE_COUNT_END,
    _EDITION_END,
    _PREPARED_FOR,
    _LINK_IN_TITLE,
    _REPORT_BRACKET,
    _EDITOR_IN_TITLE,
    _SERIES_SENTENCE,
    _EDITION_NOTE,
    _SOFTWARE_NOTE,
)


def _title_ends(merged: Fields) -> None:
    """The title ends before a report's client, a link, a report's number, an editor's line or
    a book series; an editor's line that opens the title ("Barlow, Nora, ed. The …") goes."""
    lead = _EDITOR_IN_TITLE.search(merged.title or "")
    if lead is not None and merged.title and _INVERTED_NAME.fullmatch(merged.title[: lead.start()]):
        merged.title = clean(merged.title[lead.end() - 1 :], title=True) or merged.title
    series = _SERIES_BEFORE_IMPRINT.match(merged.publisher or "")
    if series is not None and merged.publisher:
        merged.publisher = without_place(merged.publisher[series.end() :])
    for pattern in _TITLE_ENDS:
        end = pattern.search(merged.title or "")
        if end is not None and merged.title and end.start() > 0:
            merged.title = clean(merged.title[: end.start()], title=True) or merged.title
    for pattern in _PLACE_COLON:
        imprint = pattern.search(merged.title or "")
        if imprint is not None and merged.title and is_place(imprint.group("place")):
            # "… Global Jihad London: I.B.Tauris, 2007": the place and publisher, no stop before
            merged.title = clean(merged.title[: imprint.start()], title=True) or merged.title
            break


# a place of publication (one word or two) and its colon inside the title, then a publisher's
# first word
_PLACE_COLON = tuple(
    re.compile(rf"(?<=[a-z])\s+(?P<place>{place}):\s+[A-Z]\S*$")
    for place in (r"[A-Z][a-z]+", r"[A-Z][a-z]+\s[A-Z][a-z]+")
)


# a film as MLA prints it, the title first and its director after "Dir." ("The Arrival. Dir.
# David Twohy. Perf. Charlie Sheen. Artisan, 1996."), and as Chicago does, the director first
# ("Soderbergh, Steven, director. Che. DVD. New York: …")
_MLA_FILM = re.compile(r"(?P<title>[^.]{2,200}?)\.\s+Dir\.\s+[A-ZÀ-Þ]")
_CHICAGO_FILM = re.compile(
    r"(?P<family>[A-ZÀ-Þ][\w'’-]+),\s+(?P<given>[A-ZÀ-Þ][\w'’. -]{0,40}?),\s+director\.\s+"
    r"(?P<title>[^.]{1,200}?)\.\s"
)


def _film(text: str, merged: Fields) -> None:
    """A film's title and director, which neither parser reads: MLA's "Title. Dir. Name." and
    Chicago's "Family, Given, director. Title."."""
    mla = _MLA_FILM.match(text)
    if mla is not None:
        merged.title, merged.container = clean(mla.group("title"), title=True), None
        merged.authors, merged.corporate = (), False
        return
    chicago = _CHICAGO_FILM.match(text)
    if chicago is not None:
        merged.title, merged.container = clean(chicago.group("title"), title=True), None
        merged.authors = (Person(chicago.group("family"), chicago.group("given")),)
        merged.corporate = False


def _journal_in_title(merged: Fields) -> None:
    """ "… and Satisfaction 1965 Journal of Marketing Research 2 244--249" read whole as the
    title, with its journal and numbers read too: the title ends before the journal (and the
    year before it), where nothing but numbers follow the journal's name."""
    title, journal = merged.title, merged.container
    if not (title and journal) or len(journal) < 4:
        return
    at = title.rfind(f" {journal}")
    numbers = title[at + 1 + len(journal) :] if at > 0 else ""
    if not re.fullmatch(r"[\s\d()/:;,.–-]*\d[\s\d()/:;,.–-]*", numbers):
        return
    head = title[:at].rstrip(" .,;:")
    if merged.year and head.endswith(f" {merged.year}"):
        head = head[: -len(merged.year) - 1]
    merged.title = clean(head, title=True) or title


# BibTeX's Wikipedia entries: "{Autotransformer} --- {W}ikipedia{,} The Free Encyclopedia"
_WIKIPEDIA = re.compile(
    r"(?:^|[.:]\s+)(?P<title>[^.:]+?)\s+-{2,3}\s+Wikipedia,?\s+[Tt]he\s+[Ff]ree\s+[Ee]ncyclopedia"
)


def _wikipedia(text: str, merged: Fields) -> None:
    """A Wikipedia article's title is what comes before "--- Wikipedia, the free encyclopedia",
    which names the site, never an author."""
    page = _WIKIPEDIA.search(text)
    if page is None:
        return
    title = page.group("title").strip()
    merged.title, merged.container = title, "Wikipedia, the free encyclopedia"
    merged.authors = tuple(person for person in merged.authors if person.family != title)


# a book's year and publisher run on after its title, with no stop: "Information Visualization
# 2000 Addison Wesley"
def _year_publisher_in_title(text: str, merged: Fields) -> None:
    """The year and publisher that follow a book's title with no stop between are no part of
    it, where the entry has no container and prints the year once (not "“Utjulik 2001
    Expedition Report. Manuscript.”" after "2001.")."""
    title, year = merged.title, merged.year
    if not (title and year) or merged.container or text.count(year) != 1:
        return
    tail = re.search(
        rf"\s+{re.escape(year)}\s+(?P<publisher>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})$", title
    )
    if tail is None or tail.start() == 0:
        return
    merged.title = clean(title[: tail.start()], title=True) or title
    merged.publisher = merged.publisher or tail.group("publisher")


# a loose-leaf manual's chapter and unit after its name: "Current Protocols in Molecular
# Biology. Chapter 4:Unit 4.13", "… in Neuroscience. Chapter 4, Unit 4.21"
_PROTOCOL_UNIT = re.compile(r"\.\s+Chapter(?:\s+\d+[A-Z]?\s*[:,]?\s*Unit\b.*)?$")


def _protocol_unit(merged: Fields) -> None:
    """The chapter and unit are no part of the manual's name."""
    if merged.container and (unit := _PROTOCOL_UNIT.search(merged.container)):
        merged.container = merged.container[: unit.start()] or merged.container


# a journal, its year, volume and pages in brackets after the names, as patents cite them
_BRACKETED_SOURCE = re.compile(
    rf"\(([A-Z][^(),\d]{{1,60}}?)\.?,\s*{YEAR}[a-z]?,\s*\d+[A-Za-z]?,\s*[A-Z]?\d+(?:\s*[-–]\s*\d+)?\)\.?$"
)
# APA's article number after the volume and issue
_ARTICLE_NUMBER = re.compile(r"\d\)?,\s*Article\s+([A-Za-z]?\d+)\b")


# a patent's number: "US Patent 3,712,959", "U.S. Patent No. 5,123,456", "Patent 4712959"
_PATENT = re.compile(
    r"\bPatent\s*(?:No\.?\s*)?(?:[A-Z]{2}\s?)?(?P<number>\d{1,3}(?:,\d{3})+|\d{5,})\b", re.I
)

_PATENT_OFFICE = re.compile(r"(?:U\.\s?S\.|[A-Z]{2,3})?\s*Patent(?:\s+No)?\.?", re.I)


def _patent(text: str, merged: Fields) -> None:
    """ "US Patent 3,712,959": the patent's number, which the labeller split at its commas into
    a volume and pages; a patent is in no journal."""
    patent = _PATENT.search(text)
    if patent is None:
        return
    number = patent.group("number")
    if merged.publisher and number in merged.publisher:
        merged.publisher = None  # NLM's "United States patent US 20020103498. 2002 Aug 1."
    if merged.container and number in merged.container:
        merged.container = None
    pieces = [merged.volume, merged.issue, merged.pages]
    if any(piece and piece in number for piece in pieces):
        merged.volume = merged.issue = merged.pages = None
        container = merged.container or ""
        office = _PATENT_OFFICE.match(container)
        if office is not None and not re.search(r"[^\W\d_]", container[office.end() :]):
            merged.container = None


def _bracketed_source(text: str, merged: Fields) -> None:
    """Patents' "Berman et al. (Urology, 1999, 54, 385)": the journal in brackets."""
    bracketed = _BRACKETED_SOURCE.search(text)
    if bracketed is not None and merged.container is None and merged.title is None:
        merged.container = bracketed.group(1)


def _article_number(text: str, merged: Fields) -> None:
    """APA's "21(4), Article 30123", which the labeller read as a note: the pages."""
    number = _ARTICLE_NUMBER.search(text) if merged.pages is None and merged.volume else None
    if number is not None:
        merged.pages = number.group(1)


# a journal's volume or article number after its name at the very end of an entry
_VOLUME_TAIL = re.compile(r"\s+(?:(?P<volume>\d{1,4})|(?P<article>CD\d{6}|e\d{4,}))$")
# only identifiers after a name: ". doi: 10.1371/…", " http://…"
_IDENTIFIERS_ONLY = re.compile(r"[\s.,;]*(?:(?:doi|DOI)\b|https?://|$)")
# a journal's abbreviated name: a few capitalised words, no commas ("Malar J", "BMC Genomics")
# (not a person's "C. M. Rogers")
_ABBREVIATED_NAME = re.compile(r"(?![A-Z]\.\s)[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,5}")


# APA's volume of a multivolume book, with its own name: ": Vol. 22. Resources for …"
_APA_VOLUME = re.compile(r":\s*Vol(?:ume)?\.?\s*(\d+)\.\s+\S.*$")
# a volume in Roman numerals after a journal's name, before its page ("… Chimie XII:757"), or
# after a comma, which _CONTAINER_TAIL cuts from the name ("Psychological Review, LXV")
_ROMAN_VOLUME = re.compile(r"\s+([IVXLC]{2,})$")
_LISTED_ROMAN_VOLUME = re.compile(r",\s*([IVXLC]{2,})$")
_AFTER_ROMAN = re.compile(r"\s*([:/])\s*(\d+)")
# an edition and what follows it at a book's end: "…, 2nd edn. CAB International"
_EDITION_ON = re.compile(r",\s*\d+(?:st|nd|rd|th)\s+edn?\b.*$")
# the rest of a book's name, cut at a comma of its own, before Chicago's ", ed. Robin Gable"
_LIST_BEFORE_EDITOR = re.compile(
    r"((?:,\s*(?:and\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Za-z][\w'’-]*){0,3}){1,3}),\s*"
    r"(?:ed\.|eds\.|edited\s+by)\s"
)
# Springer's "In: Fenner M (ed) Seeds: the ecology …": the book's first word and its colon,
# which the labeller left with the editors
_EDITED_LEAD = re.compile(r"\(eds?\.?\)\s+([A-Z][^\s():.]{1,30}):\s*$")
# the number of an edition the labeller cut from its ordinal ("Apoptosis. 2" + "nd ed.")
_EDITION_NUMBER = re.compile(r"[.,]?\s+\d{1,2}$")
_ORDINAL_EDITION = re.compile(r"(?:st|nd|rd|th)\s+(?:ed\b|edn\b|edition\b)", re.IGNORECASE)
# a series letter glued to the volume at the journal's end ("Phys. Rev.,D62", "Nucl. Phys. B266")
_SERIES_VOLUME = re.compile(r"(?<=[.,\s][A-Z])(\d+)$")
# the same letter where the labeller left it with the volume: "Chin. Phys. C38( 2014)"
_LETTER_BEFORE_VOLUME = re.compile(r"\.?\s*[A-Z](?=\d)")


def _without_final_number(text: str, container: str, merged: Fields) -> str:
    """ "Malar J 10.", "Cochrane Database Syst Rev CD005966.", "PLOS Currents 6. doi:…", "Dryad
    Digital Repository e02535": the entry ends with the journal's volume or article number
    (or only identifiers follow it), which the labeller kept in its name; it goes to the volume
    or pages (the container unchanged when no such number ends it)."""
    number = _VOLUME_TAIL.search(container)
    if (
        number is None
        or merged.volume not in (None, number.group("volume"))
        or not _ABBREVIATED_NAME.fullmatch(container[: number.start()])
        or re.fullmatch(YEAR, number.group().strip())
        or (at := text.find(container)) < 0
        or not _IDENTIFIERS_ONLY.match(text, at + len(container))
    ):
        return container
    if number.group("volume"):
        merged.volume = number.group("volume")
    else:
        merged.pages = merged.pages or number.group("article")
    return container[: number.start()]


# PLOS's "Journal 11. Article 10.", "… Protoc 2010. pdb.prot5448.", "… Biology 2. 2006 0008.",
# "… Gesellschaft 90. 27–30": a volume and full stop, then the article's number or the pages
_VOLUME_STOP = re.compile(
    r"(?<=[A-Za-z)])\s+(?P<volume>\d{1,4})\.\s+(?:(?P<pages>\d+\s?[-–]\s?\d+)|Article\s+\w+"
    r"|e\d{3,}|[a-z]{2,}[.\s][a-z\d][\w.]*|(?:19|20)\d\d\s\d{4})$"
)


# the label and series letter of a volume the labeller cut from its number ("…, v. D" + "60")
_LABELLED_LETTER = re.compile(r",?\s+(?:v|vol|Vol)\.\s*([A-Z])$")


def _without_volume_stop(text: str, container: str, merged: Fields) -> str:
    """A journal whose volume and a full stop come before the article's number or pages, all of
    which the parsers kept in its name: the volume (not the number the labeller took from the
    article's) and pages go to their own fields."""
    stop = _VOLUME_STOP.search(container)
    if stop is None or stop.start() < 3 or re.search(r"\d", container[: stop.start()]):
        return container  # (not "… dirigés OPM3117 et OPM 4114. 2013-2015": a course's number)
    tail = container[stop.end("volume") :]
    volume = merged.volume
    if (
        volume is None
        or volume in tail
        or not re.search(rf"(?<![\w.]){re.escape(volume)}(?!\w)", text)
    ):
        merged.volume = stop.group("volume")
    merged.pages = merged.pages or stop.group("pages")
    return container[: stop.start()]


def _whole_book_name(text: str, container: str) -> str:
    """A book's name as the labeller cut it, made whole: without the edition and publisher it
    ran on into ("…, 2nd edn. CAB International"), with the words it left after a comma of the
    name's own (Chicago's "Resources of Hope: Culture, Democracy, Socialism, ed. Robin Gable")
    or with the editors (Springer's "In: Fenner M (ed) Seeds: the ecology …")."""
    container = _EDITION_ON.sub("", container) or container
    at = text.find(container)
    if at >= 0:
        more = _LIST_BEFORE_EDITOR.match(text, at + len(container))
        if more is not None:
            container += more.group(1)
    lead = _EDITED_LEAD.search(text, 0, at) if at > 0 else None
    return f"{lead.group(1)}: {container}" if lead is not None else container


def _without_trailing_number(text: str, container: str, volume: str | None) -> str:
    """Without an edition's number the labeller cut from its ordinal ("Apoptosis. 2" of
    "Apoptosis. 2nd ed."), the volume glued to a series letter ("Phys. Rev.,D62": the letter
    stays) or the volume before the pages or issue."""
    at = text.find(container)
    edition = _EDITION_NUMBER.search(container)
    if at >= 0 and edition is not None and _ORDINAL_EDITION.match(text, at + len(container)):
        container = container[: edition.start()]
    glued = _SERIES_VOLUME.search(container)
    if glued is not None and glued.group(1) == volume:
        container = container[: glued.start(1)]
    year = re.search(rf"\s({YEAR})$", container)
    if year is not None and at >= 0 and text.startswith(",", at + len(container)):
        container = container[: year.start()]  # ACS: "Proc IEEE 1989, 77, 257–86"
    if (
        volume
        and at >= 0
        and container.endswith(f" {volume}")
        and re.match(r"\s*[,:(]", text[at + len(container) :])
    ):
        container = container[: -len(volume)].rstrip()  # Nature's "Mol Plant 1, 27–41 (2008)"
    letter = _LETTER_BEFORE_VOLUME.match(text, at + len(container)) if at >= 0 else None
    if letter is not None and volume and text.startswith(volume, letter.end()):
        container = text[at : letter.end()]  # "Chin. Phys. C38": the letter is the journal's
    twice = re.search(r"\s([A-Z])$", container)
    if twice is not None and re.search(rf"\s{twice.group(1)}\s", container[: twice.start() + 1]):
        container = container[: twice.start()]  # "Acta Crystallogr D Biol Crystallogr D53"
    return container


# the place after a name, at the entry's end or before its link: ", Melbourne.", ", Denver, CO"
_PLACE_AFTER = re.compile(r"\.?,\s*(?P<place>[^,.;:()]{2,40}?)(?:,\s*[A-Z]{2})?\s*(?:[.;]|$)")


# a body's or a publisher's name: "Institute of Electrical and Electronics Engineers", "Adams
# Media", "American Psychological Association", "Food and Agriculture Organization of the United
# Nations"
_BODY_NAME = re.compile(
    r"(?:The\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,2}(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){1,2}"
    r"(?=Organi[sz]ation|Institute|Agency|Council|Commission|Department|Ministry|Office)"
    r"|(?:[A-Z][\w&'’-]*\s+){0,3})"
    r"(?:Institute|Society|Association|Foundation"
    r"|Organi[sz]ation|Department|Ministry|Agency|Council|Cent(?:er|re)|Bureau|Office|Commission"
    r"|University|Media|Books|Publishers|Publishing)"
    r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:and\s+)?[A-Z][\w&'’-]*)+)?"  # "… of Electrical and Electronics …"
)
# a report's genre just before the name of the body that issued it: "Tech. rep., DTIC Document"
_REPORT_WORD = re.compile(r"\b(?:Tech\.\s*[Rr]ep\.|Technical\s+[Rr]eport)\s*[,.:]?\s*$")


def _imprint(text: str, merged: Fields) -> None:
    """ "Refugees and regional settlement. Brotherhood of St Laurence, Melbourne.", "…,”
    Institute of Electrical and Electronics Engineers, 2000.", "…,” Tech. rep., DTIC Document,
    1997.": a name with no numbers, with only a place after it, or named as a body or
    publisher, or after a report's genre, is a report's or book's publisher, not a container
    (not "In Proceedings of …, Melbourne", a meeting's)."""
    container = merged.container
    if not container or merged.volume or merged.issue:
        return
    at = text.find(container)
    if merged.publisher:
        # "Food and Agriculture Organization of the United Nations, EC-FAO Food Security
        # Programme (ESTG), Rome": a body, then the rest of the publisher's name
        after = text[at + len(container) :] if at >= 0 else ""
        if _BODY_NAME.fullmatch(container) and re.match(
            rf",\s*{re.escape(merged.publisher)}", after
        ):
            merged.publisher, merged.container = f"{container}, {merged.publisher}", None
        return
    if merged.pages and not re.search(rf"\bp\.\s*{re.escape(merged.pages)}\.?$", text):
        return  # (a book's count of pages may close the entry: "…, Geneva. p. 170.")
    if at < 0 or evidence.MEETING.search(container) or ", " in container:
        return  # (a series and its publisher: "Studies in Archaeology, …, Parks Canada, Ottawa")
    if re.search(r"\b[Ii]n:?\s*$", text[:at]):
        return
    place = _PLACE_AFTER.match(text, at + len(container))
    if (
        (place is not None and is_place(place.group("place").strip()))
        or _BODY_NAME.fullmatch(container)
        or _REPORT_WORD.search(text, 0, at)
    ):
        merged.publisher, merged.container = container, None


# a book's imprint after its title's full stop: ". Geneva: World Health Organization", ".
# Gland, Switzerland and Cambridge, UK: IUCN Species Survival Commission"
_PLACE_WORD = r"(?:[A-Z][a-z]?\.|[A-Z][\w'’-]+)"  # "St.", "Cambridge", "UK"
_PLACE_WORDS = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}"
_ONE_PLACE = rf"{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})?"
_IMPRINT_AFTER = re.compile(
    rf"[.?!]\s+(?P<place>{_ONE_PLACE}(?:\s*(?:and|&|/|;)\s*{_ONE_PLACE})*)\s*:\s*"
    r"(?P<publisher>[A-Z][^:;]*?)\s*(?:\.(?:\s|$)|$)"
)
_PUBLISHER_NAME = re.compile(
    r"\b(?:Press|Publish\w*|Verlag|Books|Springer|Wiley|Elsevier|Routledge|Sage|Blackwell"
    r"|Macmillan|Academic|Inc|Ltd|Group|Programme|Program|Survey|Service)\b"
)


# ACS's imprint after a book's title: "; Center for Palm Research: San Francisco, 2003"
# ("St. Martins Press: New York", "…: Gland, Switzerland and Cambridge, UK", or no place; not
# "(Hymenoptera; Formicidae).” Oecologia, vol. 80, 1989": a bracket or quotation inside a title)
_ACS_IMPRINT = re.compile(
    r";\s+(?P<publisher>[A-Z](?:[^:;.()“”\"]|(?<=\b[A-Z][a-z])\.\s|\.(?!\s+[A-Z])){2,80}?)"
    r"(?::\s+[A-Z][^,;:]{1,40}(?:,\s*[A-Z][^,;:]{0,40}){0,3})?,\s*"
    rf"{YEAR}"
)


def _imprint_in_title(text: str, merged: Fields) -> None:
    """A book's title that ran on past its full stop into the place and publisher: the
    imprint is no part of it (the publisher is kept)."""
    title = merged.title
    at = text.find(title) if title else -1
    if not title or at < 0:
        return
    acs = _ACS_IMPRINT.search(text, at)
    if acs is not None and at < acs.start() < at + len(title):
        merged.title = clean(text[at : acs.start()], title=True) or title
        merged.publisher = merged.publisher or clean(acs.group("publisher"))
        return
    end = at + len(title)
    for boundary in re.finditer(r"[.?!]\s", title):
        if len(title[: boundary.start()].split()) < 3:
            continue
        imprint = _IMPRINT_AFTER.match(text, at + boundary.start())
        if imprint is None or imprint.end() < end - 1:
            continue  # the title goes on past the imprint: not one
        places = re.split(r"\s*(?:,|\band\b|&|/|;)\s*", imprint.group("place"))
        publisher = imprint.group("publisher")
        authority = (
            any(is_place(place) for place in places)
            or _BODY_NAME.search(publisher) is not None
            or _PUBLISHER_NAME.search(publisher) is not None
        )
        if authority:
            merged.title = clean(title[: boundary.start()], title=True) or title
            merged.publisher = merged.publisher or clean(publisher)
            return


def _issuer_in_title(text: str, merged: Fields) -> None:
    """ "… transporter NRT1.1. World Health Organization.", "World Health Statistics 2011.
    World Health Organization, Geneva. p. 170.", "Ortheziidae of the world. Plant Protection
    Institute, Hungarian Academy of Sciences, Budapest.": a report's or book's title that ran on
    into the body that issued it, the entry's last words but a place, a page count or the rest
    of the publisher's name."""
    title = merged.title
    if not title or merged.volume:
        return
    head, stop, last = title.rpartition(". ")
    if not (stop and head) or not _BODY_NAME.fullmatch(last):
        return
    if merged.container not in (None, last):
        return
    at = text.find(title)
    if at < 0:
        return
    after = text[at + len(title) :]
    publisher = merged.publisher
    if publisher not in (None, last):
        if not re.match(rf",\s*{re.escape(publisher)}", after):
            return
        publisher = f"{last}, {publisher}"  # the body is the first part of the publisher's name
    elif re.fullmatch(
        r"[.\s]*(?:,\s*[A-Z][\w .-]{1,30})?[.\s]*(?:p\.\s*\d+\s*\.?\s*)?", after
    ) and not (merged.pages and not re.search(r"p\.\s*\d", after)):
        publisher = last
    else:
        return
    merged.title, merged.publisher, merged.container = (
        clean(head, title=True) or title,
        publisher,
        None,
    )


# a book's volume printed after its title: "Methods in Enzymology Vol. 500"
_BOOK_VOLUME_END = re.compile(r",?\s+(?:[Vv]ol\.|Volume)\s*(\d+[A-Z]?)$")
# IEEE's edition after the book's title: "in Plastics, 2nd ed., vol. 3, J. Peters, Ed."
_BOOK_EDITION_END = re.compile(r",\s+\d+(?:st|nd|rd|th)\s+(?:rev\.\s+)?ed\.?$")


def emphasised_chapter(text: str, fields: Fields) -> Fields:
    """Nature's chapter with its book in Markdown emphasis, "Park, D. in *Handbook of Sport*
    (ed. Novak, P.) 10–20 (Wiley, 2016).", which the rules read as a title "in Handbook …": a
    copy with the book, pages and publisher, as ``_chapter`` finds them in the entry without
    its markers (``fields`` itself where there is nothing to mend)."""
    if not fields.title or fields.title[:3].lower() != "in ":
        return fields
    mended = copy.copy(fields)
    _chapter(without_emphasis(text), mended)
    return mended


def _chapter(text: str, merged: Fields) -> None:
    """The book a chapter appeared in, where the style runs it into its editors and imprint
    (IEEE, Harvard, Nature, MLA: see ``refparse_chapter``)."""
    found = chapter_book(text)
    if found is None:
        return
    container = merged.container or ""
    if container and not (
        container.lower().startswith("in ")
        or found.book in container
        or container in found.book
        or text.find(container) > found.start  # the imprint's: "Springer Science+Business Media"
    ):
        return
    merged.container = found.book
    volume = _BOOK_VOLUME_END.search(found.book)
    if volume is not None:  # Nature: "in Methods in Enzymology Vol. 500 (ed. Jones, K.)"
        merged.container = found.book[: volume.start()]
        merged.volume = merged.volume or volume.group(1)
    edition = _BOOK_EDITION_END.search(merged.container)
    if edition is not None:
        merged.container = merged.container[: edition.start()]
    if merged.kind in (None, "journal", "book"):
        merged.kind = "chapter"
    at = text.find(merged.title) if merged.title else -1
    if merged.title and at >= found.start:
        merged.title = None  # Nature prints no chapter's title: "Moss, B. in Fields Virology"
    elif merged.title and at >= 0 and at + len(merged.title) > found.start:
        # ACS: "The muscle pattern of Drosophila. In Muscle development in Drosophila; …"
        lead = re.search(r"[.,]?\s+[Ii]n:?\s+$", text[at : found.start])
        if lead is not None:
            merged.title = clean(text[at : at + lead.start()], title=True) or merged.title
    merged.pages = found.pages or merged.pages  # (the labeller's may hold an editor's initial)
    merged.publisher = merged.publisher or found.publisher
    if found.year and found.year.startswith(merged.year or ""):
        merged.year = found.year  # with its letter: "(…, 1999b)"


# a journal's part after a full stop in its name, which both parsers may take for the whole
# journal: "Philosophical Transactions of the Royal Society of London. Series B, Biological
# Sciences", "Acta Crystallographica. Section D", "The Lancet. Infectious Diseases"
_JOURNAL_PART = re.compile(r"(?:Series|Section|Sect\.|Ser\.|Part)\s+[A-Z0-9]\b")
_JOURNAL_OPENING = re.compile(
    r"(?:The\s+)?(?:Acta|Annals|Annales|Proceedings|Philosophical\s+Transactions|Lancet"
    r"|American\s+[Jj]ournal|Journal|Zoologische|Comptes\s+[Rr]endus|Archives|Bulletin)\b"
)


def _journal_part(text: str, merged: Fields) -> None:
    """The first sentence of a journal's name that ran into the title goes back to it."""
    title, container = merged.title, merged.container
    if not title or not container:
        return
    cut = title.rfind(". ")
    head = title[cut + 2 :] if cut > 0 else ""
    if not head[:1].isupper() or len(head.split()) > 10 or len(title[:cut].split()) < 2:
        return
    if text.find(f"{head}. {container}") < 0:
        return
    named = _JOURNAL_OPENING.match(head) is not None and len(container.split()) <= 6
    if _JOURNAL_PART.match(container) or (named and not re.search(r"\d", container)):
        merged.title = clean(title[:cut], title=True) or title
        merged.container = f"{head}. {container}"


def _container_bounds(text: str, merged: Fields) -> None:
    """The container without what it ran on into or what only surrounds it, and with the
    series number the labeller left after it."""
    container = merged.container
    if not container:
        return
    # "New Yorker 15 Feb", "Psychological Review, LXV", "Handbook … (4th edn)", "Proc. of
    # SPIE Vol", "BICS suppl", "… Telecommunications Avril": a date, a volume in Roman
    # numerals, an edition, the word before a volume's number that the container ran on into
    listed = _LISTED_ROMAN_VOLUME.search(container)
    if listed is not None and merged.volume is None:
        merged.volume = listed.group(1)  # "Psychological Review, LXV, 1958"
    container = _CONTAINER_TAIL.sub("", container) or container
    container = _DATED_TAIL.sub("", container) or container
    container = _INITIAL_TAIL.sub(r"\1", container)
    suppl = _SUPPLEMENT_TAIL.search(container)
    if suppl is not None and suppl.start() > 0:
        # "Clin J Am Soc Nephrol 2 Suppl 1: S13": the volume is 2 (1 is the supplement's)
        container = container[: suppl.start()]
        merged.volume = suppl.group(1)
    at = text.find(container)
    editors = _VANCOUVER_EDITORS.match(container) if at > 0 else None
    if editors is not None and re.search(r"\bIn:\s*$", text[:at]):
        container = container[editors.end() :]  # "In: Ellis WD. A source book of …"
    inner = _INNER_IN.search(container)
    if inner is not None:
        # "Autismus In: Lernen Konkret": the title ran into the container
        merged.title = merged.title or clean(container[: inner.end()].removesuffix("In: "))
        container = container[inner.end() :]
    if _NO_NAME.fullmatch(container) or _LINK_LEAD.match(container):
        merged.container = None  # "September", "Online http://…": no container
        return
    container = _whole_book_name(text, container)
    container = _without_open_bracket(text, container)
    dated = f"({merged.year})"
    if merged.year and container.endswith(dated) and container != dated:
        container = clean(container[: -len(dated)]) or container  # "ICML (2004)"
    at = text.find(container)
    roman = _ROMAN_VOLUME.search(container)
    after = _AFTER_ROMAN.match(text, at + len(container)) if roman and at >= 0 else None
    if roman is not None and after is not None:
        container = container[: roman.start()]  # "J Pharmacie et de Chimie XII:757"
        if after.group(1) == "/":  # "Jeevadhara XLII/248": the volume and its number
            merged.volume = f"{roman.group(1)}/{after.group(2)}"
        else:
            merged.volume = merged.volume or roman.group(1)
    apa_volume = _APA_VOLUME.search(container)
    if apa_volume is not None and apa_volume.start() > 0:
        # APA's "To improve the academy: Vol. 22. Resources for faculty …": the book, then its
        # volume's number and name
        container = container[: apa_volume.start()]
        merged.volume = merged.volume or apa_volume.group(1)
    series, volume = _series_number(text, container)
    if series:
        container, merged.volume = container + series, volume
    container = _without_final_number(text, container, merged)
    container = _without_volume_stop(text, container, merged)
    letter = _LABELLED_LETTER.search(container)
    if letter is not None and letter.start() > 0 and merged.volume and merged.volume.isdigit():
        # ABNT's "Biological Crystallography, v. D60": the series letter is the volume's
        container = container[: letter.start()]
        merged.volume = f"{letter.group(1)}{merged.volume}"
    container = _without_trailing_number(text, container, merged.volume)
    issue = _ISSUE_TAIL.search(container)
    if issue is not None and issue.start() > 0:
        # "기업경영연구 (57)", "临床口腔医学杂志2012", "… Atmospheres 92(D8)": the issue (and
        # volume) or year after the name
        container = container[: issue.start()]
        merged.issue = merged.issue or issue.group("issue")
        merged.volume = merged.volume or issue.group("volume")
    merged.container, publisher = book_of(text, without_lead(container), merged.authors)
    merged.publisher = merged.publisher or publisher


def _law_review(text: str, merged: Fields) -> None:
    """A Canadian, British or US law review's citation after the title."""
    bluebook = _BLUEBOOK.search(text)
    title = merged.title or ""
    at = text.find(title[:20]) if title else -1
    if bluebook is not None and 0 <= at < bluebook.start():
        # "Joanne Gabrynowicz, The Promise and Problems of the … Act of 1992, 9 Space Pol'y
        # 319(1993).": the title runs to the volume
        title = text[at : bluebook.start()]
        name = _BLUEBOOK_AUTHOR.match(title)
        if name is not None and all(person.family in name.group(1) for person in merged.authors):
            # "Marta Quinlan Ruiz, Orbital Debris …": the author, given names first
            *given, family = name.group(1).split()
            merged.authors = (Person(family, " ".join(given)),)
            title = title[name.end() :]
        merged.title = clean(title, title=True)
        merged.container = bluebook.group("journal").strip()
        merged.volume, merged.issue = bluebook.group("volume"), None
        merged.pages, merged.year = bluebook.group("page"), bluebook.group("year")
        merged.kind = "journal"
        return
    legal = _NEUTRAL_JOURNAL.search(text)
    if legal is not None and (not merged.title or legal.start() >= text.find(merged.title)):
        # "« Successions », (2009) 111 R. du N. 1": the year, volume, journal and first page
        # of Canadian and British law reviews
        merged.container = legal.group("journal").strip()
        merged.year = merged.year or legal.group("year")
        merged.volume = legal.group("volume")
        merged.issue = legal.group("issue") or merged.issue
        merged.pages = legal.group("page")
        if merged.publisher and merged.container in merged.publisher:
            merged.publisher = None


# a court's decision as the Bluebook and OSCOLA cite it: the parties, then the volume,
# reporter and first page with the court and year ("Obergefell v. Hodges, 576 U.S. 644 (2015).",
# "Roe v. Wade, 410 U.S. 113, 153 (1973)", "Smith v. Jones, 123 F.3d 456 (9th Cir. 1997)"), or
# the year in brackets first ("Donoghue v Stevenson [1932] AC 562")
_COURT_CASE = re.compile(
    r"(?:\[\d{1,4}\]\s*|\d{1,4}\.\s+)?"
    r"(?P<name>(?:In\s+re|Ex\s+parte)\s+[A-Z][^,\[\]]{1,120}?"
    r"|[A-Z][^,\[\]]{0,120}?\sv\.?\s[A-Z][^\[\]]{0,120}?)"
    r"(?:,\s+(?P<volume>\d{1,4})\s+(?P<reporter>[A-Z][A-Za-z0-9.' ]{0,25}?)\s+(?P<page>\d{1,5})"
    r"(?:,\s*\d{1,5}(?:[-–]\d{1,5})?)?\s*\((?:[^()]{1,40}?\s)?"
    rf"(?P<year>{YEAR})\)"
    rf"|\s+\[(?P<year2>{YEAR})\]\s+(?:(?P<volume2>\d{{1,3}})\s+)?"
    r"(?P<reporter2>[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][A-Za-z.]{0,12}){0,2})\s+(?P<page2>\d{1,5}))"
    r"\.?$"
)


def _court_case(text: str, merged: Fields) -> None:
    """A court's decision has no authors: its parties name it ("Obergefell v. Hodges"), and the
    reporter, volume and first page say where it is printed."""
    case = _COURT_CASE.fullmatch(text.strip())
    if case is None:
        return
    merged.authors, merged.et_al, merged.corporate = (), False, False
    merged.title = case.group("name").strip()
    if case.group("year") is not None:
        merged.container, merged.year = case.group("reporter"), case.group("year")
        merged.volume, merged.pages = case.group("volume"), case.group("page")
    else:
        merged.container, merged.year = case.group("reporter2"), case.group("year2")
        merged.volume, merged.pages = case.group("volume2"), case.group("page2")
    merged.issue = merged.publisher = None
    merged.kind = "legal"


# a statute: the UK's "Data Protection Act 2018, c. 12" (its chapter), the US's "Americans with
# Disabilities Act of 1990, 42 U.S.C. § 12101 et seq. (1990)" (the code's title and section)
_STATUTE = re.compile(
    r"(?:\[\d{1,4}\]\s*|\d{1,4}\.\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|on|to|in|with|by|from|at|under)\s+)*)+"
    r"(?:Act|Regulations|Order|Rules|Code)(?:\s+of)?\s+(?P<year>(?:1[6-9]|20)\d\d))"
    r"(?:\s*(?:,\s*|\()c\.\s*\d{1,4}\)?"
    r"|,\s+(?P<volume>\d{1,3})\s+(?P<code>U\.\s?S\.\s?C\.|Stat\.)\s+(?:§§?\s*)?"
    r"(?P<section>\d[\w.-]*)(?:\s+et\s+seq\.)?(?:\s+\((?:1[6-9]|20)\d\d\))?)"
)


def _statute(text: str, merged: Fields) -> None:
    """A statute has no author and is named by its short title with its year; the chapter
    ("c. 12") or the code's section is where it is printed, not a title or a journal."""
    found = _STATUTE.match(text.strip())
    if found is None:
        return
    merged.authors, merged.et_al, merged.corporate = (), False, False
    merged.title, merged.year = found.group("name"), found.group("year")
    merged.container = found.group("code")
    merged.volume, merged.pages = found.group("volume"), found.group("section")
    merged.issue = None
    merged.kind = "legal"


# a report's genre and number ("Technical Report 124, Digital Systems Research Center", "Tech.
# Rep. TR93-3, Department of …"): what follows is its issuer, and the report has no container
_REPORT_LEAD = re.compile(
    r"(?:(?:technical|research|tech\.?)\s+(?:report|rep\.?|memo(?:randum)?)|working\s+paper)"
    r"\s*(?:no\.?\s*|#\s*)?(?=[\w./-]*\d)[\w./-]+\s*[,.:;]\s*",
    re.IGNORECASE,
)


_REPORT_TAIL = re.compile(
    r",\s*(?:(?:technical|research|tech\.?)\s+(?:report|rep\.?)|working\s+paper)"
    r"\s*(?:no\.?\s*)?[\w./-]*\d[\w./-]*$",
    re.IGNORECASE,
)


def _report(merged: Fields) -> None:
    """A report's number and issuer read as its container are its publisher: "Tech. Rep.
    TR93-3, Department of …", and IEEE's order, "Company, City, Country, Tech. Rep. TR-123"."""
    tail = _REPORT_TAIL.search(merged.container or "")
    if tail is not None and merged.container and tail.start() > 0:
        issuer = merged.container[: tail.start()].split(",")[0]
        merged.container = None
        merged.publisher = merged.publisher or clean(issuer) or None
        merged.kind = merged.kind or "report"
        return
    lead = _REPORT_LEAD.match(merged.container or "")
    if lead is None or not merged.container:
        return
    issuer = merged.container[lead.end() :]
    merged.container = None
    merged.publisher = merged.publisher or clean(issuer) or None
    merged.kind = merged.kind or "report"


def _listed_journal(text: str, merged: Fields) -> None:
    """A journal named by a list keeps the first items left before it."""
    if merged.container and _LIST_END.match(merged.container):
        at = text.find(merged.container)
        start = _LIST_START.search(text[:at]) if at > 0 else None
        if start is not None:
            # "Space, and Environmental Medicine" of "Aviation, Space, and …": a journal named
            # by a list, whose first items the parsers left before it
            merged.container = start.group(1) + merged.container
            if merged.title and merged.title.endswith(start.group(1).rstrip(", ")):
                merged.title = clean(merged.title[: -len(start.group(1).rstrip(", "))], title=True)


def _second_sentence(text: str, merged: Fields) -> None:
    """A title's second sentence that ran into the journal goes back."""
    tail = evidence.sentence_before_journal(merged.container) if merged.container else None
    if tail is not None and merged.title:
        head, journal = tail
        at = text.find(merged.title)
        found = text.find(head, at) if at >= 0 else -1
        between = text[at + len(merged.title) : found] if found >= 0 else ""
        if re.fullmatch(r"[.?!]\s+", between):
            # "… with RhoA. Functional assignment of the Hr1 repeat motif J Biol Chem": the
            # title's second sentence ran into the journal
            merged.title = f"{merged.title}{between}{head}"
            merged.container = journal


# a quoted title and what follows its closing quote: "“Detecting … Programs,” to appear in …"
_QUOTED_HEAD = re.compile(
    r"[“\"](?P<title>[^“”\"]{8,}?)(?:[”\"][,.]|,[”\"](?=\s+(?:to\s+appear|in)\b))\s+\S"
)
# the proceedings a paper appeared in: ", in Proceedings of …", ". In: ZEUS"
_IN_PROCEEDINGS = re.compile(
    r"(?:,\s*|\.\s+)in:?\s*(?=proceedings\b)|,\s*inproceedings\b|\.\s+In:\s+", re.IGNORECASE
)
# the place and dates of a meeting after its name: "… Data Bases (Seattle, Aug. 3-5)"
_MEETING_PLACE = re.compile(r"\s*\([^()]*\d[^()]*\)$")
# the year, journal and volume without a full stop between them: "… networks 1998 Nature 393"
_YEAR_JOURNAL = re.compile(
    rf"\s+(?P<year>{YEAR})\s+(?P<journal>[A-Z][\w.&' -]{{2,60}}?)\s+(?P<volume>\d+)$"
)


# what the date leaves before a title: AMS "cited 2006:" of a web page, the end of an IEEE
# date in brackets ("H. T. (1977, Mar.). Design of …"), no date ("Inc. n.d. Home page"), DIN's
# "et al." and last initials before its colon ("LAZAREV, A. u. a.: Alcohol …", "C. M.: miR172 …")
_TITLE_LEAD = re.compile(
    rf"^(?:cited\s+{YEAR}\s*:|{MONTH_NAME}\)\.?|n\.\s?d\.|(?:[A-Z]\.\s?)*u\.\s?a\.\s*:|(?:[A-Z]\.\s?)+:"
    r"|\((?:Hrsg|Hg|Hgg|[Ee]ds?|[Dd]ir|[Cc]oord|[Oo]rgs?)\.?\))"  # the editors' mark: "(Hrsg.) Exegese …"
    r"\s+(?=\S)"
)


# the letter of a year in brackets, and the quotation mark that opens the title after it:
# "b) 'Mutations in …" of "(2007b) 'Mutations in …'"
_YEAR_LETTER_LEAD = re.compile(r"^(?P<letter>[a-z])\)\s*['‘“\"]?\s*(?=\S)")


def _title_lead(merged: Fields) -> None:
    """What the entry's date left before the title is no part of it."""
    lead = _TITLE_LEAD.match(merged.title or "")
    if lead is not None and merged.title:
        merged.title = clean(merged.title[lead.end() :], title=True) or merged.title
    letter = _YEAR_LETTER_LEAD.match(merged.title or "")
    if letter is not None and merged.title and (merged.year or "").endswith(letter["letter"]):
        merged.title = clean(merged.title[letter.end() :], title=True) or merged.title


def _title_run_on(text: str, merged: Fields) -> None:
    """A title that both parsers ran on past its end into the entry's next field."""
    title = merged.title
    if not title:
        return
    front = re.search(r"\.\s+[ivxlc]{1,7}$", title)
    if front is not None and re.match(
        r"\s*[,+]\s*\d+\s*(?:pp?|pages)\b", text[text.find(title) + len(title) :]
    ):
        merged.title = clean(title[: front.start()], title=True) or title  # "xvi, 499 p."
        return
    quoted = _QUOTED_HEAD.match(title)
    at = text.find(title)
    if quoted is not None and not re.search(r"[«“\"]\s*$", text[:at] if at > 0 else ""):
        merged.title = clean(quoted.group("title"), title=True)  # "“…,” to appear in"
        return
    meeting = _IN_PROCEEDINGS.search(title)
    if meeting is not None and meeting.start() >= 10:
        # "…strategies, in Proceedings of the ACM SIGMOD …": the paper's proceedings
        merged.title = clean(title[: meeting.start()], title=True)
        tail = title[meeting.end() :]
        if not re.match(r"(?i)proceedings\b", tail):
            merged.container = merged.container or clean(tail)  # ". In: Editors, editors"
            return
        old = merged.container
        if old and not merged.publisher and not evidence.MEETING.search(old):
            merged.publisher = old  # "…, in Proceedings of …. IEEE, 2007.": its publisher
        merged.container = clean(_MEETING_PLACE.sub("", tail)) or old
        return
    journal = _YEAR_JOURNAL.search(title)
    if journal is not None and journal.group("year") == merged.year and journal.start() >= 10:
        # "Collective dynamics of small world networks 1998 Nature 393"
        merged.title = clean(title[: journal.start()], title=True)
        merged.container = merged.container or journal.group("journal")
        merged.volume = merged.volume or journal.group("volume")


# Proceedings of Science: the journal "PoS", then the meeting that names its volume
# ("PoS LATTICE2015, 075", "PoSLATTICE 2008( 2008) 003", "PoS (ICRC2017 )655")
_POS = re.compile(r"\bPoS\s*\(?\s*(?P<volume>[A-Z][A-Za-z-]*(?:\s?\d{2,4}))\b\s*\)?")


def _proceedings_of_science(text: str, merged: Fields) -> None:
    """A Proceedings of Science paper: the journal is "PoS", its volume the meeting's name."""
    pos = _POS.search(text)
    if pos is None or (merged.container and "PoS" not in merged.container):
        return
    merged.container, merged.volume = "PoS", pos.group("volume")
    merged.kind = "journal"


def _comma_style(text: str, merged: Fields) -> None:
    """Humanities entries whose every field ends at a comma (refparse_comma)."""
    book = comma_book(text)
    if book is not None:
        # "Hartmut Rosa, L'accélération. Une critique sociale du temps, Paris, La Découverte,
        # 2010.": every field ends at a comma; the place shows where the title's pieces end
        merged.authors, merged.et_al, merged.corporate = book.authors, False, False
        merged.title = clean(book.title, title=True)
        merged.container = clean(_IN_LEAD.sub("", book.container or "", count=1)) or None
        merged.publisher = clean(book.publisher)
        if book.year and f"({merged.year})" not in book.title:
            # "1989 (ed. orig. Paris 1981)"; not "Métapsychologie (1915), Paris, Gallimard,
            # 1968", the year the work goes by
            merged.year = book.year
        if book.volume or book.pages:
            merged.kind = "journal"
            merged.volume, merged.issue, merged.pages = book.volume, book.issue, book.pages
        if merged.container is None and merged.kind == "journal":
            merged.kind = "book"


# nothing but GOST's number labels and numbers: "Т. 5, № 3. С", "Vol. 12, No. 2. P"
_GOST_NUMBERS = re.compile(
    r"(?:(?:Vol|V|Т|Том|Bd|Вып|Iss|No|N|P|pp?|С|C|S|с)(?![^\W\d_])\.?|№|[\s\d.,;:–-])+"
)


def _gost(text: str, merged: Fields) -> None:
    """Russian GOST entries, whose part and whole a double slash separates (refparse_gost)."""
    entry = gost_entry(text)
    if entry is None:
        publisher = imprint_publisher(merged.container) if merged.container else None
        if publisher is not None:
            # "Мозг и эмоции. М., 1998. 268 с.": a book's town and publisher, no journal
            merged.container, merged.publisher = None, publisher or merged.publisher
            merged.kind = "book"
        return
    if entry.container is None:
        return
    # "Приказанская культура // САИ. 1980. Вып. 24.": the title ends at the slashes, the
    # journal or book follows them; an author statement after one slash is no part of it
    title = merged.title or ""
    if not title and merged.container and " //" in merged.container:
        title = merged.container  # "Palm polymerase … pathway // Cell" read as the journal
        given = merged.authors[-1].given if merged.authors else ""
        if given and title.startswith(f"{given} "):
            title = title[len(given) + 1 :]  # the last name's initials: "Z. J. Palm …"
    cut = re.split(r"\s+//|\s/(?:\s|$)", title, maxsplit=1)[0]
    if cut != title:
        merged.title = clean(cut, title=True)
    start = text.find(cut) if cut else -1
    if (
        start >= 0
        and start + len(cut) < entry.title_end
        and re.search(r"\s/\s", text[start : entry.title_end]) is None  # (an author statement)
    ):
        # "… through the RIG-I pathway // Cell": the title goes on to the slashes
        merged.title = clean(text[start : entry.title_end], title=True)
    merged.container = clean(entry.container)
    if entry.year and merged.year in (None, entry.pages, entry.volume, entry.issue):
        merged.year = entry.year  # (not "Art. 1827", the article's number)
    merged.publisher = entry.publisher or merged.publisher
    if merged.publisher and _GOST_NUMBERS.fullmatch(merged.publisher):
        merged.publisher = None  # "Т. 5, № 3. С": the journal's numbers, read as a publisher
    if entry.volume or entry.issue or entry.pages:
        merged.volume, merged.issue, merged.pages = entry.volume, entry.issue, entry.pages

"""Which parser to believe for each field of an entry: the rules or the labeller.

Measured on the development strings and the rendered dev articles (tests/bench): the rules are
exact on the styles they know, the labeller is better on everything else. Identifiers (DOI, URL,
access date) always come from the rules' patterns, which are exact. Where the labeller finds no
container the rules' one stands, and where it finds no title the rules' title stands when it
reads as a title (a sentence of its own, or quoted): letting the labeller's "none" win outright
was better on the strings but raised false alarms on the articles past the target (one-word
titles it misses: "Kirkpatrick P. Pazopanib. Nat Rev Drug Discov."), while physics entries that
print no title ("M. Beuthe, Phys. Rev. D 66, 013003 (2002)") had the rules read "Phys" as one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from refcheck.crf import evidence
from refcheck.crf.fields import VOLUME_WORD, CrfFields, crf_fields
from refcheck.model import Person
from refcheck.refparse_comma import EDITOR_MARK, comma_book, is_place
from refcheck.refparse_fields import Fields, clean
from refcheck.refparse_gost import gost_entry, imprint_publisher

_TEXT_FIELDS = ("year", "title", "container", "volume", "issue", "pages")
# The labeller's title or container replaces the rules' only when it is at least this sure of
# every token of it (tuned on the development strings, tests/bench/refstrings.py).
THRESHOLD: dict[str, float] = {"title": 0.5, "container": 0.5}


def combine(raw: str, rules: Fields) -> Fields:
    """``rules`` with the labeller's fields where the labeller is to be preferred.

    An entry that marks a field with Markdown emphasis (``*Nature*``, ``*A Book*``) keeps the
    rules' reading, which follows that markup, and takes from the labeller only what the rules
    did not find: the author marked the fields, which is better evidence than any model, and the
    labeller never saw emphasis in training. (This also keeps long APA lists fast: the labeller
    costs about ten times as much as the rules, 2 ms per entry.)"""
    if rules.container and _CONTAINER_LEAD.match(rules.container):
        rules = replace(rules, container=_without_lead(rules.container))
    emphasised = _EMPHASIS.search(raw) is not None
    if emphasised and _complete(rules):
        return rules
    if rules.comma_fields:
        # "조은숙, 신체 자각(Body Awareness)을 …, 무용예술학연구 제24집, 2008.": CJK fields split
        # by commas alone, which the labeller reads badly (the title's first words as a name)
        return rules
    learned = crf_fields(raw)
    if learned is None:
        return rules
    return _fill(raw, rules, learned) if emphasised else _merge(raw, rules, learned)


_VOLUME_WORD = re.compile(rf"\b{VOLUME_WORD}\s*$", re.IGNORECASE)


_CONTAINER_TAIL = re.compile(
    r"(?:[\s.,]+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{4})?|,\s*[IVXLC]{2,}|\s*\(\d+(?:st|nd|rd|th)\s+edn?\.?\)"
    r"|,?\s+(?:[Vv]ol|[Vv]olume|[Tt]ome|Bd|Band|Heft|[Ii]ssue|Isuue|[Nn]o|Nr)\.?)$"
)
# what may stand before a container's name: the entry's date ("… geospatial data. 2001 In
# Proceedings of …", "… components. May 1999. 21st International Conference …") or its status
# ("to appear in Proceedings of …")
_CONTAINER_LEAD = re.compile(
    r"^(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:1[5-9]|20)\d\d[a-z]?(?:\.\s+|\s+in:?\s+)"
    r"|to\s+appear\s*(?:in|on)\s*(?=[A-Z]))",
    re.IGNORECASE,
)
_NEUTRAL_JOURNAL = re.compile(
    r",\s*\((?P<year>(?:1[5-9]|20)\d\d)\)\s+(?P<volume>\d+)(?:-(?P<issue>\d+))?\s+"
    r"(?P<journal>[^\W\d][^,\d]*?)\s+(?:p\.\s*)?(?P<page>\d+)\.?$"
)
# a US law review as the Bluebook cites it: "…, 9 Space Pol'y 319 (1993)." (volume, journal,
# first page, year)
_BLUEBOOK = re.compile(
    r",\s+(?P<volume>\d{1,3})\s+(?P<journal>[A-Z][^,\d()]*?[A-Za-z.'])\s+(?P<page>\d{1,5})\s*"
    r"\((?P<year>(?:1[5-9]|20)\d\d)\)\.?$"
)
_BLUEBOOK_AUTHOR = re.compile(r"((?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){1,3}),\s+")
_EMPHASIS = re.compile(r"(?<![\w*])\*[^*\s][^*]*\*(?![\w*])")


def _without_lead(container: str) -> str:
    """The container without the entry's date or status before its name."""
    return clean(_CONTAINER_LEAD.sub("", container, count=1)) or container


def _complete(fields: Fields) -> bool:
    return bool(
        fields.authors
        and fields.year
        and fields.title
        and fields.container
        and (fields.volume or fields.pages)
    )


def _copy(rules: Fields) -> Fields:
    return Fields(**{name: getattr(rules, name) for name in Fields.__dataclass_fields__})


def _fill(raw: str, rules: Fields, learned: CrfFields) -> Fields:
    """The rules' reading, with the labeller's value for each field the rules left empty
    (except the title and container, which the emphasis decided)."""
    merged = _copy(rules)
    if rules.container is None and learned.volume and not learned.pages:
        # a book (the emphasis marked its title, no container): a bare number after the
        # publisher is a page ("New York: Routledge, 75."), unless written as a volume
        at = raw.rfind(learned.volume)
        if at >= 0 and not _VOLUME_WORD.search(raw[:at]):
            learned = replace(learned, volume=None, pages=learned.volume)
    for name in ("year", "volume", "issue", "pages"):
        value = getattr(learned, name)  # not the title or container: the emphasis placed them
        if name != "year" and value and evidence.report_number(raw, value):
            continue  # a report number, not a volume or page
        if getattr(merged, name) is None and value is not None:
            setattr(merged, name, value)
    if not merged.authors and learned.authors and not rules.same_authors:
        merged.authors, merged.et_al = learned.authors, learned.et_al
        merged.corporate = learned.corporate
    return merged


def _merge(raw: str, rules: Fields, learned: CrfFields) -> Fields:
    """The labeller's reading, where the rules' title or container stands unless the labeller
    is sure of its own, and the rules' persons stand when they name the same people (the rules
    keep suffixes and initials as printed)."""
    merged = _copy(rules)
    swallowed = evidence.swallowed(learned.container, rules) or evidence.title_tail(
        learned.container, rules, learned.text
    )
    split = evidence.split_journal(clean(learned.container), rules)
    title_in_names = evidence.title_word_in_names(learned, rules) or (
        learned.title is not None
        and (
            evidence.names_lead(learned.title, rules.title)
            or evidence.family_lead(learned.title, rules)
        )
    )
    if (
        learned.title is None
        and rules.title
        and not evidence.title_into_container(learned.container, rules)
        and not evidence.reads_as_title(learned.text, rules.title)
    ):
        # "Phys" in "Beuthe M, Phys. Rev. D 66": the entry prints no title
        rules = replace(rules, title=None)
        merged.title = None
    for name in _TEXT_FIELDS:
        value = getattr(learned, name)
        if name == "year" and rules.year:
            continue  # the rules read the year where the style puts it; the labeller, any date
        if name in {"title", "container"}:
            value = clean(value, title=name == "title")
        if name == "container" and split:
            merged.title = None if learned.title is None else merged.title
            merged.container = value  # "Lect. Notes Phys. 629": the rules split the name
            continue
        if name == "container" and value and rules.title and evidence.ran_into(rules.title, value):
            continue  # the labeller ran the title into the container: keep the rules' reading
        if name == "container" and evidence.lost_abbreviations(value, rules.container):
            continue
        if (
            name == "container"
            and value
            and rules.container
            and re.fullmatch(r"[Ii]n:?\s+", value.removesuffix(rules.container))
        ):
            continue  # "In The Oxford Handbook of Time": the chapter's "In" is no part of it
        if name == "container" and value and value.endswith("-") and rules.container:
            continue  # "Proceedings of IJCAI-" for "… IJCAI-89": the labeller cut a name
        if name == "container" and evidence.edge_slip(value, rules.container):
            continue  # "Proc Natl Acad Sci" for "… USA", "Field's virology. Lippincott"
        if (
            name == "title"
            and value
            and rules.container
            and evidence.ran_into(rules.container, value)
            and not evidence.question_subtitle(learned, rules)
        ):
            continue  # the labeller ran the container into the title: keep the rules' reading
        if swallowed and (
            name == "container"
            or (name == "title" and value and rules.title and rules.title.startswith(value))
        ):
            continue  # "Part VI. Ponerinae. Studia Entomologica": the title's tail ran into it
        if name == "title" and value and evidence.ran_on(learned, rules):
            merged.title = value  # "…super-group.Commun .Math": the rules ran into the journal
            continue
        if name == "title" and value and evidence.before_the_year(value, rules, learned.text):
            continue  # "…, American Diabetes Association, European Association for …. 2009.
            # Medical management …": the labeller took a group in the names for the title
        if (
            name == "title"
            and value
            and evidence.cut_short(value, rules, learned.text, learned.container)
        ):
            continue  # "... PCR and the 2(−Delta Delta C(T)) Method. Methods 25": the rules'
        if name == "title" and value and rules.title and evidence.year_suffix(rules.title, value):
            continue  # "Outcomes of the H1N1 pandemic (2009)": the year belongs to the title
        if name == "title" and value and evidence.year_lead(value, rules):
            continue  # "(in press) Title": the labeller took the year's end into the title
        if name == "title" and value and rules.title and evidence.edge_word(value, rules.title):
            continue  # "… fusion products Int", "au diagnostic …": the rules' edge is right
        if name == "title" and value and evidence.mid_number(value, rules.title):
            continue  # "… at 2" for "… at 2.7 A": a title does not end inside a number
        if name == "title" and value and title_in_names:
            continue  # "Otten L: Crown gall", "Xu W. Design, synthesis": names and title met
        if name in {"volume", "issue", "pages"} and value and evidence.report_number(raw, value):
            continue  # "Project No. 693799": a report number, not a volume or page
        if name in THRESHOLD and getattr(rules, name) is not None:
            confidence = getattr(learned, f"{name}_confidence")
            if name == "container" and value is None and evidence.publisher_only(rules, learned):
                merged.container, merged.publisher = None, learned.publisher
                continue
            if name == "container" and value is None and evidence.a_note(rules, learned):
                # "arXiv:1304.7229", "Report No. 1174, Inria": the issuer and number of a
                # preprint or report, which stay the entry's source (the publisher's place)
                merged.container, merged.publisher = None, rules.publisher or rules.container
                continue
            if name == "container" and value is None and evidence.imprint(rules, learned):
                merged.container, merged.publisher = None, rules.container
                continue
            if value is None or confidence < THRESHOLD[name]:
                continue  # the rules found one and the labeller is unsure: keep the rules'
        if value is not None:  # where the labeller finds none, the rules' value stands
            setattr(merged, name, value)
    if merged.publisher is None and learned.publisher and evidence.apart(learned.publisher, merged):
        # "Tracers in the Sea, Eldigio, Palisades, New York": a book's publisher, which the
        # rules know only by a few words ("Press", "Verlag")
        merged.publisher = learned.publisher
    if learned.lenient_authors and rules.authors:
        # names split by commas alone do not overrule names the parser shaped, but may go on
        # where the parser stopped ("Ghirardo A, Zimmer I, Br€uggemann N, Schnitzler JP.")
        if evidence.continues(learned.authors, rules.authors):
            merged.authors = rules.authors + learned.authors[len(rules.authors) :]
            merged.et_al = learned.et_al or rules.et_al
        return _repair(learned.text, merged)
    if learned.authors and not (rules.same_authors and not rules.authors):
        same = [p.family for p in learned.authors] == [p.family for p in rules.authors]
        # "Meyer M. Cinder.": the labeller took a one-word title into the name, which then
        # reads family "Cinder", given "Meyer M."; the rules' same people, differently split
        title_word = rules.title.split()[0] if rules.title else None
        within = (
            title_word is not None
            and learned.title is None  # else "David R. Boggs. Ethernet: ...": the labeller's own
            and len(learned.authors) == len(rules.authors)
            and any(title_word in (mine.family, mine.given) for mine in learned.authors)
            and all(
                rule.family in f"{mine.family} {mine.given}"
                for rule, mine in zip(rules.authors, learned.authors, strict=True)
            )
        )
        if not same and not within and not title_in_names:
            merged.authors = learned.authors
            merged.et_al = learned.et_al or rules.et_al
            merged.corporate = learned.corporate
    return _repair(learned.text, merged)


# what surrounds a book's or proceedings' name in a container: "in" before it, its editors
# before or after it ("InC. B. Jones, and T. Denvir, editors,Proc. 5th …", "… (R. Chellappa,
# ed.)"), its publisher after a comma ("Computer communications, Elsevier Science Publishers")
# ("In Vivo", "In Practice" are journals: a capital "In" goes only before a colon, an article
# or "Proceedings")
_IN_LEAD = re.compile(r"^(?:in:?\s+|In:\s*|In\s+(?=(?:The|A|An|Proceedings)\s))(?=\S)")
_EDITORS_LEAD = re.compile(
    rf"^.{{0,200}}?(?:\beditors?\s*[,:.]|{EDITOR_MARK}\s*[,:.]?)\s*(?=\S)", re.IGNORECASE
)
# ". New York: Plenum Press", ". Trier: WVT" after a book's name: its imprint
_IMPRINT_TAIL = re.compile(
    r"\.\s+((?:[A-Z][a-zà-ÿ]+(?:\s+|-|\s+and\s+))*[A-Z][a-zà-ÿ]+(?:,\s*[A-Z]{2})?:\s*[A-Z][^:]{1,60})$"
)
_EDITORS_TAIL = re.compile(r"\s*\([^()]*\beds?\.?\)$")
_PUBLISHER_TAIL = re.compile(
    r",\s*((?:[\w&.'-]+\s+){0,4}(?:Publishers?|Press|Verlag|Publishing|Elsevier|Springer"
    r"|Wiley|Academic Press)(?:\s+[\w&.'-]+){0,3})$"
)


_LIST_END = re.compile(r"[A-Z][\w-]*,\s+(?:and|&)\s+[A-Z]")
_LIST_START = re.compile(r"(?:^|[.?!]\s+)((?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s+)+)$")


def book_of(text: str, container: str, authors: tuple[Person, ...]) -> tuple[str, str | None]:
    """The container without what only surrounds it, and a publisher found at its end."""
    book = _IN_LEAD.sub("", container, count=1)
    book = _EDITORS_LEAD.sub("", book, count=1)
    book = _EDITORS_TAIL.sub("", book)
    publisher = None
    tail = _PUBLISHER_TAIL.search(book) or _IMPRINT_TAIL.search(book)
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


def _repair(text: str, merged: Fields) -> Fields:
    """Where the merged fields meet wrongly, whichever parser read them: a journal read as the
    title or as names, a name or a journal run into the title. ``text`` is the entry as the
    labeller read it."""
    journal = evidence.journal_start(text, merged.title) if merged.title else None
    if journal is not None:
        merged.title, merged.container = None, journal  # "Prog. Theor. Phys. 56": no title
    head = evidence.journal_head(text, merged.container) if merged.container else None
    if head is not None:
        # "Fiz" of "L. Volkova Yad. Fiz. 31": the journal's first abbreviations go with it
        merged.container = f"{head} {merged.container}"
        words = head.rstrip(".")
        if merged.title and merged.title.endswith(words):
            merged.title = clean(merged.title[: -len(words)], title=True) or None
    unnamed = (
        evidence.without_last_family(text, merged.title, merged.authors) if merged.title else None
    )
    if unnamed is not None:
        merged.title = unnamed  # "and S. Tsujikawa Realizing …": the names ran into the title
    run_on = evidence.run_on_journal(text, merged.title, merged.container) if merged.title else None
    if run_on is not None:
        # "… in adult diabetes mellitus QJM 1994; 87": no full stop before the journal
        merged.title, merged.container = run_on
    if merged.container:
        # "New Yorker 15 Feb", "Psychological Review, LXV", "Handbook … (4th edn)", "Proc. of
        # SPIE Vol": a date, a volume in Roman numerals, an edition or the word before a
        # volume's number that the container ran on into
        merged.container = _CONTAINER_TAIL.sub("", merged.container) or merged.container
        merged.container = _without_lead(merged.container)
        merged.container, publisher = book_of(text, merged.container, merged.authors)
        merged.publisher = merged.publisher or publisher
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
    _listed_journal(text, merged)
    _second_sentence(text, merged)
    _title_run_on(text, merged)
    _collaboration(merged)
    _comma_style(text, merged)
    _gost(text, merged)
    return merged


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
    r"\s+(?P<year>(?:1[5-9]|20)\d\d)\s+(?P<journal>[A-Z][\w.&' -]{2,60}?)\s+(?P<volume>\d+)$"
)


def _title_run_on(text: str, merged: Fields) -> None:
    """A title that both parsers ran on past its end into the entry's next field."""
    title = merged.title
    if not title:
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


# a physics collaboration's name (and the names and "et al." around it) read as the title:
# "(Particle Data Group), Chin. Phys", "et al.: PREX Collaboration", "Virgo and LIGO
# Scientific collaborations, B.P. Abbott et al., GW170104: …"
_COLLABORATION = re.compile(
    r"^(?:\([^()]*?\b(?:Collaboration|Data Group)s?\)"
    r"|et\s+al\.?\s*[:,]?\s*[\w\s&-]*?\b[Cc]ollaborations?"
    r"|[\w\s&-]*?\b[Cc]ollaborations?\s*,\s*[^,:]{0,40}?\bet\s+al\.?"
    r"|(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+Collaboration$)\s*[.,:]?\s*"
)


def _collaboration(merged: Fields) -> None:
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


def _comma_style(text: str, merged: Fields) -> None:
    """Humanities entries whose every field ends at a comma (refparse_comma)."""
    book = comma_book(text)
    if book is not None:
        # "Hartmut Rosa, L'accélération. Une critique sociale du temps, Paris, La Découverte,
        # 2010.": every field ends at a comma; the place shows where the title's pieces end
        merged.authors, merged.et_al, merged.corporate = book.authors, False, False
        merged.title = clean(book.title, title=True)
        merged.container = clean(book.container)
        merged.publisher = clean(book.publisher)
        if book.volume or book.pages:
            merged.kind = "journal"
            merged.volume, merged.issue, merged.pages = book.volume, book.issue, book.pages
            merged.year = book.year or merged.year
        if merged.container is None and merged.kind == "journal":
            merged.kind = "book"


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
    cut = re.split(r"\s+//|\s/\s", title, maxsplit=1)[0]
    if cut != title:
        merged.title = clean(cut, title=True)
    merged.container = clean(entry.container)
    merged.year = merged.year or entry.year
    merged.publisher = entry.publisher or merged.publisher
    if entry.volume or entry.issue or entry.pages:
        merged.volume, merged.issue, merged.pages = entry.volume, entry.issue, entry.pages

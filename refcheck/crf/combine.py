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
from typing import Any

from refcheck.crf import evidence
from refcheck.crf.fields import VOLUME_WORD, CrfFields, crf_fields
from refcheck.crf.repair import emphasised_chapter, repair, without_lead
from refcheck.keycites import ALPHA_KEY
from refcheck.model import Person
from refcheck.refparse_fields import LINKED_NOTE, Fields, clean

_TEXT_FIELDS = ("year", "title", "container", "volume", "issue", "pages")
# The labeller's title or container replaces the rules' only when it is at least this sure of
# every token of it (tuned on the development strings, tests/bench/refstrings.py).
THRESHOLD: dict[str, float] = {"title": 0.5, "container": 0.5}

# an edition or version alone: "1.00.08 ed", "2nd edn", "Version 3.1"
_EDITION_ONLY = re.compile(
    r"(?:v(?:ersion)?\.?\s*)?\d[\d.]*(?:st|nd|rd|th)?\s*(?:ed|edn|edition)?\.?", re.IGNORECASE
)


def combine(raw: str, rules: Fields) -> Fields:
    """``rules`` with the labeller's fields where the labeller is to be preferred.

    An entry that marks a field with Markdown emphasis (``*Nature*``, ``*A Book*``) keeps the
    rules' reading, which follows that markup, and takes from the labeller only what the rules
    did not find: the author marked the fields, which is better evidence than any model, and the
    labeller never saw emphasis in training. (This also keeps long APA lists fast: the labeller
    costs about ten times as much as the rules, 2 ms per entry.)"""
    if rules.container and (bare := without_lead(rules.container)) != rules.container:
        rules = replace(rules, container=bare)  # "2001 In Proceedings of …": the date before it
    emphasised = _EMPHASIS.search(raw) is not None and not _names_in_title(rules)
    if emphasised and _complete(rules):
        return emphasised_chapter(raw, rules)
    if rules.comma_fields:
        # "조은숙, 신체 자각(Body Awareness)을 …, 무용예술학연구 제24집, 2008.": CJK fields split
        # by commas alone, which the labeller reads badly (the title's first words as a name)
        return rules
    # "… 3: a004820. Erratum in: Nature 2012;3:4.": the note reads like one more entry
    note = LINKED_NOTE.search(raw)
    # BibTeX's alpha key ("[Qui93] J. R. Quinlan. C4.5: …"), which the labeller never saw in
    # training and which throws its reading of what follows
    key = _ALPHA_KEY.match(raw)
    start, end = key.end() if key else 0, note.start() if note else len(raw)
    learned = crf_fields(raw[start:end])
    if learned is None:
        return rules
    if learned.title and _YEARS_ONLY.fullmatch(learned.title) and rules.year and rules.title:
        # "Kerr, B. 1996-97. Letters.", "Mali P, …, Church GM. 2013c. RNA-guided …": the
        # labeller read a range of years, or a year with its letter, as the title
        return rules
    return _fill(raw, rules, learned) if emphasised else _merge(raw, rules, learned)


_YEARS_ONLY = re.compile(r"\(?(?:1[5-9]|20)\d\d(?:\s*[-–]\s*\d{2,4}|[a-z])\)?\.?")
_VOLUME_WORD = re.compile(rf"\b{VOLUME_WORD}\s*$", re.IGNORECASE)
_ALPHA_KEY = re.compile(rf"\s*\[{ALPHA_KEY}\]\s+")


# what opens a line about a book's makers, never its title: "Edited by …", "Translated by …"
_MAKERS_LINE = re.compile(
    r"(?:(?:edited|translated|compiled|introduced|illustrated)\s+by|ed\.\s+by|trans\.\s+by)\b",
    re.IGNORECASE,
)


# a part's number, which the rules may cut out of a title as if it were one ("VI" of "Planck
# 2018 results. VI. Cosmological parameters"): never a title or container by itself
_NUMERAL = re.compile(r"(?:[IVXLC]+|\d{1,3})\.?")

_EMPHASIS = re.compile(r"(?<![\w*])\*[^*\s][^*]*\*(?![\w*])")


# a title that opens with a person's name ("LI J, Hieter P, et al. Designer …", "R. H.
# ffrench-Constant, …"): the rules' names stopped short of the end of the list
_NAME_OPENING = re.compile(
    r"[A-Z][\w'’-]+(?: [a-z]{1,3})?,? (?:[A-Z]\.? ?){1,3}[,.&]|(?:[A-Z]\. ?){1,3}[\w'’-]+,"
)


# what leads a group named after the persons: "…; for the STEP Investigators"
_GROUP_LEAD = re.compile(r"\A(?:for|on\s+behalf\s+of)\s+(?:the\s+)?")


def _family(person: Person) -> str:
    """The family name, or the group's without "for the" before it."""
    return _GROUP_LEAD.sub("", person.family, count=1) if not person.given else person.family


def _names_in_title(rules: Fields) -> bool:
    """Whether the rules' title holds names that their list stopped short of: it opens with
    one, or holds "et al." or the year the names are dated by ("… and P. Hieter et al. 1998.
    “Designer …”"). Then the entry's emphasis is no reason to trust their reading."""
    title = rules.title or ""
    return bool(
        title
        and (
            _NAME_OPENING.match(title)
            or re.search(r"\bet al\b", title)
            # (not a title that opens with the year: "2010 guidelines for CPR")
            or (rules.year and re.search(rf"(?<=.)\b{re.escape(rules.year)}\b", title))
        )
    )


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
    return emphasised_chapter(raw, merged)


# a person's initials, which the labeller may read as a journal ("… and Löwe, J. (2014)")
# (dotted or a single letter: "J", "J.O", not a journal's letters, "RNA", "BMJ")
_INITIALS_ONLY = re.compile(r"[A-Z](?:\.\s?[A-Z]){0,2}\.?")


def _journal_misread(found: str, journal: str, title: str, text: str) -> bool:
    """Whether the labeller's journal after a quoted title is no journal where the rules read
    ``journal`` after it."""
    if _INITIALS_ONLY.fullmatch(found):
        return True  # "Löwe, J. (2014) '…', Elife": the last name's initials
    head = found.removesuffix(journal).strip(" ,.'’”\"") if found.endswith(journal) else ""
    if head and head in title:
        return True  # the title's end run into the journal
    if re.search(rf"[,;:]\s+(?:and\s+|&\s*)?{re.escape(found)}$", journal):
        return True  # "Bioinformatics" of "Proteins: structure, Function, and Bioinformatics"
    # "Chandradev, S.K. and …": among the names before the title
    return bool(title) and 0 <= text.find(found) < text.find(title)


def _quoted_title(learned: CrfFields, rules: Fields) -> CrfFields:
    """ "… (2011) 'Assessing the validity …', PLoS ONE, 6": the rules' quotation is the title,
    and what the labeller ran on past its closing mark is no part of the journal; where the
    labeller's journal lies inside the quotation ("'…, but not MyD88, regulate …', J Immunol,
    175"), the rules' journal and numbers, read after it, stand."""
    whole = rules.title or ""
    container = learned.container
    if (
        container
        and rules.container
        and _journal_misread(container, rules.container, whole, learned.text)
    ):
        container = rules.container
    inside = bool(container and rules.container and container in whole)
    book_at = (learned.title or "").find(rules.container) if rules.container else -1
    # "… 10–13.” Pages 250–64 in Rhetoric and the New Testament. … JSNTSup 90": the labeller
    # ran the title on past its quotation through "in" and the rules' book, then read a series
    # as the journal; the book has no volume of its own (its pages the labeller may have read)
    through_book = book_at > 0 and re.search(r"\bin:?\s+$", (learned.title or "")[:book_at], re.I)
    if inside or through_book:
        return replace(
            learned,
            title=rules.title,
            container=rules.container,
            volume=rules.volume,
            issue=rules.issue,
            pages=rules.pages if inside else rules.pages or learned.pages,
        )
    ran_on = (learned.title or "")[len(whole) :] if (learned.title or "").startswith(whole) else ""
    head = ran_on.lstrip(" .,;:\"'”’»")
    if whole and container and head and ran_on != head and f"{head}, {container}" in learned.text:
        # "“A Cyborg Manifesto ….” Simians, Cyborgs and Women: …, Routledge": the words the
        # labeller ran on past the closing mark open the book, cut at its comma
        container = f"{head}, {container}"
    return replace(learned, title=rules.title, container=container)


def _settle(rules: Fields, merged: Fields, **fields: Any) -> Fields:
    """Where the evidence settles fields, both the merged reading and the rules' (which the
    later steps compare the labeller's with) take them; the rules' so changed is returned."""
    for name, value in fields.items():
        setattr(merged, name, value)
    return replace(rules, **fields)


def _merge(raw: str, rules: Fields, learned: CrfFields) -> Fields:
    """The labeller's reading, where the rules' title or container stands unless the labeller
    is sure of its own, and the rules' persons stand when they name the same people (the rules
    keep suffixes and initials as printed)."""
    merged = _copy(rules)
    swallowed = evidence.swallowed(learned.container, rules, learned.text) or evidence.title_tail(
        learned.container, rules, learned.text
    )
    split = evidence.split_journal(clean(learned.container), rules)
    if learned.title and rules.title and _MAKERS_LINE.match(learned.title):
        # "Ovid. Metamorphoseon. Edited by Michael von Albrecht.": the labeller took the
        # editor's line for the title and the title into the names; the rules read both right
        learned = replace(learned, title=rules.title, authors=rules.authors or learned.authors)
    if learned.title and rules.title and _EDITION_ONLY.fullmatch(learned.title):
        # "Nixon, K. C. WinClada. 1.00.08 ed.": the labeller read the program's name as a
        # person and its version as the title
        learned = replace(learned, title=rules.title, authors=rules.authors or learned.authors)
    if evidence.title_word_as_person(learned, rules):
        learned = replace(learned, title=rules.title, authors=rules.authors)
    if evidence.version_split(learned, rules):
        # what follows the program's name and version is its maker, not a container
        maker = clean(learned.title)
        rules = _settle(rules, merged, container=None, publisher=rules.publisher or maker)
        learned = replace(learned, title=rules.title, container=None)
    if evidence.report_number_as_pages(learned, rules):
        # "… (COVID-19): Situation report, 51.": the report's number, read as pages
        learned = replace(learned, title=rules.title, pages=None)
    if evidence.imprint_as_title(learned, rules):
        title = clean(learned.title, title=True)
        rules = _settle(rules, merged, title=title, authors=(), corporate=False)
    if (
        learned.title
        and rules.title
        and rules.corporate
        and [learned.title.casefold()] == [person.family.casefold() for person in rules.authors]
    ):
        # "Centers for Disease Control and Prevention. HIV surveillance report, 2013.": the
        # labeller read the body that wrote it as the title
        learned = replace(learned, title=rules.title)
    if evidence.names_as_title(learned, rules):
        # "Mendiburu de F (2014) agricolae: …": the names before the year are no title
        rules = _settle(rules, merged, title=learned.title, container=learned.container)
    if evidence.container_split(learned, rules):
        learned = replace(learned, title=rules.title, container=rules.container)
    if evidence.tail_as_container(rules, learned):
        learned = replace(learned, title=rules.title, container=None)
    if evidence.title_past_in(learned, rules):
        learned = replace(learned, title=rules.title, container=rules.container)
    if evidence.sentence_split_title(learned, rules):
        title = clean(learned.title, title=True)
        rules = _settle(rules, merged, title=title, container=learned.container)
    if evidence.title_opens_with_in(learned, rules):
        rules = _settle(rules, merged, title=learned.title, container=None, kind=None)
    if learned.title != rules.title and evidence.quoted_title(learned.text, rules):
        learned = _quoted_title(learned, rules)
    if (
        evidence.split_title(learned, rules)
        or evidence.journal_split_at_comma(learned, rules)
        or evidence.book_as_title(learned, rules)
    ):
        learned = replace(learned, title=rules.title, container=rules.container)
    gost_head = evidence.gost_title_head(learned, rules)
    if gost_head is not None:
        learned = replace(learned, title=gost_head, authors=rules.authors or learned.authors)
    if evidence.title_opens_in_brackets(learned, rules):
        learned = replace(learned, title=rules.title, authors=rules.authors)
    if evidence.imprint_in_title(learned, rules):
        rules = _settle(rules, merged, title=learned.title, publisher=learned.publisher)
    if evidence.title_as_name(learned, rules):
        book = learned.container or without_lead(learned.title or "") or None
        learned = replace(learned, title=rules.title, authors=rules.authors, container=book)
    whole_title = evidence.title_lead_as_name(learned, rules)
    if whole_title is not None:
        # "Weiler, H.A. Vitamin D: An overview …": the title's opening read as one more name
        learned = replace(learned, title=whole_title, authors=rules.authors)
    if evidence.title_into_body(learned, rules):
        # "National Center for Health Statistics (US). Health, United States, 2019.": the
        # rules' body and title
        learned = replace(learned, title=rules.title, authors=rules.authors)
    title_in_names = (
        evidence.title_word_in_names(learned, rules)
        or evidence.names_past_colon(learned, rules)
        or evidence.imprint_as_names(learned, rules)
        or evidence.over_the_year(learned.title, rules, learned.text)
        or (
            learned.title is not None
            and (
                evidence.names_lead(learned.title, rules.title)
                or evidence.family_lead(learned.title, rules)
            )
        )
    )
    names_ran_on = evidence.names_into_title(learned, rules) or evidence.article_as_name(
        learned, rules
    )
    took_journal = evidence.names_took_journal(learned.authors, rules)
    head_cut = evidence.head_cut(learned, rules)
    # "…, Wang JP, Widom J (2006) Title": the labeller read the last name as a journal
    journal_in_names = evidence.last_name_as_journal(learned, rules)
    after_date = evidence.title_after_date(learned, rules)
    if after_date is not None:
        title, group = after_date
        authors = (*rules.authors, Person(group, ""))
        learned = replace(learned, title=title, authors=authors)
        rules = _settle(rules, merged, title=title, authors=authors)
    marked = evidence.title_before_marker(learned)
    if marked is not None:
        learned = replace(learned, title=marked[0], container=marked[1])
    if evidence.names_past_suffix(learned, rules):
        learned = replace(learned, title=rules.title, authors=rules.authors)
    if evidence.places_in_title(learned, rules):
        learned = replace(learned, title=rules.title)
    placed = evidence.title_as_place(learned, rules)
    if placed is not None:
        learned = replace(learned, title=placed[0], publisher=placed[1])
        rules = _settle(rules, merged, title=placed[0], publisher=placed[1])
    after_names = evidence.title_after_names(learned, rules)
    if after_names is not None:
        learned = replace(learned, title=after_names)
    if (
        learned.title is None
        and rules.title
        and not names_ran_on
        and not title_in_names
        and not evidence.title_as_publisher(learned, rules)
        and not evidence.title_into_container(learned.container, rules)
        and not evidence.reads_as_title(learned.text, rules.title)
    ):
        # "Phys" in "Beuthe M, Phys. Rev. D 66": the entry prints no title
        rules = replace(rules, title=None)
        merged.title = None
    numbered = evidence.numbers_after_journal(clean(learned.container), rules)
    cut_title = False  # the labeller cut the title short, where the rules' stands
    for name in _TEXT_FIELDS:
        value = getattr(learned, name)
        if name == "year" and rules.year and not evidence.lettered_year(value, rules.year, raw):
            continue  # the rules read the year where the style puts it; the labeller, any date
        if name in {"title", "container"}:
            value = clean(value, title=name == "title")
        if name == "container" and split:
            merged.title = None if learned.title is None else merged.title
            merged.container = value  # "Lect. Notes Phys. 629": the rules split the name
            continue
        if name == "container" and value and rules.title and evidence.ran_into(rules.title, value):
            continue  # the labeller ran the title into the container: keep the rules' reading
        if name == "container" and value and cut_title and value in (rules.title or ""):
            continue  # "… to a region containing the … genes on chromosome 21q22.3. Molecular
            # Psychiatry 11": the labeller's journal lies inside the title it cut short
        if name == "container" and value and rules.container and value == rules.title:
            continue  # "BARLOW, P. N.: Functional anatomy of …. In: Biochemistry 52": the
            # labeller took the title for the container, where the rules read both
        if name == "container" and evidence.lost_abbreviations(value, rules.container):
            continue
        if (
            name == "container"
            and value
            and rules.year
            and value.endswith(f" {rules.year}")
            and not (rules.container or "").endswith(rules.year)
            and (at := learned.text.find(value)) >= 0
            and re.match(r",\s*\d", learned.text[at + len(value) :])
        ):
            # "PLOS ONE 2013b, 8, e54130": ACS's year after the journal, before its volume
            value = value[: -len(rules.year) - 1]
        if name == "title" and evidence.abbreviation_into_title(value, learned, rules):
            continue  # "Growth of the cell. Br" before "J. Sports Med": the journal's opening
        if (
            name == "container"
            and value
            and rules.container
            and value in {person.family for person in rules.authors}
            and not rules.container.startswith(value)  # (a body that published its own work)
        ):
            continue  # "CCP4. 1994. The CCP4 suite …": the labeller read the group author as it
        if name == "container" and journal_in_names:
            continue
        if name == "container" and evidence.inside_a_body(value, rules, learned.text):
            continue
        if name == "container" and evidence.editors_as_book(value, rules, learned.text):
            continue
        if name == "container" and evidence.book_edges(value, rules, learned.text):
            continue
        if name == "container" and head_cut and value and rules.title and value in rules.title:
            continue  # "(1956) J. B. S. Haldane and …": the title's initials read as a journal
        if name == "container" and evidence.subtitle_split(learned, rules):
            continue
        if (
            name == "container"
            and value
            and rules.container
            and re.fullmatch(r"[Ii]n:?\s+", value.removesuffix(rules.container))
            and not re.match(r"(?:Vivo|Vitro|Silico|Situ|Utero|Ovo)\b", rules.container)
        ):
            continue  # "In The Oxford Handbook of Time": the chapter's "In" is no part of it
            # (but "In Vivo Optical Imaging of Brain Function" is the book's name)
        if (
            name == "container"
            and value
            and evidence.title_word_in_journal(value, rules, merged.title)
        ):
            continue  # "system Rev.Sci. Instrum": the title's last word run into the journal
        if name == "container" and value and evidence.journal_cut_at_comma(value, rules, raw):
            continue  # "Current Opinion in Endocrinology, Diabetes, and Obesity 21"
        if name == "container" and value and value.endswith("-") and rules.container:
            continue  # "Proceedings of IJCAI-" for "… IJCAI-89": the labeller cut a name
        if name in {"container", "volume", "issue"} and numbered:
            continue  # "Frontiers in Neuroanatomy 8. doi:…": the journal and its number
            # ("Hum Mol Genet 14 Spec No" | "1": the rules read 14 and "Spec No 1")
        if name == "pages" and rules.pages and value and re.fullmatch(r"\d+\s+pages", value):
            continue  # ACM's "Article 45 (June 2019), 30 pages": the count, where the rules
            # read the article's number
        if name == "pages" and evidence.numbers_after_journal(value, rules):
            continue  # "eLife e03080" as the pages: the journal and its article number
        if (
            name == "volume"
            and value
            and rules.volume
            and value.startswith((f"{rules.volume}:", f"{rules.volume}. "))
        ):
            continue  # "894:i-xii" for "2000;894:i-xii, 1-253": the pages' front matter taken
            # ("2. 4" for "Vol 2. 4th ed.": the edition's number)
        if name == "container" and evidence.edge_slip(value, rules.container):
            continue  # "Proc Natl Acad Sci" for "… USA", "Field's virology. Lippincott"
        if (
            name == "title"
            and value
            and rules.container
            and evidence.ran_into(rules.container, value)
            and not evidence.question_subtitle(learned, rules)
        ):
            # the labeller ran the container into the title: keep the rules' reading, less
            # the names it opens with where the rules' list stopped short ("LI J, Hieter P, et
            # al. Designer …")
            head = value.removesuffix(rules.container).rstrip(" .,")
            if _names_in_title(rules) and rules.title and rules.title.endswith(f" {head}"):
                merged.title = head
            continue
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
            cut_title = True
            continue  # "... PCR and the 2(−Delta Delta C(T)) Method. Methods 25": the rules'
        if name == "title" and value and rules.title and evidence.year_suffix(rules.title, value):
            continue  # "Outcomes of the H1N1 pandemic (2009)": the year belongs to the title
        if name == "title" and value and evidence.bracket_lead_dropped(value, rules):
            continue  # "(R)-beta-lysine-modified …": the title opens with its bracket
        if name == "title" and value and evidence.open_bracket_tail(value, rules, learned.text):
            continue  # "… notebooks (Q" of "(Q. Hoare, … Eds., & Trans.)": the rules' title
        if name == "title" and value and evidence.group_lead(value, rules):
            continue  # "STEP 1 Study Group. Once-weekly …": the group is the last author
        if name == "title" and value and evidence.year_opens_title(value, rules):
            continue  # "2013 AHA/ACC/TOS guideline …": the title's own year, not the date
        if name == "title" and value and evidence.year_lead(value, rules):
            continue  # "(in press) Title": the labeller took the year's end into the title
        if (
            name == "title"
            and value
            and rules.title
            and rules.title.startswith(value)
            and re.match(r",\s+[A-Z]\.\s+[a-z]{3,}", rules.title[len(value) :])
        ):
            continue  # "… from Rhinolophus blasii, R. euryale and R. mehelyi": species go on
        if name == "title" and value and evidence.imprint_head_in_title(value, learned, rules):
            continue  # "… Frontier. St" before "Martins Press": the publisher's first word
        if name == "title" and value and rules.title and evidence.edge_word(value, rules.title):
            continue  # "… fusion products Int", "au diagnostic …": the rules' edge is right
        if name == "title" and value and evidence.publisher_into_title(value, rules):
            continue  # "… applications. Springer, Berlin, 2003.": the rules' title is whole
        if name == "title" and head_cut:
            continue  # "(1956) J. B. S. Haldane and …": the title opens right after the year
        if name == "title" and value and evidence.inside_brackets(value, rules):
            continue  # "[… metastasis. Outcome in …]": a translated title is whole
        if name == "title" and value and evidence.cut_before_imprint(value, rules, learned.text):
            continue  # "Händels Rinaldo: Geschichte, Werk, Wirkung (Neuhausen-Stuttgart: …)"
        if name == "title" and value and evidence.cut_at_the_end(value, rules, learned):
            continue  # "… repeats (STRs) in Berbers from Morocco.": nothing else follows
        if name == "title" and value and evidence.mid_number(value, rules.title):
            continue  # "… at 2" for "… at 2.7 A": a title does not end inside a number
        if name == "title" and value and re.match(r"\d+\s?(?:p|pp|S|s)\.\s", value):
            continue  # "159 p. A pseudo-ethnographic account …": a book's count of pages, then a note
        if name == "title" and value and title_in_names:
            continue  # "Otten L: Crown gall", "Xu W. Design, synthesis": names and title met
        if name == "volume" and value and evidence.volume_before_journal(value, rules, learned):
            continue  # "… on chromosome 21q22.3. Molecular Psychiatry 11": the title's number
        if name in {"volume", "issue"} and evidence.year_or_label(
            value, getattr(rules, name), rules
        ):
            continue  # "2011 Volume 16, Issue 3": the year, and the issue with its label
        if name in {"volume", "issue", "pages"} and (
            evidence.number_read_twice(name, learned, rules)
            or (name != "pages" and evidence.number_in_title(name, learned, rules))
        ):
            continue  # "… harboring the t(11;19)(q11;q13.4) translocation. Genes … 46:508"
        if name == "pages" and value and evidence.pages_misread(value, rules):
            continue  # DIN's "Lancet 373 (2009), S. 2201–14": "Lancet 373" or "373" as pages
        if (
            name in {"volume", "issue", "pages"}
            and value
            and evidence.inside_doi(value, rules, raw)
        ):
            continue  # "…3.0.CO;2-0": a SICI DOI's end read as the pages "2-0"
        if name in {"volume", "issue", "pages"} and value and evidence.report_number(raw, value):
            continue  # "Project No. 693799": a report number, not a volume or page
        if (
            name in {"volume", "issue", "container"}
            and value
            and evidence.bracket_cut(value, rules)
        ):
            continue  # "12(Pt 3", "Science (New York" and "N.Y.) 355": a bracket cut in two
        if (
            name == "volume"
            and value
            and rules.volume
            and value.endswith(f" {rules.volume}")
            and re.match(r"[^\W\d]", value)
            and len(value) - len(rules.volume) > 2  # (not a series' letter: "C 20")
        ):
            continue  # "eNeuro 3": the labeller ran the journal's name into its volume
        if name == "volume" and value and evidence.glued_volume(raw, value, rules):
            continue  # "vol. 2009, Art. no. pdb.ip71": an article's number, not the volume
        if name == "volume" and value and evidence.in_a_name(value, rules):
            continue  # "Universite Paris 7", "IJCAI-89"
        if (
            name == "container"
            and value
            and rules.container
            and merged.title
            and rules.container in merged.title
            and value not in merged.title
        ):
            # "Ubiquity of microscopic animals? Evidence from …": the title chosen holds the
            # rules' container (a subtitle they split off), so the labeller's stands
            merged.container = value
            continue
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
            if name == "container" and value is None and evidence.began_in_title(rules, learned):
                merged.container = None
                continue
            if (
                name == "container"
                and value is None
                and rules.title is None
                and learned.title == rules.container
                and learned.publisher
            ):
                # "L. Kleinrock. Queueing Systems, volume 1. Wiley, New York, 1975.": the rules
                # read a book's title and volume as a journal's
                merged.container, merged.publisher, merged.kind = None, learned.publisher, "book"
                continue
            if name == "container" and value is None and evidence.imprint(rules, learned):
                merged.container, merged.publisher = None, rules.container
                continue
            if value is None or (
                confidence < THRESHOLD[name] and not _NUMERAL.fullmatch(getattr(rules, name))
            ):
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
        return repair(learned.text, merged)
    if learned.authors and not (rules.same_authors and not rules.authors):
        same = [_family(p) for p in learned.authors] == [_family(p) for p in rules.authors]
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
        dropped = evidence.group_dropped(learned.authors, rules.authors, learned.title)
        if (
            not same
            and not within
            and not names_ran_on
            and not title_in_names
            and not took_journal
            and not journal_in_names
            and not dropped
            and not evidence.last_name_dropped(learned, rules)
            and not evidence.title_as_family(learned, rules)
        ):
            merged.authors = learned.authors
            merged.et_al = learned.et_al or rules.et_al
            merged.corporate = learned.corporate
        elif same and (rest := evidence.given_into_title(learned, rules)) is not None:
            merged.authors = learned.authors
            if merged.title == rules.title:  # the title without the given name it took
                title = learned.title
                fits = title and (not rest or rest.startswith(title))
                merged.title = title if fits else rest or None
    return repair(learned.text, merged)

"""Rules about citations and their links to entries (RC1xx)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from refcheck.citations import LANGUAGE_ET_AL
from refcheck.keycites import bibliography_paths
from refcheck.match import YearKey, entry_year, given_letters, near_miss
from refcheck.model import Citation, Reference, Severity
from refcheck.refparse_fields import NOT_YET_ACCEPTED
from refcheck.refparse_names import TRAILING_EDITORS, is_name_particle
from refcheck.rules import Hit, RuleContext, rule
from refcheck.rules.numeric_rules import numeric_missing, numeric_name_slips
from refcheck.textnorm import fold, name_key


def _label(citation: Citation) -> str:
    names = " and ".join(citation.authors) if len(citation.authors) <= 2 else citation.authors[0]
    if citation.et_al or len(citation.authors) > 2:
        names = f"{citation.authors[0]} et al."
    if citation.kind in {"author-page", "note"}:
        return citation.text  # "Gutenberg 3": the style prints no year
    year = citation.year or "no year"
    return f"{names}, {year}" if citation.authors else citation.text


def _entry_label(reference: Reference) -> str:
    who = reference.authors[0].family if reference.authors else (reference.title or reference.raw)
    who = who if len(who) <= 60 else who[:57] + "..."
    return f"{who} ({reference.year or 'n.d.'})"


def _single_target(context: RuleContext, citation: Citation, *statuses: str) -> Reference | None:
    link = context.link(citation)
    if link is None or link.status not in statuses or len(link.reference_ids) != 1:
        return None
    return context.reference(link.reference_ids[0])


def _names_printed(citation: Citation) -> bool:
    """False for a continuation that prints only its year or suffix ("2005", "b")."""
    return len(citation.text) > 1 and not citation.text[0].isdigit()


def _author_date(context: RuleContext) -> Iterator[Citation]:
    # (MLA's author-page citations are checked for their names too, not for a year)
    return (c for c in context.citations if c.kind in {"author-date", "author-page"} and c.authors)


# what follows a work read through another: ", as cited in", "; cited in", "as quoted in"
_SECONDARY = re.compile(r"\)?[,;]?\s*(?:as\s+)?(?:cited|quoted|reported)\s+(?:in|by)\s", re.I)
# ... or stands before it, the source's citation then a comma: "As cited in Brown (2015), Green
# (1960) argued", "as quoted by Lee (2020, p. 4), Smith (2019) held"
_SECONDARY_BEFORE = re.compile(
    r"(?<![\w-])(?i:as\s+)?(?i:cited|quoted|reported)\s+(?:in|by)\s+[^.;!?]{1,80}?"
    r"(?:1[5-9]|20)\d\d[a-z]?(?:,[^;()]{1,20})?\)?,\s*\Z"
)


@rule("RC101", "missing-reference", Severity.ERROR, "a citation that matches no reference entry")
def missing_reference(context: RuleContext) -> Iterator[Hit]:
    """What: a citation for which no entry of the reference list fits, even loosely.

    Why: readers cannot find the cited work; often the entry was forgotten or cut.
    Example: ``(Troitski, 2011)`` with no Troitski in the list; ``[14]`` in a 12-entry list
    (a numeric callout gets one finding per number that no entry carries).
    Fix: add the entry, or correct the citation to the work you meant. (A work cited through
    another, "(Smith, 2019, as cited in Lee, 2020)", needs no entry of its own: APA lists only
    the source read; nor does a work not yet accepted, "(Chapman et al., in preparation)",
    "(Lee, submitted)", which journals have cited in the text alone.)
    """
    if context.section is None and not context.has_bibliography:
        return  # no-reference-list says it once instead of once per citation
    listed: dict[str, list[str]] = {}
    for reference in context.references:
        if reference.authors:
            key = name_key(reference.authors[0].family)
            listed.setdefault(key, []).append(reference.year or "n.d.")
    yield from numeric_missing(context)  # one finding per number that no entry carries
    source = context.document.source
    for citation in context.citations:
        link = context.link(citation)
        if link is None or link.status != "none" or citation.kind == "numeric":
            continue
        if _SECONDARY.match(source, citation.span.end) or _SECONDARY_BEFORE.search(
            source, max(0, citation.span.start - 120), citation.span.start
        ):
            continue  # APA lists only the work that cites it: "(Smith, 2019, as cited in Lee)"
        if citation.year in NOT_YET_ACCEPTED:
            continue  # journals have such works cited in the text alone, never listed
        message = f"'{_label(citation)}' matches no entry of the reference list"
        years = listed.get(name_key(citation.authors[0])) if citation.authors else None
        if years:
            message += f" ({citation.authors[0]} is listed for {', '.join(sorted(set(years)))})"
        yield Hit(message, citation.span, citation_id=citation.id)


@rule(
    "RC103", "author-mismatch", Severity.ERROR, "a cited surname that is a near miss of the entry"
)
def author_mismatch(context: RuleContext) -> Iterator[Hit]:
    """What: the cited surname differs from the entry the citation surely means (the first
    name, or the second of two: ``(Smith and Jonse, 2010)``; or its particles: ``van der Berg``
    for ``van den Berg``), or two names are cited in the
    other order than the entry's (``Deaton and Case`` for ``Case A, Deaton A``), or initials
    printed before it name another person (``(R. Smith, 2010)`` for ``Smith, J. A.``); in numeric
    styles, the name printed before a callout misspells its entry's first author (``Smyth et
    al. [1]`` for ``Smith J, …``).

    Why: a misspelt name breaks search and indexing and signals careless referencing.
    Example: ``(Frier, 2009)`` while the list has ``Freire M.R. (2009)``.
    Fix: use the suggested spelling or order (or correct the entry if the citation is right).
    """
    # (a note's citation too: "Eisenstien, *Printing Press*, 50")
    notes = (c for c in context.citations if c.kind == "note" and c.authors)
    for citation in (*_author_date(context), *notes):
        reference = _single_target(context, citation, "fuzzy", "exact", "folded", "year")
        if reference is None or not reference.authors or reference.corporate:
            continue
        cited, listed = citation.authors[0], reference.authors[0].family
        link = context.link(citation)
        fuzzy = link is not None and link.status == "fuzzy"
        swapped = _swapped(citation, reference) if fuzzy else None
        if swapped is not None:
            yield Hit(
                f"cited as '{swapped[0]}' but the reference lists the authors in the other "
                f"order, '{swapped[1]}'",
                citation.span,
                citation_id=citation.id,
                reference_id=reference.id,
                suggestion=swapped[1],
            )
            continue
        if fuzzy or _accents_only(cited, listed) or _other_particles(cited, listed):
            yield Hit(
                f"cited as '{cited}' but the reference lists '{listed}'",
                citation.span,
                citation_id=citation.id,
                reference_id=reference.id,
                suggestion=listed,
            )
            continue
        second = _second_name_miss(citation, reference) or _other_initials(citation, reference)
        if second is not None:
            yield Hit(
                f"cited as '{second[0]}' but the reference lists '{second[1]}'",
                citation.span,
                citation_id=citation.id,
                reference_id=reference.id,
                suggestion=second[1],
            )
    yield from numeric_name_slips(context)  # "Smyth et al. [1]" for "Smith J, …"


_APOSTROPHES = str.maketrans("’‘ʼ`´", "'''''")


def _other_particles(cited: str, listed: str) -> bool:
    """ "van der Berg" for "van den Berg", "van Berg" for "van der Berg": the same name after
    other particles (not "Van der Berg", the same ones capitalised, nor "Souza" for "de
    Souza", a particle left out as many styles do)."""
    mine, theirs = cited.split(), listed.split()
    if len(mine) < 2 or len(theirs) < 2 or fold(mine[-1]) != fold(theirs[-1]):
        return False
    ours, others = [w.lower() for w in mine[:-1]], [w.lower() for w in theirs[:-1]]
    if not all(is_name_particle(word) for word in (*ours, *others)):
        return False
    return ours != others


def _accents_only(cited: str, listed: str) -> bool:
    """ "Sollner" for "Söllner": the same letters but for their accents (not "O’Brien" for
    "O'Brien", the same name with another typeface's apostrophe)."""
    cited = unicodedata.normalize("NFC", cited.translate(_APOSTROPHES))
    listed = unicodedata.normalize("NFC", listed.translate(_APOSTROPHES))
    # (NFC: "Mu\u0308ller", as macOS saves text, is "Müller")
    return cited.casefold() != listed.casefold() and fold(cited) == fold(listed)


def _swapped(citation: Citation, reference: Reference) -> tuple[str, str] | None:
    """("Deaton and Case", "Case and Deaton"): the entry's first two authors cited in the other
    order (two-author works, or the first two of more with "et al.")."""
    names = citation.authors
    if len(names) != 2 or len(reference.authors) < 2:
        return None
    first, second = (person.family for person in reference.authors[:2])
    if (name_key(names[0]), name_key(names[1])) != (name_key(second), name_key(first)):
        return None
    joiner = _joiner(citation.text, names[0], names[1])
    tail = " et al." if citation.et_al else ""
    return f"{names[0]}{joiner}{names[1]}{tail}", f"{first}{joiner}{second}{tail}"


def _second_name_miss(citation: Citation, reference: Reference) -> tuple[str, str] | None:
    """("Smith and Jonse", "Smith and Jones"): a two-name citation of a two-author entry whose
    second name is a misspelling of the entry's (the first name found the entry)."""
    names = _cited_names(citation, reference)
    if len(names) != 2 or citation.et_al or len(reference.authors) != 2:
        return None
    first, second = (person.family for person in reference.authors)
    if name_key(names[0]) != name_key(first):
        return None
    cited = names[1]
    if not (near_miss(cited, second) or _accents_only(cited, second)):
        return None
    joiner = _joiner(citation.text, names[0], cited)
    return f"{names[0]}{joiner}{cited}", f"{first}{joiner}{second}"


def _other_initials(citation: Citation, reference: Reference) -> tuple[str, str] | None:
    """ "(R. Smith, 2010)" for the one "Smith, J. A. (2010)": initials, printed to tell two
    authors of one surname apart, that name another person than the entry's (compared by
    their first letter: "J." is "J. A.", "J.-P." is "J. P.")."""
    letters = given_letters(reference)
    if not citation.initials or not letters or citation.initials[0] == letters[0]:
        return None
    family = reference.authors[0].family
    return (
        f"{citation.initials} {citation.authors[0]}",
        f"{' '.join(letter + '.' for letter in letters)} {family}",
    )


def _joiner(text: str, first: str, second: str) -> str:
    """What joins two cited names as printed (" and ", " & ", " y "), for the suggestion."""
    printed = re.search(rf"{re.escape(first)}(\W+\w*\W+){re.escape(second)}", text)
    return printed.group(1) if printed and len(printed.group(1)) <= 7 else " and "


@rule("RC104", "year-mismatch", Severity.ERROR, "a cited year that differs from the entry's year")
def year_mismatch(context: RuleContext) -> Iterator[Hit]:
    """What: the cited year differs from the year of the entry the citation surely means
    (including an entry without a date, n.d., cited with a year, or a citation with no year),
    or years with different letters (``2010a``, ``2010b``) that all lead to one entry printed
    without a letter, or a letter on one side only where the author has no other work of that
    year (``(Ross, 2020a)`` for the one ``Ross (2020)``).

    Why: the year is half of an author-date citation; a wrong one points to another work.
    Example: ``(Nurgaliyeva, 2016)`` while the list has ``Nurgaliyeva L. (n.d.)``.
    Fix: use the entry's year (suggested), or correct the entry.
    """
    targets: list[tuple[Citation, Reference]] = []
    for citation in context.citations:
        if citation.kind != "author-date":
            continue  # MLA prints no year (a work without an author is cited by its title)
        reference = _single_target(context, citation, "year", "exact", "folded", "fuzzy")
        if reference is not None:
            targets.append((citation, reference))
    letters = _letters_per_entry(targets)
    for citation, reference in targets:
        cited, listed = YearKey.of(citation.year), entry_year(reference)
        others = sorted(letters.get(reference.id, set()) - {cited.suffix})
        if citation.year is not None and cited.suffix and others and not listed.suffix:
            also = ", ".join(f"{cited.base}{letter}" for letter in others)
            yield Hit(
                f"cited as {citation.year} and elsewhere as {also}, but the list has one "
                f"{_entry_label(reference)}: a work is missing from the list, or a letter is wrong",
                citation.span,
                citation.id,
                reference.id,
            )
            continue
        if citation.year is not None and cited.fits(listed):
            if (
                cited.suffix != listed.suffix
                and cited.base == listed.base
                and not _same_author_year(context, reference)
            ):
                # "(Ross, 2020a)" for the one "Ross (2020)", or "(Ross, 2020)" for "Ross
                # (2020a)": the letter on one side only
                yield Hit(
                    f"cited with year {citation.year} but the reference has {reference.year}",
                    citation.span,
                    citation.id,
                    reference.id,
                    suggestion=reference.year,
                )
            continue
        if citation.year is None and listed.base in ("", "n.d."):
            continue
        shown = reference.year or ("in press" if listed.base == "in press" else "n.d.")
        if citation.year is None:
            message = f"cited without a year but the reference has {shown}"
        elif listed.base in ("n.d.", ""):
            message = f"cited with year {citation.year} but the reference has no date (n.d.)"
        else:
            message = f"cited with year {citation.year} but the reference has {shown}"
        yield Hit(message, citation.span, citation.id, reference.id, suggestion=shown)


def _same_author_year(context: RuleContext, reference: Reference) -> bool:
    """Whether another entry has this one's first author and year (letters aside): then a
    letter in a citation tells them apart, whether the list prints it or not."""
    if not reference.authors:
        return True
    key, year = name_key(reference.authors[0].family), entry_year(reference).base
    return any(
        other.id != reference.id
        and other.authors
        and name_key(other.authors[0].family) == key
        and entry_year(other).base == year
        for other in context.references
    )


def _letters_per_entry(targets: list[tuple[Citation, Reference]]) -> dict[str, set[str]]:
    """The year letters cited for each entry that prints none: "2010a" and "2010b" both led to
    the one "Smith (2010)" mean two works, one of them unlisted."""
    letters: dict[str, set[str]] = {}
    for citation, reference in targets:
        suffix = YearKey.of(citation.year).suffix if citation.year else ""
        if suffix and not entry_year(reference).suffix:
            letters.setdefault(reference.id, set()).add(suffix)
    return {key: found for key, found in letters.items() if len(found) > 1}


@rule("RC105", "ambiguous-citation", Severity.WARNING, "a citation that fits several entries")
def ambiguous_citation(context: RuleContext) -> Iterator[Hit]:
    """What: a citation that fits two or more entries equally well.

    Why: the reader cannot tell which work is meant.
    Example: ``(Laruelle, 2008)`` with two different Laruelle 2008 entries.
    Fix: add a/b suffixes to the years in the list and in the citations.
    """
    for citation in context.citations:
        link = context.link(citation)
        if link is None or link.status != "ambiguous":
            continue
        entries = "; ".join(_entry_label(context.reference(i)) for i in link.reference_ids)
        yield Hit(
            f"'{_label(citation)}' fits {len(link.reference_ids)} entries: {entries}",
            citation.span,
            citation_id=citation.id,
        )


# An entry that opens "Surname AB, Surname CD, ..." (Vancouver, eLife, PLOS): its printed authors
# are the comma-separated items before the first full stop, bracket or year.
_SURNAME_INITIALS = re.compile(r"[^\W\d_][^,.()]{0,60}?\s[A-Z]{1,4},\s")
_AUTHORS_END = re.compile(r"\.\s|\(|\b(?:1[5-9]|20)\d\d\b")


def _printed_count(reference: Reference) -> int:
    """How many authors the entry prints, counted in its raw text when it lists them as
    "Surname AB, Surname CD, ..."; 0 when that cannot be told. A parser that stopped early
    ("Law JA, du J, Hale CJ ...", "Blanchard Jnr SG") must not make a correct "et al." wrong."""
    raw = reference.raw
    if not _SURNAME_INITIALS.match(raw):
        return 0
    end = _AUTHORS_END.search(raw)
    # "Rogers RG, Crimmins EM, editors.": the role, not a third name
    head = TRAILING_EDITORS.sub("", raw[: end.start() if end else len(raw)])
    if "et al" in head:
        return 0
    return head.count(",") + 1


def _cited_names(citation: Citation, reference: Reference) -> tuple[str, ...]:
    """The cited names that are authors: a first "name" that is a word before the citation
    ("Similarly, Payseur and Hoekstra (2005)") does not count (the linker skipped it too)."""
    names = citation.authors
    if len(names) > 1 and reference.authors:
        listed = {name_key(person.family) for person in reference.authors}
        first = name_key(reference.authors[0].family)
        second = name_key(names[1])
        genitive = citation.narrative and second == f"{first}s"  # "Begriff und Luhmanns (1984)"
        if name_key(names[0]) not in listed and (second == first or genitive):
            return names[1:]
    return names


def _expected_form(reference: Reference, joiner: str = " and ") -> str:
    families = [person.family for person in reference.authors]
    if len(families) >= 3 or reference.et_al:
        return f"{families[0]} et al."
    return joiner.join(families)


def _joiners(context: RuleContext) -> dict[bool, str]:
    """What the document prints between two cited names, in narrative citations and in
    parenthetical ones (APA: "Lee and Park (2016)", "(Lee & Park, 2016)"); " and " where it
    cites no two names that way."""
    seen: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    for citation in _author_date(context):
        if len(citation.authors) == 2 and not citation.et_al:
            joiner = _joiner(citation.text, *citation.authors)
            seen[citation.narrative][joiner] += 1
    return {
        narrative: (counts.most_common(1)[0][0] if counts else " and ")
        for narrative, counts in seen.items()
    }


@rule(
    "RC106",
    "author-count-mismatch",
    Severity.WARNING,
    "et al. for a one- or two-author work, or too few surnames for the entry",
)
def author_count_mismatch(context: RuleContext) -> Iterator[Hit]:
    """What: the number of authors in the citation does not fit the entry: ``et al.`` for a work
    with one or two authors, one surname for a two-author work, or two surnames for a work with
    one or with three and more authors.

    Why: author-date styles (APA, Harvard, Chicago) fix how many names a citation shows.
    Example: ``Ospanova (2018)`` for ``Ospanova A. N., & Rakhmatulin O. I. (2018)``.
    Fix: cite as suggested (``Ospanova and Rakhmatulin``).
    """
    joiners = _joiners(context)
    for citation in _author_date(context):
        if not _names_printed(citation):
            continue  # "2005" in "(Dod and Jermlin, 2004, 2005)": the names belong to 2004
        reference = _single_target(context, citation, "exact", "folded", "fuzzy", "year")
        if reference is None or reference.corporate or not reference.authors:
            continue
        listed = 3 if reference.et_al else max(len(reference.authors), _printed_count(reference))
        names = _cited_names(citation, reference)
        if not _count_wrong(citation.et_al, len(names), listed):
            continue
        if _closing_group(reference) and not _count_wrong(
            citation.et_al, len(names), len(reference.authors) - 1
        ):
            continue  # the group closing the names left out, as eLife does
        form = _expected_form(reference, joiners[citation.narrative])
        shown = f"{names[0]} et al." if citation.et_al else _named(names)
        if shown == form:
            continue  # the count told otherwise, but the citation already reads as it should
        count = "one author" if listed == 1 else f"{listed} authors"
        yield Hit(
            f"cited as '{shown}' but the reference has {count}: cite as '{form}'",
            citation.span,
            citation.id,
            reference.id,
            suggestion=form,
        )


def _named(names: tuple[str, ...]) -> str:
    """ "Smith and Jones", "Green, Black and White"."""
    return " and ".join(names) if len(names) <= 2 else f"{', '.join(names[:-1])} and {names[-1]}"


def _count_wrong(et_al: bool, cited: int, listed: int) -> bool:
    """Whether ``cited`` names (or "et al.") are the wrong count for ``listed`` authors."""
    if et_al:
        return listed <= 2
    if cited == 1:
        return listed >= 2
    # two or three of four names: every style lists them all or writes "et al."
    return cited != listed


def _closing_group(reference: Reference) -> bool:
    """ "Masuzzo P, Martens L, 2014 Cell Migration Workshop Participants": a group named after
    the persons, which citations may leave out ("Masuzzo and Martens, 2015")."""
    last = reference.authors[-1]
    return (
        len(reference.authors) > 1
        and not reference.et_al
        and not last.given
        and len(last.family.split()) > 1
    )


_PROSE_ET_AL = re.compile(
    r"(?:and\s+)?(?:colleagues|co-?workers|associates|others|co-?authors)", re.IGNORECASE
)
_LANGUAGE_ET_AL = re.compile(LANGUAGE_ET_AL, re.IGNORECASE)


@rule("RC107", "malformed-citation", Severity.WARNING, "a citation written wrongly (e.g. 'et all')")
def malformed_citation(context: RuleContext) -> Iterator[Hit]:
    """What: a citation whose wording is wrong although it can be linked, such as ``et all``,
    or ``et al.`` run into the name before it (``Shimizuet al.``, read where the list has
    Shimizu).

    Why: typos in citations look careless and can confuse citation parsers downstream.
    Example: ``(Ripsman et all, 2009)``.
    Fix: write ``et al.``.
    """
    for citation in context.citations:
        written = citation.et_al_text
        glued = _glued_et_al(citation)
        if glued is not None:
            yield Hit(
                f"'{citation.text[: glued[1]]}' lacks a space before '{written}'",
                context.document.span(citation.span.start, citation.span.start + glued[1]),
                citation_id=citation.id,
                suggestion=f"{citation.authors[0]} {written}",
            )
            continue
        if written and (_PROSE_ET_AL.fullmatch(written) or _LANGUAGE_ET_AL.fullmatch(written)):
            continue  # "Okafor and colleagues (2001)": prose's own way of writing et al.
        if written and " ".join(fold(written).split()) not in {"et al", "et al."}:
            offset = citation.text.find(written)
            span = citation.span
            if offset >= 0:
                start = citation.span.start + offset
                span = context.document.span(start, start + len(written))
            yield Hit(
                f"'{written}' should be 'et al.'",
                span,
                citation_id=citation.id,
                suggestion="et al.",
            )


def _glued_et_al(citation: Citation) -> tuple[int, int] | None:
    """Where "et al." runs into the name before it ("Shimizuet al."): its offsets in the
    citation's text, or None."""
    written, authors = citation.et_al_text, citation.authors
    if not written or not written.startswith("et") or len(authors) != 1:
        return None  # (Chinese "张三等" writes its "et al." with no space, rightly)
    if not citation.text.startswith(authors[0] + written):
        return None
    start = len(authors[0])
    return start, start + len(written)


@rule("RC102", "uncited-reference", Severity.WARNING, "a reference entry that no citation uses")
def uncited_reference(context: RuleContext) -> Iterator[Hit]:
    """What: an entry of the manuscript's own reference list that no citation points to.

    Why: journals require every listed work to be cited; an uncited entry is often the sign of a
    citation that was deleted or misspelt beyond recognition. Entries from a ``--bib`` file are
    never reported: a shared bibliography is expected to hold more than one paper cites. Those of
    a file the manuscript names itself (``\\bibliography{refs}``, pandoc's ``bibliography:``)
    are its own list, and are (``\\nocite{*}`` cites them all), unless a cited entry takes
    fields from them (``crossref``, ``xref``: a chapter's book).
    Example: ``Paul, Z., Fortman, M., & Wirtz, J. J. (2004)`` never cited.
    Fix: cite it where it is used, or delete it.
    """
    cited = {i for link in context.links if link.status != "none" for i in link.reference_ids}
    for group in context.duplicate_groups:
        if cited.intersection(group):
            cited.update(group)
    # a BibTeX collection whose chapter is cited ("crossref = {coll2018}"): BibTeX lists it
    # for the chapter's sake (or merges it into the chapter)
    parents = {r.parent_key.lower() for r in context.references if r.parent_key and r.id in cited}
    cited.update(r.id for r in context.references if r.key and r.key.lower() in parents)
    own = {"manuscript", *bibliography_paths(context.document)}  # its own .bib files too
    for reference in context.references:
        if reference.origin in own and reference.id not in cited:
            number = f"entry {reference.label} " if reference.label else ""
            yield Hit(
                f"{number}'{_entry_label(reference)}' is never cited",
                reference.span,
                reference_id=reference.id,
            )

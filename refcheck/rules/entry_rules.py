"""Rules about the reference entries themselves (RC2xx): they need no citation to fire."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from refcheck.identifiers import TYPESET_DASHES, is_local_url
from refcheck.model import Reference, Severity
from refcheck.refparse_fields import NOT_YET_ACCEPTED, UNPUBLISHED_YEAR
from refcheck.rules import Hit, RuleContext, rule
from refcheck.textnorm import fold, is_particle

_RANGE = re.compile(r"^\s*(?:pp?\.\s*)?(\d+)\s*[-–—]+\s*(\d+)\s*$")


def _who(reference: Reference) -> str:
    if reference.authors:
        return f"{reference.authors[0].family} ({reference.year or 'n.d.'})"
    title = reference.title or reference.raw
    return f"'{title[:50]}' ({reference.year or 'n.d.'})"


def _names(reference: Reference) -> str:
    """ "Jones and Lee (2012)", "Smith et al. (2010)": who, with the second author or "et al."."""
    families = [person.family for person in reference.authors]
    if len(families) < 2 and not reference.et_al:
        return _who(reference)
    names = (
        f"{families[0]} et al." if len(families) > 2 or reference.et_al else " and ".join(families)
    )
    return f"{names} ({reference.year or 'n.d.'})"


def _keyed(reference: Reference) -> str:
    """A bibliography file's entry as its key and who: "smith2010: Smith (2010)" (two keys of
    one work read alike otherwise)."""
    who = _who(reference)
    return f"{reference.key}: {who}" if reference.key and reference.origin != "manuscript" else who


@rule("RC201", "duplicate-reference", Severity.WARNING, "the same work listed twice")
def duplicate_reference(context: RuleContext) -> Iterator[Hit]:
    """What: two entries for one work: the same DOI, the same deep link by the same author, or the
    same first author, year and (nearly) the same title. In a bibliography file, two keys of one
    work that the manuscript both cites (the printed list shows the work twice).

    Why: duplicates make citations ambiguous and inflate the list.
    Example: ``Laruelle M. (2008). Russia's Central Asia Policy. http://isdpeu.com/...`` and
    ``Laruelle M. L. M. (2008). Russia's Central Asia Policy and ... https://isdpeu.com/...``.
    Fix: keep one entry.
    """
    by_id = {r.id: r for r in context.references}
    for group in context.duplicate_groups:
        first = by_id[group[0]]
        for other in group[1:]:
            reference = by_id[other]
            this, that = _keyed(reference), _keyed(first)
            if this == that and _names(reference) != _names(first):  # names differ beyond the first
                this, that = _names(reference), _names(first)
            yield Hit(
                f"{this} duplicates the entry {that} listed before it",
                reference.span,
                reference_id=reference.id,
            )


@rule(
    "RC207",
    "list-order",
    Severity.WARNING,
    "an entry out of alphabetical order in a list sorted by author",
)
def list_order(context: RuleContext) -> Iterator[Hit]:
    """What: in an unnumbered list sorted by author (APA, Harvard, Chicago, MLA), an entry whose
    first letter comes before that of the entry above it. Only where the list is evidently in
    alphabetical order (at least five entries, one pair in ten out of order at most, or one),
    and only by first letters, so that the styles' own ways (particles, "Mc" filed as "Mac",
    accents, a work without author filed by its title) raise nothing; lists in two scripts
    (GOST's Cyrillic then Latin) are compared within each script.

    Why: readers find a work by its author's name; an entry out of place looks missing, and is
    often one added late by hand.
    Example: ``Clark, C. (2003). …`` listed before ``Brown, B. (2002). …``.
    Fix: move the entry to its place in the alphabet.
    """
    entries = [r for r in context.references if r.origin == "manuscript" and r.span is not None]
    if len(entries) < _ORDER_MIN or any(r.label for r in entries):
        return
    numeric = sum(c.kind == "numeric" for c in context.citations)
    if numeric * 2 > len(context.citations):
        return  # a numeric paper's unnumbered list is in citation order
    letters = [_first_letters(r) for r in entries]
    pairs = [
        (before, after, _in_order(letters[i - 1], letters[i]))
        for i, (before, after) in enumerate(itertools.pairwise(entries), 1)
    ]
    if sum(not ordered for _, _, ordered in pairs) > max(1, _ORDER_SLIPS * len(pairs)):
        return  # not a list in alphabetical order
    for i, (before, after, ordered) in enumerate(pairs, 1):
        if ordered:
            continue
        # the entry above is the one out of place when the one below fits where it stands
        # ("Madisen, Nelson, Miyamoto"), else the one below ("Clark, Brown, Davis")
        late = i >= 2 and _in_order(letters[i - 2], letters[i])
        if late and i + 1 < len(entries) and not _in_order(letters[i - 1], letters[i + 1]):
            misplaced, neighbour = before, after
            where = f"before {_who(neighbour)}"
        else:
            misplaced, neighbour = after, before
            where = f"after {_who(neighbour)}"
        yield Hit(
            f"{_who(misplaced)} is out of alphabetical order, listed {where}",
            misplaced.span,
            reference_id=misplaced.id,
        )


_ORDER_MIN = 5
_ORDER_SLIPS = 0.1  # pairs out of order, at most, in a list taken as alphabetical
_ARTICLES = frozenset("the a an der die das le la les el los las".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _first_letters(reference: Reference) -> set[str]:
    """The letters an entry may be filed under: its first word's; after an article or a
    particle, the next word's too ("The World Bank", "de Souza", "van der Berg"); each word's of
    a family name of several words ("Maynard Smith"). None for an entry that opens with a
    digit or an accented letter, which lists file in more than one way."""
    head = reference.raw.lstrip(" \t\"“‘'([*_")[:80]
    if not head or not ("a" <= head[0].lower() <= "z" or "а" <= head[0].lower() <= "я"):
        return set()
    words = [fold(word).lower() for word in _WORD.findall(head)][:4]
    if not words:
        return set()
    letters = {words[0][0]}
    if is_particle(words[0]) or words[0] in _ARTICLES:
        for word in words[1:]:  # up to the first word that is no particle
            letters.add(word[0])
            if not is_particle(word):
                break
    if reference.authors:
        letters.update(fold(word)[:1].lower() for word in reference.authors[0].family.split())
    letters.discard("")
    return letters


def _in_order(before: set[str], after: set[str]) -> bool:
    """Whether some letter of ``after`` does not come before some letter of ``before`` (letters
    of different scripts, or none, are in order)."""
    if not before or not after:
        return True
    pairs = [(b, a) for b in before for a in after if _script(a) == _script(b)]
    return not pairs or any(a >= b for b, a in pairs)


def _script(letter: str) -> str:
    if "a" <= letter <= "z":
        return "latin"
    if "а" <= letter <= "я" or letter == "ё":
        return "cyrillic"
    return letter  # any other: comparable with itself only


# What the parser may miss but an entry still prints: a year ("(2000) Adolescent Medicine ...",
# "1995 June 20–23"), or a source: a volume and pages ("Genetics 155: 945–959", "8:s246–257"),
# a page count ("xvi, 499 p.", "pp. 16–23"), a publisher ("Academic Press", "Springer",
# "Schrödinger, LLC", "Oxford Univ. Press"), a place and publisher ("New York: Wiley").
_CUE_WINDOW = 1000  # an entry longer than this is a splitting accident; read its start only
# ("in press", "forthcoming": the year APA and others write for a work not yet out)
_PRINTED_YEAR = re.compile(
    r"(?<![\w./-])(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\w/-])|\bn\.\s?d\."
    r"|(?i:\b(?:in press|forthcoming|im druck|sous presse|en prensa)\b)"
    rf"|(?i:\b(?:{UNPUBLISHED_YEAR}))"
)
_SOURCE_CUE = re.compile(
    r"\b\d+\s*(?:\(\s*[\w–-]+\s*\)\s*)?:\s*[A-Za-z]{0,2}\d+"
    r"|\bpp?\.\s*\d|\b\d+\s*p\.(?!\w)"
    r"|(?i:\b(?:press|publish\w*|verlag|springer|wiley|elsevier|mcgraw|academic|books"
    r"|llc|inc|ltd|gmbh|univ|university|institute|foundation|society|organi[sz]ation"
    r"|ministry|department|agency|office|council|commission)\b)"
    r"|\b[A-Z][a-z]+(?:[ ,]+[A-Z][\w.]*)*\s*:\s*[A-Z][a-z]"
    r"|\b[A-Z][a-z]+\s+UP\b"  # MLA's university presses: "Oxford UP"
    # a book's imprint closing the entry without a publisher's word: "Tracers in the Sea,
    # Eldigio, Palisades, New York, 1982."
    r"|,\s*[A-Z][\w&.'’ -]*,\s*[A-Z][\w.'’ -]*(?:,\s*[A-Z][\w.'’ -]*)?,\s*(?:1[5-9]|20)\d\d\.?\s*$"
)
# an entry that says it was never published or is a personal one, which has no source by its
# nature: "(unpublished)", "Unpublished data", "personal communication"
_NO_SOURCE_BY_NATURE = re.compile(
    r"(?i:\bunpublished\b|\bpersonal\s+communication|\bpers\.\s*comm\b)"
)

# what an organisation publishes itself, with no other publisher: an edition of a book, a
# manual, a report, a plan ("(7th ed.)", "Diagnostic and statistical manual", "Annual report")
_OWN_PUBLICATION = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)\s+ed\b|(?i:manual|report|handbook|guidelines?|framework"
    r"|strategy|plan|statistics|yearbook|standards?|census|atlas|policy|charter|declaration"
    r"|convention)s?\b)"
)


def _links(reference: Reference) -> dict[str, None]:
    """The entry's URLs, each once, in order (the linked one too)."""
    return dict.fromkeys((*reference.urls, *(x for x in [reference.url] if x)))


@rule(
    "RC202", "incomplete-reference", Severity.WARNING, "an entry missing its year, title or source"
)
def incomplete_reference(context: RuleContext) -> Iterator[Hit]:
    """What: an entry without a year (write n.d. if there is none), without a title, or without
    any source: no journal, book, publisher, site, DOI or URL. A journal article that prints its
    journal, volume and pages needs no title (physics and chemistry styles leave it out:
    ``M. Beuthe, Phys. Rev. D 66, 013003 (2002)``); nor does a chapter that prints its book,
    pages and publisher (Nature: ``O'Brien, P. in Cell Cycle Control (eds Brown, T. & White,
    S.) 45–67 (Springer, 2014)``). An organisation's own manual, report or
    edition needs no publisher: APA 7 leaves it out when it is the author (``American
    Psychological Association. (2020). Publication manual of the American Psychological
    Association (7th ed.).``). An entry that says it is unpublished or a personal
    communication has no source to give. A web page that gives its link and the day it was read
    needs no year of its own (Springer's LNCS: ``LNCS Homepage, http://www.springer.com/lncs,
    last accessed 2016/11/21.``).

    Why: a reader cannot find a work from an entry that lacks these parts. (What the entry
    prints counts even when the parser missed it: a year, volume and pages, a publisher.)
    Example: ``Rubinstein S. (1958). About thinking and ways of its research [Monograph].``
    Fix: add the missing parts.
    """
    for reference in context.checked_references():
        missing = []
        head = reference.raw[:_CUE_WINDOW]
        web_page = bool(reference.accessed and _links(reference))
        if not reference.year and not _PRINTED_YEAR.search(head) and not web_page:
            missing.append("year")
        if not reference.title and not (
            reference.container and (reference.volume or reference.publisher) and reference.pages
        ):
            missing.append("title")
        if not (
            (reference.corporate and _OWN_PUBLICATION.search(reference.raw))
            or reference.year in NOT_YET_ACCEPTED  # none yet
            or _NO_SOURCE_BY_NATURE.search(head)
            or reference.container
            or reference.publisher
            or reference.doi
            or reference.urls
            or reference.url
            or _SOURCE_CUE.search(head)
        ):
            missing.append("source (journal, publisher, DOI or URL)")
        if missing:
            yield Hit(
                f"{_who(reference)} has no {', no '.join(missing)}",
                reference.span,
                reference_id=reference.id,
            )


def _expand(start: str, end: str) -> int:
    """Elided ranges keep the leading digits of the start: 3929-38 is 3929-3938."""
    if len(end) < len(start):
        end = start[: len(start) - len(end)] + end
    return int(end)


@rule("RC203", "invalid-page-range", Severity.WARNING, "a page range that ends before it starts")
def invalid_page_range(context: RuleContext) -> Iterator[Hit]:
    """What: a page range whose last page comes before its first, even read as an elided range.

    Why: usually a typo (``125–14`` for ``125–140``); the pages cannot be found.
    Example: ``Asian Perspective, 33(2), 125–14``.
    Fix: correct the last page.
    """
    for reference in context.checked_references():
        match = _RANGE.match(reference.pages or "")
        if match is None:
            continue
        first, last = match.group(1), match.group(2)
        if _expand(first, last) < int(first):
            yield Hit(
                f"page range {reference.pages} of {_who(reference)} ends before it starts",
                context.locate(reference, reference.pages),
                reference_id=reference.id,
            )


@rule("RC204", "malformed-doi", Severity.ERROR, "a DOI that is not valid as written")
def malformed_doi(context: RuleContext) -> Iterator[Hit]:
    """What: a DOI written in a form that does not resolve, such as ``https://doi.org/doi:10.…``,
    ``DOI10.…``, ``doi.org/doi.org/10.…``, ``doi: 10,1000/…``, ``doi: 101000/…`` (the stop lost),
    ``doi:10.1OOO/…`` (letters for zeros), a space typed inside (``10.1038/ 35065000``; not in
    a PDF, whose text layer puts such spaces in), a link ending in ``%20``, or a dash
    where the DOI has a hyphen (``10.1088/1742–5468/…``, autocorrect's or typesetting's); or a
    resolver's link that holds no DOI at all (``https://doi.org/10.1000.xyz``); in a LaTeX
    document, a BibTeX doi field holding a doi.org link or a ``doi:`` label (the style prints its
    own resolver before it).

    Why: the link fails for readers and for indexing services, which then miss the citation.
    Example: ``<https://doi.org/doi:10.1016/j.orbis.2020.05.005>``.
    Fix: write the suggested form, ``https://doi.org/10.1016/j.orbis.2020.05.005``.
    """
    for reference in context.checked_references():
        if not reference.doi:
            for url in _links(reference):
                if _NOT_A_DOI_LINK.match(url):  # "https://doi.org/10.1000.xyz": no "/" after
                    yield Hit(
                        f"DOI link '{url}' holds no valid DOI",
                        context.locate(reference, url),
                        reference_id=reference.id,
                    )
            labelled = _LABELLED_NON_DOI.search(reference.raw)
            if labelled is not None:  # "doi: 101000/xyz", "doi:10.1OOO/xyz"
                written = labelled.group()
                mended = _mended_doi(labelled.group("token"))
                yield Hit(
                    f"DOI written as '{written}' is not a valid DOI",
                    context.locate(reference, written),
                    reference_id=reference.id,
                    suggestion=f"https://doi.org/{mended}" if mended else None,
                )
        if reference.doi and not reference.doi_raw and context.document.format != "pdf":
            spaced = _spaced_doi(reference.raw, reference.doi)
            if spaced is not None:  # "10.1038/ 35065000": a space typed inside
                yield Hit(
                    f"DOI written as '{spaced}' has a space inside",
                    context.locate(reference, spaced),
                    reference_id=reference.id,
                    suggestion=f"https://doi.org/{reference.doi}",
                )
        if not reference.doi or not reference.doi_raw:
            continue
        if reference.origin != "manuscript" and reference.doi_raw.endswith(
            (f"/{reference.doi}", f":{reference.doi}", f": {reference.doi}")
        ):
            if context.document.format == "latex":  # (pandoc's citeproc takes either form)
                what = "a link" if "/" in reference.doi_raw[: -len(reference.doi)] else "a label"
                yield Hit(
                    f"the doi field holds {what}, '{reference.doi_raw}', where BibTeX styles "
                    "print their own resolver before the DOI (the link then fails)",
                    context.locate(reference, reference.doi_raw),
                    reference_id=reference.id,
                    suggestion=reference.doi,
                )
            continue
        dash = next((c for c in reference.doi_raw if c in TYPESET_DASHES), None)
        why = (
            f"has {TYPESET_DASHES[dash]} where the DOI has '-'"
            if dash
            else "has a space inside"
            if " " in reference.doi_raw.strip()
            else "is not a valid DOI"
        )
        bare = reference.origin != "manuscript"  # a bibliography's doi field wants the DOI
        yield Hit(
            f"DOI written as '{reference.doi_raw}' {why}",
            context.locate(reference, reference.doi_raw),
            reference_id=reference.id,
            suggestion=reference.doi if bare else f"https://doi.org/{reference.doi}",
        )


# a label "doi" before what starts like a DOI but is none: "doi: 101000/xyz" (the stop lost),
# "doi:10.1OOO/xyz" (letters for digits), on an entry with no DOI
_LABELLED_NON_DOI = re.compile(
    r"(?<![\w./])(?i:doi)\s*:?\s*(?P<token>1[\dOoIl.,]{3,12}/[^\s\"<>{}]+?)(?=[.,;]?(?:\s|\Z))"
)
_DIGIT_LOOKALIKES = str.maketrans("OoIl", "0011")


def _spaced_doi(raw: str, doi: str) -> str | None:
    """The DOI as written where a space or tab (not a line break: a wrapped line is fine) lies
    inside it; None where it is written whole. (A PDF's text layer puts such spaces in, so
    PDFs are not asked.)"""
    if len(doi) > 200 or " " not in raw:
        return None
    pattern = r"[ \t]?".join(re.escape(char) for char in doi)
    for found in re.finditer(pattern, raw, re.IGNORECASE):
        if " " in found.group() or "\t" in found.group():
            return found.group()
    return None


def _mended_doi(token: str) -> str | None:
    """The DOI a mistyped one surely meant: letters for digits in its prefix, a lost stop
    after "10" ("101000/xyz"), a comma for the stop; None where no such repair makes one."""
    prefix, _, suffix = token.partition("/")
    prefix = prefix.translate(_DIGIT_LOOKALIKES).replace(",", ".")
    if not prefix.startswith("10."):
        prefix = "10." + prefix[2:]
    if re.fullmatch(r"10\.\d{4,9}(?:\.\d+)*", prefix) and suffix:
        return f"{prefix}/{suffix}"
    return None


# a resolver's link whose path starts like a DOI but is none (the entry has no DOI)
_NOT_A_DOI_LINK = re.compile(r"(?i:https?://(?:dx\.|www\.)?doi\.org/)10[.,]\S")


@rule("RC205", "local-url", Severity.ERROR, "a link to a local file or a private address")
def local_url(context: RuleContext) -> Iterator[Hit]:
    """What: a URL that only its author's machine or network can open: ``file:///C:/Users/…``,
    ``localhost``, private IP ranges.

    Why: no reader can follow it.
    Example: ``file:///C:/Users/Nurda/Desktop/thesis/...pdf``.
    Fix: link to the public copy (publisher page, repository, DOI).
    """
    for reference in context.checked_references():
        for url in _links(reference):
            if is_local_url(url):
                yield Hit(
                    f"{_who(reference)} links to a local file or private address: {url}",
                    context.locate(reference, url),
                    reference_id=reference.id,
                )
    for body_url in context.body_urls:
        if is_local_url(body_url.url):
            yield Hit(f"link to a local file or private address: {body_url.url}", body_url.span)

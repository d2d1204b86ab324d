"""Rules about keyed entries and key citations (LaTeX, pandoc): RC120, RC220-RC222.

Undefined keys are ``missing-reference`` and entries never cited are ``uncited-reference``
(``citation_rules``); these rules add what only keys and bibliography files have.
"""

from __future__ import annotations

from collections.abc import Iterator

from refcheck.model import Finding, Reference, Severity, Span
from refcheck.rules import RULES, Hit, RuleContext, rule

# Fields an entry of each kind needs, after BibTeX's standard styles and CSL. ``Reference.kind``
# merges entry types (``book`` is @book but also @booklet, @collection, @proceedings; ``report``
# is @techreport and @manual), so each kind requires only what all of its types require, and
# never a false alarm: a @book without publisher is missed, a @proceedings without one is fine.
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "journal": ("author", "title", "journal", "year"),
    "chapter": ("author", "title", "booktitle", "year"),
    "thesis": ("author", "title", "school", "year"),
    "book": ("title",),
    "report": ("title",),
}
_CONTAINER_FIELDS = frozenset({"journal", "booktitle"})
_PUBLISHER_FIELDS = frozenset({"school", "publisher", "institution"})


def _present(reference: Reference, field: str) -> bool:
    if field == "author":
        return bool(reference.authors)
    if field == "title":
        return bool(reference.title)
    if field == "year":
        return bool(reference.year)
    if field in _CONTAINER_FIELDS:
        return bool(reference.container)
    return bool(reference.publisher)


def _has_source(reference: Reference) -> bool:
    return bool(
        reference.container
        or reference.publisher
        or reference.doi
        or reference.urls
        or reference.url
    )


def missing_fields(reference: Reference) -> tuple[str, ...]:
    """Required fields the entry lacks, leaving out what ``incomplete-reference`` reports (year,
    title, and the journal/booktitle/school of an entry with no source at all), so one gap is
    one finding."""
    missing: list[str] = []
    for field in REQUIRED_FIELDS.get(reference.kind or "", ()):
        if _present(reference, field) or field in ("year", "title"):
            continue
        if (field in _CONTAINER_FIELDS or field in _PUBLISHER_FIELDS) and not _has_source(
            reference
        ):
            continue
        missing.append(field)
    return tuple(missing)


def _entry(reference: Reference) -> str:
    return f"entry {reference.key}" if reference.key else "entry"


@rule(
    "RC220",
    "duplicate-key",
    Severity.WARNING,
    "two bibliography entries with the same key",
)
def duplicate_key(context: RuleContext) -> Iterator[Hit]:
    """What: a key defined twice, in one bibliography file, across the files a document uses, or
    by two ``\\bibitem``s (keys compared ignoring case, as BibTeX does).

    Why: BibTeX, biber and pandoc keep the first definition; citations meant for the second
    silently get the first.
    Example: ``@article{smith2001, ...}`` and later ``@book{Smith2001, ...}``.
    Fix: rename one key (and the citations meant for it), or delete the copy.
    """
    first: dict[str, Reference] = {}
    for reference in context.references:
        if not reference.key:
            continue
        folded = reference.key.casefold()
        earlier = first.setdefault(folded, reference)
        if earlier is reference:
            continue
        where = ""
        if earlier.span is not None:
            where = f" (first defined on line {earlier.span.line}"
            if earlier.origin != reference.origin:
                shown = "the manuscript" if earlier.origin == "manuscript" else earlier.origin
                where += f" of {shown}"
            where += ")"
        yield Hit(
            f"duplicate key {reference.key}{where}; the first definition is used",
            reference.span,
            reference_id=reference.id,
        )


@rule(
    "RC221",
    "missing-field",
    Severity.WARNING,
    "a cited bibliography entry without a field its type requires",
)
def missing_field(context: RuleContext) -> Iterator[Hit]:
    """What: a cited entry of a bibliography file that lacks a field its type requires: an
    article its author or journal, a chapter or conference paper its booktitle, a thesis its
    school (the year and title, and the journal of an entry with no source at all, are
    ``incomplete-reference``).

    Why: BibTeX warns and prints the entry without it; readers cannot find the work.
    Example: ``@article{smith2001, author = {Smith, J.}, title = {X}, year = 2001, doi = {...}}``.
    Fix: add the field.
    """
    for reference in context.checked_references():
        if reference.origin == "manuscript" or not reference.key:
            continue
        missing = missing_fields(reference)
        if missing:
            yield Hit(
                f"{_entry(reference)} ({reference.kind}) has no {', no '.join(missing)}",
                reference.span,
                reference_id=reference.id,
            )


@rule(
    "RC120",
    "key-case-mismatch",
    Severity.WARNING,
    "a cited key that matches an entry's key only if case is ignored",
)
def key_case_mismatch(context: RuleContext) -> Iterator[Hit]:
    """What: a citation key that differs from the entry's key in case only.

    Why: BibTeX finds the entry (with a warning), but biber and pandoc compare keys exactly and
    print the citation as undefined.
    Example: ``\\cite{Smith2001}`` with ``@article{smith2001, ...}``.
    Fix: write the key exactly as defined (suggested).
    """
    for citation in context.citations:
        if citation.kind != "key":
            continue
        link = context.link(citation)
        if link is None or link.status != "folded" or len(link.reference_ids) != 1:
            continue
        listed = context.reference(link.reference_ids[0]).key or ""
        yield Hit(
            f"cited as '{citation.keys[0]}' but the entry's key is '{listed}'",
            citation.span,
            citation_id=citation.id,
            reference_id=link.reference_ids[0],
            suggestion=listed,
        )


@rule(
    "RC222",
    "bibliography-syntax",
    Severity.ERROR,
    "a syntax error in a bibliography file the manuscript names",
)
def bibliography_syntax(context: RuleContext) -> Iterator[Hit]:
    """What: a syntax error in a bibliography file the manuscript names itself
    (``\\bibliography{refs}``, ``\\addbibresource{refs.bib}``, pandoc's ``bibliography:``);
    the entry it is in is left out, the others are read.

    Why: BibTeX skips the broken entry, so its citations print as undefined.
    Example: ``@article{smith2001, title = {Unclosed, year = 2001}``.
    Fix: correct the entry at the line given.

    Reported while the file is read (``refcheck.ingest.docbib``), not from the checked document.
    """
    del context
    return iter(())


def bibliography_syntax_finding(message: str, span: Span | None, path: str) -> Finding:
    """A ``bibliography-syntax`` finding located in the bibliography file ``path``."""
    current = RULES["RC222"]
    return Finding(
        rule=current.name,
        code=current.code,
        severity=current.severity,
        message=message,
        span=span,
        path=path,
    )


__all__ = [
    "REQUIRED_FIELDS",
    "bibliography_syntax",
    "bibliography_syntax_finding",
    "duplicate_key",
    "key_case_mismatch",
    "missing_field",
    "missing_fields",
]

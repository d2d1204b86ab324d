"""Rules about what the network said (RC3xx): DOIs (RC30x) and links (RC31x).

They read ``context.resolutions`` (filled by ``refcheck.resolve`` at the edge) and stay silent
when the network was not asked (``--offline``) or could not answer: a target skipped because the
network is down, or that a service failed to answer, is never reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from refcheck.identifiers import is_doi_url
from refcheck.model import (
    Reference,
    Resolution,
    ResolutionStatus,
    Severity,
    Span,
    WorkMetadata,
    WorkUpdate,
)
from refcheck.rules import Hit, RuleContext, rule

_RETRACTION = frozenset({"retraction", "withdrawal", "removal", "partial_retraction"})
_CONCERN = frozenset({"expression_of_concern"})
_CORRECTION = frozenset({"correction", "erratum", "corrigendum"})


def _who(reference: Reference) -> str:
    if reference.authors:
        return f"{reference.authors[0].family} ({reference.year or 'n.d.'})"
    title = reference.title or reference.raw
    return f"'{title[:50]}' ({reference.year or 'n.d.'})"


def _doi_link(doi: str) -> str:
    return f"https://doi.org/{doi}"


def _found_work(context: RuleContext, reference: Reference) -> WorkMetadata | None:
    """The validated search hit for an entry (searched without its DOI, if it had one)."""
    if not context.resolutions:  # offline: skip importing refcheck.resolve (start-up time)
        return None
    from refcheck.resolve.compare import best_match
    from refcheck.resolve.targets import search_query

    query = search_query(replace(reference, doi=None) if reference.doi else reference)
    found = context.resolution("search", query)
    if found is None or found.status != ResolutionStatus.OK:
        return None
    return best_match(reference, found.candidates)


def _doi_entries(context: RuleContext) -> Iterator[tuple[Reference, str, Resolution]]:
    if not context.resolutions:
        return
    from refcheck.resolve.targets import reference_doi

    for reference in context.checked_references():
        doi = reference_doi(reference)
        found = context.resolution("doi", doi)
        if doi and found is not None:
            yield reference, doi, found


def _doi_span(context: RuleContext, reference: Reference) -> Span | None:
    for part in (reference.doi_raw, reference.doi):
        if part and reference.raw.find(part) >= 0:
            return context.locate(reference, part)
    doi = reference.doi or ""
    lowered = reference.raw.lower().find(doi.lower()) if doi else -1
    if lowered >= 0 and reference.span is not None and reference.origin == "manuscript":
        start = reference.span.start + lowered
        return context.document.span(start, start + len(doi))
    return reference.span


@rule("RC301", "doi-not-found", Severity.ERROR, "a DOI that the DOI system does not know")
def doi_not_found(context: RuleContext) -> Iterator[Hit]:
    """What: a DOI that doi.org does not know (its Handle API answers "not found", or the
    prefix does not exist). A 404 from one agency alone is not enough: the DOI system decides.

    Why: the identifier is wrong (a typo, a DOI invented or copied from another work), so readers
    and indexers cannot reach the work.
    Example: ``https://doi.org/10.1111/1467-9256.1210`` (a digit lost).
    Fix: copy the DOI from the publisher's page; the suggestion is the DOI Crossref lists for
    the entry's title, author and year, when one matches confidently.
    """
    for reference, doi, found in _doi_entries(context):
        if found.status != ResolutionStatus.NOT_FOUND:
            continue
        match = _found_work(context, reference)
        extra = f"; Crossref lists this work as {match.doi}" if match else ""
        yield Hit(
            f"DOI {doi} of {_who(reference)} is not registered ({found.detail}){extra}",
            _doi_span(context, reference),
            reference_id=reference.id,
            suggestion=_doi_link(match.doi) if match else None,
        )
    if not context.resolutions:
        return
    from refcheck.resolve.targets import normalize_doi

    for body_url in context.body_urls:
        if not is_doi_url(body_url.url):
            continue
        body_doi = normalize_doi(body_url.url)
        answer = context.resolution("doi", body_doi)
        if answer is not None and answer.status == ResolutionStatus.NOT_FOUND:
            yield Hit(f"DOI {body_doi} is not registered ({answer.detail})", body_url.span)


def _field_message(
    reference: Reference, doi: str, registry: str, field: str, entry: str, value: str, note: str
) -> str:
    label = {"author": "first author", "container": "journal/book"}.get(field, field)
    text = f"{_who(reference)}: the {registry} record of {doi} has {label} '{value}', "
    text += f"the entry '{entry}'"
    return text + (f" ({note})" if note else "")


@rule(
    "RC302",
    "doi-metadata-mismatch",
    Severity.WARNING,
    "an entry that disagrees with its DOI's registered metadata",
)
def doi_metadata_mismatch(context: RuleContext) -> Iterator[Hit]:
    """What: the registration agency's record of the entry's DOI (Crossref, DataCite, or CSL
    from content negotiation) gives another title, first author, year, journal, volume or
    pages. Titles are compared fuzzily (with and without subtitle); a year agrees if it is the
    issued, print or online year (the message names them); each field is reported on its own
    with both values, so the editor can see which side is wrong. When title and first author
    both disagree, the DOI belongs to another work and that is reported once.

    Why: either the entry is wrong (a misspelt author, a wrong volume) or the DOI is.
    Example: ``Hess M. (2020) ... Foreign Policy Research Institut, 13. doi:10.1016/j.orbis.2020.05.005``
    where Crossref says the journal is *Orbis*, volume 64.
    Fix: correct the entry from the registry's record (the suggestion), or the DOI.
    """
    for reference, doi, found in _doi_entries(context):
        if found.status != ResolutionStatus.OK or found.metadata is None:
            continue
        metadata = found.metadata
        registry = metadata.registry or found.registry or "registry"
        from refcheck.resolve.compare import compare_metadata, is_other_work

        diffs = compare_metadata(reference, metadata)
        if is_other_work(diffs):
            author = metadata.authors[0].family if metadata.authors else "?"
            years = metadata.years()
            year = next(iter(years.values())) if years else "n.d."
            match = _found_work(context, reference)
            extra = f"; Crossref lists the entry's work as {match.doi}" if match else ""
            yield Hit(
                f"DOI {doi} of {_who(reference)} is registered for another work: "
                f"'{metadata.full_title}' by {author} ({year}){extra}",
                _doi_span(context, reference),
                reference_id=reference.id,
                suggestion=_doi_link(match.doi) if match else None,
            )
            continue
        for diff in diffs:
            yield Hit(
                _field_message(
                    reference, doi, registry, diff.field, diff.entry, diff.registry, diff.note
                ),
                context.locate(reference, diff.entry),
                reference_id=reference.id,
                suggestion=diff.registry or None,
            )


@rule("RC303", "missing-doi", Severity.INFO, "an entry without a DOI that the registry has")
def missing_doi(context: RuleContext) -> Iterator[Hit]:
    """What: an entry with no DOI for which a Crossref bibliographic search finds exactly one
    work whose title (≥ 90% similar), first author and year agree with the entry.

    Why: a DOI makes the reference findable and linkable; publishers ask for them.
    Example: ``Zahrn G., & Ramos L. (2010). From Hegemony to Soft Power ...`` (the registry's
    record also shows the first author is spelt *Zahran*).
    Fix: add the suggested DOI (and correct the fields the message names).
    """
    for reference in context.checked_references():
        if reference.doi:
            continue
        match = _found_work(context, reference)
        if match is None:
            continue
        from refcheck.resolve.compare import compare_metadata

        notes = []
        for diff in compare_metadata(reference, match):
            if diff.field in {"author", "year"}:
                label = "first author" if diff.field == "author" else "year"
                notes.append(f"the registry's {label} is '{diff.registry}' (entry: '{diff.entry}')")
        message = f"{_who(reference)} has no DOI; Crossref lists this work as {match.doi}"
        if notes:
            message += "; " + "; ".join(notes)
        yield Hit(
            message,
            reference.span,
            reference_id=reference.id,
            suggestion=_doi_link(match.doi),
        )


def _updates(context: RuleContext) -> Iterator[tuple[Reference, str, WorkMetadata]]:
    """Every checked entry with the registry record of its work (by DOI or validated search)."""
    if not context.resolutions:
        return
    from refcheck.resolve.targets import reference_doi

    for reference in context.checked_references():
        doi = reference_doi(reference)
        found = context.resolution("doi", doi)
        if found is not None and found.metadata is not None and found.status == ResolutionStatus.OK:
            yield reference, doi or found.metadata.doi, found.metadata
        elif not doi and (match := _found_work(context, reference)) is not None:
            yield reference, match.doi, match


def _notice(updates: tuple[WorkUpdate, ...], kinds: frozenset[str]) -> WorkUpdate | None:
    chosen = [u for u in updates if u.kind in kinds]
    if not chosen:
        return None
    chosen.sort(key=lambda u: (u.source != "publisher", u.date or "", u.doi or ""))
    return chosen[0]


def _describe(update: WorkUpdate) -> str:
    parts = []
    if update.doi:
        parts.append(f"notice {update.doi}")
    if update.date:
        parts.append(update.date)
    if update.source:
        parts.append(f"source: {update.source}")
    return ", ".join(parts)


def _update_hits(
    context: RuleContext, kinds: frozenset[str], what: str, title_flag: str | None = None
) -> Iterator[Hit]:
    for reference, doi, metadata in _updates(context):
        notice = _notice(metadata.updated_by, kinds)
        flagged = (
            title_flag is not None
            and notice is None
            and (metadata.title or "").lower().startswith(title_flag)
        )
        if notice is None and not flagged:
            continue
        about = _describe(notice) if notice else "its registered title says so"
        message = f"cites {what}: {_who(reference)}, DOI {doi} ({about})"
        citing = context.citing(reference.id)
        if not citing:
            yield Hit(message, reference.span, reference_id=reference.id)
        for citation in citing:
            yield Hit(message, citation.span, citation_id=citation.id, reference_id=reference.id)


@rule("RC304", "retracted-work", Severity.ERROR, "a cited work that has been retracted")
def retracted_work(context: RuleContext) -> Iterator[Hit]:
    """What: the registry records a retraction (or withdrawal/removal) of the cited work, from
    the publisher or Retraction Watch (Crossref ``updated-by``). Shown at each citing sentence.

    Why: a claim resting on a retracted work is unsupported; journals require authors to say so.
    Example: citing Wakefield et al. (1998), *The Lancet*, retracted in 2010.
    Fix: remove the citation, or cite it explicitly as retracted.
    """
    yield from _update_hits(context, _RETRACTION, "a retracted work", "retracted")


@rule(
    "RC305",
    "expression-of-concern",
    Severity.WARNING,
    "a cited work under an editorial expression of concern",
)
def expression_of_concern(context: RuleContext) -> Iterator[Hit]:
    """What: the publisher has issued an expression of concern about the cited work.

    Why: its findings may not be reliable; readers should know.
    Example: a paper whose data are under investigation.
    Fix: check the notice; cite with care or cite other work.
    """
    yield from _update_hits(context, _CONCERN, "a work under an expression of concern")


@rule("RC306", "corrected-work", Severity.WARNING, "a cited work with a published correction")
def corrected_work(context: RuleContext) -> Iterator[Hit]:
    """What: a correction (erratum, corrigendum) has been published for the cited work.

    Why: the passage cited may be one that was corrected.
    Example: a table whose numbers were later corrected.
    Fix: check the correction; cite it too if it touches what is cited.
    """
    yield from _update_hits(context, _CORRECTION, "a work with a published correction")


# --- links ------------------------------------------------------------------------------------


def _links(context: RuleContext) -> Iterator[tuple[str, Resolution, Reference | None, Span | None]]:
    """Every fetched link: (as written, its resolution, its entry or None, where it is)."""
    if not context.resolutions:
        return
    from refcheck.resolve.targets import reference_urls, url_target

    for reference in context.checked_references():
        for written in reference_urls(reference):
            found = context.resolution("url", url_target(written))
            if found is not None:
                yield written, found, reference, context.locate(reference, written)
    for body_url in context.body_urls:
        found = context.resolution("url", url_target(body_url.url))
        if found is not None:
            yield body_url.url, found, None, body_url.span


def _owner(reference: Reference | None) -> str:
    return f"{_who(reference)} links to" if reference else "link to"


def _link_hits(
    context: RuleContext,
    statuses: frozenset[ResolutionStatus],
    describe: Callable[[str, Resolution], str],
) -> Iterator[Hit]:
    """One hit per fetched link whose status is in ``statuses``: "<owner> <describe(...)>"."""
    for written, found, reference, span in _links(context):
        if found.status in statuses:
            yield Hit(
                f"{_owner(reference)} {describe(written, found)}",
                span,
                reference_id=reference.id if reference else None,
            )


@rule("RC311", "broken-url", Severity.ERROR, "a link that fails")
def broken_url(context: RuleContext) -> Iterator[Hit]:
    """What: a link that fails for a reader: not found (404) or gone (410), another client
    error, a server error that outlived the retries, a host name that does not resolve, a TLS
    error, a refused or reset connection, a timeout, a redirect loop, or a redirect into a
    private network. Bot walls and rate limits are never reported here (see
    ``unverifiable-url``), nor is anything when the network itself is down.

    Why: one cited link in five dies within a few years; readers cannot follow a dead one.
    Example: ``http://en.itar-tass.com/russia/755981`` answering 404.
    Fix: link to the current page, a DOI, or the archived copy (``archived-copy``).
    """
    yield from _link_hits(
        context,
        frozenset({ResolutionStatus.BROKEN, ResolutionStatus.TIMEOUT, ResolutionStatus.BLOCKED}),
        lambda written, found: f"a broken URL: {written} ({found.detail})",
    )


@rule("RC312", "redirected-url", Severity.WARNING, "a link that has moved permanently")
def redirected_url(context: RuleContext) -> Iterator[Hit]:
    """What: a link that permanently redirects (301/308) elsewhere; or one that lands on the
    site's home page although it pointed deeper, which usually means the page is gone.

    Why: moved links break next; a home-page redirect already hides a dead page.
    Example: ``http://www.jstor.org/stable/42704675`` moving to ``https://www.jstor.org/...``.
    Fix: use the new URL (the suggestion); for a home-page redirect, find the page again or use
    the archived copy.
    """
    for written, found, reference, span in _links(context):
        if found.status != ResolutionStatus.REDIRECTED:
            continue
        reference_id = reference.id if reference else None
        if found.home_page:
            yield Hit(
                f"{_owner(reference)} {written}, which redirects to the site's home page "
                f"({found.final_url}): the page is probably gone",
                span,
                reference_id=reference_id,
            )
        else:
            yield Hit(
                f"{_owner(reference)} {written}, which has moved permanently to {found.final_url}",
                span,
                reference_id=reference_id,
                suggestion=found.final_url,
            )


@rule(
    "RC313",
    "unverifiable-url",
    Severity.INFO,
    "a link behind a bot wall or rate limit (not reported as broken)",
)
def unverifiable_url(context: RuleContext) -> Iterator[Hit]:
    """What: a link whose site refused the check (401, 403, 418, 429, a challenge page such as
    Cloudflare's "Just a moment..."). Nothing is known about the link itself.

    Why: the reader's browser will probably get through; check it by hand if it matters.
    Example: ``https://www.researchgate.net/publication/323319069`` answering 403.
    Fix: none needed; open the link in a browser to be sure.
    """
    yield from _link_hits(
        context,
        frozenset({ResolutionStatus.UNVERIFIABLE}),
        lambda written, found: f"{written}, which could not be verified: {found.detail}",
    )


@rule("RC314", "soft-404", Severity.WARNING, "a link whose page answers but says it is not there")
def soft_404(context: RuleContext) -> Iterator[Hit]:
    """What: a link that answers 200 with a page titled "Page not found" or the like.

    Why: the server hides a dead link behind a normal page, so link checkers that read only
    the status miss it.
    Example: a news site that serves its 404 page with status 200.
    Fix: find the page's new address, or use the archived copy.
    """
    yield from _link_hits(
        context,
        frozenset({ResolutionStatus.SOFT_404}),
        lambda written, found: f"{written}, which is probably dead: {found.detail}",
    )


@rule("RC315", "archived-copy", Severity.INFO, "an archived copy of a dead link exists")
def archived_copy(context: RuleContext) -> Iterator[Hit]:
    """What: the Wayback Machine holds a copy of a dead link (broken, soft 404, or dumped on the
    home page), taken as close as possible to the entry's access date (else its year).

    Why: the archived copy shows what the author cited.
    Example: ``http://en.ria.ru/...`` archived on 2013-05-09.
    Fix: add the archived URL to the entry (the suggestion).
    """
    for written, found, reference, span in _links(context):
        if not found.archived_url:
            continue
        stamp = found.archived_at or ""
        when = f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}" if len(stamp) >= 8 else "an unknown date"
        yield Hit(
            f"an archived copy of {written} from {when} exists",
            span,
            reference_id=reference.id if reference else None,
            suggestion=found.archived_url,
        )

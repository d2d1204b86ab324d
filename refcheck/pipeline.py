"""The stages in order: references -> citations (and the style) -> duplicates -> links -> rules.

``check_document`` is pure (a Document and bibliography entries in, a DocumentReport out); reading
files and the network stay at the edges (``refcheck.api``). Between the two halves,
``analyse_document`` (everything up to the rules) and ``report_document`` (the rules), the edge
may resolve the document's DOIs and URLs and hand the answers to the rules in the context.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from refcheck.citations import (
    NumericHints,
    detect_style,
    extract_body_urls,
    extract_citations,
    select_style,
)
from refcheck.dedupe import find_duplicate_references
from refcheck.identifiers import is_doi_url
from refcheck.ingest.docx import Hyperlink
from refcheck.keycites import extract_key_citations, merge_citations
from refcheck.listedcites import (
    extract_bare_citations,
    extract_range_citations,
    extract_year_first_citations,
)
from refcheck.match import link_citations, near_miss
from refcheck.model import (
    BodyUrl,
    Document,
    DocumentReport,
    Finding,
    Link,
    Reference,
    Resolution,
)
from refcheck.notecites import extract_note_citations, without_imprints
from refcheck.pagecites import extract_page_citations
from refcheck.references import ReferenceSection, extract_references
from refcheck.rules import Rule, RuleContext, run_rules
from refcheck.suppression import Suppression, comment_suppressions
from refcheck.titlecites import extract_title_citations
from refcheck.yearcites import extract_year_citations

if TYPE_CHECKING:
    from refcheck.config import Config


def body_ranges(doc: Document, section: ReferenceSection | None) -> tuple[tuple[int, int], ...]:
    """The text outside the reference list: before its heading, and after it (appendices)."""
    if section is None:
        return ((0, len(doc.source)),)
    head = section.heading.start if section.heading is not None else section.start
    ranges = [(0, head)]
    if section.end < len(doc.source):
        ranges.append((section.end, len(doc.source)))
    return tuple(r for r in ranges if r[1] > r[0])


def _inside(start: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= start < hi for lo, hi in ranges)


def add_hyperlinks(
    found: tuple[BodyUrl, ...], hyperlinks: Sequence[Hyperlink], ranges: tuple[tuple[int, int], ...]
) -> tuple[BodyUrl, ...]:
    """The body's URLs plus the targets of its hyperlinks (a linked phrase hides a URL to check).
    A link whose visible text is its own URL is found once; in-document anchors have no URL."""
    written: dict[str, list[BodyUrl]] = {}
    for body_url in found:
        written.setdefault(body_url.url.rstrip("/"), []).append(body_url)
    urls = list(found)
    for link in hyperlinks:
        if not _inside(link.span.start, ranges):
            continue
        same = written.get(link.url.rstrip("/"), ())
        if any(u.span.start < link.span.end and link.span.start < u.span.end for u in same):
            continue
        urls.append(BodyUrl(link.url, link.span))
    return tuple(sorted(urls, key=lambda u: (u.span.start, u.span.end, u.url)))


def link_entries(
    entries: Sequence[Reference],
    hyperlinks: Sequence[Hyperlink],
    ranges: tuple[tuple[int, int], ...],
) -> tuple[Reference, ...]:
    """Entries of the reference list with the target of a link inside them (a Word list often
    links its titles) as their URL, when the entry prints no URL of its own."""
    placed = sorted((e.span.start, e.span.end, e.id) for e in entries if e.span is not None)
    starts = [start for start, _, _ in placed]
    targets: dict[str, str] = {}
    for link in hyperlinks:
        if _inside(link.span.start, ranges):
            continue
        index = bisect.bisect_right(starts, link.span.start) - 1
        if index >= 0 and link.span.start < placed[index][1]:
            targets.setdefault(placed[index][2], link.url)
    linked = []
    for entry in entries:
        url = targets.get(entry.id)
        if url is None or entry.url or entry.urls:
            linked.append(entry)
        elif is_doi_url(url):  # a DOI link is the entry's DOI: kept as a URL only if it has none
            linked.append(entry if entry.doi else replace(entry, urls=(url,)))
        else:
            linked.append(replace(entry, url=url, urls=(url,)))
    return tuple(linked)


@dataclass(frozen=True)
class Analysis:
    """A document read and linked, ready for the rules (and, first, for the network)."""

    context: RuleContext
    style: str
    notes: tuple[Finding, ...] = ()  # found while reading (a named .bib's syntax errors)
    sidecar: tuple[Suppression, ...] = ()  # from the manuscript's .refcheck-ignore file

    def with_resolutions(self, resolutions: Sequence[Resolution]) -> Analysis:
        context = replace(self.context, resolutions=tuple(resolutions), network=True, _resolved={})
        return replace(self, context=context)


def analyse_document(
    doc: Document, bibliography: Sequence[Reference] = (), notes: Sequence[Finding] = ()
) -> Analysis:
    if doc.format == "latex":
        from refcheck.ingest.latex import latex_references  # only LaTeX pays for its import

        section, own = latex_references(doc)
    else:
        section, own = extract_references(doc)
    ranges = body_ranges(doc, section)
    hyperlinks = tuple(a for a in doc.annotations if isinstance(a, Hyperlink))
    own = link_entries(own, hyperlinks, ranges)
    references = (*own, *bibliography)
    corporate = tuple(
        dict.fromkeys(r.authors[0].family for r in references if r.corporate and r.authors)
    )
    families = tuple(
        dict.fromkeys(r.authors[0].family for r in references if not r.corporate and r.authors)
    )
    candidates = without_imprints(
        extract_citations(doc, ranges, corporate, NumericHints.of(own), families), doc.source
    )
    style = detect_style(candidates, references)
    printed_keys = frozenset(r.key for r in own if r.key)
    citations = merge_citations(
        select_style(candidates, style, doc.source),
        extract_key_citations(doc, ranges, printed_keys),
    )
    if style in {"author-date", "none", "both"}:
        by_title = extract_title_citations(doc, ranges, references)
        if by_title:  # '("Study Finds," 2007)', "Brown v. Board of Education (1954)"
            citations = merge_citations(citations, by_title)
            style = "author-date" if style == "none" else style
    if style == "author-date":
        by_range = extract_range_citations(doc, ranges, citations, references)
        if by_range:  # "(Freud, 1953–1974)", where the entry prints that range
            citations = merge_citations(citations, by_range)
        bare = extract_bare_citations(doc, ranges, citations, references)
        if bare:  # "See also Ortiz 2019 and Ruiz 2020", for the list's own works
            citations = merge_citations(citations, bare)
        year_first = extract_year_first_citations(doc, ranges, citations, references)
        if year_first:  # "In 2019, Jones and Park showed", "a 2019 study by Lee et al."
            citations = merge_citations(citations, year_first)
        by_year = extract_year_citations(doc, ranges, citations, references)
        if by_year:  # "Smith (2010) argued …, and later (2012a, 2012b) refined it"
            citations = merge_citations(citations, by_year)
    if style in {"author-date", "none"}:
        titles = tuple(r.title for r in references if r.title)
        by_page = extract_page_citations(doc, ranges, families, citations, titles)
        if len(by_page) > sum(c.kind == "author-date" for c in citations):
            style = "author-page"  # MLA: "(Eisenstein 45)" outnumbers author-date citations
        citations = merge_citations(citations, by_page)
    in_notes = extract_note_citations(doc, ranges, references, citations, near_miss)
    if in_notes:
        if not any(c.kind in {"author-date", "numeric", "author-page"} for c in citations):
            style = "notes"
        citations = merge_citations(citations, in_notes)
    body_urls = add_hyperlinks(extract_body_urls(doc, ranges), hyperlinks, ranges)
    duplicates = find_duplicate_references(references)
    links = link_citations(citations, references, duplicates)
    duplicates += _cited_bibliography_duplicates(bibliography, links)
    context = RuleContext(
        document=doc,
        section=section,
        citations=citations,
        references=references,
        links=links,
        duplicate_groups=duplicates,
        body_urls=body_urls,
        has_bibliography=bool(bibliography),
    )
    return Analysis(context, style, tuple(notes))


def _cited_bibliography_duplicates(
    bibliography: Sequence[Reference], links: Sequence[Link]
) -> tuple[tuple[str, ...], ...]:
    """One work under two keys of a bibliography file, both cited ("smith2010" and "dupe"): the
    printed list shows it twice. (A file's uncited copies print nothing: a shared bibliography
    may hold them.)"""
    cited = {i for link in links if link.status != "none" for i in link.reference_ids}
    origins = frozenset(r.origin for r in bibliography)
    return tuple(
        group
        for group in find_duplicate_references(bibliography, origins)
        if len(cited.intersection(group)) >= 2
    )


def report_document(
    analysis: Analysis, rules: Sequence[Rule] | None = None, config: Config | None = None
) -> DocumentReport:
    context = analysis.context
    return DocumentReport(
        path=context.document.path,
        format=context.document.format,
        citations=context.citations,
        references=context.references,
        links=context.links,
        findings=_findings(analysis, rules, config),
        body_urls=context.body_urls,
        has_reference_section=context.section is not None,
        style=analysis.style,
        resolutions=context.resolutions,
        resolved=context.network,
        source=context.document.source,
        printed_lines=tuple(r for r in context.document.regions if r.kind.startswith("pdf-line:")),
    )


def _findings(
    analysis: Analysis, rules: Sequence[Rule] | None, config: Config | None = None
) -> tuple[Finding, ...]:
    """The rules' findings and the reading notes (as selected), less those a suppression
    silences (plus the unused suppressions), with findings in a LaTeX included file moved to
    that file, then the configuration's exclusions and severities (``refcheck.policy``)."""
    from refcheck.policy import configure, rules_for, suppress

    doc = analysis.context.document
    chosen = rules_for(doc.path, rules, config)
    findings = list(run_rules(analysis.context, chosen))
    if analysis.notes:
        names = {r.name for r in chosen}
        findings.extend(n for n in analysis.notes if n.rule in names)
    items = (*comment_suppressions(doc), *analysis.sidecar)
    kept = suppress(findings, items, chosen, analysis.context.network)
    if doc.format == "latex":
        from refcheck.ingest.latex import relocate_findings

        kept = relocate_findings(doc, kept)
    return tuple(sorted(configure(kept, doc, config), key=Finding.sort_key))


def check_document(
    doc: Document,
    bibliography: Sequence[Reference] = (),
    rules: Sequence[Rule] | None = None,
    resolutions: Sequence[Resolution] | None = None,
) -> DocumentReport:
    """The whole check of one document; ``resolutions`` (from ``refcheck.resolve``) switch the
    network rules on, None leaves them silent (offline)."""
    analysis = analyse_document(doc, bibliography)
    if resolutions is not None:
        analysis = analysis.with_resolutions(resolutions)
    return report_document(analysis, rules)

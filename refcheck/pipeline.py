"""The stages in order: references -> citations (and the style) -> duplicates -> links -> rules.

``check_document`` is pure (a Document and bibliography entries in, a DocumentReport out); reading
files and the network stay at the edges (``refcheck.api``). Between the two halves,
``analyse_document`` (everything up to the rules) and ``report_document`` (the rules), the edge
may resolve the document's DOIs and URLs and hand the answers to the rules in the context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from refcheck.citations import (
    NumericHints,
    detect_style,
    extract_body_urls,
    extract_citations,
    select_style,
)
from refcheck.dedupe import find_duplicate_references
from refcheck.keycites import extract_key_citations, merge_citations
from refcheck.match import link_citations
from refcheck.model import Document, DocumentReport, Finding, Reference, Resolution
from refcheck.references import ReferenceSection, extract_references
from refcheck.rules import Rule, RuleContext, run_rules
from refcheck.suppression import suppress_findings


def body_ranges(doc: Document, section: ReferenceSection | None) -> tuple[tuple[int, int], ...]:
    """The text outside the reference list: before its heading, and after it (appendices)."""
    if section is None:
        return ((0, len(doc.source)),)
    head = section.heading.start if section.heading is not None else section.start
    ranges = [(0, head)]
    if section.end < len(doc.source):
        ranges.append((section.end, len(doc.source)))
    return tuple(r for r in ranges if r[1] > r[0])


@dataclass(frozen=True)
class Analysis:
    """A document read and linked, ready for the rules (and, first, for the network)."""

    context: RuleContext
    style: str
    notes: tuple[Finding, ...] = ()  # found while reading (a named .bib's syntax errors)

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
    references = (*own, *bibliography)
    ranges = body_ranges(doc, section)
    corporate = tuple(
        dict.fromkeys(r.authors[0].family for r in references if r.corporate and r.authors)
    )
    candidates = extract_citations(doc, ranges, corporate, NumericHints.of(own))
    style = detect_style(candidates, references)
    citations = merge_citations(select_style(candidates, style), extract_key_citations(doc, ranges))
    body_urls = extract_body_urls(doc, ranges)
    duplicates = find_duplicate_references(references)
    links = link_citations(citations, references, duplicates)
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


def report_document(analysis: Analysis, rules: Sequence[Rule] | None = None) -> DocumentReport:
    context = analysis.context
    return DocumentReport(
        path=context.document.path,
        format=context.document.format,
        citations=context.citations,
        references=context.references,
        links=context.links,
        findings=_findings(analysis, rules),
        body_urls=context.body_urls,
        has_reference_section=context.section is not None,
        style=analysis.style,
        resolutions=context.resolutions,
        resolved=context.network,
    )


def _findings(analysis: Analysis, rules: Sequence[Rule] | None) -> tuple[Finding, ...]:
    """The rules' findings and the reading notes (as selected), less those a suppression
    comment silences, with findings in a LaTeX included file moved to that file."""
    findings = list(run_rules(analysis.context, rules))
    if analysis.notes:
        names = None if rules is None else {r.name for r in rules}
        findings.extend(n for n in analysis.notes if names is None or n.rule in names)
    doc = analysis.context.document
    kept = suppress_findings(doc, findings)
    if doc.format == "latex":
        from refcheck.ingest.latex import relocate_findings

        kept = relocate_findings(doc, kept)
    return tuple(sorted(kept, key=Finding.sort_key))


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

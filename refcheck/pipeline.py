"""The stages in order: references -> citations (and the style) -> duplicates -> links -> rules.

``check_document`` is pure (a Document and bibliography entries in, a DocumentReport out); reading
files and, later, the network stay at the edges (``refcheck.api``).
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.citations import (
    NumericHints,
    detect_style,
    extract_body_urls,
    extract_citations,
    select_style,
)
from refcheck.dedupe import find_duplicate_references
from refcheck.match import link_citations
from refcheck.model import Document, DocumentReport, Reference
from refcheck.references import ReferenceSection, extract_references
from refcheck.rules import Rule, RuleContext, run_rules


def body_ranges(doc: Document, section: ReferenceSection | None) -> tuple[tuple[int, int], ...]:
    """The text outside the reference list: before its heading, and after it (appendices)."""
    if section is None:
        return ((0, len(doc.source)),)
    head = section.heading.start if section.heading is not None else section.start
    ranges = [(0, head)]
    if section.end < len(doc.source):
        ranges.append((section.end, len(doc.source)))
    return tuple(r for r in ranges if r[1] > r[0])


def check_document(
    doc: Document,
    bibliography: Sequence[Reference] = (),
    rules: Sequence[Rule] | None = None,
) -> DocumentReport:
    section, own = extract_references(doc)
    references = (*own, *bibliography)
    ranges = body_ranges(doc, section)
    corporate = tuple(
        dict.fromkeys(r.authors[0].family for r in references if r.corporate and r.authors)
    )
    candidates = extract_citations(doc, ranges, corporate, NumericHints.of(own))
    style = detect_style(candidates, references)
    citations = select_style(candidates, style)
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
    return DocumentReport(
        path=doc.path,
        format=doc.format,
        citations=citations,
        references=references,
        links=links,
        findings=run_rules(context, rules),
        body_urls=body_urls,
        has_reference_section=section is not None,
        style=style,
    )

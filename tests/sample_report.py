"""One shared sample report that every output format is golden-tested on."""

from __future__ import annotations

from refcheck.model import (
    BodyUrl,
    Citation,
    Document,
    DocumentReport,
    Finding,
    Link,
    Person,
    Reference,
    Report,
    Severity,
)

SOURCE = (
    "Soft power (Frier, 2009) and «power» (Nye, 2013).\n"
    "See <https://example.org/a>.\n"
    "\n"
    "References\n"
    "- Freire M.R. (2009). Russian Policy. *Asian Perspective*, 33(2), 125–14.\n"
    "- Nye J. (2013). What China Gets. *Foreign Policy*. https://doi.org/doi:10.1/x\n"
)


def sample_report() -> Report:
    doc = Document(path="paper.txt", format="text", source=SOURCE)

    def span_of(text: str):  # type: ignore[no-untyped-def]
        start = SOURCE.index(text)
        return doc.span(start, start + len(text))

    entry1 = "Freire M.R. (2009). Russian Policy. *Asian Perspective*, 33(2), 125–14."
    entry2 = "Nye J. (2013). What China Gets. *Foreign Policy*. https://doi.org/doi:10.1/x"
    citations = (
        Citation(
            "c1", "author-date", "Frier, 2009", span_of("Frier, 2009"), ("Frier",), "2009", group=1
        ),
        Citation("c2", "author-date", "Nye, 2013", span_of("Nye, 2013"), ("Nye",), "2013", group=2),
    )
    references = (
        Reference(
            "r1",
            entry1,
            span_of(entry1),
            authors=(Person("Freire", "M.R."),),
            year="2009",
            title="Russian Policy",
            container="Asian Perspective",
            volume="33",
            issue="2",
            pages="125–14",
            kind="journal",
        ),
        Reference(
            "r2",
            entry2,
            span_of(entry2),
            authors=(Person("Nye", "J."),),
            year="2013",
            title="What China Gets",
            container="Foreign Policy",
            doi="10.1/x",
            doi_raw="https://doi.org/doi:10.1/x",
            url=None,
            kind="journal",
        ),
    )
    findings = (
        Finding(
            "author-mismatch",
            "RC103",
            Severity.ERROR,
            "cited as 'Frier' but the reference lists 'Freire'",
            span_of("Frier, 2009"),
            "c1",
            "r1",
            "Freire",
        ),
        Finding(
            "invalid-page-range",
            "RC203",
            Severity.WARNING,
            "page range 125–14 of Freire (2009) ends before it starts",
            span_of("125–14"),
            None,
            "r1",
            None,
        ),
        Finding(
            "malformed-doi",
            "RC204",
            Severity.ERROR,
            "DOI written as 'https://doi.org/doi:10.1/x' is not a valid DOI",
            span_of("https://doi.org/doi:10.1/x"),
            None,
            "r2",
            "https://doi.org/10.1/x",
        ),
    )
    links = (Link("c1", ("r1",), "fuzzy", 90.2), Link("c2", ("r2",), "exact"))
    urls = (BodyUrl("https://example.org/a", span_of("https://example.org/a")),)
    document = DocumentReport(
        "paper.txt", "text", citations, references, links, findings, urls, source=SOURCE
    )
    return Report(documents=(document,), tool_version="0.1.0")

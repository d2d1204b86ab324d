"""Core data types: frozen dataclasses that every stage passes along.

Offsets are 0-based, half-open, into ``Document.source`` (the decoded original text). Readers may
give extractors a ``Document.text`` of the *same length* in which markup is blanked out, so an
offset found in ``text`` is valid in ``source`` with no mapping table. ``Document.span()`` is the
only place that turns offsets into 1-based line/column, so every location in every report agrees.
"""

from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """Ordered so that ``--fail-on`` can compare (``finding.severity >= threshold``)."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


@dataclass(frozen=True, slots=True)
class Span:
    """A located piece of the source: 0-based half-open offsets plus 1-based line/column."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the source that carries markup meaning (emphasis, heading, code, link-url...).

    Extractors use regions to avoid reading a title in italics as an author, or a URL as a year.
    """

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One manuscript as read: the decoded source, the text to scan, and how to locate offsets."""

    path: str
    format: str
    source: str
    text: str = ""
    encoding: str = "utf-8"
    regions: tuple[Region, ...] = ()
    # What a reader found beside the text, with spans into source (DOCX: ``Hyperlink``,
    # ``FieldCitation``); each consumer picks the types it knows. Kept out of equality.
    annotations: tuple[object, ...] = field(default=(), compare=False)
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", self.source)
        if len(self.text) != len(self.source):
            raise ValueError("Document.text must have the same length as Document.source")
        starts = [0]
        find = self.source.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        object.__setattr__(self, "_line_starts", tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based offset; column counts code points."""
        offset = max(0, min(offset, len(self.source)))
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Span(start, end, line, column, end_line, end_column)

    def regions_of(self, kind: str) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.kind == kind)


@dataclass(frozen=True, slots=True)
class Person:
    family: str
    given: str = ""

    def display(self) -> str:
        return f"{self.family}, {self.given}" if self.given else self.family


@dataclass(frozen=True, slots=True)
class Citation:
    """One cited work as printed. ``(A, 2001; B, 2002)`` is two citations sharing ``group``."""

    id: str
    kind: str  # "author-date" | "numeric" | "key"
    text: str  # exactly source[span.start:span.end]
    span: Span
    authors: tuple[str, ...] = ()  # surnames as printed ("Van Herpen", "Ćwiek-Karpowicz")
    year: str | None = None  # "2013a", "n.d.", or None
    numbers: tuple[int, ...] = ()
    keys: tuple[str, ...] = ()
    locator: str | None = None  # "p. 5", "217"
    group: int = 0  # citations printed in one parenthesis share a group number
    narrative: bool = False  # "Nye (2013)" rather than "(Nye, 2013)"
    et_al: bool = False
    et_al_text: str | None = None  # "et al.", "et al", "et all" as printed
    prefix: str | None = None  # "see", "e.g.", "cf."
    title: str | None = None  # a note's title as printed ("Printing Press"; kind "note")
    # the first author's initials as printed ("J. A." in "(J. A. Smith, 2010)" or "Smith JA"): APA
    # prints them where two listed first authors share a surname, and they tell the entries apart
    initials: str | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """One entry of a reference list (from the manuscript or a bibliography file)."""

    id: str
    raw: str
    span: Span | None = None  # None for entries from a bibliography file without positions
    label: str | None = None  # "1", "[1]" numbering as printed (without brackets)
    authors: tuple[Person, ...] = ()
    corporate: bool = False  # the author is an organisation
    et_al: bool = False  # the entry itself truncates its author list
    # the names are the editors of the work ("Seward, A. C. (ed.). 1909."), whom citations
    # name as its authors
    editors: bool = False
    year: str | None = None  # "2009", "2013a", "n.d."
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    doi: str | None = (
        None  # normalised DOI ("10.1111/1467-9256.12100"), lower-case prefix kept as is
    )
    doi_raw: str | None = None  # the DOI exactly as written, when it had to be repaired
    url: str | None = None
    urls: tuple[str, ...] = ()
    accessed: str | None = None
    kind: str | None = None  # journal, book, web, thesis, report, chapter...
    key: str | None = None  # BibTeX key (bibliography files; a list's printed "[Qui93]")
    origin: str = "manuscript"  # "manuscript" or the path of the bibliography file
    # the key of the entry a BibTeX entry takes fields from (crossref) or names (xref): the
    # collection a cited chapter belongs to is listed by the chapter's citation, not uncited
    parent_key: str | None = None

    @property
    def first_family(self) -> str | None:
        return self.authors[0].family if self.authors else None


@dataclass(frozen=True, slots=True)
class BodyUrl:
    """A URL written in the manuscript body (not in the reference list); checked like references."""

    url: str
    span: Span


@dataclass(frozen=True, slots=True)
class Link:
    """How one citation was linked. ``status`` names the decision so that rules need not redo it.

    status: "exact" | "folded" | "fuzzy" (author near miss) | "year" (year differs) |
    "ambiguous" | "none". ``reference_ids`` holds the linked entries (several for "ambiguous"
    or for numeric ranges). ``score`` is the author similarity 0-100 for fuzzy decisions.
    """

    citation_id: str
    reference_ids: tuple[str, ...]
    status: str
    score: float = 100.0


class ResolutionStatus(enum.StrEnum):
    """What checking one DOI, URL or registry search found: one closed set, kept apart from how
    rules report it (lychee's model). ``skipped-offline`` means nothing was learned."""

    OK = "ok"
    REDIRECTED = "redirected"  # works, but permanently moved (or dumped on the home page)
    NOT_FOUND = "not-found"  # the DOI system does not know the DOI; a search found nothing
    BROKEN = "broken"  # 4xx, 5xx after retries, DNS, TLS, refused, reset, redirect loop
    TIMEOUT = "timeout"
    UNVERIFIABLE = "unverifiable"  # bot wall, challenge page, rate limit: never "broken"
    SOFT_404 = "soft-404"  # a 200 page that says it is not there
    BLOCKED = "blocked"  # private, loopback, link-local or metadata address: never fetched
    UNSUPPORTED = "unsupported"  # a scheme refcheck does not fetch (ftp:, mailto:)
    ERROR = "error"  # the services failed; nothing can be said about the target
    OFFLINE = "skipped-offline"


@dataclass(frozen=True, slots=True)
class WorkUpdate:
    """A notice about a work (Crossref ``updated-by``/``update-to``): retraction, correction..."""

    kind: str  # "retraction", "correction", "expression_of_concern", "withdrawal", "new_version"
    doi: str | None = None  # the notice's DOI
    label: str | None = None
    source: str | None = None  # "publisher" or "retraction-watch"
    date: str | None = None  # "2010-02-02" (as precise as the registry has it)


@dataclass(frozen=True, slots=True)
class WorkMetadata:
    """A work as its registration agency records it (Crossref, DataCite, CSL from content
    negotiation). Years are kept apart by kind so that a comparison can say which one agreed."""

    registry: str  # "Crossref", "DataCite", "mEDRA", ...
    doi: str
    type: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[Person, ...] = ()
    issued: int | None = None
    published_print: int | None = None
    published_online: int | None = None
    container: str | None = None
    short_container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    article_number: str | None = None
    updated_by: tuple[WorkUpdate, ...] = ()  # notices about this work
    update_to: tuple[WorkUpdate, ...] = ()  # this record is itself a notice about these
    relations: tuple[tuple[str, str], ...] = ()  # (relation type, identifier)

    @property
    def full_title(self) -> str | None:
        if self.title and self.subtitle:
            return f"{self.title}: {self.subtitle}"
        return self.title

    def years(self) -> dict[str, int]:
        """The registry's years by kind, in the order a citation is most likely to use them."""
        found = {
            "issued": self.issued,
            "print": self.published_print,
            "online": self.published_online,
        }
        return {kind: year for kind, year in found.items() if year is not None}


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the network said about one target: a DOI, a URL, or a registry search for an entry.

    ``target`` is the normalised DOI (lower case), the URL as fetched, or the search query;
    ``kind`` is "doi", "url" or "search". ``checked_at`` is ISO 8601 UTC; ``cached`` says it
    came from the cache. ``redirects`` holds each hop as (status, location).
    """

    target: str
    kind: str
    status: ResolutionStatus
    http_status: int | None = None
    final_url: str | None = None
    detail: str = ""
    checked_at: str = ""
    cached: bool = False
    registry: str | None = None
    metadata: WorkMetadata | None = None
    candidates: tuple[WorkMetadata, ...] = ()  # search results, best first
    redirects: tuple[tuple[int, str], ...] = ()
    page_title: str | None = None
    home_page: bool = False  # a redirect that ends at the site's home page
    archived_url: str | None = None
    archived_at: str | None = None  # the snapshot's timestamp, YYYYMMDDhhmmss


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    code: str
    severity: Severity
    message: str
    span: Span | None = None
    citation_id: str | None = None
    reference_id: str | None = None
    suggestion: str | None = None
    path: str | None = None  # set when the finding is in another file (a --bib list entry)

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        """Manuscript findings first (document-level ones at the top), then other files'."""
        start = self.span.start if self.span else -1
        return (
            self.path or "",
            start,
            -int(self.severity),
            self.code,
            self.citation_id or "",
            self.reference_id or "",
        )


@dataclass(frozen=True)
class DocumentReport:
    path: str
    format: str
    citations: tuple[Citation, ...]
    references: tuple[Reference, ...]
    links: tuple[Link, ...]
    findings: tuple[Finding, ...]
    body_urls: tuple[BodyUrl, ...] = ()
    has_reference_section: bool = True
    style: str = "author-date"  # "author-date" | "numeric" | "both" | "none", from the document
    resolutions: tuple[Resolution, ...] = ()  # what the network said about its DOIs and URLs
    resolved: bool = False  # network checks ran for this document (not --offline)
    # The manuscript's text as read (``Document.source``) for views that show it (HTML); spans
    # index into it. Empty when unknown. Not part of the JSON contract.
    source: str = field(default="", repr=False, compare=False)
    # Where the printed lines of a paged format (PDF) sit in the source: the Document's
    # ``pdf-line:<page>:<line>`` regions, so reports can say page and line. Empty otherwise.
    printed_lines: tuple[Region, ...] = field(default=(), repr=False, compare=False)

    def links_by_citation(self) -> dict[str, Link]:
        return {link.citation_id: link for link in self.links}


@dataclass(frozen=True)
class Report:
    documents: tuple[DocumentReport, ...]
    tool_version: str = ""

    def counts(self) -> dict[str, int]:
        counts = {s.label: 0 for s in sorted(Severity, reverse=True)}
        for document in self.documents:
            for finding in document.findings:
                counts[finding.severity.label] += 1
        return counts

    def worst(self) -> Severity | None:
        severities = [f.severity for d in self.documents for f in d.findings]
        return max(severities) if severities else None

"""The HTML manuscript view: one self-contained page (inline CSS and script, no request).

For each document: the manuscript's text (``DocumentReport.source``) line by line, each citation
a link to its entry in the reference list, each finding shown under the line where it ends;
then the reference list with each entry's status (cited by, DOI verified, link status, notices
such as retractions, from the network's answers when they ran). Filters by severity and rule
hide findings. Findings that have no place in the text (document-level ones, those in a
``--bib`` file, or all of them when the report carries no text) are listed before it.

Everything from the manuscript is HTML-escaped, links are only made for ``http(s)`` URLs, and a
Content-Security-Policy forbids every load, so a manuscript cannot inject markup or make the page
reach the network.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable

from refcheck.model import (
    Citation,
    DocumentReport,
    Finding,
    Reference,
    Report,
    Resolution,
    ResolutionStatus,
    Severity,
)
from refcheck.report.html_assets import CSS, JS
from refcheck.report.summary import plural, summarise
from refcheck.resolve.targets import (
    quote_doi,
    reference_doi,
    reference_urls,
    search_query,
    url_target,
)

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_RETRACTIONS = {"retraction", "withdrawal", "removal", "partial_retraction"}
_SEVERITIES = sorted(Severity, reverse=True)


def esc(text: str) -> str:
    """Escaped text and attribute value; CR dropped (the parser would make it a line break) and
    other control characters shown as U+FFFD."""
    return html.escape(_CONTROL.sub("\ufffd", text.replace("\r", "")), quote=True)


def _href(url: str) -> str | None:
    return url if url.lower().startswith(("http://", "https://")) else None


def _external(url: str, text: str | None = None) -> str:
    href = _href(url)
    label = esc(text if text is not None else url)
    if href is None:
        return label
    return f'<a href="{esc(href)}" rel="noopener noreferrer">{label}</a>'


class _Ids:
    """Element ids of one document (``d2-c5``, ``d2-r3``, ``d2-f1``, ``d2-L40``): unique when a
    report holds several documents."""

    def __init__(self, number: int) -> None:
        self.prefix = f"d{number}"

    def citation(self, citation_id: str) -> str:
        return f"{self.prefix}-{citation_id}"

    def reference(self, reference_id: str) -> str:
        return f"{self.prefix}-{reference_id}"

    def finding(self, index: int) -> str:
        return f"{self.prefix}-f{index}"

    def line(self, number: int) -> str:
        return f"{self.prefix}-L{number}"


def _finding_card(
    finding: Finding, fid: str, ids: _Ids, where: str, references: dict[str, Reference]
) -> str:
    severity = finding.severity.label
    parts = [
        f'<div class="finding sev-{severity}" id="{fid}" data-finding="{fid}" '
        f'data-severity="{severity}" data-code="{esc(finding.code)}">',
        f'<span class="sev">{severity}</span><code>{esc(finding.code)}</code> ',
        f'<span class="rule">{esc(finding.rule)}</span> <span class="where">{esc(where)}</span> ',
        f'<span class="message">{esc(finding.message)}</span>',
    ]
    links = []
    if finding.citation_id:
        links.append(f'<a href="#{ids.citation(finding.citation_id)}">citation</a>')
    if finding.reference_id and finding.reference_id in references:
        links.append(f'<a href="#{ids.reference(finding.reference_id)}">entry</a>')
    if links:
        parts.append(f' <span class="meta">({", ".join(links)})</span>')
    if finding.suggestion:
        parts.append(f'<span class="suggestion">suggestion: {esc(finding.suggestion)}</span>')
    parts.append("</div>")
    return "".join(parts)


def _where(document: DocumentReport, finding: Finding) -> str:
    path = finding.path or document.path
    if finding.span is None:
        return path
    return f"{path}:{finding.span.line}:{finding.span.column}"


def _placed_in_text(document: DocumentReport, finding: Finding) -> bool:
    span = finding.span
    return (
        bool(document.source)
        and finding.path is None
        and span is not None
        and 0 <= span.start <= span.end <= len(document.source)
    )


class _TextView:
    """The manuscript line by line with citations as links and flagged spans marked."""

    def __init__(self, document: DocumentReport, ids: _Ids, finding_ids: list[str]) -> None:
        self.document = document
        self.ids = ids
        self.finding_ids = finding_ids
        self.links = document.links_by_citation()
        self.references = {r.id: r for r in document.references}

    def _citations(self) -> list[Citation]:
        """Citations in text order, without overlaps (the first one wins)."""
        kept: list[Citation] = []
        end = -1
        for citation in sorted(self.document.citations, key=lambda c: (c.span.start, c.span.end)):
            if citation.span.start >= end and citation.span.end <= len(self.document.source):
                kept.append(citation)
                end = citation.span.end
        return kept

    def _open_citation(self, citation: Citation, first: bool) -> tuple[str, str]:
        """The opening and closing tags of a citation: a link to its entry, or a marked span
        when it has none."""
        link = self.links.get(citation.id)
        targets = [r for r in (link.reference_ids if link else ()) if r in self.references]
        attrs = f' id="{self.ids.citation(citation.id)}"' if first else ""
        attrs += f' data-citation="{esc(citation.id)}"'
        if link is None or link.status == "none" or not targets:
            return f'<span class="citation unmatched"{attrs} title="no matching entry">', "</span>"
        status = esc(link.status)
        title = "; ".join(self.references[r].raw for r in targets)
        opening = (
            f'<a class="citation {status}" href="#{self.ids.reference(targets[0])}"{attrs} '
            f'title="{esc(f"{link.status} match: {title}")}">'
        )
        return opening, "</a>"

    def render(self, inline: dict[int, list[str]]) -> str:
        source = self.document.source
        lines = source.split("\n")
        if len(lines) > 1 and not lines[-1]:
            lines.pop()  # the text's final line break ends the last line, it opens no new one
        starts = [0]
        for text in lines[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        citations_on: dict[int, list[Citation]] = defaultdict(list)
        for citation in self._citations():
            for number in range(citation.span.line, citation.span.end_line + 1):
                citations_on[number].append(citation)
        flags_on: dict[int, list[tuple[int, int, Finding, str]]] = defaultdict(list)
        for index, finding in enumerate(self.document.findings):
            if _placed_in_text(self.document, finding) and finding.span is not None:
                span = finding.span
                if span.end > span.start:
                    flag = (span.start, span.end, finding, self.finding_ids[index])
                    for number in range(span.line, span.end_line + 1):
                        flags_on[number].append(flag)
        opened: set[str] = set()
        out = ['<div class="manuscript">']
        for number, (start, text) in enumerate(zip(starts, lines, strict=True), start=1):
            end = start + len(text)
            content = self._line(
                start, end, citations_on.get(number, []), flags_on.get(number, []), opened
            )
            out.append(
                f'<div class="line" id="{self.ids.line(number)}" data-line="{number}">'
                f'<span class="ln">{number}</span><span class="tx">{content}</span></div>'
            )
            if number in inline:
                out.append(
                    f'<div class="inline" data-line="{number}">{"".join(inline[number])}</div>'
                )
        out.append("</div>")
        return "\n".join(out)

    def _line(
        self,
        start: int,
        end: int,
        citations: list[Citation],
        flags: list[tuple[int, int, Finding, str]],
        opened: set[str],
    ) -> str:
        source = self.document.source
        cuts = {start, end}
        for citation in citations:
            cuts.update((citation.span.start, citation.span.end))
        for flag_start, flag_end, _, _ in flags:
            cuts.update((flag_start, flag_end))
        points = sorted(c for c in cuts if start <= c <= end)
        out: list[str] = []
        current: Citation | None = None
        closing = ""
        for left, right in itertools.pairwise(points):
            if left == right:
                continue
            covering = next(
                (c for c in citations if c.span.start <= left and right <= c.span.end), None
            )
            if covering is not current:
                out.append(closing)
                closing = ""
                if covering is not None:
                    opening, closing = self._open_citation(covering, covering.id not in opened)
                    out.append(opening)
                    opened.add(covering.id)
                current = covering
            piece = esc(source[left:right])
            active = [(f, fid) for s, e, f, fid in flags if s <= left and right <= e]
            if active:
                worst = max(f.severity for f, _ in active).label
                members = " ".join(fid for _, fid in active)
                piece = f'<mark class="flag sev-{worst}" data-findings="{members}">{piece}</mark>'
            out.append(piece)
        out.append(closing)
        return "".join(out)


def _status_item(css: str, html_text: str) -> str:
    return f'<span class="{css}">{html_text}</span>'


def _url_status(resolution: Resolution) -> tuple[str, str]:
    status = resolution.status
    code = f" (HTTP {resolution.http_status})" if resolution.http_status else ""
    if status is ResolutionStatus.OK:
        return "ok", "ok"
    if status is ResolutionStatus.REDIRECTED:
        moved = resolution.final_url or ""
        return "warn", f"moved to {_external(moved)}" if moved else "redirected"
    if status in {ResolutionStatus.BROKEN, ResolutionStatus.SOFT_404, ResolutionStatus.NOT_FOUND}:
        detail = esc(resolution.detail) if resolution.detail and not code else ""
        return "bad", f"{esc(status.value)}{esc(code)}{' ' + detail if detail else ''}"
    if status is ResolutionStatus.TIMEOUT:
        return "bad", "timed out"
    if status is ResolutionStatus.UNVERIFIABLE:
        return "unknown", f"could not be verified{esc(code)}"
    return "unknown", esc(status.value)


def _entry_status(
    reference: Reference, document: DocumentReport, found: dict[tuple[str, str], Resolution]
) -> list[str]:
    items: list[str] = []
    doi = reference_doi(reference)
    offline = "" if document.resolved else " (offline)"
    doi_resolution = found.get(("doi", doi)) if doi else None
    if doi is None and reference.doi:
        items.append(_status_item("bad", f"DOI {esc(reference.doi)} is not a valid DOI"))
    elif doi is None:
        search = found.get(("search", search_query(reference) or ""))
        if search is not None and search.candidates:
            suggested = search.candidates[0].doi
            link = _external(f"https://doi.org/{quote_doi(suggested)}", suggested)
            items.append(_status_item("warn", f"no DOI; registry suggests {link}"))
        else:
            items.append(_status_item("unknown", "no DOI"))
    else:
        link = _external(f"https://doi.org/{quote_doi(doi)}", doi)
        if doi_resolution is None:
            items.append(_status_item("unknown", f"DOI {link} not verified{offline}"))
        elif doi_resolution.status is ResolutionStatus.OK:
            registry = f" ({esc(doi_resolution.registry)})" if doi_resolution.registry else ""
            items.append(_status_item("ok", f"DOI {link} verified{registry}"))
        elif doi_resolution.status is ResolutionStatus.NOT_FOUND:
            items.append(_status_item("bad", f"DOI {link} not found"))
        else:
            state = esc(doi_resolution.status.value)
            items.append(_status_item("unknown", f"DOI {link} not verified ({state})"))
    for written in reference_urls(reference):
        target = url_target(written)
        if target is None:
            continue
        resolution = found.get(("url", target))
        if resolution is None:
            items.append(_status_item("unknown", f"link {_external(written)} not checked{offline}"))
            continue
        css, text = _url_status(resolution)
        archived = resolution.archived_url
        if archived:
            text += f" ({_external(archived, 'archived copy')})"
        items.append(_status_item(css, f"link {_external(written)}: {text}"))
    metadata = doi_resolution.metadata if doi_resolution is not None else None
    for update in metadata.updated_by if metadata is not None else ():
        css = "bad" if update.kind in _RETRACTIONS else "warn"
        label = update.kind.replace("_", " ")
        text = esc(label[:1].upper() + label[1:] + (f" {update.date}" if update.date else ""))
        if update.doi:
            notice = _external(f"https://doi.org/{quote_doi(update.doi)}", update.doi)
            text += f" (notice {notice})"
        items.append(_status_item(css, text))
    return items


def _reference_list(
    document: DocumentReport, ids: _Ids, badges: dict[str, list[str]], show_lines: bool
) -> str:
    if not document.references:
        return '<p class="meta">No reference entries.</p>'
    found = {(r.kind, r.target): r for r in document.resolutions}
    links = document.links_by_citation()
    cited_by: dict[str, list[tuple[Citation, str]]] = defaultdict(list)
    for citation in document.citations:
        link = links.get(citation.id)
        if link is None or link.status == "none":
            continue
        for reference_id in link.reference_ids:
            cited_by[reference_id].append((citation, link.status))
    out = ['<ol class="references">']
    for reference in document.references:
        out.append(f'<li class="entry" id="{ids.reference(reference.id)}">')
        out.append(f'<span class="raw">{esc(reference.raw)}</span>')
        meta = [f"<code>{esc(reference.id)}</code>"]
        if reference.origin != "manuscript":
            meta.append(f"from {esc(reference.origin)}")
        elif reference.span is not None and show_lines:
            line = reference.span.line
            meta.append(f'<a href="#{ids.line(line)}">line {line}</a>')
        citing = cited_by.get(reference.id, [])
        if citing:
            refs = ", ".join(
                f'<a href="#{ids.citation(c.id)}">{esc(c.text)}</a>'
                + (f" ({esc(status)})" if status not in {"exact", "folded"} else "")
                for c, status in citing
            )
            meta.append(f'<span class="cited-by">cited by {refs}</span>')
        else:
            meta.append('<span class="cited-by">not cited</span>')
        out.append(f'<div class="meta">{" · ".join(meta)}</div>')
        status = _entry_status(reference, document, found)
        out.append(f'<div class="status">{"".join(status)}</div>')
        if reference.id in badges:
            out.append(f'<div class="badges">{"".join(badges[reference.id])}</div>')
        out.append("</li>")
    out.append("</ol>")
    return "\n".join(out)


def _badge(finding: Finding, fid: str) -> str:
    severity = finding.severity.label
    return (
        f'<a class="badge sev-{severity}" href="#{fid}" data-finding="{fid}" '
        f'data-severity="{severity}" data-code="{esc(finding.code)}">'
        f"{esc(finding.code)} {esc(finding.rule)}</a>"
    )


def _document(document: DocumentReport, number: int) -> str:
    ids = _Ids(number)
    references = {r.id: r for r in document.references}
    finding_ids = [ids.finding(index) for index in range(1, len(document.findings) + 1)]
    inline: dict[int, list[str]] = defaultdict(list)
    outside: list[str] = []
    badges: dict[str, list[str]] = defaultdict(list)
    for finding, fid in zip(document.findings, finding_ids, strict=True):
        card = _finding_card(finding, fid, ids, _where(document, finding), references)
        if _placed_in_text(document, finding) and finding.span is not None:
            inline[finding.span.end_line].append(card)
        else:
            outside.append(card)
        if finding.reference_id in references and finding.reference_id is not None:
            badges[finding.reference_id].append(_badge(finding, fid))
    counts = {s.label: 0 for s in _SEVERITIES}
    for finding in document.findings:
        counts[finding.severity.label] += 1
    facts = [
        f"format {esc(document.format)}",
        f"style {esc(document.style)}",
        plural(len(document.citations), "citation"),
        plural(len(document.references), "reference"),
        ", ".join(plural(n, label) for label, n in counts.items()),
    ]
    if not document.resolved:
        facts.append("DOIs and links not checked (offline)")
    out = [
        f'<section class="document" id="{ids.prefix}">',
        f"<h2>{esc(document.path)}</h2>",
        f'<p class="meta">{" · ".join(facts)}</p>',
    ]
    if outside:
        heading = "Findings" if not document.source else "Findings outside the text"
        out += [f"<h3>{heading}</h3>", f'<div class="outside">{"".join(outside)}</div>']
    out.append("<h3>Manuscript</h3>")
    if document.source:
        out.append(_TextView(document, ids, finding_ids).render(inline))
    else:
        out.append('<p class="meta">The text of this document is not part of the report.</p>')
    out += [
        "<h3>References</h3>",
        _reference_list(document, ids, badges, bool(document.source)),
        "</section>",
    ]
    return "\n".join(out)


def _checkbox(name: str, value: str, label: str) -> str:
    return (
        f'<label><input type="checkbox" name="{name}" value="{esc(value)}" checked> {label}</label>'
    )


def _filters(report: Report) -> str:
    findings = [f for d in report.documents for f in d.findings]
    counts = report.counts()
    severity_boxes = [
        _checkbox("severity", s.label, f"{s.label} ({counts[s.label]})") for s in _SEVERITIES
    ]
    rules: dict[str, tuple[str, int]] = {}
    for finding in findings:
        name, count = rules.get(finding.code, (finding.rule, 0))
        rules[finding.code] = (name, count + 1)
    rule_boxes = [
        _checkbox("rule", code, f"<code>{esc(code)}</code> {esc(name)} ({count})")
        for code, (name, count) in sorted(rules.items())
    ]
    return (
        '<form id="filters">'
        f"<fieldset><legend>Severity</legend>{''.join(severity_boxes)}</fieldset>"
        f"<fieldset><legend>Rule</legend>{''.join(rule_boxes) or 'none'}</fieldset>"
        "</form>"
    )


def _summary(report: Report) -> str:
    found = summarise(report)
    if not found.total:
        return f'<p class="summary">No problems found in {found.scope}.</p>'
    return (
        f'<p class="summary"><strong>{plural(found.total, "problem")}</strong> ({found.parts}) '
        f'in {found.scope}; <span id="shown">{found.total}</span> shown.</p>'
    )


def _title(documents: Iterable[DocumentReport]) -> str:
    paths = [d.path for d in documents]
    return f"refcheck: {paths[0]}" if len(paths) == 1 else f"refcheck: {len(paths)} documents"


def render(report: Report, color: bool = False) -> str:
    del color  # the page has its own colours
    version = f" {esc(report.tool_version)}" if report.tool_version else ""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
        '<meta http-equiv="x-dns-prefetch-control" content="off">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(_title(report.documents))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>refcheck{version} report</h1>",
        _summary(report),
        _filters(report),
        "</header>",
        "<main>",
        *(_document(d, n) for n, d in enumerate(report.documents, start=1)),
        "</main>",
        f"<script>{JS}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"

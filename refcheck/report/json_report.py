"""The JSON report: the contract of shared/design/REPORT-JSON.md (version 1).

Fields beyond the contract are additions (allowed by it): citation ``locator``, ``group``,
``narrative``, ``et_al``, ``prefix``, ``link``, ``title`` (a note's short title; citation ``kind``
"note" and "author-page" beside "author-date", "numeric" and "key"), ``initials`` (the first
author's initials where printed, "J. A."); reference ``end_line``/``end_column``, ``publisher``,
``urls``, ``accessed``, ``kind``, ``origin``, ``key``, ``doi_as_written``, ``corporate``,
``editors`` (the names are the work's editors: "Seward, A. C. (ed.). 1909."); finding
``path`` (null unless the finding is in a ``--bib`` file; locations are ``null`` for
document-level findings); document ``urls``. In a PDF document (only there) each citation,
reference and finding also carries ``printed``: ``{"page", "line", "column"}`` on the printed
page (1-based; null when not on a printed line, or for a finding in a ``--bib`` file), beside
``line``/``column``, which stay those of the text read (one paragraph a line).

When network checks ran (``DocumentReport.resolved``), each reference also carries
``"resolution"``: ``{"doi": {...} | null, "urls": [{...}], "search": {...} | null}`` (status,
http_status, registry, detail, final_url, archived_url, checked_at, cached, and for a DOI the
registry's title, first author, year, container, volume, pages), and each body URL a
``"resolution"`` object. Offline reports are unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from refcheck.model import (
    BodyUrl,
    Citation,
    DocumentReport,
    Finding,
    Reference,
    Report,
    Resolution,
    Span,
)
from refcheck.report.locations import PrintedLocator
from refcheck.resolve.targets import (
    normalize_doi,
    reference_doi,
    reference_urls,
    search_query,
    url_target,
)

VERSION = 1


def _where(span: Span | None) -> dict[str, int | None]:
    if span is None:
        return {"line": None, "column": None, "end_line": None, "end_column": None}
    return {
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
    }


def _citation(citation: Citation, reference_ids: tuple[str, ...], status: str) -> dict[str, Any]:
    return {
        "id": citation.id,
        "kind": citation.kind,
        "text": citation.text,
        **_where(citation.span),
        "authors": list(citation.authors),
        "year": citation.year,
        "numbers": list(citation.numbers),
        "keys": list(citation.keys),
        "reference_ids": list(reference_ids),
        "link": status,
        "locator": citation.locator,
        "group": citation.group,
        "narrative": citation.narrative,
        "et_al": citation.et_al,
        "prefix": citation.prefix,
        "title": citation.title,
        "initials": citation.initials,
    }


def reference_dict(reference: Reference) -> dict[str, Any]:
    where = _where(reference.span)
    return {
        "id": reference.id,
        "text": reference.raw,
        "line": where["line"],
        "column": where["column"],
        "end_line": where["end_line"],
        "end_column": where["end_column"],
        "label": reference.label,
        "authors": [{"family": p.family, "given": p.given} for p in reference.authors],
        "corporate": reference.corporate,
        "editors": reference.editors,
        "year": reference.year,
        "title": reference.title,
        "container": reference.container,
        "volume": reference.volume,
        "issue": reference.issue,
        "pages": reference.pages,
        "publisher": reference.publisher,
        "doi": reference.doi,
        "doi_as_written": reference.doi_raw,
        "url": reference.url,
        "urls": list(reference.urls),
        "accessed": reference.accessed,
        "kind": reference.kind,
        "key": reference.key,
        "origin": reference.origin,
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "code": finding.code,
        "severity": finding.severity.label,
        "message": finding.message,
        **_where(finding.span),
        "citation_id": finding.citation_id,
        "reference_id": finding.reference_id,
        "suggestion": finding.suggestion,
        "path": finding.path,
    }


def _url(body_url: BodyUrl) -> dict[str, Any]:
    return {"url": body_url.url, **_where(body_url.span)}


def resolution_dict(resolution: Resolution | None) -> dict[str, Any] | None:
    if resolution is None:
        return None
    data: dict[str, Any] = {
        "target": resolution.target,
        "status": resolution.status.value,
        "http_status": resolution.http_status,
        "detail": resolution.detail or None,
        "checked_at": resolution.checked_at or None,
        "cached": resolution.cached,
    }
    if resolution.kind == "url":
        data["final_url"] = resolution.final_url
        data["redirects"] = [{"status": s, "location": u} for s, u in resolution.redirects]
        data["archived_url"] = resolution.archived_url
    if resolution.kind == "doi":
        data["registry"] = resolution.registry
        meta = resolution.metadata
        data["metadata"] = (
            None
            if meta is None
            else {
                "title": meta.full_title,
                "first_author": meta.authors[0].family if meta.authors else None,
                "years": meta.years(),
                "container": meta.container,
                "volume": meta.volume,
                "issue": meta.issue,
                "pages": meta.pages or meta.article_number,
                "type": meta.type,
                "updates": [
                    {"type": u.kind, "doi": u.doi, "source": u.source, "date": u.date}
                    for u in meta.updated_by
                ],
            }
        )
    if resolution.kind == "search":
        data["candidates"] = [c.doi for c in resolution.candidates]
    return data


def _reference_resolution(
    reference: Reference, found: dict[tuple[str, str], Resolution]
) -> dict[str, Any]:
    doi = reference_doi(reference)
    urls = []
    for written in reference_urls(reference):
        target = url_target(written)
        if target and (hit := found.get(("url", target))) is not None:
            urls.append({"url": written, **(resolution_dict(hit) or {})})
    query = search_query(reference)
    return {
        "doi": resolution_dict(found.get(("doi", doi or ""))),
        "urls": urls,
        "search": resolution_dict(found.get(("search", query or ""))),
    }


def document_dict(document: DocumentReport) -> dict[str, Any]:
    links = document.links_by_citation()
    citations = []
    for citation in document.citations:
        link = links.get(citation.id)
        citations.append(
            _citation(citation, link.reference_ids if link else (), link.status if link else "none")
        )
    references = [reference_dict(r) for r in document.references]
    findings = [_finding(f) for f in document.findings]
    printed = PrintedLocator.of(document)
    if printed.mapping is not None:  # a PDF: page, printed line and column as well
        for data, citation in zip(citations, document.citations, strict=True):
            data.update(printed.fields(citation.span))
        for data, reference in zip(references, document.references, strict=True):
            data.update(
                printed.fields(reference.span if reference.origin == "manuscript" else None)
            )
        for data, finding in zip(findings, document.findings, strict=True):
            data.update(printed.fields(finding.span if finding.path is None else None))
    urls = [_url(u) for u in document.body_urls]
    if document.resolved:
        found = {(r.kind, r.target): r for r in document.resolutions}
        for data, reference in zip(references, document.references, strict=True):
            data["resolution"] = _reference_resolution(reference, found)
        for data, body_url in zip(urls, document.body_urls, strict=True):
            target = url_target(body_url.url)
            key = ("url", target) if target else ("doi", normalize_doi(body_url.url) or "")
            data["resolution"] = resolution_dict(found.get(key))
    return {
        "path": document.path,
        "format": document.format,
        "style": document.style,
        "citations": citations,
        "references": references,
        "findings": findings,
        "urls": urls,
    }


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "version": VERSION,
        "tool": {"name": "refcheck", "version": report.tool_version},
        "documents": [document_dict(d) for d in report.documents],
        "summary": {
            "documents": len(report.documents),
            "citations": sum(len(d.citations) for d in report.documents),
            "references": sum(len(d.references) for d in report.documents),
            "findings": report.counts(),
        },
    }


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _write(value: Any, indent: str, out: list[str]) -> None:
    """Indented JSON whose innermost objects (one citation, reference, finding) sit on one line.

    Why not ``json.dumps(indent=2)``: with an indent the standard library falls back to its pure
    Python encoder, five times slower on a 30,000-citation report; one object a line is also easier
    to grep and diff than one field a line.
    """
    inner = indent + "  "
    if isinstance(value, dict) and value:
        if (
            not any(isinstance(v, (dict, list)) and v for v in value.values())
            or indent.count(" ") >= 8
        ):
            out.append(_compact(value))
            return
        out.append("{\n")
        for number, (key, item) in enumerate(value.items()):
            out.append(f"{inner}{_compact(key)}: ")
            _write(item, inner, out)
            out.append(",\n" if number < len(value) - 1 else "\n")
        out.append(indent + "}")
    elif isinstance(value, list) and value:
        if not any(isinstance(v, (dict, list)) for v in value):
            out.append(_compact(value))
            return
        out.append("[\n")
        for number, item in enumerate(value):
            out.append(inner)
            _write(item, inner, out)
            out.append(",\n" if number < len(value) - 1 else "\n")
        out.append(indent + "]")
    else:
        out.append(_compact(value))


def render(report: Report, color: bool = False) -> str:
    del color  # JSON is never coloured
    out: list[str] = []
    _write(report_dict(report), "", out)
    return "".join(out) + "\n"

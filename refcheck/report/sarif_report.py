"""SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, IDE viewers) read.

One run for the whole report. Rules are described once in ``tool.driver.rules`` (only the rules
that have results, sorted by code, from the rule registry) and each result points at its rule by
``ruleId`` and ``ruleIndex``. Columns count code points (``columnKind``), as every refcheck
location does, and ``endColumn`` is exclusive, as SARIF defines it. A suggestion is added to the
message and kept in ``properties``, not written as a SARIF ``fix``: a suggestion is the corrected
value (``Freire``), not always a replacement for the whole flagged span.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from refcheck.model import DocumentReport, Finding, Report, Severity, Span
from refcheck.resolve.settings import PROJECT_URL
from refcheck.rules import Rule, find_rule

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (to ``%SRCROOT%``), with ``/``
    separators and reserved characters percent-encoded; absolute paths become ``file:`` URIs."""
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return "file://" + quote(posix, safe="/")
    if len(posix) > 2 and posix[1] == ":" and posix[2] == "/":  # C:/Users/...
        return "file:///" + posix[:2] + quote(posix[2:], safe="/")
    return quote(posix, safe="/")


def _paragraphs(doc: str) -> list[str]:
    return [" ".join(p.split()) for p in doc.split("\n\n") if p.strip()]


def _rule_descriptor(code: str, finding: Finding, rule: Rule | None) -> dict[str, Any]:
    if rule is None:
        return {
            "id": code,
            "name": finding.rule,
            "shortDescription": {"text": finding.rule},
            "defaultConfiguration": {"level": LEVELS[finding.severity]},
        }
    paragraphs = _paragraphs(rule.doc)
    full = paragraphs[0].removeprefix("What: ") if paragraphs else rule.summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": full},
        "help": {"text": rule.doc or rule.summary, "markdown": rule.doc or rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["refcheck"]},
    }


def _region(span: Span) -> dict[str, int]:
    return {
        "startLine": span.line,
        "startColumn": span.column,
        "endLine": span.end_line,
        "endColumn": span.end_column,
    }


def _location(document: DocumentReport, finding: Finding) -> dict[str, Any]:
    uri = artifact_uri(finding.path or document.path)
    artifact: dict[str, Any] = {"uri": uri}
    if not uri.startswith("file:"):
        artifact["uriBaseId"] = "%SRCROOT%"
    physical: dict[str, Any] = {"artifactLocation": artifact}
    if finding.span is not None:
        physical["region"] = _region(finding.span)
    return {"physicalLocation": physical}


def _result(document: DocumentReport, finding: Finding, index: int) -> dict[str, Any]:
    text = finding.message
    if finding.suggestion:
        text += f" (suggestion: {finding.suggestion})"
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [_location(document, finding)],
    }
    properties = {
        key: value
        for key, value in (
            ("rule", finding.rule),
            ("citationId", finding.citation_id),
            ("referenceId", finding.reference_id),
            ("suggestion", finding.suggestion),
        )
        if value is not None
    }
    result["properties"] = properties
    return result


def sarif_dict(report: Report) -> dict[str, Any]:
    first: dict[str, Finding] = {}
    for document in report.documents:
        for finding in document.findings:
            first.setdefault(finding.code, finding)
    codes = sorted(first)
    index = {code: number for number, code in enumerate(codes)}
    rules = [_rule_descriptor(code, first[code], find_rule(code)) for code in codes]
    results = [
        _result(document, finding, index[finding.code])
        for document in report.documents
        for finding in document.findings
    ]
    version = (
        {"version": report.tool_version, "semanticVersion": report.tool_version}
        if report.tool_version
        else {}
    )
    driver = {"name": "refcheck", **version, "informationUri": PROJECT_URL, "rules": rules}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(report: Report, color: bool = False) -> str:
    del color  # SARIF is never coloured
    return json.dumps(sarif_dict(report), ensure_ascii=False, indent=2) + "\n"

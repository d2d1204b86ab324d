"""GitHub-flavoured Markdown for a pull-request comment: a summary line, then one table per
document (location, severity, rule, message, suggestion).

Text from the manuscript is escaped so that it shows literally: Markdown punctuation that could
start emphasis, code, links, HTML or a table cell (`` ` * _ [ ] < > | ~ \\ ``) is backslash-escaped
and line breaks become spaces, so one finding is always one table row.
"""

from __future__ import annotations

import re

from refcheck.model import DocumentReport, Finding, Report
from refcheck.report.locations import PrintedLocator
from refcheck.report.summary import plural, summarise

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_ICONS = {"error": "🔴", "warning": "🟡", "info": "🔵"}


def escape(text: str) -> str:
    """Text that renders literally inside a GFM table cell or heading."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _summary(report: Report) -> str:
    found = summarise(report)
    if not found.total:
        return f"No problems found in {found.scope}."
    return f"**{plural(found.total, 'problem')}** ({found.parts}) in {found.scope}."


def _row(document: DocumentReport, finding: Finding, printed: PrintedLocator) -> str:
    where = f"{finding.span.line}:{finding.span.column}" if finding.span else "—"
    page = None if finding.path else printed.label(finding.span)
    if page:  # a PDF: the page and the line on it, as the reader of the printed paper sees it
        where = page
    if finding.path:
        where = f"{escape(finding.path)}:{where}" if finding.span else escape(finding.path)
    severity = f"{_ICONS[finding.severity.label]} {finding.severity.label}"
    rule = f"{finding.code} {escape(finding.rule)}"
    suggestion = escape(finding.suggestion) if finding.suggestion else ""
    cells = (where, severity, rule, escape(finding.message), suggestion)
    return "| " + " | ".join(cells) + " |"


def _document(document: DocumentReport) -> list[str]:
    lines = [f"### {escape(document.path)}", ""]
    if not document.findings:
        return [*lines, "No problems found.", ""]
    lines += [
        "| location | severity | rule | message | suggestion |",
        "|---|---|---|---|---|",
    ]
    printed = PrintedLocator.of(document)
    lines += [_row(document, finding, printed) for finding in document.findings]
    return [*lines, ""]


def render(report: Report, color: bool = False) -> str:
    del color  # Markdown is never coloured
    lines = ["## refcheck", "", _summary(report), ""]
    for document in report.documents:
        lines += _document(document)
    return "\n".join(lines).rstrip("\n") + "\n"

"""The terminal report: ``path:line:col: CODE rule message`` like a linter, grouped by document,
with the suggestion on the next line and a summary line. Colour only when asked (the CLI asks on
a TTY without NO_COLOR).

A finding in a PDF is placed by page, printed line on it and column: ``paper.pdf:p3:12:5:``
(``refcheck.report.locations``); in every other format, and for a finding in a ``--bib`` file,
by the line and column of the text read (for DOCX the paragraph number and the column in it)."""

from __future__ import annotations

from refcheck.model import DocumentReport, Finding, Report, Severity
from refcheck.report.locations import PrintedLocator
from refcheck.report.summary import plural, summarise

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def _line(document: DocumentReport, finding: Finding, color: bool, printed: PrintedLocator) -> str:
    where = f"{finding.span.line}:{finding.span.column}" if finding.span else "1:1"
    if finding.path is None:
        where = printed.label(finding.span) or where
    location = _paint(f"{finding.path or document.path}:{where}:", "1", color)
    code = _paint(finding.code, f"1;{_COLOURS[finding.severity]}", color)
    severity = _paint(finding.severity.label, _COLOURS[finding.severity], color)
    text = f"{location} {code} {finding.rule} [{severity}] {finding.message}"
    if finding.suggestion:
        text += "\n    " + _paint("suggestion:", "32", color) + f" {finding.suggestion}"
    return text


def render(report: Report, color: bool = False) -> str:
    lines: list[str] = []
    for document in report.documents:
        printed = PrintedLocator.of(document)
        lines.extend(_line(document, finding, color, printed) for finding in document.findings)
    found = summarise(report)
    if found.total:
        summary = f"Found {plural(found.total, 'problem')} ({found.parts}) in {found.scope}."
    else:
        summary = f"No problems found in {found.scope}."
    if lines:
        lines.append("")
    lines.append(_paint(summary, "1", color))
    return "\n".join(lines) + "\n"

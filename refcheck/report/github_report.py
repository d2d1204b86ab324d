"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

``::error file=paper.md,line=3,col=5,endLine=3,endColumn=16,title=RC103 author-mismatch::message``
(``warning`` for warnings, ``notice`` for info). GitHub reads ``%``, CR and LF escaped as ``%25``,
``%0D`` and ``%0A`` in the message, and also ``:`` and ``,`` in property values, which would
otherwise end the value. Columns are code points and ``endColumn`` is exclusive, as in every
refcheck location. A suggestion goes on a second line of the message.
"""

from __future__ import annotations

from refcheck.model import DocumentReport, Finding, Report, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(document: DocumentReport, finding: Finding) -> str:
    properties = [("file", finding.path or document.path)]
    if finding.span is not None:
        span = finding.span
        properties += [
            ("line", str(span.line)),
            ("col", str(span.column)),
            ("endLine", str(span.end_line)),
            ("endColumn", str(span.end_column)),
        ]
    properties.append(("title", f"{finding.code} {finding.rule}"))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    message = finding.message
    if finding.suggestion:
        message += f"\nsuggestion: {finding.suggestion}"
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(message)}"


def render(report: Report, color: bool = False) -> str:
    del color  # workflow commands are never coloured
    lines = [
        _command(document, finding)
        for document in report.documents
        for finding in document.findings
    ]
    return "".join(line + "\n" for line in lines)

"""JUnit XML, the test-report format CI systems (GitLab, Jenkins, Azure) show without a plugin.

One ``testsuite`` per document and one ``testcase`` per finding: an error or a warning is a
``failure`` (its ``type`` is the severity), an info passes with the message in ``system-out``.
A document without findings has one passing test case, so that it still shows as checked.
Characters XML 1.0 cannot hold (control characters from a PDF, say) are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from refcheck.model import DocumentReport, Finding, Report, Severity

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _where(document: DocumentReport, finding: Finding) -> str:
    path = finding.path or document.path
    if finding.span is None:
        return path
    return f"{path}:{finding.span.line}:{finding.span.column}"


def _testcase(suite: ET.Element, document: DocumentReport, finding: Finding) -> tuple[int, int]:
    where = _where(document, finding)
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "classname": _clean(f"refcheck.{finding.code}.{finding.rule}"),
            "name": _clean(f"{finding.code} {finding.rule} at {where}"),
            "file": _clean(finding.path or document.path),
        },
    )
    if finding.span is not None:
        case.set("line", str(finding.span.line))
    body = f"{where}: {finding.code} {finding.rule} [{finding.severity.label}] {finding.message}"
    if finding.suggestion:
        body += f"\nsuggestion: {finding.suggestion}"
    if finding.severity >= Severity.WARNING:
        failure = ET.SubElement(
            case,
            "failure",
            {"message": _clean(finding.message), "type": finding.severity.label},
        )
        failure.text = _clean(body)
        return 1, 1
    ET.SubElement(case, "system-out").text = _clean(body)
    return 1, 0


def _testsuite(parent: ET.Element, document: DocumentReport) -> tuple[int, int]:
    suite = ET.SubElement(parent, "testsuite", {"name": _clean(document.path)})
    tests = failures = 0
    for finding in document.findings:
        counted, failed = _testcase(suite, document, finding)
        tests += counted
        failures += failed
    if not document.findings:
        ET.SubElement(
            suite,
            "testcase",
            {
                "classname": "refcheck",
                "name": _clean(f"no problems in {document.path}"),
                "file": _clean(document.path),
            },
        )
        tests = 1
    for key, value in (("tests", tests), ("failures", failures), ("errors", 0), ("skipped", 0)):
        suite.set(key, str(value))
    return tests, failures


def render(report: Report, color: bool = False) -> str:
    del color  # XML is never coloured
    root = ET.Element("testsuites", {"name": "refcheck"})
    tests = failures = 0
    for document in report.documents:
        counted, failed = _testsuite(root, document)
        tests += counted
        failures += failed
    for key, value in (("tests", tests), ("failures", failures), ("errors", 0)):
        root.set(key, str(value))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"

"""A baseline: today's findings recorded once, so that only new ones are reported (and fail).

A finding's fingerprint is its file, its rule, and what it is about: the citation's text, else
the entry's text, else its message with whitespace collapsed. No line numbers, so an edit above
a finding keeps its fingerprint; a fixed citation or entry drops out. Identical fingerprints
are counted: three copies of ``(Frier, 2009)`` in the baseline hide three, and a fourth is new.

Paths are stored relative to the baseline file's folder, so the baseline works from any
working directory. The file is JSON (``{"version": 1, "findings": [...]}``), sorted, so that
its diff in review shows what was accepted.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from refcheck.errors import InputError
from refcheck.model import DocumentReport, Finding, Report

VERSION = 1

Fingerprint = tuple[str, str, str]  # (path, rule, subject)


@dataclass(frozen=True)
class Baseline:
    """The recorded fingerprints with how many findings each covers."""

    counts: tuple[tuple[Fingerprint, int], ...] = ()

    def counter(self) -> Counter[Fingerprint]:
        return Counter(dict(self.counts))


def subject(document: DocumentReport, finding: Finding) -> str:
    """What a finding is about, without where it is."""
    if finding.citation_id:
        for citation in document.citations:
            if citation.id == finding.citation_id:
                return " ".join(citation.text.split())
    if finding.reference_id:
        for reference in document.references:
            if reference.id == finding.reference_id:
                return " ".join(reference.raw.split())
    return " ".join(finding.message.split())


def _relative(path: str, folder: Path | None) -> str:
    if folder is None:
        return Path(path).as_posix()
    try:
        return Path(os.path.relpath(os.path.abspath(path), folder.absolute())).as_posix()
    except ValueError:  # another drive
        return Path(path).as_posix()


def fingerprint(document: DocumentReport, finding: Finding, folder: Path | None) -> Fingerprint:
    return (
        _relative(finding.path or document.path, folder),
        finding.rule,
        subject(document, finding),
    )


def make_baseline(report: Report, folder: Path | None = None) -> Baseline:
    """The baseline of a report; paths relative to ``folder`` (the baseline file's)."""
    counts = Counter(
        fingerprint(document, finding, folder)
        for document in report.documents
        for finding in document.findings
    )
    return Baseline(tuple(sorted(counts.items())))


def apply_baseline(
    report: Report, baseline: Baseline, folder: Path | None = None
) -> tuple[Report, int]:
    """The report without the findings the baseline records, and how many were hidden."""
    left = baseline.counter()
    hidden = 0
    documents = []
    for document in report.documents:
        kept = []
        for finding in document.findings:
            key = fingerprint(document, finding, folder)
            if left[key] > 0:
                left[key] -= 1
                hidden += 1
            else:
                kept.append(finding)
        documents.append(replace(document, findings=tuple(kept)))
    return replace(report, documents=tuple(documents)), hidden


def dumps(baseline: Baseline) -> str:
    findings = [
        {"path": path, "rule": rule, "subject": text, "count": count}
        for (path, rule, text), count in baseline.counts
    ]
    return (
        json.dumps({"version": VERSION, "findings": findings}, ensure_ascii=False, indent=2) + "\n"
    )


def loads(text: str, origin: str) -> Baseline:
    """Parse a baseline file; InputError names the file when it is not one."""
    try:
        data = json.loads(text)
        if data.get("version") != VERSION:
            raise ValueError(f"unsupported version {data.get('version')!r}")
        counts = []
        for item in data["findings"]:
            key = (str(item["path"]), str(item["rule"]), str(item["subject"]))
            count = item.get("count", 1)
            if not isinstance(count, int) or count < 1:
                raise ValueError(f"bad count {count!r}")
            counts.append((key, count))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise InputError(f"{origin}: not a refcheck baseline ({error})") from None
    return Baseline(tuple(sorted(counts)))


def read_baseline(path: str | Path) -> Baseline:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read baseline {path}: {error}") from None
    return loads(text, str(path))


def write_baseline(path: str | Path, baseline: Baseline) -> None:
    try:
        Path(path).write_text(dumps(baseline), encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write baseline {path}: {error.strerror or error}") from None


__all__ = [
    "Baseline",
    "apply_baseline",
    "dumps",
    "fingerprint",
    "loads",
    "make_baseline",
    "read_baseline",
    "write_baseline",
]

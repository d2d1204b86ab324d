"""The one-line summary every human-readable report ends or starts with, in one place so that the
text, Markdown and HTML reports count the same way."""

from __future__ import annotations

from dataclasses import dataclass

from refcheck.model import Report


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors``, ``3 info`` (no plural for "info")."""
    many = word if word == "info" else word + "s"
    return f"{count} {word if count == 1 else many}"


@dataclass(frozen=True)
class Summary:
    total: int  # findings
    parts: str  # "2 errors, 1 warning"
    scope: str  # "1 document, 43 citations, 41 references"


def summarise(report: Report) -> Summary:
    counts = report.counts()
    citations = sum(len(d.citations) for d in report.documents)
    references = sum(len(d.references) for d in report.documents)
    scope = (
        f"{plural(len(report.documents), 'document')}, {plural(citations, 'citation')}, "
        f"{plural(references, 'reference')}"
    )
    parts = ", ".join(plural(n, label) for label, n in counts.items() if n)
    return Summary(sum(counts.values()), parts, scope)

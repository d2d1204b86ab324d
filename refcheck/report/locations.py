"""Locations as a reader of the format would give them: page and printed line for a PDF.

Every span's ``line:column`` is a line of the text refcheck read (for a PDF, one paragraph a
line), which is what the JSON contract's ``line`` means. Someone holding the printed PDF wants
the page and the line on it instead; ``PrintedLocator`` gives them from the document report's
``printed_lines`` (the reader's ``pdf-line`` regions). Other formats have none, so nothing
changes for them (DOCX lines are already paragraph numbers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from refcheck.model import DocumentReport, Span

if TYPE_CHECKING:
    from refcheck.ingest.pdf import PageMap


@dataclass(frozen=True)
class PrintedLocator:
    """Page, printed line and column of spans of one document; empty for unpaged formats."""

    mapping: PageMap | None = None

    @classmethod
    def of(cls, document: DocumentReport) -> PrintedLocator:
        if not document.printed_lines:
            return cls()
        from refcheck.ingest.pdf import page_map  # only PDF reports pay for the import

        return cls(page_map(document.printed_lines))

    def where(self, span: Span | None) -> tuple[int, int, int] | None:
        """``(page, line_on_page, column)`` of where ``span`` starts, 1-based; None when the
        document is not paged or the span is on no printed line."""
        if span is None or self.mapping is None:
            return None
        return self.mapping.where(span.start)

    def label(self, span: Span | None) -> str | None:
        """``p3:12:5`` (page 3, line 12 on it, column 5), or None."""
        found = self.where(span)
        return None if found is None else f"p{found[0]}:{found[1]}:{found[2]}"

    def fields(self, span: Span | None) -> dict[str, dict[str, int] | None]:
        """The JSON report's ``printed`` field: ``{"page", "line", "column"}`` or null."""
        found = self.where(span)
        if found is None:
            return {"printed": None}
        return {"printed": {"page": found[0], "line": found[1], "column": found[2]}}


__all__ = ["PrintedLocator"]

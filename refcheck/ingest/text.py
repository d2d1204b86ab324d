"""Plain-text reader: the decoded file as is, plus emphasis and autolink regions.

``text == source``: a ``.txt`` file promises no markup, so nothing is blanked. But manuscripts
saved as text are often Markdown-ish (the seeds put titles in ``*...*`` and URLs in ``<...>``),
so ``scan_markup(source, markdown=False)`` records where those are; extractors use the regions to
avoid reading a title in asterisks as an author or a URL as a year.
"""

from __future__ import annotations

from refcheck.ingest.decode import decode
from refcheck.ingest.markdown import scan_markup
from refcheck.model import Document


def build_document(path: str, source: str, encoding: str = "utf-8") -> Document:
    """A plain-text Document from already decoded text (no I/O)."""
    _, regions = scan_markup(source, markdown=False)
    return Document(path, "text", source, source, encoding, regions)


class TextReader:
    """Plain text in any encoding ``decode`` accepts; also the reader for unknown suffixes."""

    name = "text"
    suffixes: tuple[str, ...] = (".txt", ".text")
    textual = True

    def sniff(self, data: bytes) -> bool:
        return False  # the fallback: chosen when no other reader claims a file

    def read(self, path: str, data: bytes) -> Document:
        source, encoding = decode(data, path)
        return build_document(path, source, encoding)


READER = TextReader()

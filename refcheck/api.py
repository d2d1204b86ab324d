"""The library API the CLI uses: check files or text, get a Report back.

File reading happens here (the edge); everything below is pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from refcheck import __version__
from refcheck.ingest import document_from_text, read_document
from refcheck.model import DocumentReport, Reference, Report
from refcheck.pipeline import check_document
from refcheck.rules import Rule


def load_bibliographies(paths: Iterable[str | Path]) -> tuple[Reference, ...]:
    """Entries of every ``--bib`` file, ids renumbered b1..bN across files so they stay unique."""
    paths = list(paths)
    if not paths:
        return ()
    from dataclasses import replace

    from refcheck.ingest.bibliography import read_bibliography  # pybtex only when needed

    entries = [entry for path in paths for entry in read_bibliography(path)]
    return tuple(replace(entry, id=f"b{n}") for n, entry in enumerate(entries, start=1))


def check_paths(
    paths: Sequence[str | Path],
    bib: Sequence[str | Path] = (),
    rules: Sequence[Rule] | None = None,
) -> Report:
    """Check each manuscript (against its own list and any ``bib`` files); raise InputError if a
    file cannot be read, before any work is done on the others."""
    bibliography = load_bibliographies(bib)
    documents = [read_document(path) for path in paths]
    reports = tuple(check_document(doc, bibliography, rules) for doc in documents)
    return Report(documents=reports, tool_version=__version__)


def check_text(
    text: str,
    path: str = "<text>",
    bibliography: Sequence[Reference] = (),
    rules: Sequence[Rule] | None = None,
) -> DocumentReport:
    """Check a manuscript given as a string (plain text, read like a ``.txt`` file)."""
    return check_document(document_from_text(text, path=path), bibliography, rules)

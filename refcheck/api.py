"""The library API the CLI uses: check files or text, get a Report back.

File reading and the network happen here (the edges); everything below is pure. Pass a
``refcheck.resolve.Resolver`` to check DOIs and links; without one the check is offline.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from refcheck import __version__
from refcheck.ingest import document_from_text, read_document
from refcheck.ingest.docbib import document_bibliography
from refcheck.model import DocumentReport, Reference, Report
from refcheck.pipeline import Analysis, analyse_document, check_document, report_document
from refcheck.rules import Rule

if TYPE_CHECKING:
    from refcheck.resolve import Resolver


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
    resolver: Resolver | None = None,
    format: str | None = None,
) -> Report:
    """Check each manuscript (against its own list and any ``bib`` files); raise InputError if a
    file cannot be read, before any work is done on the others. With a ``resolver``, the DOIs
    and URLs of all documents are resolved together (shared cache, one pool) before the rules.
    ``format`` forces the reader (name or suffix, e.g. "markdown", "pdf") instead of the suffix
    and content sniffing."""
    bibliography = load_bibliographies(bib)
    documents = [read_document(path, format) for path in paths]
    owned = [document_bibliography(doc, bibliography) for doc in documents]  # \bibliography{..}
    analyses = [
        analyse_document(doc, own.references, own.notes)
        for doc, own in zip(documents, owned, strict=True)
    ]
    analyses = _resolve(analyses, resolver)
    reports = tuple(report_document(analysis, rules) for analysis in analyses)
    return Report(documents=reports, tool_version=__version__)


def _resolve(analyses: list[Analysis], resolver: Resolver | None) -> list[Analysis]:
    if resolver is None:
        return analyses
    from refcheck.resolve import resolve_contexts

    contexts = resolve_contexts([a.context for a in analyses], resolver)
    return [replace(a, context=c) for a, c in zip(analyses, contexts, strict=True)]


def check_text(
    text: str,
    path: str = "<text>",
    bibliography: Sequence[Reference] = (),
    rules: Sequence[Rule] | None = None,
    resolver: Resolver | None = None,
) -> DocumentReport:
    """Check a manuscript given as a string (plain text, read like a ``.txt`` file)."""
    document = document_from_text(text, path=path)
    if resolver is None:
        return check_document(document, bibliography, rules)
    analyses = _resolve([analyse_document(document, bibliography)], resolver)
    return report_document(analyses[0], rules)

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
from refcheck.model import DocumentReport, Reference, Report, Resolution, ResolutionStatus
from refcheck.pipeline import Analysis, analyse_document, check_document, report_document
from refcheck.rules import Rule
from refcheck.suppression import read_sidecar

if TYPE_CHECKING:
    from refcheck.config import Config
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
    config: Config | None = None,
) -> Report:
    """Check each manuscript (against its own list and any ``bib`` files); raise InputError if a
    file cannot be read, before any work is done on the others. With a ``resolver``, the DOIs
    and URLs of all documents are resolved together (shared cache, one pool) before the rules.
    ``format`` forces the reader (name or suffix, e.g. "markdown", "pdf") instead of the suffix
    and content sniffing. ``config`` (``refcheck.config.load_config``) selects the rules, sets
    severities and per-file ignores, and excludes URLs and DOIs; ``rules``, when given, wins
    over its selection. A manuscript's sidecar ignore file (``paper.docx.refcheck-ignore``) is
    read with it."""
    bibliography = load_bibliographies(bib)
    documents = [read_document(path, format) for path in paths]
    sidecars = [read_sidecar(path) for path in paths]
    owned = [document_bibliography(doc, bibliography) for doc in documents]  # \bibliography{..}
    analyses = [
        replace(analyse_document(doc, own.references, own.notes), sidecar=sidecar)
        for doc, own, sidecar in zip(documents, owned, sidecars, strict=True)
    ]
    analyses = _resolve(analyses, resolver, config)
    reports = tuple(report_document(analysis, rules, config) for analysis in analyses)
    return Report(documents=reports, tool_version=__version__)


def _resolve(
    analyses: list[Analysis], resolver: Resolver | None, config: Config | None = None
) -> list[Analysis]:
    """The analyses carrying what the network said; excluded URLs and DOIs are never asked, and
    a URL answering an accepted status is ok."""
    if resolver is None:
        return analyses
    from refcheck.resolve.resolver import context_keys, plan_contexts, with_resolutions

    contexts = [a.context for a in analyses]
    plan = plan_contexts(contexts, resolver.settings)
    if config is not None:
        for doi in [d for d in plan.dois if config.excludes("doi", d)]:
            del plan.dois[doi]
        for url in [u for u in plan.urls if config.excludes("url", u)]:
            del plan.urls[url]
    results = resolver.resolve_plan(plan)
    resolved = []
    for analysis in analyses:
        keys = context_keys(analysis.context, resolver.settings)
        mine = [results[k] for k in sorted(keys) if k in results and k[0] != "archive"]
        if config is not None and config.accept_status:
            mine = [_accepted(r, config.accept_status) for r in mine]
        context = with_resolutions(analysis.context, mine)
        resolved.append(replace(analysis, context=context))
    return resolved


def _accepted(resolution: Resolution, accept: frozenset[int]) -> Resolution:
    """A URL whose HTTP status the configuration accepts is ok (no broken or archived copy)."""
    if resolution.kind != "url" or resolution.http_status not in accept:
        return resolution
    if resolution.status not in {ResolutionStatus.BROKEN, ResolutionStatus.UNVERIFIABLE}:
        return resolution
    return replace(resolution, status=ResolutionStatus.OK, archived_url=None, archived_at=None)


def check_text(
    text: str,
    path: str = "<text>",
    bibliography: Sequence[Reference] = (),
    rules: Sequence[Rule] | None = None,
    resolver: Resolver | None = None,
    config: Config | None = None,
) -> DocumentReport:
    """Check a manuscript given as a string (plain text, read like a ``.txt`` file)."""
    document = document_from_text(text, path=path)
    if resolver is None and config is None:
        return check_document(document, bibliography, rules)
    analyses = _resolve([analyse_document(document, bibliography)], resolver, config)
    return report_document(analyses[0], rules, config)

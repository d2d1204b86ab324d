"""Walk files and folders; for each document read, the DOIs and URLs it cites and where.

Why a generator of small values: an archive holds thousands of documents, so a document is read,
analysed exactly as ``refcheck check`` does (its reference list, its body URLs, Word hyperlinks,
its own ``.bib``) and reduced to its targets before the next one is read; nothing holds the
Documents. Targets are keyed the way the resolver keys them (normalised DOI, URL as fetched), so
the resolver's cache is shared with ``refcheck check``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from refcheck.errors import RefcheckError

Warn = Callable[[str], None]

DOI_HOST = "doi.org"
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class Occurrence:
    """One DOI or URL at one line of a document; ``stamp`` is when to look for a snapshot."""

    kind: str  # "doi" or "url"
    target: str
    line: int  # 1-based; 0 when the entry came from a file without positions
    stamp: str | None = None


@dataclass(frozen=True)
class DocumentTargets:
    path: str
    occurrences: tuple[Occurrence, ...]


def host_of(kind: str, target: str) -> str:
    if kind == "doi":
        return DOI_HOST
    return (urlsplit(target).hostname or "").lower()


def suffixes() -> frozenset[str]:
    """The suffixes of every format refcheck reads (folders are walked for these only)."""
    from refcheck.ingest import READERS

    return frozenset(suffix for reader in READERS for suffix in reader.suffixes)


def walk(paths: Sequence[str], skip: Iterable[Path] = ()) -> Iterator[str]:
    """Every file named, and every readable-format file under every folder named, in sorted
    order, each once; hidden folders (``.git``) are not entered. A path that does not exist is
    still yielded, so reading it reports it."""
    wanted = suffixes()
    skipped = {p.resolve() for p in skip}
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or Path(name).suffix.lower() not in wanted:
                        continue
                    path = os.path.join(root, name)
                    if path not in seen and Path(path).resolve() not in skipped:
                        seen.add(path)
                        yield path
        elif given not in seen:
            seen.add(given)
            yield given


def private_target(url: str) -> str | None:
    """A loopback or private http(s) URL as fetched (``--allow-private-addresses``: tests and
    benchmarks); such links are otherwise ``local-url`` findings and never fetched."""
    from urllib.parse import urlunsplit

    from refcheck.identifiers import is_doi_url

    url = url.strip()
    if is_doi_url(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def document_targets(path: str, allow_private: bool = False) -> DocumentTargets:
    """Read one document and list its targets (raises RefcheckError when it cannot be read).

    Why two paths: the full analysis parses every entry's fields (a learned labeller, ~3 ms an
    entry), which a link-rot run over thousands of documents does not need; the entries' DOIs
    and URLs are found in their text by the same functions the field parser uses. LaTeX and
    documents with their own bibliography file take the full path (their entries come from
    pybtex and only cited ones count)."""
    from refcheck.ingest import read_document
    from refcheck.ingest.docbib import document_bibliography

    doc = read_document(path)
    own = document_bibliography(doc, ()) if doc.format in {"latex", "markdown"} else None
    if doc.format == "latex" or (own is not None and own.references):
        found = _analysed(doc, own.references if own else (), own.notes if own else ())
    else:
        found = _scanned(doc)
    occurrences: list[Occurrence] = []
    for written, line, stamp in found:
        target = url_of(written, allow_private)
        if target:
            occurrences.append(Occurrence("url", target, line, stamp))
            continue
        from refcheck.resolve.targets import normalize_doi

        doi = normalize_doi(written)
        if doi:
            occurrences.append(Occurrence("doi", doi, line))
    unique = sorted(set(occurrences), key=lambda o: (o.line, o.kind, o.target, o.stamp or ""))
    return DocumentTargets(path, tuple(unique))


Written = tuple[str, int, "str | None"]  # (a DOI or URL as written, line, snapshot moment)


def url_of(written: str, allow_private: bool) -> str | None:
    from refcheck.resolve.targets import url_target

    found = url_target(written)
    if found is None and allow_private:
        return private_target(written)
    return found


def _scanned(doc: Any) -> list[Written]:
    """The entries' and the body's DOIs and URLs, found in their text."""
    from refcheck.citations import extract_body_urls
    from refcheck.identifiers import find_doi, find_urls
    from refcheck.ingest.docx import Hyperlink
    from refcheck.pipeline import add_hyperlinks, body_ranges
    from refcheck.references import find_reference_section, split_references
    from refcheck.resolve.targets import parse_access_date

    section = find_reference_section(doc)
    ranges = body_ranges(doc, section)
    hyperlinks = tuple(a for a in doc.annotations if isinstance(a, Hyperlink))
    found: list[Written] = []
    if section is not None:
        for start, end in split_references(doc, section):
            raw = doc.source[start:end]
            line = doc.position(start)[0]
            when = parse_access_date(raw)
            year = _YEAR.search(raw)
            stamp = when.strftime("%Y%m%d") if when else f"{year[1]}0701" if year else None
            doi = find_doi(raw)
            if doi is not None:
                found.append((doi.doi, line, None))
            found.extend((url, line, stamp) for url, _, _ in find_urls(raw))
        for link in hyperlinks:  # a linked title in the list
            if not any(lo <= link.span.start < hi for lo, hi in ranges):
                found.append((link.url, link.span.line, None))
    for body_url in add_hyperlinks(extract_body_urls(doc, ranges), hyperlinks, ranges):
        found.append((body_url.url, body_url.span.line, None))
    return found


def _analysed(doc: Any, bibliography: Sequence[Any], notes: Sequence[Any]) -> list[Written]:
    """What ``refcheck check`` would resolve: the checked entries and the body's links."""
    from refcheck.pipeline import analyse_document
    from refcheck.resolve.targets import archive_timestamp, reference_doi, reference_urls

    context = analyse_document(doc, bibliography, notes).context
    found: list[Written] = []
    for reference in context.checked_references():
        line = reference.span.line if reference.span and reference.origin == "manuscript" else 0
        doi = reference_doi(reference)
        if doi:
            found.append((doi, line, None))
        stamp = archive_timestamp(reference)
        found.extend((written, line, stamp) for written in reference_urls(reference))
    found.extend((body.url, body.span.line, None) for body in context.body_urls)
    return found


def collect(
    paths: Iterable[str], warn: Warn, allow_private: bool = False
) -> Iterator[DocumentTargets]:
    """Each readable document's targets; an unreadable one is one warning line, not a stop."""
    for path in paths:
        try:
            yield document_targets(path, allow_private)
        except RefcheckError as error:
            warn(f"skipped {error}")
        except RecursionError:
            warn(f"skipped {path}: too deeply nested to read")
        except Exception as error:  # a reader's bug must not sink a night's run
            warn(f"skipped {path}: cannot be read ({type(error).__name__}: {error})")

"""The bibliography files a manuscript names itself: read them, keep good entries, report errors.

A LaTeX manuscript names its ``.bib`` files (``\\bibliography{a,b}``, ``\\addbibresource{x.bib}``)
and a pandoc Markdown one names them in its YAML front matter (``bibliography: refs.bib`` or a
list); ``refcheck.keycites.bibliography_paths`` says which, resolved against the manuscript's
directory. ``document_bibliography`` reads them and puts their entries before the ``--bib``
ones, ids b1..bN; a ``--bib`` file that is also one of these is read once, as the manuscript's.

Because these entries are the manuscript's own bibliography, ``uncited-reference`` reports
those it never cites (as for a reference list in the text), unless ``\\nocite{*}``; a ``--bib``
file stays a shared bibliography whose other entries are nobody's business. The rule knows
them by ``Reference.origin``, which is the path ``bibliography_paths`` gives.

Formats, by suffix and else by content: BibTeX/biblatex (``.bib``, read leniently: a syntax error
is a ``bibliography-syntax`` finding at its line and the other entries are kept), CSL-JSON
(``.json``, with the standard library), CSL-YAML (``.yaml``/``.yml``, read with PyYAML's safe
loader when it is installed, aliases bounded; without PyYAML the file is a one-line error asking
for it or for CSL-JSON; a file that is not valid YAML is a one-line error with its line, since
nothing of it can be read), and otherwise a plain-text reference list. A named file that does not exist
is a one-line ``InputError``, unless the manuscript reads a ``thebibliography`` from its ``.bbl``
(arXiv sources ship the ``.bbl`` without the ``.bib``).
"""

from __future__ import annotations

import importlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from refcheck.errors import InputError
from refcheck.ingest.csl import CSL_KINDS, csl_date, csl_names, csl_text, csl_year
from refcheck.ingest.decode import decode, sniff_binary
from refcheck.keycites import bibliography_paths
from refcheck.model import Document, Finding, Reference, Span

CSL_JSON_SUFFIXES = (".json",)
CSL_YAML_SUFFIXES = (".yaml", ".yml")
_ERROR_LINE = re.compile(r"^(?P<origin>.*?):(?P<line>\d+): (?P<message>.*)$", re.DOTALL)


@dataclass(frozen=True)
class DocumentBibliography:
    """What a manuscript is checked against: its own files' entries then the ``--bib`` ones."""

    references: tuple[Reference, ...]
    notes: tuple[Finding, ...] = ()  # problems in the manuscript's own files, as findings
    paths: tuple[str, ...] = ()  # the manuscript's own files that were read


def document_bibliography(
    doc: Document,
    shared: Sequence[Reference] = (),
) -> DocumentBibliography:
    """The entries to check ``doc`` against; reads the files ``doc`` names (this is I/O).

    Raises ``InputError`` when a named file is missing or unreadable.
    """
    paths = bibliography_paths(doc)
    if not paths:
        return DocumentBibliography(tuple(shared))
    has_bbl = any(r.kind.startswith("file:") and r.kind.endswith(".bbl") for r in doc.regions)
    own: list[Reference] = []
    notes: list[Finding] = []
    read: list[str] = []
    for path in paths:
        if not os.path.isfile(path):
            if has_bbl:
                continue
            raise InputError(f"{path}: no such file (the bibliography {doc.path} names)")
        references, found = load_file(path)
        own.extend(references)
        notes.extend(found)
        read.append(path)
    mine = {os.path.realpath(path) for path in read}
    real: dict[str, str] = {}
    kept = [
        r
        for r in shared
        if real.setdefault(r.origin, os.path.realpath(r.origin)) not in mine
        or r.origin == "manuscript"
    ]
    entries = tuple(replace(r, id=f"b{n}") for n, r in enumerate([*own, *kept], start=1))
    return DocumentBibliography(entries, tuple(notes), tuple(read))


def load_file(path: str) -> tuple[tuple[Reference, ...], tuple[Finding, ...]]:
    """Entries of one bibliography file and its problems as findings; InputError if it cannot
    be read at all."""
    from refcheck.ingest import read_bytes

    data = read_bytes(path)
    kind = sniff_binary(data)
    if kind is not None:
        raise InputError(f"{path}: looks like a binary file ({kind}), not a bibliography")
    text, _ = decode(data, path)
    return parse_file(text, path)


def parse_file(text: str, path: str) -> tuple[tuple[Reference, ...], tuple[Finding, ...]]:
    """Entries and findings of a bibliography already in memory; the format by suffix, else by
    content (no I/O)."""
    from refcheck.ingest.bibliography import is_bibtex, parse_bibliography

    suffix = Path(path).suffix.lower()
    stripped = text.lstrip("\ufeff \t\r\n")
    if suffix in CSL_YAML_SUFFIXES:
        return parse_csl_yaml(text, path)
    if suffix in CSL_JSON_SUFFIXES or (not is_bibtex(path, text) and stripped[:1] in "[{"):
        return parse_csl_json(text, path)
    bibliography = parse_bibliography(text, path, "bibtex" if is_bibtex(path, text) else "text")
    located = Document(path, "bibtex", text)
    notes = tuple(_error_finding(error, located) for error in bibliography.errors)
    return bibliography.references, notes


def _error_finding(error: str, located: Document) -> Finding:
    """A ``bibliography-syntax`` finding from ``"refs.bib:12: syntax error: ..."``."""
    from refcheck.rules.key_rules import bibliography_syntax_finding

    found = _ERROR_LINE.match(error)
    if found is None or not found.group("origin").endswith(located.path):
        return bibliography_syntax_finding(error, None, located.path)
    return bibliography_syntax_finding(
        found.group("message"), _line_span(located, int(found.group("line"))), located.path
    )


def _line_span(located: Document, line: int) -> Span:
    source = located.source
    start = 0
    for _ in range(max(0, line - 1)):
        newline = source.find("\n", start)
        if newline < 0:
            break
        start = newline + 1
    end = source.find("\n", start)
    end = len(source) if end < 0 else end
    return located.span(start, len(source[start:end].rstrip()) + start)


# -- CSL ---------------------------------------------------------------------------------------


def parse_csl_json(text: str, path: str) -> tuple[tuple[Reference, ...], tuple[Finding, ...]]:
    """CSL-JSON (a list of items, or an object with ``items``/``references``)."""
    from refcheck.rules.key_rules import bibliography_syntax_finding

    located = Document(path, "csl-json", text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return (), (
            bibliography_syntax_finding(
                f"not valid JSON: {error.msg}", _line_span(located, error.lineno), path
            ),
        )
    except (ValueError, RecursionError) as error:
        return (), (bibliography_syntax_finding(f"not valid JSON: {error}", None, path),)
    return _csl_items(data, located)


MAX_YAML_NODES = 1_000_000
"""Most YAML nodes a CSL-YAML file may expand to through its aliases (``*name``): a file of
20,000 items has about 600,000; a "billion laughs" file of a few lines has 10^9."""


def parse_csl_yaml(text: str, path: str) -> tuple[tuple[Reference, ...], tuple[Finding, ...]]:
    """CSL-YAML through PyYAML's safe loader (optional); without it, an InputError saying so.

    Nothing can be read from a file that is not valid YAML, or whose aliases expand beyond
    ``MAX_YAML_NODES`` nodes or refer to themselves, so each is an ``InputError`` naming the
    file (and the line of the error), not a finding. The expansion is measured on the composed
    node graph before any Python object is built, so a YAML bomb costs time linear in its size.
    """
    try:
        yaml: Any = importlib.import_module("yaml")  # optional, untyped: imported by name
    except ImportError:
        raise InputError(
            f"{path}: reading CSL-YAML needs PyYAML (pip install pyyaml); "
            "or convert it to CSL-JSON or BibTeX"
        ) from None
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_expansion(node, yaml, path)
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(f"{path}{where}: not valid YAML: {problem}") from None
    except (ValueError, RecursionError) as error:
        raise InputError(f"{path}: not valid YAML: {error}") from None
    finally:
        loader.dispose()
    located = Document(path, "csl-yaml", text)
    return _csl_items(data, located)


def _check_expansion(root: Any, yaml: Any, path: str) -> None:
    """InputError if the YAML node graph (aliases shared) expands to more than
    ``MAX_YAML_NODES`` nodes or holds a cycle; memoised, so linear in the graph's size."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        children = (
            [part for pair in node.value for part in pair]
            if isinstance(node, yaml.MappingNode)
            else list(node.value)
        )
        if done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            if sizes[key] > MAX_YAML_NODES:
                raise InputError(
                    f"{path}:{node.start_mark.line + 1}: YAML aliases expand to more than "
                    f"{MAX_YAML_NODES:,} nodes (a YAML bomb?); refused"
                )
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise InputError(
                f"{path}:{node.start_mark.line + 1}: a YAML alias refers to itself; refused"
            )
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)


def _csl_items(data: Any, located: Document) -> tuple[tuple[Reference, ...], tuple[Finding, ...]]:
    from refcheck.rules.key_rules import bibliography_syntax_finding

    path = located.path
    if isinstance(data, Mapping):
        data = data.get("references", data.get("items"))
    if not isinstance(data, list):
        message = "not a CSL bibliography (expected a list of items)"
        return (), (bibliography_syntax_finding(message, None, path),)
    references: list[Reference] = []
    notes: list[Finding] = []
    spans = _id_spans(located)
    for number, item in enumerate(data, start=1):
        if not isinstance(item, Mapping) or not str(item.get("id") or "").strip():
            notes.append(bibliography_syntax_finding(f"item {number} has no id", None, path))
            continue
        try:
            references.append(_csl_reference(item, len(references) + 1, path, spans))
        except (TypeError, ValueError, AttributeError) as error:  # odd types inside an item
            notes.append(
                bibliography_syntax_finding(
                    f"item {item.get('id')} is malformed: {error}", None, path
                )
            )
    return tuple(references), tuple(notes)


def _csl_reference(
    item: Mapping[str, Any], number: int, path: str, spans: Mapping[str, Span]
) -> Reference:
    from refcheck.identifiers import find_doi
    from refcheck.ingest.bibtex import render_raw

    key = str(item["id"]).strip()
    authors, corporate = csl_names(item.get("author"))
    editors = not authors
    if editors:
        authors, corporate = csl_names(item.get("editor"))
    doi = doi_raw = None
    if csl_text(item.get("DOI")):
        found = find_doi(str(item["DOI"]).strip())
        if found is not None:
            doi, doi_raw = found.doi, (found.raw if found.malformed else None)
        else:
            doi_raw = csl_text(item.get("DOI"))
    url = csl_text(item.get("URL"))
    kind = CSL_KINDS.get(str(item.get("type") or ""))
    reference = Reference(
        id=f"b{number}",
        raw="",
        span=spans.get(key),
        authors=authors,
        corporate=corporate,
        editors=editors and bool(authors),
        year=csl_year(item.get("issued")),
        title=csl_text(item.get("title")),
        container=csl_text(item.get("container-title")),
        volume=csl_text(item.get("volume")),
        issue=csl_text(item.get("issue")),
        pages=csl_text(item.get("page")),
        publisher=csl_text(item.get("publisher")),
        doi=doi,
        doi_raw=doi_raw,
        url=url,
        urls=(url,) if url else (),
        accessed=csl_date(item.get("accessed")),
        kind=kind,
        key=key,
        origin=path,
    )
    return replace(reference, raw=render_raw(reference))


_ID = re.compile(
    r"""(?:^|[{,\s-])["']?id["']?[ \t]*+:[ \t]*+(?:"((?:[^"\\\n]|\\.)*+)"|'([^'\n]*+)'|([^\s,}'"][^\s,}]*+))"""
)


def _id_spans(located: Document) -> dict[str, Span]:
    """Where each item's ``id`` is written (JSON ``"id": "key"`` or YAML ``id: key``): one scan
    of the file, the first occurrence of each key."""
    spans: dict[str, Span] = {}
    for found in _ID.finditer(located.source):
        group = next(g for g in (1, 2, 3) if found.group(g) is not None)
        value = found.group(group)
        if group == 1 and "\\" in value:
            try:
                value = json.loads(f'"{value}"')
            except ValueError:
                continue
        if value not in spans:
            spans[value] = located.span(found.start(group), found.end(group))
    return spans


__all__ = [
    "DocumentBibliography",
    "document_bibliography",
    "load_file",
    "parse_csl_json",
    "parse_csl_yaml",
    "parse_file",
]

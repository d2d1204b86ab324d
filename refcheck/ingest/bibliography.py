"""Bibliography files given with ``--bib``: BibTeX/biblatex, or a plain-text reference list.

``load_bibliography`` reads what it can and reports problems beside the entries (a ``.bib`` with
one broken entry still yields the others, with the broken entry's line). ``read_bibliography`` is
the strict form the CLI uses today: any error is an ``InputError`` with one line, because
checking a manuscript against a silently shortened bibliography would report false
``missing-reference`` findings.

BibTeX is chosen by suffix (``.bib``, ``.bibtex``) or, for any other suffix, when the text starts
with an ``@type{`` entry; CSL-YAML by suffix (``.yaml``, ``.yml``) and CSL-JSON by suffix
(``.json``) or a text starting with ``{`` or ``[{``, both read as ``refcheck.ingest.docbib`` reads
the files a pandoc manuscript names; everything else is a plain-text list parsed like a
manuscript's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from refcheck.errors import InputError
from refcheck.ingest import read_bytes
from refcheck.ingest.bibtex import parse_bibtex
from refcheck.ingest.decode import decode, sniff_binary
from refcheck.model import Reference
from refcheck.references import parse_reference_list

BIBTEX_SUFFIXES = (".bib", ".bibtex")
_BIBTEX_START = re.compile(r"(?:\s++|%[^\n]*+\n?)*+@[A-Za-z]++[ \t]*+[{(]")
# A JSON object or a list of objects; not "[1] Smith, J. ...", a numbered plain-text list.
_CSL_JSON_START = re.compile(r"\ufeff?\s*+(?:\{|\[\s*+\{)")


@dataclass(frozen=True, slots=True)
class Bibliography:
    """One bibliography file as read: entries plus one-line problems ("refs.bib:12: ...")."""

    path: str
    format: str  # "bibtex", "csl-json", "csl-yaml" or "text"
    references: tuple[Reference, ...]
    errors: tuple[str, ...] = ()  # the entries they concern are left out
    warnings: tuple[str, ...] = ()  # duplicate keys or fields, undefined macros: entries kept


def is_bibtex(path: str | Path, text: str) -> bool:
    """BibTeX by suffix, or by content when the suffix says nothing."""
    return Path(path).suffix.lower() in BIBTEX_SUFFIXES or bool(_BIBTEX_START.match(text))


def parse_bibliography(text: str, origin: str, format: str | None = None) -> Bibliography:
    """Entries of a bibliography already in memory; ``format`` "bibtex"/"text" or sniffed."""
    bibtex = format == "bibtex" if format else bool(_BIBTEX_START.match(text))
    if bibtex:
        parsed = parse_bibtex(text, origin)
        return Bibliography(origin, "bibtex", parsed.references, parsed.errors, parsed.warnings)
    return Bibliography(origin, "text", parse_reference_list(text, origin))


def load_bibliography(path: str | Path) -> Bibliography:
    """Read a bibliography file, keeping good entries; InputError only if it cannot be read."""
    name = str(path)
    data = read_bytes(name)
    kind = sniff_binary(data)
    if kind is not None:
        raise InputError(
            f"{name}: looks like a binary file ({kind}); a bibliography must be BibTeX (.bib) "
            "or a plain-text reference list"
        )
    text, _ = decode(data, name)
    if not text or text.isspace():
        raise InputError(f"{name}: is empty (only whitespace)")
    csl = _csl_format(name, text)
    if csl is not None:
        return _parse_csl(text, name, csl)
    return parse_bibliography(text, name, "bibtex" if is_bibtex(name, text) else "text")


def _csl_format(path: str, text: str) -> str | None:
    from refcheck.ingest.docbib import CSL_JSON_SUFFIXES, CSL_YAML_SUFFIXES

    suffix = Path(path).suffix.lower()
    if suffix in CSL_YAML_SUFFIXES:
        return "csl-yaml"
    if suffix in CSL_JSON_SUFFIXES:
        return "csl-json"
    if not is_bibtex(path, text) and _CSL_JSON_START.match(text):
        return "csl-json"
    return None


def _parse_csl(text: str, path: str, format: str) -> Bibliography:
    """A CSL file's entries; its problems (findings there) become ``path:line: message``."""
    from refcheck.ingest.docbib import parse_csl_json, parse_csl_yaml

    parse = parse_csl_yaml if format == "csl-yaml" else parse_csl_json
    references, notes = parse(text, path)
    errors = tuple(
        f"{path}:{note.span.line}: {note.message}" if note.span else f"{path}: {note.message}"
        for note in notes
    )
    return Bibliography(path, format, references, errors)


def read_bibliography(path: str | Path) -> tuple[Reference, ...]:
    """Entries of a ``--bib`` file; ``InputError`` (one line) on any error or if it has none."""
    bibliography = load_bibliography(path)
    if bibliography.errors:
        more = len(bibliography.errors) - 1
        suffix = f" (and {more} more error{'s' if more > 1 else ''})" if more else ""
        raise InputError(bibliography.errors[0] + suffix)
    if not bibliography.references:
        what = {"bibtex": "BibTeX entries", "text": "references"}.get(
            bibliography.format, "CSL items"
        )
        raise InputError(f"{bibliography.path}: no {what} found")
    return bibliography.references

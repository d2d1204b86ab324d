"""Author-date citations run into prose without brackets, for the list's own works only: "See
also Ortiz 2019 and Ruiz 2020 for reviews", "as documented in Lee and Park 2016".

The citation scanner reads a name and a year without brackets only in shapes that cannot be
anything else ("Turro et al., 2006", "Haas and Pitot, 1999"): a lone "Paris 2009" or "Windows
2010" is prose. Here a name and year are read where they are an entry's first author (and its
second, or "et al.") and its year exactly, after a word of prose in lower case ("see", "in",
"and"), so a heading or a sentence that opens with a name is left alone.

Why: without them such works were reported uncited although the text cites them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refcheck.model import Citation, Document, Reference

# what may stand before: a word of prose in lower case, or a comma or semicolon
_BEFORE = re.compile(r"(?:[a-z][a-z.]|[a-z][,;]|\s[,;])\s\Z")
_AFTER = r"(?![\w'’/–-]|\.\d)"


def extract_bare_citations(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    citations: Sequence[Citation],
    references: Sequence[Reference],
) -> tuple[Citation, ...]:
    """The body's bracketless citations of listed works, in offset order; each is a group of
    its own. Ids are left for the caller to number."""
    patterns = {p: r for r in references if (p := _pattern(r)) is not None}
    if not patterns:
        return ()
    taken = [(c.span.start, c.span.end) for c in citations]
    source = doc.source
    found: list[tuple[int, int, Reference]] = []
    for pattern, reference in sorted(patterns.items()):
        compiled = re.compile(pattern)
        for lo, hi in ranges:
            for match in compiled.finditer(source, lo, hi):
                start, end = match.span()
                if not _BEFORE.search(source, max(0, start - 3), start) or any(
                    s < end and start < e for s, e in taken
                ):
                    continue
                taken.append((start, end))
                found.append((start, end, reference))
    found.sort(key=lambda item: item[:2])
    return tuple(
        Citation(
            id="",
            kind="author-date",
            text=source[start:end],
            span=doc.span(start, end),
            authors=_cited_names(reference),
            year=reference.year,
            narrative=True,
            et_al=len(_cited_names(reference)) == 1 and len(reference.authors) > 1,
            group=number,
        )
        for number, (start, end, reference) in enumerate(found, 1)
    )


def _cited_names(reference: Reference) -> tuple[str, ...]:
    """The names a citation prints: one, two, or the first before "et al."."""
    families = tuple(person.family for person in reference.authors)
    return families if len(families) == 2 and not reference.et_al else families[:1]


def _pattern(reference: Reference) -> str | None:
    """The pattern of the bracketless citation of ``reference``, or None."""
    if not reference.authors or not reference.year or reference.corporate:
        return None
    year = reference.year
    if not re.fullmatch(r"(?:1[5-9]|20)\d\d[a-z]?", year):
        return None
    first = re.escape(reference.authors[0].family)
    if len(reference.authors) == 1 and not reference.et_al:
        names = first
    elif len(reference.authors) == 2 and not reference.et_al:
        names = rf"{first}\s+(?:and|&)\s+{re.escape(reference.authors[1].family)}"
    else:
        names = rf"{first}\s+et\s+al\.?"
    return rf"{names},?\s+{year}{_AFTER}"

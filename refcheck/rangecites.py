"""Citations of works published over several years, by their range: "(Freud, 1953–1974)",
"Dickens (1836–37)", for entries that print the same range ("Freud, S. (1953–1974). The
standard edition …").

The citation scanner reads no year range, because a range in brackets is far more often a span
of dates than a citation ("(GMEP, 1955–1969)", "(2009–2011)"). Here a range is read only after
the family name of an entry that prints that range itself, so nothing else is.

Why: without them such entries were reported uncited although the text cites them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refcheck.model import Citation, Document, Reference

_YEAR = r"(?:1[5-9]|20)\d\d"
# an entry's range, in its first characters: "(1953–1974)", "1836-37."
_ENTRY_RANGE = re.compile(rf"(?<!\d)({_YEAR})\s*[–-]\s*({_YEAR}|\d\d)(?!\d)")
_HEAD = 200  # an entry's date stands within its first characters
_NAME_END = r"(?![\w'’-])"
# what may follow the family name before the range: "et al.", a second name, then the comma of
# a parenthetical citation or the bracket of a narrative one
_BETWEEN = r"(?P<etal>\s+et\s+al\.?)?(?:\s+(?:and|&)\s+(?P<second>[\w'’-]+))?(?P<sep>,\s*|\s+\(\s*)"


def extract_range_citations(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    citations: Sequence[Citation],
    references: Sequence[Reference],
) -> tuple[Citation, ...]:
    """The body's citations by year range of the entries that print one, in offset order;
    each is a group of its own. Ids are left for the caller to number."""
    patterns = sorted({p for r in references if (p := _pattern(r)) is not None})
    if not patterns:
        return ()
    taken = [(c.span.start, c.span.end) for c in citations]
    source = doc.source
    found: list[tuple[int, int, re.Match[str]]] = []
    for pattern in patterns:
        cite = re.compile(pattern)
        for lo, hi in ranges:
            for match in cite.finditer(source, lo, hi):
                start, end = match.start(), match.end()
                if "(" in match.group("sep") and source.startswith(")", end):
                    end += 1
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                found.append((start, end, match))
    found.sort(key=lambda item: item[:2])
    return tuple(
        Citation(
            id="",
            kind="author-date",
            text=source[start:end],
            span=doc.span(start, end),
            authors=tuple(name for name in match.group("first", "second") if name),
            year=" ".join(match.group("years").split()),
            narrative="(" in match.group("sep"),
            et_al=match.group("etal") is not None,
            group=number,
        )
        for number, (start, end, match) in enumerate(found, 1)
    )


def _pattern(reference: Reference) -> str | None:
    """The pattern of the citations of ``reference`` by its range, if it prints one."""
    if not reference.authors or not reference.year or reference.corporate:
        return None
    printed = _ENTRY_RANGE.search(reference.raw, 0, _HEAD)
    if printed is None or printed.group(1) != reference.year[:4]:
        return None
    first, last = printed.groups()
    ends = sorted({last, last[-2:], first[:2] + last[-2:]}, key=len, reverse=True)
    family = re.escape(reference.authors[0].family)
    return (
        rf"(?<![\w'’-])(?P<first>{family}){_NAME_END}{_BETWEEN}"
        rf"(?P<years>{first}\s*[–-]\s*(?:{'|'.join(ends)})(?!\d))"
    )

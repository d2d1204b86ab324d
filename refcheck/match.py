"""Link citations to reference entries.

Author-date citations go through stages, each stricter than the next is lenient, and stop at the
first that decides: exact surname + year; accent/case-folded (and particle-stripped) surname + year;
same surname with another year (``year``); a near-miss surname in the same year (``fuzzy``, scored
with rapidfuzz's Jaro-Winkler under explicit cutoffs). Candidates are always looked up in dict
blocks (by folded surname, by year), never by scanning every citation x entry pair, so linking stays
linear in practice on documents with thousands of entries.

Numeric citations link through the entries' printed labels (or, for a list printed without
numbers, its order): one dict lookup per number, so a callout ``[1–3, 5]`` links to four entries.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler, Levenshtein

from refcheck.model import Citation, Link, Reference
from refcheck.textnorm import fold, name_key, strip_particles

# Jaro-Winkler similarity (0-100) at or above which a surname is a near miss of another.
# Measured on the seeds' misspellings (Frier/Freire 90.2, Kisileva/Kiseleva 90.8) against distinct
# names that must stay apart (Wang/Wong 85.0, Zhang/Zhao 84.8, Kim/Kin 82.2).
FUZZY_CUTOFF = 88.0
# Short names are too easily similar: at most this many edits for a surname of <= 4 letters.
SHORT_NAME_MAX_EDITS = 1
# The best fuzzy candidate must beat the runner-up by this much, else the citation is ambiguous.
FUZZY_MARGIN = 2.0

_YEAR = re.compile(r"(\d{4})([a-z]?)")


@dataclass(frozen=True, slots=True)
class YearKey:
    """A year split into its number and its disambiguation letter ("2013a" -> 2013, "a")."""

    base: str  # "2013", "n.d." or ""
    suffix: str  # "a" or ""

    @classmethod
    def of(cls, year: str | None) -> YearKey:
        if not year:
            return cls("", "")
        match = _YEAR.match(year)
        if match:
            return cls(match.group(1), match.group(2))
        return cls("n.d." if "n" in year.lower() else year.lower(), "")

    def fits(self, entry: YearKey) -> bool:
        """Does a cited year fit an entry's year? A suffix on one side only still fits."""
        if self.base != entry.base:
            return False
        return not self.suffix or not entry.suffix or self.suffix == entry.suffix


def surname_keys(name: str) -> tuple[str, ...]:
    """Keys a surname may be known by: with and without leading particles ("van Herpen")."""
    full = name_key(name)
    bare = name_key(strip_particles(name))
    return (full,) if bare == full else (full, bare)


def _first_key(reference: Reference) -> str:
    return name_key(reference.authors[0].family) if reference.authors else ""


class _Index:
    """Blocks of reference positions by surname key and by year."""

    def __init__(self, references: Sequence[Reference]) -> None:
        self.references = references
        self.years = [YearKey.of(r.year) for r in references]
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.by_year: dict[str, list[int]] = defaultdict(list)
        for position, reference in enumerate(references):
            if reference.authors:
                for key in surname_keys(reference.authors[0].family):
                    self.by_name[key].append(position)
            self.by_year[self.years[position].base].append(position)

    def named(self, surname: str) -> list[int]:
        seen: dict[int, None] = {}
        for key in surname_keys(surname):
            for position in self.by_name.get(key, ()):
                seen[position] = None
        return list(seen)


def _narrow(citation: Citation, candidates: list[int], index: _Index) -> list[int]:
    """Prefer candidates whose exact suffix, second author and author count fit the citation."""
    year = YearKey.of(citation.year)
    if len(candidates) > 1 and year.suffix:
        exact = [p for p in candidates if index.years[p].suffix == year.suffix]
        candidates = exact or candidates
    if len(candidates) > 1 and len(citation.authors) > 1:
        second = name_key(citation.authors[1])
        with_second = [
            p
            for p in candidates
            if len(index.references[p].authors) > 1
            and name_key(index.references[p].authors[1].family) == second
        ]
        candidates = with_second or candidates
    if len(candidates) > 1:
        wanted = 3 if citation.et_al else len(citation.authors)
        by_count = [
            p
            for p in candidates
            if (len(index.references[p].authors) >= 3) == (wanted >= 3)
            and (wanted >= 3 or len(index.references[p].authors) == wanted)
        ]
        candidates = by_count or candidates
    return candidates


def _exact(citation: Citation, index: _Index) -> tuple[list[int], str]:
    surname = citation.authors[0]
    year = YearKey.of(citation.year)
    named = index.named(surname)
    same_year = [p for p in named if year.fits(index.years[p])]
    exact = [p for p in same_year if index.references[p].authors[0].family == surname]
    if exact:
        return exact, "exact"
    return same_year, "folded"


def _similarity(left: str, right: str) -> float:
    if min(len(left), len(right)) <= 4 and Levenshtein.distance(left, right) > SHORT_NAME_MAX_EDITS:
        return 0.0
    return float(JaroWinkler.normalized_similarity(left, right) * 100.0)


def _fuzzy(citation: Citation, index: _Index) -> tuple[list[int], float]:
    """Near-miss surnames among the entries of the cited year."""
    year = YearKey.of(citation.year)
    cited = name_key(strip_particles(citation.authors[0]))
    scored: list[tuple[float, int]] = []
    for position in index.by_year.get(year.base, ()):
        reference = index.references[position]
        if not reference.authors or reference.corporate or not year.fits(index.years[position]):
            continue
        listed = name_key(strip_particles(reference.authors[0].family))
        score = max(_similarity(cited, listed), _similarity(name_key(citation.authors[0]), listed))
        if score >= FUZZY_CUTOFF:
            scored.append((score, position))
    if not scored:
        return [], 0.0
    scored.sort(key=lambda item: (-item[0], item[1]))
    best = scored[0][0]
    close = [p for s, p in scored if best - s < FUZZY_MARGIN]
    return close, best


def _corporate(citation: Citation, index: _Index) -> list[int]:
    """A yearless citation naming an organisation: match the folded name of corporate entries."""
    wanted = fold(" ".join(citation.authors))
    return [
        p
        for p, reference in enumerate(index.references)
        if reference.corporate and reference.authors and fold(reference.authors[0].family) == wanted
    ]


def _collapse(candidates: list[int], duplicates: dict[int, int]) -> list[int]:
    """Entries that are duplicates of one another count as one candidate (the first listed)."""
    seen: dict[int, None] = {}
    for position in candidates:
        seen[duplicates.get(position, position)] = None
    return list(seen)


def _link_author_date(
    citation: Citation, index: _Index, duplicates: dict[int, int]
) -> tuple[list[int], str, float]:
    if not citation.authors:
        return [], "none", 0.0
    if citation.year is None:
        corporate = _collapse(_corporate(citation, index), duplicates)
        if corporate:
            return corporate, ("exact" if len(corporate) == 1 else "ambiguous"), 100.0
        named = _collapse(index.named(citation.authors[0]), duplicates)
        return named, ("year" if len(named) == 1 else "none"), 100.0
    candidates, how = _exact(citation, index)
    candidates = _collapse(_narrow(citation, candidates, index), duplicates)
    if len(candidates) == 1:
        return candidates, how, 100.0
    if len(candidates) > 1:
        return candidates, "ambiguous", 100.0
    fuzzy, score = _fuzzy(citation, index)
    fuzzy = _collapse(_narrow(citation, fuzzy, index), duplicates)
    if len(fuzzy) == 1:
        return fuzzy, "fuzzy", score
    if len(fuzzy) > 1:
        return fuzzy, "ambiguous", score
    other_years = _collapse(index.named(citation.authors[0]), duplicates)
    if other_years:
        return other_years, "year", 100.0
    return [], "none", 0.0


def _resolve_year_links(decided: list[tuple[list[int], str, float]]) -> None:
    """A wrong year is only a year-mismatch when one entry is surely meant: among the author's
    entries, keep those no other citation links to; if exactly one remains, that is the one."""
    claimed = {p for positions, status, _ in decided if status != "year" for p in positions}
    for number, (positions, status, score) in enumerate(decided):
        if status != "year" or len(positions) <= 1:
            continue
        free = [p for p in positions if p not in claimed]
        if len(free) == 1:
            decided[number] = (free, "year", score)
        else:
            decided[number] = ([], "none", 0.0)


def numeric_labels(references: Sequence[Reference]) -> dict[str, int]:
    """Printed number -> position of its entry, for linking numeric callouts by dict lookup.

    Labels as printed ("01" reads as "1"); when two entries share a number the first keeps it
    (duplicate-label reports the second). When no entry is numbered, the manuscript's own
    entries are numbered implicitly in list order (styles that print the list unnumbered);
    bibliography-file entries never are, since a .bib file's order means nothing.
    """
    labels: dict[str, int] = {}
    for position, reference in enumerate(references):
        if reference.label:
            label = reference.label.strip()
            labels.setdefault(str(int(label)) if label.isdigit() else label, position)
    if labels:
        return labels
    own = (p for p, r in enumerate(references) if r.origin == "manuscript")
    return {str(number): position for number, position in enumerate(own, start=1)}


def _link_numeric(citation: Citation, labels: dict[str, int]) -> tuple[list[int], str]:
    """One entry per resolving number (a range links to every entry it covers); "partial" when
    some numbers resolve and others do not."""
    positions = list(dict.fromkeys(labels[str(n)] for n in citation.numbers if str(n) in labels))
    if not positions:
        return [], "none"
    resolved = sum(1 for n in citation.numbers if str(n) in labels)
    return positions, ("exact" if resolved == len(citation.numbers) else "partial")


def link_citations(
    citations: Sequence[Citation],
    references: Sequence[Reference],
    duplicate_groups: Iterable[Sequence[str]] = (),
) -> tuple[Link, ...]:
    """One Link per citation, in citation order."""
    index = _Index(references)
    position_of = {reference.id: p for p, reference in enumerate(references)}
    duplicates: dict[int, int] = {}
    for group in duplicate_groups:
        positions = sorted(position_of[i] for i in group if i in position_of)
        for position in positions[1:]:
            duplicates[position] = positions[0]
    labels = numeric_labels(references) if any(c.kind == "numeric" for c in citations) else {}
    decided: list[tuple[list[int], str, float]] = []
    for citation in citations:
        if citation.kind == "numeric":
            positions, status = _link_numeric(citation, labels)
            decided.append((positions, status, 100.0))
        else:
            decided.append(_link_author_date(citation, index, duplicates))
    _resolve_year_links(decided)
    return tuple(
        Link(
            citation_id=citation.id,
            reference_ids=tuple(references[p].id for p in positions),
            status=status,
            score=round(score, 1),
        )
        for citation, (positions, status, score) in zip(citations, decided, strict=True)
    )

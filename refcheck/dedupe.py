"""Find entries that list the same work twice (same DOI, same URL, or same author, year and title).

Why a module: both the linker (a citation that fits two copies of one work is not ambiguous) and
the ``duplicate-reference`` rule need the same groups, computed once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from refcheck.model import Reference
from refcheck.textnorm import fold, name_key

# Titles of one author and year at or above this rapidfuzz ratio (folded) are the same work.
TITLE_CUTOFF = 92.0

_URL_NOISE = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


def _url_key(url: str) -> str:
    return _URL_NOISE.sub("", url.strip()).rstrip("/").lower()


def _title_key(title: str | None) -> str:
    return " ".join(re.findall(r"\w+", fold(title or "")))


class _Groups:
    """Union-find over entry positions."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, left: int, right: int) -> None:
        a, b = self.find(left), self.find(right)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def find_duplicate_references(references: Sequence[Reference]) -> tuple[tuple[str, ...], ...]:
    """Groups of entry ids (list order) that are the same work; only groups of two or more."""
    groups = _Groups(len(references))
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, reference in enumerate(references):
        if reference.origin != "manuscript":
            continue
        first = name_key(reference.authors[0].family) if reference.authors else ""
        if reference.doi:
            blocks[("doi", reference.doi.lower())].append(position)
        if reference.url and "/" in _url_key(reference.url):
            # A shared site link ("www.ifri.org") is no evidence; a deep link by one author is.
            blocks[("url", f"{first}|{_url_key(reference.url)}")].append(position)
        blocks[("author-year", f"{first}|{reference.year or ''}")].append(position)
    for (kind, _), positions in blocks.items():
        if len(positions) < 2:
            continue
        if kind != "author-year":
            for position in positions[1:]:
                groups.union(positions[0], position)
            continue
        titles = [_title_key(references[p].title) for p in positions]
        for i, left in enumerate(positions):
            for j in range(i + 1, len(positions)):
                if titles[i] and fuzz.ratio(titles[i], titles[j]) >= TITLE_CUTOFF:
                    groups.union(left, positions[j])
    members: dict[int, list[str]] = defaultdict(list)
    for position, reference in enumerate(references):
        members[groups.find(position)].append(reference.id)
    return tuple(tuple(ids) for root, ids in sorted(members.items()) if len(ids) > 1)

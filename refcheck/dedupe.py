"""Find entries that list the same work twice (same DOI, same URL, or same author, year and title).

Why a module: both the linker (a citation that fits two copies of one work is not ambiguous) and
the ``duplicate-reference`` rule need the same groups, computed once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from refcheck.match import lead_keys
from refcheck.model import Reference
from refcheck.textnorm import fold, name_key

# Two titles that are not word for word equal may still be one work's when the only differing
# words are spelling variants (one edit: "behaviour"/"behavior") or when one title runs on past
# the other (the parser took in a journal name: "... bipolar disorder: a cross-sectional study
# Biol Psychiatry"), as long as the shorter has this many words.
PREFIX_MIN_WORDS = 4
_WORD = re.compile(r"\w+")
_URL_NOISE = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


def _url_key(url: str) -> str:
    return _URL_NOISE.sub("", url.strip()).rstrip("/").lower()


def _title_words(title: str | None) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(title or "")))


def same_title(left: Sequence[str], right: Sequence[str]) -> bool:
    """Do two titles (folded words) name one work? Numbers and every word count, those after a
    colon too: "SUPPORT tools ... (STP) 13" is not "(STP) 14", "Climate Change 2007: Mitigation"
    is not "...: Impacts", "Female physical attractiveness" is not "Male ...", and "Comment on
    'X'" is not "X". Equal words, words that differ by one edit, or one title running on past the
    other (see ``PREFIX_MIN_WORDS``) are one work."""
    if not left or not right:
        return False
    if left == right:
        return True
    shorter, longer = sorted((tuple(left), tuple(right)), key=len)
    if len(shorter) >= PREFIX_MIN_WORDS and longer[: len(shorter)] == shorter:
        return True
    if len(left) != len(right):
        return False
    for a, b in zip(left, right, strict=True):
        if a == b:
            continue
        if a.isdigit() or b.isdigit() or min(len(a), len(b)) < 4 or OSA.distance(a, b) > 1:
            return False
    return True


def _identifiers_conflict(left: Reference, right: Reference) -> bool:
    """Two different DOIs, first pages or links name two works whatever their titles say (two
    notices "Findings of scientific misconduct" at two addresses; Part 1 and Part 2)."""
    if left.doi and right.doi and left.doi.lower() != right.doi.lower():
        return True
    pages = _first_page(left.pages), _first_page(right.pages)
    if pages[0] and pages[1] and pages[0] != pages[1]:
        return True  # "(STP) 13 … 7: S13" and "(STP). Introduction … 7: I1": two papers
    return bool(left.url and right.url and _url_key(left.url) != _url_key(right.url))


def _first_page(pages: str | None) -> str:
    return re.split(r"\s*[-–—]\s*", pages.strip(), maxsplit=1)[0].casefold() if pages else ""


def _title_is_author(reference: Reference, words: tuple[str, ...]) -> bool:
    """A "title" that merely repeats the author ("Intergovernmental Panel on Climate Change" for
    an entry the parser could not split) says nothing about the work."""
    joined = "".join(words)
    return bool(joined) and joined in lead_keys(reference.raw)


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


def find_duplicate_references(
    references: Sequence[Reference], origins: frozenset[str] = frozenset({"manuscript"})
) -> tuple[tuple[str, ...], ...]:
    """Groups of entry ids (list order) that are the same work; only groups of two or more,
    among the entries of these ``origins`` (the manuscript's own list unless told)."""
    groups = _Groups(len(references))
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, reference in enumerate(references):
        if reference.origin not in origins:
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
        titles = [_title_words(references[p].title) for p in positions]
        usable = [not _title_is_author(references[p], titles[n]) for n, p in enumerate(positions)]
        for i, left in enumerate(positions):
            for j in range(i + 1, len(positions)):
                right = positions[j]
                if (
                    usable[i]
                    and usable[j]
                    and same_title(titles[i], titles[j])
                    and not _identifiers_conflict(references[left], references[right])
                ):
                    groups.union(left, right)
    members: dict[int, list[str]] = defaultdict(list)
    for position, reference in enumerate(references):
        members[groups.find(position)].append(reference.id)
    return tuple(tuple(ids) for root, ids in sorted(members.items()) if len(ids) > 1)

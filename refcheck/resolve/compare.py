"""Compare an entry with the registry's record of its DOI; validate a search hit. Pure.

Why these thresholds: a mismatch is reported only when the values clearly differ (an editor reads
every one), and a search hit is accepted only when title, first author and year all agree
(precision over recall: a wrong "missing DOI" suggestion is worse than none).

- Title: accent/case folded, HTML and punctuation stripped, compared with the registry's title
  alone and with title + subtitle (an entry may give either); ``RETRACTED:`` prefixes ignored.
- First author: folded family names; a near miss (one or two letters) is still reported, since
  the registry's spelling is the fact the editor needs ("Zahrn" vs "Zahran").
- Year: agrees with any of the registry's issued, print or online years (``issued`` first: it
  is the earliest of print and online, Crossref's own choice); a disagreement names each of
  them, so the editor sees which date the entry could have used.
- Container, volume, pages: only when both sides have a value.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from refcheck.model import Reference, WorkMetadata
from refcheck.textnorm import fold, name_key, strip_particles

_TAGS = re.compile(r"<[^>]{0,200}>")
_NON_WORD = re.compile(r"[^\w]+")
_PREFIXES = re.compile(
    r"^\s*(?:retracted(?: article)?|withdrawn|retraction|expression of concern)\s*[:.-]\s*",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")
_NUMBER = re.compile(r"\d+")

TITLE_MISMATCH = 60.0  # below this the titles are different works
TITLE_ACCEPT = 90.0  # a search hit needs at least this
CONTAINER_MISMATCH = 50.0


@dataclass(frozen=True, slots=True)
class FieldDiff:
    field: str  # "title", "author", "year", "container", "volume", "pages"
    entry: str  # the entry's value, as written
    registry: str  # the registry's value
    note: str = ""  # e.g. which of the registry's dates


def clean(text: str | None) -> str:
    """Folded words only: no HTML, entities, punctuation or case."""
    if not text:
        return ""
    text = html.unescape(_TAGS.sub(" ", text))
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def title_similarity(
    entry_title: str | None, metadata: WorkMetadata, strict: bool = False
) -> float:
    """0-100: the best of the entry against title, title + subtitle, and the entry's main part;
    unless ``strict``, also against the registry title's main part (entries often drop a
    subtitle, but a search hit must match more than a main title like "Introduction")."""
    entry = clean(entry_title)
    if not entry or not metadata.title:
        return 0.0
    main = clean(_PREFIXES.sub("", metadata.title))
    variants = {main, clean(_PREFIXES.sub("", metadata.full_title or ""))}
    if not strict:
        variants.add(clean(re.split(r"[:.?!]\s", _PREFIXES.sub("", metadata.title), maxsplit=1)[0]))
    if metadata.subtitle:
        variants.add(clean(f"{_PREFIXES.sub('', metadata.title)} {metadata.subtitle}"))
    entry_main = clean(re.split(r"[:.?!]\s", entry_title or "", maxsplit=1)[0])
    best = 0.0
    for variant in variants - {""}:
        best = max(best, fuzz.ratio(entry, variant))
        if entry_main and len(entry_main) >= 12:
            best = max(best, fuzz.ratio(entry_main, variant))
    return best


def _family(metadata: WorkMetadata, index: int = 0) -> str | None:
    if len(metadata.authors) <= index:
        return None
    return metadata.authors[index].family or None


def same_family(left: str, right: str) -> bool:
    return name_key(strip_particles(left)) == name_key(strip_particles(right)) or name_key(
        left
    ) == name_key(right)


def near_family(left: str, right: str) -> bool:
    """The same surname up to a typo or transliteration (Zahrn / Zahran)."""
    a, b = name_key(strip_particles(left)), name_key(strip_particles(right))
    if not a or not b:
        return False
    if a == b:
        return True
    return JaroWinkler.similarity(a, b) >= 0.88 and a[0] == b[0]


def entry_year(reference: Reference) -> int | None:
    if not reference.year:
        return None
    match = _YEAR.search(reference.year)
    return int(match[1]) if match else None


def describe_years(metadata: WorkMetadata) -> str:
    """ "issued 2015, print 2015, online 2014": every date the registry has, by kind."""
    return ", ".join(f"{kind} {year}" for kind, year in metadata.years().items())


def _pages(text: str | None) -> tuple[int | None, int | None]:
    """First and last page; an abbreviated end (316–29) is expanded (329)."""
    if not text:
        return None, None
    numbers = _NUMBER.findall(text)
    if not numbers:
        return None, None
    first = int(numbers[0])
    if len(numbers) < 2:
        return first, None
    last_text = numbers[1]
    if len(last_text) < len(numbers[0]) and int(last_text) < first:
        last_text = numbers[0][: len(numbers[0]) - len(last_text)] + last_text
    return first, int(last_text)


def _volume(text: str | None) -> str | None:
    if not text:
        return None
    match = _NUMBER.search(text)
    return str(int(match.group())) if match else None


def container_similarity(entry: str | None, metadata: WorkMetadata) -> float | None:
    left = clean(entry)
    names = [clean(metadata.container), clean(metadata.short_container)]
    names = [n for n in names if n]
    if not left or not names:
        return None
    best = 0.0
    for name in names:
        best = max(best, fuzz.token_set_ratio(left, name), fuzz.ratio(left, name))
        initials = "".join(word[0] for word in name.split() if word not in {"of", "the", "and"})
        if left.replace(" ", "") == initials:
            best = 100.0
    return best


def compare_metadata(reference: Reference, metadata: WorkMetadata) -> tuple[FieldDiff, ...]:
    """Every field on which the entry clearly disagrees with the registry, in a fixed order."""
    diffs: list[FieldDiff] = []
    registry_title = metadata.full_title
    if (
        reference.title
        and registry_title
        and title_similarity(reference.title, metadata) < TITLE_MISMATCH
    ):
        diffs.append(FieldDiff("title", reference.title, registry_title))
    first = reference.first_family
    registry_first = _family(metadata)
    if (
        first
        and registry_first
        and not reference.corporate
        and not same_family(first, registry_first)
    ):
        others = [p.family for p in metadata.authors[1:] if p.family]
        note = ""
        if any(same_family(first, other) for other in others):
            note = f"{first} is a later author there"
        diffs.append(FieldDiff("author", first, registry_first, note))
    year = entry_year(reference)
    years = metadata.years()
    if year is not None and years and year not in years.values():
        diffs.append(
            FieldDiff(
                "year",
                reference.year or "",
                str(next(iter(years.values()))),
                describe_years(metadata),
            )
        )
    if reference.container and (metadata.container or metadata.short_container):
        similarity = container_similarity(reference.container, metadata)
        if similarity is not None and similarity < CONTAINER_MISMATCH:
            diffs.append(FieldDiff("container", reference.container, metadata.container or ""))
    mine, theirs = _volume(reference.volume), _volume(metadata.volume)
    if mine and theirs and mine != theirs:
        diffs.append(FieldDiff("volume", reference.volume or "", metadata.volume or ""))
    registry_pages = metadata.pages or metadata.article_number
    if reference.pages and registry_pages:
        a_first, a_last = _pages(reference.pages)
        b_first, b_last = _pages(registry_pages)
        differs = a_first is not None and b_first is not None and a_first != b_first
        if not differs and a_last is not None and b_last is not None and a_last != b_last:
            differs = True
        if differs:
            diffs.append(FieldDiff("pages", reference.pages, registry_pages))
    return tuple(diffs)


def is_other_work(diffs: tuple[FieldDiff, ...]) -> bool:
    """Title and first author both disagree: the DOI belongs to another work."""
    names = {d.field for d in diffs}
    return "title" in names and "author" in names


_UNCITABLE_TYPES = frozenset(
    {"journal", "journal-issue", "journal-volume", "component", "peer-review", "grant", "other"}
)


def accepts(reference: Reference, candidate: WorkMetadata) -> bool:
    """A search hit is this entry's work: title ≥ 90, first author the same (or a near miss),
    year the same (±1 only when the title is near identical), and not a journal or component
    record."""
    if candidate.type in _UNCITABLE_TYPES or not candidate.title:
        return False
    first = reference.first_family
    registry_first = _family(candidate)
    if not first or not registry_first or not near_family(first, registry_first):
        return False
    similarity = title_similarity(reference.title, candidate, strict=True)
    if similarity < TITLE_ACCEPT:
        return False
    year = entry_year(reference)
    years = set(candidate.years().values())
    if year is None or not years:
        return False
    if year not in years and not (similarity >= 97 and any(abs(year - y) == 1 for y in years)):
        return False
    if reference.container and (candidate.container or candidate.short_container):
        similarity_c = container_similarity(reference.container, candidate)
        if similarity_c is not None and similarity_c < CONTAINER_MISMATCH:
            return False
    return True


def best_match(reference: Reference, candidates: tuple[WorkMetadata, ...]) -> WorkMetadata | None:
    """The one accepted hit; when several distinct DOIs pass, prefer a published version over a
    preprint, and give up if that still leaves more than one."""
    accepted = [c for c in candidates if accepts(reference, c)]
    dois = {c.doi for c in accepted}
    if len(dois) > 1:
        published = [c for c in accepted if c.type != "posted-content"]
        if len({c.doi for c in published}) == 1:
            return published[0]
        return None
    return accepted[0] if accepted else None

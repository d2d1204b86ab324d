"""What to ask the network about, as pure functions of the parsed manuscript.

Rules and the resolver both call these, so the key a rule looks a resolution up by is the key the
resolver stored it under: the normalised DOI, the URL as fetched, the search query of an entry.
"""

from __future__ import annotations

import re
import urllib.parse
from datetime import date

from refcheck.dates import MONTHS
from refcheck.identifiers import find_doi, find_urls, is_doi_url, is_local_url
from refcheck.model import Reference

_DOI = re.compile(r"10\.\d{4,9}(?:\.\d+)*/\S+\Z")
_TRAILING = ".,;:)]}>'\"»”’"


def normalize_doi(text: str | None) -> str | None:
    """A DOI in its canonical lower-case form, repaired from what authors write (``doi:``,
    resolver URLs, ``DOI10.``, doubled resolvers, percent-encoding, trailing punctuation), or
    None when nothing that could be a DOI is there."""
    if not text:
        return None
    found = find_doi(text.strip())
    if found is None:
        return None
    doi = urllib.parse.unquote(found.doi).strip()
    while doi and doi[-1] in _TRAILING:
        doi = doi[:-1]
    doi = doi.lower()
    return doi if _DOI.match(doi) else None


def doi_prefix(doi: str) -> str:
    return doi.split("/", 1)[0]


def quote_doi(doi: str) -> str:
    """The DOI for a URL path: reserved characters (``<>#?%";[]+`` and space) encoded."""
    return urllib.parse.quote(doi, safe="/")


# a link written without its scheme: a host name ending in a top-level domain, then a path
_BARE_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/|\Z)", re.IGNORECASE)


def url_target(url: str) -> str | None:
    """The URL refcheck fetches for a written URL, or None when it is not fetched: a DOI link
    (checked as a DOI), a local file or private host (``local-url``), another scheme."""
    url = url.strip()
    if not url or is_doi_url(url) or is_local_url(url):
        return None
    if _BARE_HOST.match(url):
        url = "http://" + url  # "www.x.org/a", "classiques.uqac.ca/a.pdf"
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    user, at, hostport = parts.netloc.rpartition("@")
    netloc = user + at + hostport.lower()
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, ""))


def reference_urls(reference: Reference) -> tuple[str, ...]:
    """The written URLs of an entry, in order, without repeats."""
    written = [*reference.urls, *([reference.url] if reference.url else [])]
    return tuple(dict.fromkeys(written))


def reference_doi(reference: Reference) -> str | None:
    return normalize_doi(reference.doi) if reference.doi else None


_NOISE = re.compile(
    r"\((?:date|accessed|retrieved)[^)]*\)|\[(?:accessed|retrieved|cited)[^\]]*\]",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[*_<>]")


def search_query(reference: Reference) -> str | None:
    """The bibliographic query for an entry without a DOI, or None when the entry is not worth
    a search (no title, author or year; a web page; a DOI already there)."""
    if reference.doi or not reference.title or not reference.year:
        return None
    if not reference.authors or reference.kind == "web":
        return None
    if not any(ch.isdigit() for ch in reference.year) or len(reference.title) < 8:
        return None
    text = reference.raw
    for url, start, end in sorted(find_urls(text), key=lambda item: -item[1]):
        del url
        text = text[:start] + " " + text[end:]
    text = _MARKUP.sub("", _NOISE.sub(" ", text))
    text = " ".join(text.split())
    return text[:300] or None


_MONTHS = MONTHS
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_access_date(text: str | None) -> date | None:
    """ "March 18, 2020", "27 September 2014", "2020-03-18" -> a date; None if unreadable."""
    if not text:
        return None
    if match := _ISO.search(text):
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    if (match := _DAY_MONTH.search(text)) and match[2].lower() in _MONTHS:
        return _valid(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    if (match := _MONTH_DAY.search(text)) and match[1].lower() in _MONTHS:
        return _valid(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    return None


def archive_timestamp(reference: Reference | None) -> str | None:
    """The moment to look for a snapshot near: the entry's access date, else the middle of its
    year, else None (the latest snapshot)."""
    if reference is None:
        return None
    when = parse_access_date(reference.accessed)
    if when is not None:
        return when.strftime("%Y%m%d")
    if reference.year and (match := _YEAR.search(reference.year)):
        return f"{match[1]}0701"
    return None

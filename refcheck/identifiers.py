"""DOIs and URLs as written in references: find them, repair malformed DOIs, spot local URLs.

Why by hand: no library both finds DOIs inside running text and repairs the ways authors mangle
them (``https://doi.org/doi:10.…``, ``DOI10.…``, ``doi.org/doi.org/10.…``); the DOI syntax itself
is simple (``10.<registrant>/<suffix>``, Crossref's recommended pattern).
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DoiMatch:
    doi: str  # normalised: "10.1111/1467-9256.12100"
    raw: str  # exactly as written in the text (may include "https://doi.org/doi:")
    start: int
    end: int
    # The written form is a DOI or DOI link written wrongly ("https://doi.org/doi:10.…",
    # "DOI10.…", "doi:doi:10.…"). A publisher's URL that merely contains the DOI
    # ("https://www.pnas.org/cgi/doi/10.1073/…") is a fine link, not a malformed DOI.
    malformed: bool


# The DOI itself: registrant code of 4-9 digits (with optional sub-codes), then a suffix.
# A space after the "/" is a line break or a PDF's spacing ("10.1021/ es030360x"): a DOI never
# ends at its prefix; the spacing may put one before it too ("10.1103 /PhysRevE.49.55"), and a
# link may encode it ("doi.org/10.5334%2Fjcms.7011").
_DOI_CORE = re.compile(r"(?<![\d.])10\.\d{4,9}(?:\.\d+)* ?(?:/|%2[Ff]) ?[^\s\"<>{}]+")
# What a PDF's text layer or PubMed glues to a DOI: "10.1103/PhysRevD.92.034519.URL https:...",
# "10.1007/JHEP06(2016)004[arXiv:1512.06431]", "10.1016/j.pain.2013.06.022[doi]", a comma and
# the next word ("…05.070,in press", "…181602,hep -th/0603001"), a note in an unclosed bracket
# ("…5.551(inkoreanwithenglish…").
_DOI_GLUED_TAIL = re.compile(
    r"(?:\.(?:url|available|accessed|retrieved|epub|pmid)\b"
    r"|\[\s*(?:arxiv|doi|pii|pdf|pubmed|pmid|crossref|google|full|free|link)"
    r"|,(?=[a-z])|\.?\((?=[^()]*\Z)[^()]*[a-z][^()]*).*\Z",
    re.IGNORECASE,
)
# the year of publication printed after the DOI: "10.1039/c9ee00453j(2019)."
_DOI_GLUED_YEAR = re.compile(r"\((?:1[89]|20)\d\d\)[.,;]?\Z")
# what follows a DOI in a Wiley link ("onlinelibrary.wiley.com/doi/10.1111/ajo.12056/full")
_PUBLISHER_VIEW = re.compile(r"/(?:full|abstract|pdf|epdf|pdfdirect|summary|references|citedby)\Z")
# A DOI whose suffix holds no digit yet is unfinished: a PDF's spacing broke it, and the next
# piece goes on ("10.1093/molbev /msu300", "10.1103/PhysRevLett .100.228502", "10.1057/
# palcomms. 2015.46"); a colon never ends a DOI ("10.1051/nss: 2005018").
_DOI_SPLIT_PIECE = re.compile(r" (/[\w(]|\.\d)[^\s\"<>{}]*")
_DOI_AFTER_STOP = re.compile(r"([.:]) (\d[^\s\"<>{}]*)")
# Written forms that are correct as they stand (case-insensitive), the DOI following directly.
_VALID_PREFIX = re.compile(
    r"(?:(?:https?://)?(?:dx\.|www\.)?doi\.org/|doi:\s?|)\Z",
    re.IGNORECASE,
)
# An old SICI DOI holds "<...::...>": "10.1002/(SICI)1097-0061(19980130)14:2<115::AID-YEA204>3.0.CO;2-2"
_SICI_PART = re.compile(r"<[^\s<>]{1,40}:: ?[^\s<>]{1,40}>[^\s\"<>{}]*")
_SICI_LINK_PART = re.compile(rf"({_SICI_PART.pattern})")
_DOI_HOSTS = frozenset({"doi.org", "dx.doi.org", "www.doi.org", "doi", "dx.doi"})
_TRAILING = ".,;:!?'\"»“”’"
_PAIRS = {")": "(", "]": "[", ">": "<"}
_URL = re.compile(
    # "https: //x.org", "http : // x.org": spaces a PDF's text layer put into the scheme
    r"(?:(?:https?|ftp)(?:://| ?: ?// ?)|file:/{1,3}|www\.)[^\s<>\"{}|\\^`«»]+",
    re.IGNORECASE,
)
# A host broken after "." or "-" ("http://www. boston.com/...", "https://www.lhc- ilc.de/x"),
# more than once ("http: //www. humankinetics. com/products/…"): the next piece continues it
# when it reads as the rest of a host name.
_HOST_CONTINUATION = re.compile(
    r" (?=[^\s]*[./])([\w-]+(?:\.[\w-]+)*(?:/[^\s<>\"{}|\\^`«»]*|\.(?= [a-z][\w.-]*/))?)"
    r"(?=[\s<>\"]|\Z)"
)
# a host split before its dots ("http://www .ncbi .nlm.nih.gov/…", "http://www . nso. gov.pg/")
_DOT_PIECE = re.compile(r" (\.(?:[\w-]+(?:\.[\w-]+)*(?:/[^\s<>\"{}|\\^`«»]*)?)?)(?=[\s<>\"]|\Z)")
_ANY_PIECE = re.compile(r" ([^\s<>\"{}|\\^`«»]+)")
# "http://arxiv.org /abs/1403. 4822": a path split from its host, an arXiv number at its dot
_PATH_PIECE = re.compile(r" (/[\w%~.=&?#/-]+)")
_ARXIV_NUMBER_END = re.compile(r" (\d{4,5}(?:v\d+)?)\b")
# the last piece of a path already split more than once ("…/ vol15/ iss4/ art20.")
_LAST_SEGMENT = re.compile(r" ([A-Za-z]{1,8}\d{1,6})(?=[.,;)]?(?:\s|\Z))")
# a word glued after the number that ends a link ("…/PhysRevLett.119.044802for further")
_GLUED_WORD = re.compile(r"(?<=\d)(?:for|and|in|the|of|to|with|from|see)$")


def _trim(candidate: str) -> str:
    """Drop trailing punctuation and closing brackets that have no opening partner inside."""
    while candidate:
        last = candidate[-1]
        if (
            last in _TRAILING
            or last in "([<"  # "http://x.net( 30/01/2015)": an opening bracket ends nothing
            or (last in _PAIRS and candidate.count(_PAIRS[last]) < candidate.count(last))
        ):
            candidate = candidate[:-1]
        else:
            break
    return candidate


def _token_start(text: str, pos: int) -> int:
    """Start of the whitespace-delimited token holding ``pos``, not crossing an opening bracket."""
    start = pos
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '<([{"«':
        start -= 1
    return start


def _is_publisher_url(prefix: str) -> bool:
    """ "http://pubs.acs.org/doi/abs/", "www.pnas.org/cgi/doi/", "datadryad.org/review?doi=doi:":
    a link to some site other than the DOI resolver, whose path happens to hold the DOI."""
    rest = re.sub(r"^(?:https?|ftp)://", "", prefix, flags=re.IGNORECASE)
    if "/" not in rest:
        return False
    host = rest.split("/", 1)[0].lower()
    return "." in host and host not in _DOI_HOSTS


def find_doi(text: str) -> DoiMatch | None:
    """The first DOI in ``text`` with its written form, or None."""
    match = _DOI_CORE.search(text)
    if match is None:
        return _comma_doi(text)
    core = match.group().replace(" ", "")
    if text.startswith("<", match.end()):
        sici = _SICI_PART.match(text, match.end())
        if sici:  # the "<" belongs to the DOI, not to an autolink around it
            core += sici.group().replace(" ", "")
    core = _joined_doi(text, match.start(), _clean_core(core))
    start = _token_start(text, match.start())
    # "doi: 10.1234/x" leaves an empty prefix: the label is a token of its own, which is fine.
    prefix = text[start : match.start()]
    publisher = _is_publisher_url(prefix)
    if publisher:
        core = _PUBLISHER_VIEW.sub("", core)
    doi = urllib.parse.unquote(core)
    # an encoded space or line end at the end of a link: "…/10.1000/jkl%20"
    spaced = doi != doi.strip()
    doi = doi.strip()
    if "/" not in doi or doi.endswith("/"):
        return None
    end = _raw_end(text, match.start(), len(core))
    raw = prefix + core
    # a word processor's dash for a hyphen ("10.1088/1742–5468/…"): the link fails as written
    hyphenated = doi.translate(_DASHES)
    dashed = hyphenated != doi
    doi = hyphenated
    malformed = (_VALID_PREFIX.fullmatch(prefix) is None and not publisher) or spaced or dashed
    return DoiMatch(doi=doi, raw=raw, start=start, end=end, malformed=malformed)


# a DOI with a comma for its first full stop: "doi: 10,1000/xyz", or unlabelled where its
# suffix has a letter ("10,1016/j.cell.2009.01.042"; not "10,1000/2000", numbers)
_COMMA_DOI = re.compile(
    r"(?:(?<![\w.])(?i:doi)\s*:?\s*|(?<=\s))"
    r"(?P<core>10,(?P<rest>\d{4,9}/(?=[^\s\"<>{}]*[A-Za-z])[^\s\"<>{}]+))"
)


def _comma_doi(text: str) -> DoiMatch | None:
    found = _COMMA_DOI.search(text)
    if found is None:
        return None
    core = _clean_core(found.group("core"))
    doi = "10." + _clean_core(found.group("rest")).translate(_DASHES)
    start = found.start("core")
    return DoiMatch(doi=doi, raw=core, start=start, end=start + len(core), malformed=True)


# what typesetting or autocorrect put where a DOI has "-", by the name a finding gives it
TYPESET_DASHES = {
    "\u2010": "a Unicode hyphen (U+2010)",
    "\u2011": "a non-breaking hyphen (U+2011)",
    "\u2012": "a figure dash (U+2012)",
    "\u2013": "an en dash (U+2013)",
    "\u2014": "an em dash (U+2014)",
    "\u2212": "a minus sign (U+2212)",
}
_DASHES = str.maketrans(dict.fromkeys(TYPESET_DASHES, "-"))


def _clean_core(core: str) -> str:
    """The DOI without what is glued to its end: a label, a note, the year, punctuation."""
    return _trim(_DOI_GLUED_YEAR.sub("", _DOI_GLUED_TAIL.sub("", core)))


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _wrapped_last(rest: str, piece: re.Match[str]) -> bool:
    """Whether the piece after the DOI's stop is what a line break split off its end: the last
    word of the text, with no other in it, and no year ("…/jcs.2015.\n12345" at an entry's end)."""
    tail = piece.group(2).rstrip(".")
    return (
        not rest[piece.end() :].strip(" .") and not _YEAR_ALONE.fullmatch(tail) and len(tail) <= 12
    )


_YEAR_ALONE = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?")


def _joined_doi(text: str, start: int, core: str) -> str:
    """The DOI read at ``start`` with the pieces a line break or a PDF's spacing split off."""
    for _ in range(4):
        rest = text[_raw_end(text, start, len(core)) :]
        suffix = core.split("/", 1)[-1]
        if core.endswith("-"):  # "10.1016/S0045- 6535(00)00505-1": broken at a line end
            piece = re.match(r" ([\w(][^\s\"<>{}]*)", rest)
            joined = piece.group(1) if piece else ""
        elif (piece := _DOI_SPLIT_PIECE.match(rest)) and not _has_digit(suffix):
            joined = piece.group().strip()
        elif (piece := _DOI_AFTER_STOP.match(rest)) and (
            piece.group(1) == ":" or not _has_digit(suffix) or _wrapped_last(rest, piece)
        ):
            joined = piece.group(1) + piece.group(2)
        else:
            joined = ""
        if not joined:
            break
        core = _clean_core(core + joined)
    return core


# "http://x.org/page(accessed 3 May 2019)", "http://x.net( 30/01/2015)": a note glued to the URL
_GLUED_NOTE = re.compile(
    r"\(\s*(?:accessed|last|retrieved|viewed|consulted|visited|abgerufen|consult"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:1[89]|20)\d\d\)?[.,;]?\Z)",  # (or the year: "…/1604.01641(2016)")
    re.IGNORECASE,
)
# a file's name, then a comma and a word with no space: the entry goes on ("…/naca-report-1174
# .pdf,NACA (1954)"), whereas a comma inside a path is followed by more of the path
_GLUED_AFTER_FILE = re.compile(r"(\.(?:pdf|s?html?|php\d?|aspx?|xml|txt|docx?|csv|zip)),[A-Za-z]+$")
# A URL broken at a line end after "/" or "-" ("https://www.bls.gov/cps/ cpsaat11.htm"): the
# next piece continues it when it reads as a path (a file name, more slashes), never a word.
_URL_CONTINUATION = re.compile(
    r" ((?=[\w%~.=&?#/-]*(?:\.(?:s?html?|pdf|php\d?|aspx?|jsp|xml|txt|cfm|csv|zip)\b"
    r"|/[\w%~.=&?#/-]*[\d_.]|[\d_.][\w%~.=&?#-]*/))[\w%~.=&?#/-]+)"
)

_FILE_EXTENSIONS = r"(?:s?html?|pdf|php\d?|aspx?|jsp|xml|txt|cfm|csv|xlsx?|docx?|zip)"
# a path split at a space before its file ("…/impact/Final BrochureWHA2008a.pdf",
# "…/health-screening-wall chart.pdf"), or at the stop before its extension
# ("…/showproduct. cfm?isbn=0736034625")
_FILE_PIECE = re.compile(
    r" ((?![\w.-]*://|www\.)[\w%~.=&?#/$-]*\." + _FILE_EXTENSIONS + r"(?:\?[\w%~.=&#/-]*)?)"
    r"(?=[\s.,;>)\]]|\Z)"
)
_FILE_NAMED = re.compile(r"\." + _FILE_EXTENSIONS + r"\b", re.IGNORECASE)
_EXTENSION_PIECE = re.compile(r" (" + _FILE_EXTENSIONS + r"(?:\?[\w%~.=&#/-]*)?)(?=[\s.,;>)\]]|\Z)")
# a folder after a path split at its slashes ("…/ doc/ strategic-plan/ 2011-2020/ …")
_FOLDER_PIECE = re.compile(r" ([\w%~.=&?#-]+/)(?=[\s>)\]]|\Z)")
# a path broken at a hyphen goes on with more path ("…/developpement- regional-et-rural/…")
_HYPHEN_PIECE = re.compile(r" ([a-z0-9][\w%~.=&?#-]*/[\w%~.=&?#/-]*)")
# a query's value broken at a hyphen ("abstract.cfm?URI=ol-31- 12-1914")
_QUERY_PIECE = re.compile(r" ([\w%~.=&#-]+)")
# a link written between angle brackets with spaces inside ("< http:// www.cbd.int/ doc/ x.pdf >")
_ANGLE_BRACKETED = re.compile(r"<\s*\Z")
# a link written without scheme or "www." but with a path: "classiques.uqac.ca/classiques/x.pdf"
_BARE_URL = re.compile(
    r"(?<![\w@./:%-])(?:[a-z0-9][a-z0-9-]*\.)+"
    r"(?:com|org|net|edu|gov|int|info|io|ca|uk|de|fr|it|es|nl|au|jp|ch|be|at|se|no|dk|fi|br|ru|eu)"
    r"/[^\s<>\"{}|\\^`«»]+",
    re.IGNORECASE,
)


def _raw_end(text: str, start: int, length: int) -> int:
    """Where ``length`` characters of a URL or DOI read with its inner spaces dropped end."""
    position = start
    while length > 0 and position < len(text):
        if not text[position].isspace():
            length -= 1
        position += 1
    return position


def _joined_url(text: str, match: re.Match[str]) -> str:
    """The URL at ``match`` with the pieces a line break or a PDF's spacing split off joined."""
    url = "".join(match.group().split())
    end = match.end()
    if _ANGLE_BRACKETED.search(text, 0, match.start()):
        closing = text.find(">", end, end + 300)
        inside = text[end:closing]
        if closing > 0 and "<" not in inside and len(inside.split()) <= 8:
            return url + "".join(inside.split())  # all up to the ">" is the link
    for joined in range(6):
        rest = url.split("//", 1)[-1]
        path = "/" in rest
        if url.endswith((".", "-")) and not path:
            piece = _HOST_CONTINUATION.match(text, end)
        elif url.endswith("/") and re.search(r"doi\.org/10\.\d{4,9}/\Z", url, re.IGNORECASE):
            piece = _ANY_PIECE.match(text, end)  # a DOI link never ends after the prefix
        elif text.startswith("<", end) and re.search(r"doi\.org/10\.\d{4,9}/\(SICI\)", url):
            piece = _SICI_LINK_PART.match(text, end)  # "…(SICI)…47:2<123::AID-JBM1>3.0.CO;2-K"
        elif url.endswith("/") and path:
            piece = (
                _URL_CONTINUATION.match(text, end)
                or _FOLDER_PIECE.match(text, end)
                or (_LAST_SEGMENT.match(text, end) if joined else None)
            )
        elif url.endswith("-") and path:
            piece = (
                _URL_CONTINUATION.match(text, end)
                or _HYPHEN_PIECE.match(text, end)
                or (_QUERY_PIECE.match(text, end) if "?" in url else None)
            )
        elif re.search(r"/abs/\d{4}\.\Z", url):
            piece = _ARXIV_NUMBER_END.match(text, end)
        elif url.endswith(".") and path:
            piece = _EXTENSION_PIECE.match(text, end)
        elif path and not _FILE_NAMED.search(url):
            piece = _FILE_PIECE.match(text, end)
        elif not path and re.fullmatch(r"www\.[\w-]+", rest, re.IGNORECASE):
            # "http://www.powel s.com/a.html", "http://www .ncbi .nlm.nih.gov/…"
            piece = _HOST_CONTINUATION.match(text, end) or _DOT_PIECE.match(text, end)
        elif not path and not url.endswith("."):
            piece = _PATH_PIECE.match(text, end) or _DOT_PIECE.match(text, end)
        else:
            piece = None
        if piece is None:
            break
        url += piece.group(1)
        end = piece.end()
    if re.search(r"doi\.org/10\.\d{4,9}/", url, re.IGNORECASE):
        stop = url.endswith(".")
        rest = ("." if stop else "") + text[end:]
        wrapped = _DOI_AFTER_STOP.match(rest)
        if wrapped is not None and wrapped.group(1) == "." and _wrapped_last(rest, wrapped):
            # "…/jcs.2015.\n12345": a line break split the link's end off
            url = url.removesuffix(".") + "." + wrapped.group(2).rstrip(".")
    return url


def find_urls(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every URL in ``text`` as ``(url, start, end)``; trailing punctuation is not part of it.

    URLs split by a line break or by a PDF's spacing ("https: //x.org", "http://www. x.org/a",
    ".../cps/ cpsaat11.htm") are joined; the span covers what was written."""
    found = _urls(text, _URL.finditer(text))
    bare = [
        match
        for match in _BARE_URL.finditer(text)
        if not any(lo < match.end() and match.start() < hi for _, lo, hi in found)
    ]
    return tuple(sorted(found + _urls(text, iter(bare)), key=lambda item: item[1]))


def _urls(text: str, matches: Iterator[re.Match[str]]) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    for match in matches:
        url = _joined_url(text, match)
        note = _GLUED_NOTE.search(url)
        if note and note.start() > 0:
            url = url[: note.start()]
        glued = _GLUED_AFTER_FILE.search(url)
        if glued:
            url = url[: glued.start() + len(glued.group(1))]
        url = _GLUED_WORD.sub("", url)
        url = _trim(url)
        if len(url) <= len("www.") or url.lower() in {"http://", "https://", "ftp://"}:
            continue
        found.append((url, match.start(), _raw_end(text, match.start(), len(url))))
    return found


def is_doi_url(url: str) -> bool:
    """True for links into the DOI system (those are checked as DOIs, not as URLs)."""
    try:
        host = urllib.parse.urlsplit(url if "://" in url else "http://" + url).hostname or ""
    except ValueError:  # "http://[41–43]": a bracketed host that is no IP address
        return False
    return host in {"doi.org", "dx.doi.org", "www.doi.org"}


_PRIVATE_SUFFIXES = (".local", ".localhost", ".internal", ".lan", ".home.arpa")


def is_local_url(url: str) -> bool:
    """A link nobody else can open: a file URL, a drive path, localhost or a private address."""
    lowered = url.strip().lower()
    if lowered.startswith("file:") or re.match(r"[a-z]:[\\/]", lowered):
        return True
    try:
        host = urllib.parse.urlsplit(url if "://" in url else "http://" + url).hostname
    except ValueError:
        return False
    if not host:
        return False
    if host == "localhost" or host.endswith(_PRIVATE_SUFFIXES):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local

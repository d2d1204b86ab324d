"""Fields of one reference entry: authors, year, title, container, volume, issue, pages, ids.

How an entry is read, in order (each step narrows the text the next one sees):
1. identifiers and access notes anywhere (DOI, URLs, "(Date: ...)", "[Accessed ...]"); the entry's
   bibliographic part ends where the first of them starts;
2. the year and the author list: "(2009)" after the authors (APA/Harvard), "Authors. 2009."
   (Chicago author-date, eLife), or no year up front (Vancouver, IEEE: authors end at the first
   full stop that closes a name, the year comes from the tail). When what precedes "(2009)" is not
   an author list the entry is title-first (no author);
3. the numeric tail at the end ("33(2), 125–14", "12 (3): 45–67", "2015;12(3):3-4", "#82, 26");
4. title and container from what is left, using Markdown emphasis (``*Journal*``), quotes
   (Chicago/IEEE ``"Title."``) or the first sentence end.

Every regex is either anchored, bounded, or run on a bounded window, so a 1 MB single-line entry
costs linear time. Field values drop Markdown asterisks; ``raw`` keeps them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from refcheck.identifiers import find_doi, find_urls
from refcheck.model import Person
from refcheck.refparse_names import AuthorList, is_initials, parse_authors
from refcheck.textnorm import fold

_YEAR = r"(?:1[5-9]|20)\d{2}"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"
    rf"|{_MONTH}\.?\s+\d{{4}}|\d{{4}}\s+{_MONTH}\.?(?:\s+\d{{1,2}})?)"
)
_ACCESS_WORDS = ("date", "accessed", "retrieved", "viewed", "cited", "дата")
_ACCESSED = (
    (
        _ACCESS_WORDS,
        re.compile(
            r"\(\s*(?:date|(?:last\s+)?accessed|retrieved|viewed|cited|дата\s+обращения)(?:\s+on)?"
            r"\s*:?\s*(?P<d>[^()]{3,40}?)\s*\)",
            re.IGNORECASE,
        ),
    ),
    (
        _ACCESS_WORDS,
        re.compile(
            r"\[\s*(?:date|(?:last\s+)?accessed|retrieved|viewed|cited|дата\s+обращения)(?:\s+on)?"
            r"\s*:?\s*(?P<d>[^\[\]]{3,40}?)\s*\]",
            re.IGNORECASE,
        ),
    ),
    (
        ("accessed", "viewed", "consulted"),
        re.compile(
            rf"\b(?:last\s+)?(?:accessed|viewed|consulted)(?:\s+on)?\s*:?\s*(?P<d>{_DATE})",
            re.IGNORECASE,
        ),
    ),
    (
        ("retrieved",),
        re.compile(rf"\bretrieved(?:\s+on)?\s+(?P<d>{_DATE}),?\s+from\b", re.IGNORECASE),
    ),
)
_LEAD_IN_WORDS = ("retrieved", "from", "available", "url", "doi", "online", "at")
_TRAILING_LEAD_IN = re.compile(
    r"(?:\bretrieved(?:\s+from)?|\bavailable(?:\s+(?:at|from|online))?|\bURL|\bdoi|"
    r"\[online\]|\bonline\s+at|\bfrom)$",
    re.IGNORECASE,
)
_PAREN_YEAR = re.compile(
    rf"\(\s*(?P<y>{_YEAR}[a-z]?|n\.\s?d\.?|in\s+press|forthcoming|б\.\s?г\.)"
    rf"(?:\s*,\s*(?:{_MONTH}\.?(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?"
    rf"|\d{{1,2}}\s+{_MONTH}\.?|spring|summer|autumn|fall|winter|in\s+press))?\s*\)",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(rf"(?P<pre>[.,])\s+(?P<y>{_YEAR}[a-z]?)(?P<post>[.,:;]?)(?=\s|$)")
_LEADING_LABEL = re.compile(r"(?:\[\d{1,4}\]|\(\d{1,4}\)|(\d{1,4})[.)])\s+")
_AUTHOR_END = re.compile(r"\.(?=\s|$)|,(?=\s*[\"“«])")
_CONJUNCTION_NEXT = re.compile(r"\s*(?:&|and\b|и\b|et\s+al\b)")
_ANY_YEAR = re.compile(rf"(?<![\d–-]){_YEAR}(?![\d–-])")

_P = r"[A-Za-z]{0,2}\d+[A-Za-z]?"
_RANGE = rf"{_P}\s*[-–—‐−]{{1,2}}\s*{_P}"
_PAGES = rf"(?:pp?\.\s*)?(?P<pages>{_RANGE}|{_P})"
_VOL = r"\*?(?P<vol>\d+[A-Za-z]?)\*?"
_ISS = r"\(\s*(?P<iss>[^()]{1,15}?)\s*\)"
_TAILS = (
    (
        ";",
        re.compile(  # Vancouver: Journal. 2015 Jan;12(3):3-4
            rf"(?:^|[.,;]\s*|\s)(?P<year>{_YEAR})[a-z]?(?:\s+{_MONTH}\.?(?:\s+\d{{1,2}})?"
            rf"(?:\s*[-–]\s*(?:{_MONTH}\.?\s+)?\d{{1,2}})?)?\s*;\s*(?:{_VOL})?\s*(?:{_ISS})?"
            rf"\s*(?::\s*{_PAGES})?$",
            re.IGNORECASE,
        ),
    ),
    (
        ")",
        re.compile(  # Nature: Nature 521, 436–444 (2015)
            rf"(?:^|[\s,*])(?P<vol>\d+[A-Za-z]?)\*?\s*(?:{_ISS})?\s*,\s*{_PAGES}\s*"
            rf"\((?P<year>{_YEAR})\)$"
        ),
    ),
    (":", re.compile(rf"(?:^|[\s,*])(?P<vol>\d+[A-Za-z]?)\*?\s*(?:{_ISS})?\s*:\s*{_PAGES}$")),
    ("", re.compile(rf",\s*(?:#|[Nn]o\.?\s*|№\s*)(?P<iss>\d+)(?:\s*,\s*{_PAGES})?$")),
    ("", re.compile(rf",\s*{_VOL}\s*(?:{_ISS})?(?:\s*,\s*{_PAGES})?$")),  # , 33(2), 125–14
    (
        "",
        re.compile(rf"(?<=[^\W\d]|\.)\s+(?P<vol>\d+[A-Za-z]?)\s*(?:{_ISS})?,\s*{_PAGES}$"),
    ),  # J 65, 5-9
    ("", re.compile(rf"[,.]\s*(?:pp?\.\s*(?P<pages>{_RANGE}|{_P})|(?P<range>{_RANGE}|e\d+))$")),
)
_LABELLED_TAIL = re.compile(r"(?:^|[,.;]\s*)(?:vol\.?|volume|t\.)\s*\d", re.IGNORECASE)
_LABELLED_VOL = re.compile(r"\b(?:vol\.?|volume|t\.)\s*(\d+[A-Za-z]?)", re.IGNORECASE)
_LABELLED_ISS = re.compile(
    r"(?:\b(?:no|nr|issue)\.?|№)\s*(\d+[A-Za-z]?(?:[-–/]\d+)?)", re.IGNORECASE
)
_LABELLED_PAGES = re.compile(rf"(?:\bpp?\.|\bс\.)\s*({_RANGE}|{_P})", re.IGNORECASE)
_TRAILING_YEAR = re.compile(
    rf"(?:^|[,.;]\s*|\s)(?:(?:\d{{1,2}}\s+)?{_MONTH}\.?\s+(?:\d{{1,2}},?\s+)?)?"
    rf"(?P<year>{_YEAR})[a-z]?\.?$",
    re.IGNORECASE,
)
_EDITION = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s+(?:rev\.\s+|revised\s+)?ed(?:ition)?\b\.?", re.I)
_THESIS = re.compile(
    r"\b(?:ph\.?\s?d\.?|doctoral|master'?s|msc|bachelor'?s|diploma)\s+(?:thesis|dissertation)\b",
    re.IGNORECASE,
)
_CITY_PUBLISHER = re.compile(
    r"(?:[A-Z][\w.'-]*,?\s+){0,2}[A-Z][\w.'-]*(?:,\s*[A-Z]{2})?:\s*[^:;]{2,80}"
)
_PUBLISHER = re.compile(
    r"\b(?:press|publish\w*|verlag|routledge|springer|wiley|elsevier|palgrave|macmillan"
    r"|littlefield|sage|brill|blackwell|penguin|norton|издательство|изд-во)\b",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"\[([^\[\]]{2,40})\]")
_DETAIL_PAREN = re.compile(r"\s*\(([^()]{1,80})\)")
_DETAIL_WORDS = re.compile(
    r"\b(?:pp?\.\s*\d|no\.\s*\d|report|working\s+paper|project|vol\.\s*\d|\d+(?:st|nd|rd|th)\s+ed\.)",
    re.IGNORECASE,
)
_REPORT_WORDS = re.compile(r"\b(?:no\.|report|working\s+paper|project)", re.IGNORECASE)
_PAREN_PAGES = re.compile(rf"\bpp?\.\s*({_RANGE}|{_P})")
_CHAPTER_IN = re.compile(r"(?:[.?!]\s+|^)In:?\s|,\s+in:?\s+(?=\S)")
_EDITORS_END = re.compile(r"\b(?:editors?|eds?\.|\(eds?\.?\)|hrsg\.|ред\.)[.,)]*\s*", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.?!][\"”»’']?(?=\s+\S)")
_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}
_ABBREVIATIONS = frozenset(
    """vs no nos vol vols pp p ed eds st dr mr mrs ms jr sr inc ltd co dept univ etc al cf ca
    fig approx rev proc intl natl assoc trans repr suppl pt ch sec jan feb mar apr jun jul aug
    sep sept oct nov dec""".split()
)
_DESCRIPTORS = (
    ("thesis", "thesis"),
    ("dissertation", "thesis"),
    ("диссертация", "thesis"),
    ("monograph", "book"),
    ("book", "book"),
    ("report", "report"),
    ("working paper", "report"),
    ("policy paper", "report"),
    ("press release", "report"),
    ("data set", ""),
    ("dataset", ""),
    ("video", "web"),
    ("podcast", "web"),
    ("blog", "web"),
    ("online", ""),
    ("internet", ""),
    ("электронный ресурс", "web"),
)


@dataclass
class Fields:
    """The parsed parts of an entry (mutable while parsing; turned into a Reference after)."""

    authors: tuple[Person, ...] = ()
    corporate: bool = False
    et_al: bool = False
    year: str | None = None
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    doi_raw: str | None = None
    url: str | None = None
    urls: tuple[str, ...] = field(default_factory=tuple)
    accessed: str | None = None
    kind: str | None = None
    publisher: str | None = None


def clean(value: str | None, *, title: bool = False) -> str | None:
    """A field value as a reader wants it: no Markdown asterisks, single spaces, no stray
    punctuation at the ends, enclosing quotes removed."""
    if value is None:
        return None
    value = " ".join(value.replace("*", " ").split()).strip(" ,;:")
    value = value.lstrip(".) ")
    for _ in range(2):
        if len(value) >= 2 and value[0] in _QUOTE_PAIRS:
            closer = _QUOTE_PAIRS[value[0]]
            inner = value[1:]
            if inner.endswith(closer) and closer not in inner[:-1]:
                value = inner[:-1].strip().rstrip(",").strip()
            elif inner.endswith(closer + ".") and closer not in inner[:-2]:
                value = inner[:-2].strip().rstrip(",").strip()
        if title and value.endswith(".") and not value.endswith(".."):
            last = value[:-1].rsplit(None, 1)[-1] if value[:-1].strip() else ""
            if not (len(last) == 1 and last.isupper()):
                value = value[:-1].rstrip()
    return value or None


def _normalise_year(value: str) -> str:
    low = value.lower()
    if low.startswith("n"):
        return "n.d."
    if "press" in low:
        return "in press"
    if low.startswith("forth"):
        return "forthcoming"
    if low.startswith("б"):
        return "n.d."
    return value


def _strip_trailing_lead_in(head: str) -> str:
    """Drop what introduces the identifiers: "Retrieved from", "Available at:", "doi:", "<"."""
    for _ in range(6):
        stripped = head.rstrip(" \t.,;:<([")
        ending = stripped[-12:].lower()
        if not any(word in ending for word in _LEAD_IN_WORDS):
            return stripped
        match = _TRAILING_LEAD_IN.search(stripped[-40:])
        if match:
            stripped = stripped[: len(stripped) - len(match.group(0))]
        if stripped == head:
            break
        head = stripped
    return head


def _last_segment_is_initials(prefix: str) -> bool:
    """At "J." in "J. Smith, A. Jones": the name is not finished, so this is not the end."""
    prefix = prefix[-60:]
    cut = max(prefix.rfind(","), prefix.rfind("&"), prefix.rfind(";"), prefix.rfind(" and "))
    tokens = prefix[cut + 1 :].split()
    if tokens and tokens[0] in ("and", "&", "и"):
        tokens = tokens[1:]
    return bool(tokens) and all(is_initials(token) for token in tokens)


def _leading_authors(head: str, limit: int) -> tuple[AuthorList, int] | None:
    """Vancouver/IEEE/Nature authors: up to the first full stop (or ', "') that closes the list.

    A stop followed by "&"/"and" is inside the list ("Jones, A. & Doe, C."); a stop after bare
    initials that do not parse yet ("J." of "J. Smith") is inside a name.
    """
    limit = min(limit, 3000)
    for count, match in enumerate(_AUTHOR_END.finditer(head, 0, limit)):
        if count >= 60:
            break  # no author list holds that many stops; bounded work on odd input
        if match.group() == ".":
            if _CONJUNCTION_NEXT.match(head, match.end()):
                continue
            following = head[match.end() : match.end() + 12].split(None, 1)
            if following and "." in following[0] and is_initials(following[0].rstrip(",;")):
                continue  # "Rowe, W. F.; Duerst": more initials of the same name follow
            prefix = head[: match.end()]
        else:
            prefix = head[: match.start()]
        authors = parse_authors(prefix)
        if authors:
            return authors, match.end()
        if match.group() == "." and _last_segment_is_initials(prefix):
            continue
        return None
    return None


def _bare_year_authors(head: str, limit: int) -> tuple[re.Match[str], AuthorList] | None:
    """ "Smith AB, Jones CD. 2015." / "Smith, John. 2009.": a year right after the authors."""
    for count, match in enumerate(_BARE_YEAR.finditer(head, 0, min(limit, 3000))):
        if count >= 3:
            break
        authors = parse_authors(head[: match.start("pre") + 1])
        if authors:
            return match, authors
    return None


def _first_emphasis(text: str) -> tuple[int, int] | None:
    """Start and end of the first ``*...*`` run (markers included)."""
    start = text.find("*")
    while start != -1:
        inner = start
        while inner < len(text) and text[inner] == "*":
            inner += 1
        close = text.find("*", inner)
        if close == -1:
            return None
        end = close
        while end < len(text) and text[end] == "*":
            end += 1
        if text[inner:close].strip():
            return start, end
        start = text.find("*", end)
    return None


def _title_end(text: str) -> tuple[int, int] | None:
    """(end of the title, start of what follows) at the first real sentence end, or None."""
    for count, match in enumerate(_BOUNDARY.finditer(text)):
        if count >= 60:
            break  # no title holds that many abbreviations: treat the text as one title
        index = match.start()
        if text[index] == ".":
            low = max(0, index - 40)
            word_start = max(text.rfind(" ", low, index), text.rfind("(", low, index), low - 1) + 1
            word = text[word_start:index]
            if (len(word) == 1 and word.isupper()) or "." in word or fold(word) in _ABBREVIATIONS:
                continue
        following = text[match.end() : match.end() + 40].lstrip()
        if following[:1] == "[" or (
            following[:1].islower() and not any(ch.isupper() for ch in following.split(" ", 1)[0])
        ):
            continue  # "... of the. [translation]" / "vs. them": not a sentence end ("eLife" is)
        end = match.end() if text[index] in "?!" else index
        return end, match.end()
    return None


def _descriptors(text: str, parsed: Fields) -> str:
    """Remove "[Dissertation]", "[Thesis]"... and note the kind they announce."""
    pieces: list[str] = []
    last = 0
    for match in _BRACKET.finditer(text):
        content = fold(match.group(1))
        for keyword, kind in _DESCRIPTORS:
            if keyword in content:
                if kind and not parsed.kind:
                    parsed.kind = kind
                pieces.append(text[last : match.start()].rstrip())
                last = match.end()
                break
    pieces.append(text[last:])
    return "".join(pieces)


def _detail_parens(text: str, parsed: Fields) -> str:
    """Remove "(Project No. 693799; pp. 1–32)", "(pp. 12–34)", "(2nd ed.)" and read them."""
    pieces: list[str] = []
    last = 0
    for match in _DETAIL_PAREN.finditer(text):
        content = match.group(1)
        if not _DETAIL_WORDS.search(content):
            continue
        pages = _PAREN_PAGES.search(content)
        if pages and not parsed.pages:
            parsed.pages = pages.group(1)
        if _REPORT_WORDS.search(content) and not parsed.kind:
            parsed.kind = "report"
        pieces.append(text[last : match.start()])
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _numeric_tail(body: str, parsed: Fields) -> str:
    """Read volume/issue/pages (and a Vancouver year) from the end; return what precedes them."""
    window_start = max(0, len(body) - 200)
    window = body[window_start:]
    lowered = window.lower()
    labelled = _LABELLED_TAIL.search(window) if ("vol" in lowered or "t." in lowered) else None
    if labelled:
        tail = window[labelled.start() :]
        volume_match = _LABELLED_VOL.search(tail)
        issue_match = _LABELLED_ISS.search(tail)
        pages_match = _LABELLED_PAGES.search(tail)
        years = _ANY_YEAR.findall(tail)
        parsed.volume = volume_match.group(1) if volume_match else None
        parsed.issue = issue_match.group(1) if issue_match else None
        parsed.pages = pages_match.group(1) if pages_match else parsed.pages
        if years and not parsed.year:
            parsed.year = years[-1]
        return body[: window_start + labelled.start()]
    for needed, pattern in _TAILS:
        if needed and needed not in window:
            continue
        match = pattern.search(window)
        if not match:
            continue
        groups = match.groupdict()
        volume = groups.get("vol")
        if (
            volume
            and _ANY_YEAR.fullmatch(volume)
            and not groups.get("iss")
            and not groups.get("pages")
        ):
            parsed.year = parsed.year or volume  # ", 2010" at the end is a year, not a volume
            return body[: window_start + match.start()]
        if groups.get("year") and not parsed.year:
            parsed.year = groups["year"]
        parsed.volume = groups.get("vol") or parsed.volume
        parsed.issue = groups.get("iss") or parsed.issue
        pages = groups.get("pages") or groups.get("range")
        if pages:
            parsed.pages = pages
        return body[: window_start + match.start()]
    return body


def _publisher(text: str) -> str | None:
    """ "New York: Routledge" -> "Routledge"; "(Stanford University Press)" -> its content."""
    text = text.strip(" .,;:")
    if len(text) > 2 and text[0] == "(" and text[-1] == ")" and "(" not in text[1:]:
        text = text[1:-1]
    if _CITY_PUBLISHER.fullmatch(text):
        text = text.split(":", 1)[1]
    return clean(text)


def _container_after_title(rest: str, parsed: Fields) -> str | None:
    """What follows the title: a journal/site, "In: Editors, editors. Book", or a publisher."""
    rest = rest.strip(" .,;:")
    if not rest:
        return None
    chapter = re.match(r"In:?\s+", rest)
    if chapter:
        parsed.kind = parsed.kind or "chapter"
        rest = rest[chapter.end() :]
        editors = _EDITORS_END.search(rest)
        if editors:
            rest = rest[editors.end() :]
        end = _title_end(rest)
        return clean(rest[: end[0]] if end else rest)
    inner = _CHAPTER_IN.search(rest)
    if inner and inner.start() > 0:
        parsed.kind = parsed.kind or "chapter"
        rest = rest[: inner.start()]
    numbered = parsed.volume or parsed.issue or parsed.pages
    if (
        not numbered
        and not parsed.kind
        and (_CITY_PUBLISHER.fullmatch(rest) or _PUBLISHER.search(rest))
    ):
        parsed.kind = "book"
    if parsed.kind in ("book", "report", "thesis"):
        parsed.publisher = _publisher(rest)
        return None  # what follows a book's title is its publisher, not a container
    return clean(rest)


def _title_and_container(main: str, parsed: Fields, title_known: bool) -> None:
    main = main.strip(" .,;:")
    if not main:
        return
    if title_known:
        parsed.container = _container_after_title(main, parsed)
        return
    emphasis = _first_emphasis(main)
    if emphasis and emphasis[0] == 0:
        parsed.title = clean(_descriptors(main[: emphasis[1]], parsed), title=True)
        if not parsed.kind and main[emphasis[1] :].strip(" .,;:"):
            parsed.kind = "book"
        after = main[emphasis[1] :].strip(" .,;:")
        if after.startswith("In ") or after.startswith("In:"):
            parsed.container = _container_after_title(after, parsed)
        elif after:
            parsed.publisher = _publisher(after)
        return
    if main[0] in _QUOTE_PAIRS:
        close = main.find(_QUOTE_PAIRS[main[0]], 1)
        if close > 1 and (main[close - 1] in ".,?!" or main[close + 1 : close + 2] in (".", ",")):
            parsed.title = clean(main[: close + 1], title=True)
            parsed.container = _container_after_title(main[close + 1 :], parsed)
            return
    if emphasis:
        before = main[: emphasis[0]]
        chapter = _CHAPTER_IN.search(before)
        if chapter and chapter.start() > 0:
            parsed.kind = parsed.kind or "chapter"
            before = before[: chapter.start()]
        parsed.title = clean(before, title=True)
        parsed.container = clean(_descriptors(main[emphasis[0] : emphasis[1]], parsed))
        return
    end = _title_end(main)
    if end is None:
        parsed.title = clean(main, title=True)
        return
    parsed.title = clean(main[: end[0]], title=True)
    parsed.container = _container_after_title(main[end[1] :], parsed)


def _parse_body(body: str, parsed: Fields, title_known: bool) -> None:
    body = body.strip().lstrip(".,;:) ").rstrip(" .,;:")
    body = _descriptors(body, parsed)
    lowered = body.lower()
    if " ed" in lowered:
        body = _EDITION.sub("", body)
    if (
        not parsed.kind
        and ("thesis" in lowered or "dissertation" in lowered)
        and _THESIS.search(body)
    ):
        parsed.kind = "thesis"
    body = _detail_parens(body, parsed).rstrip(" .,;:")
    if not parsed.year:  # "..., 54(2):91–98, 2011." / "... Press, 2014.": the year closes it
        window_start = max(0, len(body) - 40)
        closing = _TRAILING_YEAR.search(body, window_start)
        if closing and closing.start() > 0:
            parsed.year = closing.group("year")
            body = body[: closing.start()].rstrip(" .,;:")
    main = _numeric_tail(body, parsed).rstrip(" .,;:")
    if not parsed.year:
        window_start = max(0, len(main) - 60)
        trailing = _TRAILING_YEAR.search(main, window_start)
        if trailing and trailing.start() > 0:
            parsed.year = trailing.group("year")
            main = main[: trailing.start()]
    if parsed.kind == "book" and parsed.volume and not parsed.pages and not parsed.issue:
        parsed.pages, parsed.volume = parsed.volume, None
    _title_and_container(main, parsed, title_known)
    if parsed.kind == "book" and parsed.volume and not parsed.pages and not parsed.issue:
        parsed.pages, parsed.volume = parsed.volume, None
    if not parsed.year:
        years = _ANY_YEAR.findall(body)
        if years:
            parsed.year = years[-1]


def _identifiers(text: str, parsed: Fields) -> tuple[int, re.Match[str] | None]:
    """DOI, URLs and the access date; returns where the bibliographic part ends (the first
    identifier) and the access note, which may stand anywhere ("2015 [cited ...];12:3")."""
    cut = len(text)
    doi = find_doi(text)
    if doi is not None:
        parsed.doi = doi.doi
        parsed.doi_raw = doi.raw if doi.malformed else None
        cut = doi.start
    urls = find_urls(text)
    parsed.urls = tuple(url for url, _, _ in urls)
    for url, start, end in urls:
        cut = min(cut, start)
        is_doi_url = doi is not None and start <= doi.start < end
        if parsed.url is None and not is_doi_url and "doi.org/" not in url.lower():
            parsed.url = url
    best: re.Match[str] | None = None
    lowered = text.lower()
    for keys, pattern in _ACCESSED:
        if not any(key in lowered for key in keys):
            continue  # cheap test first: these patterns are slow on every entry
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is not None:
        parsed.accessed = " ".join(best.group("d").split()).rstrip(".,") or None
    return cut, best


def parse_fields(raw: str) -> Fields:
    """All fields of one entry (see the module docstring for the order of reading)."""
    parsed = Fields()
    text = " ".join(raw.split())
    label = _LEADING_LABEL.match(text)
    if label and not (label.group(1) and 1500 <= int(label.group(1)) <= 2099):
        text = text[label.end() :]  # "[12] ", "7. ": a numbering label given with the entry
    cut, accessed = _identifiers(text, parsed)
    if accessed is not None:  # blank it out in place so that offsets found above stay valid
        start, end = accessed.span()
        text = text[:start] + " " * (end - start) + text[end:]
        if not text[end:cut].strip(" .,;:<>()[]"):
            cut = min(cut, start)
    head = _strip_trailing_lead_in(text[:cut])
    paren = _PAREN_YEAR.search(head)
    bare = _bare_year_authors(head, paren.start() if paren else len(head))
    if paren and not bare:
        authors = parse_authors(head[: paren.start()]) if paren.start() else None
        body_start = paren.end()
        if authors:
            parsed.year = _normalise_year(paren.group("y"))
        else:
            leading = _leading_authors(head, paren.start())
            if leading:
                authors, body_start = leading
            else:
                parsed.title = clean(head[: paren.start()], title=True)
                parsed.year = _normalise_year(paren.group("y"))
    elif bare:
        match, authors = bare
        parsed.year = match.group("y")
        body_start = match.end()
    else:
        leading = _leading_authors(head, len(head))
        authors, body_start = leading if leading else (None, 0)
    if authors:
        parsed.authors, parsed.et_al, parsed.corporate = (
            authors.persons,
            authors.et_al,
            authors.corporate,
        )
    _parse_body(head[body_start:], parsed, title_known=parsed.title is not None)
    if parsed.year is None:
        late = _PAREN_YEAR.search(text, cut)  # Nature: "... doi:10.1/x (2005)."
        if late and late.group("y")[:1].isdigit():
            parsed.year = late.group("y")
    if parsed.kind is None:
        if parsed.container and (parsed.volume or parsed.issue):
            parsed.kind = "journal"
        elif parsed.url and not (parsed.volume or parsed.issue or parsed.pages):
            parsed.kind = "web"
    return parsed

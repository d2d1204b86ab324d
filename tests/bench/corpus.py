"""Render labelled JATS articles (eLife, PLOS) to plain-text manuscripts, keeping the gold.

Why: the corpus gives links from each printed callout (``xref``) to its reference and structured
fields for each reference, but refcheck reads manuscripts, not JATS. Rendering the body and the
reference list as printed, while recording where each callout and each entry lands in the text,
turns every article into a plain-text test case with an answer key.

Only the standard library is used (``xml.etree.ElementTree``) so the benchmark runs on a fresh
install. Rendering choices (documented because the scores depend on them):

- body: the article title, then ``article/body`` in document order; section titles on their own
  line; paragraphs, list items, figure/table captions and table rows (cells joined by `` | ``) as
  paragraphs separated by blank lines; MathML text is kept, LaTeX (``tex-math``) is dropped;
- callouts exactly as printed: the ``xref`` text with the surrounding parentheses, semicolons and
  brackets from the paragraph text;
- then a ``References`` heading and one entry per line: PLOS ``mixed-citation`` as its own text
  (names as ``Surname GN``) prefixed with ``1. ``; PLOS ``element-citation``/``nlm-citation`` in
  the PLOS style of their time (``Surname GN (2009) Title. Journal 23: 2563–2577.``); eLife
  ``element-citation`` in eLife's style (``Surname GN, Surname GN. 2015. Title. Journal
  12:345–356. doi: 10.7554/eLife.01234``).

Gold fields are recorded only for what the rendered entry actually prints.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
COLLECTIONS = ("elife_jats", "elife_jats_recent", "plos_jats")

_WS = re.compile(r"\s+")
_DOI_IN_TEXT = re.compile(r"10\.\d{4,9}/[^\s\"<>]+")
_DOI_HOST = re.compile(r"^(?:https?://)?(?:dx\.)?doi\.org/", re.IGNORECASE)
_NUMERIC_XREF = re.compile(r"\[?\s*\d{1,4}(?:\s*[:;,][^\[\]]*)?\s*\]?")  # "12", "[1: fig. 4]"
_RANGE_JOIN = re.compile(r"\]?\s*[-–—−]\s*\[?")

# Elements whose content is not printed text (or is printed elsewhere).
_SKIP = frozenset(
    {
        "tex-math",
        "graphic",
        "inline-graphic",
        "object-id",
        "alt-text",
        "long-desc",
        "permissions",
        "attrib",
        "uri",
        "annotation",
        "label-skip",
    }
)
# Block elements: they end the current paragraph and start their own.
_BLOCKS = frozenset(
    {
        "p",
        "sec",
        "title",
        "list",
        "list-item",
        "fig",
        "fig-group",
        "table-wrap",
        "table-wrap-group",
        "table-wrap-foot",
        "caption",
        "disp-formula",
        "disp-formula-group",
        "boxed-text",
        "disp-quote",
        "statement",
        "def-list",
        "def-item",
        "supplementary-material",
        "media",
        "table",
        "thead",
        "tbody",
        "tr",
        "fn",
        "fn-group",
        "glossary",
        "speech",
        "verse-group",
        "code",
        "preformat",
        "array",
        "chem-struct-wrap",
    }
)


def local(tag: object) -> str:
    """The tag without its namespace (``{uri}math`` -> ``math``); comments give ``""``."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def norm_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


def text_of(element: ET.Element | None) -> str:
    """Printed text of an element, whitespace collapsed, LaTeX and graphics left out."""
    if element is None:
        return ""
    return norm_ws("".join(_itertext(element)))


def _itertext(element: ET.Element) -> list[str]:
    out: list[str] = []
    tag = local(element.tag)
    if tag in _SKIP or not tag:
        return out
    if element.text:
        out.append(element.text)
    for child in element:
        out.extend(_itertext(child))
        if child.tail:
            out.append(child.tail)
    return out


@dataclass(frozen=True)
class GoldCitation:
    """One printed callout: its span in the rendered text and the reference ids it points to.

    A PLOS range ``[7]–[14]`` (two ``xref`` endpoints joined by a dash) is one callout whose
    targets are every reference from the first endpoint to the last in list order.
    """

    start: int
    end: int
    text: str
    targets: tuple[str, ...]
    kind: str  # "author-date" | "numeric"
    is_range: bool = False


@dataclass(frozen=True)
class GoldFields:
    authors: tuple[str, ...] = ()  # family names (or the collab name) in order
    corporate: bool = False  # the first author is a collab (organisation)
    et_al: bool = False  # the author list ends with "et al"
    year: str | None = None
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None  # "345-356", "3929-38", "e01234"
    doi: str | None = None
    url: str | None = None
    publisher: str | None = None  # not scored; tells whether an entry has a "source"
    # the journal's markup put the journal inside the article-title (no <source>, nothing but
    # punctuation printed between the title and the volume): the tagged title is not the title
    journal_in_title: bool = False

    @property
    def first_author(self) -> str | None:
        return self.authors[0] if self.authors else None


@dataclass(frozen=True)
class GoldRef:
    id: str
    start: int  # span of the entry text, label ("1. ") excluded
    end: int
    label: str | None
    markup: str  # element-citation | mixed-citation | nlm-citation
    pub_type: str
    fields: GoldFields
    cited: bool  # some rendered callout (or range) points to it


@dataclass(frozen=True)
class Article:
    name: str  # "elife_jats/elife00003.xml"
    collection: str  # "elife" | "plos"
    style: str  # "author-date" | "numeric" (the article's callout style)
    text: str
    citations: tuple[GoldCitation, ...]
    refs: tuple[GoldRef, ...]
    body_xrefs: int = 0  # bibr xrefs in article/body
    rendered_xrefs: int = 0  # of those, how many were rendered (with known targets)

    def ref(self, ref_id: str) -> GoldRef:
        for r in self.refs:
            if r.id == ref_id:
                return r
        raise KeyError(ref_id)


# ---------------------------------------------------------------------------------------------
# Body


@dataclass
class _Writer:
    """Appends text with whitespace collapsed, tracking offsets for the gold spans."""

    chunks: list[str] = field(default_factory=list)
    pos: int = 0
    pending_space: bool = False
    line_empty: bool = True
    xrefs: list[tuple[int, int, str, tuple[str, ...]]] = field(default_factory=list)

    def _emit(self, value: str) -> None:
        self.chunks.append(value)
        self.pos += len(value)

    def text(self, value: str) -> None:
        if not value:
            return
        value = _WS.sub(" ", value)
        if value.startswith(" "):
            self.pending_space = True
            value = value.lstrip(" ")
        if not value:
            return
        trailing = value.endswith(" ")
        value = value.rstrip(" ")
        if self.pending_space and not self.line_empty:
            self._emit(" ")
        self._emit(value)
        self.line_empty = False
        self.pending_space = trailing

    def token(self, value: str) -> tuple[int, int]:
        """Emit ``value`` (whitespace collapsed, stripped) and return its span."""
        value = norm_ws(value)
        if self.pending_space and not self.line_empty and value:
            self._emit(" ")
            self.pending_space = False
        start = self.pos
        if value:
            self._emit(value)
            self.line_empty = False
        return start, self.pos

    def block(self) -> None:
        if not self.line_empty:
            self._emit("\n\n")
        self.line_empty = True
        self.pending_space = False

    def line(self) -> None:
        if not self.line_empty:
            self._emit("\n")
        self.line_empty = True
        self.pending_space = False

    def value(self) -> str:
        return "".join(self.chunks)


def _render_inline(element: ET.Element, w: _Writer) -> None:
    """Render an element's content; block children start their own paragraphs."""
    if element.text:
        w.text(element.text)
    for child in element:
        tag = local(child.tag)
        if not tag or tag in _SKIP:
            pass
        elif tag == "xref" and child.get("ref-type") == "bibr":
            start, end = w.token("".join(_itertext(child)))
            targets = tuple((child.get("rid") or "").split())
            w.xrefs.append((start, end, w.value()[start:end], targets))
        elif tag in _BLOCKS:
            w.block()
            _render_block(child, w)
            w.block()
        else:
            _render_inline(child, w)
        if child.tail:
            w.text(child.tail)


def _render_block(element: ET.Element, w: _Writer) -> None:
    tag = local(element.tag)
    if tag in {"sec", "boxed-text", "fig-group", "table-wrap-group", "list", "def-list"}:
        for child in element:
            if local(child.tag) == "title":
                w.block()
                _render_inline(child, w)
                w.block()
            elif local(child.tag) not in _SKIP:
                _render_block(child, w)
        return
    if tag in {"fig", "table-wrap", "supplementary-material", "media", "chem-struct-wrap"}:
        w.block()
        label = element.find("label")
        if label is not None:
            w.text(text_of(label) + " ")
        caption = element.find("caption")
        if caption is not None:
            for part in caption:
                if local(part.tag) in {"title", "p"}:
                    _render_inline(part, w)
                    w.text(" ")
        w.block()
        for child in element:
            if local(child.tag) in {"table", "table-wrap-foot", "alternatives"}:
                _render_block(child, w)
        return
    if tag == "alternatives":
        for child in element:
            if local(child.tag) == "table":
                _render_block(child, w)
        return
    if tag in {"table", "thead", "tbody", "tfoot"}:
        for child in element:
            _render_block(child, w)
        w.block()
        return
    if tag == "tr":
        w.line()
        for number, cell in enumerate(element):
            if number:
                w.text(" | ")
            _render_inline(cell, w)
        w.line()
        return
    if tag in {"list-item", "def-item", "table-wrap-foot", "fn-group", "fn", "caption"}:
        w.block()
        for child in element:
            if local(child.tag) in {"p", "term", "def", "title"}:
                _render_inline(child, w)
                w.block()
            elif local(child.tag) in _BLOCKS:
                _render_block(child, w)
        w.block()
        return
    if tag in {"disp-formula", "disp-formula-group"}:
        w.block()
        _render_inline(element, w)
        w.block()
        return
    if tag in {"label", "object-id"}:
        return
    w.block()
    _render_inline(element, w)
    w.block()


# ---------------------------------------------------------------------------------------------
# References


def _citation_element(ref: ET.Element) -> ET.Element | None:
    for child in ref:
        if local(child.tag) in {"element-citation", "mixed-citation", "nlm-citation"}:
            return child
    return None


def _name_text(name: ET.Element) -> tuple[str, str]:
    """(family, printed "Surname GN [Suffix]") of a ``name`` element."""
    surname = text_of(name.find("surname"))
    given = text_of(name.find("given-names"))
    suffix = text_of(name.find("suffix"))
    printed = " ".join(p for p in (surname, given, suffix) if p)
    if not surname and local(name.tag) == "string-name":
        # a name as one string ("Smith JA", "J. A. Smith"): its family is the words before
        # trailing initials, else the last word
        printed = text_of(name)
        words = printed.split()
        initials = len(words) > 1 and re.fullmatch(r"(?:[A-Z]\.?-?){1,4}", words[-1])
        surname = " ".join(words[:-1]) if initials else (words[-1] if words else "")
    return surname, printed


def _people(citation: ET.Element, kind: str) -> tuple[list[tuple[str, str, bool]], bool]:
    """Persons of one role in order: (family, printed, is_collab), and whether an etal follows."""
    people: list[tuple[str, str, bool]] = []
    etal = False
    groups = [
        g
        for g in citation.iter()
        if local(g.tag) == "person-group" and (g.get("person-group-type") or "author") == kind
    ]
    containers: list[ET.Element] = list(groups)
    if kind == "author":
        containers.append(citation)  # mixed/nlm citations put names or collab directly inside
    for container in containers:
        for child in container:
            tag = local(child.tag)
            if container is citation and tag not in {"name", "string-name", "collab", "etal"}:
                if tag != "person-group":
                    break  # names after the year or title are editors ("In: Wax N, editor")
                continue
            if tag in {"name", "string-name"}:
                family, printed = _name_text(child)
                if family or printed:
                    people.append((family or printed, printed, False))
            elif tag == "collab":
                name = text_of(child)
                if name:
                    people.append((name, name, True))
            elif tag == "etal":
                etal = True
    return people, etal


def _first(citation: ET.Element, *tags: str) -> str | None:
    for tag in tags:
        for child in citation:
            if local(child.tag) == tag:
                value = text_of(child)
                if value:
                    return value
    return None


def _doi_of(citation: ET.Element) -> str | None:
    for element in citation.iter():
        tag = local(element.tag)
        if tag in {"pub-id", "object-id"} and element.get("pub-id-type") == "doi":
            value = text_of(element)
            if value:
                return _DOI_HOST.sub("", value)
        if tag == "ext-link":
            href = element.get(XLINK_HREF) or ""
            if element.get("ext-link-type") == "doi":
                return _DOI_HOST.sub("", href or text_of(element))
            if _DOI_HOST.match(href):
                return _DOI_HOST.sub("", href)
    return None


def _url_of(citation: ET.Element) -> str | None:
    """The first URL printed as such (a PubMed link printed as "12345" is not a printed URL)."""
    for element in citation.iter():
        if local(element.tag) == "ext-link" and element.get("ext-link-type") in (None, "uri"):
            href = element.get(XLINK_HREF) or ""
            printed = text_of(element)
            if _DOI_HOST.match(href) or _DOI_HOST.match(printed):
                continue
            if "://" in printed or printed.startswith("www."):
                return printed
    return None


def _pages(citation: ET.Element) -> str | None:
    fpage = _first(citation, "fpage")
    lpage = _first(citation, "lpage")
    if fpage and lpage:
        return f"{fpage}–{lpage}"
    return fpage or _first(citation, "elocation-id")


def _end(text: str) -> str:
    """Terminate a sentence-like part with a full stop unless it already ends with one."""
    text = text.strip()
    if not text or text[-1] in ".?!":
        return text
    return text + "."


def _authors_printed(people: list[tuple[str, str, bool]], etal: bool) -> str:
    names = ", ".join(printed for _, printed, _ in people)
    if etal:
        names = f"{names}, et al" if names else "et al"
    return names


def _common_fields(citation: ET.Element) -> dict[str, object]:
    people, etal = _people(citation, "author")
    if not people:
        people, _ = _people(citation, "editor")
    title = _first(citation, "article-title", "chapter-title", "data-title")
    source = _first(citation, "source")
    container = source
    pub_type = citation.get("publication-type") or citation.get("citation-type") or ""
    if title is None and pub_type in {"book", "other", "thesis", "software"} and source:
        title, container = source, None
    return {
        "authors": tuple(family for family, _, _ in people),
        "corporate": bool(people) and people[0][2],
        "et_al": etal,
        "year": _first(citation, "year"),
        "title": title,
        "container": container,
        "volume": _first(citation, "volume"),
        "issue": _first(citation, "issue"),
        "pages": _pages(citation),
        "doi": _doi_of(citation),
        "url": _url_of(citation),
        "publisher": _first(citation, "publisher-name"),
    }


def _gold(values: dict[str, object], printed: str, **drop: bool) -> GoldFields:
    """Gold fields, keeping only the values that the printed entry contains."""
    kept: dict[str, object] = {}
    folded = printed.casefold()
    for key, value in values.items():
        if drop.get(key):
            continue
        if isinstance(value, str) and key != "pages" and value.casefold() not in folded:
            continue
        kept[key] = value
    return GoldFields(**kept)  # type: ignore[arg-type]


def render_elife_entry(citation: ET.Element) -> tuple[str, GoldFields]:
    """eLife's style: ``Surname GN, Surname GN. 2015. Title. Journal 12:345–356. doi: 10.…``."""
    values = _common_fields(citation)
    people, etal = _people(citation, "author")
    editors, _ = _people(citation, "editor")
    pub_type = citation.get("publication-type") or ""
    title = values["title"]
    source = _first(citation, "source")
    parts: list[str] = []
    if people or etal:
        parts.append(_end(_authors_printed(people, etal)))
    elif editors:
        parts.append(_end(_authors_printed(editors, False) + ", editors"))
    year = _first(citation, "year")
    if year:
        parts.append(_end(year))
    if isinstance(title, str):
        parts.append(_end(title))
    volume = _first(citation, "volume")
    pages = _pages(citation)
    publisher = _first(citation, "publisher-name")
    location = _first(citation, "publisher-loc")
    comment = _first(citation, "comment")
    drop_issue = True
    if pub_type in {"journal"} or (pub_type in {"other", "confproc"} and volume):
        if source:
            tail = source
            if volume:
                tail += f" {volume}"
                if pages:
                    tail += f":{pages}"
            elif pages:
                tail += f" {pages}"
            parts.append(_end(tail))
        elif pages:
            parts.append(_end(pages))
    elif pub_type in {"book", "other", "thesis", "confproc"}:
        chapter = source and values["container"] == source
        if chapter:
            if editors:
                parts.append(f"In: {_authors_printed(editors, False)}, editors.")
            else:
                parts.append("In:")
            parts.append(_end(source or ""))
        conf = _first(citation, "conf-name")
        if conf:
            parts.append(_end(conf))
        if comment:
            parts.append(_end(comment))
        place = ", ".join(p for p in (publisher, location) if p)
        if place:
            parts.append(_end(place))
        if pages:
            parts.append(_end(f"p. {pages}"))
    else:  # data, software, web, preprint
        if source and source != title:
            parts.append(_end(source))
        edition = _first(citation, "edition")
        if edition:
            parts.append(_end(edition))
        if comment:
            parts.append(_end(comment))
        place = ", ".join(p for p in (publisher, location) if p)
        if place:
            parts.append(_end(place))
        if volume:
            parts.append(_end(f"{volume}" + (f":{pages}" if pages else "")))
    url = values["url"]
    if isinstance(url, str) and url.casefold() not in " ".join(parts).casefold():
        parts.append(url)
    doi = values["doi"]
    if isinstance(doi, str) and doi.casefold() not in " ".join(parts).casefold():
        parts.append(f"doi: {doi}")
    printed = norm_ws(" ".join(p for p in parts if p))
    return printed, _gold(values, printed, issue=drop_issue)


def render_plos_entry(citation: ET.Element) -> tuple[str, GoldFields]:
    """PLOS style before mixed-citation: ``Surname GN, Surname GN (2009) Title. Journal 23: 1–9.``"""
    values = _common_fields(citation)
    people, etal = _people(citation, "author")
    editors, _ = _people(citation, "editor")
    pub_type = citation.get("publication-type") or citation.get("citation-type") or ""
    head = _authors_printed(people, etal)
    # an edited book, as PLOS prints it: "Hillel D, Rosenzweig C, editors (2011) Handbook …";
    # a chapter with editors and no authors names nobody at its head
    editors_lead = not head and bool(editors) and values["container"] is None
    if editors_lead:
        head = _authors_printed(editors, False) + ", editors"
    year = _first(citation, "year")
    if year:
        head = f"{head} ({year})" if head else f"({year})"
    elif head:
        head = _end(head)  # no year to close the names: a full stop does ("HapMap Consortium.")
    parts: list[str] = [head] if head else []
    title = values["title"]
    source = _first(citation, "source")
    if isinstance(title, str):
        parts.append(_end(title))
    volume = _first(citation, "volume")
    issue = _first(citation, "issue")
    pages = _pages(citation)
    publisher = _first(citation, "publisher-name")
    location = _first(citation, "publisher-loc")
    if pub_type == "journal" or (source and values["container"] == source and volume):
        tail = source or ""
        if volume:
            tail += f" {volume}"
            if issue:
                tail += f"({issue})"
        if pages:
            tail += f": {pages}" if volume else f" {pages}"
        if tail.strip():
            parts.append(_end(tail.strip()))
    else:
        if source and values["container"] == source:
            if editors:
                parts.append(f"In: {_authors_printed(editors, False)}, editors.")
            parts.append(_end(source))
        place = ": ".join(p for p in (location, publisher) if p)
        if place:
            parts.append(_end(place))
        if pages:
            parts.append(_end(f"pp. {pages}" if "–" in pages else f"{pages} p"))
    comment = _first(citation, "comment")
    if comment:
        parts.append(_end(comment))
    url = values["url"]
    if isinstance(url, str) and url.casefold() not in " ".join(parts).casefold():
        parts.append(_end(f"Available: {url}"))
    doi = values["doi"]
    if isinstance(doi, str) and doi.casefold() not in " ".join(parts).casefold():
        parts.append(f"doi:{doi}")
    printed = norm_ws(" ".join(p for p in parts if p))
    unnamed = not people and not editors_lead
    return printed, _gold(values, printed, issue=not issue or not volume, authors=unnamed)


def _mixed_text(element: ET.Element) -> list[str]:
    out: list[str] = []
    tag = local(element.tag)
    if tag in _SKIP or not tag:
        return out
    if tag == "name":
        _, printed = _name_text(element)
        return [printed]
    if tag == "etal" and not (element.text or "").strip():
        return ["et al."]
    if element.text:
        out.append(element.text)
    for child in element:
        out.extend(_mixed_text(child))
        if child.tail:
            out.append(child.tail)
    return out


def _journal_in_title(citation: ET.Element) -> bool:
    """A journal entry whose markup tags no journal, its article-title running into the volume.

    ``<article-title>… in the Azores. Aquat. Living Resour</article-title>. <volume>14``: the
    journal is printed, but inside the title's element, so the tagged title is not the title.
    """
    pub_type = citation.get("publication-type") or citation.get("citation-type") or ""
    if pub_type != "journal" or citation.find(".//{*}source") is not None:
        return False
    children = list(citation)
    for index, child in enumerate(children[:-1]):
        if local(child.tag) == "article-title":
            between = (child.tail or "").strip(" .,;:\n\t")
            return not between and local(children[index + 1].tag) == "volume"
    return False


def render_mixed_entry(citation: ET.Element) -> tuple[str, GoldFields]:
    """A PLOS ``mixed-citation`` as printed (its text, names as ``Surname GN``)."""
    printed = norm_ws("".join(_mixed_text(citation)))
    values = _common_fields(citation)
    values["journal_in_title"] = _journal_in_title(citation)
    if values["doi"] is None:
        match = re.search(r"\bdoi:?\s*(10\.\d{4,9}/\S+)", printed, re.IGNORECASE)
        if match:
            values["doi"] = match.group(1).rstrip(".,;")
    return printed, _gold(values, printed)


# ---------------------------------------------------------------------------------------------
# Articles


def _numeric(printed: str) -> bool:
    """A numeric callout ("12", "[12]"); a bare year ("2009") is an author-date continuation."""
    if not _NUMERIC_XREF.fullmatch(printed):
        return False
    digits = re.match(r"\[?\s*(\d+)", printed)
    return digits is not None and not (
        len(digits.group(1)) == 4 and 1500 <= int(digits.group(1)) <= 2099
    )


def _merge_ranges(
    text: str, xrefs: list[tuple[int, int, str, tuple[str, ...]]], order: dict[str, int]
) -> list[GoldCitation]:
    ids = sorted(order, key=order.__getitem__)
    result: list[GoldCitation] = []
    index = 0
    while index < len(xrefs):
        start, end, printed, targets = xrefs[index]
        kind = "numeric" if _numeric(printed) else "author-date"
        if kind == "numeric" and index + 1 < len(xrefs) and len(targets) == 1:
            n_start, n_end, n_printed, n_targets = xrefs[index + 1]
            between = text[end:n_start]
            if (
                _RANGE_JOIN.fullmatch(between)
                and _numeric(n_printed)
                and len(n_targets) == 1
                and targets[0] in order
                and n_targets[0] in order
                and order[targets[0]] < order[n_targets[0]]
            ):
                span = tuple(ids[order[targets[0]] : order[n_targets[0]] + 1])
                result.append(
                    GoldCitation(start, n_end, text[start:n_end], span, kind, is_range=True)
                )
                index += 2
                continue
        result.append(GoldCitation(start, end, printed, targets, kind))
        index += 1
    return result


def _attach_empty(
    units: list[GoldCitation], empty: list[tuple[int, int, str, tuple[str, ...]]]
) -> list[GoldCitation]:
    """PLOS sometimes tags the middle of a range as empty xrefs (``[23<xref/>–25]``): nothing is
    printed, so they are not callouts; their targets join the callout they sit in or touch."""
    result = list(units)
    for position, _, _, targets in empty:
        best = None
        for index, unit in enumerate(result):
            distance = max(unit.start - position, position - unit.end, 0)
            if distance <= 3 and (best is None or distance < best[0]):
                best = (distance, index)
        if best is not None:
            unit = result[best[1]]
            merged = tuple(dict.fromkeys((*unit.targets, *targets)))
            result[best[1]] = GoldCitation(
                unit.start, unit.end, unit.text, merged, unit.kind, unit.is_range
            )
    return result


def render_article(root: ET.Element, name: str) -> Article:
    """Render one parsed JATS article to text with its gold callouts and references."""
    collection = "plos" if name.startswith("plos") else "elife"
    w = _Writer()
    title = root.find("front/article-meta/title-group/article-title")
    if title is not None:
        w.token(text_of(title))
        w.block()
    body = root.find("body")
    body_xrefs = 0
    if body is not None:
        body_xrefs = sum(
            1 for x in body.iter() if local(x.tag) == "xref" and x.get("ref-type") == "bibr"
        )
        for child in body:
            _render_block(child, w)
    w.block()
    w.token("References")
    w.line()
    refs_raw: list[tuple[str, int, int, str | None, str, str, GoldFields]] = []
    ref_list = root.findall("back/ref-list/ref") or root.findall("back/ref-list/ref-list/ref")
    for ref in ref_list:
        citation = _citation_element(ref)
        ref_id = ref.get("id") or ""
        if citation is None or not ref_id:
            continue
        markup = local(citation.tag)
        if markup == "mixed-citation":
            printed, gold = render_mixed_entry(citation)
        elif collection == "plos":
            printed, gold = render_plos_entry(citation)
        else:
            printed, gold = render_elife_entry(citation)
        if not printed:
            continue
        label = text_of(ref.find("label")) or None
        if collection == "plos" and label:
            w.text(f"{label}. ")
        start, end = w.token(printed)
        w.line()
        pub_type = citation.get("publication-type") or citation.get("citation-type") or ""
        refs_raw.append((ref_id, start, end, label, markup, pub_type, gold))
    text = w.value()
    order = {ref_id: n for n, (ref_id, *_rest) in enumerate(refs_raw)}
    known = [x for x in w.xrefs if x[3] and all(t in order for t in x[3])]
    shown = [x for x in known if x[1] > x[0]]
    citations = _attach_empty(_merge_ranges(text, shown, order), [x for x in known if x[1] == x[0]])
    cited = {t for c in citations for t in c.targets}
    refs = tuple(
        GoldRef(ref_id, start, end, label, markup, pub_type, gold, ref_id in cited)
        for ref_id, start, end, label, markup, pub_type, gold in refs_raw
    )
    kinds = [c.kind for c in citations]
    style = "numeric" if kinds.count("numeric") > len(kinds) / 2 else "author-date"
    return Article(
        name=name,
        collection=collection,
        style=style,
        text=text,
        citations=tuple(citations),
        refs=refs,
        body_xrefs=body_xrefs,
        rendered_xrefs=len(known),
    )


# the other journal's style for each collection's element-citations (mixed-citations carry
# their own print and have no other)
CROSS_STYLES = {"elife": ("PLOS", render_plos_entry), "plos": ("eLife", render_elife_entry)}


def cross_style_entries(root: ET.Element, name: str) -> list[tuple[str, str, GoldFields]]:
    """(style, printed, gold) of each element- or nlm-citation rendered in the other
    collection's style: the same gold fields printed in a style the article does not use, to
    tell how well parsing holds across styles."""
    collection = "plos" if name.startswith("plos") else "elife"
    style, render = CROSS_STYLES[collection]
    entries: list[tuple[str, str, GoldFields]] = []
    for ref in root.findall("back/ref-list/ref") or root.findall("back/ref-list/ref-list/ref"):
        citation = _citation_element(ref)
        if citation is None or local(citation.tag) == "mixed-citation":
            continue
        printed, gold = render(citation)
        if printed:
            entries.append((f"{collection} in {style} style", printed, gold))
    return entries


def parse_xml(data: bytes | str) -> ET.Element:
    """Parse JATS; the DOCTYPE's external DTD is not fetched, unknown entities are blanked."""
    if isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    data = re.sub(r"<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>", "", data, count=1)
    data = re.sub(r"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)\w+;", " ", data)
    return ET.fromstring(data)


def load_article(path: Path, name: str | None = None) -> Article:
    return render_article(parse_xml(path.read_bytes()), name or f"{path.parent.name}/{path.name}")


def read_splits(corpus: Path) -> dict[str, str]:
    """``{"elife_jats/elife00003.xml": "dev", ...}`` from SPLITS.tsv."""
    splits: dict[str, str] = {}
    path = corpus / "SPLITS.tsv"
    if not path.exists():
        return splits
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 2:
            splits[cells[0].strip()] = cells[1].strip()
    return splits


def article_paths(
    corpus: Path, split: str = "dev", only: str | None = None
) -> list[tuple[str, Path]]:
    """(name, path) of the JATS articles of one split, sorted by name."""
    splits = read_splits(corpus)
    found: list[tuple[str, Path]] = []
    for name, value in sorted(splits.items()):
        if value != split or name.split("/", 1)[0] not in COLLECTIONS:
            continue
        if only and not name.startswith(only):
            continue
        path = corpus / name
        if path.exists():
            found.append((name, path))
    return found

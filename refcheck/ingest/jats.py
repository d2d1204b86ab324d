"""JATS (and older NLM) XML reader: an article as plain text, one line per paragraph.

``Document.source`` holds, in this order: the article title; the abstracts; the body (each
section title, paragraph, list item, figure or table caption and table cell on its own line);
the back matter other than the reference list (acknowledgements, appendices, notes); floats
kept apart (``floats-group``); then a line ``References`` followed by one line per ``ref``.
Sub-articles (decision letters, author responses) are not read. Locations: ``line`` is the
line in that text (1-based), ``column`` the code point in the line (1-based).

Why this layout: in-text citations stay exactly as printed, because JATS keeps the callout's
brackets, parentheses and separators in the paragraph text around the ``xref`` element; and
everything that is not the reference list comes before the ``References`` line, so an appendix
whose title is not a known heading word cannot be read as more entries.

References: a ``mixed-citation`` is its own text (it carries the printed punctuation), with
whitespace normalised and a space between a name's surname and given names; an
``element-citation`` or ``nlm-citation`` (fields only) is rendered in the eLife author-date
style, ``Surname GN, Surname GN. 2015. Title. Source 12:345–356. doi: 10.…``. A ``label``
prefixes the line as ``1. ``.

Markup: ``italic`` becomes an ``emphasis`` region; section titles and the ``References`` line
``heading`` regions; a ``sup`` made of numbers is written with Unicode superscript digits (as
the DOCX reader does), so superscript callouts read as callouts.

Safety: parsed by lxml with entity substitution, DTD loading and network access off; a document
that declares entities in an internal DTD subset (billion laughs, external entities) is refused
with one line, and malformed XML gives one line with its line number.
"""

from __future__ import annotations

import html.entities
import re
from dataclasses import dataclass, field
from typing import Any

from refcheck.errors import InputError
from refcheck.ingest.markdown import scan_markup
from refcheck.ingest.safexml import safe_parser
from refcheck.model import Document, Region

_SPACE = re.compile(r"[ \t\r\n]+")  # XML whitespace: a no-break space is content
_NUMERIC = re.compile(r"[\d\s,;+\-–—‒−]*\d[\d\s,;+\-–—‒−]*")
# A raised number is written in superscript characters; a raised sign too ("10⁻⁶" is an
# exponent to the callout scanner), while dashes between numbers stay ranges ("¹–³").
_SUPERSCRIPT = str.maketrans("0123456789-−+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺")
_DOI = re.compile(r"(?:https?://)?(?:dx\.)?doi\.org/(10\.\S+)", re.IGNORECASE)
_SNIFF = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    rb"(?:<!DOCTYPE\s+article\b[^>]{0,400}?(?:JATS|NLM)"
    rb"|<article\b[^>]{0,2000}?(?:dtd-version|article-type|jats\.nlm\.nih\.gov))",
    re.DOTALL,
)
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_REFERENCES_HEADING = "References"

# Elements holding running text: each is a line (or several, when a block sits inside).
_TEXT_BLOCKS = frozenset(
    {"p", "td", "th", "term", "attrib", "verse-line", "preformat", "code", "speaker", "title"}
)
# Elements holding other blocks (whitespace between their children is layout, not text).
_CONTAINERS = frozenset(
    {
        "sec",
        "list",
        "list-item",
        "def-list",
        "def-item",
        "def",
        "fig",
        "fig-group",
        "table-wrap",
        "table-wrap-group",
        "table-wrap-foot",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "col",
        "colgroup",
        "caption",
        "boxed-text",
        "disp-quote",
        "statement",
        "speech",
        "verse-group",
        "chem-struct-wrap",
        "supplementary-material",
        "media",
        "fn-group",
        "fn",
        "glossary",
        "app",
        "app-group",
        "ack",
        "notes",
        "abstract",
        "trans-abstract",
        "body",
        "back",
        "floats-group",
        "array",
        "related-object",
        "question",
        "answer",
        "explanation",
        "question-wrap",
        "answer-set",
        "option",
    }
)
# Elements with no text worth reading (labels are read with their titles).
_SKIPPED = frozenset(
    {
        "object-id",
        "graphic",
        "inline-graphic",
        "alt-text",
        "long-desc",
        "tex-math",
        "permissions",
        "ref-list",
        "sub-article",
        "response",
        "label",
        "disp-formula",
        "disp-formula-group",
        "private-char",
        "sec-meta",
        "kwd-group",
        "funding-group",
    }
)
# Section-like elements whose ``title`` is a heading.
_SECTIONS = frozenset(
    {"sec", "app", "ack", "abstract", "trans-abstract", "glossary", "notes", "fn-group"}
    | {"boxed-text", "app-group", "back"}
)
# Elements whose ``label`` and caption ``title`` make one line: "Figure 1. Lipid droplets".
_CAPTIONED = frozenset(
    {"fig", "table-wrap", "supplementary-material", "boxed-text", "media", "chem-struct-wrap"}
)


@dataclass(slots=True)
class _Line:
    """One output line: normalised text and its italic stretches (offsets in the line)."""

    parts: list[str] = field(default_factory=list)
    size: int = 0
    italic: list[list[int]] = field(default_factory=list)
    heading: bool = False

    def add(self, text: str, italic: bool = False) -> None:
        """Append text, collapsing whitespace (also across pieces) and dropping leading space."""
        text = _SPACE.sub(" ", text)
        if text.startswith(" ") and (self.size == 0 or self.parts[-1].endswith(" ")):
            text = text[1:]
        if not text:
            return
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        if italic:
            last = self.italic[-1] if self.italic else None
            if last is not None and last[1] == start:
                last[1] = self.size
            else:
                self.italic.append([start, self.size])

    def text(self) -> str:
        return "".join(self.parts).rstrip(" ")


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return "#"
    return tag.rpartition("}")[2] if tag.startswith("{") else tag


def _child(element: Any, name: str) -> Any:
    if element is None:
        return None
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


class _Writer:
    """Writes block elements as lines and their running text into them."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self.current: _Line | None = None
        self.depth = 0

    # -- lines --

    def add(self, text: str, italic: bool = False) -> None:
        if self.current is None:
            if not text.strip():
                return
            self.current = _Line()
            self.lines.append(self.current)
        self.current.add(text, italic)

    def end_line(self) -> None:
        self.current = None

    def heading_line(self, *elements: Any, heading: bool = True) -> None:
        """A title line: ``label`` and ``title`` joined by a space (either may be absent)."""
        self.end_line()
        for element in elements:
            if element is not None:
                self.add(" ")
                self.inline(element)
        if self.current is not None:
            self.current.heading = heading
        self.end_line()

    # -- walking --

    def block(self, element: Any) -> None:
        name = _local(element.tag)
        if name in _SKIPPED or name == "#":
            return
        self.depth += 1
        if self.depth <= 300:  # lxml refuses depth > 256; this only guards the recursion
            self.end_line()
            if name in _TEXT_BLOCKS:
                self.inline(element)
            else:
                self.container(element, name)
            self.end_line()
        self.depth -= 1

    def container(self, element: Any, name: str) -> None:
        label = _child(element, "label")
        caption = _child(element, "caption")
        if name in _CAPTIONED:
            self.heading_line(label, _child(caption, "title"), heading=False)
        for child in element:
            child_name = _local(child.tag)
            if child_name == "title":
                if name in _CAPTIONED:
                    continue
                if name == "caption" and _local(element.getparent().tag) in _CAPTIONED:
                    continue  # already written with the label
                self.heading_line(label, child, heading=name in _SECTIONS)
            elif child_name in _TEXT_BLOCKS or child_name in _CONTAINERS:
                self.block(child)
            elif child_name in _SKIPPED or child_name == "#":
                continue
            else:  # inline content directly in a container: a line of its own
                self.end_line()
                self.inline(child)
                self.end_line()

    def inline(self, element: Any, italic: bool = False) -> None:
        """An element's running text (not its tail); blocks inside it get lines of their own."""
        name = _local(element.tag)
        italic = italic or name == "italic"
        if name == "sup":
            text = "".join(str(part) for part in element.itertext())
            if _NUMERIC.fullmatch(text):
                self.add(text.translate(_SUPERSCRIPT), italic)
                return
        if element.text:
            self.add(element.text, italic)
        for child in element:
            self.inline_child(child, italic)
            if child.tail:
                self.add(child.tail, italic)

    def inline_child(self, child: Any, italic: bool) -> None:
        if not isinstance(child.tag, str):
            entity = getattr(child, "name", None)  # an entity lxml kept unexpanded
            if entity and "Entity" in getattr(child.tag, "__name__", ""):
                self.add(html.entities.html5.get(f"{entity};", ""), italic)
            return
        name = _local(child.tag)
        if name in _SKIPPED or name == "fn":
            return
        if name == "alternatives":  # the same content in several forms: read the first
            first = next((c for c in child if _local(c.tag) not in _SKIPPED), None)
            if first is not None:
                self.inline(first, italic)
            return
        if name in _CONTAINERS or (name in _TEXT_BLOCKS and name != "title"):
            self.block(child)  # a list or figure inside a paragraph; the paragraph goes on after
            return
        self.inline(child, italic)


# -- references --------------------------------------------------------------------------------------


def _text(element: Any) -> str:
    if element is None:
        return ""
    return _SPACE.sub(" ", "".join(str(part) for part in element.itertext())).strip()


def _name(element: Any) -> str:
    """``name``/``string-name`` as "Surname Given-names" (element order kept)."""
    local = _local(element.tag)
    if local == "collab":
        return _text(element)
    if local == "string-name" and not any(
        _local(c.tag) in ("surname", "given-names") for c in element
    ):
        return _text(element)
    parts = [
        _text(child)
        for child in element
        if _local(child.tag) in ("surname", "given-names", "prefix", "suffix")
    ]
    return " ".join(part for part in parts if part)


def _people(citation: Any, kind: str) -> list[str]:
    names: list[str] = []
    groups = [
        group
        for group in citation
        if _local(group.tag) == "person-group"
        and (group.get("person-group-type") or "author") == kind
    ]
    if kind == "author" and not groups:
        groups = [citation]  # nlm-citation may hold names directly
    for group in groups:
        for member in group:
            local = _local(member.tag)
            if local in ("name", "string-name", "collab"):
                name = _name(member)
                if name:
                    names.append(name)
            elif local == "etal":
                names.append(_text(member) or "et al.")
    return names


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".?!" else f"{text}."


def _render_element_citation(citation: Any) -> str:
    """Fields-only citations in the eLife style: ``Surname GN. 2015. Title. Source 12:3–4.``"""

    def get(name: str) -> str:
        return _text(_child(citation, name))

    parts: list[str] = []
    authors = _people(citation, "author")
    if authors:
        parts.append(_sentence(", ".join(authors)))
    year = get("year")
    if year:
        parts.append(_sentence(year))
    title = get("article-title") or get("chapter-title") or get("data-title") or get("part-title")
    if title:
        parts.append(_sentence(title))
    editors = _people(citation, "editor") if _child(citation, "person-group") is not None else []
    source = get("source")
    edition = get("edition")
    if editors and source and title:
        label = "editor" if len(editors) == 1 else "editors"
        parts.append(f"In: {', '.join(editors)}, {label}.")
    detail = source
    if edition:
        detail += f" ({edition} edn)" if detail else edition
    volume, issue = get("volume"), get("issue")
    fpage, lpage, elocation = get("fpage"), get("lpage"), get("elocation-id")
    pages = f"{fpage}–{lpage}" if fpage and lpage else fpage or elocation
    numbers = volume + (f"({issue})" if issue else "")
    if numbers and pages:
        numbers += f":{pages}"
    elif pages:
        numbers = pages
    if numbers:
        detail = f"{detail} {numbers}" if detail else numbers
    if detail:
        parts.append(_sentence(detail))
    publisher = ": ".join(x for x in (get("publisher-loc"), get("publisher-name")) if x)
    if publisher:
        parts.append(_sentence(publisher))
    doi = ""
    urls: list[str] = []
    for element in citation.iter():
        local = _local(element.tag)
        if local == "pub-id" and (element.get("pub-id-type") or "") == "doi":
            doi = doi or _text(element)
        elif local in ("ext-link", "uri"):
            href = _href(element) or _text(element)
            found = _DOI.match(href)
            if found:
                doi = doi or found.group(1)
            elif href:
                urls.append(href)
    comment = get("comment")
    if comment and not _DOI.search(comment) and "doi" not in comment.lower():
        parts.append(_sentence(comment))
    accessed = get("date-in-citation")
    if urls and (not comment or urls[0] not in comment):
        parts.append(urls[0])
    if accessed:
        parts.append(_sentence(f"Accessed {accessed}" if accessed[0].isdigit() else accessed))
    if doi:
        parts.append(f"doi: {doi}")
    return " ".join(parts)


def _href(element: Any) -> str:
    for key, value in element.attrib.items():
        if str(key).endswith("href"):
            return str(value).strip()
    return ""


def _render_mixed_citation(citation: Any, writer: _Writer) -> None:
    """A ``mixed-citation``'s own text; names get a space between their parts."""
    if citation.text:
        writer.add(citation.text)
    for child in citation:
        local = _local(child.tag)
        if local in ("name", "string-name"):
            writer.add(_name(child))
        elif local == "person-group":
            _render_mixed_citation(child, writer)
        elif local == "etal":
            writer.add(_text(child) or "et al.")
        elif isinstance(child.tag, str) and local not in _SKIPPED:
            writer.inline(child)
        if child.tail:
            writer.add(child.tail)


def _write_reference(ref: Any, writer: _Writer) -> None:
    writer.end_line()
    label = _text(_child(ref, "label")).strip("[]().: ")
    citations = [
        c for c in ref if _local(c.tag) in ("mixed-citation", "element-citation", "nlm-citation")
    ]
    if not citations:
        citations = [ref]
    if label:
        writer.add(f"{label}. ")
    for index, citation in enumerate(citations):
        if index:
            writer.add(" ")
        if _local(citation.tag) in ("element-citation", "nlm-citation"):
            writer.add(_render_element_citation(citation))
        elif _local(citation.tag) == "mixed-citation":
            _render_mixed_citation(citation, writer)
        else:
            writer.inline(citation)
    if writer.current is None and label:
        writer.add(label)
    writer.end_line()


# -- the article ----------------------------------------------------------------------------------


def _parse(path: str, data: bytes) -> Any:
    from lxml import etree

    parser = safe_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        message = _xml_message(error)
        where = f"line {error.lineno}: " if error.lineno else ""
        raise InputError(f"{path}: is not well-formed XML ({where}{message})") from None
    except ValueError as error:
        raise InputError(f"{path}: cannot be read as XML ({error})") from None
    if root is None:
        raise InputError(f"{path}: is not well-formed XML (no root element)")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None:
        head = data[: data.find(b"<" + root.tag.encode("utf-8", "replace"))]
        if any(True for _ in dtd.iterentities()) or _ENTITY_DECLARATION.search(head):
            raise InputError(
                f"{path}: declares XML entities in its DTD; refused for safety (entity "
                "expansion and external entities are not read)"
            )
    if _local(root.tag) != "article":
        raise InputError(
            f"{path}: is not a JATS article (its root element is <{_local(root.tag)}>, "
            "not <article>)"
        )
    return root


def _xml_message(error: Any) -> str:
    """libxml2's message on one line, without its advice about parser options."""
    message = " ".join(str(error.msg or error).split()).split(", line ")[0].rstrip(".")
    if message.startswith("Excessive depth"):
        return "elements nested more than 256 levels deep"
    return message


def build_document(path: str, root: Any) -> Document:
    """The Document of a parsed JATS ``article`` element (no I/O)."""
    writer = _Writer()
    front = _child(root, "front")
    meta = _child(front, "article-meta")
    title_group = _child(meta, "title-group")
    writer.heading_line(_child(title_group, "article-title"))
    for element in meta if meta is not None else ():
        if _local(element.tag) in ("abstract", "trans-abstract"):
            writer.block(element)
    body = _child(root, "body")
    if body is not None:
        writer.block(body)
    back = _child(root, "back")
    if back is not None:
        writer.block(back)
    floats = _child(root, "floats-group")
    if floats is not None:
        writer.block(floats)
    refs = [
        ref
        for ref in root.iter("ref", "{*}ref")
        if _in_reference_list(ref) and not _in_sub_article(ref, root)
    ]
    if refs:
        writer.end_line()
        writer.add(_REFERENCES_HEADING)
        if writer.current is not None:
            writer.current.heading = True
        writer.end_line()
        for ref in refs:
            _write_reference(ref, writer)
    return _assemble(path, writer.lines)


def _in_reference_list(ref: Any) -> bool:
    parent = ref.getparent()
    return parent is not None and _local(parent.tag) == "ref-list"


def _in_sub_article(element: Any, root: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not root:
        if _local(parent.tag) in ("sub-article", "response"):
            return True
        parent = parent.getparent()
    return False


def _assemble(path: str, lines: list[_Line]) -> Document:
    texts = [line.text() for line in lines]
    source = "\n".join(texts)
    _, scanned = scan_markup(source, markdown=False)
    regions: set[Region] = set(scanned)
    offset = 0
    for line, text in zip(lines, texts, strict=True):
        if line.heading and text:
            regions.add(Region("heading", offset, offset + len(text)))
        for start, stop in line.italic:
            end = min(stop, len(text))
            chunk = text[start:end]
            lead, trail = len(chunk) - len(chunk.lstrip()), len(chunk.rstrip())
            if trail > lead:
                regions.add(Region("emphasis", offset + start + lead, offset + start + trail))
        offset += len(text) + 1
    ordered = tuple(sorted(regions, key=lambda r: (r.start, r.end, r.kind)))
    return Document(path, "jats", source, source, "utf-8", ordered)


def parse_jats(path: str, data: bytes) -> Document:
    """Read a JATS file's bytes (no I/O); InputError with one line when it cannot be read."""
    root = _parse(path, data)
    try:
        return build_document(path, root)
    except RecursionError:  # lxml caps nesting at 256 levels, so this is only a safety net
        raise InputError(f"{path}: is nested too deeply to read") from None


class JatsReader:
    """JATS/NLM journal-article XML (``.xml``, ``.nxml``); sniffed by its DOCTYPE or root."""

    name = "jats"
    suffixes: tuple[str, ...] = (".nxml", ".xml")
    textual = False

    def sniff(self, data: bytes) -> bool:
        head = data[:8192]
        return b"<article" in head and _SNIFF.match(head) is not None and b"docbook" not in head

    def read(self, path: str, data: bytes) -> Document:
        return parse_jats(path, data)


READER = JatsReader()

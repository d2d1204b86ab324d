"""Reference-manager field codes in Word files: Zotero, Mendeley and EndNote citations.

Word stores a managed citation as a *field*: an instruction (the ``w:instrText`` runs between
the ``begin`` and ``separate`` field characters, or ``w:fldSimple/@w:instr``) and a result (the
runs up to ``end``: the citation as the reader sees it). The instruction carries the manager's
own record of each cited work, which is exact data worth checking against the text:

- Zotero: ``ADDIN ZOTERO_ITEM CSL_CITATION {json}``; Mendeley Desktop: ``ADDIN CSL_CITATION
  {json}`` (older: ``ADDIN Mendeley Citation{uuid} CSL_CITATION {json}``). The JSON is a CSL
  citation whose ``citationItems[].itemData`` are CSL-JSON items.
- Mendeley Cite (the newer add-in) uses a content control tagged
  ``MENDELEY_CITATION_v3_<base64 of the same JSON>`` instead of a field.
- EndNote: ``ADDIN EN.CITE <EndNote><Cite>…<record>…</record></Cite></EndNote>``, the XML either
  in the instruction itself or base64-encoded in ``w:fldData`` of the field or of a nested
  ``ADDIN EN.CITE.DATA`` field.

Bibliography fields (``ADDIN ZOTERO_BIBL``, ``ADDIN CSL_BIBLIOGRAPHY``, ``ADDIN Mendeley
Bibliography``, ``ADDIN EN.REFLIST``, the ``MENDELEY_BIBLIOGRAPHY`` control) mark the rendered
reference list; ``HYPERLINK "url"`` fields are links like ``w:hyperlink``.

Everything here is pure and never raises: data that cannot be parsed yields no items, and the
field still counts as a citation (its rendered text is known).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from refcheck.identifiers import find_doi
from refcheck.ingest.csl import CSL_KINDS, csl_date, csl_names, csl_year
from refcheck.ingest.safexml import safe_parser
from refcheck.model import Person, Reference

ORIGIN = "docx-field"
"""``Reference.origin`` of every entry read from a field code."""

MAX_PAYLOAD = 16 * 1024 * 1024
"""Longest instruction or decoded ``w:fldData`` parsed; longer data is ignored, not read."""


@dataclass(frozen=True, slots=True)
class FieldCode:
    """What one field's instruction says.

    ``kind``: "citation", "bibliography" or "hyperlink". ``manager``: "zotero", "mendeley",
    "endnote" or None (hyperlinks). ``items``: the cited works as References (ids "1", "2"... in
    field order; the reader renumbers them). ``stored_text``: the rendering the manager recorded
    when it last updated the field (Zotero ``plainCitation``, Mendeley
    ``plainTextFormattedCitation``, EndNote ``DisplayText``), None when not recorded.
    ``edited``: the manager marks the displayed text as changed by hand (Zotero ``dontUpdate``,
    Mendeley ``manualOverride``). ``url``: a hyperlink's target.
    """

    kind: str
    manager: str | None = None
    items: tuple[Reference, ...] = ()
    stored_text: str | None = None
    edited: bool = False
    url: str | None = None


_ADDIN = re.compile(r"\s*ADDIN\s+", re.IGNORECASE)
_HYPERLINK = re.compile(r"\s*HYPERLINK\b", re.IGNORECASE)
_ARGUMENT = re.compile(r'\\(?P<switch>[A-Za-z*@#!])|"(?P<quoted>[^"]*)"?|(?P<bare>[^\s"\\]+)')
_BIBLIOGRAPHY = re.compile(
    r"(?:ZOTERO_BIBL|CSL_BIBLIOGRAPHY|Mendeley\s+Bibliography|EN\.REFLIST)\b", re.IGNORECASE
)
_CSL = re.compile(r"CSL_CITATION\s*")
_ENDNOTE = re.compile(r"EN\.CITE(?!\.DATA)\b", re.IGNORECASE)
_ENDNOTE_XML = re.compile(r"<EndNote\b")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d{2}|20\d{2})(?!\d)")
_SPACE = re.compile(r"\s+")
_MENDELEY_TAG = "MENDELEY_CITATION_v3_"
_MENDELEY_BIBLIOGRAPHY_TAG = "MENDELEY_BIBLIOGRAPHY"

_ENDNOTE_KINDS = {
    "journal article": "journal",
    "magazine article": "journal",
    "newspaper article": "journal",
    "electronic article": "journal",
    "book": "book",
    "edited book": "book",
    "electronic book": "book",
    "book section": "chapter",
    "electronic book section": "chapter",
    "conference paper": "chapter",
    "conference proceedings": "chapter",
    "thesis": "thesis",
    "report": "report",
    "government document": "report",
    "web page": "web",
    "blog": "web",
    "dataset": "dataset",
    "computer program": "software",
    "unpublished work": "unpublished",
}


def parse_instruction(instruction: str, data: Sequence[str] = ()) -> FieldCode | None:
    """The meaning of one field instruction, or None for fields that are not ours.

    ``data``: the base64 ``w:fldData`` texts of the field and of fields nested in its
    instruction (where EndNote may keep its record XML).
    """
    try:
        return _parse_instruction(instruction, data)
    except Exception:  # field data is untrusted: a parser bug must not stop reading
        return None


def _parse_instruction(instruction: str, data: Sequence[str]) -> FieldCode | None:
    if len(instruction) > MAX_PAYLOAD:
        instruction = instruction[:MAX_PAYLOAD]
    hyperlink = _HYPERLINK.match(instruction)
    if hyperlink is not None:
        return _hyperlink(instruction[hyperlink.end() :])
    addin = _ADDIN.match(instruction)
    if addin is None:
        return None
    rest = instruction[addin.end() :]
    if _BIBLIOGRAPHY.match(rest):
        return FieldCode("bibliography", _bibliography_manager(rest))
    csl = _CSL.search(rest, 0, 200)
    if csl is not None:
        manager = "zotero" if rest.upper().startswith("ZOTERO") else "mendeley"
        return _csl_citation(rest, csl.end(), manager)
    if _ENDNOTE.match(rest):
        return endnote_citation(rest, data)
    return None


def _bibliography_manager(rest: str) -> str:
    upper = rest.upper()
    if upper.startswith("ZOTERO"):
        return "zotero"
    if upper.startswith("EN."):
        return "endnote"
    return "mendeley"


def _hyperlink(arguments: str) -> FieldCode | None:
    """``HYPERLINK "url" \\o "tip"``: the first argument that follows no switch is the target;
    with only ``\\l "bookmark"`` the link stays inside the document (no URL)."""
    switch: str | None = None
    for match in _ARGUMENT.finditer(arguments):
        if match.group("switch") is not None:
            switch = match.group("switch")
            continue
        value = match.group("quoted")
        value = match.group("bare") if value is None else value
        if switch is None and value and value.strip():
            return FieldCode("hyperlink", url=value.strip())
        switch = None
    return None


# -- CSL-JSON (Zotero, Mendeley) ------------------------------------------------------------------


def _csl_citation(text: str, start: int, manager: str) -> FieldCode:
    brace = text.find("{", start)
    if brace == -1:
        return FieldCode("citation", manager)
    try:
        value, _ = json.JSONDecoder().raw_decode(text, brace)
    except (ValueError, RecursionError):
        return FieldCode("citation", manager)
    return csl_citation(value, manager)


def csl_citation(value: object, manager: str) -> FieldCode:
    """A CSL citation object (``{"citationItems": [...], "properties": {...}}``) as a field."""
    if not isinstance(value, Mapping):
        return FieldCode("citation", manager)
    items = []
    entries = value.get("citationItems")
    for index, entry in enumerate(entries if isinstance(entries, list) else [], start=1):
        if not isinstance(entry, Mapping):
            continue
        data = entry.get("itemData")
        if not isinstance(data, Mapping):
            continue
        uris = entry.get("uris") or entry.get("uri")
        key = _text(uris[0]) if isinstance(uris, list) and uris else _text(entry.get("id"))
        items.append(csl_reference(data, str(index), key))
    properties = _mapping(value.get("properties"))
    mendeley = _mapping(value.get("mendeley"))
    stored = (
        _text(properties.get("plainCitation"))
        or _text(mendeley.get("plainTextFormattedCitation"))
        or _plain(_text(properties.get("formattedCitation")))
        or _plain(_text(mendeley.get("formattedCitation")))
    )
    override = _mapping(mendeley.get("manualOverride"))
    edited = bool(properties.get("dontUpdate")) or bool(override.get("isManuallyOverridden"))
    return FieldCode("citation", manager, tuple(items), stored, edited)


def mendeley_control(tag: str) -> FieldCode | None:
    """A Mendeley Cite content control's ``w:tag`` value, or None when it is not one."""
    if tag.startswith(_MENDELEY_BIBLIOGRAPHY_TAG):
        return FieldCode("bibliography", "mendeley")
    if not tag.startswith(_MENDELEY_TAG):
        return None
    payload = tag[len(_MENDELEY_TAG) :]
    if len(payload) > MAX_PAYLOAD:
        return FieldCode("citation", "mendeley")
    try:
        decoded = base64.b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8")
        value = json.loads(decoded)
    except (ValueError, binascii.Error, RecursionError):
        return FieldCode("citation", "mendeley")
    return csl_citation(value, "mendeley")


def csl_reference(item: Mapping[str, Any], id: str, key: str | None = None) -> Reference:
    """One CSL-JSON item as a Reference (``origin="docx-field"``); never raises."""
    authors, corporate = csl_names(item.get("author"))
    year = csl_year(item.get("issued"))
    title = _clean(_text(item.get("title")))
    container = _clean(_first_text(item.get("container-title")))
    volume = _clean(_text(item.get("volume")))
    issue = _clean(_text(item.get("issue")))
    pages = _clean(_text(item.get("page")))
    publisher = _clean(_text(item.get("publisher")))
    doi_value = _clean(_text(item.get("DOI")))
    doi, doi_raw = _doi(doi_value)
    url = _clean(_text(item.get("URL")))
    kind = CSL_KINDS.get(_text(item.get("type")) or "")
    accessed = csl_date(item.get("accessed"))
    raw = _render(authors, year, title, container, volume, issue, pages, publisher, doi, url)
    return Reference(
        id=id,
        raw=raw,
        authors=authors,
        corporate=corporate,
        year=year,
        title=title,
        container=container,
        volume=volume,
        issue=issue,
        pages=pages,
        publisher=publisher,
        doi=doi,
        doi_raw=doi_raw,
        url=url,
        urls=(url,) if url else (),
        accessed=accessed,
        kind=kind,
        key=key or _text(item.get("id")),
        origin=ORIGIN,
    )


# -- EndNote ------------------------------------------------------------------------------------


def endnote_citation(instruction: str, data: Sequence[str] = ()) -> FieldCode:
    """An ``EN.CITE`` field: the record XML from the instruction or the base64 field data."""
    sources = [instruction]
    for chunk in data:
        compact = "".join(chunk.split())
        if not compact or len(compact) > MAX_PAYLOAD * 4 // 3:
            continue
        try:
            sources.append(base64.b64decode(compact + "=" * (-len(compact) % 4)).decode("utf-8"))
        except (ValueError, binascii.Error):
            continue
    for source in sources:
        start = _ENDNOTE_XML.search(source)
        if start is None:
            continue
        end = source.rfind("</EndNote>")
        if end == -1:
            continue
        parsed = endnote_records(source[start.start() : end + len("</EndNote>")])
        if parsed is not None:
            display, items = parsed
            return FieldCode("citation", "endnote", items, display)
    return FieldCode("citation", "endnote")


def endnote_records(xml: str) -> tuple[str | None, tuple[Reference, ...]] | None:
    """``(DisplayText, records)`` of an ``<EndNote>`` citation XML; None if it does not parse."""
    from lxml import etree

    parser = safe_parser(strip=False)
    try:
        root = etree.fromstring(xml.encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or root.getroottree().docinfo.internalDTD is not None:
        return None
    display: str | None = None
    items: list[Reference] = []
    for index, cite in enumerate(root.iterfind("Cite"), start=1):
        if display is None:
            display = _clean(_itertext(cite.find("DisplayText")))
        items.append(_endnote_reference(cite, str(index)))
    return display, tuple(items)


def _endnote_reference(cite: Any, id: str) -> Reference:
    record = cite.find("record")
    if record is None:
        record = cite  # only <Author>/<Year> survive in some exports
    names = [_itertext(a) for a in record.iterfind("contributors/authors/author")]
    if not names and (author := _clean(_itertext(cite.find("Author")))):
        names = [author]
    authors: list[Person] = []
    corporate = bool(names)
    for name in names:
        cleaned = _clean(name)
        if not cleaned:
            continue
        family, comma, given = cleaned.partition(",")
        if comma and family.strip():
            corporate = False
            authors.append(Person(family.strip(), given.strip()))
        else:
            authors.append(Person(cleaned.rstrip(",")))
    year_text = _itertext(record.find("dates/year")) or _itertext(cite.find("Year"))
    year_match = _YEAR.search(year_text or "")
    year = year_match.group(1) if year_match else _clean(year_text)
    title = _clean(_itertext(record.find("titles/title")))
    container = _clean(
        _itertext(record.find("titles/secondary-title"))
        or _itertext(record.find("periodical/full-title"))
    )
    volume = _clean(_itertext(record.find("volume")))
    issue = _clean(_itertext(record.find("number")))
    pages = _clean(_itertext(record.find("pages")))
    publisher = _clean(_itertext(record.find("publisher")))
    doi, doi_raw = _doi(_clean(_itertext(record.find("electronic-resource-num"))))
    urls = tuple(
        url
        for url in (_clean(_itertext(u)) for u in record.iterfind("urls/related-urls/url"))
        if url
    )
    ref_type = record.find("ref-type")
    kind_name = (ref_type.get("name") or "") if ref_type is not None else ""
    key = _clean(_itertext(record.find("rec-number")) or _itertext(cite.find("RecNum")))
    people = tuple(authors)
    url = urls[0] if urls else None
    raw = _render(people, year, title, container, volume, issue, pages, publisher, doi, url)
    return Reference(
        id=id,
        raw=raw,
        authors=people,
        corporate=corporate and bool(people),
        year=year,
        title=title,
        container=container,
        volume=volume,
        issue=issue,
        pages=pages,
        publisher=publisher,
        doi=doi,
        doi_raw=doi_raw,
        url=url,
        urls=urls,
        kind=_ENDNOTE_KINDS.get(str(kind_name).strip().lower()),
        key=key,
        origin=ORIGIN,
    )


# -- helpers --------------------------------------------------------------------------------------


def _itertext(element: Any) -> str | None:
    if element is None:
        return None
    return "".join(str(part) for part in element.itertext())


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def _first_text(value: object) -> str | None:
    if isinstance(value, list):
        return next((t for t in map(_text, value) if t), None)
    return _text(value)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = _SPACE.sub(" ", value).strip()
    return cleaned or None


_TAG = re.compile(r"<[^<>]{0,200}>")


def _plain(value: str | None) -> str | None:
    """A ``formattedCitation`` without its HTML tags (``<i>``, ``<sup>``)."""
    if value is None:
        return None
    return _clean(_TAG.sub("", value))


def _doi(value: str | None) -> tuple[str | None, str | None]:
    """(normalised DOI, the DOI as stored when it had to be repaired)."""
    if not value:
        return None, None
    found = find_doi(value)
    if found is None:
        return None, value
    return found.doi, (value if value != found.doi else None)


def _render(
    authors: tuple[Person, ...],
    year: str | None,
    title: str | None,
    container: str | None,
    volume: str | None,
    issue: str | None,
    pages: str | None,
    publisher: str | None,
    doi: str | None,
    url: str | None,
) -> str:
    """An APA-like one-line rendering, so that reports can quote a field's entry."""
    parts = []
    if authors:
        names = [person.display() for person in authors]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
        parts.append(joined if joined.endswith(".") else f"{joined}.")
    parts.append(f"({year or 'n.d.'}).")
    if title:
        parts.append(title if title[-1] in ".?!" else f"{title}.")
    detail = container or ""
    if volume:
        detail += f", {volume}" if detail else volume
        if issue:
            detail += f"({issue})"
    if pages:
        detail += f", {pages}" if detail else pages
    if detail:
        parts.append(f"{detail}.")
    if publisher and not container:
        parts.append(f"{publisher}.")
    if doi:
        parts.append(f"https://doi.org/{doi}")
    elif url:
        parts.append(url)
    return " ".join(parts)

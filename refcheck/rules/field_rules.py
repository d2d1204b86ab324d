"""Rules about citations a reference manager inserted (Zotero, Mendeley, EndNote fields, RC13x).

A field citation carries the manager's own record of the work, so it can be checked against
what the manuscript prints: the citation text in the body and the entry of the reference list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from refcheck.ingest.docx import FieldCitation
from refcheck.model import Reference, Severity
from refcheck.resolve.targets import normalize_doi
from refcheck.rules import Hit, RuleContext, rule
from refcheck.textnorm import fold, name_key, strip_particles

_MANAGERS = {"zotero": "Zotero", "mendeley": "Mendeley", "endnote": "EndNote"}
_YEAR = re.compile(r"\d{4}")
_SPACE = re.compile(r"\s+")


def _base_year(year: str | None) -> str | None:
    found = _YEAR.search(year or "")
    return found.group() if found else None


def _family_key(reference: Reference) -> str | None:
    family = reference.first_family
    return name_key(strip_particles(family)) if family else None


def _prints(text: str, item: Reference) -> bool:
    """The displayed text still names the item: its first author's surname and its year."""
    family, year = _family_key(item), _base_year(item.year)
    if family and family not in name_key(text):
        return False
    return not (year and year not in text)


def _edited(field: FieldCitation) -> bool:
    """Marked as edited by the manager, or the text differs from the manager's rendering and no
    longer names every stored work (a numeric callout names none, so any change counts)."""
    if field.edited:
        return True
    if field.stored_text is None:
        return False
    shown, stored = (_SPACE.sub(" ", t).strip() for t in (field.text, field.stored_text))
    if fold(shown) == fold(stored):
        return False
    if not any(ch.isalpha() for ch in shown):
        return True
    return any(not _prints(field.text, item) for item in field.items)


def _linked_entries(context: RuleContext, field: FieldCitation) -> list[str]:
    """The list entries the citations printed inside the field link to, in order."""
    ids: list[str] = []
    for citation in context.citations:
        if field.span.start <= citation.span.start and citation.span.end <= field.span.end:
            link = context.link(citation)
            if link is not None and link.status not in {"none", "ambiguous"}:
                ids.extend(i for i in link.reference_ids if i not in ids)
    return ids


def _pairs(context: RuleContext, field: FieldCitation) -> Iterator[tuple[Reference, Reference]]:
    """Each stored item with its entry: by order when the counts agree, else by first author."""
    entries = [context.reference(i) for i in _linked_entries(context, field)]
    if len(entries) == len(field.items):
        yield from zip(field.items, entries, strict=True)
        return
    for item in field.items:
        key = _family_key(item)
        match = next((e for e in entries if key and _family_key(e) == key), None)
        if match is not None:
            yield item, match


def _disagreements(item: Reference, entry: Reference) -> list[str]:
    found = []
    item_doi, entry_doi = normalize_doi(item.doi), normalize_doi(entry.doi)
    if item_doi and entry_doi and item_doi != entry_doi:
        found.append(f"DOI {item.doi} vs {entry.doi}")
    item_key, entry_key = _family_key(item), _family_key(entry)
    if item_key and entry_key and item_key != entry_key:
        found.append(f"first author {item.first_family} vs {entry.first_family}")
    item_year, entry_year = _base_year(item.year), _base_year(entry.year)
    if item_year and entry_year and item_year != entry_year:
        found.append(f"year {item.year} vs {entry.year}")
    return found


@rule(
    "RC130",
    "field-citation-mismatch",
    Severity.WARNING,
    "a reference manager's citation edited by hand, or disagreeing with its entry",
)
def field_citation_mismatch(context: RuleContext) -> Iterator[Hit]:
    """What: a citation a reference manager inserted (a Zotero, Mendeley or EndNote field in a
    DOCX) whose displayed text was edited by hand so that it no longer matches the work the
    manager stored, or whose stored work's DOI, first author or year disagrees with the
    reference-list entry the citation links to.

    Why: the manager's record is exact data. A hand edit is lost (or kept stale) at the next
    refresh, and a stored work that differs from the printed entry means the citation and the
    list point to different works, or one of them is wrong.
    Example: the field shows ``(Smith, 2011)`` but Zotero stored ``(Smith, 2010)``; or Zotero
    stored DOI ``10.1234/a`` while the entry prints ``10.1234/b``.
    Fix: change the work in the manager and refresh the field, rather than editing its text;
    correct whichever of the stored item and the entry is wrong.
    """
    for field in context.document.annotations:
        if not isinstance(field, FieldCitation):
            continue
        manager = _MANAGERS.get(field.manager, field.manager or "the reference manager")
        if _edited(field):
            stored = f" but {manager} stored {field.stored_text!r}" if field.stored_text else ""
            yield Hit(
                f"{manager} citation edited by hand: it shows {field.text!r}{stored}",
                field.span,
                suggestion=field.stored_text or None,
            )
        inside = (c for c in context.citations if field.span.start <= c.span.start)
        first = next((c.id for c in inside if c.span.end <= field.span.end), None)
        for item, entry in _pairs(context, field):
            differences = _disagreements(item, entry)
            if differences:
                yield Hit(
                    f"{manager} citation {field.text!r} stores a work that differs from its "
                    f"entry: {'; '.join(differences)}",
                    field.span,
                    citation_id=first,
                    reference_id=entry.id,
                )

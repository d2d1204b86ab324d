"""CSL-JSON items (pandoc's CSL-JSON/YAML bibliographies, Zotero and Mendeley field codes): the
item types, names and dates, read one way wherever CSL appears."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from refcheck.model import Person

CSL_KINDS = {
    "article": "journal",
    "article-journal": "journal",
    "article-magazine": "journal",
    "article-newspaper": "journal",
    "review": "journal",
    "book": "book",
    "chapter": "chapter",
    "paper-conference": "chapter",
    "entry": "chapter",
    "entry-dictionary": "chapter",
    "entry-encyclopedia": "chapter",
    "thesis": "thesis",
    "report": "report",
    "webpage": "web",
    "post": "web",
    "post-weblog": "web",
    "dataset": "dataset",
    "software": "software",
    "manuscript": "unpublished",
}

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def csl_text(value: Any) -> str | None:
    """A scalar as single-spaced text; None for lists, mappings, booleans and blanks."""
    if value is None or isinstance(value, (list, dict, bool)):
        return None
    text = " ".join(str(value).split())
    return text or None


def csl_names(value: Any) -> tuple[tuple[Person, ...], bool]:
    """Persons of a CSL name list, and whether the list is led by an organisation
    (``{"literal": "WHO"}``)."""
    people: list[Person] = []
    corporate = False
    if not isinstance(value, list):
        return (), False
    for name in value:
        if not isinstance(name, Mapping):
            continue
        family = csl_text(name.get("family"))
        if family:
            particle = csl_text(name.get("non-dropping-particle"))
            family = f"{particle} {family}" if particle else family
            given = " ".join(
                part
                for part in (csl_text(name.get("given")), csl_text(name.get("dropping-particle")))
                if part
            )
            people.append(Person(family, given))
            continue
        literal = csl_text(name.get("literal"))
        if literal:
            if not people:
                corporate = True
            people.append(Person(literal))
    return tuple(people), corporate


def _first_part(value: Any) -> list[str] | None:
    parts = value.get("date-parts") if isinstance(value, Mapping) else None
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        return [str(part).strip() for part in parts[0][:3]]
    return None


def _written(value: Mapping[str, Any]) -> str | None:
    return csl_text(value.get("raw")) or csl_text(value.get("literal"))


def csl_year(value: Any) -> str | None:
    """The year of a CSL date: its first date part, else four digits in its text."""
    parts = _first_part(value)
    if parts and parts[0].isdigit():
        return parts[0]
    if isinstance(value, Mapping):
        value = _written(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        found = _YEAR.search(value)
        return found.group(1) if found else None
    return None


def csl_date(value: Any) -> str | None:
    """A CSL date as ``2020-03-18`` (as far as it goes), or its written text."""
    parts = _first_part(value)
    if parts and all(part.isdigit() for part in parts):
        return "-".join([parts[0], *(part.zfill(2) for part in parts[1:])])
    if isinstance(value, Mapping):
        return _written(value)
    return csl_text(value)

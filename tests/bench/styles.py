"""The gold fields of a JATS journal element-citation printed in common citation styles.

The articles print their references in one style each (eLife's, PLOS's); issue 3 asks that
parsing hold across APA, Chicago, MLA, IEEE, Vancouver, Nature and Harvard too. These renderers
follow each style's manual for a journal article (names, year, title, journal, volume, issue,
pages, DOI) closely enough that a reader would take the line for that style; the gold is the
JATS fields, so a parse is scored against what the line holds.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass

from corpus import GoldFields, _citation_element, _doi_of, _first, local, text_of

STYLES = ("apa", "chicago", "harvard", "ieee", "mla", "nature", "vancouver")


@dataclass(frozen=True)
class Work:
    """A journal article's fields as the styles print them."""

    people: tuple[tuple[str, str], ...]  # (family, initials without stops: "JA")
    et_al: bool
    year: str
    title: str
    journal: str
    volume: str | None
    issue: str | None
    first_page: str | None
    last_page: str | None
    doi: str | None

    @property
    def pages(self) -> str | None:
        if self.first_page and self.last_page:
            return f"{self.first_page}–{self.last_page}"
        return self.first_page

    def gold(self) -> GoldFields:
        return GoldFields(
            authors=tuple(family for family, _ in self.people),
            et_al=self.et_al,
            year=self.year,
            title=self.title,
            container=self.journal,
            volume=self.volume,
            issue=self.issue,
            pages=self.pages,
            doi=self.doi,
        )


def _initials(given: str) -> str:
    """ "JA" for "JA", "J. A.", "John A", "Jean-Paul" (initials as Vancouver prints them)."""
    given = given.replace(".", " ").strip()
    if re.fullmatch(r"[A-Z]{1,4}", given):
        return given
    return "".join(part[0] for part in re.split(r"[\s-]+", given) if part[:1].isalpha()).upper()


def work_of(citation: ET.Element) -> Work | None:
    """The work of a journal element-citation with persons as authors; None for any other."""
    if (citation.get("publication-type") or "") != "journal":
        return None
    people: list[tuple[str, str]] = []
    et_al = False
    for group in citation.iter():
        if local(group.tag) != "person-group" or group.get("person-group-type", "author") != (
            "author"
        ):
            continue
        for child in group:
            tag = local(child.tag)
            if tag == "name":
                family = text_of(child.find("surname"))
                initials = _initials(text_of(child.find("given-names")))
                if not family or not initials:
                    return None
                people.append((family, initials))
            elif tag == "etal":
                et_al = True
            else:
                return None  # a group author: the styles print those each their own way
    year = _first(citation, "year")
    title = _first(citation, "article-title")
    journal = _first(citation, "source")
    if not (people and year and title and journal):
        return None
    return Work(
        tuple(people),
        et_al,
        year,
        title.rstrip("."),
        journal,
        _first(citation, "volume"),
        _first(citation, "issue"),
        _first(citation, "fpage") or _first(citation, "elocation-id"),
        _first(citation, "lpage"),
        _doi_of(citation),
    )


def _dotted(initials: str) -> str:
    return " ".join(f"{letter}." for letter in initials)


def _tight(initials: str) -> str:
    return "".join(f"{letter}." for letter in initials)


def _join(names: list[str], last: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + last + names[-1]


def _stop(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def _apa(w: Work) -> str:
    names = [f"{f}, {_dotted(i)}" for f, i in w.people]
    who = _join(names, ", & ") if not w.et_al else ", ".join(names) + ", et al."
    line = f"{who} ({w.year}). {_stop(w.title)} {w.journal}"
    if w.volume:
        line += f", {w.volume}" + (f"({w.issue})" if w.issue else "")
    if w.pages:
        line += f", {w.pages}"
    line += "."
    return line + (f" https://doi.org/{w.doi}" if w.doi else "")


def _chicago(w: Work) -> str:
    first, *rest = w.people
    names = [f"{first[0]}, {_dotted(first[1])}"] + [f"{_dotted(i)} {f}" for f, i in rest]
    who = _join(names, ", and ") if len(names) > 2 else " and ".join(names)
    if w.et_al:
        who += " et al"
    line = f"{_stop(who)} {w.year}. “{_stop(w.title)}” {w.journal}"
    if w.volume:
        line += f" {w.volume}" + (f" ({w.issue})" if w.issue else "")
    if w.pages:
        line += f": {w.pages}"
    line += "."
    return line + (f" https://doi.org/{w.doi}." if w.doi else "")


def _harvard(w: Work) -> str:
    names = [f"{f}, {_tight(i)}" for f, i in w.people]
    who = _join(names, " and ") if not w.et_al else f"{names[0]} et al."
    line = f"{who} ({w.year}) '{w.title}', {w.journal}"
    if w.volume:
        line += f", {w.volume}" + (f"({w.issue})" if w.issue else "")
    if w.pages:
        line += f", pp. {w.pages}" if w.last_page else f", p. {w.pages}"
    line += "."
    return line + (f" doi:{w.doi}." if w.doi else "")


def _ieee(w: Work) -> str:
    names = [f"{_dotted(i)} {f}" for f, i in w.people]
    if w.et_al or len(names) > 6:
        who = f"{names[0]} et al."
    else:
        who = _join(names, ", and ") if len(names) > 2 else " and ".join(names)
    line = f"{who}, “{w.title},” {w.journal}"
    if w.volume:
        line += f", vol. {w.volume}"
    if w.issue:
        line += f", no. {w.issue}"
    if w.pages:
        line += f", pp. {w.pages}" if w.last_page else f", Art. no. {w.pages}"
    line += f", {w.year}"
    return line + (f", doi: {w.doi}." if w.doi else ".")


def _mla(w: Work) -> str:
    first, *rest = w.people
    lead = f"{first[0]}, {_dotted(first[1])}"
    if w.et_al or len(w.people) > 2:
        who = f"{lead}, et al."
    elif rest:
        who = f"{lead}, and {_dotted(rest[0][1])} {rest[0][0]}."
    else:
        who = _stop(lead)
    line = f"{who} “{_stop(w.title)}” {w.journal}"
    if w.volume:
        line += f", vol. {w.volume}"
    if w.issue:
        line += f", no. {w.issue}"
    line += f", {w.year}"
    if w.pages:
        line += f", pp. {w.pages}" if w.last_page else f", p. {w.pages}"
    line += "."
    return line + (f" https://doi.org/{w.doi}." if w.doi else "")


def _nature(w: Work) -> str:
    names = [f"{f}, {_dotted(i)}" for f, i in w.people]
    if w.et_al or len(names) > 5:
        who = f"{names[0]} et al."
    else:
        who = _join(names, " & ") if len(names) > 1 else names[0]
    line = f"{who} {_stop(w.title)} {w.journal}"
    if w.volume:
        line += f" {w.volume}"
    if w.pages:
        line += f", {w.pages}"
    line += f" ({w.year})."
    return line + (f" https://doi.org/{w.doi}" if w.doi else "")


def _vancouver(w: Work) -> str:
    names = [f"{f} {i}" for f, i in w.people]
    who = ", ".join(names) + (", et al" if w.et_al else "")
    line = f"{who}. {_stop(w.title)} {w.journal}. {w.year}"
    if w.volume:
        line += f";{w.volume}" + (f"({w.issue})" if w.issue else "")
    if w.pages:
        line += f":{w.pages}"
    line += "."
    return line + (f" doi:{w.doi}" if w.doi else "")


RENDERERS: dict[str, Callable[[Work], str]] = {
    "apa": _apa,
    "chicago": _chicago,
    "harvard": _harvard,
    "ieee": _ieee,
    "mla": _mla,
    "nature": _nature,
    "vancouver": _vancouver,
}


def render(style: str, work: Work) -> tuple[str, GoldFields]:
    """The line of ``work`` in ``style`` and its gold (the fields the line prints: MLA, IEEE
    and Nature drop later names after "et al.", so only the first author is scored there)."""
    return RENDERERS[style](work), work.gold()


def style_entries(root: ET.Element, every: int = 1) -> list[tuple[str, str, GoldFields]]:
    """(label, printed, gold) of every ``every``-th journal article of the article's list, in
    each style."""
    works = []
    for ref in root.findall("back/ref-list/ref") or root.findall("back/ref-list/ref-list/ref"):
        citation = _citation_element(ref)
        work = work_of(citation) if citation is not None else None
        if work is not None:
            works.append(work)
    entries: list[tuple[str, str, GoldFields]] = []
    for work in works[::every]:
        for style in STYLES:
            printed, gold = render(style, work)
            entries.append(
                (
                    f"journal articles in {style.upper() if len(style) <= 4 else style.title()} style",
                    printed,
                    gold,
                )
            )
    return entries

"""The gold fields of a JATS element-citation printed in common citation styles.

The articles print their references in one style each (eLife's, PLOS's); issue 3 asks that
parsing hold across APA, Chicago, MLA, IEEE, Vancouver, Nature and Harvard too, and the
national styles printed most outside English-speaking journals: ABNT (Brazil), ACS (chemistry),
DIN 1505 (German theses) and GOST (the Russian standard, in its Latin form). Chicago and MLA
also appear with given names in full, and Chicago in its notes-and-bibliography form. These
renderers follow each style's manual for a journal article (names, year, title, journal, volume, issue,
pages, DOI), a book (names, year, title, place, publisher) and a chapter in an edited book
closely enough that a reader would take the line for that style; the gold is the JATS fields,
so a parse is scored against what the line holds.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, replace

from corpus import GoldFields, _citation_element, _doi_of, _first, local, text_of

STYLES = (
    "abnt",
    "acs",
    "apa",
    "chicago",
    "chicago-full",
    "chicago-notes-full",
    "din",
    "gost",
    "harvard",
    "ieee",
    "mla",
    "mla-full",
    "nature",
    "vancouver",
)
# a first given name for each initial, for the styles that print given names in full (Chicago,
# MLA): the corpus gives initials only, and the parser must read "Okafor, James A., and Kate
# Mensah" as well as "Okafor, J. A., and K. Mensah"
_GIVEN = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "Anna Ben Clara David Emma Frank Grace Hugo Ida James Kate Laura Maria Nora Oscar Paul "
        "Quinn Rosa Sara Tom Uma Vera Walter Xavier Yara Zoe".split(),
        strict=True,
    )
)


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
    kind: str = "journal"  # "journal" | "book" | "chapter"
    place: str | None = None
    publisher: str | None = None
    editors: tuple[tuple[str, str], ...] = ()

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
            container=self.journal or None,
            volume=self.volume,
            issue=self.issue,
            pages=self.pages,
            doi=self.doi,
            publisher=self.publisher,
        )


def _initials(given: str) -> str:
    """ "JA" for "JA", "J. A.", "John A", "Jean-Paul" (initials as Vancouver prints them)."""
    given = given.replace(".", " ").strip()
    if re.fullmatch(r"[A-Z]{1,4}", given):
        return given
    return "".join(part[0] for part in re.split(r"[\s-]+", given) if part[:1].isalpha()).upper()


def _persons(citation: ET.Element, role: str) -> tuple[list[tuple[str, str]], bool] | None:
    """(family, initials) of one role's persons and whether "et al." follows; None where a
    group author or a name without initials stands among them."""
    people: list[tuple[str, str]] = []
    et_al = False
    for group in citation.iter():
        if local(group.tag) != "person-group" or group.get("person-group-type", "author") != role:
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
    return people, et_al


def work_of(citation: ET.Element) -> Work | None:
    """The work of a journal, book or chapter element-citation with persons as authors; None
    for any other."""
    kind = citation.get("publication-type") or ""
    authors = _persons(citation, "author")
    editors = _persons(citation, "editor")
    year = _first(citation, "year")
    source = _first(citation, "source")
    if not (authors and authors[0] and editors is not None and year and source):
        return None
    people, et_al = authors
    title = _first(citation, "article-title", "chapter-title")
    publisher = _first(citation, "publisher-name")
    pages = (
        _first(citation, "fpage") or _first(citation, "elocation-id"),
        _first(citation, "lpage"),
    )
    if kind == "journal" and title:
        return Work(
            tuple(people),
            et_al,
            year,
            title.rstrip("."),
            source,
            _first(citation, "volume"),
            _first(citation, "issue"),
            *pages,
            _doi_of(citation),
        )
    if kind != "book" or not publisher or _first(citation, "edition", "comment", "volume"):
        return None
    place = _first(citation, "publisher-loc")
    if title is None:  # a whole book
        return Work(
            tuple(people),
            et_al,
            year,
            source.rstrip("."),
            "",
            None,
            None,
            None,
            None,
            None,
            kind="book",
            place=place,
            publisher=publisher,
        )
    if not (pages[0] and pages[1] and editors[0]):
        return None
    return Work(
        tuple(people),
        et_al,
        year,
        title.rstrip("."),
        source,
        None,
        None,
        *pages,
        None,
        kind="chapter",
        place=place,
        publisher=publisher,
        editors=tuple(editors[0]),
    )


def _parts(initials: str) -> list[str]:
    """The given names' parts: letters ("JA"), or words and letters ("James A")."""
    return initials.split() if any(ch.islower() for ch in initials) else list(initials)


def _dotted(initials: str) -> str:
    return " ".join(part if len(part) > 1 else f"{part}." for part in _parts(initials))


def _tight(initials: str) -> str:
    return "".join(f"{letter}." for letter in initials)


def _join(names: list[str], last: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + last + names[-1]


def _stop(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def _apa(w: Work) -> str:
    line = f"{_apa_names(w)} ({w.year}). {_stop(w.title)} {w.journal}"
    if w.volume:
        line += f", {w.volume}" + (f"({w.issue})" if w.issue else "")
    if w.pages:
        line += f", {w.pages}"
    line += "."
    return line + (f" https://doi.org/{w.doi}" if w.doi else "")


def _chicago(w: Work) -> str:
    line = f"{_chicago_names(w)} {w.year}. “{_stop(w.title)}” {w.journal}"
    if w.volume:
        line += f" {w.volume}" + (f" ({w.issue})" if w.issue else "")
    if w.pages:
        line += f": {w.pages}"
    line += "."
    return line + (f" https://doi.org/{w.doi}." if w.doi else "")


def _harvard(w: Work) -> str:
    line = f"{_harvard_names(w)} ({w.year}) '{w.title}', {w.journal}"
    if w.volume:
        line += f", {w.volume}" + (f"({w.issue})" if w.issue else "")
    if w.pages:
        line += f", pp. {w.pages}" if w.last_page else f", p. {w.pages}"
    line += "."
    return line + (f" doi:{w.doi}." if w.doi else "")


def _ieee(w: Work) -> str:
    line = f"{_ieee_names(w)}, “{w.title},” {w.journal}"
    if w.volume:
        line += f", vol. {w.volume}"
    if w.issue:
        line += f", no. {w.issue}"
    if w.pages:
        line += f", pp. {w.pages}" if w.last_page else f", Art. no. {w.pages}"
    line += f", {w.year}"
    return line + (f", doi: {w.doi}." if w.doi else ".")


def _mla(w: Work) -> str:
    line = f"{_mla_names(w)} “{_stop(w.title)}” {w.journal}"
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
    line = f"{_nature_names(w)} {_stop(w.title)} {w.journal}"
    if w.volume:
        line += f" {w.volume}"
    if w.pages:
        line += f", {w.pages}"
    line += f" ({w.year})."
    return line + (f" https://doi.org/{w.doi}" if w.doi else "")


def _vancouver_names(w: Work) -> str:
    return ", ".join(f"{f} {i}" for f, i in w.people) + (", et al" if w.et_al else "")


def _vancouver(w: Work) -> str:
    line = f"{_vancouver_names(w)}. {_stop(w.title)} {w.journal}. {w.year}"
    if w.volume:
        line += f";{w.volume}" + (f"({w.issue})" if w.issue else "")
    if w.pages:
        line += f":{w.pages}"
    line += "."
    return line + (f" doi:{w.doi}" if w.doi else "")


def _imprint(w: Work, between: str = ": ") -> str:
    return f"{w.place}{between}{w.publisher}" if w.place else f"{w.publisher}"


def _editors(w: Work, form: Callable[[str, str], str], last: str = " and ") -> str:
    names = [form(family, initials) for family, initials in w.editors]
    return _join(names, "," + last) if len(names) > 2 else last.join(names)


def _apa_names(w: Work) -> str:
    names = [f"{f}, {_dotted(i)}" for f, i in w.people]
    return _join(names, ", & ") if not w.et_al else ", ".join(names) + ", et al."


def _apa_book(w: Work) -> str:
    if w.kind == "book":
        return f"{_apa_names(w)} ({w.year}). {_stop(w.title)} {_stop(w.publisher or '')}"
    eds = _editors(w, lambda f, i: f"{_dotted(i)} {f}", " & ")
    mark = "Eds." if len(w.editors) > 1 else "Ed."
    return (
        f"{_apa_names(w)} ({w.year}). {_stop(w.title)} In {eds} ({mark}), {w.journal} "
        f"(pp. {w.pages}). {_stop(w.publisher or '')}"
    )


def _chicago_names(w: Work) -> str:
    first, *rest = w.people
    names = [f"{first[0]}, {_dotted(first[1])}"] + [f"{_dotted(i)} {f}" for f, i in rest]
    who = _join(names, ", and ") if len(names) > 2 else " and ".join(names)
    return _stop(who + (" et al" if w.et_al else ""))


def _chicago_book(w: Work) -> str:
    if w.kind == "book":
        return f"{_chicago_names(w)} {w.year}. {_stop(w.title)} {_stop(_imprint(w))}"
    eds = _editors(w, lambda f, i: f"{_dotted(i)} {f}")
    return (
        f"{_chicago_names(w)} {w.year}. “{_stop(w.title)}” In {w.journal}, edited by {eds}, "
        f"{w.pages}. {_stop(_imprint(w))}"
    )


def _harvard_names(w: Work) -> str:
    names = [f"{f}, {_tight(i)}" for f, i in w.people]
    return _join(names, " and ") if not w.et_al else f"{names[0]} et al."


def _harvard_book(w: Work) -> str:
    if w.kind == "book":
        return f"{_harvard_names(w)} ({w.year}) {_stop(w.title)} {_stop(_imprint(w))}"
    eds = _editors(w, lambda f, i: f"{f}, {_tight(i)}")
    mark = "eds" if len(w.editors) > 1 else "ed."
    return (
        f"{_harvard_names(w)} ({w.year}) '{w.title}', in {eds} ({mark}) {_stop(w.journal)} "
        f"{_imprint(w)}, pp. {w.pages}."
    )


def _ieee_names(w: Work) -> str:
    names = [f"{_dotted(i)} {f}" for f, i in w.people]
    if w.et_al or len(names) > 6:
        return f"{names[0]} et al."
    return _join(names, ", and ") if len(names) > 2 else " and ".join(names)


def _ieee_book(w: Work) -> str:
    if w.kind == "book":
        return f"{_ieee_names(w)}, {_stop(w.title)} {_imprint(w)}, {w.year}."
    eds = _editors(w, lambda f, i: f"{_dotted(i)} {f}")
    mark = "Eds." if len(w.editors) > 1 else "Ed."
    return (
        f"{_ieee_names(w)}, “{w.title},” in {w.journal}, {eds}, {mark} {_imprint(w)}, "
        f"{w.year}, pp. {w.pages}."
    )


def _mla_names(w: Work) -> str:
    first, *rest = w.people
    lead = f"{first[0]}, {_dotted(first[1])}"
    if w.et_al or len(w.people) > 2:
        return f"{lead}, et al."
    if rest:
        return f"{lead}, and {_dotted(rest[0][1])} {rest[0][0]}."
    return _stop(lead)


def _mla_book(w: Work) -> str:
    if w.kind == "book":
        return f"{_mla_names(w)} {_stop(w.title)} {w.publisher}, {w.year}."
    eds = _editors(w, lambda f, i: f"{_dotted(i)} {f}")
    return (
        f"{_mla_names(w)} “{_stop(w.title)}” {w.journal}, edited by {eds}, {w.publisher}, "
        f"{w.year}, pp. {w.pages}."
    )


def _nature_names(w: Work) -> str:
    names = [f"{f}, {_dotted(i)}" for f, i in w.people]
    if w.et_al or len(names) > 5:
        return f"{names[0]} et al."
    return _join(names, " & ") if len(names) > 1 else names[0]


def _nature_book(w: Work) -> str:
    if w.kind == "book":
        return f"{_nature_names(w)} {w.title} ({w.publisher}, {w.year})."
    eds = _editors(w, lambda f, i: f"{f}, {_dotted(i)}", " & ")
    mark = "eds" if len(w.editors) > 1 else "ed."
    return f"{_nature_names(w)} in {w.journal} ({mark} {eds}) {w.pages} ({w.publisher}, {w.year})."


def _vancouver_book(w: Work) -> str:
    who = _vancouver_names(w)
    if w.kind == "book":
        return f"{who}. {_stop(w.title)} {_imprint(w)}; {w.year}."
    eds = ", ".join(f"{f} {i}" for f, i in w.editors)
    mark = "editors" if len(w.editors) > 1 else "editor"
    return (
        f"{who}. {_stop(w.title)} In: {eds}, {mark}. {_stop(w.journal)} {_imprint(w)}; "
        f"{w.year}. p. {w.pages}."
    )


def _abnt_names(w: Work) -> str:
    if w.et_al or len(w.people) > 3:
        family, initials = w.people[0]
        return f"{family.upper()}, {_dotted(initials)} et al."
    return "; ".join(f"{f.upper()}, {_dotted(i)}" for f, i in w.people)


def _abnt(w: Work) -> str:
    line = f"{_abnt_names(w)} {_stop(w.title)} {w.journal}"
    if w.volume:
        line += f", v. {w.volume}"
    if w.issue:
        line += f", n. {w.issue}"
    if w.pages:
        line += f", p. {w.pages}"
    line += f", {w.year}."
    return line + (f" DOI: {w.doi}." if w.doi else "")


def _abnt_book(w: Work) -> str:
    if w.kind == "book":
        return f"{_abnt_names(w)} {_stop(w.title)} {_imprint(w)}, {w.year}."
    eds = "; ".join(f"{f.upper()}, {_dotted(i)}" for f, i in w.editors)
    return (
        f"{_abnt_names(w)} {_stop(w.title)} In: {eds} (ed.). {_stop(w.journal)} {_imprint(w)}, "
        f"{w.year}. p. {w.pages}."
    )


def _acs_names(w: Work) -> str:
    names = "; ".join(f"{f}, {_dotted(i)}" for f, i in w.people)
    return names + ("; et al." if w.et_al else "")


def _acs(w: Work) -> str:
    line = f"{_stop(_acs_names(w))} {_stop(w.title)} {w.journal} {w.year}"
    if w.volume:
        line += f", {w.volume}" + (f" ({w.issue})" if w.issue else "")
    if w.pages:
        line += f", {w.pages}"
    line += "."
    return line + (f" DOI: {w.doi}." if w.doi else "")


def _acs_book(w: Work) -> str:
    imprint = f"{w.publisher}: {w.place}" if w.place else f"{w.publisher}"
    if w.kind == "book":
        return f"{_stop(_acs_names(w))} {w.title}; {imprint}, {w.year}."
    eds = "; ".join(f"{f}, {_dotted(i)}" for f, i in w.editors)
    mark = "Eds." if len(w.editors) > 1 else "Ed."
    return (
        f"{_stop(_acs_names(w))} {_stop(w.title)} In {w.journal}; {eds}, {mark}; {imprint}, "
        f"{w.year}; pp {w.pages}."
    )


def _gost_names(w: Work) -> str:
    names = [f"{f} {_dotted(i)}" for f, i in w.people[:3]]
    return ", ".join(names) + (" et al." if w.et_al or len(w.people) > 3 else "")


def _gost(w: Work) -> str:
    line = f"{_gost_names(w)} {w.title} // {w.journal}. {w.year}."
    if w.volume:
        line += f" Vol. {w.volume}" + (f", no. {w.issue}." if w.issue else ".")
    if w.pages:
        line += f" P. {w.pages}." if w.last_page else f" Art. {w.pages}."
    return line + (f" DOI: {w.doi}." if w.doi else "")


def _gost_book(w: Work) -> str:
    if w.kind == "book":
        return f"{_gost_names(w)} {_stop(w.title)} {_imprint(w)}, {w.year}."
    eds = ", ".join(f"{_dotted(i)} {f}" for f, i in w.editors)
    return (
        f"{_gost_names(w)} {w.title} // {w.journal} / ed. by {eds}. {_imprint(w)}, {w.year}. "
        f"P. {w.pages}."
    )


def _chicago_notes(w: Work) -> str:
    """Chicago's notes-and-bibliography entry, as humanities journals print it."""
    line = f"{_chicago_names(w)} “{_stop(w.title)}” {w.journal}"
    if w.volume:
        line += f" {w.volume}" + (f", no. {w.issue}" if w.issue else "")
    line += f" ({w.year})"
    if w.pages:
        line += f": {w.pages}"
    line += "."
    return line + (f" https://doi.org/{w.doi}." if w.doi else "")


def _chicago_notes_book(w: Work) -> str:
    if w.kind == "book":
        return f"{_chicago_names(w)} {_stop(w.title)} {_imprint(w)}, {w.year}."
    eds = _editors(w, lambda f, i: f"{_dotted(i)} {f}")
    return (
        f"{_chicago_names(w)} “{_stop(w.title)}” In {w.journal}, edited by {eds}, {w.pages}. "
        f"{_imprint(w)}, {w.year}."
    )


def _din_names(w: Work) -> str:
    names = " ; ".join(f"{f.upper()}, {_dotted(i)}" for f, i in w.people)
    return names + (" u. a." if w.et_al else "")


def _din(w: Work) -> str:
    """DIN 1505-2, as German theses print it."""
    line = f"{_din_names(w)}: {_stop(w.title)} In: {w.journal}"
    if w.volume:
        line += f" {w.volume}"
    line += f" ({w.year})"
    if w.issue:
        line += f", Nr. {w.issue}"
    if w.pages:
        line += f", S. {w.pages}"
    return line + (f". – DOI {w.doi}" if w.doi else "")


def _din_book(w: Work) -> str:
    imprint = f"{w.place} : {w.publisher}" if w.place else f"{w.publisher}"
    if w.kind == "book":
        return f"{_din_names(w)}: {_stop(w.title)} {imprint}, {w.year}"
    eds = " ; ".join(f"{f.upper()}, {_dotted(i)}" for f, i in w.editors)
    return (
        f"{_din_names(w)}: {_stop(w.title)} In: {eds} (Hrsg.): {_stop(w.journal)} {imprint}, "
        f"{w.year}, S. {w.pages}"
    )


RENDERERS: dict[str, tuple[Callable[[Work], str], Callable[[Work], str]]] = {
    "chicago-notes": (_chicago_notes, _chicago_notes_book),
    "din": (_din, _din_book),
    "abnt": (_abnt, _abnt_book),
    "acs": (_acs, _acs_book),
    "gost": (_gost, _gost_book),
    "apa": (_apa, _apa_book),
    "chicago": (_chicago, _chicago_book),
    "harvard": (_harvard, _harvard_book),
    "ieee": (_ieee, _ieee_book),
    "mla": (_mla, _mla_book),
    "nature": (_nature, _nature_book),
    "vancouver": (_vancouver, _vancouver_book),
}


def _full_given(initials: str) -> str:
    """ "James A" for "JA": the first initial written out, as Chicago and MLA print names."""
    if not initials or any(ch.islower() for ch in initials):
        return initials
    return " ".join([_GIVEN.get(initials[0], initials[0]), *initials[1:]])


def render(style: str, work: Work) -> tuple[str, GoldFields]:
    """The line of ``work`` in ``style`` and its gold (the fields the line prints: Nature
    prints no chapter's title)."""
    if style.endswith("-full"):
        style = style.removesuffix("-full")
        work = replace(
            work,
            people=tuple((family, _full_given(given)) for family, given in work.people),
            editors=tuple((family, _full_given(given)) for family, given in work.editors),
        )
    journal, book = RENDERERS[style]
    line = journal(work) if work.kind == "journal" else book(work)
    gold = work.gold()
    if style == "nature" and work.kind == "chapter":
        gold = replace(gold, title=None)
    return line, gold


def style_entries(root: ET.Element, every: int = 1) -> list[tuple[str, str, GoldFields]]:
    """(label, printed, gold) of every ``every``-th journal article and every book and chapter
    of the article's list, in each style."""
    works = []
    for ref in root.findall("back/ref-list/ref") or root.findall("back/ref-list/ref-list/ref"):
        citation = _citation_element(ref)
        work = work_of(citation) if citation is not None else None
        if work is not None:
            works.append(work)
    journals = [work for work in works if work.kind == "journal"]
    books = [work for work in works if work.kind != "journal"]
    entries: list[tuple[str, str, GoldFields]] = []
    for work in journals[::every] + books:
        label = "journal articles" if work.kind == "journal" else "books and chapters"
        for style in STYLES:
            printed, gold = render(style, work)
            base = style.removesuffix("-full")
            named = base.upper() if len(base) <= 4 else base.title()  # "ABNT", "Chicago"
            named = named.replace("-Notes", " notes")
            if base != style:
                named += " (full names)"
            entries.append((f"{label} in {named} style", printed, gold))
    return entries

"""BibTeX both ways through pybtex: ``parse_bibtex`` (text -> References) and ``render_bibtex``.

Reading uses pybtex's low-level parser directly rather than ``parse_string``: errors go to a
per-call list instead of pybtex's global strict mode and error counter (which raise or print to
stderr), every entry's line is known, and a repeated key keeps both entries so that the
duplicate can be reported. An entry with a syntax error inside is left out and its line reported;
the entries around it are kept. Field values are turned into plain Unicode (LaTeX accents via
latexcodec, braces and formatting commands dropped); ``url`` and ``doi`` are verbatim fields and
are only unwrapped.

Writing goes through ``BibliographyData``/``Entry``/``Person`` and pybtex's BibTeX writer, which
LaTeX-escapes text (``&`` -> ``\\&``) and keeps non-ASCII as UTF-8 (biber, bibtex8 and pybtex read
it); ``url``/``doi`` are written verbatim, since an escaped ``\\%`` would break the link.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import latexcodec  # noqa: F401  (registers the "ulatex" codec)
from pybtex.bibtex.utils import split_name_list
from pybtex.database import BibliographyData, Entry
from pybtex.database import Person as PybtexPerson
from pybtex.database.input.bibtex import LowLevelParser, UndefinedMacro, month_names
from pybtex.database.output.bibtex import Writer as PybtexWriter
from pybtex.scanner import PybtexSyntaxError
from pybtex.textutils import normalize_whitespace
from pybtex.utils import CaseInsensitiveDict

from refcheck.dates import MONTHS
from refcheck.identifiers import find_doi, is_doi_url
from refcheck.model import Document, Person, Reference
from refcheck.textnorm import fold, is_particle


@dataclass(frozen=True, slots=True)
class ParsedBibtex:
    """What one ``.bib`` text yielded. ``errors`` are fatal for their entry; ``warnings`` not."""

    references: tuple[Reference, ...]
    errors: tuple[str, ...] = ()  # "refs.bib:10: syntax error: '}' expected"
    warnings: tuple[str, ...] = ()  # repeated keys or fields, undefined @string macros


# -- reading ------------------------------------------------------------------------------------

_KINDS = {
    "article": "journal",
    "book": "book",
    "mvbook": "book",
    "booklet": "book",
    "collection": "book",
    "proceedings": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "bookinbook": "chapter",
    "inproceedings": "chapter",
    "conference": "chapter",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
    "manual": "report",
    "online": "web",
    "electronic": "web",
    "www": "web",
    "dataset": "dataset",
    "software": "software",
    "unpublished": "unpublished",
}

# Which field holds the container (the journal, book or site an item is part of), by entry type.
# A book, thesis or report is no part of anything: what follows its title is its publisher,
# which goes to ``Reference.publisher`` (as the plain-text reference parser does).
_CONTAINER_FIELDS = {
    "article": ("journal", "journaltitle"),
    "incollection": ("booktitle",),
    "inbook": ("booktitle",),
    "bookinbook": ("booktitle",),
    "inproceedings": ("booktitle",),
    "conference": ("booktitle",),
}
_NO_CONTAINER = frozenset(
    {"book", "mvbook", "booklet", "collection", "proceedings", "phdthesis", "mastersthesis"}
    | {"thesis", "techreport", "report", "manual"}
)
_GENERIC_CONTAINER = ("journal", "journaltitle", "booktitle", "howpublished")
_PUBLISHER_FIELDS = ("publisher", "school", "institution", "organization")
_INHERITED = ("booktitle", "publisher", "year", "date", "volume", "address", "editor", "series")
_VERBATIM = frozenset({"url", "doi", "eprint", "file"})

_FORMATTING = re.compile(
    r"\\(?:emph|textit|textbf|textsc|textrm|textsf|texttt|textup|textsl|textmd|textnormal"
    r"|mkbibemph|mkbibquote|mkbibbold|enquote|url|path|nolinkurl|uppercase|lowercase"
    r"|MakeUppercase|MakeLowercase|relax|protect|mbox|hbox|noopsort\{[^{}]*\})(?![A-Za-z])\s*"
)
_LOGOS = re.compile(r"\\(LaTeX|TeX|BibTeX)(?![A-Za-z])\s?")
_TIE = re.compile(r"(?<!\\)~")
# A LaTeX accent or named character with its argument: \'{e}, \'e, \'\i, \v{Z}, \c c, \l, \ss{}.
_LATEX_TOKEN = re.compile(
    r"\\[`'^\"~=.](?:\s*\{[^{}]*\}|\s*\\[ij](?![A-Za-z])|\s*[A-Za-z])"
    r"|\\[uvHtcdbkr](?:\s*\{[^{}]*\}|\s+[A-Za-z])"
    r"|\\[A-Za-z]+(?:\{\}|\s*+)"  # TeX drops the spaces that end a control word
)
_BRACES = re.compile(r"(?<!\\)[{}]")
_ESCAPED = re.compile(r"\\([{}%&$#_])")
_COMMAND = re.compile(r"\\[A-Za-z]+\s*+")
_CONTROL_SPACE = re.compile(r"\\[,;:! ]")
_SPACE = re.compile(r"\s+")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)([a-z]?)(?![a-z])")
_NO_DATE = re.compile(r"^\s*n\.?\s*d\.?\s*$", re.I)
_ACCESSED = re.compile(
    r"\b(?:accessed|retrieved|last\s+visited|date)\b[\s:]*(?:on\s+)?([^.;\])]+)", re.I
)
_LATEX_DECODE: Any = codecs.getdecoder("ulatex")  # Any: typeshed types decoders for bytes only
_URL_WRAPPER = re.compile(r"^\\(?:url|href)\s*\{([^{}]*)\}")


@functools.lru_cache(maxsize=4096)
def _decode_latex(token: str) -> str:
    """One LaTeX command through latexcodec (slow per character, so only the command itself)."""
    with contextlib.suppress(ValueError, LookupError, TypeError, KeyError, IndexError):
        return str(_LATEX_DECODE(token)[0])
    return token  # keep the raw text rather than lose the field


def _decode_token(match: re.Match[str]) -> str:
    return _decode_latex(match.group())


def delatex(value: str) -> str:
    """Plain Unicode from a BibTeX field: ``{\\'C}wiek`` -> ``Ćwiek``, ``{Central Asia}`` -> text."""
    value = _FORMATTING.sub("", value)
    value = _LOGOS.sub(r"\1", value)
    value = _TIE.sub(" ", value)  # "~" is a non-breaking space; "\~{n}" is an accent
    if "\\" in value:
        value = _LATEX_TOKEN.sub(_decode_token, value)
    value = value.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”")
    value = _BRACES.sub("", value)
    value = _ESCAPED.sub(r"\1", value)
    value = _COMMAND.sub("", value)
    value = _CONTROL_SPACE.sub(" ", value)
    value = value.replace("\xa0", " ")
    return _SPACE.sub(" ", value).strip()


def _verbatim(value: str) -> str:
    """A URL or DOI field: unwrap ``\\url{...}`` and braces, unescape ``\\_``; nothing else."""
    value = value.strip()
    wrapped = _URL_WRAPPER.match(value)
    if wrapped:
        value = wrapped.group(1)
    value = _BRACES.sub("", value)
    return _ESCAPED.sub(r"\1", value).strip()


def _is_corporate(name: str) -> bool:
    """``{World Health Organization}``: one brace group around the whole name keeps it whole."""
    name = name.strip()
    if len(name) < 2 or name[0] != "{" or name[-1] != "}":
        return False
    depth = 0
    for index, ch in enumerate(name):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and index != len(name) - 1:
                return False
    return True


def _person(name: str) -> tuple[Person, bool]:
    """A Reference Person from one BibTeX name, and whether it is an organisation."""
    if _is_corporate(name):
        return Person(delatex(name)), True
    parsed = PybtexPerson(name)
    family = delatex(" ".join([*parsed.prelast_names, *parsed.last_names]))
    given = delatex(" ".join([*parsed.first_names, *parsed.middle_names]))
    lineage = delatex(" ".join(parsed.lineage_names))
    if lineage:
        given = f"{given}, {lineage}" if given else lineage
    if not family:  # "{\relax}" or similar: keep whatever there is
        family, given = given, ""
    return Person(family, given), False


def _persons(value: str) -> tuple[tuple[Person, ...], bool, bool]:
    """Authors, whether the first is corporate, and whether the list ends in "and others"."""
    people: list[Person] = []
    corporate = et_al = False
    for name in split_name_list(value):
        # BibTeX's keyword is "others" in lower case; "Others" is a person of that name
        if name.strip() in ("others", "{others}"):
            et_al = True
            continue
        person, is_corporate = _person(name)
        if not person.family:
            continue
        if not people:
            corporate = is_corporate
        people.append(person)
    return tuple(people), corporate, et_al


def _year(fields: dict[str, str]) -> str | None:
    for name in ("year", "date", "origdate"):
        raw = fields.get(name)
        if raw is None:
            continue
        value = delatex(raw)
        if _NO_DATE.match(value) or value.lower() in ("nd", "n.d", "no date"):
            return "n.d."
        found = _YEAR.search(value)
        if found:
            return found.group(1) + found.group(2)
    return None


def _doi(raw: str) -> tuple[str | None, str | None]:
    """``(doi, doi_raw)`` judged like a DOI in a manuscript's list (``find_doi``):
    ``https://doi.org/doi:10...`` is repaired and keeps its written form in doi_raw, and so do
    a doi.org link (the field wants the DOI alone) and a DOI with a space typed inside."""
    value = _verbatim(raw)
    found = find_doi(value)
    if found is None:
        return None, value or None
    # The field holds one DOI: keep all of it (find_doi, made for running text, stops at "<",
    # which old SICI DOIs contain), up to whitespace or trailing punctuation.
    core_start = value.find("10.", found.start)
    pieces = value[core_start:].split()
    core = pieces[0].rstrip(".,;")
    if not found.malformed and 1 < len(pieces) <= 3 and all(map(_DOI_PIECE.fullmatch, pieces)):
        # "10.1000/bad doi": a space typed inside the field, which holds nothing but the DOI
        return urllib.parse.unquote("".join(pieces).rstrip(".,;")), value
    if not found.malformed and _RESOLVER_OR_LABEL.fullmatch(value[:core_start]):
        # "https://doi.org/10.1000/xyz", "doi:10.1000/xyz": a link or a label where the field
        # wants the DOI (kept as written for the rule, which reports it where LaTeX styles
        # print their own resolver before it)
        return urllib.parse.unquote(core), value
    return urllib.parse.unquote(core), (found.raw if found.malformed else None)


_DOI_PIECE = re.compile(r"[\w.\-/:;()<>]+")
_RESOLVER_OR_LABEL = re.compile(r"https?://(?:dx\.)?doi\.org/|doi:\s*", re.IGNORECASE)


def _accessed(fields: dict[str, str]) -> str | None:
    if "urldate" in fields:
        return delatex(fields["urldate"]) or None
    for name in ("note", "howpublished", "addendum"):
        if name in fields:
            found = _ACCESSED.search(delatex(fields[name]))
            if found:
                return found.group(1).strip() or None
    return None


def _first_field(fields: dict[str, str], names: Sequence[str]) -> str | None:
    for name in names:
        value = fields.get(name)
        if value is None:
            continue
        if name == "howpublished" and ("\\url" in value or "://" in value):
            continue  # a URL, read by ``_url``
        text = delatex(value)
        if text:
            return text
    return None


def _container(entry_type: str, fields: dict[str, str]) -> str | None:
    if entry_type in _NO_CONTAINER:
        return None
    return _first_field(fields, (*_CONTAINER_FIELDS.get(entry_type, ()), *_GENERIC_CONTAINER))


def _url(fields: dict[str, str]) -> str | None:
    if "url" in fields:
        return _verbatim(fields["url"]) or None
    howpublished = fields.get("howpublished", "")
    wrapped = _URL_WRAPPER.match(howpublished.strip())
    if wrapped:
        return wrapped.group(1).strip() or None
    if "://" in howpublished and " " not in howpublished.strip():
        return _verbatim(howpublished) or None
    return None


def _initials(given: str) -> str:
    parts: list[str] = []
    for word in given.replace(".", " ").split():
        pieces = [p for p in word.split("-") if p]
        if not pieces:
            continue
        if is_particle(word) and word.islower():
            continue
        parts.append("-".join(f"{p[0]}." for p in pieces))
    return "".join(parts)


def render_raw(reference: Reference) -> str:
    """A readable one-line rendering: "Freire, M.R. (2009). Title. Journal, 33(2), 125–14."."""
    names: list[str] = []
    for person in reference.authors:
        initials = _initials(person.given)
        names.append(f"{person.family}, {initials}" if initials else person.family)
    if reference.et_al:
        names.append("et al.")
    if len(names) > 1 and not reference.et_al:
        authors = ", ".join(names[:-1]) + ", & " + names[-1]
    else:
        authors = ", ".join(names)
    pieces: list[str] = []
    year = f"({reference.year or 'n.d.'})."
    pieces.append(f"{authors} {year}" if authors else year)
    if reference.title:
        title = reference.title
        pieces.append(title if title[-1] in ".?!" else f"{title}.")
    if reference.container:
        where = reference.container
        if reference.volume:
            where += f", {reference.volume}"
            if reference.issue:
                where += f"({reference.issue})"
        elif reference.issue:
            where += f", ({reference.issue})"
        if reference.pages:
            where += f", {reference.pages}"
        pieces.append(where if where[-1] in ".?!" else f"{where}.")
    elif reference.pages:
        pieces.append(f"{reference.pages}.")
    if reference.publisher:
        publisher = reference.publisher
        pieces.append(publisher if publisher[-1] in ".?!" else f"{publisher}.")
    if reference.doi:
        pieces.append(f"https://doi.org/{reference.doi}")
    elif reference.url:
        pieces.append(reference.url)
    return " ".join(pieces)


def _reference(
    number: int, key: str, entry_type: str, fields: dict[str, str], origin: str
) -> Reference:
    authors, corporate, et_al = _persons(fields.get("author", ""))
    editors = not authors
    if editors:
        authors, corporate, et_al = _persons(fields.get("editor", ""))
    doi, doi_raw = _doi(fields["doi"]) if "doi" in fields else (None, None)
    url = _url(fields)
    pages = delatex(fields["pages"]) if "pages" in fields else None
    kind = _KINDS.get(entry_type)
    if kind is None and entry_type == "misc":
        kind = "web" if url else None
    reference = Reference(
        id=f"b{number}",
        raw="",
        authors=authors,
        corporate=corporate,
        et_al=et_al,
        editors=editors and bool(authors),
        year=_year(fields),
        title=delatex(fields["title"]) or None if "title" in fields else None,
        container=_container(entry_type, fields),
        publisher=_first_field(fields, _PUBLISHER_FIELDS),
        volume=delatex(fields["volume"]) or None if "volume" in fields else None,
        issue=delatex(fields.get("number") or fields.get("issue") or "") or None,
        pages=pages or None,
        doi=doi,
        doi_raw=doi_raw,
        url=url,
        urls=(url,) if url else (),
        accessed=_accessed(fields),
        kind=kind,
        key=key,
        origin=origin,
    )
    return replace(reference, raw=render_raw(reference))


class _Collector:
    """Receives pybtex's parse errors instead of its global ``report_error``."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.broken: set[int] = set()  # start offsets of commands that had a syntax error

    def __call__(self, error: Exception) -> None:
        line = getattr(error, "lineno", None)
        where = f"{self.origin}:{line}" if line else self.origin
        message = str(error.args[0]) if error.args else str(error)
        kind = getattr(error, "error_type", "error")
        if isinstance(error, UndefinedMacro):
            self.warnings.append(f"{where}: undefined @string macro {message!r}")
            return
        if isinstance(error, PybtexSyntaxError):
            info = getattr(error, "error_context_info", None)
            if info:
                self.broken.add(int(info[0] or 0))
        self.errors.append(f"{where}: {kind}: {message}")


def parse_bibtex(text: str, origin: str = "<bibtex>") -> ParsedBibtex:
    """Entries of a BibTeX/biblatex text as References (ids b1.. in file order). Never raises."""
    collector = _Collector(origin)
    parser: Any = LowLevelParser(
        text, macros=CaseInsensitiveDict(month_names), handle_error=collector
    )
    raw_entries: list[tuple[int, int, str, str, dict[str, str]]] = []
    counted, line = 0, 1  # lines counted incrementally: linear in the file, not per entry
    try:
        for command, body in parser:
            start = int(parser.command_start or 0)
            if start >= counted:
                line += text.count("\n", counted, start)
                counted = start
            kind = str(command).lower()
            if kind in ("string", "preamble", "comment") or start in collector.broken:
                continue
            key, field_list = body
            fields: dict[str, str] = {}
            for name, parts in field_list:
                lowered = str(name).lower()
                if lowered in fields:
                    collector.warnings.append(
                        f"{origin}:{line}: entry {key} repeats the {lowered} field"
                    )
                    continue
                fields[lowered] = normalize_whitespace("".join(parts))
            raw_entries.append((start, line, str(key), kind, fields))
    except (PybtexSyntaxError, RecursionError, ValueError) as error:  # defensive: never raise
        collector(error)
    by_key = {key.lower(): fields for _, _, key, _, fields in raw_entries}
    # Locate each entry by its "@type{key" head so findings can point at the .bib file's line.
    located = Document(path=origin, format="bibtex", source=text) if raw_entries else None
    seen: dict[str, int] = {}
    references: list[Reference] = []
    for start, line, key, kind, own_fields in raw_entries:
        folded = key.lower()
        if folded in seen:
            collector.warnings.append(
                f"{origin}:{line}: duplicate key {key} (first defined on line {seen[folded]})"
            )
        else:
            seen[folded] = line
        fields = own_fields
        parent = by_key.get(fields.get("crossref", "").strip().lower())
        if parent is not None and parent is not fields:
            fields = _inherit(fields, parent)
        reference = _reference(len(references) + 1, key, kind, fields, origin)
        parent_key = (own_fields.get("crossref") or own_fields.get("xref") or "").strip()
        if parent_key:
            reference = replace(reference, parent_key=parent_key)
        if located is not None:
            head = text.find(key, start)
            end = head + len(key) if head >= 0 else start + 1
            reference = replace(reference, span=located.span(start, end))
        references.append(reference)
    return ParsedBibtex(tuple(references), tuple(collector.errors), tuple(collector.warnings))


def _inherit(child: dict[str, str], parent: dict[str, str]) -> dict[str, str]:
    merged = dict(child)
    for name in _INHERITED:
        if name not in merged and name in parent:
            merged[name] = parent[name]
    if "booktitle" not in merged and "title" in parent:
        merged["booktitle"] = parent["title"]
    return merged


# -- writing ------------------------------------------------------------------------------------

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґў",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya a g q n o u u"
        " h i i ye g u".split(),
        strict=True,
    )
)
_KEY_STOPWORDS = frozenset({"the", "a", "an", "of", "on", "in", "and", "la", "le", "der", "die"})


def _ascii_key(value: str) -> str:
    folded = fold(value)
    letters = "".join(_CYRILLIC.get(ch, ch) for ch in folded).replace("-", "")
    return "".join(ch for ch in letters if ch.isascii() and ch.isalnum())


def _key_base(reference: Reference) -> str:
    name = ""
    if reference.authors:
        family = reference.authors[0].family
        if reference.corporate or len(family.split()) > 3:
            words = [w for w in family.split() if fold(w) not in _KEY_STOPWORDS]
            family = words[0] if words else family
        name = _ascii_key(family)
    if not name and reference.title:
        words = [w for w in reference.title.split() if fold(w) not in _KEY_STOPWORDS]
        name = _ascii_key(words[0]) if words else ""
    year = reference.year or ""
    if year == "n.d." or not year:
        year_part = "-nd"
    else:
        found = _YEAR.search(year)
        year_part = found.group(1) + found.group(2) if found else _ascii_key(year)
    return (name or "ref") + year_part


def _letters(index: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa": suffixes that never run out."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def bibtex_keys(references: Sequence[Reference]) -> tuple[str, ...]:
    """Deterministic keys: an entry's own BibTeX key when unique, else family+year with a/b/c
    for clashes (``laruelle2008a``, ``laruelle2008b``), in list order."""
    keys: list[str | None] = [None] * len(references)
    used: set[str] = set()
    for index, reference in enumerate(references):
        own = (reference.key or "").strip()
        if own and re.fullmatch(r"[^\s,{}()\"#%'=\\]+", own) and own.lower() not in used:
            keys[index] = own
            used.add(own.lower())
    groups: dict[str, list[int]] = {}
    for index, reference in enumerate(references):
        if keys[index] is None:
            groups.setdefault(_key_base(reference), []).append(index)
    for base, members in groups.items():
        if len(members) == 1 and base not in used:
            keys[members[0]] = base
            used.add(base)
            continue
        counter = 0
        for index in members:
            while f"{base}{_letters(counter)}" in used:
                counter += 1
            keys[index] = f"{base}{_letters(counter)}"
            used.add(f"{base}{_letters(counter)}")
    return tuple(key or "ref" for key in keys)


def _entry_type(reference: Reference) -> str:
    kind = (reference.kind or "").lower()
    if kind in ("journal", "article"):
        return "article"
    if kind == "book":
        return "book"
    if kind in ("chapter", "incollection"):
        return "incollection"
    if kind == "conference":
        return "inproceedings"
    if kind == "thesis":
        text = f"{reference.title or ''} {reference.raw}".lower()
        return "mastersthesis" if "master" in text else "phdthesis"
    if kind == "report":
        return "techreport"
    if kind in ("web", "misc"):
        return "misc"
    if reference.container and reference.volume:
        return "article"
    return "misc"


# Where a Reference's container and publisher go, by entry type (None: not written).
_WRITE_FIELDS: dict[str, tuple[str | None, str | None]] = {
    "article": ("journal", "publisher"),
    "book": (None, "publisher"),
    "incollection": ("booktitle", "publisher"),
    "inproceedings": ("booktitle", "publisher"),
    "phdthesis": (None, "school"),
    "mastersthesis": (None, "school"),
    "techreport": (None, "institution"),
    "misc": ("howpublished", "publisher"),
}

_MONTHS = MONTHS
_DATE_MDY = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_DATE_DMY = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _iso_date(value: str) -> str | None:
    """``"March 18, 2020"`` / ``"27 September 2014"`` -> ``"2020-03-18"``; None if unsure."""
    value = value.strip().rstrip(".")
    if _DATE_ISO.match(value):
        return value
    month_name = day = year = ""
    if found := _DATE_MDY.match(value):
        month_name, day, year = found.groups()
    elif found := _DATE_DMY.match(value):
        day, month_name, year = found.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None or not 1 <= int(day or 0) <= 31:
        return None
    return f"{year}-{month:02d}-{int(day):02d}"


def _clean(value: str) -> str:
    """Text for a BibTeX field: no braces (they could unbalance the entry) and no backslashes
    (pybtex's writer passes them through as LaTeX commands), single spaces."""
    value = value.replace("{", "").replace("}", "").replace("\\", " ")
    return _SPACE.sub(" ", value).strip()


_LATEX_SPECIALS = "#%&_~"
_LIGATURE = re.compile(r"(?<=-)(?=-)|(?<=')(?=')|(?<=`)(?=`)|(?<=,)(?=,)|(?<=[?!])(?=`)")


def _protect(value: str) -> str:
    """Break TeX input ligatures so text reads back as written: "--" would become "–",
    ",," "„" and "?`" "¿"."""
    return _LIGATURE.sub("{}", value)


def _bibtex_person(person: Person, corporate: bool) -> Any:
    family, given = _clean(person.family), _clean(person.given)
    words = family.split()
    needs_braces = (
        corporate
        or "," in family
        or " and " in f" {family.lower()} "
        or (not given and len(words) > 1 and not is_particle(words[0]))
    )
    if needs_braces:
        return PybtexPerson(f"{{{family}}}")
    given = given.replace(",", " ").strip()
    return PybtexPerson(f"{family}, {given}" if given else family)


class _Writer(PybtexWriter):  # type: ignore[misc]
    """pybtex's writer, but ``url``/``doi`` verbatim: LaTeX escaping would break the link.

    Text with nothing to escape skips latexcodec, which is slow per character; with a UTF-8
    target it only ever escapes ``# % & _ ~`` (checked in the tests).
    """

    def _encode(self, text: str) -> str:
        if not any(ch in text for ch in _LATEX_SPECIALS):
            return text
        return str(super()._encode(text))

    def _write_field(self, stream: Any, type: str, value: str) -> None:
        if type in _VERBATIM:
            stream.write(f",\n    {type} = {self.quote(value)}")
        else:
            super()._write_field(stream, type, value)


def _fields(reference: Reference, entry_type: str) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []

    def add(name: str, value: str | None, text: bool = False) -> None:
        if value and _clean(value):
            fields.append((name, _protect(_clean(value)) if text else _clean(value)))

    container_field, publisher_field = _WRITE_FIELDS[entry_type]
    container, publisher = reference.container, reference.publisher
    if container_field is None:  # a book's "container" can only be where it was published
        container, publisher = None, publisher or container
    add("title", reference.title, text=True)
    if container_field:
        add(container_field, container, text=True)
    if publisher_field:
        add(publisher_field, publisher, text=True)
    add("year", reference.year)
    add("volume", reference.volume)
    add("number", reference.issue)
    add("pages", reference.pages.replace("–", "--").replace("—", "--") if reference.pages else None)
    add("doi", reference.doi or reference.doi_raw)
    # A DOI link is the doi field again (and, when malformed, a broken one): leave it out.
    url = reference.url or next((u for u in reference.urls if not is_doi_url(u)), None)
    add("url", None if url and is_doi_url(url) else url)
    if reference.accessed:
        iso = _iso_date(reference.accessed)
        if iso:
            add("urldate", iso)
        else:
            add("note", f"Accessed {reference.accessed}")
    return fields


def render_bibtex(references: Sequence[Reference]) -> str:
    """BibTeX for ``references`` in list order, keys from ``bibtex_keys``. Empty list -> ""."""
    data = BibliographyData()
    for key, reference in zip(bibtex_keys(references), references, strict=True):
        entry_type = _entry_type(reference)
        people = [
            _bibtex_person(person, reference.corporate and index == 0)
            for index, person in enumerate(reference.authors)
            if _clean(person.family)
        ]
        if reference.et_al and people:
            people.append(PybtexPerson("others"))
        # an edited book's names are its editors: BibTeX's ``editor``, which styles print as such
        persons = {"editor" if reference.editors else "author": people} if people else {}
        data.entries[key] = Entry(
            entry_type, fields=_fields(reference, entry_type), persons=persons
        )
    if not data.entries:
        return ""
    return str(_Writer(encoding="utf-8").to_string(data))

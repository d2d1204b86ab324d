"""Score ``parse_reference`` on labelled reference strings (AnyStyle, GROBID training sets).

Why: the JATS articles cover two house styles; these sets cover many (APA, Harvard, Vancouver,
physics, humanities, non-English), labelled by others. Only development/training files are read:
AnyStyle ``core``, ``good``, ``ugly``, ``bad`` (``gold.xml`` is the held-out evaluation set) and
GROBID ``citation/corpus`` without its ``evaluation-citation-*`` files (copies of ``evaluation/``).

How fields are compared (gold segments keep their punctuation, so both sides are normalised):
- author: the letters and digits of all author names, as a multiset, ignoring "and", "et al.",
  "eds", "Jr"…: order and initials formatting do not matter, but every name must be there and
  nothing else (editors are not authors);
  GROBID tags a collaboration ("CMS Collaboration, JHEP 1703, 101") as an ``orgName`` apart
  from the ``author`` elements: it is the entry's (corporate) author and scored as one, as the
  training reader labels it (an untyped ``orgName``, a thesis's university, is not);
- year: the 4 digits plus any a/b suffix; title, container: casefolded letters and digits;
- container: AnyStyle ``journal`` or ``container-title``; GROBID ``title[@level=j]``, or
  ``title[@level=m]`` when there is an article title (a chapter in a book);
- books and chapters one way in AnyStyle's sets, which disagree (ugly.xml most: 268 of its 3,847
  strings): a ``container-title`` with no ``title`` and no ``journal`` is the book's title, and a
  second ``title`` with no container is the container (the training reader does the same,
  ``refcheck.crf.data.read_anystyle``); GROBID already labels a book ``level=m`` title;
- volume: the first number of the segment, after "vol.", "v.", "Bd." (AnyStyle puts "27(5),"
  or "Vol. 4 (3)," in volume, and the year too in Vancouver's "2002;64:", which is skipped);
- pages: digits and dashes, "pp." dropped; DOI: ``10.…`` casefolded, spaces removed;
  URL: without scheme, ``www.`` and trailing punctuation, and without the words some gold
  segments keep before the link ("Retrieved from", "Online:", "[en ligne]").
A field counts TP when refcheck's value equals the gold, FP when refcheck gives a value that is
absent from the gold or wrong, FN when the gold has one refcheck misses or gets wrong.
"""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from scoring import fold, norm_doi, norm_pages, norm_text, norm_url, norm_year

from refcheck.identifiers import is_doi_url
from refcheck.model import Reference

STRING_FIELDS = ("author", "year", "title", "container", "volume", "pages", "doi", "url")
ANYSTYLE_TRAINING = ("core.xml", "good.xml", "ugly.xml", "bad.xml")
_TEI = "{http://www.tei-c.org/ns/1.0}"
_NAME_STOP = frozenset(
    "and und et al eds ed editor editors edited by hrsg in jr sr ii iii iv with y".split()
)
_TAGS = re.compile(r"</?[a-zA-Z][^>]*>")
_VOLUME = re.compile(
    r"(?:\b(?:vol(?:ume)?|bd|t|tome|tom|т|n°|no|v)\.?\s*)?(?P<v>[A-Za-z]?\d+[A-Za-z]?|[IVXLC]+\b)",
    re.IGNORECASE,
)
_IN = re.compile(r"^\s*in\s*:?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class LabelledString:
    source: str  # "anystyle/good.xml", "grobid"
    text: str
    gold: dict[str, str]  # field -> raw gold value (unnormalised)


def _join(values: Iterable[str | None]) -> str:
    return " ".join(v.strip() for v in values if v and v.strip())


def _segment_text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


# ---------------------------------------------------------------------------------------------
# Readers


def read_anystyle(path: Path) -> list[LabelledString]:
    strings: list[LabelledString] = []
    root = ET.parse(path).getroot()
    for sequence in root.iter("sequence"):
        segments = [(child.tag, _segment_text(child)) for child in sequence]
        # refcheck's list splitter removes "1." / "[1]" before parsing; do the same
        while segments and segments[0][0] == "citation-number":
            segments = segments[1:]
        text = " ".join(value for _, value in segments if value)
        if not text:
            continue

        def all_of(*tags: str, segs: list[tuple[str, str]] = segments) -> str:
            return _join(value for tag, value in segs if tag in tags)

        dates = [value for tag, value in segments if tag == "date"]
        year = next((d for d in dates if norm_year(d)[:4].isdigit()), "")
        titles = [value for tag, value in segments if tag == "title"]
        container = all_of("journal") or all_of("container-title")
        if not titles and not all_of("journal") and container:
            titles, container = [container], ""  # a book labelled container-title (ugly.xml)
        elif len(titles) > 1 and not container:
            container = titles[1]  # a chapter whose book is labelled a second title
        gold = {
            "author": all_of("author"),
            "year": year,
            "title": titles[0] if titles else "",
            "container": container,
            "volume": next((v for t, v in segments if t == "volume"), ""),
            "pages": next((v for t, v in segments if t == "pages"), ""),
            "doi": all_of("doi"),
            "url": next((v for t, v in segments if t == "url"), ""),
        }
        strings.append(LabelledString(f"anystyle/{path.name}", text, gold))
    return strings


def read_grobid(path: Path) -> list[LabelledString]:
    strings: list[LabelledString] = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        return strings
    for bibl in root.iter(f"{_TEI}bibl"):
        text = " ".join("".join(bibl.itertext()).split())
        if not text:
            continue
        parts: dict[str, list[str]] = {}
        for child in bibl.iter():
            tag = child.tag.replace(_TEI, "")
            unit = child.get("level") or child.get("unit") or child.get("type") or ""
            key = {
                ("author", ""): "author",
                ("orgName", "collaboration"): "author",
                ("date", ""): "date",
                ("title", "a"): "a",
                ("title", "j"): "j",
                ("title", "m"): "m",
                ("biblScope", "volume"): "volume",
                ("biblScope", "vol"): "volume",
                ("biblScope", "page"): "pages",
                ("biblScope", "pp"): "pages",
                ("idno", "DOI"): "doi",
                ("ptr", "web"): "url",
            }.get((tag, unit))
            if key is None:
                continue
            value = _segment_text(child) or (child.get("target") or "")
            parts.setdefault(key, []).append(value)

        def first(key: str, values: dict[str, list[str]] = parts) -> str:
            return values.get(key, [""])[0]

        title = first("a") or ("" if first("j") else first("m"))
        container = first("j") or (first("m") if first("a") else "")
        dates = parts.get("date", [])
        gold = {
            "author": _join(parts.get("author", [])),
            "year": next((d for d in dates if norm_year(d)[:4].isdigit()), ""),
            "title": title,
            "container": container,
            "volume": first("volume"),
            "pages": first("pages"),
            "doi": first("doi"),
            "url": first("url"),
        }
        strings.append(LabelledString("grobid", text, gold))
    return strings


_PARSCIT_FIELD = re.compile(r"<(\w+)>(.*?)</\1>")


def read_parscit(path: Path) -> list[LabelledString]:
    """ParsCit's tagged lines (``<author> … </author> <title> … </title>``); no DOIs or URLs.
    The container is the journal or, for a paper in proceedings or a book, the booktitle."""
    strings: list[LabelledString] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = [(tag, " ".join(value.split())) for tag, value in _PARSCIT_FIELD.findall(line)]
        fields = [(tag, value) for tag, value in fields if value and value != "<br>"]
        text = " ".join(value for _, value in fields)
        if not text:
            continue

        def first(*tags: str, values: list[tuple[str, str]] = fields) -> str:
            return next((v for t, v in values if t in tags), "")

        dates = [value for tag, value in fields if tag == "date"]
        gold = {
            "author": first("author"),
            "year": next((d for d in dates if norm_year(d)[:4].isdigit()), ""),
            "title": first("title"),
            "container": first("journal", "booktitle"),
            "volume": first("volume"),
            "pages": first("pages"),
            "doi": "",
            "url": "",
        }
        strings.append(LabelledString(f"parscit/{path.name}", text, gold))
    return strings


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def load_eval_strings(corpus: Path) -> dict[str, list[LabelledString]]:
    """The measuring sets (never tuned on): AnyStyle ``gold.xml`` and ParsCit, without the
    strings that also occur in the development material the labeller is trained on (171 of
    gold.xml's 1,669 are in AnyStyle's core/good sets; GROBID's corpus holds the Cora set, 1,151
    of ParsCit's 1,384 strings): scoring those would measure memory, not parsing."""
    from refcheck.crf.data import read_corpus

    seen = {_same(item.text) for item in read_corpus(corpus)}
    sets = {
        name: [item for item in strings if _same(item.text) not in seen]
        for name, strings in _read_eval_strings(corpus).items()
    }
    return sets


def _read_eval_strings(corpus: Path) -> dict[str, list[LabelledString]]:
    sets: dict[str, list[LabelledString]] = {"anystyle-gold": [], "parscit": []}
    gold = corpus / "anystyle" / "parser" / "gold.xml"
    if gold.exists():
        sets["anystyle-gold"] = read_anystyle(gold)
    parscit = corpus / "parscit"
    for path in sorted(parscit.glob("*/*.tagged.txt")) if parscit.is_dir() else []:
        sets["parscit"].extend(read_parscit(path))
    return sets


def load_strings(corpus: Path, held_out_only: bool = True) -> dict[str, list[LabelledString]]:
    """Development strings by set name ("anystyle", "grobid"); empty lists when absent.

    Only the fifth of them that the shipped labeller was not trained on
    (``refcheck.crf.data.is_held_out``), unless ``held_out_only`` is False."""
    sets: dict[str, list[LabelledString]] = {"anystyle": [], "grobid": []}
    anystyle = corpus / "anystyle" / "parser"
    for name in ANYSTYLE_TRAINING:
        if (anystyle / name).exists():
            sets["anystyle"].extend(read_anystyle(anystyle / name))
    grobid = corpus / "grobid" / "citation" / "corpus"
    if grobid.is_dir():
        for path in sorted(grobid.iterdir()):
            if path.name.startswith("evaluation-") or not path.name.endswith(".xml"):
                continue
            sets["grobid"].extend(read_grobid(path))
    if held_out_only:
        from refcheck.crf.data import is_held_out

        sets = {name: [s for s in strings if is_held_out(s.text)] for name, strings in sets.items()}
    return sets


def sample(strings: list[LabelledString], limit: int, seed: int) -> list[LabelledString]:
    if limit <= 0 or len(strings) <= limit:
        return strings
    return random.Random(seed).sample(strings, limit)


# ---------------------------------------------------------------------------------------------
# Normalisation and comparison


def name_chars(value: str) -> str:
    """Letters/digits of a name list, sorted, without connective words: order-free identity."""
    value = _TAGS.sub(" ", value)
    words = re.findall(r"\w+", fold(value))
    kept = "".join(w for w in words if w not in _NAME_STOP)
    return "".join(sorted(ch for ch in kept if ch.isalnum()))


# Vancouver "2002;64:580": AnyStyle labels "2002;64:" the volume, year included
_YEAR_BEFORE_VOLUME = re.compile(r"^\s*(?:1[5-9]|20)\d\d[a-z]?\s*;\s*(?=\S)")


def norm_volume(value: str | None) -> str:
    if not value:
        return ""
    match = _VOLUME.search(_YEAR_BEFORE_VOLUME.sub("", _TAGS.sub(" ", value)))
    return match.group("v").casefold() if match else norm_text(value)


def norm_container(value: str | None) -> str:
    return norm_text(_IN.sub("", _TAGS.sub(" ", value or "")))


_DOI_LINK = re.compile(r"^\W*(?:https?\s*:\s*//\s*)?(?:dx\.\s*)?doi\.\s*org/\s*(10\.\S+)", re.I)


def gold_norm(gold: dict[str, str]) -> dict[str, str]:
    """The gold, normalised. Convention: a doi.org link is the work's DOI (AnyStyle labels it a
    URL with no DOI; refcheck reads it as the DOI, which is what it is)."""
    link = _DOI_LINK.match(gold["url"]) if gold["url"] and not gold["doi"] else None
    if link:
        gold = {**gold, "doi": link.group(1), "url": ""}
    return {
        "author": name_chars(gold["author"]),
        "year": norm_year(gold["year"]),
        "title": norm_text(_TAGS.sub(" ", gold["title"])),
        "container": norm_container(gold["container"]),
        "volume": norm_volume(gold["volume"]),
        "pages": norm_string_pages(gold["pages"]),
        "doi": norm_doi(gold["doi"]),
        "url": norm_url(_LINK_LEAD_IN.sub("", gold["url"])),
    }


# AnyStyle's url segments often keep the words that lead to the link ("Retrieved from http://…",
# "Online: http://…", "[en ligne] https://…"): no part of the link
_LINK_LEAD_IN = re.compile(r"^[^/]*?(?=\b(?:https?\s*:|www\.))", re.IGNORECASE)


def norm_string_pages(value: str | None) -> str:
    if not value:
        return ""
    value = _TAGS.sub(" ", value).lstrip(" (:,;[")
    return re.sub(r"-{2,}", "-", norm_pages(value))


def predicted_norm(reference: Reference) -> dict[str, str]:
    # an edited book's editors, whom refcheck keeps as the names citations give, are no authors
    persons = () if reference.editors else reference.authors
    names = " ".join(f"{p.family} {p.given}" for p in persons)
    links = [u for u in (reference.url, *reference.urls) if u and not is_doi_url(u)]
    url = links[0] if links else None  # a doi.org link is scored as the DOI
    # the gold's year is a dated one (a "date" of digits, see read_anystyle), so a word that
    # stands where no year is printed ("in press", "n.d.", "in prep.") is scored as no year
    year = norm_year(reference.year)
    return {
        "author": name_chars(names),
        "year": year if year[:4].isdigit() else "",
        "title": norm_text(reference.title),
        "container": norm_container(reference.container),
        "volume": norm_volume(reference.volume),
        "pages": norm_string_pages(reference.pages),
        "doi": norm_doi(reference.doi),
        "url": norm_url(url),
    }


def compare(
    gold: dict[str, str], got: dict[str, str], counts: Counter[str], prefix: str
) -> list[str]:
    """Add TP/FP/FN per field; return the fields refcheck got wrong or missed."""
    wrong: list[str] = []
    for key in STRING_FIELDS:
        g, p = gold[key], got[key]
        if g:
            counts[f"{prefix}.{key}.gold"] += 1
        if g and p == g:
            counts[f"{prefix}.{key}.tp"] += 1
            continue
        if p:
            counts[f"{prefix}.{key}.fp"] += 1
        if g:
            counts[f"{prefix}.{key}.fn"] += 1
        if g or p:
            wrong.append(key)
    return wrong


def prf(counts: Counter[str], prefix: str, key: str) -> tuple[float, float, float, int]:
    tp = counts[f"{prefix}.{key}.tp"]
    fp = counts[f"{prefix}.{key}.fp"]
    fn = counts[f"{prefix}.{key}.fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, counts[f"{prefix}.{key}.gold"]

"""Link citations to reference entries.

Author-date citations go through stages and stop at the first that decides:

1. the cited surname (exact, or accent/case-folded and particle-stripped) with a fitting year;
   several fits are narrowed by suffix letter, second author and author count, and "2013a" with
   four plain "2013" entries of one author takes the first (the letters follow list order);
2. the same surname with another year (``year``): an editor would rather read "cited with 2011
   but the reference has 2014" than "no entry", and an exact name with a wrong year beats a
   near-miss name with the right year ("Schulze 2012" is not "Schulz 2012" when Schulze is
   listed for 2013);
3. a near-miss surname in the cited year (``fuzzy``): rapidfuzz's Jaro-Winkler, which forgives
   late errors, or a single edit (Damerau: one letter changed, dropped, added or two swapped) on
   a name of five letters or more, which Jaro-Winkler undervalues when the error is early
   ("Maitick" for "Mattick"); short names stay apart ("Wang"/"Wong", "Kim"/"Kin").

Names are looked up in dict blocks, never by scanning every citation x entry pair, so linking
stays linear in practice on documents with thousands of entries. Besides the parsed first
author, every entry is also known by the leading words of its raw text ("R Development Core
Team", "Browning BL, Browning SR"), so that an entry whose author list the parser missed still
links.

Numeric citations link through the entries' printed labels (or, for a list printed without
numbers, its order): one dict lookup per number, so a callout ``[1–3, 5]`` links to four entries.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA, JaroWinkler

from refcheck.cjkcites import family_heads
from refcheck.keycites import KeyIndex
from refcheck.model import Citation, Link, Reference
from refcheck.notecites import note_fits, title_cited, title_words
from refcheck.refparse_fields import UNPUBLISHED_YEAR, WORD_YEAR_LETTER
from refcheck.refparse_names import is_organisation_word
from refcheck.textnorm import fold, name_key, strip_particles

# Jaro-Winkler similarity (0-100) at or above which a surname is a near miss of another.
# Measured on the seeds' misspellings (Frier/Freire 90.2, Kisileva/Kiseleva 90.8) against distinct
# names that must stay apart (Wang/Wong 85.0, Zhang/Zhao 84.8, Kim/Kin 82.2).
FUZZY_CUTOFF = 88.0
# Short names are too easily similar: at most this many edits for a surname of <= 4 letters.
SHORT_NAME_MAX_EDITS = 1
# One edit (Damerau: substitution, insertion, deletion or adjacent swap) between names of at least
# this many letters (the shorter at least one less) is a near miss whatever Jaro-Winkler says;
# it then scores ``ONE_EDIT_SCORE``. "Mattick"/"Maitick" (JW 87.9), "Amunts"/"Amnuts".
ONE_EDIT_MIN_LENGTH = 5
ONE_EDIT_SCORE = 90.0
# A citation naming the last word of a compound family name ("Welch" of "Mark Welch", "Lam" of
# "Yi Ni Lam") is a near miss that scores this (a warning, author-mismatch, tells which it is).
COMPOUND_SCORE = 92.0
# The best fuzzy candidate must beat the runner-up by this much, else the citation is ambiguous.
FUZZY_MARGIN = 2.0

_YEAR = re.compile(r"(\d{4})([a-z]?)")
_REPUBLISHED = re.compile(r"(?:/| \[)(\d{4})\]?")
# an entry printing two years, its edition's and the original's: "(1995/1992)", "(2005 [1790])"
_TWO_YEARS = re.compile(
    r"\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*(?:/\s*|\[)((?:1[5-9]|20)\d\d)\]?\s*\)"
    r"|(?<!\d)(?:1[5-9]|20)\d\d[a-z]?\)?\s*\[((?:1[5-9]|20)\d\d)\]"  # "1940 [1933]"
    r"|[.,]\s\(\s*((?:1[5-9]|20)\d\d)\s*\)\s+(?:1[5-9]|20)\d\d[a-z]?[.,]"  # "(1922) 1978."
)
_ORIGINALLY = re.compile(
    r"[(\[](?:original\s+work\s+published|originally\s+published|first\s+published"
    r"|orig\.\s*(?:publ?\.?|ed\.))\s+((?:1[5-9]|20)\d\d)[)\]]",
    re.IGNORECASE,
)
_IN_PRESS = re.compile(
    rf"(?<![^\W\d_])(?:in\s+press|forthcoming|{UNPUBLISHED_YEAR})(?![^\W\d_])", re.IGNORECASE
)
# A token that ends an entry's leading words: a year, "n.d.", "in press".
_YEARISH = re.compile(r"(?:1[5-9]\d\d|20\d\d)[a-z]?[.,;:)]*|n\.\s?d\.?|[iI]n")
_MAX_LEAD_WORDS = 10


@dataclass(frozen=True, slots=True)
class YearKey:
    """A year split into its number and its disambiguation letter ("2013a" -> 2013, "a").

    "in press" and "forthcoming" are one base, "in press", and so are the dates of works not yet
    accepted ("in prep.", "submitted", "under review"); "n.d." and its spellings "n.d."."""

    base: str  # "2013", "n.d.", "in press" or ""
    suffix: str  # "a" or ""
    # APA's "(Freud, 1900/1953)": the original year, then the edition's, which the list prints
    republished: str = ""
    # an entry's "(Original work published 1900)": the year a citation may give instead
    original: str = ""

    @classmethod
    def of(cls, year: str | None) -> YearKey:
        if not year:
            return cls("", "")
        match = _YEAR.match(year)
        if match:
            later = _REPUBLISHED.fullmatch(year, match.end())
            return cls(match.group(1), match.group(2), later.group(1) if later else "")
        lowered = year.lower()
        letter = WORD_YEAR_LETTER.search(lowered)  # "in press-a", "n.d.-b"
        suffix = letter.group(1) if letter else ""
        if _IN_PRESS.search(lowered):
            return cls("in press", suffix)
        return cls("n.d." if "n" in lowered else lowered, suffix)

    def fits(self, entry: YearKey) -> bool:
        """Does a cited year fit an entry's year? A suffix on one side only still fits."""
        if self.base not in (entry.base, entry.original) and (
            not self.republished or self.republished != entry.base
        ):
            return False
        return not self.suffix or not entry.suffix or self.suffix == entry.suffix


def entry_year(reference: Reference) -> YearKey:
    """An entry's year; an entry with no year that prints "in press" (or "forthcoming") is "in
    press", so that "(Brefort et al., in press)" fits it."""
    if reference.year:
        key = YearKey.of(reference.year)
        first = _ORIGINALLY.search(reference.raw) or _TWO_YEARS.search(reference.raw, 0, 200)
        original = next((year for year in first.groups() if year), "") if first else ""
        return replace(key, original=original) if first else key
    if _IN_PRESS.search(reference.raw):
        return YearKey("in press", "")
    return YearKey("", "")


def surname_keys(name: str) -> tuple[str, ...]:
    """Keys a surname may be known by: with and without leading particles ("van Herpen")."""
    full = name_key(name)
    bare = name_key(strip_particles(name))
    return (full,) if bare == full else (full, bare)


_POSSESSIVE = re.compile(r"['’]s?\Z")


def without_possessive(name: str) -> str:
    """ "Gregory's", "Jones'" as the names they are."""
    return _POSSESSIVE.sub("", name)


def same_surname(cited: str, listed: str) -> bool:
    """Whether a cited surname is a listed one, with or without its particles."""
    return bool(set(surname_keys(cited)) & set(surname_keys(listed)))


def names_open(names: Sequence[str], reference: Reference) -> bool:
    """Whether ``names`` (one or two surnames as a citation prints them) are the entry's first
    authors, in order."""
    families = [person.family for person in reference.authors]
    return (
        bool(names)
        and len(families) >= len(names)
        and all(same_surname(name, family) for name, family in zip(names, families, strict=False))
    )


_DEFINED_ACRONYM = re.compile(r"\s*[(\[]([A-Z][A-Za-z&.]{1,14})[)\]]\s*$")


def without_defined_acronym(body: str) -> str:
    """The organisation's name without the acronym its entry defines after it: "United Nations
    Children’s Fund (UNICEF)" is also cited "(United Nations Children’s Fund, 2020)"."""
    return _DEFINED_ACRONYM.sub("", body.rstrip(" ."))


def acronym_keys(body: str) -> tuple[str, ...]:
    """Keys an organisation is cited by when its name is shortened to its initials: "(WHO,
    2010)" for "World Health Organization", "(CDC, 2013)" for "Centers for Disease Control and
    Prevention" (the last word may be left out); lower-case words do not count. An acronym the
    entry defines after the name is one too: "(DfE, 2018)" for "Department for Education
    (DfE)"."""
    keys = []
    defined = _DEFINED_ACRONYM.search(body)
    if defined is not None:
        keys.append(name_key(defined.group(1)))
        body = body[: defined.start()]
    initials = "".join(word[0] for word in body.split() if word[:1].isupper())
    if len(initials) < 3 or len(body.split()) < 3:
        return tuple(keys)
    keys.append(name_key(initials))
    if len(initials) >= 4:
        keys.append(name_key(initials[:-1]))
    return tuple(keys)


def lead_keys(raw: str) -> tuple[str, ...]:
    """Name keys of the first one, two, ... words of an entry's raw text, up to its first comma,
    full stop, bracket or year: "R Development Core Team. 2011." gives "r", "rdevelopment",
    "rdevelopmentcore", "rdevelopmentcoreteam"; "The 1000 Genomes Project Consortium" is also
    known without its article. They let a citation find an entry whose author list was not
    parsed (or was parsed short)."""
    keys: list[str] = []
    joined = ""
    for token in raw[:240].split()[:_MAX_LEAD_WORDS]:
        if token[0] in "([" or _YEARISH.fullmatch(token):
            break
        word = name_key(token)
        if not word:
            break
        joined += word
        keys.append(joined)
        if token[-1] in ",.;:":
            break
    if len(keys) > 1 and keys[0] == "the":
        keys.extend(key[3:] for key in keys[1:])
    return tuple(keys)


def _first_key(reference: Reference) -> str:
    return name_key(reference.authors[0].family) if reference.authors else ""


class _Index:
    """Blocks of reference positions by surname key (parsed first author, and the leading words
    of the raw text) and by year."""

    def __init__(self, references: Sequence[Reference]) -> None:
        self.references = references
        self.years = [entry_year(r) for r in references]
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.by_year: dict[str, list[int]] = defaultdict(list)
        # entries whose whole name was read as a family, by its last word (see _given_first)
        self.by_last_word: dict[str, list[int]] = defaultdict(list)
        for position, reference in enumerate(references):
            last = _given_first_key(reference)
            if last:
                self.by_last_word[last].append(position)
            keys = dict.fromkeys(lead_keys(reference.raw))
            if reference.authors:
                for head in family_heads(reference.authors[0].family):
                    keys.update(dict.fromkeys(surname_keys(head)))
                if reference.corporate:
                    keys.update(dict.fromkeys(acronym_keys(reference.authors[0].family)))
            for key in keys:
                self.by_name[key].append(position)
            self.by_year[self.years[position].base].append(position)

    def named(self, surname: str) -> list[int]:
        """Entries known by this surname, in list order."""
        seen: set[int] = set()
        for key in surname_keys(surname):
            seen.update(self.by_name.get(key, ()))
        return sorted(seen)


def _narrow(citation: Citation, candidates: list[int], index: _Index) -> list[int]:
    """Prefer candidates whose exact suffix, second author and author count fit the citation."""
    if len(candidates) > 1 and citation.initials:
        letters = citation.initials.replace(".", "").replace(" ", "")
        candidates = [
            p for p in candidates if given_letters(index.references[p]).startswith(letters)
        ] or candidates
    year = YearKey.of(citation.year)
    if len(candidates) > 1 and year.suffix:
        exact = [p for p in candidates if index.years[p].suffix == year.suffix]
        candidates = exact or candidates
    if len(candidates) > 1 and len(citation.authors) > 1:
        second = name_key(citation.authors[1])
        with_second = [
            p
            for p in candidates
            if len(index.references[p].authors) > 1
            and name_key(index.references[p].authors[1].family) == second
        ]
        candidates = with_second or candidates
    if len(candidates) > 1:
        wanted = 3 if citation.et_al else len(citation.authors)
        by_count = [
            p
            for p in candidates
            if (len(index.references[p].authors) >= 3) == (wanted >= 3)
            and (wanted >= 3 or len(index.references[p].authors) == wanted)
        ]
        candidates = by_count or candidates
    return candidates


def given_letters(reference: Reference) -> str:
    """The first author's initials ("JA" for "J. A.", "John A.", "JA", "J.-A.")."""
    if not reference.authors:
        return ""
    given = reference.authors[0].given
    if given.isalpha() and given.isupper() and len(given) <= 3:
        return given  # Vancouver's "JA"
    return "".join(word[0] for word in re.split(r"[\s.\-‐]+", given) if word).upper()


def _by_suffix_order(citation: Citation, candidates: list[int], index: _Index) -> list[int]:
    """A suffix letter with entries printed without letters: "(Cagampang et al., 1998c)" with
    four Cagampang 1998 entries takes the third, since the letters follow list order."""
    suffix = YearKey.of(citation.year).suffix
    if not suffix or any(index.years[p].suffix for p in candidates):
        return candidates
    number = ord(suffix) - ord("a")
    return [candidates[number]] if number < len(candidates) else candidates


def _exact_status(citation: Citation, candidates: list[int], index: _Index) -> str:
    surname = citation.authors[0]
    for p in candidates:
        authors = index.references[p].authors
        if not authors or authors[0].family != surname:
            return "folded"
    return "exact"


def _similarity(left: str, right: str) -> float:
    """Similarity 0-100 of two name keys (see the module docstring)."""
    edits = OSA.distance(left, right)
    shorter, longer = sorted((len(left), len(right)))
    if shorter <= 4 and edits > SHORT_NAME_MAX_EDITS:
        return 0.0
    score = float(JaroWinkler.normalized_similarity(left, right) * 100.0)
    if edits <= 1 and longer >= ONE_EDIT_MIN_LENGTH and shorter >= ONE_EDIT_MIN_LENGTH - 1:
        score = max(score, ONE_EDIT_SCORE)
    return score


def near_miss(cited: str, listed: str) -> bool:
    """A cited surname that is a misspelling of the listed one ("Jonse" for "Jones"), not the
    same name and not another one."""
    left, right = name_key(strip_particles(cited)), name_key(strip_particles(listed))
    return left != right and _similarity(left, right) >= FUZZY_CUTOFF


def _listed_key(reference: Reference) -> str:
    """The key a fuzzy comparison uses: the parsed first author, else the raw text's first word."""
    if reference.authors:
        return name_key(strip_particles(reference.authors[0].family))
    keys = lead_keys(reference.raw)
    return keys[0] if keys else ""


def _fuzzy(citation: Citation, index: _Index, any_year: bool = False) -> tuple[list[int], float]:
    """Near-miss surnames among the entries of the cited year (of any year for a citation that
    prints none by its style: MLA's author-page)."""
    year = YearKey.of(citation.year)
    cited = name_key(strip_particles(citation.authors[0]))
    whole = name_key(citation.authors[0])
    scored: list[tuple[float, int]] = []
    years = (year.base, year.republished) if year.republished else (year.base,)
    positions = (
        range(len(index.references))
        if any_year
        else (p for key in years for p in index.by_year.get(key, ()))
    )
    for position in positions:
        reference = index.references[position]
        if reference.corporate or not (any_year or year.fits(index.years[position])):
            continue
        listed = _listed_key(reference)
        if not listed:
            continue
        score = max(_similarity(cited, listed), _similarity(whole, listed))
        if reference.authors and _last_word(reference.authors[0].family) == cited:
            score = max(score, COMPOUND_SCORE)  # "Welch, 2000" for "Mark Welch D. 2000"
        if score >= FUZZY_CUTOFF:
            scored.append((score, position))
    if not scored:
        return [], 0.0
    scored.sort(key=lambda item: (-item[0], item[1]))
    best = scored[0][0]
    close = [p for s, p in scored if best - s < FUZZY_MARGIN]
    return close, best


def _last_word(family: str) -> str | None:
    """The last word of a family name of several ("Mark Welch", "Yi Ni Lam"), as a key."""
    words = family.split()
    return name_key(words[-1]) if len(words) > 1 else None


def _body_as_person(cited: str, index: _Index) -> list[int]:
    """Entries that print a cited body's name the way Vancouver prints a person, its first
    words as initials after the rest: "Development Core Team R" for "R Development Core Team",
    "Foundation PS" for "Python Software Foundation"."""
    words = cited.split()
    found: list[int] = []
    for cut in range(1, min(len(words), 4)):
        initials = "".join(word[0] for word in words[:cut])
        family = name_key(" ".join(words[cut:]))
        found += [
            p
            for p in index.named(" ".join(words[cut:]))
            if (authors := index.references[p].authors)
            and name_key(authors[0].family) == family
            and authors[0].given.replace(".", "").replace(" ", "") == initials
        ]
    return sorted(set(found))


# Russian (and Ukrainian) surnames decline: prose cites "по мнению Иванова [2010]", "Ивановым
# (2010)" for the listed "Иванов И. И."; Polish "według Kowalskiego (2010)" for "Kowalski".
# A case ending and the nominative endings it may stand for (of two endings one of which ends
# the other, the longer first: "ского" before "ого").
_CASE_ENDINGS = (
    ("ского", ("ский",)),
    ("скому", ("ский",)),
    ("skiego", ("ski",)),
    ("skiemu", ("ski",)),
    ("ckiego", ("cki",)),
    ("ckiemu", ("cki",)),
    ("ого", ("ий", "ой", "ый")),
    ("ому", ("ий", "ой", "ый")),
    ("ским", ("ский",)),
    ("skim", ("ski",)),
    ("ckim", ("cki",)),
    ("ым", ("",)),
    ("им", ("ий", "")),
    ("ом", ("", "ий")),
    ("ой", ("а", "ая")),
    ("ую", ("ая",)),
    ("ем", ("й", "ь")),
    ("а", ("",)),
    ("у", ("", "а")),
    ("е", ("",)),
    ("я", ("й", "ь")),
    ("ю", ("й", "ь")),
)


def _declined(cited: str, index: _Index) -> list[int]:
    """Entries whose first author is the nominative of a declined cited surname (Cyrillic, or
    a Polish "-skiego"); asked only where no entry has the cited name itself."""
    if len(cited) < 5 or " " in cited:
        return []
    found: set[int] = set()
    for ending, nominatives in _CASE_ENDINGS:
        if cited.endswith(ending) and ("\u0400" <= cited[0] <= "\u04ff" or ending.isascii()):
            stem = cited[: -len(ending)]
            for nominative in nominatives:
                found.update(_first_author_is(stem + nominative, index))
            if found:
                break
    return sorted(found)


def _genitive(cited: str, index: _Index) -> list[int]:
    """Entries of a surname that German, Dutch and Scandinavian prose cite in the genitive,
    an "s" without an apostrophe ("Webers (1922) Begriff" for "Weber, M."); asked only for a
    narrative citation whose name no entry has."""
    if len(cited) < 4 or not cited.endswith("s") or cited.endswith("ss"):
        return []
    stem = cited[:-1]
    return _first_author_is(stem, index)


def _first_author_is(family: str, index: _Index) -> list[int]:
    """Entries whose first author's family is ``family`` itself (not one it merely opens, as
    the index's keys also give)."""
    key = name_key(family)
    return [
        p
        for p in index.named(family)
        if (authors := index.references[p].authors) and name_key(authors[0].family) == key
    ]


def _given_first_key(reference: Reference) -> str:
    """The key of the last word of a first author read whole as a family name because it prints
    the given name first and the list of given names lacks it ("Theda Skocpol, “Bringing …”",
    taken for a body); "" for any other entry, and for a body's words ("World Health
    Organization")."""
    authors = reference.authors
    if not authors or authors[0].given:
        return ""
    words = authors[0].family.split()
    if (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not any(is_organisation_word(w) for w in words)
    ):
        return name_key(words[-1])
    return ""


def _given_first(cited: str, index: _Index) -> list[int]:
    """Entries cited by the last word of such a name ("(Skocpol, 1985)"); asked only where no
    entry has the cited name itself."""
    return list(index.by_last_word.get(name_key(cited), ()))


def _corporate(citation: Citation, index: _Index) -> list[int]:
    """A yearless citation naming an organisation: match the folded name of corporate entries."""
    wanted = fold(" ".join(citation.authors))
    return [
        p
        for p, reference in enumerate(index.references)
        if reference.corporate and reference.authors and fold(reference.authors[0].family) == wanted
    ]


def _collapse(candidates: list[int], duplicates: dict[int, int]) -> list[int]:
    """Entries that are duplicates of one another count as one candidate: the first of them
    among ``candidates`` (so "(Jones & Lee, 2012)", narrowed to the two-author copy of a work
    also listed under Jones alone, stays with that copy)."""
    seen: dict[int, int] = {}
    for position in candidates:
        seen.setdefault(duplicates.get(position, position), position)
    return list(seen.values())


def _link_author_date(
    citation: Citation, index: _Index, duplicates: dict[int, int]
) -> tuple[list[int], str, float]:
    if not citation.authors:
        return _dated_title(citation, index, duplicates)
    cited = citation.authors[0]
    named = (
        index.named(cited)
        or _body_as_person(cited, index)
        or _given_first(cited, index)
        or _declined(cited, index)
        or (_genitive(cited, index) if citation.narrative else [])
    )
    if citation.year is None:
        corporate = _collapse(_corporate(citation, index), duplicates)
        if corporate:
            return corporate, ("exact" if len(corporate) == 1 else "ambiguous"), 100.0
        named = _collapse(named, duplicates)
        return named, ("year" if len(named) == 1 else "none"), 100.0
    year = YearKey.of(citation.year)
    same_year = [p for p in named if year.fits(index.years[p])]
    if same_year:
        candidates = _collapse(_narrow(citation, same_year, index), duplicates)
        if len(candidates) > 1:  # "MacLean" and "Maclean" both listed: the spelling decides
            spelt = [p for p in candidates if _exact_status(citation, [p], index) == "exact"]
            candidates = spelt if len(spelt) == 1 else candidates
        if len(candidates) > 1 and not citation.year[:1].isdigit():
            # "(Garcia, in prep.)" with "Garcia (in prep.)" and "Garcia (submitted)" listed
            dated = [p for p in candidates if index.references[p].year == citation.year]
            candidates = dated if len(dated) == 1 else candidates
        if len(candidates) > 1:
            ordered = _by_suffix_order(citation, _collapse(same_year, duplicates), index)
            candidates = ordered if len(ordered) == 1 else candidates
        if len(candidates) == 1:
            return candidates, _exact_status(citation, candidates, index), 100.0
        return candidates, "ambiguous", 100.0
    if named:
        return _collapse(_narrow(citation, named, index), duplicates), "year", 100.0
    fuzzy, score = _fuzzy(citation, index)
    fuzzy = _collapse(_narrow(citation, fuzzy, index), duplicates)
    if len(fuzzy) == 1:
        return fuzzy, "fuzzy", score
    if len(fuzzy) > 1:
        return fuzzy, "ambiguous", score
    return _without_first_name(citation, index, duplicates)


def _without_first_name(
    citation: Citation, index: _Index, duplicates: dict[int, int]
) -> tuple[list[int], str, float]:
    """Last resort for a citation of several names whose first fits nothing: the second name in
    the cited year. Either the first "name" was a word before the citation ("(APBS, Nir et al.,
    2006)", "Similarly, Payseur and Hoekstra (2005)"): the link is exact; or the entry lists the
    cited names in another order ("Elledge and Zhou, 2000" for "Zhou BB, Elledge SJ"): a near
    miss, so that author-mismatch names the entry's first author."""
    if len(citation.authors) < 2:
        return [], "none", 0.0
    rest = replace(citation, authors=citation.authors[1:])
    year = YearKey.of(citation.year)
    second = rest.authors[0]
    named = index.named(second) or (_genitive(second, index) if citation.narrative else [])
    same_year = [p for p in named if year.fits(index.years[p])]
    candidates = _collapse(_narrow(rest, same_year, index), duplicates)
    if len(candidates) != 1:
        return [], "none", 0.0
    first = name_key(citation.authors[0])
    listed = [name_key(person.family) for person in index.references[candidates[0]].authors]
    if first in listed:
        return candidates, "fuzzy", _similarity(first, listed[0]) if listed else 0.0
    return candidates, _exact_status(rest, candidates, index), 100.0


def _resolve_year_links(decided: list[tuple[list[int], str, float]]) -> None:
    """A wrong year is only a year-mismatch when one entry is surely meant: among the author's
    entries, keep those no other citation links to; if exactly one remains, that is the one."""
    claimed = {p for positions, status, _ in decided if status != "year" for p in positions}
    for number, (positions, status, score) in enumerate(decided):
        if status != "year" or len(positions) <= 1:
            continue
        free = [p for p in positions if p not in claimed]
        if len(free) == 1:
            decided[number] = (free, "year", score)
        else:
            decided[number] = ([], "none", 0.0)


def numeric_labels(references: Sequence[Reference]) -> dict[str, int]:
    """Printed number -> position of its entry, for linking numeric callouts by dict lookup.

    Labels as printed ("01" reads as "1"); when two entries share a number the first keeps it
    (duplicate-label reports the second). When no entry is numbered, the manuscript's own
    entries are numbered implicitly in list order (styles that print the list unnumbered);
    bibliography-file entries never are, since a .bib file's order means nothing.
    """
    labels: dict[str, int] = {}
    for position, reference in enumerate(references):
        if reference.label:
            label = reference.label.strip()
            labels.setdefault(str(int(label)) if label.isdigit() else label, position)
    if labels:
        return labels
    own = (p for p, r in enumerate(references) if r.origin == "manuscript")
    return {str(number): position for number, position in enumerate(own, start=1)}


def _link_numeric(citation: Citation, labels: dict[str, int]) -> tuple[list[int], str]:
    """One entry per resolving number (a range links to every entry it covers); "partial" when
    some numbers resolve and others do not."""
    positions = list(dict.fromkeys(labels[str(n)] for n in citation.numbers if str(n) in labels))
    if not positions:
        return [], "none"
    resolved = sum(1 for n in citation.numbers if str(n) in labels)
    return positions, ("exact" if resolved == len(citation.numbers) else "partial")


def _link_author_page(
    citation: Citation, index: _Index, duplicates: dict[int, int]
) -> tuple[list[int], str, float]:
    """MLA's "(Eisenstein 45)": the entries of the named author (narrowed by the other names and
    by the short title, where printed), else a near-miss name among all entries."""
    if not citation.authors:
        return _by_title(citation, index, duplicates)
    named = _collapse(_narrow(citation, index.named(citation.authors[0]), index), duplicates)
    if len(named) > 1 and citation.title:
        # the short title picks among the author's works: '(Brown, "Memory" 5)', '(Brown,
        # Trauma 88)' (one long word is enough, as MLA shortens titles)
        printed = title_words(citation.title)
        titled = [
            p
            for p in named
            if index.references[p].title
            and title_cited(printed, title_words(index.references[p].title or ""))
        ]
        named = titled or named
    if len(named) == 1:
        return named, _exact_status(citation, named, index), 100.0
    if named:
        return named, "ambiguous", 100.0
    if len(citation.authors) == 1:
        titled = _whole_title(citation.authors[0], index, duplicates)
        if titled:
            return titled, "exact" if len(titled) == 1 else "ambiguous", 100.0
    fuzzy, score = _fuzzy(citation, index, any_year=True)
    fuzzy = _collapse(fuzzy, duplicates)
    if len(fuzzy) == 1:
        return fuzzy, "fuzzy", score
    return fuzzy, ("ambiguous" if fuzzy else "none"), score


def _whole_title(name: str, index: _Index, duplicates: dict[int, int]) -> list[int]:
    """The entries whose whole title (or its part before a colon) is the name no author has:
    MLA's "(Beloved 201)" for Morrison's *Beloved*, read as a name by its one capital word."""
    printed = title_words(name)
    return _collapse(
        [
            position
            for position, reference in enumerate(index.references)
            if reference.title
            and printed
            in (title_words(reference.title), title_words(reference.title.partition(":")[0]))
        ],
        duplicates,
    )


def _by_title(
    citation: Citation, index: _Index, duplicates: dict[int, int]
) -> tuple[list[int], str, float]:
    """MLA's '("Climate Change")': the entries whose title the short title prints, those
    without an author first (MLA cites an entry by its title when it has none)."""
    printed = title_words(citation.title or "")
    if not printed:
        return [], "none", 0.0
    titled = [
        position
        for position, reference in enumerate(index.references)
        if reference.title and title_cited(printed, title_words(reference.title))
    ]
    titled = [p for p in titled if not index.references[p].authors] or titled
    titled = _collapse(titled, duplicates)
    status = "exact" if len(titled) == 1 else "ambiguous" if titled else "none"
    return titled, status, 100.0 if titled else 0.0


def _dated_title(
    citation: Citation, index: _Index, duplicates: dict[int, int]
) -> tuple[list[int], str, float]:
    """APA's '("Study Finds," 2007)' for an entry without an author: the entries the title
    names (``_by_title``), narrowed by the year; of another year, a year-mismatch."""
    titled, status, score = _by_title(citation, index, duplicates)
    if not titled or citation.year is None:
        return titled, status, score
    year = YearKey.of(citation.year)
    same_year = [p for p in titled if year.fits(index.years[p])]
    if len(same_year) == 1:
        return same_year, "exact", 100.0
    if same_year:
        return same_year, "ambiguous", 100.0
    return titled, "year", 100.0


def _link_note(
    citation: Citation, references: Sequence[Reference], duplicates: dict[int, int]
) -> tuple[list[int], str, float]:
    """A note's citation: the entries by its author whose title it prints (notecites), else
    those by an author it misspells ("fuzzy")."""
    positions = [
        p
        for p, reference in enumerate(references)
        if p not in duplicates and note_fits(citation, reference)
    ]
    if not positions:
        near = [
            p
            for p, reference in enumerate(references)
            if p not in duplicates and note_fits(citation, reference, near_miss)
        ]
        if len(near) == 1:
            return near, "fuzzy", FUZZY_CUTOFF
    status = "exact" if len(positions) == 1 else "ambiguous" if positions else "none"
    return positions, status, 100.0


def link_citations(
    citations: Sequence[Citation],
    references: Sequence[Reference],
    duplicate_groups: Iterable[Sequence[str]] = (),
) -> tuple[Link, ...]:
    """One Link per citation, in citation order."""
    index = _Index(references)
    position_of = {reference.id: p for p, reference in enumerate(references)}
    duplicates: dict[int, int] = {}
    for group in duplicate_groups:
        positions = sorted(position_of[i] for i in group if i in position_of)
        for position in positions[1:]:
            # Copies of one work count as one entry; two authors' works that merely share a DOI
            # (one of them is wrong) stay two entries.
            if _first_key(references[position]) == _first_key(references[positions[0]]):
                duplicates[position] = positions[0]
    labels = numeric_labels(references) if any(c.kind == "numeric" for c in citations) else {}
    decided: list[tuple[list[int], str, float]] = []
    keyed = KeyIndex(references) if any(c.kind == "key" for c in citations) else None
    for citation in citations:
        if citation.kind == "numeric":
            positions, status = _link_numeric(citation, labels)
            decided.append((positions, status, 100.0))
        elif keyed is not None and citation.kind == "key":
            decided.append(keyed.link(citation))  # \cite{key}, [@key]: by key (keycites)
        elif citation.kind == "note":
            decided.append(_link_note(citation, references, duplicates))
        elif citation.kind == "author-page":
            decided.append(_link_author_page(citation, index, duplicates))
        else:
            decided.append(_link_author_date(citation, index, duplicates))
    _resolve_year_links(decided)
    return tuple(
        Link(
            citation_id=citation.id,
            reference_ids=tuple(references[p].id for p in positions),
            status=status,
            score=round(score, 1),
        )
        for citation, (positions, status, score) in zip(citations, decided, strict=True)
    )

"""Author lists of reference entries: "Paul, Z., Fortman, M., & Wirtz, J. J." -> Person tuples.

Why a token classifier instead of one big regex: names mix scripts (Latin with diacritics,
Cyrillic) whose upper/lower case a ``re`` character class cannot express, and the orders
("Family G.", "Family, G.", "G. Family", Chicago's "Family, Given, and Given Family") are decided
from the shape of each comma-separated segment. Each segment is reduced to a string of token kinds
(W word, I initials, P particle, S suffix) and matched against a few shapes; anything else means
"this is not an author list" (for example a title standing where the authors would be).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from refcheck.model import Person
from refcheck.textnorm import fold, is_particle

_ET_AL = re.compile(
    r"(?:,|;)?\s*(?:\bet\.?\s*al(?:ii|ia|l)?\b\.?|\bи\s+др\b\.?|\band\s+others\b|\bu\.\s*a\.)\s*[.,]?\s*$",
    re.IGNORECASE,
)
_ET_AL_HINT = re.compile(r"al|др|others|a\.", re.IGNORECASE)
_EDITOR = re.compile(r"\(\s*(?:eds?|hrsg|ред|coord|comp)s?\.?\s*\)\.?", re.IGNORECASE)
_TRAILING_EDITORS = re.compile(r",?\s+(?:eds\.?|ed\.|editors?|hrsg\.|ред\.)$", re.IGNORECASE)
_GAELIC = frozenset({"Ó", "Ní", "Nic", "Ua", "Mac", "Mc"})  # "Ó Briain": part of the family name
_SEPARATOR = re.compile(
    r"\s*(?:[,;]\s*(?:&|\band\b|\bи\b|\bund\b|\bet\b(?!\s*al))?|&|\band\b|\bи\b|\bund\b)\s*"
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"})
_ORG_WORDS = frozenset(
    """organization organisation institute institut institution embassy ministry university
    universität université universidad college association council bank agency committee
    department office commission society foundation centre center group union nations
    government service bureau press inc ltd llc corporation company board federation academy
    consortium network forum programme program project team collaboration initiative alliance
    authority administration court parliament senate congress trust fund league party library
    museum school hospital secretariat international national federal republic kingdom
    министерство посольство институт университет организация""".split()
)
_SHAPE_FAMILY_INITIALS = re.compile(r"P*W{1,3}(?:I+|I*J)S?")
_SHAPE_GIVEN_FIRST = re.compile(r"W{0,2}I+P*W{1,3}S?")  # "J. Smith", "Jane A. Doe"
_SHAPE_INITIALS = re.compile(r"I*[IJ]")
_SHAPE_WORD = re.compile(r"P*W")
_SHAPE_WORDS = re.compile(r"P*W(?:P*W){1,3}S?")
_SHAPE_GIVEN = re.compile(r"W{1,3}I*P{0,2}")  # "John", "Jane A.", "Michel de"


@dataclass(frozen=True, slots=True)
class AuthorList:
    persons: tuple[Person, ...]
    et_al: bool = False
    corporate: bool = False


def is_initials(token: str) -> bool:
    """ "J.", "M.R.", "J.-P.", "Yu.", "AB" (Vancouver), "L": a token of given-name initials."""
    if not token or len(token) > 12:
        return False
    if "." not in token:
        letters = token.replace("-", "")
        return 1 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()
    i, n, groups = 0, len(token), 0
    while i < n:
        if token[i] == "-" and groups:
            i += 1
            continue
        if not (token[i].isalpha() and token[i].isupper()):
            return False
        i += 1
        if (
            i < n
            and token[i].isalpha()
            and token[i].islower()
            and i + 1 < n
            and token[i + 1] == "."
        ):
            i += 1  # two-letter transliterated initials: Yu., Ch., Zh.
        if i < n and token[i] == ".":
            i += 1
        elif i < n:
            return False
        groups += 1
    return groups > 0


def is_name_word(token: str) -> bool:
    """A capitalised name word: letters, hyphens, apostrophes ("Ćwiek-Karpowicz", "O'Brien")."""
    if len(token) < 2 or not token[0].isalpha():
        return False
    # d'Alembert, l'Estrange: a lower-case elided particle before an upper-case letter
    elided = len(token) > 3 and token[1] in "'’" and token[2].isupper()
    if not token[0].isupper() and not elided:
        return False
    return all(ch.isalpha() or ch in "-'’" for ch in token) and token[-1].isalpha()


@functools.lru_cache(maxsize=65536)
def _kind(token: str) -> tuple[str, str]:
    """The token's kind letter and its value (a sentence-final period dropped from words)."""
    if is_initials(token) and token not in _GAELIC:
        if token.endswith(".") and token.count(".") == 1 and len(token) > 2 and token[-2].isupper():
            return "J", token[:-1]  # "CD.": Vancouver initials ending the author list
        return "I", token
    if token.lower() in _SUFFIXES:
        return "S", token
    if token in _GAELIC:
        return "P", token
    word = token[:-1] if token.endswith(".") else token
    if is_name_word(word):
        return "W", word
    if word.islower() and is_particle(word):
        return "P", word
    return "?", token


def _family_given_split(values: list[str], kinds: str, given_first: bool) -> Person:
    """Split a run of words into family and given names, keeping particles with the family."""
    if given_first:
        cut = len(values) - 1
        while cut > 0 and kinds[cut - 1] == "P":
            cut -= 1
        for index in range(1, len(values) - 1):
            if kinds[index] == "P" or (is_particle(values[index]) and kinds[index] == "W"):
                cut = index
                break
        return Person(" ".join(values[cut:]), " ".join(values[:cut]))
    cut = 0
    while cut < len(values) and (kinds[cut] == "P" or is_particle(values[cut])):
        cut += 1
    cut = min(cut + 1, len(values))
    return Person(" ".join(values[:cut]), " ".join(values[cut:]))


def _looks_corporate(text: str) -> bool:
    words = text.replace(",", " ").split()
    if not words:
        return False
    if len(words) == 1:
        word = words[0].rstrip(".")
        return len(word) >= 3 and word.isalpha() and word.isupper()
    if len(words) > 16 or ":" in text or any(is_initials(w) for w in words):
        return False
    if any(w.endswith(".") and len(w) > 4 and w[:-1].isalpha() for w in words[:-1]):
        return False  # "Valentine. Speech ...": a sentence ends inside, not an organisation
    return any(fold(w.strip(".,()")) in _ORG_WORDS for w in words)


def parse_authors(text: str) -> AuthorList | None:
    """The persons of an author list, or None when ``text`` is not shaped like one."""
    if len(text) > 5000:
        return None
    text = text.replace("*", " ")
    if "(" in text:
        text = _EDITOR.sub(" ", text)
    text = _TRAILING_EDITORS.sub("", " ".join(text.split())).rstrip(",;:").strip()
    if not text:
        return None
    et_al = False
    tail_start = max(0, len(text) - 30)
    match = _ET_AL.search(text, tail_start) if _ET_AL_HINT.search(text, tail_start) else None
    if match:
        et_al = True
        text = text[: match.start()].strip().rstrip(",;")
        if not text:
            return None
    persons = _persons(text)
    if _looks_corporate(text):
        name = text.rstrip(".").strip()
        return AuthorList((Person(name),), et_al, corporate=True) if name else None
    return AuthorList(persons, et_al) if persons else None


def _persons(text: str) -> tuple[Person, ...] | None:
    """Persons of a non-corporate author list, or None when a segment has no name shape."""
    segments = [s for s in _SEPARATOR.split(text) if s and s.strip(" .")]
    if not segments or len(segments) > 1000:
        return None
    shaped: list[tuple[str, list[str]]] = []
    for number, segment in enumerate(segments, start=1):
        tokens = segment.split()
        pairs = [_kind(token) for token in tokens]
        kinds = "".join(kind for kind, _ in pairs)
        if "?" in kinds:
            return None
        checked = kinds if number < len(segments) else kinds[:-1]
        if any(k == "W" and t.endswith(".") for k, t in zip(checked, tokens, strict=False)):
            return None  # "Smith J. Title. Lancet.": a word closing a sentence is not in a name
        shaped.append((kinds, [value for _, value in pairs]))
    # Full names with no comma inversion: one is "Laruelle Marlene" (family first, as the lists
    # of "Family G." styles write it); several are "Frank Wood, Jan Gasthaus" (given first).
    all_words = len(shaped) > 1 and all(_SHAPE_WORDS.fullmatch(k) for k, _ in shaped)
    persons: list[Person] = []
    pending: str | None = None  # a family name waiting for its given names ("Paul, Z.")
    inverted = all_words  # later full names are "Given Family" (Chicago after "Family, Given")
    for index, (kinds, values) in enumerate(shaped):
        if pending is not None:
            if _SHAPE_INITIALS.fullmatch(kinds) or _SHAPE_GIVEN.fullmatch(kinds):
                persons.append(Person(pending, " ".join(values)))
                inverted = inverted or (len(persons) == 1 and "W" in kinds)
                pending = None
                continue
            persons.append(Person(pending))
            pending = None
        following = shaped[index + 1][0] if index + 1 < len(shaped) else ""
        if _SHAPE_WORD.fullmatch(kinds) or (
            _SHAPE_WORDS.fullmatch(kinds) and _SHAPE_INITIALS.fullmatch(following)
        ):
            pending = " ".join(values)  # "Smith" or "De Clercq" before ", E."
        elif _SHAPE_FAMILY_INITIALS.fullmatch(kinds):
            first_initial = min(i for i, k in enumerate(kinds) if k in "IJ")
            persons.append(
                Person(" ".join(values[:first_initial]), " ".join(values[first_initial:]))
            )
        elif _SHAPE_GIVEN_FIRST.fullmatch(kinds):
            last_initial = kinds.rindex("I")
            persons.append(
                Person(" ".join(values[last_initial + 1 :]), " ".join(values[: last_initial + 1]))
            )
        elif _SHAPE_WORDS.fullmatch(kinds):
            persons.append(_family_given_split(values, kinds, given_first=inverted))
        else:
            return None
    if pending is not None:
        persons.append(Person(pending))
    if not persons:
        return None
    last = persons[-1].given
    if (
        len(persons) > 1
        and len(last) == 2
        and last.endswith(".")
        and all(p.given and "." not in p.given for p in persons[:-1])
    ):
        persons[-1] = Person(persons[-1].family, last[0])  # Vancouver "..., Jones K." ends a list
    return tuple(persons)

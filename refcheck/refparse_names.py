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
import unicodedata
from dataclasses import dataclass

from refcheck.given_names import FAMILY_NAMES, GIVEN_NAMES, family_first, given_first
from refcheck.model import Person
from refcheck.textnorm import fold, is_particle

_ET_AL = re.compile(
    r"(?:,|;)?\s*(?:\bet\.?\s*al(?:ii|ia|l)?\b\.?|\bи\s+др\b\.?|\b(?:and\s+|,\s*)others\b"
    r"|\bu\.\s*a\.)\s*[.,]?\s*$",
    re.IGNORECASE,
)
_ET_AL_HINT = re.compile(r"al|др|others|a\.", re.IGNORECASE)
_EDITOR = re.compile(r"\(\s*(?:eds?|hrsg|ред|coord|comp)s?\.?\s*\)\.?", re.IGNORECASE)
TRAILING_EDITORS = re.compile(
    r",?\s+(?:\(?(?:eds\.?|ed\.|editors?|hrsg\.|ред\.)\)?)\.?$", re.IGNORECASE
)
_GAELIC = frozenset({"Ó", "Ní", "Nic", "Ua", "Mac", "Mc"})  # "Ó Briain": part of the family name
_SEPARATOR = re.compile(
    # (Spanish, Portuguese and Catalan "y", "e", "i" after a comma: "García, M., y López, J.")
    r"\s*(?:[,;]\s*(?:&|\b(?:and|AND)\b|\bи\b|\bund\b|\bet\b(?!\s*al)|\b[yei]\b(?=\s+\w))?"
    r"|&|\b(?:and|AND)\b|\bи\b|\bund\b"
    r"|(?<=[\w.])/(?=\s*[A-ZÀ-ÞĀ-Ž])"  # German lists: "Beck, Ulrich/Beck-Gernsheim, Elisabeth"
    r"|(?<=\.)\s+[yei]\s+(?=[A-ZÀ-ÞĀ-Ž])"  # and after an initial: "Martínez, A. y Ruiz, B."
    r"|\bet\b(?!\s*al))\s*"
)
# Suffixes as written: "Jr", "Jr.", "Jnr" (lower-case letters). "JR"/"SR" in capitals are initials
# in Vancouver-like lists ("Stringer JR", "Browning SR"); "II"/"III"/"IV" are read as initials
# too, which keeps them in the given names ("Yates JR III") rather than as a family name.
# ("2d", "3d": NLM's "Gretz HF 3d")
_SUFFIXES = frozenset(
    """jr jr. sr sr. jnr jnr. snr snr. 2nd 2nd. 3rd 3rd. 2d 2d. 3d 3d. Jr Jr. Sr Sr. Jnr Jnr.
    Snr Snr.""".split()
)
_ORG_WORDS = frozenset(
    """organization organisation institute institut institution embassy ministry university
    universität université universidad college association council bank agency committee
    department office commission society foundation centre center group union nations
    government service bureau press inc ltd llc corporation company board federation academy
    panel partnership clinic watch rights health environment frontières frontieres
    consortium network forum programme program project team collaboration initiative alliance
    authority administration court parliament senate congress trust fund league party library
    museum school hospital secretariat international national federal republic kingdom
    laboratory laboratories labs llc gmbh corp inc. ltd. subgroup members community investigators
    collaborators centers centres systems technologies assembly coordinators
    министерство посольство институт университет организация
    équipe equipe groupe comité comite conseil ministère ministere agence société societe
    ministerio instituto consejo equipo grupo comisión comision secretaría conselho ministério
    organización organizacion fundación fundação asociación associação sociedad sociedade
    agencia agência ministero istituto società consiglio commissione bundesamt ministerium
    verband gesellschaft news media broadcasting radio television magazine newspaper
    contributors staff""".split()
)
# Words that end a group author standing inside a person list ("..., UGENE team").
_GROUP_WORDS = frozenset(
    """team consortium group subgroup members community investigators collaborators coordinators
    collaboration network project initiative study association society committee council
    organization organisation institute alliance program programme participants""".split()
)
_COMPANY_TAIL = re.compile(r",?\s+(?:inc|ltd|llc|gmbh|co|corp)\.?$", re.IGNORECASE)
_SHAPE_FAMILY_INITIALS = re.compile(r"P*[WL](?:P*W){0,3}(?:I+|I*J)S?")  # "Van de Koppel J"
_SHAPE_GIVEN_FIRST = re.compile(r"W{0,2}I+(?:P*W){1,3}S?")  # "J. Smith", "A. Ponce de Leon"
_SHAPE_INITIALS = re.compile(r"I*[IJ]")
_SHAPE_SPLIT_INITIALS = re.compile(r"I+P*W(?:I+|I*J)")  # "A Loebel D": an initial moved ahead
_SHAPE_WORD = re.compile(r"P*W")
_SHAPE_WORDS = re.compile(r"P*W(?:P*W){1,3}S?")
_SHAPE_GIVEN = re.compile(r"W{1,3}I*P{0,2}")  # "John", "Jane A.", "Michel de"
_USED_GIVEN = re.compile(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?")  # "Glenn", "Jean-Paul"
_ONE_GIVEN = re.compile(r"WI*")  # "Clara", "Maria F."
_INITIALS_PARTICLE = re.compile(r"I+P{1,2}")  # "W. v.", "J. van der" after the family


def _dotted_next(following: list[tuple[str, list[str]]]) -> bool:
    """Whether the next piece is initials with stops ("H. N.", "X.")."""
    if not following:
        return False
    kinds, values = following[0]
    return _SHAPE_INITIALS.fullmatch(kinds) is not None and all(v.endswith(".") for v in values)


def _one_given(following: list[tuple[str, list[str]]]) -> bool:
    """Whether the next piece is one given name, perhaps with dotted initials ("Clara", "Maria
    F."; not Vancouver's "Aamdal S", a family and its initials)."""
    if not following:
        return False
    kinds, values = following[0]
    return _ONE_GIVEN.fullmatch(kinds) is not None and all(v.endswith(".") for v in values[1:])


@dataclass(frozen=True, slots=True)
class AuthorList:
    persons: tuple[Person, ...]
    et_al: bool = False
    corporate: bool = False
    editors: bool = False  # "Smith J, Jones K, editors.": the list names the editors


def is_group_word(word: str) -> bool:
    """Whether ``word`` ends a group author named among persons: "Consortium", "Group"."""
    return fold(word.strip(".,()")) in _GROUP_WORDS


def is_organisation_word(word: str) -> bool:
    """Whether ``word`` names a kind of body: "Bank", "Union", "Institute", "Ministry"."""
    return fold(word.strip(".,()")) in _ORG_WORDS


# Chinese and Korean families of two letters, which are no transliterated initials ("Yu.",
# "Zh.", "Ch."): "Chen, Li, and Mei Wu." ends with the second person's family
_TWO_LETTER_FAMILIES = frozenset("Wu Xu Li Hu Lu He Su Fu Du Gu Qi Xi Ji Ma Bi Oh Ng".split())


def is_initials(token: str) -> bool:
    """ "J.", "M.R.", "J.-P.", "J.-i.", "Yu.", "AB" (Vancouver), "L": given-name initials."""
    if not token or len(token) > 12:
        return False
    if "." not in token:
        letters = token.replace("-", "")
        return 1 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()
    i, n, groups = 0, len(token), 0
    while i < n:
        if token[i] == "-" and groups:
            i += 1
            if i < n and token[i].islower() and i + 1 < n and token[i + 1] == ".":
                i += 2  # "J.-i.": a Japanese second initial in lower case
                groups += 1
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
            and token[i - 1 : i + 1] not in _TWO_LETTER_FAMILIES
        ):
            i += 1  # two-letter transliterated initials: Yu., Ch., Zh.
        if i < n and token[i] == ".":
            i += 1
        elif i < n:
            return False
        groups += 1
    return groups > 0


_NAME_PUNCTUATION = frozenset("-'’‘‐‑–")  # hyphens, en dash ("Shen–Orr"), apostrophes ("D‘Abbs")


def _name_chars(token: str) -> bool:
    return all(
        ch.isalpha() or ch in _NAME_PUNCTUATION or unicodedata.combining(ch) for ch in token
    ) and (token[-1].isalpha() or bool(unicodedata.combining(token[-1])))


def is_name_word(token: str) -> bool:
    """A capitalised name word: letters, hyphens, apostrophes ("Ćwiek-Karpowicz", "O'Brien")."""
    if len(token) < 2 or not token[0].isalpha():
        return False
    # d'Alembert, l'Estrange: a lower-case elided particle before an upper-case letter
    elided = len(token) > 3 and token[1] in "'’‘" and token[2].isupper()
    if not token[0].isupper() and not elided:
        return False
    return _name_chars(token)


# (and "v." for "von" after a German name's initials: "Engelhardt, W. v.")
_MORE_PARTICLES = frozenset("te des dei degli het op ten 't e da dal dalla v".split())


def is_name_particle(token: str) -> bool:
    """A lower-case family-name particle: "van", "de la", and also "te", "des", "e" ("Reis e
    Sousa"), which the shared particle list leaves out because citations rarely drop them."""
    return token.islower() and (is_particle(token) or token in _MORE_PARTICLES)


def is_camel_name(token: str) -> bool:
    """A family name written with a lower-case head: "daSilva", "deLange", "malERA", "ka-Gina"."""
    if len(token) < 3 or not token[0].islower() or not token[-1].isalpha():
        return False
    return any(ch.isupper() for ch in token[1:]) and _name_chars(token)


@functools.lru_cache(maxsize=65536)
def _kind(token: str) -> tuple[str, str]:
    """The token's kind letter and its value (a sentence-final period dropped from words)."""
    if token in _SUFFIXES:
        return "S", token
    if is_initials(token) and token not in _GAELIC:
        return "I", token
    if token in _GAELIC:
        return "P", token
    word = token[:-1] if token.endswith(".") else token
    if word != token and is_initials(word) and "." not in word and len(word) > 1:
        return "J", word  # "CD.", "JR.": Vancouver initials ending the author list
    if is_name_word(word):
        return "W", word
    if is_name_particle(word):
        return "P", word
    if (word.isalpha() and word.islower()) or is_camel_name(word):
        return "L", word  # "roque H", "delange WCM", "deYoung D": a family name in lower case
    return "?", token


def _capital_particles(tokens: list[str]) -> bool:
    """A family name in capitals with its particles in capitals too ("DE STROOPER", "RIBEIRO
    DE ALMEIDA"): every word in capitals, the last a name of three letters or more."""
    return (
        len(tokens) > 1
        and all(token.isupper() for token in tokens)
        and len(tokens[-1]) >= 3
        and is_name_word(tokens[-1])
        and any(is_particle(token) for token in tokens[:-1])
    )


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


# an organisation's acronym in brackets after its name: "NCD Risk Factor Collaboration
# (NCD-RisC)", "Centers for Disease Control and Prevention (CDC)"
_ACRONYM_TAIL = re.compile(r"\s+\([A-Z][\w&/-]*[A-Z][\w&/-]*\)\.?$")


# a firm named after its founders: two capitalised words joined by "&", no initials
_FIRM = re.compile(r"[A-Z][a-z]{2,} & [A-Z][a-z]{2,}")
_COUNTRY_ACRONYMS = frozenset({"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "EU", "UN", "U.N."})


def _looks_corporate(text: str) -> bool:
    acronym = _ACRONYM_TAIL.search(text)
    if acronym is not None and acronym.start() > 0:
        text = text[: acronym.start()]
    words = text.replace(",", " ").split()
    if not words or len(words) > 16:
        return False
    company = _COMPANY_TAIL.search(text, max(0, len(text) - 8))
    if company and company.start() > 0:  # "No Lie MRI, Inc.", "Schrodinger LLC"
        head = text[: company.start()]
        return "," not in head and 0 < len(head.split()) <= 8 and head[:1].isupper()
    if len(words) == 1:  # "UNESCO", "CCP4", "CIESIN/IFPRI/WB/CIAT"
        word = words[0].rstrip(".")
        return len(word) >= 3 and word.replace("/", "").isalnum() and word.isupper()
    if ":" in text:
        return False
    if _FIRM.fullmatch(text.strip().rstrip(".")):
        return True  # "Johnson & Johnson", "Ernst & Young": persons would have initials
    if words[-1].isdigit() or words[0] in ("of", "and"):
        # "European Journal of Operational Research 211": a journal, its volume; "of Applied
        # Communication Research, vol. 34": a journal's name cut
        return False
    if "," not in text and len(words) <= 6 and words[0] == "The":
        return True  # "The Economist", "The Royal Society": no person is called "The"
    if (
        len(words) <= 4
        and len(words[0]) >= 4
        and all(w.rstrip(".").isupper() and w.rstrip(".").isalnum() for w in words)
        # (not ABNT's "SOUZA, M. A." nor "SMITH J, JONES K": family names in capitals, then
        # their initials)
        and not _NAMES_IN_CAPITALS.fullmatch(text)
    ):
        return True  # "ORNL DAAC": acronyms (initials have at most three letters)
    if any(w.endswith(".") and len(w) > 4 and w[:-1].isalpha() for w in words[:-1]):
        return False  # "Valentine. Speech ...": a sentence ends inside, not an organisation
    if words[0] in _COUNTRY_ACRONYMS and "," not in text and len(words) > 1:
        # "U.S. Department of Veterans Affairs", "US Census Bureau": a country's, not initials
        return any(fold(w.strip(".,()")) in _ORG_WORDS for w in words[1:])
    if any(is_initials(w) for w in words):
        # "R Development Core Team", "The WHO Collaborative Study": letters that look like
        # initials are an acronym when an organisation word closes a name with no comma
        last = fold(words[-1].strip(".,()"))
        return (
            "," not in text
            and (last in _ORG_WORDS or last in _GROUP_WORDS)
            and words[0] not in ("A", "I")
            and not any("." in w for w in words[:-1])
        )
    if _TWO_WORD_BODY.fullmatch(text) and not _person_of_two_words(words):
        # "Thomson Reuters", "Forest Trends", "Natural England": a lone name of two whole words
        # is a body's where neither word is a given name we know (a person's family and given
        # name are written with a comma or with initials)
        return True
    return any(fold(w.strip(".,()")) in _ORG_WORDS for w in words)


_TWO_WORD_BODY = re.compile(r"[A-Z][a-z]{2,} [A-Z][a-z]{3,}")
# the syllables of a given name in pinyin (one or two) or in Japanese romaji
_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|"
    r"ua|uo|ue|ui|a|o|e|i|u|v)"
)
_ROMAJI = r"(?:(?:sh|ch|ts|[kgsztdnhbpmyrwjf]y?)?[aeiou]|n)"
_GIVEN_NAME_SOUNDS = re.compile(rf"(?:{_PINYIN}){{1,2}}|{_ROMAJI}+")


def _person_of_two_words(words: list[str]) -> bool:
    """ "Jason Okafor", "Martin Paul", "Wang Xiaoming", "Tanaka Hiroshi": a given name we know
    on either side, an East Asian family name first, or a second word that sounds like a
    Chinese or Japanese given name (too many to list)."""
    first, second = fold(words[0]), fold(words[1])
    return (
        first in GIVEN_NAMES
        or second in GIVEN_NAMES
        or first in FAMILY_NAMES
        or _GIVEN_NAME_SOUNDS.fullmatch(second) is not None
    )


# names whose families are in capitals before their initials: ABNT's with a comma ("SOUZA, M.
# A.", "RIBEIRO DE ALMEIDA, C.; VAN DER BERG, K.") and Vancouver's without one ("SMITH JA",
# "SMITH J, JONES K"; two letters at most, not an acronym's "US EPA")
_ABNT_NAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]*(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]*)*,\s*(?:(?:[A-Z]\.\s?-?)+|[A-Z])"
_VANCOUVER_NAME = r"[A-Z][A-Z'-]+ (?:[A-Z]\.?-?){1,2}"
_CAPITAL_NAME = rf"(?:{_ABNT_NAME}|{_VANCOUVER_NAME})"
_NAMES_IN_CAPITALS = re.compile(rf"{_CAPITAL_NAME}(?:(?:;\s*|, ){_CAPITAL_NAME})*\.?")


def _is_group(segment: str, kinds: str) -> bool:
    """A group author inside a person list: "UGENE team", "Immunological Genome Consortium",
    "1000 Genome Project Data Processing Subgroup", "European Association for Study of ..."
    (an organisation word anywhere counts only when the segment is not shaped like a name:
    "Kingdom FAA" is a person)."""
    words = segment.split()
    if not 2 <= len(words) <= 12 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if any(w.endswith(".") for w in words[:-1]):
        return False
    if any(not w.rstrip(".").replace("'", "").replace("-", "").isalnum() for w in words):
        return False
    folded = [fold(w.rstrip(".")) for w in words]
    if folded[-1] in _GROUP_WORDS:
        return True
    if _SHAPE_FAMILY_INITIALS.fullmatch(kinds) or _SHAPE_GIVEN_FIRST.fullmatch(kinds):
        return False
    return any(w in _GROUP_WORDS or w in _ORG_WORDS for w in folded)


# ISO 690 as Czech and Slovak tools print it: the first name inverted, the others given first,
# every family in capitals, the last joined by "a" ("and"), "a OTHERS" for et al.: "HYRICH,
# Kimme L., Mark LUNT, Deborah P. M. SYMMONS a BRITISH SOCIETY FOR RHEUMATOLOGY"
_CAPITALS_WORD = r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+"
_CAPITALS_HEAD = re.compile(rf"(?P<family>{_CAPITALS_WORD}(?:\s+{_CAPITALS_WORD})*),\s+")
_CAPITALS_SEPARATOR = re.compile(r",\s+|\s+(?:a|and|&|et|und|y|e|i)\s+")
_GIVEN_WORD = r"(?:[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)?|[A-Z]\.?)"  # "Erika", "Jean-Jacques", "L."
_CAPITALS_OTHERS = re.compile(r"(?:,\s*|\s+(?:a|and|&)\s+)OTHERS\.?$")


def _capitals_family_list(text: str) -> AuthorList | None:
    """The persons of an ISO 690 list with families in capitals, given names first after the
    first (which alone looks like a Vancouver list's "Buhm HAN", "Angel YS WONG"); None for any
    other list."""
    head = _CAPITALS_HEAD.match(text)
    if head is None:
        return None
    rest = text[head.end() :].rstrip(" .,")
    others = _CAPITALS_OTHERS.search(rest)
    if others is not None:
        rest = rest[: others.start()]
    segments = _CAPITALS_SEPARATOR.split(rest)
    if len(segments) < 3:
        return None
    first_given, names = segments[0], segments[1:]
    if not re.fullmatch(rf"{_GIVEN_WORD}(?:\s+{_GIVEN_WORD})*", first_given):
        return None
    persons = [Person(head.group("family"), first_given)]
    for segment in names:
        words = segment.split()
        if len(words) > 2 and all(word.isupper() and "." not in word for word in words):
            persons.append(Person(segment))  # a group: "BRITISH SOCIETY FOR RHEUMATOLOGY …"
            continue
        if len(words) < 2 or not re.fullmatch(_CAPITALS_WORD, words[-1]):
            return None
        cut = len(words) - 1
        while (
            cut > 1
            and words[cut - 1].isupper()
            and (is_particle(words[cut - 1]) or words[cut - 1] in {"ST.", "ST"})
        ):
            cut -= 1  # "Dirkjan VAN SCHAARDENBURG", "E. William ST. CLAIR"
        given = words[:cut]
        if not (
            any(char.islower() for char in " ".join(given))
            or all(len(word.rstrip(".")) <= 3 for word in given)  # "TJ SMEETS"
            or re.fullmatch(r"[A-Z]\.", given[0])  # "H. JAMES WILLIAMS"
        ):
            return None
        persons.append(Person(" ".join(words[cut:]), " ".join(words[:cut])))
    lowered = sum(any(char.islower() for char in person.given) for person in persons[1:])
    if lowered * 2 < len(persons) - 1:
        return None  # given names in capitals too: some other list
    return AuthorList(tuple(persons), others is not None)


# APA 7's ellipsis between the nineteenth name and the last: "Virtanen, W., . . . Lee, Z."
_APA_ELLIPSIS = re.compile(r",\s*(?:\.\s?\.\s?\.|…)\s*(?=[A-ZÀ-Þ])")


_INVENTOR = re.compile(r",\s*inventors?\b")
_ASSIGNEE = re.compile(r";\s*[^;]*,\s*assignees?\b\.?\s*$")


def parse_authors(text: str) -> AuthorList | None:
    """The persons of an author list, or None when ``text`` is not shaped like one."""
    if len(text) > 12000:
        return None
    text = text.replace("*", " ")
    editors = False
    if "(" in text:
        text, count = _EDITOR.subn(" ", text)
        editors = count > 0
    text = " ".join(text.split())
    text = _APA_ELLIPSIS.sub(", ", text)
    if "inventor" in text:  # NLM's patent: "Pagedas AC, inventor; Ancel Surgical Inc., assignee"
        text = _ASSIGNEE.sub("", _INVENTOR.sub("", text))
    trailing = TRAILING_EDITORS.search(text)
    if trailing and not re.fullmatch(r"\s+ED\.", trailing.group()):
        # (not "Salmon ED.": a Vancouver name's initials at the end of the list)
        text = text[: trailing.start()]
        editors = True
    text = text.rstrip(",;:").strip()
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
    if "," in text and text[:2].isupper():
        capitals = _capitals_family_list(text)
        if capitals is not None:
            return AuthorList(capitals.persons, capitals.et_al or et_al, editors=editors)
    persons = _persons(text)
    if _looks_corporate(text):
        name = text.rstrip(".").strip() if not text.endswith(".,") else text
        if _COMPANY_TAIL.search(name) is None:
            name = name.rstrip(".")
        return AuthorList((Person(name),), et_al, corporate=True, editors=editors) if name else None
    return AuthorList(persons, et_al, editors=editors) if persons else None


# a body's name opened by its kind: "Committee on …", "Panel on …", "Institute of Medicine",
# "Department of Health and Human Services"
_BODY_OPENING = re.compile(
    r"(?:(?:The|US|U\.S\.|UK)\s+)?(?P<kind>[A-Z][a-z]+)\s+(?:on|of|for)\s+[A-Z]"
)


def lone_body(text: str) -> AuthorList | None:
    """The one body that ``text`` names (before a "(2008)", say), as an author, or None.

    "Intergovernmental Panel on Climate Change (2007) Climate Change 2007: …", "Committee on
    … in the Next Two Decades, National Research Council of the National Academies (2008)":
    a title rarely stands before the year, an author always may (an organisation's name is
    long, holds "and" and commas, and is no person's).
    """
    name = text.strip().rstrip(".,;: ")
    words = name.split()
    if not 2 <= len(words) <= 40 or any(mark in name for mark in '.?!:;"“”«»()[]'):
        return None
    opening = _BODY_OPENING.match(name)
    if not (
        _looks_corporate(name)
        or (opening is not None and fold(opening.group("kind")) in _ORG_WORDS)
    ):
        return None
    return AuthorList((Person(name),), corporate=True)


# a group closing a person list, whose name may hold "and" or a year, or open with "the" or
# "for the": "…, Klenerman P, Irish HCV Research Consortium and the Swiss HIV Cohort Study",
# "…, Bucy RP, the TB Trials Consortium", "…, Brown RE, on behalf of the ESPRIT Study Group",
# "…, Missawa NA, CDC"
_TRAILING_GROUP = re.compile(
    r"[,;]\s*(?:(?:and|&)\s+)?"
    r"(?P<group>(?:(?:for|on behalf of)\s+(?:the\s+)?|the\s+)?[A-Z0-9][^,;()]*?)\.?$"
)
# the last person joined to the group by "and": "…, Mensah K and the PALM Study Group"
_PERSON_AND_GROUP = re.compile(
    r"(?P<person>[^,;]+?)\s+(?:and|&)\s+(?P<group>(?:the\s+)?[A-Z0-9].*)"
)


def _trailing_group(text: str) -> tuple[str, str] | None:
    """(the persons' text, the group's name) where a group closes a person list."""
    match = _TRAILING_GROUP.search(text, max(0, len(text) - 150))
    if match is None:
        return None
    group = match.group("group")
    if len(group.split()) == 1 and re.fullmatch(r"[A-Z][A-Z0-9&]{2,9}", group):
        return text[: match.start()], group  # "…, Missawa NA, CDC": an agency's acronym
    joined = _PERSON_AND_GROUP.fullmatch(group)
    if (
        joined is not None
        and _awkward_group(joined.group("group"))
        and not _looks_corporate(joined.group("person"))
    ):
        person = _persons(joined.group("person"))
        if person is not None and len(person) == 1 and person[0].given:
            return f"{text[: match.start()]}, {joined.group('person')}", joined.group("group")
    return (text[: match.start()], group) if _awkward_group(group) else None


def _group_before_persons(text: str) -> tuple[str, str, str] | None:
    """(the persons before, the group's name, the persons after) where such a group opens
    the list or stands between persons ("GBD 2015 Mortality and Causes of Death
    Collaborators, Wang H, Naghavi M", "Wang H, GBD 2015 … Collaborators, Li X")."""
    pieces = list(re.finditer(r"[^,;]+", text))
    for piece in pieces[:-1]:
        group = piece.group().strip()
        if re.match(r"(?:[Tt]he\s+)?[A-Z0-9]", group) and _awkward_group(group):
            return text[: piece.start()], group, text[piece.end() :]
    return None


def _awkward_group(group: str) -> bool:
    """A group's name that the segment parser would split or reject: one holding "and" or a
    year, or opening with "the", "for the" or "on behalf of" (it reads a plain group itself,
    "…, UGENE team")."""
    words = group.split()
    return (
        2 <= len(words) <= 12
        and fold(words[-1].rstrip(".")) in _GROUP_WORDS
        and re.search(r"\s(?:and|&)\s|\d|^(?:for|on|[Tt]he)\s", group) is not None
    )


# MLA's first name inverted, its family of two words ("Mark Welch, David B.", "Ben Arous,
# James"): the words before the one comma are the family, a known given name after it (not
# Vancouver's "Ogg SC, Walter P.", whose initials are capitals)
_TWO_WORD_FAMILY = re.compile(
    r"(?P<family>[A-ZÀ-Þ][a-zà-ÿ'’-][\w'’-]*(?:\s[A-ZÀ-Þ][a-zà-ÿ'’-][\w'’-]*){1,2}),\s"
    r"(?P<given>(?P<first>[A-ZÀ-Þ][a-zà-ÿ'’-]+)(?:\s[A-Z]\.)*)\.?"
)


# one author who writes her whole name in lower case: "hooks, b.", MLA's "hooks, bell."
LOWER_CASE_PERSON = r"([a-z][a-z'’-]+),\s+((?:[a-z]\.\s?){1,3}|[a-z][a-z'’-]+\.?(?=\s|\Z|\())"
_LOWER_CASE_PERSON = re.compile(LOWER_CASE_PERSON)


def _persons(text: str) -> tuple[Person, ...] | None:
    """Persons of a non-corporate author list, or None when a segment has no name shape."""
    lower = _LOWER_CASE_PERSON.fullmatch(text)
    if lower is not None:
        given = lower.group(2).strip()
        lettered = len(given) <= 2 or "." in given[:-1]  # "b.", "b. h." keep their stops
        return (Person(lower.group(1), given if lettered else given.rstrip(".")),)
    mla = _TWO_WORD_FAMILY.fullmatch(text)
    if mla is not None and fold(mla.group("first")) in GIVEN_NAMES:
        return (Person(mla.group("family"), mla.group("given")),)
    inner = _group_before_persons(text)
    if inner is not None:
        head = inner[0].rstrip(" ,;")
        before, after = _persons(head) if head else (), _persons(inner[2].lstrip(" ,;"))
        if before is not None and after:
            return (*before, Person(inner[1]), *after)
    split = _trailing_group(text)
    if split is not None:
        before = _persons(split[0])
        # (an acronym only after a Vancouver name: "Jones, ABC" is Jones's initials, and
        # "W. Zeuch, Neue Verfahren …, MZT, Jahr. 22" has a journal after the title)
        if before and (" " in split[1] or re.fullmatch(r"[A-Z]{1,3}", before[-1].given)):
            return (*before, Person(split[1]))
    segments = [s for s in _SEPARATOR.split(text) if s and s.strip(" .")]
    if not segments or len(segments) > 1000:
        return None
    shaped: list[tuple[str, list[str]]] = []
    for number, segment in enumerate(segments, start=1):
        tokens = segment.split()
        pairs = [_kind(token) for token in tokens]
        if _capital_particles(tokens):
            # ABNT's "DE STROOPER", "VAN DEN BOGAART": particles in capitals, not initials
            pairs = [
                ("P", t) if is_particle(t) else pair for t, pair in zip(tokens, pairs, strict=True)
            ]
        kinds = "".join(kind for kind, _ in pairs)
        if (
            len(segments) > 1
            and len(tokens) > 1
            and (
                tokens[-1].rstrip(".").lower() in _GROUP_WORDS
                or not (_SHAPE_FAMILY_INITIALS.fullmatch(kinds) or _SHAPE_WORDS.fullmatch(kinds))
            )
            and _is_group(segment, kinds)
        ):
            shaped.append(("G", [segment.strip().rstrip(".")]))
            continue
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
    first_inverted = False  # the first name was written "Family, Given" ("Eliot, T. S.")
    # later full names are "Given Family" (Chicago after "Family, Given"), unless the given
    # names known stand last ("Smith John, Doe Jane")
    # (and so are full names among given-first names with initials: "Mark Finch, Mike Falvo,
    # Vernon L. Chi")
    given_first_list = (
        len(shaped) > 1
        and all(_SHAPE_WORDS.fullmatch(k) or _SHAPE_GIVEN_FIRST.fullmatch(k) for k, _ in shaped)
        and any(_SHAPE_GIVEN_FIRST.fullmatch(k) for k, _ in shaped)
    )
    inverted = (all_words or given_first_list) and not family_first(
        [values for _, values in shaped]
    )
    for index, (kinds, values) in enumerate(shaped):
        if kinds == "G":
            if pending is not None:
                persons.append(Person(pending))
                pending = None
            persons.append(Person(values[0]))
            continue
        if pending is not None:
            if (
                _SHAPE_INITIALS.fullmatch(kinds)
                or _SHAPE_GIVEN.fullmatch(kinds)
                or _INITIALS_PARTICLE.fullmatch(kinds)
                # Chicago's "Wagner, E. Glenn": an initial, then the given name used
                or (
                    not persons
                    and kinds == "IW"  # "E. Glenn" after "Wagner,"
                    and _USED_GIVEN.fullmatch(values[1])
                )
            ):
                persons.append(Person(pending, " ".join(values)))
                inverted = inverted or (len(persons) == 1 and "W" in kinds)
                first_inverted = first_inverted or len(persons) == 1
                pending = None
                continue
            persons.append(Person(pending))
            pending = None
        # "Smith, J., Jr.": the suffix of the name before; "Smith, A. B., III; Jones, C. D.": a
        # generation after the complete name before
        if persons and (
            kinds == "S"
            or (kinds == "I" and values[0] in {"II", "III", "IV"} and bool(persons[-1].given))
        ):
            persons[-1] = Person(persons[-1].family, f"{persons[-1].given} {values[0]}".strip())
            continue
        following = shaped[index + 1][0] if index + 1 < len(shaped) else ""
        if (
            _SHAPE_WORD.fullmatch(kinds)
            or (_SHAPE_WORDS.fullmatch(kinds) and _SHAPE_INITIALS.fullmatch(following))
            # ABNT, DIN: a short family in capitals before its dotted initials ("CAI, H. N.",
            # "LI, X."), which alone looks like initials
            or (
                kinds == "I"
                and "." not in values[0]
                and _dotted_next(shaped[index + 1 : index + 2])
            )
            # ABNT, DIN: a family of several words in capitals ("ST JOHN, A. L.", "BEN AROUS,
            # J.", "LE HUU, D."), whose short words look like initials
            or (
                len(values) > 1
                and all(len(v) > 1 and v.isupper() and v.isalpha() for v in values)
                and any(len(v) > 2 for v in values)
                and _dotted_next(shaped[index + 1 : index + 2])
            )
            # Chicago, MLA: the first name inverted, a family of several words, then one given
            # name ("Ribeiro de Almeida, Clara, Rosa Stadhouders", "Maynard Smith, James and")
            or (
                index == 0
                and _SHAPE_WORDS.fullmatch(kinds)
                and _one_given(shaped[1:2])
                # (not "Benjamin Burton, Regina, software for …": a given name first; but
                # "Ben Arous, James, Sara Laffont, and …", a known given name after it and more
                # names to come)
                and (
                    fold(values[0]) not in GIVEN_NAMES
                    or (len(shaped) >= 3 and fold(shaped[1][1][0]) in GIVEN_NAMES)
                )
            )
        ):
            pending = " ".join(values)  # "Smith" or "De Clercq" before ", E."
        elif _SHAPE_FAMILY_INITIALS.fullmatch(kinds):
            first_initial = min(i for i, k in enumerate(kinds) if k in "IJ")
            persons.append(
                Person(" ".join(values[:first_initial]), " ".join(values[first_initial:]))
            )
        elif _SHAPE_SPLIT_INITIALS.fullmatch(kinds):
            words = [v for k, v in zip(kinds, values, strict=True) if k in "PW"]
            initials = [v for k, v in zip(kinds, values, strict=True) if k in "IJ"]
            persons.append(Person(" ".join(words), " ".join(initials)))
        elif _SHAPE_GIVEN_FIRST.fullmatch(kinds):
            last_initial = kinds.rindex("I")
            persons.append(
                Person(" ".join(values[last_initial + 1 :]), " ".join(values[: last_initial + 1]))
            )
            inverted = True  # "Gunter M. Ziegler and Bernd Sturmfels": the others follow suit
        elif _SHAPE_WORDS.fullmatch(kinds):
            alone = len(shaped) == 1 and given_first(values)  # "Jason Epstein, Book Business"
            # the last of a list whose first name is inverted: "Eliot, T. S., and Ezra Pound"
            closing = first_inverted and index == len(shaped) - 1 and len(persons) == 1
            persons.append(
                _family_given_split(values, kinds, given_first=inverted or alone or closing)
            )
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


# what marks the names an entry opens with as its editors: "(Ed.)", ", eds.", "(Hrsg.)", "(dir.)"
_EDITOR_MARK = re.compile(
    r"\.?,?\s*(?:et\s+al\.?,?\s*)?[(\[]?\s*(?:eds?|editors?|editor-in-chief|hrsg|hg|[ée]ds?"
    r"|[ée]dit(?:eurs?)?|dir|coords?|orgs?|comps?|ред)\b\.?\s*[)\]]?",
    re.IGNORECASE,
)


def names_are_editors(raw: str, persons: tuple[Person, ...]) -> bool:
    """Whether the names an entry opens with are marked as its editors, right after the last
    one ("Seward, A. C. (ed.). 1909.", "In Bouma, H., & Elsendoorn, A. G. (Eds.), Working …",
    "Webb N., and R. Anderson, editors."): a book's editors, whom citations name as its authors.
    ("Haykin, Communication Systems, 3rd Ed." names its author: the mark is the edition's.)"""
    if not persons:
        return False
    last = persons[-1]
    first_at = raw.find(persons[0].family)
    at = raw.find(last.family, max(first_at, 0))
    if first_at < 0 or at < 0 or at > 1000:
        return False
    end = at + len(last.family)
    if last.given:
        given = re.match(rf",?\s*{re.escape(last.given)}", raw[end:])
        end += given.end() if given else 0
    return _EDITOR_MARK.match(raw, end) is not None

"""The evidence for one parser's reading of a field over the other's, one test each.

Why apart from ``combine``: each test is a pattern the rules or the labeller get wrong, with the
example that showed it; ``combine`` decides the policy (which test applies to which field) and
stays short. Each was measured on the development strings and articles (tests/bench).
"""

from __future__ import annotations

import re

from refcheck.crf.features import CONTAINER_WORDS
from refcheck.crf.fields import LINK_LEAD, CrfFields, abbreviated_journal, journal_after
from refcheck.model import Person
from refcheck.refparse_comma import is_place
from refcheck.refparse_fields import (
    BRACKETED_IMPRINT,
    CONTAINER_PARTS,
    JOURNAL_WORDS,
    YEAR,
    Fields,
    clean,
    initialled_names,
)
from refcheck.refparse_names import is_group_word, is_initials, lone_body
from refcheck.textnorm import fold

# a part's number opening a sentence of a title: "II. Ants", "Part IV. Formicinae"
_PART_NUMBER = re.compile(r"(?:Part\s+)?[IVX]{1,5}\.\s+\w")


def swallowed(learned: str | None, rules: Fields, text: str = "") -> bool:
    """ "Part VI. Ponerinae. Studia Entomologica" for the rules' "Studia Entomologica": whole
    sentences of the title ran into the labeller's container (not "Phys. Rev. D" for "Rev. D").
    Not where the rules' title ends in those words after a comma ("… mixed norms, Revue
    francaise d'automatique. Recherche Operationnelle"): the journal began at the comma; nor
    after a title in quotes ("“… development.” Nature Reviews. Molecular Cell Biology")."""

    if learned and rules.container and rules.title and learned.endswith(rules.container):
        # "II. Ants. Nature" after "Studies on the fauna of Curaçao": a part's number and name,
        # which the sentence test below takes for abbreviations
        head = learned[: -len(rules.container)].rstrip(" .")
        if _PART_NUMBER.match(head) and rules.title.endswith(head):
            return True
    parts = journal_after(learned) if learned and rules.container else None
    return (
        parts is not None
        and parts[1] == rules.container
        and len(parts[0].split()) >= 2
        and not _dotted(parts[0])  # "J. Funct. Anal": the journal's own abbreviations
        and not _abbreviation_end(parts[0])  # "Stud. Health Technol. Inform"
        and not (rules.title or "").endswith(f", {parts[0].rstrip(' .')}")
        and not _after_quoted_title(parts[0], text)
    )


def _after_quoted_title(words: str, text: str) -> bool:
    """``words`` follow a whole title in quotes, which opens after a full stop or colon and
    closes on its own stop ("Slack. “Small non-coding RNAs in animal development.” Nature
    Reviews"): they are no part of it (not "the rare “copper moss,” Scopelophila …")."""
    quoted = r"(?:^|[.:]\s+)[“\"][^”\"]{10,}[.,!?][”\"]\s*"
    return re.search(quoted + re.escape(words), text) is not None


# known journal abbreviations that are also whole words, which may end a title's sentence
_WORD_ABBREVIATIONS = frozenset({"cell", "class", "methods", "top"})


def _abbreviation_end(head: str) -> bool:
    """ "Stud. Health Technol.": the run ends on a journal's abbreviated word, not a sentence."""
    words = head.rsplit(maxsplit=1)
    last = words[-1] if words else ""
    return (
        len(last) > 2  # (not an initial, "J.")
        and abbreviated_journal(last)
        and fold(last[:-1]) not in _WORD_ABBREVIATIONS
    )


def names_took_journal(learned: tuple[Person, ...], rules: Fields) -> bool:
    """ACS's "Lee, S. Langmuir 2003", "Chen, X.; Li, Y. Angew. Chem., Int. Ed. 2010": the
    labeller's names ran on into the journal that the rules read after their own names (its
    first word became one more person's family name)."""
    families = [person.family for person in rules.authors]
    starts = {rules.container.split()[0].rstrip(".")} if rules.container else set()
    first = rules.title.split()[0] if rules.title else ""
    if first.endswith(".") and fold(first[:-1]) in JOURNAL_WORDS:
        starts.add(first[:-1])  # "Angew." of the rules' title "Angew. Chem., Int"
    if not families or len(learned) != len(families) + 1 or learned[-1].family not in starts:
        return False
    # the initials shifted one name on: "Lee" with none, "Langmuir" with Lee's "S."
    *names, journal = learned
    return (
        [person.family for person in names] == families
        and not names[-1].given
        and journal.given == rules.authors[-1].given
    )


def subtitle_split(learned: CrfFields, rules: Fields) -> bool:
    """ "The Rise of the Ph.D.: Graduate Education in America": the labeller ended the title at
    an abbreviation's full stop and read the subtitle after the colon as the container; the
    rules read the whole title."""
    title, container, whole = learned.title, learned.container, rules.title
    if not (title and container and whole and whole.startswith(title)):
        return False
    between = whole[len(title) : len(whole) - len(container)]
    # (not GSA's "… during floods: Water Resources Research, v. 38": a colon alone before it)
    return whole.endswith(container) and between.replace(" ", "") == ".:"


def title_tail(learned: str | None, rules: Fields, text: str) -> bool:
    """ "Clytrinae. Fauna of Saudi Arabia", "Valais, Swiss Alps. Geomorphology": the labeller's
    container is the rules' one after words the rules' title ends with (not "Commun. Math.
    Phys" for "Math. Phys", nor "Cosmet. Toilet. 118" for "Toilet": a journal's own
    abbreviations, the last one dotted too)."""
    whole, title = rules.container, rules.title
    if not (learned and whole and title and learned != whole and learned.endswith(whole)):
        return False
    at, before = text.find(whole), learned[: -len(whole)].split()
    if (
        at >= 0
        and before
        and _CAPITAL_ABBREVIATION.fullmatch(before[-1])
        and text.startswith(".", at + len(whole))
    ):
        return False
    head = learned[: -len(whole)].strip(" .,;:()«»“”\"'")
    words, bare = head.split(), title.strip(" .,;:()«»“”\"'")
    return (
        bool(words)
        and learned[: -len(whole)].rstrip()[-1:] in ".,»”)"
        and bare.endswith(head)
        # inside the title's last sentence ("…, Kerguelen archipelago, Subantarctic"), not a
        # sentence of its own that begins the journal ("… spacetimes. Can. J. Phys")
        and bare[: -len(head)].rstrip()[-1:] not in ("", ".")
        # not the journal's own first words: "Int J.", "Trans. Nonferrous Mat.", "… Acta."
        and not any(word.endswith(".") for word in words)
        and len(words[-1]) > 1
        and fold(words[-1]) not in JOURNAL_WORDS
        and len(whole.split()[0]) > 1  # "… Anatomie Abt. B Chromosoma": a series letter
        # a journal's first word: "… norms, Revue francaise d'automatique. Recherche Oper…"
        and fold(words[0]) not in CONTAINER_WORDS
        # after a title in quotes ("“… development.” Nature Reviews. Molecular Cell Biology")
        and not _after_quoted_title(head, text)
    )


def title_into_container(learned: str | None, rules: Fields) -> bool:
    """ "conformal field theory Nucl. Phys. B" for the rules' "Nucl. Phys. B" after their title
    "Logarithmic operators in conformal field theory": the labeller began the container inside
    the rules' title, which shows that the entry prints one (physics styles put no full stop
    between title and journal: "Gurarie V 1993 Logarithmic … theory Nucl. Phys. B 410")."""
    whole, title = rules.container, rules.title
    if not (learned and whole and title and learned != whole and learned.endswith(whole)):
        return False
    head = learned[: -len(whole)].strip()
    return bool(head) and title.endswith(head) and len(title) > len(head) + 1


def before_the_year(title: str, rules: Fields, text: str) -> bool:
    """The labeller's title comes before the year that the rules' title follows ("Names. 2009.
    Title."): it is a part of the names."""
    if not (rules.title and rules.year and rules.title != title):
        return False
    at, year_at, rules_at = text.find(title), text.find(rules.year), text.find(rules.title)
    return 0 <= at < year_at < rules_at and at + len(title) <= year_at


def over_the_year(title: str | None, rules: Fields, text: str) -> bool:
    """The labeller's title begins before the year that the rules' title follows and runs on
    into that title ("Grant A, Reynolds JD (2005) Reply to 'Comment …'"): it began in the
    names, which the rules read whole."""
    if not (title and rules.title and rules.year and rules.authors and rules.title != title):
        return False
    at = text.find(title)
    year_at, rules_at = text.find(rules.year, max(at, 0)), text.find(rules.title)
    return 0 <= at < year_at < rules_at < at + len(title)


def last_name_as_journal(learned: CrfFields, rules: Fields) -> bool:
    """ "…, Wang JP, Widom J (2006) Title. Nature": the labeller read the last person as a
    journal, before the year that the rules' title follows."""
    container, text = learned.container, learned.text
    if not (container and rules.authors and rules.title and rules.year):
        return False
    last = rules.authors[-1]
    printed = [*last.family.split(), *last.given.replace(".", " ").split()]
    at = text.find(container)
    return (
        len(learned.authors) == len(rules.authors) - 1
        and bool(last.given)
        and container.replace(".", " ").split() == printed
        and 0 <= at < at + len(container) <= text.find(rules.year, at) < text.find(rules.title)
    )


def last_name_dropped(learned: CrfFields, rules: Fields) -> bool:
    """ "Kerr B, Neuhauser C, Bohannan BJM, Dean AM (2006) Local migration …": the labeller
    left the last person out of the names (reading it as something else), where the rules read
    it before the year that the title follows."""
    text, mine, theirs = learned.text, learned.authors, rules.authors
    if not (mine and rules.year and rules.title and len(mine) == len(theirs) - 1):
        return False
    if [p.family for p in mine] != [p.family for p in theirs[:-1]] or not theirs[-1].given:
        return False
    at = text.find(theirs[-1].family, text.find(mine[-1].family) + len(mine[-1].family))
    year = text.find(rules.year, max(at, 0))
    return 0 <= at < year < text.find(rules.title, year)


def given_into_title(learned: CrfFields, rules: Fields) -> str | None:
    """ "Clinton, J. Robert. The Making of a Leader": the rules ended the names at the initial
    and took the given name used ("Robert") as the title's first word, where the labeller kept
    it in the name (the same people, a longer given name, whose extra words open the rules'
    title). The rules' title without those words, or None."""
    mine, theirs, title = learned.authors, rules.authors, rules.title
    if not (mine and title and len(mine) == len(theirs)):
        return None
    extra = ""
    for learned_person, rules_person in zip(mine, theirs, strict=True):
        if learned_person.family != rules_person.family:
            return None
        if learned_person.given != rules_person.given:
            if extra or not learned_person.given.startswith(f"{rules_person.given} "):
                return None
            extra = learned_person.given[len(rules_person.given) :].strip()
    opening = re.match(rf"{re.escape(extra)}\b[\s.,]*", title) if extra else None
    rest = title[opening.end() :] if opening else ""
    # (a title goes on in small letters after its own first word: "Okafor, M. Rate, molecular
    # spectrum, and …")
    if opening is None or (rest and not (rest[0].isupper() or rest[0] in "\"“‘'")):
        return None
    # where the rules' title was the given name alone, the labeller must have found another
    # (ABNT's "SILVA, J. Metodologia. São Paulo: Atlas, 2010.": its one-word title as a name)
    return rest if rest or learned.title else None


def title_after_names(learned: CrfFields, rules: Fields) -> str | None:
    """ "Peter Evans, Embedded Autonomy (Princeton: …, 1995).": Chicago's note form used as a
    list entry; the rules, finding no names, read the names and the title as one title, and
    the labeller read the names but no title. The rules' title after the names, or None."""
    people, title = learned.authors, rules.title
    if learned.title is not None or rules.authors or not title or not people:
        return None
    first, last = people[0], people[-1]
    if not (title.startswith(first.given or first.family) and first.family in title):
        return None
    end = title.find(last.family, title.find(first.family)) + len(last.family)
    rest = title[end:]
    if not rest.startswith(", ") or not rest[2:3].isupper():
        return None
    # (only before the note form's bracketed imprint, "(Princeton: …, 1995)": not the journal
    # after the names of an entry that prints no title, "Mehran Bagheri, Journal of …")
    after = learned.text.find(title)
    if after < 0 or not BRACKETED_IMPRINT.match(learned.text, after + len(title)):
        return None
    return rest[2:]


# a title's first word the labeller may leave out: "In CD4+ T-cell-induced diabetes, …"
_LEADING_WORD = re.compile(r"(?:In|On|The|A|An)\s+")


def cut_short(title: str, rules: Fields, text: str, container: str | None = None) -> bool:
    """The labeller's title is the start of the rules' one (or a part of a bracketed one), which
    runs to a full stop followed by the rules' journal ("Title. Journal 25: 402"): the labeller
    stopped at a bracket or a comma inside the title. Not where the rest of the rules' title
    begins the labeller's ``container`` ("…, a review, Atmos. Chem. Phys."): the labeller saw
    the journal begin at that comma."""
    whole = rules.title
    if not (whole and rules.container and title != whole and title in whole):
        return False
    rest = whole[whole.find(title) + len(title) :].strip(" ,;")
    if container and rest and container.startswith(rest) and _journal_like(rest, container):
        return False
    lead = whole[: whole.find(title)]
    if not (lead == "" or whole.startswith("[") or _LEADING_WORD.fullmatch(lead)):
        return False  # the rules' title began in the names ("Nobre aC, Morris PG, ... Title")
    last = whole.split()[-1].split(",")[-1]
    glued = last.rsplit(".", 1)[-1]  # "…matrices.Publ": a journal's word glued by a PDF
    if fold(last) in JOURNAL_WORDS or len(last) <= 2 or fold(glued) in JOURNAL_WORDS:
        return False  # "… Gauss-Bonnet term,Phys. Rev. D 58": the journal's first word
    if re.search(r"[.?!]\s", whole.replace(title, " ", 1)):
        return False  # the rules ran on past a sentence end ("Title. In: Seminars …")
    at = text.find(whole)
    if at < 0:
        return False
    after = text[at + len(whole) :]
    stop = r"\s+" if whole.endswith(("?", "!")) else r"[\]\)]?[.?!]\s+"  # ("… in Hong Kong?")
    return re.match(rf"{stop}{re.escape(rules.container)}\b", after) is not None


def _journal_like(words: str, container: str) -> bool:
    """ "Revue francaise …", "Atmos" of "Atmos. Chem. Phys": a journal's first word, or one
    abbreviated word that begins a dotted journal (not "Mmm1p and Mdm10p", a title's end)."""
    first = next(iter(words.split(maxsplit=1)), "")
    return bool(first) and (
        fold(first) in CONTAINER_WORDS
        or fold(first) in JOURNAL_WORDS
        or (words == first and container.startswith(f"{first}."))
    )


def apart(value: str, fields: Fields) -> bool:
    """``value`` is no part of the title or container already read."""
    return not any(value in (part or "") for part in (fields.title, fields.container))


def continues(longer: tuple[Person, ...], shorter: tuple[Person, ...]) -> bool:
    """``longer`` begins with the persons of ``shorter`` and names more. Where their initials
    are dotted or spaced differently ("H .W.Lin", "H. W. Lin"), each further person must have
    initials too (not a title's words: "GRAUMANN C.F., art. “Persönlichkeit”")."""
    if len(longer) <= len(shorter):
        return False
    head, rest = longer[: len(shorter)], longer[len(shorter) :]
    if head == shorter:
        return True  # "Nobre aC, Morris PG": as printed, whatever shape the rest has
    return [_letters(p) for p in head] == [_letters(p) for p in shorter] and all(
        person.given for person in rest
    )


def _letters(person: Person) -> tuple[str, str]:
    return person.family, re.sub(r"\W", "", person.given)


def ran_into(part: str, run: str) -> bool:
    """``part`` lies inside ``run`` with more words around it. (The same words are no evidence:
    "Ornan, Uzzi 1983. How is the Hebrew word formed?" had the rules read the names as the
    title and the title as the container, where the labeller reads each right.)"""
    return part in run and _words(run) != _words(part)


def question_subtitle(learned: CrfFields, rules: Fields) -> bool:
    """ "Love at first sight? Individual differences and …. In The Wiley-Blackwell Handbook":
    the rules ended the title at its question mark and took the subtitle for the container,
    where the labeller reads title and subtitle as one and finds the container after them."""
    title, whole, found = rules.title, rules.container, learned.container
    if not (title and whole and found and title.endswith("?") and found != whole):
        return False
    text = learned.text
    end = text.find(whole, text.find(title) + len(title))
    return end >= 0 and text.find(found, end + len(whole)) >= 0


def split_journal(learned: str | None, rules: Fields) -> bool:
    """The rules cut one journal's name in two, its first abbreviations read as the title and
    the rest, run on into the numbers, as the container ("Lect" | "Notes Phys. 629, 1 (2004)",
    "Eur. Phys." | "J. C 73(2013) 2304"), where the labeller's container is the whole name."""
    if not (learned and rules.title and rules.container):
        return False
    head, tail = _words(rules.title), _words(rules.container)
    whole = _words(learned)
    for start in range(len(whole) - len(head)):  # "J. Phys. B: At. Mol. Opt. Phys." for "B: At"
        if whole[start : start + len(head)] != head:
            continue
        taken = len(whole) - start - len(head)
        rest = whole[start + len(head) :]
        return tail[:taken] == rest and taken < len(tail) and tail[taken][:1].isdigit()
    return False


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def edge_slip(learned: str | None, rules: str | None) -> bool:
    """The labeller's journal and the rules' differ by a word at the end: it left out a short
    capitalised token the journal's name ends with ("Proc Natl Acad Sci USA", taken for a
    place) or its bracketed year ("J Immunother (1991)"), or ran on past the name's full stop
    into the publisher ("Field's virology. Lippincott", of "Lippincott, Williams, and
    Wilkins")."""
    if not (learned and rules and learned != rules):
        return False
    if rules.startswith(learned + ": ") and re.fullmatch(r"[A-Z]{1,4}", rules[len(learned) + 2 :]):
        return True  # "Current Biology: CB", NLM's title with its acronym
    if rules.startswith(learned + " "):
        rest = rules[len(learned) + 1 :]
        # (or NLM's bracketed year or place that tells same-named journals apart, "J
        # Immunother (1991)", "Ann Immunol (Paris)", after an abbreviation with no stops)
        nlm = len(learned.split()) <= 6 and not re.search(r"[.,:]", learned)
        return re.fullmatch(r"[A-Z]{1,4}|[A-Z](?: [A-Z]){1,3}", rest) is not None or (
            nlm and re.fullmatch(r"\((?:\d{4}|[A-Z][^()\d:]{1,30})\)", rest) is not None
        )
    if learned.startswith(rules + ". ") and not re.fullmatch(r"[A-Z][a-z]{1,3}", rules):
        # (not "Nat" of "Nat. Biotechnol": an abbreviation is no journal's whole name)
        rest = learned[len(rules) + 2 :]
        # (not "Phys. Rev. D" for the rules' "Phys. Rev": a series letter is the journal's)
        return len(rest.split()) <= 2 and re.match(r"[A-Z][a-z]{2,}", rest) is not None
    return False


def book_edges(learned: str | None, rules: Fields, text: str) -> bool:
    """A chapter's book, which the rules read between the editors and the imprint, where the
    labeller ran on past its full stop into the publisher ("Parasitic Flatworms: … Physiology.
    CABI, Wallingford", a name before a place), or left out its first words ("In Vivo Optical
    Imaging of Brain Function" after "Frostig RD, editors.")."""
    book = rules.container
    if not (learned and book and rules.kind == "chapter" and learned != book):
        return False
    if learned.startswith(book + ". ") and not initialled_names(book):
        # (not "In: Ellis WD. A source book of …": the rules took the editor for the book;
        # nor "Sharks of the open ocean. Biology, fisheries and conservation", a subtitle)
        rest = learned[len(book) + 2 :]
        at = text.find(learned)
        after = text[at + len(learned) : at + len(learned) + 4] if at >= 0 else ""
        return not re.search(r"\d|[.?!]\s", rest) and re.match(r",\s|\sby\s", after) is not None
    # the book's first word or two, which the labeller took for the chapter's "In" or for the
    # last editor's name ("Sharks, Rays and Chimaeras: …")
    head = book[: -len(learned)] if book.endswith(learned) else ""
    return 1 <= len(head.split()) <= 2 and head.endswith(" ")


def _dotted(words: str) -> bool:
    """ "Nucl. Instrum.", "J. Funct.": every word abbreviated."""
    return all(word.endswith(".") for word in words.split())


def abbreviation_into_title(title: str | None, learned: CrfFields, rules: Fields) -> bool:
    """ "Growth of the cell. Br" with the journal "J. Sports Med" for the rules' "Growth of the
    cell" and "Br. J. Sports Med": the abbreviations the labeller's journal lost (see
    ``lost_abbreviations``) ran into its title, which is the rules' title and those words."""
    container = clean(learned.container)
    if not (title and rules.title and rules.container and container):
        return False
    if not lost_abbreviations(container, rules.container) or not title.startswith(rules.title):
        return False
    lost = rules.container[: -len(container)].strip(" .")
    return title[len(rules.title) :].strip(" .,") == lost


def lost_abbreviations(learned: str | None, rules: str | None) -> bool:
    """ "Methods A" for the rules' "Nucl. Instrum. Methods A", "Math. Phys" for "Commun. Math.
    Phys": the labeller began the journal after its first abbreviated words."""
    if not (learned and rules and len(rules) > len(learned) and rules.endswith(learned)):
        return False
    prefix = rules[: -len(learned)]
    return prefix[-1:].isspace() and all(
        re.fullmatch(r"[A-Z][a-z]{0,10}\.", word) for word in prefix.split()
    )  # not "F.R.S. Philos Trans R Soc Lond B" (a fellow's letters before the journal)


# what the rules may read as a title where an entry prints none: an author list, a preprint
# number, a note, or a volume, page and year
_NOT_A_TITLE = re.compile(
    r"\bet\.?\s+al\b|\barxiv\b|\b\d{4}\.\d{4,5}\b|^[\W\d]*$|\b[A-Z]\.(?:,|\.)"
    r"|\b(?:private|personal) communication\b|^in (?:press|preparation)$|\bin preparation$"
    r"|\d+,\s*\d+\s*\(\d{4}\)|\d\s*\(\d{4}\)\s*\d|^\(.*\b\d{4}\b.*\)$",
    re.IGNORECASE,
)
_OPENING_QUOTES = "\"“«„‘'"
_CLOSING_QUOTE = re.compile(r"[,.;:?!]?[\"”»“’']")
# a title ends where a sentence does, or where a link's lead-in begins ("Tracer v1.4, Available
# from http://..."), after any descriptor in brackets ("WordNet [Internet]. Princeton")
_SENTENCE_AFTER = re.compile(
    r"(?:\s*\[[^\]]{1,40}\])?"
    r"(?:[.?!](?:\s|$)|\s*$|,?\s*(?:available|retrieved|accessed|online|url|doi)\b|\s*<?https?:)",
    re.IGNORECASE,
)
_BEFORE_SENTENCE = re.compile(r"(?:^|[.:)\]])$")
# after the year a title begins, whatever ends it ("(2011) 5-Sector Carbon Tax Model: http")
_AFTER_YEAR = re.compile(r"\b\d{4}[a-z]?\)?[.,:]?$")
# (an edition or a description in brackets may come first: "Operating systems (2nd ed.).")
_ANY_END = re.compile(r"(?:\s*(?:\([^()]{1,40}\)|\[[^\]]{1,40}\]))?(?:\s*[,.:;?!]|\s*$)")
# "Opin. Ther", "G, Nucl. Part": a few short words, one abbreviated, ending before a full stop
_ABBREVIATED = re.compile(r"(?:[^\W\d_]{1,5}\.?[\s,:]*){1,3}")


_CAPITAL_ABBREVIATION = re.compile(r"[A-Z](?:[a-z]{0,9}|[A-Z]{1,4})\.?")
# the rest of a dotted journal abbreviation and its volume: ". Theor. Phys. 56", ". 1656"
_DOTTED_TAIL = re.compile(r"\.,?\s*((?:[A-Z][a-z]{0,9}\.\s*){0,5}[A-Z]?)\s*\d")


def journal_start(text: str, title: str) -> str | None:
    """The whole journal, where what both parsers read as the title is the start of a dotted
    journal abbreviation that a volume follows ("Prog" of "M. Suzuki, Prog. Theor. Phys. 56",
    "J. Chem. Soc. 1656 (1937)"): physics and chemistry entries print no title. Not
    "Obesity. Lancet. 2009" or "Pazopanib. Nat Rev Drug Discov": the words must be known
    journal abbreviations."""
    words = title.split()
    if not (1 <= len(words) <= 3 and all(_CAPITAL_ABBREVIATION.fullmatch(w) for w in words)):
        return None
    if not any(fold(word.rstrip(".")) in JOURNAL_WORDS for word in words):
        return None
    at = text.find(title)
    if at < 0:
        return None
    tail = _DOTTED_TAIL.match(text, at + len(title))
    if tail is None or not ("." in title or tail.group(1)):
        return None
    return (title + text[at + len(title) : tail.end(1)]).rstrip(" .,")


def _journal_words_only(text: str) -> bool:
    """ "Nucl. Part", "Fiz", "M.. J. Lumin": initials and words of abbreviated journals only."""
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and all(
        len(word) == 1 or (word[0].isupper() and fold(word) in JOURNAL_WORDS) for word in words
    )


def reads_as_title(text: str, title: str) -> bool:
    """Whether the rules' title, which the labeller did not read as one, is printed as a title:
    quoted, or a sentence of its own after the names or the year ("Fischl B. FreeSurfer.
    Neuroimage."), and neither names, numbers nor an abbreviated journal ("Volkova L. Yad. Fiz.
    31": the rules took "Fiz" for the title). ``text`` is the entry as the labeller read it."""
    if _NOT_A_TITLE.search(title):
        return False
    if _journal_words_only(title):
        return False  # "Nucl. Part", "Fiz": the words of an abbreviated journal
    at = text.find(title)
    if at < 0:
        return True  # not where the rules read it from: no evidence against it
    before, after = text[:at].rstrip(), text[at + len(title) :]
    if before and before[-1] in _OPENING_QUOTES:
        return _CLOSING_QUOTE.match(after) is not None
    if "." in title and after.startswith(".") and _ABBREVIATED.fullmatch(title):
        return False
    if _AFTER_YEAR.search(before):
        return _ANY_END.match(after) is not None
    if before.endswith(",") and _IMPRINT_ENDS.fullmatch(after):
        return True  # Chicago notes' "Whenham, John (ed.), Claudio Monteverdi: Orfeo (Cambridge …, 1986)."
    return _SENTENCE_AFTER.match(after) is not None and _BEFORE_SENTENCE.search(before) is not None


# a bracketed imprint that ends the entry: " (Cambridge University Press, 1986)."
_IMPRINT_ENDS = re.compile(r"\s*\([^()]{3,160}\d{4}[a-z]?\)[.,]?\s*")


# a meeting's name, which is never a publisher or place however the labeller reads it
MEETING = re.compile(
    r"\b(?:proceedings|proc\.|conference|symposium|workshop|congress|colloquium)\b", re.IGNORECASE
)


# a meeting named as such in a title's run-on (not a report's "Report of the IUCN … red list
# workshop")
_MEETING_NAME = re.compile(r"\b(?:Conference|Symposium|Congress|Colloquium|Proceedings)\b")


def publisher_only(rules: Fields, learned: CrfFields) -> bool:
    """ "Collett D. 2003. Modelling survival data. Chapman & Hall/CRC, Boca Raton.": the rules'
    container is the labeller's publisher (a book has a publisher, not a container)."""
    return bool(
        learned.publisher
        and rules.container
        and not rules.publisher
        and learned.publisher in rules.container
        and not MEETING.search(rules.container)
        # (not "Bull. Seismol. Soc. Am. 105": a journal's abbreviations before its numbers)
        and not (learned.pages and _journal_words_only(rules.container))
        and not (rules.volume and rules.pages)  # ("Cold Spring Harbor Protocols, 2009, pdb.ip71")
        and not _lone_journal(learned.text, rules.container)
    )


# one-word names of book publishers, which may end an entry alone ("… data. Wiley.")
_ONE_WORD_PUBLISHERS = frozenset(
    """academic addison birkhäuser blackwell cambridge cengage crc dover elsevier freeman
    harpercollins heinemann kluwer longman macmillan mcgraw-hill norton oxford pearson penguin
    pergamon plenum prentice routledge sage springer taylor wiley wiley-blackwell wiley-liss
    author mouton north-holland harmattan gallimard seuil dunod vrin beck suhrkamp""".split()
)


def _lone_journal(text: str, container: str) -> bool:
    """ "… dendritic cells in psoriasis. Autoimmunity.": one word alone at the entry's end after
    the title, no place before it and no known publisher, is a journal that printed the article
    ahead of its issue, not a book's publisher."""
    return (
        re.fullmatch(r"[^\W\d_][\w'’-]*", container) is not None
        # (after a quoted title too: "“… mouse.” RNA.", "'… mouse', RNA.")
        and re.search(rf"(?:\.|[.,]?[”\"'’],?)\s+{re.escape(container)}$", text.rstrip(" ."))
        is not None
        and fold(container) not in _ONE_WORD_PUBLISHERS
        and not is_place(container)  # "… Title. Minneapolis.": a place of publication
    )


def imprint(rules: Fields, learned: CrfFields) -> bool:
    """ "Disputes and Settlements. Cambridge, 1983.", "… Semantics. Mouton.": what the rules read
    as a container the labeller reads as the place and publisher of a book."""
    if rules.publisher or not rules.container or rules.volume or rules.pages:
        return False  # "Psyche (Cambridge) 2012:11": a journal, whatever its name holds
    if MEETING.search(rules.container):
        return False  # "In Proceedings of the 6th International Conference on GeoComputation"
    if _lone_journal(learned.text, rules.container):
        return False
    at = learned.text.find(rules.container)
    if at > 0 and re.search(r"\bin:?\s*$", learned.text[:at], re.IGNORECASE):
        return False  # "In: Quantitative EPR. Springer": the book a chapter is in
    shares = learned.labels_of(rules.container)
    return shares.get("publisher", 0.0) + shares.get("location", 0.0) >= 0.5


_NUMBERED = re.compile(
    r"\b(?:no|nr|number|project|grant|contract|report|agreement)\b\.?\s*[:#]?\s*$", re.IGNORECASE
)


def report_number(raw: str, value: str) -> bool:
    """ "Project No. 693799", "Grant 1234567": a number that identifies a report or a grant, not a
    volume or page. (Six-digit article numbers such as "Phys. Rev. Lett. 94, 170201" are pages.)"""
    if not (value.isdigit() and len(value) > 4):
        return False
    at = raw.find(value)
    return at < 0 or _NUMBERED.search(raw[:at]) is not None


def year_suffix(longer: str, shorter: str) -> bool:
    """The rules' title ends with a bracketed year or span of dates the labeller left out:
    "Outcomes of the H1N1 pandemic (2009)", "… in Uganda (October 2000-January 2001)", "The
    Prelude: The Four Texts (1798, 1799, 1805, 1850)"."""
    return (
        longer.startswith(shorter)
        and re.fullmatch(
            r"\s*\((?:[A-Z][a-z]+\.?\s+)?\d{4}[a-z]?"
            r"(?:\s*(?:[-–,/]|and)\s*(?:[A-Z][a-z]+\.?\s+)?\d{4}){0,6}\)",
            longer[len(shorter) :],
        )
        is not None
    )


# the end of an author list the labeller ran into the title: "Otten L: ", "Thiemermann C: "
_NAMES_LEAD = re.compile(
    r"(?:[A-Z][\w'’-]+,?\s+[A-Z]{1,3}(?:\s+(?:Jr|Sr|2d|3d|2nd|3rd|III?|IV))?\.?\s*[,:;.]\s*)+"
)  # (and "Gretz HF 3d. ": a suffix, and a full stop ending the names)


def _lead(learned: str, whole: str | None) -> str | None:
    """What the labeller's title holds before the rules' whole title, when it ends with it."""
    if not whole or learned == whole or not learned.endswith(whole):
        return None
    return learned[: -len(whole)]


def names_lead(learned: str, rules: str | None) -> bool:
    """ "Otten L: Crown gall of grape" for the rules' "Crown gall of grape": the labeller began
    the title inside the names, whose last one the colon ends."""
    lead = _lead(learned, rules)
    return lead is not None and _NAMES_LEAD.fullmatch(lead) is not None


def _took_initials(learned: CrfFields, rules: Fields) -> Person | None:
    """The one person more that the labeller read after the rules' names, where it took the
    initials of the name before it ("Weiler, H.A. Vitamin D" read as "Weiler" and "H.A.
    Vitamin D", "Tanenbaum, A. S. Computer Networks" as "Tanenbaum" and "A. S. Computer
    Networks"); None when the labeller read the names otherwise."""
    known = len(rules.authors)
    if not known or len(learned.authors) != known + 1:
        return None
    last, extra = rules.authors[-1], learned.authors[-1]
    same = [p.family for p in rules.authors] == [p.family for p in learned.authors[:known]]
    if not same or learned.authors[known - 1].given or not last.given:
        return None
    return extra if extra.given.startswith(last.given) else None


def title_lead_as_name(learned: CrfFields, rules: Fields) -> str | None:
    """ "Weiler, H.A. Vitamin D: An overview of …": the labeller read the title's opening words
    as one more person ("H.A. Vitamin D") and began the title after them, where the rules read
    the same names and the title's opening. The whole title as printed; None otherwise."""
    title, whole = learned.title, rules.title
    extra = _took_initials(learned, rules)
    if not (title and whole and extra):
        return None
    at = whole.find(title)
    lead = whole[:at].strip(" ,:;.") if at > 0 else ""
    words = f"{extra.family} {extra.given}".split()
    if not (lead.startswith(extra.family) and all(word in words for word in lead.split())):
        return None
    start = learned.text.find(lead)
    end = learned.text.find(title, start)
    if not 0 <= start < end or not re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[\w'’.-]+)*", lead):
        return None
    if learned.text[start + len(lead) :].startswith(",") and not _ARTICLE.match(lead):
        return None  # "Rodin, R. Scott, The Steward Leader": "R. Scott" is a given name
    return learned.text[start : end + len(title)]


# an article opening a title, never a name ("The Gyrocotylidea, Amphilinidea and …")
_ARTICLE = re.compile(r"(?:The|An?|Les?|La|Der|Die|Das|El|Los|Il|Lo)\s")


def article_as_name(learned: CrfFields, rules: Fields) -> bool:
    """ "…; Rowley, J.; Housman, D. E. The t(7;11)(p15;p15) translocation …": the labeller read
    the title's article as one more person with the initials of the name before it ("The, D.
    E."), where the rules' title opens with that article."""
    extra = _took_initials(learned, rules)
    return (
        extra is not None
        and rules.title is not None
        and _ARTICLE.match(f"{extra.family} ") is not None
        and _ARTICLE.match(rules.title) is not None
        and rules.title.startswith(extra.family)
    )


def title_into_body(learned: CrfFields, rules: Fields) -> bool:
    """ "National Center for Health Statistics (US). Health, United States": the labeller ran
    the title into the body that wrote it, past the stop after the body's bracketed country,
    where the rules read the body and then the title."""
    if len(learned.authors) != 1 or len(rules.authors) != 1 or not rules.title:
        return False
    mine, body = learned.authors[0].family, rules.authors[0].family
    rest = mine.removeprefix(body)
    return (
        rest != mine
        and body.endswith(")")
        and rest.startswith(". ")
        and rules.title.startswith(rest[2:])
    )


def title_as_name(learned: CrfFields, rules: Fields) -> bool:
    """ "Sage, R. D. Wild mice. In The mouse in …": the labeller read a chapter's short title
    as one more person, with the initials of the name before it ("Wild mice, R. D."), and took
    the book's title for the chapter's, where the rules read the names and the title."""
    extra = _took_initials(learned, rules)
    if not (
        extra is not None
        and rules.title is not None
        and learned.title
        and learned.title != rules.title
        and fold(extra.family) == fold(rules.title)
    ):
        return False
    # the labeller's title is the book's, after the chapter's "In"
    text = learned.text
    at = text.find(rules.title)
    end = at + len(rules.title)
    start = text.find(learned.title, end)
    return at >= 0 and start > end and re.search(r"\bIn\b", text[end : start + 3]) is not None


def imprint_in_title(learned: CrfFields, rules: Fields) -> bool:
    """ "BUSTER version 2.11.4. Cambridge, United Kingdom: Global Phasing Ltd; 2011.": the
    rules ran a book's place and publisher into its title, where the labeller read the title
    and, after it, the imprint (sure of the imprint, if not of the title)."""
    title, whole, publisher = learned.title, rules.title, learned.publisher
    if not (title and whole and publisher and whole.startswith(title) and whole != title):
        return False
    if not re.match(r"[.,;]\s", whole[len(title) :]):
        return False  # (the labeller's title ends at a field's end, not inside a word run)
    rest = whole[len(title) :].strip(" .,;:")
    return rest == publisher or (
        rest.endswith(publisher)
        and re.fullmatch(r"[^.:;]{2,60}:\s*", rest[: -len(publisher)]) is not None
    )


def imprint_head_in_title(title: str, learned: CrfFields, rules: Fields) -> bool:
    """ "Tears of the Cheetah … Frontier. St" and the publisher "Martins Press" for the rules'
    title and "St. Martins Press": the labeller ran the publisher's first word into the
    title."""
    whole, publisher, rest_of_it = rules.title, rules.publisher, learned.publisher
    if not (whole and publisher and rest_of_it and title.startswith(whole) and title != whole):
        return False
    head = title[len(whole) :].strip(" .,;:")
    return " " not in head and publisher in {f"{head}. {rest_of_it}", f"{head} {rest_of_it}"}


def title_opens_in_brackets(learned: CrfFields, rules: Fields) -> bool:
    """ "Koteja J. Scale insects (Homoptera, Coccinea) from the Upper Cretaceous …": the
    labeller ended the names inside the title's brackets ("Scale insects (Homoptera" read as
    one more name) and began the title after the comma, where the rules' title holds it whole."""
    title, whole = learned.title, rules.title
    return bool(
        title
        and whole
        and title.count(")") > title.count("(")
        and whole.count(")") == whole.count("(")
        and title in whole
        and (
            not learned.authors
            or any("(" in person.family or "(" in person.given for person in learned.authors)
        )
    )


def bracket_lead_dropped(title: str, rules: Fields) -> bool:
    """ "(R)-beta-lysine-modified elongation factor P …": the labeller left out the short
    bracket the title opens with (a chemical's configuration, "(R)-", "(+)-", "(E)-"), or
    began the title inside a bracket ("p15) translocation …" of "The t(7;11)(p15;p15) …")."""
    lead = _lead(rules.title or "", title)
    if lead is None:
        return False
    if lead.count("(") > lead.count(")") and title.count(")") > title.count("("):
        return True  # "p15) translocation …" of "The t(7;11)(p15;p15) translocation …"
    hyphen = lead.endswith(("-", "–")) or title.startswith(("-", "–"))  # (not "(ed.) Disputes")
    return hyphen and re.fullmatch(r"\([^()\s.]{1,6}\)", lead.rstrip("-–")) is not None


def gost_title_head(learned: CrfFields, rules: Fields) -> str | None:
    """GOST's "Markow T. A., … Egg size, embryonic development … // Journal": the rules' title
    before the double slash, where the labeller's title is its tail (the opening words read as
    one more name: "CYCLOPS, a mediator …", "Berg P. D-Tyrosyl RNA: formation …")."""
    whole, title = rules.title, learned.title
    if not (whole and title and " //" in whole):
        return None
    head = whole.split(" //", 1)[0].strip()
    tail = title.split(" //", 1)[0].rstrip(" /")
    if head == tail or not head.endswith(f" {tail}"):
        return None
    if re.search(r"\.\s", head[: -len(tail)]):
        return None  # (initials or "et al." before it: the rules' names stopped short)
    return head


def book_as_title(learned: CrfFields, rules: Fields) -> bool:
    """ "Hans Eberwein: Vorbemerkungen, in: Hans Eberwein (Hrsg.): Einführung in …": the rules
    read a chapter and its book, where the labeller took the book for the title (and the
    chapter's own title for a publisher or a name)."""
    return bool(
        rules.kind == "chapter"
        and rules.title
        and rules.container
        and learned.title
        and (
            learned.title == rules.container
            # (the rules' container running on into the book's place or year: "…, a.a.O. 1996")
            or (len(learned.title) > 20 and rules.container.startswith(f"{learned.title},"))
        )
        and rules.title not in (learned.container or "")
        # (the same people: not where the rules' names stopped short and their title is a
        # name, "… Doug Burger, and Stephen W. Keckler. Measuring …. In Proceedings …")
        and rules.authors
        and (
            [p.family for p in learned.authors] == [p.family for p in rules.authors]
            or names_past_colon(learned, rules)  # "Ulrike Schildmann: Frauenforschung"
            # (or no names of its own, the chapter's lead right after the rules' title:
            # "Dupont J. Le sol. Dans : Martin P, dir. Manuel du sol. …")
            or (
                not learned.authors
                and re.search(rf"{re.escape(rules.title)}[.,]?\s+(?:In|En|Dans)\s?:", learned.text)
                is not None
            )
        )
    )


def names_past_colon(learned: CrfFields, rules: Fields) -> bool:
    """DIN's "CHEN, J. C. ; BECKWITH, J.: FtsQ, FtsL and …": the labeller ran the names past
    the colon (or full stop) that ends them into the title's first words ("J.: FtsQ" read as a
    name), where the rules' title opens with those words."""
    if not (learned.authors and rules.title):
        return False
    family = learned.authors[-1].family
    _, colon, after = family.partition(": ")
    if colon:
        return bool(after) and rules.title.startswith(after)
    # (or past the full stop, a title's first word before its comma: "… and David Boisclair.
    # Past, Current and …")
    _, stop, word = family.partition(". ")
    return bool(stop and word.isalpha()) and rules.title.startswith(f"{word},")


def split_title(learned: CrfFields, rules: Fields) -> bool:
    """ "Scientific misconduct. Truth and consequences. In: Science 313": the labeller's title
    and container are the two sentences of the rules' title, and the rules read a journal
    after it."""
    title, container, whole = learned.title, learned.container, rules.title
    if not (title and container and whole and rules.container and rules.volume):
        return False
    if re.search(r"\d", rules.container) or not re.search(r"[^\W\d_]{3}", rules.container):
        return False  # (a journal's name, not "1971C" or an accession number)
    return container != rules.container and whole in {
        f"{title}. {container}",
        f"{title}? {container}",
        f"{title}! {container}",
    }


def numbers_after_journal(learned: str | None, rules: Fields) -> bool:
    """ "Frontiers in Neuroanatomy 8", "eLife e03080", "Hum Mol Genet 15(Spec No 2)": the
    labeller's container (or pages) is the rules' journal followed by nothing but the volume,
    issue or pages the rules read after it."""
    journal = rules.container
    if not (learned and journal and learned.startswith(journal) and learned != journal):
        return False
    rest = learned[len(journal) :]
    if rest[:1] not in {" ", "(", ",", ":"}:  # (":" of "Wormbook: 1–23")
        return False
    # (word by word: "Hum Mol Genet 14 Spec No" of the rules' volume 14 and issue "Spec No 1",
    # "… Crystallography D" of the volume "D60")
    numbers = " ".join(filter(None, (rules.volume, rules.issue, rules.pages))).split()
    return all(
        any(word in number for number in numbers) for word in re.sub(r"[(),:]", " ", rest).split()
    )


def title_word_in_journal(value: str, rules: Fields, title: str | None) -> bool:
    """ "system Rev.Sci. Instrum": the labeller ran the title's last word (lower case, not a
    journal's own first word as in "New J .Phys") into the journal the rules read whole."""
    whole = rules.container
    if not (whole and title and value[:1].islower() and value.endswith(f" {whole}")):
        return False
    return title.endswith(value[: -len(whole) - 1])


def journal_cut_at_comma(value: str, rules: Fields, text: str) -> bool:
    """ "Current Opinion in Endocrinology" of "… Endocrinology, Diabetes, and Obesity 21
    (2014)": the labeller ended the journal at a comma inside its name, where the rules' name
    runs on in words to the volume."""
    whole = rules.container
    if not (whole and rules.volume and whole.startswith(f"{value},")):
        return False
    rest = whole[len(value) + 1 :]
    # (a list of subjects closed by "and": not a place, a month or a series after the journal,
    # "Reading Research Quarterly, Oct-Dec", "Revue Agricultural, Bruxelle, 16")
    if not re.fullmatch(r"(?:\s[A-Z][\w-]+,)*\s[A-Z][\w-]+,?\s(?:and|&)\s[A-Z][\w-]+", rest):
        return False
    at = text.find(whole)
    return at >= 0 and re.match(r"\s*,?\s*(?:vol\.?\s*)?\d", text[at + len(whole) :]) is not None


def journal_split_at_comma(learned: CrfFields, rules: Fields) -> bool:
    """ "Coot. Acta Crystallographica Section D, Biological Crystallography 66": the labeller
    ran the title into the journal's name up to its comma, semicolon ("Evolution;
    International Journal of …") or inner stop ("Acta crystallographica. Section D"), or took
    that first part alone for the title, and read the rest as the journal, where the rules
    read the whole name as the journal."""
    title, container, whole = learned.title, learned.container, rules.container
    if not (title and container and whole and rules.title and rules.volume):
        return False
    part = fold(container.split(maxsplit=1)[0]) in CONTAINER_PARTS  # "Section D, …"
    for separator in (", ", "; ", ". ") if part else (", ", "; "):
        if whole.endswith(f"{separator}{container}"):
            head = whole[: -len(separator) - len(container)]
            # (not after "?": "« Etat composé » ou décomposé ? La réforme …, L'Espace
            # politique", a subtitle the labeller read right)
            # (the first part alone for the title only before a part's name: "박중호.변상해
            # (2008), 기업체 …, 벤처창업연구", the rules' names as the title, reads right)
            alone = separator == ". " or any(
                fold(word) in CONTAINER_PARTS for word in re.findall(r"\.\s+(\w+)", head)
            )  # ("Acta crystallographica. Section D" | "Biological crystallography")
            return len(head.split()) <= 10 and (
                title == f"{rules.title}. {head}" or (alone and title == head)
            )
    return False


def title_word_in_names(learned: CrfFields, rules: Fields) -> bool:
    """ "Xu W. Design, synthesis and …": the labeller took the title's first word into the last
    name (family "Design", given "Xu W.") and began the title after it, where the rules read
    the names and title right; or took it for one more name after a list that "and" closed
    ("… and D. Boisclair, Past, Current and …", "& Wilson, E. O. Speciation.") or before a
    word in lower case ("Lynch, M. Rate, molecular spectrum, …")."""
    title, whole = learned.title, rules.title
    mine, theirs = learned.authors, rules.authors
    if not (whole and mine and theirs):
        return False
    first = whole.split(None, 1)[0].rstrip(",:")
    rest = whole[len(first) :].lstrip(" ,:")
    if title is None:
        lead = first  # the title's first word read as a name: "… and H. A. Orr, Speciation."
    elif whole != title and whole.endswith(title):
        lead = whole[: -len(title)].strip().rstrip(",:")
    elif rest and _same_start(title, rest):
        lead = first  # the title then ran on: "Current and … Use (Center for …"
    elif (
        len(mine) == len(theirs) + 1
        and whole.startswith(f"{mine[-1].family},")
        and _same_start(title, whole[len(mine[-1].family) + 1 :].lstrip())
    ):
        lead = mine[-1].family  # the title's words before its first comma: "Palm Biodiversity,"
    else:
        return False
    if re.fullmatch(r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}", lead) is None:
        return False
    if " " in lead and len(mine) != len(theirs) + 1:
        return False
    if len(mine) == len(theirs) + 1:
        # (not "Black, D.A., Paul, Apostle of Weakness": a name may follow a comma)
        return (
            lead == mine[-1].family
            and [p.family for p in mine[:-1]] == [p.family for p in theirs]
            and (
                _closed_list(learned.text, theirs[-1])
                or re.match(r"[^\W\d_][\w'’-]*,\s+[a-z]", whole) is not None
                # ACS, ABNT: "Okafor, G. E.; Mensah, D. Past, Current …", names by semicolons
                # (not "…; Fouassier, J.-P.", one more name with its initials)
                or (
                    ";" in learned.text[: max(0, learned.text.find(whole))]
                    and re.match(rf"{re.escape(lead)},\s*(?:[A-Z]\.-?)+", whole) is None
                )
            )
        )
    if _natural_order_after_and(learned.text, theirs, lead):
        return False
    # one name: not "Stephen H. Kellert, In the Wake of Chaos", where the labeller is right
    lone = len(mine) == 1 and re.search(rf"\b{re.escape(lead)},\s+[A-Z]", learned.text) is None
    last = mine[-1].family
    return (
        len(mine) == len(theirs)
        and (len(mine) >= 2 or lone)
        and (
            (lead == last and theirs[-1].family in mine[-1].given.split())
            # the word joined to the last name whole: family "Mensah S. pEF-BOS"
            or (last.endswith(f" {lead}") and last.startswith(f"{theirs[-1].family} "))
        )
        and [p.family for p in mine[:-1]] == [p.family for p in theirs[:-1]]
    )


def _natural_order_after_and(text: str, theirs: tuple[Person, ...], lead: str) -> bool:
    """ "Dawn, Marva and Eugene H. Peterson, The Unnecessary Pastor": Chicago's first name
    inverted with a given name written out, the last after "and" in natural order, which the
    rules read as "Eugene H" and the labeller right, as "Eugene H. Peterson"."""
    first, last = theirs[0], theirs[-1]
    given = first.given.split()
    if len(theirs) < 2 or not given or is_initials(first.given) or len(given[0]) < 3:
        return False
    initials = rf"(?:{re.escape(last.given)}\.?\s+)?" if last.given else ""
    pattern = rf"(?<!\w)and\s+{re.escape(last.family)}\s+{initials}{re.escape(lead)},"
    return re.search(pattern, text) is not None


def _same_start(one: str, other: str) -> bool:
    """Whether two readings of a title begin alike for as far as the shorter goes (at least
    ten characters): one of them ran on past its end."""
    size = min(len(one), len(other), 40)
    return size >= 10 and one[:size] == other[:size]


def _closed_list(text: str, last: Person) -> bool:
    """Whether "and" or "&" brings in the list's last name ("and D. Boisclair", "& Wilson")."""
    given = rf"(?:{re.escape(last.given)}\s+)?" if last.given else ""
    return re.search(rf"(?:\band|&)\s+{given}{re.escape(last.family)}\b", text) is not None


def names_into_title(learned: CrfFields, rules: Fields) -> bool:
    """ "Tanenbaum, A. S. Computer Networks, 3rd ed.": the labeller ran the names on into the
    title, whose opening words then read as one more person, given names first ("A. S.
    Computer Networks"), taking the initials of the name before it; the rules read the same
    names with their initials, then the title."""
    extra = _took_initials(learned, rules)
    if learned.title is not None or not rules.title or extra is None:
        return False
    return (
        extra.given == rules.authors[-1].given
        and rules.title.startswith(extra.family)
        and not _journal_words_only(rules.title)  # "Len, C. J. Org. Chem. 2014": no title
        and re.match(r"[^\W\d_]\.", rules.title) is None  # "V. M.. J. Lumin.": an initial
    )


_GENERATION = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")


def names_past_suffix(learned: CrfFields, rules: Fields) -> bool:
    """ "Baker, Houston A., Jr. Blues, Ideology, and Afro-American Literature": the labeller ran
    the names past the suffix that ends them ("Jr."), reading the title's first word as one
    more person; the rules end the names at the suffix and read the whole title."""
    if not (rules.authors and learned.authors and learned.title and rules.title):
        return False
    given = rules.authors[-1].given.split()
    if not given or _GENERATION.fullmatch(given[-1]) is None:
        return False
    head, _, rest = rules.title.partition(" ")
    return (
        len(learned.authors) > len(rules.authors)
        and learned.authors[-1].family == head.rstrip(",.:;")
        and rest == learned.title
    )


# what a labeller labels the part of an entry after the title
_AFTER_TITLE = frozenset({"container", "collection", "volume", "issue", "pages", "date", "doi"})


_ACCESS_NOTE = re.compile(
    r"(?:accessibility verified|accessed|retrieved|available|cited|last visited)\b", re.I
)


def sentence_before_journal(container: str) -> tuple[str, str] | None:
    """(sentence, journal) of a container that opens with words of a sentence and ends with an
    abbreviated journal ("Functional assignment of the Hr1 repeat motif J Biol Chem"); None
    for any other container."""
    head, stop, rest = container.partition(". ")
    if stop and _sentence_then_abbreviations(head, rest):
        return head, rest  # "Introduction. Health Res Policy Syst"
    words = container.split()
    cut = len(words)
    while cut > 0 and (words[cut - 1][:1].isupper() or words[cut - 1] in {"&", "of"}):
        cut -= 1
    journal = words[cut:]
    if len(journal) < 2 or not any(fold(word.rstrip(".")) in JOURNAL_WORDS for word in journal):
        return None
    lower = [word for word in words[:cut] if word.isalpha() and word.islower() and len(word) > 2]
    if len(lower) < 3:
        return None
    return " ".join(words[:cut]), " ".join(journal)


def _sentence_then_abbreviations(head: str, journal: str) -> bool:
    """A short sentence with no journal word, then a journal written in abbreviations."""
    head_words, journal_words = head.split(), journal.replace(".", " ").split()
    return (
        0 < len(head_words) <= 6
        and any(len(word) >= 5 for word in head_words)  # (not "Can. J. Phys", "Mon. Not.")
        and not any(fold(word) in JOURNAL_WORDS for word in head_words)
        and sum(fold(word) in JOURNAL_WORDS for word in journal_words) >= 2
        and all(word[:1].isupper() for word in journal_words)
    )


def edge_word(learned: str, rules: str) -> bool:
    """The labeller's title and the rules' differ by a word at one edge, and the rules' edge is
    the right one: the labeller began inside the title ("au diagnostic …" of "Apport de
    l'I.R.M. au diagnostic …", "it's GPT-2 …" of "Hello, it's GPT-2 …"), took the journal's
    first abbreviation ("… fusion products Int" before "Int. J. Mod. Phys.") or left the
    title's last word to the journal ("… the virgo suspension" | "system Rev. Sci. Instrum.") or
    its last words to the names ("… notes of" | "Dr. K. L. Mensah"); or it read an access note
    as the title ("Accessibility verified, 1 December 2002")."""
    if learned == rules:
        return False
    if _ACCESS_NOTE.match(learned):
        return True
    if rules.endswith(" " + learned) and learned[:1].islower():
        # (not "Mendiburu de F. 2014. agricolae: …", where the rules took the names and year)
        return re.search(r"\b(?:1[5-9]|20)\d\d\b", rules[: -len(learned)]) is None
    extra_word = (
        re.fullmatch(r",?\s+(\S+)", learned[len(rules) :]) if learned.startswith(rules) else None
    )
    if extra_word is not None:  # (", Inst" of "…, Inst. Hautes Études Sci.": after a comma too)
        extra = extra_word.group(1)
        return extra[:1].isupper() and fold(extra) in JOURNAL_WORDS
    if rules.startswith(learned + " "):
        extra = rules[len(learned) + 1 :]
        if learned.rsplit(None, 1)[-1] in _DANGLING:
            return True  # "… based on the notes of" | "Dr. K. L. Mensah": read as a name
        return " " not in extra and extra.isalpha() and extra.islower()
    return False


# words no title ends with
_DANGLING = frozenset("of the a an by for from to with de la der von".split())


_VOLUME_ISSUE_PAGES = re.compile(r"\s+\d+\s*\(\d+\)\s*\d+(?:\s*[-–]\s*\d+)?")


def ran_on(learned: CrfFields, rules: Fields) -> bool:
    """ "…super-group.Commun .Math .Phys .195", "…in one dimension,prb 81 (6)(2010)": the rules'
    title runs past the labeller's into what the labeller reads as the journal and its
    numbers."""
    title, whole = learned.title, rules.title
    if not (title and whole and whole != title and whole.startswith(title)):
        return False
    rest = whole[len(title) :]
    if _VOLUME_ISSUE_PAGES.fullmatch(rest):
        return True  # "…wielandt's inequality 56 (9) 4668-4673": the journal's numbers
    if re.match(r"\s*(?:,''|”|\.{1,2}|,)\s*[^\W\d_]", rest) is None:
        return False  # not "…pyrophosphatase at 2.7 A", "…the virgo suspension system"
    bare = rest.strip(" ,.'”")
    at = learned.text.find(whole)
    abbreviated = all(fold(word) in JOURNAL_WORDS for word in re.findall(r"\w+", bare))
    # "….Commun" of the labeller's "Commun. Math. Phys" (the rules read "Math. Phys")
    inside = abbreviated and (
        lost_abbreviations(rules.container, learned.container)
        or (learned.container or "").startswith(bare)  # ", Phys" of "Phys. Rev. D"
    )  # (not "…, Uganda" of "Uganda. Emerging Infectious Diseases")
    if (
        not inside
        and not (rules.container or "").casefold().startswith("arxiv")  # a preprint note
        and at >= 0
        and rules.container
        and re.match(rf"[.?!]\s+{re.escape(rules.container)}\b", learned.text[at + len(whole) :])
    ):
        return False  # "…talus slopes, Valais, Swiss Alps. Geomorphology": a full sentence
    shares = learned.labels_of(bare)
    return sum(shares.get(name, 0.0) for name in _AFTER_TITLE) >= 0.8


def year_lead(learned: str, rules: Fields) -> bool:
    """ "in press) Further investigation of …": the labeller began the title inside the
    bracketed year (words such as "in press" it does not know as a date)."""
    lead = _lead(learned, rules.title)
    return (
        lead is not None
        and rules.year is not None
        and (fold(lead.strip(" .,;:()[]")) == fold(rules.year))
        # (not "2012 update of the 2008 …": a title that opens with a year)
        and re.search(r"[).,;:\]]\s*$", lead) is not None
    )


def open_bracket_tail(learned: str, rules: Fields, text: str) -> bool:
    """ "Selections from the notebooks (Q" for the rules' "Selections from the notebooks": the
    labeller ran the title into a bracket it did not close, which names the book's makers
    (APA's "(Q. Hoare, …, Eds., & Trans.)") and which the rules set aside. (A series in the
    bracket, SBL's "(WUNT 8; Tübingen: …)", is left to the labeller, as the labelled data
    count it with the title.)"""
    whole = rules.title
    if not whole or learned.count("(") <= learned.count(")"):
        return False
    head = learned[: learned.rfind("(")].rstrip(" .,;:")
    at = text.find(whole)
    bracket = text.find("(", at + len(whole)) if at >= 0 else -1
    return head == whole and bracket >= 0 and _MAKERS_BRACKET.match(text, bracket) is not None


_MAKERS_BRACKET = re.compile(r"\([^()]{1,150}?(?:Eds?\.|Trans\.)\)")


def group_lead(learned: str, rules: Fields) -> bool:
    """ "STEP 1 Study Group. Once-weekly …" for the rules' "Once-weekly …": the labeller began
    the title with the group the rules read as the last author (AMA's "et al; … Group.")."""
    lead = _lead(learned, rules.title)
    last = rules.authors[-1] if rules.authors else None
    return (
        lead is not None
        and last is not None
        and not last.given
        and lead.rstrip(" .") == last.family
        and is_group_word(last.family.split()[-1])
    )


def year_opens_title(learned: str, rules: Fields) -> bool:
    """ "2013 AHA/ACC/TOS guideline for …", "2010 guidelines for CPR": a title that opens with
    a year, which the labeller dropped as a date where the rules read the entry's year in its
    own place."""
    lead = _lead(rules.title or "", learned)
    return (
        lead is not None
        and rules.year is not None
        and bool(rules.authors)  # (an entry that opens with its year has none before it)
        and re.fullmatch(r"(?:1[6-9]|20)\d\d\s+", lead) is not None
    )


def head_cut(learned: CrfFields, rules: Fields) -> bool:
    """ "(1956) J. B. S. Haldane and the theory …", "(1956) Comparison of Smith et al. (2001)
    and …": the labeller read the opening of a title as names, a date or a journal and began
    the title after it, while the rules' title runs from the closed year (or the names' colon)
    to the same end."""
    whole, value = rules.title, clean(learned.title, title=True)
    if not (whole and value and rules.year and value != whole and whole.endswith(value)):
        return False
    at = learned.text.find(whole)
    if at < 0:
        return False
    before = learned.text[:at]
    if not re.search(rf"{re.escape(rules.year)}[a-z]?\s*[).,:]\s*$", before) and not (
        rules.authors and re.search(rf"{re.escape(rules.authors[-1].family)}:\s*$", before)
    ):
        # the rules' title opens right after the year or the colon that closes German full
        # names ("Ulf Preuss-Lausitz: Einsäuliger Dom …"), so no name is in it
        return False
    head = whole[: -len(value)]
    shares = learned.labels_of(head.rstrip(" .,;:"))
    return sum(shares.get(name, 0.0) for name in ("author", "editor", "date", "container")) >= 0.5


def inside_brackets(title: str, rules: Fields) -> bool:
    """The rules' title is a translated title in square brackets and the labeller's is a part
    of it ("Prostate cancer … metastasis" of "[Prostate cancer … metastasis. Outcome in …]"):
    the brackets bound the title, whatever sentences it holds."""
    whole = rules.title or ""
    inner = title.strip("[] ")
    return (
        whole.startswith("[")
        and whole.endswith("]")
        and "]" not in whole[1:-1]
        and bool(inner)
        and inner != whole[1:-1].strip()
        and inner in whole
    )


# the date a page was read: "Accessed 3 January 2012.", "Accessed: 3.1.2012", "[cited 2012 Jan
# 3]", "(accessed 3.1.2012)"
_ACCESS_WORD = r"(?i:accessed|retrieved|cited|last accessed|viewed)\b"
_ACCESS_DATE = (
    rf"(?:(?:{_ACCESS_WORD}(?:[^.\[\]()]|\.(?=\d))*\.?"
    rf"|[\[(]\s*{_ACCESS_WORD}[^\])]*[\])]\.?)\s*)?"
)
_NOTHING_AFTER = re.compile(r"[\s.)\]]*" + _ACCESS_DATE)
# what may follow a web page's title: its link and the date it was read, either first
# ("[Internet]. Available from: http://… [cited 2012 Jan 3].", "Retrieved from http://…",
# "Accessed: 2012-01-03. URL: http://…")
_LINK_AFTER = re.compile(
    r"[\s.]*(?:\[Internet\]\.?\s*)?"
    + _ACCESS_DATE
    + rf"(?:{LINK_LEAD}\s*:?\s*\S+[\s.]*)?"
    + _ACCESS_DATE
)


def tail_as_container(rules: Fields, learned: CrfFields) -> bool:
    """ "… lacking alternative sigma factor, SigH. Available: http://…": the labeller read the
    words after the title's last comma or a bracket as a container, where nothing but a link and an
    access date follows and the rules read one whole title and no container or numbers."""
    whole, title, box = rules.title, learned.title, learned.container
    if not (whole and title and box) or len(box.split()) > 4:
        return False
    # (or the words after a bracket: "… repeats (STRs) in Berbers from Morocco. URL http://…",
    # or inside one: "Lessons In Electric Circuits (Volume IV-Digital)")
    core = whole.removesuffix(")") if "(" in whole and not box.endswith(")") else whole
    between = core[len(title) : len(core) - len(box)]
    if not (core.startswith(title) and core.endswith(box) and len(title) + len(box) < len(core)):
        return False
    if re.search(r"[.?!]\s", between) or not re.fullmatch(r",\s*|\s*\(.*", between):
        return False
    if rules.container or rules.volume or rules.pages or learned.volume or learned.pages:
        return False
    at = learned.text.find(whole)
    return at >= 0 and _LINK_AFTER.fullmatch(learned.text[at + len(whole) :]) is not None


def cut_at_the_end(title: str, rules: Fields, learned: CrfFields) -> bool:
    """ "Names (2007) Population data of … repeats (STRs) in Berbers from Morocco.": an entry
    that ends with its title, which the labeller cut at a bracket or comma and read no
    journal or publisher after (it labels the rest as nothing)."""
    whole = rules.title
    if not (whole and title != whole and whole.startswith(title)) or learned.container:
        return False
    if rules.container or rules.publisher:
        return False
    at = learned.text.find(whole)
    rest = whole[len(title) :]
    if at < 0 or rest.lstrip().startswith("["):
        return False  # "BEAST version 1.3 [computer program]": a kind, not the title
    if learned.publisher and learned.text.find(learned.publisher, at) >= 0:
        return False  # a publisher after the title (not the body that opens the entry)
    after = learned.text[at + len(whole) :]
    # (or only an access date: "… in Jewish men. Accessed 12 March 2015.")
    if _NOTHING_AFTER.fullmatch(after):
        # what the labeller cut holds no imprint or count after a comma ("…, Fayard",
        # "…, 105 p") and no sentence's end
        cut = re.search(r",\s*[A-Z\d]|[.?!]\s", rest) is None
    else:
        # a web page: "… in the Gambia, West Africa. Available: http://…", where the labeller
        # read the words after the comma as a place; "C. elegans" is no sentence's end
        cut = _LINK_AFTER.fullmatch(after) is not None and not re.search(r"[.?!]\s+[A-Z\d]", rest)
    # the title opens after the closed year
    return (
        cut
        and re.search(rf"{re.escape(rules.year or '-')}[a-z]?\s*[).]\s*$", learned.text[:at])
        is not None
    )


def mid_number(learned: str, rules: str | None) -> bool:
    """ "… pyrophosphatase at 2" of the rules' "… at 2.7 A", "The Rise of the Ph" of "… the
    Ph.D.: …", "… conclusions of Dr" of "… of Dr. J. C. Willis", "Comparison of Smith et al"
    of "… Smith et al. (2001) and …": the labeller ended the title inside a decimal number or
    at an abbreviation's full stop."""
    if not (rules and rules.startswith(learned)):
        return False
    rest = rules[len(learned) :]
    if re.search(r"\b(?:im|am|vom|zum|ins|bis|seit|des|der|dem|den)\s\d{1,2}$", learned):
        return re.match(r"\.\s[A-ZÄÖÜ]", rest) is not None  # German "… im 2. Jahrhundert"
    if learned[-1:].isdigit() or re.search(r"\b[IVX]{1,4}$", learned):
        return re.match(r"[.,]\d", rest) is not None  # "… at 2.7 A", "… Physics II.2"
    if _TITLE_ABBREVIATION.search(learned) and re.match(r"\.\s+\S", rest):
        return True  # "… the conclusions of Dr" of "… Dr. J. C. Willis"
    if re.search(r"\bet al$", learned) and re.match(r"\.?,?\s*[(\[]?(?:1[6-9]|20)\d\d\b", rest):
        return True  # "Comparison of Smith et al" of "… Smith et al. (2001) and …"
    return re.search(r"(?<![^\W\d_])[^\W\d_]{1,3}$", learned) is not None and bool(
        re.match(r"\.[^\W\d_]{1,2}\.", rest)
    )


# a word written short before a name, which no title ends with
_TITLE_ABBREVIATION = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|St|Prof|Fr|Sr|Mt|Ft|vs|cf|fam|subfam|subsp|subgen)$"  # (a taxon's rank)
)


# words that name a kind of document, not where it was published
_GENRE = re.compile(
    r"\b(?:(?:technical|research|working|tech\.?)\s+(?:report|paper)|report|thesis|"
    r"dissertation|m[ée]moire|talk|lecture notes(?!\s+in\b)|manuscript|unpublished|"
    r"monograph|preprint|submitted)\b",
    re.IGNORECASE,
)


def began_in_title(rules: Fields, learned: CrfFields) -> bool:
    """ "Planck 2015 results. XX. Constraints on inflations, arXiv:1502.02114": the rules' container
    begins with the last words of the labeller's title, after the number of a paper in a series
    (the rules cut the title at "XX." and read its rest as the journal)."""
    if not (rules.container and learned.title):
        return False
    lead, title = rules.container.split(",")[0].strip(), learned.title.rstrip(" .")
    return (
        len(lead.split()) >= 2
        and lead != rules.container  # (a note after it: ", arXiv:1502.02114")
        and title.endswith(lead)
        # after the number of a paper in a series ("results. XX."), where the rules cut
        and _SERIES_PART.search(title[: -len(lead)].rstrip()) is not None
    )


_SERIES_PART = re.compile(r"(?:^|\s)(?:[IVXLC]+|[Pp]art\s+\w+|\d{1,2})\.$")


def bracket_cut(value: str, rules: Fields) -> bool:
    """The labeller's value opens a bracket it does not close, or closes one it did not open,
    where the rules read the volume (and, for a journal, its name with brackets whole)."""
    if value.count("(") == value.count(")") or not rules.volume:
        return False
    return rules.container is not None and rules.container.count("(") == rules.container.count(")")


def in_a_name(value: str, rules: Fields) -> bool:
    """ "PhD thesis, Universite Paris 7", "Proceedings of IJCAI-89": a number that ends the name
    of a university or of a meeting (after a hyphen), where the rules read it, is no volume."""
    if rules.volume:
        return False
    publisher = rules.publisher or ""
    if re.search(rf"\bUniv\w*\b[^,;]*[A-Za-z]\s{re.escape(value)}$", publisher, re.IGNORECASE):
        return True
    return bool(rules.container and rules.container.endswith(f"-{value}"))


def glued_volume(raw: str, value: str, rules: Fields) -> bool:
    """ "vol. 2009, Art. no. pdb.ip71": the labeller's volume is the end of an article's number,
    a word in lower case ("pdb.ip71", "ecurrents.outbreaks.84eefe…"), where the rules read
    another (not a PDF's "Beams8 ,": a name the volume is glued to)."""
    if not rules.volume or rules.volume == value:
        return False
    words = [
        m.group()
        for m in re.finditer(r"[^\s,;:()]+", raw)
        if value in m.group() and "/" not in m.group()
    ]
    return bool(words) and all(
        word[0].islower() and word != value and not word.startswith(("vol", "v.", "no"))
        for word in words
    )


def names_as_title(learned: CrfFields, rules: Fields) -> bool:
    """ "Mendiburu de F (2014) agricolae: …": the rules found no names and read them as the title
    (the title as the container), where the labeller read names, then the title after the year."""
    text, title = learned.text, rules.title
    return bool(
        title
        and learned.title
        and learned.authors
        and not rules.authors
        and text.startswith(title)
        and re.match(r"\s*\((?:1[5-9]|20)\d\d[a-z]?\)\s", text[len(title) :])
        and all(person.family in title for person in learned.authors)
    )


# a container's first word in lower case that no journal's name begins with
_LOWER_LEAD = re.compile(r"(?!in\b|npj\b|e\b)[a-z]+\b")


def container_split(learned: CrfFields, rules: Fields) -> bool:
    """The labeller's container begins in the middle of a phrase, with a word in lower case,
    where the rules read title and journal whole: "… after liver transplantation. Liver
    transplantation: official publication … and" | "the International … Society", or "… the
    “internal”" | "genes of H5N1 viruses in Hong Kong? Proceedings of the National …"; or the
    labeller ran the title on into a dated meeting's name that the rules read as the container."""
    title, container, whole_title, whole = (
        learned.title,
        learned.container,
        rules.title,
        rules.container,
    )
    if not (title and whole_title and whole):
        return False
    rest = title[len(whole_title) :].strip(" .,;:") if title.startswith(whole_title) else ""
    if re.match(r"(?:19|20)\d\d\s+[A-Z]\w*\s+\w", rest) and whole.startswith(rest):
        return True  # "… neural tissues. 2010 Neuroscience Meeting Planner": a dated meeting
    if not (container and _LOWER_LEAD.match(container)):
        return False
    if container != whole and whole.endswith(container) and rest:
        return len(rest.split()) >= 3 and whole.startswith(rest)  # ("Liver transplantation: …")
    if whole_title != title and whole_title.startswith(title) and container.endswith(whole):
        return container.startswith(whole_title[len(title) :].strip(" .,;:"))
    return False


def group_dropped(
    learned: tuple[Person, ...], rules: tuple[Person, ...], title: str | None = None
) -> bool:
    """ "Li H, …, Durbin R, 1000 Genome Project Data Processing Subgroup. 2009.": the labeller
    left the group that ends the list out of the names, which the rules kept; or cut a group's
    name short ("European Centre for Disease Prevention" of "… Prevention and Control"), or
    kept only one part ("National Research Council" of "Committee on …, National Research
    Council"; "Defense Advanced Research Projects Agency" of "…, Defense Sciences Office", the
    labeller's ``title`` opening with the rest or being it), reading the other as a title."""
    one_group = len(rules) == len(learned) == 1 and not rules[0].given and not learned[0].given
    if one_group and (
        rules[0].family.endswith(f", {learned[0].family}")
        or (
            rules[0].family.startswith(f"{learned[0].family}, ")
            and (rest := rules[0].family[len(learned[0].family) + 2 :])
            and (
                ((title or "").startswith(f"{rest}. ") and lone_body(rest) is not None)
                # "Global Fund to Fight AIDS, Tuberculosis and Malaria. 1956.": the rest alone
                # read as the title, before the year (not a body of its own, as in "United
                # Nations, Department of Economic and Social Affairs", two authors)
                or (
                    title == rest
                    and lone_body(rest) is None
                    and lone_body(rules[0].family) is not None
                )
            )
        )
    ):
        return True
    if (
        one_group
        and rules[0].family.startswith(f"{learned[0].family} ")
        # (not "Bureau of Labor Statistics 2014. “Housing …”": the rules ran on past it; nor
        # a bracketed acronym, "(ERFC)", which the repairs move from the title to the name)
        and re.match(r"\s[^(]", rules[0].family[len(learned[0].family) :]) is not None
        and re.search(r"[\d\"“”.:]", rules[0].family[len(learned[0].family) :]) is None
    ):
        return True
    return (
        len(rules) == len(learned) + 1
        and [person.family for person in rules[:-1]] == [person.family for person in learned]
        and not rules[-1].given
        and len(rules[-1].family.split()) >= 2
    )


def inside_a_body(value: str | None, rules: Fields, text: str) -> bool:
    """ "Committee on … Cognitive/Neural Research in the Next Two Decades, National Research
    Council. 1956.": the labeller read part of a body's long name, printed as the author, as
    the container (a part only: "CCP4. 1994. The CCP4 suite …" is the combiner's own test)."""
    if not value or len(value) < 12:
        return False
    for person in rules.authors:
        if person.given or value == person.family or value not in person.family:
            continue
        at = text.find(person.family)
        if at >= 0 and text.find(value, at, at + len(person.family)) >= 0:
            return True
    return False


def editors_as_book(value: str | None, rules: Fields, text: str) -> bool:
    """ "In Dawes B, editors. Advances in parasitology": the labeller read the editors' names,
    which "editors" follows, as the chapter's book, which the rules found after them."""
    if not (value and rules.container) or value == rules.container:
        return False
    if not initialled_names(value):
        return False  # (not "Harun Farocki: Against What?, ed. Antje Ehmann": a book, its editor)
    # (the names may also be the authors': "Musick JA (1999b) … In: Musick JA, editors.")
    return (
        re.search(rf"{re.escape(value)},?\s*\(?(?:editors?|eds?)\b", text, re.IGNORECASE)
        is not None
    )


_PAST_IN = re.compile(r",\s+(?:[Ii]n:?|dans)\s+\S")


def title_past_in(learned: CrfFields, rules: Fields) -> bool:
    """ "Operationalizing the … model, in: Technologies for homeland security (HST)": the
    labeller ran the title on past the ", in:" that opens the book or proceedings, where the
    rules' title stops at it."""
    title, whole = clean(learned.title, title=True), rules.title
    if not (title and whole and rules.container and title.startswith(whole)):
        return False
    if _PAST_IN.match(title, len(whole)):
        return True
    # ". First Arab Impact Cratering and Astrobiology Conference (AICAC)": the meeting the
    # rules read as the container
    rest = title[len(whole) :]
    meeting = rest.lstrip(" .")
    return (
        rest.startswith(". ")
        and rules.container.startswith(meeting)
        and _MEETING_NAME.search(meeting) is not None
    )


def cut_before_imprint(title: str, rules: Fields, text: str) -> bool:
    """ "Händels Rinaldo: Geschichte, Werk" of "…, Werk, Wirkung (Neuhausen-Stuttgart: …,
    1982)": the labeller cut the title at a comma, where the rules' runs to the bracketed
    imprint."""
    whole = rules.title
    if not (whole and title != whole and whole.startswith(title)):
        return False
    if not re.match(r",\s", whole[len(title) :]):
        return False
    if re.search(r"\((?:eds?|trans)\.", whole[len(title) :], re.IGNORECASE):
        return False  # "Oeuvres complètes, Y.-G. Le Dantec (ed.) (Paris: …)": the editor's name
    at = text.find(whole)
    return at >= 0 and BRACKETED_IMPRINT.match(text, at + len(whole)) is not None


def title_opens_with_in(learned: CrfFields, rules: Fields) -> bool:
    """ "(2011, March 16). In Search of the Perfect Search: …": the rules read the title's
    first word as the "In" that opens a chapter's book, and the rest as that book, where the
    labeller read the whole title."""
    title, book = clean(learned.title, title=True), rules.container
    return bool(title and book and re.fullmatch(rf"In:?\s+{re.escape(book)}", title))


# where the rules end a title that goes on: a question mark, or a part's number ("Ionization
# Yield of Radiations. II")
_TITLE_GOES_ON = re.compile(r"(?:\?|\.\s+(?:[IVX]{1,5}|\d{1,2}))$")


def sentence_split_title(learned: CrfFields, rules: Fields) -> bool:
    """ "What is Organizational Culture? And why should we care?", "Ionization Yield of
    Radiations. II. The Fluctuations of …": the rules ended the title at a question mark or a
    part's number and read the next sentence as the container, where the labeller reads one
    title and the container (if any) after it."""
    whole, title, container = clean(learned.title, title=True), rules.title, rules.container
    if not (whole and title and container and _TITLE_GOES_ON.search(title)):
        return False
    if not whole.startswith(title) or len(whole) <= len(title):
        return False
    rest = whole[len(title) :].lstrip(" .")
    if not rest or not container.startswith(rest):
        return False
    # (not "What is "metadata" …? The Sydney Morning Herald", a newspaper's name in capitals
    # that the labeller ran into the title and found no container after)
    named = all(word[:1].isupper() for word in rest.split() if len(word) > 3)
    return learned.container is not None or not named or rest.endswith(("?", "!"))


def imprint_as_title(learned: CrfFields, rules: Fields) -> bool:
    """ "CIA World Factbook. Washington, DC: Central Intelligence Agency, 2009.": a title that
    opens the entry, which the rules read as its author and the imprint after it as the
    title, where the labeller reads the title and no names."""
    title, whole = clean(learned.title, title=True), rules.title
    if not (title and whole and len(rules.authors) == 1 and not learned.authors):
        return False
    person = rules.authors[0]
    if sorted(f"{person.given} {person.family}".split()) != sorted(title.split()):
        return False
    # "World Health Organization. (2020). Obesity: Revised estimates. WHO Press.": the
    # labeller marked the rules' title a title too (a second stretch), so it is no imprint
    titled = [learned.text[a:b] for label, a, b, _ in learned.segments if label == "title"]
    if len(titled) > 1 and any(clean(piece, title=True) == whole for piece in titled[1:]):
        return False
    return _PLACE_PUBLISHER.fullmatch(whole) is not None


_PLACE_PUBLISHER = re.compile(
    r"[A-ZÀ-Þ][\w .'’-]{1,40}(?:,\s*[A-Z][\w.]{1,15})?:\s*[A-ZÀ-Þ][^:]{1,80}"
)


def volume_before_journal(value: str, rules: Fields, learned: CrfFields) -> bool:
    """ "… genes on chromosome 21q22.3. Molecular Psychiatry 11: 134–142": the labeller read a
    number that ends the title as the volume (nowhere after the journal), where the rules'
    volume follows the journal's name."""
    journal, volume, title, text = rules.container, rules.volume, rules.title, learned.text
    if not (journal and volume and title) or value == volume:
        return False
    found_journal = clean(learned.container)
    # (the labeller read another journal, and the rules' reading is no better; unless what it
    # read is a piece of the rules' title: "to a region containing … chromosome")
    if (
        found_journal is not None
        and found_journal != journal
        and not (found_journal in title and found_journal[:1].islower())
    ):
        return False
    at, found, opens = text.find(journal), text.find(value), text.find(title)
    end = opens + len(title)
    if not 0 <= opens <= found < end <= found + len(value):
        return False  # (only the title's last number)
    if re.match(rf"\s*(?:\(\s*{YEAR}|,\s*\d)", text[found + len(value) :]):
        return False  # "… Science 43 (2012), No. 4": a volume's place, the rules misread
    return end < at and text.find(value, at) < 0 and text.find(volume, at + len(journal)) >= 0


def a_note(rules: Fields, learned: CrfFields) -> bool:
    """ "arXiv:1304.7229", "Report No. 1174", "Technical report 41, Institute for …": what the
    rules read as a container the labeller reads as a note (a preprint or report number)."""
    if not (
        rules.container
        and (any(char.isdigit() for char in rules.container) or _GENRE.search(rules.container))
    ):
        return False  # (not "eLife", "Lancet", "R package": the labeller's "note" is weak there)
    if MEETING.search(rules.container) and not _GENRE.search(rules.container):
        return False  # "21st International Conference on Software Engineering ICSE"
    at = learned.text.find(rules.container)
    if at > 0 and re.search(r"\bIn:?\s", learned.text[:at]):
        return False  # "In: Raghavendra AS, editors. C4 Photosynthesis …": a chapter's book
    shares = learned.labels_of(rules.container)
    return shares.get("note", 0.0) >= 0.5 and shares.get("container", 0.0) < 0.2


# a dotted abbreviation of a journal's name ("Yad.", "Chem."), and the joining words that may
# stand between two of them ("Int. J. of Theor. Phys.", "Biochem. And Biophys. Res Comm.")
_DOTTED_WORD = re.compile(r"[A-Z][a-z]{0,9}\.")
_ABBREVIATION_JOINERS = frozenset({"of", "and", "And", "&"})
# societies whose acronym opens their journals' names ("IEEE Trans.", "ACM Comput. Surv.")
_SOCIETIES = frozenset(
    "IEEE ACM SIAM AIP IEE IET SPIE ASME ASCE AIAA IBM IEICE IPSJ AMS APS ASA".split()
)
# what ends a name before an initial: "Cross," "A." "and"
_NAME_END = re.compile(r"(?:,|^[A-Z]\.|^(?:and|&))$")


_INITIAL = re.compile(r"[A-Z]\.")


def _dotted_start(container: str) -> bool:
    words = container.split()
    first = words[0] if words else ""
    return first.endswith(".") and fold(first[:-1]) in JOURNAL_WORDS


# an abbreviated word inside a container, wherever its full stop is ("Rev.,D62")
_DOTTED_IN = re.compile(r"([^\W\d_]+)\.")


def journal_head(text: str, container: str) -> str | None:
    """The dotted abbreviations of a journal's name that both parsers left before its last
    words ("Yad." of "Yad. Fiz.", "Sol." of "G. C. Sol. State Commn.", "Int. J. of" of "Theor.
    Phys."), the longest run of known journal abbreviations just before it; None otherwise."""
    at = text.find(container)
    if at <= 0 or not text[at - 1].isspace():
        return None
    before = text[:at].split()
    words: list[str] = []
    while before and (
        (
            _DOTTED_WORD.fullmatch(before[-1].removesuffix(","))
            and fold(before[-1].removesuffix(",")[:-1]) in JOURNAL_WORDS
            # (a comma inside the name, "Angew. Chem., Int. Ed.", not after an initial)
            and (not before[-1].endswith(",") or len(before[-1]) > 3)
        )
        or before[-1] in _ABBREVIATION_JOINERS
    ):
        words.insert(0, before.pop())
    while words and words[0] in _ABBREVIATION_JOINERS:
        words.pop(0)
    if words and before and before[-1] in _SOCIETIES:
        words.insert(0, before.pop())  # "IEEE Trans. Microwave Theory": the society's name
    # the journal's own last word abbreviated too, or an abbreviation inside it, or a
    # society's name before it (not "… Methods. Urban Water,")
    if not (
        text.startswith(".", at + len(container))
        or any(fold(word) in JOURNAL_WORDS for word in _DOTTED_IN.findall(container))
        or (words and words[0] in _SOCIETIES)
    ):
        return None
    if (
        len(words) == 1
        and len(words[0]) == 2
        and before
        and _NAME_END.search(before[-1])
        and not (words[0] == "J." and _INITIAL.fullmatch(before[-1]) and _dotted_start(container))
    ):
        # "J." of "Cross, J. Tetrahedron Lett.": a name's initial (but ACS's "Jones, B. J. Am.
        # Chem. Soc.": "J." before a dotted journal word is the journal's, not a third initial)
        return None
    return " ".join(words) or None


def family_lead(learned: str, rules: Fields) -> bool:
    """ "Winstanley Dila-tonicblack holes …", 'Chern "Design for Reliability …': the labeller
    began the title with the family name of the rules' last author (a given-first list that
    runs into the title with no separator), or with the given name of an inverted one."""
    lead = _lead(learned, rules.title)
    last = rules.authors[-1] if rules.authors else None
    return (
        lead is not None
        and last is not None
        and (
            lead.strip(" \"“‘'«") == last.family
            # "Jutta: Anderes Akzeptieren …" of "Schöler, Jutta: …", "Evelyn Michaelis:
            # Probleme des Lernens …": the given name, or the whole name, the colon closes;
            # "Claude. Tristes Tropiques" of "Lévi-Strauss, Claude.": the stop
            or (
                bool(last.given)
                and lead.rstrip()
                in (f"{last.given}:", f"{last.given} {last.family}:", f"{last.given}.")
            )
        )
    )


def without_last_family(text: str, title: str, authors: tuple[Person, ...]) -> str | None:
    """The title without its first word when that word is the last author's family name and
    the entry prints that name only once ("and S. Tsujikawa Realizing scale-invariant …": a
    given-first list that runs into the title); None otherwise (not "Mendel G. Mendel's …")."""
    if not authors:
        return None
    family, given = authors[-1].family, authors[-1].given
    first, _, rest = title.partition(" ")
    if first.strip("\"“‘'«,") != family or len(rest.split()) < 2 or text.count(family) != 1:
        return None
    if not (given and all(is_initials(part) for part in given.split())):
        return None  # "Constitution de la République …": a name read from the title itself
    return rest.lstrip(" ,\"“‘'«") or None


# what follows a journal name: two numbers, its year and volume or volume and pages ("QJM 1994;
# 87", "Mar Ecol Prog Ser (1985) 23", "Paléobios 5, 2/3"), not a book's year ("… Portugal, 1974")
_NUMBER_NEXT = re.compile(r"[\s,;:]*\(?\d+(?!\d)[A-Za-z]?\)?[\s,;:.]*\(?\d")
# a title's or journal's closing numbers, which either parser may have kept: ", 1989; 52", " (1985)"
_NUMBER_TAIL = re.compile(r"(?:[\s,;:]+\(?\d[\d\s,;:()\-–]*)$")
# small words inside a journal's name: "Fertility and Sterility", "Annals of Botany"
_JOINERS = frozenset({"and", "of", "&", "the", "for", "in", "on", "de", "des", "und", "et"})
_TITLE_CASE = re.compile(r"[A-Z][a-z]")
# words before a proper name, not before a journal ("in Portugal", "du Bas-Saint-Laurent")
_PLACE_WORDS = frozenset(
    "in of from at to the a an du de des la le les di del della van von der den e en ne din"
    " within across".split()
)


def run_on_journal(text: str, title: str, container: str | None) -> tuple[str, str] | None:
    """(title, journal) of "… in adult diabetes mellitus QJM 1994; 87:631": a sentence-case
    title with no full stop before the journal, whose capitalised words run on to its volume;
    None when the title does not end so. The labeller may have cut such an entry anywhere
    ("diabetes mellitus QJM" as the journal), so a container right after the title counts."""
    at = text.find(title)
    if at < 0:
        return None
    end = at + len(title)
    if container:
        later = text.find(container, end)
        if later < 0 or text[end:later].strip():
            return None  # a journal of its own after a separator: the title ended there
        end = later + len(container)
    span = text[at:end]
    tail = _NUMBER_TAIL.search(span)
    if tail is not None:
        span = span[: tail.start()]
    if not _NUMBER_NEXT.match(text, at + len(span)):
        return None
    words = span.split()
    start = len(words)
    while start > 0:
        word = words[start - 1]
        if word[-1] in "?!" or (word[-1] == "." and not abbreviated_journal(word)):
            break  # a sentence ended there: "… make C4? Plant Cell"
        # a small word joins capitalised ones on both sides: "Fertility and Sterility"
        joins = word in _JOINERS and 2 <= start < len(words) and words[start - 2][:1].isupper()
        if not (word[:1].isupper() or joins):
            break
        start -= 1
    while start < len(words) and words[start] in _JOINERS:
        start += 1
    head, run = words[:start], words[start:]
    if len(head) < 3 or not 1 <= len(run) <= 8:
        return None
    last = head[-1]
    if not last[:1].islower() or last[-1] in ".,;:!?)]\"'”’":
        return None  # a separator ended the title there, or a title-case one goes on
    if fold(last) in _PLACE_WORDS:
        return None  # "… de la République du Portugal": a name inside the title
    capitalised = sum(1 for word in head[1:] if _TITLE_CASE.match(word))
    if capitalised * 5 > (len(head) - 1) * 2 or any(_TITLE_CASE.match(w) for w in head[-3:]):
        # a title in title case: its capitals do not mark the journal (its last words must
        # be in lower case: "The Chronic Illness Problem Inventory … chronic pain patients")
        return None
    journal = " ".join(run).rstrip(" ,;:")
    return " ".join(head), journal


_QUOTE_CLOSERS = {"'": "'", "‘": "’", "“": "”", '"': '"', "«": "»"}


def quoted_title(text: str, rules: Fields) -> bool:
    """The rules' title is a whole quotation of the entry ("(2011) 'Assessing the validity
    …', PLoS ONE", "“Palm oil,” Nature"): the quotation marks bound it, whatever the labeller
    read (not "the 3'-5' DNA", where the marks are a prime's)."""
    title = rules.title or ""
    at = text.find(title) if len(title) >= 4 else -1  # ("“Method.” The Artist Interview …")
    if at <= 0:
        return False
    if text[at - 1] in " \u00a0\u202f" and at > 1 and text[at - 2] == "«":
        at -= 1  # French "« Hommages publics … »": the guillemets hold spaces
    opener = text[at - 1]
    closer = _QUOTE_CLOSERS.get(opener)
    if closer is None or (at > 1 and not re.match(r"[\s(\[]", text[at - 2])):
        return False
    end = text.find(title, at) + len(title)
    return re.match(rf"[,.]?\s?{re.escape(closer)}(?:[,.;:)]|\s|$)", text[end:]) is not None


def publisher_into_title(learned: str, rules: Fields) -> bool:
    """ "… biomedical applications. Springer" for the rules' title and publisher "Springer,
    Berlin", "… 2004 update (World Health Organization" for Nature's "(World Health
    Organization, 2008)": the labeller ran the title on into the publisher."""
    title, publisher = rules.title, rules.publisher
    if not (title and publisher and learned != title and learned.startswith(title)):
        return False
    rest = learned[len(title) :].strip(" .,:;(")  # (Nature: "Title (Publisher, 2008).")
    return (
        bool(rest)
        and len(rest.split()) <= 5
        and publisher.startswith(rest)
        # (not "Sovereignty in an Age of Globalisation. New York: Colombia University Press",
        # a subtitle and the imprint that the rules took for the publisher; a thesis's kind
        # may follow: "University of Oxford. PhD thesis")
        and not re.search(r"[.:]\s", _THESIS_KIND.sub("", publisher))
    )


_THESIS_KIND = re.compile(
    r"[.,]\s*(?:Ph\.?\s?D\.?|M\.?Sc\.?|MA|Master'?s|Doctoral|Diploma)?\s*"
    r"(?:thesis|dissertation)\.?$",
    re.IGNORECASE,
)


def title_as_publisher(learned: CrfFields, rules: Fields) -> bool:
    """ "The Ants (Harvard University Press, 1990)": the labeller read a book's title into its
    publisher, where the rules read both."""
    publisher = learned.publisher or ""
    return bool(
        rules.title
        and rules.publisher
        and publisher.startswith(rules.title)
        and rules.publisher in publisher
    )


_IMPRINT_WORDS = re.compile(r"\b(?:Press|Publishers?|Publishing|Verlag|Books|University)\b")


def imprint_as_names(learned: CrfFields, rules: Fields) -> bool:
    """ "Hölldobler, B.; Wilson, E. O. The Ants; Harvard University Press: Cambridge, 1990":
    the labeller read a short title and the publisher as more names (family "Press", given
    "Harvard University"), where the rules stopped at the real ones."""
    mine, theirs = learned.authors, rules.authors
    if not theirs or len(mine) <= len(theirs) or not rules.title:
        return False
    if [p.family for p in mine[: len(theirs) - 1]] != [p.family for p in theirs[:-1]]:
        return False
    extra = " ".join(f"{p.family} {p.given}" for p in mine[len(theirs) - 1 :])
    # (or any publisher the rules read before its place: "Polymer Chemistry; Wiley: Hoboken")
    imprint = _IMPRINT_WORDS.search(extra) is not None or (
        rules.publisher is not None and f"{rules.publisher}:" in extra
    )
    return imprint and rules.title.split()[0] in extra


def inside_doi(learned: str, rules: Fields, raw: str) -> bool:
    """The labeller's number is printed nowhere but inside the DOI ("2-0" of a SICI DOI's
    "…3.0.CO;2-0"): no volume, issue or pages of the entry."""
    doi = rules.doi
    if not doi or learned not in doi:
        return False
    outside = raw.replace(doi, " ")
    return re.search(rf"(?<!\d)(?<!\d[.-]){re.escape(learned)}(?!\d)(?![.-]\d)", outside) is None


def pages_misread(learned: str, rules: Fields) -> bool:
    """The labeller's pages are the journal's name and volume ("Lancet 373"), the volume alone
    (DIN's "Nat Genet 24 (2000), S. 372–6", ACS's "Science 2006, 314, 1564"), the volume with
    the pages or their label ("4, p. 1827", "102–103, 127–144"), or a piece of an article's
    number with a stop inside ("M111" of "M111.013680", "ip71" of "pdb.ip71")."""
    pages = rules.pages
    if not pages:
        return False
    named = re.search(r"[A-Z][^\W\d_]+\s+\d", learned) is not None  # (or "CB 17")
    # (not where the rules' pages are an arXiv number: "PoS LATTICE2013, 016 (2014), 1308.5598")
    volume = learned == rules.volume and re.fullmatch(r"\d{4}\.\d{4,5}", pages) is None
    ranged = "–" in pages or "-" in pages  # (not "73(1), 1,5": pages 1 and 5, the volume 1)
    labelled = bool(
        rules.volume
        and learned.startswith(rules.volume)
        and re.fullmatch(
            rf"\s*,\s*(?:p\b.*|{re.escape(pages)})" if ranged else r"\s*,\s*p\b.*",
            learned[len(rules.volume) :],
        )
    )
    piece = pages.startswith(f"{learned}.") or pages.endswith(f".{learned}")
    # "V. p. 285–313" of "Media B.V. p. 285–313": the end of a name and the pages' label
    head = learned[: -len(pages)] if learned != pages and learned.endswith(pages) else "1"
    # "1088–1092" of "1088–1092; discussion 1092": the pages without the part after them
    part = pages.startswith(learned) and re.match(
        r";\s*(?:discussion|author\s+reply|reply|quiz)\b", pages[len(learned) :], re.IGNORECASE
    )
    # "21q22.3" of "… on chromosome 21q22.3. Molecular Psychiatry 2006, 11, 134–142": the
    # labeller's pages lie in the rules' title, the rules' do not
    # (not a range: "69–73" in a title that ran on into the next entry)
    within = (
        learned in (rules.title or "")
        and pages not in (rules.title or "")
        and re.search(r"\d\s*[-–—]\s*\d", learned) is None
    )
    # "E1922" of "E1922–E1930": the range's end read as a date
    cut = pages.startswith(learned) and re.fullmatch(
        r"\s*[-–]\s*[A-Za-z]?\d+", pages[len(learned) :]
    )
    # "355–388). W" of "355–388). W. H. Freeman": the pages and what follows them
    trailing = (
        learned != pages
        and learned.startswith(pages)
        and not re.search(r"\d", learned[len(pages) :])
        and ")" in learned[len(pages) :]  # (not "495 et s.", "125 ff", the pages' own)
    )
    return (
        trailing
        or named
        or volume
        or labelled
        or piece
        or within
        or not re.search(r"\d", head)
        or bool(part or cut)
    )


def lettered_year(learned: str | None, year: str, text: str) -> bool:
    """ "(Springer, 2007b)": the labeller's year is the rules' with the letter that tells one
    author's works of a year apart, which the rules dropped."""
    return bool(learned and re.fullmatch(rf"{re.escape(year)}[a-z]", learned) and learned in text)


def year_or_label(learned: str | None, ruled: str | None, rules: Fields) -> bool:
    """The labeller's volume or issue is the year ("2011 Volume 16") or the rules' number with
    its label ("Issue 3"), where the rules read the number alone (not a series letter: "C 20")."""
    if not (learned and ruled and learned != ruled):
        return False
    return learned == rules.year or bool(
        re.fullmatch(rf"[^\W\d_]{{3,}}\.?\s*{re.escape(ruled)}", learned)
    )


def title_as_family(learned: CrfFields, rules: Fields) -> bool:
    """ "Curini-Galletti M. The Proseriata. In: …": the labeller read the chapter's title as
    one more person (and found no title), where the rules read names and title."""
    title = fold(rules.title or "")
    if rules.authors and any(re.search(r",\s+[A-Z]\.", p.family) for p in learned.authors):
        return True  # "KABSCH, W. XDS" as one family: a name and the one-word title after it
    return bool(
        learned.title is None
        and rules.authors
        and title
        and any(fold(person.family) == title for person in learned.authors)
    )


def _first_start(learned: CrfFields, label: str) -> int | None:
    """Where the labeller's first stretch of ``label`` begins in the entry (None: it marked
    none)."""
    return next((start for kind, start, _, _ in learned.segments if kind == label), None)


def number_read_twice(name: str, learned: CrfFields, rules: Fields) -> bool:
    """The labeller marked two stretches as the volume (or pages), the first inside the title
    or the names ("t(11;19)(q11;q13.4)", "Donnelly P. 200. Inference …") and the second after
    the journal, where the rules read theirs: the rules' number stands."""
    value = getattr(rules, name)
    if not value:
        return False
    spans = [(start, end) for label, start, end, _ in learned.segments if label == name]
    if len(spans) < 2:
        return False
    journal = _first_start(learned, "container")
    if journal is None or spans[0][1] > journal:
        return False  # (not two entries in one: "Nature 374: 769. Sharkey TD, Yeh S. 2001. …")
    later = [learned.text[start:end] for start, end in spans[1:]]
    return any(value in piece for piece in later) and value not in learned.text[slice(*spans[0])]


def number_in_title(name: str, learned: CrfFields, rules: Fields) -> bool:
    """The labeller's volume or issue lie wholly before the journal it read, inside the title
    ("… harboring the t(11;19)(q11;q13.4) translocation. Genes Chromosomes Cancer 46"), where
    the rules read the journal's volume after its name. (Not pages: a chapter's come before
    its book, "Francisella, p 200–210. In Brenner DJ, …")"""
    if not (rules.container and rules.volume) or getattr(learned, name) == getattr(rules, name):
        return False
    journal, title = _first_start(learned, "container"), _first_start(learned, "title")
    ends = [end for label, _, end, _ in learned.segments if label == name]
    return (
        journal is not None
        and title is not None
        and bool(ends)
        and all(title < end <= journal for end in ends)
    )


def _stretches(learned: CrfFields) -> list[tuple[str, int, int, float]]:
    """The labeller's marked stretches in order, without the punctuation between them:
    (label, start, end, confidence)."""
    return [segment for segment in learned.segments if segment[0] != "other"]


def title_after_date(learned: CrfFields, rules: Fields) -> tuple[str, str] | None:
    """ "Janin J, …, Wodak SJ, Critical Assessment of PRedicted Interactions. 2003. CAPRI: a
    Critical Assessment …": a group that closes the names, read as a title before the date,
    where the labeller marks the real title after the date with more confidence: (title,
    group) where the rules ran both into one."""
    pieces = _stretches(learned)
    labels = [piece[0] for piece in pieces]
    if labels[:4] != ["author", "title", "date", "title"] or not rules.title:
        return None
    first, second = pieces[1], pieces[3]
    title = clean(learned.text[second[1] : second[2]], title=True)
    group = clean(learned.text[first[1] : first[2]], title=True)
    if second[3] <= first[3] or not title or not group:
        return None
    if rules.title.startswith(group) and rules.title.endswith(title):
        return title, group
    return None


# "…, dans Picus", "…, in: Festschrift": a chapter's or article's title, then where it is printed
_MARKED_CONTAINER = re.compile(r",\s+(?:in:|dans|en)\s+(?=[A-ZÀ-Þ])")
_IN_MARK = re.compile(r"(?i)(?<!\w)(?:in:|dans\s)")


def title_before_marker(learned: CrfFields) -> tuple[str, str] | None:
    """ "Antolini S., Paci G., Nuove iscrizioni romane di Suasa, dans Picus, 20, 2000": the
    labeller read title and journal as one container, where "dans" ("in") parts them: (title,
    container) then."""
    if learned.title is not None or not learned.container:
        return None
    found = _MARKED_CONTAINER.search(learned.container)
    head = learned.container[: found.start()] if found else ""
    if found is None or len(head) < 8 or len(_IN_MARK.findall(learned.text)) > 1:
        return None  # (not "in: C. Beck (Ed.), Clusters in Nuclei, in: Lecture Notes …")
    return head, learned.container[found.end() :]


def places_in_title(learned: CrfFields, rules: Fields) -> bool:
    """ "Sassen, Saskia. 1991. The Global City: New York, London, Tokyo. Princeton, NJ:
    Princeton University Press.": the labeller read the title's last places as a place of
    publication, and the real one after them as a second, where the rules' title runs over the
    first (a title, a comma, a place, and a place or publisher later)."""
    if not (learned.title and rules.title) or learned.title == rules.title:
        return False
    segments = _stretches(learned)
    labels = [segment[0] for segment in segments]
    for at in range(len(labels) - 1):
        if labels[at : at + 2] != ["title", "location"]:
            continue
        start, end = segments[at][1], segments[at + 1][2]
        comma = learned.text[segments[at][2] : segments[at + 1][1]].strip() == ","
        imprint = [a for label, a, _, _ in segments[at + 2 :] if label in {"location", "publisher"}]
        title_end = start + len(rules.title)
        return (
            comma
            and bool(imprint)
            and learned.text.startswith(rules.title, start)
            and end <= title_end <= imprint[0]
        )
    return False


def title_as_place(learned: CrfFields, rules: Fields) -> tuple[str, str] | None:
    """ "S. Russell and P. Norvig, Artificial Intelligence: A Modern Approach, Prentice Hall,
    1995.": the labeller read the title's words before its colon as the place of an imprint
    ("Boston: Prentice Hall") and the rest as the publisher, where the rules read a title.
    (title, publisher) then: the title runs to the publisher's last comma."""
    if learned.title is not None or not rules.title or not learned.publisher:
        return None
    segments = _stretches(learned)
    labels = [segment[0] for segment in segments]
    if "location" not in labels or labels.index("location") == 0:
        return None
    at = labels.index("location")
    _, start, end, _ = segments[at]
    place = learned.text[start:end]
    if (
        labels[at - 1] != "author"
        or labels[at + 1 : at + 2] != ["publisher"]
        or is_place(place)
        or not rules.title.startswith(place)
        or not learned.text[end:].startswith(": ")
    ):
        return None
    head, comma, publisher = learned.publisher.rpartition(", ")
    if not comma or len(publisher.split()) > 4 or not publisher[:1].isupper():
        return None
    return f"{place}: {head}", publisher


# a report's number closing its title: "Situation report, 51", "Technical Bulletin No. 12"
_REPORT_NUMBER_END = re.compile(
    r"\b(?:[Rr]eport|[Bb]ulletin|[Uu]pdate),?\s+(?:[Nn]o\.?\s*)?(\d{1,4})$"
)


def report_number_as_pages(learned: CrfFields, rules: Fields) -> bool:
    """ "Coronavirus disease 2019 (COVID-19): Situation report, 51.": the labeller read the
    report's number as pages (and stopped the title at its colon), where the rules kept the
    number in the title the report goes by."""
    found = _REPORT_NUMBER_END.search(rules.title or "")
    return (
        found is not None
        and rules.pages is None
        and rules.volume is None
        and learned.pages == found.group(1)
    )


# a name that ends with its version: "ProUCL Version 4.1.00", "BUSTER version 2.11.4"
_VERSIONED = re.compile(r"\b[Vv]ersion\s+\d+(?:\.\d+)+$")


def version_split(learned: CrfFields, rules: Fields) -> bool:
    """ "ProUCL Version 4.1.00. Office of Research and Development.": the labeller read the
    program's name, cut at its version's first stop, as the container and what follows as the
    title, where the rules read the name and its whole version as the title."""
    title, container = rules.title or "", learned.container or ""
    return bool(
        container
        and _VERSIONED.search(title)
        and title.startswith(container)
        and title not in (container, learned.title)
    )


def title_word_as_person(learned: CrfFields, rules: Fields) -> bool:
    """ "D. Park, Cosmos. New York, NY, USA: Random House, 1980.": IEEE's book title, not
    quoted, read by the labeller as one more person (family "Cosmos", no given name), where
    the rules read the names, all written initials first, and the title."""
    title = rules.title
    if learned.title is not None or not title or len(learned.authors) != len(rules.authors) + 1:
        return False
    extra = learned.authors[-1]
    if extra.given or fold(extra.family) != fold(title):
        return False
    if not re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}", title) or title.startswith("and"):
        return False  # (a few plain words: not "andR .de Tourreil", a name glued to "and")
    same = [fold(p.family) for p in learned.authors[:-1]] == [fold(p.family) for p in rules.authors]
    initials_first = all(
        re.search(rf"(?:[A-Z]\.\s*-?\s*)+{re.escape(p.family)}\b", learned.text)
        for p in rules.authors
    )
    return bool(rules.authors) and same and initials_first

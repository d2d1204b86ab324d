"""Which parser to believe for each field of an entry: the rules or the labeller.

Measured on the development strings and the rendered dev articles (tests/bench): the rules are
exact on the styles they know, the labeller is better on everything else. Identifiers (DOI, URL,
access date) always come from the rules' patterns, which are exact. Where the labeller finds no
container the rules' one stands, and where it finds no title the rules' title stands when it
reads as a title (a sentence of its own, or quoted): letting the labeller's "none" win outright
was better on the strings but raised false alarms on the articles past the target (one-word
titles it misses: "Kirkpatrick P. Pazopanib. Nat Rev Drug Discov."), while physics entries that
print no title ("M. Beuthe, Phys. Rev. D 66, 013003 (2002)") had the rules read "Phys" as one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from refcheck.crf.fields import VOLUME_WORD, CrfFields, crf_fields, journal_after
from refcheck.model import Person
from refcheck.refparse_fields import EMPHASIS_MARK, JOURNAL_WORDS, Fields, clean, tidy
from refcheck.textnorm import fold

_TEXT_FIELDS = ("year", "title", "container", "volume", "issue", "pages")
# The labeller's title or container replaces the rules' only when it is at least this sure of
# every token of it (tuned on the development strings, tests/bench/refstrings.py).
THRESHOLD: dict[str, float] = {"title": 0.5, "container": 0.5}


def combine(raw: str, rules: Fields) -> Fields:
    """``rules`` with the labeller's fields where the labeller is to be preferred.

    An entry that marks a field with Markdown emphasis (``*Nature*``, ``*A Book*``) keeps the
    rules' reading, which follows that markup, and takes from the labeller only what the rules
    did not find: the author marked the fields, which is better evidence than any model, and the
    labeller never saw emphasis in training. (This also keeps long APA lists fast: the labeller
    costs about ten times as much as the rules, 2 ms per entry.)"""
    emphasised = _EMPHASIS.search(raw) is not None
    if emphasised and _complete(rules):
        return rules
    learned = crf_fields(raw)
    if learned is None:
        return rules
    return _fill(raw, rules, learned) if emphasised else _merge(raw, rules, learned)


_VOLUME_WORD = re.compile(rf"\b{VOLUME_WORD}\s*$", re.IGNORECASE)


def _swallowed(learned: str | None, rules: str | None) -> bool:
    """ "Part VI. Ponerinae. Studia Entomologica" for the rules' "Studia Entomologica": whole
    sentences of the title ran into the labeller's container (not "Phys. Rev. D" for "Rev. D")."""
    parts = journal_after(learned) if learned and rules else None
    return (
        parts is not None
        and parts[1] == rules
        and len(parts[0].split()) >= 2
        and not _dotted(parts[0])  # "J. Funct. Anal": the journal's own abbreviations
    )


def _before_the_year(title: str, rules: Fields, text: str) -> bool:
    """The labeller's title comes before the year that the rules' title follows ("Names. 2009.
    Title."): it is a part of the names."""
    if not (rules.title and rules.year and rules.title != title):
        return False
    at, year_at, rules_at = text.find(title), text.find(rules.year), text.find(rules.title)
    return 0 <= at < year_at < rules_at and at + len(title) <= year_at


# a title's first word the labeller may leave out: "In CD4+ T-cell-induced diabetes, …"
_LEADING_WORD = re.compile(r"(?:In|On|The|A|An)\s+")


def _cut_short(title: str, rules: Fields, text: str) -> bool:
    """The labeller's title is the start of the rules' one (or a part of a bracketed one), which
    runs to a full stop followed by the rules' journal ("Title. Journal 25: 402"): the labeller
    stopped at a bracket or a comma inside the title."""
    whole = rules.title
    if not (whole and rules.container and title != whole and title in whole):
        return False
    lead = whole[: whole.find(title)]
    if not (lead == "" or whole.startswith("[") or _LEADING_WORD.fullmatch(lead)):
        return False  # the rules' title began in the names ("Nobre aC, Morris PG, ... Title")
    last = whole.split()[-1].split(",")[-1]
    if fold(last) in JOURNAL_WORDS or len(last) <= 2:
        return False  # "… Gauss-Bonnet term,Phys. Rev. D 58": the journal's first word
    if re.search(r"[.?!]\s", whole.replace(title, " ", 1)):
        return False  # the rules ran on past a sentence end ("Title. In: Seminars …")
    at = text.find(whole)
    if at < 0:
        return False
    after = text[at + len(whole) :]
    return re.match(rf"[\]\)]?[.?!]\s+{re.escape(rules.container)}\b", after) is not None


def _apart(value: str, fields: Fields) -> bool:
    """``value`` is no part of the title or container already read."""
    return not any(value in (part or "") for part in (fields.title, fields.container))


def _continues(longer: tuple[Person, ...], shorter: tuple[Person, ...]) -> bool:
    """``longer`` begins with the very persons of ``shorter`` and names more."""
    return len(longer) > len(shorter) and longer[: len(shorter)] == shorter


def _ran_into(part: str, run: str) -> bool:
    """``part`` lies inside ``run`` with more words around it. (The same words are no evidence:
    "Ornan, Uzzi 1983. How is the Hebrew word formed?" had the rules read the names as the
    title and the title as the container, where the labeller reads each right.)"""
    return part in run and _words(run) != _words(part)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _edge_slip(learned: str | None, rules: str | None) -> bool:
    """The labeller's journal and the rules' differ by a word at the end: it left out a short
    capitalised token the journal's name ends with ("Proc Natl Acad Sci USA", taken for a
    place), or ran on past the name's full stop into the publisher ("Field's virology.
    Lippincott", of "Lippincott, Williams, and Wilkins")."""
    if not (learned and rules and learned != rules):
        return False
    if rules.startswith(learned + " "):
        rest = rules[len(learned) + 1 :]
        return re.fullmatch(r"[A-Z]{1,4}", rest) is not None
    if learned.startswith(rules + ". "):
        rest = learned[len(rules) + 2 :]
        # (not "Phys. Rev. D" for the rules' "Phys. Rev": a series letter is the journal's)
        return len(rest.split()) <= 2 and re.match(r"[A-Z][a-z]{2,}", rest) is not None
    return False


def _dotted(words: str) -> bool:
    """ "Nucl. Instrum.", "J. Funct.": every word abbreviated."""
    return all(word.endswith(".") for word in words.split())


def _lost_abbreviations(learned: str | None, rules: str | None) -> bool:
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
_ANY_END = re.compile(r"\s*[,.:;?!]|\s*$")
# "Opin. Ther", "G, Nucl. Part": a few short words, one abbreviated, ending before a full stop
_ABBREVIATED = re.compile(r"(?:[^\W\d_]{1,5}\.?[\s,:]*){1,3}")


def _reads_as_title(raw: str, title: str) -> bool:
    """Whether the rules' title, which the labeller did not read as one, is printed as a title:
    quoted, or a sentence of its own after the names or the year ("Fischl B. FreeSurfer.
    Neuroimage."), and neither names, numbers nor an abbreviated journal ("Volkova L. Yad. Fiz.
    31": the rules took "Fiz" for the title)."""
    if _NOT_A_TITLE.search(title):
        return False
    words = re.findall(r"[^\W\d_]+", title)
    if words and all(
        len(word) == 1 or (word[0].isupper() and fold(word) in JOURNAL_WORDS) for word in words
    ):
        return False  # "Nucl. Part", "Fiz": the words of an abbreviated journal
    text = tidy(" ".join(EMPHASIS_MARK.sub(" ", raw).split()))
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
    return _SENTENCE_AFTER.match(after) is not None and _BEFORE_SENTENCE.search(before) is not None


def _publisher_only(rules: Fields, learned: CrfFields) -> bool:
    """ "Collett D. 2003. Modelling survival data. Chapman & Hall/CRC, Boca Raton.": the rules'
    container is the labeller's publisher (a book has a publisher, not a container)."""
    return bool(
        learned.publisher
        and rules.container
        and not rules.publisher
        and learned.publisher in rules.container
    )


def _imprint(rules: Fields, learned: CrfFields) -> bool:
    """ "Disputes and Settlements. Cambridge, 1983.", "… Semantics. Mouton.": what the rules read
    as a container the labeller reads as the place and publisher of a book."""
    if rules.publisher or not rules.container or rules.volume or rules.pages:
        return False  # "Psyche (Cambridge) 2012:11": a journal, whatever its name holds
    at = learned.text.find(rules.container)
    if at > 0 and re.search(r"\bin:?\s*$", learned.text[:at], re.IGNORECASE):
        return False  # "In: Quantitative EPR. Springer": the book a chapter is in
    shares = learned.labels_of(rules.container)
    return shares.get("publisher", 0.0) + shares.get("location", 0.0) >= 0.5


_NUMBERED = re.compile(
    r"\b(?:no|nr|number|project|grant|contract|report|agreement)\b\.?\s*[:#]?\s*$", re.IGNORECASE
)


def _report_number(raw: str, value: str) -> bool:
    """ "Project No. 693799", "Grant 1234567": a number that identifies a report or a grant, not a
    volume or page. (Six-digit article numbers such as "Phys. Rev. Lett. 94, 170201" are pages.)"""
    if not (value.isdigit() and len(value) > 4):
        return False
    at = raw.find(value)
    return at < 0 or _NUMBERED.search(raw[:at]) is not None


_EMPHASIS = re.compile(r"(?<![\w*])\*[^*\s][^*]*\*(?![\w*])")


def _year_suffix(longer: str, shorter: str) -> bool:
    return (
        longer.startswith(shorter)
        and re.fullmatch(r"\s*\(\d{4}[a-z]?\)", longer[len(shorter) :]) is not None
    )


def _complete(fields: Fields) -> bool:
    return bool(
        fields.authors
        and fields.year
        and fields.title
        and fields.container
        and (fields.volume or fields.pages)
    )


def _copy(rules: Fields) -> Fields:
    return Fields(**{name: getattr(rules, name) for name in Fields.__dataclass_fields__})


def _fill(raw: str, rules: Fields, learned: CrfFields) -> Fields:
    """The rules' reading, with the labeller's value for each field the rules left empty
    (except the title and container, which the emphasis decided)."""
    merged = _copy(rules)
    if rules.container is None and learned.volume and not learned.pages:
        # a book (the emphasis marked its title, no container): a bare number after the
        # publisher is a page ("New York: Routledge, 75."), unless written as a volume
        at = raw.rfind(learned.volume)
        if at >= 0 and not _VOLUME_WORD.search(raw[:at]):
            learned = replace(learned, volume=None, pages=learned.volume)
    for name in ("year", "volume", "issue", "pages"):
        value = getattr(learned, name)  # not the title or container: the emphasis placed them
        if name != "year" and value and _report_number(raw, value):
            continue  # a report number, not a volume or page
        if getattr(merged, name) is None and value is not None:
            setattr(merged, name, value)
    if not merged.authors and learned.authors and not rules.same_authors:
        merged.authors, merged.et_al = learned.authors, learned.et_al
        merged.corporate = learned.corporate
    return merged


def _merge(raw: str, rules: Fields, learned: CrfFields) -> Fields:
    """The labeller's reading, where the rules' title or container stands unless the labeller
    is sure of its own, and the rules' persons stand when they name the same people (the rules
    keep suffixes and initials as printed)."""
    merged = _copy(rules)
    swallowed = _swallowed(learned.container, rules.container)
    if learned.title is None and rules.title and not _reads_as_title(raw, rules.title):
        # "Phys" in "Beuthe M, Phys. Rev. D 66": the entry prints no title
        rules = replace(rules, title=None)
        merged.title = None
    for name in _TEXT_FIELDS:
        value = getattr(learned, name)
        if name == "year" and rules.year:
            continue  # the rules read the year where the style puts it; the labeller, any date
        if name in {"title", "container"}:
            value = clean(value, title=name == "title")
        if name == "container" and value and rules.title and _ran_into(rules.title, value):
            continue  # the labeller ran the title into the container: keep the rules' reading
        if name == "container" and _lost_abbreviations(value, rules.container):
            continue
        if name == "container" and _edge_slip(value, rules.container):
            continue  # "Proc Natl Acad Sci" for "… USA", "Field's virology. Lippincott"
        if name == "title" and value and rules.container and _ran_into(rules.container, value):
            continue  # the labeller ran the container into the title: keep the rules' reading
        if swallowed and (
            name == "container"
            or (name == "title" and value and rules.title and rules.title.startswith(value))
        ):
            continue  # "Part VI. Ponerinae. Studia Entomologica": the title's tail ran into it
        if name == "title" and value and _before_the_year(value, rules, learned.text):
            continue  # "…, American Diabetes Association, European Association for …. 2009.
            # Medical management …": the labeller took a group in the names for the title
        if name == "title" and value and _cut_short(value, rules, learned.text):
            continue  # "... PCR and the 2(−Delta Delta C(T)) Method. Methods 25": the rules'
        if name == "title" and value and rules.title and _year_suffix(rules.title, value):
            continue  # "Outcomes of the H1N1 pandemic (2009)": the year belongs to the title
        if name in {"volume", "issue", "pages"} and value and _report_number(raw, value):
            continue  # "Project No. 693799": a report number, not a volume or page
        if name in THRESHOLD and getattr(rules, name) is not None:
            confidence = getattr(learned, f"{name}_confidence")
            if name == "container" and value is None and _publisher_only(rules, learned):
                merged.container, merged.publisher = None, learned.publisher
                continue
            if name == "container" and value is None and _imprint(rules, learned):
                merged.container, merged.publisher = None, rules.container
                continue
            if value is None or confidence < THRESHOLD[name]:
                continue  # the rules found one and the labeller is unsure: keep the rules'
        if value is not None:  # where the labeller finds none, the rules' value stands
            setattr(merged, name, value)
    if merged.publisher is None and learned.publisher and _apart(learned.publisher, merged):
        # "Tracers in the Sea, Eldigio, Palisades, New York": a book's publisher, which the
        # rules know only by a few words ("Press", "Verlag")
        merged.publisher = learned.publisher
    if learned.lenient_authors and rules.authors:
        # names split by commas alone do not overrule names the parser shaped, but may go on
        # where the parser stopped ("Ghirardo A, Zimmer I, Br€uggemann N, Schnitzler JP.")
        if _continues(learned.authors, rules.authors):
            merged.authors = learned.authors
            merged.et_al = learned.et_al or rules.et_al
        return merged
    if learned.authors and not (rules.same_authors and not rules.authors):
        same = [p.family for p in learned.authors] == [p.family for p in rules.authors]
        # "Meyer M. Cinder.": the labeller took a one-word title into the name, which then
        # reads family "Cinder", given "Meyer M."; the rules' same people, differently split
        title_word = rules.title.split()[0] if rules.title else None
        within = (
            title_word is not None
            and learned.title is None  # else "David R. Boggs. Ethernet: ...": the labeller's own
            and len(learned.authors) == len(rules.authors)
            and any(title_word in (mine.family, mine.given) for mine in learned.authors)
            and all(
                rule.family in f"{mine.family} {mine.given}"
                for rule, mine in zip(rules.authors, learned.authors, strict=True)
            )
        )
        if not same and not within:
            merged.authors = learned.authors
            merged.et_al = learned.et_al or rules.et_al
            merged.corporate = learned.corporate
    return merged

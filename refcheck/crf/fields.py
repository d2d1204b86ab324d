"""Fields of a reference string from the labeller's segments.

Why a separate step: the labeller says which tokens are the title, the container... but a field
value still needs the surrounding punctuation removed, names split into persons, and the year and
volume read out of their segments.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from refcheck.crf.labeller import scored_segments
from refcheck.dates import MONTHS
from refcheck.model import Person
from refcheck.refparse_fields import (
    CHAPTER_WORD,
    JOURNAL_WORDS,
    LONG_DESCRIPTOR,
    YEAR,
    book_before_makers,
    tidy,
    without_emphasis,
)
from refcheck.refparse_names import is_initials, parse_authors
from refcheck.textnorm import fold

# a meeting's dates, which the labeller may read as a volume ("2013 Aug 15–20")
_MEETING_DATE = re.compile(rf"{YEAR}\s+([A-Za-z]{{3,9}})\.?\b")
# a bracketed number that ends the names: a misprinted date ("Donnelly P (200)")
_DATE_TAIL = re.compile(r"\s*\(\d{1,4}[a-z]?\)\s*$")
_ISSUE_BEFORE_PAGES = re.compile(r"\((\d{1,4}[a-z]?)\)\s*(\d+\s*[-–]\s*\d+)")
_VOLUME_THEN_PAGES = re.compile(r"(\d{1,4})\s+(\d+\s*[-–]\s*\d+)")
_ACS_NUMBERS = re.compile(r"(\d{1,4}),\s*([A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)")
_YEAR_AND_COMMA = re.compile(rf"{YEAR},\s*$")
_DAY_MONTH = re.compile(r"\d{1,2}\s+([A-Za-z]{3,9}\.?)")
_MONTH_AFTER = re.compile(r"\s*\(([A-Za-z]{3,9}\.?)\)?$")
# "2001;124": the year before a Vancouver volume; "1;66" of "2002 Jun 1;66(3)": the day
_YEAR_BEFORE_VOLUME = re.compile(rf"^(?:{YEAR}[a-z]?|\d{{1,2}})\s*;\s*(?=\S)")
_LEADING_YEAR = re.compile(rf"^\(?({YEAR}[a-z]?)\)?[.,]\s+(?=\S)")
# the word that makes the names before it editors, which the labeller may begin the title with
_EDITORS_LEAD = re.compile(
    r"^(?:\((?:editors?|eds?)\.?\)|(?:editors?|eds?)\.)[.,:]?\s+(?=\S)", re.I
)
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?:[a-z](?![a-z]))?")
_NUMBER = re.compile(r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–—/]\s*[A-Za-z]?\d+[A-Za-z]?)?|\b[IVXLC]+\b")
# "In: Book", "In Proceedings of...": the lead-in is no part of the container ("In Silico
# Biology" is a journal, so a bare "In" goes only before Proc...)
_IN = re.compile(r"^\s*(?:(?:in|dans|en|im)\s*:\s*|in\s+(?=(?:the\s+)?proc))", re.IGNORECASE)
# "vol.", "Bd.", "t.", "том" before a volume number (also read by refcheck.crf.combine)
VOLUME_WORD = r"(?:(?:vol(?:ume)?|bd|t|tome|tom|т)\.?|v\.)"
# (with a full stop or a space: "p18(Ink4c)" is a protein)
_PAGE_WORD_BEFORE = re.compile(r"(?:^|[\s,;(])pp?(?:\.\s*|\s+)$")
_SECTION = re.compile(r"(?:sec|sect|section)\.?\s*\d", re.IGNORECASE)
_PAGE_COUNT = re.compile(r"\d+\s*(?:s|p|pp|str|стр|с)\.?")
_ISSUE_WITH_VOLUME = re.compile(r"(?<=\d)\s*\(\s*[A-Z]?\d+\)?$")
_VOLUME_PREFIX = re.compile(rf"^\s*{VOLUME_WORD}\s*", re.IGNORECASE)
_ISSUE_IN_VOLUME = re.compile(r",\s*(?:n|no|nº|n°|nr|núm|num)\.?\s*(\d+(?:[-–/]\d+)?)\b", re.I)
_PAGES_PREFIX = re.compile(
    r"^\s*(?:pages?|pp?|стр|s|с|article(?:\s+(?:no|number))?|art)(?:\.\s*|\s+)(?=\w)", re.IGNORECASE
)
_JOINERS = frozenset({",", ";", "&", "and", "und", "et", "y", "и", ".", ":", "-", "–"})
# small words inside a journal's name, which the labeller may leave out of it ("Nucl. Inst. &
# Meth. in Phys. Res. A")
_NAME_WORDS = frozenset({"in", "of", "and", "for", "on", "de", "du", "der", "und", "the"})
_CLOSERS = {"»": "«", "”": "“", "’": "‘", "]": "[", ")": "(", '"': '"'}

Segment = tuple[str, int, int, float]


@dataclass(frozen=True)
class CrfFields:
    authors: tuple[Person, ...] = ()
    et_al: bool = False
    corporate: bool = False
    editors_only: bool = False
    year: str | None = None
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    # the names were split by separators alone, the name parser finding no shape it knows
    # ("CABRAL, B., CAM, N.", "하태정, 문선웅"): good for scoring a list, weak as evidence
    lenient_authors: bool = False
    # the model's confidence in the title and container it read (lowest token marginal)
    title_confidence: float = 0.0
    container_confidence: float = 0.0
    # the text the labeller read (tidied) and its labelled runs, to ask what it made of a span
    text: str = ""
    segments: tuple[Segment, ...] = ()

    def labels_of(self, value: str) -> dict[str, float]:
        """The share of each label over the characters of ``value`` where the labeller's text
        holds it (empty when it does not)."""
        at = self.text.find(value)
        if at < 0 or not value:
            return {}
        end = at + len(value)
        shares: dict[str, float] = {}
        for name, start, stop, _ in self.segments:
            overlap = min(stop, end) - max(start, at)
            if overlap > 0:
                shares[name] = shares.get(name, 0.0) + overlap
        total = sum(shares.values())
        return {name: count / total for name, count in shares.items()} if total else {}


def _runs(text: str, segments: list[Segment], label: str) -> list[tuple[int, int, float]]:
    """Spans of ``label`` with their confidence, where runs separated only by joining
    punctuation are one run."""
    runs: list[tuple[int, int, float]] = []
    for name, start, end, confidence in segments:
        if name != label:
            continue
        if runs:
            gap_text = text[runs[-1][1] : start]
            gap = gap_text.split()
            sentence_break = "." in gap_text and label == "title"
            if (
                (not any(char.isalnum() for char in gap_text) and not sentence_break)
                or (
                    label in {"author", "editor"}
                    and len(gap) <= 2
                    and all(part.casefold() in _JOINERS for part in gap)
                )
                or (
                    label == "container"
                    and len(gap) <= 2
                    and any(part.strip(".,").casefold() in _NAME_WORDS for part in gap)
                    and all(part.strip(".,").casefold() in _NAME_WORDS | {""} for part in gap)
                )
            ):
                runs[-1] = (runs[-1][0], end, min(runs[-1][2], confidence))
                continue
        runs.append((start, end, confidence))
    return runs


def _named_journal(segments: list[Segment]) -> list[Segment]:
    """The segments without a container read among the names, before the date, where another
    follows the title ("…, Wedlich-Söldner, R. and Frey, E. (2013) 'GDI-mediated …', PLOS
    Computational Biology": "R. and Frey" is no journal)."""
    dates = [start for name, start, _, _ in segments if name == "date"]
    titles = [start for name, start, _, _ in segments if name == "title"]
    if not dates or not titles:
        return segments
    early = [seg for seg in segments if seg[0] == "container" and seg[2] <= min(dates)]
    late = [seg for seg in segments if seg[0] == "container" and seg[1] > min(titles)]
    if not early or not late or min(titles) < min(dates):
        return segments
    return [seg for seg in segments if seg not in early]


# a numbered note the labeller cut inside, left open at the title's end: "(Publication No",
# "(Report No", "(NIH Publication No"
_NUMBER_NOTE_END = re.compile(
    r"\s*\((?:[A-Z]{2,6}\s+)?(?:Publication|Report|Project|Grant|Contract|Order)\s+No\.?\s*$"
)
# what parts a book's editors from the book: ", editors,", " (eds.)", ", ed.,"
_EDITORS_GAP = re.compile(r"\s*,?\s*\(?(?:editors?|eds?)\b\.?\)?\s*[,.:]?\s*", re.I)


def _editors_before_book(text: str, segments: list[Segment]) -> list[Segment]:
    """The segments without a container that is the book's editors ("In D. E. Rumelhart and
    J. L. McClelland, editors, Parallel Distributed Processing"): the book follows them."""
    containers = [seg for seg in segments if seg[0] == "container"]
    for editors, book in itertools.pairwise(containers):
        if _EDITORS_GAP.fullmatch(text[editors[2] : book[1]]):
            return [seg for seg in segments if seg is not editors]
    return segments


def _first(text: str, segments: list[Segment], label: str) -> tuple[str | None, float]:
    runs = _runs(text, segments, label)
    if not runs:
        return None, 0.0
    start, end, confidence = runs[0]
    while label == "pages" and start > 0 and text[start - 1].isalpha():
        start -= 1  # a letter glued to the pages belongs to them ("S4.1–9", "e1001")
    value = text[start:end]
    # what closes inside the field stays with it: "«Common Neighbourhood»", "[... Ossetia]",
    # "Where do we stand?"
    while end < len(text):
        char = text[end]
        if char in "?!" or (char in _CLOSERS and value.count(_CLOSERS[char]) > value.count(char)):
            value += char
            end += 1
        else:
            break
    return value, confidence


_DESCRIPTOR = re.compile(
    r"\s*(?:\[[^\]\s]*(?:\s+[^\]\s]+){0,2}\]"  # "[Thesis]", up to three words
    r"|\((?:project\s+)?no\.?\s*[^)]*\)?|\(project[^)]*\)?)\s*\Z",
    re.IGNORECASE,
)


# a strand's end that opens a title ("3' UTR", "5′-flanking"), just before the labeller's title
_PRIME_BEFORE = re.compile(r"(?:^|[\s.)])(\d['’′]-?\s*)$")
# the words that lead a link ("Available from:", "URL", "Retrieved March 3, 2012, from")
LINK_LEAD = r"(?:Available(?:\s+(?:from|at|online))?|URL|Online|Retrieved(?:\s+[^.:]*?)?\s+from)"
# … run into the end of a title or container, after its full stop
_LINK_LEAD_END = re.compile(rf"(?<=\.)\s*{LINK_LEAD}$")


_BRACKET_END = re.compile(r"\s*\[([^\[\]]{2,160})\]?\s*\Z")  # (perhaps cut before its close)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split()).strip(" ,;:.")
    # "[Thesis]", "[in Russian]", "(No. 8220)" describe the work; a longer bracket is a
    # translation of the title and stays with it
    value = _DESCRIPTOR.sub("", value).strip(" ,;:.")
    thesis = _BRACKET_END.search(value)
    if thesis is not None and LONG_DESCRIPTOR.match(fold(thesis.group(1))):
        value = value[: thesis.start()]  # "[Tese de doutorado, Universidade de São Paulo]"
    if len(value) >= 2 and value[0] in "\"“'‘«" and value[-1] in "\"”'’»":
        value = value[1:-1].strip(" ,;:.")
    elif value[:1] in '"“«' and not any(c in value for c in '"”»'):
        value = value[1:].strip()  # an opening quote whose partner the labeller left outside
    return value or None


def _number(value: str | None) -> str | None:
    """A volume or issue as printed ("12", "108 Suppl", "Suppl 55", "IV"), without "vol."."""
    if not value:
        return None
    value = _VOLUME_PREFIX.sub("", " ".join(value.split())).strip(" ,;:.()")
    if re.match(CHAPTER_WORD, value, re.IGNORECASE) or _SECTION.match(value):
        return None  # IEEE's "ch. 4", a newspaper's "sec. 4": a chapter or section, no volume
    if _PAGE_COUNT.fullmatch(value):
        return None  # "634 s.", "358 p.": a book's count of pages
    dated = _MEETING_DATE.match(value)
    if dated is not None and dated.group(1).lower() in MONTHS:
        return None  # "2013 Aug 15–20": the dates of a meeting, which has no volume
    day = _DAY_MONTH.fullmatch(value)
    if day is not None and day.group(1).rstrip(".").lower() in MONTHS:
        return None  # a newspaper's "The Guardian, 3 July, p. 12": the day it appeared
    value = _YEAR_BEFORE_VOLUME.sub("", value)
    month = _MONTH_AFTER.search(value)
    if month is not None and month.group(1).rstrip(".").lower() in MONTHS and month.start() > 0:
        value = value[: month.start()]  # ACM's "21, 7 (July)": the issue, then its month
    value = value.split(",")[0].strip()  # "12, no" from "vol. 12, no. 3"
    value = _ISSUE_WITH_VOLUME.sub("", value)  # "110(D12" from "110(D12):D12301"
    value = re.split(r"\s+(?=suppl\.?\s*\w)", value, maxsplit=1, flags=re.IGNORECASE)[0]
    if len(value) <= 12 and re.search(r"\d|\b[IVXLC]+\b", value):
        return value
    match = _NUMBER.search(value)
    return match.group().replace(" ", "") if match else None


_NAME_SEPARATOR = re.compile(r"\s*(?:[,;&]|\band\b|\bund\b|\bet\b(?!\s*al))\s*")


_ET_AL_END = re.compile(r"(?:^|\s)(?:et|e)\.?\s*al\b\.?$|^others$", re.IGNORECASE)


# initials written against the family name, as PDF extraction leaves them
_GLUED_INITIALS = re.compile(r"((?:[^\W\d_][a-z]?\.-?)+)([^\W\d_][^\s.]+)")


def _lenient_persons(text: str) -> tuple[tuple[Person, ...], bool]:
    """One person per separated part of a list the name parser could not shape, an initials-only
    part going with the name before it; nothing when a part is too long to be a name. Also
    whether the list ends in "et al." ("Cisse B, Bâ eH, et al")."""
    parts: list[str] = []
    et_al = False
    for raw in _NAME_SEPARATOR.split(text):
        part = raw.strip(" .")
        cut = _ET_AL_END.search(part)
        if cut:
            et_al, part = True, part[: cut.start()].strip(" .")
        if part:
            parts.append(part)
    if not parts or len(parts) > 24 or any(len(part.split()) > 4 for part in parts):
        return (), False
    persons: list[Person] = []
    for part in parts:
        words = part.split()
        initials = [is_initials(word) for word in words]
        if all(initials) and persons and not persons[-1].given:
            persons[-1] = Person(persons[-1].family, part)  # "CABRAL, B."
        elif len(words) > 1 and initials[-1] and not initials[0]:
            split = initials.index(True)  # "Schnitzler JP"
            persons.append(Person(" ".join(words[:split]), " ".join(words[split:])))
        elif len(words) > 1 and initials[0] and not initials[-1]:
            split = initials.index(False)  # "M.P. van Exter"
            persons.append(Person(" ".join(words[split:]), " ".join(words[:split])))
        elif glued := _GLUED_INITIALS.fullmatch(part):
            persons.append(Person(glued[2], glued[1]))  # "J.Rosenzweig", "H.-W.Hübers"
        else:
            persons.append(Person(part))
    return tuple(persons), et_al


MAX_ENTRY = 3000  # characters; the longest training string has 909

_NUMBERING = frozenset({"volume", "issue", "pages"})
# a sentence end inside a title or journal run: a full stop after a word that is no abbreviation
# (all lower case, or five letters or more: "fusion.", "Sepsis.", not "Phys." or "Rev."), or a
# question or exclamation mark; what follows starts with a word, not an initial
_SENTENCE_END = re.compile(
    r"(?:(?:(?<=\s)|^)(?:[^\W\d_A-Z]{2,}|[^\W\d_]{5,})\.|[?!])\s+(?=[^\W\d_]{2}|J\s[A-Z][a-z])"
)


def _has_any(segments: list[Segment], labels: frozenset[str]) -> bool:
    return any(name in labels for name, *_ in segments)


def _split_journal(text: str, segments: list[Segment], title: str) -> tuple[str, str | None]:
    """ "The Endothelium in Sepsis. Shock. 2016; 45(3)": a title run that swallowed the journal.
    When the labeller found no container, the title's last sentence is the journal if the
    title is followed by the journal's numbering (volume, issue, pages, or a year) and that
    sentence is short and capitalised."""
    start = text.find(title)
    end = start + len(title)
    following = next(
        (name for name, begin, _, _ in segments if begin >= end and name not in {"other"}), None
    )
    if following not in _NUMBERING | {"date"} or (
        following == "date" and not _has_any(segments, _NUMBERING)
    ):
        return title, None
    parts = journal_after(title)
    if parts is None or len(parts[0].split()) < 2:
        return title, None
    return parts


def _split_title(container: str) -> tuple[str | None, str]:
    """ "Membrane fusion. Cell 112:519": a journal run that swallowed the article's title (the
    title's sentence, then a short capitalised journal name)."""
    parts = journal_after(container)
    if parts is None or (len(parts[0].split()) == 1 and parts[0][:1].isupper()):
        return None, container  # "Plant. Sci": a journal's first word with a full stop
    return parts


def journal_after(run: str) -> tuple[str, str] | None:
    """``run`` split before its last sentence when that sentence is short and capitalised, as a
    journal's name is: ("Membrane fusion.", "Cell")."""
    breaks = list(_SENTENCE_END.finditer(run))
    if not breaks:
        return None
    head, tail = run[: breaks[-1].end()].rstrip(), run[breaks[-1].end() :]
    words = tail.split()
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper() or abbreviated_journal(head):
        return None
    return head, tail


def abbreviated_journal(words: str) -> bool:
    """ "Commun. Math.", "Ann. Rev. Astron.": dotted journal abbreviations, not a sentence
    (every word a known abbreviation, ``JOURNAL_WORDS``, or a capital initial)."""
    parts = words.split()
    return bool(parts) and all(
        part.endswith(".")
        and (len(part) == 2 or fold(part[:-1]) in JOURNAL_WORDS)
        and part[0].isupper()
        for part in parts
    )


def labeller_text(raw: str) -> str:
    """An entry as the labeller reads it: tidied, single-spaced, without emphasis markers (the
    training strings have none). ``CrfFields.text`` holds it."""
    # (tidied first: it turns HTML italics, "<italic>Planta</italic>", into emphasis markers)
    return " ".join(without_emphasis(tidy(" ".join(raw.split()))).split())


_YEAR_ONLY = re.compile(r"\(?\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)?")


def _body_before_date(text: str, segments: list[Segment]) -> list[Segment]:
    """ "Conservation International. 2002. Reduced …": a body that opens the entry before its
    date, which the labeller read as a journal or publisher, is its author (no journal or
    publisher is printed before the date), when the name parser knows it for a body."""
    if not segments or segments[0][0] not in {"container", "publisher"}:
        return segments
    _, start, end, score = segments[0]
    following = [segment for segment in segments[1:3] if segment[0] != "other"]
    if not following or following[0][0] != "date":
        return segments
    if not _YEAR_ONLY.fullmatch(text[following[0][1] : following[0][2]]):
        return segments  # "The Economist, 8 August 2015, …": a periodical's issue
    labels = [segment[0] for segment in segments]
    if "author" in labels[: labels.index("title") if "title" in labels else len(labels)]:
        return segments  # (names after the title are a book's editors: "In: Tibbett M, …")
    body = parse_authors(text[start:end].strip())
    if body is None or not body.corporate:
        return segments
    return [("author", start, end, score), *segments[1:]]


# the entry's own number before it: "(3)", "[12]", "4."
_ENTRY_LABEL = re.compile(r"\s*(?:\(\d{1,4}\)|\[\d{1,4}\]|\d{1,4}\.)(?=\s)")


def _label_as_number(text: str, segments: list[Segment]) -> list[Segment]:
    """The segments with the entry's own number as a number where the labeller read it as an
    issue, volume or page ("(3) Grubbs, R. H. Olefin Metathesis. Tetrahedron 2004, 60, …")."""
    label = _ENTRY_LABEL.match(text)
    if label is None:
        return segments
    return [
        ("number", *segment[1:])
        if segment[0] in _NUMBERING and segment[2] <= label.end()
        else segment
        for segment in segments
    ]


def crf_fields(text: str) -> CrfFields | None:
    """Fields read by the labeller, or None when no model is available or ``text`` is too long
    to be one entry (a run-on "entry" of a megabyte would cost gigabytes of features)."""
    if len(text) > MAX_ENTRY:
        return None
    text = labeller_text(text)
    segments = _label_as_number(text, _body_before_date(text, scored_segments(text)))
    if not segments:
        return None
    authors: tuple[Person, ...] = ()
    et_al = corporate = editors_only = lenient = False
    author_text, _ = _first(text, segments, "author")
    if author_text is None:
        editor_text, _ = _first(text, segments, "editor")
        if editor_text and segments[0][0] in {"editor", "number"}:
            author_text, editors_only = editor_text, True
    if author_text:
        # a number in brackets that ends the names is a misprinted date ("Donnelly P (200)")
        author_text = _DATE_TAIL.sub("", author_text) or author_text
        end = text.find(author_text) + len(author_text)
        if re.search(r"\b(?:[^\W\d_]|[Ee]ds?)\Z", author_text) and text.startswith(".", end):
            author_text += "."  # "Bergen, Doris L." keeps the initial's full stop, "…, ed." its
        parsed = parse_authors(author_text.strip())
        if parsed is not None:
            authors, et_al, corporate = parsed.persons, parsed.et_al, parsed.corporate
        else:
            authors, et_al = _lenient_persons(author_text)
            lenient = bool(authors)
    year = None
    for start, end, _ in _runs(text, segments, "date"):
        match = _YEAR.search(text, start, end)
        if match:
            year = match.group()
            break
        if re.search(r"\bn\.\s?d\b|\bo\.\s?j\b|\bnd\b", text[start:end], re.IGNORECASE):
            year = "n.d."
            break
    title, title_confidence = _first(text, segments, "title")
    lead = _LEADING_YEAR.match(title) if title else None
    if title and lead:  # "et al. 2000a. Cross-species interactions": the year ran into it
        title, year = title[lead.end() :], year or lead.group(1)
    editors = _EDITORS_LEAD.match(title) if title else None
    if title and editors:  # "J. Shavlik and T. Dietterich, editors. Readings in …"
        title = title[editors.end() :]
    prime = _PRIME_BEFORE.search(text, 0, text.find(title)) if title else None
    if title and prime:  # "(2006) 3' UTR seed matches …": the labeller left the "3'" out
        title = prime.group(1) + title
    link_lead = _LINK_LEAD_END.search(title) if title else None
    if title and link_lead:  # "… buforin I. Available: http://…": the link's lead ran into it
        title = title[: link_lead.start()]
    number_note = _NUMBER_NOTE_END.search(title) if title else None
    if title and number_note:  # "… inclusion (Publication No. 10811111)": cut inside the note
        title = title[: number_note.start()]
    container, container_confidence = _first(
        text, _editors_before_book(text, _named_journal(segments)), "container"
    )
    if title and container is None:
        title, container = _split_journal(text, segments, title)
    elif title is None and container and _has_any(segments, _NUMBERING):
        title, container = _split_title(container)
    if title is None and container and not _has_any(segments, _NUMBERING):
        # a book or report: what the labeller read as the container is the work's own title
        title, title_confidence, container = container, container_confidence, None
    if container:
        container = _IN.sub("", container)
        lead = _LINK_LEAD_END.search(container)
        if lead:  # "Berbers from Morocco. URL http://…": the link's lead ran into it
            container = container[: lead.start()]
        # "Many Ramayanas. Ed. Paula Richman": the book's editors ran into it
        container = book_before_makers(container) or container
    pages, _ = _first(text, segments, "pages")
    issue_before = _ISSUE_BEFORE_PAGES.fullmatch(pages.strip(" ,;:.")) if pages else None
    if issue_before:  # "2(1) 52-58": the issue's bracket read with the pages
        pages = issue_before.group(2)
    if pages:
        pages = _PAGES_PREFIX.sub("", pages.strip(" ,;:.()"))
        if not re.search(r"\d|\b[ivxlcIVXLC]+\b", pages):
            pages = None  # "pp" of "pp.1980-1997": the word alone, its numbers read elsewhere
    volume_text = _first(text, segments, "volume")[0]
    volume = _number(volume_text)
    volume_runs = _runs(text, segments, "volume")
    if volume_runs and _PAGE_WORD_BEFORE.search(text, 0, volume_runs[0][0]):
        volume, pages = None, volume  # "1993, p 32": a page the labeller read as a volume
    elif volume_runs and re.search(r"(?:^|[\s,(])[a-uw-z]$", text[: volume_runs[0][0]]):
        volume = None  # "proteins, p18(Ink4c)": a protein's name
    issue = _number(_first(text, segments, "issue")[0])
    if issue is None and issue_before:
        issue = issue_before.group(1)
    numbered = _ISSUE_IN_VOLUME.search(volume_text) if volume_text and issue is None else None
    if numbered is not None:
        issue = numbered.group(1)  # ABNT's "v. 20, n. 3", read as one volume
    split = _VOLUME_THEN_PAGES.fullmatch(pages) if pages and volume is None else None
    if split:  # "Nature 518 355–359": the volume and the page range with no colon between
        volume, pages = split.group(1), split.group(2)
    acs = _ACS_NUMBERS.fullmatch(pages) if pages and volume is None else None
    if acs and _YEAR_AND_COMMA.search(text, 0, text.find(acs.group())):
        volume, pages = acs.group(1), acs.group(2)  # ACS's "2001, 42, 100": year, volume, page
    return CrfFields(
        authors=authors,
        et_al=et_al,
        corporate=corporate,
        editors_only=editors_only,
        year=year,
        title=_clean(title),
        container=_clean(container),
        volume=volume,
        issue=issue,
        pages=_clean(pages),
        publisher=_clean(_first(text, segments, "publisher")[0]),
        lenient_authors=lenient,
        title_confidence=title_confidence,
        container_confidence=container_confidence,
        text=text,
        segments=tuple(segments),
    )

"""Fields of one reference entry: authors, year, title, container, volume, issue, pages, ids.

How an entry is read, in order (each step narrows the text the next one sees):
1. identifiers and access notes anywhere (DOI, URLs, "(Date: ...)", "[Accessed ...]"); the entry's
   bibliographic part ends where the first of them starts;
2. the year and the author list: "(2009)" after the authors (APA/Harvard), "Authors. 2009."
   (Chicago author-date, eLife), or no year up front (Vancouver, IEEE: authors end at the first
   full stop that closes a name, the year comes from the tail). When what precedes "(2009)" is not
   an author list the entry is title-first (no author);
3. the numeric tail at the end ("33(2), 125–14", "12 (3): 45–67", "2015;12(3):3-4", "#82, 26");
4. title and container from what is left, using Markdown emphasis (``*Journal*``), quotes
   (Chicago/IEEE ``"Title."``) or the first sentence end. When step 3 found a journal's volume,
   the journal is read from the end instead: a dotted abbreviation run ("J. Am. Chem. Soc") or
   the last sentence ("Demography. Broken limits to life expectancy. Science 296:1029"), so that
   sentence ends inside a title and titles ending in a capital ("... buforin I. J Immunol") work.

Authors that end with neither a year nor a full stop (physics "A. B. Smith, C. Jones, Phys. Rev.
B 79, 1 (2009)", humanities "Surname, Given, Title, ...") are the longest comma-separated run of
names. Text extracted from PDFs is tidied first ("Phys .Rev .Lett .54 ,2343", "http ://").

Every regex is either anchored, bounded, or run on a bounded window, so a 1 MB single-line entry
costs linear time. Field values drop Markdown asterisks; ``raw`` keeps them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from refcheck.given_names import GIVEN_NAMES
from refcheck.identifiers import find_doi, find_urls
from refcheck.keycites import ALPHA_KEY
from refcheck.model import Person
from refcheck.place_names import is_place_name
from refcheck.refparse_names import (
    AuthorList,
    is_group_word,
    is_initials,
    is_name_particle,
    lone_body,
    parse_authors,
)
from refcheck.textnorm import HAN, HANGUL, KANA, fold


def _lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on first use: rarer entry shapes need it, and compiling every pattern
    would cost start-up time on every run."""
    return functools.cache(lambda: re.compile(pattern, flags))


# a publication year, 1500-2099 (shared by the readers of special styles)
YEAR = r"(?:1[5-9]|20)\d{2}"
# the letter that tells one author's works of a year apart ("2009a"); not the "s" of "1990s"
# nor the first letter of a word run on after the year
YEAR_LETTER = r"(?:[a-rt-z](?![^\W\d_]))?"
# a month's name, whole or cut, as the readers of special styles meet it before a year or after
# a day ("May 1999.", "15 Feb", "(1977, Mar.)"); looser than ``_MONTH`` ("Mars", "Sept.")
MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
# a date as entries print it: "21 Nov. 2016", "Nov 21, 2016", "2016/11/21", "21.11.2016" (to
# match ignoring case)
DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"
    rf"|{_MONTH}\.?\s+\d{{4}}|\d{{4}}\s+{_MONTH}\.?(?:\s+\d{{1,2}})?)"
)
_ACCESS_WORDS = ("date", "accessed", "retrieved", "viewed", "cited", "дата")
_ACCESSED = (
    (
        _ACCESS_WORDS,
        re.compile(
            r"\(\s*(?:date|(?:last\s+)?accessed|retrieved|viewed|cited|дата\s+обращения)(?:\s+on)?"
            r"\s*:?\s*(?P<d>[^()]{3,40}?)\s*\)",
            re.IGNORECASE,
        ),
    ),
    (
        _ACCESS_WORDS,
        re.compile(
            # (NLM: "2014 [updated 2022 Jul 26; cited 2023 Jan 5]", the update before)
            r"\[\s*(?:(?:last\s+)?(?:updated|modified|revised)[^\[\];]{3,40};\s*)?"
            r"(?:date|(?:last\s+)?accessed|retrieved|viewed|cited|дата\s+обращения)(?:\s+on)?"
            r"\s*:?\s*(?P<d>[^\[\]]{3,40}?)\s*\]",
            re.IGNORECASE,
        ),
    ),
    (
        ("accessed", "viewed", "consulted"),
        re.compile(
            rf"\b(?:last\s+)?(?:accessed|viewed|consulted)(?:\s+on)?\s*:?\s*(?P<d>{DATE})",
            re.IGNORECASE,
        ),
    ),
    (
        ("retrieved",),
        re.compile(rf"\bretrieved(?:\s+on)?\s+(?P<d>{DATE}),?\s+from\b", re.IGNORECASE),
    ),
    # MLA 7: "The Guardian 13 Jan. 2007. Web. 4 Mar. 2010.": the medium, then the day it was read
    (
        ("web.",),
        re.compile(rf"(?<=\.)\s+Web\.\s+(?P<d>{DATE})\.?\s*$", re.IGNORECASE),
    ),
)
# MLA 7's medium closing the entry ("… New York: Knopf, 1987. Print."): no field of the work
# (Chicago's e-book: "… Yale University Press, 2010. Kindle.")
_MEDIUM_END = re.compile(
    r"(?<=\.)\s+(?:Print|Web|Kindle(?:\s+edition)?|EPUB|PDF\s+e-?book|e-?book)\.?\s*$",
    re.IGNORECASE,
)
# APA's note on a translated or reissued classic: "… Cambridge University Press. (Original work
# published 1781)", which names no publisher
_ORIGINAL_NOTE = re.compile(
    r"\(\s*(?:Original(?:ly)?\s+(?:work\s+)?published|Work\s+originally\s+published"
    r"|First\s+published)\b[^()]*\)"
    # Chicago's, closing the entry: "… Press, 1999. First published 1986 by the British Library."
    r"|(?<=\.)\s+(?:First|Originally)\s+published\s+(?:in\s+)?(?:1[5-9]|20)\d\d\b.*$",
    re.IGNORECASE,
)
# a note that cites another work: the entry ends before it, and it reads like one more entry
LINKED_NOTE = re.compile(
    r"(?<=[.\]]\s)(?:Erratum|Comment|Retraction|Republished|Update)\s+in\s*:", re.IGNORECASE
)
# Notes that close PubMed-exported entries: "Epub 2010/10/29.", "nature09534 [pii]",
# "PubMed: 12917376.", "PubMed Central PMCID: PMC3042601", "PMID: 123", "Erratum in: Nature
# 2012;3:4.": the entry ends before them.
_NOTES = re.compile(
    r"\bEpub\b(?:\s+ahead\s+of\s+print|\s+\d{4})|\S+\s+\[pii\]"
    r"|\b(?:PubMed(?:\s+Central)?(?:\s+PMCID)?|PMC?ID)\s*:?\s*(?:PMC){0,2}\d"
    r"|\b(?:CrossRef|Medline|Google\s+Scholar|Web\s+of\s+Science)\b[,.\s]*(?:Medline|PubMed)?\W*$"
    rf"|{LINKED_NOTE.pattern}",
    re.IGNORECASE,
)
_NOTE_WORDS = (
    " in:",
    "epub",
    "[pii]",
    "pubmed",
    "pmid",
    "pmcid",
    "crossref",
    "medline",
    "scholar",
    "web of",
)
# "(Minneapolis: Augsburg, 1972)", "(Oxford University Press, 2007)" closing a humanities entry
_PUBLISHER_PAREN = re.compile(rf"\((?P<p>[^()]{{2,100}}?)[,\s]\s*(?P<y>{YEAR})[a-z]?\)$")
_IN_PRESS_END = re.compile(r"[.,;]?\s*\(?\s*in\s+press\s*\)?$", re.IGNORECASE)
# (only an entry's last twelve characters are searched for these: "[dis]ponible sur")
_LEAD_IN_WORDS = (
    *("retrieved", "from", "available", "url", "doi", "online", "at"),
    *("ponible", "ponível", "dostupn", "fügbar", "gerufen", "cuperado", "cuperat", "sultado"),
)
_TRAILING_LEAD_IN = re.compile(
    r"(?:\bretrieved(?:\s+from)?|(?:\b(?:further\s+)?information\s+(?:is\s+)?)?"
    r"\bavailable(?:\s+(?:at|from|online))?|\bURL|\bdoi|"
    r"\[online\]|\bonline\s+at|\bfrom"
    # French, Spanish, Portuguese, Czech and Slovak, German
    r"|\bdisponible\s+(?:sur|en)|\bdisponível\s+em|\bdostupn[éý]\s+(?:z|na|online)"
    r"|\bverfügbar\s+unter|\babgerufen\s+(?:von|unter)"
    # Spanish, Catalan, Portuguese "retrieved from" ("Recuperado de", "Recuperat de",
    # "Consultado em")
    r"|\brecuperad[oa]\s+(?:de|el)|\brecuperat\s+de|\bconsultad[oa]\s+(?:em|en))$",
    re.IGNORECASE,
)
# the "year" of a work not yet accepted: "(in prep.)", "(submitted)", "(under review)"
UNPUBLISHED_YEAR = r"in\s+prep(?:aration|\.|(?![^\W\d_]))|submitted|under\s+review"
_PAREN_YEAR = re.compile(
    rf"\(\s*(?P<y>{YEAR}[a-z]?|(?:n\.\s?d\.?|in\s+press)(?:-[a-z])?|forthcoming|б\.\s?г\."
    rf"|{UNPUBLISHED_YEAR})"
    rf"(?:\s*/\s*(?:{YEAR}|\d{{2}})|\s*\[{YEAR}\])?"  # a reprint's original: "(1995/1992)"
    rf"(?P<range>\s*[–-]\s*(?:{YEAR}|\d{{2}})(?!\d))?"  # a work of several years: "(1953–74)"
    rf"(?:\s*,\s*(?:{_MONTH}\.?(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?"
    rf"|\d{{1,2}}\s+{_MONTH}\.?|spring|summer|autumn|fall|winter|in\s+press))?\s*\)",
    re.IGNORECASE,
)
# the original's year in brackets after the edition's (blanked: found offsets stay valid), or
# in parentheses inside the edition's: "(1962 (1954))"
_ORIGINAL_AFTER = re.compile(
    rf"(?P<keep>(?<![\d/–-]){YEAR}[a-z]?\)?)(?P<original>\s*\[{YEAR}\])"
    rf"|(?P<keep2>(?<=\()(?<![\d/–-]){YEAR}[a-z]?)(?P<original2>\s*\({YEAR}\))(?=\))"
)
# Chicago's reprint: the original's year in parentheses before the edition's, "Weber, Max.
# (1922) 1978. Economy and Society." (blanked the same way)
_ORIGINAL_BEFORE = re.compile(
    rf"(?<=[.,]\s)(?P<original>\(\s*{YEAR}\s*\))(?P<keep>\s+{YEAR}[a-z]?[.,])"
)
# "Smith AB, Jones CD. 2015.", "Smith, J., 2006, ApJ", "No Lie MRI, Inc. n.d.", and with no stop "Smith J 2011 Eur. J.
# Phys." or "Tariq H et al 2002 Title" (IOP), or after a full name joined last ("…, and Sanna
# Tasala 2014. The Role …")
_BARE_YEAR = re.compile(
    rf"(?P<pre>[.,]|(?<=[A-Z])|(?<=\bal))\s+(?P<y>{YEAR}[a-z]?|n\.\s?d\.?)"
    rf"(?P<range>[–-](?:{YEAR}|\d{{2}})(?=\.))?(?P<post>[.,:;]?)(?=\s|$)"
)
# a year right after a full name that the list joins last, with no stop between (an empty
# "pre" group, as _BARE_YEAR's callers read one)
_LAST_JOINED_YEAR = re.compile(
    rf",?\s(?:and|&)\s[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ][\w'’-]+(?P<pre>)\s+(?P<y>{YEAR}[a-z]?)(?P<post>\.)(?=\s)"
)
# "[12] ", "(12) ", "7. ", and BibTeX's alpha keys: "[Qui93] ", "[BFS+96] ", "[Knu84a] "
_LEADING_LABEL = re.compile(rf"(?:\[\d{{1,4}}\]|\[{ALPHA_KEY}\]|\(\d{{1,4}}\)|(\d{{1,4}})[.)])\s+")
_AUTHOR_END = re.compile(r"\.(?=\s|$)|,(?=\s*[\"“«'‘])|(?:(?<=[A-Z]\.)|(?<=[A-Z])):(?=\s)")
# Separators between the names of a comma-separated list: ", ", ", and ", " and ", " & ", "; "
# (ACM's older style sets the names in small capitals: "CONKLIN, J. AND BEGEMAN, M. L.")
_NAME_COMMA = re.compile(r",\s*(?:(?:and|AND)\s+|&\s*)?|\s+(?:and|AND|&)\s+|;\s*")
_CONJUNCTION_NEXT = re.compile(r"\s*(?:&|(?:and|AND)\b|и\b|et\b|und\b|e\s|y\s)")
_ANY_YEAR = re.compile(rf"(?<![\d–\-./:]){YEAR}(?![\d–-]|\.\d)")  # not "arXiv:1707.00470"
# a year as the entry prints it, with the letter that tells one author's works of a year apart
# ("…, 2000b." in IEEE, "2000b;121:247" in Vancouver); not the "s" of "1990s"
_PRINTED_YEAR = re.compile(
    rf"(?<![\d–\-./:])(?<![^\W\d_])({YEAR}{YEAR_LETTER})(?![\d–-]|\.\d)"
)  # (not an article's number: "Art. e1724")

# A page or article number: "45", "e0123456", "S4.1", "129ra145", "RESEARCH0002", "M111.013680",
# "C09S05", or lower-case roman numerals ("xvi–xviii").
# (and an article's number with a dotted prefix: "pdb.ip71", "pdb.prot5448")
_P = r"(?:(?:[a-z]{2,5}\.)?[A-Za-z]{0,10}\d+(?:\.\d+){0,3}(?:[A-Za-z]{1,3}\d+)?[A-Za-z]?|[ivxlc]{1,7})"
_RANGE = rf"{_P}\s*[-–—‐−]{{1,2}}\s*{_P}"
_RANGE_ONLY = re.compile(_RANGE)
# (front matter in roman numerals before the pages: "894:i-xii, 1-253")
_PAGES = (
    rf"(?:pp?\.\s*)?(?P<pages>(?:[ivxlc]{{1,7}}\s*[-–]\s*[ivxlc]{{1,7}},\s*)?(?:{_RANGE}|{_P}))"
)
_VOL = r"\*{0,2}(?P<vol>\d+[A-Za-z]?)\*{0,2}"  # (bold in Markdown: "**465**")
_ISS = r"\(\s*(?P<iss>[^()]{1,15}?)\s*\)"
# ACS: "Biochim Biophys Acta 2009, 1792, 1138–44", "J. Am. Chem. Soc. 2005, 127 (3), 1–9"
_ACS_TAIL = re.compile(
    # (not "Volume 2020, 2001, pp. 159–174", a volume named so, then the year)
    r"(?<=[^\W\d]|\.)(?<![Vv]olume)(?<![Vv]ol\.)(?<!\bv\.)"
    rf"\s+(?P<year>{YEAR}[a-z]?)\s*,\s*(?P<vol>\d+[A-Za-z]?(?:[-–]\d+)?)\s*"
    rf"(?:{_ISS})?\s*,\s*{_PAGES}$"
)
_NOTES_PAGE = re.compile(rf"\({YEAR}[a-z]?\)\s*:\s*{YEAR}$")
_TAILS = (
    (
        ";",
        re.compile(  # Vancouver: Journal. 2015 Jan;12(3):3-4 (or "Jan 2015;12(3)")
            rf"(?:^|[.,;]\s*|\s)(?:{_MONTH}\.?\s+(?:\d{{1,2}},?\s+)?(?={YEAR}[a-z]?\s*;))?"
            rf"(?P<year>{YEAR}[a-z]?)(?:\s+{_MONTH}\.?(?:\s+\d{{1,2}})?"
            rf"(?:\s*[-–]\s*(?:{_MONTH}\.?\s+)?\d{{1,2}})?)?\s*;\s*(?:{_VOL})?"
            rf"\s*(?:{_ISS}|(?P<sup>Suppl\.?(?:\s*\d+)?))?\s*(?::\s*{_PAGES})?$",
            re.IGNORECASE,
        ),
    ),
    (
        ")",
        re.compile(  # Nature: Nature 521, 436–444 (2015)
            rf"(?:^|[\s,*])(?P<vol>[A-Z]?\d+[A-Za-z]?)\*{{0,2}}\s*(?:{_ISS})?\s*,\s*{_PAGES}\s*"
            rf"\((?P<year>{YEAR}[a-z]?)\)$"
        ),
    ),
    (
        ")",  # physics: Phys. Rev. D 47 (1993) 5270; Nucl. Phys. A 714 (2003), 589
        re.compile(
            rf"(?:^|[\s,*])(?P<vol>[A-Z]?\d+[A-Za-z]?)\s*\((?P<year>{YEAR}[a-z]?)\)\s*,?\s*{_PAGES}$"
        ),
    ),
    (
        ")",  # ACM: "Commun. ACM 21, 7 (July), 558-565", "ACM Trans. Comput. Syst. 3, 1 (Feb.), 63-75"
        # (and with the year: "Commun. ACM 27, 8 (Aug. 1984), 761-763")
        re.compile(
            rf"(?<=[^\W\d]|\.)\s+(?P<vol>\d+[A-Za-z]?)\s*,\s*(?P<iss>\d+(?:[-–]\d+)?)\s*"
            rf"\({_MONTH}\.?(?:\s+\d{{1,2}})?(?:,?\s+(?P<year>{YEAR}))?\)\s*,\s*{_PAGES}$",
            re.IGNORECASE,
        ),
    ),
    (
        "rticle",  # ACM's article number: "ACM Comput. Surv. 52, 3, Article 45 (June 2019), 30
        # pages" (the number stands for the pages; the count after it is none)
        re.compile(
            rf"(?<=[^\W\d]|\.)\s+(?P<vol>\d+)\s*,(?:\s*(?P<iss>\d+(?:[-–]\d+)?)\s*,)?"
            rf"\s*Article\s+(?P<pages>\d+)\s*(?:\({_MONTH}\.?\s+(?P<year>{YEAR})\))?"
            r"(?:\s*,\s*\d+\s+pages)?$",
            re.IGNORECASE,
        ),
    ),
    (
        ":",  # PLOS/eLife: Journal 23: 2563–2577; "108 Suppl: 4680"; "149 Suppl 55:24–39";
        # NLM's "14 Spec No 1:R121–132"
        re.compile(
            rf"(?:^|[\s,*;])(?P<vol>[A-Z]?\d+[A-Za-z]?(?:[-–]\d+)?)\*?\s*"
            rf"(?:{_ISS}|(?P<sup>(?:Suppl\.?|Spec\.?\s+No\.?)(?:\s*\d+)?))?"
            rf"\s*:\s*{_PAGES}$"
        ),
    ),
    (",", _ACS_TAIL),
    (  # DIN 1505: "In: Microb Pathog 3 (1987), Nr. 2, S. 1–7"
        ")",
        re.compile(
            # (or with no volume: "In: WormBook (2008), S. 1–36")
            rf"(?<=[^\W\d]|[.)])(?:\s+(?P<vol>\d+[A-Za-z]?(?:[-–]\d+)?))?"
            rf"\s*\((?P<year>{YEAR}[a-z]?)\)"
            r"(?:\s*,\s*(?:Nr\.|H\.|Heft)\s*(?P<iss>\d+(?:/\d+)?))?"
            rf"\s*,\s*S\.\s*(?P<pages>{_RANGE}|{_P})$"
        ),
    ),
    (  # German volume and issue labelled: "Soziale Welt 34, H. 2, S. 1–20", "…, Nr. 3, S. 5"
        "S",
        re.compile(
            r"(?<=[^\W\d]|\.)(?<!Band)(?<!Bd\.)\s*,?\s+(?P<vol>(?!(?:1[5-9]|20)\d\d[a-z]?\b)\d+[A-Za-z]?)"
            r"\s*,\s*(?:H\.|Heft|Nr\.)\s*"
            rf"(?P<iss>\d+(?:[-/]\d+)?)\s*,\s*S\.\s*(?P<pages>{_RANGE}|{_P})$"
        ),
    ),
    (  # the issue labelled, no volume: "Soziale Welt, H. 2, S. 5–9"
        "S",
        re.compile(
            r"(?<=\w|\.)\s*,\s*(?:H\.|Heft|Nr\.)\s*(?P<iss>\d+(?:[-/]\d+)?)"
            rf"\s*,\s*S\.\s*(?P<pages>{_RANGE}|{_P})$"
        ),
    ),
    (  # and unlabelled: "In: Zeitschrift für Soziologie 34 (2), S. 1–20", "…, 34(2), S. 1"
        "S",
        re.compile(
            # (not "Frankfurt/Main 2003, S. 23", a place and year; nor a book's "Band 4, S. 292",
            # nor an issue's "H. 2, S. 5")
            r"(?<=[^\W\d]|\.)(?<!Band)(?<!Bd\.)(?<!\bH\.)(?<!Nr\.)(?<!Heft)\s*,?\s+(?P<vol>(?!(?:1[5-9]|20)\d\d[a-z]?\b)\d+[A-Za-z]?)"
            r"\s*(?:\((?P<iss>\d+(?:[-/]\d+)?)\))?"
            rf"\s*,\s*S\.\s*(?P<pages>{_RANGE}|{_P})$"
        ),
    ),
    (  # German issue and year: "In: Behindertenpädagogik 1/1976, S. 18 - 30", "In: Deutsche
        # Lehrerzeitung 29-30/1997 (24. 7. 1997), S. 7"
        "/",
        re.compile(
            rf"(?<=[^\W\d])\s+(?P<iss>\d{{1,3}}(?:[-–]\d{{1,3}})?)/(?P<year>{YEAR})"
            rf"(?:\s*\([^()]*\))?\s*,\s*S\.\s*(?P<pages>{_RANGE}|{_P})$"
        ),
    ),
    ("", re.compile(rf",\s*(?:#|[Nn]o\.?\s*|№\s*)(?P<iss>\d+)(?:\s*,\s*{_PAGES})?$")),
    # ", 33(2), 125–14" (not a report's number: WHO's "Situation report, 51")
    (
        "",
        re.compile(
            rf"(?<!\b[Rr]eport)(?<!\b[Bb]ulletin)(?<!\b[Uu]pdate),\s*{_VOL}\s*(?:{_ISS})?"
            rf"(?:\s*,\s*{_PAGES})?$"
        ),
    ),
    (
        "",
        re.compile(rf"(?<=[^\W\d]|\.)\s+(?P<vol>\d+[A-Za-z]?)\s*(?:{_ISS})?,\s*{_PAGES}$"),
    ),  # J 65, 5-9
    # the volume, a stop, the pages: "Histoire littéraire de la France 40. 113–186"
    ("", re.compile(rf"(?<=[^\W\d])\s+(?P<vol>\d{{1,4}})\.\s+(?P<range>{_RANGE})$")),
    (
        "",
        re.compile(
            # (and ACS's, after a semicolon and without a stop: "…, 2010; pp 45–67")
            rf"(?:[,.]\s*(?:(?:pp?\.|pages?)\s*(?P<pages>{_RANGE}|{_P})|(?P<range>{_RANGE}|e\d+))"
            rf"|;\s*pp?\.?\s+(?P<acs>{_RANGE}|{_P}))$"
        ),
    ),
    # pages with no volume: "Journal of the Royal Statistical Society: 39–82",
    # "Cochrane Database Syst Rev: CD006199", "Handb Exp Pharmacol 205–59"
    (":", re.compile(rf"(?<=[^\W\d])\s*:\s*(?P<range>{_RANGE}|[A-Z]{{1,3}}\d{{3,}})$")),
    ("", re.compile(rf"(?<=[^\W\d])\s+(?P<range>{_RANGE}|e\d{{4,}})$")),  # "eLife e03080"
    # IOP: "Eur. J. Phys. 32 1007", "Class. Quantum Grav. 32 185003"
    ("", re.compile(rf"(?<=\.|[A-Z])\s+(?P<vol>\d{{1,4}})\s+(?P<pages>{_RANGE}|\d+)$")),
    # Chicago notes with a part missing: "eNeuro 3 (2016)", "WormBook (2008): 1–36"
    (")", re.compile(rf"(?<=[^\W\d])\s+(?P<vol>\d{{1,4}})\s*\((?P<year>{YEAR}[a-z]?)\)$")),
    (
        ":",
        re.compile(rf"(?<=[^\W\d])\s*\((?P<year>{YEAR}[a-z]?)\)\s*:\s*{_PAGES}$"),
    ),
)
# two names joined by a hyphen, each of letters and a number, the letters differing: "NUP98-HOXA9",
# "BCR-ABL1" (a page range repeats its letters or drops them: "A12-A19", "S4-9", "e1-e10")
_NAMED_PAIR = re.compile(
    r"(?P<a>[A-Za-z]{2,})\d+[A-Za-z]?\s*[-–]\s*(?!(?P=a)\d)[A-Za-z]{2,}\d+[A-Za-z]?"
)
_YEAR_RANGE = re.compile(rf"{YEAR}\s*[-–—]\s*(?:{YEAR}|\d{{2}})")
# the word before a chapter's number ("ch. 4"), which is no volume's
CHAPTER_WORD = r"(?:ch|chap|chapter)\b"
_CHAPTER_WORD = re.compile(rf"\b{CHAPTER_WORD}\.?\s*$", re.IGNORECASE)
_VOLUME_ONLY = re.compile(r"(?<=[^\W\d])\s+(?P<vol>\d{1,4})$")  # "Nature Communications 4"
# (and a series letter glued to the volume: ABNT's "v. D60", GOST's "Vol. D60")
_LABELLED_TAIL = _lazy(
    # (or after the year: "Infancy. 2011 Volume 16, Issue 3, pages 227–247")
    r"(?:^|[,.;]\s*|(?<=\d{4})\s+(?=volume\b))(?:vol\.?|volume|t\.|v\.|bd\.)\s*(?-i:[A-Z])?\d",
    re.IGNORECASE,
)
_LABELLED_VOL = _lazy(
    r"\b(?:vol\.?|volume|t\.|v\.|bd\.)\s*((?-i:[A-Z])?\d+[A-Za-z]?)", re.IGNORECASE
)
# a publisher after a book's labelled volume, "Vol 2. CRC Press", "Vol. 3. New York: Wiley"
# (capitalised words with no number; not a journal's part, "Vol. 5, Part B", nor a season)
_BOOK_VOLUME_IMPRINT = re.compile(
    r"[.,]\s+(?P<imprint>(?!(?i:part|section|series|suppl|supplement|spring|summer|autumn"
    r"|fall|winter|eds?|edited|trans|translated)\b)[A-Z][^\W\d_][^\d()\[\]]{1,70}?)[.,;]?\s*"
)
# (not IEEE's "Art. no. 75", an article's number)
_LABELLED_ISS = _lazy(
    r"(?:(?<!art\.\s)(?<!art\.)(?<!article\s)\b(?:no|nr|issue)\.?|№)\s*(\d+[A-Za-z]?(?:[-–/]\d+)?)",
    re.IGNORECASE,
)
_LABELLED_PAGES = re.compile(
    rf"(?:\bpp?\.|\bpages?\b|\bс\.|\bart(?:icle)?\.?\s*(?:no\.?|number)|\bart\.)\s*({_RANGE}|{_P})(?!\w)",
    re.IGNORECASE,
)
_TRAILING_YEAR = _lazy(
    # (not the end of a number with a stop inside: arXiv's "1305.1602")
    rf"(?:^|[,;]\s*|(?<!\d)\.\s*|\.\s+|\s)(?:(?:\d{{1,2}}\s+)?{_MONTH}\.?\s+(?:\d{{1,2}},?\s+)?)?"
    # (not a page: "…, 2013, p. 1550."; but "231 p. 1980.", a count of pages, then the year)
    # (nor DIN's "(2006), S. 1564")
    r"(?<![,;]\sp\.\s)(?<![,;]\sp\.)(?<![,;]\spp\.\s)(?<![,;]\spp\.)(?<![,;]\sS\.\s)"
    r"(?<!\.\sP\.\s)"  # (GOST's "Vol. 314. P. 1564")
    rf"(?P<year>{YEAR}{YEAR_LETTER})\.?$",
    re.IGNORECASE,
)
# (and in Spanish, Portuguese and French: "2a ed.", "2ª ed.", "2e éd.")
_EDITION = _lazy(
    # (not a version's end: "Version 4.08a ed")
    r"(?<![\d.])\b\d{1,2}(?:st|nd|rd|th|a|ª|\.ª|e)\s+(?:rev\.\s+|revised\s+)?"
    r"(?:ed(?:n|ition)?\b|éd\b)\.?",
    re.I,
)
# an edition that closes the title after a comma ("Computer Networks, 3rd ed. Prentice-Hall"):
# it leaves the title's full stop
_EDITION_CLOSE = _lazy(
    r",\s*\d{1,2}(?:st|nd|rd|th)\s+(?:rev\.\s+|revised\s+)?ed(?:ition)?\.(?=\s+[A-Z])", re.I
)
_REPRINT_NOTE = re.compile(
    r"\((?:rist|repr|reprint(?:ed)?|rpt|nachdr(?:uck)?|r[ée]impr(?:ession)?)\.?\s+\d{4}\)",
    re.IGNORECASE,
)
# what APA 7 prints after a name that is no part of it: a social-media handle, "Lennon, J.
# [@johnlennon].", and a credit for an audiovisual work, "Glass, I. (Host).", "Nolan, C.
# (Director)."
_CREDIT = re.compile(
    r"(?<=\.)\s+(?:\[@[\w.]{1,40}\]"
    r"|\((?i:(?:executive\s+)?producers?|hosts?|directors?|writers?|narrators?"
    r"|performers?|photographers?|interviewers?|composers?|creators?|artists?|speakers?)\))"
    r"(?:\.|(?=,|\s+(?:&|and)\s))"
)
_THESIS = _lazy(
    r"\b(?:ph\.?\s?d\.?|doctoral|master'?s?|m\.\s?(?:s|sc|a|phil)\.|msc|ms|ma|mphil|bachelor'?s"
    r"|diploma)\s+(?:thesis|dissertation)\b",
    re.IGNORECASE,
)
_CITY_PUBLISHER = re.compile(
    r"(?:[A-Z][\w.'-]*,?\s+){0,2}[A-Z][\w.'-]*(?:,\s*[A-Z]{2})?:\s*[^:;]{2,80}"
)
# ". New York: Plenum Press", ". Trier: WVT" after a book's name: its imprint
IMPRINT_TAIL = re.compile(
    r"\.\s+((?:[A-Z][a-zà-ÿ]+(?:\s+|-|\s+and\s+))*[A-Z][a-zà-ÿ]+(?:,\s*[A-Z]{2})?:\s*[A-Z][^:]{1,60})$"
)
_PUBLISHER = re.compile(
    r"\b(?:press|publish\w*|verlag|routledge|springer|wiley|elsevier|palgrave|macmillan"
    r"|littlefield|sage|brill|blackwell|penguin|norton|издательство|изд-во)\b",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"\[([^\[\]]{2,80})\]")
# APA's longer bracketed descriptions name the work's kind first: "[Doctoral dissertation,
# University of Georgia]", "[Master's thesis, …]"
LONG_DESCRIPTOR = re.compile(
    r"(?:unpublished\s+)?(?:doctoral|master'?s|masters|ph\.?\s?d\.?|bachelor'?s)\s+"
    r"(?:dissertation|thesis)\b"
    # and as Spanish, Portuguese, French, Italian and German print them
    r"|(?:tesis|tese|tesi|thèse|these)\s+(?:doctoral|de\s+(?:doctorado|doutorado|maestría|mestrado"
    r"|doctorat|master)|di\s+(?:dottorato|laurea))\b|disserta[çc][ãa]o\s+de\s+mestrado\b"
    r"|(?:dissertation|masterarbeit|diplomarbeit|habilitationsschrift)\b"
)
# what APA puts in brackets after a title, whole: "[Paper presentation]", "[Preprint]" (not
# "[computer program]": "R [computer program]" has no other title)
_WHOLE_DESCRIPTORS = frozenset(
    (
        "paper presentation",
        "poster presentation",
        "conference presentation",
        "conference session",
        "preprint",
        "unpublished manuscript",
        "manuscript in preparation",
        "manuscript submitted for publication",
        "fact sheet",
        "tweet",
        "powerpoint slides",
        "lecture notes",
        "letter to the editor",
        "editorial",
        "abstract",
        "infographic",
        # APA 7's descriptors of media (software's stay in the text, see _TITLE_TAIL)
        "mobile app",
        "mobile application",
        "film",
        "motion picture",
        "audio podcast",
        "audio podcast episode",
        "video file",
        "photograph",
        "map",
        "facebook post",
        "instagram photo",
        "television series",
        "tv series",
        "television series episode",
        "audiobook",
        "brochure",
    )
)
_DETAIL_PAREN = re.compile(r"\s*\(([^()]{1,150})\)")
_DETAIL_WORDS = re.compile(
    r"\b(?:pp?\.\s*\d|no\.\s*\d|report|working\s+paper|project|vol\.\s*\d|\d+(?:st|nd|rd|th)\s+ed\.)"
    r"|\bS\.\s*\d"  # German pages: "(S. 45-67)"
    # APA's makers: "(J. Strachey, Trans.)", "(Q. Hoare, & G. Smith, Eds., & Trans.)"
    r"|(?-i:,\s*(?:Eds?\.|Trans\.)(?:,?\s*(?:&|and)\s*Trans\.)?$)",
    re.IGNORECASE,
)
_REPORT_WORDS = re.compile(r"\b(?:no\.|report|working\s+paper|project)", re.IGNORECASE)
_PAREN_PAGES = re.compile(rf"\b(?:pp?|S)\.\s*({_RANGE}|{_P})")
# (and Vancouver's in Spanish and French: ". En: López J, editor.", ". Dans : Martin P, dir.")
_CHAPTER_IN = re.compile(
    r"(?:[.?!]\s+|^)(?:In:?|En:|Dans\s?:)\s|,\s+in:\s+(?=\S)|,\s+in\s+(?=[^\sa-z])"
)
# (ABNT's "(Org.)", "(Coord.)", French "(dir.)", "(éd.)", Italian "(a cura di)")
_EDITORS_END = _lazy(
    r"(?:\b(?:editors?|editores|eds?\.|hrsg\.|ред\.|dirs?\.|coords?\.|orgs?\.|organizador(?:es)?)"
    r"|\((?:eds?|orgs?|coords?|dirs?|éds?|a cura di)\.?\))"
    r"[.,:)]*\s*",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"[.?!][\"”»’']?(?=\s+\S)")
_QUOTE_PAIRS = {
    '"': '"',
    "“": "”",
    "«": "»",
    "„": "“",
    "‘": "’",
    "'": "'",
    "『": "』",
    "「": "」",
    "《": "》",
}
# quotes that only open a quotation (not "'" of "'Tis" nor the ‘ayn of "‘Abd")
_OPENING_QUOTES = frozenset('"“«„')
_ABBREVIATIONS = frozenset(
    """vs no nos vol vols pp p ed eds st dr mr mrs ms jr sr inc ltd co dept univ etc al cf ca
    fig approx rev proc intl natl assoc trans repr suppl pt ch sec jan feb mar apr jun jul aug
    sep sept oct nov dec""".split()
)
_DESCRIPTORS = (
    ("thesis", "thesis"),
    ("dissertation", "thesis"),
    ("tesis", "thesis"),
    ("tese", "thesis"),
    ("tesi", "thesis"),
    ("these de", "thesis"),
    ("dissertacao", "thesis"),
    ("masterarbeit", "thesis"),
    ("диссертация", "thesis"),
    ("monograph", "book"),
    ("book", "book"),
    ("report", "report"),
    ("working paper", "report"),
    ("policy paper", "report"),
    ("press release", "report"),
    ("data set", ""),
    ("dataset", ""),
    ("video", "web"),
    ("podcast", "web"),
    ("blog", "web"),
    ("online", ""),
    ("internet", ""),
    ("электронный ресурс", "web"),
)


@dataclass
class Fields:
    """The parsed parts of an entry (mutable while parsing; turned into a Reference after)."""

    authors: tuple[Person, ...] = ()
    corporate: bool = False
    et_al: bool = False
    year: str | None = None
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    doi_raw: str | None = None
    url: str | None = None
    urls: tuple[str, ...] = field(default_factory=tuple)
    accessed: str | None = None
    kind: str | None = None
    publisher: str | None = None
    same_authors: bool = False  # "———. 2001. Title.": the authors of the entry before
    comma_fields: bool = False  # "이정명, Title, Journal 제32집, 2014.": fields split by commas


# Markdown emphasis markers; an asterisk inside a word is text ("HLA-B*35", "Cw*04")
EMPHASIS_MARK = re.compile(r"(?<!\w)\*+|\*+(?!\w)")


# what leaves a space where an emphasis marker stood next to it, outside the run: a word's
# letter, or (before an opening marker) a stop that a space follows ("Title.*Journal*"), or
# (after a closing marker) an opening bracket ("*Nature*(London)"); anything else stands close
# ("(*E. coli*)", "*Arabidopsis*:", "*Ustilago maydis*–maize")
_SPACED_BEFORE_OPENING = frozenset(".,;:?!")
_SPACED_AFTER_CLOSING = frozenset("([{")


_INNER_EMPHASIS = re.compile(r"(?<=[^\W_])\*([^\W_]{1,20})\*(?=[^\W_])")


def without_emphasis(value: str) -> str:
    """``value`` without its Markdown emphasis markers, each replaced by a space only where
    the text outside it needs one ("Title.*Journal*" → "Title. Journal", "(*Bombyx mori*):"
    → "(Bombyx mori):")."""
    if "*" not in value:
        return value
    value = _INNER_EMPHASIS.sub(r"\1", value)  # "gene*r*al": letters set off inside a word

    def replace(match: re.Match[str]) -> str:
        start, end = match.span()
        before = value[start - 1] if start else " "
        after = value[end] if end < len(value) else " "
        if before.isspace() or after.isspace():
            return ""
        if after.isalnum():  # an opening marker: what stands before it is outside
            return " " if before.isalnum() or before in _SPACED_BEFORE_OPENING else ""
        return " " if after.isalnum() or after in _SPACED_AFTER_CLOSING else ""

    return EMPHASIS_MARK.sub(replace, value)


_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")


def quote_close(text: str) -> int:
    """Where the quotation that opens ``text`` closes (-1 if it does not): an apostrophe
    between letters closes nothing ("'Hemprich's long-eared bat …'")."""
    opener = text[0]
    closer = _QUOTE_PAIRS[opener]
    if opener != closer and opener in text[1:]:
        # a quotation inside it: "“Frequencies … in “resting-state” data.”"
        depth = 1
        for at in range(1, len(text)):
            if text[at] == opener:
                depth += 1
            elif text[at] == closer and not (closer == "’" and _APOSTROPHE.match(text, at)):
                depth -= 1
                if depth == 0:
                    return at
    if opener == closer:
        # a quotation inside it in the same marks: "'Turning the 'mustard oil bomb' into a
        # 'cyanide bomb': …', PLOS ONE" (a mark after a space, before a letter, opens one)
        depth = 1
        for at in range(1, len(text)):
            if text[at] != closer or (closer == "'" and _APOSTROPHE.match(text, at)):
                continue
            if text[at - 1].isspace() and text[at + 1 : at + 2].isalpha():
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return at
    at = text.find(closer, 1)
    while at > 0 and closer in "'’" and _APOSTROPHE.match(text, at):
        at = text.find(closer, at + 1)
    return at


# the quotation mark that opens a title, for the one that closes it
_OPENER_OF = {'"': '"', "”": "“", "»": "«"}


def clean(value: str | None, *, title: bool = False) -> str | None:
    """A field value as a reader wants it: no Markdown asterisks, single spaces, no stray
    punctuation at the ends, enclosing quotes removed."""
    if value is None:
        return None
    value = " ".join(without_emphasis(value).split()).strip(" ,;:")
    value = value.lstrip(".) ")
    for _ in range(2):
        if len(value) >= 2 and value[0] in _QUOTE_PAIRS:
            close = quote_close(value)
            if close == len(value) - 1:
                value = value[1:-1].strip().rstrip(",").strip()
            elif close == len(value) - 2 and value.endswith("."):
                value = value[1:-2].strip().rstrip(",").strip()
        if title and value[:1] in _OPENING_QUOTES and _QUOTE_PAIRS[value[0]] not in value[1:]:
            value = value[1:].lstrip()  # '"A fast algorithm,"': the closer stayed outside
        opener = _OPENER_OF.get(value[-1:]) if title else None
        if opener is not None and opener not in value[:-1]:
            value = value[:-1].rstrip(" ,")  # 'The Institutional … Orders"': the opener
            # stayed outside
        if title and value.endswith(".") and not value.endswith(".."):
            last = value[:-1].rsplit(None, 1)[-1] if value[:-1].strip() else ""
            if not (len(last) == 1 and last.isupper()):
                value = value[:-1].rstrip()
    return value or None


# APA's letters for several undated or in-press works of one author: "n.d.-a", "in press-b"
# (in lower case)
WORD_YEAR_LETTER = re.compile(r"(?:d\.?|press)-([a-z])$")


# the dates unpublished_year gives
NOT_YET_ACCEPTED = frozenset({"in prep.", "submitted", "under review"})


def unpublished_year(value: str) -> str:
    """ "in prep.", "submitted" or "under review", as a work not yet accepted is dated."""
    low = value.lower()
    return "in prep." if "prep" in low else "submitted" if low[:1] == "s" else "under review"


def _normalise_year(value: str) -> str:
    low = value.lower()
    letter = low[-2:] if WORD_YEAR_LETTER.search(low) else ""
    if low.startswith("n"):
        return "n.d." + letter
    if "press" in low:
        return "in press" + letter
    if low.startswith("forth"):
        return "forthcoming"
    if low.startswith(("in prep", "submitted", "under")):
        return unpublished_year(low)
    if low.startswith("б"):
        return "n.d."
    return value


def _strip_trailing_lead_in(head: str) -> str:
    """Drop what introduces the identifiers: "Retrieved from", "Available at:", "doi:", "<"."""
    for _ in range(6):
        stripped = head.rstrip(" \t.,;:<([–")  # (DIN: "S. 2201–14. – DOI 10.…")
        ending = stripped[-12:].lower()
        if not any(word in ending for word in _LEAD_IN_WORDS):
            return stripped
        match = _TRAILING_LEAD_IN.search(stripped[-40:])
        if match:
            stripped = stripped[: len(stripped) - len(match.group(0))]
        if stripped == head:
            break
        head = stripped
    return head


def _last_segment_is_initials(prefix: str) -> bool:
    """At "J." in "J. Smith, A. Jones": the name is not finished, so this is not the end."""
    prefix = prefix[-60:]
    cut = max(
        prefix.rfind(","),
        prefix.rfind("&"),
        prefix.rfind(";"),
        prefix.rfind(" and "),
        prefix.rfind(" AND "),
    )
    tokens = prefix[cut + 1 :].split()
    if tokens and tokens[0] in ("and", "AND", "&", "и"):
        tokens = tokens[1:]
    return bool(tokens) and all(is_initials(token) for token in tokens)


# How far an author list may run: consortium papers list hundreds of names (the Global Burden of
# Disease papers: 360 names, 4,100 characters); beyond this an "entry" is a splitting accident
AUTHOR_LIST_LIMIT = 8000


# a group named after the persons, past a semicolon (AMA, NLM): "…, et al; STEP 1 Study Group.",
# "…; for the STEP Investigators."
_GROUP_AFTER_NAMES = re.compile(
    r"\s*(?P<semi>;)?\s*(?:(?:for|on\s+behalf\s+of)\s+)?(?:the\s+)?(?P<group>[A-Z0-9][^.;:()\[\]]{1,80}?)\.\s+"
)


def _capitalised_name(words: str) -> bool:
    """Whether each word of ``words`` is capitalised or a number, but for function words."""
    return all(
        word[:1].isupper() or word[:1].isdigit() or fold(word) in _FUNCTION_WORDS
        for word in words.split()
    )


def _leading_authors(head: str, limit: int) -> tuple[AuthorList, int] | None:
    """Vancouver/IEEE/Nature authors: up to the first full stop (or ', "') that closes the list.

    A stop followed by "&"/"and" is inside the list ("Jones, A. & Doe, C."); a stop after bare
    initials that do not parse yet ("J." of "J. Smith") is inside a name.
    """
    limit = min(limit, AUTHOR_LIST_LIMIT)
    pending: tuple[AuthorList, int] | None = None
    tried = 0
    for count, match in enumerate(_AUTHOR_END.finditer(head, 0, limit)):
        if count >= 2000 or tried >= 60:
            break  # no author list holds that many stops; bounded work on odd input
        if match.group() == ".":
            if _CONJUNCTION_NEXT.match(head, match.end()):
                continue
            following = head[match.end() : match.end() + 12].split(None, 1)
            if (
                following
                and "." in following[0]
                and is_initials(following[0].rstrip(",;:"))  # (DIN's "BARLOW, P. N.:")
                and not _genus_after(head, match.end())
            ):
                continue  # "Rowe, W. F.; Duerst": more initials of the same name follow
            prefix = head[: match.end()]
        else:
            prefix = head[: match.start()]
        tried += 1  # (the initials passed over above cost nothing: a list of 360 names)
        authors = parse_authors(prefix)
        if authors:
            persons = authors.persons
            if len(persons) > 1 and persons[0].given and not persons[-1].given:
                continue  # "Bohr, N., Phys. Rev.": a name with no initials after full names
            if pending is not None and len(persons) < len(pending[0].persons):
                return pending
            if match.group() == "." and _given_first_continues(head, prefix, match.end()):
                pending = authors, match.end()  # "Gunter M." may go on as "Gunter M. Ziegler."
                continue
            return authors, match.end()
        if pending is not None:
            return pending
        if match.group() == "." and _last_segment_is_initials(prefix):
            continue
        return None
    return pending


# a title that opens with a genus written short ("… & Hansen, M. C. elegans rrf-1 …", "E.
# coli genome manipulation"): an initial before a word in small letters that no name particle is
_GENUS_AFTER = _lazy(
    r"\s*[A-Z]\.\s+(?P<word>[a-z]{1,20}(?:us|um|a|ae|is|es|ii|i|ans|ens|er|e|o|ix|ax|ex))\b"
    r"(?![.,])"  # (a species' Latin ending: "coli", "elegans", "subtilis", "cerevisiae")
)
_NOT_SPECIES = frozenset("and und et en och og the ter".split())


def _genus_after(head: str, at: int) -> bool:
    """Whether a genus written short follows ``at``: its epithet no particle or conjunction."""
    genus = _GENUS_AFTER().match(head, at)
    word = genus.group("word") if genus else ""
    return bool(word) and word not in _NOT_SPECIES and not is_name_particle(word)


_GIVEN_FIRST_NEXT = _lazy(r"\s*[A-Z][\w'’-]+(?:[.,]|\s+(?:and|&)\s)")


def _given_first_continues(head: str, prefix: str, end: int) -> bool:
    """ "Gunter M. Ziegler. Lectures": the stop after "M." is inside a name written given first
    when the prefix's last name is "Given I." and one capitalised word then closes it."""
    if _CHICAGO_LIST().match(prefix) and _GIVEN_FIRST_NEXT().match(head, end):
        return True  # "Moon, Sara L., James R. Anderson, …": a later name written given first
    if len(prefix) > 60 or re.search(r",|&|;|\band\b", prefix):
        return False  # only the first name: "Smith AB, Jones K. Title." is Vancouver
    segment = prefix.split()
    if len(segment) < 2 or not segment[0][:1].isupper() or is_initials(segment[0]):
        return False
    if not all(is_initials(token) and "." in token for token in segment[1:]):
        return False
    following = _GIVEN_FIRST_NEXT().match(head, end)
    if following is not None and _IMPRINT_AT_END().match(head, following.end()):
        return False  # "Smith J. Cities. London: Routledge, 2010": the word is the title
    # "Smith J. Title. Lancet. 2010;1:2" / "Meyer M. Cinder. Publisher; 2012.": Vancouver, where
    # "J." ends the author list and the year follows a stop or semicolon
    return following is not None and (
        following.group().rstrip().endswith((",", "and", "&"))
        or _VANCOUVER_YEAR().search(head, end) is None
    )


# nothing but the imprint before the year: "London: Routledge, 2010" (ISO 690 and GOST put
# "Place: Publisher, Year" right after a book's title)
_IMPRINT_AT_END = _lazy(rf"\s*[^\W\d][^.:;]{{1,40}}:\s*[^.:;]{{2,80}},\s*{YEAR}[a-z]?\Z")


# a Chicago list so far: the first name inverted with a given name written out ("Moon, Sara
# L.,"), then names given first, the last one cut at its middle initial ("James R.")
_CHICAGO_LIST = _lazy(
    r"[A-Z][\w'’-]+, [A-Z][a-z]+(?: [A-Z]\.)*,(?: [A-Z][a-z]+(?: [A-Z]\.)* [A-Z][\w'’-]+,)*"
    r" (?:and )?[A-Z][a-z]+(?: [A-Z]\.)+$"
)
_VANCOUVER_YEAR = _lazy(rf"[.;]\s*{YEAR}[a-z]?\s*(?:[;:.(]|$)")


# Chinese, Japanese and Korean names at the head of an entry: two to four ideographs or
# syllables each, separated by commas, ending at a full stop, a comma or a year before the title
# ("李建香. 張從正補法思想淺談.", "김성열, 김훈호 2015. '고등학교 …'", "조은숙, 신체 자각 …")
_CJK = HAN + HANGUL + KANA
_CJK_COMMA = r"\s*[,，、]\s*"
# (Korean names joined by stops, "최경원.임연옥"; Japanese by a middle dot, "佐藤花子・鈴木一郎";
# one Japanese name of up to six ideographs, "高橋健")
_CJK_DOTTED = re.compile(rf"[{_CJK}]{{2,4}}(?:[.・][{_CJK}]{{2,4}})+|[{HAN}]{{2,6}}")
_CJK_NAMES = re.compile(
    rf"((?:[{_CJK}]{{2,4}}{_CJK_COMMA}){{0,11}}[{_CJK}]{{2,4}})"
    rf"(?:\s+(?P<y>(?:1[5-9]|20)\d\d)[a-z]?)?\s*[.,，。]\s*"
)


# the numbers that close a comma-separated CJK entry: "제32집" (volume), "10권 1호", "Vol.20",
# "pp.131-151", "第15期", a year
_CJK_NUMBER_PART = re.compile(
    r"(?:(?:제\s*)?(?P<v1>\d+)\s*[권집](?:\s*(?:제\s*)?(?P<i1>\d+)\s*호)?|제\s*(?P<i2>\d+)\s*호"
    r"|第\s*(?P<v2>\d+)\s*[卷期]|vol\.?\s*(?P<v3>\d+)|no\.?\s*(?P<i3>\d+)"
    r"|pp?\.?\s*(?P<p>\d+\s*[-–~]\s*\d+)|(?P<y>(?:1[5-9]|20)\d\d)\s*年?)$",
    re.IGNORECASE,
)
CJK_START = re.compile(rf"[{_CJK}]")  # (Chinese, Japanese, Korean: no case)


def first_groups(matches: Iterable[re.Match[str]]) -> dict[str, str]:
    """The first value each named group took over ``matches``, by the group's name without its
    trailing digits: a pattern that reads one field in several forms names them "v1", "v2" or
    "year", "year2"."""
    found: dict[str, str] = {}
    for match in matches:
        for name, value in match.groupdict().items():
            if value:
                found.setdefault(name.rstrip("0123456789"), value)
    return found


def _cjk_comma_body(body: str, parsed: Fields) -> bool:
    """ "심신통합적 … 고찰, 무용역사기록학 제32집, 2014.": after CJK names and a comma, the title,
    the journal and its numbers, separated by commas alone (the title may hold commas too:
    the journal is the last part that is not a number). Fills ``parsed``; False when the body
    is not so written (a full stop or a quote marks the fields instead)."""
    body = body.strip(" .。")
    if re.search(r"[.。]\s|['\"“”‘’「」『』]", body):
        return False
    parts = [part for part in re.split(_CJK_COMMA, body) if part]
    found: list[re.Match[str]] = []
    while parts and (number := _CJK_NUMBER_PART.search(parts[-1])):
        whole = number.start() == 0
        found.append(number)
        if not whole:
            parts[-1] = parts[-1][: number.start()].strip()  # "무용예술학연구 제24집"
            break
        parts.pop()
    if len(parts) < 2 or not CJK_START.match(parts[-1]) or re.search(r"\d", parts[-1]):
        return False
    parsed.title = ", ".join(parts[:-1])
    parsed.container = parts[-1]
    parsed.comma_fields = True
    numbers = first_groups(found)
    parsed.volume = parsed.volume or numbers.get("v")
    parsed.issue = parsed.issue or numbers.get("i")
    parsed.pages = parsed.pages or numbers.get("p")
    parsed.year = parsed.year or numbers.get("y")
    return True


def _cjk_authors(head: str) -> tuple[AuthorList, int, str | None] | None:
    """CJK names that open an entry, where the name parser knows no shape: the persons, where
    the rest begins and the year printed after the names."""
    match = _CJK_NAMES.match(head)
    if match is None or match.end() >= len(head):
        return None
    names = re.split(_CJK_COMMA, match.group(1))
    return AuthorList(tuple(Person(name) for name in names)), match.end(), match.group("y")


# German humanities: "Ulrike Schildmann: Frauenforschung, in: …", "Georg Feuser und Wolfgang
# Jantzen: Title": full names given first, closed by a colon, the year before them in a list
# of one author's works ("1996: Ulf Preuss-Lausitz: Die Pädagogik …")
_COLON_NAMES = _lazy(
    r"(?:(?:1[5-9]|20)\d\d[a-z]?:\s+)?(?P<names>(?:[A-ZÀ-Þ][\w'’-]+|[A-Z]\.)(?: (?:[A-ZÀ-Þ][\w'’-]+|[A-Z]\.|von|van|de|zu)){1,3}"
    r"(?:(?:,? und |,? and | & |, | ?/ ?)(?:[A-ZÀ-Þ][\w'’-]+|[A-Z]\.)"
    r"(?: (?:[A-ZÀ-Þ][\w'’-]+|[A-Z]\.|von|van|de|zu)){1,3}){0,5}):\s+(?=\S)"
)


# the same, family first: "Reiser, Helmut: Heilpädagogische …", "Resinger, Paul/Schratz,
# Michael: …"
_COLON_INVERTED = _lazy(
    r"(?P<names>(?P<family>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?), (?P<given>[A-ZÀ-Þ][\w'’-]+)"
    r"(?: (?:[A-ZÀ-Þ][\w'’-]+|[A-Z]\.))?"
    r"(?:(?: ?/ ?|; | und | and | & )[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?, [A-ZÀ-Þ][\w'’-]+"
    r"(?: (?:[A-ZÀ-Þ][\w'’-]+|[A-Z]\.))?){0,5}):\s+(?=\S)"
)


# Chicago's imprint in brackets after a book's title: " (Neuhausen-Stuttgart: Hänssler-Verlag,
# 1982)"
BRACKETED_IMPRINT = re.compile(r"\s*\([^()]{2,120}:[^()]{2,120}\d{4}[a-z]?\)")


def _colon_authors(head: str) -> tuple[AuthorList, int] | None:
    """Full names given first, closed by a colon, where the first is a known given name
    ("Wolfgang Jantzen: Körper, Selbst …"; not "Nondemocratic Regimes: A Multilevel …"), or
    family first ("Reiser, Helmut: …")."""
    inverted = _COLON_INVERTED().match(head)
    if inverted is not None and fold(inverted.group("given")) in GIVEN_NAMES:
        names = re.sub(r" ?/ ?| und | and | & ", "; ", inverted.group("names"))
        authors = parse_authors(names)
        if authors is not None and all(person.given for person in authors.persons):
            return authors, inverted.end()
    match = _COLON_NAMES().match(head)
    if match is None or fold(match.group("names").split(None, 1)[0]) not in GIVEN_NAMES:
        return None
    if "," in match.group("names") and BRACKETED_IMPRINT.search(head, match.end()):
        return None  # Chicago notes' "Carl Pletsch, Young Nietzsche: Becoming a Genius (New
        # York: Free Press, 1992)": one name, then the title and its subtitle
    authors = parse_authors(match.group("names").replace(" / ", ", ").replace("/", ", "))
    if authors is None or not all(person.given for person in authors.persons):
        return None
    return authors, match.end()


def _comma_authors(head: str) -> tuple[AuthorList, int] | None:
    """Names separated by commas, then the rest with no full stop after the names: physics and
    humanities styles ("C. E. Clayton, C. Joshi, and D. Umstadter, Phys. Rev. Lett. 54, 2343",
    "Jervell, J., Luke and the People of God (Minneapolis: Augsburg, 1972)").

    The longest run of comma-separated pieces that parses as names: a piece that is not a name
    spoils every longer run, so the end of the run is found by bisection (a few parses, even
    for 100 authors). Every person must have given names or initials, and one at least
    initials or an inverted "Family, Given" pair, so that "Title Words, Journal, 12" is not
    read as names; names written given-first ("V. O. Key, Politics, Parties") do not turn
    around.
    """
    separators = list(itertools.islice(_NAME_COMMA.finditer(head, 0, 4000), 150))
    if not separators or not head.strip():
        return None
    given_first = is_initials(head.split(None, 1)[0])

    def names(index: int) -> AuthorList | None:
        return parse_authors(head[: separators[index].start()])

    low, high = -1, len(separators)  # names(low) parses (or low is -1), names(high) does not
    while high - low > 1:
        middle = (low + high) // 2
        if names(middle) is not None:
            low = middle
        else:
            high = middle
    for index in range(low, max(-1, low - 4), -1):
        authors = names(index)
        if authors is None or authors.corporate or not authors.persons:
            continue
        persons = authors.persons
        pieces = index + 1
        if given_first and pieces != len(persons) + int(authors.et_al):
            continue
        if all(p.given for p in persons) and (
            any(
                any(ch.isupper() for ch in p.given) and (len(p.given) <= 3 or "." in p.given)
                for p in persons
            )
            or pieces > len(persons)
        ):
            end = separators[index].end()
            last = _LAST_GIVEN_FIRST.match(head, end) if given_first and index == low else None
            if last is not None:  # "…, and E. Winstanley Dila-tonic black holes …"
                person = Person(last.group("family"), " ".join(last.group("given").split()))
                return AuthorList((*persons, person), authors.et_al), last.end()
            return authors, end
    return None


# The last name of a given-first list that runs into the title with no separator: initials and
# one word, then a capitalised word or a quote ("and E. Winstanley Dila-tonicblack holes",
# "and J. H. Chern "Design for Reliability"")
_LAST_GIVEN_FIRST = re.compile(
    r"(?P<given>(?:[A-Z][a-z]?\.[\s-]*){1,3})(?P<family>[A-Z][\w'’-]+)\s+(?=[A-Z\"“‘«])"
)


# a body's name closed by its country in brackets, then a sentence: NLM's "National Center for
# Health Statistics (US). Health, United States", where the title follows the body
_QUALIFIED_BODY_THEN = re.compile(r"\)\.\s+[A-Z]")


def _bare_year_authors(head: str, limit: int) -> tuple[re.Match[str], AuthorList] | None:
    """ "Smith AB, Jones CD. 2015." / "Smith, John. 2009.": a year right after the authors."""
    for count, match in enumerate(_BARE_YEAR.finditer(head, 0, min(limit, AUTHOR_LIST_LIMIT))):
        if count >= 3:
            break
        if _dated_later(match):
            continue  # "Swietochowski T., Russian Azerbaidjan, 1905-1920. The shaping …, 1985"
        if not match.group("post") and _VANCOUVER_YEAR().search(head, match.end()):
            continue  # "Whelton PK, et al. 2017 ACC/AHA guideline. Hypertension. 2018;71:e13"
        authors = parse_authors(head[: match.end("pre")])
        if authors is None and match.group("pre") == ".":
            # "…, and C. Ma. 2009.": the stop ends the list, not a short name ("Ma." read as
            # an abbreviated given name)
            authors = parse_authors(head[: match.start("pre")])
        if authors and _QUALIFIED_BODY_THEN.search(authors.persons[-1].family):
            continue  # "National Center for Health Statistics (US). Health, United States, 2019."
        if authors and not _acronym_closes(authors):
            return match, authors
        if count == 0 and match.group("pre") == ".":
            body = lone_body(head[: match.start("pre")])  # "Committee on …, … Council."
            if body is not None:
                return match, body
    joined = _LAST_JOINED_YEAR.search(head, 0, min(limit, AUTHOR_LIST_LIMIT))
    authors = parse_authors(head[: joined.end("pre")]) if joined is not None else None
    if joined is not None and authors:
        return joined, authors  # "…, Chetan Kumar, and Sanna Tasala 2014. The Role …"
    return None


_ANY_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")


def _dated_later(found: re.Match[str]) -> bool:
    """A range of years is an entry's date ("(1953–1974)") only where no year follows it: else
    it is part of the title ("Barringer (1860-1929) and his crater. … 1964.")."""
    return found.group("range") is not None and bool(
        _ANY_YEAR.search(found.string, found.end("range"))
    )


def _acronym_closes(authors: AuthorList) -> bool:
    """ "…, Jaramillo A, GBD 2015 Mortality … Collaborators (2007)": an acronym closing
    several names, before a bare year, opens a group's name that holds the year."""
    last = authors.persons[-1] if len(authors.persons) > 1 else None
    return last is not None and not last.given and last.family.isupper() and " " not in last.family


def _year_in_group(head: str, year: re.Match[str], limit: int) -> bool:
    """Whether the bare year stands inside a group author's name ("GBD 2016 Causes of Death
    Collaborators. Global, regional …", "GBD 2015 … Collaborators, Wang H (2016)"): the names,
    read up to the bracketed year or the first full stop, open with an organisation whose name
    holds that year."""
    whole = parse_authors(head[:limit]) if limit < len(head) else None
    if whole is None:
        leading = _leading_authors(head, limit)
        whole = leading[0] if leading else None
    if whole is None:
        return False
    last = whole.persons[-1]
    if len(whole.persons) > 1 and not last.given and year.group("y") in last.family:
        return True  # "Masuzzo P, Martens L, 2014 Cell Migration Workshop Participants (2015)"
    return ((whole.corporate and len(whole.persons) == 1) or not whole.persons[0].given) and (
        year.group("y") in whole.persons[0].family
    )


def _first_emphasis(text: str, begin: int = 0) -> tuple[int, int] | None:
    """Start and end of the first ``*...*`` run (markers included) from ``begin``. An asterisk
    inside a word is no marker ("HLA-B*35-Cw*04", "p*")."""
    start = _opening_star(text, begin)
    while start != -1:
        inner = start
        while inner < len(text) and text[inner] == "*":
            inner += 1
        close = _closing_star(text, inner)
        if close == -1:
            return None
        end = close
        while end < len(text) and text[end] == "*":
            end += 1
        if text[inner:close].strip():
            return start, end
        start = _opening_star(text, end)
    return None


# An emphasised run marks a field (a journal, a book's title) only where a field can begin and
# end: after the start, a separator or "In", and before a separator, a number or the end. A run
# inside a sentence is a species or a gene ("Control of *Legionella* contamination in …").
_FIELD_BEFORE = re.compile(r"(?:[.,;:?!)\]]|\bIn:?)\s*$")
_FIELD_AFTER = re.compile(r"\s*(?:[.,;:?!(\[]|\d|$)")


def _field_emphasis(text: str) -> tuple[int, int] | None:
    """The first emphasised run that stands as a field of its own (see ``_FIELD_BEFORE``)."""
    run = _first_emphasis(text)
    for _ in range(40):  # bounded: a line of a million "*a*" is no entry
        if run is None:
            return None
        start, end = run
        closed = text[start:end].rstrip("*")[-1:] in ".,;:?!"  # "*A Book.* New York"
        before = (start <= 8 and not text[:start].strip()) or _FIELD_BEFORE.search(
            text, max(0, start - 8), start
        ) is not None
        if before and (closed or _FIELD_AFTER.match(text, end)) and not _named_in_title(text, run):
            return run
        run = _first_emphasis(text, end)
    return None


# a taxon's name as printed: "Kinosternon subrubrum", "D. melanogaster", "Mus musculus domesticus"
_TAXON = re.compile(r"[A-Z](?:[a-z]+|\.)(?: [a-z]{3,}){1,2}")
# after a run: an author's name in brackets ("(Lacepede)", "(L.)"), then a new sentence
_AUTHORITY_THEN_SENTENCE = re.compile(r"\s*(?:\([^()\d]{1,40}\))?\s*\.\s+\**[A-Z]")
# after a run: the sentence goes on in small letters ("*Leishmania*: risk to …", ", *Anopheles
# gambiae*, in human sweat"), not with a book's or journal's particulars ("*Book*, edited by")
_SENTENCE_GOES_ON = re.compile(
    r"\s*[,:]\s+(?!(?:edited|ed|eds|trans|translated|vol|volume|pp|p|no|nos|edn|edition|rev"
    r"|revised|comp|compiled|by|tome|hrsg|reprinted|repr|pt|part|suppl|ser|series)\b)[a-z]"
)


def _named_in_title(text: str, run: tuple[int, int]) -> bool:
    """A species or gene in italics inside the title, not a field of its own: at its start
    when the sentence goes on after it ("*Leishmania*: risk to the blood supply. Transfusion
    46"), or after a comma when the sentence goes on or a new one begins ("… of the mud turtle,
    *Kinosternon subrubrum* (Lacepede). Herpetologica 39", "… mosquito, *Anopheles gambiae*,
    in human sweat"); a journal in italics after a comma goes on with its numbers."""
    start, end = run
    if not text[:start].strip():
        return _SENTENCE_GOES_ON.match(text, end) is not None
    if _TAXON.fullmatch(text[start:end].strip("*")) is None:
        return False
    lead = text[:start].rstrip()
    if lead.endswith((",", ":")) and _AUTHORITY_THEN_SENTENCE.match(text, end):
        return True
    # "… Platyhelminthes: *Macrostomum lignano*, n. sp.", "In *Saccharomyces cerevisiae*, feedback"
    return (
        lead.endswith((",", ":")) or re.fullmatch(r"[Ii]n", lead) is not None
    ) and _SENTENCE_GOES_ON.match(text, end) is not None


def _opening_star(text: str, start: int) -> int:
    at = text.find("*", start)
    while at > 0 and text[at - 1].isalnum():
        at = text.find("*", at + 1)
    return at


def _closing_star(text: str, start: int) -> int:
    at = text.find("*", start)
    while at != -1:
        end = at
        while end < len(text) and text[end] == "*":
            end += 1
        if end >= len(text) or not text[end].isalnum():
            return at
        at = text.find("*", end)
    return -1


# a numbered part that opens a title, whose full stop is not its end ("Chapter 12. Burmese
# Amber"); a book's count of pages with its front matter's after the title ("xvi, 499 p.")
_NUMBERED_PART = re.compile(r"(?:Chapter|Chap|Part|Section|Appendix)\.?\s+(?:\d{1,3}|[IVXL]{1,5})")
_FRONT_PAGES = re.compile(r"[ivxlc]{1,7}\s*[,+]\s*\d+\s*(?:pp?|pages)\b")


# what a meeting's proceedings abbreviate ("In Proc. 20th Int. Conf. Very Large Data Bases",
# "Proc. Intl. Joint Conf. Art. Intell."): inside proceedings a stop after them, or after a
# journal's abbreviated word, ends no sentence
_MEETING_WORDS = frozenset("internat mtg meet art artif intell mach learn lang knowl".split())
_PROCEEDINGS = re.compile(r"Proc(?:eedings|\.)\s")


_DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+){2,}")


def _title_end(text: str, abbreviations: frozenset[str] = _ABBREVIATIONS) -> tuple[int, int] | None:
    """(end of the title, start of what follows) at the first real sentence end, or None."""
    # a translated title in square brackets is whole, whatever sentences it holds ("[Prostate
    # cancer patients with lymph node metastasis. Outcome in …]")
    bracketed = text.find("]") if text.startswith("[") else -1
    for count, match in enumerate(_BOUNDARY.finditer(text)):
        if count >= 60:
            break  # no title holds that many abbreviations: treat the text as one title
        index = match.start()
        if index < bracketed:
            continue
        if text[index] == ".":
            low = max(0, index - 40)
            word_start = max(text.rfind(" ", low, index), text.rfind("(", low, index), low - 1) + 1
            word = text[word_start:index]
            if (
                (len(word) == 1 and word.isupper())
                # (a dotted word is an abbreviation, "U.S.", but a version ends its sentence:
                # "BUSTER version 2.11.4. Global Phasing Ltd")
                or ("." in word and _DOTTED_NUMBER.fullmatch(word) is None)
                or (fold(word) in abbreviations and not (len(word) > 1 and word.isupper()))
                or _NUMBERED_PART.fullmatch(text[:index]) is not None
            ):
                continue
        following = text[match.end() : match.end() + 40].lstrip()
        if (
            following[:1] == "["
            or (
                following[:1].islower()
                and not any(ch.isupper() for ch in following.split(" ", 1)[0])
            )
        ) and _FRONT_PAGES.match(following) is None:
            continue  # "... of the. [translation]" / "vs. them": not a sentence end ("eLife" is)
        end = match.end() if text[index] in "?!" else index
        return end, match.end()
    return None


def _descriptors(text: str, parsed: Fields) -> str:
    """Remove "[Dissertation]", "[Thesis]"... and note the kind they announce."""
    pieces: list[str] = []
    last = 0
    for match in _BRACKET.finditer(text):
        content = fold(match.group(1))
        if content.strip() in _WHOLE_DESCRIPTORS:
            pieces.append(text[last : match.start()].rstrip())
            last = match.end()
            continue
        if len(content) > 40 and not LONG_DESCRIPTOR.match(content):
            continue  # (a translated title in brackets may hold "report" or "book")
        for keyword, kind in _DESCRIPTORS:
            if keyword in content:
                if kind and not parsed.kind:
                    parsed.kind = kind
                pieces.append(text[last : match.start()].rstrip())
                last = match.end()
                break
    pieces.append(text[last:])
    return "".join(pieces)


def _detail_parens(text: str, parsed: Fields) -> str:
    """Remove "(Project No. 693799; pp. 1–32)", "(pp. 12–34)", "(2nd ed.)" and read them."""
    pieces: list[str] = []
    last = 0
    for match in _DETAIL_PAREN.finditer(text):
        content = match.group(1)
        if not _DETAIL_WORDS.search(content):
            continue
        pages = _PAREN_PAGES.search(content)
        if pages and not parsed.pages:
            parsed.pages = pages.group(1)
        if _REPORT_WORDS.search(content) and not parsed.kind:
            parsed.kind = "report"
        pieces.append(text[last : match.start()])
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


# a part printed after the pages: "137:1509S–1515S; discussion 1516S–1517S", "362:80; author
# reply 80" (the pages keep it, as PubMed prints them)
_PART_AFTER_PAGES = re.compile(
    rf";\s*(?:discussion|author\s+reply|reply|quiz)\s+(?:{_RANGE}|{_P})\.?$", re.IGNORECASE
)


def _numeric_tail(body: str, parsed: Fields) -> str:
    """Read volume/issue/pages (and a Vancouver year) from the end; return what precedes them.

    ``parsed.volume``/``pages`` set here tell the caller that a journal's tail was found."""
    part = _PART_AFTER_PAGES.search(body)
    if part is not None:
        before = (parsed.volume, parsed.issue, parsed.pages, parsed.year)
        parsed.pages = None
        rest = _numeric_tail(body[: part.start()], parsed)
        if parsed.pages is not None:
            parsed.pages += body[part.start() :].rstrip(".")
            return rest
        parsed.volume, parsed.issue, parsed.pages, parsed.year = before
        return body
    window_start = max(0, len(body) - 200)
    window = body[window_start:]
    lowered = window.lower()
    labelled = (
        _LABELLED_TAIL().search(window)
        if ("vol" in lowered or "t." in lowered or "v." in lowered or "bd." in lowered)
        else None
    )
    if labelled:
        tail = window[labelled.start() :]
        volume_match = _LABELLED_VOL().search(tail)
        issue_match = _LABELLED_ISS().search(tail)
        pages_match = _LABELLED_PAGES.search(tail)
        # a year, not a labelled number ("vol. 19, 2013, p. 1550": 2013)
        taken = [m.span(1) for m in (volume_match, issue_match, pages_match) if m]
        years = [
            year.group(1)
            for year in _PRINTED_YEAR.finditer(tail)
            if not any(start <= year.start() < end for start, end in taken)
        ]
        parsed.volume = volume_match.group(1) if volume_match else None
        parsed.issue = issue_match.group(1) if issue_match else None
        parsed.pages = pages_match.group(1) if pages_match else parsed.pages
        if years and not parsed.year:
            parsed.year = years[-1]
        if volume_match and not (issue_match or pages_match or years):
            imprint = _BOOK_VOLUME_IMPRINT.fullmatch(tail, volume_match.end())
            if imprint is not None:  # "Handbook of Obesity. Vol 2. CRC Press": a book's volume
                parsed.kind = parsed.kind or "book"
                imprint_text = without_trailing_place(imprint.group("imprint"))
                parsed.publisher = parsed.publisher or _publisher(imprint_text)
        return body[: window_start + labelled.start()]
    for needed, pattern in _TAILS:
        if needed and needed not in window:
            continue
        match = pattern.search(window)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("range") and _YEAR_RANGE.fullmatch(groups["range"]):
            continue  # "... experience 1977–1991": years, not pages
        if _NAMED_PAIR.fullmatch(groups.get("range") or groups.get("pages") or ""):
            continue  # "… by the oncogene NUP98-HOXA9": two genes' names, not pages
        supplement = groups.get("sup")
        if supplement:
            if any(ch.isdigit() for ch in supplement):
                groups["iss"] = supplement
            else:
                groups["vol"] = f"{groups['vol']} {supplement}"
        volume = groups.get("vol")
        if (
            volume
            and _ANY_YEAR.fullmatch(volume)
            and not groups.get("iss")
            and not groups.get("year")  # "2012;1829:151–7", "1829, 151–7 (2012)": a volume
            and (not groups.get("pages") or not parsed.year)
        ):
            # ", 2010" at the end is a year, not a volume; so is "Annales du Midi, 1978, 275-289"
            # when the entry has no other year
            if groups.get("pages"):
                parsed.pages = groups["pages"]
            parsed.year = parsed.year or volume
            return body[: window_start + match.start()]
        if groups.get("iss") and not groups.get("year") and _ANY_YEAR.fullmatch(groups["iss"]):
            groups["year"], groups["iss"] = groups["iss"], None  # "Science 314 (2006): 1564"
        if groups.get("year") and not parsed.year:
            parsed.year = groups["year"]
        if volume and _CHAPTER_WORD.search(window, 0, match.start("vol")):
            groups["vol"] = None  # IEEE's "ch. 4, pp. 100–150": a chapter's number
        parsed.volume = groups.get("vol") or parsed.volume
        parsed.issue = groups.get("iss") or parsed.issue
        pages = groups.get("pages") or groups.get("range") or groups.get("acs")
        if pages:
            parsed.pages = pages
        return body[: window_start + match.start()]
    if parsed.doi:  # "Nature Communications 4. doi: ...": an article-number journal's volume
        volume_only = _VOLUME_ONLY.search(window)
        if volume_only and not _ANY_YEAR.fullmatch(volume_only.group("vol")):
            parsed.volume = volume_only.group("vol")
            return body[: window_start + volume_only.start()]
    return body


def _publisher(text: str) -> str | None:
    """ "New York: Routledge" -> "Routledge"; "(Stanford University Press)" -> its content."""
    text = text.strip(" .,;:")
    if len(text) > 2 and text[0] == "(" and text[-1] == ")" and "(" not in text[1:]:
        text = text[1:-1]
    if _CITY_PUBLISHER.fullmatch(text):
        text = without_place(text)
    return clean(text)


# a book's editors after its title, given first: ", ed. Mary Jones", ", edited by Terry Caelli",
# ", eds. A. Vértes et al."
_BOOK_THEN_EDITORS = re.compile(r",\s*(?:eds?\.|edited\s+by)\s+(?=[A-Z][a-z]|[A-Z]\.\s?[A-Z])")
# one editor's name with initials: "Kelley WN", "K. Arrow", "C. D. Darlington"
_EDITOR_NAME = re.compile(r"[\w'’-]+(?:\s[\w'’-]+)?\s[A-Z]{1,3}|(?:[A-Z]\.\s*)+[\w'’-]+|et al\.?")
_EDITOR_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|\s(?:and|&)\s+)")


def _editor_names(text: str) -> bool:
    """ "Kelley WN", "K. Arrow, S. Bowles, and S. Durlauf": the editors, named before the book
    (not "The Oxford Handbook of Time")."""
    parts = _EDITOR_SEPARATOR.split(text.strip())
    return all(_EDITOR_NAME.fullmatch(part) for part in parts if part)


def _container_after_title(
    rest: str, parsed: Fields, journal: bool = False, *, quoted: bool = False
) -> str | None:
    """What follows the title: a journal/site, "In: Editors, editors. Book", or a publisher."""
    rest = rest.strip(" .,;:")
    if not rest:
        return None
    pages_in = _PAGES_IN.match(rest)
    if pages_in is not None:
        # SBL: "Pages 250–64 in Rhetoric and the New Testament. Edited by Stanley E. Porter.
        # JSNTSup 90. Sheffield: JSOT Press": the chapter's pages, then its book
        parsed.kind = parsed.kind or "chapter"
        parsed.pages = parsed.pages or pages_in.group("pages")
        rest = rest[pages_in.end() :]
        imprint = IMPRINT_TAIL.search(rest)
        if imprint is not None:
            parsed.publisher = parsed.publisher or _publisher(imprint.group(1))
        book = book_before_makers(rest)
        if book is None:
            end = _title_end(rest)
            book = rest[: end[0]] if end else rest
        return clean(book)
    chapter = re.match(r"In:?\s+|in:\s+|dans\s+|En:\s+|Dans\s?:\s+", rest)
    if chapter and journal and ":" not in chapter.group() and not _EDITORS_END().search(rest):
        chapter = None  # "In Silico Biology 5:347": a journal whose name begins with "In"
    if chapter:
        parsed.kind = parsed.kind or "chapter"
        rest = rest[chapter.end() :]
        book_first = _BOOK_THEN_EDITORS.search(rest)
        if book_first and not _editor_names(rest[: book_first.start()]):
            # Chicago: "In The Oxford Handbook of Time, ed. Mary Jones, 12–30" (Vancouver's
            # "In: Kelley WN, ed. Textbook of …" names the editors first)
            return clean(rest[: book_first.start()])
        editors = _EDITORS_END().search(rest)
        if editors:
            rest = rest[editors.end() :]
        end = _title_end(
            rest,
            _ABBREVIATIONS | JOURNAL_WORDS | _MEETING_WORDS
            if _PROCEEDINGS.match(rest)
            else _ABBREVIATIONS,
        )
        return clean(rest[: end[0]] if end else rest)
    inner = _CHAPTER_IN.search(rest)
    if inner and inner.start() > 0:
        parsed.kind = parsed.kind or "chapter"
        rest = rest[: inner.start()]
    numbered = parsed.volume or parsed.issue or parsed.pages
    if (
        not numbered
        and not parsed.kind
        and (_CITY_PUBLISHER.fullmatch(rest) or _PUBLISHER.search(rest))
    ):
        parsed.kind = "book"
    if parsed.kind in ("book", "report", "thesis"):
        parsed.publisher = _publisher(rest)
        return None  # what follows a book's title is its publisher, not a container
    imprint = IMPRINT_TAIL.search(rest) if parsed.pages and not parsed.volume else None
    if imprint is not None and imprint.start() > 0 and _RANGE_ONLY.fullmatch(parsed.pages or ""):
        # "… Cell Lines. Human Tumor Cells in Vitro. New York: Plenum. pp. 115–159": a chapter's
        # pages, its book before the imprint
        parsed.kind = parsed.kind or "chapter"
        parsed.publisher = _publisher(imprint.group(1))
        rest = rest[: imprint.start()]
    makers = book_before_makers(rest) if quoted and not parsed.volume else None
    if makers is not None:
        # MLA: '"Three Hundred Ramayanas." Many Ramayanas. Ed. Paula Richman. Berkeley: …':
        # the book, then its editors or translators
        parsed.kind = parsed.kind or "chapter"
        rest = makers
    return clean(rest)


# SBL's chapter: "Pages 250–64 in Book"
_PAGES_IN = re.compile(rf"Pages?\s+(?P<pages>{_RANGE}|{_P})\s+in\s+(?=\S)")
# a book's editors or translators named after it, in a sentence of their own (MLA)
_MAKERS_AFTER_BOOK = re.compile(
    r"(?<=\w)\.\s+(?:Eds?\.|Edited\s+by|Trans\.|Translated\s+by)\s+(?=[A-Z])"
)


def book_before_makers(text: str) -> str | None:
    """ "Many Ramayanas" of "Many Ramayanas. Ed. Paula Richman. Berkeley": the book before the
    sentence that names its editors or translators; None when there is none, or when what stands
    before "Ed." or "Trans." is abbreviated ("Phil. Trans. R. Soc.", "Angew. Chem. Int. Ed.")."""
    makers = _MAKERS_AFTER_BOOK.search(text)
    if makers is None:
        return None
    book = text[: makers.start()]
    words = book.split()
    if len(words) < 2 or any(word.endswith(".") for word in words):
        return None
    return book


# ISO 4 abbreviations that journal names are built from ("J. Am. Chem. Soc.", "Phys. Rev. Lett.",
# "Class. Quantum Grav."): a dotted word from this list is part of a journal, not a title's end.
JOURNAL_WORDS = frozenset(
    """j jpn am chem soc biol phys rev lett proc natl acad sci res int mol med appl opt eur
    astron astrophys nucl instrum meth methods geophys math mod theor comput commun angew ed
    engl org inorg anal biochem biophys acta pharmacol pharm neurosci neurol physiol genet
    immunol microbiol virol ecol evol environ geol mech mater eng electron technol stat statist
    ann annu bull zool bot entomol paleontol ornithol mar sol surf cryst crystallogr struct gen
    exp clin pathol oncol cardiol endocrinol dermatol ophthalmol surg psychol psychiatr behav
    cogn sociol econ polit hist philos ling lit quant grav nat adv curr tech syst inf comp
    class math mathem trans lond acad sect ser suppl z fiz zh khim dokl izv vestn nauk usp inst
    publ
    jetp sov anat cell dev rep sel top commun ieee acm conf symp quart q prog instr geochim
    cosmochim astropart macromol polym spectrosc catal biotechnol yad
    arch intern dis pulm crit emerg gynecol neurosurg dent nurs prev biogeogr herpetol ichthyol
    primatol anthropol paleobiol tectonophys volcanol br miner stud
    acoust aeronaut agric agron anaesth anesth antimicrob archaeol atmos bacteriol bioinform
    biomater biomed bioorg carbohydr cardiovasc chromatogr clim colloid cytol diabetol diagn
    ecotoxicol educ electrochem electroanal embryol endocr epidemiol ethnopharmacol gastroenterol
    geogr geomorphol gerontol glaciol haematol hematol hepatol histochem hortic hydrol hyg
    immunopharmacol infect invertebr invest limnol magn metab metall meteorol microsc mineral
    morphol mycol nanotechnol nephrol neurobiol neurochem neurophysiol neuropsychol nutr obstet
    occup oceanogr orthop otolaryngol paediatr palaeogeogr palaeoclimatol palaeoecol parasitol
    pediatr petrol pharmaceut photochem photobiol phycol phytopathol pollut popul protozool
    psychopharmacol radiat radiol rehabil reprod resour respir rheumatol seismol semin softw
    supercond taxon teratol ther thromb toxicol transpl trop urol vasc vet commn phil opin
    numer accel agr aliment allerg anim archit artif austral biochim braz canad chin chir coll
    compos contemp cytogenet disabil dyn electr ergon ethol exper fac fam fertil genom gynaecol
    hered hum hydraul immun ind ing intellect interdiscip intern ital jap lat libr manag meas
    mem ment microb neth neuropsychiatr nord obes oecol oper pathog pers plann pol proced
    psychosom rec reg resusc rheum russ sch scand sens serv simul stoch surv sustain telecommun
    therm tob univ wildl
    mach intell graph netw vis recognit learn autom robot lang""".split()
)


def _dotted_journal_start(main: str, dotted_end: bool) -> int | None:
    """Start of a dotted abbreviated journal closing ``main`` ("J. Am. Chem. Soc",
    "Phys. Rev. D", "Class. Quantum Grav"), read backwards token by token, or None.

    Dotted words must be journal abbreviations (``JOURNAL_WORDS``) or single capitals, so that a
    title's last word ("... in Living Cells. J. Biol. Chem") stays with the title; a plain
    capitalised word may stand between them ("Quantum"). The run needs two dotted words, or one
    when the journal ended with a full stop before the volume ("J. Bacteriol. 180").
    """
    tokens = list(re.finditer(r"\S+", main[-120:]))
    offset = max(0, len(main) - 120)
    if len(tokens) < 2:
        return None
    dotted = 0
    start: int | None = None
    for index in range(len(tokens) - 2, -1, -1):
        token = tokens[index].group()
        core = token[:-1] if token.endswith(".") else token
        parts = [part for part in core.split(".") if part]
        if (
            token.endswith(".")
            and parts
            and all(
                (len(part) == 1 and part.isupper())
                or (part[0].isupper() and fold(part) in JOURNAL_WORDS)
                for part in parts
            )
        ):
            if (
                len(parts) > 1
                and all(len(part) == 1 for part in parts)
                and index > 0
                and tokens[index - 1].group() in _FUNCTION_WORDS
            ):
                # "Science in the U.S.A. Trends Neurosci": a country ends the title
                return offset + tokens[index + 1].start()
            dotted += len(parts)
            start = offset + tokens[index].start()
        elif token in ("&", "of", "and", "de", "der", "et") or (
            token[:1].isupper() and token.isalpha() and len(token) <= 12
        ):
            continue  # "Class. Quantum Grav": a plain word inside the abbreviated name
        else:
            if start is not None and len(token) > 1 and token[-1:] in ".?!":
                # "A survey of ranking. ACM Comput. Surv", "… Cells. Nature Rev. Neurosci": the
                # plain words between the title's end and the dotted run open the journal
                opening = tokens[index + 1]
                between = _token_at(tokens, start - offset) - (index + 1)
                if 0 < between <= 3:
                    start = offset + opening.start()
            break
    last = tokens[-1].group()
    if start is None or not (last[:1].isupper() or last[:1].isdigit()):
        return None
    if dotted >= 2 or (dotted >= 1 and dotted_end):
        return start
    return None


def _token_at(tokens: list[re.Match[str]], at: int) -> int:
    """The index of the token that starts at ``at``."""
    return next(index for index, token in enumerate(tokens) if token.start() == at)


_FUNCTION_WORDS = frozenset(
    "of and the in for on de et des der die und für fur & a an to y la le du di del della da at"
    " from with".split()
)
_JOURNAL_HEADS = frozenset(
    "nature proceedings acta annals journal philosophical transactions zeitschrift bulletin"
    " comptes archives annual reviews".split()
)
CONTAINER_PARTS = frozenset("part section series sect ser pt suppl supplement".split())


def _journal_like(chunk: str) -> bool:
    """A journal name as printed before its volume: short, capitalised words ("Current
    Biology", "Nature genetics", "eLife", "Plant, Cell & Environment"); not prose."""
    words = chunk.split()
    if not 1 <= len(words) <= 20 or len(chunk) > 200 or "?" in chunk or "!" in chunk:
        return False
    first = words[0].lstrip("(")
    if not first or not (first[0].isupper() or any(ch.isupper() for ch in first[1:])):
        return False
    content = [w.strip("(),:;.") for w in words]
    content = [w for w in content if w and fold(w) not in _FUNCTION_WORDS]
    lower = sum(1 for w in content if w[0].islower() and not any(ch.isupper() for ch in w))
    return lower * 2 <= len(content)


def _short_journal(main: str) -> bool:
    """ "ApJ", "MNRAS", "A&A", "Nature": a few words and no sentence end before a volume are a
    journal, not a title (a title before a volume would be followed by its journal)."""
    words = main.split()
    return (
        1 <= len(words) <= 3
        and _BOUNDARY.search(main) is None
        and "," not in main
        and _journal_like(main)
        and any(ch.isupper() for ch in main)
    )


def _journal_boundary(main: str) -> int | None:
    """Where the journal starts when a journal's volume/pages tail followed ``main``: after the
    last sentence end, so that a title with a sentence inside ("Demography. Broken limits to
    life expectancy. Science") keeps it, and a title ending in a capital ("... buforin I. J
    Immunol", "... Kir2.2. Nature") does not run into the journal."""
    last: int | None = None
    for count, match in enumerate(_BOUNDARY.finditer(main)):
        if count >= 60:
            return None
        index = match.start()
        following = main[match.end() : match.end() + 40].lstrip()
        next_word = following.split(" ", 1)[0]
        if following[:1] == "[" or (
            following[:1].islower() and not any(ch.isupper() for ch in next_word)
        ):
            continue
        if fold(next_word.rstrip(",.:")) in CONTAINER_PARTS:
            continue  # "Acta Crystallographica. Section D", "Phil Trans R Soc. Series B"
        if main[index] == ".":
            low = max(0, index - 40)
            word_start = max(main.rfind(" ", low, index), main.rfind("(", low, index), low - 1) + 1
            word = main[word_start:index]
            if not word.endswith(")") and (
                (fold(word) in _ABBREVIATIONS and not (len(word) > 1 and word.isupper()))
                or ("." in word and not any(c.isdigit() for c in word))
            ):
                continue  # (a stop after a bracket ends a sentence: "… sexta (L.). Chem Senses")
            if len(word) == 1 and word.isupper():
                before = main[max(0, word_start - 3) : word_start].rstrip()
                if len(before) >= 2 and before[-1] == "." and before[-2].isupper():
                    continue  # "Dr. J. C. Willis": initials inside the title
        last = match.end()
    if last is None or not _journal_like(main[last:]):
        return None
    # "Nature Reviews. Cancer", "Proceedings. Biological Sciences": the journal's own first part
    earlier = main[:last].rstrip()
    head_start = max(earlier.rfind(". ", 0, len(earlier) - 1), earlier.rfind("? "), -2) + 2
    head = earlier[head_start:].rstrip(".")
    words = head.split()
    if 1 <= len(words) <= 4 and fold(words[0]) in _JOURNAL_HEADS and _journal_like(head):
        return head_start
    if re.fullmatch(r"[A-Z]{3,6}", head) and len(main[last:].split()) >= 2:
        return head_start  # "AJNR. American Journal of Neuroradiology": its acronym first
    return last


_COMMA_IN = re.compile(r",\s+(?:in:|dans)\s+(?=[<A-ZÀ-Þ])")  # (French "…, dans Picus, 16")
_JOURNAL_IN = re.compile(r"[.?!]\s+In:\s+(?=\S)")


def _journal_in(main: str) -> tuple[int, int] | None:
    """Where the title ends and the journal starts when "In:" marks the journal before its
    volume (DIN 1505); None where it marks a book's editors or no journal follows."""
    marks = list(_JOURNAL_IN.finditer(main))
    if not marks:
        return None
    mark = marks[-1]
    journal = main[mark.end() :]
    if _EDITORS_END().search(journal) or not _journal_like(journal):
        return None
    return mark.start(), mark.end()


def _title_and_container(
    main: str, parsed: Fields, title_known: bool, journal: bool = False, dotted_end: bool = False
) -> None:
    main = main.strip(" .,;:")
    if not main:
        return
    if title_known:
        parsed.container = _container_after_title(main, parsed, quoted=True)
        return
    emphasis = _field_emphasis(main)
    if emphasis and emphasis[0] == 0:
        parsed.title = clean(_descriptors(main[: emphasis[1]], parsed), title=True)
        if not parsed.kind and main[emphasis[1] :].strip(" .,;:"):
            parsed.kind = "book"
        after = main[emphasis[1] :].strip(" .,;:")
        second = _field_emphasis(after) if journal and after.startswith("*") else None
        if second is not None and second == (0, len(after)):
            # "*Arabidopsis thaliana*. *Annual Review of Genetics* 21": an article's title
            # wholly in italics, then its journal's
            parsed.kind = "journal"
            parsed.container = clean(after)
            return
        if after.startswith("In ") or after.startswith("In:"):
            parsed.container = _container_after_title(after, parsed)
        elif after:
            parsed.publisher = _publisher(after)
        return
    if main[0] in _QUOTE_PAIRS:
        close = quote_close(main)
        if close > 1 and (main[close - 1] in ".,?!" or main[close + 1 : close + 2] in (".", ",")):
            parsed.title = clean(main[: close + 1], title=True)
            rest = main[close + 1 :]
            book = _field_emphasis(rest)
            if book is not None and re.match(r"[\s,.]*in\b", rest, re.IGNORECASE):
                # "“Recent advances …,” in W. P. Luckett and F. S. Szalay (eds.), *Phylogeny
                # of the Primates.* New York": the book the author marked
                parsed.kind = parsed.kind or "chapter"
                parsed.container = (clean(rest[book[0] : book[1]]) or "").removesuffix(".") or None
                parsed.publisher = parsed.publisher or _publisher(rest[book[1] :].strip(" .,;:"))
                return
            parsed.container = _container_after_title(rest, parsed, quoted=True)
            return
    if emphasis:
        before = main[: emphasis[0]]
        chapter = _CHAPTER_IN.search(before)
        if chapter and chapter.start() > 0:
            parsed.kind = parsed.kind or "chapter"
            before = before[: chapter.start()]
        parsed.title = clean(before, title=True)
        parsed.container = clean(_descriptors(main[emphasis[0] : emphasis[1]], parsed))
        return
    if journal:
        marked = _journal_in(main)
        if marked is not None:
            # DIN's "Title. In: Nature Reviews. Molecular Cell Biology 9 (2008)": the journal
            # runs from "In:" to its volume, stops and all
            parsed.title = clean(main[: marked[0]], title=True)
            parsed.container = clean(main[marked[1] :])
            parsed.kind = parsed.kind or "journal"
            return
        start = _dotted_journal_start(main, dotted_end)
        if start == 0 or (start is None and _short_journal(main)):
            parsed.container = clean(main)  # "Phys. Rev. B 79, 235321": no title printed
            return
        if start is None:
            start = _journal_boundary(main)
        if start is not None and main[:start].strip(" .,;:"):
            title = main[:start].rstrip()
            if title.endswith(".") and not title.endswith(".."):
                title = title[:-1]  # the sentence end before the journal ("... buforin I.")
            parsed.title = clean(title, title=True)
            parsed.container = _container_after_title(main[start:], parsed, journal=True)
            return
    end = _title_end(main)
    if (
        end is not None
        and parsed.kind == "book"
        and parsed.publisher
        and not _CHAPTER_IN.search(main)
        and not _PUBLISHER.search(main[end[1] :])
    ):
        end = None  # Nature's "Animals and ancestors. An ethnography (Oxford, Berg, 2000)": the
        # imprint in brackets was read, what the title's stop leaves is its subtitle
    din_in = _JOURNAL_IN.search(main, end[1]) if end is not None else None
    if (
        end is not None
        and din_in is not None
        and not re.search(r"\d", main[end[1] : din_in.start()])
    ):
        # "Wege aus der Erschöpfung. Die Universitäten, die Politik … Tod. In: Der
        # Tagesspiegel": DIN's "In:" closes the title, its subtitle's sentences and all
        end = din_in.start() + 1, din_in.start() + 1
    chapter = _COMMA_IN.search(main, 0, end[0] if end else len(main))
    if chapter is not None:  # "Vorbemerkungen, in: Hans Eberwein (Hrsg.): Einführung …"
        end = chapter.start(), chapter.start() + 1
    if end is None:
        parsed.title = clean(main, title=True)
        return
    parsed.title = clean(main[: end[0]], title=True)
    parsed.container = _container_after_title(main[end[1] :], parsed)


# The language an entry is written in, noted at its end: "(in German)", "[In Russian with English
# summary]" (not "(in press)" or "(in preparation)", which are years)
_LANGUAGE_NOTE = re.compile(
    r"[(\[]\s*(?:article\s+)?in\s+(?!press\b|preparation\b|print\b)[^\W\d_]{3,}"
    r"(?:\s+with\s+[^\W\d_]+\s+(?:summary|abstract|summaries))?\s*[)\]]\.?$",
    re.IGNORECASE,
)


def _book_pages_as_volume(body: str, parsed: Fields) -> bool:
    """A book's number read as a volume is its pages, unless the entry labels it a volume ("The
    Art of Computer Programming, Vol. 3 (Addison-Wesley, 1973)")."""
    volume = parsed.volume
    return bool(
        parsed.kind == "book"
        and volume
        and not parsed.pages
        and not parsed.issue
        and not re.search(
            rf"\b(?:vol\.?|volume|t\.|v\.|bd\.)\s*{re.escape(volume)}\b", body, re.IGNORECASE
        )
    )


# the French (and Italian, Spanish) imprint after a book's title, place then publisher, with
# commas, and the series after it: "La reproduction, Paris, Minuit", "L'école des chances,
# Paris, Seuil, coll. « La République des idées »"
_COMMA_IMPRINT = re.compile(
    r",\s+(?P<place>[A-Z][^\W\d_][\w'’ -]{1,30}?)(?:\s*\([A-Z]{2,3}\))?,\s+"
    r"(?P<publisher>[A-Z][^,()«»\d]{1,60}?)"
    r"(?:,\s+(?:coll\.|collection|collana|colección)\s*[«\"“][^»\"”]{1,80}[»\"”])?$"
)


def _comma_imprint(main: str, parsed: Fields) -> str:
    """The place and publisher closing a book's entry after commas, where the place is known."""
    imprint = _COMMA_IMPRINT.search(main)
    if imprint is None or imprint.start() == 0 or not is_place_name(imprint.group("place")):
        return main
    publisher = imprint.group("publisher").strip()
    if (
        _MONTH_SEGMENT.fullmatch(publisher)
        or _REGION_SEGMENT.fullmatch(publisher)
        or is_place_name(re.split(r"\.\s", publisher, maxsplit=1)[0])
        or _MEETING.search(main) is not None
    ):
        # "…, Paris, France, May": where and when a meeting met; "The global city: New York,
        # London, Tokyo. Princeton University Press": places named by the title
        return main
    parsed.publisher = clean(publisher)
    parsed.kind = parsed.kind or "book"
    return main[: imprint.start()]


# ACS's book imprint after a semicolon, the publisher before its place: "Polymer Chemistry;
# Wiley: Hoboken, NJ" (the year already read)
_ACS_IMPRINT = re.compile(
    r";\s+(?P<publisher>[A-Z][^;:]{1,80}?):\s*(?P<place>[A-Z][^;:,]{1,40}(?:,\s*[A-Z][\w. ]{1,30})?)$"
)


def _acs_imprint(main: str, parsed: Fields) -> str:
    """ACS's "Title; Publisher: Place": the book's publisher, read apart from its title (the
    rules read "Place: Publisher" elsewhere; here the known place comes after the colon)."""
    found = _ACS_IMPRINT.search(main)
    if found is None or found.start() == 0:
        return main
    publisher, place = found.group("publisher").strip(), found.group("place")
    city, _, region = place.partition(",")
    if is_place_name(publisher) or not (
        is_place_name(city.strip()) or _REGION_SEGMENT.fullmatch(region.strip())
    ):
        return main
    parsed.publisher = publisher
    parsed.kind = parsed.kind or "book"
    return main[: found.start()]


_BRACKETED_YEAR = re.compile(rf"\(\s*({YEAR})[a-z]?\s*\)")


def _parse_body(body: str, parsed: Fields, title_known: bool) -> None:
    body = body.strip().lstrip(".,;:) ").rstrip(" .,;:")
    body = _descriptors(body, parsed)
    lowered = body.lower()
    if " ed" in lowered:
        body = _EDITION().sub("", _EDITION_CLOSE().sub(".", body))
        # what "(2nd ed.)" leaves, and ACS's "Title, 2nd ed.; Wiley: …"
        body = re.sub(r"\s*(?:\(\s*\)|\[\s*\])|,\s*(?=;)", "", body)
    if (
        not parsed.kind
        and ("thesis" in lowered or "dissertation" in lowered)
        and _THESIS().search(body)
    ):
        parsed.kind = "thesis"
    body = _detail_parens(body, parsed).rstrip(" .,;:")
    if body.endswith(")"):
        paren = _PUBLISHER_PAREN.search(body, max(0, len(body) - 120))
        dated = paren is not None and re.fullmatch(
            rf"{_MONTH}\.?,?", paren.group("p").strip(), re.IGNORECASE
        )
        if paren and dated and paren.start() > 0:
            # a month and year, no publisher: "… Working Group (September 2004)" ends the
            # entry with its date (but ACM's "63, 9 (September 1975)", "Article 112 (Aug.
            # 2021)" date a journal's numbers, which its tail reads with them)
            if not re.search(r"\d\s*$", body[: paren.start()]):
                parsed.year = parsed.year or paren.group("y")
                body = body[: paren.start()].rstrip(" .,;:")
        elif paren and paren.start() > 0 and not parsed.volume:
            parsed.year = parsed.year or paren.group("y")
            parsed.publisher = _publisher(paren.group("p"))
            parsed.kind = parsed.kind or "book"
            body = body[: paren.start()].rstrip(" .,;:")
    if "press" in body[-12:].lower():
        in_press = _IN_PRESS_END.search(body)
        if in_press and in_press.start() > 0:  # "PLoS Med. (in press)."
            parsed.year = parsed.year or "in press"
            body = body[: in_press.start()].rstrip(" .,;:")
    language = _LANGUAGE_NOTE.search(body, max(0, len(body) - 60))
    if language and language.start() > 0:  # "… 11: 348-363. (in German)": a note, not a field
        body = body[: language.start()].rstrip(" .,;:")
    if not parsed.year:  # "..., 54(2):91–98, 2011." / "... Press, 2014.": the year closes it
        window_start = max(0, len(body) - 40)
        closing = _TRAILING_YEAR().search(body, window_start)
        # (not one page after the year and volume: ACS's "Science 2006, 314, 1564", Chicago
        # notes' "Science 314 (2006): 1564")
        if (
            closing
            and closing.start() > 0
            and not _ACS_TAIL.search(body, window_start)
            and not _NOTES_PAGE.search(body, window_start)
        ):
            parsed.year = closing.group("year")
            body = body[: closing.start()].rstrip(" .,;:")
    numbered = (parsed.volume, parsed.pages)
    publisher = parsed.publisher
    main = _numeric_tail(body, parsed)
    if parsed.pages is None and ("p" in main.lower()):
        # "..., in Optics East, pp. 82--96, SPIE, Oct.": labelled pages shortly before the end
        found = list(_LABELLED_PAGES.finditer(main, max(0, len(main) - 200)))
        labelled = found[-1] if found else None
        if (
            labelled is not None
            and len(main) - labelled.end() <= 60
            and not re.match(r"\s+in\s", main[labelled.end() :])  # (SBL's "Pages 1–20 in Book")
        ):
            parsed.pages = labelled.group(1)
            main = main[: labelled.start()].rstrip(" ,;:(")
    journal = (
        (parsed.volume, parsed.pages) != numbered
        and parsed.volume is not None
        and parsed.publisher == publisher  # (else a book's labelled volume, then its imprint)
    )
    dotted_end = main.rstrip()[-1:] == "."
    main = main.rstrip(" .,;:")
    if not parsed.year:
        window_start = max(0, len(main) - 60)
        trailing = _TRAILING_YEAR().search(main, window_start)
        if trailing and trailing.start() > 0:
            parsed.year = trailing.group("year")
            main = main[: trailing.start()]
    if _book_pages_as_volume(body, parsed):
        parsed.pages, parsed.volume = parsed.volume, None
    if not journal and parsed.publisher is None and ";" in main:
        main = _acs_imprint(main, parsed)
    if not journal and parsed.publisher is None and "," in main:
        main = _comma_imprint(main, parsed)
    _title_and_container(main, parsed, title_known, journal, dotted_end)
    if _book_pages_as_volume(body, parsed):
        parsed.pages, parsed.volume = parsed.volume, None
    if not parsed.year:
        # the last year printed, or the one in brackets: "Met. 29 (2009) 1579" (a page after it)
        bracketed = _BRACKETED_YEAR.findall(body)
        years = bracketed if len(bracketed) == 1 else _PRINTED_YEAR.findall(body)
        if years:
            parsed.year = years[-1]


def _identifiers(text: str, parsed: Fields) -> tuple[int, re.Match[str] | None]:
    """DOI, URLs and the access date; returns where the bibliographic part ends (the first
    identifier) and the access note, which may stand anywhere ("2015 [cited ...];12:3")."""
    cut = len(text)
    doi = find_doi(text)
    if doi is not None:
        parsed.doi = doi.doi
        parsed.doi_raw = doi.raw if doi.malformed else None
        cut = doi.start
    urls = find_urls(text)
    parsed.urls = tuple(url for url, _, _ in urls)
    for url, start, _end in urls:
        cut = min(cut, start)
        # a resolver's link is the DOI written as a link; a publisher's page that has the DOI
        # in its path ("https://link.aps.org/doi/10.1103/…") is a link of its own
        if parsed.url is None and "doi.org/" not in url.lower():
            parsed.url = url
    lowered = text.lower()
    if any(word in lowered for word in _NOTE_WORDS):
        note = _NOTES.search(text)
        if note and note.start() > 0:
            cut = min(cut, note.start())
    medium = _MEDIUM_END.search(text, max(0, len(text) - 12))
    if medium is not None:
        cut = min(cut, medium.start())
    if "published" in lowered:
        original = _ORIGINAL_NOTE.search(text)
        if original is not None and original.start() > 0:
            cut = min(cut, original.start())
    best: re.Match[str] | None = None
    for keys, pattern in _ACCESSED:
        if not any(key in lowered for key in keys):
            continue  # cheap test first: these patterns are slow on every entry
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is not None:
        parsed.accessed = " ".join(best.group("d").split()).rstrip(".,") or None
    return cut, best


_SPACE_BEFORE = _lazy(r"(?<=([\w)\]])) +([,;.:)\]])(?=(\w?))|([(\[]) +")
_SPACED_SCHEME = re.compile(r"\b(https?|ftp) ?: ?// ?", re.IGNORECASE)
# a host name spaced around its dots by PDF extraction: "http://www .ncbi .nlm.nih.gov/"
# (only a host followed by its path: "see http://a.org. Then" ends a sentence)
_SPACED_HOST = re.compile(r"(?<=://)[\w-]+(?: ?\. ?[a-z0-9-]+)+(?=[/:?#])")
_SAME_AUTHORS = re.compile(r"[—–-]{2,}\s*[.,:]?\s*")
_LEADING_YEAR = re.compile(rf"(?P<y>{YEAR}[a-z]?)[.,:]\s+")
_ITALIC_TAG = re.compile(r"</?(?:italic|i|em|cite)>", re.IGNORECASE)
_ITALIC_PAIR = re.compile(r"<(italic|i|em|cite)>([^<>]*)</\1>", re.IGNORECASE)


def _italic_pair(match: re.Match[str]) -> str:
    """A pair of italic tags as Markdown emphasis, or as nothing where it sets letters inside
    a word apart ("Per<italic>s</italic>ulfide", "<italic>N</italic>5-monooxygenase"), which
    Markdown cannot mark."""
    text, start, end = match.string, match.start(), match.end()
    inside_word = (start > 0 and text[start - 1].isalnum()) or (
        end < len(text) and text[end].isalnum()
    )
    return match.group(2) if inside_word else f"*{match.group(2)}*"


_SPACED_DOI = re.compile(r"\b10\. (?=\d{4,9}/)")
# the full date after the year, "2014 2014/06/26", "2014 5 August 2014", and the article number
# as a count of pages, ":[e506 p.]", in the NLM style of reference managers
_SLASHED_DATE = re.compile(
    r"\b((?:19|20)\d\d) (?:\1/\d\d?/\d\d?|\d\d? [A-Z][a-z]{2,8}\.? \1|[A-Z][a-z]{2,8}\.? \d\d?,? \1)\b"
)
_BRACKETED_ARTICLE = re.compile(r":\s*\[([A-Za-z]\d+)\s+p\.?\]")
# a chapter's book after its title with no full stop between, which both parsers want: "… of
# elasmobranchs In: Carrier JC, …, editors.", "… Genome In: 19th International Conference …"
# (not "Autismus In: Lernen Konkret 3(1984)1", German's journal and its volume, which the
# labeller reads better as printed)
_BARE_IN = re.compile(r"(?<=[^\W\d]|\))(?= In: [A-Z0-9](?![^.;]{0,80}?\s\d{1,4}\s*[(:,.]))")


def _in_quotes(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quoted title ("“Bringing the State Back In: Strategies …”"),
    where "In:" is the title's own words."""
    head = text[:at]
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _close_up(match: re.Match[str]) -> str:
    """ " ,2343" -> ", 2343"; " .Lett" -> ". Lett"; " )" -> ")"; "( " -> "("."""
    if match.group(4):
        return match.group(4)
    before, mark, following = match.group(1), match.group(2), match.group(3)
    if (
        following
        and mark in ",;.:"
        and not (mark == "." and before.isdigit() and following.isdigit())
    ):
        return f"{mark} "
    return mark


def tidy(text: str) -> str:
    """Undo the spacing of text extracted from PDFs: "Phys .Rev .Lett .54 ,2343 ( 1985)",
    "http ://", "doi:10. 1103/...". Field values are read from this copy, never offsets."""
    if " ," in text or " ." in text or "( " in text or " ;" in text or " )" in text:
        text = _SPACE_BEFORE().sub(_close_up, text)
    if "://" in text or ": //" in text or " :" in text:
        text = _SPACED_SCHEME.sub(lambda m: m.group(1) + "://", text)
        text = _SPACED_HOST.sub(lambda m: m.group().replace(" ", ""), text)
    if "10. " in text:
        text = _SPACED_DOI.sub("10.", text)
    if "<" in text:  # "<italic>Journal</italic>" (HTML/JATS markup): read as Markdown emphasis
        text = _ITALIC_TAG.sub("*", _ITALIC_PAIR.sub(_italic_pair, text))
    if " In: " in text:
        text = _BARE_IN.sub(lambda m: "" if _in_quotes(m.string, m.start()) else ".", text)
    # reference managers' NLM: "2014 2014/06/26;2:[e506 p.]", "2014 5 August 2014; 2."
    text = _SLASHED_DATE.sub(r"\1", text)
    if "p.]" in text:
        text = _BRACKETED_ARTICLE.sub(r":\1", text)
    return text


# a count of pages, which is no journal or book ("368 pp", "209 p.")
_PAGE_COUNT = re.compile(r"[\d\s.,;:()\-–—]*\d+\s*(?:pp?|pages|S|с)\.?")
# one page range standing as a word of its own ("401-434", "R328–333")
_PAGE_RANGE = re.compile(r"(?<![\w.])[A-Za-z]?\d+\s*[-–—]\s*[A-Za-z]?\d+(?![\w.])")


# a book's count of pages at the end of its imprint ("Wiley. 358 p.", "Pogonias Press. viii + 263 p")
_COUNT_END = re.compile(r"[.,;]?\s*(?:[ivxlc]+\s*\+\s*)?\d+\s*(?:pp?|pages)\.?$")


def bare_publisher(fields: Fields) -> None:
    """The publisher's name alone, whichever parser read it: without a book's count of pages
    ("Wiley Interscience. 358 p."; the count stays the pages, as printed), an edition or a
    thesis's genre before it ("2nd edn. London: Routledge", "PhD thesis. Seoul National
    University"), the place ("Oxford: Blackwell", "Cambridge (MA): MIT Press"), or the
    container's name ("Quantitative EPR. Springer-Verlag"; a publisher that only repeats the
    container stays, as either may be the misread one)."""
    publisher = fields.publisher
    if not publisher:
        return
    container = fields.container
    if container and re.match(rf"[Ii]n:?\s+{re.escape(container)}", publisher):
        publisher = publisher.split(None, 1)[1]  # "in Resources of Hope: …, ed. Robin Gable"
        publisher = "" if publisher == container else publisher
    if container and publisher.startswith(container) and publisher != container:
        publisher = publisher[len(container) :].lstrip(" .,;:")  # "Quantitative EPR. Springer"
        if not re.match(r"[A-Z][a-z]", publisher) or publisher.lower().startswith("published"):
            publisher = ""  # "Malar J 10", "Nature published online 28 August": no publisher
    title = fields.title
    if title and publisher.startswith(f"{title}.") and len(publisher) > len(title) + 2:
        # "Race, Language and Culture. New York: Macmillan": the title run into the imprint
        publisher = without_place(publisher[len(title) + 1 :].strip())
    count = _COUNT_END.search(publisher)
    if count is not None and count.start() > 0:
        publisher = publisher[: count.start()].rstrip(" .,;")
    publisher = _PUBLISHER_LEAD.sub("", publisher)
    if fields.year and publisher.endswith(f". {fields.year}"):
        publisher = publisher[: -len(fields.year) - 2]  # "Qingdao University. 2002"
    if fields.year and publisher.endswith(f" ({fields.year})"):
        # Springer's LNCS: "Cambridge University Press, Cambridge (2000)", the year
        publisher = publisher[: -len(fields.year) - 3].rstrip(" ,")
    # the place after the name: "Springer, Heidelberg", "Harvard Univ. Press, Cambridge, Mass."
    publisher = without_trailing_place(publisher)
    publisher = without_place(publisher)
    if publisher.startswith("(") and ")" not in publisher:
        publisher = publisher[1:]  # "(Wiley" of "3rd ed. (Wiley, New York, 1999)"
    fields.publisher = publisher.strip(" .,;") or None


_TRANSLATED_BY = r"(?:Translated\s+by|[ÜU]bersetzt\s+von|Traduit\s+par)"
# what may end a book's title but is no part of it: its edition (", 2 ed.", ". 2. vyd.", ",
# 3rd edition", ", 2. Aufl."), its translator or editors (", trans. James Murphy", ", eds",
# ". Übersetzt von Johann Jancke", APA's "(J. Strachey, Trans.)"), its genre in brackets
# ("(Report)"), how many volumes
_TITLE_TAIL = re.compile(
    r"(?:[.,]\s*\d{1,2}(?:st|nd|rd|th|e|\.)?\s*(?i:rev\.\s*|revised\s+)?"
    r"(?i:ed|edn|edition|vyd|wyd|aufl|éd|izd|изд)\.?"
    r"|,\s*(?i:translated\s+by|edited\s+by)\s+[A-Z].*"
    r"|,\s*(?i:trans\.|eds?\.?)"
    r"(?:\s+[A-Z][\w.'’-]*(?:\s+(?:&\s+)?[A-Z][\w.'’-]*){0,4})?"
    rf"|\.\s*{_TRANSLATED_BY}\s+[A-Z][^.]{{2,60}}"
    r"|\.\s*Trans\.\s+[A-Z][a-z]+(?:\s+[A-Z][\w.'’-]*){1,3}"  # MLA: ". Trans. Timothy Bahti"
    r"|\s*[(\[](?i:report|technical\s+report|doctoral\s+dissertation|master'?s\s+thesis"
    r"|computer\s+software|software)[)\]]"  # (NLM's "[computer program]" stays, as PLOS prints)
    r"|\.\s*\d{1,2}\s+vols?\.?"  # how many volumes: ". 2 vols."
    # APA's makers in brackets: "(J. Strachey, Trans.)", "(Q. Hoare, & G. Smith, Eds., & Trans.)"
    r"|\s*\([^()]{1,150}?,?\s*(?:Eds?\.|Trans\.)(?:,?\s*(?:&|and)\s*Trans\.)?\))$"
)

_TRANSLATOR = re.compile(rf"{_TRANSLATED_BY}\s")
# the editors named after a book's title, family first: ", Solomon S, Qin D, editors", ",
# Solomon, S, Qin, D, et al., editors", " (Solomon S, Qin D, eds)"
_EDITORS_CLOSE = re.compile(r"(?:,\s*|\s+)(?i:editors?|eds?)\.?\)?$")
_NAMES_OPEN = re.compile(r",\s+|\s+\(")


def _editors_tail(title: str) -> int | None:
    """Where the editors named after a book's title start, if they do: the earliest comma (or
    bracket) after which everything up to "editors" is family names with initials."""
    close = _EDITORS_CLOSE.search(title, max(0, len(title) - 12))
    if close is None:
        return None
    names = title[: close.start()]
    for opening in _NAMES_OPEN.finditer(names):
        if len(names[: opening.start()].split()) < 2:
            continue
        if (opening.group().strip() == "(") != title.endswith(")"):
            continue
        if initialled_names(names[opening.end() :]):
            return opening.start()
    return None


def initialled_names(text: str) -> bool:
    """ "Solomon S, Qin D", "Solomon, S, Qin, D, et al.": persons, each with initials (not
    "The Physical Science Basis, Solomon S", which the lenient name parser would accept)."""
    persons = parse_authors(text)
    return (
        persons is not None
        and not persons.corporate
        and bool(persons.persons)
        and all(
            person.given and all(is_initials(part) for part in person.given.split())
            for person in persons.persons
        )
    )


# a dataset's accession after the database that holds it: "RCSB Protein Data Bank. 1JFF",
# "ProteomeXchange. PXD001805", "NCBI Gene Expression Omnibus. GSE47091", "ArrayExpress.
# E-MTAB-1234"
# (not a year: "Qingdao University. 2002")
_ACCESSION_AFTER = re.compile(
    r"\.\s+(?=[A-Z0-9-]*\d)(?!(?:1[5-9]|20)\d\d$)[A-Z]{0,6}(?:-[A-Z]{1,6}-)?\d[A-Z0-9_.-]{2,}$"
)


def bare_database(fields: Fields) -> None:
    """A dataset's database without the accession that follows it, whichever parser read it;
    the database that holds a dataset is its container, where a parser took it for the
    publisher."""
    if fields.volume or fields.issue or fields.pages:
        return
    for name in ("container", "publisher"):
        value = getattr(fields, name)
        accession = _ACCESSION_AFTER.search(value) if value and "." in value else None
        if value and accession is not None and accession.start() > 0:
            setattr(fields, name, None)
            fields.container = value[: accession.start()].strip() or None
            return


# a meeting's proceedings, which IEEE follows with where and when it met
_MEETING = re.compile(
    r"\b(?:Proc\b|Proceedings|Conf\b|Conference|Symp\b|Symposium|Workshop|Congress|Meeting)"
)
# a month, with its days and year: "Jun.", "May 3-5", "12–14 Sept.", "3 February 2002"
_MONTH_SEGMENT = re.compile(
    rf"(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+)?{MONTH_NAME}(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?"
    rf"(?:\s+{YEAR})?"
)
# a region's code or a country written short: "NV", "USA", "U.K."
# (and a US state as older styles cut it: "Beverly Hills, Calif.", "Boca Raton, Fla.")
_REGION_SEGMENT = re.compile(
    r"[A-Z]{2}|U\.?S\.?A\.?|U\.?K\.?|P\.?R\.? China"
    r"|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ill|Kan|Mass|Mich|Minn|Miss|Mont|Neb|Nev|Okla|Tenn"
    r"|Tex|Wash|Wis|Wyo)\.?"
)
# the city before its region: capitalised words, no abbreviation ("Las Vegas", "Tahoe City")
_CITY_SEGMENT = re.compile(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}")


def conference_place(fields: Fields) -> None:
    """A meeting's proceedings without the place and month that follow its name, whichever
    parser read them into it: "Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), Las
    Vegas, NV, USA, Jun" is "Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR)"."""
    container = fields.container
    if container and "," in container and _MEETING.search(container) is not None:
        fields.container = without_trailing_place(container, months=True)


def without_trailing_place(value: str, months: bool = False) -> str:
    """``value`` without the place (and, with ``months``, the date) its last parts name, parts
    being split by commas or semicolons: "Whippoorwill Press, Winnipeg, Manitoba, Canada" is
    "Whippoorwill Press". A place is a city followed by its region or country, or a place
    known by name ("Ernest Benn Ltd, London"); a region's code alone may be the name's own
    ("Proceedings of the National Academy of Sciences, USA"). The first part always stays;
    a date before the place goes too ("…; 3 February 2002; Cambridge, MA, USA")."""
    while (shorter := _without_last_place(value, months)) != value:
        value = shorter
    return value


def _without_last_place(value: str, months: bool) -> str:
    cuts = [found.start() for found in re.finditer(r"\s*[,;]\s*", value)]
    segments = re.split(r"\s*[,;]\s*", value)
    keep = len(segments)
    while months and keep > 1 and _MONTH_SEGMENT.fullmatch(segments[keep - 1].strip(" .")):
        keep -= 1
    dated = keep
    while keep > 1 and (
        _REGION_SEGMENT.fullmatch(segment := segments[keep - 1].strip(" ."))
        or is_place_name(segment)
    ):
        keep -= 1
    city = segments[keep - 1].strip() if keep > 1 else ""
    if keep < dated and _CITY_SEGMENT.fullmatch(city) and _MEETING.search(city) is None:
        keep -= 1  # the city before its region
    elif keep == dated - 1 and not is_place_name(segments[keep].strip(" .")):
        keep = dated  # one region's code alone, no city: the name's own
    if keep == len(segments):
        return value
    return value[: cuts[keep - 1]].rstrip(" ,;") or value


_LINK_START = re.compile(r"\s*(?:https?://|doi\.org/|www\.)", re.IGNORECASE)


def container_without_link(fields: Fields) -> None:
    """The container without a link run into it, whichever parser read it: Nature's data
    citation "Zenodo https://doi.org/10.5281/zenodo.123456 (2020)" is "Zenodo"."""
    container = fields.container
    if not container or "/" not in container:
        return
    link = _LINK_START.search(container)
    if link is not None and link.start() > 0:
        fields.container = container[: link.start()].rstrip(" .,;:") or container


_YEAR_TOKEN = re.compile(rf"(?<![\d./-])({YEAR})(?![\d/-])")


def page_or_year(fields: Fields, raw: str) -> None:
    """One number read as both the (first) page and the year, whichever parser read it:
    printed twice, it is the year closing a journal's numbers ("(2006). … 14(1), 2006.");
    printed once beside one other year, it is the page ("J. Phys. G18 (1992) 1575", "Golay
    M.J.E., 1964, Analytical Chem., 36, 1627", "Soc. 351 (1999), no. 4, 1663–1690"), and of two
    other years the one in brackets is the entry's ("… in 2010, … C 72 (2012)1849")."""
    year, pages = fields.year or "", fields.pages or ""
    if not year or (pages != year and not re.match(rf"{year}\s*[-–]", pages)):
        return  # (a page range that only opens with the same digits: "20145-20150")
    text = " ".join(raw.split())
    if pages == year and text.count(year) >= 2:
        fields.pages = None
        return
    rest = text.replace(pages, " ")  # (not the range's end: "298:2002–2006")
    others = {found for found in _YEAR_TOKEN.findall(rest) if found != year}
    bracketed = {found for found in _BRACKETED_YEAR.findall(rest) if found != year}
    if len(others) == 1 or len(bracketed) == 1:
        fields.year = (bracketed if len(bracketed) == 1 else others).pop()


def mla_issue(fields: Fields, raw: str) -> None:
    """MLA's volume and issue joined by a stop, "Critical Inquiry 3.3 (1977): 439-47": volume 3,
    issue 3, whichever parser read "3.3" as the volume."""
    volume = fields.volume or ""
    joined = re.fullmatch(r"(\d{1,4})\.(\d{1,3})", volume)
    if joined is None or fields.issue:
        return
    if re.search(rf"(?<![\d.]){re.escape(volume)}\s*\((?:1[5-9]|20)\d\d\)\s*:", raw):
        fields.volume, fields.issue = joined.group(1), joined.group(2)


_CHAPTER_END = re.compile(rf",?\s+{CHAPTER_WORD}\.?(?:\s*\d+)?$", re.IGNORECASE)


def bare_chapter(fields: Fields, raw: str) -> None:
    """No chapter's number in the book's name or as its volume, whichever parser read it
    ("Advances in Knowledge Discovery and Data Mining, chapter 12, pages 307-328")."""
    if fields.container:
        fields.container = _CHAPTER_END.sub("", fields.container) or fields.container
    volume = re.escape(fields.volume or "")
    if (
        volume
        # (not the initials "CH" of "Wu CH. 2012")
        and re.search(rf"\b(?:[Cc]hapter|[Cc]hap\.|[Cc]h\.)\s*{volume}\b", raw)
        and not re.search(rf"\b(?:vol|volume)\.?\s*{volume}\b", raw, re.I)
    ):
        fields.volume = None


def bare_title(fields: Fields) -> None:
    """The title without what ends it but belongs to the book's description, whichever parser
    read it (an edition, a translator or editors, a genre in brackets); no translator's line
    for a container."""
    if fields.title:
        fields.title = _TITLE_TAIL.sub("", fields.title).rstrip(" .,;:") or fields.title
        editors = _editors_tail(fields.title) if "ed" in fields.title[-10:].lower() else None
        if editors is not None:
            fields.title = fields.title[:editors].rstrip(" .,;:")
    if fields.container and _TRANSLATOR.match(fields.container):
        fields.container = None  # "Übersetzt von Johann Jancke. Leipzig": the translator's line


# what may stand before a publisher's name: an edition, a thesis's genre
_PUBLISHER_LEAD = re.compile(
    # (German, French, Spanish editions: "2. Aufl.", "3e éd.", "2.ª ed.")
    r"^(?:\d+(?:st|nd|rd|th)\s+edn?\.?|\d+\.\s*(?:Aufl(?:age)?|Ausg)\.?|\d+(?:e|ème)\s+[ée]d\.?"
    r"|\d+\.?\s*[ªa]\s+ed\.?|(?:PhD|Ph\.\s?D\.|MSc|MA|MS|MPhil|M\.\s?(?:S|Sc|A|Phil)\."
    r"|Master'?s?|Doctoral)\s+"
    r"(?:thesis|dissertation)"
    # the translator's or editor's line before the imprint: "Translated by Lydia G. Cochrane."
    r"|(?:Translated|Edited)\s+by\s+(?:[A-Z]\.\s*|[^.])+?\.(?=\s+[A-Z])"
    # MLA's, before a comma: "Translated by Richard Nice, Harvard UP"
    r"|(?:Translated|Edited)\s+by\s+(?:[A-Z]\.\s*|[^.,])+?,(?=\s+[A-Z])"
    # how many volumes: "2 vols. Cambridge: Cambridge University Press"
    r"|\d+\s+vols?\."
    # a report's number: "Technical Report TR 81.3, Tandem Computers"
    r"|(?:Tech(?:nical|\.)\s+)?(?:Report|Rep\.|Memo)\s+(?:No\.\s*)?(?:[A-Z]+[-\s]?)?\d[\w.\-/]*,"
    r"(?=\s+[A-Z]))[.,]?\s+",
    re.IGNORECASE,
)
# a place of publication before the colon: "Oxford: ", "Cambridge (MA): ", "New York, NY, USA: "
# (a space after the colon where a number ends the words: not "publications 2012:EN-360")
_PLACE_LEAD = re.compile(
    r"[^\W\d_][\w.'’-]*(?:[ ,]+[\w.'’()-]+){0,4}(?:(?<=\d):\s+|(?<!\d)\s*:\s*)"
)


def without_place(imprint: str) -> str:
    """ "New York: Routledge" -> "Routledge", "Québec: École …" -> "École …"; an imprint with
    no place before a capitalised name stays as it is."""
    place = _PLACE_LEAD.match(imprint)
    if (
        place is None
        or not imprint[0].isupper()
        or not imprint[place.end() : place.end() + 1].isupper()
    ):
        return imprint
    return imprint[place.end() :]


def checked_pages(value: str | None) -> str | None:
    """Pages as a reader wants them, whichever parser read them: an ISBN, a date or a piece of
    a DOI is none ("ISBN 0-226-42976-8", "2010-08-07", "2012–10.5018/economics-…"), and words
    around a range go ("2nd Edition (p. 401-434" -> "401-434"; a list of parts stays whole:
    "252–265; discussion 266")."""
    if value is None:
        return None
    count = re.fullmatch(r"(.*\S)\s*\(\d{1,3}", value)
    if count is not None and "(" not in count.group(1):
        value = count.group(1)  # "304012 (10" of "304012 (10pp)": a page count after it
    if re.search(r"\bISBN\b", value, re.IGNORECASE) or re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    if re.fullmatch(
        r"\[?about\s+\d+\s+(?:p|pp|screens?)\.?\]?|\d+\s+(?:p|pp|screens?)\.?\]|\d+\s+screens?",
        value,
        re.IGNORECASE,
    ):
        return None  # NLM's "[about 1 p.]", "[about 3 screens]": the length of a web page
    if re.search(r"[^\W\d_]{3,}", value) and ";" not in value:  # (not "252–265; discussion 266")
        if "/" in value:
            return None
        first = _PAGE_RANGE.search(value)
        return first.group() if first else value
    return value


_SPACED_SEMICOLON = re.compile(r"(?<=\.) ;(?= [A-ZÀ-Þ])")


def parse_fields(raw: str) -> Fields:
    """All fields of one entry (see the module docstring for the order of reading)."""
    parsed = Fields()
    text = tidy(" ".join(raw.split()))
    text = _SPACED_SEMICOLON.sub("; ", text)  # DIN 1505: "OKAFOR, B. K. ; MENSAH, T.:"
    text = _CREDIT.sub("", text)
    # "1952 (rist. 1993)": a reprint's year is not the work's
    text = _REPRINT_NOTE.sub(lambda note: " " * len(note.group()), text)
    label = _LEADING_LABEL.match(text)
    if label and not (label.group(1) and 1500 <= int(label.group(1)) <= 2099):
        text = text[label.end() :]  # "[12] ", "7. ": a numbering label given with the entry
    dashes = _SAME_AUTHORS.match(text)
    names_done = False  # the dashes stand for all the names: the title follows the year
    if dashes:  # "———.", "---,", "——— and Jones K.": the previous entry's authors
        parsed.same_authors = True
        text = text[dashes.end() :]
        year = _LEADING_YEAR.match(text)
        if year:  # "———. 1999. Title": the year follows the dashes
            parsed.year = year.group("y")
            text = text[year.end() :]
            names_done = True
    cut, accessed = _identifiers(text, parsed)
    if accessed is not None:  # blank it out in place so that offsets found above stay valid
        start, end = accessed.span()
        text = text[:start] + " " * (end - start) + text[end:]
        if not text[end:cut].strip(" .,;:<>()[]"):
            cut = min(cut, start)
    head = _strip_trailing_lead_in(text[:cut])
    # "Boas, Franz 1940 [1933].", "Saussure, F. de (1968) [1916].": the edition's year, then
    # the original's in brackets, which is no part of the names or the title
    head = _ORIGINAL_AFTER.sub(
        lambda found: (
            (found.group("keep") or found.group("keep2"))
            + " " * len(found.group("original") or found.group("original2"))
        ),
        head,
        count=1,
    )
    head = _ORIGINAL_BEFORE.sub(
        lambda found: " " * len(found.group("original")) + found.group("keep"), head, count=1
    )
    paren = next((found for found in _PAREN_YEAR.finditer(head) if not _dated_later(found)), None)
    bare = None if names_done else _bare_year_authors(head, paren.start() if paren else len(head))
    if bare and _year_in_group(head, bare[0], paren.start() if paren else len(head)):
        bare = None  # "GBD 2015 Mortality and Causes of Death Collaborators (2016)"
    cjk = None if paren or bare else _cjk_authors(head)
    if paren and not bare:
        dotted = _CJK_DOTTED.fullmatch(head[: paren.start()].strip())
        authors: AuthorList | None
        if dotted is not None:  # "최경원.임연옥.윤현숙(2012).": Korean names joined by stops
            names = re.split("[.・]", dotted.group())
            authors = AuthorList(tuple(Person(name) for name in names))
        else:
            authors = parse_authors(head[: paren.start()]) if paren.start() else None
        body_start = paren.end()
        if authors:
            parsed.year = _normalise_year(paren.group("y"))
        else:
            leading = _leading_authors(head, paren.start()) or _comma_authors(head[: paren.start()])
            body = lone_body(head[: paren.start()]) if paren.start() else None
            if leading:
                authors, body_start = leading
            elif body is not None:
                authors = body
                parsed.year = _normalise_year(paren.group("y"))
            else:
                parsed.title = clean(head[: paren.start()], title=True)
                parsed.year = _normalise_year(paren.group("y"))
    elif bare:
        match, authors = bare
        parsed.year = _normalise_year(match.group("y"))
        body_start = match.end()
    elif cjk:
        authors, body_start, parsed.year = cjk
    elif names_done:  # ("———. 1992. Protecting Soldiers and Mothers.": no names)
        authors, body_start = None, 0
    else:
        leading = _colon_authors(head) or _leading_authors(head, len(head)) or _comma_authors(head)
        authors, body_start = leading if leading else (None, 0)
        gap = len(head[body_start:]) - len(head[body_start:].lstrip())
        year = _LEADING_YEAR.match(head, body_start + gap) if authors else None
        if year is not None:  # "GBD 2015 … Collaborators. 2008. Title": the year after them
            parsed.year = year.group("y")
            body_start = year.end()
    if authors:
        group = _GROUP_AFTER_NAMES.match(head, body_start)
        if (
            group
            and (group.group("semi") or head[:body_start].rstrip().endswith(";"))
            and _capitalised_name(group.group("group"))
            and is_group_word(group.group("group").split()[-1])
        ):
            # "Wilding JPH, …, et al; STEP 1 Study Group. Title": AMA's group after the names
            persons = (*authors.persons, Person(group.group("group"), ""))
            authors = AuthorList(persons, authors.et_al, authors.corporate, authors.editors)
            body_start = group.end()
        parsed.authors, parsed.et_al, parsed.corporate = (
            authors.persons,
            authors.et_al,
            authors.corporate,
        )
        if authors.editors:
            parsed.kind = parsed.kind or "book"  # "Smith J, editors. 2006. Title.": an edited book
    comma_body = (
        cjk is not None
        and re.search(r"[,，]\s*$", head[:body_start]) is not None
        and _cjk_comma_body(head[body_start:], parsed)
    )
    if not comma_body:
        _parse_body(head[body_start:], parsed, title_known=parsed.title is not None)
    if parsed.year is None and paren is not None and paren.start() >= body_start:
        parsed.year = _normalise_year(paren.group("y"))  # "..., Chin. Phys. C 36 (2012) 1603"
    if parsed.year is None:
        late = _PAREN_YEAR.search(text, cut)  # Nature: "... doi:10.1/x (2005)."
        if late and late.group("y")[:1].isdigit():
            parsed.year = late.group("y")
    if parsed.container and (
        not any(char.isalpha() for char in parsed.container)
        or _PAGE_COUNT.fullmatch(parsed.container)
    ):
        parsed.container = None  # "710-720", "368 pp", "(2014)": numbers the body left over
    if parsed.kind is None:
        if parsed.container and (parsed.volume or parsed.issue):
            parsed.kind = "journal"
        elif parsed.url and not (parsed.volume or parsed.issue or parsed.pages):
            parsed.kind = "web"
    return parsed

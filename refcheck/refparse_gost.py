"""Entries in the Russian GOST 7.1 style, which separates a part from the whole it appeared in
with a double slash: "Халиков А.Х. Приказанская культура // САИ. 1980. Вып. 24.", "Phillips
W.D. Laser cooling and trapping of neutral atoms // Rev. Mod. Phys. 1998. Vol. 70. №3. P. 721."

Why a reader of its own: the labeller never learned the double slash and both parsers read it
as part of the title, taking the place of publication ("М.", "Уфа") or the issue word ("Вып.")
for the journal. After the slashes the style is fixed: the journal or book, then the place and
publisher of a book, the year, and the volume ("Т.", "Vol."), issue ("№", "Вып.") and pages
("С.", "P.") each behind its own abbreviation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refcheck.refparse_fields import MONTH_NAME, YEAR, YEAR_LETTER, first_groups

# the separator: two slashes with a space before them (never a URL's "http://")
# (nor a link's broken "http //gmv.cast…")
_SLASHES = re.compile(r"(?<=[^\s:])(?<!http)(?<!https)(?<!ftp)\s+//\s*(?=\S)")
# where the whole's name ends: at the year, at a place of publication ("М.:", "Helsinki,"),
# at a volume, issue or page abbreviation, or at the editors' statement (after one slash or
# "под ред.", edited by)
_NAME_END = re.compile(
    rf"\.?\s+(?:{MONTH_NAME}\s+)?{YEAR}[a-z]?\b"
    r"(?![-–]\d)(?=\s*(?:[.,;:]|$))"  # (not "… an analysis of the 2008 IUCN Red List")
    r"|\.\s+[A-ZА-ЯЁ][\w-]*\.?\s*[:,]\s*(?=[\w\"«])"
    r"|\.\s+(?:Vol|V|Т|Том|Bd|Вып|Iss|Issue|№|No|N|P|pp?|С|C|S|с|Art)\.?\s*"
    r"(?=[\dIVXLC]|[A-Za-z]{1,4}\.?[A-Za-z]{0,3}\d)"
    r"|\s/\s|\s+под\s+ред"
)
_FIELDS = (
    re.compile(rf"(?<![\w.])(?P<year>{YEAR}{YEAR_LETTER})(?!\d)"),
    # (with a series letter: "Vol. D60")
    # (a double volume: "Vol. 102–103"; a letter after it: "Vol. 02S")
    re.compile(
        r"(?:^|\s)(?:Vol|V|Т|Том|Bd)\.\s*(?P<volume>[A-Z]?\d+(?:[-–]\d+|[A-Z]\b)?|[IVXLC]+\b)"
    ),
    re.compile(r"(?:^|\s)(?:№|No\.|N|Вып\.|Iss\.|Issue)\s*(?P<issue>\d+|[IVXLC]+\b)"),
    # (an article's number: "Art. e1000459")
    # (letters before a page: "P. B492–B501", "Art. e1000459")
    re.compile(
        r"(?:^|\s)(?:P|pp?|С|C|S|с|Art)\.\s*"
        # ("Art. eaag0394", "Art. pdb.ip71", "P. 6388S–6392S", "Art. 259a")
        # ("Art. M111.013680": a dotted article number)
        r"(?P<pages>(?:[A-Za-z]{1,4}\.?){0,2}\d+(?:\.\d{3,})?[A-Za-z]?"
        r"(?:\s*[-–]\s*[A-Za-z]{0,3}\d+[A-Za-z]?)?)"
    ),
    re.compile(
        r"(?:^|\.\s+)(?P<place>[A-ZА-ЯЁ][\w-]*\.?)\s*:\s*(?P<publisher>[^,.:]{2,80}?)\s*,\s*"
        rf"{YEAR}"
    ),
)


# towns of publication as the style prints them ("М." Moscow, "Л." Leningrad, "СПб." St
# Petersburg): after a book's title they are its imprint, not a journal
_TOWNS = (
    "М Л СПб М.-Л Москва Ленинград Санкт-Петербург Петроград Киев Київ Минск Уфа Казань"
    " Новосибирск Екатеринбург Свердловск Пермь Самара Томск Ижевск Оренбург Челябинск Харьков"
    " Одесса Ростов-на-Дону Горький Иркутск Красноярск Владивосток Воронеж Саратов Ташкент"
    " Тбилиси Алма-Ата Алматы Баку Ереван Рига Вильнюс Таллин Элиста Махачкала Чебоксары"
    " Сыктывкар Петрозаводск Архангельск Ульяновск Ярославль Калининград Барнаул Омск Тюмень"
).split()
_IMPRINT = re.compile(
    r"(?:" + "|".join(re.escape(town) for town in _TOWNS) + r")\.?\s*"
    rf"(?::\s*(?P<publisher>[^,]{{2,80}}?)\s*)?(?:,\s*{YEAR}|$)"
)


def imprint_publisher(container: str) -> str | None:
    """The publisher of an imprint read as a container ("М.: «Недра», 1977" gives "Недра"),
    "" for a town alone ("М., 1998"), None for any other container."""
    found = _IMPRINT.match(container)
    if found is None:
        return None
    return (found.group("publisher") or "").strip("«»\"' ")


@dataclass(frozen=True)
class GostEntry:
    """The fields after the double slash, and where the part's title ends in the entry."""

    title_end: int
    container: str | None
    publisher: str | None
    year: str | None
    volume: str | None
    issue: str | None
    pages: str | None


def gost_entry(text: str) -> GostEntry | None:
    """The whole an entry's part appeared in and its numbers, for an entry written "Names.
    Title // Journal. Year. Vol. N. № N. P. N." or "… // Book. Place: Publisher, Year. P. N.";
    None for an entry without the double slash."""
    found = _SLASHES.search(text)
    if found is None or "//" in text[found.end() :]:
        return None  # one part in one whole: several double slashes are a series' parts
    tail = text[found.end() :].strip()
    end = _NAME_END.search(tail)
    name = (tail[: end.start()] if end else tail).strip(" .,;")
    rest = tail[end.start() :] if end else ""
    values = first_groups(
        match for pattern in _FIELDS if (match := pattern.search(rest)) is not None
    )
    return GostEntry(
        title_end=found.start(),
        container=name or None,
        publisher=values.get("publisher"),
        year=values.get("year"),
        volume=values.get("volume"),
        issue=values.get("issue"),
        pages=values.get("pages"),
    )

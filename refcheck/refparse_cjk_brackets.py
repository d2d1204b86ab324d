"""Japanese and Korean entries that mark an article's title with 「」 and the journal or book
with 『』: "山田太郎 (2018)「日本語の文法」『言語研究』45(2), 10–25.", "佐藤花子・鈴木一郎 2015
「社会調査の方法」『社会学評論』66(1): 2–18.", "山田太郎（2018）『日本語の文法』東京：岩波書店.",
"이영희·박민수(2012). 「도시 재생의 과제」, 『국토연구』, 72, 3-20."

Why a reader of its own: neither parser learned the brackets, and both read the whole entry
after the year as the title ("「日本語の文法」『言語研究』45(2)"). The brackets say exactly which
field is which: 「」 the part, 『』 the whole (a journal, or a book with its publisher after it),
names joined by "・" or "、" before the year, editors before "編".
"""

from __future__ import annotations

import re
from dataclasses import replace

from refcheck.model import Person
from refcheck.refparse_fields import YEAR, Fields
from refcheck.textnorm import HAN, HANGUL, KANA

_NAME = rf"[{HAN}{KANA}{HANGUL}ー々]{{1,12}}"
_BETWEEN_NAMES = r"\s*[・·、，,]\s*"  # the Japanese and Korean middle dots, commas
_ENTRY = re.compile(
    rf"(?P<names>{_NAME}(?:{_BETWEEN_NAMES}{_NAME}){{0,9}})(?:\s*(?:他|ほか|et al\.?))?"
    rf"[\s,，、]*[（(]?(?P<year>{YEAR})[a-z]?[）)]?[\s,，、.。:：]*"
    r"(?:「(?P<title>[^」]{1,300})」)?"
    rf"[\s,，]*(?:(?P<editors>{_NAME}(?:\s*[・·、]\s*{_NAME}){{0,5}})\s*(?:編著|編集|編|監修)[\s,，]*)?"
    r"(?:『(?P<whole>[^』]{1,300})』)?"
    r"(?P<rest>.*)"
)
# "45(2)", "第45巻第2号", "66（1）"
_VOLUME = re.compile(
    r"[\s,，]*(?:第\s*)?(?P<volume>\d+)\s*巻?\s*"
    r"(?:[（(](?P<issue>\d+)[）)]|第?\s*(?P<issue2>\d+)\s*号)?"
)
# "10–25", "pp. 10-25", "10-25頁" closing the entry
_PAGES = re.compile(r"(?:pp?\.\s*)?(?P<pages>\d+\s*[-–—－~〜]\s*\d+|\d+)\s*頁?\s*[.。]?\s*$")


def bracketed_entry(text: str, rules: Fields) -> Fields | None:
    """The fields of an entry that marks its title with 「」 or its journal or book with 『』
    after Japanese or Korean names and the year; None for any other entry."""
    found = _ENTRY.fullmatch(text.strip())
    if found is None or not (found.group("title") or found.group("whole")):
        return None
    authors = tuple(Person(name, "") for name in re.split(_BETWEEN_NAMES, found.group("names")))
    title, whole = found.group("title"), found.group("whole")
    rest = found.group("rest").strip(" .。,，")
    volume = issue = pages = publisher = None
    if title and whole and not found.group("editors"):  # an article in a journal
        numbers = _VOLUME.match(rest)
        if numbers is not None:
            volume = numbers.group("volume")
            issue = numbers.group("issue") or numbers.group("issue2")
            rest = rest[numbers.end() :]
        kind = "journal"
    else:  # a book, or a chapter in one: the publisher after it
        kind = "chapter" if title else "book"
    found_pages = _PAGES.search(rest)
    if found_pages is not None:
        pages = found_pages.group("pages")
        rest = rest[: found_pages.start()]
    if kind != "journal":
        imprint = re.sub(
            r"(?:第\s*)?\d+\s*版[\s,，]*|改訂版[\s,，]*", "", rest
        )  # "第2版": the edition
        imprint = imprint.strip(" .。,，:：")
        publisher = re.split(r"[：:]", imprint)[-1].strip() or None  # "東京：岩波書店"
        if publisher is not None and re.fullmatch(r"[\d\s–-]*", publisher):
            publisher = None
    return replace(
        rules,
        authors=authors,
        corporate=False,
        et_al=False,
        year=found.group("year"),
        title=title or whole,
        container=whole if title else None,
        volume=volume,
        issue=issue,
        pages=pages,
        publisher=publisher,
        kind=kind,
        comma_fields=False,
    )

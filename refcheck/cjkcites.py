"""Author-date citations in Chinese, Japanese and Korean prose: "(张三等, 2018; 刘晓明, 2015)",
"王磊(2016)提出", "陈伟和赵强(2012)也有", "（佐藤・鈴木, 2010；田中ほか, 2018）", "（田中 2010;
中村 2012）", "山田（2015）によれば", "김철수(2015)에 따르면", "(이영희, 박민수, 2010; 최지훈 외,
2018)", full-width brackets and commas alike.

Why a reader of its own: these scripts put no space or case between words, so the name before
a narrative "(2016)" has no visible start ("根据王磊(2016)的研究"), and the Latin name grammar of
refcheck.citations matches none of it. Inside brackets a name is the run of ideographs (or
Hangul syllables) before the comma; before a bracket it is one of the reference list's own
families (the list knows where the name starts), perhaps with a second name after "和"/"与"/"・"
and "等"/"ほか"/"외" (et al.). Japanese prose cites the family alone ("山田") of a list that
prints the whole name ("山田太郎"), so the heads of the list's names start a citation too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from refcheck.textnorm import HAN, HANGUL

_IDEOGRAPH = HAN + HANGUL
_HAS_IDEOGRAPH = re.compile(f"[{_IDEOGRAPH}]")
_NAME = f"[{_IDEOGRAPH}]{{2,4}}?"
_JOINER = "(?:[和与與及、・·]|\\s*[,，]\\s*)"
_NARRATIVE_JOINER = "[和与與及、・·]"
_ET_AL = "(?:等|ほか|他|ら|외|등)"
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
_BRACKET = re.compile(r"[（(](?P<body>[^()（）]{1,300})[)）]")
_PART = re.compile(
    # (a space for the comma in Japanese sociology's style: "（田中 2010; 中村 2012）")
    rf"\s*(?P<names>{_NAME}(?:{_JOINER}{_NAME}){{0,5}})\s*(?P<etal>{_ET_AL})?(?:\s*[,，]\s*|\s+)"
    rf"(?P<year>{_YEAR})"
    r"(?:\s*[,，:：]\s*(?P<loc>[^;；]*?))?\s*"
)
_SEPARATOR = re.compile(r"[;；]")
_ANCHOR = re.compile(
    rf"[（(]\s*(?P<year>{_YEAR})(?:\s*[,，:：]\s*(?P<loc>[^()（）]{{1,30}}?))?\s*[)）]"
)


@dataclass(frozen=True)
class CjkCitation:
    start: int
    end: int
    authors: tuple[str, ...]
    year: str
    locator: str | None
    narrative: bool
    et_al: bool


def cjk_citations(
    text: str, lo: int, hi: int, families: Iterable[str]
) -> Iterator[tuple[CjkCitation, ...]]:
    """The citations between ``lo`` and ``hi``, one tuple per bracket (or narrative mention).
    ``families`` are the reference list's first authors' families; only those in ideographs
    start a narrative citation."""
    if not _HAS_IDEOGRAPH.search(text, lo, hi):
        return
    yield from _bracketed(text, lo, hi)
    listed = sorted(
        {
            head
            for family in families
            # (folded families come decomposed: Hangul syllables as their letters)
            if _HAS_IDEOGRAPH.match(f := unicodedata.normalize("NFC", family))
            for head in family_heads(f)
        },
        key=len,
        reverse=True,
    )
    if listed:
        yield from _narrative(text, lo, hi, listed)


def family_heads(name: str) -> tuple[str, ...]:
    """The name and, for a Japanese name of three or more ideographs ("山田太郎"), its heads of
    two ideographs or more, one of which is the family Japanese prose cites ("山田"); Hangul
    names are cited whole."""
    if len(name) < 3 or not re.fullmatch(f"[{HAN}]+", name):
        return (name,)
    return (name, *(name[:end] for end in range(2, len(name))))


def _bracketed(text: str, lo: int, hi: int) -> Iterator[tuple[CjkCitation, ...]]:
    for bracket in _BRACKET.finditer(text, lo, hi):
        start = bracket.start("body")
        found: list[CjkCitation] = []
        for piece in _pieces(bracket.group("body")):
            part = _PART.fullmatch(piece[1])
            if part is None:
                found = []
                break  # a bracket with anything else in it is prose
            at = start + piece[0]
            names = tuple(re.split(_JOINER, part.group("names")))
            locator = (part.group("loc") or "").strip() or None
            end = at + (part.end("loc") if locator else part.end("year"))
            found.append(
                CjkCitation(
                    at + part.start("names"),
                    end,
                    names,
                    part.group("year"),
                    locator,
                    False,
                    part.group("etal") is not None,
                )
            )
        if found:
            yield tuple(found)


def _pieces(body: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of each ";"-separated piece."""
    at = 0
    for separator in _SEPARATOR.finditer(body):
        yield at, body[at : separator.start()]
        at = separator.end()
    yield at, body[at:]


def _narrative(text: str, lo: int, hi: int, listed: list[str]) -> Iterator[tuple[CjkCitation, ...]]:
    names = "|".join(re.escape(family) for family in listed)
    before = re.compile(
        rf"(?P<first>{names})(?:{_NARRATIVE_JOINER}(?P<second>{_NAME}))?\s*(?P<etal>{_ET_AL})?$"
    )
    for anchor in _ANCHOR.finditer(text, lo, hi):
        head = before.search(text, max(lo, anchor.start() - 12), anchor.start())
        if head is None:
            continue
        authors = tuple(name for name in (head.group("first"), head.group("second")) if name)
        locator = (anchor.group("loc") or "").strip() or None
        yield (
            CjkCitation(
                head.start(),
                anchor.end(),
                authors,
                anchor.group("year"),
                locator,
                True,
                head.group("etal") is not None,
            ),
        )

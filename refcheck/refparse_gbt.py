"""Entries in the Chinese national style GB/T 7714, which closes the title with a bracketed code
for the kind of work and joins a part to the whole it appeared in with "//": "张三, 李四.
基于深度学习的图像识别方法[J]. 计算机学报, 2018, 41(3): 45-58.", "陈伟. 数据挖掘技术[C]//第十届
全国数据库学术会议论文集. 上海: 复旦大学出版社, 2012: 120-125.", "LECUN Y. Deep learning[J].
Nature, 2015, 521: 436-444."

Why a reader of its own: the code is no part of the title (both parsers kept it), and after
"[C]//" comes the book, which the parsers ran into the title. The code also tells the kind of
work, which no other part of the entry prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refcheck.refparse_fields import YEAR

# the code after the title: journal, monograph, conference, thesis, newspaper, report,
# standard, patent, compilation, other, and electronic resources ("EB/OL", "J/OL", "M/OL")
_CODE = re.compile(
    r"\s*\[(?P<code>J|M|C|D|N|R|S|P|DB|CP|EB)(?:/(?:OL|CD|MT|DK))?\]"
    r"(?=\s*(?://|[.,]|$))"
)
KINDS = {
    "J": "journal",
    "M": "book",
    "C": "chapter",
    "D": "thesis",
    "R": "report",
    "S": "report",
    "P": "patent",
    "EB": "web",
    "N": "journal",
}
# after "//": the book's name, ended by the place and publisher ("上海: 复旦大学出版社") or
# the year
_BOOK = re.compile(
    rf"//\s*(?P<book>[^.]+?)\.\s*(?:(?P<place>[^.:,]{{1,20}})\s*[:：]\s*(?P<publisher>[^,:]+),\s*)?"
    rf"(?P<year>{YEAR})"
)
# a newspaper's date and page: "人民日报, 2019-05-12(7)"
_NEWSPAPER = re.compile(rf",\s*(?P<year>{YEAR})-\d{{1,2}}-\d{{1,2}}\s*\((?P<page>[\w-]+)\)")


@dataclass(frozen=True)
class GbtEntry:
    """The title without its code, the kind of work the code names, and what follows "//"."""

    title_end: int  # where the code starts
    kind: str | None
    book: str | None = None
    publisher: str | None = None
    newspaper_page: str | None = None
    newspaper: str | None = None


def gbt_entry(text: str) -> GbtEntry | None:
    """The GB/T 7714 reading of ``text``; None when it prints no such code."""
    code = _CODE.search(text)
    if code is None:
        return None
    kind = KINDS.get(code.group("code"))
    rest = text[code.end() :]
    book = _BOOK.match(rest.lstrip()) if rest.lstrip().startswith("//") else None
    if book is not None:
        return GbtEntry(
            code.start(), kind, book.group("book").strip(), (book.group("publisher") or "").strip()
        )
    newspaper = _NEWSPAPER.search(rest) if code.group("code") == "N" else None
    if newspaper is not None:
        name = rest[: newspaper.start()].strip(" .")
        return GbtEntry(code.start(), kind, newspaper_page=newspaper.group("page"), newspaper=name)
    return GbtEntry(code.start(), kind)


_TITLE_CODE = re.compile(rf"{_CODE.pattern}(?:\s*//.*)?$")


def without_code(title: str) -> str:
    """ "基于深度学习的图像识别方法" of "基于深度学习的图像识别方法[J]" (and of "…[C]//论文集",
    where a parser ran the title into the book)."""
    return _TITLE_CODE.sub("", title)

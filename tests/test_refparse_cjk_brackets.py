"""Japanese and Korean entries that mark the part with 「」 and the journal or book with 『』."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refcheck import check_text
from refcheck.model import Reference
from refcheck.references import parse_reference
from refcheck.refparse_cjk_brackets import bracketed_entry
from refcheck.refparse_fields import parse_fields


def _fields_of(reference: Reference) -> tuple[object, ...]:
    """Families, year, title, container, publisher and volume: what every row compares."""
    return (
        tuple(person.family for person in reference.authors),
        reference.year,
        reference.title,
        reference.container,
        reference.publisher,
        reference.volume,
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "山田太郎 (2018)「日本語の文法」『言語研究』45(2), 10–25.",
            (
                ("山田太郎",),
                "2018",
                "日本語の文法",
                "言語研究",
                None,
                "45",
                "2",
                "10–25",
                "journal",
            ),
        ),
        # names joined by a middle dot, the year unbracketed, a colon before the pages
        (
            "佐藤花子・鈴木一郎 2015「社会調査の方法」『社会学評論』66(1): 2–18.",
            (
                ("佐藤花子", "鈴木一郎"),
                "2015",
                "社会調査の方法",
                "社会学評論",
                None,
                "66",
                "1",
                "2–18",
                "journal",
            ),
        ),
        # volume and issue written out, pages with 頁
        (
            "鈴木一郎 (2001)「経済発展」『経済研究』第52巻第3号, 201-215頁.",
            (("鈴木一郎",), "2001", "経済発展", "経済研究", None, "52", "3", "201-215", "journal"),
        ),
        # Korean: commas between the brackets, a volume without its issue
        (
            "이영희·박민수(2012). 「도시 재생의 과제」, 『국토연구』, 72, 3-20.",
            (
                ("이영희", "박민수"),
                "2012",
                "도시 재생의 과제",
                "국토연구",
                None,
                "72",
                None,
                "3-20",
                "journal",
            ),
        ),
        # a book: full-width brackets, the place before the publisher
        (
            "山田太郎（2018）『日本語の文法』東京：岩波書店.",
            (("山田太郎",), "2018", "日本語の文法", None, "岩波書店", None, None, None, "book"),
        ),
        # its edition is no part of the publisher
        (
            "中村健 2012『日本社会の構造』第2版, 有斐閣.",
            (("中村健",), "2012", "日本社会の構造", None, "有斐閣", None, None, None, "book"),
        ),
        # a chapter: the editors before 編, the book, its publisher and pages
        (
            "田中一郎 (2010)「近代化の論理」佐藤花子編『日本の社会』岩波書店, 45–67.",
            (
                ("田中一郎",),
                "2010",
                "近代化の論理",
                "日本の社会",
                "岩波書店",
                None,
                None,
                "45–67",
                "chapter",
            ),
        ),
    ],
)
def test_japanese_bracketed_fields(text: str, fields: tuple[object, ...]) -> None:
    reference = parse_reference(text, "r1")
    assert (*_fields_of(reference), reference.issue, reference.pages, reference.kind) == fields


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, N. (2018). Soil maps. Nature, 5, 1–2.",  # no brackets
        "王明, 李华. 机器学习方法研究[J]. 计算机学报, 2018, 41(3): 123-135.",  # GB/T 7714
        "「日本語の文法」『言語研究』45(2), 10–25.",  # no names, no year
    ],
)
def test_other_entries_are_no_bracketed_entry(text: str) -> None:
    assert bracketed_entry(text, parse_fields(text)) is None


@given(
    st.text(alphabet="山田太郎中村健「」『』（）()・、,，:：0123456789 -–第巻号頁版編", max_size=80)
)
def test_bracketed_entry_never_raises(text: str) -> None:
    bracketed_entry(text, parse_fields(text))


MANUSCRIPT = """はじめに

日本語の文法については山田（2018）が詳しい。社会調査の方法は佐藤・鈴木（2015）を参照した（田中 2010; 中村 2012）。

参考文献

中村健 2012『日本社会の構造』第2版, 有斐閣.
佐藤花子・鈴木一郎 2015「社会調査の方法」『社会学評論』66(1): 2–18.
田中一郎 (2010)「近代化の論理」佐藤花子編『日本の社会』岩波書店, 45–67.
山田太郎 (2018)「日本語の文法」『言語研究』45(2), 10–25.
"""


def test_japanese_manuscript_end_to_end_links_every_citation() -> None:
    report = check_text(MANUSCRIPT, path="ja.txt")
    assert [finding.rule for finding in report.findings] == []
    assert len(report.citations) == 4
    linked = sorted(ref_id for link in report.links for ref_id in link.reference_ids)
    assert linked == sorted(reference.id for reference in report.references)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # full-width stops, brackets and colon: read as their ASCII forms
        (
            "刘晓明（2015）．中国经济的增长．北京：经济科学出版社．",
            (("刘晓明",), "2015", "中国经济的增长", None, "经济科学出版社", None, None),
        ),
        (
            "张三，李四（2018）．基于深度学习的图像识别方法．计算机学报，41（3），45–58．",
            (
                ("张三", "李四"),
                "2018",
                "基于深度学习的图像识别方法",
                "计算机学报",
                None,
                "41",
                "45–58",
            ),
        ),
    ],
)
def test_chinese_entries_in_full_width_punctuation(text: str, fields: tuple[object, ...]) -> None:
    reference = parse_reference(text, "r1")
    assert (*_fields_of(reference), reference.pages) == fields
    assert reference.raw == text  # the entry itself is kept as printed


KOREAN_AND_CHINESE = """서론

도시 재생은 이영희·박민수(2012)가 다루었고, 교육은 (김철수, 2015)에서 논의되었다. 经济增长见刘晓明（2015）。

참고문헌

김철수 (2015). 한국 사회의 변화. 한국사회학, 49(3), 1-25.
이영희·박민수(2012). 「도시 재생의 과제」, 『국토연구』, 72, 3-20.
刘晓明（2015）．中国经济的增长．北京：经济科学出版社．
"""


def test_korean_and_chinese_manuscript_end_to_end_links_every_citation() -> None:
    report = check_text(KOREAN_AND_CHINESE, path="ko.txt")
    assert [finding.rule for finding in report.findings] == []
    linked = sorted(ref_id for link in report.links for ref_id in link.reference_ids)
    assert linked == sorted(reference.id for reference in report.references)

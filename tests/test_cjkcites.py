"""Author-date citations in Chinese, Japanese and Korean prose: refcheck.cjkcites."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.cjkcites import cjk_citations, family_heads

FAMILIES = ("张三", "刘晓明", "王磊", "陈伟", "LeCun")


def _rows(text: str) -> list[tuple[str, tuple[str, ...], str, str | None, bool, bool]]:
    return [
        (text[c.start : c.end], c.authors, c.year, c.locator, c.narrative, c.et_al)
        for group in cjk_citations(text, 0, len(text), FAMILIES)
        for c in group
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "已有研究表明(张三等, 2018; 刘晓明, 2015)，该方法有效。",
            [
                ("张三等, 2018", ("张三",), "2018", None, False, True),
                ("刘晓明, 2015", ("刘晓明",), "2015", None, False, False),
            ],
        ),
        (  # full-width brackets and comma, a page
            "见（王磊，2016，第45页）。",
            [("王磊，2016，第45页", ("王磊",), "2016", "第45页", False, False)],
        ),
        (  # a listed family before the bracket, whatever prose precedes it
            "根据王磊(2016)的研究，陈伟和赵强(2012)也有类似结论。",
            [
                ("王磊(2016)", ("王磊",), "2016", None, True, False),
                ("陈伟和赵强(2012)", ("陈伟", "赵强"), "2012", None, True, False),
            ],
        ),
        # a year in brackets after words that name no listed author is no citation
        ("该政策于(2016)年实施。", []),
        # a bracket holding anything but names and years is prose
        ("(见表1, 2018年数据)", []),
    ],
)
def test_chinese_citations(
    text: str, rows: list[tuple[str, tuple[str, ...], str, str | None, bool, bool]]
) -> None:
    assert _rows(text) == rows


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="张三王磊等和(（)）,，;；2018 第页abc", max_size=60))
def test_the_reader_never_raises_and_spans_stay_inside(text: str) -> None:
    for group in cjk_citations(text, 0, len(text), FAMILIES):
        for citation in group:
            assert 0 <= citation.start < citation.end <= len(text)


def _cjk_rows(
    text: str, families: tuple[str, ...]
) -> list[tuple[str, tuple[str, ...], str, bool, bool]]:
    return [
        (text[c.start : c.end], c.authors, c.year, c.narrative, c.et_al)
        for group in cjk_citations(text, 0, len(text), families)
        for c in group
    ]


@pytest.mark.parametrize(
    ("text", "families", "rows"),
    [
        (  # Japanese: a middle dot joins two names, "ほか" is et al., a full-width semicolon
            "先行研究（佐藤・鈴木, 2010；田中ほか, 2018）も同様である。",
            ("佐藤花子", "田中太郎"),
            [
                ("佐藤・鈴木, 2010", ("佐藤", "鈴木"), "2010", False, False),
                ("田中ほか, 2018", ("田中",), "2018", False, True),
            ],
        ),
        (  # Japanese sociology's style: a space for the comma, a colon before the page
            "近代化（田中 2010; 中村 2012: 45）を論じた。",
            ("田中一郎", "中村健"),
            [
                ("田中 2010", ("田中",), "2010", False, False),
                ("中村 2012: 45", ("中村",), "2012", False, False),
            ],
        ),
        (  # the family alone of a list that prints the whole name starts a narrative citation
            "山田（2015）によれば、高橋(2012)は反論した。",
            ("山田太郎", "高橋健"),
            [
                ("山田（2015）", ("山田",), "2015", True, False),
                ("高橋(2012)", ("高橋",), "2012", True, False),
            ],
        ),
        (  # Korean: names joined by commas, "외" for et al.
            "선행 연구(이영희, 박민수, 2010; 최지훈 외, 2018)도 같다.",
            ("이영희", "최지훈"),
            [
                ("이영희, 박민수, 2010", ("이영희", "박민수"), "2010", False, False),
                ("최지훈 외, 2018", ("최지훈",), "2018", False, True),
            ],
        ),
        (  # a listed Korean name given decomposed, as folded names come, still starts one
            "김철수(2015)에 따르면",
            ("\u1100\u1175\u11b7\u110e\u1165\u11af\u1109\u116e",),
            [("김철수(2015)", ("김철수",), "2015", True, False)],
        ),
    ],
)
def test_japanese_and_korean_citations(
    text: str, families: tuple[str, ...], rows: list[tuple[str, tuple[str, ...], str, bool, bool]]
) -> None:
    assert _cjk_rows(text, families) == rows


def test_family_heads_of_japanese_names() -> None:
    assert family_heads("山田太郎") == ("山田太郎", "山田", "山田太")
    assert family_heads("王磊") == ("王磊",)
    assert family_heads("김철수") == ("김철수",)  # Hangul names are cited whole

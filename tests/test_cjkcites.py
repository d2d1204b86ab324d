"""Author-date citations in Chinese prose: refcheck.cjkcites."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.cjkcites import cjk_citations

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

"""Springer LNCS web pages ("Name, URL, last accessed Date.") and LNCS book imprints."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refcheck import check_text
from refcheck.model import Person
from refcheck.references import parse_reference
from refcheck.refparse_fields import parse_fields
from refcheck.refparse_web import lncs_web_page


@pytest.mark.parametrize(
    ("text", "authors", "title", "url", "accessed"),
    [
        (
            "LNCS Homepage, http://www.springer.com/lncs, last accessed 2016/11/21.",
            (),
            "LNCS Homepage",
            "http://www.springer.com/lncs",
            "2016/11/21",
        ),
        # the page's maker before a colon
        (
            "Python Software Foundation: Python 3.11 documentation, https://docs.python.org/3/, "
            "last accessed 2023/05/01.",
            (Person("Python Software Foundation", ""),),
            "Python 3.11 documentation",
            "https://docs.python.org/3/",
            "2023/05/01",
        ),
        # persons, as LNCS names them, and a day written out
        (
            "Okafor, N., Adeyemi, J.: Field notes, https://notes.example.org/a, accessed 21 Nov "
            "2016.",
            (Person("Okafor", "N."), Person("Adeyemi", "J.")),
            "Field notes",
            "https://notes.example.org/a",
            "21 Nov 2016",
        ),
    ],
)
def test_lncs_web_page_has_its_name_as_title_and_no_year(
    text: str, authors: tuple[Person, ...], title: str, url: str, accessed: str
) -> None:
    reference = parse_reference(text, "r1")
    assert (
        reference.authors,
        reference.title,
        reference.year,
        reference.url,
        reference.accessed,
        reference.kind,
    ) == (authors, title, None, url, accessed, "web")


@pytest.mark.parametrize(
    "text",
    [
        # another style's entry: the page's own date, a quoted title
        "BBC News, 26 November 2009, http://news.example.org/1.stm, accessed January 11, 2010.",
        "Yuhas A, ‘Is this a ban?’, The Guardian, https://theguardian.example.org/a, accessed "
        "31 January 2017.",
        # no day it was read
        "LNCS Homepage, http://www.springer.com/lncs.",
    ],
)
def test_other_entries_with_a_link_are_no_lncs_web_page(text: str) -> None:
    assert lncs_web_page(text, parse_fields(text)) is None


@given(st.text(max_size=200))
def test_lncs_web_page_never_raises(text: str) -> None:
    lncs_web_page(text, parse_fields(text))


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Pearl, J.: Causality. Cambridge University Press, Cambridge (2000)",
            "Cambridge University Press",
        ),
        ("Okafor, A.: Logic in Practice. Springer, Heidelberg (2005)", "Springer"),
        ("Okafor, A.: Logic in Practice. Springer, Cham (2019)", "Springer"),
        # a US state as older styles cut it
        (
            "H. Okafor. The Art of Talk. Harvard Univ. Press, Cambridge, Mass., 1982.",
            "Harvard Univ. Press",
        ),
        (
            "Okafor, J. H. 1996. Field statistics. Prentice Hall, Upper Saddle River, New Jersey, USA.",
            "Prentice Hall",
        ),
    ],
)
def test_book_publisher_without_its_place_and_year(text: str, publisher: str) -> None:
    assert parse_reference(text, "r1").publisher == publisher


LNCS_MANUSCRIPT = """1 Introduction

Causal models [1] rest on logic [2]; the series [3] and its tools [4] are online.

References

1. Pearl, J.: Causality. Cambridge University Press, Cambridge (2000)
2. Okafor, A.: Logic in Practice. Springer, Heidelberg (2005)
3. LNCS Homepage, http://www.springer.com/lncs, last accessed 2016/11/21.
4. Python Software Foundation: Python 3.11 documentation, https://docs.python.org/3/, last
accessed 2023/05/01.
"""


def test_lncs_manuscript_end_to_end_has_no_finding() -> None:
    report = check_text(LNCS_MANUSCRIPT, path="lncs.txt")
    assert [finding.rule for finding in report.findings] == []
    assert [(r.title, r.year, r.publisher) for r in report.references] == [
        ("Causality", "2000", "Cambridge University Press"),
        ("Logic in Practice", "2005", "Springer"),
        ("LNCS Homepage", None, None),
        ("Python 3.11 documentation", None, None),
    ]
    assert len(report.links) == 4

"""Springer LNCS web pages ("Name, URL, last accessed Date.") and LNCS book imprints."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refcheck import check_text
from refcheck.model import Person
from refcheck.references import parse_reference
from refcheck.refparse_fields import parse_fields
from refcheck.refparse_web import ieee_online, lncs_web_page


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


@pytest.mark.parametrize(
    ("text", "authors", "et_al", "year", "title"),
    [
        (
            "A. Paszke et al., PyTorch. (2019). [Online]. Available: https://pytorch.org",
            (Person("Paszke", "A."),),
            True,
            "2019",
            "PyTorch",
        ),
        (
            "G. van Rossum, Python Reference Manual. (1995). [Online]. Available: "
            "https://www.python.org",
            (Person("van Rossum", "G."),),
            False,
            "1995",
            "Python Reference Manual",
        ),
        # hyphenated initials, "and", a title with a comma, the day after the year
        (
            "M.-W. Okafor, K. Lee, and J. Adeyemi, The Toolkit, Version 2. (2021, Mar. 3). "
            "[Online]. Available: https://toolkit.example.org/docs",
            (Person("Okafor", "M.-W."), Person("Lee", "K."), Person("Adeyemi", "J.")),
            False,
            "2021",
            "The Toolkit, Version 2",
        ),
    ],
)
def test_ieee_online_source_has_its_unquoted_title(
    text: str, authors: tuple[Person, ...], et_al: bool, year: str, title: str
) -> None:
    reference = parse_reference(text, "r1")
    assert (
        reference.authors,
        reference.et_al,
        reference.year,
        reference.title,
        reference.kind,
    ) == (
        authors,
        et_al,
        year,
        title,
        "web",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a body, no initials: not read as persons here
        "Python Software Foundation, Python. (2020). [Online]. Available: https://www.python.org",
        # a quoted title: IEEE's usual reading
        'K. Okafor, "Field notes," 2019. [Online]. Available: https://notes.example.org',
    ],
)
def test_other_online_entries_are_no_ieee_online_source(text: str) -> None:
    assert ieee_online(text, parse_fields(text)) is None


@given(st.text(max_size=200))
def test_ieee_online_never_raises(text: str) -> None:
    ieee_online(text, parse_fields(text))

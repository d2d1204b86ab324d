"""Author-date citations that print the year before the names, for the list's own works."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_text
from refcheck.listedcites import extract_year_first_citations
from refcheck.model import Document
from tests.factories import ref

LIST = (
    "Brown, A., Carter, B., & Dunn, C. (2015). Things. Journal, 1, 1-2.\n"
    "Jones, P., & Park, S. (2019). A study. Science, 363, 1-5.\n"
    "Ortiz, A. (2018). A book. Verso.\n"
    "Ruiz, P. (2020). Another review. Annual Review of Sociology, 46, 21-40.\n"
)

_Row = tuple[str, str | None, tuple[str, ...], tuple[str, ...], bool]


def _check(body: str) -> tuple[list[_Row], list[str]]:
    report = check_text(f"Introduction\n\n{body}\n\nReferences\n\n{LIST}")
    links = {link.citation_id: link.reference_ids for link in report.links}
    cited = [(c.text, c.year, c.authors, links[c.id], c.et_al) for c in report.citations]
    return cited, sorted(f.rule for f in report.findings)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "In 2019, Jones and Park showed it. In 2015 Brown et al. disagreed.",
            [
                ("In 2019, Jones and Park", "2019", ("Jones", "Park"), ("r2",), False),
                ("In 2015 Brown et al.", "2015", ("Brown",), ("r1",), True),
            ],
        ),
        (
            "In their 2019 paper, Jones & Park went further; a 2015 study by Brown et al. did not.",
            [
                ("In their 2019 paper, Jones & Park", "2019", ("Jones", "Park"), ("r2",), False),
                ("a 2015 study by Brown et al.", "2015", ("Brown",), ("r1",), True),
            ],
        ),
        (
            "Ruiz's 2020 review is the best summary; Ortiz’s 2018 book is older.",
            [
                ("Ruiz's 2020 review", "2020", ("Ruiz",), ("r4",), False),
                ("Ortiz’s 2018 book", "2018", ("Ortiz",), ("r3",), False),
            ],
        ),
    ],
)
def test_a_year_before_the_names_of_a_listed_work_cites_it(body: str, expected: list[_Row]) -> None:
    assert _check(body)[0] == expected


def test_the_whole_list_cited_so_no_work_is_uncited() -> None:
    body = (
        "In 2019, Jones and Park showed it; a 2015 study by Brown et al. did not. "
        "Ruiz's 2020 review and Ortiz's 2018 book agree."
    )
    assert _check(body)[1] == []


@pytest.mark.parametrize(
    "body",
    [
        "In 2021, Ruiz moved to Madrid.",  # a year no entry of Ruiz has
        "In 2019, Jones showed it.",  # one name of a two-name entry
        "A 2015 study by Brown found it.",  # three authors, no "et al."
        "In 2020, Ruizes gathered.",  # another word
        "Ruiz's 2020 data were lost.",  # a possessive before no work
        "In 2020, Ruiz and Park showed it.",  # two names for a one-author work
    ],
)
def test_other_years_before_names_stay_prose(body: str) -> None:
    assert _check(body)[0] == []


def test_a_name_with_its_own_year_is_read_once() -> None:
    cited = _check("In 2020, Ruiz (2020) summarised it.")[0]
    assert [c[0] for c in cited] == ["Ruiz (2020)"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Ruiz 2020 In their paper by's,;.etal\n", max_size=100))
def test_never_raises(source: str) -> None:
    doc = Document(path="x.txt", format="text", source=source)
    entries = [ref("r1", "Ruiz", year="2020"), ref("r2", "Lee", "Park", year="2016")]
    for citation in extract_year_first_citations(doc, [(0, len(source))], (), entries):
        assert source[citation.span.start : citation.span.end] == citation.text

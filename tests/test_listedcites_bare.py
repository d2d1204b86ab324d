"""Author-date citations run into prose without brackets, for the list's own works."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_text
from refcheck.listedcites import extract_bare_citations
from refcheck.model import Document
from tests.factories import ref

LIST = (
    "Brown, A., Carter, B., & Dunn, C. (2015). Things. Journal, 1, 1-2.\n"
    "Lee, M., & Park, J. (2016). Cities. Urban Studies, 53, 5-25.\n"
    "Ortiz, A. (2019a). A review. Annual Review of Sociology, 45, 1-20.\n"
    "Ruiz, P. (2020). Another review. Annual Review of Sociology, 46, 21-40.\n"
)


def _check(body: str) -> list[tuple[str, str | None, tuple[str, ...], tuple[str, ...], bool]]:
    report = check_text(f"Introduction\n\n{body}\n\nReferences\n\n{LIST}")
    links = {link.citation_id: link.reference_ids for link in report.links}
    return [(c.text, c.year, c.authors, links[c.id], c.et_al) for c in report.citations]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "See also Ortiz 2019a and Ruiz 2020 for reviews, as documented in Lee and Park "
            "2016; compare Brown et al. 2015.",
            [
                ("Ortiz 2019a", "2019a", ("Ortiz",), ("r3",), False),
                ("Ruiz 2020", "2020", ("Ruiz",), ("r4",), False),
                ("Lee and Park 2016", "2016", ("Lee", "Park"), ("r2",), False),
                ("Brown et al. 2015", "2015", ("Brown",), ("r1",), True),
            ],
        ),
        # one after another, after the year of the one before
        (
            "See Ortiz 2019a; Ruiz 2020, Lee and Park 2016.",
            [
                ("Ortiz 2019a", "2019a", ("Ortiz",), ("r3",), False),
                ("Ruiz 2020", "2020", ("Ruiz",), ("r4",), False),
                ("Lee and Park 2016", "2016", ("Lee", "Park"), ("r2",), False),
            ],
        ),
        # in brackets the parenthetical reading stands
        ("Reviews exist (Ruiz 2020).", [("Ruiz 2020", "2020", ("Ruiz",), ("r4",), False)]),
    ],
)
def test_names_and_years_of_listed_works_cite_them(
    body: str, expected: list[tuple[str, str | None, tuple[str, ...], tuple[str, ...], bool]]
) -> None:
    assert _check(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Ruiz 2020 opened the field.",  # a sentence that opens with the name
        "as shown in Ruiz 2021 and Lee 2016.",  # a year no entry has, a name alone of two
        "the Ruiz 2020-2021 data and Ortiz 2019a/b results",
    ],
)
def test_other_names_and_years_stay_prose(body: str) -> None:
    assert _check(body) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Ruiz 2020 see and,;.etal\n", max_size=100))
def test_never_raises(source: str) -> None:
    doc = Document(path="x.txt", format="text", source=source)
    entries = [ref("r1", "Ruiz", year="2020"), ref("r2", "Lee", "Park", year="2016")]
    for citation in extract_bare_citations(doc, [(0, len(source))], (), entries):
        assert source[citation.span.start : citation.span.end] == citation.text

"""Author-date citations of works listed by their title (no author): APA's and Harvard's
'("Study Finds," 2007)', "(*College Bound Seniors*, 2008)", court cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_text
from refcheck.model import Document, Reference
from refcheck.titlecites import extract_title_citations

LIST = (
    "Brown v. Board of Education, 347 U.S. 483 (1954).\n"
    "College bound seniors. (2008). College Board.\n"
    "Donoghue v Stevenson [1932] AC 562.\n"
    "Obergefell v. Hodges, 576 U.S. 644 (2015).\n"
    "Smith, J. (2010). Law and society. Law Review, 10, 1-20.\n"
    "Study finds free care used more. (2007, January). APA Monitor, 38(1), 11.\n"
)


def _check(body: str) -> list[tuple[str, str | None, tuple[str, ...], str]]:
    report = check_text(f"Introduction\n\n{body}\n\nReferences\n\n{LIST}")
    links = {link.citation_id: link for link in report.links}
    return [
        (c.text, c.year, links[c.id].reference_ids, links[c.id].status) for c in report.citations
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Sleep matters ("Study Finds," 2007).',
            [('"Study Finds," 2007', "2007", ("r6",), "exact")],
        ),
        (
            "as *College Bound Seniors* (2008) shows",
            [("*College Bound Seniors* (2008)", "2008", ("r2",), "exact")],
        ),
        (
            "(*College Bound Seniors*, 2008, p. 4)",
            [("*College Bound Seniors*, 2008", "2008", ("r2",), "exact")],
        ),
        (
            "It became law (Obergefell v. Hodges, 2015; Smith, 2010).",
            [
                ("Obergefell v. Hodges, 2015", "2015", ("r4",), "exact"),
                ("Smith, 2010", "2010", ("r5",), "exact"),
            ],
        ),
        # the second party is no author ("Stevenson, 1932" was a missing reference)
        (
            "In Britain, Donoghue v Stevenson (1932) founded negligence.",
            [("Donoghue v Stevenson (1932)", "1932", ("r3",), "exact")],
        ),
        (
            "Brown v. Board of Education (1954, p. 495) ended it.",
            [("Brown v. Board of Education (1954, p. 495)", "1954", ("r1",), "exact")],
        ),
        # another year: the title names the entry, the year is wrong
        (
            "(Obergefell v. Hodges, 2016)",
            [("Obergefell v. Hodges, 2016", "2016", ("r4",), "year")],
        ),
        # a title in quotes outside brackets, a lone plain word, and a title not listed are prose
        ('The headline "Study Finds," 2007 edition.', []),
        ("*Foreign Policy* (2009) said so.", []),
    ],
)
def test_citations_by_title(
    body: str, expected: list[tuple[str, str | None, tuple[str, ...], str]]
) -> None:
    assert _check(body) == expected


def test_a_wrong_year_is_reported_and_the_entries_are_cited() -> None:
    report = check_text(
        "Introduction\n\nIt became law (Obergefell v. Hodges, 2016), as Brown v. Board of "
        "Education (1954) had, and (Smith, 2010; *College bound seniors*, 2008; Donoghue v "
        f'Stevenson, 1932; "Study finds free care," 2007).\n\nReferences\n\n{LIST}'
    )
    assert [(f.rule, f.message) for f in report.findings] == [
        ("year-mismatch", "cited with year 2016 but the reference has 2015"),
    ]


def test_nothing_is_looked_for_when_every_entry_has_an_author() -> None:
    doc = Document("t.txt", "text", "It became law (Obergefell v. Hodges, 2015).")
    smith = Reference("r1", "Smith, J. (2010). Law.", title="Law", year="2010")
    assert extract_title_citations(doc, [(0, len(doc.source))], [smith]) == ()


_TITLED = [
    Reference("r1", "x", title="Obergefell v. Hodges", year="2015"),
    Reference("r2", "x", title="The study finds", year="2007"),
]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('Obergefell v. Hodges Study finds The ()“”"*_,;2015 07n.d')),
        max_size=200,
    )
)
def test_the_scanner_never_raises_and_spans_round_trip(source: str) -> None:
    doc = Document("t.txt", "text", source)
    for citation in extract_title_citations(doc, [(0, len(source))], _TITLED):
        assert source[citation.span.start : citation.span.end] == citation.text
        assert citation.title and citation.title in citation.text

"""Years in brackets that cite the authors named before them: "Smith (2010) …, and later
(2012a, 2012b) refined it", "As Jones notes (2011, 33)"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_text
from refcheck.model import Citation, Document, Reference
from refcheck.yearcites import extract_year_citations
from tests.factories import ref

LIST = (
    "Jones, D. (2011). The big book. Norton.\n"
    "Lee, M., & Park, J. (2016). Cities. Urban Studies, 53, 5-25.\n"
    "Lee, M., & Park, J. (2018). Towns. Urban Studies, 55, 1-9.\n"
    "Smith, A. (2010). The argument. Princeton University Press.\n"
    "Smith, A. (2012a). Refinement one. Theory and Society, 41, 1-10.\n"
    "Smith, A. (2012b). Refinement two. Theory and Society, 41, 11-20.\n"
    "Smith, A. (2014). Coda. Theory and Society, 43, 1-2.\n"
)


def _check(body: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    report = check_text(f"Introduction\n\n{body}\n\nReferences\n\n{LIST}")
    links = {link.citation_id: link.reference_ids for link in report.links}
    return [(c.text, c.year, links[c.id]) for c in report.citations]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Smith (2010) argued it, and later (2012a, 2012b) refined it; Jones (2011) agreed.",
            [
                ("Smith (2010)", "2010", ("r4",)),
                ("2012a", "2012a", ("r5",)),
                ("2012b", "2012b", ("r6",)),
                ("Jones (2011)", "2011", ("r1",)),
            ],
        ),
        # after a parenthetical citation, across a sentence; with a page; "2012a, b"
        (
            "It holds (Smith, 2010). In a later paper (2014, p. 2) she said more (2012a, b).",
            [
                ("Smith, 2010", "2010", ("r4",)),
                ("2014", "2014", ("r7",)),
                ("2012a", "2012a", ("r5",)),
                ("b", "2012b", ("r6",)),
            ],
        ),
        (
            "Lee and Park (2016) mapped cities and then towns (2018); Jones (2011) did not.",
            [
                ("Lee and Park (2016)", "2016", ("r2",)),
                ("2018", "2018", ("r3",)),
                ("Jones (2011)", "2011", ("r1",)),
            ],
        ),
        # a listed name a few words before the bracket, in the same sentence
        (
            "As Jones notes (2011, 33), this matters; Smith (2010) agrees.",
            [("2011", "2011", ("r1",)), ("Smith (2010)", "2010", ("r4",))],
        ),
        # ... in the possessive: "Mumford's classic (1961)", "Jones' book (2011)"
        (
            "Smith (2010) argued it; Jones's big book (2011) agreed, as Jones' book (2011, 4) says.",
            [
                ("Smith (2010)", "2010", ("r4",)),
                ("2011", "2011", ("r1",)),
                ("2011", "2011", ("r1",)),
            ],
        ),
    ],
)
def test_years_cite_the_authors_before_them(
    body: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert _check(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a year no work of the authors has is a date
        "Smith (2010) wrote before the strike (1984) ended.",
        # another proper name between: Jones's work, not Smith's
        "Smith (2010) argued it; Brown's later paper (2012a) disagreed.",
        # another paragraph
        "Smith (2010) argued it.\n\nLater (2012a) it changed.",
        # too far from the citation
        "Smith (2010) argued it. " + "This went on for a long time. " * 14 + "Then (2014).",
        # two names that are not Lee and Park
        "Lee and Kim (2016) disagreed, and later (2018) too.",
    ],
)
def test_other_year_brackets_stay_prose(body: str) -> None:
    assert [text for text, _, _ in _check(body) if text[0].isdigit() or len(text) == 1] == []


def test_no_citations_before_means_no_year_citations() -> None:
    doc = Document(path="x.txt", format="text", source="In (2012) and (2014).")
    found = extract_year_citations(doc, [(0, len(doc.source))], (), [ref("r1", "Smith")])
    assert found == ()


_REFS: tuple[Reference, ...] = (ref("r1", "Smith", year="2012"), ref("r2", "Lee", year="2014"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Smith Lee(2012)2014ab,;.p \n", max_size=120))
def test_never_raises(source: str) -> None:
    doc = Document(path="x.txt", format="text", source=source)
    first = Citation(
        "c1", "author-date", "Smith", doc.span(0, min(1, len(source))), authors=("Smith",)
    )
    found = extract_year_citations(doc, [(0, len(source))], (first,), _REFS)
    for citation in found:
        assert source[citation.span.start : citation.span.end] == citation.text


def test_a_year_after_a_verb_of_saying_is_checked_even_where_no_work_fits() -> None:
    """ "As Jones notes (2012)" for Jones 2011 was read as prose, so the wrong year went
    unreported and the entry was reported uncited."""
    report = check_text(
        "Introduction\n\nAs Jones notes (2012), this matters. As Smith argued (2015, p. 4), it "
        "holds. Jones's team revisited the site (2013). Smith's book (2016) is long. Jones "
        "notes the strike (1984).\n\nReferences\n\n"
        "Jones, D. (2011). The big book. Norton.\n"
        "Smith, A. (2010). The argument. Princeton University Press.\n"
    )
    assert [(c.text, c.authors, c.year) for c in report.citations] == [
        ("2012", ("Jones",), "2012"),
        ("2015", ("Smith",), "2015"),
    ]
    assert [(f.rule, f.message) for f in report.findings] == [
        ("year-mismatch", "cited with year 2012 but the reference has 2011"),
        ("year-mismatch", "cited with year 2015 but the reference has 2010"),
    ]

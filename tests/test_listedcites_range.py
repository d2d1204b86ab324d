"""Citations of works published over several years, by the range their entry prints."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_text
from refcheck.listedcites import extract_range_citations
from refcheck.model import Document
from tests.factories import ref

LIST = (
    "Dickens, C. (1836–1837). The Pickwick papers. Chapman & Hall.\n"
    "Freud, S. (1953–1974). The standard edition (Vols. 1–24). Hogarth Press.\n"
    "Jones, A. (2001). A study. Journal, 1, 1-2.\n"
    "Wallace, D. F., & Kerr, B. 1996-97. Letters. Harper's Magazine 12: 1–20.\n"
)


def _check(body: str) -> list[tuple[str, str | None, tuple[str, ...], tuple[str, ...], bool]]:
    report = check_text(f"Introduction\n\n{body}\n\nReferences\n\n{LIST}")
    links = {link.citation_id: link.reference_ids for link in report.links}
    return [(c.text, c.year, c.authors, links[c.id], c.narrative) for c in report.citations]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "His works (Freud, 1953–1974; Jones, 2001) and Dickens (1836–1837) last.",
            [
                ("Freud, 1953–1974", "1953–1974", ("Freud",), ("r2",), False),
                ("Jones, 2001", "2001", ("Jones",), ("r3",), False),
                ("Dickens (1836–1837)", "1836–1837", ("Dickens",), ("r1",), True),
            ],
        ),
        # the end year shortened, or written out where the entry shortens it
        (
            "As Dickens (1836-37) and Wallace and Kerr (1996–1997) show.",
            [
                ("Dickens (1836-37)", "1836-37", ("Dickens",), ("r1",), True),
                ("Wallace and Kerr (1996–1997)", "1996–1997", ("Wallace", "Kerr"), ("r4",), True),
            ],
        ),
        # one year of the range is a citation as before
        ("(Freud, 1953)", [("Freud, 1953", "1953", ("Freud",), ("r2",), False)]),
    ],
)
def test_ranges_cite_entries_that_print_them(
    body: str, expected: list[tuple[str, str | None, tuple[str, ...], tuple[str, ...], bool]]
) -> None:
    assert _check(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Data were collected (GMEP, 1955–1969) and (Jones, 1999–2001).",  # no entry prints them
        "Freud (1953–1960) wrote less.",  # another range than the entry's
        "The Freudian years (1953–1974) passed.",
    ],
)
def test_other_ranges_stay_prose(body: str) -> None:
    assert _check(body) == []


def test_entries_read_a_range_as_their_first_year() -> None:
    report = check_text(f"Introduction\n\nText.\n\nReferences\n\n{LIST}")
    assert [(r.year, r.title) for r in report.references] == [
        ("1836", "The Pickwick papers"),
        ("1953", "The standard edition (Vols. 1–24)"),
        ("2001", "A study"),
        ("1996", "Letters"),
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Freud(1953–74) ,-etal.&Kerr\n", max_size=100))
def test_never_raises(source: str) -> None:
    doc = Document(path="x.txt", format="text", source=source)
    entry = ref("r1", "Freud", year="1953")
    entries = [entry.__class__(**{**_fields(entry), "raw": "Freud, S. (1953–74). Works."})]
    for citation in extract_range_citations(doc, [(0, len(source))], (), entries):
        assert source[citation.span.start : citation.span.end] == citation.text


def _fields(entry: object) -> dict[str, object]:
    return {name: getattr(entry, name) for name in entry.__slots__}  # type: ignore[attr-defined]

"""Citations in notes (Chicago's notes and bibliography): refcheck.notecites."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_text
from refcheck.model import Document
from refcheck.notecites import extract_note_citations, printed_run, title_words
from refcheck.references import parse_reference

EISENSTEIN = parse_reference(
    "Eisenstein, Elizabeth L. The Printing Press as an Agent of Change. Cambridge: Cambridge "
    "University Press, 1979.",
    "r1",
)
FEBVRE = parse_reference(
    "Febvre, Lucien, and Henri-Jean Martin. The Coming of the Book. London: Verso, 1976.", "r2"
)

NOTES_PAPER = """The Rise of Print

Early printers faced many obstacles.1 Later scholarship disagrees.2 Journals too.3 A book.4

Notes

1. Elizabeth L. Eisenstein, The Printing Press as an Agent of Change (Cambridge: Cambridge University Press, 1979), 45.
2. Ibid., 50; Adrian Johns, The Nature of the Book (Chicago: University of Chicago Press, 1998).
3. Robert Darnton, "What Is the History of Books?," Daedalus 111, no. 3 (1982): 65–83.
4. Lucien Febvre and Henri-Jean Martin, The Coming of the Book (London: Verso, 1976), 12.
5. Eisenstein, Printing Press, 50; Darnton, "History of Books," 70.

Bibliography

Darnton, Robert. "What Is the History of Books?" Daedalus 111, no. 3 (1982): 65–83.
Eisenstein, Elizabeth L. The Printing Press as an Agent of Change. Cambridge: Cambridge University Press, 1979.
Febvre, Lucien, and Henri-Jean Martin. The Coming of the Book. London: Verso, 1976.
Johns, Adrian. The Nature of the Book: Print and Knowledge in the Making. Chicago: University of Chicago Press, 1998.
Pettegree, Andrew. The Book in the Renaissance. New Haven: Yale University Press, 2010.
"""


@pytest.mark.parametrize(
    ("printed", "title", "run"),
    [
        ("The Printing Press as an Agent of Change", "The Printing Press as an Agent of Change", 8),
        ("Printing Press, 50", "The Printing Press as an Agent of Change", 2),  # a short title
        ("Nature of the Book", "The Nature of the Book: Print and Knowledge", 4),
        ("Ruth", "Ruth", 1),  # a one-word title, whole
        ("Printing, 50", "The Printing Press as an Agent of Change", 0),  # one word is too few
        ("Agent of Change", "The Printing Press as an Agent of Change", 3),
        ("History of Books", "What Is the History of Books?", 3),
        ("of the", "The Nature of the Book", 0),  # no word of the title's own
        ("The Press", "The Printing Press", 0),
    ],
)
def test_a_notes_title_is_the_whole_title_or_a_short_title(
    printed: str, title: str, run: int
) -> None:
    assert printed_run(title_words(printed), title_words(title)) == run


def test_full_and_short_notes_of_the_lists_works() -> None:
    source = (
        "1. Lucien Febvre and Henri-Jean Martin, *The Coming of the Book* (London: Verso, 1976), "
        "12.\n2. Eisenstein, *Printing Press*, 50.\n3. Eisenstein, in passing, discusses it.\n"
    )
    doc = Document(path="n.md", format="markdown", source=source)
    found = extract_note_citations(doc, [(0, len(source))], [EISENSTEIN, FEBVRE])
    assert [(c.kind, c.text, c.authors, c.title, c.group) for c in found] == [
        (
            "note",
            "Febvre and Henri-Jean Martin, *The Coming of the Book*",
            ("Febvre",),
            "The Coming of the Book",
            1,
        ),
        ("note", "Eisenstein, *Printing Press*", ("Eisenstein",), "Printing Press", 2),
    ]
    # the span takes the emphasis that closes the title
    assert (found[1].span.start, found[1].span.end) == (95, 123)
    assert source[95:123] == "Eisenstein, *Printing Press*"


def test_a_notes_paper_cites_its_bibliography_in_its_notes() -> None:
    report = check_text(NOTES_PAPER, path="notes.txt")
    assert report.style == "notes"
    linked = {
        c.text: link.reference_ids for c, link in zip(report.citations, report.links, strict=True)
    }
    assert linked == {
        "Eisenstein, The Printing Press as an Agent of Change": ("r2",),
        "Johns, The Nature of the Book": ("r4",),
        'Darnton, "What Is the History of Books?,"': ("r1",),
        "Febvre and Henri-Jean Martin, The Coming of the Book": ("r3",),
        "Eisenstein, Printing Press": ("r2",),
        'Darnton, "History of Books,"': ("r1",),
    }
    # the imprint "(London: Verso, 1976)" is no author-date citation; Pettegree is never cited
    assert [(f.rule, f.span.line if f.span else 0) for f in report.findings] == [
        ("uncited-reference", 19)
    ]


def test_a_note_that_misspells_its_author_is_author_mismatch() -> None:
    """ "Eisenstien, Printing Press, 50": read because the misspelt author's title follows, and
    reported with the list's spelling (before: the note was not read at all, no finding); a
    misspelt-looking name before a title of nobody's cites nothing."""
    paper = NOTES_PAPER.replace("5. Eisenstein, Printing", "5. Eisenstien, Printing")
    paper = paper.replace("A book.4", "A book.4 Einstein, The Meaning of Relativity, 12.")
    report = check_text(paper, path="notes.txt")
    linked = [
        (c.text, link.status, link.reference_ids)
        for c, link in zip(report.citations, report.links, strict=True)
    ]
    assert ("Eisenstien, Printing Press", "fuzzy", ("r2",)) in linked
    assert not [c for c in report.citations if c.text.startswith("Einstein")]
    assert [(f.rule, f.span.line if f.span else 0, f.suggestion) for f in report.findings] == [
        ("author-mismatch", 11, "Eisenstein"),
        ("uncited-reference", 19, None),
    ]


def test_an_author_date_paper_keeps_its_citations_but_not_a_books_imprint() -> None:
    text = (
        "Print changed science (Eisenstein, 1979; Source: Eisenstein, 1979), as a book argued "
        "(London: Verso, 1976) and another (Cambridge, MA: Harvard, 1999).\n\n"
        "References\n\nEisenstein, E. L. (1979). The printing press as an agent of change. "
        "Cambridge University Press.\n"
    )
    report = check_text(text)
    assert report.style == "author-date"
    assert [(c.id, c.kind, c.text) for c in report.citations] == [
        ("c1", "author-date", "Eisenstein, 1979"),
        ("c2", "author-date", "Eisenstein, 1979"),
    ]
    assert [f.rule for f in report.findings] == ["repeated-citation"]  # the same work twice


def test_a_paper_with_notes_only_has_no_citation_to_check() -> None:
    text = (
        "Print changed Europe.1\n\nNotes\n\n1. Lucien Febvre and Henri-Jean Martin, The Coming "
        "of the Book (London: Verso, 1976), 12.\n"
    )
    report = check_text(text)
    assert (report.citations, report.findings) == ((), ())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_reading_notes_never_raises(text: str) -> None:
    doc = Document(path="x.txt", format="text", source=text)
    for citation in extract_note_citations(doc, [(0, len(text))], [EISENSTEIN, FEBVRE]):
        assert text[citation.span.start : citation.span.end] == citation.text

"""MLA's author-page citations: refcheck.pagecites."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_text
from refcheck.model import Document
from refcheck.pagecites import extract_page_citations
from tests.factories import cited

MLA_PAPER = """Print and Change

Print transformed early modern Europe (Eisenstein 45). Others stress the book trade (Johns 12-15; Febvre and Martin 77). Darnton asks what the history of books is (65). Pettegree disagrees (Pettegree, Book in the Renaissance 20). A missing one (Gutenberg 3), a misspelt one (Eisenstien 50), a table (Table 3).

Works Cited

Darnton, Robert. "What Is the History of Books?" Daedalus, vol. 111, no. 3, 1982, pp. 65-83.
Eisenstein, Elizabeth L. The Printing Press as an Agent of Change. Cambridge UP, 1979.
Febvre, Lucien, and Henri-Jean Martin. The Coming of the Book. Verso, 1976.
Johns, Adrian. The Nature of the Book. U of Chicago P, 1998.
Pettegree, Andrew. The Book in the Renaissance. Yale UP, 2010.
Pettegree, Andrew. Brand Luther. Penguin, 2015.
Unused, Alice. Never Cited. Penguin, 2001.
"""


def test_author_page_citations_and_their_fields() -> None:
    source = "As shown (Eisenstein 45; Febvre and Martin 77-79), and (Smith et al. 102)."
    doc = Document(path="x.txt", format="text", source=source)
    found = extract_page_citations(doc, [(0, len(source))], ["Eisenstein", "Febvre", "Smith"])
    assert [
        (c.kind, c.text, c.authors, c.locator, c.et_al, c.group, c.span.start, c.span.end)
        for c in found
    ] == [
        ("author-page", "Eisenstein 45", ("Eisenstein",), "45", False, 1, 10, 23),
        ("author-page", "Febvre and Martin 77-79", ("Febvre", "Martin"), "77-79", False, 1, 25, 48),
        ("author-page", "Smith et al. 102", ("Smith",), "102", True, 2, 56, 72),
    ]


def test_a_capital_word_and_a_number_is_no_citation_unless_a_listed_author() -> None:
    source = "See (Table 3), (Study 2) and (Gutenberg 3), also (Smith 2001)."
    doc = Document(path="x.txt", format="text", source=source)
    assert extract_page_citations(doc, [(0, len(source))], ["Smith"]) == ()


def test_an_mla_paper_is_checked_by_its_names() -> None:
    report = check_text(MLA_PAPER, path="mla.txt")
    assert report.style == "author-page"
    linked = {
        c.text: (link.status, link.reference_ids)
        for c, link in zip(report.citations, report.links, strict=True)
    }
    assert linked == {
        "Eisenstein 45": ("exact", ("r2",)),
        "Johns 12-15": ("exact", ("r4",)),
        "Febvre and Martin 77": ("exact", ("r3",)),
        "Darnton asks what the history of books is (65)": ("exact", ("r1",)),
        "Pettegree, Book in the Renaissance 20": ("exact", ("r5",)),
        "Gutenberg 3": ("none", ()),
        "Eisenstien 50": ("fuzzy", ("r2",)),
    }
    assert [(f.rule, f.span.line if f.span else 0, f.suggestion) for f in report.findings] == [
        ("missing-reference", 3, None),
        ("author-mismatch", 3, "Eisenstein"),
        ("uncited-reference", 12, None),  # Brand Luther: the short title named the other work
        ("uncited-reference", 13, None),
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="()Smith Table 0123456789-;,.and et al", max_size=200))
def test_reading_author_page_citations_never_raises(text: str) -> None:
    doc = Document(path="x.txt", format="text", source=text)
    for citation in extract_page_citations(doc, [(0, len(text))], ["Smith"]):
        assert text[citation.span.start : citation.span.end] == citation.text


MLA_TITLES = """Reading and Race

Morrison's novel turns memory into structure (Morrison 45). Baldwin describes the village as a place outside history ("Stranger" 160), and Woolf asked fiction to record things (Woolf 154). Lorde warns us (Lorde 112). The climate mattered too ("Climate Change"). Kincaid compresses a life (Kincaid 29). A quotation in brackets ("the atoms as they fall") cites nothing.

Works Cited

Baldwin, James. "Stranger in the Village." Notes of a Native Son, Beacon Press, 1955, pp. 159-75.
"Climate Change." Encyclopaedia Britannica, 12 Mar. 2023, www.britannica.com/science/climate-change.
Kincaid, Jamaica. "Girl." The New Yorker, 26 June 1978, p. 29.
Lorde, Audre. "The Master's Tools Will Never Dismantle the Master's House." Sister Outsider: Essays and Speeches, Crossing Press, 2007, pp. 110-14.
Morrison, Toni. Beloved. Knopf, 1987.
Woolf, Virginia. "Modern Fiction." The Common Reader, Harcourt, Brace and Company, 1925, pp. 150-58.
"""


def test_an_mla_paper_cites_by_short_title_where_no_author_is_printed() -> None:
    """'("Climate Change")' for an entry without an author, '("Stranger" 160)' for one whose
    author the sentence names; the list's entry opening with a quote is an entry of its own
    (before: it ran into Baldwin's, and both citations were lost)."""
    report = check_text(MLA_TITLES, path="mla.txt")
    assert len(report.references) == 6
    assert report.references[1].authors == ()
    linked = [
        (c.text, c.authors, c.title, c.locator, link.status, link.reference_ids)
        for c, link in zip(report.citations, report.links, strict=True)
    ]
    assert linked[1] == ('"Stranger" 160', (), "Stranger", "160", "exact", ("r1",))
    assert linked[4] == ('"Climate Change"', (), "Climate Change", None, "exact", ("r2",))
    assert len(linked) == 6
    assert report.findings == ()
    misspelt = MLA_TITLES.replace('("Climate Change")', '("Climate Chaos")')
    assert [(f.rule, f.span.line if f.span else 0) for f in check_text(misspelt).findings] == [
        ("uncited-reference", 8)
    ]


def test_lower_case_authors_and_one_word_short_titles() -> None:
    """'(Gates 12-15; hooks 33)' was lost and "hooks, bell." ran into the entry before; a short
    title of one long word ('"Memory"', "Trauma") picks among an author's works (before: both
    ambiguous); "Oxford UP" is a publisher."""
    report = check_text(
        'Intro\n\nCritics agree (Gates 12-15; hooks 33). An article (Brown, "Memory" 5) '
        "differs from a book (Brown, Trauma 88). Not a citation (see 45).\n\nWorks Cited\n\n"
        'Brown, Laura. "Memory and Fiction." PMLA, vol. 120, no. 2, 2005, pp. 1-10.\n'
        "Brown, Laura. Trauma and Narrative. Routledge, 2008.\n"
        "Gates, Henry Louis, Jr. The Signifying Monkey. Oxford UP, 1988.\n"
        "hooks, bell. Ain't I a Woman. South End Press, 1981.\n"
        "The Bible. Authorized King James Version, Oxford UP, 1998.\n"
    )
    assert cited(report) == [
        ("Gates 12-15", ("r3",)),
        ("hooks 33", ("r4",)),
        ('Brown, "Memory" 5', ("r1",)),
        ("Brown, Trauma 88", ("r2",)),
    ]
    assert [(p.family, p.given) for p in report.references[3].authors] == [("hooks", "bell")]
    assert [(f.rule, f.reference_id) for f in report.findings] == [("uncited-reference", "r5")]


def test_titles_of_books_and_plays_with_pages_or_lines() -> None:
    """An author named in the sentence, then a book's title in plain text and the page ("(Will
    in the World 45)") or a play's act, scene and lines ("(Hamlet 3.1.150)"), even in a paper
    with too few author-page citations to show the style (before: both lost, their entries
    uncited); a book "Edited by …, Publisher, Year" without an author is a title, with its
    publisher (before: the title was read as a body and the entry as incomplete)."""
    report = check_text(
        "Intro\n\nGreenblatt agrees (Will in the World 45). Ophelia answers (Hamlet 3.1.150) "
        "and Hamlet doubts (Shakespeare, Hamlet 3.1.56-60). "
        "Scripture too (New Jerusalem Bible 12). Not a citation (Table 3) nor (World 4).\n\n"
        "Works Cited\n\n"
        "Greenblatt, Stephen. Will in the World: How Shakespeare Became Shakespeare. Norton, "
        "2004.\n"
        "The New Jerusalem Bible. Edited by Henry Wansbrough, Doubleday, 1985.\n"
        "Shakespeare, William. Hamlet. Edited by Barbara A. Mowat and Paul Werstine, Simon and "
        "Schuster, 1992.\n"
    )
    assert cited(report) == [
        ("Will in the World 45", ("r1",)),
        ("Hamlet 3.1.150", ("r3",)),
        ("Shakespeare, Hamlet 3.1.56-60", ("r3",)),
        ("New Jerusalem Bible 12", ("r2",)),
    ]
    assert [c.locator for c in report.citations] == ["45", "3.1.150", "3.1.56-60", "12"]
    assert [(r.authors, r.title, r.publisher) for r in report.references[1:]] == [
        ((), "The New Jerusalem Bible", "Doubleday"),
        (report.references[2].authors, "Hamlet", "Simon and Schuster"),
    ]
    assert report.findings == ()


def test_a_one_word_title_with_a_page_is_its_book_not_a_name() -> None:
    """MLA's "(Beloved 201)": one capital word, read as an author no entry has, is the whole
    title of Morrison's novel (before: a missing reference)."""
    report = check_text(
        "Intro\n\nMemory shapes narrative (Morrison 45). Its structure is circular (Morrison "
        "112-14; Gates 23). Some disagree (Jones 3). The novel (Beloved 201) ends with a "
        "refrain.\n\nWorks Cited\n\n"
        "Gates, Henry Louis, Jr. The Signifying Monkey. Oxford UP, 1988.\n"
        "Jones, Gayl. Liberating Voices. Harvard UP, 1991.\n"
        "Morrison, Toni. Beloved. Knopf, 1987.\n"
    )
    assert cited(report) == [
        ("Morrison 45", ("r3",)),
        ("Morrison 112-14", ("r3",)),
        ("Gates 23", ("r1",)),
        ("Jones 3", ("r2",)),
        ("Beloved 201", ("r3",)),
    ]
    assert report.findings == ()


def test_a_short_title_of_one_word_and_a_title_beside_a_name_in_one_bracket() -> None:
    """'Baker disputes (Blues 78-80)': a book's first word, no author's name, cites the book
    whose title opens with it (before: a missing reference "Blues", and Baker's entry
    uncited, its title read without "Blues" as if a person after "Jr."); '("Race and Fiction"
    12; Smith and Jones 5)', a quoted title beside a name, was lost whole. A title's first word
    in an author-date paper ("(Notch 1–4)") stays prose."""
    report = check_text(
        "Intro\n\nThe novel is a meditation on memory (Morrison 45; hooks 112). Gates argues "
        'it (Gates 51), a claim Baker disputes (Blues 78-80). Others ("Race and Fiction" 12; '
        "Smith and Jones 5) disagree.\n\nWorks Cited\n\n"
        "Baker, Houston A., Jr. Blues, Ideology, and Afro-American Literature: A Vernacular "
        "Theory. U of Chicago P, 1984.\n"
        "Gates, Henry Louis, Jr. The Signifying Monkey. Oxford UP, 1988.\n"
        "hooks, bell. Black Looks: Race and Representation. South End Press, 1992.\n"
        "Morrison, Toni. Playing in the Dark. Harvard UP, 1992.\n"
        '"Race and Fiction." The New Yorker, 3 Mar. 2001, pp. 10-14.\n'
        'Smith, Anna, and Robert Jones. "Reading Memory." PMLA, vol. 120, no. 3, 2005, '
        "pp. 1-15.\n"
    )
    assert cited(report) == [
        ("Morrison 45", ("r4",)),
        ("hooks 112", ("r3",)),
        ("Gates 51", ("r2",)),
        ("Blues 78-80", ("r1",)),
        ('"Race and Fiction" 12', ("r5",)),
        ("Smith and Jones 5", ("r6",)),
    ]
    assert [(c.authors, c.title, c.locator) for c in report.citations[3:5]] == [
        ((), "Blues", "78-80"),
        ((), "Race and Fiction", "12"),
    ]
    baker = report.references[0]
    assert (baker.authors[0].family, baker.authors[0].given, baker.title) == (
        "Baker",
        "Houston A. Jr.",
        "Blues, Ideology, and Afro-American Literature: A Vernacular Theory",
    )
    assert report.findings == ()
    author_date = check_text(
        "Intro\n\nNotch signalling (Bray, 2006) acts through receptors (Notch 1–4) and more "
        "(Fortini, 2009).\n\nReferences\n\n"
        "Bray, S. (2006). Notch signalling: A simple pathway. Nat Rev Mol Cell Biol, 7, 678–689.\n"
        "Fortini, M. (2009). Notch signaling: The core pathway. Dev Cell, 16, 633–647.\n"
    )
    assert [c.text for c in author_date.citations] == ["Bray, 2006", "Fortini, 2009"]
    assert author_date.findings == ()

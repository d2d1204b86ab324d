"""The book of a chapter in the run-on forms of IEEE, Harvard, Nature and MLA."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.references import parse_reference
from refcheck.refparse_chapter import ChapterBook, chapter_book


@pytest.mark.parametrize(
    ("raw", "title", "container", "pages"),
    [
        (  # IEEE
            "B. Okafor, “Palm viruses and their replication,” in Fields of Palms, D. M. Mensah "
            "and D. P. Osei, Eds. Philadelphia, PA: Palm House, 2007, pp. 2905–46.",
            "Palm viruses and their replication",
            "Fields of Palms",
            "2905–46",
        ),
        (  # Harvard
            "Okafor, A. (1982) 'Cutaneous palm mechanisms', in Mensah, H.B. and Osei, J.D. "
            "(eds) The palm senses. Cambridge: Cambridge University Press, pp. 369–408.",
            "Cutaneous palm mechanisms",
            "The palm senses",
            "369–408",
        ),
        (  # Nature prints no chapter title
            "Okafor, B. in Fields of Palms (eds Mensah, D. M. & Osei, D. P.) 2905–46 (Palm "
            "House, 2007).",
            None,
            "Fields of Palms",
            "2905–46",
        ),
        (  # MLA
            "Okafor, T., et al. “Ubiquity of microscopic palms? Evidence from morphology.” "
            "Biogeography of palms: Is everything small everywhere?, edited by D. Mensah, "
            "Cambridge University Press, 2011, pp. 244–283.",
            "Ubiquity of microscopic palms? Evidence from morphology",
            "Biogeography of palms: Is everything small everywhere?",
            "244–283",
        ),
    ],
)
def test_a_chapters_book_is_its_container(
    raw: str, title: str | None, container: str, pages: str
) -> None:
    reference = parse_reference(raw, "r1")
    assert (reference.title, reference.container, reference.pages) == (title, container, pages)


def test_the_nature_form_gives_the_pages_publisher_and_year() -> None:
    text = "Okafor, B. in Fields of Palms (eds Mensah, D. M.) 2905–46 (Palm House, 2007)."
    assert chapter_book(text) == ChapterBook("Fields of Palms", 11, "2905–46", "Palm House", "2007")


@pytest.mark.parametrize(
    "text",
    [
        # guards: "in" inside a title, a journal, APA's own sentence
        "Okafor, B. (2007). Palm oil in Ghana, 1900–2000. Palm Res, 3, 1–9.",
        "Okafor B. Palm oil in the tropics. Palm Res. 2007;3:1–9.",
        "Okafor, B. (2007). Harvest. In D. M. Mensah (Ed.), Palms (pp. 1–9). Palm House.",
    ],
)
def test_no_run_on_form_no_book(text: str) -> None:
    assert chapter_book(text) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="in edited by()“”,.&'ABCDE abc12–", max_size=120))
def test_chapter_book_never_raises(text: str) -> None:
    found = chapter_book(text)
    assert found is None or found.book


def test_chicagos_in_is_no_part_of_the_book() -> None:
    reference = parse_reference(
        "Okafor, J. A. 2009. “Palm harvest.” In The Palm Book, edited by K. Mensah and T. Osei, "
        "1–20. Accra: Palm House.",
        "r1",
    )
    assert (reference.title, reference.container) == ("Palm harvest", "The Palm Book")


@pytest.mark.parametrize(
    ("raw", "families", "title", "publisher"),
    [
        # IEEE and Nature books: the title after a list that "and" or "&" closed
        (
            "G. E. Okafor and D. Mensah, Past, Current and Future Trends in Palm Use. San "
            "Francisco: Center for Palm Research and Education, 2003.",
            ["Okafor", "Mensah"],
            "Past, Current and Future Trends in Palm Use",
            "Center for Palm Research and Education",
        ),
        (
            "Okafor, G. E. & Mensah, D. Past, Current and Future Trends in Palm Use (Center for "
            "Palm Research and Education, 2003).",
            ["Okafor", "Mensah"],
            "Past, Current and Future Trends in Palm Use",
            "Center for Palm Research and Education",
        ),
        (
            "J. A. Okafor and H. A. Mensah, Speciation. Sunderland, MA: Palm Associates, 2004.",
            ["Okafor", "Mensah"],
            "Speciation",
            "Palm Associates",
        ),
        # Nature: "Title (Publisher, Year)."
        (
            "Okafor, B. & Mensah, E. O. The Palms (Harvard University Press, 1990).",
            ["Okafor", "Mensah"],
            "The Palms",
            "Harvard University Press",
        ),
        (
            "Okafor, C., Fat, D. M. & Mensah, J. T. The global burden of palm blight: 2004 "
            "update (World Health Organization, 2008).",
            ["Okafor", "Fat", "Mensah"],
            "The global burden of palm blight: 2004 update",
            "World Health Organization",
        ),
        # IEEE: the publisher before the place
        (
            "J. D. Okafor, Mathematical palms II: spatial models and applications. Springer, "
            "Berlin, 2003.",
            ["Okafor"],
            "Mathematical palms II: spatial models and applications",
            "Springer",
        ),
    ],
)
def test_a_books_title_after_the_names_and_before_the_imprint(
    raw: str, families: list[str], title: str, publisher: str
) -> None:
    reference = parse_reference(raw, "r1")
    assert [person.family for person in reference.authors] == families
    assert (reference.title, reference.publisher) == (title, publisher)


def test_a_nature_chapter_keeps_its_years_letter_and_pages() -> None:
    reference = parse_reference(
        "Okafor, Y. et al. in Palm-engineered mice for research: design, analysis and testing "
        "(eds Mensah, J. E. & Osei, T.) 83–111 (Springer, 2011b).",
        "r1",
    )
    assert (reference.year, reference.pages, reference.publisher) == ("2011b", "83–111", "Springer")
    assert reference.container == "Palm-engineered mice for research: design, analysis and testing"


def test_an_acs_chapters_book_and_an_acs_books_imprint() -> None:
    chapter = parse_reference(
        "Okafor, B. Palm viruses and their replication. In Fields of Palms; Mensah, D. M.; "
        "Osei, D. P., Eds.; Palm House: Philadelphia, PA, 2007; pp 2905–46.",
        "r1",
    )
    assert (chapter.title, chapter.container, chapter.pages) == (
        "Palm viruses and their replication",
        "Fields of Palms",
        "2905–46",
    )
    ran_on = parse_reference(
        "Okafor, V. The muscle pattern of Drosophila. In Muscle development in Drosophila; Mensah, "
        "H., Ed.; Springer Science+Business Media: New York, 2006; pp 8–27.",
        "r1",
    )
    assert (ran_on.title, ran_on.container) == (
        "The muscle pattern of Drosophila",
        "Muscle development in Drosophila",
    )
    book = parse_reference(
        "Okafor, G. E.; Mensah, D. Past, Current and Future Trends in Palm Use; Center for Palm "
        "Research and Education: San Francisco, 2003.",
        "r1",
    )
    assert [person.family for person in book.authors] == ["Okafor", "Mensah"]
    assert (book.title, book.publisher) == (
        "Past, Current and Future Trends in Palm Use",
        "Center for Palm Research and Education",
    )


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # guards: a semicolon inside a title; a list of names only
        (
            "Okafor, Louis. Living Palms; New Directions in Contemporary Palm-Making. Translated "
            "by Isabel Mensah. New York: Praeger, 1973.",
            "Living Palms; New Directions in Contemporary Palm-Making",
        ),
    ],
)
def test_a_semicolon_in_a_title_is_no_acs_imprint(raw: str, title: str) -> None:
    assert parse_reference(raw, "r1").title == title


def test_an_acs_books_short_title_and_publisher_are_no_names() -> None:
    reference = parse_reference(
        "Okafor, B.; Mensah, E. O. The Palms; Harvard University Press: Cambridge, "
        "Massachusetts, 1990.",
        "r1",
    )
    assert [person.family for person in reference.authors] == ["Okafor", "Mensah"]
    assert (reference.title, reference.publisher) == ("The Palms", "Harvard University Press")


@pytest.mark.parametrize(
    ("raw", "families", "title", "publisher"),
    [
        # ACS imprints: an abbreviation in the publisher, places joined by "and", a title whose
        # first words before a comma the labeller read as one more name
        (
            "Okafor, S. J. Tears of the Palm and Other Tales from the Genetic Frontier; St. "
            "Martins Press: New York, 2003.",
            ["Okafor"],
            "Tears of the Palm and Other Tales from the Genetic Frontier",
            "St. Martins Press",
        ),
        (
            "Okafor, S. L.; Mensah, T. M. Palm Biodiversity, Conservation and Management; IUCN "
            "Species Survival Commission Palm Specialist Group: Gland, Switzerland and "
            "Cambridge, UK, 2002.",
            ["Okafor", "Mensah"],
            "Palm Biodiversity, Conservation and Management",
            "IUCN Species Survival Commission Palm Specialist Group",
        ),
    ],
)
def test_acs_imprints(raw: str, families: list[str], title: str, publisher: str) -> None:
    reference = parse_reference(raw, "r1")
    assert [person.family for person in reference.authors] == families
    assert (reference.title, reference.publisher) == (title, publisher)

from __future__ import annotations

import pytest

from refcheck.match import YearKey, link_citations
from refcheck.model import Link
from tests.factories import cite, ref


def _one(citation, references, duplicates=()):  # type: ignore[no-untyped-def]
    return link_citations([citation], references, duplicates)[0]


def test_exact_surname_and_year() -> None:
    refs = [ref("r1", "Nye", year="2010"), ref("r2", "Nye", year="2013")]
    assert _one(cite("c1", "Nye", year="2013"), refs) == Link("c1", ("r2",), "exact", 100.0)


def test_accent_and_case_folded() -> None:
    refs = [ref("r1", "Ćwiek-Karpowicz", year="2012")]
    assert _one(cite("c1", "Cwiek-karpowicz", year="2012"), refs).status == "folded"


def test_particles_are_optional() -> None:
    refs = [ref("r1", "van Herpen", year="2015")]
    assert _one(cite("c1", "Herpen", year="2015"), refs).reference_ids == ("r1",)
    assert _one(cite("c1", "Van Herpen", year="2015"), refs).reference_ids == ("r1",)


def test_suffix_selects_entry() -> None:
    refs = [ref("r1", "Tsygankov", year="2013a"), ref("r2", "Tsygankov", year="2013b")]
    links = link_citations(
        [cite("c1", "Tsygankov", year="2013b"), cite("c2", "Tsygankov", year="2013")], refs
    )
    assert links[0] == Link("c1", ("r2",), "exact", 100.0)
    assert links[1] == Link("c2", ("r1", "r2"), "ambiguous", 100.0)


def test_same_author_year_without_suffix_is_ambiguous() -> None:
    refs = [ref("r1", "Laruelle", year="2008"), ref("r2", "Laruelle", year="2008")]
    assert _one(cite("c1", "Laruelle", year="2008"), refs).status == "ambiguous"


def test_duplicates_collapse_to_first_entry() -> None:
    refs = [ref("r1", "Laruelle", year="2008"), ref("r2", "Laruelle", year="2008")]
    link = _one(cite("c1", "Laruelle", year="2008"), refs, [("r1", "r2")])
    assert link == Link("c1", ("r1",), "exact", 100.0)


def test_second_author_and_count_disambiguate() -> None:
    refs = [
        ref("r1", "Sergunin", year="2015"),
        ref("r2", "Sergunin", "Karabeshkin", year="2015"),
        ref("r3", "Smith", "Jones", "Lee", year="2001"),
        ref("r4", "Smith", year="2001"),
    ]
    assert _one(cite("c1", "Sergunin", "Karabeshkin", year="2015"), refs).reference_ids == ("r2",)
    assert _one(cite("c1", "Smith", year="2001", et_al=True), refs).reference_ids == ("r3",)
    assert _one(cite("c1", "Smith", year="2001"), refs).reference_ids == ("r4",)


@pytest.mark.parametrize(
    ("cited", "listed"),
    [("Frier", "Freire"), ("Kisileva", "Kiseleva"), ("Oztertem", "Özertem"), ("Zahran", "Zahrn")],
)
def test_near_miss_is_fuzzy(cited: str, listed: str) -> None:
    refs = [ref("r1", listed, year="2009"), ref("r2", "Nye", year="2009")]
    link = _one(cite("c1", cited, year="2009"), refs)
    assert (link.reference_ids, link.status) == (("r1",), "fuzzy")
    assert link.score >= 88.0


@pytest.mark.parametrize(("cited", "listed"), [("Wong", "Wang"), ("Kin", "Kim"), ("Zhao", "Zhang")])
def test_distinct_short_names_do_not_link(cited: str, listed: str) -> None:
    refs = [ref("r1", listed, year="2009")]
    assert _one(cite("c1", cited, year="2009"), refs).status == "none"


def test_fuzzy_only_within_the_cited_year() -> None:
    refs = [ref("r1", "Freire", year="2010")]
    assert _one(cite("c1", "Frier", year="2009"), refs).status == "none"


def test_wrong_year_links_to_the_only_entry_of_the_author() -> None:
    refs = [ref("r1", "Nurgaliyeva", year="n.d."), ref("r2", "Nye", year="2010")]
    assert _one(cite("c1", "Nurgaliyeva", year="2016"), refs) == Link("c1", ("r1",), "year", 100.0)


def test_wrong_year_with_several_claimed_entries_is_missing() -> None:
    refs = [ref("r1", "Nye", year="2010"), ref("r2", "Nye", year="2013")]
    links = link_citations(
        [
            cite("c1", "Nye", year="2010"),
            cite("c2", "Nye", year="2013"),
            cite("c3", "Nye", year="2003"),
        ],
        refs,
    )
    assert [link.status for link in links] == ["exact", "exact", "none"]


def test_wrong_year_picks_the_one_unclaimed_entry() -> None:
    refs = [ref("r1", "Nye", year="2010"), ref("r2", "Nye", year="2013")]
    links = link_citations([cite("c1", "Nye", year="2010"), cite("c2", "Nye", year="2003")], refs)
    assert links[1] == Link("c2", ("r2",), "year", 100.0)


def test_yearless_corporate_citation() -> None:
    name = "Embassy of the Russian Federation to the Republic of Kazakhstan"
    refs = [ref("r1", name, year="2016", corporate=True)]
    assert _one(cite("c1", name, year=None), refs) == Link("c1", ("r1",), "exact", 100.0)


def test_numeric_citations_link_by_label() -> None:
    refs = [ref("r1", "A", label="1"), ref("r2", "B", label="2")]
    assert _one(cite("c1", numbers=(1, 2)), refs) == Link("c1", ("r1", "r2"), "exact", 100.0)
    assert _one(cite("c1", numbers=(2, 7)), refs).status == "partial"
    assert _one(cite("c1", numbers=(9,)), refs).status == "none"


@pytest.mark.parametrize(
    ("year", "base", "suffix"),
    [("2013a", "2013", "a"), ("2009", "2009", ""), ("n.d.", "n.d.", ""), (None, "", "")],
)
def test_year_key(year: str | None, base: str, suffix: str) -> None:
    assert YearKey.of(year) == YearKey(base, suffix)


def test_many_references_link_each_citation() -> None:
    refs = [ref(f"r{i}", f"Author{i:05d}", year=str(1950 + i % 70)) for i in range(3000)]
    cites = [cite(f"c{i}", f"Author{i:05d}", year=str(1950 + i % 70)) for i in range(3000)]
    links = link_citations(cites, refs)
    assert all(link.reference_ids == (f"r{i}",) for i, link in enumerate(links))

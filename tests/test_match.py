from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.dedupe import find_duplicate_references
from refcheck.match import FUZZY_CUTOFF, YearKey, entry_year, lead_keys, link_citations
from refcheck.model import Link, Person, Reference
from tests.factories import cite, ref

STATUSES = {"exact", "folded", "fuzzy", "year", "ambiguous", "none", "partial"}


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


def test_the_last_word_of_a_compound_family_name_is_a_near_miss() -> None:
    refs = [ref("r1", "Mark Welch", "Meselson", year="2000"), ref("r2", "Yi Ni Lam", year="2009")]
    link = _one(cite("c1", "Welch", year="2000"), refs)
    assert (link.reference_ids, link.status, link.score) == (("r1",), "fuzzy", 92.0)
    assert _one(cite("c1", "Lam", year="2009", et_al=True), refs).reference_ids == ("r2",)
    assert _one(cite("c1", "Welch", year="2001"), refs).status == "none"  # within its year


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


@pytest.mark.parametrize(
    ("cited", "listed"),
    [
        ("WHO", "World Health Organization"),
        ("CDC", "Centers for Disease Control and Prevention"),  # the last word left out
        ("UNEP", "United Nations Environment Programme"),
    ],
)
def test_an_organisation_is_cited_by_its_initials(cited: str, listed: str) -> None:
    refs = [
        ref("r1", listed, year="2010", corporate=True),
        ref("r2", listed, year="2012", corporate=True),
        ref("r3", "Whorf", year="2012"),
    ]
    assert _one(cite("c1", cited, year="2012"), refs) == Link("c1", ("r2",), "folded", 100.0)


def test_a_persons_name_gives_no_initials() -> None:
    refs = [ref("r1", "Wu Hai Ou", year="2010")]  # a person's three-word name, not corporate
    assert _one(cite("c1", "WHO", year="2010"), refs).status != "folded"


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


def _raw(id: str, raw: str, *families: str, year: str | None = None) -> Reference:
    """An entry as the parser may leave it: raw text, perhaps no authors or no year."""
    return Reference(id=id, raw=raw, authors=tuple(Person(f) for f in families), year=year)


@pytest.mark.parametrize(
    ("cited", "listed"),
    [
        ("Maitick", "Mattick"),  # an early error: Jaro-Winkler 87.9, one edit
        ("Browing", "Browning"),
        ("Amnuts", "Amunts"),  # two letters swapped
        ("Unverdoren", "Unverdorben"),
        ("Drinnenbrg", "Drinnenberg"),
    ],
)
def test_one_edit_on_a_long_name_is_a_near_miss(cited: str, listed: str) -> None:
    refs = [ref("r1", listed, year="2012"), ref("r2", "Nye", year="2012")]
    link = _one(cite("c1", cited, year="2012"), refs)
    assert (link.reference_ids, link.status) == (("r1",), "fuzzy")
    assert link.score >= FUZZY_CUTOFF


@pytest.mark.parametrize(
    ("cited", "listed"),
    [("Wong", "Wang"), ("Kin", "Kim"), ("Zhao", "Zhang"), ("Li", "Lee"), ("Chan", "Chen")],
)
def test_one_edit_on_a_short_name_is_another_name(cited: str, listed: str) -> None:
    assert _one(cite("c1", cited, year="2009"), [ref("r1", listed, year="2009")]).status == "none"


@pytest.mark.parametrize(
    ("cited", "year", "refs", "expected"),
    [
        # An exact surname with a wrong year beats a near-miss surname with the right year.
        ("Schulze", "2012", [("Schulz", "2012"), ("Schulze", "2013")], Link("c1", ("r2",), "year")),
        (
            "Willems",
            "2008",
            [("Willert", "2008"), ("Willems", "2007")],
            Link("c1", ("r2",), "year"),
        ),
        # With no entry of that surname the near miss stands.
        ("Schulze", "2012", [("Schulz", "2012")], Link("c1", ("r1",), "fuzzy", 97.1)),
        ("Hu", "2012", [("Hu", "2010"), ("Xu", "2012")], Link("c1", ("r1",), "year")),
    ],
)
def test_wrong_year_or_near_miss(
    cited: str, year: str, refs: list[tuple[str, str]], expected: Link
) -> None:
    references = [ref(f"r{i}", name, year=y) for i, (name, y) in enumerate(refs, start=1)]
    assert _one(cite("c1", cited, year=year), references) == expected


def test_wrong_year_on_the_only_entry_even_when_another_citation_uses_it() -> None:
    refs = [ref("r1", "Drinnenberg", year="2014"), ref("r2", "Nye", year="2011")]
    links = link_citations(
        [cite("c1", "Drinnenberg", year="2014"), cite("c2", "Drinnenberg", year="2011")], refs
    )
    assert [(link.reference_ids, link.status) for link in links] == [
        (("r1",), "exact"),
        (("r1",), "year"),
    ]


def test_in_press_fits_an_entry_that_prints_in_press() -> None:
    refs = [
        _raw("r1", "Brefort T, Tanaka S, Kahmann R. in press. Title. PLOS Pathog.", "Brefort"),
        _raw("r2", "Brefort T, Kahmann R. 2012. Other. Nature.", "Brefort", year="2012"),
    ]
    for printed in ("in press", "forthcoming"):
        link = _one(cite("c1", "Brefort", year=printed, et_al=True), refs)
        assert (link.reference_ids, link.status) == (("r1",), "exact")
    assert _one(cite("c1", "Brefort", year="2013"), refs).status == "none"  # r1, r2 both fit


@pytest.mark.parametrize(
    ("authors", "raw", "year"),
    [
        (("R Development Core Team",), "R Development Core Team. 2011. R: a language.", "2011"),
        (("Browning", "Browning"), "Browning BL, Browning SR. 2009. A unified approach.", "2009"),
        (("CCP4",), "CCP4. 1994. The CCP4 suite. Acta Crystallogr D 50:760–3.", "1994"),
        (("The 1000 Genomes Project Consortium",), "The 1000 Genomes Project Consortium.", "2012"),
        (("1000 Genomes Project Consortium",), "The 1000 Genomes Project Consortium.", "2012"),
    ],
)
def test_entry_without_parsed_authors_links_by_its_leading_words(
    authors: tuple[str, ...], raw: str, year: str
) -> None:
    refs = [_raw("r1", raw, year=year), ref("r2", "Other", year=year)]
    link = _one(cite("c1", *authors, year=year), refs)
    assert (link.reference_ids, link.status) == (("r1",), "folded")


def test_parsed_short_corporate_name_still_links() -> None:
    refs = [_raw("r1", "R Development Core Team. 2014. R.", "Development Core Team", year="2014")]
    link = _one(cite("c1", "R Development Core Team", year="2014"), refs)
    assert (link.reference_ids, link.status) == (("r1",), "folded")


def test_suffix_letters_follow_list_order_when_the_list_prints_none() -> None:
    refs = [ref(f"r{i}", "Cagampang", year="1998") for i in range(1, 5)]
    links = link_citations(
        [cite(f"c{n}", "Cagampang", year=f"1998{s}", et_al=True) for n, s in enumerate("acd")],
        refs,
    )
    assert [link.reference_ids for link in links] == [("r1",), ("r3",), ("r4",)]
    assert _one(cite("c1", "Cagampang", year="1998e"), refs).status == "ambiguous"


def test_author_count_before_spelling_then_spelling() -> None:
    refs = [ref("r1", "MacLean", year="2013"), ref("r2", "Maclean", "Ng", "Ho", year="2013")]
    many = _one(cite("c1", "MacLean", year="2013", et_al=True), refs)
    assert (many.reference_ids, many.status) == (("r2",), "folded")
    refs = [ref("r1", "MacLean", year="2013"), ref("r2", "Maclean", year="2013")]
    assert _one(cite("c1", "MacLean", year="2013"), refs) == Link("c1", ("r1",), "exact")


@pytest.mark.parametrize(
    ("authors", "entry", "expected"),
    [
        # A word before the citation read as a first name: the rest links exactly.
        (("APBS", "Nir"), ("Nir", "Michalet", "Weiss"), "exact"),
        (("Similarly", "Payseur", "Hoekstra"), ("Payseur", "Hoekstra"), "exact"),
        # The entry lists the cited names in another order: a near miss (author-mismatch).
        (("Elledge", "Zhou"), ("Zhou", "Elledge"), "fuzzy"),
    ],
)
def test_citation_whose_first_name_fits_nothing(
    authors: tuple[str, ...], entry: tuple[str, ...], expected: str
) -> None:
    refs = [ref("r1", *entry, year="2006"), ref("r2", "Other", year="2006")]
    link = _one(cite("c1", *authors, year="2006"), refs)
    assert (link.reference_ids, link.status) == (("r1",), expected)


def test_works_sharing_a_doi_are_not_collapsed_across_authors() -> None:
    refs = [
        ref("r1", "Moyle", "Nakazato", year="2010", doi="10.1126/science.1193063"),
        ref("r2", "Nadeau", "Whibley", "Jones", year="2012", doi="10.1126/science.1193063"),
    ]
    link = _one(cite("c1", "Nadeau", year="2012", et_al=True), refs, [("r1", "r2")])
    assert link == Link("c1", ("r2",), "exact")


@pytest.mark.parametrize(
    ("raw", "keys"),
    [
        (
            "R Development Core Team. 2011. R: a language.",
            ("r", "rdevelopment", "rdevelopmentcore", "rdevelopmentcoreteam"),
        ),
        ("Hallem EA, Ho MG. 2004.", ("hallem", "hallemea")),
        ("Smith J (2001) Title.", ("smith", "smithj")),
        ("The WHO Group. 2010.", ("the", "thewho", "thewhogroup", "who", "whogroup")),
        ("(2007) Messel.", ()),
        ("", ()),
    ],
)
def test_lead_keys(raw: str, keys: tuple[str, ...]) -> None:
    assert lead_keys(raw) == keys


@pytest.mark.parametrize(
    ("year", "base"),
    [("in press", "in press"), ("In press", "in press"), ("forthcoming", "in press")],
)
def test_year_key_in_press(year: str, base: str) -> None:
    assert YearKey.of(year) == YearKey(base, "")


def test_entry_year() -> None:
    assert entry_year(_raw("r1", "Smith J. in press. T.")) == YearKey("in press", "")
    assert entry_year(_raw("r1", "Smith J. Title.")) == YearKey("", "")
    assert entry_year(_raw("r1", "x", year="2013b")) == YearKey("2013", "b")


_NAMES = st.sampled_from(["Smith", "Smyth", "van Herpen", "Herpen", "O'Brien", "Ćwiek", "", "R"])
_YEARS = st.sampled_from(["2001", "2001a", "2001b", "n.d.", "in press", "forthcoming", None, "x"])
_RAWS = st.text(max_size=80) | st.sampled_from(["R Core Team. 2011.", "The A B. in press."])


@settings(max_examples=200, deadline=None)
@given(
    entries=st.lists(st.tuples(st.lists(_NAMES, max_size=3), _YEARS, _RAWS), max_size=8),
    cited=st.lists(st.tuples(st.lists(_NAMES, min_size=1, max_size=3), _YEARS), max_size=8),
    et_al=st.booleans(),
)
def test_linking_never_raises_and_links_listed_entries(
    entries: list[tuple[list[str], str | None, str]],
    cited: list[tuple[list[str], str | None]],
    et_al: bool,
) -> None:
    refs = [
        Reference(f"r{i}", raw, authors=tuple(Person(n) for n in names if n), year=year)
        for i, (names, year, raw) in enumerate(entries)
    ]
    cites = [cite(f"c{i}", *names, year=year, et_al=et_al) for i, (names, year) in enumerate(cited)]
    groups = find_duplicate_references(refs)
    links = link_citations(cites, refs, groups)
    ids = {r.id for r in refs}
    assert [link.citation_id for link in links] == [c.id for c in cites]
    assert all(set(link.reference_ids) <= ids for link in links)
    assert all(link.status in STATUSES for link in links)
    assert all(set(group) <= ids and len(group) > 1 for group in groups)
    for raw in (raw for _, _, raw in entries):
        assert all(key for key in lead_keys(raw))


def test_an_irish_particle_may_be_left_out() -> None:
    refs = [ref("r1", "Ó Briain", year="2016")]
    # not a near miss of the name (which an author-mismatch warning would report)
    assert _one(cite("c1", "Briain", year="2016"), refs) == Link("c1", ("r1",), "folded", 100.0)


@pytest.mark.parametrize(
    ("cited", "family", "given"),
    [
        ("R Development Core Team", "Development Core Team", "R"),
        ("Python Software Foundation", "Foundation", "PS"),
        ("European Bioinformatics Institute", "Bioinformatics Institute", "E."),
    ],
)
def test_a_body_printed_as_a_person_is_found_by_its_whole_name(
    cited: str, family: str, given: str
) -> None:
    listed = Reference(
        id="r1",
        raw=f"{family} {given}. 2012. A title.",
        authors=(Person(family, given),),
        year="2012",
        title="A title",
    )
    other = ref("r2", "Foundation", year="2012")  # another "Foundation", initials that differ
    assert _one(cite("c1", cited, year="2012"), [listed, other]) == Link(
        "c1", ("r1",), "folded", 100.0
    )


def test_a_given_name_first_read_as_one_family_is_found_by_its_last_word() -> None:
    """ "Theda Skocpol, “Bringing …”": a given name the list of given names lacks leaves the
    whole name one family (read as a body), so "(Skocpol, 1985)" was a missing reference and
    the entry uncited. A body's own words are no such name ("(Bank, 2020)" for World Bank)."""
    from refcheck.api import check_text

    text = (
        "Intro (Skocpol, 1985) and (Bank, 2020).\n\nBibliography\n\n"
        "Theda Skocpol, “Bringing the State Back In,” in Bringing the State Back In "
        "(Cambridge: Cambridge University Press, 1985), 3–37.\n"
        "World Bank. (2020). Data. World Bank.\n"
    )
    report = check_text(text)
    assert [(link.reference_ids, link.status) for link in report.links] == [
        (("r1",), "folded"),
        ((), "none"),
    ]
    assert [(f.rule, f.reference_id or f.citation_id) for f in report.findings] == [
        ("missing-reference", "c2"),
        ("uncited-reference", "r2"),
    ]


def test_cited_initials_choose_between_entries_of_one_surname() -> None:
    refs = [
        Reference("r1", "Smith, J. A. (2010).", authors=(Person("Smith", "J. A."),), year="2010"),
        Reference("r2", "Smith, R. (2010).", authors=(Person("Smith", "Rachel"),), year="2010"),
        Reference("r3", "Smith JP (2010).", authors=(Person("Smith", "JP"),), year="2010"),
    ]
    cited = cite("c1", "Smith", year="2010")
    assert _one(replace(cited, initials="R."), refs) == Link("c1", ("r2",), "exact", 100.0)
    assert _one(replace(cited, initials="J. A."), refs).reference_ids == ("r1",)
    assert _one(replace(cited, initials="J. P."), refs).reference_ids == ("r3",)
    # "J." fits both J. A. and JP; "K." fits none: the citation stays ambiguous
    assert _one(replace(cited, initials="J."), refs).reference_ids == ("r1", "r3")
    assert _one(replace(cited, initials="K."), refs).status == "ambiguous"
    assert _one(cited, refs).reference_ids == ("r1", "r2", "r3")

"""The whole pipeline on text: Markdown end to end, big inputs, and no text that makes it raise."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refcheck.api import check_paths, check_text
from refcheck.ingest import document_from_text
from refcheck.pipeline import body_ranges
from refcheck.references import find_reference_section
from tests.factories import cited

MARKDOWN = """# A paper

As *Neoclassical Realism, the State and Foreign Policy* (2009) argued, and as
**Nye (2013)** and [Lo (2015)](https://example.org/lo) show (see <https://example.org/x>).

## References

- Nye, J. (2013). What China and Russia Don't Get. *Foreign Policy*, 3, 1–9.
- Lo, B. (2015). Russian policy in Central Asia. *Russie.Nei.Visions*, 82, 1–26.
"""


def test_markdown_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "paper.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = check_paths([path]).documents[0]
    assert document.format == "markdown"
    got = [(c.text, c.authors, c.year, c.span.line, c.span.column) for c in document.citations]
    assert got == [
        ("Nye (2013)", ("Nye",), "2013", 4, 3),
        ("Lo (2015)", ("Lo",), "2015", 4, 21),
    ]
    assert [(r.authors[0].family, r.span.line if r.span else 0) for r in document.references] == [
        ("Nye", 8),
        ("Lo", 9),
    ]
    assert [u.url for u in document.body_urls] == [
        "https://example.org/lo",
        "https://example.org/x",
    ]
    assert document.findings == ()


def test_appendix_after_the_list_is_body_again() -> None:
    text = (
        "Intro (Nye, 2013).\n\nReferences\n\nNye, J. (2013). Soft power. *Foreign Policy*, 3.\n\n"
        "Appendix A\n\nMore detail (Lo, 2015).\n"
    )
    doc = document_from_text(text)
    section = find_reference_section(doc)
    ranges = body_ranges(doc, section)
    assert [text[a:b].strip().splitlines()[-1] for a, b in ranges] == [
        "Intro (Nye, 2013).",
        "More detail (Lo, 2015).",
    ]
    report = check_text(text)
    assert [(f.rule, f.span.line if f.span else 0) for f in report.findings] == [
        ("missing-reference", 9)
    ]


def test_an_organisation_cited_by_its_acronym_is_found() -> None:
    text = (
        "The World Health Organization (WHO, 2010) counted cases; the counts rose (WHO, 2012).\n\n"
        "References\n\n"
        "World Health Organization. (2010). World health report 2010. Geneva: WHO.\n\n"
        "World Health Organization. (2012). World health report 2012. Geneva: WHO.\n"
    )
    report = check_text(text)
    assert [f.rule for f in report.findings] == []
    assert [link.reference_ids for link in report.links] == [("r1",), ("r2",)]


def test_and_colleagues_is_a_citation_written_right() -> None:
    # (and "and others", "and co-authors": before, "Okafor and others (2001)" was lost)
    text = (
        "Okafor and colleagues (2001) measured it, Okafor and others (2001) too, and so did "
        "Okafor and co-authors (2001).\n\nReferences\n\n"
        "Okafor, B., Lindqvist, T., & Osei, M. (2001). Sleep. Sleep, 1, 1–2.\n"
    )
    report = check_text(text)
    assert [f.rule for f in report.findings] == []
    assert [link.reference_ids for link in report.links] == [("r1",)] * 3


def test_crlf_and_bom_keep_columns(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    text = "Intro line\r\nAs shown (Nye, 2013).\r\n\r\nReferences\r\n\r\nNye, J. (2013). Soft power. *Foreign Policy*, 3, 1–9.\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    document = check_paths([path]).documents[0]
    citation = document.citations[0]
    assert (citation.text, citation.span.line, citation.span.column) == ("Nye, 2013", 2, 11)
    assert document.findings == ()
    assert path.read_bytes() == b"\xef\xbb\xbf" + text.encode("utf-8")  # never modified


def test_a_one_megabyte_line_finishes(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word (Smith, 2001) " * 55_000 + "\n", encoding="utf-8")
    document = check_paths([path]).documents[0]
    assert len(document.citations) == 55_000
    assert [f.rule for f in document.findings] == ["no-reference-list"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.sampled_from(
                [
                    "(Nye, 2013)",
                    "Lo (2015)",
                    "\nReferences\n",
                    "- ",
                    "1. ",
                    "[1]",
                    " et al. ",
                    "(n.d.)",
                    "2013a",
                    "; ",
                    "*",
                    "<https://doi.org/10.1/x>",
                    "\n\n",
                    "Smith, J. ",
                    "(2009). ",
                    "Title. ",
                    "*Journal*, 3(2), 1–9.",
                    "doi:10.1000/x",
                    "¹²",
                    "^1^",
                ]
            ),
        ),
        max_size=30,
    ).map("".join)
)
def test_no_text_makes_the_pipeline_raise(text: str) -> None:
    report = check_text(text)
    for citation in report.citations:
        assert text[citation.span.start : citation.span.end] == citation.text
    for reference in report.references:
        assert reference.span is not None
        assert text[reference.span.start : reference.span.end] == reference.raw


def test_a_name_with_decomposed_accents_is_cited_and_linked_at_its_own_offsets() -> None:
    from refcheck.api import check_text

    for name in ("Marti\u0301nez", "Mart\u0131\u0301nez"):
        text = (
            f"Intro\n\nAs shown ({name} et al., 1999), cells grow.\n\nReferences\n\n"
            f"{name} C, Urbano A, Rozman C. 1999. Immunophenotypic analysis. Blood 94:1-10.\n"
        )
        report = check_text(text)
        (citation,) = report.citations
        assert citation.text == f"{name} et al., 1999"
        assert text[citation.span.start : citation.span.end] == citation.text
        assert citation.authors == (name,)
        assert [link.status for link in report.links] == ["exact"]
        assert report.findings == ()


def test_a_listed_author_whose_name_is_a_date_word_is_cited_without_a_comma() -> None:
    """ "(Winter 2009)", "(May 1976)": names, since the list has Winter 2009 and May 1976; a
    season or month no entry is by stays a date ("(Spring 2009)", "(March 2009)")."""
    text = (
        "Data were processed with xia2 (Winter 2009). Stability follows (May 1976). Samples "
        "were taken (Spring 2009) and again (March 2010).\n\nReferences\n\n"
        "May RM. 1976. Simple mathematical models. Nature 261:459–467.\n"
        "Winter G. 2009. xia2: an expert system. J Appl Cryst 43:186–190.\n"
    )
    report = check_text(text, path="x.txt")
    cited = [text[c.span.start : c.span.end] for c in report.citations]
    assert cited == ["Winter 2009", "May 1976"]
    assert [f.rule for f in report.findings] == []


def test_a_listed_author_after_other_words_is_cited_without_a_comma() -> None:
    """ "(as described in Okafor 1991)": a lone name after prose words and before a year with no
    comma is a citation when a listed first author bears it; "(described in Methods 2009)" is
    not."""
    text = (
        "Sensitivity was measured (as described in Okafor 1991). Samples were dried (described "
        "in Methods 2009).\n\nReferences\n\n"
        "Okafor MD. 1991. Factorial sampling plans. Technometrics 33:161–174.\n"
    )
    report = check_text(text, path="x.txt")
    assert [text[c.span.start : c.span.end] for c in report.citations] == ["Okafor 1991"]
    assert [f.rule for f in report.findings] == []


def test_firms_and_contributors_as_authors() -> None:
    # "(Johnson & Johnson, 2019)" was an author-count-mismatch, "(Wikipedia contributors,
    # 2021)" was lost and its entry reported uncited
    report = check_text(
        "Introduction\n\nAs reported (Johnson & Johnson, 2019; Wikipedia contributors, 2021; "
        "Mayo Clinic Staff, 2020).\n\nReferences\n\n"
        "Johnson & Johnson. (2019). Annual report. Johnson & Johnson.\n"
        "Mayo Clinic Staff. (2020). Heat stroke. Mayo Clinic. https://www.mayoclinic.org/h\n"
        "Wikipedia contributors. (2021). Plagiarism. In Wikipedia. "
        "https://en.wikipedia.org/wiki/Plagiarism\n"
    )
    assert cited(report) == [
        ("Johnson & Johnson, 2019", ("r1",)),
        ("Wikipedia contributors, 2021", ("r3",)),
        ("Mayo Clinic Staff, 2020", ("r2",)),
    ]
    assert report.findings == ()


def test_lettered_in_press_and_undated_works() -> None:
    # the entries "(in press-a)" were not split from the one before, and each citation fitted
    # both of an author's works
    report = check_text(
        "Introduction\n\nLee (in press-a) and (Lee, in press-b; Kim, n.d.-a, n.d.-b) agree.\n\n"
        "References\n\n"
        "Kim, S. (n.d.-a). First undated. Site. https://example.org/a\n"
        "Kim, S. (n.d.-b). Second undated. Site. https://example.org/b\n"
        "Lee, C. (in press-a). Forthcoming one. Journal.\n"
        "Lee, C. (in press-b). Forthcoming two. Journal.\n"
    )
    assert [r.year for r in report.references] == ["n.d.-a", "n.d.-b", "in press-a", "in press-b"]
    assert cited(report) == [
        ("Lee (in press-a)", ("r3",)),
        ("Lee, in press-b", ("r4",)),
        ("Kim, n.d.-a", ("r1",)),
        ("n.d.-b", ("r2",)),
    ]
    assert report.findings == ()


def test_a_body_is_cited_by_the_acronym_its_entry_defines() -> None:
    # "(DfE, 2018)" for "Department for Education (DfE)" was a missing-reference, and its entry
    # uncited
    report = check_text(
        "Introduction\n\nThe Department agreed (DfE, 2018), and NICE (2021) published it.\n\n"
        "References\n\n"
        "Department for Education (DfE) (2018) Keeping children safe. London: DfE.\n"
        "National Institute for Health and Care Excellence (NICE) (2021) Guideline NG12. "
        "London: NICE.\n"
    )
    assert cited(report) == [
        ("DfE, 2018", ("r1",)),
        ("NICE (2021)", ("r2",)),
    ]
    assert report.findings == ()


def test_a_work_read_through_another_needs_no_entry() -> None:
    # APA lists only the source read: Smith and Jones are no missing references, Ng is
    report = check_text(
        "Introduction\n\nAs shown (Smith, 2019, as cited in Lee, 2020), Jones (2011) as quoted in "
        "Lee (2020) agrees, unlike Ng (2018). As cited in Lee (2020), Green (1960) argued it, "
        "and as reported by Lee (2020, p. 4), Brown (1955) did. Reported in Table 2, Wu (1999) "
        "differs.\n\nReferences\n\n"
        "Lee, K. (2020). A secondary source. Journal, 2, 3-4.\n"
    )
    assert [(f.rule, f.message) for f in report.findings] == [
        ("missing-reference", "'Ng, 2018' matches no entry of the reference list"),
        ("missing-reference", "'Wu, 1999' matches no entry of the reference list"),
    ]


def test_a_dash_for_a_hyphen_in_a_doi_is_flagged_where_it_stands() -> None:
    text = (
        "Growth was linear (Smith, 2011).\n\nReferences\n\n"
        "Smith, B. (2011). A paper. Climatic Change, 2, 5\u20139. doi:10.1007/s10584\u2010015\u20101585\u2010x\n"
    )
    document = check_text(text)
    [finding] = document.findings
    assert (finding.code, finding.span.line, finding.span.column) == ("RC204", 5, 53)
    assert finding.message == (
        "DOI written as 'doi:10.1007/s10584\u2010015\u20101585\u2010x' has a Unicode hyphen (U+2010)"
        " where the DOI has '-'"
    )
    assert finding.suggestion == "https://doi.org/10.1007/s10584-015-1585-x"
    assert document.references[0].doi == "10.1007/s10584-015-1585-x"


def test_two_names_cited_in_the_other_order_and_a_listed_name_that_is_a_noun() -> None:
    """ "Case & Deaton (2009)" was no citation ("case" is a noun that dates prose, as in "the
    Case (2009)"), so the entry was reported uncited; "Deaton and Case" named only Deaton."""
    report = check_text(
        "Intro\n\nCase & Deaton (2009) found it; others (Deaton and Case, 2009) agree. The "
        "Table and Figure (2009) show it.\n\nReferences\n\n"
        "Case, A., & Deaton, A. (2009). Mortality. Journal, 1, 1-2.\n"
    )
    assert cited(report) == [
        ("Case & Deaton (2009)", ("r1",)),
        ("Deaton and Case, 2009", ("r1",)),
    ]
    assert [(f.rule, f.message, f.suggestion) for f in report.findings] == [
        (
            "author-mismatch",
            "cited as 'Deaton and Case' but the reference lists the authors in the other order, "
            "'Case and Deaton'",
            "Case and Deaton",
        )
    ]


def test_a_hyphenated_family_printed_with_a_space_links_to_its_entry() -> None:
    """ "Ladson Billings (1995)" for "Ladson-Billings, G." was "'Billings, 1995' matches no
    entry" and the entry uncited."""
    text = (
        "Intro\n\nLadson Billings (1995) argued it, as did (Ladson Billings, 1995).\n\n"
        "References\n\n"
        "Ladson-Billings, G. (1995). Toward a theory. Am Educ Res J, 32(3), 465–491.\n"
    )
    report = check_text(text, path="x.txt")
    assert [c.text for c in report.citations] == [
        "Ladson Billings (1995)",
        "Ladson Billings, 1995",
    ]
    assert [(link.reference_ids, link.status) for link in report.links] == [
        (("r1",), "folded"),
        (("r1",), "folded"),
    ]
    assert report.findings == ()


def test_a_count_suggestion_joins_two_names_as_the_document_does() -> None:
    """APA writes "&" in brackets and "and" in prose; the suggestion for "(Park et al., 2011)"
    of a two-author work was "Park and Moon" in a paper that writes "(Lee & Kim, 2010)"."""
    text = (
        "Intro\n\nShown (Lee & Kim, 2010), as Lee and Kim (2010) said; (Park et al., 2011) and "
        "Park et al. (2011) agree.\n\nReferences\n\n"
        "Lee, A., & Kim, B. (2010). T. J, 1, 1.\nPark, A., & Moon, B. (2011). T. J, 1, 1.\n"
    )
    report = check_text(text, path="x.txt")
    assert [(f.rule, f.suggestion) for f in report.findings] == [
        ("author-count-mismatch", "Park & Moon"),
        ("author-count-mismatch", "Park and Moon"),
    ]


def test_a_work_listed_twice_with_other_authors_keeps_each_citation_on_its_copy() -> None:
    """ "(Jones & Lee, 2012)" went to the first copy, "Jones (2012)", and was told to cite as
    'Jones'; the duplicate message named both copies "Jones (2012)"."""
    text = (
        "Intro\n\nA (Jones, 2012). B (Jones & Lee, 2012).\n\nReferences\n\n"
        "Jones, B. (2012). Cities and growth. Urban Studies, 49(3), 1-20. "
        "https://doi.org/10.1177/0042098011234567\n"
        "Jones, B., & Lee, C. (2012). Cities and growth. Urban Studies, 49(3), 1–20.\n"
    )
    report = check_text(text, path="x.txt")
    assert cited(report) == [("Jones, 2012", ("r1",)), ("Jones & Lee, 2012", ("r2",))]
    assert [(f.rule, f.message) for f in report.findings] == [
        (
            "duplicate-reference",
            "Jones and Lee (2012) duplicates the entry Jones (2012) listed before it",
        )
    ]

"""The accuracy benchmark's own logic (tests/bench): JATS rendering with gold, scoring, injection.

The benchmark reads ../shared/corpus, which the suite must not need; these tests use small JATS
snippets written here, and hand-built reports, so they check the benchmark, not refcheck.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

BENCH = Path(__file__).resolve().parent / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import accuracy  # noqa: E402
import corpus  # noqa: E402
import inject  # noqa: E402
import refstrings  # noqa: E402
import scoring  # noqa: E402
import styles  # noqa: E402

from refcheck.model import (  # noqa: E402
    Citation,
    Document,
    DocumentReport,
    Finding,
    Link,
    Person,
    Reference,
    Severity,
    Span,
)
from refcheck.references import parse_reference  # noqa: E402

ELIFE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS//EN" "JATS-archivearticle1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta><title-group>
<article-title>Lipid droplets&nbsp;and histones</article-title></title-group></article-meta></front>
<body><sec><title>Introduction</title><p>Histones kill bacteria (<xref ref-type="bibr" rid="bib1">Hirsch, 1958</xref>;
<xref ref-type="bibr" rid="bib2">Cho et al., 2002a</xref>, <xref ref-type="bibr" rid="bib3">2002b</xref>).
As <xref ref-type="bibr" rid="bib1">Hirsch (1958)</xref> showed, <italic>in vitro</italic>.</p>
<fig id="f1"><label>Figure 1.</label><caption><title>Droplets.</title><p>Data from
<xref ref-type="bibr" rid="bib2">Cho et al., 2002a</xref>.</p></caption><graphic xlink:href="f1.tif"/></fig>
</sec></body>
<back><ref-list>
<ref id="bib1"><element-citation publication-type="journal"><person-group person-group-type="author">
<name><surname>Hirsch</surname><given-names>JG</given-names></name></person-group><year>1958</year>
<article-title>Bactericidal action of histone</article-title><source>J Exp Med</source><volume>108</volume>
<fpage>925</fpage><lpage>44</lpage><pub-id pub-id-type="doi">10.1084/jem.108.6.925</pub-id></element-citation></ref>
<ref id="bib2"><element-citation publication-type="journal"><person-group person-group-type="author">
<name><surname>Cho</surname><given-names>JH</given-names></name><name><surname>Park</surname><given-names>IY</given-names></name>
<etal/></person-group><year>2002a</year><article-title>Cathepsin D produces parasin I</article-title>
<source>FASEB J</source><volume>16</volume><fpage>429</fpage><lpage>31</lpage></element-citation></ref>
<ref id="bib3"><element-citation publication-type="book"><person-group person-group-type="author">
<collab>World Health Organization</collab></person-group><year>2002b</year><source>World report</source>
<publisher-name>WHO Press</publisher-name><publisher-loc>Geneva</publisher-loc></element-citation></ref>
<ref id="bib4"><element-citation publication-type="journal"><person-group person-group-type="author">
<name><surname>Welte</surname><given-names>MA</given-names></name></person-group><year>2007</year>
<article-title>Proteins under new management?</article-title><source>Trends Cell Biol</source>
<volume>17</volume><fpage>363</fpage><lpage>9</lpage></element-citation></ref>
</ref-list></back></article>"""

ELIFE_TEXT = (
    "Lipid droplets and histones\n\n"
    "Introduction\n\n"
    "Histones kill bacteria (Hirsch, 1958; Cho et al., 2002a, 2002b). "
    "As Hirsch (1958) showed, in vitro.\n\n"
    "Figure 1. Droplets. Data from Cho et al., 2002a.\n\n"
    "References\n"
    "Hirsch JG. 1958. Bactericidal action of histone. J Exp Med 108:925–44. "
    "doi: 10.1084/jem.108.6.925\n"
    "Cho JH, Park IY, et al. 2002a. Cathepsin D produces parasin I. FASEB J 16:429–31.\n"
    "World Health Organization. 2002b. World report. WHO Press, Geneva.\n"
    "Welte MA. 2007. Proteins under new management? Trends Cell Biol 17:363–9.\n"
)

PLOS = """<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta><title-group>
<article-title>Insects</article-title></title-group></article-meta></front><body>
<sec><title>Intro</title><p>Pollination [<xref ref-type="bibr" rid="r1">1</xref>,
<xref ref-type="bibr" rid="r2">2</xref>] and bees [<xref ref-type="bibr" rid="r2">2</xref>–<xref
ref-type="bibr" rid="r4">4</xref>].</p></sec></body>
<back><ref-list>
<ref id="r1"><label>1</label><mixed-citation publication-type="journal"><name><surname>Öckinger</surname><given-names>E</given-names></name>,
<name><surname>Smith</surname> <given-names>HG</given-names></name>. <article-title>Semi-natural grasslands</article-title>.
<source>J Appl Ecol</source>. <year>2007</year>;<volume>44</volume>(<issue>1</issue>):<fpage>50</fpage>–<lpage>59</lpage>.
<comment>doi: <ext-link ext-link-type="uri" xlink:href="http://dx.doi.org/10.1111/j.1.x">10.1111/j.1.x</ext-link></comment></mixed-citation></ref>
<ref id="r2"><label>2</label><element-citation publication-type="journal"><person-group person-group-type="author">
<name><surname>Britten</surname><given-names>RJ</given-names></name></person-group><year>1986</year>
<article-title>Rates of DNA sequence evolution differ.</article-title><source>Science</source><volume>231</volume>
<fpage>1393</fpage><lpage>1398</lpage></element-citation></ref>
<ref id="r3"><label>3</label><mixed-citation publication-type="other">Coyne RS (2012) Tetrahymena. Methods 109: 53–81.</mixed-citation></ref>
<ref id="r4"><label>4</label><mixed-citation publication-type="book"><name><surname>Rice</surname><given-names>SO</given-names></name>
(<year>1954</year>) <article-title>Random noise</article-title>. In: <name><surname>Wax</surname><given-names>N</given-names></name>,
editor. <source>Selected papers</source>. pp. <fpage>133</fpage>–<lpage>294</lpage>.</mixed-citation></ref>
</ref-list></back></article>"""

PLOS_REFS = (
    "References\n"
    "1. Öckinger E, Smith HG. Semi-natural grasslands. J Appl Ecol. 2007;44(1):50–59. "
    "doi: 10.1111/j.1.x\n"
    "2. Britten RJ (1986) Rates of DNA sequence evolution differ. Science 231: 1393–1398.\n"
    "3. Coyne RS (2012) Tetrahymena. Methods 109: 53–81.\n"
    "4. Rice SO (1954) Random noise. In: Wax N, editor. Selected papers. pp. 133–294.\n"
)


@pytest.fixture(scope="module")
def elife() -> corpus.Article:
    return corpus.render_article(corpus.parse_xml(ELIFE), "elife_jats/test.xml")


@pytest.fixture(scope="module")
def plos() -> corpus.Article:
    return corpus.render_article(corpus.parse_xml(PLOS), "plos_jats/test.xml")


def test_elife_rendering_is_exact(elife: corpus.Article) -> None:
    assert elife.text == ELIFE_TEXT
    assert elife.collection == "elife"
    assert elife.style == "author-date"
    assert (elife.body_xrefs, elife.rendered_xrefs) == (5, 5)


def test_elife_callouts_keep_their_spans_and_targets(elife: corpus.Article) -> None:
    got = [(elife.text[c.start : c.end], c.text, c.targets, c.kind) for c in elife.citations]
    assert got == [
        ("Hirsch, 1958", "Hirsch, 1958", ("bib1",), "author-date"),
        ("Cho et al., 2002a", "Cho et al., 2002a", ("bib2",), "author-date"),
        ("2002b", "2002b", ("bib3",), "author-date"),
        ("Hirsch (1958)", "Hirsch (1958)", ("bib1",), "author-date"),
        ("Cho et al., 2002a", "Cho et al., 2002a", ("bib2",), "author-date"),
    ]
    assert [r.cited for r in elife.refs] == [True, True, True, False]


@pytest.mark.parametrize(
    ("index", "entry", "fields"),
    [
        (
            0,
            "Hirsch JG. 1958. Bactericidal action of histone. J Exp Med 108:925–44. "
            "doi: 10.1084/jem.108.6.925",
            corpus.GoldFields(
                authors=("Hirsch",),
                year="1958",
                title="Bactericidal action of histone",
                container="J Exp Med",
                volume="108",
                pages="925–44",
                doi="10.1084/jem.108.6.925",
            ),
        ),
        (
            1,
            "Cho JH, Park IY, et al. 2002a. Cathepsin D produces parasin I. FASEB J 16:429–31.",
            corpus.GoldFields(
                authors=("Cho", "Park"),
                et_al=True,
                year="2002a",
                title="Cathepsin D produces parasin I",
                container="FASEB J",
                volume="16",
                pages="429–31",
            ),
        ),
        (
            2,
            "World Health Organization. 2002b. World report. WHO Press, Geneva.",
            corpus.GoldFields(
                authors=("World Health Organization",),
                corporate=True,
                year="2002b",
                title="World report",
                publisher="WHO Press",
            ),
        ),
    ],
)
def test_elife_entries_and_gold_fields(
    elife: corpus.Article, index: int, entry: str, fields: corpus.GoldFields
) -> None:
    ref = elife.refs[index]
    assert elife.text[ref.start : ref.end] == entry
    assert ref.fields == fields
    assert ref.label is None


def test_plos_rendering_ranges_and_labels(plos: corpus.Article) -> None:
    assert plos.text == ("Insects\n\nIntro\n\nPollination [1, 2] and bees [2–4].\n\n" + PLOS_REFS)
    assert plos.style == "numeric"
    got = [(plos.text[c.start : c.end], c.targets, c.is_range) for c in plos.citations]
    assert got == [
        ("1", ("r1",), False),
        ("2", ("r2",), False),
        ("2–4", ("r2", "r3", "r4"), True),
    ]
    assert [r.label for r in plos.refs] == ["1", "2", "3", "4"]
    assert all(r.cited for r in plos.refs)  # r3 only through the range


def test_empty_middle_xrefs_and_locators_keep_numeric_gold() -> None:
    xml = PLOS.replace(
        'bees [<xref ref-type="bibr" rid="r2">2</xref>–<xref',
        'bees [<xref ref-type="bibr" rid="r2">2</xref><xref ref-type="bibr" rid="r3"/>–<xref',
    ).replace(
        '<xref ref-type="bibr" rid="r1">1</xref>,',
        '<xref ref-type="bibr" rid="r1">1: fig. 4</xref>,',
    )
    article = corpus.render_article(corpus.parse_xml(xml), "plos_jats/t.xml")
    got = [(c.text, c.targets, c.kind) for c in article.citations]
    assert got == [
        ("1: fig. 4", ("r1",), "numeric"),
        ("2", ("r2",), "numeric"),
        ("2–4", ("r2", "r3", "r4"), "numeric"),
    ]


def test_plos_gold_fields(plos: corpus.Article) -> None:
    first, second, third, fourth = (r.fields for r in plos.refs)
    assert first == corpus.GoldFields(
        authors=("Öckinger", "Smith"),
        year="2007",
        title="Semi-natural grasslands",
        container="J Appl Ecol",
        volume="44",
        issue="1",
        pages="50–59",
        doi="10.1111/j.1.x",
    )
    assert second.title == "Rates of DNA sequence evolution differ."
    assert second.issue is None  # the PLOS style of the time prints no issue here
    assert third == corpus.GoldFields(volume=None)  # untagged mixed-citation: no gold fields
    assert fourth.authors == ("Rice",)  # "In: Wax N, editor" is not an author


def test_read_splits_and_paths(tmp_path: Path) -> None:
    (tmp_path / "elife_jats").mkdir()
    (tmp_path / "elife_jats" / "a.xml").write_text(ELIFE, encoding="utf-8")
    (tmp_path / "SPLITS.tsv").write_text(
        "path\tsplit\nelife_jats/a.xml\tdev\nelife_jats/b.xml\tdev\nplos_jats/c.xml\teval\n",
        encoding="utf-8",
    )
    assert corpus.article_paths(tmp_path, "dev") == [
        ("elife_jats/a.xml", tmp_path / "elife_jats" / "a.xml")
    ]
    assert corpus.article_paths(tmp_path, "eval") == []


# ---------------------------------------------------------------------------------------------
# Scoring with hand-built reports


def _report(
    article: corpus.Article, cites: list[tuple[str, str, tuple[str, ...]]]
) -> DocumentReport:
    """A report whose entries are the gold entries (ids r1..) and whose citations are the given
    (text, kind, linked entry ids) found left to right in the body."""
    doc = Document(path="t", format="text", source=article.text)
    references = []
    for number, ref in enumerate(article.refs, start=1):
        fields = ref.fields
        references.append(
            Reference(
                id=f"r{number}",
                raw=article.text[ref.start : ref.end],
                span=doc.span(ref.start, ref.end),
                authors=tuple(Person(a) for a in fields.authors),
                year=fields.year,
                title=fields.title,
                container=fields.container,
                volume=fields.volume,
                pages=fields.pages,
                doi=fields.doi,
            )
        )
    citations, links = [], []
    position = 0
    for number, (text, kind, linked) in enumerate(cites, start=1):
        start = article.text.index(text, position)
        position = start + len(text)
        citations.append(Citation(f"c{number}", kind, text, doc.span(start, position)))
        links.append(Link(f"c{number}", linked, "exact" if linked else "none"))
    return DocumentReport("t", "text", tuple(citations), tuple(references), tuple(links), ())


def test_scoring_counts_recall_links_spurious_and_fields(elife: corpus.Article) -> None:
    report = _report(
        elife,
        [
            ("Hirsch, 1958", "author-date", ("r1",)),
            ("Cho et al., 2002a", "author-date", ("r3",)),  # wrong link
            ("Hirsch (1958)", "author-date", ("r1",)),
            ("in vitro", "author-date", ()),  # spurious
        ],
    )
    result = scoring.score_article(elife, report)
    c = result.counts
    assert (c["cit.gold"], c["cit.found"], c["cit.missed"], c["cit.spurious"]) == (5, 3, 2, 1)
    assert (c["link.eval"], c["link.correct"]) == (3, 2)
    assert (c["link.eval_agreed"], c["link.correct_agreed"]) == (3, 2)
    assert (c["seg.gold"], c["seg.exact"], c["seg.near"]) == (4, 4, 4)
    assert c["field.title.n"] == c["field.title.ok"] == 4
    assert c["field.doi.n"] == c["field.doi.ok"] == 1
    assert any(
        "gold → Cho 2002a; refcheck → World Health" in e
        for e in result.examples["link: wrong (author-date)"]
    )


def test_scoring_numeric_groups_and_ranges(plos: corpus.Article) -> None:
    """[1, 2] read as one citation linked to both entries, and the range, both score right."""
    report = _report(
        plos,
        [("1, 2", "numeric", ("r1", "r2")), ("2–4", "numeric", ("r2", "r3", "r4"))],
    )
    c = scoring.score_article(plos, report).counts
    assert (c["cit.found"], c["link.correct"], c["cit.spurious"]) == (3, 3, 0)


def test_false_alarms_exclude_truly_uncited_entries(elife: corpus.Article) -> None:
    report = _report(elife, [("Hirsch, 1958", "author-date", ("r1",))])
    findings = (
        Finding("uncited-reference", "RC102", Severity.WARNING, "m", reference_id="r4"),
        Finding("uncited-reference", "RC102", Severity.WARNING, "m", reference_id="r2"),
    )
    report = DocumentReport(
        report.path, report.format, report.citations, report.references, report.links, findings
    )
    c = scoring.score_article(elife, report).counts
    assert (c["real.uncited-reference"], c["fa.uncited-reference"]) == (1, 1)


def test_entry_findings_on_what_the_journal_printed_are_real(elife: corpus.Article) -> None:
    report = _report(elife, [])
    findings = (
        Finding(
            "incomplete-reference", "RC202", Severity.WARNING, "X has no year", reference_id="r3"
        ),
        Finding(
            "incomplete-reference", "RC202", Severity.WARNING, "X has no title", reference_id="r3"
        ),
        Finding(
            "incomplete-reference",
            "RC202",
            Severity.WARNING,
            "has no source (…)",
            reference_id="r3",
        ),
        Finding("duplicate-reference", "RC201", Severity.WARNING, "dup", reference_id="r2"),
    )
    report = DocumentReport(
        report.path, report.format, report.citations, report.references, report.links, findings
    )
    c = scoring.score_article(elife, report).counts
    # WHO 2002b has a year, a title and a publisher; no other entry repeats Cho's title
    assert (c["fa.incomplete-reference"], c["fa.duplicate-reference"]) == (3, 1)
    assert c["real.incomplete-reference"] == 0


@pytest.mark.parametrize("printed", ["10.1084/jem.108.6\u2013925", "10.156/NEJMp1409859"])
def test_a_doi_the_journal_printed_with_a_dash_is_really_malformed(
    elife: corpus.Article, printed: str
) -> None:
    dashed = dataclasses.replace(elife.refs[0].fields, doi=printed)
    article = dataclasses.replace(
        elife, refs=(dataclasses.replace(elife.refs[0], fields=dashed), *elife.refs[1:])
    )
    report = _report(article, [])
    findings = tuple(
        Finding("malformed-doi", "RC204", Severity.ERROR, "m", reference_id=ref_id)
        for ref_id in ("r1", "r2")
    )
    report = DocumentReport(
        report.path, report.format, report.citations, report.references, report.links, findings
    )
    c = scoring.score_article(article, report).counts
    assert (c["real.malformed-doi"], c["fa.malformed-doi"]) == (1, 1)


@pytest.mark.parametrize(
    ("function", "value", "expected"),
    [
        (scoring.norm_text, "Öckinger, É.–Smith", "ockingeresmith"),
        (scoring.norm_year, "(2009a).", "2009a"),
        (scoring.norm_year, "septembre 2014,", "2014"),
        (scoring.norm_pages, "pp. 1143–1158.", "1143-1158"),
        (scoring.norm_doi, "https://doi.org/10.1038/NATURE1.", "10.1038/nature1"),
        (scoring.norm_doi, "doi:10. 1103/PhysRevD.10", "10.1103/physrevd.10"),
        (scoring.norm_doi, "10.1007/s10584\u2010015\u20101585\u2010x", "10.1007/s10584-015-1585-x"),
        (scoring.norm_url, "http://www.Example.org/a/.", "example.org/a"),
        (refstrings.norm_volume, "Vol. 4 (3),", "4"),
        (refstrings.norm_volume, "<italic>31</italic>(4),", "31"),
        # "v." is the volume's word, not the Roman numeral five (which "V" alone is)
        (refstrings.norm_volume, "v. 31,", "31"),
        (refstrings.norm_volume, "v. XXIII", "xxiii"),
        (refstrings.norm_volume, "V", "v"),
        (refstrings.norm_string_pages, "(pp. 313--325).", "313-325"),
        (refstrings.name_chars, "Smith, J. K., & Jones, A. et al.", "aehijjkmnosst"),
    ],
)
def test_normalisers(function: object, value: str, expected: str) -> None:
    assert function(value) == expected  # type: ignore[operator]


def test_name_chars_ignore_order_and_initial_style() -> None:
    assert refstrings.name_chars("Smith JK, Jones A") == refstrings.name_chars(
        "J. K. Smith and A. Jones"
    )


# ---------------------------------------------------------------------------------------------
# Injection


@pytest.mark.parametrize("kind", sorted(inject.KINDS))
def test_injections_are_deterministic_and_located(
    elife: corpus.Article, plos: corpus.Article, kind: str
) -> None:
    for article in (elife, plos):
        first = inject.inject(article, kind, seed=1)
        again = inject.inject(article, kind, seed=1)
        assert first == again
        if first is None:
            continue
        assert first.text != article.text
        for injection in first.injections:
            assert injection.rule == inject.KINDS[kind]
            for start, end in injection.targets:
                assert 0 <= start < end <= len(first.text)


def test_misspelt_author_changes_one_callout(elife: corpus.Article) -> None:
    injected = inject.inject(elife, "misspelt-author", seed=3)
    assert injected is not None
    (injection,) = [i for i in injected.injections]
    (start, end) = injection.targets[0]
    shown = injected.text[start:end]
    assert shown.endswith(", 1958") or shown.endswith("(1958)")
    assert shown[:6] != "Hirsch" and len(injected.text) - len(elife.text) in (-1, 0)


def test_wrong_number_renumbers_a_callout_after_its_authors_name() -> None:
    xml = PLOS.replace(
        "</p></sec>",
        ' Britten et al. [<xref ref-type="bibr" rid="r2">2</xref>] agree.</p></sec>',
    )
    article = corpus.render_article(corpus.parse_xml(xml), "plos_jats/test.xml")
    injected = inject.inject(article, "wrong-number", seed=1)
    assert injected is not None
    (injection,) = injected.injections
    (start, end) = injection.targets[0]
    assert injected.text[start:end] in {"1", "3", "4"}
    assert injected.text[start - 16 : start] == "Britten et al. ["
    assert injection.rule == "number-author-mismatch" and injection.ref_ids == ("r2",)


def test_deleted_reference_targets_every_callout(plos: corpus.Article) -> None:
    injected = inject.inject(plos, "deleted-reference", seed=5, count=1)
    assert injected is not None
    (injection,) = injected.injections
    assert "References\n" in injected.text
    assert injected.text.count("\n") == plos.text.count("\n") - 1
    for start, end in injection.targets:
        assert injected.text[start:end] in {"1", "2", "2–4"}


def test_out_of_range_and_offset_mapping(plos: corpus.Article) -> None:
    injected = inject.inject(plos, "out-of-range", seed=2, count=1)
    assert injected is not None
    (injection,) = injected.injections
    start, end = injection.targets[0]
    assert re.fullmatch(r"\[\d+\]", injected.text[start:end])
    assert int(injected.text[start + 1 : end - 1]) > 4
    ref = plos.refs[0]
    mapped = injected.new_offset(ref.start)
    assert injected.text[mapped : mapped + 10] == plos.text[ref.start : ref.start + 10]


def test_score_injection_recall_and_precision(elife: corpus.Article) -> None:
    injected = inject.inject(elife, "wrong-year", seed=4, count=1)
    assert injected is not None
    clean = _report(elife, [])
    (start, end) = injected.injections[0].targets[0]
    doc = Document(path="t", format="text", source=injected.text)
    findings = (
        Finding("year-mismatch", "RC104", Severity.ERROR, "hit", span=doc.span(start, end)),
        Finding("year-mismatch", "RC104", Severity.ERROR, "stray", span=doc.span(0, 5)),
    )
    faulty = DocumentReport("t", "text", (), (), (), findings)
    result = scoring.Result()
    inject.score_injection("t", clean, injected, faulty, result)
    c = result.counts
    assert (c["inj.wrong-year.targets"], c["inj.wrong-year.detected"]) == (1, 1)
    assert (c["inj.wrong-year.new"], c["inj.wrong-year.new_matched"]) == (2, 1)


# ---------------------------------------------------------------------------------------------
# Strings and RESULTS.md


def test_read_labelled_strings(tmp_path: Path) -> None:
    anystyle = tmp_path / "core.xml"
    anystyle.write_text(
        "<dataset><sequence><citation-number>[13]</citation-number>"
        "<author>Brischoux, F., and Ungless, M.A.</author><date>(2009).</date>"
        "<title>Phasic excitation.</title><journal>Proc Natl Acad Sci U S A</journal>"
        "<volume>106(3),</volume><pages>4894–4899.</pages></sequence></dataset>",
        encoding="utf-8",
    )
    (item,) = refstrings.read_anystyle(anystyle)
    assert item.text.startswith("Brischoux, F., and Ungless")
    gold = refstrings.gold_norm(item.gold)
    assert (gold["year"], gold["volume"], gold["pages"]) == ("2009", "106", "4894-4899")
    grobid = tmp_path / "g.xml"
    grobid.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><listBibl><bibl><author>W. H. Enright</author>. '
        '<title level="a">Improving matrix operations</title>. <title level="j">ACM TOMS</title>, '
        '<biblScope unit="volume">4</biblScope>, <biblScope unit="page">127-136</biblScope>, '
        '<date>June 1978</date>. <idno type="DOI">doi:10.1145/1</idno></bibl></listBibl></TEI>',
        encoding="utf-8",
    )
    (bib,) = refstrings.read_grobid(grobid)
    assert (
        bib.gold["container"] == "ACM TOMS" and bib.gold["title"] == "Improving matrix operations"
    )
    assert refstrings.gold_norm(bib.gold)["doi"] == "10.1145/1"


def test_anystyle_books_and_chapters_are_read_one_way(tmp_path: Path) -> None:
    path = tmp_path / "ugly.xml"
    path.write_text(
        "<dataset><sequence><author>Vansina, Jan</author><date>(1984)</date>"
        "<container-title>Art History in Africa</container-title>"
        "<publisher>Longman</publisher></sequence>"
        "<sequence><author>Moores, S.</author><title>The Doubling of Place.</title>"
        "<title>In MediaSpace.</title><date>2004.</date></sequence></dataset>",
        encoding="utf-8",
    )
    book, chapter = refstrings.read_anystyle(path)
    assert (book.gold["title"], book.gold["container"]) == ("Art History in Africa", "")
    assert (chapter.gold["title"], chapter.gold["container"]) == (
        "The Doubling of Place.",
        "In MediaSpace.",
    )


def test_parscit_lines_are_read_with_booktitle_as_container(tmp_path: Path) -> None:
    path = tmp_path / "cora.tagged.txt"
    path.write_text(
        "<author> A. Cau, and W.-P. de Roever. </author> <title> Formalising Dijkstra's "
        "strategy. </title> <booktitle> Proc. 5th. BCS-FACS Refinement Workshop, </booktitle> "
        "<date> 1992. </date> <br>\n\n",
        encoding="utf-8",
    )
    (item,) = refstrings.read_parscit(path)
    assert item.text == (
        "A. Cau, and W.-P. de Roever. Formalising Dijkstra's strategy. "
        "Proc. 5th. BCS-FACS Refinement Workshop, 1992."
    )
    gold = refstrings.gold_norm(item.gold)
    assert (gold["year"], gold["container"]) == ("1992", "proc5thbcsfacsrefinementworkshop")
    assert gold["doi"] == gold["url"] == ""


def test_compare_counts_tp_fp_fn() -> None:
    counts: Counter[str] = Counter()
    gold = dict.fromkeys(refstrings.STRING_FIELDS, "")
    gold |= {"year": "2009", "title": "a"}
    got = dict.fromkeys(refstrings.STRING_FIELDS, "")
    got |= {"year": "2009", "title": "b", "volume": "3"}
    wrong = refstrings.compare(gold, got, counts, "x")
    assert wrong == ["title", "volume"]
    assert refstrings.prf(counts, "x", "year") == (1.0, 1.0, 1.0, 1)
    assert refstrings.prf(counts, "x", "title")[:3] == (0.0, 0.0, 0.0)
    assert (counts["x.volume.fp"], counts["x.volume.fn"]) == (1, 0)


def test_results_section_is_replaced_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "RESULTS.md"
    monkeypatch.setattr(accuracy, "RESULTS", path)
    accuracy.write_results("first\n")
    text = path.read_text(encoding="utf-8")
    assert "<!-- accuracy:start -->" in text and "<!-- speed:start -->" in text
    path.write_text(text.replace("<!-- speed:end -->", "speed numbers\n<!-- speed:end -->"))
    accuracy.write_results("second\n")
    text = path.read_text(encoding="utf-8")
    assert "second" in text and "first" not in text and "speed numbers" in text


def test_missing_corpus_skips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert accuracy.main(["--corpus", str(tmp_path / "nowhere"), "--no-write"]) == 0
    assert "corpus not found" in capsys.readouterr().out


_PIECE = st.one_of(
    st.text(alphabet="ab ()[];,–-.\n\t&<>é", max_size=12).map(
        lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ),
    st.sampled_from(["r1", "r2", "r3"]).map(
        lambda rid: f'<xref ref-type="bibr" rid="{rid}">{rid[1]}</xref>'
    ),
    st.just("<italic>x</italic>"),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PIECE, max_size=8), max_size=4))
def test_rendering_never_raises_and_spans_map_back(paragraphs: list[list[str]]) -> None:
    body = "".join(f"<p>{''.join(pieces)}</p>" for pieces in paragraphs)
    refs = "".join(
        f'<ref id="r{n}"><label>{n}</label><mixed-citation>Entry {n}.</mixed-citation></ref>'
        for n in (1, 2, 3)
    )
    xml = (
        f"<article><body><sec>{body}</sec></body><back><ref-list>{refs}</ref-list></back></article>"
    )
    article = corpus.render_article(corpus.parse_xml(xml), "plos_jats/x.xml")
    for citation in article.citations:
        assert article.text[citation.start : citation.end] == citation.text
        assert set(citation.targets) <= {"r1", "r2", "r3"}
    for ref in article.refs:
        assert article.text[ref.start : ref.end] == f"Entry {ref.label}."


def test_callouts_the_print_contradicts_leave_the_agreed_link_measure(
    elife: corpus.Article,
) -> None:
    """ "Hirsch and Cho, 1958" tagged to the one-author entry "Hirsch JG. 1958": the print and
    the journal's tag disagree, so the callout counts in link accuracy but not where they agree."""
    unit = corpus.GoldCitation(0, 20, "Hirsch and Cho, 1958", ("bib1",), "author-date")
    assert scoring.printed_discrepancies(unit, elife) == {"author-count-mismatch"}
    agreed = corpus.GoldCitation(0, 12, "Hirsch, 1958", ("bib1",), "author-date")
    assert scoring.printed_discrepancies(agreed, elife) == set()


def test_a_year_only_callout_is_printed_with_the_authors_before_it() -> None:
    """ "(Okafor et al., 1998; 1994; 2007)" with "2007" tagged to Mensah 2007: the print names
    Okafor for it, so the tag and the print disagree; "1994", tagged to Okafor 1994, agrees."""
    text = "Shifts (Okafor et al., 1998; 1994; 2007). Later (Lindqvist, 2001; 2007)."

    def cite(words: str, target: str, after: int = 0) -> corpus.GoldCitation:
        start = text.index(words, after)
        return corpus.GoldCitation(start, start + len(words), words, (target,), "author-date")

    def ref(ref_id: str, author: str, year: str) -> corpus.GoldRef:
        fields = corpus.GoldFields(authors=(author, "Osei", "Boateng"), year=year)
        return corpus.GoldRef(ref_id, 0, 0, None, "element-citation", "journal", fields, True)

    callouts = (
        cite("Okafor et al., 1998", "b1"),
        cite("1994", "b2"),
        cite("2007", "b3"),
        cite("Lindqvist, 2001", "b4"),
        cite("2007", "b3", text.index("Lindqvist")),
    )
    refs = (
        ref("b1", "Okafor", "1998"),
        ref("b2", "Okafor", "1994"),
        ref("b3", "Mensah", "2007"),
        corpus.GoldRef(
            "b4",
            0,
            0,
            None,
            "element-citation",
            "journal",
            corpus.GoldFields(authors=("Lindqvist",), year="2001"),
            True,
        ),
    )
    article = corpus.Article("elife_jats/x.xml", "elife", "author-date", text, callouts, refs)
    found = [scoring.printed_discrepancies(unit, article) for unit in callouts]
    assert found == [
        set(),
        set(),
        {"author-mismatch", "missing-reference"},
        set(),
        {"author-mismatch", "missing-reference"},
    ]


def test_a_string_name_without_parts_is_rendered_and_kept_in_the_gold() -> None:
    """JATS allows a name as one string (``<string-name>Okafor BK</string-name>``): it is
    printed as it stands and its family is the words before the initials."""
    xml = (
        '<element-citation publication-type="journal"><person-group person-group-type="author">'
        "<string-name>Okafor BK</string-name><string-name>Tove Lindqvist</string-name>"
        "</person-group><year>2011</year><article-title>Palm oil</article-title>"
        "<source>Nature</source><volume>4</volume><fpage>1</fpage><lpage>9</lpage>"
        "</element-citation>"
    )
    printed, gold = corpus.render_plos_entry(corpus.parse_xml(xml))
    assert printed == "Okafor BK, Tove Lindqvist (2011) Palm oil. Nature 4: 1–9."
    assert gold.authors == ("Okafor", "Lindqvist")


def test_an_element_citation_without_a_year_closes_its_names_with_a_full_stop() -> None:
    xml = (
        '<element-citation publication-type="journal"><person-group person-group-type="author">'
        "<collab>The International Palm Consortium</collab></person-group>"
        "<article-title>A palm map</article-title><source>Nature</source><volume>437</volume>"
        "<fpage>1299</fpage><lpage>1320</lpage></element-citation>"
    )
    printed, gold = corpus.render_plos_entry(corpus.parse_xml(xml))
    assert printed == "The International Palm Consortium. A palm map. Nature 437: 1299–1320."
    assert gold.authors == ("The International Palm Consortium",)


def test_an_edited_book_names_its_editors_at_the_head_as_plos_prints_it() -> None:
    xml = (
        '<element-citation publication-type="book"><person-group person-group-type="editor">'
        '<name name-style="western"><surname>Okafor</surname><given-names>BK</given-names></name>'
        '<name name-style="western"><surname>Lindqvist</surname><given-names>T</given-names></name>'
        "</person-group><year>1992</year><source>Palm oil in the tropics</source>"
        "<publisher-loc>Oxford</publisher-loc><publisher-name>Clarendon Press</publisher-name>"
        "<fpage>322</fpage></element-citation>"
    )
    printed, gold = corpus.render_plos_entry(corpus.parse_xml(xml))
    assert printed == (
        "Okafor BK, Lindqvist T, editors (1992) Palm oil in the tropics. "
        "Oxford: Clarendon Press. 322 p."
    )
    assert gold.authors == ("Okafor", "Lindqvist")


def test_a_chapter_with_editors_and_no_authors_has_no_gold_author() -> None:
    xml = (
        '<element-citation publication-type="book"><person-group person-group-type="editor">'
        '<name name-style="western"><surname>Okafor</surname><given-names>BK</given-names></name>'
        "</person-group><year>1992</year><article-title>Harvest</article-title>"
        "<source>Palm oil in the tropics</source><publisher-loc>Oxford</publisher-loc>"
        "<publisher-name>Clarendon Press</publisher-name><fpage>3</fpage><lpage>9</lpage>"
        "</element-citation>"
    )
    printed, gold = corpus.render_plos_entry(corpus.parse_xml(xml))
    assert printed == (
        "(1992) Harvest. In: Okafor BK, editors. Palm oil in the tropics. "
        "Oxford: Clarendon Press. pp. 3–9."
    )
    assert gold.authors == ()


def test_cross_style_entries_print_element_citations_in_the_other_journals_style() -> None:
    xml = (
        "<article><back><ref-list>"
        '<ref id="r1"><element-citation publication-type="journal">'
        '<person-group person-group-type="author"><name><surname>Okafor</surname>'
        "<given-names>BK</given-names></name></person-group><year>2011</year>"
        "<article-title>Palm oil</article-title><source>Nature</source><volume>4</volume>"
        "<fpage>1</fpage><lpage>9</lpage></element-citation></ref>"
        '<ref id="r2"><mixed-citation publication-type="journal">Mensah K (2010) Palms. '
        "Cell 2: 3–4.</mixed-citation></ref>"
        "</ref-list></back></article>"
    )
    root = corpus.parse_xml(xml)
    elife = corpus.cross_style_entries(root, "elife_jats/elife00001.xml")
    assert [(style, printed) for style, printed, _ in elife] == [
        ("elife in PLOS style", "Okafor BK (2011) Palm oil. Nature 4: 1–9.")
    ]
    plos = corpus.cross_style_entries(root, "plos_jats/journal.pone.0000001.xml")
    assert [(style, printed) for style, printed, _ in plos] == [
        ("plos in eLife style", "Okafor BK. 2011. Palm oil. Nature 4:1–9.")
    ]
    assert plos[0][2].title == "Palm oil"


_STYLED_XML = (
    '<element-citation publication-type="journal"><person-group person-group-type="author">'
    "<name><surname>Okafor</surname><given-names>BK</given-names></name>"
    "<name><surname>Lindqvist</surname><given-names>T</given-names></name>"
    "<name><surname>Mensah</surname><given-names>Kofi A</given-names></name></person-group>"
    "<year>2011b</year><article-title>Palm oil and its uses</article-title>"
    "<source>J Palm Res</source><volume>4</volume><issue>2</issue><fpage>10</fpage>"
    '<lpage>19</lpage><pub-id pub-id-type="doi">10.1000/palm.4</pub-id></element-citation>'
)


@pytest.mark.parametrize(
    ("style", "printed"),
    [
        (
            "apa",
            "Okafor, B. K., Lindqvist, T., & Mensah, K. A. (2011b). Palm oil and its uses. "
            "J Palm Res, 4(2), 10–19. https://doi.org/10.1000/palm.4",
        ),
        (
            "chicago",
            "Okafor, B. K., T. Lindqvist, and K. A. Mensah. 2011b. “Palm oil and its uses.” "
            "J Palm Res 4 (2): 10–19. https://doi.org/10.1000/palm.4.",
        ),
        (
            "harvard",
            "Okafor, B.K., Lindqvist, T. and Mensah, K.A. (2011b) 'Palm oil and its uses', "
            "J Palm Res, 4(2), pp. 10–19. doi:10.1000/palm.4.",
        ),
        (
            "ieee",
            "B. K. Okafor, T. Lindqvist, and K. A. Mensah, “Palm oil and its uses,” J Palm Res, "
            "vol. 4, no. 2, pp. 10–19, 2011b, doi: 10.1000/palm.4.",
        ),
        (
            "mla",
            "Okafor, B. K., et al. “Palm oil and its uses.” J Palm Res, vol. 4, no. 2, 2011b, "
            "pp. 10–19. https://doi.org/10.1000/palm.4.",
        ),
        (
            "nature",
            "Okafor, B. K., Lindqvist, T. & Mensah, K. A. Palm oil and its uses. J Palm Res 4, "
            "10–19 (2011b). https://doi.org/10.1000/palm.4",
        ),
        (
            "vancouver",
            "Okafor BK, Lindqvist T, Mensah KA. Palm oil and its uses. J Palm Res. "
            "2011b;4(2):10–19. doi:10.1000/palm.4",
        ),
    ],
)
def test_a_journal_article_is_printed_in_each_common_style(style: str, printed: str) -> None:
    work = styles.work_of(corpus.parse_xml(_STYLED_XML))
    assert work is not None
    line, gold = styles.render(style, work)
    assert line == printed
    assert (gold.authors, gold.year, gold.title, gold.container) == (
        ("Okafor", "Lindqvist", "Mensah"),
        "2011b",
        "Palm oil and its uses",
        "J Palm Res",
    )
    assert (gold.volume, gold.issue, gold.pages, gold.doi) == ("4", "2", "10–19", "10.1000/palm.4")


def test_a_group_author_or_a_book_has_no_styled_work() -> None:
    group = _STYLED_XML.replace(
        "<name><surname>Okafor</surname><given-names>BK</given-names></name>",
        "<collab>Palm Consortium</collab>",
    )
    book = _STYLED_XML.replace('publication-type="journal"', 'publication-type="book"')
    assert styles.work_of(corpus.parse_xml(group)) is None
    assert styles.work_of(corpus.parse_xml(book)) is None


_CHAPTER_XML = (
    '<element-citation publication-type="book"><person-group person-group-type="author">'
    "<name><surname>Okafor</surname><given-names>A</given-names></name></person-group>"
    '<person-group person-group-type="editor">'
    "<name><surname>Mensah</surname><given-names>HB</given-names></name>"
    "<name><surname>Osei</surname><given-names>JD</given-names></name></person-group>"
    "<year>1982</year><chapter-title>Palm mechanisms</chapter-title>"
    "<source>The palm senses</source><publisher-loc>Cambridge</publisher-loc>"
    "<publisher-name>Palm Press</publisher-name><fpage>369</fpage><lpage>408</lpage>"
    "</element-citation>"
)


@pytest.mark.parametrize(
    ("style", "printed"),
    [
        (
            "apa",
            "Okafor, A. (1982). Palm mechanisms. In H. B. Mensah & J. D. Osei (Eds.), The palm "
            "senses (pp. 369–408). Palm Press.",
        ),
        (
            "chicago",
            "Okafor, A. 1982. “Palm mechanisms.” In The palm senses, edited by H. B. Mensah and "
            "J. D. Osei, 369–408. Cambridge: Palm Press.",
        ),
        (
            "harvard",
            "Okafor, A. (1982) 'Palm mechanisms', in Mensah, H.B. and Osei, J.D. (eds) The palm "
            "senses. Cambridge: Palm Press, pp. 369–408.",
        ),
        (
            "ieee",
            "A. Okafor, “Palm mechanisms,” in The palm senses, H. B. Mensah and J. D. Osei, Eds. "
            "Cambridge: Palm Press, 1982, pp. 369–408.",
        ),
        (
            "mla",
            "Okafor, A. “Palm mechanisms.” The palm senses, edited by H. B. Mensah and J. D. "
            "Osei, Palm Press, 1982, pp. 369–408.",
        ),
        (
            "nature",
            "Okafor, A. in The palm senses (eds Mensah, H. B. & Osei, J. D.) 369–408 (Palm "
            "Press, 1982).",
        ),
        (
            "vancouver",
            "Okafor A. Palm mechanisms. In: Mensah HB, Osei JD, editors. The palm senses. "
            "Cambridge: Palm Press; 1982. p. 369–408.",
        ),
    ],
)
def test_a_chapter_is_printed_in_each_common_style(style: str, printed: str) -> None:
    work = styles.work_of(corpus.parse_xml(_CHAPTER_XML))
    assert work is not None and work.kind == "chapter"
    line, gold = styles.render(style, work)
    assert line == printed
    assert gold.container == "The palm senses"
    assert gold.title == (None if style == "nature" else "Palm mechanisms")


def test_a_whole_book_is_printed_with_its_imprint() -> None:
    xml = _CHAPTER_XML.replace("<chapter-title>Palm mechanisms</chapter-title>", "").replace(
        "<fpage>369</fpage><lpage>408</lpage>", ""
    )
    work = styles.work_of(corpus.parse_xml(xml))
    assert work is not None and work.kind == "book"
    assert styles.render("chicago", work)[0] == (
        "Okafor, A. 1982. The palm senses. Cambridge: Palm Press."
    )
    assert styles.render("nature", work)[0] == "Okafor, A. The palm senses (Palm Press, 1982)."
    assert styles.render("chicago", work)[1].container is None


def test_a_title_element_holding_the_journal_is_scored_apart() -> None:
    """No <source>, the title running into the volume: the tagged title holds the journal."""
    swallowed = (
        '<mixed-citation publication-type="journal"><name><surname>Clua</surname>'
        "<given-names>E</given-names></name> (<year>2000</year>) <article-title>Mixed feeding "
        "in the Azores. Aquat. Living Resour</article-title>. <volume>14</volume>: "
        "<fpage>11</fpage>–<lpage>18</lpage>.</mixed-citation>"
    )
    untagged_journal = swallowed.replace(
        "Azores. Aquat. Living Resour</article-title>. ", "Azores</article-title>. Oecologia "
    )
    tagged = untagged_journal.replace("Oecologia", "<source>Oecologia</source>")
    flags = [
        corpus.render_mixed_entry(corpus.parse_xml(xml))[1].journal_in_title
        for xml in (swallowed, untagged_journal, tagged)
    ]
    assert flags == [True, False, False]
    printed, gold = corpus.render_mixed_entry(corpus.parse_xml(swallowed))
    assert printed == (
        "Clua E (2000) Mixed feeding in the Azores. Aquat. Living Resour. 14: 11–18."
    )
    ref = corpus.GoldRef("r1", 0, len(printed), "1", "mixed-citation", "journal", gold, True)
    result = scoring.Result()
    scoring._score_fields(result, "a", ref, parse_reference(printed, "r1"), "plos")
    c = result.counts
    assert (c["field.title.n"], c["field.title.ok"]) == (1, 0)  # as tagged: wrong
    assert (c["field.title_apart.n"], c["field.title_apart.skipped"]) == (0, 1)


def test_an_edited_books_editors_score_as_no_author_on_the_labelled_strings() -> None:
    edited = parse_reference("Seward, A. C. (ed.). 1909. Darwin and Modern Science.", "r1")
    written = parse_reference("Darwin, C. (1859). On the Origin of Species.", "r2")
    assert refstrings.predicted_norm(edited)["author"] == ""
    assert refstrings.predicted_norm(written)["author"] == "acdinrw"


def test_a_second_name_printed_otherwise_is_a_discrepancy_of_the_print() -> None:
    """ "Hebecker and Jozsi, 2012" for Hebecker and Józsi: the journal printed the second name
    without its accent, so author-mismatch there is a real finding, not a false alarm."""
    text = "Known (Hebecker and Jozsi, 2012). Also (Hebecker and Józsi, 2012)."
    first = text.index("Hebecker and Jozsi, 2012")
    second = text.index("Hebecker and Józsi, 2012")
    fields = corpus.GoldFields(authors=("Hebecker", "Józsi"), year="2012")
    refs = (corpus.GoldRef("b1", 0, 0, None, "element-citation", "journal", fields, True),)
    callouts = (
        corpus.GoldCitation(first, first + 24, text[first : first + 24], ("b1",), "author-date"),
        corpus.GoldCitation(
            second, second + 24, text[second : second + 24], ("b1",), "author-date"
        ),
    )
    article = corpus.Article("elife_jats/x.xml", "elife", "author-date", text, callouts, refs)
    found = [scoring.printed_discrepancies(unit, article) for unit in callouts]
    assert found == [{"author-mismatch"}, set()]


def test_a_callout_the_journal_repeated_in_one_bracket_is_a_real_repeat() -> None:
    """ "(Wagoner et al., 2010; Baye, 2007; Wagoner et al., 2010)", "[12,12,34]": the second
    tag to the same entry in one bracket; the same entry in the next bracket is no repeat."""
    text = "As shown (Wu, 2010; Baye, 2007; Wu, 2010). Again (Wu, 2010). Iron [12,12,34]."

    def cite(words: str, target: str, after: int, kind: str = "author-date") -> corpus.GoldCitation:
        start = text.index(words, after)
        return corpus.GoldCitation(start, start + len(words), words, (target,), kind)

    callouts = (
        cite("Wu, 2010", "b1", 0),
        cite("Baye, 2007", "b2", 0),
        cite("Wu, 2010", "b1", text.index("Baye")),
        cite("Wu, 2010", "b1", text.index("Again")),
        cite("12", "p12", 0, "numeric"),
        cite("12", "p12", text.index("12,") + 2, "numeric"),
        cite("34", "p34", 0, "numeric"),
    )
    article = corpus.Article("elife_jats/x.xml", "elife", "author-date", text, callouts, ())
    found = ["repeated-citation" in scoring.printed_discrepancies(u, article) for u in callouts]
    assert found == [False, False, True, False, False, True, False]


def test_a_name_the_journal_misspelt_before_a_numeric_callout_is_a_real_mismatch() -> None:
    text = "As McDonnel et al. [5] and McDonnell [5] showed, and Landberg's [6] too."

    def cite(number: str, target: str, after: int) -> corpus.GoldCitation:
        start = text.index(number, after)
        return corpus.GoldCitation(start, start + len(number), number, (target,), "numeric")

    def ref(ref_id: str, author: str) -> corpus.GoldRef:
        fields = corpus.GoldFields(authors=(author,), year="2001")
        return corpus.GoldRef(ref_id, 0, 0, None, "element-citation", "journal", fields, True)

    callouts = (
        cite("5", "r5", 0),
        cite("5", "r5", text.index("McDonnell")),
        cite("6", "r6", 0),
    )
    article = corpus.Article(
        "plos_jats/x.xml",
        "plos",
        "numeric",
        text,
        callouts,
        (ref("r5", "McDonnell"), ref("r6", "Landsberg")),
    )
    assert [scoring._misnamed_numeric(unit, article) for unit in callouts] == [True, False, True]


@pytest.mark.parametrize(
    ("printed", "real"),
    [("et all.", True), ("etl.", True), ("Shimizuet al.", True), ("et al.", False)],
)
def test_et_al_misspelt_or_run_into_the_name_is_a_real_malformed_citation(
    printed: str, real: bool
) -> None:
    text = f"Shown ({printed.replace('et al.', '').strip() or 'Wu'} {printed}, 2010)."
    start = text.index(printed)
    article = corpus.Article("elife_jats/x.xml", "elife", "author-date", text, (), ())
    finding = Finding(
        "malformed-citation",
        "RC107",
        Severity.WARNING,
        "m",
        span=Span(start, start + len(printed), 1, 1, 1, 1),
    )
    citation = Citation("c1", "author-date", printed, Span(start, start + len(printed), 1, 1, 1, 1))
    assert scoring._unlisted_or_misspelt(article, citation, finding, "", tagged=True) is real

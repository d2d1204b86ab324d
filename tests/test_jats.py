"""JATS reader: text layout and locations, reference rendering, safety, equivalence with text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_paths
from refcheck.citations import NumericHints, extract_citations
from refcheck.errors import InputError
from refcheck.ingest import read_document, reader_for
from refcheck.ingest.jats import READER, parse_jats
from refcheck.pipeline import check_document

DOCTYPE = (
    '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD '
    'v1.1 20151215//EN" "JATS-archivearticle1.dtd">'
)


def article(body: str, refs: str, front: str = "", back: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"{DOCTYPE}\n"
        '<article xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article" '
        'dtd-version="1.1">\n'
        "<front><article-meta><title-group><article-title>Urban heat and "
        "<italic>public</italic> health</article-title></title-group>"
        f"{front}</article-meta></front>\n"
        f"<body>{body}</body>\n"
        f"<back>{back}<ref-list><title>References</title>{refs}</ref-list></back>\n"
        "</article>\n"
    ).encode()


def name(surname: str, given: str) -> str:
    return f"<name><surname>{surname}</surname><given-names>{given}</given-names></name>"


def element_ref(rid: str, authors: str, year: str, rest: str, kind: str = "journal") -> str:
    return (
        f'<ref id="{rid}"><element-citation publication-type="{kind}">'
        f'<person-group person-group-type="author">{authors}</person-group>'
        f"<year>{year}</year>{rest}</element-citation></ref>"
    )


def xref(rid: str, text: str) -> str:
    return f'<xref ref-type="bibr" rid="{rid}">{text}</xref>'


BODY = (
    '<sec id="s1"><title>Introduction</title>\n'
    "      <p>Heat waves raise mortality in dense cities ("
    f"{xref('bib4', 'Smith and Jones, 2010')}). Tree cover lowers surface temperatures\n"
    f"        ({xref('bib1', 'Garcia, 2015')}; {xref('bib3', 'Lee et al., 2018')}). "
    f"{xref('bib2', 'Jonson (2012)')} found the same in Madrid. Later, Patel (2019) extended "
    "it.</p>\n</sec>"
)
REFS = (
    element_ref(
        "bib1",
        name("Garcia", "M"),
        "2015",
        "<article-title>Shade and street trees</article-title><source>Urban Forestry</source>"
        "<volume>4</volume><issue>2</issue><fpage>10</fpage><lpage>20</lpage>",
    )
    + element_ref(
        "bib2",
        name("Johnson", "K"),
        "2012",
        "<article-title>Heat in Madrid</article-title><source>Climate Letters</source>"
        "<volume>7</volume><fpage>1</fpage><lpage>9</lpage>",
    )
    + '<ref id="bib3"><mixed-citation publication-type="journal">'
    f'<person-group person-group-type="author">{name("Lee", "H")}, {name("Kim", "S")}, '
    f"{name('Park', 'J')}</person-group>. <year>2018</year>. "
    "<article-title>Cooling by canopy</article-title>. <source>Landscape Journal</source> "
    "<volume>9</volume>(<issue>1</issue>):<fpage>33</fpage>–<lpage>41</lpage>."
    "</mixed-citation></ref>"
    + element_ref(
        "bib4",
        name("Smith", "A") + name("Jones", "B"),
        "2010",
        "<article-title>Heat waves and mortality</article-title><source>Journal of Studies"
        "</source><volume>12</volume><issue>3</issue><fpage>45</fpage><lpage>67</lpage>"
        '<pub-id pub-id-type="doi">10.1234/jos.2010.5</pub-id>'
        '<pub-id pub-id-type="pmid">123456</pub-id>',
    )
    + element_ref(
        "bib5",
        name("Wright", "T"),
        "2001",
        "<source>An uncited book</source><publisher-loc>Oxford</publisher-loc>"
        "<publisher-name>Oxford University Press</publisher-name>",
        kind="book",
    )
)
PLAIN = """\
Urban heat and public health
Introduction
Heat waves raise mortality in dense cities (Smith and Jones, 2010). Tree cover lowers surface \
temperatures (Garcia, 2015; Lee et al., 2018). Jonson (2012) found the same in Madrid. Later, \
Patel (2019) extended it.
References
Garcia M. 2015. Shade and street trees. Urban Forestry 4(2):10–20.
Johnson K. 2012. Heat in Madrid. Climate Letters 7:1–9.
Lee H, Kim S, Park J. 2018. Cooling by canopy. Landscape Journal 9(1):33–41.
Smith A, Jones B. 2010. Heat waves and mortality. Journal of Studies 12(3):45–67. \
doi: 10.1234/jos.2010.5
Wright T. 2001. An uncited book. Oxford: Oxford University Press.
"""


def test_article_text_layout_and_locations() -> None:
    doc = parse_jats("paper.xml", article(BODY, REFS))
    assert doc.format == "jats"
    assert doc.source == PLAIN.rstrip("\n")
    assert doc.text == doc.source
    headings = [doc.source[r.start : r.end] for r in doc.regions_of("heading")]
    assert headings == ["Urban heat and public health", "Introduction", "References"]
    assert [doc.source[r.start : r.end] for r in doc.regions_of("emphasis")] == ["public"]
    start = doc.source.index("Lee et al., 2018")
    span = doc.span(start, start + len("Lee et al., 2018"))
    assert (span.line, span.column, span.end_column) == (3, 123, 139)
    start = doc.source.index("Wright T.")
    assert doc.span(start, start).line == 9


def test_jats_gives_the_same_findings_as_its_plain_text_version(tmp_path: Path) -> None:
    xml_path = tmp_path / "paper.xml"
    xml_path.write_bytes(article(BODY, REFS))
    text_path = tmp_path / "paper.txt"
    text_path.write_text(PLAIN, encoding="utf-8")
    jats, plain = check_paths([xml_path, text_path]).documents
    assert jats.format == "jats"

    def summary(report: object) -> list[tuple[str, str, str | None, int, int]]:
        return [
            (f.rule, f.message, f.suggestion, f.span.line, f.span.column)
            for f in report.findings  # type: ignore[attr-defined]
            if f.span
        ]

    assert summary(jats) == summary(plain)
    assert summary(jats) == [
        (
            "author-mismatch",
            "cited as 'Jonson' but the reference lists 'Johnson'",
            "Johnson",
            3,
            142,
        ),
        ("missing-reference", "'Patel, 2019' matches no entry of the reference list", None, 3, 189),
        ("uncited-reference", "'Wright (2001)' is never cited", None, 9, 1),
    ]
    assert [r.doi for r in jats.references] == [None, None, None, "10.1234/jos.2010.5", None]


REFERENCE_CASES = [
    (
        "eLife journal with et al., elided pages and DOI",
        '<ref id="b"><element-citation publication-type="journal">'
        '<person-group person-group-type="author">'
        f"{name('Augusto', 'LA')}{name('Le Maréchal', 'P')}<etal/></person-group>"
        "<year>2003a</year><article-title>Histones: a <italic>novel</italic> class"
        "</article-title><source>Biochemistry</source><volume>42</volume>"
        "<fpage>3929</fpage><lpage>38</lpage>"
        '<pub-id pub-id-type="doi">10.1021/bi027093w</pub-id></element-citation></ref>',
        "Augusto LA, Le Maréchal P, et al. 2003a. Histones: a novel class. Biochemistry "
        "42:3929–38. doi: 10.1021/bi027093w",
    ),
    (
        "labelled NLM citation with a collab and a doi link",
        '<ref id="b"><label>[12]</label><nlm-citation citation-type="journal">'
        '<person-group person-group-type="author"><collab>WHO Study Group</collab>'
        "</person-group><article-title>Heat.</article-title><source>Lancet</source>"
        "<year>1999</year><volume>1</volume><elocation-id>e5</elocation-id>"
        '<comment>doi:<ext-link ext-link-type="uri" xlink:href="http://dx.doi.org/10.1/x">'
        "10.1/x</ext-link></comment></nlm-citation></ref>",
        "12. WHO Study Group. 1999. Heat. Lancet 1:e5. doi: 10.1/x",
    ),
    (
        "chapter with editors, edition and publisher",
        '<ref id="b"><element-citation publication-type="book">'
        f'<person-group person-group-type="author">{name("Hill", "RJ")}</person-group>'
        f'<person-group person-group-type="editor">{name("Riddle", "DL")}'
        f"{name('Blumenthal', 'T')}</person-group><year>1997</year>"
        "<chapter-title>The worm</chapter-title><source>C. elegans II</source>"
        "<edition>2nd</edition><publisher-loc>New York</publisher-loc>"
        "<publisher-name>CSHL Press</publisher-name><fpage>1</fpage><lpage>20</lpage>"
        "</element-citation></ref>",
        "Hill RJ. 1997. The worm. In: Riddle DL, Blumenthal T, editors. C. elegans II (2nd edn) "
        "1–20. New York: CSHL Press.",
    ),
    (
        "web page with URL and access date",
        '<ref id="b"><element-citation publication-type="web">'
        "<person-group><collab>NASA</collab></person-group><year>2011</year>"
        "<source>Climate data</source>"
        '<ext-link ext-link-type="uri" xlink:href="https://data.nasa.gov/x">link</ext-link>'
        "<date-in-citation>March 3, 2012</date-in-citation></element-citation></ref>",
        "NASA. 2011. Climate data. https://data.nasa.gov/x March 3, 2012.",
    ),
    (
        "PLOS mixed citation",
        '<ref id="b"><label>1</label><mixed-citation publication-type="journal">'
        f"{name('Levin', 'LA')}, {name('Orphan', 'VJ')}, <etal>et al</etal>. "
        "(<year>2012</year>) <article-title>A seep</article-title>. <source>Proc Biol Sci"
        "</source> <volume>279</volume>: <fpage>2580</fpage>–<lpage>2588</lpage> "
        '<comment>doi:<ext-link ext-link-type="uri" xlink:href="http://dx.doi.org/10.1098/r">'
        "10.1098/r</ext-link></comment></mixed-citation></ref>",
        "1. Levin LA, Orphan VJ, et al. (2012) A seep. Proc Biol Sci 279: 2580–2588 doi:10.1098/r",
    ),
    (
        "mixed citation with string-name",
        '<ref id="b"><mixed-citation><string-name><surname>Nye</surname>, '
        "<given-names>J.</given-names></string-name> (2013). <source>Power</source>."
        "</mixed-citation></ref>",
        "Nye J. (2013). Power.",
    ),
]


@pytest.mark.parametrize(
    ("name_", "ref", "line"), REFERENCE_CASES, ids=[case[0] for case in REFERENCE_CASES]
)
def test_reference_rendering(name_: str, ref: str, line: str) -> None:
    doc = parse_jats("a.xml", article("<p>Text.</p>", ref))
    assert doc.source.split("\n")[-2:] == ["References", line]


def test_body_blocks_each_get_lines() -> None:
    body = (
        "<sec><label>2.1</label><title>Methods</title><p>We measured<sup>1,2</sup> 10<sup>−6"
        '</sup> m<sup>2</sup> (<xref ref-type="fig" rid="f1">Figure 1</xref>)'
        '<list list-type="bullet"><list-item><p>first item</p></list-item>'
        "<list-item><p>second item</p></list-item></list> and went on"
        "<inline-formula><alternatives><tex-math>x^2</tex-math><mml:math><mml:mi>x</mml:mi>"
        "</mml:math></alternatives></inline-formula>.</p>"
        '<fig id="f1"><label>Figure 1.</label><caption><title>Heat map.</title>'
        '<p>Hot spots (Smith, 2010).</p></caption><graphic xlink:href="f1.tif"/></fig>'
        '<disp-formula id="e1"><label>(1)</label><mml:math><mml:mi>y</mml:mi></mml:math>'
        "</disp-formula>"
        "<table-wrap><label>Table 1.</label><caption><title>Sites</title></caption><table>"
        "<thead><tr><th>Site</th><th>Mean</th></tr></thead><tbody><tr><td>Madrid</td>"
        "<td>31.5</td></tr></tbody></table></table-wrap></sec>"
    )
    back = "<ack><title>Acknowledgements</title><p>We thank A&#160;B.</p></ack>"
    front = "<abstract><p>Short abstract.</p></abstract>"
    doc = parse_jats("a.xml", article(body, "", front=front, back=back))
    assert doc.source.split("\n") == [
        "Urban heat and public health",
        "Short abstract.",
        "2.1 Methods",
        "We measured¹,² 10⁻⁶ m² (Figure 1)",
        "first item",
        "second item",
        "and went onx.",
        "Figure 1. Heat map.",
        "Hot spots (Smith, 2010).",
        "Table 1. Sites",
        "Site",
        "Mean",
        "Madrid",
        "31.5",
        "Acknowledgements",
        "We thank A\xa0B.",
    ]
    headings = [doc.source[r.start : r.end] for r in doc.regions_of("heading")]
    assert headings == ["Urban heat and public health", "2.1 Methods", "Acknowledgements"]
    candidates = extract_citations(doc, numeric=NumericHints())
    assert [(c.text, c.numbers) for c in candidates if c.kind == "numeric"] == [("¹,²", (1, 2))]


def test_deeply_nested_but_legal_article_is_read() -> None:
    data = (
        b"<article><body>"
        + b"<sec>" * 240
        + b"<p>deep</p>"
        + b"</sec>" * 240
        + b"</body></article>"
    )
    assert parse_jats("a.xml", data).source == "deep"


def test_undefined_entity_is_read_as_its_character() -> None:
    data = article("<p>A&nbsp;B &amp; C&hellip;&unknownthing;D</p>", "")
    doc = parse_jats("a.xml", data)
    assert doc.source.split("\n")[1] == "A\xa0B & C…D"


def test_sub_articles_are_not_read() -> None:
    data = article("<p>Main.</p>", "").replace(
        b"</article>",
        b'<sub-article><body><p>Decision letter.</p></body><back><ref-list><ref id="x">'
        b"<mixed-citation>Other 2000.</mixed-citation></ref></ref-list></back></sub-article>"
        b"</article>",
    )
    assert parse_jats("a.xml", data).source == "Urban heat and public health\nMain."


# -- choosing the reader -----------------------------------------------------------------------------


def test_a_jats_file_named_txt_is_read_as_jats_and_never_modified(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    data = article(BODY, REFS)
    path.write_bytes(data)
    before = os.stat(path).st_mtime_ns
    assert reader_for(path, data).name == "jats"
    assert read_document(path).format == "jats"
    assert reader_for(tmp_path / "paper.nxml", b"").name == "jats"
    assert path.read_bytes() == data
    assert os.stat(path).st_mtime_ns == before


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (article("<p>x</p>", ""), True),
        (
            b'\xef\xbb\xbf<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD Journal '
            b'Publishing DTD v3.0 20080202//EN" "journalpublishing3.dtd"><article>',
            True,
        ),
        (b'<article article-type="research-article"><front/></article>', True),
        (b'<article xmlns="http://docbook.org/ns/docbook" version="5.0">', False),
        (b"<?xml version='1.0'?><html><body>article</body></html>", False),
        (b"An article about <article> tags", False),
    ],
)
def test_sniff(data: bytes, expected: bool) -> None:
    assert READER.sniff(data) is expected


# -- bad input -------------------------------------------------------------------------------------

BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1) if i > 1 else b"&a;") * 10)
        for i in range(1, 10)
    )
    + b"]><article><body><p>&a9;</p></body></article>"
)
SMALL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY a "aaaaaaaaaa">]>'
    b"<article><body><p>&a;</p></body></article>"
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<article><body><p>&x;</p></body></article>"
)
PARAMETER_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE article [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd">'
    b"%p;]><article><body><p>x</p></body></article>"
)

BAD = [
    ("billion-laughs", BILLION_LAUGHS, "a.xml: "),
    ("small-entity", SMALL_ENTITY, "declares XML entities"),
    ("external-entity", XXE, "declares XML entities"),
    ("parameter-entity", PARAMETER_ENTITY, "declares XML entities"),
    (
        "malformed",
        b"<article>\n<body>\n<p>open\n</body></article>",
        "a.xml: is not well-formed XML (line 4: Opening and ending tag mismatch",
    ),
    ("not-jats", b"<html><body/></html>", "is not a JATS article (its root element is <html>"),
    ("not-xml", b"\x00\x01binary", "a.xml: "),
    (
        "too-deep",
        b"<article><body>" + b"<sec>" * 300 + b"</sec>" * 300 + b"</body></article>",
        "a.xml: is not well-formed XML (line 1: elements nested more than 256 levels deep)",
    ),
    ("empty-article", b"<article/>", None),
]


@pytest.mark.parametrize(("name_", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_clear_line(name_: str, data: bytes, message: str | None) -> None:
    if message is None:
        assert parse_jats("a.xml", data).source == ""
        return
    with pytest.raises(InputError) as raised:
        parse_jats("a.xml", data)
    text = str(raised.value)
    assert message in text
    assert text.startswith("a.xml: ") and "\n" not in text
    assert "root:" not in text


def test_read_document_refuses_an_empty_article(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_bytes(b"<article/>")
    with pytest.raises(InputError, match=r"a.xml: is empty"):
        read_document(path)


# -- properties ------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=1500))
def test_arbitrary_bytes_raise_only_input_error(data: bytes) -> None:
    for candidate in (data, b"<article><body><p>" + data + b"</p></body></article>"):
        try:
            doc = parse_jats("x.xml", candidate)
        except InputError as error:
            assert "\n" not in str(error)
            continue
        for region in doc.regions:
            assert 0 <= region.start < region.end <= len(doc.source)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<sec>",
                "</sec>",
                "<title>",
                "</title>",
                "<italic>",
                "</italic>",
                "<sup>",
                "</sup>",
                "1,2",
                " (Nye, 2013) ",
                "<list><list-item>",
                "</list-item></list>",
                "&amp;",
                "text ",
                "\n  ",
            ]
        ),
        max_size=30,
    )
)
def test_tag_soup_never_raises_anything_but_input_error(pieces: list[str]) -> None:
    data = f"<article><body>{''.join(pieces)}</body></article>".encode()
    try:
        doc = parse_jats("x.xml", data)
    except InputError:
        return
    report = check_document(doc)
    for citation in report.citations:
        assert doc.source[citation.span.start : citation.span.end] == citation.text

"""Key citations: LaTeX cite commands and pandoc citations, exact keys and spans; linking by key;
the bibliography files a document names; pandoc Markdown end to end."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_paths
from refcheck.ingest.latex import build_document as latex_document
from refcheck.ingest.markdown import build_document as markdown_document
from refcheck.keycites import (
    KeyIndex,
    bibliography_names,
    bibliography_paths,
    extract_key_citations,
    merge_citations,
    scan_cites,
)
from refcheck.model import Citation, Document, Reference

Row = tuple[str, str | None, str | None, int, bool]  # key, prefix, locator, group, narrative


def _rows(citations: tuple[Citation, ...]) -> list[Row]:
    return [(c.keys[0], c.prefix, c.locator, c.group, c.narrative) for c in citations]


def _check_spans(doc: Document, citations: tuple[Citation, ...]) -> None:
    for citation in citations:
        assert doc.source[citation.span.start : citation.span.end] == citation.text
        assert citation.kind == "key"
        assert citation.keys[0] in citation.text or citation.keys[0] in citation.text.strip("{}")


# -- LaTeX commands ----------------------------------------------------------------------------

LATEX_CASES: list[tuple[str, list[Row]]] = [
    (r"\cite{a}", [("a", None, None, 1, False)]),
    (r"\cite{a,b}", [("a", None, None, 1, False), ("b", None, None, 1, False)]),
    (
        r"\citep{smith2001, jones:2002}",
        [("smith2001", None, None, 1, False), ("jones:2002", None, None, 1, False)],
    ),
    (r"\citep[p.~5]{a}", [("a", None, "p. 5", 1, False)]),
    (r"\citep[see][p. 5]{a, b}", [("a", "see", None, 1, False), ("b", None, "p. 5", 1, False)]),
    (r"\citep[see][]{a}", [("a", "see", None, 1, False)]),
    (r"\citet{a}", [("a", None, None, 1, True)]),
    (r"\citet*{a}", [("a", None, None, 1, True)]),
    (r"\Citet{a}", [("a", None, None, 1, True)]),
    (r"\citealp{a}", [("a", None, None, 1, False)]),
    (r"\citeauthor{a}", [("a", None, None, 1, True)]),
    (r"\citeyear{a}", [("a", None, None, 1, False)]),
    (r"\citeyearpar{a}", [("a", None, None, 1, False)]),
    (r"\parencite[12]{a}", [("a", None, "12", 1, False)]),
    (r"\Parencite{a}", [("a", None, None, 1, False)]),
    (r"\textcite{a}", [("a", None, None, 1, True)]),
    (r"\autocite[cf.][15]{a}", [("a", "cf.", "15", 1, False)]),
    (r"\footcite{a}", [("a", None, None, 1, False)]),
    (r"\nocite{a}", [("a", None, None, 1, False)]),
    (r"\nocite{*}", [("*", None, None, 1, False)]),
    (r"\citeA{a}", [("a", None, None, 1, True)]),
    (r"\cite [p.\ 3] {a}", [("a", None, r"p.\ 3", 1, False)]),
    ("\\cite\n{a}", [("a", None, None, 1, False)]),
    ("\\cite{a,% why\n b}", [("a", None, None, 1, False), ("b", None, None, 1, False)]),
    (r"\cite{ a , ,b }", [("a", None, None, 1, False), ("b", None, None, 1, False)]),
    (r"\citep[{see [1]}][p. 2]{a}", [("a", "{see [1]}", "p. 2", 1, False)]),
    (
        r"\cites[1]{a}[pre][2]{b,c}",
        [("a", None, "1", 1, False), ("b", "pre", None, 1, False), ("c", None, "2", 1, False)],
    ),
    (
        r"\parencites(all)(end)[p. 1]{a}{b}",
        [("a", None, "p. 1", 1, False), ("b", None, None, 1, False)],
    ),
    (r"\textcites{a}{b}", [("a", None, None, 1, True), ("b", None, None, 1, True)]),
    (
        r"As \citet{a} and \citep{b}.",
        [("a", None, None, 1, True), ("b", None, None, 2, False)],
    ),
    # not citations
    (r"\citex{a}", []),
    (r"\cite alone", []),
    (r"\cite[p. 5] text", []),
    (r"\citestyle{authoryear}", []),
    (r"\\cite{a}", []),
    (r"\cite{}", []),
    ("\\cite\n\n{a}", []),  # a blank line ends the arguments
    (r"\cite{a", []),
]


@pytest.mark.parametrize(("source", "expected"), LATEX_CASES)
def test_latex_cite_commands(source: str, expected: list[Row]) -> None:
    doc = Document("x.tex", "latex", source)
    citations = extract_key_citations(doc)
    assert _rows(citations) == expected
    _check_spans(doc, citations)
    assert [c.text for c in citations] == [row[0] for row in expected]


def test_latex_spans_lines_and_columns() -> None:
    doc = Document("x.tex", "latex", "Intro.\nSee \\citep[p. 5]{smith2001,\n  jones2002}.\n")
    first, second = extract_key_citations(doc)
    assert (first.id, first.text, first.span.start, first.span.end) == ("k1", "smith2001", 24, 33)
    assert (first.span.line, first.span.column, first.span.end_column) == (2, 18, 27)
    assert (second.text, second.span.line, second.span.column) == ("jones2002", 3, 3)
    assert second.locator == "p. 5" and first.locator is None


def test_latex_command_spans_scan() -> None:
    source = r"x \citep[a][b]{k1,k2} y \cites{k3}[p]{k4} z"
    commands = list(scan_cites(source))
    assert [(c.name, source[c.start : c.end]) for c in commands] == [
        ("citep", r"\citep[a][b]{k1,k2}"),
        ("cites", r"\cites{k3}[p]{k4}"),
    ]
    assert [[k.key for g in c.groups for k in g.keys] for c in commands] == [
        ["k1", "k2"],
        ["k3", "k4"],
    ]


@pytest.mark.parametrize(
    "source",
    [
        "% \\cite{hidden}\nText.\n",
        "Text 50\\% done. % see \\citep{hidden}\n",
        "\\verb|\\cite{hidden}| and\n",
        "\\begin{verbatim}\n\\cite{hidden}\n\\end{verbatim}\n",
        "\\begin{comment}\n\\cite{hidden}\n\\end{comment}\n",
    ],
)
def test_latex_cites_in_comments_and_verbatim_are_not_citations(source: str) -> None:
    doc = latex_document("x.tex", source)
    assert extract_key_citations(doc) == ()


def test_latex_escaped_percent_is_no_comment() -> None:
    doc = latex_document("x.tex", "Up 50\\% \\cite{real} here.\n")
    assert [c.text for c in extract_key_citations(doc)] == ["real"]


def test_key_citations_only_in_body_ranges() -> None:
    source = "\\cite{a} body \\cite{b} list \\cite{c}"
    doc = Document("x.tex", "latex", source)
    citations = extract_key_citations(doc, ((0, 14), (28, len(source))))
    assert [c.text for c in citations] == ["a", "c"]


def test_no_key_citations_in_plain_text() -> None:
    doc = Document("x.txt", "text", "See \\cite{a} and [@b] and @c.")
    assert extract_key_citations(doc) == ()


# -- pandoc ------------------------------------------------------------------------------------

PandocRow = tuple[str, str, str | None, str | None, int, bool]  # text, key, prefix, locator...

PANDOC_CASES: list[tuple[str, list[PandocRow]]] = [
    ("Blah [@a].", [("@a", "a", None, None, 1, False)]),
    ("Blah [@a, p. 33].", [("@a", "a", None, "p. 33", 1, False)]),
    ("Blah [@a p. 33].", [("@a", "a", None, "p. 33", 1, False)]),
    ("Smith says [-@smith04].", [("-@smith04", "smith04", None, None, 1, False)]),
    (
        "Blah [see @a; @b].",
        [("@a", "a", "see", None, 1, False), ("@b", "b", None, None, 1, False)],
    ),
    (
        "Blah [see @doe99, pp. 33-35; also @smith04, chap. 1].",
        [
            ("@doe99", "doe99", "see", "pp. 33-35", 1, False),
            ("@smith04", "smith04", "also", "chap. 1", 1, False),
        ],
    ),
    ("[@a;@b]", [("@a", "a", None, None, 1, False), ("@b", "b", None, None, 1, False)]),
    ("@smith04 says blah.", [("@smith04", "smith04", None, None, 1, True)]),
    ("@smith04 [p. 33] says blah.", [("@smith04", "smith04", None, "p. 33", 1, True)]),
    ("As shown by @smith2001.", [("@smith2001", "smith2001", None, None, 1, True)]),
    ("Per @doe:99, yes", [("@doe:99", "doe:99", None, None, 1, True)]),
    (
        "See [@{https://x.org/a?b=1}].",
        [("@{https://x.org/a?b=1}", "https://x.org/a?b=1", None, None, 1, False)],
    ),
    (
        "First [@a] then @b and [@c].",
        [
            ("@a", "a", None, None, 1, False),
            ("@b", "b", None, None, 2, True),
            ("@c", "c", None, None, 3, False),
        ],
    ),
    ("(@a)", [("@a", "a", None, None, 1, True)]),
    ("[foo; @a]", [("@a", "a", None, None, 1, True)]),  # not a citation bracket: @a is in-text
    # not citations
    ("Write to user@example.org today.", []),
    ("Write to <user@example.org> today.", []),
    ("Code `@a` and `[@b]` here.", []),
    ("```\n@a [@b]\n```\n", []),
    ("Escaped \\@a here.", []),
    ("<!-- @a [@b] -->", []),
    ("[link](https://x.org/@a)", []),
    ("Price is 5@ each.", []),
    ("Email first.last@uni.edu now.", []),
]


@pytest.mark.parametrize(("source", "expected"), PANDOC_CASES)
def test_pandoc_citations(source: str, expected: list[PandocRow]) -> None:
    doc = markdown_document("x.md", "---\nbibliography: refs.bib\n---\n" + source)
    citations = extract_key_citations(doc)
    rows = [(c.text, c.keys[0], c.prefix, c.locator, c.group, c.narrative) for c in citations]
    assert rows == expected
    _check_spans(doc, citations)


@pytest.mark.parametrize(
    ("source", "texts"),
    [
        ("Ping @alice and @bob.", []),
        ("Ping @alice, see [@smith].", ["@alice", "@smith"]),
        ("---\nnocite: '@x'\n---\nPing @alice.", ["@x", "@alice"]),
        ("---\ntitle: '@x'\n---\nPing @alice.", []),
    ],
)
def test_narrative_keys_only_in_pandoc_cited_markdown(source: str, texts: list[str]) -> None:
    doc = markdown_document("x.md", source)
    assert [c.text for c in extract_key_citations(doc)] == texts


def test_pandoc_spans_exact() -> None:
    doc = markdown_document("x.md", "Intro.\n\nAs [see @a, p. 3; @bb] and @ccc.\n")
    citations = extract_key_citations(doc)
    assert [(c.text, c.span.start, c.span.end, c.span.line, c.span.column) for c in citations] == [
        ("@a", 16, 18, 3, 9),
        ("@bb", 26, 29, 3, 19),
        ("@ccc", 35, 39, 3, 28),
    ]


def test_pandoc_front_matter_nocite_and_bibliography() -> None:
    source = (
        "---\ntitle: A paper\nauthor: me@example.org\nbibliography:\n  - refs.bib\n"
        "  - 'more.json'\nnocite: |\n  @extra, @*\n---\n\nBody [@a].\n"
    )
    doc = markdown_document("paper/x.md", source)
    citations = extract_key_citations(doc)
    assert [(c.text, c.keys, c.span.line) for c in citations] == [
        ("@extra", ("extra",), 8),
        ("@*", ("*",), 8),
        ("@a", ("a",), 11),
    ]
    assert bibliography_names(doc) == ("refs.bib", "more.json")
    assert bibliography_paths(doc) == ("paper/refs.bib", "paper/more.json")


def test_latex_citations_in_markdown_too() -> None:
    doc = markdown_document("x.md", "Raw \\citep{a} and [@b].")
    assert [c.text for c in extract_key_citations(doc)] == ["a", "@b"]


# -- the bibliography a document names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "names"),
    [
        ("\\bibliography{refs}", ("refs.bib",)),
        ("\\bibliography{refs, other.bib}", ("refs.bib", "other.bib")),
        (
            "\\addbibresource{refs.bib}\n\\addbibresource[location=remote]{http://x.org/a.bib}",
            ("refs.bib",),
        ),
        ("\\addbibresource[label=x]{dir/refs.bib}", ("dir/refs.bib",)),
        ("% \\bibliography{old}\n\\bibliography{new}", ("new.bib",)),
        ("\\bibliographystyle{plain}", ()),
        ("\\bibliography{\\jobname}", ()),
        ("\\nobibliography{refs}", ("refs.bib",)),
    ],
)
def test_latex_bibliography_names(source: str, names: tuple[str, ...]) -> None:
    assert bibliography_names(latex_document("x.tex", source)) == names


@pytest.mark.parametrize(
    ("front", "names"),
    [
        ("bibliography: refs.bib", ("refs.bib",)),
        ('bibliography: "refs.bib"  # mine', ("refs.bib",)),
        ("bibliography: [a.bib, 'b.json']", ("a.bib", "b.json")),
        ("bibliography:\n- a.bib\n- b.yaml", ("a.bib", "b.yaml")),
        ("title: x", ()),
    ],
)
def test_markdown_bibliography_names(front: str, names: tuple[str, ...]) -> None:
    doc = markdown_document("x.md", f"---\n{front}\n---\nText.\n")
    assert bibliography_names(doc) == names


def test_bibliography_paths_relative_to_document() -> None:
    doc = latex_document("a/b/paper.tex", "\\bibliography{../refs,/abs/x}")
    assert bibliography_paths(doc) == ("a/refs.bib", "/abs/x.bib")


# -- merging and linking -------------------------------------------------------------------------


def _citation(id: str, start: int, end: int, group: int, kind: str = "author-date") -> Citation:
    doc = Document("x", "text", "x" * 100)
    return Citation(id, kind, "x" * (end - start), doc.span(start, end), group=group)


def test_merge_citations_orders_renumbers_and_drops_overlaps() -> None:
    plain = (_citation("c1", 0, 5, 1), _citation("c2", 10, 20, 2), _citation("c3", 40, 45, 2))
    keys = (_citation("k1", 12, 15, 1, "key"), _citation("k2", 30, 33, 2, "key"))
    merged = merge_citations(plain, keys)
    assert [(c.id, c.kind, c.span.start, c.group) for c in merged] == [
        ("c1", "author-date", 0, 1),
        ("c2", "key", 12, 2),
        ("c3", "key", 30, 3),
        ("c4", "author-date", 40, 4),
    ]
    assert merge_citations(plain, ()) == plain


def _entry(key: str | None, origin: str = "refs.bib") -> Reference:
    return Reference(id=f"b-{key}", raw="", key=key, origin=origin)


@pytest.mark.parametrize(
    ("keys", "positions", "status"),
    [
        (("smith2001",), [0], "exact"),
        (("Smith2001",), [0], "folded"),
        (("SMITH2001",), [0], "folded"),
        (("twice",), [2], "exact"),
        (("nowhere",), [], "none"),
        (("smith2001", "nowhere"), [0], "partial"),
        (("*",), [0, 1, 2, 3], "exact"),
    ],
)
def test_key_index_links(keys: tuple[str, ...], positions: list[int], status: str) -> None:
    references = [
        _entry("smith2001"),
        _entry("Smith2001b"),
        _entry("twice"),
        _entry("twice"),
        _entry(None, "manuscript"),
    ]
    citation = Citation("c1", "key", "k", Document("x", "text", "k").span(0, 1), keys=keys)
    found, found_status, _ = KeyIndex(references).link(citation)
    assert (found, found_status) == (positions, status)


# -- properties -------------------------------------------------------------------------------

_ALPHABET = st.sampled_from([*"ab@ \n\\{}[]%;,-.:*`$<>_~ei", "cite", "citep", "[@", "@a"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.sampled_from(["latex", "markdown"]))
def test_extraction_never_raises_and_spans_round_trip(source: str, fmt: str) -> None:
    doc = latex_document("x.tex", source) if fmt == "latex" else markdown_document("x.md", source)
    citations = extract_key_citations(doc)
    last = -1
    for citation in citations:
        assert doc.source[citation.span.start : citation.span.end] == citation.text
        assert citation.span.start >= last
        last = citation.span.end
        assert citation.keys and citation.keys[0]
    bibliography_names(doc)


@pytest.mark.parametrize(
    ("unit", "count"),
    [
        ("\\cite{", 100_000),
        ("\\cite[", 100_000),
        ("\\cites{a}", 20_000),
        ("[@", 300_000),
        ("[a", 500_000),
        ("[x @a;", 20_000),
        ("[x @a;]" + "x" * 2000, 500),
        ("[@a] @b ", 10_000),  # every one a citation: per-citation cost, not rescanning
    ],
    ids=lambda value: str(value).replace("\\", "/"),
)
def test_long_single_line_inputs_are_fast(unit: str, count: int) -> None:
    source = unit * count
    for doc in (Document("x.tex", "latex", source), markdown_document("x.md", source)):
        began = time.perf_counter()
        extract_key_citations(doc)
        assert time.perf_counter() - began < 3


# -- pandoc Markdown end to end --------------------------------------------------------------------

BIB = """@article{smith2001,
  author = {Smith, John},
  title = {On things},
  journal = {Journal of Things},
  year = {2001},
}

@article{jones2002,
  author = {Jones, Kate},
  title = {More things},
  year = {2002},
  volume = {3},
}

@book{brown2010,
  author = {Brown, Bob},
  title = {A book},
  publisher = {Press},
  year = {2010},
}
"""

MARKDOWN = """---
title: Test
bibliography: refs.bib
---

# Introduction

As @smith2001 showed [see also @jones2002, p. 4; @nobody2020].
"""


def _findings(report_path: Path, **kwargs: object) -> list[tuple[str, str | None, int | None]]:
    report = check_paths([report_path], **kwargs)  # type: ignore[arg-type]
    (document,) = report.documents
    return [(f.rule, f.path, f.span.line if f.span else None) for f in document.findings]


def test_pandoc_markdown_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    paper = tmp_path / "paper.md"
    paper.write_text(MARKDOWN, encoding="utf-8")
    bib = str(tmp_path / "refs.bib")
    assert _findings(paper) == [
        ("missing-reference", None, 8),
        ("incomplete-reference", bib, 8),  # jones2002: no journal, no source at all
        ("uncited-reference", bib, 15),  # brown2010 is never cited
    ]
    report = check_paths([paper])
    messages = [f.message for f in report.documents[0].findings]
    assert messages[0] == "'@nobody2020' matches no entry of the reference list"


def test_pandoc_markdown_with_shared_bib_reports_no_uncited(tmp_path: Path) -> None:
    (tmp_path / "shared.bib").write_text(BIB, encoding="utf-8")
    paper = tmp_path / "paper.md"
    paper.write_text(MARKDOWN.replace("bibliography: refs.bib\n", ""), encoding="utf-8")
    shared = str(tmp_path / "shared.bib")
    assert _findings(paper, bib=[shared]) == [
        ("missing-reference", None, 7),
        ("incomplete-reference", shared, 8),
    ]


def test_pandoc_markdown_named_bib_also_given_with_bib_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    paper = tmp_path / "paper.md"
    paper.write_text(MARKDOWN, encoding="utf-8")
    report = check_paths([paper], bib=[str(tmp_path / "refs.bib")])
    assert len(report.documents[0].references) == 3
    assert [f.rule for f in report.documents[0].findings] == [
        "missing-reference",
        "incomplete-reference",
        "uncited-reference",
    ]


def test_pandoc_markdown_with_csl_json(tmp_path: Path) -> None:
    items = [
        {
            "id": "smith2001",
            "type": "article-journal",
            "author": [{"family": "Smith", "given": "John"}],
            "title": "On things",
            "container-title": "Journal of Things",
            "issued": {"date-parts": [[2001]]},
        },
        {
            "id": "jones2002",
            "type": "article-journal",
            "author": [{"family": "Jones", "given": "Kate"}],
            "title": "More things",
            "DOI": "10.1234/abc",
            "issued": {"date-parts": [[2002, 5, 1]]},
        },
        {
            "id": "brown2010",
            "type": "book",
            "author": [{"literal": "World Health Organization"}],
            "title": "A book",
            "publisher": "Press",
            "issued": {"date-parts": [[2010]]},
        },
    ]
    text = json.dumps(items, indent=2)
    (tmp_path / "refs.json").write_text(text, encoding="utf-8")
    paper = tmp_path / "paper.md"
    paper.write_text(MARKDOWN.replace("refs.bib", "refs.json"), encoding="utf-8")
    csl = str(tmp_path / "refs.json")

    def line_of(key: str) -> int:
        return text[: text.index(f'"id": "{key}"')].count("\n") + 1

    assert (line_of("jones2002"), line_of("brown2010")) == (22, 43)
    assert _findings(paper) == [
        ("missing-reference", None, 8),
        ("missing-field", csl, 22),  # jones2002 has a DOI but no container-title
        ("uncited-reference", csl, 43),  # brown2010
    ]
    report = check_paths([paper])
    (jones,) = [r for r in report.documents[0].references if r.key == "jones2002"]
    assert (jones.year, jones.doi, jones.kind, jones.authors[0].family) == (
        "2002",
        "10.1234/abc",
        "journal",
        "Jones",
    )
    (who,) = [r for r in report.documents[0].references if r.key == "brown2010"]
    assert (who.corporate, who.authors[0].family) == (True, "World Health Organization")


# -- BibTeX's alpha style, printed ------------------------------------------------------------

ALPHA_TEXT = """Boosting

Boosting combines weak learners [FS96]. Decision trees remain baselines [Qui93, Bre96].
See also [Knu84, p. 12] and the review in [Qui93, Section 2]. The mutant [A12 mutant] is
not cited, nor is [see below].

References

[Bre96] L. Breiman. Bagging predictors. Machine Learning, 24(2):123-140, 1996.
[FS96] Y. Freund and R. E. Schapire. Experiments with a new boosting algorithm. In Proc. 13th
International Conference on Machine Learning, pages 148-156. Morgan Kaufmann, 1996.
[Qui93] J. R. Quinlan. C4.5: Programs for Machine Learning. Morgan Kaufmann, 1993.
[Vap95] V. Vapnik. The Nature of Statistical Learning Theory. Springer, 1995.
"""


def test_printed_alpha_keys_are_the_lists_keys_and_the_texts_citations() -> None:
    from refcheck.references import extract_references

    doc = Document(path="paper.txt", format="text", source=ALPHA_TEXT)
    _, references = extract_references(doc)
    assert [(r.key, r.label, r.first_family) for r in references] == [
        ("Bre96", None, "Breiman"),
        ("FS96", None, "Freund"),
        ("Qui93", None, "Quinlan"),
        ("Vap95", None, "Vapnik"),
    ]
    keys = frozenset(r.key for r in references if r.key)
    body = ((0, ALPHA_TEXT.index("References")),)
    citations = extract_key_citations(doc, body, keys)
    _check_spans(doc, citations)
    assert _rows(citations) == [
        ("FS96", None, None, 1, False),
        ("Qui93", None, None, 2, False),
        ("Bre96", None, None, 2, False),
        ("Knu84", None, "p. 12", 3, False),
        ("Qui93", None, "Section 2", 4, False),
    ]
    assert extract_key_citations(doc, body) == ()  # no printed keys: brackets are prose


def test_printed_alpha_keys_need_a_listed_key_in_a_short_list() -> None:
    doc = Document(path="paper.txt", format="text", source="As shown [Knu84] and [Qui93].")
    citations = extract_key_citations(doc, None, frozenset({"Qui93"}))
    assert [c.keys for c in citations] == [("Qui93",)]


def test_printed_alpha_style_end_to_end(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(ALPHA_TEXT, encoding="utf-8")
    assert _findings(paper) == [("missing-reference", None, 4), ("uncited-reference", None, 13)]
    report = check_paths([paper])
    assert report.documents[0].findings[0].message == (
        "'Knu84' matches no entry of the reference list"
    )


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="[]Qui93Br6,;. p12-–Sectonx\n", max_size=80))
def test_printed_keys_never_raise_and_spans_round_trip(source: str) -> None:
    doc = Document(path="x.txt", format="text", source=source)
    citations = extract_key_citations(doc, None, frozenset({"Qui93", "Bre96", "Bre96a"}))
    _check_spans(doc, citations)
    assert [c.span.start for c in citations] == sorted(c.span.start for c in citations)

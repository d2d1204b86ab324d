"""Numeric citation styles: callout forms, false positives, style detection, linking, rules."""

from __future__ import annotations

import json
import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_text
from refcheck.citations import (
    NumericHints,
    NumericItem,
    detect_style,
    extract_citations,
    numeric_items,
    select_style,
)
from refcheck.match import link_citations, numeric_labels
from refcheck.model import Citation, Document, Finding, Link, Region, Span
from refcheck.report import render
from refcheck.rules import find_rule
from tests.factories import cite, ref

NUMBERED = NumericHints(list_size=20, numbered=True)
UNNUMBERED = NumericHints(list_size=20, numbered=False)


def _numeric(
    source: str, hints: NumericHints = NUMBERED, regions: tuple[Region, ...] = ()
) -> tuple[Citation, ...]:
    doc = Document("t.txt", "text", source, regions=regions)
    found = extract_citations(doc, None, (), hints)
    for citation in found:
        assert source[citation.span.start : citation.span.end] == citation.text
    return tuple(c for c in found if c.kind == "numeric")


# (source, expected callouts as (text, numbers, start offset)).
FORMS: list[tuple[str, list[tuple[str, tuple[int, ...], int]]]] = [
    ("shown [1].", [("[1]", (1,), 6)]),
    ("shown [1,2].", [("[1,2]", (1, 2), 6)]),
    ("shown [1, 2].", [("[1, 2]", (1, 2), 6)]),
    ("shown [ 3 ].", [("[ 3 ]", (3,), 6)]),
    ("shown [1-3].", [("[1-3]", (1, 2, 3), 6)]),
    ("shown [1–3, 5].", [("[1–3, 5]", (1, 2, 3, 5), 6)]),
    ("shown [1 – 3,5].", [("[1 – 3,5]", (1, 2, 3, 5), 6)]),
    ("shown [1—2; 4].", [("[1—2; 4]", (1, 2, 4), 6)]),
    ("shown [5, 1–3].", [("[5, 1–3]", (5, 1, 2, 3), 6)]),  # printed order kept
    ("shown [2, 2, 3].", [("[2, 2, 3]", (2, 3), 6)]),  # repeats dropped
    ("shown [7]–[14].", [("[7]–[14]", (7, 8, 9, 10, 11, 12, 13, 14), 6)]),
    ("shown (8)–(10).", [("(8)–(10)", (8, 9, 10), 6)]),  # where the list is numbered
    ("shown [7]-[9].", [("[7]-[9]", (7, 8, 9), 6)]),
    ("shown [7] – [9].", [("[7] – [9]", (7, 8, 9), 6)]),
    ("shown [1], [2]–[4].", [("[1]", (1,), 6), ("[2]–[4]", (2, 3, 4), 11)]),
    ("shown [1],[2].", [("[1]", (1,), 6), ("[2]", (2,), 10)]),
    ("shown[12].", [("[12]", (12,), 5)]),
    ("shown [5–3].", [("[5–3]", (3, 4, 5), 6)]),  # backwards: read as meant
    ("shown [1, p. 5].", [("[1, p. 5]", (1,), 6)]),
    ("shown [3: fig. 4].", [("[3: fig. 4]", (3,), 6)]),
    # IEEE's locators in mathematics and computing
    ("as in [4, Th. 1], [5, Lemma 2]", [("[4, Th. 1]", (4,), 6), ("[5, Lemma 2]", (5,), 18)]),
    ("by [6, Cor. 3.2] and [7, Alg. 1]", [("[6, Cor. 3.2]", (6,), 3), ("[7, Alg. 1]", (7,), 21)]),
    ("in [8, Ex. 4] and [9, Def. 2.1]", [("[8, Ex. 4]", (8,), 3), ("[9, Def. 2.1]", (9,), 18)]),
    ("shown [e.g., 7], [8].", [("[e.g., 7]", (7,), 6), ("[8]", (8,), 17)]),
    # a ";" after a locator opens the next work in the same brackets
    ("shown [1, pp. 12–15; 2].", [("[1, pp. 12–15; 2]", (1, 2), 6)]),
    ("shown [3, p. 4; 4, p. 7].", [("[3, p. 4; 4, p. 7]", (3, 4), 6)]),
    ("shown [3, Table 2; 4, Eq. (5)]", [("[3, Table 2; 4, Eq. (5)]", (3, 4), 6)]),
    ("shown [2, p. 4; 99, p. 7]", [("[2, p. 4; 99, p. 7]", (2, 99), 6)]),  # 99: missing
    ("shown [19](p. 107).", [("[19]", (19,), 6)]),
    ("as (www.x.org)[4] says", [("[4]", (4,), 14)]),
    ("shown [999].", [("[999]", (999,), 6)]),  # out of range: kept for missing-reference
    ("shown (1).", [("(1)", (1,), 6)]),
    ("shown (1, 3).", [("(1, 3)", (1, 3), 6)]),
    ("shown (2–4).", [("(2–4)", (2, 3, 4), 6)]),
    ("shown¹.", [("¹", (1,), 5)]),
    ("shown¹².", [("¹²", (12,), 5)]),
    ("shown¹²³ there", [("¹²³", (123,), 5)]),
    ("shown¹⁻³.", [("¹⁻³", (1, 2, 3), 5)]),
    ("shown¹,² and³˒⁴.", [("¹,²", (1, 2), 5), ("³˒⁴", (3, 4), 12)]),
    ("shown¹, ⁵–⁷.", [("¹, ⁵–⁷", (1, 5, 6, 7), 5)]),
    ("shown.² Then", [("²", (2,), 6)]),
    ("shown^1^ here", [("^1^", (1,), 5)]),
    ("shown^1,2^ here", [("^1,2^", (1, 2), 5)]),
    ("shown^1-3^.", [("^1-3^", (1, 2, 3), 5)]),
    ("shown<sup>1</sup>.", [("<sup>1</sup>", (1,), 5)]),
    ("shown<sup>1–3</sup>.", [("<sup>1–3</sup>", (1, 2, 3), 5)]),
    ("shown<SUP>2, 4</SUP>.", [("<SUP>2, 4</SUP>", (2, 4), 5)]),
    ("shown<sup>[5]</sup>.", [("<sup>[5]</sup>", (5,), 5)]),
    ("wrapped [1,\n2] here", [("[1,\n2]", (1, 2), 8)]),
    # the last two joined by "and"
    (
        "as in [1 and 6] and [2, 4, and 7]",
        [("[1 and 6]", (1, 6), 6), ("[2, 4, and 7]", (2, 4, 7), 20)],
    ),
    # superscripts a plain-text copy lost, glued to the punctuation after a word
    ("is common.1 Obesity", [("1", (1,), 10)]),
    ("raises risk.2,3 Exercise", [("2,3", (2, 3), 12)]),
    ("this.9-11 Smith et al.12 showed", [("9-11", (9, 10, 11), 5), ("12", (12,), 22)]),
    ("by the WHO.3\nNext", [("3", (3,), 11)]),
    # ... and glued to a word, once a text shows them lost after punctuation
    (
        "is common.1 Rising in countries2,3 and on therapy7 although",
        [("1", (1,), 10), ("2,3", (2, 3), 31), ("7", (7,), 49)],
    ),
    ("is common.1 In week12 and day3, COVID19, CD4, SGLT2 and HbA1c", [("1", (1,), 10)]),
    # the list's entries named in prose (Nature, PNAS)
    ("as in ref. 3 shown", [("ref. 3", (3,), 6)]),
    ("as in refs. 4–6, shown", [("refs. 4–6", (4, 5, 6), 6)]),
    ("see Refs 2 and 7.", [("Refs 2 and 7", (2, 7), 4)]),
    ("see reference 12)", [("reference 12", (12,), 4)]),
]


@pytest.mark.parametrize(("source", "expected"), FORMS)
def test_callout_forms(source: str, expected: list[tuple[str, tuple[int, ...], int]]) -> None:
    found = _numeric(source)
    assert [(c.text, c.numbers, c.span.start) for c in found] == expected
    assert all(c.kind == "numeric" and not c.authors and c.year is None for c in found)
    assert len({c.group for c in found}) == len(found)  # one group per callout


@pytest.mark.parametrize(
    ("source", "numbers", "locator"),
    [
        ("[1, Fig. 3; 2]", (1, 2), "Fig. 3"),
        ("[1, Fig. 2; 5–7]", (1, 5, 6, 7), "Fig. 2"),
        ("[2: sec. 4; 3]", (2, 3), "sec. 4"),
        # pages after pages, a number beyond the list, a year, a word: one locator
        ("[1, pp. 3–5; 9–12]", (1,), "pp. 3–5; 9–12"),
        ("[1, ch. 2; 25]", (1,), "ch. 2; 25"),
        ("[2, sec. 4; 2020]", (2,), "sec. 4; 2020"),
        ("[4, ch. 3; x]", (4,), "ch. 3; x"),
        # a locator in parentheses inside the brackets, and a page in a numbered paper's
        # parentheses
        ("[3 (p. 12)]", (3,), "p. 12"),
        ("[2, 5 (Fig. 4)]", (2, 5), "Fig. 4"),
        ("(4, p. 9)", (4,), "p. 9"),
        ("(2, 3, pp. 10–12)", (2, 3), "pp. 10–12"),
        ("(7, chap. 2)", (7,), "chap. 2"),
        # other languages' page, volume and chapter words (GOST, German, Spanish)
        ("[1, с. 45]", (1,), "с. 45"),
        ("[2; 3, С. 12–15]", (2, 3), "С. 12–15"),
        ("[4, т. 2, с. 8]", (4,), "т. 2, с. 8"),
        ("[5, S. 17]", (5,), "S. 17"),
        ("[6, Bd. 2]", (6,), "Bd. 2"),
        ("[7, pág. 9]", (7,), "pág. 9"),
    ],
)
def test_a_locator_runs_on_into_the_next_work_only_when_it_is_one(
    source: str, numbers: tuple[int, ...], locator: str
) -> None:
    [found] = _numeric("shown " + source)
    assert (found.text, found.numbers, found.locator) == (source, numbers, locator)


def test_locator_prefix_lines_and_columns() -> None:
    source = "Intro line\nas in [see 2, pp. 4–5] and\n  [3]–[4] end"
    found = _numeric(source)
    assert [(c.text, c.locator, c.prefix) for c in found] == [
        ("[see 2, pp. 4–5]", "pp. 4–5", "see"),
        ("[3]–[4]", None, None),
    ]
    assert [(c.span.line, c.span.column, c.span.end_line, c.span.end_column) for c in found] == [
        (2, 7, 2, 23),
        (3, 3, 3, 10),
    ]


NOT_CALLOUTS = [
    "as written [sic] here",
    "[Accessed 27 September 2014]",
    "published in [2015] and [1998]",
    "[1234] is a large number",
    "see [text](https://example.org) and [1](https://x.org/a)",
    "[Table 2] and [Fig. 1] and [Table 2, 3]",
    "(Fig. 1) and (Table 2)",
    "[0] and [0, 1] and [01]",
    "[12345]",
    "[1a] and [2b]",
    "Eq. (3) and equation (2) and Figure (1) and step (4)",
    "f(1) + g(2)",
    "(n = 12) and (12%) and (1.5) and (p < 0.05)",
    "(2, p < 0.05) and (3, p = 0.01) and (4, P 0.2) and (4, page)",
    "(2015) and (1998)",  # beyond the list
    "(25)",  # beyond a 20-entry list
    "[1] A note that labels a line",
    "text\n(1) an enumerated item",
    "an area of 5 m² and 10⁶ cells with R² = 0.9",
    "¹³C and ¹H NMR",
    "¹ Department of Biology",
    "x^2^ and 10^6^",
    "m<sup>2</sup> and 10<sup>3</sup>",
    "the interval [140, 160] in hours",
    "[2, T cells] and [3, S] and [4, s]",
    "values in the range [2, 5]",
    "in [5, 80] of cases",  # an interval reaching well beyond the list
    "[1–900]",  # too wide to be a range of references
    "[^1] is a footnote",
    "labelled with [32P]-orthophosphate",
    # numbers glued to punctuation that are no lost superscripts
    "see Fig.1 and No.5 on pp.100 of vol.3, Eq.2 and p.5",
    "at pH 7.4 and 0.05 and version 2.1 in 2019.3 Then",
    "Chapter II.3 and Vitamin B.12 and 5 p.m.3 here",
    "is common.25 Obesity",  # beyond a 20-entry list
    "is common.1Obesity and common.1.",
    "rising in countries2,3 and on therapy7 although",  # no superscript lost after punctuation
]


@pytest.mark.parametrize("source", NOT_CALLOUTS)
def test_not_callouts(source: str) -> None:
    assert _numeric(source) == ()


def test_named_entries_need_a_numbered_list_and_a_number_in_it() -> None:
    assert _numeric("as in ref. 3 and refs. 4–6.", UNNUMBERED) == ()
    # beyond the list, a measure, a model's name: no callout
    assert _numeric("ref. 21, the reference 3D model, reference 5.5 mM") == ()


def test_parentheses_need_a_numbered_list() -> None:
    assert _numeric("shown (1) and (2, 3).", UNNUMBERED) == ()
    assert [c.text for c in _numeric("shown (1) and [2].", UNNUMBERED)] == ["[2]"]
    assert _numeric("is common.1 Obesity", UNNUMBERED) == ()  # a lost superscript too


def test_a_plain_text_copy_with_lost_superscripts_end_to_end() -> None:
    report = check_text(
        "Introduction\n\nDiabetes is common.1 Obesity raises risk.2,3 Exercise helps.4\u20136 "
        "Smith et al.7 showed it.\n\nReferences\n\n"
        + "".join(
            f"{n}. {name} A, Park B. On things. J Things. 2010;{n}:1-2.\n"
            for n, name in enumerate(("Hu", "Lee", "Kim", "Cho", "Wu", "Ng", "Smith", "Tan"), 1)
        )
    )
    assert [(c.text, c.numbers) for c in report.citations] == [
        ("1", (1,)),
        ("2,3", (2, 3)),
        ("4\u20136", (4, 5, 6)),
        ("7", (7,)),
    ]
    assert [(f.rule, f.message) for f in report.findings] == [
        ("uncited-reference", "entry 8 'Tan (2010)' is never cited")
    ]


_NATURE_LIST = "".join(
    f"{n}. {name}, A. & Park, B. On things. Nature {n}, 1–2 (2010).\n"
    for n, name in enumerate(("Hu", "Lee", "Kim", "Cho", "Wu", "Ng", "Smith", "Tan"), 1)
)


def test_lost_superscripts_glued_to_words_alone_when_they_cite_the_list_in_order() -> None:
    """Nature prints its superscripts before the punctuation: a plain-text copy glues every
    callout to a word, with none after a stop to show them lost."""
    report = check_text(
        "Main\n\nCells divide1,2. Others disagree3\u20135, as reported6 in mice and humans7 "
        f"alike.\n\nReferences\n\n{_NATURE_LIST}"
    )
    assert [(c.text, c.numbers) for c in report.citations] == [
        ("1,2", (1, 2)),
        ("3\u20135", (3, 4, 5)),
        ("6", (6,)),
        ("7", (7,)),
    ]
    assert [f.message for f in report.findings] == ["entry 8 'Tan (2010)' is never cited"]


@pytest.mark.parametrize(
    "body",
    [
        # out of the list's order, or too few of its entries: chance, not callouts
        "Cells divide1,5. Others disagree2, as reported7 in mice, humans3 and dogs4 alike.",
        "Cells divide7,2. Others disagree5, as reported1 in mice and humans3 alike.",
        "Cells divide1,2 in mice alike.",
    ],
)
def test_numbers_glued_to_words_by_chance_stay_words(body: str) -> None:
    report = check_text(f"Main\n\n{body}\n\nReferences\n\n{_NATURE_LIST}")
    assert report.citations == ()


def test_years_in_brackets_count_when_the_list_is_that_long() -> None:
    assert [c.numbers for c in _numeric("[1500]", NumericHints(2000, True))] == [(1500,)]
    assert _numeric("[1500]", NumericHints(None, False)) == ()


def test_no_hints_means_no_numeric_scan() -> None:
    doc = Document("t.txt", "text", "shown [1] and (Smith, 2001).")
    assert [c.kind for c in extract_citations(doc)] == ["author-date"]


def test_excluded_regions_and_ranges() -> None:
    source = "code [1] here; url http://x.org/a[2] and [3] kept\n\nReferences\n[4] list"
    doc = Document("t.txt", "text", source, regions=(Region("code", 5, 8),))
    found = extract_citations(doc, ((0, 50),), (), NUMBERED)
    # a URL ends at "[": a callout glued to a URL is still a callout
    assert [c.text for c in found] == ["[2]", "[3]"]
    doc = Document("t.txt", "text", source, regions=(Region("link-url", 19, 36),))
    assert [c.text for c in extract_citations(doc, ((0, 50),), (), NUMBERED)] == ["[1]", "[3]"]


def test_markdown_reader_blanks_link_brackets() -> None:
    report = check_text(
        "See [the site](https://x.org) [1].\n\nReferences\n\n1. A B. T. J. 2001;1:1.\n"
    )
    assert [(c.text, c.numbers) for c in report.citations] == [("[1]", (1,))]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("[1]", [NumericItem(1, 1, 1, 2, 1, 2)]),
        ("[1–3, 5]", [NumericItem(1, 3, 1, 2, 3, 4), NumericItem(5, 5, 6, 7, 6, 7)]),
        ("[14]–[7]", [NumericItem(14, 7, 1, 3, 6, 7)]),
        ("(14)–(7)", [NumericItem(14, 7, 1, 3, 6, 7)]),
        ("¹⁻³", [NumericItem(1, 3, 0, 1, 2, 3)]),
        ("<sup>5-3</sup>", [NumericItem(5, 3, 5, 6, 7, 8)]),
        ("[2, p. 5]", [NumericItem(2, 2, 1, 2, 1, 2)]),
        ("no numbers", []),
    ],
)
def test_numeric_items(text: str, items: list[NumericItem]) -> None:
    assert list(numeric_items(text)) == items
    assert [item.backwards for item in items] == [i.last < i.first for i in items]


# ---------------------------------------------------------------------------------------------
# Style detection


def _n(id: str, *numbers: int) -> Citation:
    return cite(id, numbers=numbers)


NUMBERED_REFS = [ref(f"r{i}", f"Author{i}", label=str(i)) for i in range(1, 6)]
PLAIN_REFS = [ref(f"r{i}", f"Author{i}") for i in range(1, 6)]


@pytest.mark.parametrize(
    ("citations", "references", "style"),
    [
        ([_n("c1", 1), _n("c2", 2, 3)], NUMBERED_REFS, "numeric"),
        ([_n("c1", 1)], NUMBERED_REFS, "numeric"),  # a numbered list: one callout is enough
        ([_n("c1", 1), _n("c2", 2), _n("c3", 4)], PLAIN_REFS, "numeric"),  # implicit numbers
        ([_n("c1", 1), cite("c2", "Author2", year="2000")], PLAIN_REFS, "author-date"),
        ([cite("c1", "Author1", year="2000")], PLAIN_REFS, "author-date"),
        ([cite("c1", "Nobody", year="2000")], PLAIN_REFS, "author-date"),  # unmatched still
        (
            [_n("c1", 1), _n("c2", 2)] + [cite(f"a{i}", "Author3", year="2000") for i in range(3)],
            NUMBERED_REFS,
            "both",
        ),
        (
            [_n(f"c{i}", 1) for i in range(20)] + [cite("a1", "Author3", year="2000")],
            NUMBERED_REFS,
            "numeric",  # one stray author-date mention in a numeric paper
        ),
        ([_n("c1", 9)], NUMBERED_REFS, "numeric"),  # nothing resolves, but the list is numbered
        ([_n("c1", 9)], PLAIN_REFS, "author-date"),
        ([_n("c1", 1), _n("c2", 2), _n("c3", 3)], [], "numeric"),  # no list at all
        ([], NUMBERED_REFS, "numeric"),
        ([], PLAIN_REFS, "author-date"),
        ([], [], "none"),
    ],
)
def test_detect_style(citations: list[Citation], references: list, style: str) -> None:  # type: ignore[type-arg]
    assert detect_style(citations, references) == style


def _at(id: str, kind: str, start: int, end: int, **fields: object) -> Citation:
    return Citation(
        id, kind, "x" * (end - start), Span(start, end, 1, start + 1, 1, end + 1), **fields
    )  # type: ignore[arg-type]


def test_name_before_a_callout_counts_for_neither_style() -> None:
    # "Author1 (2000) [1]" three times: the names describe the callouts
    citations = []
    for i in range(3):
        citations.append(
            _at(f"a{i}", "author-date", 20 * i, 20 * i + 14, authors=("Author1",), year="2000")
        )
        citations.append(_at(f"n{i}", "numeric", 20 * i + 15, 20 * i + 18, numbers=(1,)))
    assert detect_style(citations, NUMBERED_REFS) == "numeric"
    # and when another part of the paper cites by name, they are dropped all the same
    more = [
        _at(f"b{i}", "author-date", 100 + 20 * i, 110 + 20 * i, authors=("Author2",), year="2000")
        for i in range(3)
    ]
    assert detect_style([*citations, *more], NUMBERED_REFS) == "both"
    kept = select_style([*citations, *more], "both")
    assert [c.kind for c in kept] == ["numeric"] * 3 + ["author-date"] * 3
    assert [c.id for c in kept] == [f"c{i}" for i in range(1, 7)]


def test_select_style_renumbers_ids_and_groups() -> None:
    citations = [
        Citation("c1", "author-date", "A, 2000", Span(0, 1, 1, 1, 1, 2), ("A",), "2000", group=1),
        Citation("c2", "numeric", "[1]", Span(2, 3, 1, 3, 1, 4), numbers=(1,), group=2),
        Citation("c3", "numeric", "(3)", Span(4, 5, 1, 5, 1, 6), numbers=(3,), group=3),
        Citation("c4", "numeric", "[3]", Span(6, 7, 1, 7, 1, 8), numbers=(3,), group=4),
    ]
    kept = select_style(citations, "numeric")
    assert [(c.id, c.text, c.group) for c in kept] == [("c1", "[1]", 1), ("c2", "[3]", 2)]
    assert [c.text for c in select_style(citations, "author-date")] == ["A, 2000"]
    assert select_style(citations[:1], "author-date") == tuple(citations[:1])


@pytest.mark.parametrize(
    ("text", "style"),
    [
        (
            "Shown [1] and [2].\n\nReferences\n\n1. Smith J. T. J. 2001;1:1.\n2. Lee K. U. J. 2002;2:2.\n",
            "numeric",
        ),
        (
            "Shown (Smith, 2001) and (Lee, 2002).\n\nReferences\n\n"
            "Smith, J. (2001). T. J, 1, 1.\nLee, K. (2002). U. J, 2, 2.\n",
            "author-date",
        ),
        (
            "Shown (1) and (2).\n\nReferences\n\n1. Smith J. T. J. 2001;1:1.\n2. Lee K. U. J. 2002;2:2.\n",
            "numeric",
        ),
        (
            "Shown¹ and².\n\nReferences\n\n1. Smith J. T. J. 2001;1:1.\n2. Lee K. U. J. 2002;2:2.\n",
            "numeric",
        ),
        ("Nothing cited here.\n", "none"),
    ],
)
def test_style_end_to_end(text: str, style: str) -> None:
    assert check_text(text).style == style


def test_style_in_json() -> None:
    from refcheck.model import Report

    report = check_text(VANCOUVER, path="v.txt")
    data = json.loads(render(Report((report,), "0.1.0"), "json"))
    assert data["documents"][0]["style"] == "numeric"
    callout = data["documents"][0]["citations"][6]
    assert (callout["text"], callout["numbers"], callout["reference_ids"]) == (
        "[10–12, 15]",
        [10, 11, 12, 15],
        ["r10", "r11", "r12"],
    )


def test_enumerations_are_dropped_in_a_bracket_paper() -> None:
    text = (
        "We (1) measured [1], (2) counted [2] and (3) compared [3].\n\nReferences\n\n"
        "1. Smith J. T. J. 2001;1:1.\n2. Lee K. U. J. 2002;2:2.\n3. Kim Y. V. J. 2003;3:3.\n"
    )
    assert [c.text for c in check_text(text).citations] == ["[1]", "[2]", "[3]"]


def _ieee_list(count: int) -> str:
    return "".join(
        f'[{n}] A. Name{n}, "Title {n}," J. Test, vol. {n}, pp. 1-2, 20{n:02}.\n'
        for n in range(1, count + 1)
    )


def test_a_parenthesised_slip_in_a_bracket_paper_still_cites() -> None:
    # "(4, 5)" and "(7)" cite entries no bracket cites: the author slipped from the habit
    text = (
        "Heat kills [1,2]. Islands add [3]. Trees cool (4, 5), roofs help [6].\n"
        "Nights matter (7). Models agree [8].\n\nReferences\n\n" + _ieee_list(8)
    )
    report = check_text(text)
    assert [c.text for c in report.citations] == ["[1,2]", "[3]", "(4, 5)", "[6]", "(7)", "[8]"]
    assert report.findings == ()
    # an enumeration stays out though its numbers are cited nowhere else
    # and so does a number after a quantity's symbol ("NI (6)", a count, not a callout)
    text = (
        "We (1) measured, (2) counted and compared [3], [4], [5]. Here NI (6) is the count."
        "\n\nReferences\n\n"
    )
    report = check_text(text + _ieee_list(6))
    assert [c.text for c in report.citations] == ["[3]", "[4]", "[5]"]
    assert [f.rule for f in report.findings] == ["uncited-reference"] * 3


# ---------------------------------------------------------------------------------------------
# Linking


def test_one_callout_links_to_every_entry_it_covers() -> None:
    refs = [ref(f"r{i}", f"A{i}", label=str(i)) for i in range(1, 6)]
    links = link_citations([_n("c1", 1, 2, 3, 5), _n("c2", 4, 9), _n("c3", 9)], refs)
    assert links == (
        Link("c1", ("r1", "r2", "r3", "r5"), "exact", 100.0),
        Link("c2", ("r4",), "partial", 100.0),
        Link("c3", (), "none", 100.0),
    )


def test_unnumbered_list_is_numbered_in_order() -> None:
    refs = [ref("r1", "A"), ref("r2", "B"), ref("r3", "C")]
    assert link_citations([_n("c1", 3, 1)], refs)[0].reference_ids == ("r3", "r1")


def test_bibliography_entries_are_never_numbered_implicitly() -> None:
    from dataclasses import replace

    refs = [replace(ref("b1", "A"), origin="refs.bib")]
    assert link_citations([_n("c1", 1)], refs)[0].status == "none"


def test_labels_read_as_numbers_and_first_duplicate_wins() -> None:
    refs = [ref("r1", "A", label="01"), ref("r2", "B", label="2"), ref("r3", "C", label="2")]
    assert numeric_labels(refs) == {"1": 0, "2": 1}
    assert link_citations([_n("c1", 1, 2)], refs)[0].reference_ids == ("r1", "r2")


def test_numeric_linking_is_fast() -> None:
    refs = [ref(f"r{i}", f"A{i}", label=str(i)) for i in range(1, 5001)]
    cites = [_n(f"c{i}", i % 5000 + 1, (i * 7) % 5000 + 1) for i in range(20000)]
    started = time.perf_counter()
    links = link_citations(cites, refs)
    assert time.perf_counter() - started < 2.0
    assert links[0].reference_ids == ("r1",)  # (1, 1): one entry
    assert links[1].reference_ids == ("r2", "r8")


# ---------------------------------------------------------------------------------------------
# Rules, one by one, through the whole pipeline on small manuscripts

LIST5 = (
    "\n\nReferences\n\n"
    "1. Smith J. Heart failure. N Engl J Med. 2001;344:101-9.\n"
    "2. Brown A. Cohort outcomes. Lancet. 2003;361:12-8.\n"
    "3. Chen W. Follow-up. BMJ. 2005;330:1-5.\n"
    "4. Garcia M. A trial. JAMA. 2007;298:1020-7.\n"
    "5. Novak P. Second trial. JAMA. 2008;299:33-9.\n"
)


def _found(text: str, rule: str) -> list[tuple[str, int, int, str, str | None]]:
    found = find_rule(rule)
    assert found is not None
    report = check_text(text, rules=[found])
    return [_brief(f) for f in report.findings]


def _brief(f: Finding) -> tuple[str, int, int, str, str | None]:
    assert f.span is not None
    return (f.rule, f.span.line, f.span.column, f.message, f.suggestion)


def test_missing_reference_names_each_number() -> None:
    text = "Seen [1–5] and [2, 7] and [9]." + LIST5
    assert _found(text, "missing-reference") == [
        (
            "missing-reference",
            1,
            20,
            "reference 7 cited in '[2, 7]' is not in the reference list (the list has 5 entries)",
            None,
        ),
        (
            "missing-reference",
            1,
            28,
            "reference 9 cited in '[9]' is not in the reference list (the list has 5 entries)",
            None,
        ),
    ]


def test_missing_reference_for_each_number_of_a_range() -> None:
    text = "Seen [1–5] and [4–6]." + LIST5
    found = _found(text, "missing-reference")
    assert [(line, col, msg[:12]) for _, line, col, msg, _ in found] == [(1, 17, "reference 6 ")]


def test_uncited_reference_expands_ranges() -> None:
    text = "Seen [1]–[3] and [5]." + LIST5
    assert _found(text, "uncited-reference") == [
        ("uncited-reference", 8, 4, "entry 4 'Garcia (2007)' is never cited", None)
    ]


def test_citation_order() -> None:
    text = "Seen [1], [2], [4] then [3] and [5]." + LIST5
    assert _found(text, "citation-order") == [
        (
            "citation-order",
            1,
            16,
            "reference 4 is cited for the first time before reference 3; in a list numbered by "
            "order of first citation, 3 comes first",
            None,
        )
    ]


def test_citation_order_needs_an_ordered_document() -> None:
    assert _found("Seen [1], [2], [3], [5] then [4]." + LIST5, "citation-order") != []
    # alphabetical numbered lists: first citations do not ascend, so order means nothing
    assert _found("Seen [4], [2], [5], [1] then [3]." + LIST5, "citation-order") == []
    # too few numbers to tell
    assert _found("Seen [2] then [1]." + LIST5, "citation-order") == []


def test_citation_order_ignores_captions_and_tables() -> None:
    text = (
        "Seen [1], [2].\n\nFigure 1. Data from [4].\n\n| a | [5] | b |\n\nThen [3], [4], [5]."
        + LIST5
    )
    assert _found(text, "citation-order") == []


def test_number_author_mismatch() -> None:
    text = (
        "Brown et al. [2] agree with Smith's [1] view, and Garcia [5] with Chen [3]. "
        "Novak et al.⁴ differ, as does Wilson et al. [1], and a fly model, Drosophila [2]. "
        "Smyth [1] is a slip of the pen, and Jones et al. [1] may be Smith J's given name first."
    ) + LIST5
    assert _found(text, "number-author-mismatch") == [
        (
            "number-author-mismatch",
            1,
            58,
            "'Garcia [5]' leads to entry 5, by Novak; Garcia is entry 4",
            "[4]",
        ),
        (
            "number-author-mismatch",
            1,
            89,
            "'Novak et al.⁴' leads to entry 4, by Garcia; Novak is entry 5",
            "⁵",
        ),
        ("number-author-mismatch", 1, 121, "'Wilson et al. [1]' leads to entry 1, by Smith", None),
    ]


def test_number_author_mismatch_given_initial_only_for_names_no_entry_opens() -> None:
    text = (
        "Joos et al. [1] modelled it, and James et al. [1] too."
        "\n\nReferences\n\n"
        "1. Hansen J, Sato M. Climate forcing. PNAS. 2004;101:16109-14.\n"
        "2. Joos F, Spahni R. Rates of change. PNAS. 2008;105:1425-30.\n"
    )
    # Joos opens entry 2, so no given name of Hansen J's; James may be (PLOS prints given first)
    assert _found(text, "number-author-mismatch") == [
        (
            "number-author-mismatch",
            1,
            13,
            "'Joos et al. [1]' leads to entry 1, by Hansen; Joos is entry 2",
            "[2]",
        )
    ]


def test_number_author_mismatch_names_every_entry_of_the_author() -> None:
    text = (
        "Chen et al. [1] and Chen et al. [3] differ, as Garcia et al. [1, 2] and Garcia et al. "
        "[2, 4] do." + LIST5 + "6. Chen W. Again. BMJ. 2006;1:1.\n"
    )
    assert _found(text, "number-author-mismatch") == [
        (
            "number-author-mismatch",
            1,
            13,
            "'Chen et al. [1]' leads to entry 1, by Smith; Chen's are entries 3, 6",
            None,
        ),
        (
            "number-author-mismatch",
            1,
            62,
            "'Garcia et al. [1, 2]' leads to entry 1, by Smith; entry 2, by Brown; Garcia is "
            "entry 4",
            None,
        ),
    ]


def test_backwards_range() -> None:
    text = "Seen [1], [5–3] and [2]¹ and²⁻¹." + LIST5
    assert _found(text, "backwards-range") == [
        ("backwards-range", 1, 12, "range 5–3 is written backwards", "3–5"),
        ("backwards-range", 1, 29, "range ²⁻¹ is written backwards", "¹⁻²"),
    ]


def test_backwards_bracketed_range() -> None:
    """A range between two callouts is reported whole: "[5]–[3]", not "5]–[3"."""
    text = "Seen [1], [2], [5]–[3]." + LIST5
    assert _found(text, "backwards-range") == [
        ("backwards-range", 1, 16, "range [5]–[3] is written backwards", "[3]–[5]"),
    ]
    text = "Seen (1), (2) and (5)–(3)." + LIST5
    assert _found(text, "backwards-range") == [
        ("backwards-range", 1, 19, "range (5)–(3) is written backwards", "(3)–(5)"),
    ]


def test_duplicate_label() -> None:
    text = (
        "Seen [1–4].\n\nReferences\n\n"
        "1. Smith J. Heart failure. N Engl J Med. 2001;344:101-9.\n"
        "[2] Brown A. Cohort outcomes. Lancet. 2003;361:12-8.\n"
        "[2] Chen W. Follow-up. BMJ. 2005;330:1-5.\n"
        "4. Garcia M. A trial. JAMA. 2007;298:1020-7.\n"
        "7. Novak P. Second trial. JAMA. 2008;299:33-9.\n"
        "6. Ito H. Third trial. JAMA. 2009;300:3-9.\n"
    )
    assert _found(text, "duplicate-label") == [
        ("duplicate-label", 7, 1, "entry number 2 is used twice (first on line 6)", None),
        ("duplicate-label", 9, 1, "the numbering skips 5–6: entry 7 follows entry 4", None),
        (
            "duplicate-label",
            10,
            1,
            "entry number 6 comes after entry 7: the numbering goes back",
            None,
        ),
    ]


def test_duplicate_label_is_silent_on_clean_and_unnumbered_lists() -> None:
    assert _found("Seen [1–5]." + LIST5, "duplicate-label") == []
    text = "Seen (Smith, 2001).\n\nReferences\n\nSmith, J. (2001). T. J, 1, 1.\n"
    assert _found(text, "duplicate-label") == []


# ---------------------------------------------------------------------------------------------
# End to end: a small Vancouver manuscript with one of each error

VANCOUVER = """Cardiac outcomes after surgery

Introduction
Heart failure is common [1]. Earlier cohorts [2,3] and trials [4–6] disagree.
Registries [7] confirm it, though one study [9] preceded another [8].
A pooled analysis [10–12, 15] and a review [12–10] followed.

References
1. Smith J, Lee K. Heart failure in adults. N Engl J Med. 2001;344(2):101-9.
2. Brown A. Cohort outcomes. Lancet. 2003;361:12-8.
3. Chen W, Patel R. Long-term follow-up. BMJ. 2005;330:1-5.
4. Garcia M. A randomised trial. JAMA. 2007;298:1020-7.
5. Novak P. Second trial. JAMA. 2008;299:33-9.
6. Ito H. Third trial. Circulation. 2009;120:400-8.
7. Keller S. National registry data. Eur Heart J. 2010;31:77-85.
8. Olsen T. Another study. Heart. 2011;97:5-11.
9. Rossi F. A study. Heart. 2012;98:1-4.
10. Dubois C. Pooled analysis. Lancet. 2013;381:10-9.
11. Wang L. Meta-analysis. BMJ. 2014;348:g1-7.
12. Kim Y. Systematic review. BMJ. 2015;350:h1-9.
12. Park S. Cohort update. Heart. 2016;102:1-2.
14. Uncited U. Never mentioned. Heart. 2017;103:1-2.
"""


def test_vancouver_manuscript_end_to_end() -> None:
    report = check_text(VANCOUVER, path="v.txt")
    assert report.style == "numeric"
    links = report.links_by_citation()
    assert [
        (c.text, c.numbers, c.span.line, c.span.column, links[c.id].reference_ids)
        for c in report.citations
    ] == [
        ("[1]", (1,), 4, 25, ("r1",)),
        ("[2,3]", (2, 3), 4, 46, ("r2", "r3")),
        ("[4–6]", (4, 5, 6), 4, 63, ("r4", "r5", "r6")),
        ("[7]", (7,), 5, 12, ("r7",)),
        ("[9]", (9,), 5, 45, ("r9",)),
        ("[8]", (8,), 5, 66, ("r8",)),
        ("[10–12, 15]", (10, 11, 12, 15), 6, 19, ("r10", "r11", "r12")),
        ("[12–10]", (10, 11, 12), 6, 44, ("r10", "r11", "r12")),
    ]
    assert [links[c.id].status for c in report.citations][-2:] == ["partial", "exact"]
    assert [r.label for r in report.references] == [str(i) for i in range(1, 13)] + ["12", "14"]
    assert [_brief(f) for f in report.findings] == [
        (
            "citation-order",
            5,
            45,
            "reference 9 is cited for the first time before reference 8; in a list numbered "
            "by order of first citation, 8 comes first",
            None,
        ),
        (
            "missing-reference",
            6,
            27,
            "reference 15 cited in '[10–12, 15]' is not in the reference list "
            "(the list has 14 entries)",
            None,
        ),
        ("backwards-range", 6, 45, "range 12–10 is written backwards", "10–12"),
        ("duplicate-label", 21, 1, "entry number 12 is used twice (first on line 20)", None),
        ("uncited-reference", 21, 5, "entry 12 'Park (2016)' is never cited", None),
        ("uncited-reference", 22, 5, "entry 14 'Uncited (2017)' is never cited", None),
    ]
    assert [f.code for f in report.findings] == [
        "RC108",
        "RC101",
        "RC109",
        "RC206",
        "RC102",
        "RC102",
    ]


# ---------------------------------------------------------------------------------------------
# Properties and pathological input

_PIECES = st.sampled_from(
    [
        "[",
        "]",
        "(",
        ")",
        "^",
        "<sup>",
        "</sup>",
        ",",
        ", ",
        ";",
        "-",
        "–",
        "—",
        "⁻",
        " ",
        "\n",
        "1",
        "2",
        "12",
        "999",
        "2015",
        "0",
        "¹",
        "²",
        "³",
        "⁰",
        "˒",
        "p. ",
        ": ",
        "e.g., ",
        "Fig. ",
        "Eq. ",
        "m",
        "shown",
        "(http://x.org)",
        "](",
        "a",
    ]
)
_TEXTS = st.one_of(
    st.lists(_PIECES, max_size=50).map("".join),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=150),
)


@settings(max_examples=300, deadline=None)
@given(
    source=_TEXTS,
    size=st.none() | st.integers(0, 3000),
    numbered=st.booleans(),
)
def test_numeric_scanner_never_raises_and_spans_round_trip(
    source: str, size: int | None, numbered: bool
) -> None:
    doc = Document("t.txt", "text", source)
    found = extract_citations(doc, None, (), NumericHints(size, numbered))
    previous_end = -1
    for c in found:
        assert source[c.span.start : c.span.end] == c.text
        assert c.span.start >= previous_end
        previous_end = c.span.end
        if c.kind == "numeric":
            assert c.numbers and all(1 <= n <= 9999 for n in c.numbers)
            assert len(set(c.numbers)) == len(c.numbers)
            for item in numeric_items(c.text):
                assert 0 <= item.start < item.first_end <= item.end <= len(c.text)
                assert item.start <= item.last_start < item.end
    style = detect_style(found, ())
    assert style in {"author-date", "numeric", "both", "none"}
    select_style(found, style)


@settings(max_examples=100, deadline=None)
@given(source=_TEXTS)
def test_numeric_items_never_raise(source: str) -> None:
    for item in numeric_items(source):
        assert 0 <= item.start <= item.first_end <= item.end <= len(source)


def _random_line(size: int) -> str:
    rng = random.Random(7)
    pieces = ["[", "]", "1", "2", ",", " ", "–", "(", ")", "¹", "²", "^", "<sup>", "a", "p. "]
    return "".join(rng.choices(pieces, k=size // 2))[:size]


@pytest.mark.parametrize(
    "source",
    [
        _random_line(1_000_000),
        "[" + "1," * 300_000,
        "[1, " * 200_000,
        "[1]" * 60_000,
        "¹," * 300_000,
        "(" + "1, " * 200_000,
        "<sup>" + "1," * 200_000,
        "^" + "1,2," * 100_000,
        "[1] " * 60_000 + "\n" * 10,
        "Eq. (1) " * 100_000,
    ],
    ids=[
        "random-1MB",
        "open-list",
        "open-brackets",
        "callouts",
        "superscripts",
        "open-paren",
        "open-sup",
        "open-caret",
        "labels",
        "equations",
    ],
)
def test_pathological_numeric_lines_do_not_hang(source: str) -> None:
    started = time.perf_counter()
    found = extract_citations(Document("t.txt", "text", source), None, (), NUMBERED)
    assert time.perf_counter() - started < 5.0
    for c in found[:1000]:
        assert source[c.span.start : c.span.end] == c.text


def test_superscripts_lost_after_words_end_to_end() -> None:
    """A Word document saved as text: "countries2,3 and" was read as prose and entries 2, 3
    and 7 were reported uncited."""
    report = check_text(
        "Introduction\n\nDiabetes affects adults worldwide.1 It is rising in low-income "
        "countries2,3 and in adolescents.4-6 Metformin is first-line therapy7 although in "
        "week12 of one trial COVID19 intervened.\n\nReferences\n\n"
        + "".join(
            f"{n}. {name} A, Park B. On things. J Things. 2010;{n}:1-2.\n"
            for n, name in enumerate(("Hu", "Lee", "Kim", "Cho", "Wu", "Ng", "Smith"), 1)
        )
    )
    assert [(c.text, c.numbers) for c in report.citations] == [
        ("1", (1,)),
        ("2,3", (2, 3)),
        ("4-6", (4, 5, 6)),
        ("7", (7,)),
    ]
    assert report.findings == ()


def test_a_misspelt_name_before_a_numeric_callout() -> None:
    """ "Smyth et al. [1]" for "Smith J, …" passed as a spelling slip of the right entry; it is
    an author-mismatch now. A name another entry bears, a possessive, a second author and an
    entry with no person's name are no slips."""
    text = (
        "Introduction\n\nSmyth et al. [1] showed it. Jones's study [2] agrees, as Lee [2] did. "
        "Gregorys [3] is older. NetworkX [4] was used.\n\nReferences\n\n"
        "1. Smith J, Doe A, Roe B. A study. J Things. 2010;1:1-2.\n"
        "2. Jones K, Lee M. Another study. J Things. 2011;2:3-4.\n"
        "3. Gregory S. Third. J Things. 2012;3:5-6.\n"
        "4. NetworkX [Internet]. 2014. Available: https://networkx.github.io\n"
    )
    report = check_text(text)
    found = [
        (f.rule, f.message, text[f.span.start : f.span.end] if f.span else "", f.suggestion)
        for f in report.findings
    ]
    assert found == [
        ("author-mismatch", "cited as 'Smyth' but entry 1 lists 'Smith'", "Smyth", "Smith"),
        (
            "author-mismatch",
            "cited as 'Gregorys' but entry 3 lists 'Gregory'",
            "Gregorys",
            "Gregory",
        ),
    ]

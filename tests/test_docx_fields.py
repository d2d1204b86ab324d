"""DOCX hyperlinks and reference-manager fields reach the checks: link targets are body URLs (or
an entry's URL inside the list), and field citations are checked by ``field-citation-mismatch``."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_paths
from refcheck.ingest.docx import FieldCitation
from refcheck.model import Document, Span
from refcheck.pipeline import check_document
from refcheck.report.json_report import document_dict
from refcheck.rules import find_rule
from tests.test_docx import ZOTERO, field, package, para, run, split, zotero_instruction

ENTRIES = (
    para(run("References"), style="Heading1"),
    para(run("Garcia, M. (2015). Shade and street trees. Urban Forestry, 4(2), 10–20.")),
    para(
        run("Smith, A., & Jones, B. (2010). Heat waves and mortality. Journal of Studies, "),
        run("12(3), 45–67. https://doi.org/10.1234/jos.2010.5"),
    ),
)


def link(rid: str, text: str) -> str:
    return f'<w:hyperlink r:id="{rid}">{run(text)}</w:hyperlink>'


def check(tmp_path: Path, body: str, rels: tuple[tuple[str, str, str, bool], ...] = ()) -> Any:
    path = tmp_path / "paper.docx"
    path.write_bytes(package(body, relationships=rels))
    (document,) = check_paths([path]).documents
    return document


def findings(document: Any, rule: str) -> list[tuple[str, int, int, str | None]]:
    return [
        (f.message, f.span.line, f.span.column, f.suggestion)
        for f in document.findings
        if f.rule == rule
    ]


# -- hyperlinks ------------------------------------------------------------------------------------


def test_body_hyperlink_targets_are_body_urls_with_paragraph_locations(tmp_path: Path) -> None:
    body = (
        para(run("Heat kills (Garcia, 2015).")),
        para(
            run("Data from "),
            link("rIdA", "the city portal"),
            run(" and https://example.org/b (see "),
            link("rIdB", "https://example.org/b"),
            run(")."),
        ),
        *ENTRIES,
        para(run("Smith and Jones (2010) agree.")),
    )
    rels = (
        ("rIdA", "hyperlink", "https://example.org/a?x=1", True),
        ("rIdB", "hyperlink", "https://example.org/b", True),
    )
    report = check(tmp_path, "".join(body), rels)
    urls = [(u["url"], u["line"], u["column"]) for u in document_dict(report)["urls"]]
    assert urls == [
        ("https://example.org/a?x=1", 2, 11),
        ("https://example.org/b", 2, 31),
        ("https://example.org/b", 2, 58),
    ]
    assert findings(report, "local-url") == []


def test_local_file_hyperlink_is_a_local_url(tmp_path: Path) -> None:
    target = "file:///C:/Users/Nurda/Desktop/thesis/data.xlsx"
    body = (
        para(run("Heat kills (Garcia, 2015); see "), link("rIdL", "our data"), run(".")),
        *ENTRIES[:2],
    )
    report = check(tmp_path, "".join(body), (("rIdL", "hyperlink", target, True),))
    assert findings(report, "local-url") == [
        (f"link to a local file or private address: {target}", 1, 32, None)
    ]
    assert [(u.url, u.span.start, u.span.end) for u in report.body_urls] == [(target, 31, 39)]


def test_a_link_in_the_list_becomes_the_entry_url_only_when_it_has_none(tmp_path: Path) -> None:
    body = (
        para(run("Heat kills (Garcia, 2015; Smith & Jones, 2010).")),
        ENTRIES[0],
        para(
            run("Garcia, M. (2015). "),
            link("rIdG", "Shade and street trees"),
            run(". Urban Forestry, 4(2), 10–20."),
        ),
        para(
            run("Smith, A., & Jones, B. (2010). "),
            link("rIdS", "Heat waves and mortality"),
            run(". Journal of Studies, 12(3), 45–67. https://example.org/own"),
        ),
    )
    rels = (
        ("rIdG", "hyperlink", "https://example.org/shade", True),
        ("rIdS", "hyperlink", "https://example.org/other", True),
    )
    report = check(tmp_path, "".join(body), rels)
    assert [(r.first_family, r.url, r.urls) for r in report.references] == [
        ("Garcia", "https://example.org/shade", ("https://example.org/shade",)),
        ("Smith", "https://example.org/own", ("https://example.org/own",)),
    ]
    assert report.body_urls == ()


# -- field citations -------------------------------------------------------------------------------


def zotero(item_changes: dict[str, Any], plain: str, dont_update: bool = False) -> str:
    value = copy.deepcopy(ZOTERO)
    value["citationItems"] = value["citationItems"][:1]  # type: ignore[index]
    value["citationItems"][0]["itemData"].update(item_changes)  # type: ignore[index]
    value["properties"]["plainCitation"] = plain  # type: ignore[index]
    if dont_update:
        value["properties"]["dontUpdate"] = True  # type: ignore[index]
    return zotero_instruction(value)


def field_report(tmp_path: Path, instruction: str, shown: str) -> Any:
    body = (
        para(run("Heat waves raise mortality "), field(split(instruction), run(shown)), run(".")),
        *ENTRIES,
    )
    return check(tmp_path, "".join(body))


MISMATCH = "field-citation-mismatch"


@pytest.mark.parametrize(
    ("changes", "plain", "dont_update", "shown", "expected"),
    [
        # as the manager rendered it: nothing to say (DOI differs in case only)
        ({}, "(Smith & Jones, 2010)", False, "(Smith & Jones, 2010)", []),
        # whitespace differences are not edits
        ({}, "(Smith & Jones, 2010)", False, "(Smith &  Jones, 2010)", []),
        # the year was changed by hand in Word
        (
            {},
            "(Smith & Jones, 2010)",
            False,
            "(Smith & Jones, 2011)",
            [
                (
                    "Zotero citation edited by hand: it shows '(Smith & Jones, 2011)' but Zotero "
                    "stored '(Smith & Jones, 2010)'",
                    1,
                    28,
                    "(Smith & Jones, 2010)",
                )
            ],
        ),
        # Zotero itself marks the field as edited (dontUpdate)
        (
            {},
            "(Smith & Jones, 2010)",
            True,
            "(Smith and Jones 2010)",
            [
                (
                    "Zotero citation edited by hand: it shows '(Smith and Jones 2010)' but Zotero "
                    "stored '(Smith & Jones, 2010)'",
                    1,
                    28,
                    "(Smith & Jones, 2010)",
                )
            ],
        ),
        # the stored work's DOI is not the entry's
        (
            {"DOI": "10.1234/jos.2010.9"},
            "(Smith & Jones, 2010)",
            False,
            "(Smith & Jones, 2010)",
            [
                (
                    "Zotero citation '(Smith & Jones, 2010)' stores a work that differs from its "
                    "entry: DOI 10.1234/jos.2010.9 vs 10.1234/jos.2010.5",
                    1,
                    28,
                    None,
                )
            ],
        ),
        # first author and year differ too (the text was kept as printed)
        (
            {"author": [{"family": "Smyth", "given": "A."}], "issued": {"raw": "2009"}},
            "(Smith & Jones, 2010)",
            False,
            "(Smith & Jones, 2010)",
            [
                (
                    "Zotero citation '(Smith & Jones, 2010)' stores a work that differs from its "
                    "entry: first author Smyth vs Smith; year 2009 vs 2010",
                    1,
                    28,
                    None,
                )
            ],
        ),
    ],
)
def test_field_citation_mismatch(
    tmp_path: Path,
    changes: dict[str, Any],
    plain: str,
    dont_update: bool,
    shown: str,
    expected: list[tuple[str, int, int, str | None]],
) -> None:
    report = field_report(tmp_path, zotero(changes, plain, dont_update), shown)
    assert findings(report, MISMATCH) == expected
    smith = next(r for r in report.references if r.first_family == "Smith")
    stored = [f for f in report.findings if f.rule == MISMATCH and f.reference_id]
    assert [f.reference_id for f in stored] == [smith.id for e in expected if e[3] is None]
    assert all(f.citation_id == report.citations[0].id for f in stored)
    assert [f.severity.label for f in report.findings if f.rule == MISMATCH] == [
        "warning" for _ in expected
    ]


def test_numeric_field_changed_by_hand(tmp_path: Path) -> None:
    body = (
        para(run("Heat kills "), field(split(zotero({}, "[2]")), run("[1]")), run(".")),
        para(run("References"), style="Heading1"),
        para(run("1. Smith, A., & Jones, B. (2010). Heat waves and mortality. J Stud, 12, 45–67.")),
    )
    report = check(tmp_path, "".join(body))
    assert findings(report, MISMATCH) == [
        ("Zotero citation edited by hand: it shows '[1]' but Zotero stored '[2]'", 1, 12, "[2]")
    ]


def test_rule_is_registered_with_documentation() -> None:
    found = find_rule("RC130")
    assert found is not None and found is find_rule(MISMATCH)
    assert found.severity.label == "warning"
    assert all(part in found.doc for part in ("What:", "Why:", "Example:", "Fix:"))


@settings(max_examples=60, deadline=None)
@given(
    st.text(max_size=40),
    st.one_of(st.none(), st.text(max_size=40)),
    st.booleans(),
    st.text(max_size=20),
)
def test_arbitrary_annotations_never_raise(
    text: str, stored: str | None, edited: bool, noise: str
) -> None:
    source = f"{noise}\n{text}\nReferences\nSmith, A. (2010). Title. J, 1, 2."
    probe = Document("<p>", "docx", source)
    start = len(noise) + 1
    span = probe.span(start, start + len(text))
    annotation = FieldCitation(span, text, "zotero", (), stored, edited)
    doc = Document("<p>", "docx", source, annotations=(annotation, Span(0, 0, 1, 1, 1, 1)))
    report = check_document(doc)
    for finding in report.findings:
        if finding.rule == MISMATCH:
            assert finding.span == span
    assert json.dumps(document_dict(report))

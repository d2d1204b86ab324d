"""Output formats: each is a pure ``render(report, color=...) -> str`` registered in WRITERS."""

from __future__ import annotations

from collections.abc import Callable

from refcheck.model import Report
from refcheck.report import (
    github_report,
    html_report,
    json_report,
    junit_report,
    markdown_report,
    sarif_report,
    text_report,
)

Renderer = Callable[[Report, bool], str]

WRITERS: dict[str, Renderer] = {
    "text": text_report.render,
    "json": json_report.render,
    "sarif": sarif_report.render,
    "junit": junit_report.render,
    "github": github_report.render,
    "markdown": markdown_report.render,
    "html": html_report.render,
}

SUFFIXES = {
    "text": "txt",
    "json": "json",
    "sarif": "sarif",
    "junit": "junit.xml",
    "github": "github.txt",
    "markdown": "md",
    "html": "html",
}
"""The file suffix each format is usually saved with (golden files use them too)."""


def render(report: Report, format: str, color: bool = False) -> str:
    return WRITERS[format](report, color)

"""Output formats: each is a pure ``render(report, color=...) -> str`` registered in WRITERS."""

from __future__ import annotations

from collections.abc import Callable

from refcheck.model import Report
from refcheck.report import json_report, text_report

Renderer = Callable[[Report, bool], str]

WRITERS: dict[str, Renderer] = {
    "text": text_report.render,
    "json": json_report.render,
}


def render(report: Report, format: str, color: bool = False) -> str:
    return WRITERS[format](report, color)

"""refcheck: check that a manuscript's in-text citations and its reference list agree.

Library first: ``check_paths`` / ``check_text`` return a ``Report`` / ``DocumentReport`` of frozen
dataclasses; the CLI only parses options, calls these, renders and picks the exit code.
The API functions are imported lazily so that ``import refcheck.model`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from refcheck.model import (
    Citation,
    Document,
    DocumentReport,
    Finding,
    Link,
    Person,
    Reference,
    Report,
    Severity,
    Span,
)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from refcheck.api import check_paths, check_text, load_bibliographies

_LAZY = {"check_paths", "check_text", "load_bibliographies"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from refcheck import api

        return getattr(api, name)
    raise AttributeError(f"module 'refcheck' has no attribute {name!r}")


__all__ = [
    "Citation",
    "Document",
    "DocumentReport",
    "Finding",
    "Link",
    "Person",
    "Reference",
    "Report",
    "Severity",
    "Span",
    "__version__",
    "check_paths",
    "check_text",
    "load_bibliographies",
]

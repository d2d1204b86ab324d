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
    from refcheck.config import Config, discover_config, load_config

_LAZY = {"check_paths", "check_text", "load_bibliographies"}
_CONFIG = {"Config", "discover_config", "load_config"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from refcheck import api

        return getattr(api, name)
    if name in _CONFIG:
        from refcheck import config

        return getattr(config, name)
    raise AttributeError(f"module 'refcheck' has no attribute {name!r}")


__all__ = [
    "Citation",
    "Config",
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
    "discover_config",
    "load_bibliographies",
    "load_config",
]

"""The network edge: resolve DOIs, URLs and missing DOIs; everything else in refcheck is pure.

Modules: ``settings`` (base URLs, limits, timeouts, cache lifetimes, from REFCHECK_* variables),
``guard`` (no private addresses, checked at connection time), ``http`` (shared session, per-host
limits, retries, capped bodies), ``cache`` (SQLite), ``doi`` (agency, existence, metadata,
search), ``url`` (link health), ``wayback`` (closest snapshot), ``compare`` (entry vs registry,
pure), ``targets`` (what to ask, pure), ``resolver`` (the two-phase run), ``progress``.

The heavy parts (requests) load only when ``Resolver`` is used: rules import the pure modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from refcheck.resolve.resolver import (
        Plan,
        Resolver,
        context_targets,
        plan_contexts,
        resolve_contexts,
        with_resolutions,
    )
    from refcheck.resolve.settings import Settings

_LAZY = {
    "Plan": "refcheck.resolve.resolver",
    "Resolver": "refcheck.resolve.resolver",
    "context_targets": "refcheck.resolve.resolver",
    "plan_contexts": "refcheck.resolve.resolver",
    "resolve_contexts": "refcheck.resolve.resolver",
    "with_resolutions": "refcheck.resolve.resolver",
    "Settings": "refcheck.resolve.settings",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'refcheck.resolve' has no attribute {name!r}")


__all__ = [
    "Plan",
    "Resolver",
    "Settings",
    "context_targets",
    "plan_contexts",
    "resolve_contexts",
    "with_resolutions",
]

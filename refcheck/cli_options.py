"""Command-line options shared by the commands that go to the network (``check``, ``links``),
declared once so that they read and behave the same in both."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

_NETWORK_OPTIONS = (
    click.option(
        "--mailto",
        metavar="ADDRESS",
        help="Contact address sent in the User-Agent (Crossref's polite pool). Also "
        "REFCHECK_MAILTO.",
    ),
    click.option(
        "--cache-dir",
        type=click.Path(file_okay=False),
        help="Where to keep the cache of DOI and URL answers (default: the user cache directory).",
    ),
    click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
    click.option(
        "--allow-private-addresses",
        is_flag=True,
        help="Also fetch loopback and private addresses (tests, benchmarks). Also "
        "REFCHECK_ALLOW_PRIVATE=1.",
    ),
)


def network_options(function: F) -> F:
    """``--mailto``, ``--cache-dir``, ``--no-cache``, ``--allow-private-addresses``."""
    for option in reversed(_NETWORK_OPTIONS):
        function = option(function)
    return function

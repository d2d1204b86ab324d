"""What the commands share (``check``, ``links``...): how a problem running is reported, how a
report file is written, and the network options. Cheap to import (click only)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from refcheck.errors import InputError, RefcheckError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_ERROR = 2


def fail(message: str) -> NoReturn:
    click.echo(f"refcheck: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def guarded(function: F) -> F:
    """Turn every problem running into one line on stderr and exit code 2, never a traceback
    (set REFCHECK_DEBUG=1 to see one)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except RefcheckError as error:
            fail(str(error))
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as error:
            if os.environ.get("REFCHECK_DEBUG"):
                raise
            fail(f"internal error ({type(error).__name__}: {error}); please report it")

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper  # type: ignore[return-value]


def write_file(
    path: str,
    text: str,
    inputs: Sequence[str],
    *,
    shown: str | None = None,
    make_parents: bool = False,
) -> None:
    """Write a report, refusing to overwrite any input file; ``shown`` names the file in
    messages (``--output x``)."""
    target = Path(path)
    shown = shown or path
    for given in inputs:
        if Path(given).exists() and target.exists() and target.resolve() == Path(given).resolve():
            raise InputError(f"{shown} is one of the input files; refusing to overwrite it")
    try:
        if make_parents:
            target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror or error}") from None


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

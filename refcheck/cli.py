"""The command line: parse options, call the library, render, choose the exit code. Nothing else.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 refcheck could not
run (usage, unreadable input, bad option). A problem running is one line on stderr, never a
traceback (set REFCHECK_DEBUG=1 to see one).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from refcheck import __version__
from refcheck.api import check_paths, load_bibliographies
from refcheck.errors import InputError, RefcheckError
from refcheck.ingest import read_document
from refcheck.model import Severity
from refcheck.references import extract_references
from refcheck.report import WRITERS, render
from refcheck.rules import all_rules, find_rule

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str) -> NoReturn:
    click.echo(f"refcheck: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _guarded(function: F) -> F:
    """Turn every problem running into one line on stderr and exit code 2."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except RefcheckError as error:
            _fail(str(error))
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as error:
            if os.environ.get("REFCHECK_DEBUG"):
                raise
            _fail(f"internal error ({type(error).__name__}: {error}); please report it")

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper  # type: ignore[return-value]


def _use_color(stream: Any, output: str | None) -> bool:
    if output or "NO_COLOR" in os.environ:
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _write(text: str, output: str | None, inputs: Sequence[str]) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    target = Path(output)
    for path in inputs:
        if Path(path).exists() and target.exists() and target.resolve() == Path(path).resolve():
            raise InputError(
                f"--output {output} is one of the input files; refusing to overwrite it"
            )
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror or error}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="refcheck")
def main() -> None:
    """Check that a manuscript's in-text citations and its reference list agree."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--bib",
    "bib",
    multiple=True,
    help="Bibliography to check against (.bib or a plain-text list); repeatable.",
)
@click.option(
    "--offline",
    is_flag=True,
    help="Skip network checks (DOIs, URLs). Fast; for pre-commit. Also REFCHECK_OFFLINE=1.",
)
@click.option(
    "--mailto",
    metavar="ADDRESS",
    help="Contact address sent in the User-Agent (Crossref's polite pool). Also REFCHECK_MAILTO.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    help="Where to keep the cache of DOI and URL answers (default: the user cache directory).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option(
    "--allow-private-addresses",
    is_flag=True,
    help="Also fetch loopback and private addresses (tests, benchmarks). Also "
    "REFCHECK_ALLOW_PRIVATE=1.",
)
@click.option(
    "--format", "fmt", type=click.Choice(sorted(WRITERS)), default="text", show_default=True
)
@click.option(
    "--format-in",
    metavar="FORMAT",
    help="Read the manuscripts as this format (text, markdown, docx, pdf, jats, latex) instead of "
    "choosing by suffix and content.",
)
@click.option("--output", "-o", help="Write the report to this file instead of standard output.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="error",
    show_default=True,
    help="Exit 1 when a finding at or above this severity is reported.",
)
@_guarded
def check(
    paths: tuple[str, ...],
    bib: tuple[str, ...],
    offline: bool,
    mailto: str | None,
    cache_dir: str | None,
    no_cache: bool,
    allow_private_addresses: bool,
    fmt: str,
    format_in: str | None,
    output: str | None,
    fail_on: str,
) -> None:
    """Check manuscripts: citations against the reference list, DOIs and links.

    DOIs are checked at the DOI system and their registry (Crossref, DataCite...), links are
    fetched, and answers are cached; --offline skips the network.

    \b
    Examples:
      refcheck check paper.txt
      refcheck check paper.txt --offline
      refcheck check chapter.md --bib refs.bib --format json -o report.json
      refcheck check paper.txt --mailto editor@example.org
    """
    from refcheck.resolve.settings import offline_from_env

    if offline or offline_from_env():
        report = check_paths(paths, bib=bib, format=format_in)
    else:
        report = _check_online(
            paths, bib, mailto, cache_dir, no_cache, allow_private_addresses or None, format_in
        )
    _write(render(report, fmt, _use_color(sys.stdout, output)), output, (*paths, *bib))
    worst = report.worst()
    if fail_on != "never" and worst is not None and worst >= Severity.parse(fail_on):
        sys.exit(EXIT_FINDINGS)


def _settings(cache_dir: str | None, **overrides: Any) -> Any:
    from refcheck.resolve.settings import Settings

    return Settings.from_env(cache_dir=Path(cache_dir) if cache_dir else None, **overrides)


def _check_online(
    paths: Sequence[str],
    bib: Sequence[str],
    mailto: str | None,
    cache_dir: str | None,
    no_cache: bool,
    allow_private: bool | None,
    format_in: str | None = None,
) -> Any:
    """The check with network: say once on stderr what could not be verified, never fail for
    it; Ctrl-C keeps what was learned (the cache commits as it goes)."""
    from refcheck.resolve import Resolver

    settings = _settings(cache_dir, mailto=mailto, allow_private=allow_private)
    progress = bool(getattr(sys.stderr, "isatty", lambda: False)())
    with Resolver(settings, use_cache=not no_cache, progress=progress) as resolver:
        try:
            report = check_paths(paths, bib=bib, resolver=resolver, format=format_in)
        except KeyboardInterrupt:
            click.echo("refcheck: interrupted; what was checked is cached", err=True)
            sys.exit(130)
        stats = resolver.stats
        if stats.network_down:
            dois, urls = len(stats.unverified_dois), len(stats.unverified_urls)
            if dois or urls:
                click.echo(
                    f"refcheck: network unreachable: {_count(dois, 'DOI')} and "
                    f"{_count(urls, 'URL')} not verified",
                    err=True,
                )
        if resolver.cache.warning:
            click.echo(f"refcheck: warning: {resolver.cache.warning}", err=True)
    return report


def _count(number: int, word: str) -> str:
    return f"{number} {word}" + ("" if number == 1 else "s")


@main.group("cache")
def cache_group() -> None:
    """Inspect or empty the cache of DOI and URL answers.

    \b
    Examples:
      refcheck cache info
      refcheck cache clear
    """


def _open_cache(cache_dir: str | None) -> Any:
    from refcheck.resolve.cache import Cache

    settings = _settings(cache_dir)
    return Cache(settings.cache_dir, settings.ttl_ok, settings.ttl_failed)


_CACHE_DIR = click.option(
    "--cache-dir", type=click.Path(file_okay=False), help="The cache directory to use."
)


@cache_group.command("info")
@_CACHE_DIR
@_guarded
def cache_info(cache_dir: str | None) -> None:
    """Where the cache is, how big, and what it holds.

    \b
    Examples:
      refcheck cache info
    """
    info = _open_cache(cache_dir).info()
    click.echo(f"path: {info.path}")
    if not info.exists:
        click.echo("entries: 0 (no cache yet)")
        return
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(info.entries.items()))
    click.echo(f"size: {info.size_bytes} bytes")
    click.echo(f"entries: {sum(info.entries.values())}" + (f" ({kinds})" if kinds else ""))
    click.echo(f"failures: {info.failures}; expired: {info.expired}")


@cache_group.command("clear")
@_CACHE_DIR
@_guarded
def cache_clear(cache_dir: str | None) -> None:
    """Forget every cached answer (the next check asks the network again).

    \b
    Examples:
      refcheck cache clear
    """
    count = _open_cache(cache_dir).clear()
    click.echo(f"removed {count} cached {'answer' if count == 1 else 'answers'}")


@main.command()
@click.argument("path")
@click.option(
    "--format", "fmt", type=click.Choice(["bibtex", "json"]), default="bibtex", show_default=True
)
@click.option("--output", "-o", help="Write to this file instead of standard output.")
@_guarded
def extract(path: str, fmt: str, output: str | None) -> None:
    """Write the parsed reference list of a manuscript (or a bibliography file).

    \b
    Examples:
      refcheck extract paper.txt > paper.bib
      refcheck extract paper.txt --format json
    """
    from refcheck.ingest.bibtex import render_bibtex
    from refcheck.report.json_report import reference_dict

    if Path(path).suffix.lower() == ".bib":
        references = load_bibliographies([path])
    else:
        references = extract_references(read_document(path))[1]
    if fmt == "bibtex":
        text = render_bibtex(references)
    else:
        text = json.dumps([reference_dict(r) for r in references], ensure_ascii=False, indent=2)
        text += "\n"
    _write(text, output, (path,))


@main.command("rules")
@click.argument("name", required=False)
@_guarded
def rules_command(name: str | None) -> None:
    """List every rule (code, name, severity, what it flags), or explain one.

    \b
    Examples:
      refcheck rules
      refcheck rules author-mismatch
    """
    if name:
        found = find_rule(name)
        if found is None:
            raise RefcheckError(f"no rule named {name!r} (see 'refcheck rules')")
        click.echo(f"{found.code} {found.name} ({found.severity.label})\n\n{found.doc}")
        return
    rows = [(r.code, r.name, r.severity.label, r.summary) for r in all_rules()]
    width = max(len(r[1]) for r in rows)
    for code, rule_name, severity, summary in rows:
        click.echo(f"{code}  {rule_name:<{width}}  {severity:<7}  {summary}")

"""``refcheck links``: parse options, run, render, pick the exit code. Nothing else.

Cheap to import (only click): ``refcheck check`` start-up must not pay for the link-rot job.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from refcheck.cli_common import guarded, network_options, write_file

EXIT_INTERRUPTED = 130


def _link_from(html_path: str) -> Any:
    """Relative links from the HTML file's folder to each document, ``#L<line>``."""
    from urllib.parse import quote

    folder = Path(html_path).resolve().parent

    def link(path: str, line: int) -> str:
        relative = os.path.relpath(Path(path).resolve(), folder)
        href = quote(Path(relative).as_posix())
        return f"{href}#L{line}" if line else href

    return link


@click.command("links")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db",
    default=os.path.join("reports", "linkrot.sqlite"),
    show_default=True,
    help="The history database (SQLite); created when missing.",
)
@click.option("--html", "html_path", metavar="FILE", help="Also write the report as HTML here.")
@click.option("--json", "json_path", metavar="FILE", help="Also write the report as JSON here.")
@click.option(
    "--fail-on",
    type=click.Choice(["new", "broken", "never"]),
    default="new",
    show_default=True,
    help="Exit 1 when a link broke since the last run (new), when any is broken, or never.",
)
@network_options
@click.option(
    "--batch-size",
    type=click.IntRange(1, 100_000),
    default=250,
    show_default=True,
    help="Targets checked and committed per batch (a killed run loses at most two batches).",
)
@guarded
def links(
    paths: tuple[str, ...],
    db: str,
    html_path: str | None,
    json_path: str | None,
    fail_on: str,
    mailto: str | None,
    cache_dir: str | None,
    no_cache: bool,
    allow_private_addresses: bool,
    batch_size: int,
) -> None:
    """Check every DOI and URL of many documents and keep their history: the link-rot report.

    Walks files and folders (every format refcheck reads), checks each distinct DOI and URL
    once (answers still fresh in the cache are not fetched again), stores the run in the
    history database, and reports what broke since the last run, what is still broken (since
    when), what recovered, and what is unverifiable (bot walls: never counted as broken), by
    document and by host, with archived copies for broken links. A run that is killed is
    continued by the next one. Exit codes: 0 fine, 1 something newly broke (see --fail-on),
    2 could not run.

    \b
    Examples:
      refcheck links papers/
      refcheck links papers/ --html reports/linkrot.html --json reports/linkrot.json
      refcheck links archive/ --db /var/lib/refcheck/linkrot.sqlite --fail-on broken
    """
    try:
        code = _links(
            paths,
            db,
            html_path,
            json_path,
            fail_on,
            mailto,
            cache_dir,
            no_cache,
            allow_private_addresses,
            batch_size,
        )
    except KeyboardInterrupt:
        click.echo(
            "refcheck: interrupted; what was checked is stored, run again to resume", err=True
        )
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(code)


def _links(
    paths: tuple[str, ...],
    db: str,
    html_path: str | None,
    json_path: str | None,
    fail_on: str,
    mailto: str | None,
    cache_dir: str | None,
    no_cache: bool,
    allow_private: bool,
    batch_size: int,
) -> int:
    import json
    import sqlite3

    from refcheck import __version__
    from refcheck.errors import InputError
    from refcheck.linkrot import report_html, report_text
    from refcheck.linkrot.report import build_report, report_dict
    from refcheck.linkrot.run import Batching, run_links
    from refcheck.linkrot.store import Store, describe
    from refcheck.resolve import Resolver
    from refcheck.resolve.settings import Settings

    settings = Settings.from_env(
        cache_dir=Path(cache_dir) if cache_dir else None,
        mailto=mailto,
        allow_private=allow_private or None,
        search_missing=False,
    )
    outputs = [Path(p) for p in (html_path, json_path) if p]
    terminal = bool(getattr(sys.stderr, "isatty", lambda: False)())

    def warn(message: str) -> None:
        click.echo(f"refcheck: warning: {message}", err=True)

    try:
        with Store(Path(db)) as store, Resolver(settings, use_cache=not no_cache) as resolver:
            outcome = run_links(
                paths,
                store,
                resolver,
                warn,
                batching=Batching(targets=batch_size),
                progress=terminal,
                skip=outputs,
            )
            if outcome.resumed:
                warn(f"continued the unfinished run {outcome.run.id}")
            if resolver.cache.warning:
                warn(resolver.cache.warning)
            report = build_report(store, outcome.run.id)
    except sqlite3.DatabaseError as error:  # a database gone bad during the run
        raise InputError(f"{db}: {describe(error)}") from None
    click.echo(report_text.render(report), nl=False)
    if json_path:
        text = json.dumps(report_dict(report, __version__), ensure_ascii=False, indent=2) + "\n"
        write_file(json_path, text, paths, make_parents=True)
    if html_path:
        html = report_html.render(report, _link_from(html_path))
        write_file(html_path, html, paths, make_parents=True)
    return report.exit_code(fail_on)

"""The command line: parse options, call the library, render, choose the exit code. Nothing else.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 refcheck could not
run (usage, unreadable input, bad option). A problem running is one line on stderr, never a
traceback (set REFCHECK_DEBUG=1 to see one).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from refcheck import __version__
from refcheck.api import check_paths, load_bibliographies
from refcheck.cli_common import guarded, network_options, write_file
from refcheck.errors import ConfigError, RefcheckError
from refcheck.ingest import read_document
from refcheck.model import Report, Severity
from refcheck.references import extract_references
from refcheck.report import WRITERS, render
from refcheck.rules import Rule, all_rules, explain, find_rule

if TYPE_CHECKING:
    from refcheck.config import Config

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _use_color(stream: Any, output: str | None) -> bool:
    if output or "NO_COLOR" in os.environ:
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _write(text: str, output: str | None, inputs: Sequence[str]) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    write_file(output, text, inputs, shown=f"--output {output}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="refcheck")
def main() -> None:
    """Check that a manuscript's in-text citations and its reference list agree."""


def _tokens(values: Sequence[str]) -> tuple[str, ...]:
    """Rule tokens from repeatable, comma-separated options."""
    return tuple(t.strip() for value in values for t in value.split(",") if t.strip())


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--bib",
    "bib",
    multiple=True,
    help="Bibliography to check against (.bib or a plain-text list); repeatable.",
)
@click.option(
    "--offline/--online",
    default=None,
    help="Skip network checks (DOIs, URLs). Fast; for pre-commit. Also REFCHECK_OFFLINE=1 or "
    "'offline = true' in the configuration; --online overrides both.",
)
@network_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(WRITERS)),
    default=None,
    help="Report format (default: the configuration's, else text).",
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
    default=None,
    help="Exit 1 when a finding at or above this severity is reported (default: the "
    "configuration's, else error).",
)
@click.option(
    "--config",
    "config_file",
    metavar="FILE",
    help="Read this configuration file (.refcheck.toml or pyproject.toml) instead of the one "
    "found upward from the first checked file.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="RULES",
    help="Run only these rules (codes, prefixes such as RC3, names, ALL; comma-separated), "
    "instead of the configuration's selection.",
)
@click.option(
    "--extend-select", multiple=True, metavar="RULES", help="Add these rules to the selection."
)
@click.option("--ignore", multiple=True, metavar="RULES", help="Leave these rules out.")
@click.option(
    "--baseline",
    metavar="FILE",
    help="Report only findings not recorded in FILE; if FILE does not exist, record today's "
    "findings in it and exit 0.",
)
@click.option(
    "--update-baseline", is_flag=True, help="Rewrite the --baseline file with today's findings."
)
@guarded
def check(
    paths: tuple[str, ...],
    bib: tuple[str, ...],
    offline: bool | None,
    mailto: str | None,
    cache_dir: str | None,
    no_cache: bool,
    allow_private_addresses: bool,
    fmt: str | None,
    format_in: str | None,
    output: str | None,
    fail_on: str | None,
    config_file: str | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    baseline: str | None,
    update_baseline: bool,
) -> None:
    """Check manuscripts: citations against the reference list, DOIs and links.

    DOIs are checked at the DOI system and their registry (Crossref, DataCite...), links are
    fetched, and answers are cached; --offline skips the network. Settings come from
    [tool.refcheck] in pyproject.toml or a .refcheck.toml found upward from the first file;
    options given here win.

    \b
    Examples:
      refcheck check paper.txt
      refcheck check paper.txt --offline
      refcheck check chapter.md --bib refs.bib --format json -o report.json
      refcheck check paper.txt --mailto editor@example.org
      refcheck check paper.md --select RC1 --ignore uncited-reference
      refcheck check paper.docx --baseline refcheck-baseline.json
    """
    from refcheck.config import discover_config, load_config
    from refcheck.resolve.settings import offline_from_env

    if update_baseline and not baseline:
        raise ConfigError("--update-baseline needs --baseline FILE")
    config = load_config(config_file) if config_file else discover_config(paths[0])
    config = config.with_selection(
        _tokens(select) if select else None, _tokens(extend_select), _tokens(ignore)
    )
    if offline is None:
        offline = bool(config.offline) or offline_from_env()
    if offline:
        report = check_paths(paths, bib=bib, format=format_in, config=config)
    else:
        settings = config.settings(
            cache_dir=Path(cache_dir) if cache_dir else None,
            mailto=mailto,
            allow_private=allow_private_addresses or None,
        )
        report = _check_online(paths, bib, settings, no_cache, format_in, config)
    if baseline:
        report = _baseline(report, Path(baseline), update_baseline)
    fmt = fmt or config.format or "text"
    _write(render(report, fmt, _use_color(sys.stdout, output)), output, (*paths, *bib))
    worst = report.worst()
    fail_on = fail_on or config.fail_on or "error"
    if fail_on != "never" and worst is not None and worst >= Severity.parse(fail_on):
        sys.exit(EXIT_FINDINGS)


def _baseline(report: Report, path: Path, update: bool) -> Report:
    """Record the findings in a new (or ``update``d) baseline, else hide those it records."""
    from refcheck.baseline import apply_baseline, make_baseline, read_baseline, write_baseline

    folder = path.parent
    if update or not path.exists():
        recorded = make_baseline(report, folder)
        write_baseline(path, recorded)
        count = sum(n for _, n in recorded.counts)
        click.echo(f"refcheck: wrote {_count(count, 'finding')} to baseline {path}", err=True)
        return apply_baseline(report, recorded, folder)[0]
    report, hidden = apply_baseline(report, read_baseline(path), folder)
    if hidden:
        click.echo(f"refcheck: {_count(hidden, 'finding')} hidden by baseline {path}", err=True)
    return report


def _settings(cache_dir: str | None, **overrides: Any) -> Any:
    from refcheck.resolve.settings import Settings

    return Settings.from_env(cache_dir=Path(cache_dir) if cache_dir else None, **overrides)


def _check_online(
    paths: Sequence[str],
    bib: Sequence[str],
    settings: Any,
    no_cache: bool,
    format_in: str | None,
    config: Config,
) -> Report:
    """The check with network: say once on stderr what could not be verified, never fail for
    it; Ctrl-C keeps what was learned (the cache commits as it goes)."""
    from refcheck.resolve import Resolver

    progress = bool(getattr(sys.stderr, "isatty", lambda: False)())
    with Resolver(settings, use_cache=not no_cache, progress=progress) as resolver:
        try:
            report = check_paths(paths, bib=bib, resolver=resolver, format=format_in, config=config)
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
@guarded
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
@guarded
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
@guarded
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


def _rule(token: str) -> Rule:
    found = find_rule(token)
    if found is None:
        raise RefcheckError(f"no rule named {token!r} (see 'refcheck rules')")
    return found


@main.command("explain")
@click.argument("code")
@guarded
def explain_command(code: str) -> None:
    """Explain a rule: what it flags, why it matters, an example, how to fix it.

    \b
    Examples:
      refcheck explain RC103
      refcheck explain author-mismatch
    """
    click.echo(explain(_rule(code)), nl=False)


@main.command("rules")
@click.argument("name", required=False)
@guarded
def rules_command(name: str | None) -> None:
    """List every rule (code, name, severity, what it flags), or explain one.

    \b
    Examples:
      refcheck rules
      refcheck rules author-mismatch
    """
    if name:
        click.echo(explain(_rule(name)), nl=False)
        return
    rows = [(r.code, r.name, r.severity.label, r.summary) for r in all_rules()]
    width = max(len(r[1]) for r in rows)
    for code, rule_name, severity, summary in rows:
        click.echo(f"{code}  {rule_name:<{width}}  {severity:<7}  {summary}")


from refcheck.linkrot.cli import links  # noqa: E402 (cheap: click only; the job loads lazily)

main.add_command(links)

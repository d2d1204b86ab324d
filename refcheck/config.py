"""Configuration: ``[tool.refcheck]`` in ``pyproject.toml``, or a ``.refcheck.toml``.

Found by walking upward from the checked file: the first folder with a ``.refcheck.toml``, or a
``pyproject.toml`` holding a ``[tool.refcheck]`` table, wins (``.refcheck.toml`` before
``pyproject.toml`` in the same folder; a pyproject without the table is skipped). ``--config
FILE`` names one instead. Parsed with tomllib into a frozen ``Config``; an unknown key, a wrong
type, an unknown rule or a bad pattern is a ``ConfigError`` naming the file and the key.

Precedence: command-line options, then REFCHECK_* environment variables (network settings),
then the file, then the defaults. ``Config`` is applied by the library (``refcheck.api``), so
the CLI and library users get the same behaviour.
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from refcheck.errors import ConfigError
from refcheck.model import Finding, Severity
from refcheck.rules import Rule, match_rule, select_rules

CONFIG_NAMES = (".refcheck.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")

# URL and DOI rules whose findings an exclude pattern silences (besides not fetching)
URL_RULES = frozenset({"RC205", "RC311", "RC312", "RC313", "RC314", "RC315"})
DOI_RULES = frozenset({"RC204", "RC301", "RC302", "RC304", "RC305", "RC306"})


@dataclass(frozen=True)
class NetworkKey:
    """A key of the network table: the Settings field it sets, its type, its variable."""

    field: str
    kind: type
    env: tuple[str, ...] = ()  # set variables win over the file


NETWORK_KEYS: Mapping[str, NetworkKey] = {
    "mailto": NetworkKey("mailto", str, ("REFCHECK_MAILTO",)),
    "timeout": NetworkKey("total_timeout", float),
    "connect-timeout": NetworkKey("connect_timeout", float),
    "read-timeout": NetworkKey("read_timeout", float),
    "retries": NetworkKey("max_retries", int),
    "concurrency": NetworkKey("workers", int),
    "per-host-concurrency": NetworkKey("per_host", int),
    "cache-dir": NetworkKey("cache_dir", Path, ("REFCHECK_CACHE_DIR",)),
    "cache-max-age": NetworkKey("ttl_ok", float),
    "cache-failed-max-age": NetworkKey("ttl_failed", float),
    "doi-resolver": NetworkKey("doi_resolver", str, ("REFCHECK_DOI_RESOLVER",)),
    "crossref-api": NetworkKey("crossref_api", str, ("REFCHECK_CROSSREF_API",)),
    "datacite-api": NetworkKey("datacite_api", str, ("REFCHECK_DATACITE_API",)),
    "openalex-api": NetworkKey("openalex_api", str, ("REFCHECK_OPENALEX_API",)),
    "wayback-api": NetworkKey("wayback_api", str, ("REFCHECK_WAYBACK_API",)),
    "wayback-cdx": NetworkKey("wayback_cdx", str, ("REFCHECK_WAYBACK_CDX",)),
}


@dataclass(frozen=True)
class Config:
    """What a configuration file says; None or empty where it says nothing."""

    path: Path | None = None  # the file it was read from
    select: tuple[str, ...] | None = None  # None: every rule
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # rule code -> severity, in file order
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()  # glob -> rule codes
    exclude_urls: tuple[str, ...] = ()
    exclude_dois: tuple[str, ...] = ()
    accept_status: frozenset[int] = frozenset()
    fail_on: str | None = None
    format: str | None = None
    offline: bool | None = None
    network: tuple[tuple[str, Any], ...] = ()  # Settings field -> value
    _patterns: dict[str, tuple[re.Pattern[str], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def rules(self) -> tuple[Rule, ...]:
        """The selected rules: select, then extend-select, then ignore."""
        return select_rules(self.select, self.extend_select, self.ignore)

    def with_selection(
        self,
        select: Iterable[str] | None = None,
        extend_select: Iterable[str] = (),
        ignore: Iterable[str] = (),
    ) -> Config:
        """The command line's selection on top: its select replaces, the others add. An
        unknown rule is a ConfigError."""
        chosen = replace(
            self,
            select=self.select if select is None else tuple(select),
            extend_select=(*self.extend_select, *extend_select),
            ignore=(*self.ignore, *ignore),
        )
        try:
            chosen.rules()
        except ValueError as error:
            raise ConfigError(str(error)) from None
        return chosen

    def relative(self, path: str) -> str:
        """``path`` relative to the configuration file's folder (as given when outside it)."""
        if self.path is None:
            return Path(path).as_posix()
        try:
            return Path(os.path.abspath(path)).relative_to(self.path.parent.absolute()).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def ignored_in(self, path: str) -> frozenset[str]:
        """The codes per-file-ignores switches off for ``path``: a pattern without ``/`` is
        matched against the file name, one with ``/`` against the path from the config's
        folder (``*`` also matches ``/``)."""
        relative = self.relative(path)
        codes: set[str] = set()
        for pattern, ignored in self.per_file_ignores:
            subject = relative if "/" in pattern else relative.rsplit("/", 1)[-1]
            if fnmatch.fnmatchcase(subject, pattern):
                codes |= ignored
        return frozenset(codes)

    def patterns(self, which: str) -> tuple[re.Pattern[str], ...]:
        if which not in self._patterns:
            raw = self.exclude_urls if which == "url" else self.exclude_dois
            self._patterns[which] = tuple(re.compile(p) for p in raw)
        return self._patterns[which]

    def excludes(self, kind: str, target: str) -> bool:
        """Whether an exclude-urls (``kind`` "url") or exclude-dois ("doi") pattern is found in
        ``target`` (``re.search``)."""
        return any(p.search(target) for p in self.patterns(kind))

    def excluded_finding(self, finding: Finding, subject: str) -> bool:
        """Whether a URL or DOI finding is about an excluded target: a pattern is searched in
        the finding's text in the manuscript (``subject``) and in each word of its message."""
        kind = "url" if finding.code in URL_RULES else "doi" if finding.code in DOI_RULES else ""
        if not kind or not (self.exclude_urls if kind == "url" else self.exclude_dois):
            return False
        words = [subject, *(w.strip(".,;:()[]<>'\"") for w in finding.message.split())]
        return any(self.excludes(kind, word) for word in words if word)

    def apply_severity(self, finding: Finding) -> Finding:
        chosen = finding.severity
        for code, severity in self.severity:
            if code == finding.code:
                chosen = severity
        return finding if chosen == finding.severity else replace(finding, severity=chosen)

    def settings(self, environ: Mapping[str, str] | None = None, **overrides: object) -> Any:
        """``refcheck.resolve.settings.Settings``: the environment, the file's network table
        where no variable is set, then ``overrides`` (command-line options) when not None."""
        from refcheck.resolve.settings import Settings

        env = os.environ if environ is None else environ
        base = Settings.from_env(env)
        by_field = {key.field: key for key in NETWORK_KEYS.values()}
        values = {
            name: value
            for name, value in self.network
            if not any(env.get(var) for var in by_field[name].env)
        }
        given = {key: value for key, value in overrides.items() if value is not None}
        return replace(base, **{**values, **given})


def find_config(start: str | Path) -> Path | None:
    """The configuration for a file (or folder): walk upward from its folder."""
    here = Path(start).absolute()
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        dotfile = candidate / ".refcheck.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_table(pyproject):
            return pyproject
    return None


def _has_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "[tool.refcheck" in _read_lossy(pyproject)  # a broken one that is ours: say so
    tool = data.get("tool")
    return isinstance(tool, dict) and "refcheck" in tool


def _read_lossy(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def discover_config(start: str | Path) -> Config:
    """The configuration found upward from ``start``, or the defaults when there is none."""
    found = find_config(start)
    return Config() if found is None else load_config(found)


def _display(path: Path) -> str:
    relative = os.path.relpath(path.absolute())
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def load_config(path: str | Path) -> Config:
    """Read one configuration file (``.refcheck.toml`` or a pyproject's ``[tool.refcheck]``)."""
    path = Path(path)
    shown = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{shown}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{shown}: cannot read: {error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{shown}: invalid TOML: {error}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("refcheck", {}) if isinstance(tool, dict) else {}
        if not isinstance(table, dict):
            raise ConfigError(f"{shown}: [tool.refcheck] must be a table")
        return parse_config(table, path, f"{shown}: [tool.refcheck]")
    return parse_config(data, path, f"{shown}:")


def parse_config(table: Mapping[str, Any], path: Path | None, where: str) -> Config:
    """A Config from the parsed table; ``where`` starts each error message."""
    reader = _Reader(where)
    values: dict[str, Any] = {"path": path}
    for key, value in table.items():
        parse = _TOP.get(key)
        if parse is None:
            raise reader.error(key, f"unknown key (expected one of {', '.join(sorted(_TOP))})")
        values.update(parse(reader, key, value, path))
    return Config(**values)


@dataclass(frozen=True)
class _Reader:
    where: str

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.where} {key}: {message}")

    def strings(self, key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(key, "must be a list of strings")
        return tuple(value)

    def codes(self, key: str, value: Any) -> tuple[str, ...]:
        """Rule tokens, each checked (the tokens are kept: ``ALL`` stays ``ALL``)."""
        tokens = self.strings(key, value)
        for token in tokens:
            self.rule_codes(key, token)
        return tokens

    def rule_codes(self, key: str, token: str) -> set[str]:
        try:
            return match_rule(token)
        except ValueError as error:
            raise self.error(key, str(error)) from None

    def table(self, key: str, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(key, "must be a table")
        return value

    def patterns(self, key: str, value: Any) -> tuple[str, ...]:
        patterns = self.strings(key, value)
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as error:
                raise self.error(key, f"bad regular expression {pattern!r}: {error}") from None
        return patterns

    def choice(self, key: str, value: Any, choices: Iterable[str]) -> str:
        options = sorted(choices)
        if not isinstance(value, str) or value not in options:
            raise self.error(key, f"must be one of {', '.join(options)}, not {value!r}")
        return value


Parser = Callable[[_Reader, str, Any, Path | None], dict[str, Any]]


def _select(reader: _Reader, key: str, value: Any, path: Path | None) -> dict[str, Any]:
    return {key.replace("-", "_"): reader.codes(key, value)}


def _severity(reader: _Reader, key: str, value: Any, path: Path | None) -> dict[str, Any]:
    pairs = []
    for token, level in reader.table(key, value).items():
        label = reader.choice(f"{key}.{token}", level, ("error", "warning", "info"))
        for code in sorted(reader.rule_codes(key, token)):
            pairs.append((code, Severity.parse(label)))
    return {"severity": tuple(pairs)}


def _per_file(reader: _Reader, key: str, value: Any, path: Path | None) -> dict[str, Any]:
    pairs = []
    for pattern, tokens in reader.table(key, value).items():
        name = f'{key}."{pattern}"'
        codes = {
            code
            for token in reader.strings(name, tokens)
            for code in reader.rule_codes(name, token)
        }
        pairs.append((pattern, frozenset(codes)))
    return {"per_file_ignores": tuple(pairs)}


def _excludes(reader: _Reader, key: str, value: Any, path: Path | None) -> dict[str, Any]:
    return {key.replace("-", "_"): reader.patterns(key, value)}


def _accept(reader: _Reader, key: str, value: Any, path: Path | None) -> dict[str, Any]:
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 599 for v in value
    ):
        raise reader.error(key, "must be a list of HTTP status codes (100-599)")
    return {"accept_status": frozenset(value)}


def _fail_on(reader: _Reader, key: str, value: Any, path: Path | None) -> dict[str, Any]:
    return {"fail_on": reader.choice(key, value, FAIL_ON)}


def _format(reader: _Reader, key: str, value: Any, path: Path | None) -> dict[str, Any]:
    from refcheck.report import WRITERS

    return {"format": reader.choice(key, value, WRITERS)}


def _offline(reader: _Reader, key: str, value: Any, path: Path | None) -> dict[str, Any]:
    if not isinstance(value, bool):
        raise reader.error(key, "must be true or false")
    return {"offline": value}


def _network(reader: _Reader, key: str, value: Any, path: Path | None) -> dict[str, Any]:
    inner = _Reader(reader.where.replace("[tool.refcheck]", "[tool.refcheck.network]"))
    if not reader.where.endswith("]"):
        inner = _Reader(f"{reader.where} [network]")
    pairs = []
    for name, item in reader.table(key, value).items():
        spec = NETWORK_KEYS.get(name)
        if spec is None:
            raise inner.error(name, f"unknown key (expected one of {', '.join(NETWORK_KEYS)})")
        pairs.append((spec.field, _network_value(inner, name, item, spec, path)))
    return {"network": tuple(pairs)}


def _network_value(
    reader: _Reader, name: str, item: Any, spec: NetworkKey, path: Path | None
) -> Any:
    if spec.kind is str or spec.kind is Path:
        if not isinstance(item, str) or not item.strip():
            raise reader.error(name, "must be a non-empty string")
        if spec.kind is Path:
            folder = path.parent if path is not None else Path()
            return folder / Path(item).expanduser()
        if name != "mailto" and not re.match(r"https?://[^/\s]+", item):
            raise reader.error(name, f"must be an http(s) URL, not {item!r}")
        return item.rstrip("/") if name != "mailto" else item
    if isinstance(item, bool) or not isinstance(item, int | float):
        raise reader.error(name, "must be a number")
    if spec.kind is int and not isinstance(item, int):
        raise reader.error(name, "must be a whole number")
    minimum = 0 if name == "retries" else 1 if spec.kind is int else 0.001
    if item < minimum:
        raise reader.error(name, f"must be at least {minimum}")
    return spec.kind(item)


_TOP: Mapping[str, Parser] = {
    "select": _select,
    "extend-select": _select,
    "ignore": _select,
    "severity": _severity,
    "per-file-ignores": _per_file,
    "exclude-urls": _excludes,
    "exclude-dois": _excludes,
    "accept-status": _accept,
    "fail-on": _fail_on,
    "format": _format,
    "offline": _offline,
    "network": _network,
}


__all__ = [
    "CONFIG_NAMES",
    "NETWORK_KEYS",
    "Config",
    "discover_config",
    "find_config",
    "load_config",
    "parse_config",
]

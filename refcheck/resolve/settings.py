"""How the network layer behaves: service base URLs, limits, timeouts, cache lifetimes.

Why one frozen value: the CLI, the environment and tests all build the same thing, and every
service's base URL is configurable (mirrors; tests point them at loopback). No dependency for the
cache directory: the XDG rule (or the platform's usual place) is a few lines.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from refcheck import __version__

PROJECT_URL = "https://github.com/refcheck/refcheck"

DEFAULT_DOI_RESOLVER = "https://doi.org"
DEFAULT_CROSSREF_API = "https://api.crossref.org"
DEFAULT_DATACITE_API = "https://api.datacite.org"
DEFAULT_WAYBACK_API = "https://archive.org"
DEFAULT_WAYBACK_CDX = "https://web.archive.org"
DEFAULT_OPENALEX_API = "https://api.openalex.org"

_TRUE = {"1", "true", "yes", "on"}


def default_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The user cache directory: $REFCHECK_CACHE_DIR, else XDG (Linux), Library/Caches (macOS),
    %LOCALAPPDATA% (Windows)."""
    env = os.environ if environ is None else environ
    if env.get("REFCHECK_CACHE_DIR"):
        return Path(env["REFCHECK_CACHE_DIR"])
    if sys.platform == "win32" and env.get("LOCALAPPDATA"):
        return Path(env["LOCALAPPDATA"]) / "refcheck" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "refcheck"
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "refcheck"


@dataclass(frozen=True)
class Settings:
    """Everything the resolver needs to know; ``from_env`` reads the REFCHECK_* variables."""

    doi_resolver: str = DEFAULT_DOI_RESOLVER
    crossref_api: str = DEFAULT_CROSSREF_API
    datacite_api: str = DEFAULT_DATACITE_API
    wayback_api: str = DEFAULT_WAYBACK_API
    wayback_cdx: str = DEFAULT_WAYBACK_CDX
    openalex_api: str = DEFAULT_OPENALEX_API  # configurable ahead of an OpenAlex lookup
    mailto: str | None = None
    allow_private: bool = False  # fetch loopback/private addresses (tests, benchmarks)
    cache_dir: Path | None = None  # None: no persistent cache
    ttl_ok: float = 7 * 24 * 3600.0  # successes are kept for days...
    ttl_failed: float = 6 * 3600.0  # ...failures for hours
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 30.0  # one request, body included (a slow drip cannot hold a worker)
    max_retries: int = 2  # attempts = 1 + retries, for timeouts, 408, 429 and 5xx only
    backoff: float = 0.5  # first backoff in seconds, doubled per attempt, with jitter
    max_backoff: float = 20.0
    max_retry_after: float = 60.0  # a longer Retry-After means "not now": give up, unverified
    max_redirects: int = 10
    workers: int = 64  # global concurrency (lychee: 128); politeness is the per-host limits
    per_host: int = 8  # concurrent requests to one web host (lychee: 10)
    service_per_host: int = 3  # to each DOI service and the Wayback Machine, until their
    # x-concurrency-limit / x-rate-limit-* headers say otherwise (Crossref announces 3 for its
    # polite pool, 1 for anonymous clients: start no higher than the polite pool allows)
    host_limits: Mapping[str, tuple[int, float]] = field(default_factory=dict)
    # host -> (concurrency, min interval in seconds); Crossref's headers adjust its own at run time
    max_api_bytes: int = 8 * 1024 * 1024
    max_page_bytes: int = 256 * 1024  # enough to read a page's <title>
    inspect_pages: bool = True  # GET HTML pages after a good HEAD to catch soft 404s and walls
    search_missing: bool = True  # look up DOIs for entries without one (missing-doi)
    check_urls: bool = True

    @property
    def user_agent(self) -> str:
        contact = f"; mailto:{self.mailto}" if self.mailto else ""
        return f"refcheck/{__version__} (+{PROJECT_URL}{contact})"

    def service_hosts(self) -> frozenset[str]:
        """Hosts the user configured: trusted even on a private address (a mirror, a test)."""
        from urllib.parse import urlsplit

        hosts = set()
        for base in (
            self.doi_resolver,
            self.crossref_api,
            self.datacite_api,
            self.wayback_api,
            self.wayback_cdx,
        ):
            host = urlsplit(base).hostname
            if host and base not in _DEFAULT_BASES:
                hosts.add(host.lower())
        return frozenset(hosts)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from REFCHECK_* variables; keyword overrides (CLI options) win when not None."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {
            "doi_resolver": env.get("REFCHECK_DOI_RESOLVER") or DEFAULT_DOI_RESOLVER,
            "crossref_api": env.get("REFCHECK_CROSSREF_API") or DEFAULT_CROSSREF_API,
            "datacite_api": env.get("REFCHECK_DATACITE_API") or DEFAULT_DATACITE_API,
            "wayback_api": env.get("REFCHECK_WAYBACK_API") or DEFAULT_WAYBACK_API,
            "wayback_cdx": env.get("REFCHECK_WAYBACK_CDX")
            or env.get("REFCHECK_WAYBACK_API")
            or DEFAULT_WAYBACK_CDX,
            "mailto": env.get("REFCHECK_MAILTO") or None,
            "allow_private": env.get("REFCHECK_ALLOW_PRIVATE", "").strip().lower() in _TRUE,
            "cache_dir": default_cache_dir(env),
        }
        settings = cls(**values)  # type: ignore[arg-type]
        given = {key: value for key, value in overrides.items() if value is not None}
        return replace(settings, **given)  # type: ignore[arg-type]


_DEFAULT_BASES = frozenset(
    {
        DEFAULT_DOI_RESOLVER,
        DEFAULT_CROSSREF_API,
        DEFAULT_DATACITE_API,
        DEFAULT_WAYBACK_API,
        DEFAULT_WAYBACK_CDX,
    }
)


def offline_from_env(environ: Mapping[str, str] | None = None) -> bool:
    """REFCHECK_OFFLINE=1 acts like --offline (CI, pre-commit, test suites)."""
    env = os.environ if environ is None else environ
    return env.get("REFCHECK_OFFLINE", "").strip().lower() in _TRUE

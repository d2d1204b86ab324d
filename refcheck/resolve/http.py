"""One polite HTTP client for every check: shared session, limits, retries, capped bodies.

Why these rules (lychee's, plus Crossref's published etiquette): connection reuse through one
``requests.Session``; a global limit and a per-host limit, with a minimum interval per host that
Crossref's ``x-rate-limit-*``/``x-concurrency-limit`` headers adjust at run time; ``Retry-After``
honoured and shared by every thread talking to that host; exponential backoff with full jitter;
only timeouts, 408, 429 and 5xx are retried (a 404 will not change its mind); connect, read and
total timeouts; bodies read up to a cap (decoded, so a gzip bomb stops at the cap too).
Redirects are never followed here: callers follow them hop by hop to see each status.
"""

from __future__ import annotations

import email.utils
import heapq
import itertools
import os
import random
import socket
import ssl
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from refcheck.resolve.guard import AddressGuard, BlockedAddressError, Resolve, pool_classes
from refcheck.resolve.settings import Settings

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class FetchError(Exception):
    """A request that produced no HTTP response. ``kind`` is one of: dns, refused, reset, tls,
    timeout, connect-timeout, unreachable, blocked, too-large, invalid-url, offline, interrupted,
    error."""

    def __init__(self, kind: str, detail: str, attempts: int = 1) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.attempts = attempts
        self.hops: list[tuple[int, str]] = []  # redirects followed before it failed

    @property
    def connection_level(self) -> bool:
        """The kind of failure a machine without network produces."""
        return self.kind in {"dns", "refused", "connect-timeout", "unreachable", "connection"}


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    truncated: bool = False
    attempts: int = 1

    def text(self) -> str:
        charset = "utf-8"
        content_type = self.headers.get("content-type", "")
        for part in content_type.split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                charset = value.strip("\"' ")
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class GlobalSlots:
    """The global concurrency limit, handed out by priority (then first come, first served).

    Why not a semaphore: a host allowed few connections (a DOI service) is the likeliest to be
    the run's bottleneck, so its requests take the next free slot before those of hosts allowed
    many. With a plain semaphore, the four threads holding Crossref's slots queued behind a
    hundred web requests, and the DOI services finished a second after everything else."""

    def __init__(self, size: int) -> None:
        self._free = max(1, size)
        self._lock = threading.Lock()
        self._waiting: list[tuple[int, int, threading.Event]] = []  # a heap
        self._order = itertools.count()

    def acquire(self, priority: int, stop: threading.Event) -> None:
        """Wait for a slot (a lower ``priority`` goes first); FetchError when stopped."""
        with self._lock:
            if self._free > 0 and not self._waiting:
                self._free -= 1
                return
            granted = threading.Event()
            entry = (priority, next(self._order), granted)
            heapq.heappush(self._waiting, entry)
        while not granted.wait(0.25):  # the timeout only bounds how late a stop is seen
            if stop.is_set():
                with self._lock:
                    if not granted.is_set():
                        self._waiting.remove(entry)
                        heapq.heapify(self._waiting)
                        raise FetchError("interrupted", "interrupted")
                self.release()  # granted meanwhile: pass the slot on
                raise FetchError("interrupted", "interrupted")

    def release(self) -> None:
        with self._lock:
            if self._waiting:
                heapq.heappop(self._waiting)[2].set()  # handed over, never free in between
            else:
                self._free += 1


@dataclass
class _Host:
    """Limits and state for one host (scheme://host:port)."""

    capacity: int
    interval: float
    free: threading.Condition  # notified when a slot of this host frees up
    active: int = 0
    next_slot: float = 0.0
    blocked_until: float = 0.0


class HostLimiter:
    """A global semaphore plus, per host, a resizable concurrency limit and a minimum interval
    between request starts. ``pause`` makes every thread wait (Retry-After).

    Each host has its own condition (all on one lock), and a freed slot wakes one thread waiting
    for that host: waking every waiting thread on every release cost a third of the client's
    CPU time in the network benchmark."""

    def __init__(
        self,
        workers: int,
        per_host: int,
        limits: Mapping[str, tuple[int, float]],
        default: Callable[[str], int] | None = None,
    ):
        self._global = GlobalSlots(workers)
        self._per_host = max(1, per_host)
        self._default = default  # a host's starting concurrency, when not in ``limits``
        self._limits = dict(limits)
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        state = self._hosts.get(host)
        if state is None:
            default = self._default(host) if self._default else self._per_host
            capacity, interval = self._limits.get(host, (default, 0.0))
            state = _Host(max(1, capacity), max(0.0, interval), threading.Condition(self._lock))
            self._hosts[host] = state
        return state

    def adjust(self, host: str, capacity: int | None = None, interval: float | None = None) -> None:
        with self._lock:
            state = self._host(host)
            if capacity is not None and capacity != state.capacity:
                state.capacity = max(1, capacity)
                state.free.notify_all()
            if interval is not None:
                state.interval = max(0.0, interval)

    def pause(self, host: str, seconds: float) -> None:
        with self._lock:
            state = self._host(host)
            state.blocked_until = max(state.blocked_until, time.monotonic() + seconds)

    def limits(self, host: str) -> tuple[int, float]:
        with self._lock:
            state = self._host(host)
            return state.capacity, state.interval

    @contextmanager
    def slot(self, host: str, stop: threading.Event) -> Iterator[None]:
        with self._lock:
            state = self._host(host)
            while state.active >= state.capacity:
                if stop.is_set():
                    raise FetchError("interrupted", "interrupted")
                state.free.wait(0.25)  # the timeout only bounds how late a stop is seen
            state.active += 1
            now = time.monotonic()
            start = max(now, state.next_slot, state.blocked_until)
            state.next_slot = start + state.interval
        try:
            delay = start - time.monotonic()
            if delay > 0 and stop.wait(delay):
                raise FetchError("interrupted", "interrupted")
            self._global.acquire(state.capacity, stop)
            try:
                yield
            finally:
                self._global.release()
        finally:
            with self._lock:
                state.active -= 1
                state.free.notify()


@dataclass
class Stats:
    """What the run cost: requests per host, cache hits, and the network's state."""

    requests: Counter[str] = field(default_factory=Counter)
    cache_hits: int = 0
    network_down: bool = False
    down_reason: str = ""
    unverified_dois: set[str] = field(default_factory=set)
    unverified_urls: set[str] = field(default_factory=set)

    @property
    def total_requests(self) -> int:
        return sum(self.requests.values())


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def service_host_keys(settings: Settings) -> frozenset[str]:
    """The DOI services and the Wayback Machine (as limiter keys): polite limits by default."""
    bases = [
        settings.doi_resolver,
        settings.crossref_api,
        settings.datacite_api,
        settings.wayback_api,
        settings.wayback_cdx,
        getattr(settings, "openalex_api", None),
    ]
    return frozenset(_host_key(base.rstrip("/")) for base in bases if isinstance(base, str))


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _cause_chain(error: BaseException) -> list[BaseException]:
    """The error and everything it wraps (causes, contexts, urllib3's ``reason``, args)."""
    seen: set[int] = set()
    queue: list[BaseException] = [error]
    found: list[BaseException] = []
    while queue:
        current = queue.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        found.append(current)
        nested = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        nested += [arg for arg in current.args if isinstance(arg, BaseException)]
        queue.extend(item for item in nested if isinstance(item, BaseException))
    return found


def classify_exception(error: BaseException) -> FetchError:
    """Name the failure: DNS, refused, reset, TLS, timeout... (requests wraps them deeply)."""
    if isinstance(error, FetchError):
        return error
    if isinstance(error, BlockedAddressError):
        return FetchError("blocked", str(error))
    chain = list(_cause_chain(error))
    names = {type(e).__name__ for e in chain}
    if isinstance(error, requests.exceptions.ConnectTimeout) or "ConnectTimeoutError" in names:
        return FetchError("connect-timeout", "connection timed out")
    if (
        isinstance(error, (requests.exceptions.ReadTimeout, TimeoutError))
        or "ReadTimeoutError" in names
    ):
        return FetchError("timeout", "timed out waiting for the server")
    if isinstance(error, requests.exceptions.SSLError) or any(
        isinstance(e, ssl.SSLError) for e in chain
    ):
        reason = next((str(e) for e in chain if isinstance(e, ssl.SSLError)), str(error))
        return FetchError("tls", f"TLS error: {_short(reason)}")
    if "NameResolutionError" in names or any(isinstance(e, socket.gaierror) for e in chain):
        return FetchError("dns", "host name does not resolve")
    if any(isinstance(e, ConnectionRefusedError) for e in chain):
        return FetchError("refused", "connection refused")
    if any(isinstance(e, ConnectionResetError) for e in chain) or names & {
        "RemoteDisconnected",
        "ProtocolError",
        "ChunkedEncodingError",
        "IncompleteRead",
        "BrokenPipeError",
    }:
        return FetchError("reset", "connection reset by the server")
    if any(
        isinstance(e, OSError) and e.errno in {101, 113, 51, 65} for e in chain
    ):  # ENETUNREACH, EHOSTUNREACH (Linux, BSD)
        return FetchError("unreachable", "network unreachable")
    if (
        isinstance(
            error,
            (
                requests.exceptions.InvalidURL,
                requests.exceptions.MissingSchema,
                requests.exceptions.InvalidSchema,
            ),
        )
        or "LocationParseError" in names
    ):
        return FetchError("invalid-url", "not a valid URL")
    if isinstance(error, requests.exceptions.ConnectionError) or "NewConnectionError" in names:
        return FetchError("connection", f"connection failed: {_short(str(error))}")
    return FetchError("error", f"{type(error).__name__}: {_short(str(error))}")


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HttpClient:
    """The shared session and its policies. Thread-safe; one per run."""

    def __init__(self, settings: Settings, resolve: Resolve | None = None) -> None:
        self.settings = settings
        self.stats = Stats()
        self.stop = threading.Event()  # Ctrl-C, or the network is gone
        self.guard = AddressGuard(settings.allow_private, settings.service_hosts(), resolve)
        services = service_host_keys(settings)
        self.limiter = HostLimiter(
            settings.workers,
            settings.per_host,
            settings.host_limits,
            lambda host: settings.service_per_host if host in services else settings.per_host,
        )
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent
        # requests reads the proxy variables, .netrc and CA-bundle variables from the
        # environment on every request (a tenth of the client's CPU time in the benchmark):
        # read them once, proxies once per host
        self.session.trust_env = False
        bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
        if bundle:
            self.session.verify = bundle
        self._proxies: dict[str, dict[str, str]] = {}
        adapter = HTTPAdapter(
            pool_connections=64, pool_maxsize=max(4, settings.per_host * 2), max_retries=0
        )
        adapter.poolmanager.pool_classes_by_scheme = pool_classes(self.guard)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._lock = threading.Lock()
        self._random = random.Random()

    def close(self) -> None:
        self.session.close()

    def count_cache_hit(self) -> None:
        with self._lock:
            self.stats.cache_hits += 1

    def mark_offline(self, reason: str) -> None:
        with self._lock:
            if not self.stats.network_down:
                self.stats.network_down = True
                self.stats.down_reason = reason

    @property
    def offline(self) -> bool:
        return self.stats.network_down

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.settings.max_backoff, self.settings.backoff * (2**attempt))
        with self._lock:
            return float(ceiling / 2 + self._random.uniform(0, ceiling / 2))

    def _learn_limits(self, host: str, headers: Mapping[str, str]) -> None:
        """Crossref announces its limits on every response; follow them."""
        concurrency = headers.get("x-concurrency-limit")
        limit = headers.get("x-rate-limit-limit") or headers.get("x-ratelimit-limit")
        interval = headers.get("x-rate-limit-interval") or headers.get("x-ratelimit-interval")
        capacity = int(concurrency) if concurrency and concurrency.strip().isdigit() else None
        spacing = None
        if limit and limit.strip().isdigit() and int(limit) > 0 and interval:
            seconds = interval.strip().rstrip("s")
            try:
                spacing = float(seconds) / int(limit)
            except ValueError:
                spacing = None
        if capacity is not None or spacing is not None:
            self.limiter.adjust(host, capacity, spacing)

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        read_body: bool | Callable[[Mapping[str, str]], bool] = True,
        retry: bool = True,
        retry_status: bool = True,
    ) -> Response:
        """One request (redirects not followed), retried by the policy; raises FetchError when
        no response came back. A 5xx or 429 that outlives its retries is returned, not raised.
        ``retry_status=False`` retries timeouts only (a HEAD that GET will confirm anyway)."""
        cap = self.settings.max_api_bytes if max_bytes is None else max_bytes
        host = _host_key(url)
        attempts = 1 + (self.settings.max_retries if retry else 0)
        parts = urlsplit(url)
        for attempt in range(attempts):
            if self.stop.is_set():
                raise FetchError("interrupted", "interrupted", attempt)
            if self.offline:
                raise FetchError("offline", "network unreachable", attempt)
            try:
                if parts.hostname:
                    self.guard.check_host(parts.hostname, parts.port or _default_port(parts.scheme))
                with self.limiter.slot(host, self.stop):
                    with self._lock:
                        self.stats.requests[host] += 1
                    response = self._once(method, url, headers, params, cap, read_body)
            except Exception as error:
                failure = classify_exception(error)
                failure.attempts = attempt + 1
                if failure.kind in {"timeout", "connect-timeout"} and attempt + 1 < attempts:
                    if self.stop.wait(self._backoff(attempt)):
                        raise FetchError("interrupted", "interrupted", attempt + 1) from None
                    continue
                raise failure from None
            self._learn_limits(host, response.headers)
            if response.status in {429, 503}:
                announced = _retry_after(response.headers.get("retry-after"))
                if announced is not None and announced <= self.settings.max_retry_after:
                    self.limiter.pause(host, announced)  # every thread waits, not just this one
            if response.status not in RETRY_STATUSES or attempt + 1 >= attempts or not retry_status:
                return _with_attempts(response, attempt + 1)
            if response.status == 503 and _is_challenge(response):
                return _with_attempts(response, attempt + 1)
            wait = _retry_after(response.headers.get("retry-after"))
            if wait is not None and wait > self.settings.max_retry_after:
                return _with_attempts(response, attempt + 1)  # "come back much later"
            if wait is None:
                wait = self._backoff(attempt)
            if response.status == 429:
                self.limiter.pause(host, wait)
            if self.stop.wait(wait):
                raise FetchError("interrupted", "interrupted", attempt + 1)
        raise AssertionError("unreachable")  # pragma: no cover

    def _proxies_for(self, url: str) -> dict[str, str]:
        """The environment's proxies for this URL's host (``no_proxy`` applied), read once."""
        host = _host_key(url)
        found = self._proxies.get(host)
        if found is None:
            found = dict(requests.utils.get_environ_proxies(url))
            with self._lock:
                self._proxies[host] = found
        return found

    def _once(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        params: Mapping[str, str] | None,
        cap: int,
        read_body: bool | Callable[[Mapping[str, str]], bool],
    ) -> Response:
        settings = self.settings
        started = time.monotonic()
        raw = self.session.request(
            method,
            url,
            headers=dict(headers or {}),
            params=dict(params or {}),
            allow_redirects=False,
            proxies=self._proxies_for(url),
            stream=True,
            timeout=(settings.connect_timeout, settings.read_timeout),
        )
        try:
            chunks: list[bytes] = []
            size = 0
            truncated = False
            if callable(read_body):
                read_body = read_body(raw.headers)
            if read_body and method != "HEAD":
                # read1 returns what one receive brings, so the total deadline is checked often
                while chunk := raw.raw.read1(65536, decode_content=True):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > cap:
                        truncated = True
                        break
                    if time.monotonic() - started > settings.total_timeout:
                        raise FetchError("timeout", "the response took too long")
            elif method == "HEAD":
                for _chunk in raw.iter_content(16384):
                    pass
            else:
                truncated = True
            body = b"".join(chunks)
            if truncated:
                body = body[:cap]
            return Response(
                url=url,
                status=raw.status_code,
                headers=CaseInsensitiveDict(dict(raw.headers)),
                body=body,
                truncated=truncated,
            )
        finally:
            raw.close()

    def get_json(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[Response, Any]:
        """GET and parse JSON; the parsed value is None when the body is not JSON (a 404 page)."""
        import json

        response = self.request(
            "GET", url, headers={"Accept": "application/json", **(headers or {})}, params=params
        )
        if response.truncated:
            raise FetchError(
                "too-large", f"response larger than {self.settings.max_api_bytes} bytes"
            )
        try:
            return response, json.loads(response.body.decode("utf-8", errors="replace"))
        except ValueError:
            return response, None


def _with_attempts(response: Response, attempts: int) -> Response:
    return Response(
        response.url,
        response.status,
        response.headers,
        response.body,
        response.truncated,
        attempts,
    )


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


_CHALLENGE_MARKERS = (
    b"just a moment",
    b"attention required",
    b"cf-challenge",
    b"challenge-platform",
    b"ddos-guard",
    b"checking your browser",
    b"verify you are human",
    b"are you a robot",
    b"captcha",
    b"access denied",
)


def _is_challenge(response: Response) -> bool:
    """A bot wall's page (Cloudflare, DDoS-Guard, captcha), whatever its status."""
    if response.headers.get("cf-mitigated", "").lower() == "challenge":
        return True
    head = response.body[:65536].lower()
    return any(marker in head for marker in _CHALLENGE_MARKERS)


is_challenge = _is_challenge

"""URL checks against real HTTP servers on loopback: every status class, redirects, timeouts,
resets, oversized bodies, 429s, private addresses, limits."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from refcheck.model import Resolution, ResolutionStatus
from refcheck.resolve import Resolver
from refcheck.resolve.guard import AddressGuard, BlockedAddressError
from refcheck.resolve.resolver import Plan
from tests.httpfixtures import Services, start_services
from tests.httpserver import FakeHost, Reply, Request, closed_port, html_reply, web

SITE = "127.0.0.7"
OTHER = "127.0.0.8"


class Busy:
    """Counts how many requests a route serves at once."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.now = 0
        self.peak = 0
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> Reply:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        time.sleep(self.delay)
        with self.lock:
            self.now -= 1
        return html_reply("busy page")


BUSY = Busy(0.05)


def _head_refused(request: Request) -> Reply:
    return html_reply("Method Not Allowed", 405) if request.method == "HEAD" else html_reply("ok")


def _head_404(request: Request) -> Reply:
    return html_reply("nope", 404) if request.method == "HEAD" else html_reply("fine")


ROUTES: dict[str, Any] = {
    "/ok": html_reply("A fine page"),
    "/pdf": Reply(200, b"%PDF-1.7 " + b"x" * 1000, {"Content-Type": "application/pdf"}),
    "/missing": html_reply("Not Found", 404),
    "/gone": html_reply("Gone", 410),
    "/bad": html_reply("Bad Request", 400),
    "/error": html_reply("Internal Server Error", 500),
    "/forbidden": html_reply("Forbidden", 403),
    "/auth": html_reply("Unauthorized", 401),
    "/teapot": html_reply("I'm a teapot", 418),
    "/limited": html_reply("Too Many Requests", 429, {"Retry-After": "0"}),
    "/limited-no-header": html_reply("Too Many Requests", 429),
    "/limited-long": html_reply("Too Many Requests", 429, {"Retry-After": "3600"}),
    "/challenge": html_reply("Just a moment...", 503, {"Server": "cloudflare"}),
    "/soft": html_reply("Page not found – Example News"),
    "/head-refused": _head_refused,
    "/head-404": _head_404,
    "/moved": Reply(301, "", {"Location": "/moved-here"}),
    "/moved-here": html_reply("New home of the page"),
    "/chain": Reply(302, "", {"Location": "/chain2"}),
    "/chain2": Reply(308, "", {"Location": f"http://{OTHER}:PORT/final"}),
    "/temporary": Reply(302, "", {"Location": "/ok"}),
    "/rot/deep/article.html": Reply(301, "", {"Location": "/"}),
    "/": html_reply("Welcome to Example"),
    "/loop-a": Reply(302, "", {"Location": "/loop-b"}),
    "/loop-b": Reply(302, "", {"Location": "/loop-a"}),
    "/slow": Reply(200, "<title>slow</title>", {"Content-Type": "text/html"}, delay=1.0),
    "/drip": Reply(200, "<title>drip</title>" + "x" * 400, {"Content-Type": "text/html"}, drip=0.1),
    "/reset": Reply(reset=True),
    "/huge": Reply(200, "", {"Content-Type": "text/html"}, stream_bytes=20 * 1024 * 1024),
    "/to-metadata": Reply(302, "", {"Location": "http://169.254.169.254/latest/meta-data/"}),
    "/busy": BUSY,
}


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Services, FakeHost, FakeHost]]:
    other = FakeHost(OTHER, web({"/final": html_reply("Final")}))
    routes = dict(ROUTES)
    routes["/chain2"] = Reply(308, "", {"Location": f"{other.base}/final"})
    for services in start_services({"site": (SITE, web(routes))}):
        yield services, services.hosts["site"], other
    other.close()


def check(services: Services, url: str, **overrides: Any) -> tuple[Resolution, Resolver]:
    resolver = Resolver(services.settings(None, **overrides), use_cache=False)
    with resolver:
        plan = Plan()
        plan.add_url(url, None)
        return resolver.resolve_plan(plan)[("url", url)], resolver


@pytest.mark.parametrize(
    ("path", "status", "detail", "requests"),
    [
        ("/ok", ResolutionStatus.OK, "", 1),  # one GET reads the title
        ("/pdf", ResolutionStatus.OK, "", 1),  # not HTML: one GET, body left unread
        ("/missing", ResolutionStatus.BROKEN, "not found (404)", 1),  # one GET
        ("/gone", ResolutionStatus.BROKEN, "gone (410)", 1),
        ("/bad", ResolutionStatus.BROKEN, "client error (400)", 1),
        ("/error", ResolutionStatus.BROKEN, "server error (500) after 3 attempts", 3),
        ("/forbidden", ResolutionStatus.UNVERIFIABLE, "the site blocks automated checks (403)", 1),
        ("/auth", ResolutionStatus.UNVERIFIABLE, "the site blocks automated checks (401)", 1),
        ("/teapot", ResolutionStatus.UNVERIFIABLE, "the site blocks automated checks (418)", 1),
        ("/limited", ResolutionStatus.UNVERIFIABLE, "rate-limited (429)", 3),  # retried
        ("/limited-no-header", ResolutionStatus.UNVERIFIABLE, "rate-limited (429)", 3),
        ("/limited-long", ResolutionStatus.UNVERIFIABLE, "rate-limited (429)", 1),  # not now
        ("/challenge", ResolutionStatus.UNVERIFIABLE, "the site blocks automated checks (503)", 1),
        (
            "/soft",
            ResolutionStatus.SOFT_404,
            "the page answers 200 but its title says 'Page not found – Example News'",
            1,
        ),
        ("/head-refused", ResolutionStatus.OK, "", 1),
        ("/head-404", ResolutionStatus.OK, "", 1),
        ("/temporary", ResolutionStatus.OK, "", 2),  # GET, GET after the hop
        ("/loop-a", ResolutionStatus.BROKEN, "redirect loop", 2),
        (
            "/rot/deep/article.html",
            ResolutionStatus.REDIRECTED,
            "redirects to the site's home page: the page is probably gone",
            2,
        ),
        ("/reset", ResolutionStatus.BROKEN, "connection reset by the server", 1),
        ("/slow", ResolutionStatus.TIMEOUT, "timed out (3 attempts)", 3),
    ],
)
def test_status_classes(
    world: tuple[Services, FakeHost, FakeHost],
    path: str,
    status: ResolutionStatus,
    detail: str,
    requests: int,
) -> None:
    services, site, _ = world
    site.reset()
    found, resolver = check(services, site.base + path)
    assert (found.status, found.detail) == (status, detail)
    assert len(site.requests) == requests
    assert resolver.stats.requests[site.base] == requests


def test_permanent_redirect_chain_across_hosts(world: tuple[Services, FakeHost, FakeHost]) -> None:
    services, site, other = world
    found, _ = check(services, site.base + "/chain")
    assert found.status == ResolutionStatus.REDIRECTED
    assert found.redirects == ((302, site.base + "/chain2"), (308, other.base + "/final"))
    assert found.final_url == other.base + "/final"
    found, _ = check(services, site.base + "/moved")
    assert (found.status, found.final_url) == (
        ResolutionStatus.REDIRECTED,
        site.base + "/moved-here",
    )


def test_redirect_limit(world: tuple[Services, FakeHost, FakeHost]) -> None:
    services, site, _ = world
    found, _ = check(services, site.base + "/chain", max_redirects=1)
    assert (found.status, found.detail) == (ResolutionStatus.BROKEN, "more than 1 redirects")


def test_oversized_page_is_read_only_up_to_the_cap(
    world: tuple[Services, FakeHost, FakeHost],
) -> None:
    services, site, _ = world
    started = time.monotonic()
    found, _ = check(services, site.base + "/huge", max_page_bytes=64 * 1024)
    assert found.status == ResolutionStatus.OK
    assert time.monotonic() - started < 2.0  # 20 MB were not downloaded


def test_slow_drip_hits_the_total_timeout(world: tuple[Services, FakeHost, FakeHost]) -> None:
    services, site, _ = world
    started = time.monotonic()
    found, _ = check(services, site.base + "/drip", total_timeout=0.3, max_retries=0)
    assert (found.status, found.detail) == (ResolutionStatus.TIMEOUT, "timed out")
    assert time.monotonic() - started < 1.0


def test_refused_and_dns_failures_are_broken(world: tuple[Services, FakeHost, FakeHost]) -> None:
    services, _, _ = world
    found, _ = check(services, f"http://127.0.0.7:{closed_port('127.0.0.7')}/x")
    assert (found.status, found.detail) == (ResolutionStatus.BROKEN, "connection refused")

    def no_such_host(host: str, port: int) -> list[Any]:
        if host.startswith("127."):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (host, port))]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with Resolver(services.settings(None), use_cache=False, resolve=no_such_host) as resolver:
        plan = Plan()
        plan.add_url("http://no-such-host.example/page", None)
        found = resolver.resolve_plan(plan)[("url", "http://no-such-host.example/page")]
    assert (found.status, found.detail) == (ResolutionStatus.BROKEN, "host name does not resolve")
    assert not resolver.stats.network_down  # the DOI resolver answered the probe


def test_private_addresses_are_never_fetched(world: tuple[Services, FakeHost, FakeHost]) -> None:
    services, site, _ = world
    site.reset()
    found, resolver = check(services, site.base + "/ok", allow_private=False)
    assert (found.status, found.detail) == (
        ResolutionStatus.BLOCKED,
        "not fetched: resolves to a private or local address",
    )
    assert site.requests == [] and resolver.stats.total_requests == 0
    # a trusted (configured) host may redirect, but not into a private address
    trusted = services.settings(None, allow_private=False, doi_resolver=site.base)
    with Resolver(trusted, use_cache=False) as resolver:
        plan = Plan()
        plan.add_url(site.base + "/to-metadata", None)
        found = resolver.resolve_plan(plan)[("url", site.base + "/to-metadata")]
    assert (found.status, found.detail) == (
        ResolutionStatus.BLOCKED,
        "not fetched: redirects to a private or local address",
    )
    assert found.redirects == ((302, "http://169.254.169.254/latest/meta-data/"),)


def test_guard_checks_every_resolved_address() -> None:
    def rebinding(host: str, port: int) -> list[Any]:
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", port)),
        ]

    guard = AddressGuard(resolve=rebinding)
    with pytest.raises(BlockedAddressError):
        guard.addresses("public.example", 80)
    assert AddressGuard(allow_private=True, resolve=rebinding).addresses("public.example", 80)


def test_per_host_concurrency_limit(world: tuple[Services, FakeHost, FakeHost]) -> None:
    services, site, _ = world
    BUSY.peak = 0
    with Resolver(
        services.settings(None, per_host=2, inspect_pages=False), use_cache=False
    ) as resolver:
        plan = Plan()
        for number in range(8):
            plan.add_url(f"{site.base}/busy?n={number}", None)
        started = time.monotonic()
        results = resolver.resolve_plan(plan)
        elapsed = time.monotonic() - started
    assert all(r.status == ResolutionStatus.OK for r in results.values())
    assert BUSY.peak == 2
    assert elapsed >= 4 * 0.05  # eight 50 ms requests, two at a time


def test_retry_after_pauses_the_host(world: tuple[Services, FakeHost, FakeHost]) -> None:
    """A 429 with Retry-After: 1 on HEAD makes the confirming GET wait about a second."""
    services, _, _ = world
    calls: list[float] = []

    def once_limited(request: Request) -> Reply:
        calls.append(time.monotonic())
        if len(calls) == 1:
            return html_reply("Too Many Requests", 429, {"Retry-After": "1"})
        return html_reply("fine")

    host = FakeHost("127.0.0.10", web({"/p": once_limited}))
    try:
        found, _ = check(services, host.base + "/p", inspect_pages=False)
    finally:
        host.close()
    assert found.status == ResolutionStatus.OK
    assert len(calls) == 2
    assert calls[1] - calls[0] >= 0.9

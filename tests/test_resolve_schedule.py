"""Scheduling of the resolver's work: follow-ups first, polite limits per kind of host, the global
limit handed to the scarcest host first, proxies from the environment. Ordering is checked with
events and a single worker, never with timings."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import pytest

from refcheck.model import Person, Reference, Resolution, ResolutionStatus
from refcheck.resolve import Resolver
from refcheck.resolve.http import FetchError, GlobalSlots, HostLimiter, service_host_keys
from refcheck.resolve.resolver import Plan
from refcheck.resolve.schedule import JobRunner
from refcheck.resolve.settings import Settings
from refcheck.resolve.targets import search_query
from tests.httpfixtures import SNAPSHOTS, Services, start_services
from tests.httpserver import FakeHost, Reply, Request, html_reply, wayback, web

HOLD_SITE = "127.0.0.13"
DEAD_SITE = "127.0.0.14"
ARCHIVE = "127.0.0.15"
PROXY = "127.0.0.16"


class Hold:
    """A page that answers only once the Wayback stand-in has been asked (or after 5 s), and
    remembers which of the two released it."""

    def __init__(self, released: threading.Event) -> None:
        self.released = released
        self.answered: list[bool] = []

    def __call__(self, request: Request) -> Reply:
        self.answered.append(self.released.wait(5.0))
        return html_reply("A slow page")


class Recorder:
    """The Wayback stand-in, recording paths and signalling the first request."""

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.paths: list[str] = []
        self.app = wayback(SNAPSHOTS)

    def __call__(self, request: Request) -> Reply:
        self.paths.append(request.path)
        self.asked.set()
        return self.app(request)


@dataclass
class World:
    services: Services
    hold_site: FakeHost
    dead_site: FakeHost
    proxy: FakeHost
    archive: FakeHost
    recorder: Recorder
    hold: Hold


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    recorder = Recorder()
    hold = Hold(recorder.asked)
    archive = FakeHost(ARCHIVE, recorder)
    extra = {
        "hold": (HOLD_SITE, web({"/slow": hold})),
        "dead": (DEAD_SITE, web({"/gone": html_reply("Not Found", 404)})),
        "proxy": (PROXY, web({"/via-proxy": html_reply("Proxied page")})),
    }
    try:
        for services in start_services(extra):
            hosts = services.hosts
            yield World(
                services, hosts["hold"], hosts["dead"], hosts["proxy"], archive, recorder, hold
            )
    finally:
        archive.close()


def test_wayback_lookup_starts_while_an_unrelated_job_is_still_running(world: World) -> None:
    archive = world.archive.base
    settings = world.services.settings(
        None, wayback_api=archive, wayback_cdx=archive, read_timeout=10.0, total_timeout=20.0
    )
    slow, gone = f"{world.hold_site.base}/slow", f"{world.dead_site.base}/gone"
    with Resolver(settings, use_cache=False) as resolver:
        plan = Plan()
        plan.add_url(slow, None)
        plan.add_url(gone, None)
        results = resolver.resolve_plan(plan)
    # the slow page was released by the Wayback request, not by its 5 s timeout
    assert world.hold.answered == [True]
    assert world.recorder.paths == ["/wayback/available", "/cdx/search/cdx"]
    assert results[("url", slow)].status == ResolutionStatus.OK
    assert results[("url", gone)].status == ResolutionStatus.BROKEN
    assert results[("archive", f"{gone}@latest")].status == ResolutionStatus.NOT_FOUND


def _job(name: str, log: list[str]) -> tuple[str, Callable[[], str]]:
    def run() -> str:
        log.append(name)
        return name

    return name, run


def test_follow_ups_run_before_the_remaining_first_round_jobs() -> None:
    log: list[str] = []
    jobs = [_job(name, log) for name in ("a", "b", "c")]

    def follow_up(key: str, result: str) -> list[tuple[str, Callable[[], str]]]:
        if key == "a":
            return [_job("a1", log), _job("a2", log), _job("b", log)]  # "b" is queued already
        if key == "a1":
            return [_job("a1x", log), _job("a2", log)]  # "a2" is queued already
        return []

    results = JobRunner[str, str](1).run(jobs, follow_up)
    assert log == ["a", "a1", "a2", "a1x", "b", "c"]
    assert results == {name: name for name in ("a", "a1", "a2", "a1x", "b", "c")}


def test_a_job_that_raises_aborts_the_run() -> None:
    aborted: list[bool] = []

    def boom() -> str:
        raise ValueError("broken job")

    with pytest.raises(ValueError, match="broken job"):
        JobRunner[str, str](2).run([("x", boom)], on_abort=lambda: aborted.append(True))
    assert aborted == [True]


def test_ctrl_c_stops_the_running_jobs_and_joins_the_workers() -> None:
    stop = threading.Event()
    finished: list[str] = []

    def quick() -> str:
        return "quick"

    def slow() -> str:  # a request that gives up once the run is stopped
        finished.append("stopped" if stop.wait(5.0) else "timed out")
        return "slow"

    def interrupt(key: str, result: str) -> None:
        raise KeyboardInterrupt  # Ctrl-C arrives on the caller's thread

    with pytest.raises(KeyboardInterrupt):
        JobRunner[str, str](2).run(
            [("quick", quick), ("slow", slow)], on_result=interrupt, on_abort=stop.set
        )
    assert finished == ["stopped"]  # the worker was joined after it gave up


def test_no_jobs_no_threads() -> None:
    assert JobRunner[str, str](4).run([]) == {}


def _waiting(slots: GlobalSlots, count: int) -> None:
    """Until ``count`` threads wait in ``slots`` (bounded: 5 s)."""
    done = threading.Event()
    for _ in range(500):
        with slots._lock:
            if len(slots._waiting) == count:
                return
        done.wait(0.01)
    raise AssertionError(f"{count} waiters never arrived")


def test_global_slot_goes_to_the_host_allowed_fewest_connections() -> None:
    slots = GlobalSlots(1)
    stop = threading.Event()
    slots.acquire(8, stop)  # the only slot is taken
    order: list[str] = []

    def wait_for_slot(name: str, priority: int) -> None:
        slots.acquire(priority, stop)
        order.append(name)
        slots.release()

    web_host = threading.Thread(target=wait_for_slot, args=("web", 8))
    web_host.start()
    _waiting(slots, 1)
    service = threading.Thread(target=wait_for_slot, args=("service", 1))
    service.start()
    _waiting(slots, 2)
    slots.release()
    web_host.join(5)
    service.join(5)
    assert order == ["service", "web"]  # it came second but is allowed fewer connections


def test_a_stopped_wait_for_a_global_slot_gives_up() -> None:
    slots = GlobalSlots(1)
    stop = threading.Event()
    slots.acquire(1, stop)
    failures: list[str] = []

    def wait() -> None:
        try:
            slots.acquire(1, stop)
        except FetchError as error:
            failures.append(error.kind)

    waiter = threading.Thread(target=wait)
    waiter.start()
    _waiting(slots, 1)
    stop.set()
    waiter.join(5)
    assert failures == ["interrupted"]
    assert slots._waiting == []
    slots.release()
    slots.acquire(1, threading.Event())  # the slot is free again


def test_services_start_with_the_service_limit_web_hosts_with_the_per_host_limit() -> None:
    settings = Settings(
        doi_resolver="https://doi.example",
        crossref_api="https://api.crossref.example/",
        per_host=9,
        service_per_host=2,
    )
    services = service_host_keys(settings)
    assert "https://doi.example" in services
    assert "https://api.crossref.example" in services
    assert "https://api.datacite.org" in services
    assert "https://web.archive.org" in services
    limiter = HostLimiter(
        settings.workers,
        settings.per_host,
        {"https://pinned.example": (1, 0.5)},
        lambda host: settings.service_per_host if host in services else settings.per_host,
    )
    assert limiter.limits("https://api.crossref.example") == (2, 0.0)
    assert limiter.limits("https://news.example") == (9, 0.0)
    assert limiter.limits("https://pinned.example") == (1, 0.5)


def test_default_limits() -> None:
    settings = Settings()
    assert (settings.workers, settings.per_host, settings.service_per_host) == (64, 8, 3)


def test_the_resolver_gives_service_hosts_their_own_limit(world: World) -> None:
    settings = world.services.settings(None, per_host=6, service_per_host=3)
    with Resolver(settings, use_cache=False) as resolver:
        limiter = resolver.client.limiter
        assert limiter.limits(world.services.hosts["datacite"].base) == (3, 0.0)
        assert limiter.limits(world.hold_site.base) == (6, 0.0)


@pytest.mark.parametrize("bypass", [False, True])
def test_proxy_variables_are_honoured(
    world: World, monkeypatch: pytest.MonkeyPatch, bypass: bool
) -> None:
    services, dead_site, proxy = world.services, world.dead_site, world.proxy
    for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy.base)
    if bypass:
        # the dead page's Wayback lookup goes straight to the stand-in too
        monkeypatch.setenv("NO_PROXY", f"{DEAD_SITE},{services.hosts['wayback'].ip}")
    proxy.reset()
    dead_site.reset()
    url = f"{dead_site.base}/via-proxy"
    with Resolver(services.settings(None), use_cache=False) as resolver:
        plan = Plan()
        plan.add_url(url, None)
        found: Resolution = resolver.resolve_plan(plan)[("url", url)]
    if bypass:  # straight to the site, which has no such page
        assert (found.status, found.http_status) == (ResolutionStatus.BROKEN, 404)
        assert [r.path for r in dead_site.requests] == ["/via-proxy"]
        assert proxy.requests == []
    else:  # the proxy answered for it
        assert (found.status, found.http_status) == (ResolutionStatus.OK, 200)
        assert [r.path for r in proxy.requests] == ["/via-proxy"]
        assert dead_site.requests == []


def test_an_unknown_doi_is_followed_by_a_search_for_its_entry(world: World) -> None:
    raw = (
        "Zahran G., & Ramos L. (2010). From Hegemony to Soft Power: Implications of a "
        "Conceptual Change. Soft Power and US Foreign Policy, 12-34. doi:10.5555/no-such-doi"
    )
    entry = Reference(
        "r1",
        raw,
        authors=(Person("Zahran", "G."),),
        year="2010",
        title="From Hegemony to Soft Power: Implications of a Conceptual Change",
        doi="10.5555/no-such-doi",
    )
    query = search_query(replace(entry, doi=None))  # what the resolver asks
    world.services.reset()
    with Resolver(world.services.settings(None), use_cache=False) as resolver:
        plan = Plan()
        plan.add_doi("10.5555/no-such-doi", entry)
        results = resolver.resolve_plan(plan)
    assert results[("doi", "10.5555/no-such-doi")].status == ResolutionStatus.NOT_FOUND
    searches = [
        r.arg("query.bibliographic")
        for r in world.services.hosts["crossref"].requests
        if r.path.rstrip("/") == "/works"
    ]
    assert query is not None and searches == [query]
    assert results[("search", query)].status == ResolutionStatus.OK

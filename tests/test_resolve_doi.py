"""DOIs against fake doi.org, Crossref, DataCite and an agency's content negotiation on loopback;
the cache; no network; Crossref's announced limits."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from refcheck.model import ResolutionStatus
from refcheck.resolve import Resolver
from refcheck.resolve.resolver import Plan
from tests.httpfixtures import Services, start_services
from tests.httpserver import FakeHost, Reply, Request, closed_port, crossref, json_reply


@pytest.fixture(scope="module")
def services() -> Iterator[Services]:
    yield from start_services()


def resolve_dois(services: Services, *dois: str, tmp: Path | None = None, **overrides: Any) -> Any:
    with Resolver(services.settings(tmp, **overrides), use_cache=tmp is not None) as resolver:
        plan = Plan()
        for doi in dois:
            plan.add_doi(doi, None)
        results = resolver.resolve_plan(plan)
    return {target: found for (kind, target), found in results.items() if kind == "doi"}, resolver


@pytest.mark.parametrize(
    ("doi", "status", "registry", "detail", "title"),
    [
        (
            "10.1111/1467-9256.12100",
            ResolutionStatus.OK,
            "Crossref",
            "",
            "Russia's Soft Power Discourse: Identity, Status and the Attraction of Power",
        ),
        (
            "10.17185/dupublico/47243",
            ResolutionStatus.OK,
            "DataCite",
            "",
            "Cultural and other relations – Mapping strategies of Russia, USA and China towards "
            "Central Asia",
        ),
        ("10.1430/8105", ResolutionStatus.OK, "mEDRA", "", "Il sistema politico italiano"),
        ("10.11367/jalc.1", ResolutionStatus.OK, "JaLC", "registered; no metadata checked", None),
        (
            "10.5555/registered-elsewhere",
            ResolutionStatus.OK,
            "Crossref",
            "registered; no metadata checked",
            None,
        ),
        (
            "10.1111/1467-9256.1210",
            ResolutionStatus.NOT_FOUND,
            "Crossref",
            "doi.org: DOI not found (Crossref has no record either)",
            None,
        ),
        (
            "10.17185/nothing",
            ResolutionStatus.NOT_FOUND,
            "DataCite",
            "doi.org: DOI not found (DataCite has no record either)",
            None,
        ),
        (
            "10.99999/x",
            ResolutionStatus.NOT_FOUND,
            None,
            "doi.org: DOI not found (the DOI system does not know its prefix)",
            None,
        ),
    ],
)
def test_doi_statuses(
    services: Services,
    doi: str,
    status: ResolutionStatus,
    registry: str | None,
    detail: str,
    title: str | None,
) -> None:
    found, _ = resolve_dois(services, doi)
    result = found[doi]
    assert (result.status, result.registry, result.detail) == (status, registry, detail)
    assert (result.metadata.title if result.metadata else None) == title


def test_agency_is_asked_once_per_prefix(services: Services) -> None:
    services.reset()
    found, _ = resolve_dois(
        services, "10.1111/1467-9256.12100", "10.1111/1467-9256.12109", "10.1111/missing"
    )
    assert [found[d].status for d in sorted(found)] == [
        ResolutionStatus.OK,
        ResolutionStatus.OK,
        ResolutionStatus.NOT_FOUND,
    ]
    assert services.count("doi", "/ra/") == 1
    assert services.count("doi", "/api/handles/") == 1  # only for the Crossref 404
    assert services.count("crossref", "/works/") == 3
    assert services.count("datacite") == 0


def test_content_negotiation_asks_for_csl(services: Services) -> None:
    services.reset()
    found, _ = resolve_dois(services, "10.1430/8105")
    assert found["10.1430/8105"].metadata.authors[0].family == "Rossi"
    [request] = services.hosts["agency"].requests
    assert request.headers["accept"] == "application/vnd.citationstyles.csl+json"
    assert request.headers["user-agent"].startswith("refcheck/")


def test_user_agent_names_the_contact(services: Services) -> None:
    services.reset()
    resolve_dois(services, "10.1111/1467-9256.12100", mailto="editor@example.org")
    agent = services.hosts["crossref"].requests[0].headers["user-agent"]
    assert agent == (
        "refcheck/0.1.0 (+https://github.com/refcheck/refcheck; mailto:editor@example.org)"
    )


def test_crossref_limits_are_followed(services: Services) -> None:
    _, resolver = resolve_dois(services, "10.1111/1467-9256.12100")
    capacity, interval = resolver.client.limiter.limits(services.hosts["crossref"].base)
    assert (capacity, interval) == (3, pytest.approx(0.02))


def test_cache_second_run_makes_no_request(services: Services, tmp_path: Path) -> None:
    dois = ("10.1111/1467-9256.12100", "10.17185/dupublico/47243", "10.1111/1467-9256.1210")
    services.reset()
    first, resolver = resolve_dois(services, *dois, tmp=tmp_path)
    assert services.total() > 0 and resolver.stats.cache_hits == 0
    services.reset()
    second, resolver = resolve_dois(services, *dois, tmp=tmp_path)
    assert services.total() == 0 and resolver.stats.total_requests == 0
    assert {d: (r.status, r.cached) for d, r in second.items()} == {
        d: (r.status, True) for d, r in first.items()
    }
    assert second["10.1111/1467-9256.12100"].metadata == first["10.1111/1467-9256.12100"].metadata


def test_failures_expire_sooner(services: Services, tmp_path: Path) -> None:
    resolve_dois(services, "10.1111/1467-9256.1210", tmp=tmp_path, ttl_failed=0.0)
    services.reset()
    found, _ = resolve_dois(services, "10.1111/1467-9256.1210", tmp=tmp_path, ttl_failed=0.0)
    assert not found["10.1111/1467-9256.1210"].cached
    assert services.count("crossref") == 1  # asked again (the agency answer is still cached)


def test_no_network_says_so_quickly(tmp_path: Path) -> None:
    from refcheck.resolve.settings import Settings

    dead = f"http://127.0.0.2:{closed_port()}"
    settings = Settings(
        doi_resolver=dead,
        crossref_api=dead,
        datacite_api=dead,
        wayback_api=dead,
        wayback_cdx=dead,
        cache_dir=tmp_path,
        allow_private=True,
        connect_timeout=0.3,
        backoff=0.01,
    )
    started = time.monotonic()
    with Resolver(settings) as resolver:
        plan = Plan()
        for number in range(20):
            plan.add_doi(f"10.1111/{number}", None)
        for number in range(5):
            plan.add_url(f"http://127.0.0.2:{closed_port()}/{number}", None)
        results = resolver.resolve_plan(plan)
    assert time.monotonic() - started < 3
    assert {r.status for r in results.values()} == {ResolutionStatus.OFFLINE}
    assert resolver.stats.network_down
    assert (len(resolver.stats.unverified_dois), len(resolver.stats.unverified_urls)) == (20, 5)
    assert not (tmp_path / "resolutions.sqlite3").exists() or resolver.cache.info().entries == {}


def _flaky(statuses: list[int], headers: dict[str, str] | None = None) -> Any:
    """A Crossref stand-in answering the given statuses first, then the real thing."""
    from tests.httpfixtures import seed_registry

    real = crossref(seed_registry())
    calls: list[float] = []

    def app(request: Request) -> Reply:
        calls.append(time.monotonic())
        if len(calls) <= len(statuses):
            return json_reply({"status": "error"}, statuses[len(calls) - 1], headers)
        return real(request)

    return app, calls


@pytest.mark.parametrize(
    ("statuses", "headers", "result", "attempts"),
    [
        ([504], None, ResolutionStatus.OK, 2),
        ([429], {"Retry-After": "0"}, ResolutionStatus.OK, 2),
        ([429], None, ResolutionStatus.OK, 2),
        ([503, 503, 503], None, ResolutionStatus.ERROR, 3),
        ([429, 429, 429], {"Retry-After": "0"}, ResolutionStatus.UNVERIFIABLE, 3),
        ([429], {"Retry-After": "3600"}, ResolutionStatus.UNVERIFIABLE, 1),
        ([404], None, ResolutionStatus.NOT_FOUND, 1),  # then the Handle API says no such DOI
    ],
)
def test_crossref_retries(
    services: Services,
    statuses: list[int],
    headers: dict[str, str] | None,
    result: ResolutionStatus,
    attempts: int,
) -> None:
    app, calls = _flaky(statuses, headers)
    host = FakeHost("127.0.0.11", app)
    try:
        doi = "10.1111/1467-9256.12100" if result != ResolutionStatus.NOT_FOUND else "10.1111/x"
        found, _ = resolve_dois(services, doi, crossref_api=host.base)
    finally:
        host.close()
    assert found[doi].status == result
    assert len(calls) == attempts


def test_oversized_api_answer_is_an_error_not_a_crash(services: Services) -> None:
    host = FakeHost(
        "127.0.0.12",
        lambda request: Reply(
            200, "", {"Content-Type": "application/json"}, stream_bytes=2 * 1024 * 1024
        ),
    )
    try:
        found, _ = resolve_dois(
            services, "10.1111/1467-9256.12100", crossref_api=host.base, max_api_bytes=64 * 1024
        )
    finally:
        host.close()
    result = found["10.1111/1467-9256.12100"]
    assert result.status == ResolutionStatus.ERROR
    assert result.detail.endswith("response larger than 65536 bytes")


def test_search_returns_candidates(services: Services) -> None:
    query = "Zahrn G., & Ramos L. (2010). From Hegemony to Soft Power: Implications"
    with Resolver(services.settings(None), use_cache=False) as resolver:
        plan = Plan()
        plan.searches[query] = None  # type: ignore[assignment]
        found = resolver.resolve_plan(plan)[("search", query)]
    assert found.status == ResolutionStatus.OK
    assert [c.doi for c in found.candidates] == [
        "10.5555/soft-power-2004",
        "10.4324/9780203868751-9",
    ]
    request = services.hosts["crossref"].requests[-1]
    assert request.arg("rows") == "5" and "DOI" in request.arg("select")

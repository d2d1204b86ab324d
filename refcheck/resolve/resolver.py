"""The resolver: resolve the DOIs, URLs and missing DOIs of checked manuscripts.

``Resolver`` owns the shared HTTP client, the cache and the checkers; ``resolve_contexts`` takes
the pure pipeline's RuleContexts, plans what to ask (``plan_contexts``), asks it concurrently,
and returns the contexts carrying their resolutions for the network rules to read.

First every DOI (agency, existence, metadata), every URL (GET, redirects), and a Crossref search
for each entry without a DOI. Some answers call for more: a search for an entry whose DOI is
unknown or belongs to another work, a Wayback lookup for a dead URL. Those follow-ups are queued
ahead of the remaining first-round jobs the moment the answer arrives (``schedule.JobRunner``),
so they overlap with the rest of the run instead of forming a second phase after the slowest host.

With no network, the first connection error to the DOI resolver (or a failed probe of it after
a connection error elsewhere) stops every request; the targets not verified are counted in
``stats`` so the CLI can say so once, and none of them is reported broken.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from refcheck.model import Reference, Resolution, ResolutionStatus
from refcheck.resolve.cache import Cache
from refcheck.resolve.compare import compare_metadata, is_other_work
from refcheck.resolve.doi import DoiChecker, now_iso
from refcheck.resolve.guard import Resolve
from refcheck.resolve.http import FetchError, HttpClient, Stats
from refcheck.resolve.progress import Progress
from refcheck.resolve.schedule import JobRunner
from refcheck.resolve.settings import Settings
from refcheck.resolve.targets import (
    archive_timestamp,
    normalize_doi,
    reference_doi,
    reference_urls,
    search_query,
    url_target,
)
from refcheck.resolve.url import UrlChecker
from refcheck.resolve.wayback import WaybackClient, archive_key

if TYPE_CHECKING:
    from refcheck.rules import RuleContext

Key = tuple[str, str]  # (kind, target)
Job = tuple[Key, Callable[[], Resolution]]

_DEAD = frozenset({ResolutionStatus.BROKEN, ResolutionStatus.TIMEOUT, ResolutionStatus.SOFT_404})


@dataclass
class Plan:
    """What to ask: DOIs, URLs (with the moment to look for a snapshot near), searches."""

    dois: dict[str, list[Reference]] = field(default_factory=dict)
    urls: dict[str, str | None] = field(default_factory=dict)
    searches: dict[str, Reference] = field(default_factory=dict)

    def add_doi(self, doi: str, reference: Reference | None) -> None:
        refs = self.dois.setdefault(doi, [])
        if reference is not None:
            refs.append(reference)

    def add_url(self, url: str, reference: Reference | None) -> None:
        stamp = archive_timestamp(reference)
        if url not in self.urls or (self.urls[url] is None and stamp):
            self.urls[url] = stamp


def context_targets(context: RuleContext, settings: Settings | None = None) -> Plan:
    """The targets of one document: its checked entries' DOIs, URLs and searches, its body
    links (DOI links there are DOIs)."""
    settings = settings or Settings()
    plan = Plan()
    for reference in context.checked_references():
        doi = reference_doi(reference)
        if doi:
            plan.add_doi(doi, reference)
        elif settings.search_missing and (query := search_query(reference)):
            plan.searches[query] = reference
        for written in reference_urls(reference):
            target = url_target(written)
            if target and settings.check_urls:
                plan.add_url(target, reference)
            elif not target and (found := normalize_doi(written)) and found != doi:
                plan.add_doi(found, None)
    for body_url in context.body_urls:
        target = url_target(body_url.url)
        if target and settings.check_urls:
            plan.add_url(target, None)
        elif not target and (found := normalize_doi(body_url.url)):
            plan.add_doi(found, None)
    return plan


def plan_contexts(contexts: Iterable[RuleContext], settings: Settings | None = None) -> Plan:
    plan = Plan()
    for context in contexts:
        part = context_targets(context, settings)
        for doi, refs in part.dois.items():
            plan.dois.setdefault(doi, []).extend(refs)
        for url, stamp in part.urls.items():
            if url not in plan.urls or (plan.urls[url] is None and stamp):
                plan.urls[url] = stamp
        for query, reference in part.searches.items():
            plan.searches.setdefault(query, reference)
    return plan


class Resolver:
    """One run's network machinery. Use as a context manager, or call ``close``."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        use_cache: bool = True,
        resolve: Resolve | None = None,
        progress: bool = False,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.client = HttpClient(self.settings, resolve)
        directory = self.settings.cache_dir if use_cache else None
        self.cache = Cache(directory, self.settings.ttl_ok, self.settings.ttl_failed)
        self.dois = DoiChecker(self.client, self.settings, self.cache, self._lost)
        self.urls = UrlChecker(self.client, self.settings, self._lost)
        self.wayback = WaybackClient(self.client, self.settings, self._lost)
        self.progress = progress
        self._probe_lock = threading.Lock()
        self._probe: bool | None = None  # the DOI resolver answered a probe

    @property
    def stats(self) -> Stats:
        return self.client.stats

    def __enter__(self) -> Resolver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()
        self.cache.close()

    # - connectivity -

    def _lost(self, error: FetchError, url: str) -> bool:
        """After a connection-level failure: is the whole network gone? The DOI resolver failing
        says yes at once; anything else is checked by probing the resolver once."""
        if self.client.offline:
            return True
        resolver_host = urlsplit(self.settings.doi_resolver).hostname
        if urlsplit(url).hostname == resolver_host:
            self.client.mark_offline(f"cannot reach {self.settings.doi_resolver}: {error.detail}")
            return True
        with self._probe_lock:
            if self._probe is None:
                try:
                    self.client.request(
                        "HEAD", self.settings.doi_resolver.rstrip("/") + "/", retry=False
                    )
                    self._probe = True
                except FetchError as failure:
                    self._probe = not (failure.connection_level or failure.kind == "offline")
                    if not self._probe:
                        self.client.mark_offline(
                            f"cannot reach {self.settings.doi_resolver}: {failure.detail}"
                        )
            return not self._probe

    # - running -

    def _cached(self, key: str, compute: Callable[[], Resolution]) -> Resolution:
        found = self.cache.get(key)
        if found is not None:
            self.client.count_cache_hit()
            return found
        try:
            result = compute()
        except Exception as error:  # never let one target sink the run
            target = key.split(":", 1)[1]
            return Resolution(
                target,
                key.split(":", 1)[0],
                ResolutionStatus.ERROR,
                detail=f"{type(error).__name__}: {error}",
                checked_at=now_iso(),
            )
        if result.status != ResolutionStatus.OFFLINE and not self.client.stop.is_set():
            self.cache.put(key, result)
        return result

    def _jobs(self, plan: Plan) -> list[Job]:
        jobs: list[Job] = []
        for doi in plan.dois:
            jobs.append((("doi", doi), _bind(self._cached, f"doi:{doi}", self.dois.check, doi)))
        for query in plan.searches:
            jobs.append(self._search_job(query))
        for url in plan.urls:
            jobs.append((("url", url), _bind(self._cached, f"url:{url}", self.urls.check, url)))
        return jobs

    def _search_job(self, query: str) -> Job:
        return (("search", query), _bind(self._cached, f"search:{query}", self.dois.search, query))

    def _follow_up(self, plan: Plan, key: Key, found: Resolution) -> list[Job]:
        """What an answer makes worth asking at once: a registry search for each entry whose
        DOI is unknown or names another work, a Wayback lookup for a dead URL."""
        kind, target = key
        jobs: list[Job] = []
        if kind == "doi" and self.settings.search_missing:
            for reference in plan.dois.get(target, ()):
                if _needs_search(reference, found):
                    again = search_query(replace(reference, doi=None))
                    if again and again not in plan.searches:
                        jobs.append(self._search_job(again))
        elif kind == "url" and (found.status in _DEAD or found.home_page):
            stamp = plan.urls.get(target)
            archive = archive_key(target, stamp)
            jobs.append(
                (
                    ("archive", archive),
                    _bind(self._cached, f"archive:{archive}", self.wayback.closest, target, stamp),
                )
            )
        return jobs

    def _abort(self) -> None:
        self.client.stop.set()

    def resolve_plan(self, plan: Plan) -> dict[Key, Resolution]:
        """Ask everything in ``plan``; return each answer by (kind, target).

        One pool of workers runs every job; the follow-ups an answer calls for (a Wayback
        lookup for a dead URL, a search for a wrong DOI) jump the queue, so they overlap with
        the rest of the run instead of waiting for its slowest host."""
        jobs = self._jobs(plan)
        progress = Progress(len(jobs), self.progress)
        # more threads than the global limit: a thread waiting for a busy host must not keep
        # another host idle (the client's semaphores enforce the real limits)
        threads = min(max(1, self.settings.workers) * 2, 256)
        runner: JobRunner[Key, Resolution] = JobRunner(threads)

        def follow_up(key: Key, found: Resolution) -> list[Job]:
            more = self._follow_up(plan, key, found)
            progress.total += len(more)
            return more

        try:
            results = runner.run(
                _interleave(jobs),
                follow_up,
                lambda _key, _found: progress.advance(),
                self._abort,
            )
        finally:
            progress.close()
        for url, stamp in plan.urls.items():
            archived = results.get(("archive", archive_key(url, stamp)))
            found = results.get(("url", url))
            if found is not None and archived is not None and archived.archived_url:
                results[("url", url)] = replace(
                    found, archived_url=archived.archived_url, archived_at=archived.archived_at
                )
        for (kind, target), found in results.items():
            if found.status == ResolutionStatus.OFFLINE:
                if kind == "doi":
                    self.stats.unverified_dois.add(target)
                elif kind == "url":
                    self.stats.unverified_urls.add(target)
        return results


def _job_host(key: Key) -> str:
    """The host a job talks to first: DOIs and searches share the DOI services."""
    kind, target = key
    if kind == "url":
        return urlsplit(target).netloc.lower()
    return f"{kind}:"


def _interleave(jobs: Sequence[Job]) -> list[Job]:
    """Spread each host's jobs evenly over the queue (in proportion to its share), so the pool's
    FIFO queue neither puts every worker behind one busy host's per-host limit nor leaves a
    slow, limited host (the DOI services) to start only after all the others are done."""
    groups: dict[str, list[Job]] = {}
    for job in jobs:
        groups.setdefault(_job_host(job[0]), []).append(job)
    placed: list[tuple[float, int, int, Job]] = []
    for number, queue in enumerate(groups.values()):
        for index, job in enumerate(queue):
            placed.append(((index + 0.5) / len(queue), number, index, job))
    placed.sort(key=lambda item: item[:3])
    return [job for *_, job in placed]


def _bind(
    cached: Callable[[str, Callable[[], Resolution]], Resolution],
    key: str,
    function: Callable[..., Resolution],
    *args: object,
) -> Callable[[], Resolution]:
    return lambda: cached(key, lambda: function(*args))


def _needs_search(reference: Reference, found: Resolution) -> bool:
    """A DOI that the DOI system does not know, or that belongs to another work."""
    if found.status == ResolutionStatus.NOT_FOUND:
        return True
    if found.status == ResolutionStatus.OK and found.metadata is not None:
        return is_other_work(compare_metadata(reference, found.metadata))
    return False


def context_keys(context: RuleContext, settings: Settings | None = None) -> set[Key]:
    """The (kind, target) keys a document's rules may look up."""
    plan = context_targets(context, settings)
    keys: set[Key] = {("doi", d) for d in plan.dois}
    keys |= {("url", u) for u in plan.urls}
    keys |= {("search", q) for q in plan.searches}
    for refs in plan.dois.values():
        for reference in refs:
            query = search_query(replace(reference, doi=None))
            if query:
                keys.add(("search", query))
    return keys


def resolve_contexts(
    contexts: Sequence[RuleContext], resolver: Resolver
) -> tuple[RuleContext, ...]:
    """Resolve every target of ``contexts``; return them carrying their resolutions."""
    plan = plan_contexts(contexts, resolver.settings)
    results = resolver.resolve_plan(plan)
    resolved = []
    for context in contexts:
        keys = context_keys(context, resolver.settings)
        mine = tuple(results[key] for key in sorted(keys) if key in results and key[0] != "archive")
        resolved.append(with_resolutions(context, mine))
    return tuple(resolved)


def with_resolutions(context: RuleContext, resolutions: Sequence[Resolution]) -> RuleContext:
    return replace(context, resolutions=tuple(resolutions), network=True, _resolved={})

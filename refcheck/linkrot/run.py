"""One link-rot run: start (or continue the unfinished one), collect, check, finish.

Why batches: documents are stored a few dozen at a time and targets are checked a few hundred at
a time, each batch committed in its own transaction, so a killed run loses at most the batches in
flight (and their answers are in the resolver's cache). Two batches are checked at once so that
one slow host at the end of a batch does not leave the connection pool idle. Each distinct
target is asked once per run; an answer still fresh in the resolver's cache costs no request.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from refcheck.errors import RefcheckError
from refcheck.linkrot.collect import DocumentTargets, Warn, collect, walk
from refcheck.linkrot.status import Outcome, outcome
from refcheck.linkrot.store import RunRow, Store
from refcheck.model import Resolution

if TYPE_CHECKING:
    from refcheck.resolve import Resolver

Pending = list[tuple[int, str, str, str | None]]


class NetworkDownError(RefcheckError):
    """The network went away mid-run: what was learned is stored; the run stays unfinished."""


@dataclass(frozen=True)
class RunOutcome:
    run: RunRow
    resumed: bool  # an unfinished run was continued
    checked: int  # targets checked by this invocation


@dataclass(frozen=True)
class Batching:
    documents: int = 50  # documents per committed transaction
    targets: int = 250  # targets per checked-and-committed batch
    in_flight: int = 2  # batches checked at once


def now_iso() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def run_links(
    paths: Sequence[str],
    store: Store,
    resolver: Resolver,
    warn: Warn,
    *,
    clock: Callable[[], str] = now_iso,
    batching: Batching = Batching(),
    progress: bool = False,
    skip: Sequence[Path] = (),
) -> RunOutcome:
    """Run (or resume) a link-rot run over ``paths``; return the finished run."""
    run = store.unfinished_run()
    resumed = run is not None
    if run is None:
        run = store.start_run(clock(), paths)
    if not run.collected:
        _collect(
            paths,
            store,
            run.id,
            warn,
            batching.documents,
            (store.path, *skip),
            resolver.settings.allow_private,
        )
        store.mark_collected(run.id)
    checked = _check(store, resolver, run.id, batching, progress)
    return RunOutcome(store.finish_run(run.id, clock()), resumed, checked)


def _collect(
    paths: Sequence[str],
    store: Store,
    run_id: int,
    warn: Warn,
    per_batch: int,
    skip: Sequence[Path],
    allow_private: bool,
) -> None:
    done = store.collected_documents(run_id)
    todo = (path for path in walk(paths, skip) if path not in done)
    batch: list[DocumentTargets] = []
    for found in collect(todo, warn, allow_private):
        batch.append(found)
        if len(batch) >= per_batch:
            store.add_documents(run_id, batch)
            batch = []
    if batch:
        store.add_documents(run_id, batch)


def _plan_and_resolve(resolver: Resolver, batch: Pending) -> dict[int, Resolution]:
    from refcheck.resolve.resolver import Plan

    plan = Plan()
    for _, kind, target, stamp in batch:
        if kind == "doi":
            plan.add_doi(target, None)
        else:
            plan.urls[target] = stamp
    answers = resolver.resolve_plan(plan)
    found: dict[int, Resolution] = {}
    for target_id, kind, target, _ in batch:
        answer = answers.get((kind, target))
        if answer is not None:
            found[target_id] = answer
    return found


def _check(store: Store, resolver: Resolver, run_id: int, batching: Batching, show: bool) -> int:
    from refcheck.resolve.progress import Progress

    progress = Progress(store.count_pending(run_id), show)
    pool = ThreadPoolExecutor(max_workers=max(1, batching.in_flight))
    running: dict[Future[dict[int, Resolution]], Pending] = {}
    after = 0
    checked = 0
    offline: list[Resolution] = []
    try:
        while True:
            while len(running) < batching.in_flight and not offline:
                batch = store.pending(run_id, after, batching.targets)
                if not batch:
                    break
                after = batch[-1][0]
                running[pool.submit(_plan_and_resolve, resolver, batch)] = batch
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=lambda f: running[f][0][0]):
                batch = running.pop(future)
                answers = future.result()
                outcomes: list[tuple[int, Outcome]] = []
                for target_id, answer in answers.items():
                    stored = outcome(answer)
                    if stored is None:
                        offline.append(answer)
                    else:
                        outcomes.append((target_id, stored))
                store.add_results(run_id, sorted(outcomes, key=lambda item: item[0]))
                checked += len(outcomes)
                progress.advance(len(batch))
    except KeyboardInterrupt:
        resolver.client.stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=False)
        progress.close()
    if offline:
        dois = sum(1 for answer in offline if answer.kind == "doi")
        urls = len(offline) - dois
        raise NetworkDownError(
            f"network unreachable: {_count(dois, 'DOI')} and {_count(urls, 'URL')} not verified; "
            f"what was checked is stored in {store.path}, run again to resume"
        )
    return checked


def _count(number: int, word: str) -> str:
    return f"{number} {word}" + ("" if number == 1 else "s")


__all__ = ["Batching", "NetworkDownError", "RunOutcome", "run_links"]

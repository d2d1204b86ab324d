"""Run the resolver's jobs on worker threads, follow-up jobs first.

Why not a plain ``ThreadPoolExecutor``: some jobs can only be planned once another has answered
(the Wayback lookup for a URL found dead, a registry search for a DOI found wrong). Submitted to
an executor's FIFO queue, they would start only after every first-round job already queued, which
turns them into a second phase that waits for the slowest host. Here a follow-up goes into its
own queue, which the workers empty before taking the next first-round job, so it starts as soon
as a worker is free.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K")
R = TypeVar("R")

Job = tuple[K, Callable[[], R]]


class _Failed:
    """A job that raised: carried to the caller's thread and raised there."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class JobRunner(Generic[K, R]):
    """Worker threads over two queues (follow-ups first); results are collected by ``run``."""

    def __init__(self, threads: int) -> None:
        self.threads = max(1, threads)
        self._urgent: deque[Job[K, R]] = deque()
        self._pending: deque[Job[K, R]] = deque()
        self._ready = threading.Condition()
        self._closed = False
        self._seen: set[K] = set()
        self._outstanding = 0  # jobs queued or running whose result has not been collected
        self._follow_up: Callable[[K, R], Iterable[Job[K, R]]] | None = None
        self._done: queue.SimpleQueue[tuple[K, R | _Failed]] = queue.SimpleQueue()

    def _next(self) -> Job[K, R] | None:
        with self._ready:
            while not (self._urgent or self._pending or self._closed):
                self._ready.wait()
            if self._closed:
                return None
            return self._urgent.popleft() if self._urgent else self._pending.popleft()

    def _work(self) -> None:
        while (job := self._next()) is not None:
            key, function = job
            result: R | _Failed
            try:
                result = value = function()
                if self._follow_up is not None:
                    self._queue_follow_ups(key, value)
            except BaseException as error:  # re-raised in the caller's thread
                result = _Failed(error)
            self._done.put((key, result))

    def _queue_follow_ups(self, key: K, result: R) -> None:
        """Queued by the worker itself, before it takes another job: with one worker, a
        follow-up still runs before every first-round job left."""
        assert self._follow_up is not None
        with self._ready:
            fresh = []
            for job in self._follow_up(key, result):
                if job[0] not in self._seen:
                    self._seen.add(job[0])
                    fresh.append(job)
            if fresh:
                self._outstanding += len(fresh)
                self._urgent.extend(fresh)
                self._ready.notify(len(fresh))

    def _close(self) -> None:
        with self._ready:
            self._closed = True
            self._urgent.clear()
            self._pending.clear()
            self._ready.notify_all()

    def run(
        self,
        jobs: Sequence[Job[K, R]],
        follow_up: Callable[[K, R], Iterable[Job[K, R]]] | None = None,
        on_result: Callable[[K, R], None] | None = None,
        on_abort: Callable[[], None] | None = None,
    ) -> dict[K, R]:
        """Run ``jobs``; after each result, queue the jobs ``follow_up`` returns (a key already
        run or queued is not queued again; ``follow_up`` is called on a worker thread, one call
        at a time). ``on_result`` is called on the caller's thread. ``on_abort`` runs on Ctrl-C
        (or a job's exception) before the workers are joined: it should make running jobs give
        up."""
        results: dict[K, R] = {}
        if not jobs:
            return results
        self._follow_up = follow_up
        with self._ready:
            self._seen.update(key for key, _ in jobs)
            self._pending.extend(jobs)
            self._outstanding += len(jobs)
        workers: list[threading.Thread] = []
        self._grow(workers, len(jobs))
        try:
            while True:
                with self._ready:
                    if not self._outstanding:
                        break
                    outstanding = self._outstanding
                self._grow(workers, outstanding)
                try:
                    key, result = self._done.get(timeout=0.5)
                except queue.Empty:
                    continue
                with self._ready:
                    self._outstanding -= 1
                if isinstance(result, _Failed):
                    raise result.error
                results[key] = result
                if on_result is not None:
                    on_result(key, result)
        except BaseException:
            if on_abort is not None:
                on_abort()
            raise
        finally:
            self._close()
            for worker in workers:
                worker.join()
        return results

    def _grow(self, workers: list[threading.Thread], outstanding: int) -> None:
        """Start threads up to the limit, but no more than there are jobs (follow-ups may
        outnumber a short first round)."""
        while len(workers) < min(self.threads, outstanding):
            worker = threading.Thread(
                target=self._work, name=f"refcheck-resolve-{len(workers)}", daemon=True
            )
            workers.append(worker)
            worker.start()

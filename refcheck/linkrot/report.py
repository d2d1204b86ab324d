"""What a finished run found, compared with the runs before it: the report's data.

``build_report`` reads one run from the store into frozen dataclasses; the renderers
(``report_text``, ``report_html``) and ``report_dict`` (the JSON form) are pure functions of it.

Definitions: *newly broken* is broken now and not broken the last time the target was checked
(a new target that is broken counts); *still broken* was broken then too (``since_run`` is the
first run of the unbroken streak, ``streak`` its length in runs); *recovered* works now (ok or
redirected) after being broken; *unverifiable* (bot walls, rate limits, failing registries) is
listed apart and never counted as broken.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from refcheck.linkrot.status import BROKEN, OK, REDIRECTED, UNVERIFIABLE
from refcheck.linkrot.store import RunRow, Store

TREND_RUNS = 30
FAIL_ON = ("new", "broken", "never")


@dataclass(frozen=True)
class Place:
    path: str
    line: int


@dataclass(frozen=True)
class Item:
    """One target worth reporting, with every place it occurs in this run."""

    kind: str
    target: str
    host: str
    status: str
    reason: str
    http_status: int | None
    final_url: str | None
    archived_url: str | None
    previous: str | None  # its status the last time it was checked; None: first time
    streak: int  # consecutive runs broken, this one included (0 when not broken)
    since_run: int
    since: str  # when the streak's first run started
    places: tuple[Place, ...]

    @property
    def newly_broken(self) -> bool:
        return self.status == BROKEN and self.streak == 1

    @property
    def recovered(self) -> bool:
        return self.status in {OK, REDIRECTED} and self.previous == BROKEN

    @property
    def category(self) -> str:
        """new, broken, recovered, unverifiable or redirected (one per item)."""
        if self.status == BROKEN:
            return "new" if self.streak == 1 else "broken"
        if self.recovered:
            return "recovered"
        return self.status


@dataclass(frozen=True)
class Tally:
    """Problem counts for one document or host."""

    name: str
    targets: int
    broken: int
    new: int
    unverifiable: int
    redirected: int


@dataclass(frozen=True)
class LinkReport:
    run: RunRow
    previous: RunRow | None
    items: tuple[Item, ...]  # every target not simply ok, and every recovered one
    documents: tuple[Tally, ...]  # documents with a problem, worst first
    hosts: tuple[Tally, ...]  # hosts with a problem, worst first
    trend: tuple[RunRow, ...]  # the last runs, oldest first, this one last

    def of(self, category: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.category == category)

    @property
    def newly_broken(self) -> tuple[Item, ...]:
        return self.of("new")

    @property
    def still_broken(self) -> tuple[Item, ...]:
        return self.of("broken")

    @property
    def recovered(self) -> tuple[Item, ...]:
        return self.of("recovered")

    @property
    def unverifiable(self) -> tuple[Item, ...]:
        return self.of(UNVERIFIABLE)

    @property
    def redirected(self) -> tuple[Item, ...]:
        return self.of(REDIRECTED)

    def exit_code(self, fail_on: str) -> int:
        """1 when something newly broke (``new``) or anything is broken (``broken``)."""
        if fail_on == "new" and self.newly_broken:
            return 1
        if fail_on == "broken" and self.run.broken:
            return 1
        return 0


_REPORTED = "(r.status != 'ok' OR r.previous = 'broken')"


def build_report(store: Store, run_id: int, trend_runs: int = TREND_RUNS) -> LinkReport:
    db = store.db
    run = store.run(run_id)
    if run is None:
        raise ValueError(f"no run {run_id}")
    earlier = store.finished_runs(run_id, 1)
    places: dict[int, list[Place]] = {}
    for target_id, path, line in db.execute(
        "SELECT o.target_id, d.path, o.line FROM occurrences o "
        "JOIN documents d ON d.id = o.document_id "
        "JOIN results r ON r.run_id = o.run_id AND r.target_id = o.target_id "
        f"WHERE o.run_id = ? AND {_REPORTED} ORDER BY d.path, o.line",
        (run_id,),
    ):
        places.setdefault(int(target_id), []).append(Place(str(path), int(line)))
    items = [
        Item(
            str(kind),
            str(target),
            str(host),
            str(status),
            str(reason),
            http_status,
            final_url,
            archived_url,
            previous,
            int(streak),
            int(since_run),
            str(since or ""),
            tuple(places.get(int(target_id), ())),
        )
        for (
            target_id,
            kind,
            target,
            host,
            status,
            reason,
            http_status,
            final_url,
            archived_url,
            previous,
            streak,
            since_run,
            since,
        ) in db.execute(
            "SELECT r.target_id, t.kind, t.target, t.host, r.status, r.reason, r.http_status, "
            "r.final_url, r.archived_url, r.previous, r.streak, r.since_run, s.started_at "
            "FROM results r JOIN targets t ON t.id = r.target_id "
            "LEFT JOIN runs s ON s.id = r.since_run "
            f"WHERE r.run_id = ? AND {_REPORTED} ORDER BY t.kind, t.target",
            (run_id,),
        )
    ]
    return LinkReport(
        run,
        earlier[0] if earlier else None,
        tuple(items),
        _tallies(store, run_id, "d.path", "JOIN documents d ON d.id = o.document_id"),
        _tallies(store, run_id, "t.host", "JOIN targets t ON t.id = o.target_id"),
        tuple(store.finished_runs(run_id + 1, trend_runs)),
    )


def _tallies(store: Store, run_id: int, name: str, join: str) -> tuple[Tally, ...]:
    rows = store.db.execute(
        f"SELECT {name}, COUNT(DISTINCT o.target_id), "
        "COUNT(DISTINCT CASE WHEN r.status = 'broken' THEN o.target_id END), "
        "COUNT(DISTINCT CASE WHEN r.status = 'broken' AND r.streak = 1 THEN o.target_id END), "
        "COUNT(DISTINCT CASE WHEN r.status = 'unverifiable' THEN o.target_id END), "
        "COUNT(DISTINCT CASE WHEN r.status = 'redirected' THEN o.target_id END) "
        f"FROM occurrences o {join} "
        "JOIN results r ON r.run_id = o.run_id AND r.target_id = o.target_id "
        f"WHERE o.run_id = ? GROUP BY {name}",
        (run_id,),
    ).fetchall()
    tallies = [Tally(str(row[0]), *(int(v) for v in row[1:])) for row in rows]
    kept = [t for t in tallies if t.broken or t.unverifiable or t.redirected]
    return tuple(sorted(kept, key=lambda t: (-t.broken, -t.new, -t.unverifiable, t.name)))


# --- JSON ----------------------------------------------------------------------------------


def _run_dict(run: RunRow) -> dict[str, Any]:
    return {
        "id": run.id,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "documents": run.documents,
        "targets": run.targets,
        "ok": run.ok,
        "redirected": run.redirected,
        "broken": run.broken,
        "unverifiable": run.unverifiable,
    }


def _item_dict(item: Item) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "target": item.target,
        "host": item.host,
        "status": item.status,
        "reason": item.reason,
        "http_status": item.http_status,
        "final_url": item.final_url,
        "archived_url": item.archived_url,
        "previous_status": item.previous,
        "broken_since_run": item.since_run if item.status == BROKEN else None,
        "broken_since": item.since if item.status == BROKEN else None,
        "broken_runs": item.streak,
        "occurrences": [{"path": p.path, "line": p.line} for p in item.places],
    }


def _tally_dict(tally: Tally, key: str) -> dict[str, Any]:
    return {
        key: tally.name,
        "targets": tally.targets,
        "broken": tally.broken,
        "newly_broken": tally.new,
        "unverifiable": tally.unverifiable,
        "redirected": tally.redirected,
    }


def report_dict(report: LinkReport, tool_version: str) -> dict[str, Any]:
    """The JSON report: stable keys, sorted lists (see refcheck links --help)."""
    summary = _run_dict(report.run)
    summary["newly_broken"] = len(report.newly_broken)
    summary["recovered"] = len(report.recovered)
    return {
        "tool": "refcheck",
        "tool_version": tool_version,
        "report": "linkrot",
        "version": 1,
        "run": summary,
        "previous_run": None if report.previous is None else _run_dict(report.previous),
        "newly_broken": [_item_dict(i) for i in report.newly_broken],
        "still_broken": [_item_dict(i) for i in report.still_broken],
        "recovered": [_item_dict(i) for i in report.recovered],
        "unverifiable": [_item_dict(i) for i in report.unverifiable],
        "redirected": [_item_dict(i) for i in report.redirected],
        "by_document": [_tally_dict(t, "path") for t in report.documents],
        "by_host": [_tally_dict(t, "host") for t in report.hosts],
        "trend": [_run_dict(r) for r in report.trend],
    }

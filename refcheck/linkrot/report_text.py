"""The link-rot report as plain text for a terminal or a cron mail: what changed first."""

from __future__ import annotations

from refcheck.linkrot.report import Item, LinkReport, Tally
from refcheck.linkrot.store import RunRow


def _plural(number: int, word: str) -> str:
    return f"{number} {word}" + ("" if number == 1 else "s")


def _places(item: Item, limit: int = 10) -> list[str]:
    lines = [f"    {place.path}:{place.line}" for place in item.places[:limit]]
    if len(item.places) > limit:
        lines.append(f"    ... and {len(item.places) - limit} more")
    return lines


def _item(item: Item) -> list[str]:
    lines = [f"  {item.kind} {item.target}: {item.reason}"]
    if item.category == "broken":
        lines.append(f"    broken since run {item.since_run} ({item.since}), {item.streak} runs")
    if item.category == "recovered":
        lines.append(f"    now {item.status}: {item.reason}")
        lines[0] = f"  {item.kind} {item.target}"
    if item.final_url and item.status == "redirected":
        lines.append(f"    now at: {item.final_url}")
    if item.archived_url:
        lines.append(f"    archived copy: {item.archived_url}")
    return lines + _places(item)


def _section(title: str, items: tuple[Item, ...]) -> list[str]:
    if not items:
        return []
    lines = [f"{title} ({len(items)}):"]
    for item in items:
        lines.extend(_item(item))
    return [*lines, ""]


def _tally(tally: Tally) -> str:
    parts = [f"{tally.broken} broken" + (f" ({tally.new} new)" if tally.new else "")]
    if tally.unverifiable:
        parts.append(f"{tally.unverifiable} unverifiable")
    if tally.redirected:
        parts.append(f"{tally.redirected} redirected")
    return f"  {tally.name}: {_plural(tally.targets, 'target')}, " + ", ".join(parts)


def _trend(run: RunRow) -> str:
    return (
        f"  run {run.id} {run.started_at}: {_plural(run.targets, 'target')}, "
        f"{run.broken} broken, {run.unverifiable} unverifiable"
    )


def render(report: LinkReport) -> str:
    run = report.run
    head = (
        f"refcheck links: run {run.id} ({run.started_at}): {_plural(run.documents, 'document')}, "
        f"{_plural(run.targets, 'target')}: {run.ok} ok, {run.redirected} redirected, "
        f"{run.broken} broken ({len(report.newly_broken)} new), "
        f"{run.unverifiable} unverifiable, {len(report.recovered)} recovered"
    )
    since = (
        f"compared with run {report.previous.id} ({report.previous.started_at})"
        if report.previous
        else "first run: nothing to compare with"
    )
    lines = [head, since, ""]
    lines += _section("newly broken", report.newly_broken)
    lines += _section("still broken", report.still_broken)
    lines += _section("recovered", report.recovered)
    lines += _section(
        "unverifiable (bot walls, rate limits: not counted as broken)", report.unverifiable
    )
    lines += _section("redirected (permanently moved)", report.redirected)
    if report.documents:
        lines += ["by document:", *(_tally(t) for t in report.documents), ""]
    if report.hosts:
        lines += ["by host:", *(_tally(t) for t in report.hosts), ""]
    lines += [f"trend (last {_plural(len(report.trend), 'run')}):"]
    lines += [_trend(r) for r in report.trend]
    return "\n".join(lines) + "\n"

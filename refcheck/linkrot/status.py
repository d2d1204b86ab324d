"""A resolver answer as a link-rot status: ok, redirected, broken or unverifiable.

Why four: a nightly report answers "what stopped working"; bot walls, rate limits, addresses
refcheck never fetches and failing registry services say nothing about the link, so they are
"unverifiable" (listed apart, never counted as broken). Offline answers have no status at all:
nothing was learned, and the target stays due.
"""

from __future__ import annotations

from dataclasses import dataclass

from refcheck.model import Resolution, ResolutionStatus

OK, REDIRECTED, BROKEN, UNVERIFIABLE = "ok", "redirected", "broken", "unverifiable"
STATUSES = (OK, REDIRECTED, BROKEN, UNVERIFIABLE)

_MAP = {
    ResolutionStatus.OK: OK,
    ResolutionStatus.REDIRECTED: REDIRECTED,
    ResolutionStatus.BROKEN: BROKEN,
    ResolutionStatus.TIMEOUT: BROKEN,
    ResolutionStatus.SOFT_404: BROKEN,
    ResolutionStatus.NOT_FOUND: BROKEN,
    ResolutionStatus.UNVERIFIABLE: UNVERIFIABLE,
    ResolutionStatus.BLOCKED: UNVERIFIABLE,
    ResolutionStatus.UNSUPPORTED: UNVERIFIABLE,
    ResolutionStatus.ERROR: UNVERIFIABLE,
}


@dataclass(frozen=True)
class Outcome:
    """One target's result in one run, as stored."""

    status: str
    reason: str
    http_status: int | None = None
    final_url: str | None = None
    archived_url: str | None = None
    checked_at: str = ""


def outcome(resolution: Resolution) -> Outcome | None:
    """The stored form of an answer; None when nothing was learned (offline)."""
    status = _MAP.get(resolution.status)
    if status is None:
        return None
    reason = resolution.detail
    if not reason:
        reason = "ok" if status == OK else resolution.status.value
    if resolution.status == ResolutionStatus.ERROR:
        reason = f"could not check: {reason}"
    final = resolution.final_url if status == REDIRECTED else None
    return Outcome(
        status,
        reason,
        resolution.http_status,
        final,
        resolution.archived_url if status == BROKEN or resolution.home_page else None,
        resolution.checked_at,
    )

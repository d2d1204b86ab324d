"""The Wayback Machine snapshot closest to when the entry's author saw the page.

Why closest and not latest (lychee suggests the latest): the cited content is the one the author
read on the access date; a later capture may already be the "page not found" one. The
availability API is asked first; since it sometimes answers empty for archived pages, an empty
answer is confirmed with the CDX API (only successful captures, sorted by closeness).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from refcheck.model import Resolution, ResolutionStatus
from refcheck.resolve.doi import now_iso
from refcheck.resolve.http import FetchError, HttpClient
from refcheck.resolve.settings import Settings


def archive_key(url: str, timestamp: str | None) -> str:
    return f"{url}@{timestamp or 'latest'}"


def _https(snapshot: str) -> str:
    parts = urlsplit(snapshot)
    if parts.scheme == "http" and parts.hostname in {"web.archive.org", "archive.org"}:
        return urlunsplit(("https", *parts[1:]))
    return snapshot


class WaybackClient:
    def __init__(
        self, client: HttpClient, settings: Settings, lost: Callable[[FetchError, str], bool]
    ) -> None:
        self.client = client
        self.settings = settings
        self._lost = lost

    def closest(self, url: str, timestamp: str | None) -> Resolution:
        target = archive_key(url, timestamp)
        available = self.settings.wayback_api.rstrip("/") + "/wayback/available"
        params = {"url": url}
        if timestamp:
            params["timestamp"] = timestamp
        try:
            response, data = self.client.get_json(available, params=params)
            snapshot = _available(data) if response.status == 200 else None
            if snapshot is None:
                snapshot = self._cdx(url, timestamp)
        except FetchError as error:
            if error.kind in {"offline", "interrupted"} or (
                error.connection_level and self._lost(error, available)
            ):
                return Resolution(target, "archive", ResolutionStatus.OFFLINE)
            return Resolution(
                target, "archive", ResolutionStatus.ERROR, detail=error.detail, checked_at=now_iso()
            )
        if snapshot is None:
            return Resolution(
                target,
                "archive",
                ResolutionStatus.NOT_FOUND,
                detail="no archived copy",
                checked_at=now_iso(),
            )
        snapshot_url, stamp = snapshot
        return Resolution(
            target,
            "archive",
            ResolutionStatus.OK,
            200,
            final_url=snapshot_url,
            archived_url=snapshot_url,
            archived_at=stamp,
            checked_at=now_iso(),
        )

    def _cdx(self, url: str, timestamp: str | None) -> tuple[str, str] | None:
        base = self.settings.wayback_cdx.rstrip("/")
        params = {
            "url": url,
            "output": "json",
            "fl": "timestamp,original,statuscode",
            "filter": "statuscode:200",
            "limit": "1",
        }
        if timestamp:
            params.update({"closest": timestamp, "sort": "closest"})
        response, data = self.client.get_json(base + "/cdx/search/cdx", params=params)
        if response.status != 200 or not isinstance(data, list) or len(data) < 2:
            return None
        header, row = data[0], data[1]
        if not isinstance(header, list) or not isinstance(row, list):
            return None
        record = dict(zip(header, row, strict=False))
        stamp, original = record.get("timestamp"), record.get("original")
        if not isinstance(stamp, str) or not isinstance(original, str):
            return None
        return _https(f"{base}/web/{stamp}/{original}"), stamp


def _available(data: Any) -> tuple[str, str] | None:
    if not isinstance(data, dict):
        return None
    snapshots = data.get("archived_snapshots")
    closest = snapshots.get("closest") if isinstance(snapshots, dict) else None
    if not isinstance(closest, dict) or not closest.get("available"):
        return None
    if str(closest.get("status", "200")) not in {"200", "203"}:
        return None
    snapshot, stamp = closest.get("url"), closest.get("timestamp")
    if not isinstance(snapshot, str) or not isinstance(stamp, str):
        return None
    return _https(snapshot), stamp

"""A persistent cache of what the network said, in SQLite, keyed by normalised DOI, URL or query.

Why SQLite: one file, safe across processes (WAL), and every answer is committed as soon as it is
learned, so a run interrupted with Ctrl-C keeps what it found. Successes live for days, failures
for hours (a dead link may come back; a DOI may be registered late); "skipped-offline" results are
never stored. An unreadable or unwritable cache is not an error: the run goes on without it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from refcheck.model import Person, Resolution, ResolutionStatus, WorkMetadata, WorkUpdate

SCHEMA_VERSION = 1
FILENAME = "resolutions.sqlite3"

_SUCCESS = {ResolutionStatus.OK, ResolutionStatus.REDIRECTED}


def is_success(resolution: Resolution) -> bool:
    """Kept for the long lifetime: a working target, or a search that answered."""
    if resolution.kind in {"search", "archive"}:
        return resolution.status in {ResolutionStatus.OK, ResolutionStatus.NOT_FOUND}
    return resolution.status in _SUCCESS


# --- Resolution <-> JSON ----------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, ResolutionStatus):
        return value.value
    if isinstance(value, (WorkMetadata, WorkUpdate, Person, Resolution)):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def to_json(resolution: Resolution) -> str:
    return json.dumps(_plain(resolution), ensure_ascii=False, separators=(",", ":"))


def _update(data: dict[str, Any]) -> WorkUpdate:
    return WorkUpdate(**data)


def _metadata(data: dict[str, Any] | None) -> WorkMetadata | None:
    if data is None:
        return None
    values = dict(data)
    values["authors"] = tuple(Person(**p) for p in values.get("authors", ()))
    values["updated_by"] = tuple(_update(u) for u in values.get("updated_by", ()))
    values["update_to"] = tuple(_update(u) for u in values.get("update_to", ()))
    values["relations"] = tuple(tuple(r) for r in values.get("relations", ()))
    return WorkMetadata(**values)


def from_json(text: str) -> Resolution:
    data = json.loads(text)
    data["status"] = ResolutionStatus(data["status"])
    data["metadata"] = _metadata(data.get("metadata"))
    data["candidates"] = tuple(
        m for m in (_metadata(c) for c in data.get("candidates", ())) if m is not None
    )
    data["redirects"] = tuple((int(s), str(u)) for s, u in data.get("redirects", ()))
    return Resolution(**data)


# --- the store --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CacheInfo:
    path: str
    exists: bool
    size_bytes: int
    entries: dict[str, int]  # kind -> count
    expired: int
    failures: int


class Cache:
    """Thread-safe; one connection shared under a lock, autocommit (commit as you go)."""

    def __init__(self, directory: Path | None, ttl_ok: float, ttl_failed: float) -> None:
        self.directory = directory
        self.path = directory / FILENAME if directory is not None else None
        self.ttl_ok = ttl_ok
        self.ttl_failed = ttl_failed
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._broken = directory is None
        self.warning: str | None = None

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        if self._db is not None or self._broken or self.path is None:
            return self._db
        if not create and not self.path.exists():
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(
                str(self.path), timeout=5.0, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                "ok INTEGER NOT NULL, stored REAL NOT NULL, expires REAL NOT NULL, "
                "value TEXT NOT NULL)"
            )
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            row = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if row is None or row[0] != str(SCHEMA_VERSION):
                db.execute("DELETE FROM entries")
                db.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),)
                )
        except (sqlite3.Error, OSError) as error:
            self._broken = True
            self.warning = f"cache disabled ({self.path}: {error})"
            return None
        self._db = db
        return db

    def get(self, key: str) -> Resolution | None:
        with self._lock:
            db = self._connect(create=False)
            if db is None:
                return None
            try:
                row = db.execute(
                    "SELECT value, expires FROM entries WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error:
                return None
        if row is None or row[1] < time.time():
            return None
        try:
            return replace(from_json(row[0]), cached=True)
        except (ValueError, TypeError, KeyError):
            return None

    def put(self, key: str, resolution: Resolution) -> None:
        if resolution.status == ResolutionStatus.OFFLINE:
            return
        ok = is_success(resolution)
        now = time.time()
        expires = now + (self.ttl_ok if ok else self.ttl_failed)
        value = to_json(replace(resolution, cached=False))
        with self._lock:
            db = self._connect(create=True)
            if db is None:
                return
            try:
                db.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?)",
                    (key, resolution.kind, int(ok), now, expires, value),
                )
            except sqlite3.Error as error:
                self.warning = f"cache write failed ({error})"

    def info(self) -> CacheInfo:
        path = str(self.path) if self.path else "(no cache)"
        with self._lock:
            db = self._connect(create=False)
            if db is None or self.path is None:
                return CacheInfo(path, False, 0, {}, 0, 0)
            now = time.time()
            kinds = dict(db.execute("SELECT kind, COUNT(*) FROM entries GROUP BY kind").fetchall())
            expired = db.execute(
                "SELECT COUNT(*) FROM entries WHERE expires < ?", (now,)
            ).fetchone()
            failures = db.execute("SELECT COUNT(*) FROM entries WHERE ok = 0").fetchone()
        size = sum(p.stat().st_size for p in self.path.parent.glob(FILENAME + "*") if p.is_file())
        return CacheInfo(path, True, size, kinds, int(expired[0]), int(failures[0]))

    def clear(self) -> int:
        """Delete every entry; return how many there were."""
        with self._lock:
            db = self._connect(create=False)
            if db is None:
                return 0
            count = int(db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])
            db.execute("DELETE FROM entries")
            db.execute("VACUUM")
            return count

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

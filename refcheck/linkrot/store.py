"""The link-rot history: one SQLite file (stdlib sqlite3) of runs, documents, occurrences,
targets and each target's result per run.

Why these choices:
- WAL journal and a commit per batch: a run killed at any moment (even ``kill -9``) keeps every
  batch already committed; the next run continues the unfinished run instead of starting anew.
- ``PRAGMA application_id`` marks the file as ours, ``PRAGMA user_version`` is the schema
  version, and ``MIGRATIONS`` upgrades an older file step by step; a file that is not SQLite,
  is corrupt, or belongs to another program is refused with one line (exit 2), never altered.
- One run at a time: an OS lock (``fcntl.flock``) on ``<db>.lock``, which the kernel releases
  when the process dies, so a killed run never leaves a stale lock behind.
- Each result row carries the previous status of its target and the length of its broken
  streak, computed when stored, so "newly broken", "still broken since run N, K runs" and
  "recovered" are plain queries, not a walk through history.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from refcheck.errors import RefcheckError
from refcheck.linkrot.collect import DocumentTargets, host_of
from refcheck.linkrot.status import BROKEN, STATUSES, Outcome

APPLICATION_ID = 0x52434C52  # "RCLR": refcheck link rot
SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_DB = Path("reports") / "linkrot.sqlite"


class StoreError(RefcheckError):
    """The history file cannot be used: not SQLite, corrupt, foreign, newer, or locked."""


def _execute_all(db: sqlite3.Connection, script: str) -> None:
    """Each statement of ``script`` inside the caller's transaction (``executescript`` would
    commit it first)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _schema_1(db: sqlite3.Connection) -> None:
    _execute_all(
        db,
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            collected INTEGER NOT NULL DEFAULT 0,
            paths TEXT NOT NULL,
            documents INTEGER NOT NULL DEFAULT 0,
            targets INTEGER NOT NULL DEFAULT 0,
            ok INTEGER NOT NULL DEFAULT 0,
            redirected INTEGER NOT NULL DEFAULT 0,
            broken INTEGER NOT NULL DEFAULT 0,
            unverifiable INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);
        CREATE TABLE run_documents (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            PRIMARY KEY (run_id, document_id)
        ) WITHOUT ROWID;
        CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            target TEXT NOT NULL,
            host TEXT NOT NULL,
            stamp TEXT,
            UNIQUE (kind, target)
        );
        CREATE TABLE occurrences (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            target_id INTEGER NOT NULL REFERENCES targets(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            line INTEGER NOT NULL,
            PRIMARY KEY (run_id, target_id, document_id, line)
        ) WITHOUT ROWID;
        CREATE TABLE results (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            target_id INTEGER NOT NULL REFERENCES targets(id),
            status TEXT NOT NULL,
            reason TEXT NOT NULL,
            http_status INTEGER,
            final_url TEXT,
            archived_url TEXT,
            checked_at TEXT NOT NULL,
            previous TEXT,
            streak INTEGER NOT NULL,
            since_run INTEGER NOT NULL,
            PRIMARY KEY (run_id, target_id)
        ) WITHOUT ROWID;
        CREATE INDEX results_by_target ON results (target_id, run_id);
        """,
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_schema_1,)
"""Migration n (0-based) takes a database at user_version n to n + 1."""
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class RunRow:
    id: int
    started_at: str
    finished_at: str | None
    collected: bool
    documents: int
    targets: int
    ok: int
    redirected: int
    broken: int
    unverifiable: int


_RUN_COLUMNS = (
    "id, started_at, finished_at, collected, documents, targets, ok, redirected, broken, "
    "unverifiable"
)


def _run_row(row: Sequence[object]) -> RunRow:
    values = list(row)
    return RunRow(
        int(values[0]),  # type: ignore[call-overload]
        str(values[1]),
        None if values[2] is None else str(values[2]),
        bool(values[3]),
        *(int(v) for v in values[4:]),  # type: ignore[call-overload]
    )


class Lock:
    """An exclusive OS lock on ``<db>.lock``; the kernel drops it when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self, db_path: Path) -> None:
        try:
            import fcntl
        except ImportError:  # no flock (Windows): run unlocked
            return
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        except OSError as error:
            raise StoreError(f"{self.path}: cannot create the lock ({error.strerror})") from None
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise StoreError(
                f"{db_path}: another refcheck links run is using it (pid {holder}); "
                "try again when it has finished"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


class Store:
    """The history file, opened, checked, migrated and locked. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = Lock(path.with_name(path.name + ".lock"))
        self._db: sqlite3.Connection | None = None

    # - opening -

    def __enter__(self) -> Store:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> sqlite3.Connection:
        assert self._db is not None, "Store.open() first"
        return self._db

    def open(self) -> None:
        self._check_file()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{self.path}: cannot create its folder ({error.strerror})") from None
        self.lock.acquire(self.path)
        try:
            db = sqlite3.connect(str(self.path), timeout=5.0, isolation_level=None)
            self._db = db
            self._prepare(db)
        except sqlite3.DatabaseError as error:
            self.close()
            raise StoreError(f"{self.path}: {describe(error)}") from None
        except BaseException:
            self.close()
            raise

    def _check_file(self) -> None:
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a link-rot database")
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(len(SQLITE_MAGIC))
        except FileNotFoundError:
            return
        except OSError as error:
            raise StoreError(f"{self.path}: cannot be read ({error.strerror})") from None
        if head and head != SQLITE_MAGIC:
            raise StoreError(f"{self.path}: not a refcheck link-rot database (not SQLite)")

    def _prepare(self, db: sqlite3.Connection) -> None:
        application = int(db.execute("PRAGMA application_id").fetchone()[0])
        tables = db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        if application != APPLICATION_ID and (application != 0 or tables):
            raise StoreError(
                f"{self.path}: not a refcheck link-rot database (another program's SQLite "
                "file); choose another --db"
            )
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer refcheck (schema {version} > "
                f"{SCHEMA_VERSION}); upgrade refcheck"
            )
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        if version < SCHEMA_VERSION:
            db.execute("BEGIN IMMEDIATE")
            try:
                for migrate in MIGRATIONS[version:]:
                    migrate(db)
                db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        else:  # touch every table, so a damaged schema is refused now, not halfway through
            for table in ("runs", "documents", "run_documents", "targets", "occurrences"):
                db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchall()
            db.execute("SELECT 1 FROM results LIMIT 1").fetchall()

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            finally:
                self._db = None
        self.lock.release()

    # - runs -

    def unfinished_run(self) -> RunRow | None:
        row = self.db.execute(
            f"SELECT {_RUN_COLUMNS} FROM runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else _run_row(row)

    def start_run(self, started_at: str, paths: Sequence[str]) -> RunRow:
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            cursor = self.db.execute(
                "INSERT INTO runs (started_at, paths) VALUES (?, ?)", (started_at, "\n".join(paths))
            )
        run = self.run(int(cursor.lastrowid or 0))
        assert run is not None
        return run

    def run(self, run_id: int) -> RunRow | None:
        row = self.db.execute(f"SELECT {_RUN_COLUMNS} FROM runs WHERE id = ?", (run_id,)).fetchone()
        return None if row is None else _run_row(row)

    def finished_runs(self, before: int, limit: int) -> list[RunRow]:
        """The last ``limit`` finished runs before run ``before``, oldest first."""
        rows = self.db.execute(
            f"SELECT {_RUN_COLUMNS} FROM runs WHERE finished_at IS NOT NULL AND id < ? "
            "ORDER BY id DESC LIMIT ?",
            (before, limit),
        ).fetchall()
        return [_run_row(row) for row in reversed(rows)]

    def collected_documents(self, run_id: int) -> set[str]:
        rows = self.db.execute(
            "SELECT d.path FROM run_documents r JOIN documents d ON d.id = r.document_id "
            "WHERE r.run_id = ?",
            (run_id,),
        )
        return {str(path) for (path,) in rows}

    def add_documents(self, run_id: int, found: Sequence[DocumentTargets]) -> None:
        """Store a batch of documents and their occurrences in one transaction."""
        db = self.db
        with db:
            db.execute("BEGIN IMMEDIATE")
            for document in found:
                db.execute("INSERT OR IGNORE INTO documents (path) VALUES (?)", (document.path,))
                (document_id,) = db.execute(
                    "SELECT id FROM documents WHERE path = ?", (document.path,)
                ).fetchone()
                db.execute(
                    "INSERT OR IGNORE INTO run_documents VALUES (?, ?)", (run_id, document_id)
                )
                rows = []
                for occurrence in document.occurrences:
                    target_id = self._target_id(
                        occurrence.kind, occurrence.target, occurrence.stamp
                    )
                    rows.append((run_id, target_id, document_id, occurrence.line))
                db.executemany("INSERT OR IGNORE INTO occurrences VALUES (?, ?, ?, ?)", rows)

    def _target_id(self, kind: str, target: str, stamp: str | None) -> int:
        row = self.db.execute(
            "INSERT INTO targets (kind, target, host, stamp) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (kind, target) DO UPDATE SET stamp = COALESCE(targets.stamp, "
            "excluded.stamp) RETURNING id",
            (kind, target, host_of(kind, target), stamp),
        ).fetchone()
        return int(row[0])

    def mark_collected(self, run_id: int) -> None:
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("UPDATE runs SET collected = 1 WHERE id = ?", (run_id,))

    def pending(
        self, run_id: int, after: int, limit: int
    ) -> list[tuple[int, str, str, str | None]]:
        """Up to ``limit`` targets of the run with no result yet, by id above ``after``:
        (id, kind, target, stamp)."""
        rows = self.db.execute(
            "SELECT t.id, t.kind, t.target, t.stamp FROM targets t WHERE t.id IN ("
            " SELECT DISTINCT o.target_id FROM occurrences o WHERE o.run_id = ? "
            " AND o.target_id > ? AND NOT EXISTS (SELECT 1 FROM results r"
            " WHERE r.run_id = ? AND r.target_id = o.target_id)"
            " ORDER BY o.target_id LIMIT ?) ORDER BY t.id",
            (run_id, after, run_id, limit),
        ).fetchall()
        return [(int(i), str(k), str(t), s) for i, k, t, s in rows]

    def count_pending(self, run_id: int) -> int:
        row = self.db.execute(
            "SELECT COUNT(DISTINCT o.target_id) FROM occurrences o WHERE o.run_id = ? AND NOT "
            "EXISTS (SELECT 1 FROM results r WHERE r.run_id = ? AND r.target_id = o.target_id)",
            (run_id, run_id),
        ).fetchone()
        return int(row[0])

    def add_results(self, run_id: int, outcomes: Iterable[tuple[int, Outcome]]) -> None:
        """Store a batch of results in one transaction, each with its target's previous status
        and broken streak."""
        db = self.db
        with db:
            db.execute("BEGIN IMMEDIATE")
            rows = []
            for target_id, found in outcomes:
                before = db.execute(
                    "SELECT status, streak, since_run FROM results WHERE target_id = ? "
                    "AND run_id < ? ORDER BY run_id DESC LIMIT 1",
                    (target_id, run_id),
                ).fetchone()
                previous = None if before is None else str(before[0])
                if found.status == BROKEN and previous == BROKEN:
                    streak, since = int(before[1]) + 1, int(before[2])
                elif found.status == BROKEN:
                    streak, since = 1, run_id
                else:
                    streak, since = 0, run_id
                rows.append(
                    (
                        run_id,
                        target_id,
                        found.status,
                        found.reason,
                        found.http_status,
                        found.final_url,
                        found.archived_url,
                        found.checked_at,
                        previous,
                        streak,
                        since,
                    )
                )
            db.executemany(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
            )

    def finish_run(self, run_id: int, finished_at: str) -> RunRow:
        db = self.db
        counts = dict.fromkeys(STATUSES, 0)
        for status, count in db.execute(
            "SELECT status, COUNT(*) FROM results WHERE run_id = ? GROUP BY status", (run_id,)
        ):
            counts[str(status)] = int(count)
        (documents,) = db.execute(
            "SELECT COUNT(*) FROM run_documents WHERE run_id = ?", (run_id,)
        ).fetchone()
        with db:
            db.execute("BEGIN IMMEDIATE")
            db.execute(
                "UPDATE runs SET finished_at = ?, documents = ?, targets = ?, ok = ?, "
                "redirected = ?, broken = ?, unverifiable = ? WHERE id = ?",
                (
                    finished_at,
                    documents,
                    sum(counts.values()),
                    *(counts[s] for s in STATUSES),
                    run_id,
                ),
            )
        run = self.run(run_id)
        assert run is not None
        return run


def describe(error: sqlite3.DatabaseError) -> str:
    text = str(error)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"the database is corrupt ({text}); move it away to start a new history"
    return f"database error ({text})"

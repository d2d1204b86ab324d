"""DOIs: existence at the DOI system, metadata from the registration agency, registry search.

Why this order (see shared/http-fixtures/API-NOTES.md): a DOI is asked about at the DOI system,
never by following doi.org's redirect into a publisher site (bot walls answer 403/418/503 there).
``doi.org/ra/{prefix}`` names the agency once per prefix; the agency's API gives the metadata
(Crossref ``/works/{doi}``, DataCite ``/dois/{doi}``, content negotiation for CSL-JSON through
doi.org for mEDRA); the Handle API (``/api/handles/{doi}``: responseCode 1 found, 100 unknown)
is the authority on existence whenever an agency says 404, since a Crossref 404 alone proves
nothing (DataCite, mEDRA, JaLC... DOIs exist too).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from refcheck.model import Person, Resolution, ResolutionStatus, WorkMetadata, WorkUpdate
from refcheck.resolve.cache import Cache
from refcheck.resolve.http import FetchError, HttpClient, Response
from refcheck.resolve.settings import Settings
from refcheck.resolve.targets import doi_prefix, quote_doi

CSL_JSON = "application/vnd.citationstyles.csl+json"
SEARCH_FIELDS = (
    "DOI,title,subtitle,author,issued,published-print,published-online,container-title,"
    "short-container-title,volume,issue,page,article-number,type,updated-by"
)
# Agencies whose metadata doi.org content negotiation serves (Crossref's documentation).
_CN_AGENCIES = frozenset({"medra"})


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- parsing the agencies' records --------------------------------------------------------------


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return _first(value)


def _year(value: Any) -> int | None:
    """The year of a Crossref/CSL date: {"date-parts": [[2015, 9, 1]]} (parts may be null)."""
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        year = parts[0][0]
        if isinstance(year, int) and 1000 <= year <= 2999:
            return year
        if isinstance(year, str) and year.isdigit():
            return int(year)
    return None


def _updates(value: Any) -> tuple[WorkUpdate, ...]:
    if not isinstance(value, list):
        return ()
    found = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            continue
        updated = item.get("updated")
        date = None
        if isinstance(updated, dict):
            parts = updated.get("date-parts")
            if isinstance(parts, list) and parts and isinstance(parts[0], list):
                date = "-".join(
                    f"{p:02d}" if i else str(p)
                    for i, p in enumerate(parts[0])
                    if isinstance(p, int)
                )
        found.append(
            WorkUpdate(
                kind=str(item["type"]).lower().replace("-", "_"),
                doi=str(item["DOI"]).lower() if isinstance(item.get("DOI"), str) else None,
                label=_text(item.get("label")),
                source=_text(item.get("source")),
                date=date or None,
            )
        )
    return tuple(dict.fromkeys(found))


def _people(value: Any) -> tuple[Person, ...]:
    if not isinstance(value, list):
        return ()
    people: list[Person] = []
    first: list[Person] = []
    for item in value:
        if not isinstance(item, dict):
            continue
        family = _text(item.get("family")) or _text(item.get("name")) or _text(item.get("literal"))
        if not family:
            continue
        person = Person(family, _text(item.get("given")) or "")
        (first if item.get("sequence") == "first" else people).append(person)
    return (*first, *people)


def crossref_work(message: Mapping[str, Any], registry: str = "Crossref") -> WorkMetadata:
    """A Crossref ``message`` of type work (or a CSL-JSON record: same field names)."""
    relations: list[tuple[str, str]] = []
    relation = message.get("relation")
    if isinstance(relation, dict):
        for kind, items in sorted(relation.items()):
            for item in items if isinstance(items, list) else [items]:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    relations.append((str(kind), item["id"]))
    return WorkMetadata(
        registry=registry,
        doi=str(message.get("DOI") or "").lower(),
        type=_text(message.get("type")),
        title=_first(message.get("title")),
        subtitle=_first(message.get("subtitle")),
        authors=_people(message.get("author")),
        issued=_year(message.get("issued")) or _year(message.get("published")),
        published_print=_year(message.get("published-print")),
        published_online=_year(message.get("published-online")),
        container=_first(message.get("container-title")),
        short_container=_first(message.get("short-container-title"))
        or _first(message.get("container-title-short")),
        volume=_text(message.get("volume")),
        issue=_text(message.get("issue")),
        pages=_text(message.get("page")),
        article_number=_text(message.get("article-number")),
        updated_by=_updates(message.get("updated-by")),
        update_to=_updates(message.get("update-to")),
        relations=tuple(relations),
    )


def datacite_record(data: Mapping[str, Any]) -> WorkMetadata:
    """A DataCite JSON:API ``data`` object."""
    attributes = data.get("attributes") if isinstance(data.get("attributes"), dict) else {}
    assert isinstance(attributes, dict)
    title = subtitle = None
    for item in attributes.get("titles") or []:
        if not isinstance(item, dict):
            continue
        kind = item.get("titleType")
        if kind is None and title is None:
            title = _text(item.get("title"))
        elif kind == "Subtitle" and subtitle is None:
            subtitle = _text(item.get("title"))
    authors = []
    for creator in attributes.get("creators") or []:
        if not isinstance(creator, dict):
            continue
        family = _text(creator.get("familyName"))
        given = _text(creator.get("givenName")) or ""
        name = _text(creator.get("name")) or ""
        if not family and creator.get("nameType") != "Organizational" and "," in name:
            family, _, given = (part.strip() for part in name.partition(","))
        family = family or name
        if family:
            authors.append(Person(family, given))
    container = attributes.get("container") if isinstance(attributes.get("container"), dict) else {}
    assert isinstance(container, dict)
    first_page, last_page = _text(container.get("firstPage")), _text(container.get("lastPage"))
    pages = f"{first_page}-{last_page}" if first_page and last_page else first_page
    types = attributes.get("types") if isinstance(attributes.get("types"), dict) else {}
    assert isinstance(types, dict)
    year = attributes.get("publicationYear")
    return WorkMetadata(
        registry="DataCite",
        doi=str(attributes.get("doi") or data.get("id") or "").lower(),
        type=_text(types.get("citeproc")) or _text(types.get("resourceTypeGeneral")),
        title=title,
        subtitle=subtitle,
        authors=tuple(authors),
        issued=int(year) if isinstance(year, (int, str)) and str(year).isdigit() else None,
        container=_text(container.get("title")),
        volume=_text(container.get("volume")),
        issue=_text(container.get("issue")),
        pages=pages,
    )


# --- the checker --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Agency:
    name: str | None  # "Crossref", "DataCite", ... ; None: the prefix does not exist


class _SingleFlight:
    """One computation per key at a time; later callers get the memoised answer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._memo: dict[str, Any] = {}

    def get(self, key: str, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._memo:
                return self._memo[key]
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            with self._lock:
                if key in self._memo:
                    return self._memo[key]
            value = compute()
            with self._lock:
                self._memo[key] = value
            return value


class DoiChecker:
    """Existence, agency and metadata of DOIs; Crossref bibliographic search."""

    def __init__(
        self,
        client: HttpClient,
        settings: Settings,
        cache: Cache,
        lost: Callable[[FetchError, str], bool],
    ) -> None:
        self.client = client
        self.settings = settings
        self.cache = cache
        self._lost = lost  # (error, url) -> the network is gone
        self._agencies = _SingleFlight()

    # - helpers -

    def _resolver(self, path: str) -> str:
        return self.settings.doi_resolver.rstrip("/") + "/" + path.lstrip("/")

    def _failure(self, target: str, kind: str, error: FetchError, url: str) -> Resolution:
        if error.kind in {"offline", "interrupted"} or (
            error.connection_level and self._lost(error, url)
        ):
            return Resolution(target, kind, ResolutionStatus.OFFLINE, detail="network unreachable")
        return Resolution(
            target,
            kind,
            ResolutionStatus.ERROR,
            detail=f"{urlsplit(url).hostname}: {error.detail}",
            checked_at=now_iso(),
        )

    def _bad_answer(self, target: str, response: Response, service: str) -> Resolution:
        status = response.status
        if status in {401, 403, 429}:
            detail = f"{service} refused the request ({status}); not verified"
            result = ResolutionStatus.UNVERIFIABLE
        else:
            tries = f" after {response.attempts} attempts" if response.attempts > 1 else ""
            detail = f"{service} answered {status}{tries}; not verified"
            result = ResolutionStatus.ERROR
        return Resolution(target, "doi", result, status, detail=detail, checked_at=now_iso())

    def agency(self, doi: str) -> Agency:
        """The registration agency of the DOI's prefix (one request per prefix and run; cached)."""
        prefix = doi_prefix(doi)

        def lookup() -> Agency:
            key = f"ra:{prefix}"
            cached = self.cache.get(key)
            if cached is not None:
                self.client.count_cache_hit()
                return Agency(cached.registry)
            response, data = self.client.get_json(self._resolver(f"ra/{prefix}"))
            if response.status != 200 or not isinstance(data, list) or not data:
                raise FetchError("error", f"doi.org RA lookup answered {response.status}")
            entry = data[0] if isinstance(data[0], dict) else {}
            name = entry.get("RA") if isinstance(entry.get("RA"), str) else None
            status = ResolutionStatus.OK if name else ResolutionStatus.NOT_FOUND
            detail = str(entry.get("status") or "")
            self.cache.put(
                key,
                Resolution(
                    prefix, "ra", status, 200, registry=name, detail=detail, checked_at=now_iso()
                ),
            )
            return Agency(name)

        result = self._agencies.get(prefix, lambda: _capture(lookup))
        if isinstance(result, FetchError):
            raise result
        assert isinstance(result, Agency)
        return result

    def handle(self, doi: str) -> tuple[bool | None, str | None]:
        """(exists, landing URL) from the Handle API; exists None when it did not say."""
        response, data = self.client.get_json(
            self._resolver(f"api/handles/{quote_doi(doi)}"), params={"type": "URL"}
        )
        code = data.get("responseCode") if isinstance(data, dict) else None
        if code == 100 or (response.status == 404 and code is None):
            return False, None
        if code in {1, 200} and response.status == 200:
            url = None
            for value in data.get("values") or [] if isinstance(data, dict) else []:
                if isinstance(value, dict) and value.get("type") == "URL":
                    inner = value.get("data")
                    if isinstance(inner, dict) and isinstance(inner.get("value"), str):
                        url = inner["value"]
            return True, url
        return None, None

    # - the DOI check -

    def check(self, doi: str) -> Resolution:
        try:
            agency = self.agency(doi)
        except FetchError as error:
            return self._failure(doi, "doi", error, self._resolver("ra/"))
        try:
            if agency.name is None:
                return self._by_handle(doi, None, "the DOI system does not know its prefix")
            name = agency.name.lower()
            if name == "crossref":
                return self._crossref(doi)
            if name == "datacite":
                return self._datacite(doi)
            if name in _CN_AGENCIES:
                return self._negotiate(doi, agency.name)
            return self._by_handle(doi, agency.name, "")
        except FetchError as error:
            return self._failure(doi, "doi", error, self.settings.doi_resolver)

    def _by_handle(self, doi: str, registry: str | None, why: str) -> Resolution:
        exists, landing = self.handle(doi)
        if exists is False:
            detail = "doi.org: DOI not found" + (f" ({why})" if why else "")
            return Resolution(
                doi,
                "doi",
                ResolutionStatus.NOT_FOUND,
                404,
                registry=registry,
                detail=detail,
                checked_at=now_iso(),
            )
        if exists is None:
            return Resolution(
                doi,
                "doi",
                ResolutionStatus.ERROR,
                registry=registry,
                detail="the Handle API gave no answer",
                checked_at=now_iso(),
            )
        return Resolution(
            doi,
            "doi",
            ResolutionStatus.OK,
            200,
            final_url=landing,
            registry=registry,
            detail="registered; no metadata checked",
            checked_at=now_iso(),
        )

    def _crossref(self, doi: str) -> Resolution:
        url = self.settings.crossref_api.rstrip("/") + f"/works/{quote_doi(doi)}"
        response, data = self.client.get_json(url)
        if (
            response.status == 200
            and isinstance(data, dict)
            and isinstance(data.get("message"), dict)
        ):
            metadata = crossref_work(data["message"])
            return Resolution(
                doi,
                "doi",
                ResolutionStatus.OK,
                200,
                registry="Crossref",
                metadata=metadata,
                checked_at=now_iso(),
            )
        if response.status == 404:
            return self._by_handle(doi, "Crossref", "Crossref has no record either")
        return self._bad_answer(doi, response, "Crossref")

    def _datacite(self, doi: str) -> Resolution:
        url = self.settings.datacite_api.rstrip("/") + f"/dois/{quote_doi(doi)}"
        response, data = self.client.get_json(url)
        if response.status == 200 and isinstance(data, dict) and isinstance(data.get("data"), dict):
            metadata = datacite_record(data["data"])
            return Resolution(
                doi,
                "doi",
                ResolutionStatus.OK,
                200,
                registry="DataCite",
                metadata=metadata,
                checked_at=now_iso(),
            )
        if response.status == 404:
            return self._by_handle(doi, "DataCite", "DataCite has no record either")
        return self._bad_answer(doi, response, "DataCite")

    def _negotiate(self, doi: str, registry: str) -> Resolution:
        """CSL-JSON through doi.org: 302 to the agency's metadata service, then JSON."""
        import json

        url = self._resolver(quote_doi(doi))
        for _hop in range(5):
            response = self.client.request("GET", url, headers={"Accept": CSL_JSON})
            location = response.headers.get("location")
            if response.status in {301, 302, 303, 307, 308} and location:
                url = urljoin(url, location)
                continue
            break
        if response.status == 200:
            try:
                record = json.loads(response.body.decode("utf-8", errors="replace"))
            except ValueError:
                record = None
            if isinstance(record, dict):
                metadata = crossref_work(record, registry)
                if not metadata.doi:
                    metadata = crossref_work({**record, "DOI": doi}, registry)
                return Resolution(
                    doi,
                    "doi",
                    ResolutionStatus.OK,
                    200,
                    registry=registry,
                    metadata=metadata,
                    checked_at=now_iso(),
                )
        if response.status == 404:
            return self._by_handle(doi, registry, "")
        return self._bad_answer(doi, response, registry)

    # - search -

    def search(self, query: str) -> Resolution:
        """Crossref ``query.bibliographic`` hits (validated later, by the rule, against the
        entry's fields)."""
        url = self.settings.crossref_api.rstrip("/") + "/works"
        params = {"query.bibliographic": query, "rows": "5", "select": SEARCH_FIELDS}
        try:
            response, data = self.client.get_json(url, params=params)
        except FetchError as error:
            return self._failure(query, "search", error, url)
        message = data.get("message") if isinstance(data, dict) else None
        if response.status != 200 or not isinstance(message, dict):
            failed = self._bad_answer(query, response, "Crossref search")
            return Resolution(
                query,
                "search",
                failed.status,
                failed.http_status,
                detail=failed.detail,
                checked_at=failed.checked_at,
            )
        items = message.get("items") if isinstance(message.get("items"), list) else []
        assert isinstance(items, list)
        candidates = tuple(crossref_work(item) for item in items if isinstance(item, dict))
        status = ResolutionStatus.OK if candidates else ResolutionStatus.NOT_FOUND
        return Resolution(
            query,
            "search",
            status,
            200,
            registry="Crossref",
            candidates=candidates,
            checked_at=now_iso(),
        )


def _capture(function: Callable[[], Agency]) -> Agency | FetchError:
    try:
        return function()
    except FetchError as error:
        return error

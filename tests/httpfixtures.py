"""Hand-written registry records for the network tests, shaped like the recorded responses in
shared/http-fixtures (Crossref work envelope fields, DataCite JSON:API attributes, CSL-JSON).

The bibliographic values of the seed's DOIs follow the published articles; the DOI of the
Zahran & Ramos chapter, the 10.5555 (Crossref's test prefix) records and everything marked
"synthetic" are invented for the tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from refcheck.resolve.settings import Settings
from tests.httpserver import (
    FakeHost,
    Registry,
    crossref,
    datacite,
    doi_org,
    negotiation,
    serving,
    wayback,
)

DOI_ORG, CROSSREF, DATACITE, WAYBACK, AGENCY = (
    "127.0.0.2",
    "127.0.0.3",
    "127.0.0.4",
    "127.0.0.5",
    "127.0.0.6",
)


def _date(*parts: int) -> dict[str, Any]:
    return {"date-parts": [list(parts)]}


def crossref_record(
    doi: str,
    title: str,
    authors: list[tuple[str, str]],
    year: int,
    container: str | None = None,
    volume: str | None = None,
    issue: str | None = None,
    page: str | None = None,
    kind: str = "journal-article",
    subtitle: str | None = None,
    online: tuple[int, ...] | None = None,
    printed: tuple[int, ...] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A Crossref ``message`` of type work (the fields a checker reads, plus some it ignores)."""
    work: dict[str, Any] = {
        "indexed": {"date-parts": [[2026, 6, 1]], "timestamp": 1780000000000},
        "reference-count": 12,
        "publisher": "Synthetic Publisher",
        "DOI": doi.lower(),
        "type": kind,
        "source": "Crossref",
        "is-referenced-by-count": 3,
        "title": [title],
        "subtitle": [subtitle] if subtitle else [],
        "prefix": doi.split("/", 1)[0],
        "author": [
            {
                "given": given,
                "family": family,
                "sequence": "first" if i == 0 else "additional",
                "affiliation": [],
            }
            for i, (given, family) in enumerate(authors)
        ],
        "member": "311",
        "container-title": [container] if container else [],
        "short-container-title": [],
        "issued": _date(year),
        "published": _date(year),
        "URL": f"https://doi.org/{doi.lower()}",
    }
    if volume:
        work["volume"] = volume
    if issue:
        work["issue"] = issue
    if page:
        work["page"] = page
    if online:
        work["published-online"] = _date(*online)
    if printed:
        work["published-print"] = _date(*printed)
    work.update(extra)
    return work


def datacite_record(
    doi: str,
    title: str,
    creators: list[tuple[str, str]],
    year: int,
    publisher: str,
    container: dict[str, Any] | None = None,
    general: str = "Text",
) -> dict[str, Any]:
    return {
        "id": doi.lower(),
        "type": "dois",
        "attributes": {
            "doi": doi.lower(),
            "identifiers": [],
            "creators": [
                {
                    "name": f"{family}, {given}",
                    "nameType": "Personal",
                    "givenName": given,
                    "familyName": family,
                    "affiliation": [],
                    "nameIdentifiers": [],
                }
                for given, family in creators
            ],
            "titles": [{"title": title}],
            "publisher": publisher,
            "container": container or {},
            "publicationYear": year,
            "dates": [{"date": str(year), "dateType": "Issued"}],
            "types": {"resourceTypeGeneral": general, "citeproc": "article"},
            "relatedIdentifiers": [],
            "url": f"https://repository.example/{doi.lower()}",
            "state": "findable",
        },
        "relationships": {"client": {"data": {"id": "synthetic.repo", "type": "clients"}}},
    }


KISELEVA = crossref_record(
    "10.1111/1467-9256.12100",
    "Russia's Soft Power Discourse: Identity, Status and the Attraction of Power",
    [("Yulia", "Kiseleva")],
    2015,
    "Politics",
    "35",
    "3-4",
    "316-329",
    online=(2015, 9, 1),
    printed=(2015, 11),
)
SERGUNIN_2015 = crossref_record(
    "10.1111/1467-9256.12109",
    "Understanding Russia's Soft Power Strategy",
    [("Alexander", "Sergunin"), ("Leonid", "Karabeshkin")],
    2015,
    "Politics",
    "35",
    "3-4",
    "347-363",
)
HESS = crossref_record(
    "10.1016/j.orbis.2020.05.005",
    "Russia and Central Asia: Putin's Most Stable Region?",
    [("Maximilian", "Hess")],
    2020,
    "Orbis",
    "64",
    "3",
    "421-433",
)
LEBEDEVA = crossref_record(
    "10.24833/2071-8160-2017-3-54-212-223",
    "«Soft Power»: the Concept and Approaches",
    [("M. M.", "Lebedeva")],
    2017,
    "MGIMO Review of International Relations",
    None,
    "3(54)",
    "212-223",
)
MATTERN = crossref_record(
    "10.1177/03058298050330031601",
    "Why `Soft Power' Isn't So Soft: Representational Force and the Sociolinguistic "
    "Construction of Attraction in World Politics",
    [("Janice Bially", "Mattern")],
    2005,
    "Millennium: Journal of International Studies",
    "33",
    "3",
    "583-612",
)
SERGUNIN_2014 = crossref_record(
    "10.12731/2070-7568-2014-6-14",
    "Russian Soft Power: Origins, Institutions, Effectiveness",
    [("A. A.", "Sergunin")],
    2014,
    "The Science of Krasnoyarsk",
    "6",
    "17",
    "166-181",
)
GUSSAROVA = datacite_record(
    "10.17185/dupublico/47243",
    "Cultural and other relations – Mapping strategies of Russia, USA and China towards "
    "Central Asia",
    [("Anna", "Gussarova"), ("Māris", "Andžāns")],
    2018,
    "Universität Duisburg-Essen",
)
# synthetic: the chapter's DOI is invented
ZAHRAN = crossref_record(
    "10.4324/9780203868751-9",
    "From Hegemony to Soft Power: Implications of a Conceptual Change",
    [("Geraldo", "Zahran"), ("Leonardo", "Ramos")],
    2010,
    "Soft Power and US Foreign Policy",
    kind="book-chapter",
    page="12-31",
    printed=(2010, 1, 1),
)
NYE_BOOK = crossref_record(  # synthetic distractor for the same search
    "10.5555/soft-power-2004",
    "Soft Power: The Means to Success in World Politics",
    [("Joseph S.", "Nye")],
    2004,
    kind="monograph",
)
# synthetic: a retracted work, with the notice twice (publisher and Retraction Watch)
RETRACTED = crossref_record(
    "10.5555/retracted.1",
    "RETRACTED: Ileal-lymphoid-nodular hyperplasia and regressive developmental disorder",
    [("Andrew", "Wakefield")],
    1998,
    "The Lancet",
    "351",
    "9103",
    "637-641",
    **{
        "updated-by": [
            {
                "updated": _date(2010, 2, 6),
                "DOI": "10.5555/retraction.1",
                "type": "retraction",
                "source": "publisher",
                "label": "Retraction",
            },
            {
                "updated": _date(2010, 2, 6),
                "DOI": "10.5555/retraction.1",
                "type": "retraction",
                "source": "retraction-watch",
                "label": "Retraction",
                "record-id": 7135,
            },
            {
                "updated": _date(2004, 3, 6),
                "DOI": "10.5555/correction.1",
                "type": "correction",
                "source": "retraction-watch",
                "label": "Correction",
                "record-id": 7134,
            },
        ]
    },
)
CONCERN = crossref_record(  # synthetic
    "10.5555/concern.1",
    "A Study Under Investigation",
    [("Jane", "Doe")],
    2019,
    "Journal of Synthetic Results",
    "4",
    "2",
    "10-20",
    **{
        "updated-by": [
            {
                "updated": _date(2021, 5, 1),
                "DOI": "10.5555/eoc.1",
                "type": "expression_of_concern",
                "source": "publisher",
                "label": "Expression of concern",
            }
        ]
    },
)
MEDRA_CSL = {  # synthetic: CSL-JSON as an agency's content negotiation returns it
    "type": "article-journal",
    "DOI": "10.1430/8105",
    "title": "Il sistema politico italiano",
    "author": [{"family": "Rossi", "given": "Mario"}],
    "issued": {"date-parts": [[1999]]},
    "container-title": "Il Mulino",
    "volume": "48",
    "page": "121-140",
}


def seed_registry() -> Registry:
    registry = Registry(
        agencies={
            "10.1111": "Crossref",
            "10.1016": "Crossref",
            "10.24833": "Crossref",
            "10.1177": "Crossref",
            "10.12731": "Crossref",
            "10.4324": "Crossref",
            "10.5555": "Crossref",
            "10.17185": "DataCite",
            "10.5061": "DataCite",
            "10.1430": "mEDRA",
            "10.11367": "JaLC",
        }
    )
    for work in (
        KISELEVA,
        SERGUNIN_2015,
        HESS,
        LEBEDEVA,
        MATTERN,
        SERGUNIN_2014,
        ZAHRAN,
        NYE_BOOK,
        RETRACTED,
        CONCERN,
    ):
        registry.crossref[work["DOI"]] = work
    registry.datacite[GUSSAROVA["id"]] = GUSSAROVA
    registry.csl["10.1430/8105"] = MEDRA_CSL
    registry.handles_only.add("10.11367/jalc.1")
    registry.handles_only.add("10.5555/registered-elsewhere")  # Crossref 404, handle found
    registry.searches.append(("from hegemony to soft power", [NYE_BOOK, ZAHRAN]))
    registry.searches.append(("a study under investigation", [CONCERN]))
    return registry


SNAPSHOTS = {
    "http://en.ria.ru/russia/20130508/181039938-print/Putin-Criticizes-ISAF-for-Afghan-Drug-Threat-Inaction.html": [
        "20130509120000",
        "20190101000000",
    ],
    "http://rus.azattyq.org/content/article/1293423.html": ["20081004080000", "20201220000000"],
}


@dataclass
class Services:
    hosts: dict[str, FakeHost]
    registry: Registry

    def settings(self, tmp: Path | None = None, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "doi_resolver": self.hosts["doi"].base,
            "crossref_api": self.hosts["crossref"].base,
            "datacite_api": self.hosts["datacite"].base,
            "wayback_api": self.hosts["wayback"].base,
            "wayback_cdx": self.hosts["wayback"].base,
            "allow_private": True,
            "cache_dir": tmp,
            "connect_timeout": 0.5,
            "read_timeout": 0.3,
            "total_timeout": 2.0,
            "backoff": 0.01,
            "max_backoff": 0.05,
            "max_retry_after": 2.0,
        }
        values.update(overrides)
        return Settings(**values)

    def env(self, tmp: Path) -> dict[str, str]:
        return {
            "REFCHECK_DOI_RESOLVER": self.hosts["doi"].base,
            "REFCHECK_CROSSREF_API": self.hosts["crossref"].base,
            "REFCHECK_DATACITE_API": self.hosts["datacite"].base,
            "REFCHECK_WAYBACK_API": self.hosts["wayback"].base,
            "REFCHECK_ALLOW_PRIVATE": "1",
            "REFCHECK_CACHE_DIR": str(tmp),
        }

    def reset(self) -> None:
        for host in self.hosts.values():
            host.reset()

    def count(self, name: str | None = None, path: str = "") -> int:
        hosts = [self.hosts[name]] if name else list(self.hosts.values())
        return sum(1 for h in hosts for r in h.requests if r.path.startswith(path))

    def total(self) -> int:
        return self.count()


def start_services(extra: dict[str, Any] | None = None) -> Iterator[Services]:
    registry = seed_registry()
    hosts = {
        "doi": (DOI_ORG, doi_org(registry)),
        "crossref": (CROSSREF, crossref(registry)),
        "datacite": (DATACITE, datacite(registry)),
        "wayback": (WAYBACK, wayback(SNAPSHOTS)),
        "agency": (AGENCY, negotiation(registry)),
        **(extra or {}),
    }
    with serving(hosts) as started:
        registry.cn_base = started["agency"].base
        yield Services(started, registry)


@pytest.fixture(scope="module")
def services() -> Iterator[Services]:
    yield from start_services()

"""The pure parts of the network layer: targets, parsing registry records, comparing, classifying."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from requests.structures import CaseInsensitiveDict

from refcheck.model import Person, Reference, ResolutionStatus, WorkMetadata
from refcheck.resolve.cache import from_json, to_json
from refcheck.resolve.compare import accepts, best_match, compare_metadata, is_other_work
from refcheck.resolve.doi import crossref_work, datacite_record
from refcheck.resolve.guard import is_public_address
from refcheck.resolve.http import Response, _retry_after
from refcheck.resolve.targets import (
    archive_timestamp,
    normalize_doi,
    parse_access_date,
    quote_doi,
    search_query,
    url_target,
)
from refcheck.resolve.url import classify, is_home_page, page_title
from tests.httpfixtures import GUSSAROVA, KISELEVA, RETRACTED, ZAHRAN


@pytest.mark.parametrize(
    ("written", "doi"),
    [
        ("10.1111/1467-9256.12100", "10.1111/1467-9256.12100"),
        ("https://doi.org/10.1111/1467-9256.12100", "10.1111/1467-9256.12100"),
        ("https://doi.org/doi:10.1016/j.orbis.2020.05.005", "10.1016/j.orbis.2020.05.005"),
        (
            "https://doi.org/DOI10.24833/2071-8160-2017-3-54-212-223",
            "10.24833/2071-8160-2017-3-54-212-223",
        ),
        ("https://doi.org/doi.org/10.1177/03058298050330031601", "10.1177/03058298050330031601"),
        ("doi: 10.5281/ZENODO.21430.", "10.5281/zenodo.21430"),
        (
            "http://dx.doi.org/10.1890/0012-9615(1999)069%5B0569:EDILSA%5D2.0.CO;2",
            "10.1890/0012-9615(1999)069[0569:edilsa]2.0.co;2",
        ),
        ("no doi here", None),
        ("10.12/short", None),
        ("", None),
    ],
)
def test_normalize_doi(written: str, doi: str | None) -> None:
    assert normalize_doi(written) == doi


def test_quote_doi_encodes_reserved_characters() -> None:
    assert quote_doi("10.1002/(sici)1097-4679<1>3.0.co;2-#") == (
        "10.1002/%28sici%291097-4679%3C1%3E3.0.co%3B2-%23"
    )
    assert quote_doi("10.5067/terra+aqua/ceres") == "10.5067/terra%2Baqua/ceres"


@pytest.mark.parametrize(
    ("written", "target"),
    [
        ("http://www.jstor.org/stable/42704675", "http://www.jstor.org/stable/42704675"),
        ("www.ifri.org", "http://www.ifri.org"),
        ("creation.com/gecko", "http://creation.com/gecko"),  # a link written bare
        ("10.5555/does-not-exist", None),  # a DOI is no host
        ("HTTPS://Example.ORG/Path?q=1#frag", "https://example.org/Path?q=1"),
        ("https://doi.org/10.1111/1467-9256.12100", None),  # a DOI, checked as one
        ("file:///C:/Users/x.pdf", None),
        ("http://192.168.1.5/x", None),  # local-url's business
        ("ftp://ftp.example.org/pub", None),
        ("mailto:someone@example.org", None),
    ],
)
def test_url_target(written: str, target: str | None) -> None:
    assert url_target(written) == target


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("March 18, 2020", date(2020, 3, 18)),
        ("Date: December 12, 2020", date(2020, 12, 12)),
        ("27 September 2014", date(2014, 9, 27)),
        ("2021-01-05", date(2021, 1, 5)),
        ("Sept. 3, 2019", date(2019, 9, 3)),
        ("February 30, 2020", None),
        ("yesterday", None),
        (None, None),
    ],
)
def test_parse_access_date(text: str | None, when: date | None) -> None:
    assert parse_access_date(text) == when


def test_archive_timestamp_prefers_access_date_then_year() -> None:
    assert archive_timestamp(Reference("r1", "x", year="2008", accessed="January 1, 2021")) == (
        "20210101"
    )
    assert archive_timestamp(Reference("r1", "x", year="2013b")) == "20130701"
    assert archive_timestamp(Reference("r1", "x")) is None
    assert archive_timestamp(None) is None


def test_search_query_strips_links_and_access_notes() -> None:
    entry = Reference(
        "r1",
        "Zahrn G., & Ramos L. (2010). From Hegemony to Soft Power. *Soft Power*, 12–34. "
        "<https://example.org/x> (Date: March 19, 2020).",
        authors=(Person("Zahrn", "G."),),
        year="2010",
        title="From Hegemony to Soft Power",
    )
    assert search_query(entry) == (
        "Zahrn G., & Ramos L. (2010). From Hegemony to Soft Power. Soft Power, 12–34. ."
    )
    assert search_query(Reference("r2", "x", year="2010", title="A long title here")) is None
    web = Reference("r3", "x", authors=(Person("A"),), year="2010", title="Title words", kind="web")
    assert search_query(web) is None


def test_crossref_work_fields() -> None:
    work = crossref_work(KISELEVA)
    assert (work.registry, work.doi, work.type) == (
        "Crossref",
        "10.1111/1467-9256.12100",
        "journal-article",
    )
    assert work.authors == (Person("Kiseleva", "Yulia"),)
    assert (work.issued, work.published_print, work.published_online) == (2015, 2015, 2015)
    assert (work.container, work.volume, work.issue, work.pages) == (
        "Politics",
        "35",
        "3-4",
        "316-329",
    )
    retracted = crossref_work(RETRACTED)
    assert [(u.kind, u.source, u.date) for u in retracted.updated_by] == [
        ("retraction", "publisher", "2010-02-06"),
        ("retraction", "retraction-watch", "2010-02-06"),
        ("correction", "retraction-watch", "2004-03-06"),
    ]
    # journal-level records carry [[null]] dates; nothing may break
    assert (
        crossref_work(
            {
                "DOI": "10.1111/(issn)1442-9993",
                "issued": {"date-parts": [[None]]},
                "type": "journal",
            }
        ).issued
        is None
    )


def test_datacite_record_fields() -> None:
    record = datacite_record(GUSSAROVA)
    assert record.registry == "DataCite"
    assert record.authors == (Person("Gussarova", "Anna"), Person("Andžāns", "Māris"))
    assert record.issued == 2018
    organisation = datacite_record(
        {
            "id": "10.5061/x",
            "attributes": {"creators": [{"name": "NASA", "nameType": "Organizational"}]},
        }
    )
    assert organisation.authors == (Person("NASA", ""),)


KISELEVA_ENTRY = Reference(
    "r11",
    "Kiseleva Y. (2015). Russia's Soft Power Discourse ...",
    authors=(Person("Kiseleva", "Y."),),
    year="2015",
    title="Russia's Soft Power Discourse: Identity, Status and the Attraction of Power",
    container="Politics",
    volume="35",
    issue="3–4",
    pages="316–329",
    doi="10.1111/1467-9256.12100",
)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"title": "Russia's Soft Power Discourse"}, []),  # main title only: agrees
        ({"pages": "316–29"}, []),  # abbreviated range
        ({"authors": (Person("Kisileva", "Y."),)}, [("author", "Kisileva", "Kiseleva")]),
        ({"year": "2014"}, [("year", "2014", "2015")]),
        ({"volume": "53"}, [("volume", "53", "35")]),
        ({"pages": "125–14"}, [("pages", "125–14", "316-329")]),
        (
            {"container": "Foreign Policy Research Institut"},
            [("container", "Foreign Policy Research Institut", "Politics")],
        ),
        (
            {"title": "Soft power in Central Asia"},
            [
                (
                    "title",
                    "Soft power in Central Asia",
                    "Russia's Soft Power Discourse: Identity, Status and the Attraction of Power",
                )
            ],
        ),
    ],
)
def test_compare_metadata(changes: dict[str, object], expected: list[tuple[str, str, str]]) -> None:
    from dataclasses import replace

    diffs = compare_metadata(replace(KISELEVA_ENTRY, **changes), crossref_work(KISELEVA))  # type: ignore[arg-type]
    assert [(d.field, d.entry, d.registry) for d in diffs] == expected


def test_year_diff_names_every_registry_date() -> None:
    from dataclasses import replace

    work = WorkMetadata(
        "Crossref", "10.5555/x", title="T", issued=2014, published_print=2015, published_online=2014
    )
    diffs = compare_metadata(replace(KISELEVA_ENTRY, title=None, year="2016"), work)
    assert [(d.field, d.note) for d in diffs] == [("year", "issued 2014, print 2015, online 2014")]
    other = compare_metadata(
        replace(KISELEVA_ENTRY, title="Something else entirely", authors=(Person("Smith"),)),
        crossref_work(KISELEVA),
    )
    assert is_other_work(other)


ZAHRN_ENTRY = Reference(
    "r40",
    "Zahrn G., & Ramos L. (2010). From Hegemony to Soft Power ...",
    authors=(Person("Zahrn", "G."), Person("Ramos", "L.")),
    year="2010",
    title="From Hegemony to Soft Power: Implications of a Conceptual Change",
    container="Soft Power and US Foreign Policy: Theoretical, Historical and Contemporary "
    "Perspectives",
)


@pytest.mark.parametrize(
    ("changes", "accepted"),
    [
        ({}, True),  # Zahrn is a near miss of Zahran: the registry settles the spelling
        ({"year": "2011"}, True),  # title near identical: ±1 year allowed
        ({"year": "2013"}, False),
        ({"authors": (Person("Ramos", "L."),)}, False),  # another first author
        ({"title": "From Hegemony to Soft Power"}, False),  # too little of the title
        ({"authors": ()}, False),
        ({"container": "Journal of Chemical Physics"}, False),
    ],
)
def test_accepts_only_validated_hits(changes: dict[str, object], accepted: bool) -> None:
    from dataclasses import replace

    assert accepts(replace(ZAHRN_ENTRY, **changes), crossref_work(ZAHRAN)) is accepted  # type: ignore[arg-type]


def test_best_match_prefers_published_and_refuses_ties() -> None:
    from dataclasses import replace

    chapter = crossref_work(ZAHRAN)
    preprint = replace(chapter, doi="10.5555/preprint", type="posted-content")
    twin = replace(chapter, doi="10.5555/twin")
    assert best_match(ZAHRN_ENTRY, (preprint, chapter)) == chapter
    assert best_match(ZAHRN_ENTRY, (chapter, twin)) is None
    assert best_match(ZAHRN_ENTRY, ()) is None


def _response(status: int, body: bytes = b"", **headers: str) -> Response:
    return Response("http://a.test/x", status, CaseInsensitiveDict(headers), body)


def _page(title: str) -> bytes:
    return f"<html><head><title>{title}</title></head></html>".encode()


@pytest.mark.parametrize(
    ("response", "hops", "status", "detail"),
    [
        (_response(200, _page("A page")), [], ResolutionStatus.OK, ""),
        (_response(404), [], ResolutionStatus.BROKEN, "not found (404)"),
        (_response(410), [], ResolutionStatus.BROKEN, "gone (410)"),
        (_response(400), [], ResolutionStatus.BROKEN, "client error (400)"),
        (_response(503), [], ResolutionStatus.BROKEN, "server error (503)"),
        (
            _response(403),
            [],
            ResolutionStatus.UNVERIFIABLE,
            "the site blocks automated checks (403)",
        ),
        (
            _response(418),
            [],
            ResolutionStatus.UNVERIFIABLE,
            "the site blocks automated checks (418)",
        ),
        (_response(429), [], ResolutionStatus.UNVERIFIABLE, "rate-limited (429)"),
        (
            _response(503, _page("Just a moment...")),
            [],
            ResolutionStatus.UNVERIFIABLE,
            "the site blocks automated checks (503)",
        ),
        (
            _response(200, _page("Just a moment...")),
            [],
            ResolutionStatus.UNVERIFIABLE,
            "a bot check answered ('Just a moment...')",
        ),
        (
            _response(200, _page("Page Not Found | Example")),
            [],
            ResolutionStatus.SOFT_404,
            "the page answers 200 but its title says 'Page Not Found | Example'",
        ),
        (
            _response(200, _page("Home")),
            [(301, "http://a.test/")],
            ResolutionStatus.REDIRECTED,
            "redirects to the site's home page: the page is probably gone",
        ),
        (
            _response(200, _page("B")),
            [(301, "https://a.test/x")],
            ResolutionStatus.REDIRECTED,
            "moved permanently to https://a.test/x",
        ),
        (_response(200, _page("B")), [(302, "http://a.test/y")], ResolutionStatus.OK, ""),
    ],
)
def test_classify(
    response: Response, hops: list[tuple[int, str]], status: ResolutionStatus, detail: str
) -> None:
    found = classify("http://a.test/x", response, hops)
    assert (found.status, found.detail) == (status, detail)


def test_page_title_and_home_page() -> None:
    assert page_title(b"<html><TITLE lang=en>\n  Caf&eacute; &amp; Co\n</TITLE>") == "Café & Co"
    assert page_title(b"no title") is None
    assert is_home_page("http://a.test/news/1.html", "http://a.test/")
    assert is_home_page("http://a.test/news/1.html", "https://www.a.test/index.php")
    assert not is_home_page("http://a.test/", "http://a.test/")
    assert not is_home_page("http://a.test/x", "http://a.test/y")


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.1", False),
        ("172.16.0.1", False),
        ("169.254.169.254", False),  # cloud metadata service
        ("100.64.0.1", False),  # carrier-grade NAT
        ("::1", False),
        ("fe80::1", False),
        ("fd00:ec2::254", False),
        ("::ffff:10.0.0.1", False),
        ("2606:4700::1111", True),
        ("224.0.0.1", False),
        ("not an address", False),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_retry_after_forms() -> None:
    assert _retry_after("7") == 7.0
    assert _retry_after(None) is None
    assert _retry_after("soon") is None
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past


def test_cache_serialisation_round_trip() -> None:
    from refcheck.model import Resolution

    original = Resolution(
        "10.5555/retracted.1",
        "doi",
        ResolutionStatus.OK,
        200,
        registry="Crossref",
        metadata=crossref_work(RETRACTED),
        candidates=(crossref_work(ZAHRAN),),
        redirects=((301, "https://x.test/"),),
        checked_at="2026-01-01T00:00:00Z",
    )
    assert from_json(to_json(original)) == original


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_targets_never_raise(text: str) -> None:
    doi = normalize_doi(text)
    assert doi is None or doi == doi.lower()
    url_target(text)
    parse_access_date(text)
    search_query(Reference("r1", text, authors=(Person(text or "x"),), year=text, title=text))
    page_title(text.encode("utf-8", errors="replace"))


def test_progress_bar_only_when_enabled_and_slow() -> None:
    import io

    from refcheck.resolve.progress import Progress

    stream = io.StringIO()
    bar = Progress(4, enabled=True, stream=stream, delay=0.0)
    bar.advance()
    bar.close()
    assert stream.getvalue().startswith("\rrefcheck: checking DOIs and links [#######")
    assert stream.getvalue().endswith("1/4\r\x1b[K")
    quiet = io.StringIO()
    Progress(4, enabled=False, stream=quiet, delay=0.0).advance()
    slow = Progress(4, enabled=True, stream=quiet, delay=60.0)
    slow.advance()
    slow.close()
    assert quiet.getvalue() == ""

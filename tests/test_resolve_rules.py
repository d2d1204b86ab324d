"""The network rules end to end: a manuscript checked with a Resolver against the fake services,
and the seed through the CLI (with the fake services named in REFCHECK_* variables)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from refcheck.api import check_text
from refcheck.cli import main
from refcheck.model import DocumentReport
from refcheck.resolve import Resolver
from tests.httpfixtures import SNAPSHOTS, Services, start_services
from tests.httpserver import FakeHost, Reply, closed_port, html_reply, web

ROOT = Path(__file__).resolve().parents[1]
SEED = str(ROOT / "seeds" / "000_6ff2c148979281d9.txt")

SITE_ROUTES: dict[str, Any] = {
    # the seed's http links
    "/stable/42704675": html_reply("JSTOR: Access Check", 403),
    "/content/article/1293423.html": Reply(301, "", {"Location": "http://rus.azattyq.org/"}),
    "/": html_reply("Radio Azattyk"),
    "/russia/755981": html_reply("Gone", 410),
    "/doc/353.html": html_reply("Page not found - Afghanistan.ru"),
    "/archives/3190": html_reply("Russia's Eurasianist soft power in Central Asia"),
    "/column/lukyanov/4929549.shtml": Reply(
        301, "", {"Location": "http://www.gazeta.ru/comments/column/lukyanov/4929549.shtml"}
    ),
    "/comments/column/lukyanov/4929549.shtml": html_reply("Poiski myagkoy sily"),
    "/number/Vsesilno-ibo-verno-16251": html_reply("Vsesil'no, ibo verno?"),
    # the test manuscript's links
    "/missing-page": html_reply("Not Found", 404),
    "/moved": Reply(308, "", {"Location": "http://news.example/new-place"}),
    "/new-place": html_reply("The article"),
    "/forbidden": html_reply("Forbidden", 403),
}


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Services, FakeHost]]:
    for services in start_services({"site": ("127.0.0.9", web(SITE_ROUTES))}):
        yield services, services.hosts["site"]


def fake_dns(site: FakeHost) -> Any:
    """Plain-http names go to the fake site; anything else does not exist."""

    def resolve(host: str, port: int) -> list[Any]:
        if host.startswith("127."):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (host, port))]
        if port == 80:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (site.ip, site.port))]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    return resolve


MANUSCRIPT = """\
Vaccines were blamed (Wakefield, 1998), and Wakefield (1998) said so again. Doe (2019) agreed.
Kisileva (2014) wrote on discourse. Zahran and Ramos (2010) argued. Smith (2020) was wrong.
See <http://news.example/missing-page> and Web (2015).

References

Wakefield, A. (1998). Ileal-lymphoid-nodular hyperplasia and regressive developmental disorder. *The Lancet*, 351(9103), 637–641. https://doi.org/10.5555/retracted.1
Doe, J. (2019). A Study Under Investigation. *Journal of Synthetic Results*, 4(2), 10–20. https://doi.org/10.5555/concern.1
Kiseleva, Y. (2014). Russia's Soft Power Discourse: Identity, Status and the Attraction of Power. *Politics*, 35(3–4), 316–329. https://doi.org/10.1111/1467-9256.12100
Zahrn, G., & Ramos, L. (2010). From Hegemony to Soft Power: Implications of a Conceptual Change. In *Soft Power and US Foreign Policy* (pp. 12–31). Routledge.
Smith, A. (2020). A missing paper. *Journal of Nothing*, 1, 1–2. https://doi.org/10.1111/1467-9256.1210
Web, B. (2015). A moved page. *News*. http://news.example/moved (accessed March 3, 2016). http://news.example/forbidden
"""


def check(services: Services, site: FakeHost, tmp: Path | None = None) -> DocumentReport:
    with Resolver(
        services.settings(tmp), use_cache=tmp is not None, resolve=fake_dns(site)
    ) as resolver:
        return check_text(MANUSCRIPT, resolver=resolver)


def test_network_rules_on_a_manuscript(world: tuple[Services, FakeHost]) -> None:
    services, site = world
    SNAPSHOTS["http://news.example/missing-page"] = ["20150101000000", "20170101000000"]
    report = check(services, site)
    found = [
        (f.rule, f.span.line if f.span else None, f.citation_id, f.reference_id, f.suggestion)
        for f in report.findings
        if f.code.startswith("RC3")
    ]
    assert found == [
        ("retracted-work", 1, "c1", "r1", None),
        ("corrected-work", 1, "c1", "r1", None),
        ("retracted-work", 1, "c2", "r1", None),
        ("corrected-work", 1, "c2", "r1", None),
        ("expression-of-concern", 1, "c3", "r2", None),
        ("broken-url", 3, None, None, None),
        (
            "archived-copy",
            3,
            None,
            None,
            "https://web.archive.org/web/20170101000000/http://news.example/missing-page",
        ),
        ("doi-metadata-mismatch", 9, None, "r3", "2015"),
        ("missing-doi", 10, None, "r4", "https://doi.org/10.4324/9780203868751-9"),
        ("doi-not-found", 11, None, "r5", None),
        ("redirected-url", 12, None, "r6", "http://news.example/new-place"),
        ("unverifiable-url", 12, None, "r6", None),
    ]
    messages = {f.rule: f.message for f in report.findings}
    assert messages["retracted-work"] == (
        "cites a retracted work: Wakefield (1998), DOI 10.5555/retracted.1 "
        "(notice 10.5555/retraction.1, 2010-02-06, source: publisher)"
    )
    assert messages["doi-metadata-mismatch"] == (
        "Kiseleva (2014): the Crossref record of 10.1111/1467-9256.12100 has year '2015', "
        "the entry '2014' (issued 2015, print 2015, online 2015)"
    )
    assert messages["missing-doi"] == (
        "Zahrn (2010) has no DOI; Crossref lists this work as 10.4324/9780203868751-9; "
        "the registry's first author is 'Zahran' (entry: 'Zahrn')"
    )
    assert messages["doi-not-found"] == (
        "DOI 10.1111/1467-9256.1210 of Smith (2020) is not registered "
        "(doi.org: DOI not found (Crossref has no record either))"
    )
    assert messages["broken-url"] == (
        "link to a broken URL: http://news.example/missing-page (not found (404))"
    )
    assert messages["unverifiable-url"] == (
        "Web (2015) links to http://news.example/forbidden, which could not be verified: the "
        "site blocks automated checks (403)"
    )
    for finding in report.findings:  # every span points at text of the manuscript
        if finding.span:
            assert MANUSCRIPT[finding.span.start : finding.span.end]


def test_offline_check_has_no_network_findings(world: tuple[Services, FakeHost]) -> None:
    report = check_text(MANUSCRIPT)
    assert not [f for f in report.findings if f.code.startswith("RC3")]
    assert report.resolutions == () and not report.resolved


def test_rerun_from_cache_makes_no_request(
    world: tuple[Services, FakeHost], tmp_path: Path
) -> None:
    services, site = world
    first = check(services, site, tmp_path)
    services.reset()
    second = check(services, site, tmp_path)
    assert services.total() == 0
    assert second.findings == first.findings
    assert all(r.cached for r in second.resolutions)


def _cli(services: Services, tmp: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Any:
    for name, value in services.env(tmp).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("REFCHECK_OFFLINE", raising=False)
    return CliRunner().invoke(main, ["check", *args])


def test_seed_with_registry_metadata(
    world: tuple[Services, FakeHost], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The registry settles the seed's spellings: Kiseleva's entry is right (the citation
    'Kisileva' is wrong); the entry 'Zahrn' is wrong (Crossref has Zahran)."""
    services, site = world
    monkeypatch.setattr("refcheck.resolve.guard.system_resolve", fake_dns(site))
    result = _cli(services, tmp_path, monkeypatch, SEED, "--format", "json")
    assert result.exit_code == 1 and result.stderr == ""
    document = json.loads(result.stdout)["documents"][0]
    findings = [f for f in document["findings"] if f["code"].startswith("RC3")]
    by_reference: dict[str, list[tuple[str, str | None]]] = {}
    for finding in findings:
        by_reference.setdefault(finding["reference_id"] or "-", []).append(
            (finding["rule"], finding["suggestion"])
        )
    assert "r11" not in by_reference  # Kiseleva 2015, Politics 35(3-4) 316-329: all agree
    assert by_reference["r40"] == [("missing-doi", "https://doi.org/10.4324/9780203868751-9")]
    zahrn = next(f for f in findings if f["reference_id"] == "r40")
    assert "the registry's first author is 'Zahran' (entry: 'Zahrn')" in zahrn["message"]
    assert by_reference["r7"] == [
        ("doi-metadata-mismatch", "Orbis"),
        ("doi-metadata-mismatch", "64"),
    ]  # Hess: Orbis 64(3)
    assert by_reference["r16"] == [("doi-metadata-mismatch", "212-223")]  # Lebedeva's pages
    assert by_reference["r3"] == [("unverifiable-url", None)]  # JSTOR's bot wall
    assert by_reference["r9"] == [
        ("redirected-url", None),
        (
            "archived-copy",
            "https://web.archive.org/web/20201220000000/http://rus.azattyq.org/content/article/"
            "1293423.html",
        ),
    ]
    assert by_reference["r18"] == [
        ("redirected-url", "http://www.gazeta.ru/comments/column/lukyanov/4929549.shtml")
    ]
    kiseleva = document["references"][10]
    assert kiseleva["resolution"]["doi"]["status"] == "ok"
    assert kiseleva["resolution"]["doi"]["metadata"]["first_author"] == "Kiseleva"
    assert kiseleva["resolution"]["doi"]["metadata"]["volume"] == "35"
    # a rerun is answered from the cache
    services.reset()
    again = _cli(services, tmp_path, monkeypatch, SEED, "--format", "json")
    assert services.total() == 0
    assert json.loads(again.stdout)["documents"][0]["findings"] == document["findings"]


def test_seed_without_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No network at all: one line on stderr, the offline findings unchanged, nothing broken."""
    dead = f"http://127.0.0.2:{closed_port()}"
    for name in ("DOI_RESOLVER", "CROSSREF_API", "DATACITE_API", "WAYBACK_API"):
        monkeypatch.setenv(f"REFCHECK_{name}", dead)
    monkeypatch.setenv("REFCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REFCHECK_OFFLINE", raising=False)

    def no_dns(host: str, port: int) -> list[Any]:
        if host.startswith("127."):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (host, port))]
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr("refcheck.resolve.guard.system_resolve", no_dns)
    online = CliRunner().invoke(main, ["check", SEED])
    offline = CliRunner().invoke(main, ["check", SEED, "--offline"])
    assert online.stderr == "refcheck: network unreachable: 7 DOIs and 20 URLs not verified\n"
    assert online.stdout == offline.stdout
    assert online.exit_code == offline.exit_code == 1


def test_cache_commands(
    world: tuple[Services, FakeHost], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, site = world
    check(services, site, tmp_path)
    info = CliRunner().invoke(main, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert info.exit_code == 0
    lines = info.stdout.splitlines()
    assert lines[0] == f"path: {tmp_path / 'resolutions.sqlite3'}"
    assert lines[2].startswith("entries: ") and "doi 4" in lines[2] and "url 3" in lines[2]
    cleared = CliRunner().invoke(main, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert cleared.exit_code == 0 and cleared.stdout.startswith("removed ")
    info = CliRunner().invoke(main, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert "entries: 0" in info.stdout
    empty = CliRunner().invoke(main, ["cache", "info", "--cache-dir", str(tmp_path / "none")])
    assert empty.stdout.splitlines()[1] == "entries: 0 (no cache yet)"

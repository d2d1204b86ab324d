"""Configuration: discovery, parsing into Config, errors naming file and key, the library
applying selection/severity/per-file-ignores/exclusions, and command-line overrides."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from refcheck.api import check_paths, check_text
from refcheck.config import Config, discover_config, find_config, load_config, parse_config
from refcheck.errors import ConfigError
from refcheck.model import Severity
from refcheck.resolve import Resolver
from tests.clirun import run
from tests.httpfixtures import Services, start_services
from tests.httpserver import FakeHost, web
from tests.test_resolve_rules import MANUSCRIPT, SITE_ROUTES, fake_dns

PAPER = (
    "As shown (Frier, 2009) and (Smith, 2001).\n\nReferences\n\n"
    "Freire, M. R. (2009). Russian policy. *Asian Perspective*, 33(2), 125–140.\n"
    "Lo, B. (2015). Russian policy. *Russie.Nei.Visions*, 82, 1–26. file:///C:/Users/me/lo.pdf\n"
)
ALL_FOUR = [
    ("RC103", "error"),
    ("RC101", "error"),
    ("RC102", "warning"),
    ("RC205", "error"),
]


def codes(config: Config, text: str = PAPER, path: str = "paper.md") -> list[tuple[str, str]]:
    report = check_text(text, path=path, config=config)
    return [(f.code, f.severity.label) for f in report.findings]


# -- discovery ---------------------------------------------------------------------------------


def test_found_upward_dotfile_first_and_pyproject_without_table_skipped(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    paper = deep / "paper.md"
    paper.write_text(PAPER, encoding="utf-8")
    assert find_config(paper) is None
    (tmp_path / "pyproject.toml").write_text('[tool.refcheck]\nignore = ["RC102"]\n')
    assert find_config(paper) == tmp_path / "pyproject.toml"
    (tmp_path / ".refcheck.toml").write_text('ignore = ["RC101"]\n')
    assert find_config(paper) == tmp_path / ".refcheck.toml"  # beats pyproject in one folder
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(paper) == tmp_path / ".refcheck.toml"  # no [tool.refcheck]: skipped
    (tmp_path / "a" / "pyproject.toml").write_text('[tool.refcheck]\nfail-on = "warning"\n')
    assert find_config(paper) == tmp_path / "a" / "pyproject.toml"  # nearest wins
    assert discover_config(paper).fail_on == "warning"


def test_every_key_parsed(tmp_path: Path) -> None:
    path = tmp_path / ".refcheck.toml"
    path.write_text(
        """
select = ["RC1", "local-url"]
extend-select = ["RC204"]
ignore = ["uncited-reference"]
severity = { author-mismatch = "warning", RC31 = "info" }
exclude-urls = ["^https://intranet\\\\."]
exclude-dois = ["^10\\\\.5555/"]
accept-status = [403, 429]
fail-on = "warning"
format = "json"
offline = true

[per-file-ignores]
"drafts/*.md" = ["RC101"]

[network]
mailto = "editor@example.org"
timeout = 12
concurrency = 8
per-host-concurrency = 2
cache-max-age = 3600
cache-failed-max-age = 60
doi-resolver = "https://doi.example/"
openalex-api = "https://openalex.example"
cache-dir = "cache"
""",
        encoding="utf-8",
    )
    config = load_config(path)
    assert config == Config(
        path=path,
        select=("RC1", "local-url"),
        extend_select=("RC204",),
        ignore=("uncited-reference",),
        severity=(
            ("RC103", Severity.WARNING),
            ("RC311", Severity.INFO),
            ("RC312", Severity.INFO),
            ("RC313", Severity.INFO),
            ("RC314", Severity.INFO),
            ("RC315", Severity.INFO),
        ),
        per_file_ignores=(("drafts/*.md", frozenset({"RC101"})),),
        exclude_urls=("^https://intranet\\.",),
        exclude_dois=("^10\\.5555/",),
        accept_status=frozenset({403, 429}),
        fail_on="warning",
        format="json",
        offline=True,
        network=(
            ("mailto", "editor@example.org"),
            ("total_timeout", 12.0),
            ("workers", 8),
            ("per_host", 2),
            ("ttl_ok", 3600.0),
            ("ttl_failed", 60.0),
            ("doi_resolver", "https://doi.example"),
            ("openalex_api", "https://openalex.example"),
            ("cache_dir", tmp_path / "cache"),
        ),
    )
    assert [r.code for r in config.rules()] == [
        "RC101", "RC103", "RC104", "RC105", "RC106", "RC107", "RC108", "RC109", "RC110",
        "RC111", "RC120", "RC130", "RC204", "RC205",
    ]  # fmt: skip
    settings = config.settings(environ={"REFCHECK_MAILTO": "env@example.org"}, workers=3)
    assert (settings.mailto, settings.total_timeout, settings.workers, settings.per_host) == (
        "env@example.org",  # a set variable wins over the file
        12.0,
        3,  # the command line wins over both
        2,
    )
    assert (settings.doi_resolver, settings.openalex_api, settings.cache_dir) == (
        "https://doi.example",
        "https://openalex.example",
        tmp_path / "cache",
    )
    assert (settings.ttl_ok, settings.ttl_failed) == (3600.0, 60.0)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('select = ["RC999"]', "[tool.refcheck] select: unknown rule 'RC999'"),
        (
            "selct = []",
            "[tool.refcheck] selct: unknown key (expected one of accept-status, "
            "exclude-dois, exclude-urls, extend-select, fail-on, format, ignore, network, offline, "
            "per-file-ignores, select, severity)",
        ),
        ('ignore = "RC101"', "[tool.refcheck] ignore: must be a list of strings"),
        (
            'exclude-urls = ["("]',
            "[tool.refcheck] exclude-urls: bad regular expression '(': "
            "missing ), unterminated subpattern at position 0",
        ),
        (
            'severity = {RC101 = "fatal"}',
            "[tool.refcheck] severity.RC101: must be one of error, info, warning, not 'fatal'",
        ),
        ('severity = {nope = "info"}', "[tool.refcheck] severity: unknown rule 'nope'"),
        (
            "accept-status = [200, 999]",
            "[tool.refcheck] accept-status: must be a list of HTTP status codes (100-599)",
        ),
        (
            'fail-on = "fatal"',
            "[tool.refcheck] fail-on: must be one of error, info, never, warning, not 'fatal'",
        ),
        ('offline = "yes"', "[tool.refcheck] offline: must be true or false"),
        (
            'per-file-ignores = {"*.md" = ["RC1000"]}',
            "[tool.refcheck] per-file-ignores.\"*.md\": unknown rule 'RC1000'",
        ),
        (
            "[tool.refcheck.network]\ntimeout = -1",
            "[tool.refcheck.network] timeout: must be at least 0.001",
        ),
        (
            "[tool.refcheck.network]\nconcurrency = 2.5",
            "[tool.refcheck.network] concurrency: must be a whole number",
        ),
        (
            '[tool.refcheck.network]\ncrossref-api = "ftp://x"',
            "[tool.refcheck.network] crossref-api: must be an http(s) URL, not 'ftp://x'",
        ),
        (
            "[tool.refcheck.network]\nproxy = 1",
            "[tool.refcheck.network] proxy: unknown key "
            "(expected one of mailto, timeout, connect-timeout, read-timeout, retries, concurrency, "
            "per-host-concurrency, cache-dir, cache-max-age, cache-failed-max-age, doi-resolver, "
            "crossref-api, datacite-api, openalex-api, wayback-api, wayback-cdx)",
        ),
    ],
)
def test_bad_pyproject_names_file_and_key(chdir: Path, body: str, message: str) -> None:
    head = "" if body.startswith("[") else "[tool.refcheck]\n"
    (chdir / "pyproject.toml").write_text(head + body + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(chdir / "pyproject.toml")
    assert str(raised.value) == "pyproject.toml: " + message
    (chdir / "paper.md").write_text(PAPER, encoding="utf-8")
    code, out, err = run("check", "paper.md")
    assert (code, out, err) == (2, "", f"refcheck: error: pyproject.toml: {message}\n")


def test_bad_dotfile_and_toml(chdir: Path) -> None:
    (chdir / ".refcheck.toml").write_text('select = ["RC999"]\n[network]\nx = 1\n')
    with pytest.raises(ConfigError, match=r"^\.refcheck\.toml: select: unknown rule 'RC999'$"):
        load_config(".refcheck.toml")
    (chdir / ".refcheck.toml").write_text("[network]\nx = 1\n")
    with pytest.raises(ConfigError, match=r"^\.refcheck\.toml: \[network\] x: unknown key"):
        load_config(".refcheck.toml")
    (chdir / ".refcheck.toml").write_text("select = [\n")
    with pytest.raises(ConfigError, match=r"^\.refcheck\.toml: invalid TOML: "):
        load_config(".refcheck.toml")
    code, _, err = run("check", "x.md", "--config", "missing.toml")
    assert (code, err) == (2, "refcheck: error: missing.toml: no such configuration file\n")


# -- the library applies it ----------------------------------------------------------------------


def test_default_config_changes_nothing() -> None:
    assert codes(Config()) == ALL_FOUR


def test_select_extend_ignore_in_that_order() -> None:
    def pick(**table: object) -> list[str]:
        return [code for code, _ in codes(parse_config(table, None, "x:"))]

    assert pick(select=["RC1"]) == ["RC103", "RC101", "RC102"]
    assert pick(select=["RC1"], ignore=["missing-reference"]) == ["RC103", "RC102"]
    assert pick(select=["RC10"], **{"extend-select": ["local-url"]}) == [
        "RC103",
        "RC101",
        "RC102",
        "RC205",
    ]
    assert pick(select=["ALL"], ignore=["RC1"]) == ["RC205"]
    assert pick(ignore=["RC103", "RC10"], **{"extend-select": ["RC103"]}) == ["RC205"]


def test_severity_override_and_per_file_ignores(tmp_path: Path) -> None:
    config = parse_config(
        {
            "severity": {"local-url": "info", "RC101": "warning"},
            "per-file-ignores": {"drafts/*": ["RC1"], "*.txt": ["local-url"]},
        },
        tmp_path / ".refcheck.toml",
        "x:",
    )
    assert codes(config, path=str(tmp_path / "paper.md")) == [
        ("RC103", "error"),
        ("RC101", "warning"),
        ("RC102", "warning"),
        ("RC205", "info"),
    ]
    assert codes(config, path=str(tmp_path / "drafts" / "paper.md")) == [("RC205", "info")]
    assert codes(config, path=str(tmp_path / "sub" / "paper.txt")) == [
        ("RC103", "error"),
        ("RC101", "warning"),
        ("RC102", "warning"),
    ]


def test_exclude_urls_offline_drops_the_local_url_finding() -> None:
    config = parse_config({"exclude-urls": ["^file:///C:/Users/"]}, None, "x:")
    assert codes(config) == ALL_FOUR[:3]
    config = parse_config({"exclude-urls": ["^https://elsewhere"]}, None, "x:")
    assert codes(config) == ALL_FOUR


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Services, FakeHost]]:
    for services in start_services({"site": ("127.0.0.9", web(SITE_ROUTES))}):
        yield services, services.hosts["site"]


def test_exclusions_are_not_fetched_and_accepted_status_is_ok(
    world: tuple[Services, FakeHost],
) -> None:
    services, site = world
    services.reset()
    config = parse_config(
        {
            "exclude-urls": ["missing-page$"],
            "exclude-dois": ["^10\\.5555/retracted"],
            "accept-status": [403],
        },
        None,
        "x:",
    )
    found = []
    for chosen in (None, config):
        services.reset()
        with Resolver(services.settings(), use_cache=False, resolve=fake_dns(site)) as resolver:
            report = check_text(MANUSCRIPT, resolver=resolver, config=chosen)
        found.append([(f.rule, f.reference_id) for f in report.findings if f.code > "RC3"])
    asked = [r.path for host in services.hosts.values() for r in host.requests]
    assert found == [
        [
            ("retracted-work", "r1"),
            ("corrected-work", "r1"),
            ("retracted-work", "r1"),
            ("corrected-work", "r1"),
            ("expression-of-concern", "r2"),
            ("broken-url", None),
            ("doi-metadata-mismatch", "r3"),
            ("missing-doi", "r4"),
            ("doi-not-found", "r5"),
            ("redirected-url", "r6"),
            ("unverifiable-url", "r6"),
        ],
        [  # no retraction, no broken link, and the 403 page is ok
            ("expression-of-concern", "r2"),
            ("doi-metadata-mismatch", "r3"),
            ("missing-doi", "r4"),
            ("doi-not-found", "r5"),
            ("redirected-url", "r6"),
        ],
    ]
    assert "/forbidden" in asked
    assert [p for p in asked if "missing-page" in p or "retracted" in p] == []


# -- command line ------------------------------------------------------------------------------


def test_cli_options_override_the_config(chdir: Path) -> None:
    (chdir / "paper.md").write_text(PAPER, encoding="utf-8")
    (chdir / "pyproject.toml").write_text(
        '[tool.refcheck]\nselect = ["RC205"]\nformat = "json"\nfail-on = "never"\n'
        'severity = {RC205 = "warning"}\n',
        encoding="utf-8",
    )
    code, out, _ = run("check", "paper.md")
    assert code == 0
    assert [(f["code"], f["severity"]) for f in json.loads(out)["documents"][0]["findings"]] == [
        ("RC205", "warning")
    ]
    code, out, _ = run("check", "paper.md", "--format", "text", "--fail-on", "warning")
    assert code == 1 and out.startswith("paper.md:6:64: RC205 local-url [warning]")
    code, out, _ = run("check", "paper.md", "--select", "RC101,RC103", "--ignore", "RC101")
    assert code == 0 and [f["code"] for f in json.loads(out)["documents"][0]["findings"]] == [
        "RC103"
    ]
    code, _, err = run("check", "paper.md", "--select", "nope")
    assert (code, err) == (2, "refcheck: error: unknown rule 'nope'\n")
    (chdir / "other.toml").write_text('select = ["RC102"]\n', encoding="utf-8")
    code, out, _ = run("check", "paper.md", "--config", "other.toml", "--format", "json")
    assert code == 0 and [f["code"] for f in json.loads(out)["documents"][0]["findings"]] == [
        "RC102"
    ]


def test_offline_from_config_and_online_flag(chdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REFCHECK_OFFLINE")
    (chdir / "paper.md").write_text(PAPER, encoding="utf-8")
    (chdir / ".refcheck.toml").write_text("offline = true\n", encoding="utf-8")
    report = check_paths(["paper.md"], config=load_config(".refcheck.toml"))
    assert [f.code for f in report.documents[0].findings] == [c for c, _ in ALL_FOUR]
    code, out, err = run("check", "paper.md")  # offline: no resolver, nothing on stderr
    assert (code, err) == (1, "") and "RC205" in out

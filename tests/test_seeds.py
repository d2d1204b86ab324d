"""The user's seeds end to end: the whole JSON report against a golden file reviewed by hand,
the bibliography in bib/ against the seed, and the example reports in reports/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refcheck.api import check_paths
from refcheck.ingest import read_document
from refcheck.ingest.bibliography import read_bibliography
from refcheck.references import extract_references
from refcheck.report import render

ROOT = Path(__file__).resolve().parents[1]
SEED = "seeds/000_6ff2c148979281d9.txt"
FRAGMENT = "seeds/004_498ee77b5566cda8.txt"
BIB = "bib/000_6ff2c148979281d9.bib"


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in reports are relative to the repository


def test_seed_matches_reviewed_golden(update_golden: bool) -> None:
    output = render(check_paths([SEED]), "json")
    golden = ROOT / "tests" / "golden" / "seed_000.json"
    if update_golden:
        golden.write_text(output, encoding="utf-8")
    assert json.loads(output) == json.loads(golden.read_text(encoding="utf-8"))


def test_seed_findings_summary() -> None:
    findings = check_paths([SEED]).documents[0].findings
    got = [(f.span.line if f.span else 0, f.rule, f.suggestion) for f in findings]
    assert got == [
        (65, "missing-reference", None),  # Troitski, 2011
        (65, "author-mismatch", "Kiseleva"),
        (65, "author-mismatch", "Zahrn"),
        (65, "missing-reference", None),  # Van Herpen's (2015)
        (67, "missing-reference", None),  # Nye (2003): Nye is listed for 2010, 2013
        (69, "author-mismatch", "Gussarova"),
        (69, "author-count-mismatch", "Gussarova and Khon"),
        (71, "author-count-mismatch", "Ospanova and Rakhmatulin"),
        (71, "author-mismatch", "Özertem"),
        (71, "missing-reference", None),  # Saginday
        (71, "missing-reference", None),  # Bogdanova
        (75, "author-mismatch", "Freire"),
        (135, "missing-reference", None),  # Hiro
        (179, "year-mismatch", "2016"),  # the Embassy, cited without a year
        (189, "year-mismatch", "n.d."),  # Nurgaliyeva, 2016
        (210, "incomplete-reference", None),  # the Embassy's entry has no source
        (211, "invalid-page-range", None),  # 125–14
        (213, "uncited-reference", None),  # Gussarova & Andžāns 2018
        (215, "malformed-doi", "https://doi.org/10.1016/j.orbis.2020.05.005"),
        (216, "uncited-reference", None),  # Huseynov
        (217, "uncited-reference", None),  # Kazakhstan otkazalsya ...
        (222, "duplicate-reference", None),  # Laruelle 2008 twice
        (224, "malformed-doi", "https://doi.org/10.24833/2071-8160-2017-3-54-212-223"),
        (228, "malformed-doi", "https://doi.org/10.1177/03058298050330031601"),
        (230, "local-url", None),  # file:///C:/Users/...
        (239, "uncited-reference", None),  # Paul et al. 2004
        (241, "uncited-reference", None),  # Rubinstein
        (241, "incomplete-reference", None),  # Rubinstein: no publisher
        (242, "uncited-reference", None),  # Sergunin & Karabeshkin 2015
    ]


def test_fragment_against_the_seed_bibliography() -> None:
    document = check_paths([FRAGMENT], bib=[BIB]).documents[0]
    assert [(c.text, c.authors, c.year) for c in document.citations] == [
        ("Frier, 2009", ("Frier",), "2009"),
        ("Ripsman et all, 2009", ("Ripsman",), "2009"),
    ]
    assert [link.status for link in document.links] == ["fuzzy", "exact"]
    got = [(f.path, f.span.line if f.span else 0, f.rule, f.suggestion) for f in document.findings]
    assert got == [
        (None, 2, "author-mismatch", "Freire"),
        (None, 3, "malformed-citation", "et al."),
        (BIB, 22, "invalid-page-range", None),  # Freire's entry, which the fragment cites
    ]


def test_bib_file_agrees_with_the_seed_list() -> None:
    own = extract_references(read_document(SEED))[1]
    bib = read_bibliography(BIB)
    assert len(own) == len(bib) == 40

    def key(reference):  # type: ignore[no-untyped-def]
        return (
            [(p.family, p.given) for p in reference.authors],
            reference.year,
            reference.doi,
            reference.pages,
        )

    assert [key(r) for r in own] == [key(r) for r in bib]


_EXAMPLES = {"txt": "text", "json": "json", "html": "html", "sarif": "sarif", "md": "markdown"}


@pytest.mark.parametrize("suffix", sorted(_EXAMPLES))
def test_example_reports_are_current(suffix: str, update_golden: bool) -> None:
    """reports/ shows what each output looks like on the seed (the HTML manuscript view among
    them); ``pytest --update-golden`` rewrites them."""
    report = check_paths([SEED])
    expected = render(report, _EXAMPLES[suffix])
    path = ROOT / "reports" / f"000_6ff2c148979281d9.{suffix}"
    if update_golden:
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected


def test_fragment_against_a_plain_text_list(tmp_path: Path) -> None:
    lines = (ROOT / SEED).read_text(encoding="utf-8").splitlines()
    listing = tmp_path / "refs.txt"
    listing.write_text("\n".join(lines[206:]) + "\n", encoding="utf-8")  # "References" onwards
    document = check_paths([FRAGMENT], bib=[listing]).documents[0]
    assert [r.origin for r in document.references] == [str(listing)] * 40
    got = [(f.path, f.span.line if f.span else 0, f.rule) for f in document.findings]
    assert got == [
        (None, 2, "author-mismatch"),
        (None, 3, "malformed-citation"),
        (str(listing), 5, "invalid-page-range"),  # located in refs.txt, not in the manuscript
    ]

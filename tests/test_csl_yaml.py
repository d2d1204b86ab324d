"""CSL-YAML bibliographies: named in a pandoc manuscript's front matter or given with ``--bib``,
read like CSL-JSON, malformed files and YAML bombs refused in one line."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from refcheck.api import check_paths
from refcheck.cli import main
from refcheck.errors import InputError
from refcheck.ingest.bibliography import load_bibliography, read_bibliography
from refcheck.ingest.docbib import MAX_YAML_NODES, parse_csl_json, parse_csl_yaml, parse_file
from refcheck.model import Person

pytest.importorskip("yaml")

YAML = """\
references:
- id: smith2001
  type: article-journal
  author:
  - family: Smith
    given: John
  title: On things
  container-title: Journal of Things
  volume: 12
  page: 1-10
  DOI: https://doi.org/10.1000/xyz123
  issued:
    date-parts:
    - [2001]
- id: jones2002
  type: book
  author:
  - family: Jones
    given: Ann
  title: A book
  issued: 2002
- id: brown2010
  type: webpage
  author:
  - literal: World Health Organization
  title: A page
  URL: https://example.org/page
  issued:
    date-parts:
    - [2010, 3, 1]
"""

MARKDOWN = """---
title: Test
bibliography: refs.yaml
---

As @smith2001 showed [see also @jones2002, p. 4; @nobody2020].
"""


def _as_json(text: str) -> str:
    import yaml

    return json.dumps(yaml.safe_load(text)["references"], indent=1)


def test_csl_yaml_maps_fields_like_csl_json() -> None:
    references, notes = parse_csl_yaml(YAML, "refs.yaml")
    from_json, json_notes = parse_csl_json(_as_json(YAML), "refs.yaml")
    assert notes == json_notes == ()
    assert [replace(r, span=None) for r in references] == [replace(r, span=None) for r in from_json]
    smith, jones, who = references
    assert (smith.key, smith.year, smith.title, smith.container, smith.volume) == (
        "smith2001",
        "2001",
        "On things",
        "Journal of Things",
        "12",
    )
    assert (smith.pages, smith.doi, smith.kind, smith.authors) == (
        "1-10",
        "10.1000/xyz123",
        "journal",
        (Person("Smith", "John"),),
    )
    assert (jones.year, jones.kind) == ("2002", "book")
    assert (who.corporate, who.authors, who.url, who.kind) == (
        True,
        (Person("World Health Organization"),),
        "https://example.org/page",
        "web",
    )
    assert [(r.key, r.span.line if r.span else None) for r in references] == [
        ("smith2001", 2),
        ("jones2002", 15),
        ("brown2010", 22),
    ]


def _findings(paper: Path, **kwargs: object) -> list[tuple[str, str | None, int | None]]:
    report = check_paths([paper], **kwargs)  # type: ignore[arg-type]
    (document,) = report.documents
    return [(f.rule, f.path, f.span.line if f.span else None) for f in document.findings]


def test_front_matter_names_a_csl_yaml_bibliography(tmp_path: Path) -> None:
    (tmp_path / "refs.yaml").write_text(YAML, encoding="utf-8")
    paper = tmp_path / "paper.md"
    paper.write_text(MARKDOWN, encoding="utf-8")
    refs = str(tmp_path / "refs.yaml")
    assert _findings(paper) == [
        ("missing-reference", None, 6),
        ("incomplete-reference", refs, 15),  # jones2002: a book with no publisher
        ("uncited-reference", refs, 22),  # brown2010
    ]


def test_bib_option_reads_csl_yaml(tmp_path: Path) -> None:
    (tmp_path / "refs.yaml").write_text(YAML, encoding="utf-8")
    paper = tmp_path / "paper.md"
    paper.write_text(MARKDOWN.replace("bibliography: refs.yaml\n", ""), encoding="utf-8")
    refs = str(tmp_path / "refs.yaml")
    # a --bib file is shared: its never-cited entries are not reported
    assert _findings(paper, bib=[refs]) == [
        ("missing-reference", None, 5),
        ("incomplete-reference", refs, 15),
    ]
    bibliography = load_bibliography(refs)
    assert (bibliography.format, [r.key for r in bibliography.references]) == (
        "csl-yaml",
        ["smith2001", "jones2002", "brown2010"],
    )


def test_bib_option_reads_csl_json(tmp_path: Path) -> None:
    path = tmp_path / "refs.json"
    path.write_text(_as_json(YAML), encoding="utf-8")
    bibliography = load_bibliography(path)
    assert (bibliography.format, [r.key for r in bibliography.references]) == (
        "csl-json",
        ["smith2001", "jones2002", "brown2010"],
    )


def test_bib_option_csl_item_without_id_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "refs.yml"
    path.write_text("- title: no id\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_bibliography(path)
    assert str(raised.value) == f"{path}: item 1 has no id"


MALFORMED = "references:\n- id: a\n  title: [unclosed\n- id: b\n"


def test_malformed_yaml_is_one_line_error_with_line() -> None:
    with pytest.raises(InputError) as raised:
        parse_file(MALFORMED, "refs.yaml")
    assert str(raised.value) == ("refs.yaml:4: not valid YAML: expected ',' or ']', but got ':'")


@pytest.mark.parametrize("named", [True, False], ids=["front-matter", "bib-option"])
def test_malformed_yaml_exits_2_with_one_line(tmp_path: Path, named: bool) -> None:
    (tmp_path / "refs.yaml").write_text(MALFORMED, encoding="utf-8")
    paper = tmp_path / "paper.md"
    text = MARKDOWN if named else MARKDOWN.replace("bibliography: refs.yaml\n", "")
    paper.write_text(text, encoding="utf-8")
    args = ["check", str(paper), "--offline"]
    if not named:
        args += ["--bib", str(tmp_path / "refs.yaml")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"refcheck: error: {tmp_path / 'refs.yaml'}:4: not valid YAML: expected ',' or ']', "
        "but got ':'\n"
    )


def _bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    lines.append(f"references:\n- id: x\n  title: *a{levels}")
    return "\n".join(lines) + "\n"


def test_yaml_bomb_is_refused_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(InputError) as raised:
        parse_file(_bomb(9), "refs.yaml")  # 9^10 strings if expanded
    assert time.perf_counter() - started < 2.0
    assert str(raised.value) == (
        f"refs.yaml:7: YAML aliases expand to more than {MAX_YAML_NODES:,} nodes "
        "(a YAML bomb?); refused"
    )


def test_yaml_aliases_within_bounds_are_read() -> None:
    text = _bomb(3) + "  type: book\n"  # 9^4 = 6,561 strings: fine, and the title is no text
    (reference,), notes = parse_file(text, "refs.yaml")
    assert notes == ()
    assert (reference.key, reference.title, reference.kind) == ("x", None, "book")


def test_recursive_yaml_alias_is_refused() -> None:
    with pytest.raises(InputError) as raised:
        parse_file("references: &r\n- id: x\n  also: *r\n", "refs.yaml")
    assert str(raised.value) == "refs.yaml:1: a YAML alias refers to itself; refused"


@pytest.mark.parametrize(
    ("name", "text", "format"),
    [
        ("refs.txt", '[{"id": "a", "title": "T", "issued": 2001}]\n', "csl-json"),
        ("refs", ' {"references": [{"id": "a", "title": "T"}]}\n', "csl-json"),
        ("refs.txt", "[1] Smith, J. (2001). A title. Journal of Things, 3, 1-9.\n", "text"),
        ("refs.txt", "@article{a, title={T}, year={2001}}\n", "bibtex"),
    ],
)
def test_bib_option_format_by_content(tmp_path: Path, name: str, text: str, format: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    bibliography = load_bibliography(path)
    assert (bibliography.format, len(bibliography.references)) == (format, 1)

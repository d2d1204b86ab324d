"""``refcheck explain`` and ``refcheck rules NAME``: each rule's four-part doc from the registry."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from refcheck.config import load_config
from refcheck.rules import all_rules, explain, find_rule, parse_doc
from tests.clirun import run

EXPECTED = """\
RC103 author-mismatch (error): a cited surname that is a near miss of the entry

What it flags:
  The cited surname differs from the entry the citation surely means (the first name, or
  the second of two: `(Smith and Jonse, 2010)`; or its particles: `van der Berg` for
  `van den Berg`), or two names are cited in the other order than the entry's (`Deaton
  and Case` for `Case A, Deaton A`), or initials printed before it name another person
  (`(R. Smith, 2010)` for `Smith, J. A.`); in numeric styles, the name printed before a
  callout misspells its entry's first author (`Smyth et al. [1]` for `Smith J, …`).

Why it matters:
  A misspelt name breaks search and indexing and signals careless referencing.

Example:
  `(Frier, 2009)` while the list has `Freire M.R. (2009)`.

Fix:
  Use the suggested spelling or order (or correct the entry if the citation is right).
"""


@pytest.mark.parametrize("token", ["RC103", "rc103", "author-mismatch"])
def test_explain_by_code_or_name_and_rules_name_agree(token: str) -> None:
    assert run("explain", token) == (0, EXPECTED, "")
    assert run("rules", token) == (0, EXPECTED, "")


def test_explain_unknown_rule_is_one_line() -> None:
    assert run("explain", "RC999") == (
        2,
        "",
        "refcheck: error: no rule named 'RC999' (see 'refcheck rules')\n",
    )


def test_every_rule_documents_all_four_parts() -> None:
    for rule in all_rules():
        text = explain(rule)
        parts = rule.parts
        assert all(len(part) > 10 for part in (parts.what, parts.why, parts.example, parts.fix))
        assert [line for line in text.splitlines() if line.endswith(":")] == [
            "What it flags:",
            "Why it matters:",
            "Example:",
            "Fix:",
        ], rule.code
    assert find_rule("unused-suppression") is not None


def test_a_docstring_without_the_parts_is_refused() -> None:
    with pytest.raises(ValueError, match=r"needs What:, Why:, Example:, Fix: in order"):
        parse_doc("What: x\nFix: y\n")
    assert parse_doc("What: a\n  b\n\nWhy: c\nExample: d\nFix: e").what == "a b"


ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_library_example_runs_and_prints_what_readme_says(tmp_path: Path) -> None:
    section = README[README.index("### Library API") :]
    code = re.search(r"```python\n(.+?)```", section, re.S)
    printed = re.search(r"prints\n\n```\n(.+?)```", section, re.S)
    assert code is not None and printed is not None
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code[1]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr, result.stdout) == (0, "", printed[1])


def test_readme_configuration_example_is_a_valid_configuration(tmp_path: Path) -> None:
    section = README[README.index("### Configuration") :]
    example = re.search(r"```toml\n(.+?)```", section, re.S)
    assert example is not None
    (tmp_path / "pyproject.toml").write_text(example[1], encoding="utf-8")
    config = load_config(tmp_path / "pyproject.toml")
    assert (config.fail_on, config.accept_status, len(config.network)) == (
        "warning",
        frozenset({403, 429}),
        10,
    )
    assert "RC303" not in {r.code for r in config.rules()}

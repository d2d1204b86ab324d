"""Baseline: fingerprints without line numbers, counted; the CLI writes, applies, updates."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from refcheck.api import check_paths
from refcheck.baseline import apply_baseline, dumps, loads, make_baseline
from refcheck.errors import InputError
from tests.clirun import run

PAPER = (
    "As shown (Frier, 2009) and (Smith, 2001).\n\nReferences\n\n"
    "Freire, M. R. (2009). Russian policy. *Asian Perspective*, 33(2), 125–140.\n"
    "Lo, B. (2015). Russian policy. *Russie.Nei.Visions*, 82, 1–26.\n"
)


def test_fingerprints_survive_edits_above_and_count_copies(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    baseline = make_baseline(check_paths([paper]), tmp_path)
    lo = PAPER.splitlines()[5]
    assert json.loads(dumps(baseline)) == {
        "version": 1,
        "findings": [
            {"path": "paper.txt", "rule": rule, "subject": subject, "count": 1}
            for rule, subject in [
                ("author-mismatch", "Frier, 2009"),
                ("missing-reference", "Smith, 2001"),
                ("uncited-reference", lo),
            ]
        ],
    }
    assert loads(dumps(baseline), "b.json") == baseline
    edited = "A new first paragraph.\n\nAnd (Smith, 2001) again, and (Doe, 2020).\n\n" + PAPER
    paper.write_text(edited, encoding="utf-8")
    report, hidden = apply_baseline(check_paths([paper]), baseline, tmp_path)
    assert hidden == 3
    assert [(f.rule, f.span.line if f.span else None) for f in report.documents[0].findings] == [
        ("missing-reference", 3),  # Doe is new
        ("missing-reference", 5),  # and one Smith: the baseline holds one
    ]


@pytest.mark.parametrize(
    "text", ["", "{}", '{"version": 2, "findings": []}', '{"version": 1, "findings": [{}]}']
)
def test_a_file_that_is_no_baseline_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match=r"^b\.json: not a refcheck baseline \("):
        loads(text, "b.json")


def test_cli_writes_then_hides_then_updates(chdir: Path) -> None:
    (chdir / "paper.txt").write_text(PAPER, encoding="utf-8")
    code, out, err = run("check", "paper.txt", "--baseline", "base/line.json")
    assert (code, err) == (2, "refcheck: error: cannot write baseline base/line.json: "
                                "No such file or directory\n")  # fmt: skip
    code, out, err = run("check", "paper.txt", "--baseline", "line.json")
    assert (code, err) == (0, "refcheck: wrote 3 findings to baseline line.json\n")
    assert out.startswith("No problems found")
    recorded = (chdir / "line.json").read_text(encoding="utf-8")
    code, out, err = run("check", "paper.txt", "--baseline", "line.json")
    assert (code, err) == (0, "refcheck: 3 findings hidden by baseline line.json\n")
    (chdir / "paper.txt").write_text(PAPER.replace("(Smith, 2001)", "(Smyth, 2001)"))
    code, out, err = run("check", "paper.txt", "--baseline", "line.json")
    assert (code, err) == (1, "refcheck: 2 findings hidden by baseline line.json\n")
    assert out.startswith(
        "paper.txt:1:29: RC101 missing-reference [error] 'Smyth, 2001' matches no entry"
    )
    code, out, err = run("check", "paper.txt", "--baseline", "line.json", "--update-baseline")
    assert (code, err) == (0, "refcheck: wrote 3 findings to baseline line.json\n")
    assert (chdir / "line.json").read_text(encoding="utf-8") == recorded.replace("Smith", "Smyth")
    os.mkdir("sub")
    os.chdir("sub")  # paths are relative to the baseline file, not the working directory
    code, _, err = run("check", "../paper.txt", "--baseline", "../line.json")
    assert (code, err) == (0, "refcheck: 3 findings hidden by baseline ../line.json\n")
    code, _, err = run("check", "../paper.txt", "--update-baseline")
    assert (code, err) == (2, "refcheck: error: --update-baseline needs --baseline FILE\n")

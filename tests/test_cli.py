"""The command line: exit codes, one-line errors, outputs, and README promises."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from refcheck.cli import main
from refcheck.rules import all_rules, markdown_table
from tests.clirun import run

ROOT = Path(__file__).resolve().parents[1]

CLEAN = "Soft power matters (Nye, 2013).\n\nReferences\n\nNye, J. (2013). Soft power. *Foreign Policy*, 3, 1–9.\n"
WARN_ONLY = CLEAN + "Lo, B. (2015). Russian policy. *Russie.Nei.Visions*, 82, 1–26.\n"
ERROR = "As shown (Frier, 2009).\n\nReferences\n\nFreire, M. R. (2009). Russian policy. *Asian Perspective*, 33(2), 125–140.\n"


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    def _write(name: str, content: str | bytes) -> str:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return _write


def test_clean_manuscript_exits_0(write) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("check", write("a.txt", CLEAN))
    assert (code, err) == (0, "")
    assert out == "No problems found in 1 document, 1 citation, 1 reference.\n"


def test_fail_on_levels(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", WARN_ONLY)
    assert run("check", path)[0] == 0
    assert run("check", path, "--fail-on", "warning")[0] == 1
    assert run("check", write("b.txt", ERROR))[0] == 1
    assert run("check", write("c.txt", ERROR), "--fail-on", "never")[0] == 0


def test_text_report_lines(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", ERROR)
    code, out, _ = run("check", path, "--offline")
    assert code == 1
    assert out.splitlines()[0] == (
        f"{path}:1:11: RC103 author-mismatch [error] cited as 'Frier' but the reference lists 'Freire'"
    )
    assert out.splitlines()[1] == "    suggestion: Freire"
    assert "\x1b[" not in out  # not a terminal: no colour


def test_json_output_to_file(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", ERROR)
    target = tmp_path / "report.json"
    code, out, _ = run("check", path, "--format", "json", "-o", str(target))
    assert (code, out) == (1, "")
    data = json.loads(target.read_text(encoding="utf-8"))
    finding = data["documents"][0]["findings"][0]
    assert (finding["rule"], finding["line"], finding["column"], finding["suggestion"]) == (
        "author-mismatch",
        1,
        11,
        "Freire",
    )


def test_output_may_not_overwrite_an_input(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", ERROR)
    before = Path(path).read_bytes()
    code, _, err = run("check", path, "-o", path)
    assert code == 2
    assert err.count("\n") == 1 and "refusing to overwrite" in err
    assert Path(path).read_bytes() == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n ", "is empty"),
        ("nul.txt", b"abc\x00\x01\x02" * 100, "binary"),
        (
            "fake.txt",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + b"\x00" * 50,
            "corrupt or truncated PDF",
        ),
    ],
    ids=["empty", "whitespace", "nul-bytes", "pdf-magic"],
)
def test_bad_input_is_one_line_and_exit_2(write, name: str, content: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write(name, content)
    code, out, err = run("check", path)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("refcheck: error: ") and message in err
    assert path in err


def test_missing_path_and_directory(tmp_path: Path) -> None:
    code, _, err = run("check", str(tmp_path / "nope.txt"))
    assert code == 2 and err.count("\n") == 1 and "nope.txt" in err
    code, _, err = run("check", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "directory" in err


def test_no_reference_list_is_a_finding(write) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("check", write("a.txt", "As shown (Nye, 2013) and Lo (2015).\n"))
    assert code == 1
    assert (
        "RC001 no-reference-list [error] no reference list found; 2 citations cannot be checked"
        in out
    )


def test_rules_lists_every_rule_and_explains_one() -> None:
    code, out, _ = run("rules")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [r.code for r in all_rules()]
    code, out, _ = run("rules", "author-mismatch")
    assert code == 0 and out.startswith("RC103 author-mismatch (error)") and "Fix:" in out
    code, _, err = run("rules", "no-such-rule")
    assert (
        code == 2
        and err == "refcheck: error: no rule named 'no-such-rule' (see 'refcheck rules')\n"
    )


def test_extract_bibtex_and_json(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", ERROR)
    code, out, _ = run("extract", path)
    assert code == 0 and out.startswith("@article{freire2009,")
    code, out, _ = run("extract", path, "--format", "json")
    assert code == 0 and json.loads(out)[0]["authors"] == [{"family": "Freire", "given": "M. R."}]


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "refcheck", "rules"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "RC101" in result.stdout


def test_readme_rule_table_matches_registry() -> None:
    assert markdown_table() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    assert commands[:2] == [
        "pip install . && refcheck check seeds/000_6ff2c148979281d9.txt --offline --fail-on never",
        "pip install '.[test]' && pytest",
    ]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # the main job succeeds on a fresh machine: the report is printed, the exit code is 0
    args = commands[0].split("refcheck ", 1)[1].split()
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    assert result.stdout.endswith(
        "Found 29 problems (17 errors, 12 warnings) in 1 document, 43 citations, 40 references.\n"
    )


class _Tty:
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from refcheck.cli import _use_color

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color(_Tty(), None) is True
    assert _use_color(_Tty(), "report.txt") is False
    assert _use_color(object(), None) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert _use_color(_Tty(), None) is False


def test_format_in_overrides_the_suffix(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "paper.txt",
        "As **Nye (2013)** said.\n\n## References\n\n- Nye, J. (2013). Soft power. *Foreign Policy*, 3, 1–9.\n",
    )
    code, out, _ = run("check", path, "--format", "json", "--format-in", "markdown")
    assert code == 0 and json.loads(out)["documents"][0]["format"] == "markdown"
    code, _, err = run("check", path, "--format-in", "odt")
    assert code == 2 and err.startswith("refcheck: error: unknown input format 'odt'")

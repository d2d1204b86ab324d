"""The pre-commit hook, installed by pre-commit itself from this checkout and run on a manuscript
in a temporary git repository: it fails on a citation error and passes once it is fixed.

The checkout under test is copied into a fresh git repository first (``try-repo`` on the
checkout itself would install HEAD plus changes to tracked files only, not new modules). The
hook's virtualenv sees this interpreter's site-packages and pip may not use an index, so the
install needs no network; where that cannot work (no pre-commit, no virtualenv) the test skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ERROR = (
    "As shown (Frier, 2009).\n\nReferences\n\n"
    "Freire, M. R. (2009). Russian policy. Asian Perspective, 33(2), 125–140.\n"
)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _repository(path: Path, files: dict[str, str]) -> Path:
    path.mkdir()
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text, encoding="utf-8")
    _git(path, "init", "-q")
    _git(path, "add", "-A")
    _git(path, "commit", "-q", "-m", "start")
    return path


def _checkout_copy(target: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    target.mkdir()
    shutil.copytree(ROOT / "refcheck", target / "refcheck", ignore=ignore)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(ROOT / name, target / name)
    _git(target, "init", "-q")
    _git(target, "add", "-A")
    _git(target, "commit", "-q", "-m", "refcheck under test")
    return target


@pytest.fixture(scope="session")
def precommit_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if shutil.which("pre-commit") is None or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed")
    env = dict(os.environ)
    env.update(
        PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")),
        VIRTUALENV_SYSTEM_SITE_PACKAGES="1",  # refcheck's dependencies come from here...
        PIP_NO_INDEX="1",  # ...and never from the network
        PIP_NO_BUILD_ISOLATION="0",  # (sic: pip reads "0" as "no build isolation")
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.org",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.org",
        REFCHECK_OFFLINE="1",
    )
    return env


def _try_repo(repo: Path, work: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["pre-commit", "try-repo", str(repo), "refcheck", "--all-files"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def test_hook_fails_on_a_citation_error_and_passes_when_fixed(
    tmp_path: Path, precommit_env: dict[str, str]
) -> None:
    env = precommit_env
    repo = _checkout_copy(tmp_path / "refcheck-repo")
    work = _repository(tmp_path / "paper", {"paper.md": ERROR, "notes.py": "x = 1\n"})
    result = _try_repo(repo, work, env)
    if result.returncode != 0 and "An unexpected error has occurred" in result.stdout:
        pytest.skip(f"pre-commit could not install the hook here: {result.stdout[-300:]}")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "refcheck (citations and references, offline)" in result.stdout
    assert "Failed" in result.stdout
    assert (
        "paper.md:1:11: RC103 author-mismatch [error] cited as 'Frier' but the reference "
        "lists 'Freire'" in result.stdout
    )
    assert "notes.py" not in result.stdout
    (work / "paper.md").write_text(ERROR.replace("Frier", "Freire"), encoding="utf-8")
    _git(work, "commit", "-q", "-am", "fix")
    result = _try_repo(repo, work, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout

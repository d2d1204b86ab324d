"""Run the command line in-process, as the tests of several modules do."""

from __future__ import annotations

from click.testing import CliRunner

from refcheck.cli import main


def run(*args: str) -> tuple[int, str, str]:
    """``(exit code, stdout, stderr)`` of ``refcheck ARGS``."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr

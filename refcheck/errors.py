"""Errors for problems *running* refcheck. Problems *in a manuscript* are findings, never these."""

from __future__ import annotations


class RefcheckError(Exception):
    """Base class: the CLI prints ``str(error)`` as one line on stderr and exits with 2."""


class InputError(RefcheckError):
    """A path is missing, a directory, empty, binary, too large, or cannot be decoded."""


class ConfigError(RefcheckError):
    """A bad option value or configuration file."""

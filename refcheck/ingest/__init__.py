"""Readers: one module per format, registered in ``READERS``; ``read_document(path)`` picks one.

All file I/O for manuscripts happens here (``read_bytes``), so every reader gets the same checks
and the same one-line errors: missing path, directory, permission, size limit, empty file, and
(for textual readers) binary content. Readers are pure: ``read(path, data) -> Document``.

Adding a format (DOCX, PDF, LaTeX, JATS...) is one module exposing ``READER`` (an object with
``name``, ``suffixes``, ``textual``, ``sniff(data)`` and ``read(path, data)``) and one line in
``READERS``. A reader is chosen by ``format`` (name or suffix), then by file suffix, then by a
reader's ``sniff`` of the content (e.g. ``%PDF-``), and otherwise the plain-text reader.
"""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from refcheck.errors import ConfigError, InputError
from refcheck.ingest import markdown, text
from refcheck.ingest.decode import sniff_binary
from refcheck.model import Document

MAX_BYTES = 64 * 1024 * 1024
"""Largest input read. Bigger files are refused with a clear line rather than read slowly."""


class Reader(Protocol):
    """What a format module provides. ``textual`` readers get binary files refused for them."""

    name: str
    suffixes: tuple[str, ...]
    textual: bool

    def sniff(self, data: bytes) -> bool:
        """True when ``data`` is clearly this format whatever the file is called."""
        ...

    def read(self, path: str, data: bytes) -> Document:
        """Decode ``data`` (the whole file) into a Document; raise InputError if unreadable."""
        ...


@dataclass
class _LazyReader:
    """A reader whose module is imported only when a file needs it: the binary and structured
    formats cost tens of milliseconds of regex compilation and library imports, which the
    pre-commit path (plain text and Markdown) should not pay. ``hint`` is a cheap test that must
    pass before the module is imported to sniff content."""

    name: str
    suffixes: tuple[str, ...]
    textual: bool
    module: str
    hint: Callable[[bytes], bool]

    def _load(self) -> Reader:
        loaded: Reader = importlib.import_module(f"refcheck.ingest.{self.module}").READER
        return loaded

    def sniff(self, data: bytes) -> bool:
        return self.hint(data) and self._load().sniff(data)

    def read(self, path: str, data: bytes) -> Document:
        return self._load().read(path, data)


READERS: tuple[Reader, ...] = (
    text.READER,
    markdown.READER,
    _LazyReader(
        "docx",
        (".docx", ".docm", ".dotx", ".dotm"),
        False,
        "docx",
        lambda data: data[:4] == b"PK\x03\x04",
    ),
    _LazyReader("jats", (".nxml", ".xml"), False, "jats", lambda data: b"<article" in data[:8192]),
    _LazyReader("pdf", (".pdf",), False, "pdf", lambda data: data[:5] == b"%PDF-"),
    _LazyReader(
        "latex",
        (".tex", ".latex", ".ltx"),
        True,
        "latex",
        lambda data: b"\\documentclass" in data[:65536],
    ),
)
"""Registered readers; the first one is the fallback for unknown suffixes."""


def reader_named(format: str) -> Reader:
    """The reader called ``format`` ("markdown") or owning that suffix ("md", ".md")."""
    wanted = format.strip().lower()
    for reader in READERS:
        if wanted == reader.name:
            return reader
    suffix = wanted if wanted.startswith(".") else f".{wanted}"
    for reader in READERS:
        if suffix in reader.suffixes:
            return reader
    raise ConfigError(f"unknown input format {format!r} (choose from {_names()})")


def reader_for(path: str | Path, data: bytes = b"", format: str | None = None) -> Reader:
    """Choose a reader: explicit ``format``, else suffix, else content sniffing, else text."""
    if format:
        return reader_named(format)
    suffix = Path(path).suffix.lower()
    by_suffix = next((r for r in READERS if suffix in r.suffixes), None)
    if by_suffix is not None and not by_suffix.textual:
        return by_suffix
    if data:
        # Content beats a textual suffix: a PDF saved as "paper.txt" goes to a PDF reader.
        sniffed = next((r for r in READERS if r.sniff(data)), None)
        if sniffed is not None:
            return sniffed
    return by_suffix or READERS[0]


def read_bytes(path: str | Path) -> bytes:
    """The whole file, read-only, or ``InputError`` with one line naming the path and problem."""
    name = str(path)
    limit = MAX_BYTES
    try:
        info = os.stat(name)
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{name}: cannot be read ({_reason(error)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a directory, not a file")
    if info.st_size > limit:
        raise InputError(f"{name}: is too large ({_size(info.st_size)} > {_size(limit)})")
    try:
        with open(name, "rb") as handle:
            data = handle.read(limit + 1)  # bounded even for devices and pipes
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({_reason(error)})") from None
    if len(data) > limit:
        raise InputError(f"{name}: is too large (more than {_size(limit)})")
    if not data:
        raise InputError(f"{name}: is empty (0 bytes)")
    return data


def read_document(path: str | Path, format: str | None = None) -> Document:
    """Read one manuscript. ``Document.path`` is ``str(path)``; the file is never modified.

    Raises ``InputError`` (missing, directory, unreadable, too large, empty, binary,
    undecodable) or ``ConfigError`` (unknown ``format``).
    """
    name = str(path)
    data = read_bytes(name)
    reader = reader_for(name, data, format)
    if reader.textual:
        kind = sniff_binary(data)
        if kind is not None:
            what = "an RTF document" if kind == "RTF" else f"a binary file ({kind})"
            raise InputError(f"{name}: looks like {what}; refcheck reads {_formats()}")
    document = reader.read(name, data)
    if not document.source or document.source.isspace():  # isspace stops at the first letter
        raise InputError(f"{name}: is empty (only whitespace)")
    return document


def document_from_text(source: str, path: str = "<text>", format: str = "text") -> Document:
    """A Document from a string already in memory (for ``check_text``); no I/O.

    ``format`` is "text" or "markdown"; any text is accepted, even empty.
    """
    builders = {
        text.READER.name: text.build_document,
        markdown.READER.name: markdown.build_document,
    }
    build = builders.get(reader_named(format).name)
    if build is None:
        raise ConfigError(f"format {format!r} cannot be read from a string")
    return build(path, source)


def _names() -> str:
    return ", ".join(reader.name for reader in READERS)


def _formats() -> str:
    return ", ".join(f"{reader.name} ({', '.join(reader.suffixes)})" for reader in READERS)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


__all__ = [
    "MAX_BYTES",
    "READERS",
    "Reader",
    "document_from_text",
    "read_bytes",
    "read_document",
    "reader_for",
    "reader_named",
]

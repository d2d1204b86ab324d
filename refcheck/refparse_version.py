"""Software and document versions in an entry ("R package version 1.1-7", "Version 5.0.0").

Both parsers read the pieces of a version number as a volume and pages ("R package version 1",
pages "1-7"), because they look like them; a version is neither, and it belongs whole to the
name it ends (the eLife and PLOS gold keep "R package version 1.1-7" as the source, "BUSTER
version 2.11.4" as the title).
"""

from __future__ import annotations

import re

from refcheck.refparse_fields import Fields

# (not "v. 12", which is a volume in older styles)
_VERSION = re.compile(r"\b[Vv]ersion\s+(\d+(?:[.\-–]\w+)*)")
_PIECE = re.compile(r"[.\-–]")
# a name that ends with a version cut short: "R package version", "… Version 5"
_VERSION_END = re.compile(r"\b[Vv]ersion(?:\s+\d[\d.\-–]*)?$")


def with_whole_version(text: str, fields: Fields) -> Fields:
    """``fields`` with no volume or pages cut from a version number, and the number whole at
    the end of the title or container that ends with its first pieces."""
    for match in _VERSION.finditer(text):
        number = match.group(1)
        if not _PIECE.search(number):
            continue  # "version 3": nothing was cut from it
        elsewhere = text[: match.start(1)] + text[match.end(1) :]
        pieces = _pieces(number)
        if fields.volume in pieces and not _stands(fields.volume, elsewhere):
            fields.volume = None
        if fields.pages in pieces and not _stands(fields.pages, elsewhere):
            fields.pages = None
        for name in ("title", "container"):
            value: str | None = getattr(fields, name)
            if value is None:
                continue
            cut = _VERSION_END.search(value)
            if cut is not None and match.group().startswith(cut.group()):
                setattr(fields, name, f"{value[: cut.start()]}{match.group()}")
    return fields


def _pieces(number: str) -> set[str]:
    """Every run of a version's parts that a parser could have taken: "1.1-7" gives "1",
    "1.1", "1-7", "1.1-7", "7" and so on."""
    marks = [0, *(m.end() for m in _PIECE.finditer(number))]
    ends = [*(m.start() for m in _PIECE.finditer(number)), len(number)]
    return {number[start:end] for start in marks for end in ends if start < end}


def _stands(value: str, text: str) -> bool:
    """Whether ``value`` is printed elsewhere in the entry as a word of its own."""
    return re.search(rf"(?<![\w.]){re.escape(value)}(?![\w.])", text) is not None

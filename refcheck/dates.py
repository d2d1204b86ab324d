"""Month names, shared by the readers of dates (BibTeX ``month``/``urldate``, access dates)."""

from __future__ import annotations

_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)

MONTH_NAMES: tuple[str, ...] = tuple(names[0] for names in _NAMES)
"""Lower-case English month names, whole."""

MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(_NAMES, start=1) for name in names
}
"""Lower-case English month names and abbreviations -> month number."""

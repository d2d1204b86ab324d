"""Tokens of a reference string, with their offsets, for the sequence labeller.

URLs and DOIs are one token each (they are one field, and splitting them would give the labeller
dozens of meaningless pieces); otherwise a token is a run of letters, a run of digits, or one
other non-space character.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Token(NamedTuple):
    text: str
    start: int
    end: int
    space_before: bool


_TOKEN = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"]+[^\s<>\".,;:)\]]"  # a URL
    r"|(?:doi:\s?)?10\.\d{4,9}/[^\s<>\"]+[^\s<>\".,;:)\]]"  # a DOI (with its prefix)
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"  # letters (O'Brien, d'Alembert kept whole)
    r"|\d+"
    r"|\S",
    re.IGNORECASE,
)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        tokens.append(Token(match.group(), start, end, start > previous_end or start == 0))
        previous_end = end
    return tokens

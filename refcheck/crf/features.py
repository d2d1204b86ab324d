"""Features of each token for the labeller: the word, its shape, what kind of thing it is, where it
sits in the string (how many full stops, commas, quotes and brackets came before), and the same for
its neighbours. Why these: the field a token belongs to depends mostly on its position relative to
the year, the quotes and the full stops, which the labeller cannot see from the word alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from refcheck.crf.tokens import Token

_MONTHS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december spring summer autumn fall winter".split()
)
_OPEN = frozenset("([{")
_CLOSE = frozenset(")]}")
_QUOTES = frozenset('"“”„«»')
_CLOSING_QUOTES = frozenset('"”’»')


@lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    out: list[str] = []
    for char in word[:8]:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, ...]:
    """What a token is, independent of where it stands (cached: words repeat a lot)."""
    lower = word.casefold()
    features = [f"w={lower}", f"shape={_shape(word)}"]
    if word[:1].isalpha():
        if len(word) > 3:
            features += [f"p3={lower[:3]}", f"s3={lower[-3:]}"]
        if word[0].isupper():
            features.append("cap")
            if len(word) == 1:
                features.append("initial")
            elif word.isupper():
                features.append("allcap")
        if lower in _MONTHS:
            features.append("month")
        if not word.isascii():
            features.append("nonascii")
            if re.search(r"[\u0400-\u04ff]", word):
                features.append("cyrillic")
        features.append(f"len={min(len(word), 8)}")
    elif word.isdecimal():
        number = int(word) if len(word) < 7 and word.isascii() else 0
        if len(word) == 4 and 1500 <= number <= 2099:
            features.append("year")
        features.append(f"digits={min(len(word), 5)}")
    elif lower.startswith(("http", "ftp", "www.")):
        features.append("url")
    elif "10." in lower[:9] and "/" in lower:
        features.append("doi")
    else:
        features.append("punct")
    return tuple(features)


def _bucket(count: int) -> str:
    return str(count) if count < 4 else "4+"


def _counted(name: str) -> tuple[str, ...]:
    return tuple(f"{name}={_bucket(count)}" for count in range(5))


_STOPS, _STRONG, _STRONG_AFTER_YEAR, _COMMAS = (
    _counted(name) for name in ("stops", "strong", "strong_after_year", "commas")
)
_POSITION = tuple(f"pos={n}" for n in range(11))
_INDEX = ("idx=0", "idx=1", "idx=2")
_EDGES = {offset: (f"{offset}:edge",) for offset in (-2, -1, 1, 2)}


@lru_cache(maxsize=131072)
def _near(word: str, offset: int) -> tuple[str, ...]:
    """A neighbour's features as seen from ``offset`` tokens away (cached per word)."""
    features = _word_features(word)
    if offset in (-1, 1):  # the next-door tokens in full
        return tuple(f"{offset}:{feature}" for feature in features)
    near = [f"{offset}:{features[0]}", f"{offset}:{features[1]}"]
    if "year" in features:
        near.append(f"{offset}:year")
    return tuple(near)


def sequence_features(text: str, tokens: list[Token]) -> list[list[str]]:
    """One feature list per token."""
    words = [token.text for token in tokens]
    base = [_word_features(word) for word in words]
    punct = ["punct" in features for features in base]
    total = len(tokens)
    rows: list[list[str]] = []
    stops = commas = quotes = depth = strong = strong_after_year = 0
    year_seen = False
    for index, token in enumerate(tokens):
        word = token.text
        row = list(base[index])
        row.append(_POSITION[index * 10 // total])
        if index < 3:
            row.append(_INDEX[index])
        if index == total - 1:
            row.append("last")
        row.append(_STOPS[min(stops, 4)])
        row.append(_STRONG[min(strong, 4)])
        if year_seen:
            row.append(_STRONG_AFTER_YEAR[min(strong_after_year, 4)])
        row.append(_COMMAS[min(commas, 4)])
        if quotes % 2:
            row.append("inquote")
        if depth:
            row.append("inparen")
        if year_seen:
            row.append("afteryear")
        if not token.space_before:
            row.append("glued")
        if index:
            previous = words[index - 1]
            if previous in _CLOSING_QUOTES:
                row.append("after_closing_quote")
            if previous in {".", "?", "!"} and index > 1 and len(words[index - 2]) > 1:
                row.append("sentence_start")
            for back in range(index - 1, max(index - 4, -1), -1):
                if punct[back]:
                    row.append(f"prevp={words[back]}")
                    break
        for ahead in range(index + 1, min(index + 4, total)):
            if punct[ahead]:
                row.append(f"nextp={words[ahead]}")
                break
        for offset in (-2, -1, 1, 2):
            other = index + offset
            row.extend(_near(words[other], offset) if 0 <= other < total else _EDGES[offset])
        if index > 0:
            row.append(f"bigram={base[index - 1][0][2:]}|{base[index][0][2:]}")
        rows.append(row)
        if word in {".", "?", "!"}:
            stops += 1
            before = words[index - 1] if index else ""
            if len(before) > 1 or before.isdigit() or before in {")", '"', "”", "]"}:
                strong += 1  # a full stop after a word, not after an initial
                if year_seen:
                    strong_after_year += 1
        elif word in {",", ";"}:
            commas += 1
        elif word in _QUOTES:
            quotes += 1
        elif word in _OPEN:
            depth += 1
        elif word in _CLOSE and depth:
            depth -= 1
        if "year" in base[index]:
            year_seen = True
    return rows

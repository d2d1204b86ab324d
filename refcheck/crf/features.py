"""Features of each token for the labeller: the word, its shape, what kind of thing it is, where it
sits in the string (how many full stops, commas, quotes and brackets came before), and the same for
its neighbours. Why these: the field a token belongs to depends mostly on its position relative to
the year, the quotes and the full stops, which the labeller cannot see from the word alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    chunked = _chunk_features(words, base)
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
        row.extend(chunked[index])
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


# Chunks: a reference is a few "sentences" (authors. year. title. journal, volume: pages.). Which
# one a token sits in, and what the sentences around it hold (a year, numbers, a journal word, a
# publisher word), decides its field more than the neighbouring words do: "Business Horizons,
# 47(6)" is a journal because of the numbers after it, whatever its words.

CONTAINER_WORDS = frozenset(
    "journal j jour review rev proceedings proc conference conf congress symposium symp workshop "
    "transactions trans bulletin bull annals ann acta letters lett magazine mag quarterly research "
    "res studies stud archives arch reports rep international int american am european eur "
    "society soc physics phys chemistry chem medicine med biology biol sciences sci science "
    "zeitschrift zeitschr revue rivista revista cahiers annales bulletin newsletter gazette "
    "communications commun notes advances adv journals yearbook jahrbuch zhurnal forum".split()
)
_PUBLISHER_WORDS = frozenset(
    "press university univ publishers publisher publishing publications verlag books ltd inc "
    "co company editions éditions edizioni editora editorial wiley springer elsevier routledge "
    "sage academic oxford cambridge blackwell macmillan mcgraw hill penguin harper house "
    "institute institut department dept ministry office".split()
)
_FLAGS = ("year", "digits", "jw", "pw", "url")


@dataclass
class _Chunk:
    words: int = 0  # tokens that are words
    first: str = ""  # the shape of its first token that is not punctuation ("In" for "in")
    year: bool = False
    digits: bool = False  # a number that is not a year
    jw: bool = False  # a word of journal names
    pw: bool = False  # a word of publishers' and institutions' names
    url: bool = False


def _chunk_ids(words: list[str]) -> list[int]:
    """The chunk of each token: a chunk ends after a full stop that follows a word rather than an
    initial, after a question or exclamation mark, and after a closing quote."""
    ids: list[int] = []
    current = 0
    for index, word in enumerate(words):
        ids.append(current)
        if word in {".", "?", "!"}:
            before = words[index - 1] if index else ""
            if len(before) > 1 or before.isdigit() or before in {")", '"', "”", "]"}:
                current += 1
        elif word in _CLOSING_QUOTES and word != "’":
            current += 1
    return ids


def _size(count: int) -> str:
    return str(count) if count < 4 else "4-7" if count < 8 else "8-15" if count < 16 else "16+"


def _chunk_features(words: list[str], base: list[tuple[str, ...]]) -> list[list[str]]:
    """Per token: its chunk's description, the next and previous chunks' (``nx_``, ``pv_``), and
    the first number after it in its chunk with the punctuation around that number."""
    ids = _chunk_ids(words)
    count = ids[-1] + 1 if ids else 0
    chunks = [_Chunk() for _ in range(count)]
    for word, features, chunk_id in zip(words, base, ids, strict=True):
        chunk = chunks[chunk_id]
        if not chunk.first and word not in {".", ",", ";", ":"}:
            chunk.first = features[1] if word.casefold() != "in" else "In"
        if word[:1].isalpha():
            chunk.words += 1
            lower = word.casefold()
            chunk.jw = chunk.jw or lower in CONTAINER_WORDS
            chunk.pw = chunk.pw or lower in _PUBLISHER_WORDS
        elif "year" in features:
            chunk.year = True
        elif word.isdigit():
            chunk.digits = True
        elif "url" in features or "doi" in features:
            chunk.url = True
    described: list[tuple[str, ...]] = []
    for position, chunk in enumerate(chunks):
        flags = [f"ch_{name}" for name in _FLAGS if getattr(chunk, name)]
        if chunk.first == "In":
            flags.append("ch_in")
        described.append(
            (f"ch_left={_bucket(count - 1 - position)}", f"ch_n={_size(chunk.words)}", *flags)
        )
    total = len(words)
    next_number: list[str | None] = [None] * total
    upcoming: str | None = None
    for index in range(total - 1, -1, -1):
        if index + 1 < total and ids[index + 1] != ids[index]:
            upcoming = None
        next_number[index] = upcoming
        if words[index].isdigit():
            before = words[index - 1] if index and not words[index - 1].isalnum() else "_"
            after = (
                words[index + 1] if index + 1 < total and not words[index + 1].isalnum() else "_"
            )
            upcoming = f"{before}{'y' if 'year' in base[index] else 'd'}{after}"
    rows: list[list[str]] = []
    for index in range(total):
        chunk_id = ids[index]
        row = list(described[chunk_id])
        if chunk_id + 1 < count:
            row.extend(f"nx_{feature}" for feature in described[chunk_id + 1][1:])
            row.append(f"nx_first={chunks[chunk_id + 1].first}")
        else:
            row.append("ch_last")
        if chunk_id:
            row.extend(f"pv_{feature}" for feature in described[chunk_id - 1][1:])
        if next_number[index] is not None:
            row.append(f"nextnum={next_number[index]}")
        rows.append(row)
    return rows


# Second stage: the first labeller's reading of the whole string, as features for a second
# labeller (stacking). A linear-chain model sees one label back; the second stage sees what the
# first one made of every chunk, so it can learn "a title ran into the journal when no journal
# was found and numbers follow".


def _majority(labels: list[str]) -> str:
    counts: dict[str, int] = {}
    for label in labels:
        if label != "other":
            counts[label] = counts.get(label, 0) + 1
    return max(sorted(counts), key=counts.__getitem__) if counts else "other"


def stacked_features(words: list[str], first: list[str]) -> list[list[str]]:
    """Features from the first stage's labels ``first`` (one per token)."""
    total = len(words)
    ids = _chunk_ids(words)
    count = ids[-1] + 1 if ids else 0
    per_chunk: list[list[str]] = [[] for _ in range(count)]
    for chunk_id, label in zip(ids, first, strict=True):
        per_chunk[chunk_id].append(label)
    majority = [_majority(labels) for labels in per_chunk]
    present = sorted({label for label in first if label != "other"})
    # runs of equal labels, skipping "other": which run of its label a token is in, and the
    # labels of the runs before and after its own
    runs: list[tuple[str, int, int]] = []  # label, first token, last token
    for index, label in enumerate(first):
        if label == "other":
            continue
        if runs and runs[-1][0] == label:
            runs[-1] = (label, runs[-1][1], index)
        else:
            runs.append((label, index, index))
    run_of: list[int] = [-1] * total
    seen: dict[str, int] = {}
    nth: list[int] = []
    for number, (label, start, end) in enumerate(runs):
        nth.append(seen.get(label, 0))
        seen[label] = nth[-1] + 1
        for index in range(start, end + 1):
            run_of[index] = number
    rows: list[list[str]] = []
    carried = -1  # the run before an "other" token
    for index in range(total):
        label = first[index]
        row = [f"s0={label}", *(f"has={name}" for name in present)]
        for offset in (-2, -1, 1, 2):
            other = index + offset
            row.append(f"s{offset}={first[other] if 0 <= other < total else 'edge'}")
        if index:
            row.append(f"s-1|s0={first[index - 1]}|{label}")
        if index + 1 < total:
            row.append(f"s0|s+1={label}|{first[index + 1]}")
        chunk_id = ids[index]
        row.append(f"sch={majority[chunk_id]}")
        row.append(f"snx={majority[chunk_id + 1] if chunk_id + 1 < count else 'edge'}")
        row.append(f"spv={majority[chunk_id - 1] if chunk_id else 'edge'}")
        number = run_of[index]
        if number >= 0:
            carried = number
            row.append(f"nth={min(nth[number], 2)}")
            row.append(f"rprev={runs[number - 1][0] if number else 'edge'}")
            row.append(f"rnext={runs[number + 1][0] if number + 1 < len(runs) else 'edge'}")
        else:
            before = runs[carried][0] if carried >= 0 else "edge"
            after = runs[carried + 1][0] if carried + 1 < len(runs) else "edge"
            row.append(f"between={before}|{after}")
        rows.append(row)
    return rows

"""Text normalisation shared by extraction and linking: accent and case folding, name keys.

Why one place: linking compares citation names with reference names; both sides must fold the same
way ("Ćwiek-Karpowicz" == "cwiek-karpowicz", "Özertem" == "ozertem", "ß" == "ss").
"""

from __future__ import annotations

import functools
import unicodedata

# The scripts that write names without case or spaces (character ranges for regular expression
# classes): Chinese and Japanese ideographs, Korean syllables, Japanese kana
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
HANGUL = "\uac00-\ud7af"
KANA = "\u3040-\u30ff"

_EXTRA = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
    }
)


@functools.lru_cache(maxsize=65536)
def fold(value: str) -> str:
    """Lower-case, strip diacritics, map a few letters NFKD does not decompose."""
    value = value.translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


@functools.lru_cache(maxsize=65536)
def name_key(value: str) -> str:
    """A folded surname with spaces, hyphens and apostrophes removed: "Van Herpen" -> "vanherpen"."""
    return "".join(ch for ch in fold(value) if ch.isalnum())


_PARTICLES = frozenset(
    "van von der den de del della di da dos das du la le ten ter vom zu zur y bin al el"
    " mac mc o ni nic ui ua van't van’t".split()  # (Dutch "van't Veer", written as one)
)


def strip_particles(value: str) -> str:
    """Drop leading lower-case-style particles: "van Herpen" -> "Herpen", "de la Cruz" -> "Cruz"."""
    words = value.split()
    while len(words) > 1 and fold(words[0]) in _PARTICLES:
        words = words[1:]
    return " ".join(words)


def is_particle(word: str) -> bool:
    return fold(word) in _PARTICLES

"""Synthetic manuscripts for the speed benchmark: N references, about 3 citations per reference.

Deterministic (seeded). Surnames are built from syllables (some with diacritics), so they are
unique and look like names; the list is APA-like, the prose mixes parenthetical groups, narrative
citations, two-author and et al. forms.

    python tests/bench/generate.py 5000 > /tmp/m5000.txt
"""

from __future__ import annotations

import random
import sys

SYLLABLES = "ka lo mi ne ra so tu vi ze ba do fe gu hi ja ko lu ma no pe ri sa te vo wa".split()
ACCENTED = ["é", "ö", "ć", "ł", "ñ"]
WORDS = (
    "power policy region state security economic soft influence analysis theory model "
    "network cell protein dynamics evidence cohort review method structure signal"
).split()


def surname(rng: random.Random, used: set[str]) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if rng.random() < 0.1:
            position = rng.randrange(1, len(name))
            name = name[:position] + rng.choice(ACCENTED) + name[position + 1 :]
        if name not in used:
            used.add(name)
            return name


def title(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9))).capitalize()


def generate(count: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    used: set[str] = set()
    entries: list[tuple[list[str], str]] = []
    lines: list[str] = []
    for _ in range(count):
        authors = [surname(rng, used) for _ in range(rng.choice([1, 1, 2, 3]))]
        year = str(rng.randint(1950, 2024))
        entries.append((authors, year))
        names = ", ".join(f"{a}, {rng.choice('ABCDEFGH')}." for a in authors[:-1])
        last = f"{authors[-1]}, {rng.choice('ABCDEFGH')}."
        who = f"{names}, & {last}" if names else last
        lines.append(
            f"{who} ({year}). {title(rng)}. *Journal of {rng.choice(WORDS).capitalize()}*, "
            f"{rng.randint(1, 90)}({rng.randint(1, 12)}), {rng.randint(1, 400)}–"
            f"{rng.randint(401, 900)}. https://doi.org/10.{rng.randint(1000, 9999)}/x{rng.randint(1, 10**6)}"
        )

    def cited(index: int, narrative: bool) -> str:
        authors, year = entries[index]
        if len(authors) == 1:
            names = authors[0]
        elif len(authors) == 2:
            names = (
                f"{authors[0]} and {authors[1]}" if narrative else f"{authors[0]} & {authors[1]}"
            )
        else:
            names = f"{authors[0]} et al."
        return f"{names} ({year})" if narrative else f"{names}, {year}"

    paragraphs: list[str] = []
    order = list(range(count)) * 3
    rng.shuffle(order)
    position = 0
    while position < len(order):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if position >= len(order):
                break
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
            if rng.random() < 0.3:
                sentences.append(f"{cited(order[position], True)} showed that {words}.")
                position += 1
            else:
                group = order[position : position + rng.randint(1, 3)]
                position += len(group)
                inside = "; ".join(cited(i, False) for i in group)
                sentences.append(f"The {words} ({inside}).")
        paragraphs.append(" ".join(sentences))
    return "Title\n\n" + "\n\n".join(paragraphs) + "\n\nReferences\n\n" + "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))

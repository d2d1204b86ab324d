"""list-order (RC207): an entry out of alphabetical order in a list sorted by author."""

from __future__ import annotations

import pytest

from refcheck.api import check_text
from refcheck.rules import find_rule


def _order(entries: list[str], body: str = "Text.") -> list[tuple[int, str]]:
    rule = find_rule("list-order")
    assert rule is not None
    report = check_text(
        f"Introduction\n\n{body}\n\nReferences\n\n" + "\n".join(entries) + "\n", rules=[rule]
    )
    return [(f.span.line if f.span else 0, f.message) for f in report.findings]


def _entry(name: str, year: int) -> str:
    return f"{name} ({year}). A title. Journal, 1, 1-2."


def test_an_entry_listed_too_late_or_too_early() -> None:
    names = ["Adams, A.", "Madisen, B.", "Nelson, C.", "Miyamoto, D.", "Moore, E.", "Zhou, F."]
    assert _order([_entry(n, 2000 + i) for i, n in enumerate(names)]) == [
        (9, "Nelson (2002) is out of alphabetical order, listed before Miyamoto (2003)")
    ]
    names = ["Adams, A.", "Clark, C.", "Brown, B.", "Davis, D.", "Evans, E."]
    assert _order([_entry(n, 2000 + i) for i, n in enumerate(names)]) == [
        (9, "Brown (2002) is out of alphabetical order, listed after Clark (2001)")
    ]


@pytest.mark.parametrize(
    "names",
    [
        # the styles' own ways of filing: particles, articles, compound names, accents, digits
        ["Adams, A.", "de Souza, B.", "Das, C.", "Le Duff, D.", "Lee, E.", "Maynard Smith, J."],
        ["Sistrom, A.", "Maynard Smith, J.", "The World Bank", "Tijerina, B.", "Yoshida, C."],
        ["Adams, A.", "Yoshida, C.", "Özkan, D.", "14CHRONO Centre", "Bassnett, S."],
        # GOST: Cyrillic entries, then Latin ones
        ["Иванов, И.", "Петров, П.", "Сидоров, С.", "Adams, A.", "Brown, B.", "Clark, C."],
        # too few entries to tell
        ["Clark, C.", "Brown, B.", "Davis, D.", "Evans, E."],
        # no alphabetical list: citation order
        ["Zhou, F.", "Adams, A.", "Moore, E.", "Clark, C.", "Brown, B.", "Davis, D."],
    ],
)
def test_lists_filed_in_their_own_ways_are_in_order(names: list[str]) -> None:
    assert _order([_entry(n, 2000 + i) for i, n in enumerate(names)]) == []


def test_numbered_lists_and_numeric_papers_are_left_to_their_own_rules() -> None:
    names = ["Adams A.", "Clark C.", "Brown B.", "Davis D.", "Evans E."]
    numbered = [f"{i}. {n} A title. J. 2000;1:1." for i, n in enumerate(names, 1)]
    assert _order(numbered, "Seen [1-5].") == []
    plain = [f"{n} A title. J. 2000;1:1." for n in names]
    assert _order(plain, "Seen [1], [2], [3], [4] and [5].") == []

"""RC111 repeated-citation: the same work twice inside one citation."""

from __future__ import annotations

from refcheck.api import check_text

NUMBERED = "".join(
    f"{n}. {name} A. On things. J Things. 2010;{n}:1-2.\n"
    for n, name in enumerate(("Hu", "Lee", "Kim", "Cho", "Wu", "Ng"), 1)
)
AUTHOR_DATE = (
    "Lee, A. (2011). On things. J Things, 1, 1-2.\n"
    "Miller, A. (2019). On things. J Things, 2, 1-2.\n"
    "Smith, A. (2010). On things. J Things, 3, 1-2.\n"
)


def _findings(body: str, references: str) -> list[tuple[str, str, str, str | None]]:
    text = f"Introduction\n\n{body}\n\nReferences\n\n{references}"
    report = check_text(text)
    return [
        (f.rule, f.message, text[f.span.start : f.span.end] if f.span else "", f.suggestion)
        for f in report.findings
        if f.rule == "repeated-citation"
    ]


def test_a_number_repeated_in_a_callout() -> None:
    body = "Shown [1, 1], [2,3,2] and [1-3, 2], then [4, 5-6] and [2, 1-3]; also ¹,⁴,¹ here."
    assert _findings(body, NUMBERED) == [
        ("repeated-citation", "'1' cites reference 1 again within '[1, 1]'", "1", "[1]"),
        ("repeated-citation", "'2' cites reference 2 again within '[2,3,2]'", "2", "[2,3]"),
        ("repeated-citation", "'2' cites reference 2 again within '[1-3, 2]'", "2", "[1-3]"),
        ("repeated-citation", "'1-3' cites reference 2 again within '[2, 1-3]'", "1-3", None),
        ("repeated-citation", "'¹' cites reference 1 again within '¹,⁴,¹'", "¹", "¹,⁴"),
    ]


def test_an_author_date_citation_repeated_in_one_bracket() -> None:
    body = (
        "Shown (Miller, 2019; Lee, 2011; Miller, 2019) and (Smith 2010, 2010). Miller (2019) "
        "agrees, as Miller (2019) said (Lee, 2011)."
    )
    assert _findings(body, AUTHOR_DATE) == [
        (
            "repeated-citation",
            "'Miller, 2019' cites the same work as 'Miller, 2019' within one citation",
            "Miller, 2019",
            None,
        ),
        (
            "repeated-citation",
            "'2010' cites the same work as 'Smith 2010' within one citation",
            "2010",
            None,
        ),
    ]


def test_two_places_of_one_work_and_separate_brackets_are_no_repeats() -> None:
    body = (
        "Shown (Smith, 2010, p. 4; Smith, 2010, p. 9), again (Smith, 2010) and [1], [1]; "
        "(Lee, 2011) (Lee, 2011). Miller (2019) and Miller (2019)."
    )
    assert _findings(body, AUTHOR_DATE) == []
    assert _findings("Shown [1], [1] and [2]–[4], [3].", NUMBERED) == []

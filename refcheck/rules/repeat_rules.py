"""RC111: the same work cited twice inside one citation, numeric ("[2, 3, 2]", "[1–3, 2]") or
author-date ("(Miller, 2019; Miller, 2019)").

Numbers are compared as printed (a range covers its numbers); author-date citations of one
bracket are compared by the entry they link to, and only where both carry the same locator or
none: "(Smith, 2010, p. 4; Smith, 2010, p. 9)" cites two places of the work.
"""

from __future__ import annotations

from collections.abc import Iterator

from refcheck.citations import numeric_items
from refcheck.model import Citation, Severity
from refcheck.rules import Hit, RuleContext, rule

# the kinds whose citations of one group are separate works: "(A, 2001; B, 2002)", "[@a; @b]"
_GROUPED_KINDS = frozenset({"author-date", "key"})


@rule(
    "RC111",
    "repeated-citation",
    Severity.WARNING,
    "the same work cited twice inside one citation",
)
def repeated_citation(context: RuleContext) -> Iterator[Hit]:
    """What: a work cited again inside the same citation: a number a callout already holds
    (``[2, 3, 2]``, or ``2`` after the range ``1–3``), or an author-date citation repeated in
    one bracket (``(Miller, 2019; Miller, 2019)``), linked to the same entry with the same
    page or none.

    Why: a repeat is an editing slip (a citation pasted twice, a number typed for another); it
    often stands where another work was meant.
    Example: ``as shown before [4, 7, 4]``.
    Fix: delete the repeat, or cite the work that was meant.
    """
    yield from _numeric_repeats(context)
    yield from _grouped_repeats(context)


def _numeric_repeats(context: RuleContext) -> Iterator[Hit]:
    for citation in context.citations:
        if citation.kind != "numeric" or not citation.numbers:
            continue
        seen: set[int] = set()
        previous_end: int | None = None
        for item in numeric_items(citation.text):
            low, high = sorted((item.first, item.last))
            covered = set(range(low, high + 1))
            again = sorted(covered & seen)
            if again:
                printed = citation.text[item.start : item.end]
                start = citation.span.start + item.start
                span = context.document.span(start, citation.span.start + item.end)
                suggestion = None
                if low == high and previous_end is not None:  # drop it and its separator
                    text = citation.text
                    suggestion = text[:previous_end] + text[item.end :]
                what = (
                    f"reference {again[0]}"
                    if len(again) == 1
                    else "references " + ", ".join(map(str, again))
                )
                yield Hit(
                    f"'{printed}' cites {what} again within '{citation.text}'",
                    span,
                    citation_id=citation.id,
                    suggestion=suggestion,
                )
            seen |= covered
            previous_end = item.end


def _grouped_repeats(context: RuleContext) -> Iterator[Hit]:
    seen: dict[tuple[int, str, str | None], Citation] = {}
    for citation in context.citations:
        if citation.kind not in _GROUPED_KINDS or not citation.group:
            continue
        link = context.link(citation)
        if link is None or link.status in {"none", "ambiguous"} or len(link.reference_ids) != 1:
            continue
        key = (citation.group, link.reference_ids[0], _locator(citation))
        first = seen.setdefault(key, citation)
        if first is citation:
            continue
        yield Hit(
            f"'{citation.text}' cites the same work as '{first.text}' within one citation",
            citation.span,
            citation_id=citation.id,
        )


def _locator(citation: Citation) -> str | None:
    return " ".join(citation.locator.split()) if citation.locator else None

"""Rules for numeric citation styles: citation-level RC108.., list-level RC206...

Numbers resolve through ``match.numeric_labels`` (printed labels, or the order of an unnumbered
list), the same table the linker uses, so a rule never disagrees with a link. The numeric side of
``missing-reference`` lives here too (``numeric_missing``) and is called by that rule, because a
rule name is registered once and a callout may miss only some of its numbers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from refcheck.citations import NumericItem, numeric_items
from refcheck.match import (
    lead_keys,
    names_open,
    near_miss,
    numeric_labels,
    same_surname,
    surname_keys,
    without_possessive,
)
from refcheck.model import Citation, Reference, Severity, Span
from refcheck.rules import Hit, RuleContext, rule
from refcheck.textnorm import fold

# Evidence that a list is numbered by first citation (Vancouver): enough distinct numbers, and
# most first citations bring a number higher than every number cited before.
ORDER_MIN_NUMBERS = 5
ORDER_MIN_ASCENDING = 0.8


# A figure or table caption, a box or a table row: placed where the layout puts it, and journals
# number the references it cites at the figure's or table's first mention, not where it sits.
_CAPTION_START = re.compile(
    r"[ \t>*_#|]*(?i:fig(?:ure)?s?\.?|tables?|tab\.|box|scheme|s\d{1,2}[ \t]+(?:fig|table))"
    r"[ \t]*(?:S?\d|[IVX]+(?![^\W\d_]))"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_TABLE_ROW = re.compile(r"[ \t]*\||[^\n|\t]{0,300}(?: \| |\t)[^\n|\t]{0,300}(?: \| |\t)")


def _outside_captions(context: RuleContext, citations: list[Citation]) -> list[Citation]:
    """The citations in running text: not in a caption paragraph or line, nor in a table row
    (a line that starts with "|" or has cells separated by " | " or tabs)."""
    text = context.document.text
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    kept = []
    for citation in citations:
        line_start = citation.span.start - (citation.span.column - 1)
        index = bisect.bisect_right(breaks, citation.span.start) - 1
        paragraph_start = breaks[index] if index >= 0 else 0
        if _TABLE_ROW.match(text, line_start) or any(
            _CAPTION_START.match(text, start) for start in {line_start, paragraph_start}
        ):
            continue
        kept.append(citation)
    return kept


def _numeric(context: RuleContext) -> list[Citation]:
    return [c for c in context.citations if c.kind == "numeric" and c.numbers]


def _item_span(context: RuleContext, citation: Citation, item: NumericItem) -> Span:
    start = citation.span.start + item.start
    return context.document.span(start, citation.span.start + item.end)


def _items_by_number(citation: Citation) -> dict[int, NumericItem]:
    """Which printed item covers each number (the first one, when numbers repeat)."""
    covering: dict[int, NumericItem] = {}
    for item in numeric_items(citation.text):
        low, high = sorted((item.first, item.last))
        for number in range(low, high + 1):
            covering.setdefault(number, item)
    return covering


def numeric_missing(context: RuleContext) -> Iterator[Hit]:
    """missing-reference for numeric callouts: one hit per number that no entry carries."""
    citations = _numeric(context)
    if not citations:
        return
    labels = numeric_labels(context.references)
    size = sum(1 for r in context.references if r.origin == "manuscript")
    has = f" (the list has {size} entries)" if size else ""
    for citation in citations:
        missing = [n for n in citation.numbers if str(n) not in labels]
        if not missing:
            continue
        covering = _items_by_number(citation)
        for number in missing:
            item = covering.get(number)
            span = _item_span(context, citation, item) if item else citation.span
            yield Hit(
                f"reference {number} cited in '{citation.text}' is not in the reference list{has}",
                span,
                citation_id=citation.id,
            )


@rule(
    "RC108",
    "citation-order",
    Severity.WARNING,
    "a reference first cited before lower numbers in a list numbered by citation order",
)
def citation_order(context: RuleContext) -> Iterator[Hit]:
    """What: in a list numbered by order of first citation (Vancouver, AMA, PLOS), a reference
    whose first citation comes before that of a lower-numbered one. Only the first break is
    reported, and only when the document is evidently citation-ordered: at least five numbers
    cited, and most first citations bring a higher number than any cited before.

    Citations in figure and table captions and in table rows are left out: journals number them
    at the figure's or table's first mention, wherever the caption is placed.

    Why: such a list must number works as they are first cited; one break usually means an entry
    or a callout was added or moved without renumbering, and every later number may be off.
    Example: ``... [1], [2] ... [3] ... [5] ... [4]``: reference 5 is cited before 4.
    Fix: renumber the list and the callouts in order of first citation (a reference manager
    does it), or move the callout.
    """
    labels = numeric_labels(context.references)
    firsts: list[tuple[Citation, int]] = []
    seen: set[int] = set()
    for citation in _outside_captions(context, _numeric(context)):
        new = sorted(n for n in citation.numbers if n not in seen and str(n) in labels)
        seen.update(new)
        firsts.extend((citation, n) for n in new)
    if len(firsts) < ORDER_MIN_NUMBERS:
        return
    ascending, highest = 0, 0
    for _, number in firsts:
        if number > highest:
            ascending += 1
            highest = number
    if ascending < ORDER_MIN_ASCENDING * len(firsts):
        return
    pending = sorted(seen)  # each number's turn comes when every lower cited number has come
    turn = 0
    done: set[int] = set()
    for citation, number in firsts:
        while turn < len(pending) and pending[turn] in done:
            turn += 1
        expected = pending[turn]
        if number != expected:
            yield Hit(
                f"reference {number} is cited for the first time before reference {expected}; "
                f"in a list numbered by order of first citation, {expected} comes first",
                citation.span,
                citation_id=citation.id,
            )
            return
        done.add(number)


@rule("RC109", "backwards-range", Severity.WARNING, "a numeric range written high to low")
def backwards_range(context: RuleContext) -> Iterator[Hit]:
    """What: a range of reference numbers written from high to low, such as ``[5–3]`` or
    ``[14]–[7]``.

    Why: readers and citation tools read a range low to high; a backwards one is a typo and
    may hide a wrong number. refcheck still reads it as the range it surely means (3 to 5).
    Example: ``as shown before [5–3]``.
    Fix: write the suggested range (``3–5``).
    """
    for citation in _numeric(context):
        for item in numeric_items(citation.text):
            if not item.backwards:
                continue
            first = citation.text[item.start : item.first_end]
            last = citation.text[item.last_start : item.end]
            middle = citation.text[item.first_end : item.last_start]
            span = _item_span(context, citation, item)
            if any(mark in middle for mark in ")]"):
                # a range between two callouts, "[10]–[8]", "(10)–(8)": the whole of it
                head, tail = citation.text[: item.start], citation.text[item.end :]
                printed, suggestion = citation.text, f"{head}{last}{middle}{first}{tail}"
                span = citation.span
            else:
                printed, suggestion = citation.text[item.start : item.end], f"{last}{middle}{first}"
            yield Hit(
                f"range {printed} is written backwards",
                span,
                citation_id=citation.id,
                suggestion=suggestion,
            )


# the authors a sentence names just before a callout: "Kim et al. [2]", "Jones and Lee [2]",
# "Brown's [3]"
_NAMED_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<first>[A-Z][\w'’-]+)"
    r"(?:\s+(?P<etal>et\s+al\.?)|\s+(?:and|&)\s+(?P<second>[A-Z][\w'’-]+))?(?:['’]s?)?\s?\Z"
)
_NAMED_REACH = 80


def _named_before(source: str, citation: Citation) -> re.Match[str] | None:
    """The authors the sentence names right before a numeric callout, if any."""
    start = citation.span.start
    return _NAMED_BEFORE.search(source, max(0, start - _NAMED_REACH), start)


@rule(
    "RC110",
    "number-author-mismatch",
    Severity.WARNING,
    "a numeric callout after an author's name that leads to another author's entry",
)
def number_author_mismatch(context: RuleContext) -> Iterator[Hit]:
    """What: a callout right after an author's name ("Kim et al. [2]") none of whose entries has
    such an author. Read only where the words are surely a name: before "et al.", or the first
    author of another entry of the list, which is then suggested.

    Why: the number is wrong (the list was renumbered, or the callout copied from another
    sentence), and the reader is sent to another work than the one the sentence describes.
    Example: ``Kim et al. [2] replicated it`` while entry 2 is ``Jones B, Lee C.`` and entry 4
    is ``Kim E, Park F, Choi G.``.
    Fix: cite the suggested number (or correct the name).
    """
    labels = numeric_labels(context.references)
    source = context.document.source
    for citation in _numeric(context):
        numbers = [str(n) for n in citation.numbers if str(n) in labels]
        if not numbers or len(numbers) > _NAMED_NUMBERS:
            continue
        named = _named_before(source, citation)
        if named is None:
            continue
        entries = [context.references[labels[number]] for number in numbers]
        others = [
            number
            for number, position in labels.items()
            if names_open(
                [name for name in named.group("first", "second") if name],
                context.references[position],
            )
        ]
        # a name that is another entry's first author is no given name printed first
        if any(_names_entry(named, entry, given_first=not others) for entry in entries):
            continue
        if not others and named.group("etal") is None:
            continue  # one word that is no listed first author may be any word ("Drosophila")
        printed = source[named.start() : citation.span.end]
        listed = "; ".join(
            f"entry {number}, by {_first_name(entry)}"
            for number, entry in zip(numbers, entries, strict=True)
        )
        message = f"'{printed}' leads to {listed}"
        suggestion = None
        if len(others) > 1:
            message += (
                f"; {named.group('first')}'s are entries {', '.join(sorted(others, key=int))}"
            )
        elif others:
            message += f"; {named.group('first')} is entry {others[0]}"
            if len(numbers) == 1:
                suggestion = _renumbered(citation.text, int(numbers[0]), others[0])
        yield Hit(message, citation.span, citation_id=citation.id, suggestion=suggestion)


# a name before more numbers than this is a list's, not one work's ("… et al. [3–9]")
_NAMED_NUMBERS = 3


_PLAIN_FAMILY = re.compile(r"[^\W\d_]+(?:['’ -][^\W\d_]+)*")


def numeric_name_slips(context: RuleContext) -> Iterator[Hit]:
    """``author-mismatch`` on numeric callouts: the name printed right before a callout of one
    work is a misspelling of its entry's first author ("Smyth et al. [1]" for "Smith J, …"),
    and no author of the list bears it."""
    labels = numeric_labels(context.references)
    source = context.document.source
    families = {fold(p.family) for r in context.references for p in r.authors}
    for citation in _numeric(context):
        if len(citation.numbers) != 1 or str(citation.numbers[0]) not in labels:
            continue
        named = _named_before(source, citation)
        entry = context.references[labels[str(citation.numbers[0])]]
        if named is None or not entry.authors or entry.corporate:
            continue
        cited = without_possessive(named.group("first"))  # "Gregory's [65]"
        listed = entry.authors[0].family
        if (
            fold(cited) in families
            or _PLAIN_FAMILY.fullmatch(listed) is None  # ("NetworkX [Internet]": no person)
            or not near_miss(cited, listed)
        ):
            continue
        start = named.start("first")
        yield Hit(
            f"cited as '{cited}' but entry {citation.numbers[0]} lists '{listed}'",
            context.document.span(start, start + len(cited)),
            citation_id=citation.id,
            reference_id=entry.id,
            suggestion=listed,
        )


def _first_name(entry: Reference) -> str:
    return entry.authors[0].family if entry.authors else entry.raw[:40]


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _renumbered(text: str, old: int, new: str) -> str:
    """The callout as printed with another number: "[2]" -> "[4]", "⁴" -> "⁵"."""
    printed = re.sub(rf"(?<!\d){old}(?!\d)", new, text, count=1)
    if printed == text:  # a superscript
        printed = text.replace(str(old).translate(_SUPERSCRIPT), new.translate(_SUPERSCRIPT), 1)
    return printed


def _names_entry(named: re.Match[str], entry: Reference, given_first: bool) -> bool:
    """Whether the name printed before the callout is one of the entry's authors (or opens its
    text, for an entry whose names were not parsed), spelling slips allowed; or, where
    ``given_first``, the given name of its first author, whose initial the entry prints."""
    first = named.group("first")
    authors = [person.family for person in entry.authors]
    if any(same_surname(first, family) or near_miss(first, family) for family in authors):
        return True
    lead = entry.authors[0] if entry.authors else None
    if (
        given_first
        and lead is not None
        and len(lead.given.rstrip(".")) == 1
        and lead.given[0] == first[0]
    ):
        return True  # "Doshi et al." for "Nishant D and Devesh J": names printed given first
    names = _FIRST_YEAR.split(entry.raw[:300], maxsplit=1)[0]  # (not the title's words)
    return bool(set(surname_keys(first)) & set(lead_keys(entry.raw))) or fold(first) in fold(names)


_FIRST_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


# A printed label: "[5]", "(5)", "5." or "5)"; one precompiled pattern for every entry (a
# pattern per label cost a compile per entry on lists of hundreds).
_LABEL_TOKEN = re.compile(
    r"\[\s*0*(?P<a>\d+)\s*\]|\(\s*0*(?P<b>\d+)\s*\)|(?<!\d)0*(?P<c>\d+)\s*[.)]"
)


def _label_span(context: RuleContext, reference: Reference) -> Span | None:
    """The printed label ("[5]", "5.") just before the entry, else the entry itself."""
    if reference.span is None or reference.label is None:
        return reference.span
    source = context.document.source
    end = reference.span.start
    line_start = source.rfind("\n", max(0, end - 40), end) + 1 if end else 0
    wanted = reference.label.strip().lstrip("0") or "0"
    for found in _LABEL_TOKEN.finditer(source, line_start, end):
        if (found.group("a") or found.group("b") or found.group("c")) == wanted:
            return context.document.span(found.start(), found.end())
    return reference.span


@rule(
    "RC206",
    "duplicate-label",
    Severity.WARNING,
    "two list entries with the same number, or numbering that skips or goes back",
)
def duplicate_label(context: RuleContext) -> Iterator[Hit]:
    """What: a numbered reference list in which two entries carry the same number, a number is
    skipped, or the numbering goes back.

    Why: a numeric callout must lead to exactly one entry; a repeated number makes citations
    ambiguous (refcheck links them to the first), and a gap means an entry was lost or the
    list was renumbered by hand.
    Example: ``1. … 2. … 2. … 4. …``: 2 is used twice and 3 is missing.
    Fix: renumber the list (and its callouts) so that entries run 1, 2, 3 … without gaps.
    """
    entries = [
        r
        for r in context.references
        if r.origin == "manuscript" and r.label and r.label.strip().isdigit()
    ]
    if len(entries) < 2:
        return
    first_line: dict[int, int] = {}
    previous = 0
    slack = 0  # repeated numbers not yet followed by the gap they leave ("11, 11, 13")
    for reference in entries:
        number = int(reference.label or "0")
        span = _label_span(context, reference)
        gap = number - previous - 1
        if number in first_line:
            slack += 1
            yield Hit(
                f"entry number {number} is used twice (first on line {first_line[number]})",
                span,
                reference_id=reference.id,
            )
        elif gap > 0 and gap <= slack:
            slack -= gap  # the repeated number took the missing one's place
        elif gap > 0:
            skipped = str(previous + 1) if gap == 1 else f"{previous + 1}–{number - 1}"
            yield Hit(
                f"the numbering skips {skipped}: entry {number} follows "
                + (f"entry {previous}" if previous else "the start of the list"),
                span,
                reference_id=reference.id,
            )
        elif number <= previous:
            yield Hit(
                f"entry number {number} comes after entry {previous}: the numbering goes back",
                span,
                reference_id=reference.id,
            )
        if number not in first_line:
            first_line[number] = reference.span.line if reference.span else 0
        previous = max(previous, number)

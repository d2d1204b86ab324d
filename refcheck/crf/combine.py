"""Which parser to believe for each field of an entry: the rules or the labeller.

Measured on the development strings and the rendered dev articles (tests/bench): the rules are
exact on the styles they know, the labeller is better on everything else. Identifiers (DOI, URL,
access date) always come from the rules' patterns, which are exact.
"""

from __future__ import annotations

import re

from refcheck.crf.fields import CrfFields, crf_fields
from refcheck.refparse_fields import Fields, clean

_TEXT_FIELDS = ("year", "title", "container", "volume", "issue", "pages")
# The labeller's title or container replaces the rules' only when it is at least this sure of
# every token of it (tuned on the development strings, tests/bench/refstrings.py).
THRESHOLD: dict[str, float] = {"title": 0.5, "container": 0.5}


def combine(raw: str, rules: Fields) -> Fields:
    """``rules`` with the labeller's fields where the labeller is to be preferred.

    An entry that marks a field with Markdown emphasis (``*Nature*``, ``*A Book*``) keeps the
    rules' reading, which follows that markup, and takes from the labeller only what the rules
    did not find: the author marked the fields, which is better evidence than any model, and the
    labeller never saw emphasis in training. (This also keeps long APA lists fast: the labeller
    costs about as much as the rules.)"""
    emphasised = _EMPHASIS.search(raw) is not None
    if emphasised and _complete(rules):
        return rules
    learned = crf_fields(raw)
    if learned is None:
        return rules
    return _fill(rules, learned) if emphasised else _merge(rules, learned)


_EMPHASIS = re.compile(r"(?<![\w*])\*[^*\s][^*]*\*(?![\w*])")


def _year_suffix(longer: str, shorter: str) -> bool:
    return (
        longer.startswith(shorter)
        and re.fullmatch(r"\s*\(\d{4}[a-z]?\)", longer[len(shorter) :]) is not None
    )


def _complete(fields: Fields) -> bool:
    return bool(
        fields.authors
        and fields.year
        and fields.title
        and fields.container
        and (fields.volume or fields.pages)
    )


def _copy(rules: Fields) -> Fields:
    return Fields(**{name: getattr(rules, name) for name in Fields.__dataclass_fields__})


def _fill(rules: Fields, learned: CrfFields) -> Fields:
    """The rules' reading, with the labeller's value for each field the rules left empty
    (except the title and container, which the emphasis decided)."""
    merged = _copy(rules)
    for name in ("year", "volume", "issue", "pages"):
        value = getattr(learned, name)  # not the title or container: the emphasis placed them
        if name != "year" and value and value.isdigit() and len(value) > 4:
            continue  # a report number, not a volume or page
        if getattr(merged, name) is None and value is not None:
            setattr(merged, name, value)
    if not merged.authors and learned.authors and not rules.same_authors:
        merged.authors, merged.et_al = learned.authors, learned.et_al
        merged.corporate = learned.corporate
    return merged


def _merge(rules: Fields, learned: CrfFields) -> Fields:
    """The labeller's reading, where the rules' title or container stands unless the labeller
    is sure of its own, and the rules' persons stand when they name the same people (the rules
    keep suffixes and initials as printed)."""
    merged = _copy(rules)
    for name in _TEXT_FIELDS:
        value = getattr(learned, name)
        if name == "year" and rules.year:
            continue  # the rules read the year where the style puts it; the labeller, any date
        if name in {"title", "container"}:
            value = clean(value, title=name == "title")
        if name == "container" and value and rules.title and rules.title in value:
            continue  # the labeller ran the title into the container: keep the rules' reading
        if name == "title" and value and rules.container and rules.container in value:
            continue  # the labeller ran the container into the title: keep the rules' reading
        if name == "title" and value and rules.title and _year_suffix(rules.title, value):
            continue  # "Outcomes of the H1N1 pandemic (2009)": the year belongs to the title
        if name in {"volume", "issue", "pages"} and value and value.isdigit() and len(value) > 4:
            continue  # "Project No. 693799": a report number, not a volume or page
        if name in THRESHOLD and getattr(rules, name) is not None:
            confidence = getattr(learned, f"{name}_confidence")
            if value is None or confidence < THRESHOLD[name]:
                continue  # the rules found one and the labeller is unsure: keep the rules'
        if value is not None:  # where the labeller finds none, the rules' value stands
            setattr(merged, name, value)
    if learned.authors and not (rules.same_authors and not rules.authors):
        same = [p.family for p in learned.authors] == [p.family for p in rules.authors]
        if not same:
            merged.authors = learned.authors
            merged.et_al = learned.et_al or rules.et_al
            merged.corporate = learned.corporate
    return merged

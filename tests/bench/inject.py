"""Inject realistic errors into copies of a rendered article, remembering where each one is.

Why: the corpus articles are clean (their citations and lists agree), so detection can only be
measured on faults we plant. Each kind of fault has the rule that must catch it and the spans
(in the new text) where that rule's finding must land. Choices are deterministic for a seed.

Kinds (expected rule):
- ``misspelt-author``: one letter of the first surname in an author-date callout changed,
  dropped or swapped with its neighbour (author-mismatch);
- ``wrong-year``: the year of an author-date callout moved by 1-3 years (year-mismatch);
- ``deleted-reference``: an entry removed from the list (missing-reference on every callout that
  pointed to it);
- ``extra-reference``: an entry that no callout cites, made from another entry with a new first
  author and year and no DOI, put in its alphabetical place or numbered last (uncited-reference);
- ``broken-doi``: ``doi: 10.…`` rewritten as ``https://doi.org/doi:10.…``, ``DOI10.…``,
  ``https://doi.org/DOI10.…`` or ``doi.org/doi.org/10.…`` (malformed-doi);
- ``out-of-range``: a numeric callout ``[N+k]`` beyond the last entry added at a sentence end
  (missing-reference);
- ``wrong-number``: a callout of one number right after its first author's name ("Smith et al.
  [12]") given the number of an entry none of whose authors has that name
  (number-author-mismatch).

Cases where the expected answer would be debatable are not used: the author of a misspelt or
re-dated callout, and of a deleted entry, is the first author of no other entry.
"""

from __future__ import annotations

import itertools
import random
import re
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from corpus import Article, GoldCitation, GoldRef
from scoring import Result, norm_text, norm_year, overlaps

from refcheck.model import DocumentReport

KINDS: dict[str, str] = {
    "misspelt-author": "author-mismatch",
    "wrong-year": "year-mismatch",
    "deleted-reference": "missing-reference",
    "extra-reference": "uncited-reference",
    "broken-doi": "malformed-doi",
    "out-of-range": "missing-reference",
    "wrong-number": "number-author-mismatch",
}
_YEAR = re.compile(r"(?<!\d)((?:1[5-9]|20)\d{2})([a-z])?(?!\d)")
_EXTRA_NAMES = (
    "Whitcombe",
    "Okonkwo",
    "Lindqvist",
    "Castellanos",
    "Nakagawara",
    "Petrovsky",
    "Haddadin",
    "Marchetti",
    "Oyelaran",
    "Szymanski",
)


@dataclass(frozen=True)
class Edit:
    start: int  # old offsets
    end: int
    replacement: str


@dataclass(frozen=True)
class Injection:
    kind: str
    rule: str
    targets: tuple[tuple[int, int], ...]  # spans in the new text where a finding must land
    detail: str
    ref_ids: tuple[str, ...] = ()  # gold entries involved (to judge apart from segmentation)


@dataclass(frozen=True)
class Injected:
    kind: str
    text: str
    edits: tuple[Edit, ...]  # sorted by start, non-overlapping
    injections: tuple[Injection, ...]

    def new_offset(self, offset: int) -> int:
        """Where an offset of the clean text lands in the injected text."""
        shift = 0
        for edit in self.edits:
            if edit.end <= offset:
                shift += len(edit.replacement) - (edit.end - edit.start)
            elif edit.start <= offset < edit.end:
                return edit.start + shift
            else:
                break
        return offset + shift


def _apply(text: str, edits: list[Edit]) -> tuple[str, list[int]]:
    """The edited text and the new start offset of each edit."""
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    parts: list[str] = []
    starts: list[int] = []
    position = 0
    length = 0
    for edit in edits:
        parts.append(text[position : edit.start])
        length += edit.start - position
        starts.append(length)
        parts.append(edit.replacement)
        length += len(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts), starts


def _first_author_counts(article: Article) -> Counter[str]:
    return Counter(norm_text(r.fields.first_author) for r in article.refs if r.fields.authors)


def _single_target_units(article: Article) -> list[tuple[GoldCitation, GoldRef]]:
    """Author-date callouts naming one entry, printed "Surname …, 2009" with that surname."""
    counts = _first_author_counts(article)
    refs = {r.id: r for r in article.refs}
    units: list[tuple[GoldCitation, GoldRef]] = []
    for unit in article.citations:
        if unit.kind != "author-date" or len(unit.targets) != 1:
            continue
        ref = refs.get(unit.targets[0])
        if ref is None or ref.fields.corporate or not ref.fields.first_author:
            continue
        family = ref.fields.first_author
        if not unit.text.startswith(family) or not _YEAR.search(unit.text):
            continue
        if counts[norm_text(family)] != 1 or not ref.fields.year:
            continue
        units.append((unit, ref))
    return units


def _last_label(article: Article) -> int:
    return max((int(r.label) for r in article.refs if r.label and r.label.isdigit()), default=0)


def _misspell(name: str, rng: random.Random) -> str | None:
    letters = [i for i, ch in enumerate(name) if ch.isalpha() and ch.islower()]
    if len(name) < 5 or len(letters) < 3:
        return None
    i = rng.choice(letters[1:])
    op = rng.choice(("substitute", "drop", "swap"))
    if op == "drop":
        return name[:i] + name[i + 1 :]
    if op == "swap" and i + 1 < len(name) and name[i + 1].isalpha() and name[i + 1] != name[i]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    choices = [ch for ch in string.ascii_lowercase if ch != name[i]]
    return name[:i] + rng.choice(choices) + name[i + 1 :]


_T = TypeVar("_T")


def _pick(items: Sequence[_T], count: int, rng: random.Random) -> list[_T]:
    if len(items) <= count:
        return list(items)
    return rng.sample(list(items), count)


def inject(article: Article, kind: str, seed: int, count: int = 3) -> Injected | None:
    """Up to ``count`` faults of one kind in a copy of the article; None when none applies."""
    rng = random.Random(f"{seed}:{article.name}:{kind}")
    builders = {
        "misspelt-author": _misspelt_author,
        "wrong-year": _wrong_year,
        "deleted-reference": _deleted_reference,
        "extra-reference": _extra_reference,
        "broken-doi": _broken_doi,
        "out-of-range": _out_of_range,
        "wrong-number": _wrong_number,
    }
    planned = builders[kind](article, rng, count)
    if not planned:
        return None
    planned.sort(key=lambda p: p[0][0].start)
    edits = [edit for plan_edits, _ in planned for edit in plan_edits]
    for a, b in itertools.pairwise(edits):
        if b.start < a.end:
            return None  # overlapping plans should not happen; refuse rather than corrupt
    text, starts = _apply(article.text, edits)
    injected = Injected(kind, text, tuple(sorted(edits, key=lambda e: (e.start, e.end))), ())
    injections: list[Injection] = []
    edit_number = 0
    for plan_edits, (target_spec, detail, ref_ids) in planned:
        new_starts = starts[edit_number : edit_number + len(plan_edits)]
        edit_number += len(plan_edits)
        targets: list[tuple[int, int]] = []
        for spec in target_spec:
            if spec[0] == "slice":  # relative to where the plan's edit landed
                base = new_starts[spec[1]]
                targets.append((base + spec[2], base + spec[3]))
            else:  # a clean-text span, mapped into the new text
                targets.append((injected.new_offset(spec[1]), injected.new_offset(spec[2])))
        injections.append(Injection(kind, KINDS[kind], tuple(targets), detail, ref_ids))
    return Injected(kind, text, injected.edits, tuple(injections))


_Spec = tuple[str, int, int, int]  # ("old", start, end, 0) or ("slice", edit index, a, b)
_Plan = tuple[list[Edit], tuple[list[_Spec], str, tuple[str, ...]]]


def _misspelt_author(article: Article, rng: random.Random, count: int) -> list[_Plan]:
    keys = set(_first_author_counts(article))
    plans: list[_Plan] = []
    for unit, ref in _pick(_single_target_units(article), count, rng):
        family = ref.fields.first_author or ""
        wrong = _misspell(family, rng)
        if wrong is None or norm_text(wrong) in keys:
            continue
        edit = Edit(unit.start, unit.start + len(family), wrong)
        new_text = wrong + unit.text[len(family) :]
        detail = f"{unit.text!r} → {new_text!r}"
        plans.append(([edit], ([("old", unit.start, unit.end, 0)], detail, (ref.id,))))
    return plans


def _wrong_year(article: Article, rng: random.Random, count: int) -> list[_Plan]:
    years_of: dict[str, set[str]] = {}
    for ref in article.refs:
        if ref.fields.first_author:
            years_of.setdefault(norm_text(ref.fields.first_author), set()).add(
                norm_year(ref.fields.year)[:4]
            )
    plans: list[_Plan] = []
    for unit, ref in _pick(_single_target_units(article), count, rng):
        matches = list(_YEAR.finditer(unit.text))
        if not matches:
            continue
        match = matches[-1]
        year = int(match.group(1))
        taken = years_of.get(norm_text(ref.fields.first_author), set())
        options = [str(year + d) for d in (-3, -2, -1, 1, 2, 3) if str(year + d) not in taken]
        if not options:
            continue
        new_year = rng.choice(options)
        start = unit.start + match.start()
        edit = Edit(start, unit.start + match.end(), new_year)  # keeps any a/b suffix out
        new_text = unit.text[: match.start()] + new_year + unit.text[match.end() :]
        plans.append(
            (
                [edit],
                (
                    [("old", unit.start, unit.end, 0)],
                    f"{unit.text!r} → {new_text!r}",
                    (ref.id,),
                ),
            )
        )
    return plans


def _deleted_reference(article: Article, rng: random.Random, count: int) -> list[_Plan]:
    counts = _first_author_counts(article)
    cited_by: dict[str, list[GoldCitation]] = {}
    for unit in article.citations:
        for target in unit.targets:
            cited_by.setdefault(target, []).append(unit)
    candidates = [
        ref
        for ref in article.refs
        if ref.id in cited_by
        and (
            article.style == "numeric"
            or (ref.fields.first_author and counts[norm_text(ref.fields.first_author)] == 1)
        )
    ]
    plans: list[_Plan] = []
    chosen = sorted(_pick(candidates, count, rng), key=lambda r: r.start)
    for ref in chosen:
        line_start = article.text.rfind("\n", 0, ref.start) + 1
        line_end = article.text.find("\n", ref.end)
        line_end = len(article.text) if line_end < 0 else line_end + 1
        edit = Edit(line_start, line_end, "")
        specs: list[_Spec] = [("old", u.start, u.end, 0) for u in cited_by[ref.id]]
        label = f"{ref.label}. " if ref.label else ""
        plans.append(
            (
                [edit],
                (specs, f"deleted {label}{article.text[ref.start : ref.end][:90]!r}", (ref.id,)),
            )
        )
    return plans


def _extra_reference(article: Article, rng: random.Random, count: int) -> list[_Plan]:
    keys = set(_first_author_counts(article))
    sources = [
        r
        for r in article.refs
        if r.fields.first_author
        and not r.fields.corporate
        and article.text.startswith(r.fields.first_author, r.start)
        and r.fields.year
    ]
    if not sources:
        return []
    names = [n for n in _EXTRA_NAMES if norm_text(n) not in keys]
    plans: list[_Plan] = []
    numbered = all(r.label for r in article.refs)  # a numbered list gets the next number
    last_label = _last_label(article)
    used_positions: set[int] = set()
    for number, name in enumerate(_pick(names, count, rng)):
        source = rng.choice(sources)
        body = article.text[source.start : source.end]
        body = name + body[len(source.fields.first_author or "") :]
        body = re.sub(r"\s*\bdoi:?\s*10\.\S+", "", body, flags=re.IGNORECASE).rstrip()
        year_base = norm_year(source.fields.year)[:4]
        if year_base:
            body = body.replace(year_base, str(int(year_base) - 7), 1)
        if numbered:
            if number:
                continue  # one appended entry per copy keeps the numbering believable
            position = len(article.text.rstrip("\n"))
            line = f"\n{last_label + 1}. {body}"
            offset = len(f"\n{last_label + 1}. ")
        else:
            position = len(article.text.rstrip("\n")) + 1
            for ref in article.refs:
                if (ref.fields.first_author or "~").casefold() > name.casefold():
                    position = article.text.rfind("\n", 0, ref.start) + 1
                    break
            line = f"{body}\n"
            offset = 0
        if position in used_positions:
            continue
        used_positions.add(position)
        edit = Edit(position, position, line)
        before = [r.id for r in article.refs if r.end < position][-1:]
        after = [r.id for r in article.refs if r.start >= position][:1]
        neighbours = tuple(before + after)  # the entries it could be merged with
        plans.append(
            (
                [edit],
                ([("slice", 0, offset, offset + len(body))], f"added {body[:90]!r}", neighbours),
            )
        )
    return plans


def _broken_doi(article: Article, rng: random.Random, count: int) -> list[_Plan]:
    forms = (
        "https://doi.org/doi:{doi}",
        "DOI{doi}",
        "https://doi.org/DOI{doi}",
        "doi.org/doi.org/{doi}",
    )
    candidates: list[tuple[GoldRef, re.Match[str]]] = []
    for ref in article.refs:
        doi = ref.fields.doi
        if not doi:
            continue
        pattern = re.compile(
            r"(?:\bdoi:?\s*|https?://(?:dx\.)?doi\.org/)" + re.escape(doi), re.IGNORECASE
        )
        match = pattern.search(article.text, ref.start, ref.end)
        if match:
            candidates.append((ref, match))
    plans: list[_Plan] = []
    for ref, match in _pick(candidates, count, rng):
        form = rng.choice(forms)
        replacement = form.format(doi=ref.fields.doi)
        edit = Edit(match.start(), match.end(), replacement)
        plans.append(
            (
                [edit],
                (
                    [("old", ref.start, ref.end, 0)],
                    f"{match.group(0)!r} → {replacement!r}",
                    (ref.id,),
                ),
            )
        )
    return plans


def _out_of_range(article: Article, rng: random.Random, count: int) -> list[_Plan]:
    if article.style != "numeric":
        return []
    last_label = _last_label(article)
    if not last_label:
        return []
    body_end = article.text.rfind("\nReferences\n")
    text = article.text[:body_end] if body_end > 0 else article.text
    stops = [m.start() for m in re.finditer(r"(?<=[a-z\)\]])\.(?=\s)", text)]
    plans: list[_Plan] = []
    for position in sorted(_pick(stops, count, rng)):
        number = rng.choice((last_label + rng.randint(1, 40), 999))
        callout = f" [{number}]"
        edit = Edit(position, position, callout)
        detail = f"inserted {callout.strip()!r}"
        plans.append(([edit], ([("slice", 0, 1, len(callout))], detail, ())))
    return plans


# "Smith et al. " right before a callout, naming its entry's first author
_NAMED_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+)\s+et\s+al\.?\s?[\[(]?\Z")


def _wrong_number(article: Article, rng: random.Random, count: int) -> list[_Plan]:
    """A callout of one number after its first author's name ("Smith et al. [12]") given the
    number of an entry by other authors: the renumbering slip number-author-mismatch catches."""
    if article.style != "numeric":
        return []
    refs = {r.id: r for r in article.refs}
    numbered = [r for r in article.refs if r.label and r.label.isdigit() and r.fields.authors]
    units: list[tuple[GoldCitation, GoldRef]] = []
    for unit in article.citations:
        ref = refs.get(unit.targets[0]) if len(unit.targets) == 1 else None
        if unit.kind != "numeric" or ref is None or not ref.label or not ref.fields.first_author:
            continue
        named = _NAMED_BEFORE.search(article.text, max(0, unit.start - 80), unit.start)
        if named is None or norm_text(named.group("name")) != norm_text(ref.fields.first_author):
            continue
        if re.sub(r"\D", "", unit.text) == ref.label:  # the callout prints its one number
            units.append((unit, ref))
    plans: list[_Plan] = []
    for unit, ref in _pick(units, count, rng):
        name = norm_text(ref.fields.first_author or "")
        others = [r for r in numbered if name not in {norm_text(a) for a in r.fields.authors}]
        if not others or ref.label is None:
            continue
        other = rng.choice(others)
        at = unit.text.index(ref.label)
        edit = Edit(unit.start + at, unit.start + at + len(ref.label), other.label or "")
        new_text = unit.text[:at] + (other.label or "") + unit.text[at + len(ref.label) :]
        detail = f"{unit.text!r} → {new_text!r} after {ref.fields.first_author!r} et al."
        plans.append(([edit], ([("old", unit.start, unit.end, 0)], detail, (ref.id,))))
    return plans


def _finding_key(rule: str, span: tuple[int, int] | None, message: str) -> tuple[object, ...]:
    return (rule, span) if span is not None else (rule, message)


def score_injection(
    name: str,
    clean: DocumentReport,
    injected: Injected,
    report: DocumentReport,
    result: Result,
    segmented: set[str] | None = None,
) -> None:
    """Detection recall (targets hit by a new finding of the expected rule) and precision (new
    findings of that rule that land on a target), added to ``result`` under ``inj.<kind>.*``.

    ``segmented``: gold refs refcheck split right in the clean run; faults whose entries are all
    among them are also counted under ``inj.<kind>.targets_seg``/``detected_seg``."""
    kind = injected.kind
    rule = KINDS[kind]
    counts = result.counts
    known: set[tuple[object, ...]] = set()
    for finding in clean.findings:
        if finding.rule != rule:
            continue
        span = None
        if finding.span is not None:
            span = (injected.new_offset(finding.span.start), injected.new_offset(finding.span.end))
        known.add(_finding_key(rule, span, finding.message))
    new = [
        f
        for f in report.findings
        if f.rule == rule
        and _finding_key(rule, (f.span.start, f.span.end) if f.span else None, f.message)
        not in known
    ]
    targets = [t for injection in injected.injections for t in injection.targets]
    counts[f"inj.{kind}.faults"] += len(injected.injections)
    for injection in injected.injections:
        judged = segmented is not None and set(injection.ref_ids) <= segmented
        for start, end in injection.targets:
            counts[f"inj.{kind}.targets"] += 1
            counts[f"inj.{kind}.targets_seg"] += int(judged)
            hit = any(
                f.span is not None and overlaps(f.span.start, f.span.end, start, end) for f in new
            )
            if hit:
                counts[f"inj.{kind}.detected"] += 1
                counts[f"inj.{kind}.detected_seg"] += int(judged)
                continue
            there = sorted(
                {
                    f"{f.rule}: {f.message[:80]}"
                    for f in report.findings
                    if f.span is not None and overlaps(f.span.start, f.span.end, start, end)
                }
            )
            shown = injected.text[start:end]
            result.example(
                f"injection missed: {kind}",
                f"{name}: {injection.detail} @ {shown[:80]!r}; findings there: "
                f"{'; '.join(there) or 'none'}",
            )
    counts[f"inj.{kind}.new"] += len(new)
    for finding in new:
        if finding.span is not None and any(
            overlaps(finding.span.start, finding.span.end, s, e) for s, e in targets
        ):
            counts[f"inj.{kind}.new_matched"] += 1
        else:
            where = ""
            if finding.span is not None:
                where = injected.text[finding.span.start : finding.span.end][:80]
            result.example(
                f"injection side effect: {kind} → {rule}",
                f"{name}: {finding.message[:120]} @ {where!r}",
            )

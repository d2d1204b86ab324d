"""Score refcheck's report on a rendered article against the article's gold.

Every function here is pure: gold (``corpus.Article``) and a ``DocumentReport`` in, counters and
a few labelled examples out, so that results from worker processes can simply be added up.

Definitions (they decide the numbers, so they are spelled out):

- a gold callout is *found* when a refcheck citation of the same kind overlaps its span;
- a refcheck citation is *spurious* when it overlaps no gold callout;
- a found callout is *linked right* when the references refcheck linked the overlapping
  citations to (mapped to gold refs by span overlap) include every gold target and nothing
  outside the targets of the gold callouts those citations cover (so ``[1, 2]`` read as one
  citation and ``[1]``, ``[2]`` read as two both score);
- *link accuracy where the tag agrees* leaves out the callouts whose journal tag the printed
  callout contradicts (``printed_discrepancies``: "Warrick and Dial, 1998" tagged to the entry
  "Warrick DR. 1998", "Lackner and Nunnari, 2009" tagged to "Nunnari 1997", "Li et al., 2009"
  where the list holds two such entries), the callouts the clean-article false alarms also
  leave out; there either link may be right;
- an entry is *segmented right* when both ends are within ``NEAR`` characters of a gold entry;
  field accuracy is measured on those pairs, over the gold fields the rendered entry prints;
- on clean articles every finding is a *false alarm* except an uncited-reference on an entry the
  gold says is uncited, and citation findings on callouts the published article itself prints
  inconsistently (a cited surname, the first or a second of two, or a year that differs from
  the reference's).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

from corpus import Article, GoldCitation, GoldFields, GoldRef

from refcheck.identifiers import TYPESET_DASHES
from refcheck.model import Citation, DocumentReport, Finding, Link, Reference

NEAR = 5  # characters of slack at each end for a "nearly" matching entry
FIELDS = (
    "first_author",
    "authors",
    "year",
    "title",
    "container",
    "volume",
    "issue",
    "pages",
    "doi",
    "url",
)
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
_EXTRA = str.maketrans({"ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "œ": "oe"})
_YEAR = re.compile(r"(1[5-9]\d{2}|20\d{2})\s*([a-z])?(?![a-z])")
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_URL_HEAD = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
_PAGES_PREFIX = re.compile(r"^\s*(?:pp?\.|pages?|s\.|стр\.|с\.)\s*", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Normalisation


def fold(value: str) -> str:
    value = value.translate(_EXTRA).translate(_DASHES)
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def norm_text(value: str | None) -> str:
    """Casefold, strip accents, punctuation and whitespace: for titles, names, containers."""
    if not value:
        return ""
    return "".join(ch for ch in fold(value) if ch.isalnum())


def norm_year(value: str | None) -> str:
    """The 4-digit year plus any a/b suffix: "(2009a)." -> "2009a"."""
    if not value:
        return ""
    match = _YEAR.search(value)
    if not match:
        return norm_text(value)
    return match.group(1) + (match.group(2) or "")


def norm_pages(value: str | None) -> str:
    if not value:
        return ""
    value = _PAGES_PREFIX.sub("", fold(value))
    return "".join(ch for ch in value if ch.isalnum() or ch == "-").strip("-")


_HYPHENS = str.maketrans(dict.fromkeys(TYPESET_DASHES, "-"))


def norm_doi(value: str | None) -> str:
    """A DOI as the registry knows it: case does not count, and a dash the typesetter printed
    for its hyphen ("10.1007/s10584‐015‐1585‐x", kept so by the labelled strings' gold) is
    the hyphen."""
    if not value:
        return ""
    value = re.sub(r"\s+", "", unquote(value).casefold()).translate(_HYPHENS)
    match = _DOI.search(value)
    if not match:
        return ""
    return match.group(0).rstrip(".,;)]")


def norm_url(value: str | None) -> str:
    if not value:
        return ""
    value = re.sub(r"\s+", "", value.casefold()).lstrip("<([")
    return _URL_HEAD.sub("", value).rstrip("/.,;)]>")


def ref_values(reference: Reference) -> dict[str, str]:
    """refcheck's parsed fields, normalised like the gold."""
    url = reference.url or (reference.urls[0] if reference.urls else None)
    return {
        "first_author": norm_text(reference.first_family),
        "authors": "|".join(norm_text(p.family) for p in reference.authors),
        "year": norm_year(reference.year),
        "title": norm_text(reference.title),
        "container": norm_text(reference.container),
        "volume": norm_text(reference.volume),
        "issue": norm_text(reference.issue),
        "pages": norm_pages(reference.pages),
        "doi": norm_doi(reference.doi),
        "url": norm_url(url),
    }


def gold_values(gold: GoldFields) -> dict[str, str]:
    return {
        "first_author": norm_text(gold.first_author),
        "authors": "|".join(norm_text(a) for a in gold.authors),
        "year": norm_year(gold.year),
        "title": norm_text(gold.title),
        "container": norm_text(gold.container),
        "volume": norm_text(gold.volume),
        "issue": norm_text(gold.issue),
        "pages": norm_pages(gold.pages),
        "doi": norm_doi(gold.doi),
        "url": norm_url(gold.url),
    }


# ---------------------------------------------------------------------------------------------
# Results


@dataclass
class Result:
    """Counters plus labelled examples; ``+`` adds results of several articles."""

    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def example(self, category: str, text: str, limit: int = 3) -> None:
        bucket = self.examples.setdefault(category, [])
        if len(bucket) < limit:
            bucket.append(text)

    def add(self, other: Result, limit: int = 40) -> None:
        self.counts.update(other.counts)
        for category, items in other.examples.items():
            bucket = self.examples.setdefault(category, [])
            bucket.extend(items[: max(0, limit - len(bucket))])


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Overlaps


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    if a_start == a_end:  # an empty span overlaps what contains it
        return b_start <= a_start < b_end or b_start == b_end == a_start
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True)
class _SpanIndex:
    """Sorted, non-overlapping spans with their payload index, for overlap queries."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> _SpanIndex:
        items = list(spans)
        return cls(tuple(s for s, _ in items), tuple(e for _, e in items))

    def hits(self, start: int, end: int) -> list[int]:
        """Indexes of the spans overlapping [start, end)."""
        found: list[int] = []
        index = max(0, bisect.bisect_right(self.starts, start) - 1)
        # spans may overlap slightly (they should not); look one back to be safe
        index = max(0, index - 1)
        while index < len(self.starts) and self.starts[index] <= max(start, end):
            if overlaps(self.starts[index], self.ends[index], start, end) or overlaps(
                start, end, self.starts[index], self.ends[index]
            ):
                found.append(index)
            index += 1
        return found


def map_references(article: Article, references: Sequence[Reference]) -> dict[str, str]:
    """refcheck entry id -> gold ref id, by the largest span overlap."""
    index = _SpanIndex.of((r.start, r.end) for r in article.refs)
    mapping: dict[str, str] = {}
    for reference in references:
        if reference.span is None:
            continue
        best, best_overlap = None, 0
        for i in index.hits(reference.span.start, reference.span.end):
            gold = article.refs[i]
            overlap = min(gold.end, reference.span.end) - max(gold.start, reference.span.start)
            if overlap > best_overlap:
                best, best_overlap = gold.id, overlap
        if best is not None:
            mapping[reference.id] = best
    return mapping


def pair_entries(article: Article, references: Sequence[Reference]) -> list[tuple[int, int]]:
    """(refcheck entry index, gold ref index) for entries whose ends are both within ``NEAR``
    characters of a gold entry's (one to one, in list order)."""
    index = _SpanIndex.of((r.start, r.end) for r in article.refs)
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for number, reference in enumerate(references):
        if reference.span is None:
            continue
        start, end = reference.span.start, reference.span.end
        for i in index.hits(start, end):
            gold = article.refs[i]
            if i not in taken and abs(gold.start - start) <= NEAR and abs(gold.end - end) <= NEAR:
                taken.add(i)
                pairs.append((number, i))
                break
    return pairs


def segmented_ids(article: Article, report: DocumentReport) -> set[str]:
    """Gold refs that refcheck segmented right: the cases where linking can be judged alone."""
    return {article.refs[g].id for _, g in pair_entries(article, report.references)}


def citation_matches(
    article: Article, citations: Sequence[Citation]
) -> tuple[list[list[int]], list[list[int]]]:
    """For each gold callout the refcheck citations overlapping it, and the converse."""
    gold_index = _SpanIndex.of((g.start, g.end) for g in article.citations)
    gold_hits: list[list[int]] = [[] for _ in article.citations]
    cit_hits: list[list[int]] = []
    for number, citation in enumerate(citations):
        hits = gold_index.hits(citation.span.start, citation.span.end)
        cit_hits.append(hits)
        for g in hits:
            gold_hits[g].append(number)
    return gold_hits, cit_hits


# ---------------------------------------------------------------------------------------------
# Discrepancies printed in the published article itself


_BETWEEN_YEARS = re.compile(r"[\s;,]*(?:(?:1[5-9]|20)\d\d[a-z]?[\s;,]*)*")


def _named_before(unit: GoldCitation, article: Article) -> str | None:
    """The callout that names the authors of a year-only one: "Ding et al., 1998" for "2007"
    in "(Ding et al., 1998; 1994; 2007)" (only years and separators between them)."""
    after = unit
    before = [c for c in article.citations if c.end <= unit.start]
    for other in sorted(before, key=lambda c: c.start, reverse=True):
        if not _BETWEEN_YEARS.fullmatch(article.text, other.end, after.start):
            return None
        if not re.match(r"\s*(?:1[5-9]|20)\d{2}", other.text):
            return other.text
        after = other
    return None


def printed_discrepancies(unit: GoldCitation, article: Article) -> set[str]:
    """Rules that would rightly fire on this callout as the journal printed it."""
    if _repeated_in_bracket(unit, article):
        return {"repeated-citation"}
    if unit.kind != "author-date" or len(unit.targets) != 1:
        return set()
    try:
        ref = article.ref(unit.targets[0])
    except KeyError:
        return set()
    gold = ref.fields
    found: set[str] = set()
    text = unit.text
    starts_with_year = bool(re.match(r"\s*(?:1[5-9]|20)\d{2}", text))
    printed_year = norm_year(text)
    if gold.year and norm_year(gold.year) != printed_year:
        found.add("year-mismatch")
    same = [
        other
        for other in article.refs
        if other.id != ref.id
        and norm_text(other.fields.first_author) == norm_text(gold.first_author)
        and (
            norm_year(other.fields.year) == printed_year
            or (printed_year.isdigit() and norm_year(other.fields.year)[:4] == printed_year)
        )
    ]
    if same:
        found.add("ambiguous-citation")  # the journal's list has two entries this callout fits
    if gold.first_author and not starts_with_year and gold.first_author not in text:
        found.add("author-mismatch")
        if fold(gold.first_author) not in fold(text):
            found.add("missing-reference")
    named = _named_before(unit, article) if starts_with_year else None
    if gold.first_author and named is not None and fold(gold.first_author) not in fold(named):
        # "(Ding et al., 1998; 1994; 2007)" with "2007" tagged to Brown 2007: the print names
        # Ding for it
        found |= {"author-mismatch", "missing-reference"}
    if not starts_with_year and gold.authors:
        et_al = "et al" in text
        listed = len(gold.authors) + (1 if gold.et_al else 0)
        names = 2 if " and " in text or " & " in text else 1
        if (
            (et_al and listed <= 2)
            or (not et_al and names == 1 and listed >= 2)
            or (names == 2 and listed != 2)
        ):
            found.add("author-count-mismatch")
        if names == 2 and len(gold.authors) == 2 and gold.authors[1] not in text:
            found.add("author-mismatch")  # "Hebecker and Jozsi" for Hebecker and Józsi
    return found


# the name printed right before a numeric callout: "McDonnel et al. [", "Landberg ["
_NAME_BEFORE_CALLOUT = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+?)(?:['’]s?)?(?:\s+et\s+al\.?)?\s*[\[(]?\s*\Z"
)


def _misnamed_numeric(unit: GoldCitation, article: Article) -> bool:
    """A numeric callout after a name that is not its entry's first author as the journal
    tagged it ("McDonnel et al. [547]" for McDonnell): an author-mismatch on it is right as
    printed."""
    if unit.kind != "numeric" or len(unit.targets) != 1:
        return False
    try:
        gold = article.ref(unit.targets[0]).fields
    except KeyError:
        return False
    before = _NAME_BEFORE_CALLOUT.search(article.text, max(0, unit.start - 80), unit.start)
    if before is None or not gold.first_author or gold.corporate:
        return False
    return fold(before.group("name")) != fold(gold.first_author)


def _repeated_in_bracket(unit: GoldCitation, article: Article) -> bool:
    """The journal tagged a callout before this one, in the same bracket, to the same entry
    ("(Wagoner et al., 2010; Baye and Link, 2007; Wagoner et al., 2010)", "[12,12,34]")."""
    for other in article.citations:
        if other.end > unit.start:
            break
        between = article.text[other.end : unit.start]
        if (
            other.targets == unit.targets
            and len(between) < 400
            and not any(mark in between for mark in "()[]")
        ):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Scoring


def score_article(article: Article, report: DocumentReport) -> Result:
    """All clean-article measures for one article; counters are prefixed by their topic."""
    result = Result()
    c = result.counts
    name = article.name
    citations = report.citations
    gold_hits, cit_hits = citation_matches(article, citations)
    ref_map = map_references(article, report.references)
    links = report.links_by_citation()
    pairs = pair_entries(article, report.references)
    segmented = {article.refs[g].id for _, g in pairs}

    # citations: recall, kind, spurious
    c["cit.gold"] += len(article.citations)
    c["cit.refcheck"] += len(citations)
    c["cit.gold_range"] += sum(1 for g in article.citations if g.is_range)
    found_units: list[int] = []
    for g_index, unit in enumerate(article.citations):
        hits = gold_hits[g_index]
        right = [i for i in hits if citations[i].kind == unit.kind]
        if right:
            c["cit.found"] += 1
            found_units.append(g_index)
        elif hits:
            c["cit.wrong_kind"] += 1
            result.example(
                f"citation: wrong kind ({unit.kind})",
                f"{name}: gold {unit.text!r} read as {citations[hits[0]].kind} "
                f"{citations[hits[0]].text!r}",
            )
        else:
            c["cit.missed"] += 1
            ctx = article.text[max(0, unit.start - 50) : unit.end + 30]
            result.example(
                f"citation missed ({unit.kind})", f"{name}: {unit.text!r} in …{_clip(ctx)}…"
            )
    for number, hits in enumerate(cit_hits):
        if not hits:
            c["cit.spurious"] += 1
            cit = citations[number]
            ctx = article.text[max(0, cit.span.start - 40) : cit.span.end + 30]
            what = "spurious citation"
            if _untagged(article, cit, links.get(cit.id), ref_map):
                c["cit.spurious_untagged"] += 1
                what = "spurious citation: untagged in the journal's XML (plausibly right)"
            result.example(f"{what} ({cit.kind})", f"{name}: {cit.text!r} in …{_clip(ctx)}…")

    # links
    for g_index in found_units:
        unit = article.citations[g_index]
        right = [i for i in gold_hits[g_index] if citations[i].kind == unit.kind]
        linked: set[str] = set()
        allowed: set[str] = set()
        statuses: list[str] = []
        for i in right:
            link = links.get(citations[i].id)
            if link is not None:
                statuses.append(link.status)
                linked.update(ref_map.get(r, "?" + r) for r in link.reference_ids)
            for other in cit_hits[i]:
                allowed.update(article.citations[other].targets)
        c["link.eval"] += 1
        right_link = set(unit.targets) <= linked <= allowed
        disagrees = bool(printed_discrepancies(unit, article))
        if not disagrees:  # the journal's tag agrees with the callout as printed
            c["link.eval_agreed"] += 1
            c["link.correct_agreed"] += int(right_link)
        if set(unit.targets) <= segmented:  # judged apart from segmentation errors
            c["link.eval_seg"] += 1
            c["link.correct_seg"] += int(right_link)
        if right_link:
            c["link.correct"] += 1
        else:
            kind = "link: none" if not linked else "link: wrong"
            if linked and set(unit.targets) <= linked:
                kind = "link: extra targets"
            status = ",".join(sorted(set(statuses))) or "no link"
            if disagrees:
                kind += ", the journal's tag disagrees with the print"
            want = ", ".join(_ref_label(article, t) for t in unit.targets)
            got = ", ".join(_ref_label(article, t) for t in sorted(linked)) or "-"
            result.example(
                f"{kind} ({unit.kind})",
                f"{name}: {unit.text!r} [{status}] gold → {want}; refcheck → {got}",
            )

    # reference segmentation and fields
    c["seg.gold"] += len(article.refs)
    c["seg.refcheck"] += sum(1 for r in report.references if r.origin == "manuscript")
    index = _SpanIndex.of((r.start, r.end) for r in article.refs)
    paired = dict(pairs)
    matched_gold = set(paired.values())
    for number, reference in enumerate(report.references):
        if reference.span is None:
            continue
        if number not in paired:
            hits = index.hits(reference.span.start, reference.span.end)
            what = "merged" if len(hits) > 1 else ("split/partial" if hits else "outside")
            result.example(
                f"segmentation: {what} ({article.collection})",
                f"{name}: {_clip(reference.raw, 200)!r}",
            )
            continue
        gold_ref = article.refs[paired[number]]
        c["seg.near"] += 1
        if (reference.span.start, reference.span.end) == (gold_ref.start, gold_ref.end):
            c["seg.exact"] += 1
        _score_fields(result, name, gold_ref, reference, article.collection)
    for i, gold in enumerate(article.refs):
        if i not in matched_gold:
            result.example(
                f"segmentation: gold entry not matched ({article.collection})",
                f"{name}: {_clip(article.text[gold.start : gold.end], 200)!r}",
            )

    # false alarms
    paired_ids = {report.references[number].id for number in paired}
    c["fa.citations"] += len(article.citations)
    units_by_cit = {citations[i].id: hits for i, hits in enumerate(cit_hits)}
    by_id = {citation.id: citation for citation in citations}
    listed = fold(" ".join(article.text[r.start : r.end] for r in article.refs))
    for finding in report.findings:
        c["fa.findings"] += 1
        real = False
        gold_id = ref_map.get(finding.reference_id or "")
        if finding.rule == "uncited-reference" and gold_id is not None:
            real = not article.ref(gold_id).cited
        elif finding.rule in ENTRY_CHECKS and gold_id is not None and not finding.citation_id:
            real = ENTRY_CHECKS[finding.rule](article, article.ref(gold_id), finding.message)
        elif finding.citation_id and finding.citation_id in units_by_cit:
            for g in units_by_cit[finding.citation_id]:
                if finding.rule in printed_discrepancies(article.citations[g], article):
                    real = True
                if finding.rule == "author-mismatch" and _misnamed_numeric(
                    article.citations[g], article
                ):
                    real = True  # "McDonnel et al. [547]" for McDonnell
            cited = by_id.get(finding.citation_id)
            if cited is not None and not real:
                tagged = bool(units_by_cit[finding.citation_id])
                real = _unlisted_or_misspelt(article, cited, finding, listed, tagged=tagged)
        if real:
            c[f"real.{finding.rule}"] += 1
            result.example(f"finding that is real: {finding.rule}", f"{name}: {finding.message}")
            continue
        c[f"fa.{finding.rule}"] += 1
        if _split_right(finding, units_by_cit, article, ref_map, segmented, paired_ids):
            c[f"fa_seg.{finding.rule}"] += 1
        where = ""
        if finding.span is not None:
            where = article.text[finding.span.start : finding.span.end]
        result.example(
            f"false alarm: {finding.rule} ({article.collection})",
            f"{name}: {_clip(finding.message, 200)} @ {_clip(where, 120)!r}",
        )
    return result


# "et al." misspelt as the journals printed it: "etl.", "at al.", "et all.", or run into the
# name before it ("Shimizuet al.")
_MISSPELT_ET_AL = re.compile(r"(?:etl|at al|et all)\.?|[^\W\d_]{2,}et al\.?", re.IGNORECASE)


def _unlisted_or_misspelt(
    article: Article, citation: Citation, finding: Finding, listed: str, *, tagged: bool
) -> bool:
    """A finding that is right as the journal printed the callout: on a callout it did not
    tag, the cited name appears nowhere in its reference list ("(SantaLucia 1998)" in an
    article whose list has no SantaLucia); on any callout, "et al." misspelt or run into the
    name."""
    if finding.rule == "missing-reference" and citation.authors and not tagged:
        return all(fold(word) not in listed for word in citation.authors[0].split())
    if finding.rule == "malformed-citation" and finding.span is not None:
        printed = article.text[finding.span.start : finding.span.end]
        return _MISSPELT_ET_AL.fullmatch(printed.strip()) is not None
    return False


def _duplicated(article: Article, ref: GoldRef, message: str) -> bool:
    """The journal's list itself has another entry with this title (or DOI)."""
    title, doi = norm_text(ref.fields.title), norm_doi(ref.fields.doi)
    return any(
        other.id != ref.id
        and (
            (title and norm_text(other.fields.title) == title)
            or (doi and norm_doi(other.fields.doi) == doi)
        )
        for other in article.refs
    )


def _incomplete(article: Article, ref: GoldRef, message: str) -> bool:
    """The journal's entry really lacks one of the parts the finding names (judged only on
    entries whose fields are tagged; an untagged mixed-citation tells nothing)."""
    gold = ref.fields
    if not (gold.authors or gold.title or gold.year):
        return False
    printed = article.text[ref.start : ref.end]
    return (
        ("no year" in message and not gold.year and not _YEAR.search(printed))
        or ("no title" in message and not gold.title)
        or (
            "no source" in message
            and not (gold.container or gold.doi or gold.url or gold.publisher)
        )
    )


def _malformed_doi(article: Article, ref: GoldRef, message: str) -> bool:
    """The journal printed (and tagged) a DOI that does not resolve: with a dash for a hyphen
    ("10.1088/1742–5468/…"), or with a prefix no DOI has ("10.156/NEJMp1409859", a registrant
    code of three digits)."""
    doi = ref.fields.doi or ""
    return any(dash in doi for dash in TYPESET_DASHES) or (
        bool(doi) and _VALID_DOI.fullmatch(doi) is None
    )


_VALID_DOI = re.compile(r"10\.\d{4,9}(?:\.\d+)*/\S+")


ENTRY_CHECKS = {
    "duplicate-reference": _duplicated,
    "incomplete-reference": _incomplete,
    "malformed-doi": _malformed_doi,
}


def _split_right(
    finding: Finding,
    units_by_cit: dict[str, list[int]],
    article: Article,
    ref_map: dict[str, str],
    segmented: set[str],
    paired_ids: set[str],
) -> bool:
    """Is the finding about entries refcheck split right (so not a consequence of a merge)?"""
    if finding.citation_id and finding.citation_id in units_by_cit:
        units = units_by_cit[finding.citation_id]
        return all(set(article.citations[g].targets) <= segmented for g in units)
    if finding.reference_id:
        return finding.reference_id in paired_ids and finding.reference_id in ref_map
    return True


def _untagged(
    article: Article, citation: Citation, link: Link | None, ref_map: dict[str, str]
) -> bool:
    """An author-date citation the journal did not tag but that names the entry it links to."""
    if citation.kind != "author-date" or link is None or link.status not in {"exact", "folded"}:
        return False
    for reference_id in link.reference_ids:
        gold_id = ref_map.get(reference_id)
        if gold_id is None:
            return False
        family = article.ref(gold_id).fields.first_author
        if not family or fold(family) not in fold(citation.text):
            return False
    return bool(link.reference_ids)


def _ref_label(article: Article, ref_id: str) -> str:
    if ref_id.startswith("?"):
        return ref_id
    try:
        ref = article.ref(ref_id)
    except KeyError:
        return ref_id
    who = ref.fields.first_author or "?"
    return f"{ref.label + ':' if ref.label else ''}{who} {ref.fields.year or ''}".strip()


def _score_fields(
    result: Result, name: str, gold_ref: GoldRef, reference: Reference, collection: str
) -> None:
    gold = gold_values(gold_ref.fields)
    got = ref_values(reference)
    group = f"{collection}/{gold_ref.markup}"
    for key in FIELDS:
        if not gold[key]:
            continue
        result.counts[f"field.{key}.n"] += 1
        result.counts[f"fieldby.{group}.{key}.n"] += 1
        # the title also counted apart from the entries whose markup holds the journal in it
        apart = key == "title" and not gold_ref.fields.journal_in_title
        if key == "title":
            result.counts["field.title_apart.n" if apart else "field.title_apart.skipped"] += 1
        if gold[key] == got[key]:
            result.counts[f"field.{key}.ok"] += 1
            if apart:
                result.counts["field.title_apart.ok"] += 1
            result.counts[f"fieldby.{group}.{key}.ok"] += 1
        else:
            shown = {
                "first_author": reference.first_family,
                "authors": "; ".join(p.family for p in reference.authors),
                "year": reference.year,
                "title": reference.title,
                "container": reference.container,
                "volume": reference.volume,
                "issue": reference.issue,
                "pages": reference.pages,
                "doi": reference.doi,
                "url": reference.url or (reference.urls[0] if reference.urls else None),
            }[key]
            gold_shown = {
                "first_author": gold_ref.fields.first_author,
                "authors": "; ".join(gold_ref.fields.authors),
            }.get(key, getattr(gold_ref.fields, key, None))
            result.example(
                f"field {key} wrong ({group})",
                f"{name}: gold {_clip(str(gold_shown), 90)!r} got {_clip(str(shown), 90)!r} "
                f"in {_clip(reference.raw, 220)!r}",
            )


def ratio(counts: Counter[str], num: str, den: str) -> float | None:
    return counts[num] / counts[den] if counts[den] else None

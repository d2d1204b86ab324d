"""Accuracy of refcheck on labelled journal articles and reference strings (run by hand).

    python tests/bench/accuracy.py                   # all dev articles + dev/training strings
    python tests/bench/accuracy.py --limit 20 --only plos --examples 5
    python tests/bench/accuracy.py --split eval --no-write

Reads ``../shared/corpus`` (relative to the repository root) or ``--corpus PATH``; prints
"corpus not found, skipping" and exits 0 when it is absent. Steps (issue 3, "The benchmark"):
render each JATS article of the split to plain text with its gold (``corpus.py``), run
``refcheck.api.check_text`` on it and score citations, links, entries, fields and false alarms
(``scoring.py``), plant errors in copies and score detection (``inject.py``), score
``parse_reference`` on the AnyStyle/GROBID development strings (``refstrings.py``), then print a
table and rewrite the ``accuracy`` section of ``tests/bench/RESULTS.md``.

The strings are scored without ``--only`` (they are independent of the articles): with
``--split dev`` the fifth of the AnyStyle/GROBID training strings the labeller never saw, with
``--split eval`` the measuring sets, AnyStyle ``gold.xml`` and ParsCit (never trained or tuned on). Numbers in parentheses restrict a measure to the entries refcheck
split right, which tells linking and rule errors apart from list-segmentation errors.
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import shlex
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
for _path in (str(BENCH), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import corpus  # noqa: E402
import inject  # noqa: E402
import refstrings  # noqa: E402
import scoring  # noqa: E402
import styles  # noqa: E402
from scoring import Result  # noqa: E402

from refcheck.api import check_text  # noqa: E402
from refcheck.references import parse_reference  # noqa: E402

RESULTS = BENCH / "RESULTS.md"
START, END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"
TARGETS = {
    "cit.recall": 0.99,
    "link": 0.99,
    "inj.recall": 0.97,
    "inj.precision": 0.97,
    "fa.per100": 0.5,
    "field": 0.97,
    "string.f1": 0.93,
}
HEADLINE_FIELDS = ("first_author", "year", "title", "doi")


# ---------------------------------------------------------------------------------------------
# Work per article (runs in worker processes)


def run_article(job: tuple[str, str, int, int]) -> tuple[str, str, Result, float]:
    """Score one article clean and with each kind of injected fault."""
    name, path, seed, per_kind = job
    started = time.perf_counter()
    result = Result()
    try:
        article = corpus.load_article(Path(path), name)
    except Exception as error:  # a corpus file we cannot read is reported, not fatal
        result.counts["articles.unreadable"] += 1
        result.example("unreadable article", f"{name}: {error}")
        return name, "unknown", result, time.perf_counter() - started
    result.counts["articles"] += 1
    _score_cross_style(Path(path), name, result)
    result.counts["xrefs.body"] += article.body_xrefs
    result.counts["xrefs.rendered"] += article.rendered_xrefs
    result.counts["refs"] += len(article.refs)
    try:
        report = check_text(article.text, path=name)
    except Exception as error:  # refcheck must never raise on a manuscript: count it
        result.counts["refcheck.raised"] += 1
        result.example("refcheck raised", f"{name}: {type(error).__name__}: {error}")
        return name, article.style, result, time.perf_counter() - started
    result.add(scoring.score_article(article, report), limit=10**6)
    segmented = scoring.segmented_ids(article, report)
    if per_kind > 0:
        for kind in inject.KINDS:
            injected = inject.inject(article, kind, seed, per_kind)
            if injected is None:
                continue
            try:
                faulty = check_text(injected.text, path=name)
            except Exception as error:
                result.counts["refcheck.raised"] += 1
                result.example("refcheck raised", f"{name} ({kind}): {error}")
                continue
            inject.score_injection(name, report, injected, faulty, result, segmented)
    return name, article.style, result, time.perf_counter() - started


CROSS_FIELDS = ("first_author", "year", "title", "container", "volume", "pages", "doi")
STYLE_SAMPLE = 4  # every fourth eLife journal article is printed in each common style


def _score_cross_style(path: Path, name: str, result: Result) -> None:
    """Each element-citation printed in the other journal's style, parsed alone: the fields
    that ``parse_reference`` reads right (``cross.<style>.<field>.ok`` of ``.n``)."""
    root = corpus.parse_xml(path.read_bytes())
    entries = corpus.cross_style_entries(root, name)
    if name.startswith("elife"):
        entries += styles.style_entries(root, every=STYLE_SAMPLE)
    for style, printed, gold_fields in entries:
        gold = scoring.gold_values(gold_fields)
        got = scoring.ref_values(parse_reference(printed, "x"))
        for key in CROSS_FIELDS:
            if not gold[key]:
                continue
            result.counts[f"cross.{style}.{key}.n"] += 1
            if gold[key] == got[key]:
                result.counts[f"cross.{style}.{key}.ok"] += 1
            else:
                result.example(
                    f"cross-style {key} wrong ({style})",
                    f"{name}: gold {gold[key][:60]!r} got {got[key][:60]!r} in {printed[:200]!r}",
                )


def run_strings(job: tuple[str, list[refstrings.LabelledString]]) -> Result:
    prefix, strings = job
    result = Result()
    for item in strings:
        result.counts[f"{prefix}.strings"] += 1
        try:
            reference = parse_reference(item.text, "s")
        except Exception as error:
            result.counts[f"{prefix}.raised"] += 1
            result.example("parse_reference raised", f"{item.text[:120]!r}: {error}")
            continue
        gold = refstrings.gold_norm(item.gold)
        got = refstrings.predicted_norm(reference)
        if item.source != prefix:  # a file of the set ("anystyle/core.xml"), counted apart too
            result.counts[f"{item.source}.strings"] += 1
            refstrings.compare(gold, got, result.counts, item.source)
        for key in refstrings.compare(gold, got, result.counts, prefix):
            value = {
                "author": "; ".join(p.display() for p in reference.authors),
                "year": reference.year,
                "title": reference.title,
                "container": reference.container,
                "volume": reference.volume,
                "pages": reference.pages,
                "doi": reference.doi,
                "url": reference.url,
            }[key]
            result.example(
                f"string {key} wrong ({prefix})",
                f"gold {item.gold[key][:80]!r} got {str(value)[:80]!r} in {item.text[:200]!r}",
                limit=60,
            )
    return result


def _chunks(
    items: Sequence[refstrings.LabelledString], size: int
) -> Iterator[list[refstrings.LabelledString]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


# ---------------------------------------------------------------------------------------------
# Reporting


def _pct(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _mark(value: float | None, target: float, lower_is_better: bool = False) -> str:
    if value is None:
        return ""
    ok = value <= target if lower_is_better else value >= target
    return "✓" if ok else "✗"


def article_rows(by_style: dict[str, Result]) -> list[list[str]]:
    rows: list[list[str]] = []
    for style, result in sorted(by_style.items()):
        c = result.counts
        recall = scoring.ratio(c, "cit.found", "cit.gold")
        spurious = 100 * c["cit.spurious"] / c["cit.gold"] if c["cit.gold"] else None
        untagged = 100 * c["cit.spurious_untagged"] / c["cit.gold"] if c["cit.gold"] else None
        link = scoring.ratio(c, "link.correct", "link.eval")
        link_seg = scoring.ratio(c, "link.correct_seg", "link.eval_seg")
        link_agreed = scoring.ratio(c, "link.correct_agreed", "link.eval_agreed")
        seg_p = scoring.ratio(c, "seg.near", "seg.refcheck")
        seg_r = scoring.ratio(c, "seg.near", "seg.gold")
        exact = scoring.ratio(c, "seg.exact", "seg.gold")
        fa = sum(v for k, v in c.items() if k.startswith("fa.") and k not in _FA_META)
        per100 = 100 * fa / c["fa.citations"] if c["fa.citations"] else None
        fa_seg = sum(v for k, v in c.items() if k.startswith("fa_seg."))
        per100_seg = 100 * fa_seg / c["fa.citations"] if c["fa.citations"] else None
        rows.append(
            [
                style,
                str(c["articles"]),
                str(c["cit.gold"]),
                f"{_pct(recall)} {_mark(recall, TARGETS['cit.recall'])}",
                f"{_pct(spurious, 2)} ({_pct(untagged, 2)})",
                f"{_pct(link)} {_mark(link, TARGETS['link'])} ({_pct(link_seg)})",
                f"{_pct(link_agreed)} {_mark(link_agreed, TARGETS['link'])}",
                f"{_pct(seg_p)} / {_pct(seg_r)} ({_pct(exact)})",
                f"{_pct(per100, 2)} {_mark(per100, TARGETS['fa.per100'], lower_is_better=True)}"
                f" ({_pct(per100_seg, 2)})",
            ]
        )
    return rows


_FA_META = {"fa.citations", "fa.findings"}


def field_rows(by_style: dict[str, Result]) -> list[list[str]]:
    rows: list[list[str]] = []
    for style, result in sorted(by_style.items()):
        c = result.counts
        row = [style]
        for key in scoring.FIELDS:
            value = scoring.ratio(c, f"field.{key}.ok", f"field.{key}.n")
            mark = _mark(value, TARGETS["field"]) if key in HEADLINE_FIELDS else ""
            row.append(f"{_pct(value)} {mark}".strip() + f" (n={c[f'field.{key}.n']})")
        apart = scoring.ratio(c, "field.title_apart.ok", "field.title_apart.n")
        row.append(
            f"{_pct(apart)} {_mark(apart, TARGETS['field'])} "
            f"(n={c['field.title_apart.n']}; {c['field.title_apart.skipped']} not)"
        )
        rows.append(row)
    return rows


def field_group_rows(total: Result) -> list[list[str]]:
    groups = sorted(
        {k.split(".")[1] for k in total.counts if k.startswith("fieldby.")},
    )
    rows = []
    for group in groups:
        row = [group]
        for key in scoring.FIELDS:
            value = scoring.ratio(
                total.counts, f"fieldby.{group}.{key}.ok", f"fieldby.{group}.{key}.n"
            )
            row.append(_pct(value))
        rows.append(row)
    return rows


def _ordinal(number: int) -> str:
    return {2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(number, f"{number}th")


def cross_style_rows(total: Result) -> list[list[str]]:
    styles = sorted({k.split(".")[1] for k in total.counts if k.startswith("cross.")})
    rows = []
    for style in styles:
        row = [style, str(total.counts[f"cross.{style}.title.n"])]
        for key in CROSS_FIELDS:
            value = scoring.ratio(total.counts, f"cross.{style}.{key}.ok", f"cross.{style}.{key}.n")
            row.append(_pct(value))
        rows.append(row)
    return rows


def false_alarm_rows(by_style: dict[str, Result]) -> list[list[str]]:
    rules = sorted(
        {
            k[3:]
            for r in by_style.values()
            for k in r.counts
            if k.startswith("fa.") and k not in _FA_META
        }
    )
    rows = []
    for rule in rules:
        row = [rule]
        for _style, result in sorted(by_style.items()):
            c = result.counts
            n = c[f"fa.{rule}"]
            row.append(
                f"{n} ({100 * n / c['fa.citations']:.2f}); {c[f'fa_seg.{rule}']}"
                if c["fa.citations"]
                else "–"
            )
        rows.append(row)
    real = sorted({k[5:] for r in by_style.values() for k in r.counts if k.startswith("real.")})
    for rule in real:
        row = [f"(not counted: real) {rule}"]
        for _style, result in sorted(by_style.items()):
            row.append(str(result.counts[f"real.{rule}"]))
        rows.append(row)
    return rows


def injection_rows(total: Result) -> list[list[str]]:
    c = total.counts
    rows = []
    for kind, rule in inject.KINDS.items():
        recall = scoring.ratio(c, f"inj.{kind}.detected", f"inj.{kind}.targets")
        precision = scoring.ratio(c, f"inj.{kind}.new_matched", f"inj.{kind}.new")
        recall_seg = scoring.ratio(c, f"inj.{kind}.detected_seg", f"inj.{kind}.targets_seg")
        rows.append(
            [
                kind,
                rule,
                str(c[f"inj.{kind}.faults"]),
                str(c[f"inj.{kind}.targets"]),
                f"{_pct(recall)} {_mark(recall, TARGETS['inj.recall'])} ({_pct(recall_seg)})",
                f"{_pct(precision)} {_mark(precision, TARGETS['inj.precision'])}",
            ]
        )
    targets = sum(c[f"inj.{k}.targets"] for k in inject.KINDS)
    detected = sum(c[f"inj.{k}.detected"] for k in inject.KINDS)
    new = sum(c[f"inj.{k}.new"] for k in inject.KINDS)
    matched = sum(c[f"inj.{k}.new_matched"] for k in inject.KINDS)
    recall = detected / targets if targets else None
    precision = matched / new if new else None
    targets_seg = sum(c[f"inj.{k}.targets_seg"] for k in inject.KINDS)
    detected_seg = sum(c[f"inj.{k}.detected_seg"] for k in inject.KINDS)
    recall_seg = detected_seg / targets_seg if targets_seg else None
    rows.append(
        [
            "**all**",
            "",
            str(sum(c[f"inj.{k}.faults"] for k in inject.KINDS)),
            str(targets),
            f"{_pct(recall)} {_mark(recall, TARGETS['inj.recall'])} ({_pct(recall_seg)})",
            f"{_pct(precision)} {_mark(precision, TARGETS['inj.precision'])}",
        ]
    )
    return rows


def string_rows(strings: Result) -> list[list[str]]:
    """One row per set, then per file of a set: the F1 of each field (precision/recall are in
    ``--json``)."""
    sets = sorted(
        {key[: -len(".strings")] for key in strings.counts if key.endswith(".strings")},
        key=lambda name: (name.split("/")[0], "/" in name, name),
    )
    rows = []
    for prefix in sets:
        n = strings.counts[f"{prefix}.strings"]
        cells = []
        for key in refstrings.STRING_FIELDS:
            _, _, f1, gold = refstrings.prf(strings.counts, prefix, key)
            cells.append(f"{f1:.3f} {_mark(f1, TARGETS['string.f1'])}" if gold else "–")
        rows.append([prefix if "/" in prefix else f"**{prefix}**", str(n), *cells])
    return rows


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def render_report(
    args: argparse.Namespace,
    command: str,
    by_style: dict[str, Result],
    total: Result,
    strings: Result,
    elapsed: float,
) -> str:
    c = total.counts
    collections = Counter(name.split("/", 1)[0] for name in getattr(args, "article_names", []))
    parts = [
        f"Command: `{command}`  ",
        f"Date: {datetime.date.today().isoformat()}; split: **{args.split}**; "
        f"wall time {elapsed:.0f} s on {args.workers} worker(s).  ",
        "Articles: "
        + ", ".join(f"{k} {v}" for k, v in sorted(collections.items()))
        + f" ({c['articles']} read); gold callouts {c['cit.gold']} (PLOS ranges "
        f"{c['cit.gold_range']}), rendered bibr xrefs {c['xrefs.rendered']} of "
        f"{c['xrefs.body']} in `body`; references {c['refs']}.",
        "",
        "Targets (issue 3): citation recall ≥ 0.99, link accuracy ≥ 0.99, false alarms ≤ 0.5 per "
        "100 citations, reference fields (first author, year, title, DOI) ≥ 0.97, injected-error "
        "recall and precision ≥ 0.97, string field F1 ≥ 0.93. ✓ met, ✗ not met.",
        "",
        "### Rendered articles",
        "",
        markdown_table(
            [
                "style",
                "articles",
                "gold callouts",
                "citation recall",
                "spurious /100 (of which untagged)",
                "link accuracy (entries split right)",
                "link accuracy where the journal's tag agrees with the print",
                "entries P / R (exact)",
                "false alarms /100 (entries split right)",
            ],
            article_rows(by_style),
        ),
        "",
        "Reference fields on correctly segmented entries (accuracy over the fields the rendered "
        "entry prints). The last column scores the title again where the journal's markup tags "
        "the journal apart from it, leaving out the mixed-citations of type journal with no "
        "`<source>` whose `<article-title>` runs into the `<volume>` (nothing but punctuation "
        "between them): there the tagged title holds the journal's name "
        '("… in the Azores. Aquat. Living Resour").',
        "",
        markdown_table(
            ["style", *scoring.FIELDS, "title where the journal is tagged apart"],
            field_rows(by_style),
        ),
        "",
        markdown_table(["collection/markup", *scoring.FIELDS], field_group_rows(total)),
        "",
        "Across styles: each element-citation of these articles printed in the other "
        "journal's style (eLife's in PLOS's, PLOS's in eLife's), and every "
        f"{_ordinal(STYLE_SAMPLE)} eLife journal article and every eLife book and chapter "
        f"in {len(styles.STYLES)} styles (`tests/bench/styles.py`), each parsed alone "
        "(`parse_reference`); field accuracy over the fields the printed entry holds (Nature "
        "prints no chapter's title).",
        "",
        markdown_table(["entries", "n", *CROSS_FIELDS], cross_style_rows(total)),
        "",
        "False alarms on the clean articles by rule: count (per 100 gold callouts); how many "
        "of them concern entries refcheck split right (not a consequence of merged entries). "
        "Not counted: uncited-reference on entries the gold leaves uncited, citation findings "
        "on callouts the journal itself printed inconsistently with the entry, missing-reference "
        "on callouts the journal did not tag whose cited name is nowhere in its reference list, "
        'and a misspelt "et al." ("etl.", "at al.").',
        "",
        markdown_table(["rule", *sorted(by_style)], false_alarm_rows(by_style)),
        "",
        f"### Injected errors (seed {args.seed}, up to {args.per_kind} per kind per article)",
        "",
        markdown_table(
            [
                "fault",
                "expected rule",
                "faults",
                "targets",
                "recall (entries split right)",
                "precision",
            ],
            injection_rows(total),
        ),
        "",
    ]
    rows = string_rows(strings)
    if rows:
        parts += [
            (
                "### Reference strings (`parse_reference`; AnyStyle core/good/ugly/bad, GROBID "
                "citation corpus without evaluation files"
                if args.split == "dev"
                else "### Reference strings (`parse_reference`; AnyStyle gold.xml, ParsCit"
            )
            + (f", sampled {args.max_strings} per set" if args.max_strings else "")
            + ")",
            "",
            (
                "Only the fifth of the strings that the shipped labeller was not trained on "
                "(`refcheck.crf.data.is_held_out`)."
                if args.split == "dev"
                else "The measuring sets: never trained or tuned on."
            )
            + " Field F1; conventions: a doi.org link is scored as the DOI (AnyStyle labels it a "
            "URL); see `tests/bench/refstrings.py` for how fields are compared.",
            "",
            markdown_table(["set", "strings", *refstrings.STRING_FIELDS], rows),
            "",
        ]
    problems = c["refcheck.raised"] + sum(
        count for key, count in strings.counts.items() if key.endswith(".raised")
    )
    if problems or c["articles.unreadable"]:
        parts.append(
            f"refcheck raised {problems} time(s); unreadable articles: {c['articles.unreadable']}."
        )
    return "\n".join(parts).rstrip() + "\n"


def write_results(section: str) -> None:
    """Replace only the accuracy section of RESULTS.md (the speed section is the lead's)."""
    block = f"{START}\n## Accuracy\n\n{section}{END}"
    if RESULTS.exists():
        text = RESULTS.read_text(encoding="utf-8")
        if START in text and END in text:
            before = text[: text.index(START)]
            after = text[text.index(END) + len(END) :]
            RESULTS.write_text(before + block + after, encoding="utf-8")
            return
        RESULTS.write_text(text.rstrip() + "\n\n" + block + "\n", encoding="utf-8")
        return
    RESULTS.write_text(
        "# Benchmark results\n\n" + block + "\n\n<!-- speed:start -->\n<!-- speed:end -->\n",
        encoding="utf-8",
    )


def print_examples(results: dict[str, Result], limit: int) -> None:
    for title, result in results.items():
        for category in sorted(result.examples):
            items = result.examples[category]
            print(f"\n## {title}: {category} ({len(items)} kept)")
            for item in items[:limit]:
                print(f"   {item}")


# ---------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--split", choices=("dev", "eval"), default="dev")
    parser.add_argument("--only", choices=("elife", "plos"), default=None)
    parser.add_argument("--limit", type=int, default=0, help="first N articles (0: all)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--per-kind", type=int, default=3, help="faults per kind per article")
    parser.add_argument("--max-strings", type=int, default=0, help="sample per set (0: all)")
    parser.add_argument("--no-strings", action="store_true", help="skip the string sets")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--parser",
        choices=("rules", "combined"),
        default=None,
        help="reference-field parser to score (default: refcheck's own default)",
    )
    parser.add_argument("--examples", type=int, default=0, help="print N examples per category")
    parser.add_argument("--json", type=Path, default=None, help="write counts and examples")
    parser.add_argument("--no-write", action="store_true", help="do not touch RESULTS.md")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.parser:
        import refcheck.references

        refcheck.references.PARSER = args.parser  # the forked workers inherit it
    corpus_dir: Path = args.corpus
    if not (corpus_dir / "SPLITS.tsv").exists():
        print(f"corpus not found at {corpus_dir}, skipping")
        return 0
    started = time.perf_counter()
    paths = corpus.article_paths(corpus_dir, args.split, args.only)
    if args.limit:
        paths = paths[: args.limit]
    args.article_names = [name for name, _ in paths]
    jobs = [(name, str(path), args.seed, args.per_kind) for name, path in paths]
    by_style: dict[str, Result] = {}
    total = Result()
    string_total = Result()
    string_jobs: list[tuple[str, list[refstrings.LabelledString]]] = []
    if not args.no_strings and not args.only:
        loaded = (
            refstrings.load_strings(corpus_dir)
            if args.split == "dev"
            else refstrings.load_eval_strings(corpus_dir)
        )
        for prefix, strings in loaded.items():
            chosen = refstrings.sample(strings, args.max_strings, args.seed)
            string_jobs.extend((prefix, chunk) for chunk in _chunks(chosen, 1000))
    workers = max(1, args.workers)
    context = multiprocessing.get_context("fork") if workers > 1 else None
    pool = context.Pool(workers) if context is not None else None
    try:
        article_iter = pool.imap_unordered(run_article, jobs) if pool else map(run_article, jobs)
        slowest: list[tuple[float, str]] = []
        for number, (name, style, result, seconds) in enumerate(article_iter, start=1):
            by_style.setdefault(style, Result()).add(result, limit=60)
            total.add(result, limit=60)
            slowest.append((seconds, name))
            if number % 25 == 0:
                print(f"  {number}/{len(jobs)} articles", file=sys.stderr)
        string_iter = (
            pool.imap_unordered(run_strings, string_jobs) if pool else map(run_strings, string_jobs)
        )
        for result in string_iter:
            string_total.add(result, limit=60)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    elapsed = time.perf_counter() - started
    command = "python tests/bench/accuracy.py" + (
        " " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
        if (argv if argv is not None else sys.argv[1:])
        else ""
    )
    section = render_report(args, command, by_style, total, string_total, elapsed)
    print(section)
    slowest.sort(reverse=True)
    print("slowest articles: " + ", ".join(f"{n} {s:.2f}s" for s, n in slowest[:3]))
    if args.examples:
        print_examples({"articles": total, "strings": string_total}, args.examples)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "by_style": {k: dict(v.counts) for k, v in by_style.items()},
                    "strings": dict(string_total.counts),
                    "examples": total.examples | string_total.examples,
                },
                indent=1,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    if not args.no_write:
        write_results(section)
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

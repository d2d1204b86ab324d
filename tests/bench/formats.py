"""Citation recall and link accuracy per input format: plain text, DOCX and PDF (run by hand).

    python tests/bench/formats.py                    # first 60 dev articles, 2 workers
    python tests/bench/formats.py --limit 0 --examples 5 --keep /tmp/formats

Why: the DOCX and PDF readers must give the same citations and links as the plain text they were
typeset from (issue 4: DOCX within 0.01 of plain text, PDF at least 0.97). Each ``dev`` article of
``../shared/corpus`` (``SPLITS.tsv``; prints "corpus not found, skipping" and exits 0 when it is
absent) is rendered to a plain-text manuscript with its gold callouts and entries (``corpus.py``),
then typeset twice:

- DOCX (python-docx): one Word paragraph per paragraph and per reference entry, the
  ``References`` heading in a heading style, Unicode superscript digits as superscript runs;
- PDF (fpdf2, a DejaVu TTF font found with ``fc-list`` or in the usual places; skipped when there
  is none): A4, two columns of ragged-right 9 pt text, bold title across both columns, running
  header, page numbers, first-line indents, hanging-indent reference entries, long words
  hyphenated at line ends, URLs broken where they overflow.

refcheck reads each file with its reader and checks it offline (``read_document`` +
``check_document``). The gold callouts and entries are then located in the text refcheck read, in
order, by their text with white space and hyphens ignored (and a few characters of context before
a callout), and the article is scored there with ``scoring.score_article`` as ``accuracy.py`` does
for plain text. A callout that cannot be found in the read text counts as missed.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import logging
import multiprocessing
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
for _path in (str(BENCH), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import corpus  # noqa: E402
import scoring  # noqa: E402
from corpus import Article, GoldCitation, GoldRef  # noqa: E402
from scoring import Result  # noqa: E402

from refcheck.api import check_text  # noqa: E402
from refcheck.ingest import read_document  # noqa: E402
from refcheck.pipeline import check_document  # noqa: E402

RESULTS = BENCH / "RESULTS.md"
START, END = "<!-- formats:start -->", "<!-- formats:end -->"
FORMATS = ("text", "docx", "pdf")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPTS, "0123456789")
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/TTF/DejaVuSerif.ttf",
)


# ---------------------------------------------------------------------------------------------
# Fonts


def find_font() -> tuple[Path, Path] | None:
    """(regular, bold) DejaVu Serif TTF files, from fc-list or the usual places."""
    found: list[str] = []
    if shutil.which("fc-list"):
        listed = subprocess.run(
            ["fc-list", ":family=DejaVu Serif", "file"], capture_output=True, text=True, check=False
        ).stdout
        found = [line.split(":")[0].strip() for line in listed.splitlines()]
    found.extend(FONT_CANDIDATES)
    regular = next((Path(p) for p in found if p.endswith("/DejaVuSerif.ttf")), None)
    if regular is None or not regular.exists():
        return None
    bold = regular.with_name("DejaVuSerif-Bold.ttf")
    return regular, bold if bold.exists() else regular


# ---------------------------------------------------------------------------------------------
# Typesetting


def blocks_of(text: str) -> list[str]:
    """The rendered text's paragraphs: blank-line separated blocks, then the ``References`` line
    and one block per entry (one entry a line)."""
    cut = text.rfind("\nReferences\n")
    body, refs = (text, "") if cut < 0 else (text[:cut], text[cut + 1 :])
    blocks = [" ".join(chunk.split()) for chunk in body.split("\n\n")]
    blocks.extend(line.strip() for line in refs.split("\n"))
    return [block for block in blocks if block]


def _is_heading(block: str) -> bool:
    return len(block) < 90 and not block.rstrip().endswith((".", ":", "?", "!", ")", "]"))


def _runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (text, superscript) runs; superscript digits become ASCII digits."""
    runs: list[tuple[str, bool]] = []
    for char in text:
        sup = char in SUPERSCRIPTS
        plain = char.translate(_FROM_SUPERSCRIPT)
        if runs and runs[-1][1] == sup:
            runs[-1] = (runs[-1][0] + plain, sup)
        else:
            runs.append((plain, sup))
    return runs


def write_docx(article: Article, path: Path) -> None:
    import docx

    document = docx.Document()
    blocks = blocks_of(article.text)
    in_refs = False
    for number, block in enumerate(blocks):
        if number == 0:
            document.add_heading(block, level=0)
            continue
        if block == "References":
            document.add_heading(block, level=1)
            in_refs = True
            continue
        paragraph = document.add_paragraph()
        if not in_refs and _is_heading(block):
            paragraph.style = document.styles["Heading 2"]
        for text, sup in _runs(block):
            run = paragraph.add_run(text)
            run.font.superscript = sup or None
    document.save(str(path))


@dataclasses.dataclass
class _Layout:
    """A two-column page layout drawn line by line with fpdf2."""

    pdf: object
    title: str
    size: float = 9.0
    leading: float = 11.0
    margin: float = 50.0
    gutter: float = 18.0
    page_w: float = 595.0
    page_h: float = 842.0
    column: int = 0
    y: float = 0.0
    top: float = 0.0

    @property
    def width(self) -> float:
        return (self.page_w - 2 * self.margin - self.gutter) / 2

    def x(self) -> float:
        return self.margin + self.column * (self.width + self.gutter)

    def new_page(self) -> None:
        pdf = self.pdf
        pdf.add_page()  # type: ignore[attr-defined]
        number = pdf.page_no()  # type: ignore[attr-defined]
        pdf.set_font("Serif", "", 7.5)  # type: ignore[attr-defined]
        pdf.text(self.margin, 30, f"Journal of Benchmarks · {self.title[:60]}")  # type: ignore[attr-defined]
        pdf.text(self.page_w / 2 - 5, self.page_h - 25, str(number))  # type: ignore[attr-defined]
        pdf.set_font("Serif", "", self.size)  # type: ignore[attr-defined]
        self.column, self.y = 0, self.top or self.margin + 15

    def advance(self, gap: float = 0.0) -> None:
        self.y += self.leading + gap
        if self.y > self.page_h - self.margin:
            if self.column == 0:
                self.column, self.y = 1, self.top or self.margin + 15
                self.y += self.leading
            else:
                self.top = 0.0
                self.new_page()
                self.y += self.leading


def _split_word(word: str, room: float, measure: Callable[[str], float]) -> tuple[str, str] | None:
    """Hyphenate a long word so that its head and a hyphen fit ``room``: at least three letters
    each side, never in a URL, a number or before a capital."""
    letters = word.rstrip(".,;:)")
    if len(letters) < 8 or not letters.isalpha() or "/" in word:
        return None
    for cut in range(len(letters) - 3, 2, -1):
        if letters[cut].isupper():
            continue
        head = word[:cut] + "-"
        if measure(head) <= room:
            return head, word[cut:]
    return None


def _lines_of(
    words: list[str], first: float, rest: float, measure: Callable[[str], float]
) -> list[str]:
    """Greedy line breaking with hyphenation; ``first``/``rest``: widths of the first/other lines."""
    lines: list[str] = []
    current = ""
    queue = list(words)
    while queue:
        word = queue.pop(0)
        width = first if not lines else rest
        trial = f"{current} {word}" if current else word
        if measure(trial) <= width:
            current = trial
            continue
        room = width - measure(current + " ") if current else width
        split = _split_word(word, room, measure)
        if split is not None:
            lines.append(f"{current} {split[0]}" if current else split[0])
            current = ""
            queue.insert(0, split[1])
            continue
        if current:
            lines.append(current)
            current = ""
            queue.insert(0, word)
            continue
        # a word wider than the line (a URL): break it where it overflows
        cut = len(word)
        while cut > 1 and measure(word[:cut]) > width:
            cut -= 1
        lines.append(word[:cut])
        queue.insert(0, word[cut:])
    if current:
        lines.append(current)
    return lines


def _draw(layout: _Layout, x: float, line: str) -> None:
    pdf = layout.pdf
    if not any(c in SUPERSCRIPTS for c in line):
        pdf.text(x, layout.y, line)  # type: ignore[attr-defined]
        return
    for text, sup in _runs(line):
        size = layout.size * (0.7 if sup else 1.0)
        pdf.set_font("Serif", "", size)  # type: ignore[attr-defined]
        pdf.text(x, layout.y - (3.0 if sup else 0.0), text)  # type: ignore[attr-defined]
        x += pdf.get_string_width(text)  # type: ignore[attr-defined]
    pdf.set_font("Serif", "", layout.size)  # type: ignore[attr-defined]


def write_pdf(article: Article, path: Path, font: tuple[Path, Path]) -> None:
    import fpdf

    logging.getLogger("fpdf").setLevel(logging.ERROR)
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("Serif", "", str(font[0]))
    pdf.add_font("Serif", "B", str(font[1]))
    blocks = blocks_of(article.text)
    layout = _Layout(pdf, blocks[0] if blocks else "")
    layout.new_page()
    measure = functools.lru_cache(maxsize=None)(pdf.get_string_width)
    full = layout.page_w - 2 * layout.margin
    # the title across both columns, in bold
    pdf.set_font("Serif", "B", 14)
    title_lines = _lines_of(blocks[0].split(), full, full, pdf.get_string_width) if blocks else []
    for line in title_lines:
        layout.y += 17
        pdf.text(layout.margin, layout.y, line)
    pdf.set_font("Serif", "", layout.size)
    layout.top = layout.y + 10
    layout.y = layout.top
    in_refs = False
    for block in blocks[1:]:
        heading = block == "References" or (not in_refs and _is_heading(block))
        if heading:
            pdf.set_font("Serif", "B", layout.size)
            layout.advance(gap=6)
            for line in _lines_of(block.split(), layout.width, layout.width, measure):
                pdf.text(layout.x(), layout.y, line)
                layout.advance()
            layout.y -= layout.leading
            pdf.set_font("Serif", "", layout.size)
            in_refs = in_refs or block == "References"
            continue
        indent, hanging = (0.0, 12.0) if in_refs else (12.0, 0.0)
        lines = _lines_of(block.split(), layout.width - indent, layout.width - hanging, measure)
        for number, line in enumerate(lines):
            layout.advance()
            _draw(layout, layout.x() + (indent if number == 0 else hanging), line)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# Locating the gold in the text refcheck read

_IGNORED = frozenset("-\u00ad\u2010\u2011")


@functools.lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    if char.isspace() or char in _IGNORED:
        return ""
    return unicodedata.normalize("NFKC", char)


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` without white space and hyphens, NFKC-folded, with each character's offset."""
    chars: list[str] = []
    offsets: list[int] = []
    for offset, char in enumerate(text):
        for piece in _fold(char):
            chars.append(piece)
            offsets.append(offset)
    return "".join(chars), offsets


def relocate(article: Article, text: str) -> tuple[Article, int, int]:
    """The article with its gold callouts and entries moved onto ``text`` (the text refcheck
    read from another format); also how many callouts and entries could not be found."""
    target, offsets = folded(text)
    end_of_text = len(text)

    def span(first: int, last: int) -> tuple[int, int]:
        return offsets[first], offsets[last - 1] + 1

    citations: list[GoldCitation] = []
    lost_citations = 0
    cursor = 0
    for unit in sorted(article.citations, key=lambda c: c.start):
        key = folded(unit.text)[0]
        context = folded(article.text[max(0, unit.start - 30) : unit.start])[0][-10:]
        found = target.find(context + key, max(0, cursor - len(context))) if key else -1
        if found >= 0:
            found += len(context)
        elif key:
            found = target.find(key, cursor)
        if found < 0 or not key:
            lost_citations += 1
            citations.append(dataclasses.replace(unit, start=end_of_text, end=end_of_text))
            continue
        start, end = span(found, found + len(key))
        citations.append(dataclasses.replace(unit, start=start, end=end, text=text[start:end]))
        cursor = found + len(key)
    refs: list[GoldRef] = []
    lost_refs = 0
    for ref in article.refs:
        key = folded(article.text[ref.start : ref.end])[0]
        head, tail = key[:40], key[-40:]
        found = target.find(head, cursor) if key else -1
        last = target.find(tail, found + len(head) - len(tail)) if found >= 0 else -1
        if found < 0 or last < 0 or last - found > 3 * len(key):
            lost_refs += 1
            refs.append(dataclasses.replace(ref, start=end_of_text, end=end_of_text))
            continue
        start, end = span(found, last + len(tail))
        refs.append(dataclasses.replace(ref, start=start, end=end))
        cursor = last + len(tail)
    moved = dataclasses.replace(article, text=text, citations=tuple(citations), refs=tuple(refs))
    return moved, lost_citations, lost_refs


# ---------------------------------------------------------------------------------------------
# Work per article (in worker processes)


def run_article(job: tuple[str, str, str | None]) -> tuple[str, str, dict[str, Result], float]:
    name, path, keep = job
    started = time.perf_counter()
    results = {fmt: Result() for fmt in FORMATS}
    try:
        article = corpus.load_article(Path(path), name)
    except Exception as error:  # a corpus file we cannot read is reported, not fatal
        results["text"].example("unreadable article", f"{name}: {error}")
        return name, "unknown", results, time.perf_counter() - started
    font = find_font()
    stem = name.replace("/", "__").removesuffix(".xml")
    with tempfile.TemporaryDirectory(prefix="refcheck-formats-") as scratch:
        folder = Path(keep) if keep else Path(scratch)
        for fmt in FORMATS:
            result = results[fmt]
            result.counts["articles"] += 1
            try:
                if fmt == "text":
                    moved, report = article, check_text(article.text, path=name)
                else:
                    if fmt == "pdf" and font is None:
                        result.counts["skipped.no_font"] += 1
                        continue
                    file = folder / f"{stem}.{fmt}"
                    if fmt == "docx":
                        write_docx(article, file)
                    else:
                        assert font is not None
                        write_pdf(article, file, font)
                    document = read_document(file)
                    report = check_document(document)
                    moved, lost_c, lost_r = relocate(article, document.source)
                    result.counts["lost.citations"] += lost_c
                    result.counts["lost.refs"] += lost_r
                    if lost_c:
                        result.example("gold callout not found in the read text", name)
            except Exception as error:  # refcheck or a writer raised: count it, go on
                result.counts["raised"] += 1
                result.example("raised", f"{name} ({fmt}): {type(error).__name__}: {error}")
                continue
            result.add(scoring.score_article(moved, report), limit=10**6)
    return name, article.style, results, time.perf_counter() - started


# ---------------------------------------------------------------------------------------------
# Reporting


def _ratio(result: Result, num: str, den: str) -> float | None:
    return scoring.ratio(result.counts, num, den)


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def table(by_style: dict[str, dict[str, Result]]) -> list[str]:
    rows = [
        "| style | format | articles | gold callouts | citation recall | link accuracy "
        "| Δ link vs text | entries split right | gold lost in reading (callouts / entries) "
        "| target |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for style in sorted(by_style):
        base = _ratio(by_style[style]["text"], "link.correct", "link.eval")
        for fmt in FORMATS:
            result = by_style[style][fmt]
            c = result.counts
            recall = _ratio(result, "cit.found", "cit.gold")
            link = _ratio(result, "link.correct", "link.eval")
            delta = None if link is None or base is None else link - base
            if fmt == "docx":
                ok = delta is not None and delta >= -0.01
                target = f"within 0.01 of text {'✓' if ok else '✗'}"
            elif fmt == "pdf":
                ok = link is not None and link >= 0.97 and (recall or 0) >= 0.97
                target = f"≥ 0.97 {'✓' if ok else '✗'}"
            else:
                target = ""
            lost = "–" if fmt == "text" else f"{c['lost.citations']} / {c['lost.refs']}"
            rows.append(
                f"| {style} | {fmt} | {c['articles'] - c['skipped.no_font']} | {c['cit.gold']} "
                f"| {_cell(recall)} | {_cell(link)} ({c['link.correct']}/{c['link.eval']}) "
                f"| {'' if fmt == 'text' or delta is None else f'{delta:+.3f}'} "
                f"| {_cell(_ratio(result, 'seg.near', 'seg.gold'))} | {lost} | {target} |"
            )
    return rows


def render_section(
    command: str, by_style: dict[str, dict[str, Result]], elapsed: float, articles: int
) -> str:
    raised = sum(r[f].counts["raised"] for r in by_style.values() for f in FORMATS)
    lines = [
        START,
        "## Formats (issue 4)",
        "",
        f"`{command}` — {articles} `dev` articles (the first by name; the `dev` split of "
        f"`../shared/corpus/SPLITS.tsv`), each checked as plain text, as DOCX (python-docx) and "
        "as PDF (fpdf2, DejaVu Serif, two columns, running header, page numbers, hyphenated "
        f"line ends), offline, 2 workers, {elapsed:.0f} s. Gold callouts and entries are located "
        "in the text each reader produced by their text, in order (`tests/bench/formats.py`); "
        "one not found counts as missed. Link accuracy is over the callouts found, as in "
        "Accuracy above; entries split right: gold entries whose two ends refcheck's entry "
        "matches within a few characters.",
        "",
        *table(by_style),
        "",
        f"Readers or writers that raised: {raised}.",
        END,
    ]
    return "\n".join(lines)


def write_results(section: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        tail = rest.split(END, 1)[1]
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS.write_text(text, encoding="utf-8")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--only", choices=("elife", "plos"), default=None)
    parser.add_argument("--limit", type=int, default=60, help="first N dev articles (0: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--examples", type=int, default=0, help="print N examples per category")
    parser.add_argument("--keep", type=Path, default=None, help="keep the DOCX and PDF files here")
    parser.add_argument("--no-write", action="store_true", help="do not touch RESULTS.md")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not (args.corpus / "SPLITS.tsv").exists():
        print(f"corpus not found at {args.corpus}, skipping")
        return 0
    if find_font() is None:
        print("no DejaVu Serif TTF font found: the PDF column is skipped", file=sys.stderr)
    started = time.perf_counter()
    paths = corpus.article_paths(args.corpus, "dev", args.only)
    if args.limit:
        paths = paths[: args.limit]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    jobs = [(name, str(path), str(args.keep) if args.keep else None) for name, path in paths]
    by_style: dict[str, dict[str, Result]] = {}
    workers = max(1, args.workers)
    pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
    try:
        found = pool.imap_unordered(run_article, jobs) if pool else map(run_article, jobs)
        for number, (_name, style, results, _seconds) in enumerate(found, start=1):
            for fmt, result in results.items():
                by_style.setdefault(style, {f: Result() for f in FORMATS})[fmt].add(
                    result, limit=60
                )
            if number % 10 == 0:
                print(f"  {number}/{len(jobs)} articles", file=sys.stderr)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    elapsed = time.perf_counter() - started
    given = list(argv if argv is not None else sys.argv[1:])
    command = " ".join(["python tests/bench/formats.py", *(shlex.quote(a) for a in given)])
    section = render_section(command, by_style, elapsed, len(jobs))
    print(section)
    if args.examples:
        for style, results in sorted(by_style.items()):
            for fmt in FORMATS:
                for category, items in sorted(results[fmt].examples.items()):
                    print(f"\n## {style} {fmt}: {category}")
                    for item in items[: args.examples]:
                        print(f"   {item}")
    if not args.no_write:
        write_results(section)
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

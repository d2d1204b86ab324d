"""PDF reader: reading order, paragraphs, hyphenation, running heads, superscripts, locations,
bad input. Fixtures are typeset here with fpdf2 (a tiny line-by-line typesetter below, so each
test knows exactly where every line, column, page and superscript is)."""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

fpdf = pytest.importorskip("fpdf")

from refcheck.api import check_paths  # noqa: E402
from refcheck.errors import InputError  # noqa: E402
from refcheck.ingest import pdf as pdf_module  # noqa: E402
from refcheck.ingest import read_document, reader_for  # noqa: E402
from refcheck.ingest.pdf import (  # noqa: E402
    PageMap,
    page_line,
    page_map,
    parse_pdf,
    read_pdf,
)
from refcheck.model import Document  # noqa: E402
from refcheck.pipeline import check_document  # noqa: E402
from refcheck.references import find_reference_section, split_references  # noqa: E402

FONT_FILES = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSerif.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSerif.ttf"),
]
FONT_FILE = next((path for path in FONT_FILES if path.exists()), None)
if os.environ.get("REFCHECK_TEST_CORE_FONT"):  # run the tests as on a machine without DejaVu
    FONT_FILE = None
needs_unicode_font = pytest.mark.skipif(FONT_FILE is None, reason="no DejaVu TTF font installed")
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
PAGE_W, PAGE_H = 595.0, 842.0


# -- a tiny typesetter ------------------------------------------------------------------------------


@dataclass
class Run:
    text: str
    sup: bool = False


@dataclass
class Line:
    """One printed line: runs drawn left to right from ``indent``; ``gap`` extra points above."""

    runs: list[Run]
    indent: float = 0.0
    size: float = 10.0
    gap: float = 0.0
    words: bool = False  # draw word by word (no space characters: PDFium makes the spaces)
    positions: list[tuple[float, str]] | None = None  # words at these x offsets (justified)


def parse_runs(text: str) -> list[Run]:
    """``studies^{1,2} show`` -> runs; ``^{...}`` is superscript."""
    runs: list[Run] = []
    while text:
        start = text.find("^{")
        if start == -1:
            runs.append(Run(text))
            break
        end = text.index("}", start)
        if start:
            runs.append(Run(text[:start]))
        runs.append(Run(text[start + 2 : end], sup=True))
        text = text[end + 1 :]
    return runs


def plain(text: str) -> str:
    """What the reader should write for ``text``: superscripts as superscript digits."""
    return "".join(
        run.text.translate(SUP) if run.sup else run.text for run in parse_runs(text)
    ).replace("\u00ad", "")


@dataclass
class Typesetter:
    """Lays lines out on A4 pages in one or more columns; headers, page numbers, titles."""

    columns: int = 1
    size: float = 10.0
    leading: float = 12.5
    header: str | None = None
    page_numbers: bool = False
    margin: float = 60.0
    gutter: float = 22.0
    top_block: list[Line] = field(default_factory=list)  # full width, first page only
    lines: list[Line] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.widths: dict[tuple[str, float], float] = {}
        self.placed: list[tuple[int, int]] = []  # (page, column) of each line, once rendered
        self.pdf = fpdf.FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        if FONT_FILE is not None:
            self.pdf.add_font("Body", "", str(FONT_FILE))
            self.family = "Body"
        else:  # the PDF core font: dashes and quotes are in its Windows encoding
            self.pdf.core_fonts_encoding = "windows-1252"
            self.family = "Times"
        self.column_width = (PAGE_W - 2 * self.margin - (self.columns - 1) * self.gutter) / (
            self.columns
        )

    def width(self, text: str, size: float) -> float:
        key = (text, size)
        if key not in self.widths:
            self.pdf.set_font(self.family, size=size)
            self.widths[key] = float(self.pdf.get_string_width(text))
        return self.widths[key]

    def run_width(self, run: Run, size: float) -> float:
        return self.width(run.text, size * 0.65 if run.sup else size)

    def paragraph(
        self,
        text: str,
        indent: float = 0.0,
        hang: float = 0.0,
        size: float | None = None,
        gap: float = 0.0,
        words: bool = False,
        full: bool = False,
    ) -> list[Line]:
        """Wrap ``text`` greedily; break inside a word only at a soft hyphen (drawn as "-")."""
        size = size or self.size
        width = (PAGE_W - 2 * self.margin) if full else self.column_width
        lines: list[Line] = []
        current: list[Run] = []
        used = 0.0
        x0 = indent
        pending = text.split(" ")
        space = self.width(" ", size)
        while pending:
            word = pending.pop(0)
            runs = parse_runs(word.replace("\u00ad", ""))
            w = sum(self.run_width(r, size) for r in runs)
            lead = space if current else 0.0
            if x0 + used + lead + w <= width or (not current and w <= width - x0):
                if current:
                    current.append(Run(" "))
                current.extend(runs)
                used += lead + w
                continue
            if w > width - hang and "^{" not in word:  # a long URL: break it anywhere
                room = width - x0 - used - lead
                cut = len(word)
                while cut > 0 and self.width(word[:cut], size) > room:
                    cut -= 1
                if cut >= 3:
                    current.extend([Run(" "), Run(word[:cut])] if current else [Run(word[:cut])])
                    word = word[cut:]
            elif "\u00ad" in word:
                pieces = word.split("\u00ad")
                for cut in range(len(pieces) - 1, 0, -1):
                    head = "".join(pieces[:cut]) + "-"
                    if x0 + used + space + self.width(head, size) <= width:
                        current.extend([Run(" "), Run(head)])
                        word = "\u00ad".join(pieces[cut:])
                        break
            lines.append(Line(current, x0, size, gap if not lines else 0.0, words))
            current, used, x0 = [], 0.0, hang
            pending.insert(0, word)
        if current:
            lines.append(Line(current, x0, size, gap if not lines else 0.0, words))
        if full:
            self.top_block.extend(lines)
        else:
            self.lines.extend(lines)
        return lines

    def draw(self, line: Line, x: float, y: float) -> None:
        pdf = self.pdf
        if line.positions is not None:
            pdf.set_font(self.family, size=line.size)
            for dx, word in line.positions:
                pdf.text(x + dx, y, word)
            return
        runs: list[Run] = []  # neighbouring runs of plain text drawn as one string
        for run in line.runs:
            if runs and not run.sup and not runs[-1].sup:
                runs[-1] = Run(runs[-1].text + run.text)
            else:
                runs.append(run)
        for run in runs:
            size = line.size * 0.65 if run.sup else line.size
            pdf.set_font(self.family, size=size)
            rise = line.size * 0.35 if run.sup else 0.0
            if line.words and not run.sup:
                for piece in run.text.split(" "):
                    if piece:
                        pdf.text(x, y - rise, piece)
                        x += self.width(piece, size)
                    x += self.width(" ", size)
                x -= self.width(" ", size)
            else:
                pdf.text(x, y - rise, run.text)
                x += self.width(run.text, size)

    def render(self) -> bytes:
        pdf = self.pdf
        top, bottom = self.margin + 20, PAGE_H - self.margin - 10
        page = 0

        def new_page() -> float:
            nonlocal page
            pdf.add_page()
            page += 1
            if self.header:
                pdf.set_font(self.family, size=8)
                pdf.text(self.margin, self.margin - 10, self.header)
            if self.page_numbers:
                pdf.set_font(self.family, size=9)
                pdf.text(PAGE_W / 2 - 4, PAGE_H - self.margin + 20, str(page))
            return top

        y = new_page()
        for line in self.top_block:
            y += line.gap + self.leading * line.size / self.size
            self.draw(line, self.margin + line.indent, y)
        y += self.leading
        column_top = y
        column = 0
        for line in self.lines:
            step = line.gap + self.leading * line.size / self.size
            if y + step > bottom:
                column += 1
                if column == self.columns:
                    column = 0
                    column_top = new_page()
                y = column_top
            y += step
            x = self.margin + column * (self.column_width + self.gutter) + line.indent
            self.draw(line, x, y)
            self.placed.append((page, column))
        return bytes(pdf.output())


def read(data: bytes, path: str = "paper.pdf") -> Document:
    return parse_pdf(path, data).document


# -- one column, author-date, hanging-indent references ---------------------------------------------

MANUSCRIPT_PARAGRAPHS = [
    "Heat waves raise mortality in dense cities (Smith & Jones, 2010). Tree cover lowers surface "
    "temperatures (Garcia, 2015; Lee et al., 2018), and green roofs help too. Jonson (2012) found "
    "the same in Madrid. Later, Patel (2019) extended it to the suburbs of three other cities.",
    "Shade matters most in the afternoon, when pavements have stored the heat of the whole day "
    "and release it slowly into the night air of narrow streets with little wind.",
]
REFERENCES = [
    "Garcia, M. (2015). Shade and street trees in the old districts of southern European cities. "
    "Urban Forestry, 4(2), 10–20.",
    "Johnson, K. (2012). Heat in Madrid. Climate Letters, 7, 1–9.",
    "Lee, H., Kim, S., & Park, J. (2018). Cooling by canopy: a comparison of twelve street "
    "layouts over three summers. Landscape Journal, 9(1), 33–41.",
    "Smith, A., & Jones, B. (2010). Heat waves and mortality. Journal of Studies, 12(3), 45–67. "
    "https://doi.org/10.1234/jos.2010.5",
    "Wright, T. (2001). An uncited book. Oxford University Press.",
]
TITLE = "Urban heat and public health"
MANUSCRIPT = (
    "\n\n".join([TITLE, *MANUSCRIPT_PARAGRAPHS, "References", "\n".join(REFERENCES)]) + "\n"
)


def manuscript_pdf() -> bytes:
    return manuscript_setter()[1]


def manuscript_setter() -> tuple[Typesetter, bytes]:
    setter = Typesetter()
    setter.paragraph(TITLE, size=14)
    setter.paragraph(MANUSCRIPT_PARAGRAPHS[0], gap=8)
    setter.paragraph(MANUSCRIPT_PARAGRAPHS[1], indent=18)
    setter.paragraph("References", size=12, gap=10)
    for entry in REFERENCES:
        setter.paragraph(entry, hang=24, gap=0)
    return setter, setter.render()


def line_text(line: Line) -> str:
    return "".join(run.text for run in line.runs)


def printed_line(setter: Typesetter, word: str) -> tuple[int, int]:
    """(page, line on the page) where the typesetter put the first line holding ``word``."""
    index = next(k for k, line in enumerate(setter.lines) if word in line_text(line))
    page = setter.placed[index][0]
    before = sum(1 for p, _ in setter.placed[:index] if p == page)
    return page, before + 1 + (len(setter.top_block) if page == 1 else 0)


def test_one_column_manuscript_reads_as_one_line_per_paragraph() -> None:
    setter = Typesetter()
    entries = [setter.paragraph(entry, hang=24) for entry in REFERENCES]
    assert sum(len(lines) > 1 for lines in entries) >= 2  # entries really wrap
    doc = read(manuscript_pdf())
    assert doc.format == "pdf"
    assert doc.source == "\n".join([TITLE, *MANUSCRIPT_PARAGRAPHS, "References", *REFERENCES])
    assert doc.text == doc.source
    section = find_reference_section(doc)
    assert section is not None and section.heading is not None
    assert doc.source[section.heading.start : section.heading.end] == "References"
    entries_found = split_references(doc, section)
    assert [doc.source[a:b] for a, b in entries_found] == REFERENCES


def test_words_drawn_one_by_one_get_their_spaces_from_pdfium() -> None:
    setter = Typesetter()
    setter.paragraph(MANUSCRIPT_PARAGRAPHS[0], words=True)
    setter.paragraph(MANUSCRIPT_PARAGRAPHS[1], indent=18, words=True)
    assert read(setter.render()).source == "\n".join(MANUSCRIPT_PARAGRAPHS)


def test_the_pdf_gives_the_same_findings_as_its_plain_text_version(tmp_path: Path) -> None:
    text_path = tmp_path / "paper.txt"
    text_path.write_text(MANUSCRIPT, encoding="utf-8")
    pdf_path = tmp_path / "paper.pdf"
    setter, data = manuscript_setter()
    pdf_path.write_bytes(data)
    plain_report, pdf_report = check_paths([text_path, pdf_path]).documents
    assert pdf_report.format == "pdf"

    def summary(findings: object) -> list[tuple[str, str, str | None]]:
        return [(f.rule, f.message, f.suggestion) for f in findings]  # type: ignore[attr-defined]

    assert summary(pdf_report.findings) == summary(plain_report.findings)
    assert summary(pdf_report.findings) == [
        ("author-mismatch", "cited as 'Jonson' but the reference lists 'Johnson'", "Johnson"),
        ("missing-reference", "'Patel, 2019' matches no entry of the reference list", None),
        ("uncited-reference", "'Wright (2001)' is never cited", None),
    ]
    assert [c.text for c in pdf_report.citations] == [c.text for c in plain_report.citations]
    assert [r.raw for r in pdf_report.references] == [r.raw for r in plain_report.references]
    doc = read_document(pdf_path)
    located = [page_line(doc, f.span.start) for f in pdf_report.findings if f.span]
    assert located == [printed_line(setter, word) for word in ("Jonson", "Patel", "Wright")]
    first = MANUSCRIPT_PARAGRAPHS[0]
    assert [(f.span.line, f.span.column) for f in pdf_report.findings if f.span] == [
        (2, first.index("Jonson") + 1),
        (2, first.index("Patel") + 1),
        (9, 1),
    ]


# -- two columns, numeric, superscripts, running heads ----------------------------------------------

WORDS = (
    "heat city tree shade street model cohort risk ratio summer night wind data survey region "
    "effect trial sample dose health care surface canopy water soil cooling exposure outcome"
).split()


def filler(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def numeric_manuscript() -> tuple[bytes, list[str], Typesetter]:
    """Three pages of two columns with a full-width title block, superscript callouts, a running
    header and page numbers, and a numbered list with hanging labels; and the expected lines."""
    rng = random.Random(7)
    setter = Typesetter(
        columns=2, size=9, leading=11, header="Journal of Testing 3 (2024) 1-9", page_numbers=True
    )
    expected: list[str] = []
    title = "Cooling cities: a two-column test"
    setter.paragraph(title, size=14, full=True)
    abstract = "Abstract. " + filler(rng, 4)
    setter.paragraph(abstract, size=9, gap=6, full=True)
    expected += [title, abstract]
    callouts = ["^{1}", "^{2,3}", "^{4–6}", "^{7}", "^{1,8}", "^{9}"]
    for number in range(30):
        body = filler(rng, rng.randint(3, 6))
        words = body.split(" ")
        spot = rng.randint(3, len(words) - 2)
        words[spot] = words[spot] + callouts[number % len(callouts)]
        body = " ".join(words)
        setter.paragraph(body, indent=12, gap=3)
        expected.append(plain(body))
    setter.paragraph("References", size=11, gap=8)
    expected.append("References")
    for number in range(1, 10):
        entry = (
            f"{number}. {rng.choice(['Smith', 'Okafor', 'Novak', 'Lee'])} A, "
            f"{rng.choice(['Brown', 'Tanaka', 'Silva'])} B. {filler(rng, 1)} "
            f"J Test Stud. {2000 + number};{number}:{10 * number}–{10 * number + 7}."
        )
        setter.paragraph(entry, hang=12)
        expected.append(entry)
    return setter.render(), expected, setter


def test_two_columns_read_left_then_right_with_heads_and_numbers_removed() -> None:
    data, expected, setter = numeric_manuscript()
    content = parse_pdf("paper.pdf", data)
    assert content.page_count == setter.placed[-1][0] >= 2
    assert content.document.source.split("\n") == expected
    assert "Journal of Testing" not in content.document.source


def test_superscript_callouts_are_numeric_citations() -> None:
    data, _, _ = numeric_manuscript()
    doc = read(data)
    report = check_document(doc)
    assert report.style == "numeric"
    assert [(c.text, c.numbers) for c in report.citations] == [
        ("¹", (1,)),
        ("²,³", (2, 3)),
        ("⁴–⁶", (4, 5, 6)),
        ("⁷", (7,)),
        ("¹,⁸", (1, 8)),
        ("⁹", (9,)),
    ] * 5  # thirty paragraphs, each with the next of six callouts
    for citation in report.citations:
        assert doc.source[citation.span.start : citation.span.end] == citation.text
    assert [r.label for r in report.references] == [str(n) for n in range(1, 10)]
    assert [f.rule for f in report.findings] == []


def test_page_and_line_of_every_printed_line() -> None:
    data, _, setter = numeric_manuscript()
    content = parse_pdf("paper.pdf", data)
    doc = content.document
    mapping = page_map(doc)
    assert mapping == content.page_map
    assert page_line(doc, 0) == (1, 1)
    assert page_line(mapping, 0) == (1, 1)
    assert page_line(content, 0) == (1, 1)
    # The title is line 1 and the abstract starts on line 2 of page 1.
    assert page_line(doc, len("Cooling cities: a two-column test") + 1) == (1, 2)
    references = doc.source.index("\nReferences") + 1
    assert page_line(doc, references) == printed_line(setter, "References")
    for word in ("Smith A", "Tanaka", "Silva"):  # the first line of an entry
        entry = doc.source.index(word)
        assert page_line(doc, entry) == printed_line(setter, word)
    # Printed lines are numbered from 1 on each page, without gaps.
    for number in range(1, content.page_count + 1):
        lines = [ln for p, ln in zip(mapping.pages, mapping.lines, strict=True) if p == number]
        assert lines == list(range(1, len(lines) + 1))
    assert page_line(Document("x.txt", "text", "plain text"), 3) is None
    assert PageMap().locate(5) is None


def test_three_columns_are_read_in_turn() -> None:
    rng = random.Random(3)
    setter = Typesetter(columns=3, size=8, leading=10, gutter=18)
    paragraphs = [filler(rng, 9) for _ in range(12)]
    for text in paragraphs:
        setter.paragraph(text, indent=10)
    assert read(setter.render()).source.split("\n") == paragraphs


def test_bracketed_labels_split_entries_set_flush_left_but_not_prose() -> None:
    rng = random.Random(21)
    setter = Typesetter(size=10)
    body = (
        "As shown by several groups " + filler(rng, 3) + " [2] and more recently " + filler(rng, 4)
    )
    setter.paragraph(body, indent=14)
    setter.paragraph("References", size=12, gap=10)
    entries = [
        f"[{n}] {rng.choice(['Smith', 'Okafor', 'Novak'])} A. {filler(rng, 2)} J Test. 2001;{n}:1-9."
        for n in range(1, 6)
    ]
    for entry in entries:
        setter.paragraph(entry)  # continuation lines flush left, as wide as the first
    assert read(setter.render()).source.split("\n") == [body, "References", *entries]


def test_a_callout_opening_a_line_of_prose_does_not_start_a_paragraph() -> None:
    data = explicit_lines(
        LEAD + "the effect was strong, as",
        "[12] and [13] reported for two other cities.",
    )
    expected = LEAD + "the effect was strong, as [12] and [13] reported for two other cities."
    assert read(data).source == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Risk rose in the heat^{1}. Shade helped.", "Risk rose in the heat¹. Shade helped."),
        ("Risk rose in the heat.^{1,2} Shade helped.", "Risk rose in the heat.¹,² Shade helped."),
        ("Risk rose^{3–5} in the heat.", "Risk rose³–⁵ in the heat."),
        ("Risk rose^{3-5} in the heat.", "Risk rose³⁻⁵ in the heat."),
        ("Risk rose^{a} in the 19^{th} century.", "Risk rose^a in the 19^th century."),
        ("Counts of 10^{6} cells and m^{2} of shade.", "Counts of 10⁶ cells and m² of shade."),
    ],
)
def test_raised_numbers_become_superscripts_and_other_raised_text_stays(
    text: str, expected: str
) -> None:
    setter = Typesetter()
    setter.paragraph(text)
    assert read(setter.render()).source == expected.replace("^", "")


@needs_unicode_font
def test_ligatures_are_spelt_out() -> None:
    setter = Typesetter()
    setter.paragraph("The \ufb01eld work was \ufb02awed but e\ufb03cient.")
    assert read(setter.render()).source == "The field work was flawed but efficient."


def test_one_line_paragraphs_with_a_first_line_indent_stay_apart() -> None:
    setter = Typesetter()
    first = "A short paragraph ends here."
    second = "Another short one follows it."
    third = (
        "The third paragraph is long enough to wrap onto a second line of the page, so that "
        "its second line comes back to the left margin of the text block."
    )
    for text in (first, second, third):
        setter.paragraph(text, indent=18)
    assert read(setter.render()).source.split("\n") == [first, second, third]


def test_a_hanging_entry_runs_on_into_the_next_column() -> None:
    rng = random.Random(8)
    entries = [
        f"{name}, {initial}. ({2000 + k}). {filler(rng, 2)} Journal of Tests, {k}, 1-9."
        for k, (name, initial) in enumerate(
            [("Smith", "A"), ("Okafor", "C"), ("Novak", "P"), ("Lee", "H"), ("Brown", "K")] * 3
        )
    ]
    for lead in range(40):  # lengthen the body until an entry breaks across the columns
        setter = Typesetter(columns=2, size=9, leading=11)
        body = [filler(random.Random(lead), 6) for _ in range(3)] + [filler(rng, lead % 5 + 1)]
        for text in body:
            setter.paragraph(text, indent=12)
        setter.paragraph("References", size=11, gap=8)
        spans = [setter.paragraph(entry, hang=14) for entry in entries]
        data = setter.render()
        first = len(setter.lines) - sum(len(lines) for lines in spans)
        split = False
        for lines in spans:
            split = split or len(set(setter.placed[first : first + len(lines)])) > 1
            first += len(lines)
        if split:
            break
    else:
        pytest.fail("no entry was set across the columns")
    assert read(data).source.split("\n") == [*body, "References", *entries]


def test_a_wide_superscript_between_spread_words_joins_its_word() -> None:
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Times", size=10)
    first = "Tree cover lowers the temperature of surfaces and of"
    right = 60 + pdf.get_string_width(first)  # the text block's right edge
    after = 60 + pdf.get_string_width("the air around them considerably,")
    pdf.set_font("Times", size=6.5)
    pdf.text(after + 0.5, 100 + 12 - 3.5, "13-15")  # wider than the line is high
    sup_end = after + 0.5 + pdf.get_string_width("13-15")
    pdf.set_font("Times", size=10)
    last = "and green roofs"
    start = max(right - pdf.get_string_width(last), sup_end + 4)
    y = 100.0
    for words in (
        [(60, first)],
        [(60, "the air around them considerably,"), (start, last)],
        [(60, "help too.")],
    ):
        for x, text in words:
            pdf.text(x, y, text)
        y += 12
    source = read(bytes(pdf.output())).source
    assert source == (
        "Tree cover lowers the temperature of surfaces and of the air around them "
        "considerably,¹³⁻¹⁵ and green roofs help too."
    )


def test_an_accent_drawn_over_a_letter_is_composed() -> None:
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Times", size=10)
    pdf.text(60, 100, "As argued by C")
    left = 60 + pdf.get_string_width("As argued by ")
    width = pdf.get_string_width("C")
    pdf.text(left + width, 100, "wiek-Karpowicz (2012), the tilde in ~user stays.")
    pdf.text(left + (width - pdf.get_string_width("\u00b4")) / 2, 100 - 2.5, "\u00b4")
    assert read(bytes(pdf.output())).source == (
        "As argued by Ćwiek-Karpowicz (2012), the tilde in ~user stays."
    )


# -- hyphenation and joins ----------------------------------------------------------------------------


def explicit_lines(*texts: str) -> bytes:
    """One paragraph set as exactly these lines, all but the last justified to the full width
    (so that none of them looks like the end of a paragraph)."""
    setter = Typesetter()
    for k, text in enumerate(texts):
        if k == len(texts) - 1:
            setter.lines.append(Line(parse_runs(text)))
            continue
        words = text.split(" ")
        natural = sum(setter.width(w, 10) for w in words)
        gap = (setter.column_width - natural) / max(1, len(words) - 1)
        assert setter.width(" ", 10) <= gap <= 20, (text, gap)  # spaces of up to 2 em
        positions, x = [], 0.0
        for word in words:
            positions.append((x, word))
            x += setter.width(word, 10) + gap
        setter.lines.append(Line([], positions=positions))
    return setter.render()


LEAD = "Over the three summers that the survey covered, we saw that "
URL_LEAD = "In all three summers that the survey covered, "


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (LEAD + "the effect was first recog-", "nised in the summer of that year."),
            LEAD + "the effect was first recognised in the summer of that year.",
        ),
        (
            (LEAD + "little-known towns, little-", "known cities took part."),
            LEAD + "little-known towns, little-known cities took part.",
        ),
        (
            (LEAD + "the data on pages 12–", "15 of the report were missing."),
            LEAD + "the data on pages 12–15 of the report were missing.",
        ),
        (
            (URL_LEAD + "the data https://doi.org/10.1111/1467-", "9256.12100 follow the text."),
            URL_LEAD + "the data https://doi.org/10.1111/1467-9256.12100 follow the text.",
        ),
        (
            (URL_LEAD + "our data are at https://example.org/heat/", "city/data.csv for all."),
            URL_LEAD + "our data are at https://example.org/heat/city/data.csv for all.",
        ),
        (
            (URL_LEAD + "our data are at https://example.org/data.csv", "Accessed in May 2020."),
            URL_LEAD + "our data are at https://example.org/data.csv Accessed in May 2020.",
        ),
        (
            (LEAD + "a long dash — as here —", "stays apart from words."),
            LEAD + "a long dash — as here — stays apart from words.",
        ),
        (
            (LEAD + "tree cover in the city -", "as a whole - mattered."),
            LEAD + "tree cover in the city - as a whole - mattered.",
        ),
    ],
)
def test_lines_join_with_hyphenation_undone(lines: tuple[str, ...], expected: str) -> None:
    assert read(explicit_lines(*lines)).source == expected


@needs_unicode_font
def test_a_hyphen_before_a_capital_stays() -> None:
    data = explicit_lines(LEAD + "as argued by Ćwiek-", "Karpowicz (2013), soft power works.")
    assert read(data).source == LEAD + "as argued by Ćwiek-Karpowicz (2013), soft power works."


def test_soft_hyphen_breaks_from_the_typesetter_are_undone() -> None:
    lead = "Municipal authorities across the region have begun planting trees"
    for size in range(60):  # lengthen the text until the break falls inside the word
        text = f"{lead}{' and' * size} were first recog\u00adnised by planners in the seventies."
        setter = Typesetter()
        lines = setter.paragraph(text)
        if any(run.text == "recog-" for line in lines for run in line.runs):
            break
    else:
        pytest.fail("the typesetter never broke the word")
    assert read(setter.render()).source == plain(text)


# -- what is left out ------------------------------------------------------------------------------------


def test_rotated_margin_stamp_and_line_numbers_are_left_out() -> None:
    setter = Typesetter()
    for text in MANUSCRIPT_PARAGRAPHS:
        setter.paragraph(text, indent=18)
    pdf = setter.pdf
    pdf.add_page()
    pdf.set_font(setter.family, size=9)
    with pdf.rotation(90, 30, 600):
        pdf.text(30, 600, "arXiv:2101.00001v1 [physics.soc-ph] 1 Jan 2021")
    y = setter.margin + 20
    for number, line in enumerate(setter.lines, start=1):
        y += setter.leading
        pdf.set_font(setter.family, size=7)
        pdf.text(setter.margin - 30, y, str(number))
        setter.draw(line, setter.margin + line.indent, y)
    source = read(bytes(pdf.output())).source
    assert source == "\n".join(MANUSCRIPT_PARAGRAPHS)


def test_a_repeated_footer_line_is_removed_but_a_one_page_text_is_kept() -> None:
    setter = Typesetter(header="Preprint - not peer reviewed", page_numbers=True)
    rng = random.Random(11)
    paragraphs = [filler(rng, 8) for _ in range(14)]
    for text in paragraphs:
        setter.paragraph(text, indent=14)
    doc = read(setter.render())
    assert doc.source.split("\n") == paragraphs
    single = Typesetter(header="Preprint - not peer reviewed", page_numbers=False)
    single.paragraph(paragraphs[0])
    assert read(single.render()).source == "Preprint - not peer reviewed\n" + paragraphs[0]


def test_a_header_with_a_page_number_is_removed_even_when_its_text_changes() -> None:
    rng = random.Random(4)
    paragraphs = [filler(rng, 7) for _ in range(26)]
    setter = Typesetter()
    for text in paragraphs:
        setter.paragraph(text, indent=14)
    original = setter.render

    def render() -> bytes:
        pdf = setter.pdf
        headers = iter(["Chapter 1: Heat", "Chapter 2: Shade", "Chapter 3: Trees"] * 5)
        pages = 0

        def add_page(*args: object, **kwargs: object) -> None:
            nonlocal pages
            fpdf.FPDF.add_page(pdf, *args, **kwargs)  # type: ignore[arg-type]
            pages += 1
            pdf.set_font(setter.family, size=9)
            pdf.text(setter.margin, setter.margin - 10, next(headers))
            pdf.text(PAGE_W - setter.margin - 10, setter.margin - 10, str(pages))

        pdf.add_page = add_page  # type: ignore[method-assign]
        return original()

    data = render()
    assert parse_pdf("book.pdf", data).page_count >= 3
    assert read(data).source.split("\n") == paragraphs


# -- choosing the reader and bad input -------------------------------------------------------------------


def test_a_pdf_under_another_name_is_read_as_pdf(tmp_path: Path) -> None:
    data = manuscript_pdf()
    path = tmp_path / "paper.txt"
    path.write_bytes(data)
    assert reader_for(path, data).name == "pdf"
    assert reader_for(tmp_path / "paper.pdf", b"").name == "pdf"
    doc = read_document(path)
    assert doc.format == "pdf" and doc.source.startswith(TITLE)
    assert path.read_bytes() == data
    assert read_pdf(path).document.source == doc.source


def image_only_pdf(pages: int = 2) -> bytes:
    from PIL import Image

    pdf = fpdf.FPDF(unit="pt", format="A4")
    picture = Image.new("RGB", (60, 40), (200, 30, 30))
    for _ in range(pages):
        pdf.add_page()
        pdf.image(picture, x=50, y=50, w=300)
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Times", size=10)
    pdf.text(60, 100, "Secret text (Smith, 2010).")
    return bytes(pdf.output())


def owner_locked_pdf() -> bytes:
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_encryption(owner_password="owner")  # opens without a password; only rights limited
    pdf.add_page()
    pdf.set_font("Times", size=10)
    pdf.text(60, 100, "Readable text (Smith, 2010).")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            image_only_pdf(2),
            "has no text layer (a scanned or image-only PDF, 2 pages); run OCR on it first",
        ),
        (
            image_only_pdf(1),
            "has no text layer (a scanned or image-only PDF, 1 page); run OCR on it first",
        ),
        (
            encrypted_pdf(),
            "is password-protected (an encrypted PDF); save a copy without a password to check it",
        ),
        (manuscript_pdf()[:1500], "is a corrupt or truncated PDF (PDFium cannot parse it)"),
        (
            b"%PDF-1.7\n" + b"\x00garbage" * 50,
            "is a corrupt or truncated PDF (PDFium cannot parse it)",
        ),
        (b"Heat waves (Smith, 2010).\n", "is not a PDF file (it does not start with %PDF-)"),
        (b"PK\x03\x04 a zip", "is not a PDF file (it does not start with %PDF-)"),
    ],
)
def test_bad_pdfs_give_one_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "paper.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {message}"
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (image_only_pdf(1), "has no text layer (a scanned or image-only PDF, 1 page)"),
        (encrypted_pdf(), "is password-protected (an encrypted PDF)"),
    ],
    ids=["image-only", "password"],
)
def test_unreadable_pdf_exits_2_with_one_line(tmp_path: Path, data: bytes, message: str) -> None:
    from click.testing import CliRunner

    from refcheck.cli import main

    path = tmp_path / "paper.pdf"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["check", str(path), "--offline"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"refcheck: error: {path}: {message}")
    assert result.stderr.count("\n") == 1


def test_an_owner_password_alone_does_not_stop_reading() -> None:
    assert read(owner_locked_pdf()).source == "Readable text (Smith, 2010)."


def test_limits_on_pages_and_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    module = pdf_module
    data = image_only_pdf(3)
    monkeypatch.setattr(module, "MAX_PAGES", 2)
    with pytest.raises(InputError, match=r"has 3 pages, more than the 2 read; split it first"):
        parse_pdf("big.pdf", data)
    monkeypatch.setattr(module, "MAX_PAGES", 2000)
    monkeypatch.setattr(module, "MAX_CHARS", 50)
    with pytest.raises(InputError, match=r"has more than 50 characters of text; not read"):
        parse_pdf("big.pdf", manuscript_pdf())


def test_a_truncated_pdf_never_raises_anything_else() -> None:
    data = manuscript_pdf()
    for cut in range(0, len(data), max(1, len(data) // 40)):
        try:
            doc = parse_pdf("cut.pdf", data[:cut])
        except InputError as error:
            assert "\n" not in str(error)
        else:
            assert doc.document.source


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=400),
        st.binary(max_size=400).map(lambda b: b"%PDF-1.4\n" + b),
        st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=8)),
    )
)
def test_random_bytes_raise_only_input_error(sample: bytes | tuple[int, bytes]) -> None:
    if isinstance(sample, tuple):
        base = SMALL_PDF
        at, patch = sample
        at %= len(base)
        data = base[:at] + patch + base[at + len(patch) :]
    else:
        data = sample
    try:
        content = parse_pdf("fuzz.pdf", data)
    except InputError as error:
        assert str(error).startswith("fuzz.pdf: ") and "\n" not in str(error)
    else:
        doc = content.document
        for region in doc.regions:
            assert 0 <= region.start <= region.end <= len(doc.source)


def _small_pdf() -> bytes:
    setter = Typesetter()
    setter.paragraph("Heat waves raise mortality (Smith & Jones, 2010).")
    return setter.render()


SMALL_PDF = _small_pdf()


PIECE = st.tuples(
    st.floats(0, 600),  # left
    st.floats(0.5, 90),  # width
    st.floats(0, 800),  # bottom
    st.floats(1, 30),  # height
    st.text(
        alphabet=st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cs")),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),  # white space before it
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(PIECE, max_size=50), min_size=1, max_size=3))
def test_any_text_layer_makes_a_document_with_sound_locations(
    pages: list[list[tuple[float, float, float, float, str, bool]]],
) -> None:
    built = []
    for number, pieces in enumerate(pages, start=1):
        chars = [
            (x0, x0 + width, b, b + height, text, k - 1 if space else -2, k)
            for k, (x0, width, b, height, text, space) in enumerate(pieces)
        ]
        built.append(pdf_module._Page(number, chars))
    content = pdf_module._build("layer.pdf", built)
    doc = content.document
    assert "\n\n" not in doc.source
    for region in doc.regions:
        assert 0 <= region.start <= region.end <= len(doc.source)
    mapping = content.page_map
    assert list(mapping.starts) == sorted(mapping.starts)
    assert set(mapping.pages) <= set(range(1, len(pages) + 1))
    assert page_map(doc) == mapping
    for offset in range(0, len(doc.source), 7):
        located = page_line(mapping, offset)
        assert located is not None and located[1] >= 1


# -- speed ------------------------------------------------------------------------------------------------


def test_thirty_two_column_pages_read_in_well_under_two_seconds() -> None:
    rng = random.Random(5)
    setter = Typesetter(
        columns=2,
        size=9,
        leading=10.5,
        header="Journal of Speed 1 (2024)",
        page_numbers=True,
        margin=45,
        gutter=18,
    )
    paragraphs = []
    while len(setter.lines) < 30 * 2 * 66:
        text = filler(rng, 6) + "^{12}"
        paragraphs.append(plain(text))
        setter.paragraph(text, indent=10)
    data = setter.render()
    started = time.process_time()  # CPU time: other processes on the machine do not count
    content = parse_pdf("speed.pdf", data)
    elapsed = time.process_time() - started
    assert content.page_count >= 30
    assert content.document.source.split("\n") == paragraphs
    assert len(content.document.source) > 150_000
    assert elapsed < 2.0, f"{elapsed:.2f} s"


# -- found by the format benchmark (tests/bench/formats.py) -----------------------------------------


def _entry_lines(pdf: object, text: str, width: float, hang: float) -> list[str]:
    """Greedy wrap of one entry: the first line ``width`` wide, the others ``width - hang``."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        room = width if not lines else width - hang
        trial = f"{current} {word}" if current else word
        if current and pdf.get_string_width(trial) > room:  # type: ignore[attr-defined]
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current]


def _draw_list(columns: list[list[tuple[str, bool]]], per_page: int = 2) -> bytes:
    """Pages of two columns of (line, indented) pairs, 10 pt Times, 12 pt leading."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Times", size=10)
    for number, column in enumerate(columns):
        if number % per_page == 0:
            pdf.add_page()
        x = 60.0 if number % per_page == 0 else 310.0
        for row, (text, indented) in enumerate(column):
            pdf.text(x + (12.0 if indented else 0.0), 80.0 + 12.0 * row, text)
    return bytes(pdf.output())


def test_a_short_last_column_is_read_after_the_left_one() -> None:
    """The last page of a two-column reference list: the right column holds only the last two
    lines of the entry the left column ends with (once read across, rows interleaved)."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_font("Times", size=10)
    entries = [
        f"Author{k} A, Writer B. 20{k:02d}. A long study of the many things that matter in "
        f"test number {k} of the series. Journal of Tests {k}: {k}0-{k}9."
        for k in range(10, 40)
    ]
    lines: list[tuple[str, bool]] = [("References", False)]
    for entry in entries:
        lines.extend((text, n > 0) for n, text in enumerate(_entry_lines(pdf, entry, 225.0, 12.0)))
    tail = "hwater planarians. Developmental Biology 373: 442-452. doi: 10.1016/j.ydbio.2012.10.025"
    last = [
        ("Zhu SJ, Pearson BJ. 2013. The Retinoblastoma pathway", False),
        ("regulates stem cell proliferation in fres-", True),
        *((text, True) for text in _entry_lines(pdf, tail, 213.0, 0.0)),
    ]
    assert len(last) == 4
    body = lines[: 3 * 24 - 2]
    columns = [body[:24], body[24:48], [*body[48:], *last[:2]], last[2:]]
    data = _draw_list(columns)
    doc = read(data)
    kept = [entry for entry in entries if any(entry.startswith(t) for t, i in body if not i)]
    assert doc.source.split("\n") == [
        "References",
        *kept,
        "Zhu SJ, Pearson BJ. 2013. The Retinoblastoma pathway regulates stem cell "
        "proliferation in freshwater planarians. Developmental Biology 373: 442-452. "
        "doi: 10.1016/j.ydbio.2012.10.025",
    ]
    mapping = page_map(doc)
    assert (mapping.pages[-2:], mapping.lines[-2:]) == (
        (2, 2),
        (len(columns[2]) + 1, len(columns[2]) + 2),
    )


def test_a_line_holding_only_the_tail_of_a_url_joins_it() -> None:
    """``.../pwt_index.ph`` then ``p`` alone on the next line, then the next entry."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_font("Times", size=10)
    entries = [
        f"Author{k} A, Writer B. 20{k:02d}. A long study of the many things that matter in "
        f"test number {k} of the series. Journal of Tests {k}: {k}0-{k}9."
        for k in range(10, 16)
    ]
    lines: list[tuple[str, bool]] = [("References", False)]
    for entry in entries[:3]:
        lines.extend((t, n > 0) for n, t in enumerate(_entry_lines(pdf, entry, 225.0, 12.0)))
    lines.extend(
        [
            ("Heston A, Summers R, Aten B. 2009. Penn World", False),
            ("Table.", True),
            ("http://pwt.econ.upenn.edu/php_site/pwt_index_of_tables.ph", True),
            ("p", True),
        ]
    )
    for entry in entries[3:]:
        lines.extend((t, n > 0) for n, t in enumerate(_entry_lines(pdf, entry, 225.0, 12.0)))
    url = pdf.get_string_width("http://pwt.econ.upenn.edu/php_site/pwt_index_of_tables.php")
    assert url > 213.0  # the URL does not fit the line: it was broken where it overflows
    doc = read(_draw_list([lines], per_page=1))
    assert doc.source.split("\n") == [
        "References",
        *entries[:3],
        "Heston A, Summers R, Aten B. 2009. Penn World Table. "
        "http://pwt.econ.upenn.edu/php_site/pwt_index_of_tables.php",
        *entries[3:],
    ]


def test_a_last_page_of_one_short_column_keeps_the_column_edges() -> None:
    """The last page of a two-column list holds a few lines in the left column only: most are
    indented, so their own left edge is not the column's (every line would start an entry)."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_font("Times", size=10)
    entries = [
        f"Author{k} A, Writer B. 20{k:02d}. A long study of the many things that matter in "
        f"test number {k} of the series. Journal of Tests {k}: {k}0-{k}9."
        for k in range(10, 37)
    ]
    lines: list[tuple[str, bool]] = [("References", False)]
    for entry in entries:
        lines.extend((t, n > 0) for n, t in enumerate(_entry_lines(pdf, entry, 225.0, 12.0)))
    last = "Zoetendal EG, Akkermans ADL, Akkermans-van Vliet WM, de Visser JA. 2001. The host "
    last += "genotype affects the bacterial community in the human gut. Microbial Ecol 13:129-34."
    lines.extend((t, n > 0) for n, t in enumerate(_entry_lines(pdf, last, 225.0, 12.0)))
    columns = [lines[:20], lines[20:40], lines[40:60], lines[60:80], lines[80:]]
    assert columns[-1][0][1] and 5 <= len(columns[-1]) < 12  # it opens inside an entry
    doc = read(_draw_list(columns))
    assert doc.source.split("\n") == ["References", *entries, last]

"""Where reports place findings: page, printed line and column for a PDF (text and JSON
reports), paragraph and column for DOCX, the line of the file for text. The PDF is typeset here
with fpdf2 line by line, so the test knows the page and line of every word."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

fpdf = pytest.importorskip("fpdf")

from refcheck.api import check_paths  # noqa: E402
from refcheck.ingest import read_document  # noqa: E402
from refcheck.ingest.pdf import PageMap, page_map  # noqa: E402
from refcheck.report import json_report, text_report  # noqa: E402
from refcheck.report.locations import PrintedLocator  # noqa: E402

WIDTH = 330.0  # the text block, points
LEFT, TOP, LEADING = 90.0, 110.0, 15.0

PAGE_1 = [
    "Heat waves raise mortality in dense cities, and the poorest districts suffer most "
    "because their streets have few trees and their houses little insulation (Smith, 2010). "
    "Tree cover lowers surface temperatures by several degrees in the afternoon.",
    "Green roofs help too, although the evidence is thinner and comes mostly from a single "
    "season of measurements on a handful of buildings (Patel, 2019).",
]
PAGE_2 = [
    "The same was found in Madrid, where shaded squares stayed cooler through the night than "
    "open ones, as Jonson (2012) showed with loggers placed in forty streets.",
    "References",
    "Johnson, K. (2012). Heat in the streets of Madrid over two whole summers. Journal "
    "of Climate, 7, 10-19.",
    "Smith, A. (2010). Heat waves and mortality in the poorest districts of dense cities. "
    "Journal of Studies, 12, 45-67.",
    "Wright, T. (2001). An uncited book about the climate of cities and their parks. Oxford "
    "University Press.",
]


@dataclass(frozen=True)
class Printed:
    page: int
    line: int  # on its page, 1-based, running header not counted
    text: str


def _wrap(pdf: object, text: str) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and pdf.get_string_width(trial) > WIDTH:  # type: ignore[attr-defined]
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current]


def typeset() -> tuple[bytes, list[Printed]]:
    """Two pages, one column, a running header and page numbers; paragraphs wrapped to full
    lines, a first-line indent for the second paragraph of page 1, entries with a hanging
    indent."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    printed: list[Printed] = []
    for number, paragraphs in enumerate((PAGE_1, PAGE_2), start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(LEFT, 60, "Urban Heat Studies - preprint")
        pdf.text(290, 800, str(number))
        pdf.set_font("Helvetica", size=11)
        y, line = TOP, 0
        entries = False
        for k, paragraph in enumerate(paragraphs):
            indent = 14.0 if k == 1 and number == 1 else 0.0
            y += 6.0 if paragraph == "References" else 0.0
            for count, text in enumerate(_wrap(pdf, paragraph)):
                line += 1
                hang = 14.0 if entries and count else 0.0  # entries: hanging indent
                pdf.text(LEFT + indent + hang, y, text)
                printed.append(Printed(number, line, text))
                y += LEADING
                indent = 0.0
            entries = entries or paragraph == "References"
    return bytes(pdf.output()), printed


def where(printed: list[Printed], word: str) -> str:
    """``p2:1:30``: the page, line and column of the first printed line holding ``word``."""
    line = next(p for p in printed if word in p.text)
    return f"p{line.page}:{line.line}:{line.text.index(word) + 1}"


@pytest.fixture
def pdf_paper(tmp_path: Path) -> tuple[Path, list[Printed]]:
    data, printed = typeset()
    path = tmp_path / "paper.pdf"
    path.write_bytes(data)
    return path, printed


def test_the_typesetting_is_read_as_written(pdf_paper: tuple[Path, list[Printed]]) -> None:
    path, printed = pdf_paper
    doc = read_document(path)
    assert doc.source == "\n".join([*PAGE_1, *PAGE_2])
    assert [p.page for p in printed].count(1) >= 5  # paragraphs really wrap
    mapping = page_map(doc)
    assert list(zip(mapping.pages, mapping.lines, strict=True)) == [
        (p.page, p.line) for p in printed
    ]


def test_text_report_gives_page_line_and_column_for_a_pdf(
    pdf_paper: tuple[Path, list[Printed]],
) -> None:
    path, printed = pdf_paper
    report = check_paths([path])
    assert text_report.render(report) == (
        f"{path}:{where(printed, 'Patel')}: RC101 missing-reference [error] "
        "'Patel, 2019' matches no entry of the reference list\n"
        f"{path}:{where(printed, 'Jonson')}: RC103 author-mismatch [error] "
        "cited as 'Jonson' but the reference lists 'Johnson'\n"
        "    suggestion: Johnson\n"
        f"{path}:{where(printed, 'Wright')}: RC102 uncited-reference [warning] "
        "'Wright (2001)' is never cited\n"
        "\n"
        "Found 3 problems (2 errors, 1 warning) in 1 document, 3 citations, 3 references.\n"
    )
    # the second paragraph's citation is on its second printed line, not at its start
    patel_line = next(p.text for p in printed if "Patel" in p.text)
    assert PAGE_1[1].endswith(patel_line) and not PAGE_1[1].startswith(patel_line)


def test_markdown_report_gives_page_line_and_column_for_a_pdf(
    pdf_paper: tuple[Path, list[Printed]],
) -> None:
    from refcheck.report import markdown_report

    path, printed = pdf_paper
    rows = [
        line.split(" | ")[0].lstrip("| ")
        for line in markdown_report.render(check_paths([path])).splitlines()
        if line.startswith("| ") and "RC1" in line
    ]
    assert rows == [where(printed, name) for name in ("Patel", "Jonson", "Wright")]


def test_json_report_adds_printed_location_and_keeps_the_contract(
    pdf_paper: tuple[Path, list[Printed]],
) -> None:
    path, printed = pdf_paper
    data = json.loads(json_report.render(check_paths([path])))
    (document,) = data["documents"]

    def printed_of(word: str) -> dict[str, int]:
        page, line, column = where(printed, word)[1:].split(":")
        return {"page": int(page), "line": int(line), "column": int(column)}

    second = PAGE_1[1]
    assert [(f["rule"], f["line"], f["column"], f["printed"]) for f in document["findings"]] == [
        ("missing-reference", 2, second.index("Patel") + 1, printed_of("Patel")),
        ("author-mismatch", 3, PAGE_2[0].index("Jonson") + 1, printed_of("Jonson")),
        ("uncited-reference", 7, 1, printed_of("Wright")),
    ]
    assert [(c["text"], c["printed"]) for c in document["citations"]] == [
        ("Smith, 2010", printed_of("Smith, 2010")),
        ("Patel, 2019", printed_of("Patel")),
        ("Jonson (2012)", printed_of("Jonson")),
    ]
    assert [r["printed"] for r in document["references"]] == [
        printed_of("Johnson, K."),
        printed_of("Smith, A."),
        printed_of("Wright"),
    ]


def test_bib_findings_in_a_pdf_report_keep_the_bib_file_line(
    pdf_paper: tuple[Path, list[Printed]], tmp_path: Path
) -> None:
    path, printed = pdf_paper
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@article{patel2019,\n  author = {Patel, R.},\n  title = {Roofs},\n"
        "  journal = {J},\n  year = {2019},\n  pages = {30--12},\n}\n",
        encoding="utf-8",
    )
    report = check_paths([path], bib=[bib])
    assert text_report.render(report) == (
        f"{path}:{where(printed, 'Jonson')}: RC103 author-mismatch [error] "
        "cited as 'Jonson' but the reference lists 'Johnson'\n"
        "    suggestion: Johnson\n"
        f"{path}:{where(printed, 'Wright')}: RC102 uncited-reference [warning] "
        "'Wright (2001)' is never cited\n"
        f"{bib}:1:1: RC203 invalid-page-range [warning] "
        "page range 30–12 of Patel (2019) ends before it starts\n"
        "\n"
        "Found 3 problems (1 error, 2 warnings) in 1 document, 3 citations, 4 references.\n"
    )
    (document,) = json.loads(json_report.render(report))["documents"]
    bib_findings = [f for f in document["findings"] if f["path"] == str(bib)]
    assert [(f["rule"], f["line"], f["printed"]) for f in bib_findings] == [
        ("invalid-page-range", 1, None)
    ]
    assert document["references"][-1]["origin"] == str(bib)
    assert document["references"][-1]["printed"] is None


def test_docx_findings_are_paragraph_and_column(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    word = docx.Document()
    for paragraph in [*PAGE_1, *PAGE_2]:
        word.add_paragraph(paragraph)
    path = tmp_path / "paper.docx"
    word.save(str(path))
    report = check_paths([path])
    first = text_report.render(report).splitlines()[0]
    assert first == (
        f"{path}:2:{PAGE_1[1].index('Patel') + 1}: RC101 missing-reference [error] "
        "'Patel, 2019' matches no entry of the reference list"
    )
    (document,) = json.loads(json_report.render(report))["documents"]
    assert all("printed" not in f for f in document["findings"])
    assert all("printed" not in c for c in document["citations"])


def test_text_documents_have_no_printed_location(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text("\n".join([*PAGE_1, *PAGE_2]) + "\n", encoding="utf-8")
    report = check_paths([path])
    assert text_report.render(report).splitlines()[0] == (
        f"{path}:2:{PAGE_1[1].index('Patel') + 1}: RC101 missing-reference [error] "
        "'Patel, 2019' matches no entry of the reference list"
    )
    (document,) = json.loads(json_report.render(report))["documents"]
    assert all("printed" not in f for f in document["findings"])
    assert (
        PrintedLocator.of(report.documents[0]).label(report.documents[0].findings[0].span) is None
    )


def test_page_map_where() -> None:
    mapping = PageMap(starts=(0, 10, 25), ends=(10, 25, 30), pages=(1, 1, 2), lines=(1, 2, 1))
    assert mapping.where(0) == (1, 1, 1)
    assert mapping.where(9) == (1, 1, 10)
    assert mapping.where(10) == (1, 2, 1)
    assert mapping.where(27) == (2, 1, 3)
    assert PageMap(starts=(5,), ends=(9,), pages=(1,), lines=(1,)).where(2) is None
    assert PageMap().where(0) is None

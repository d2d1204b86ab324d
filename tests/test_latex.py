"""LaTeX: the reader (text, regions, includes, thebibliography), the bibliography files a manuscript
names, key rules, suppression comments, and LaTeX + BibTeX end to end."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.api import check_paths
from refcheck.errors import InputError
from refcheck.ingest import read_document, reader_for
from refcheck.ingest.docbib import parse_file
from refcheck.ingest.latex import (
    READER,
    build_document,
    included_files,
    latex_references,
    latex_text,
    relocate_findings,
)
from refcheck.ingest.markdown import build_document as markdown_document
from refcheck.model import Document, Finding, Person, Reference, Severity
from refcheck.rules.key_rules import missing_fields
from refcheck.suppression import suppress_findings, suppressions

# -- the text to scan ------------------------------------------------------------------------------

TEXT_CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Plain text, (Smith, 2001).", "Plain text, (Smith, 2001).", []),
    (
        r"A \emph{Title} and \textbf{bold} text.",
        "A       Title  and         bold  text.",
        [("emphasis", "Title")],
    ),
    (r"See \citep[p.~5]{a,b} now.", "See                   now.", []),
    (
        "Line % comment \\cite{x}\nnext",
        "Line                   \nnext",
        [("comment", " comment \\cite{x}")],
    ),
    (r"Cost 50\% and \& more.", "Cost 50 % and  & more.", []),
    (
        r"Math $x=(2001)$ and \(y\) and \[z\] end.",
        "Math            and       and       end.",
        [("math", "$x=(2001)$"), ("math", r"\(y\)"), ("math", r"\[z\]")],
    ),
    ("$$a$$ b", "      b", [("math", "$$a$$")]),
    (r"\section*{Results} text", "          Results  text", [("heading", "Results")]),
    (r"\label{sec:x}\ref{fig:1} \eqref{e}", " " * 34, []),
    (
        r"\url{https://x.org/a} \href{https://y.org}{Y site}",
        "     https://x.org/a                       Y site ",
        [("link-url", "https://x.org/a"), ("link-url", "https://y.org")],
    ),
    (r"\verb|\cite{a}| x", "                x", [("code", r"\cite{a}")]),
    (
        "\\begin{equation}\nx = 1\n\\end{equation}\nafter",
        "                \n     \n              \nafter",
        [("math", "\\begin{equation}\nx = 1\n\\end{equation}")],
    ),
    (
        "\\begin{verbatim}\n(Smith, 2001)\n\\end{verbatim}",
        "                \n             \n              ",
        [("code", "\n(Smith, 2001)\n")],
    ),
    (
        r"\begin{tabular}{lll} a & b \\ \hline \end{tabular}",
        "                     a & b                        ",
        [],
    ),
    (r"M\"uller and G{\"o}del~wrote", "M  uller and G   o del wrote", []),
    (r"\newcommand{\foo}[1]{\textbf{#1}} text", " " * 34 + "text", []),
    (r"\def\bar#1{x #1} text", " " * 17 + "text", []),
    (r"\\[2mm] next \\ end", "        next    end", []),
    (r"{\em Emph text} rest", "     Emph text  rest", [("emphasis", "Emph text")]),
    (
        "pre\n\\begin{document}\nbody\n\\end{document}\nafter",
        "   \n                \nbody\n              \n     ",
        [],
    ),
    ("Unclosed $ dollar", "Unclosed   dollar", []),
    (r"\input{chap1} \input chap2 text", " " * 27 + "text", []),
    (r"\footnote{A note (Smith, 2001).}", "          A note (Smith, 2001). ", []),
    (
        "\\begin{tikzpicture}\\draw (0,1) -- (2001,3);\\end{tikzpicture}x",
        " " * 60 + "x",
        [("math", "\\begin{tikzpicture}\\draw (0,1) -- (2001,3);\\end{tikzpicture}")],
    ),
]


@pytest.mark.parametrize(("source", "text", "regions"), TEXT_CASES)
def test_latex_text(source: str, text: str, regions: list[tuple[str, str]]) -> None:
    found_text, found_regions = latex_text(source)
    assert found_text == text
    assert len(found_text) == len(source)
    assert [(r.kind, source[r.start : r.end]) for r in found_regions] == regions


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"ab \n{}[]%$\\~*()", "\\cite", "\\begin{", "\\end{", "equation}", "\\verb"]
        ),
        max_size=60,
    ).map("".join)
)
def test_latex_text_never_raises_and_keeps_lines(source: str) -> None:
    text, regions = latex_text(source)
    assert len(text) == len(source)
    assert [i for i, c in enumerate(text) if c == "\n"] == [
        i for i, c in enumerate(source) if c == "\n"
    ]
    assert all(0 <= r.start < r.end <= len(source) for r in regions)
    doc = build_document("x.tex", source)
    latex_references(doc)


def test_latex_text_is_linear_on_long_lines() -> None:
    import time

    units = ("{", "\\emph{", "$", "\\begin{equation}", "\\(", "\\verb|", "%", "\\label{", "\\x")
    for unit in (*units, "\\cite{", "a\\\\"):
        source = unit * (150_000 // len(unit))  # one line: quadratic work would take minutes
        began = time.perf_counter()
        text, _ = latex_text(source)
        assert len(text) == len(source)
        assert time.perf_counter() - began < 3, unit


# -- the reader ------------------------------------------------------------------------------------


def test_reader_is_chosen_by_suffix_and_content(tmp_path: Path) -> None:
    data = b"% a paper\n\n\\documentclass{article}\n\\begin{document}\nHi.\n\\end{document}\n"
    assert reader_for("paper.tex", data).name == "latex"
    assert reader_for("paper.txt", data).name == "latex"
    assert reader_for("notes.txt", b"Just text (Smith, 2001).").name == "text"
    assert READER.sniff(data) and not READER.sniff(b"\\section{x}")
    path = tmp_path / "paper.ltx"
    path.write_bytes(data)
    doc = read_document(path)
    assert (doc.format, doc.source) == ("latex", data.decode())
    assert doc.text.count("Hi.") == 1 and len(doc.text) == len(doc.source)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")


def test_includes_are_appended_in_reading_order(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "main.tex": "A\n\\input{chap1}\n% \\input{ignored}\nB \\include{sub/chap2}\n",
            "chap1.tex": "C \\cite{x}\n",
            "sub/chap2.tex": "D\n\\input{chap3.tex}",
            "chap3.tex": "E\n",
        },
    )
    doc = read_document(tmp_path / "main.tex")
    main = (tmp_path / "main.tex").read_text()
    assert doc.source == main + "C \\cite{x}\n" + "D\n\\input{chap3.tex}" + "\n" + "E\n"
    chap1, chap2, chap3 = (str(tmp_path / n) for n in ("chap1.tex", "sub/chap2.tex", "chap3.tex"))
    start1 = len(main)
    start2 = start1 + len("C \\cite{x}\n")
    start3 = start2 + len("D\n\\input{chap3.tex}") + 1
    assert included_files(doc) == (
        (chap1, start1, start2),
        (chap2, start2, start3 - 1),
        (chap3, start3, start3 + 2),
    )


def test_findings_in_included_files_are_relocated(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {"main.tex": "Intro \\cite{a}.\n\\input{chap}\n", "chap.tex": "x\n  y \\cite{b}\n"},
    )
    doc = read_document(tmp_path / "main.tex")
    main_end = len("Intro \\cite{a}.\n\\input{chap}\n")
    at_b = doc.source.index("{b}") + 1
    findings = [
        Finding("r", "RC1", Severity.ERROR, "in main", doc.span(12, 13)),
        Finding("r", "RC1", Severity.ERROR, "in chap", doc.span(at_b, at_b + 1)),
        Finding("r", "RC1", Severity.ERROR, "no span"),
        Finding("r", "RC1", Severity.ERROR, "bib", doc.span(0, 1), path="refs.bib"),
    ]
    moved = relocate_findings(doc, findings)
    assert moved[0] == findings[0] and moved[2:] == tuple(findings[2:])
    chap = moved[1]
    assert chap.path == str(tmp_path / "chap.tex")
    assert chap.span is not None
    assert (chap.span.start, chap.span.line, chap.span.column) == (at_b - main_end, 2, 11)


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"main.tex": "A\n\\input{nothere}\n"}, "main.tex:2: \\input{nothere}: no such file ("),
        ({"main.tex": "A \\include{main}\n"}, "includes {root}/main.tex again (an include cycle"),
        (
            {"main.tex": "\\input{b}", "b.tex": "x\n\\input{main}"},
            "b.tex:2: \\input{main} includes {root}/main.tex again (an include cycle: "
            "{root}/main.tex -> {root}/b.tex -> {root}/main.tex)",
        ),
        (
            {"main.tex": "\\input{f0}", **{f"f{i}.tex": f"\\input{{f{i + 1}}}" for i in range(30)}},
            "includes are nested more than 16 deep",
        ),
    ],
)
def test_bad_includes_are_one_line_errors(
    files: dict[str, str], message: str, tmp_path: Path
) -> None:
    _write(tmp_path, files)
    with pytest.raises(InputError) as raised:
        read_document(tmp_path / "main.tex")
    text = str(raised.value)
    assert "\n" not in text
    assert message.replace("{root}", str(tmp_path)) in text


# -- thebibliography -------------------------------------------------------------------------------

THEBIBLIOGRAPHY = r"""\begin{document}
See \cite{smith2001} and \citet{nobody}.
\begin{thebibliography}{9}
\bibitem[Smith(2001)]{smith2001} Smith, J. (2001). \emph{A book title}. Oxford University Press.
% \bibitem{commented} Not an entry.
\bibitem{jones2002}
  Jones, K. (2002). Some article. \textit{Journal of Things}, 3(2), 10--20.
\end{thebibliography}
\end{document}
"""


def test_thebibliography_entries() -> None:
    doc = build_document("p.tex", THEBIBLIOGRAPHY)
    section, references = latex_references(doc)
    assert section is not None
    assert doc.source[section.start : section.end].startswith("\\begin{thebibliography}")
    assert doc.source[section.start : section.end].endswith("\\end{thebibliography}")
    smith, jones = references
    assert (smith.id, smith.key, smith.year, smith.title, smith.publisher) == (
        "r1",
        "smith2001",
        "2001",
        "A book title",
        "Oxford University Press",
    )
    assert smith.authors == (Person("Smith", "J."),)
    assert (jones.id, jones.key, jones.container, jones.volume, jones.pages) == (
        "r2",
        "jones2002",
        "Journal of Things",
        "3",
        "10--20",
    )
    for reference in references:
        assert reference.span is not None
        assert doc.source[reference.span.start : reference.span.end] == reference.raw
        assert reference.raw.startswith("\\bibitem")
    assert (smith.span.line, jones.span.line, jones.span.end_line) == (4, 6, 7)  # type: ignore[union-attr]


def test_thebibliography_end_to_end(tmp_path: Path) -> None:
    paper = tmp_path / "p.tex"
    paper.write_text(THEBIBLIOGRAPHY, encoding="utf-8")
    (document,) = check_paths([paper]).documents
    assert [(f.rule, f.path, f.span.line if f.span else None) for f in document.findings] == [
        ("missing-reference", None, 2),
        ("uncited-reference", None, 6),
    ]


def test_latex_without_thebibliography_reads_a_list_by_hand() -> None:
    source = (
        "\\begin{document}\nAs Smith (2001) says.\n\\section*{References}\n"
        "Smith, J. (2001). \\emph{A title}. Press.\n\nJones, K. (2002). Other. Press.\n"
        "\\end{document}\n"
    )
    section, references = latex_references(build_document("p.tex", source))
    assert section is not None and [r.authors[0].family for r in references] == ["Smith", "Jones"]
    named = build_document("p.tex", source + "\\bibliography{refs}")
    assert latex_references(named) == (None, ())


# -- bibliography files ----------------------------------------------------------------------------


def test_bibtex_syntax_errors_are_findings_and_good_entries_stay() -> None:
    text = (
        "@article{good1, title = {A}, year = 2001}\n\n"
        "@article{bad, title = {No comma} year = 2002}\n\n"
        "@book{good2, title = {B}, year = 2003}\n"
    )
    references, notes = parse_file(text, "refs.bib")
    assert [r.key for r in references] == ["good1", "good2"]
    (note,) = notes
    assert (note.rule, note.code, note.severity, note.path) == (
        "bibliography-syntax",
        "RC222",
        Severity.ERROR,
        "refs.bib",
    )
    assert note.message == "syntax error: '}' expected"
    assert note.span is not None and note.span.line == 3


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('[\n  {"id": "a",\n  "title": }\n]', "not valid JSON: Expecting value", 3),
        ('{"x": 1}', "not a CSL bibliography (expected a list of items)", None),
        ('[{"title": "no id"}]', "item 1 has no id", None),
    ],
)
def test_csl_json_problems(text: str, message: str, line: int | None) -> None:
    references, (note,) = parse_file(text, "refs.json")
    assert references == ()
    assert note.message == message
    assert (note.span.line if note.span else None) == line


def test_csl_yaml_with_pyyaml() -> None:
    pytest.importorskip("yaml")
    text = (
        "references:\n- id: smith2001\n  type: article-journal\n  author:\n"
        "  - family: Smith\n    given: John\n  title: On things\n"
        "  container-title: J\n  issued:\n    date-parts:\n    - [2001]\n"
    )
    (reference,), notes = parse_file(text, "refs.yaml")
    assert notes == ()
    assert (reference.key, reference.year, reference.container, reference.authors) == (
        "smith2001",
        "2001",
        "J",
        (Person("Smith", "John"),),
    )
    assert reference.span is not None and reference.span.line == 2


def test_csl_yaml_without_pyyaml_is_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def no_yaml(name: str, *args: Any) -> Any:
        if name == "yaml":
            raise ImportError(name)
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", no_yaml)
    with pytest.raises(InputError, match=r"^refs\.yml: reading CSL-YAML needs PyYAML"):
        parse_file("- id: a\n", "refs.yml")


@pytest.mark.parametrize(
    ("kind", "fields", "missing"),
    [
        ("journal", {}, ()),
        ("journal", {"container": None, "publisher": None}, ()),  # no source: incomplete-reference
        ("journal", {"container": None}, ("journal",)),  # a publisher is no journal
        ("journal", {"container": None, "doi": "10.1/x"}, ("journal",)),
        ("journal", {"authors": ()}, ("author",)),
        ("chapter", {"container": None, "url": "https://x.org"}, ("booktitle",)),
        ("thesis", {"publisher": None, "doi": "10.1/x"}, ("school",)),
        ("book", {"publisher": None, "authors": ()}, ()),
        ("web", {"authors": (), "container": None}, ()),
        (None, {}, ()),
    ],
)
def test_missing_fields(kind: str | None, fields: dict[str, Any], missing: tuple[str, ...]) -> None:
    base = Reference(
        id="b1",
        raw="",
        authors=(Person("Smith", "J."),),
        year="2001",
        title="T",
        container="C",
        publisher="P",
        kind=kind,
        key="k",
        origin="refs.bib",
    )
    from dataclasses import replace

    assert missing_fields(replace(base, **fields)) == missing


# -- suppression comments --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("% refcheck: ignore[missing-reference]\nx\n", {2: {"missing-reference"}}),
        ("x \\cite{a} % refcheck: ignore\n", {1: {"*"}}),
        (
            "% refcheck: ignore[RC101, uncited-reference]\n% refcheck: ignore[rc202]\nx",
            {3: {"rc101", "uncited-reference", "rc202"}},
        ),
        ("50\\% refcheck: ignore\n", {}),
        ("text refcheck: ignore\n", {}),
        ("<!-- refcheck: ignore[year-mismatch] -->\nSmith (2002)\n", {2: {"year-mismatch"}}),
        ("% refcheck: ignored\n", {}),
    ],
)
def test_suppressions(source: str, expected: dict[int, set[str]]) -> None:
    found = suppressions(Document("x.tex", "latex", source))
    assert {line: set(names) for line, names in found.items()} == expected


def test_suppress_findings_filters_by_line_rule_and_code() -> None:
    doc = Document("x.tex", "latex", "% refcheck: ignore[missing-reference]\na b\nc d\n")

    def finding(rule: str, code: str, line_start: int, path: str | None = None) -> Finding:
        return Finding(
            rule, code, Severity.ERROR, "m", doc.span(line_start, line_start + 1), path=path
        )

    kept = suppress_findings(
        doc,
        [
            finding("missing-reference", "RC101", 38),
            finding("uncited-reference", "RC102", 38),
            finding("missing-reference", "RC101", 42),
            finding("missing-reference", "RC101", 38, path="refs.bib"),
            Finding("missing-reference", "RC101", Severity.ERROR, "no span"),
        ],
    )
    assert [(f.rule, f.span.line if f.span else None, f.path) for f in kept] == [
        ("uncited-reference", 2, None),
        ("missing-reference", 3, None),
        ("missing-reference", 2, "refs.bib"),
        ("missing-reference", None, None),
    ]


# -- LaTeX + BibTeX end to end ---------------------------------------------------------------------

BIB = """@article{smith2001,
  author = {Smith, John},
  title = {On things},
  journal = {Journal of Things},
  year = {2001},
  volume = {3},
  pages = {1--10},
}

@article{jones2002,
  author = {Jones, Kate},
  title = {More things},
  year = {2002},
  volume = {3},
}

@book{brown2010,
  author = {Brown, Bob},
  title = {A book},
  publisher = {Press},
  year = {2010},
}
"""

PAPER = r"""\documentclass{article}
\usepackage{natbib}
\title{A Test (2020)}
\begin{document}
\section{Introduction}
As \citet{smith2001} showed, things hold (see also \citep[p.~4]{jones2002}).
Others disagree \citep{nobody2020}. % not \cite{brown2010}
The equation $E = mc^2$ in 2005 matters; see \url{https://example.org/x}.
\bibliographystyle{plainnat}
\bibliography{refs}
\end{document}
"""


def _run(
    root: Path, paper: str = PAPER, bib: str = BIB, **files: str
) -> list[tuple[str, str | None, int | None]]:
    _write(root, {"paper.tex": paper, "refs.bib": bib, **files})
    (document,) = check_paths([root / "paper.tex"]).documents
    return [
        (f.rule, f.path and os.path.basename(f.path), f.span.line if f.span else None)
        for f in document.findings
    ]


def test_latex_undefined_key_uncited_entry_and_missing_journal(tmp_path: Path) -> None:
    assert _run(tmp_path) == [
        ("missing-reference", None, 7),
        ("incomplete-reference", "refs.bib", 10),  # jones2002: no journal (and no other source)
        ("uncited-reference", "refs.bib", 17),  # brown2010
    ]
    (document,) = check_paths([tmp_path / "paper.tex"]).documents
    missing = document.findings[0]
    assert missing.message == "'nobody2020' matches no entry of the reference list"
    assert missing.span is not None and (missing.span.column, missing.span.end_column) == (24, 34)
    assert [c.text for c in document.citations] == ["smith2001", "jones2002", "nobody2020"]
    assert {link.status for link in document.links} == {"exact", "none"}


def test_latex_missing_journal_with_a_doi_is_missing_field(tmp_path: Path) -> None:
    bib = BIB.replace("  volume = {3},\n}", "  volume = {3},\n  doi = {10.1234/x},\n}")
    assert _run(tmp_path, bib=bib) == [
        ("missing-reference", None, 7),
        ("missing-field", "refs.bib", 10),
        ("uncited-reference", "refs.bib", 18),
    ]


def test_latex_nocite(tmp_path: Path) -> None:
    everything = PAPER.replace("\\bibliographystyle", "\\nocite{*}\n\\bibliographystyle")
    assert _run(tmp_path, paper=everything) == [
        ("missing-reference", None, 7),
        ("incomplete-reference", "refs.bib", 10),
    ]
    one = PAPER.replace("\\bibliographystyle", "\\nocite{brown2010}\n\\bibliographystyle")
    assert [f[0] for f in _run(tmp_path, paper=one)] == [
        "missing-reference",
        "incomplete-reference",
    ]


def test_latex_suppression_comments(tmp_path: Path) -> None:
    paper = PAPER.replace(
        "Others disagree", "% refcheck: ignore[missing-reference]\nOthers disagree"
    )
    assert [f[0] for f in _run(tmp_path, paper=paper)] == [
        "incomplete-reference",
        "uncited-reference",
    ]
    trailing = PAPER.replace("% not \\cite{brown2010}", "% refcheck: ignore[RC101]")
    assert [f[0] for f in _run(tmp_path, paper=trailing)] == [
        "incomplete-reference",
        "uncited-reference",
    ]
    other_rule = PAPER.replace("% not \\cite{brown2010}", "% refcheck: ignore[year-mismatch]")
    assert [f[0] for f in _run(tmp_path, paper=other_rule)] == [
        "missing-reference",
        "unused-suppression",  # it silenced nothing
        "incomplete-reference",
        "uncited-reference",
    ]


def test_latex_duplicate_and_case_mismatched_keys(tmp_path: Path) -> None:
    bib = BIB + "\n@misc{Smith2001,\n  title = {Copy},\n  year = {2001},\n}\n"
    paper = PAPER.replace("\\citep{nobody2020}", "\\citep{BROWN2010}")
    assert _run(tmp_path, paper=paper, bib=bib) == [
        ("key-case-mismatch", None, 7),
        ("incomplete-reference", "refs.bib", 10),
        ("uncited-reference", "refs.bib", 24),  # the second definition can never be cited
        ("duplicate-key", "refs.bib", 24),
    ]
    (document,) = check_paths([tmp_path / "paper.tex"]).documents
    assert document.findings[0].suggestion == "brown2010"
    assert document.findings[3].message == (
        "duplicate key Smith2001 (first defined on line 1); the first definition is used"
    )


def test_latex_bib_with_syntax_error_keeps_good_entries(tmp_path: Path) -> None:
    broken = BIB.replace("  title = {More things},", "  title = {More things}")
    assert _run(tmp_path, bib=broken) == [
        ("missing-reference", None, 6),  # jones2002 was the broken entry: left out
        ("missing-reference", None, 7),
        ("bibliography-syntax", "refs.bib", 13),  # where "," was expected
        ("uncited-reference", "refs.bib", 17),  # brown2010, after it, was read
    ]


def test_latex_included_file_findings_point_there(tmp_path: Path) -> None:
    paper = PAPER.replace("Others disagree \\citep{nobody2020}.", "\\input{chapters/two}")
    assert _run(
        tmp_path, paper=paper, **{"chapters/two.tex": "First line.\nOthers \\cite{nobody2020}.\n"}
    ) == [
        ("missing-reference", "two.tex", 2),
        ("incomplete-reference", "refs.bib", 10),
        ("uncited-reference", "refs.bib", 17),
    ]


def test_latex_missing_bib_is_an_error_unless_a_bbl_has_the_list(tmp_path: Path) -> None:
    _write(tmp_path, {"paper.tex": PAPER})
    with pytest.raises(
        InputError, match=r"refs\.bib: no such file \(the bibliography .*paper\.tex names\)$"
    ):
        check_paths([tmp_path / "paper.tex"])
    bbl = "\\begin{thebibliography}{1}\n\\bibitem{smith2001} Smith, J. (2001). On things. \\emph{J}, 3, 1--10.\n\\end{thebibliography}\n"
    (tmp_path / "paper.bbl").write_text(bbl, encoding="utf-8")
    (document,) = check_paths([tmp_path / "paper.tex"]).documents
    assert [(f.rule, f.span.line if f.span else None) for f in document.findings] == [
        ("missing-reference", 6),
        ("missing-reference", 7),
    ]


def test_latex_and_markdown_entries_from_bib_get_the_same_checks(tmp_path: Path) -> None:
    bib = BIB.replace(
        "  year = {2010},\n", "  year = {2010},\n  url = {file:///C:/Users/me/book.pdf},\n"
    )
    paper = PAPER.replace("\\citep{nobody2020}", "\\citep{brown2010}")
    assert _run(tmp_path, paper=paper, bib=bib) == [
        ("incomplete-reference", "refs.bib", 10),
        ("local-url", "refs.bib", 17),
    ]


BIB_DOIS = """@article{link2001,
  author = {Link, Lou}, title = {Linked}, journal = {J}, year = {2001}, volume = {1},
  doi = {https://doi.org/10.1000/xyz},
}

@article{space2002,
  author = {Space, Sam}, title = {Spaced}, journal = {J}, year = {2002}, volume = {2},
  doi = {10.1000/ab cd},
}

@article{label2004,
  author = {Label, Lee}, title = {Labelled}, journal = {J}, year = {2004}, volume = {4},
  doi = {doi:10.1000/lab4},
}

@collection{book2003,
  editor = {Editor, Ed}, title = {The Book}, publisher = {Press}, year = {2003},
}

@incollection{chapter2003,
  author = {Chapter, Chet}, title = {A chapter}, crossref = {book2003}, pages = {5--9},
}
"""


def test_bib_doi_fields_and_a_cited_chapters_book(tmp_path: Path) -> None:
    """A doi field holding a doi.org link (BibTeX styles print their own resolver before it:
    the link fails) or a DOI with a space typed inside is malformed; the book a cited chapter
    takes its fields from (``crossref``) is no uncited entry."""
    paper = PAPER.replace(
        "Others disagree \\citep{nobody2020}.",
        "See \\citet{link2001,space2002,chapter2003,label2004}.",
    )
    _write(tmp_path, {"paper.tex": paper, "refs.bib": BIB_DOIS})
    (document,) = check_paths([tmp_path / "paper.tex"]).documents
    assert [(f.rule, f.message, f.suggestion) for f in document.findings] == [
        ("missing-reference", "'smith2001' matches no entry of the reference list", None),
        ("missing-reference", "'jones2002' matches no entry of the reference list", None),
        (
            "malformed-doi",
            "the doi field holds a link, 'https://doi.org/10.1000/xyz', where BibTeX styles print "
            "their own resolver before the DOI (the link then fails)",
            "10.1000/xyz",
        ),
        ("malformed-doi", "DOI written as '10.1000/ab cd' has a space inside", "10.1000/abcd"),
        (
            "malformed-doi",
            "the doi field holds a label, 'doi:10.1000/lab4', where BibTeX styles print their "
            "own resolver before the DOI (the link then fails)",
            "10.1000/lab4",
        ),
    ]
    # pandoc's citeproc reads a link in the doi field as the DOI
    _write(tmp_path, {"p.md": "---\nbibliography: refs.bib\n---\nAs [@link2001].\n"})
    (markdown,) = check_paths([tmp_path / "p.md"]).documents
    assert [f.rule for f in markdown.findings] == ["uncited-reference"] * 4


def test_markdown_suppression_comment_end_to_end(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "refs.bib": BIB,
            "p.md": "---\nbibliography: refs.bib\nnocite: '@*'\n---\n<!-- refcheck: ignore[missing-reference] -->\nAs [@nobody].\n",
        },
    )
    (document,) = check_paths([tmp_path / "p.md"]).documents
    assert [f.rule for f in document.findings] == ["incomplete-reference"]  # jones2002, via @*


def test_markdown_document_regions_feed_suppression() -> None:
    doc = markdown_document("x.md", "<!-- refcheck: ignore -->\nx\n")
    assert suppressions(doc) == {2: frozenset({"*"})}


DUPLICATE_BIB = """@article{smith2010,
  author = {Smith, John and Jones, Mary},
  title = {A study of things},
  journal = {Journal of Things},
  year = {2010},
}
@article{Smith2010a,
  author = {Smith, J. and Jones, M.},
  title = {A Study of Things},
  journal = {J. Things},
  year = {2010},
}
@article{smith2010b,
  author = {Smith, John},
  title = {Another study},
  journal = {Journal of Things},
  year = {2010},
}
"""


def test_one_work_under_two_cited_keys_is_a_duplicate(tmp_path: Path) -> None:
    """The printed list would show the work twice; uncited copies in a file print nothing."""
    paper = (
        "\\documentclass{article}\n\\begin{document}\n"
        "As \\citet{smith2010} and \\citet{Smith2010a} and \\citet{smith2010b} show.\n"
        "\\bibliography{refs}\n\\end{document}\n"
    )
    assert _run(tmp_path, paper=paper, bib=DUPLICATE_BIB) == [
        ("duplicate-reference", "refs.bib", 7)
    ]
    (document,) = check_paths([tmp_path / "paper.tex"]).documents
    assert document.findings[0].message == (
        "Smith2010a: Smith (2010) duplicates the entry smith2010: Smith (2010) listed before it"
    )
    once = paper.replace("\\citet{Smith2010a} and ", "")
    assert _run(tmp_path, paper=once, bib=DUPLICATE_BIB) == [("uncited-reference", "refs.bib", 7)]

"""Reading manuscripts: decoding, the Markdown/markup scanner, readers and bad input."""

from __future__ import annotations

import codecs
import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck import ingest
from refcheck.errors import ConfigError, InputError
from refcheck.ingest import document_from_text, read_document, reader_for
from refcheck.ingest.decode import decode, sniff_binary
from refcheck.ingest.markdown import _run, scan_markup
from refcheck.model import Region

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_6ff2c148979281d9.txt"

# -- the Markdown scanner: one sample, every field exact ------------------------------------------

SAMPLE = (
    "# Soft *Power* #\n"
    "\n"
    "As *Neoclassical Realism* (2009) argues, see [Nye](https://x.org/nye_(2013)) and "
    "`(Smith, 2001)`.\n"
    "Visit <https://doi.org/10.1/x>; snake_case and 5 * 3 stay.\n"
    "<!-- refcheck: ignore -->\n"
    "References\n"
    "==========\n"
    "- Nye J. (2013). *Foreign Policy*.\n"
)
SAMPLE_TEXT = (
    "  Soft  Power   \n"
    "\n"
    "As  Neoclassical Realism  (2009) argues, see  Nye                            and "
    " (Smith, 2001) .\n"
    "Visit  https://doi.org/10.1/x ; snake_case and 5 * 3 stay.\n"
    "<!-- refcheck: ignore -->\n"
    "References\n"
    "          \n"
    "- Nye J. (2013).  Foreign Policy .\n"
)
SAMPLE_REGIONS = (
    ("heading", 2, 14, "Soft *Power*"),
    ("emphasis", 8, 13, "Power"),
    ("emphasis", 22, 42, "Neoclassical Realism"),
    ("link-url", 69, 93, "https://x.org/nye_(2013)"),
    ("code", 100, 113, "(Smith, 2001)"),
    ("autolink", 123, 145, "https://doi.org/10.1/x"),
    ("comment", 179, 197, " refcheck: ignore "),
    ("heading", 201, 211, "References"),
    ("emphasis", 241, 255, "Foreign Policy"),
)


def test_markdown_sample_text_and_regions_exact() -> None:
    text, regions = scan_markup(SAMPLE)
    assert len(text) == len(SAMPLE)
    assert text == SAMPLE_TEXT
    assert [(r.kind, r.start, r.end, SAMPLE[r.start : r.end]) for r in regions] == list(
        SAMPLE_REGIONS
    )


def test_markdown_document_spans(tmp_path: Path) -> None:
    path = tmp_path / "paper.md"
    path.write_text(SAMPLE, encoding="utf-8")
    doc = read_document(path)
    assert (doc.path, doc.format, doc.encoding) == (str(path), "markdown", "utf-8")
    assert doc.source == SAMPLE and doc.text == SAMPLE_TEXT
    emphasis = doc.regions_of("emphasis")[1]
    span = doc.span(emphasis.start, emphasis.end)
    assert doc.source[span.start : span.end] == "Neoclassical Realism"
    assert (span.line, span.column, span.end_line, span.end_column) == (3, 5, 3, 25)
    heading = doc.regions_of("heading")[1]
    assert doc.position(heading.start) == (6, 1)


def test_text_reader_keeps_text_and_records_emphasis() -> None:
    source = "Realists (see *Neoclassical Realism* (2009)) and <https://a.org/x> agree."
    doc = document_from_text(source, path="p.txt")
    assert doc.format == "text" and doc.text == source
    assert doc.regions == (Region("emphasis", 15, 35), Region("autolink", 50, 65))
    assert source[15:35] == "Neoclassical Realism"
    assert source[50:65] == "https://a.org/x"


def test_seed_regions() -> None:
    doc = read_document(SEED)
    assert doc.format == "text" and doc.encoding == "utf-8" and doc.text == doc.source
    emphasised = [doc.source[r.start : r.end] for r in doc.regions_of("emphasis")]
    assert "Asian Perspective" in emphasised
    assert "Neoclassical Realism, the State and Foreign Policy" in emphasised
    assert all("*" not in e and "\n" not in e for e in emphasised)
    urls = [doc.source[r.start : r.end] for r in doc.regions_of("autolink")]
    assert "http://en.itar-tass.com/russia/755981" in urls
    assert "https://doi.org/10.1111/1467-9256.12100" in urls
    assert "www.ifri.org" in urls
    assert all(u.startswith(("http", "www.")) and not u.endswith((">", ")", ".")) for u in urls)


# Markdown-only constructs change what text mode sees: no code spans, no escapes there.
_PLAIN_EMPHASIS = {"`*not*`": ["not"], "\\*not\\*": ["not\\"]}


@pytest.mark.parametrize(
    ("source", "emphasised", "text"),
    [
        ("*a*", ["a"], " a "),
        ("**bold** x", ["bold"], "  bold   x"),
        ("***both***", ["both"], "   both   "),
        ("**_x_**", ["x"], "   x   "),
        ("_under_ score", ["under"], " under  score"),
        ("__strong__", ["strong"], "  strong  "),
        ("foo*bar*baz", ["bar"], "foo bar baz"),
        ("*a\nb*", ["a\nb"], " a\nb "),
        ("*Title*, 33(2)", ["Title"], " Title , 33(2)"),
        ("snake_case_name", [], "snake_case_name"),
        ("5 * 3 * 2", [], "5 * 3 * 2"),
        ("* item *x*", ["x"], "* item  x "),
        ("- item", [], "- item"),
        ("*e-mail: d@k.kz", [], "*e-mail: d@k.kz"),
        ("Dadabayeva* , Park", [], "Dadabayeva* , Park"),
        ("*a\n\nb*", [], "*a\n\nb*"),
        ("*a\n- b*", [], "*a\n- b*"),
        ("`*not*`", [], " *not* "),
        ("<http://x.org/*a*>", [], " http://x.org/*a* "),
        ("http://x.org/a_b_ and", [], "http://x.org/a_b_ and"),
        ("\\*not\\*", [], " *not *"),
        ("**unclosed", [], "**unclosed"),
        ("*a **b** c*", ["a **b** c", "b"], " a   b   c "),
    ],
)
def test_emphasis_table(source: str, emphasised: list[str], text: str) -> None:
    got_text, regions = scan_markup(source)
    assert got_text == text
    assert sorted(source[r.start : r.end] for r in regions if r.kind == "emphasis") == sorted(
        emphasised
    )
    plain_text, plain = scan_markup(source, markdown=False)
    assert plain_text == source
    assert sorted(source[r.start : r.end] for r in plain if r.kind == "emphasis") == sorted(
        _PLAIN_EMPHASIS.get(source, emphasised)
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("# Title", [("heading", "Title")]),
        ("## References ##\n", [("heading", "References")]),
        ("   ### Indented", [("heading", "Indented")]),
        ("#hashtag", []),
        ("####### seven", []),
        ("    # too deep? no: 4 spaces", []),
        ("Works Cited\n-----------\n", [("heading", "Works Cited")]),
        ("Bibliography\n===\n", [("heading", "Bibliography")]),
        ("- item\n---\n", []),
        ("[text](http://a.org/x)", [("link-url", "http://a.org/x")]),
        ("![alt](pic.png 'title')", [("link-url", "pic.png")]),
        ("[t](<a b.html>)", [("link-url", "a b.html")]),
        ("[1]: https://a.org/def", [("link-url", "https://a.org/def")]),
        ("[1] Smith (2001)", []),
        ("[Kazakhstan] (2008, October 3).", []),
        ("<mailto:a@b.org> <a@b.org>", [("autolink", "mailto:a@b.org"), ("autolink", "a@b.org")]),
        ("(see https://x.org/a).", [("autolink", "https://x.org/a")]),
        (
            "https://en.wikipedia.org/wiki/A_(b).",
            [("autolink", "https://en.wikipedia.org/wiki/A_(b)")],
        ),
        ("visit www.example.com, now", [("autolink", "www.example.com")]),
        ("xhttp://no.org", []),
        ("```\n(Smith, 2001)\n```\nafter", [("code", "(Smith, 2001)")]),
        ("~~~~ python\ncode\n~~~\n~~~~\n", [("code", "code\n~~~")]),
        ("```\nunclosed\nfence", [("code", "unclosed\nfence")]),
        ("``a ` b`` c", [("code", "a ` b")]),
        ("`a\n\nb`", []),
        ("<!-- a\nb -->x", [("comment", " a\nb ")]),
        ("<!-- never closed", []),
        ("---\ntitle: x\n---\n# H", [("front-matter", "title: x\n"), ("heading", "H")]),
    ],
)
def test_markdown_constructs(source: str, expected: list[tuple[str, str]]) -> None:
    text, regions = scan_markup(source)
    assert len(text) == len(source)
    assert [(r.kind, source[r.start : r.end]) for r in regions] == expected


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("# Title #", "  Title  "),
        ("Refs\n====", "Refs\n    "),
        ("[text](http://a.org)", " text               "),
        ("![a](b)", "  a    "),
        ("```py\nx\n```", "     \nx\n   "),
        ("a <http://b.c> d", "a  http://b.c  d"),
        ("a\r\n```\r\nb\r\n```\r\n", "a\r\n   \r\nb\r\n   \r\n"),
    ],
)
def test_markdown_blanking(source: str, text: str) -> None:
    assert scan_markup(source)[0] == text


def test_text_mode_blanks_nothing() -> None:
    source = "# Heading\n[t](http://a.org) `code` *em* <http://b.org>\n"
    text, regions = scan_markup(source, markdown=False)
    assert text == source
    assert {r.kind for r in regions} == {"emphasis", "autolink"}


_TOKENS = st.sampled_from(
    [
        *"*_`#[]()<>!-=~\\ \n\t\rab1:/.é\u00a0\ue000",
        *("http://", "www.", "<!--", "-->", "```", "---\n", "](", "**", "__", "\n\n", "- "),
    ]
)
_MARKUP = st.lists(_TOKENS, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MARKUP, st.booleans())
def test_scanner_invariants(source: str, markdown: bool) -> None:
    text, regions = _run(source, markdown)  # not the never-raise wrapper: bugs must surface
    assert len(text) == len(source)
    if not markdown:
        assert text == source
    for original, blanked in zip(source, text, strict=True):
        assert blanked == original or (blanked == " " and original not in "\r\n")
    for region in regions:
        assert 0 <= region.start < region.end <= len(source)
    assert list(regions) == sorted(regions, key=lambda r: (r.start, r.end, r.kind))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_scanner_any_text(source: str) -> None:
    text, regions = _run(source, True)
    assert len(text) == len(source)
    assert all(0 <= r.start < r.end <= len(source) for r in regions)


_PATHOLOGICAL = {
    "stars": "*" * 200_000,
    "star-words": "*a " * 60_000,
    "brackets": "[" * 200_000,
    "link-then-spaces": "](" + " " * 200_000,
    "unclosed-links": "[a](" * 50_000,
    "autolink-starts": "<http:" * 40_000,
    "heading-spaces": "# " + " " * 200_000 + "x",
    "comment-starts": "<!--" * 50_000,
    "backtick-runs": "`" * 500 + "x" + " `a" * 60_000,
    "schemes": "http://" * 30_000,
}


@pytest.mark.parametrize("source", list(_PATHOLOGICAL.values()), ids=list(_PATHOLOGICAL))
def test_scanner_is_linear_on_pathological_input(source: str) -> None:
    started = time.perf_counter()
    text, _ = scan_markup(source)
    assert len(text) == len(source)
    assert time.perf_counter() - started < 2.0


# -- decoding -----------------------------------------------------------------------------------

RUSSIAN = "Список литературы\nИванов И.И. (2010). Внешняя политика России. Москва: Наука.\n"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"plain (Nye, 2013)", "plain (Nye, 2013)", "utf-8"),
        ("Ćwiek (2012)".encode(), "Ćwiek (2012)", "utf-8"),
        (codecs.BOM_UTF8 + "Górecki".encode(), "Górecki", "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "Görecki Ω".encode("utf-16-le"), "Görecki Ω", "utf-16-le"),
        (codecs.BOM_UTF16_BE + "Görecki Ω".encode("utf-16-be"), "Görecki Ω", "utf-16-be"),
        (codecs.BOM_UTF32_LE + "Görecki".encode("utf-32-le"), "Görecki", "utf-32-le"),
        ("Nye (2013) said so.".encode("utf-16-le"), "Nye (2013) said so.", "utf-16-le"),
        (RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
        ("Список литературы\n".encode("cp1251"), "Список литературы\n", "cp1251"),
        (RUSSIAN.encode("koi8-r"), RUSSIAN, "koi8-r"),
        (
            "Górecki, M. (2014). Title.\n".encode("latin-1"),
            "Górecki, M. (2014). Title.\n",
            "cp1252",
        ),
        ("“Müller” – 2014".encode("cp1252"), "“Müller” – 2014", "cp1252"),
        ("Łódź – Kraków, Żółć.".encode("cp1250"), "Łódź – Kraków, Żółć.", "cp1250"),
        (b"a\r\nb\r\n", "a\r\nb\r\n", "utf-8"),
    ],
)
def test_decode_table(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"Smith \x81\x8d\x8f\x90\x9d\x81\x8d (2001)\n",
            "f.txt: is not valid UTF-8 (byte 0x81 at line 1, column 7) and its encoding "
            "could not be detected; save it as UTF-8",
        ),
        (  # mostly valid UTF-8 with one bad byte: damaged, not a legacy code page
            "Görecki Ćwiek Żółć\nnaïve".encode() + b" \xff end",
            "f.txt: is not valid UTF-8 (byte 0xFF at line 2, column 7) and its encoding "
            "could not be detected; save it as UTF-8",
        ),
        (
            codecs.BOM_UTF16_LE + b"\x00\xd8",
            "f.txt: starts with a utf-16-le byte-order mark but is not valid utf-16-le "
            "(byte offset 2)",
        ),
    ],
)
def test_decode_errors(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "f.txt")
    assert str(caught.value) == message


def test_bom_offsets_count_characters_after_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Intro\nAs (Nye, 2013) said\r\nX")
    doc = read_document(path)
    assert doc.source == "Intro\nAs (Nye, 2013) said\r\nX"
    start = doc.source.index("(Nye")
    assert start == 9
    assert doc.span(start, start + 11).line == 2 and doc.span(start, start + 11).column == 4
    assert doc.position(doc.source.index("X")) == (3, 1)


def test_utf16_document_positions(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Ćwiek\n(Nye, 2013)".encode("utf-16-le"))
    doc = read_document(path)
    assert doc.encoding == "utf-16-le"
    assert doc.position(doc.source.index("(Nye")) == (2, 1)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_decode_any_bytes_returns_text_or_input_error(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(text, str) and encoding


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200).filter(lambda s: not s.startswith("\ufeff") and "\x00" not in s))
def test_utf8_round_trip(text: str) -> None:
    assert decode(text.encode("utf-8")) == (text, "utf-8")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "DOC/OLE2"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"text\x00with NUL", "contains NUL bytes"),
        (b"abc\x00\x01\x02" * 100, "contains NUL bytes"),  # NULs on one side, but a third
        (b"MZ is how this text starts", None),
        (codecs.BOM_UTF16_LE + "x".encode("utf-16-le"), None),
        ("plain ascii".encode("utf-16-le"), None),
        (b"plain", None),
    ],
)
def test_sniff_binary(data: bytes, kind: str | None) -> None:
    assert sniff_binary(data) == kind


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def test_sniff_docx() -> None:
    assert sniff_binary(_docx_bytes()) == "DOCX"


# -- readers and bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "format", "reader"),
    [
        ("a.txt", None, "text"),
        ("a.TXT", None, "text"),
        ("a.md", None, "markdown"),
        ("a.markdown", None, "markdown"),
        ("a.rst", None, "text"),
        ("noext", None, "text"),
        ("a.txt", "markdown", "markdown"),
        ("a.txt", "md", "markdown"),
        ("a.md", "TEXT", "text"),
    ],
)
def test_reader_selection(name: str, format: str | None, reader: str) -> None:
    assert reader_for(name, b"x", format).name == reader


def test_unknown_format_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"unknown input format 'odt' \(choose from text, "):
        reader_for("a.txt", b"x", "odt")


def test_read_markdown_by_format_override(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text("# Refs\n*T* x", encoding="utf-8")
    assert read_document(path).format == "text"
    doc = read_document(path, format="markdown")
    assert doc.format == "markdown" and doc.text == "  Refs\n T  x"


def _error(path: Path | str) -> str:
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_missing_path(tmp_path: Path) -> None:
    assert _error(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'}: no such file"


def test_missing_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    assert _error(tmp_path / "file" / "x.txt").endswith(": no such file")


def test_directory(tmp_path: Path) -> None:
    assert _error(tmp_path) == f"{tmp_path}: is a directory, not a file"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty (0 bytes)"),
        (b" \n\t\r\n  ", "is empty (only whitespace)"),
        (codecs.BOM_UTF8, "is empty (only whitespace)"),
    ],
)
def test_empty(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _error(path) == f"{path}: {message}"


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("paper.txt", b"abc\x00def" * 10, "contains NUL bytes"),
        ("paper.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ],
)
def test_binary(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert _error(path) == (
        f"{path}: looks like a binary file ({kind}); refcheck reads text (.txt, .text), "
        "markdown (.md, .markdown, .mdown, .mkd), docx (.docx, .docm, .dotx, .dotm), "
        "jats (.nxml, .xml), pdf (.pdf), latex (.tex, .latex, .ltx)"
    )


@pytest.mark.parametrize("name", ["paper.rtf", "paper.txt"])
def test_rtf_is_refused_not_read_as_prose(tmp_path: Path, name: str) -> None:
    """Word's "Save as RTF" is text of control words: read as prose it gave a finding on
    "{\\rtf1" (no reference list) and none on the paper; it is refused in one line, exit 2."""
    path = tmp_path / name
    path.write_bytes(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello (Smith, 2010).\\par}")
    assert _error(path) == (
        f"{path}: looks like an RTF document; refcheck reads text (.txt, .text), "
        "markdown (.md, .markdown, .mdown, .mkd), docx (.docx, .docm, .dotx, .dotm), "
        "jats (.nxml, .xml), pdf (.pdf), latex (.tex, .latex, .ltx)"
    )


def test_pdf_bytes_under_another_name_are_read_by_the_pdf_reader(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert _error(path) == f"{path}: is a corrupt or truncated PDF (PDFium cannot parse it)"


def test_a_zip_that_claims_to_be_docx_is_read_by_the_docx_reader(tmp_path: Path) -> None:
    path = tmp_path / "paper"
    path.write_bytes(_docx_bytes())  # a zip with an empty, namespace-less word/document.xml
    assert _error(path).startswith(f"{path}: is a corrupt DOCX")


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"(Nye, 2013) " * 300)
    monkeypatch.setattr(ingest, "MAX_BYTES", 2048)
    assert _error(path) == f"{path}: is too large (4 KB > 2 KB)"
    monkeypatch.setattr(ingest, "MAX_BYTES", 3 * 1024 * 1024)
    assert _error_free(path)


def _error_free(path: Path) -> bool:
    return read_document(path).source.startswith("(Nye, 2013)")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("x")

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ingest, "open", refuse, raising=False)
    assert _error(path) == f"{path}: permission denied"


def test_invalid_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Line one\nSmith \x81\x8d\x8f\x90\x9d\x81\x8d (2001)\n")
    assert _error(path) == (
        f"{path}: is not valid UTF-8 (byte 0x81 at line 2, column 7) and its encoding "
        "could not be detected; save it as UTF-8"
    )


def test_legacy_encoding_file(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    doc = read_document(path)
    assert (doc.source, doc.encoding) == (RUSSIAN, "cp1251")
    assert doc.position(doc.source.index("(2010)")) == (2, 13)


def test_one_megabyte_line_reads_fast(tmp_path: Path) -> None:
    path = tmp_path / "line.md"
    line = ("As *Nye* (2013) and Smith_x (2001) said, see <http://a.org/b> [x](y). " * 15000)[
        : 1024 * 1024
    ]
    path.write_text(line, encoding="utf-8")
    started = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - started < 5.0
    assert len(doc.text) == len(line) and doc.position(len(line)) == (1, len(line) + 1)
    assert len(doc.regions_of("emphasis")) == line.count("*Nye*")


def test_input_file_is_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "paper.md"
    content = codecs.BOM_UTF8 + b"# References\r\n*Title* (2009)\r\n"
    path.write_bytes(content)
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = path.stat()
    read_document(path)
    after = path.stat()
    assert path.read_bytes() == content
    assert (after.st_mtime_ns, after.st_size, after.st_mode) == (
        before.st_mtime_ns,
        before.st_size,
        before.st_mode,
    )


def test_document_from_text_markdown() -> None:
    doc = document_from_text("*T* (2009)", format="markdown")
    assert (doc.path, doc.format, doc.text) == ("<text>", "markdown", " T  (2009)")
    assert document_from_text("").source == ""

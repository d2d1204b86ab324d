"""Bibliography files (``--bib``): BibTeX reading and writing, plain-text lists, bad input."""

from __future__ import annotations

import codecs
import string
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.errors import InputError
from refcheck.ingest import bibliography
from refcheck.ingest.bibliography import is_bibtex, load_bibliography, read_bibliography
from refcheck.ingest.bibtex import (
    _LATEX_SPECIALS,
    bibtex_keys,
    delatex,
    parse_bibtex,
    render_bibtex,
    render_raw,
)
from refcheck.model import Person, Reference
from refcheck.references import parse_reference

SAMPLE_BIB = r"""% Sample bibliography for refcheck tests
@string{ap = "Asian Perspective"}

@article{freire2009,
  author  = {Freire, Maria Raquel},
  title   = {Russian Policy In {Central Asia}: Supporting, Balancing, Coercing, Or Imposing?},
  journal = ap,
  year    = 2009,
  volume  = {33},
  number  = {2},
  pages   = {125--14},
  url     = {http://www.jstor.org/stable/42704675},
  urldate = {2020-03-18},
}

@article{vanherpen2015,
  author  = {van Herpen, Marcel H. and {\'C}wiek-Karpowicz, Jaros{\l}aw and G{\"o}recki, Wojciech and others},
  title   = {Putin's Propaganda \emph{Machine} -- Soft Power \& Russian Foreign Policy},
  journaltitle = {Politics},
  date    = {2015-04-01},
  doi     = {https://doi.org/10.1111/1467-9256.12100},
}

@book{who2020,
  author    = {{World Health Organization}},
  title     = {World Health Statistics 2020},
  publisher = {WHO Press},
  year      = {2020},
  note      = {Accessed: 10 May 2021},
}

@incollection{ripsman2009,
  author    = {Ripsman, Norrin M. and Taliaferro, Jeffrey W. and Lobell, Steven E.},
  title     = {Conclusion: The State of Neoclassical Realism},
  crossref  = {lobell2009},
  pages     = {280--299},
}

@book{lobell2009,
  editor    = {Lobell, Steven E.},
  title     = {Neoclassical Realism, the State, and Foreign Policy},
  publisher = {Cambridge University Press},
  year      = {2009},
}

@misc{kuzmin2008,
  author       = {Kuzmin, V.},
  title        = {Putin spoke at {NATO}},
  howpublished = {\url{https://rg.ru/2008/04/05/putin_nato%20x.html}},
  year         = {2008},
}
"""

_FIELDS = ("id", "key", "kind", "authors", "corporate", "et_al", "year", "title", "container")
_MORE = ("publisher", "volume", "issue", "pages", "doi", "doi_raw", "url", "accessed")

EXPECTED: dict[str, dict[str, Any]] = {
    "freire2009": {
        "id": "b1",
        "kind": "journal",
        "authors": (Person("Freire", "Maria Raquel"),),
        "corporate": False,
        "et_al": False,
        "year": "2009",
        "title": "Russian Policy In Central Asia: Supporting, Balancing, Coercing, Or Imposing?",
        "container": "Asian Perspective",
        "publisher": None,
        "volume": "33",
        "issue": "2",
        "pages": "125–14",
        "doi": None,
        "doi_raw": None,
        "url": "http://www.jstor.org/stable/42704675",
        "accessed": "2020-03-18",
    },
    "vanherpen2015": {
        "id": "b2",
        "kind": "journal",
        "authors": (
            Person("van Herpen", "Marcel H."),
            Person("Ćwiek-Karpowicz", "Jarosław"),
            Person("Görecki", "Wojciech"),
        ),
        "corporate": False,
        "et_al": True,
        "year": "2015",
        "title": "Putin's Propaganda Machine – Soft Power & Russian Foreign Policy",
        "container": "Politics",
        "publisher": None,
        "volume": None,
        "issue": None,
        "pages": None,
        "doi": "10.1111/1467-9256.12100",
        "doi_raw": "https://doi.org/10.1111/1467-9256.12100",  # a link in the doi field
        "url": None,
        "accessed": None,
    },
    "who2020": {
        "id": "b3",
        "kind": "book",
        "authors": (Person("World Health Organization"),),
        "corporate": True,
        "et_al": False,
        "year": "2020",
        "title": "World Health Statistics 2020",
        "container": None,
        "publisher": "WHO Press",
        "volume": None,
        "issue": None,
        "pages": None,
        "doi": None,
        "doi_raw": None,
        "url": None,
        "accessed": "10 May 2021",
    },
    "ripsman2009": {
        "id": "b4",
        "kind": "chapter",
        "authors": (
            Person("Ripsman", "Norrin M."),
            Person("Taliaferro", "Jeffrey W."),
            Person("Lobell", "Steven E."),
        ),
        "corporate": False,
        "et_al": False,
        "year": "2009",  # inherited through crossref
        "title": "Conclusion: The State of Neoclassical Realism",
        "container": "Neoclassical Realism, the State, and Foreign Policy",
        "publisher": "Cambridge University Press",
        "volume": None,
        "issue": None,
        "pages": "280–299",
        "doi": None,
        "doi_raw": None,
        "url": None,
        "accessed": None,
    },
    "lobell2009": {
        "id": "b5",
        "kind": "book",
        "authors": (Person("Lobell", "Steven E."),),  # editors when there is no author
        "corporate": False,
        "et_al": False,
        "year": "2009",
        "title": "Neoclassical Realism, the State, and Foreign Policy",
        "container": None,
        "publisher": "Cambridge University Press",
        "volume": None,
        "issue": None,
        "pages": None,
        "doi": None,
        "doi_raw": None,
        "url": None,
        "accessed": None,
    },
    "kuzmin2008": {
        "id": "b6",
        "kind": "web",
        "authors": (Person("Kuzmin", "V."),),
        "corporate": False,
        "et_al": False,
        "year": "2008",
        "title": "Putin spoke at NATO",
        "container": None,
        "publisher": None,
        "volume": None,
        "issue": None,
        "pages": None,
        "doi": None,
        "doi_raw": None,
        "url": "https://rg.ru/2008/04/05/putin_nato%20x.html",
        "accessed": None,
    },
}


@pytest.fixture
def sample_bib(tmp_path: Path) -> Path:
    path = tmp_path / "refs.bib"
    path.write_text(SAMPLE_BIB, encoding="utf-8")
    return path


def test_sample_keys_in_file_order(sample_bib: Path) -> None:
    references = read_bibliography(sample_bib)
    assert [r.key for r in references] == list(EXPECTED)


@pytest.mark.parametrize("key", list(EXPECTED))
def test_sample_fields(sample_bib: Path, key: str) -> None:
    reference = {r.key: r for r in read_bibliography(sample_bib)}[key]
    got = {name: getattr(reference, name) for name in (*_FIELDS, *_MORE) if name != "key"}
    assert got == EXPECTED[key]
    assert reference.origin == str(sample_bib)
    assert reference.urls == ((reference.url,) if reference.url else ())


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        (
            "freire2009",
            "Freire, M.R. (2009). Russian Policy In Central Asia: Supporting, Balancing, "
            "Coercing, Or Imposing? Asian Perspective, 33(2), 125–14. "
            "http://www.jstor.org/stable/42704675",
        ),
        (
            "vanherpen2015",
            "van Herpen, M.H., Ćwiek-Karpowicz, J., Görecki, W., et al. (2015). Putin's "
            "Propaganda Machine – Soft Power & Russian Foreign Policy. Politics. "
            "https://doi.org/10.1111/1467-9256.12100",
        ),
        ("who2020", "World Health Organization (2020). World Health Statistics 2020. WHO Press."),
        (
            "ripsman2009",
            "Ripsman, N.M., Taliaferro, J.W., & Lobell, S.E. (2009). Conclusion: The State of "
            "Neoclassical Realism. Neoclassical Realism, the State, and Foreign Policy, "
            "280–299. Cambridge University Press.",
        ),
    ],
)
def test_raw_rendering(sample_bib: Path, key: str, raw: str) -> None:
    reference = {r.key: r for r in read_bibliography(sample_bib)}[key]
    assert reference.raw == raw


def test_pybtex_prints_nothing(sample_bib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = sample_bib.with_name("broken.bib")
    broken.write_text(SAMPLE_BIB + "\n@article{x, author = {A}\n title = {B}}\n@book{y, t = q}\n")
    load_bibliography(broken)
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "")


@pytest.mark.parametrize(
    ("value", "plain"),
    [
        ("{\\'C}wiek-Karpowicz", "Ćwiek-Karpowicz"),
        ('G{\\"o}recki', "Görecki"),
        ("Jaros{\\l}aw", "Jarosław"),
        ("Espa\\~{n}a", "España"),
        ("Russian Policy In {Central Asia}", "Russian Policy In Central Asia"),
        ("\\textit{Foreign} \\emph{Policy}", "Foreign Policy"),
        ("50% of \\& x", "50% of & x"),
        ("125--14", "125–14"),
        ("a---b", "a—b"),
        ("``quoted''", "“quoted”"),
        ("Smith~J", "Smith J"),
        ("\\LaTeX{} tools", "LaTeX tools"),
        ("  spaced\n   out ", "spaced out"),
        ("{unbalanced", "unbalanced"),
        ("\\unknowncommand{x}", "x"),
    ],
)
def test_delatex(value: str, plain: str) -> None:
    assert delatex(value) == plain


def test_syntax_error_keeps_other_entries(tmp_path: Path) -> None:
    path = tmp_path / "broken.bib"
    path.write_text(
        "@article{good1, author = {A, B}, title = {T1}, year = {2001}}\n"
        "@article{bad,\n"
        "  author = {Foo, B}\n"
        "  title = {x}\n"
        "}\n"
        "@article{good2, author = {C, D}, title = {T2}, year = {2002}}\n",
        encoding="utf-8",
    )
    loaded = load_bibliography(path)
    assert [r.key for r in loaded.references] == ["good1", "good2"]
    assert [r.id for r in loaded.references] == ["b1", "b2"]
    assert loaded.errors == (f"{path}:4: syntax error: '}}' expected",)
    with pytest.raises(InputError) as caught:
        read_bibliography(path)
    assert str(caught.value) == f"{path}:4: syntax error: '}}' expected"


def test_duplicate_key_and_field_are_warnings(tmp_path: Path) -> None:
    path = tmp_path / "dup.bib"
    path.write_text(
        "@book{same, title = {One}, title = {Again}, year = 2001}\n\n@book{Same, title = {Two}}\n",
        encoding="utf-8",
    )
    loaded = load_bibliography(path)
    assert [(r.key, r.title) for r in loaded.references] == [("same", "One"), ("Same", "Two")]
    assert loaded.errors == ()
    assert loaded.warnings == (
        f"{path}:1: entry same repeats the title field",
        f"{path}:3: duplicate key Same (first defined on line 1)",
    )
    assert len(read_bibliography(path)) == 2


def test_undefined_macro_is_a_warning() -> None:
    parsed = parse_bibtex("@article{k, journal = jpr, title = {T}, month = jun}", "x.bib")
    assert parsed.errors == ()
    assert parsed.warnings == ("x.bib:1: undefined @string macro 'jpr'",)
    assert (parsed.references[0].title, parsed.references[0].container) == ("T", None)


def test_malformed_doi_keeps_written_form() -> None:
    parsed = parse_bibtex("@article{k, doi = {https://doi.org/doi:10.1016/j.orbis.2020.05.005}}")
    reference = parsed.references[0]
    assert reference.doi == "10.1016/j.orbis.2020.05.005"
    assert reference.doi_raw == "https://doi.org/doi:10.1016/j.orbis.2020.05.005"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty (0 bytes)"),
        (b"  \n ", "is empty (only whitespace)"),
        (b"% only a comment\n", "no BibTeX entries found"),
        (b"%PDF-1.5\n", "looks like a binary file (PDF); a bibliography must be BibTeX (.bib) "),
    ],
)
def test_bad_bib_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "refs.bib"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_bibliography(path)
    assert str(caught.value).startswith(f"{path}: {message}")


def test_missing_bib(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_bibliography(tmp_path / "none.bib")


def test_bib_is_not_modified(sample_bib: Path) -> None:
    before = (sample_bib.read_bytes(), sample_bib.stat().st_mtime_ns)
    read_bibliography(sample_bib)
    assert (sample_bib.read_bytes(), sample_bib.stat().st_mtime_ns) == before


def test_latin1_bib(tmp_path: Path) -> None:
    path = tmp_path / "old.bib"
    path.write_bytes("@book{g, author = {Górecki, W.}, title = {Título}}".encode("latin-1"))
    (reference,) = read_bibliography(path)
    assert (reference.authors, reference.title) == ((Person("Górecki", "W."),), "Título")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.bib", "anything", True),
        ("a.BIBTEX", "", True),
        ("a.txt", "% c\n  @Article{x,", True),
        ("a.txt", "@misc(x,", True),
        ("a.txt", "References\n@twitter", False),
        ("a", "Smith, J. (2001). T.", False),
    ],
)
def test_is_bibtex(name: str, text: str, expected: bool) -> None:
    assert is_bibtex(name, text) is expected


def test_plain_text_list_goes_to_reference_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str]] = []

    def fake(text: str, origin: str) -> tuple[Reference, ...]:
        calls.append((text, origin))
        return (Reference("r1", text.strip(), origin=origin),)

    monkeypatch.setattr(bibliography, "parse_reference_list", fake)
    path = tmp_path / "list.txt"
    path.write_bytes("Список литературы\nИванов И.И. (2010). Наука.\n".encode("cp1251"))
    loaded = load_bibliography(path)
    assert loaded.format == "text"
    assert calls == [("Список литературы\nИванов И.И. (2010). Наука.\n", str(path))]
    assert loaded.references[0].origin == str(path)

    monkeypatch.setattr(bibliography, "parse_reference_list", lambda text, origin: ())
    with pytest.raises(InputError, match=r": no references found$"):
        read_bibliography(path)


# -- writing ------------------------------------------------------------------------------------

RENDER_INPUT = (
    Reference(
        "r1",
        "raw",
        authors=(Person("Freire", "M.R."),),
        year="2009",
        title="Russian Policy In Central Asia",
        container="Asian Perspective",
        volume="33",
        issue="2",
        pages="125–14",
        url="http://www.jstor.org/stable/42704675",
        accessed="March 18, 2020",
        kind="journal",
    ),
    Reference(
        "r2",
        "raw",
        authors=(Person("Laruelle", "M."),),
        year="2008",
        title="Russian Eurasianism",
        publisher="Woodrow Wilson Center Press",
        kind="book",
    ),
    Reference(
        "r3",
        "raw",
        authors=(Person("Laruelle", "M."),),
        year="2008",
        title="Second & 50% of_it",
        container="Russie.Nei.Visions",
        kind="report",
    ),
    Reference(
        "r4",
        "raw",
        authors=(Person("Embassy of the Russian Federation to the Republic of Kazakhstan"),),
        corporate=True,
        year="n.d.",
        title="Site",
        url="https://kazakhstan.mid.ru/a_b%20c",
        kind="web",
    ),
    Reference(
        "r5",
        "raw",
        authors=(Person("Иванов", "И.И."), Person("van Herpen", "M.")),
        et_al=True,
        year="2013a",
        title="Внешняя политика",
        container="Полис",
        volume="3",
        kind="journal",
        doi="10.1111/1467-9256.12100",
    ),
    Reference(
        "r6",
        "raw",
        authors=(Person("Özertem", "H. S."),),
        year="2009",
        title="Russia's Soft Power [Thesis]",
        publisher="Middle East Technical University",
        kind="thesis",
    ),
    Reference(
        "r7",
        "raw",
        authors=(Person("Ripsman", "N."),),
        year="2009",
        title="Conclusion",
        container="Neoclassical Realism",
        pages="280–299",
        kind="chapter",
        key="rip09",
    ),
    Reference(
        "r8",
        "raw",
        title="Kazakhstan otkazalsya priznat'",
        year="2008",
        container="Radio Azattyk",
        url="http://rus.azattyq.org/x.html",
        accessed="27 Sept 2014",
    ),
)

RENDERED = """\
@article{freire2009,
    author = "Freire, M.R.",
    title = "Russian Policy In Central Asia",
    journal = "Asian Perspective",
    year = "2009",
    volume = "33",
    number = "2",
    pages = "125--14",
    url = "http://www.jstor.org/stable/42704675",
    urldate = "2020-03-18"
}

@book{laruelle2008a,
    author = "Laruelle, M.",
    title = "Russian Eurasianism",
    publisher = "Woodrow Wilson Center Press",
    year = "2008"
}

@techreport{laruelle2008b,
    author = "Laruelle, M.",
    title = "Second \\& 50\\% of\\_it",
    institution = "Russie.Nei.Visions",
    year = "2008"
}

@misc{embassy-nd,
    author = "{Embassy of the Russian Federation to the Republic of Kazakhstan}",
    title = "Site",
    year = "n.d.",
    url = "https://kazakhstan.mid.ru/a_b%20c"
}

@article{ivanov2013a,
    author = "Иванов, И.И. and van Herpen, M. and others",
    title = "Внешняя политика",
    journal = "Полис",
    year = "2013a",
    volume = "3",
    doi = "10.1111/1467-9256.12100"
}

@phdthesis{ozertem2009,
    author = "Özertem, H. S.",
    title = "Russia's Soft Power [Thesis]",
    school = "Middle East Technical University",
    year = "2009"
}

@incollection{rip09,
    author = "Ripsman, N.",
    title = "Conclusion",
    booktitle = "Neoclassical Realism",
    year = "2009",
    pages = "280--299"
}

@misc{kazakhstan2008,
    title = "Kazakhstan otkazalsya priznat'",
    howpublished = "Radio Azattyk",
    year = "2008",
    url = "http://rus.azattyq.org/x.html",
    urldate = "2014-09-27"
}
"""


def test_render_bibtex_golden() -> None:
    assert render_bibtex(RENDER_INPUT) == RENDERED


def test_writer_fast_path_matches_latexcodec() -> None:
    characters = string.printable + "éüłΩжЁ–—«»’“”…€£§°±×÷¿¡\xa0"
    changed = {ch for ch in characters if codecs.encode(ch, "ulatex+utf8") != ch}
    assert changed == set(_LATEX_SPECIALS)


def test_render_empty() -> None:
    assert render_bibtex(()) == ""


def test_render_then_read_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.bib"
    path.write_text(render_bibtex(RENDER_INPUT), encoding="utf-8")
    back = read_bibliography(path)
    assert len(back) == len(RENDER_INPUT)
    for original, read in zip(RENDER_INPUT, back, strict=True):
        assert read.authors == original.authors
        assert (read.year, read.title, read.doi, read.url) == (
            original.year,
            original.title,
            original.doi,
            original.url,
        )
        assert read.et_al == original.et_al and read.corporate == original.corporate
        assert read.pages == original.pages and read.volume == original.volume
    assert [r.accessed for r in back] == [
        "2020-03-18",
        None,
        None,
        None,
        None,
        None,
        None,
        "2014-09-27",
    ]


def test_accessed_that_is_not_a_date_goes_to_note() -> None:
    reference = Reference("r1", "raw", title="T", accessed="sometime in spring")
    rendered = render_bibtex((reference,))
    assert 'note = "Accessed sometime in spring"' in rendered
    assert parse_bibtex(rendered).references[0].accessed == "sometime in spring"


@pytest.mark.parametrize(
    ("references", "keys"),
    [
        (
            [
                Reference("r1", "", authors=(Person("Tsygankov", "A."),), year="2013a"),
                Reference("r2", "", authors=(Person("Tsygankov", "A."),), year="2013b"),
                Reference("r3", "", authors=(Person("Tsygankov", "A."),), year="2005"),
            ],
            ("tsygankov2013a", "tsygankov2013b", "tsygankov2005"),
        ),
        (
            [
                Reference("r1", "", authors=(Person("Ćwiek-Karpowicz", "J."),), year="2012"),
                Reference("r2", "", authors=(Person("van Herpen", "M."),), year="2015"),
                Reference("r3", "", authors=(Person("Әбішев", "Қ."),), year="2019"),
                Reference("r4", "", title="The Soft Power", year=None),
                Reference("r5", "", year="2001"),
            ],
            ("cwiekkarpowicz2012", "vanherpen2015", "abishev2019", "soft-nd", "ref2001"),
        ),
        (
            [
                Reference("r1", "", authors=(Person("Smith", "J."),), year="2001", key="smith2001"),
                Reference("r2", "", authors=(Person("Smith", "J."),), year="2001"),
                Reference("r3", "", authors=(Person("Smith", "J."),), year="2001"),
                Reference("r4", "", authors=(Person("Smith", "J."),), year="2001", key="bad key"),
            ],
            ("smith2001", "smith2001a", "smith2001b", "smith2001c"),
        ),
    ],
)
def test_bibtex_keys(references: list[Reference], keys: tuple[str, ...]) -> None:
    assert bibtex_keys(references) == keys


def test_many_clashing_keys_never_run_out() -> None:
    references = [Reference(f"r{n}", "", authors=(Person("Nye"),), year="2013") for n in range(30)]
    keys = bibtex_keys(references)
    assert len(set(keys)) == 30
    assert keys[:2] == ("nye2013a", "nye2013b") and keys[26:28] == ("nye2013aa", "nye2013ab")


def test_render_raw_without_authors() -> None:
    reference = Reference("r1", "", title="Untitled?", container="Site", url="https://a.org")
    assert render_raw(reference) == "(n.d.). Untitled? Site. https://a.org"


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéøüćłĆŁÖ", min_size=1, max_size=8)
_TITLE_WORD = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCXYZéüłΩж0123456789&%$#_?!:;.,'\"[]()/+=*@<>^~`-|",
    min_size=1,
    max_size=8,
)


@st.composite
def _references(draw: st.DrawFn) -> Reference:
    people = draw(
        st.lists(
            st.builds(
                Person,
                _WORD.map(str.capitalize),
                st.sampled_from(["", "J.", "M.R.", "Anna", "J. B."]),
            ),
            min_size=0,
            max_size=3,
        )
    )
    title = " ".join(draw(st.lists(_TITLE_WORD, min_size=1, max_size=6)))
    return Reference(
        "r1",
        "",
        authors=tuple(people),
        year=draw(st.sampled_from([None, "2009", "2013b", "n.d."])),
        title=title,
        container=draw(st.sampled_from([None, "Politics", "Soft & Hard"])),
        volume=draw(st.sampled_from([None, "12"])),
        pages=draw(st.sampled_from([None, "1–20", "e12"])),
        doi=draw(st.sampled_from([None, "10.1000/a_b(c)<1>"])),
        url=draw(st.sampled_from([None, "https://a.org/x_y?q=1&r=%20"])),
        kind=draw(st.sampled_from([None, "journal", "book", "web", "chapter", "thesis"])),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(_references(), min_size=1, max_size=3))
def test_round_trip_property(references: list[Reference]) -> None:
    references = [replace(r, id=f"r{n}") for n, r in enumerate(references)]
    parsed = parse_bibtex(render_bibtex(references))
    assert parsed.errors == ()
    assert len(parsed.references) == len(references)
    for original, read in zip(references, parsed.references, strict=True):
        assert read.authors == original.authors
        assert read.title == " ".join(original.title.split())  # type: ignore[union-attr]
        assert (read.year, read.doi, read.url, read.pages) == (
            original.year,
            original.doi,
            original.url,
            original.pages,
        )


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet='@{}(),=#%"\\ \nabcAB1', max_size=120))
def test_parse_bibtex_never_raises(text: str) -> None:
    parsed = parse_bibtex(text, "x.bib")
    assert all(r.origin == "x.bib" for r in parsed.references)
    assert all("\n" not in line for line in (*parsed.errors, *parsed.warnings))


def test_entries_are_located_at_their_key_in_the_bib_file() -> None:
    references = parse_bibtex(SAMPLE_BIB, "refs.bib").references
    for reference in references:
        assert reference.span is not None and reference.key is not None
        head = SAMPLE_BIB[reference.span.start : reference.span.end]
        assert head.startswith("@") and head.endswith(reference.key)
        assert SAMPLE_BIB.count("\n", 0, reference.span.start) + 1 == reference.span.line


def test_a_person_named_others_is_no_et_al() -> None:
    """BibTeX's "and others" is lower case; "Others" is a person (found by the round-trip
    property test above)."""
    people = (Person("Others", ""), Person("Smith", "J."))
    read = parse_bibtex(render_bibtex([Reference("r1", "", authors=people, title="T")]))
    assert (read.references[0].authors, read.references[0].et_al) == (people, False)
    text = "@article{a, author = {Smith, J. and others}, title = {T}}"
    assert parse_bibtex(text).references[0].et_al is True


def test_an_edited_books_editors_are_its_names_marked_as_editors(tmp_path: Path) -> None:
    path = tmp_path / "eds.bib"
    path.write_text(
        "@book{ed, editor = {Seward, A. C.}, title = {Darwin and Modern Science}, year = {1909}}\n"
        "@book{au, author = {Darwin, C.}, editor = {Seward, A. C.}, title = {T}, year = {1909}}\n",
        encoding="utf-8",
    )
    loaded = load_bibliography(path)
    assert [([p.family for p in r.authors], r.editors) for r in loaded.references] == [
        (["Seward"], True),
        (["Darwin"], False),
    ]


def test_extract_writes_an_edited_books_names_as_its_editor() -> None:
    edited = parse_reference("Seward, A. C. (ed.). 1909. Darwin and Modern Science.", "r1")
    written = render_bibtex([edited])
    assert "editor = " in written and "author = " not in written
    reread = parse_bibtex(written).references[0]
    assert ([p.family for p in reread.authors], reread.editors) == (["Seward"], True)

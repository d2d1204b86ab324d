"""The learned reference-string labeller: tokens, training data readers, label harmonisation,
training a small model, field extraction, and that nothing makes it raise."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refcheck.crf import labeller
from refcheck.crf.combine import combine
from refcheck.crf.data import (
    Labelled,
    dev_articles,
    is_held_out,
    read_anystyle,
    read_corpus,
    read_grobid,
    read_jats_mixed,
)
from refcheck.crf.features import sequence_features
from refcheck.crf.fields import crf_fields
from refcheck.crf.tokens import tokenize
from refcheck.crf.train import main as train_main
from refcheck.crf.train import token_labels
from refcheck.refparse_fields import parse_fields


def test_tokens_keep_offsets_and_hold_urls_and_dois_whole() -> None:
    text = "O'Brien J. (2001a). Title, pp. 1–9. doi:10.1000/x.y http://a.org/b?c=1."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "O'Brien", "J", ".", "(", "2001", "a", ")", ".", "Title", ",", "pp", ".", "1", "–",
        "9", ".", "doi:10.1000/x.y", "http://a.org/b?c=1", ".",
    ]  # fmt: skip
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.space_before for t in tokens[:4]] == [True, True, False, True]


def test_features_describe_position_and_neighbours() -> None:
    text = "Smith J (2001) “A title.” In: Book. 2001"
    rows = sequence_features(text, tokenize(text))
    first, year, in_word = rows[0], rows[3], rows[10]
    assert "w=smith" in first and "idx=0" in first and "-1:edge" in first
    assert "year" in year and "inparen" in year
    assert "after_closing_quote" in in_word and "afteryear" in in_word
    assert "w=in" in in_word


ANYSTYLE = """<?xml version="1.0" encoding="UTF-8"?>
<dataset>
  <sequence>
    <citation-number>[3]</citation-number>
    <author>Smith, J.,</author>
    <date>(2001).</date>
    <title>A title.</title>
    <journal>J. Biol.,</journal>
    <volume>27(5),</volume>
    <pages>1–9.</pages>
  </sequence>
</dataset>
"""

TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><back><listBibl>
<bibl><author>J. P. COLLMAN</author>. <title level="j">Acc. Chem. Res.</title> <biblScope type="vol">10</biblScope>, <biblScope type="pp">265</biblScope> (<date>1977</date>);</bibl>
</listBibl></back></text></TEI>
"""

JATS = """<?xml version="1.0" encoding="UTF-8"?>
<article><back><ref-list><ref id="r1"><mixed-citation publication-type="journal">
<person-group person-group-type="author"><name><surname>Levin</surname><given-names>LA</given-names></name>, <name><surname>Orphan</surname><given-names>VJ</given-names></name>, <etal/></person-group> (<year>2012</year>) <article-title>A seep</article-title>. <source>Proc Biol Sci</source> <volume>279</volume>: <fpage>2580</fpage>–<lpage>2588</lpage> <comment>doi:<ext-link ext-link-type="uri" xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="http://dx.doi.org/10.1098/rspb.2012.0205">10.1098/rspb.2012.0205</ext-link></comment></mixed-citation></ref></ref-list></back></article>
"""


def _segments(item: Labelled) -> list[tuple[str, str]]:
    return [(label, item.text[start:end]) for label, start, end in item.segments]


def test_anystyle_reader_splits_issue_out_of_volume(tmp_path: Path) -> None:
    path = tmp_path / "core.xml"
    path.write_text(ANYSTYLE, encoding="utf-8")
    (item,) = read_anystyle(path)
    assert item.text == "[3] Smith, J., (2001). A title. J. Biol., 27(5), 1–9."
    assert _segments(item) == [
        ("number", "[3]"),
        ("author", "Smith, J.,"),
        ("date", "(2001)."),
        ("title", "A title."),
        ("container", "J. Biol.,"),
        ("volume", "27("),
        ("issue", "5"),
        ("volume", "),"),
        ("pages", "1–9."),
    ]


def test_grobid_reader_keeps_the_punctuation_between_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.training.references.tei.xml"
    path.write_text(TEI, encoding="utf-8")
    (item,) = read_grobid(path)
    assert item.text == "J. P. COLLMAN. Acc. Chem. Res. 10, 265 (1977);"
    assert _segments(item) == [
        ("author", "J. P. COLLMAN"),
        ("container", "Acc. Chem. Res."),
        ("volume", "10"),
        ("pages", "265"),
        ("date", "1977"),
    ]


def test_jats_reader_prints_names_as_plos_does(tmp_path: Path) -> None:
    path = tmp_path / "journal.pone.1.xml"
    path.write_text(JATS, encoding="utf-8")
    (item,) = read_jats_mixed(path)
    assert item.text.strip() == (
        "Levin LA, Orphan VJ, et al. (2012) A seep. Proc Biol Sci 279: 2580–2588 "
        "doi:10.1098/rspb.2012.0205"
    )
    assert _segments(item) == [
        ("author", "Levin LA, Orphan VJ, et al."),
        ("date", "2012"),
        ("title", "A seep"),
        ("container", "Proc Biol Sci"),
        ("volume", "279"),
        ("pages", "2580–2588"),
        ("doi", "10.1098/rspb.2012.0205"),
    ]


def test_labels_follow_one_punctuation_convention(tmp_path: Path) -> None:
    """AnyStyle's trailing commas and full stops leave the field; JATS's commas between
    authors join it: both sources then label "Smith J, Jones K." the same way."""
    path = tmp_path / "journal.pone.1.xml"
    path.write_text(JATS, encoding="utf-8")
    (item,) = read_jats_mixed(path)
    _, labels = token_labels(item)
    words = [t.text for t in tokenize(item.text)]
    assert list(zip(words, labels, strict=True))[:10] == [
        ("Levin", "author"), ("LA", "author"), (",", "author"), ("Orphan", "author"),
        ("VJ", "author"), (",", "author"), ("et", "author"), ("al", "author"), (".", "other"),
        ("(", "other"),
    ]  # fmt: skip
    any_path = tmp_path / "good.xml"
    any_path.write_text(ANYSTYLE, encoding="utf-8")
    (anystyle,) = read_anystyle(any_path)
    _, labels = token_labels(anystyle)
    words = [t.text for t in tokenize(anystyle.text)]
    assert list(zip(words, labels, strict=True))[3:9] == [
        ("Smith", "author"), (",", "author"), ("J", "author"), (".", "author"),
        (",", "other"), ("(", "date"),
    ]  # fmt: skip


def test_corpus_reader_reads_only_training_material(tmp_path: Path) -> None:
    (tmp_path / "anystyle" / "parser").mkdir(parents=True)
    for name in ("core.xml", "gold.xml"):
        (tmp_path / "anystyle" / "parser" / name).write_text(ANYSTYLE, encoding="utf-8")
    grobid = tmp_path / "grobid" / "citation" / "corpus"
    grobid.mkdir(parents=True)
    (grobid / "a.tei.xml").write_text(TEI, encoding="utf-8")
    (grobid / "evaluation-a.tei.xml").write_text(TEI, encoding="utf-8")
    plos = tmp_path / "plos_jats"
    plos.mkdir()
    (plos / "journal.pone.1.xml").write_text(JATS, encoding="utf-8")
    (plos / "journal.pone.2.xml").write_text(JATS, encoding="utf-8")
    (tmp_path / "SPLITS.tsv").write_text(
        "path\tsplit\nplos_jats/journal.pone.1.xml\tdev\nplos_jats/journal.pone.2.xml\teval\n",
        encoding="utf-8",
    )
    assert "journal.pone.1.xml" in dev_articles(tmp_path)
    sources = [item.source for item in read_corpus(tmp_path)]
    assert sources == ["anystyle/core.xml", "grobid/a.tei.xml", "jats/journal.pone.1.xml"]


def test_held_out_split_is_a_stable_fifth() -> None:
    texts = [f"Author{n} A. ({1900 + n % 100}) Title {n}." for n in range(2000)]
    held = [t for t in texts if is_held_out(t)]
    assert 340 <= len(held) <= 460
    assert is_held_out("  ".join(held[0].split(" "))) is True  # spacing does not move a string


def test_training_script_builds_a_model_that_tags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "anystyle" / "parser").mkdir(parents=True)
    names = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright"]
    sequences = "".join(
        f"<sequence><author>{names[n % 8]}, J.,</author><date>({1950 + n}).</date>"
        f"<title>Title number {n}.</title><journal>Journal {n % 7},</journal>"
        f"<volume>{n},</volume><pages>{n}–{n + 9}.</pages></sequence>"
        for n in range(60)
    )
    (corpus / "anystyle" / "parser" / "core.xml").write_text(
        f"<dataset>{sequences}</dataset>", encoding="utf-8"
    )
    model = tmp_path / "model.crfsuite"
    assert train_main([str(corpus), "--out", str(model), "--iterations", "30"]) == 0
    assert model.exists() and "trained on" in capsys.readouterr().out
    monkeypatch.setattr(labeller, "MODEL_PATH", model)
    monkeypatch.setattr(labeller._local, "tagger", False, raising=False)
    fields = crf_fields("Walker, J., (2001). Title number 99. Journal 3, 12, 12–21.")
    assert fields is not None
    assert (fields.year, fields.title, fields.container, fields.volume, fields.pages) == (
        "2001",
        "Title number 99",
        "Journal 3",
        "12",
        "12–21",
    )
    assert [p.family for p in fields.authors] == ["Walker"]


def test_training_script_without_a_corpus_exits_2(tmp_path: Path) -> None:
    assert train_main([str(tmp_path / "absent")]) == 2
    assert train_main([str(tmp_path)]) == 2  # a folder with no training strings


def test_without_a_model_the_rules_parse_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(labeller, "MODEL_PATH", tmp_path / "none.crfsuite")
    monkeypatch.setattr(labeller._local, "tagger", False, raising=False)
    raw = "Nye J. (2013). What China gets. *Foreign Policy*, 12, 1–9."
    rules = parse_fields(raw)
    assert crf_fields(raw) is None
    assert combine(raw, rules) is rules


@pytest.mark.skipif(not labeller.MODEL_PATH.exists(), reason="no shipped model")
def test_shipped_model_reads_a_humanities_entry() -> None:
    """A Chicago-style book the rules read with the book title lost; the labeller reads it."""
    raw = (
        "Bergen, Doris L. Twisted Cross: The German Christian Movement in the Third Reich. "
        "Chapel Hill: University of North Carolina Press, 1996."
    )
    fields = crf_fields(raw)
    assert fields is not None
    assert fields.year == "1996"
    assert fields.title == "Twisted Cross: The German Christian Movement in the Third Reich"
    assert [(p.family, p.given) for p in fields.authors] == [("Bergen", "Doris L.")]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_no_text_makes_the_labeller_raise(text: str) -> None:
    crf_fields(text)
    combine(text, parse_fields(text))


@pytest.mark.skipif(not labeller.MODEL_PATH.exists(), reason="no shipped model")
def test_parse_reference_takes_the_labellers_title_where_the_rules_lose_it() -> None:
    from refcheck.references import parse_reference

    raw = (
        "Charles-Edmond Perrin, Note sur la population de Villeneuve-Saint-Georges au IXe "
        "siècle, Le Moyen Âge, 69, 1963, 75-86."
    )
    title = "Note sur la population de Villeneuve-Saint-Georges au IXe siècle"
    assert parse_fields(raw).title != title  # the rules alone split it elsewhere
    reference = parse_reference(raw, "r1")
    assert (reference.title, reference.container, reference.volume, reference.year) == (
        title,
        "Le Moyen Âge",
        "69",
        "1963",
    )
    assert reference.pages == "75-86"


@pytest.mark.skipif(not labeller.MODEL_PATH.exists(), reason="no shipped model")
def test_emphasis_keeps_the_rules_reading_of_title_and_container() -> None:
    """The author marked the book title; the labeller may only fill what the rules left empty."""
    raw = "Özertem H. S. (2009). *Russia's Soft Power in The Post-Soviet Space [Thesis]*. METU."
    rules = parse_fields(raw)
    merged = combine(raw, rules)
    assert (merged.title, merged.container) == (rules.title, rules.container)
    assert (merged.title, merged.container) == (
        "Russia's Soft Power in The Post-Soviet Space",
        None,
    )

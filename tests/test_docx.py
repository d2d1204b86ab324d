"""DOCX reader: text and locations, notes, links, tracked changes, superscripts, field codes,
bad input. Fixtures are built here: python-docx for ordinary content, raw WordprocessingML
injected into python-docx's package for what its API cannot write (notes, fields, links)."""

from __future__ import annotations

import base64
import io
import json
import os
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx as pydocx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refcheck.api import check_paths
from refcheck.citations import extract_citations
from refcheck.errors import InputError
from refcheck.ingest import read_document, reader_for
from refcheck.ingest.docx import (
    DocxContent,
    parse_docx,
    read_docx,
    read_field_citations,
    read_hyperlinks,
)
from refcheck.ingest.fieldcodes import parse_instruction
from refcheck.model import Document, Person
from refcheck.pipeline import check_document
from refcheck.references import find_reference_section
from tests.factories import cited

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = (
    f'xmlns:w="{W}" xmlns:r="{R}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# -- fixture builders ------------------------------------------------------------------------------


def python_docx_bytes(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def base_package() -> bytes:
    return python_docx_bytes(pydocx.Document())


def package(
    body: str,
    *,
    parts: dict[str, str] | None = None,
    relationships: tuple[tuple[str, str, str, bool], ...] = (),
    styles: str | None = None,
) -> bytes:
    """python-docx's default package with ``body`` as the document body, extra ``parts``
    (footnotes.xml...) and extra relationships ``(id, type, target, external)``."""
    parts = dict(parts or {})
    source = zipfile.ZipFile(io.BytesIO(base_package()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>".encode()
            elif item.filename == "word/_rels/document.xml.rels":
                extra = "".join(
                    f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{escape(target)}"'
                    + (' TargetMode="External"' if external else "")
                    + "/>"
                    for rid, kind, target, external in relationships
                )
                data = data.replace(b"</Relationships>", extra.encode() + b"</Relationships>")
            elif item.filename == "word/styles.xml" and styles is not None:
                data = styles.encode()
            out.writestr(item, data)
        for name, xml in parts.items():
            out.writestr(name, xml)
    return buffer.getvalue()


def run(text: str, props: str = "") -> str:
    pr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{pr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*content: str, style: str | None = None, mark: str = "") -> str:
    props = ""
    if style or mark:
        props = "<w:pPr>"
        props += f'<w:pStyle w:val="{style}"/>' if style else ""
        props += f"<w:rPr>{mark}</w:rPr>" if mark else ""
        props += "</w:pPr>"
    return f"<w:p>{props}{''.join(content)}</w:p>"


def field(instruction: str | list[str], result: str, data: str | None = None) -> str:
    """A complex field: begin (with optional fldData), instruction runs, separate, result, end."""
    chunks = [instruction] if isinstance(instruction, str) else instruction
    fld_data = f"<w:fldData xml:space='preserve'>{data}</w:fldData>" if data else ""
    instr = "".join(
        f'<w:r><w:instrText xml:space="preserve">{escape(chunk)}</w:instrText></w:r>'
        for chunk in chunks
    )
    return (
        f'<w:r><w:fldChar w:fldCharType="begin">{fld_data}</w:fldChar></w:r>{instr}'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{result}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def notes_part(kind: str, notes: dict[str, str]) -> str:
    """A footnotes/endnotes part with Word's two separator notes and the given notes."""
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{kind}>"
    )
    body = "".join(
        f'<w:{kind} w:id="{nid}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f"<w:{kind}Ref/></w:r>{run(' ' + text)}</w:p></w:{kind}>"
        for nid, text in notes.items()
    )
    return f"<w:{kind}s {NAMESPACES}>{separators}{body}</w:{kind}s>"


def note_ref(nid: str, kind: str = "footnote") -> str:
    return (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Reference w:id="{nid}"/></w:r>'
    )


def read(data: bytes, path: str = "paper.docx") -> DocxContent:
    return parse_docx(path, data)


def lines(content: DocxContent) -> list[str]:
    return content.document.source.split("\n")


def locate(doc: Document, text: str) -> tuple[int, int]:
    start = doc.source.index(text)
    span = doc.span(start, start + len(text))
    return span.line, span.column


# -- text and locations ----------------------------------------------------------------------------


def test_python_docx_document_reads_one_line_per_paragraph() -> None:
    document = pydocx.Document()
    document.add_heading("Urban heat", 1)
    paragraph = document.add_paragraph("Heat kills (Smith, 2010) as shown")
    superscript = paragraph.add_run("1,2")
    superscript.font.superscript = True
    paragraph.add_run(" in ")
    italic = paragraph.add_run("Nature")
    italic.italic = True
    paragraph.add_run(".")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Site"
    table.cell(0, 1).text = "Mean (°C)"
    table.cell(1, 0).text = "Madrid"
    table.cell(1, 1).text = "31.5"
    document.add_heading("References", 1)
    document.add_paragraph("Smith, A. (2010). Heat. Nature, 1, 2–3.")
    content = read(python_docx_bytes(document))
    doc = content.document
    assert lines(content) == [
        "Urban heat",
        "Heat kills (Smith, 2010) as shown¹,² in Nature.",
        "Site",
        "Mean (°C)",
        "Madrid",
        "31.5",
        "References",
        "Smith, A. (2010). Heat. Nature, 1, 2–3.",
    ]
    assert doc.format == "docx"
    assert doc.text == doc.source
    assert locate(doc, "Smith, 2010") == (2, 13)
    assert locate(doc, "Madrid") == (5, 1)
    assert locate(doc, "Smith, A.") == (8, 1)
    headings = [doc.source[r.start : r.end] for r in doc.regions_of("heading")]
    assert headings == ["Urban heat", "References"]
    assert [doc.source[r.start : r.end] for r in doc.regions_of("emphasis")] == ["Nature"]


def test_superscript_numbers_are_numeric_callouts() -> None:
    body = (
        para(
            run("Heat kills"),
            run("1,2", '<w:vertAlign w:val="superscript"/>'),
            run(" and shade helps"),
            run("3", '<w:vertAlign w:val="superscript"/>'),
            run("–", '<w:vertAlign w:val="superscript"/>'),
            run("5", '<w:vertAlign w:val="superscript"/>'),
            run(" at 10"),
            run("-6", '<w:vertAlign w:val="superscript"/>'),
            run(" m"),
            run("2", '<w:vertAlign w:val="superscript"/>'),
            run(" on the 20"),
            run("th", '<w:vertAlign w:val="superscript"/>'),
            run(" day."),
        )
        + para(run("References"))
        + "".join(para(run(f"{n}. Author{n} A. Title {n}. J. 2010;1:1.")) for n in range(1, 6))
    )
    content = read(package(body))
    assert lines(content)[0] == "Heat kills¹,² and shade helps³–⁵ at 10⁻⁶ m² on the 20th day."
    report = check_document(content.document)
    numeric = [(c.text, c.numbers) for c in report.citations if c.kind == "numeric"]
    assert numeric == [("¹,²", (1, 2)), ("³–⁵", (3, 4, 5))]
    assert report.style == "numeric"


def test_superscript_from_a_character_style() -> None:
    styles = (
        f"<w:styles {NAMESPACES}>"
        '<w:style w:type="character" w:styleId="Cite"><w:name w:val="Cite"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="CiteBold"><w:name w:val="Cite Bold"/>'
        '<w:basedOn w:val="Cite"/><w:rPr><w:b/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Berschrift1"><w:name w:val="Überschrift 1"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        "</w:styles>"
    )
    body = para(run("Intro"), style="Berschrift1") + para(
        run("Known"), run("7", '<w:rStyle w:val="CiteBold"/>'), run(".")
    )
    doc = read(package(body, styles=styles)).document
    assert doc.source == "Intro\nKnown⁷."
    assert [(r.kind, r.start, r.end) for r in doc.regions] == [("heading", 0, 5)]


def test_tracked_changes_read_as_accepted() -> None:
    body = (
        para(
            run("Heat "),
            '<w:ins w:id="1" w:author="E"><w:r><w:t xml:space="preserve">waves </w:t></w:r></w:ins>',
            '<w:del w:id="2" w:author="E"><w:r><w:delText>never </w:delText></w:r></w:del>',
            run("raise mortality"),
            '<w:moveFrom w:id="3" w:author="E"><w:r><w:t> (Old, 1999)</w:t></w:r></w:moveFrom>',
            '<w:moveTo w:id="4" w:author="E"><w:r><w:t xml:space="preserve"> (Smith, 2010)</w:t>'
            "</w:r></w:moveTo>",
            run("."),
        )
        + para(run("Split by a deleted "), mark='<w:del w:id="5" w:author="E"/>')
        + para(run("paragraph mark."))
        + para(
            '<w:del w:id="6" w:author="E"><w:r><w:delText>Whole deleted.</w:delText></w:r></w:del>',
            mark='<w:del w:id="7" w:author="E"/>',
        )
        + para(run("Last."))
    )
    assert lines(read(package(body))) == [
        "Heat waves raise mortality (Smith, 2010).",
        "Split by a deleted paragraph mark.",
        "Last.",
    ]


def test_manual_line_breaks_and_tabs_and_symbols() -> None:
    body = para(
        run("First"),
        "<w:r><w:br/><w:t>Second</w:t><w:tab/><w:t>tabbed</w:t></w:r>",
        "<w:r><w:t>non</w:t><w:noBreakHyphen/><w:t>breaking</w:t><w:softHyphen/><w:t>x</w:t></w:r>",
        '<w:r><w:sym w:font="Symbol" w:char="F061"/></w:r>',
    )
    content = read(package(body))
    assert content.document.source == "First\nSecond\ttabbednon-breakingxa"
    assert locate(content.document, "Second") == (2, 1)


def test_text_box_follows_its_anchor_and_fallback_is_not_repeated() -> None:
    box = "<w:txbxContent><w:p><w:r><w:t>Box text (Lee, 2018)</w:t></w:r></w:p></w:txbxContent>"
    body = para(
        run("Before box "),
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"{box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
        run("after box."),
    ) + para(run("Next paragraph."))
    assert lines(read(package(body))) == [
        "Before box after box.",
        "Box text (Lee, 2018)",
        "Next paragraph.",
    ]


# -- notes -----------------------------------------------------------------------------------------

FOOTNOTES = f"{REL}/footnotes"


def test_notes_come_last_after_a_notes_heading_in_citation_order() -> None:
    body = (
        para(run("Heat kills"), note_ref("3"), run(" and shade helps"), note_ref("2"), run("."))
        + para(run("References"))
        + para(run("Garcia, M. (2015). Shade. Urban Forestry, 4, 10–20."))
        + para(run("Smith, A. (2010). Heat. Nature, 1, 2–3."))
    )
    parts = {
        "word/footnotes.xml": notes_part(
            "footnote", {"2": "Second note (Smith, 2010).", "3": "First note.", "4": "Unused."}
        ),
        "word/endnotes.xml": notes_part("endnote", {"1": "An endnote."}),
    }
    rels = (
        ("rIdF", "footnotes", "footnotes.xml", False),
        ("rIdE", "endnotes", "endnotes.xml", False),
    )
    content = read(package(body, parts=parts, relationships=rels))
    assert lines(content) == [
        "Heat kills and shade helps.",
        "References",
        "Garcia, M. (2015). Shade. Urban Forestry, 4, 10–20.",
        "Smith, A. (2010). Heat. Nature, 1, 2–3.",
        "Notes",
        " First note.",
        " Second note (Smith, 2010).",
        " Unused.",
        " An endnote.",
    ]
    doc = content.document
    section = find_reference_section(doc)
    assert section is not None
    assert doc.source[section.start : section.end].split("\n") == lines(content)[2:4]
    report = check_document(doc)
    assert [c.text for c in report.citations] == ["Smith, 2010"]
    assert locate(doc, "Smith, 2010") == (7, 15)


def test_a_citation_field_in_a_footnote_points_into_the_notes() -> None:
    body = para(run("Heat kills."), note_ref("1"))
    note = (
        f"<w:footnotes {NAMESPACES}>"
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        f"{run(' See ')}{field(zotero_instruction(), run('Smith and Jones (2010)'))}{run('.')}"
        "</w:p></w:footnote></w:footnotes>"
    )
    nested = "<w:smartTag>" * 200 + run(" Deep.") + "</w:smartTag>" * 200
    content = read(
        package(
            body + para(nested),
            parts={"word/footnotes.xml": note},
            relationships=(("rIdF", "footnotes", "footnotes.xml", False),),
        )
    )
    assert lines(content) == ["Heat kills.", " Deep.", "Notes", " See Smith and Jones (2010)."]
    (citation,) = content.field_citations
    assert (citation.text, citation.span.line, citation.span.column) == (
        "Smith and Jones (2010)",
        4,
        6,
    )


def test_notes_go_before_a_trailing_reference_block_without_heading() -> None:
    body = para(run("Heat kills"), note_ref("1"), run(" (Smith, 2010).")) + "".join(
        para(run(entry))
        for entry in (
            "Garcia, M. (2015). Shade. Urban Forestry, 4, 10–20.",
            "Lee, H. (2018). Canopy. Landscape Journal, 9, 33–41.",
            "Smith, A. (2010). Heat. Nature, 1, 2–3.",
        )
    )
    parts = {"word/footnotes.xml": notes_part("footnote", {"1": "A note."})}
    content = read(
        package(body, parts=parts, relationships=(("rIdF", "footnotes", "footnotes.xml", False),))
    )
    assert lines(content) == [
        "Heat kills (Smith, 2010).",
        "Notes",
        " A note.",
        "Garcia, M. (2015). Shade. Urban Forestry, 4, 10–20.",
        "Lee, H. (2018). Canopy. Landscape Journal, 9, 33–41.",
        "Smith, A. (2010). Heat. Nature, 1, 2–3.",
    ]
    section = find_reference_section(content.document)
    assert section is not None and section.heading is None
    assert content.document.span(section.start, section.end).line == 4


# -- hyperlinks ------------------------------------------------------------------------------------


def test_hyperlinks_keep_their_text_and_expose_their_targets() -> None:
    body = para(
        run("Data at "),
        f'<w:hyperlink r:id="rIdL1">{run("the city portal")}</w:hyperlink>',
        run(" and "),
        field(' HYPERLINK "https://example.org/b" \\o "tip" ', run("https://example.org/b")),
        run(" and "),
        f'<w:hyperlink w:anchor="sec2">{run("section 2")}</w:hyperlink>',
        run("."),
    )
    content = read(
        package(
            body, relationships=(("rIdL1", "hyperlink", "https://example.org/a?x=1&y=2", True),)
        )
    )
    doc = content.document
    assert doc.source == "Data at the city portal and https://example.org/b and section 2."
    found = [
        (doc.source[h.span.start : h.span.end], h.url, h.span.column) for h in content.hyperlinks
    ]
    assert found == [
        ("the city portal", "https://example.org/a?x=1&y=2", 9),
        ("https://example.org/b", "https://example.org/b", 29),
    ]
    assert [doc.source[r.start : r.end] for r in doc.regions_of("hyperlink")] == [
        "the city portal",
        "https://example.org/b",
    ]
    assert [doc.source[r.start : r.end] for r in doc.regions_of("autolink")] == [
        "https://example.org/b"
    ]


@pytest.mark.parametrize(
    ("instruction", "url"),
    [
        (' HYPERLINK "https://a.org/x" ', "https://a.org/x"),
        (" HYPERLINK https://a.org/y \\o tip", "https://a.org/y"),
        (' HYPERLINK \\l "_Toc1" ', None),
        (' hyperlink "mailto:x@y.org"', "mailto:x@y.org"),
    ],
)
def test_hyperlink_field_instructions(instruction: str, url: str | None) -> None:
    code = parse_instruction(instruction)
    assert (code.url if code else None) == url


# -- reference-manager fields ----------------------------------------------------------------------

ZOTERO = {
    "citationID": "a1b2c3",
    "properties": {
        "formattedCitation": "(Smith &amp; Jones, 2010; <i>Garcia</i>, 2015)",
        "plainCitation": "(Smith & Jones, 2010; Garcia, 2015)",
        "noteIndex": 0,
    },
    "citationItems": [
        {
            "id": 101,
            "uris": ["http://zotero.org/users/1/items/ABCD1234"],
            "itemData": {
                "id": 101,
                "type": "article-journal",
                "title": "Heat waves and mortality",
                "container-title": "Journal of Studies",
                "volume": "12",
                "issue": "3",
                "page": "45-67",
                "DOI": "https://doi.org/10.1234/JOS.2010.5",
                "URL": "https://example.org/a",
                "author": [
                    {"family": "Smith", "given": "Anna"},
                    {"family": "Jones", "given": "Bob"},
                ],
                "issued": {"date-parts": [["2010", 5, 1]]},
                "accessed": {"date-parts": [[2020, 1, 9]]},
            },
        },
        {
            "id": 102,
            "uris": ["http://zotero.org/users/1/items/EFGH5678"],
            "itemData": {
                "id": 102,
                "type": "book",
                "title": "Shade",
                "publisher": "City Press",
                "author": [
                    {"family": "Garcia", "given": "María", "non-dropping-particle": "de la"},
                    {"literal": "Urban Heat Group"},
                ],
                "issued": {"raw": "2015-03"},
            },
        },
    ],
    "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
}


def zotero_instruction(value: object = ZOTERO) -> str:
    return " ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(value, ensure_ascii=False) + " "


def split(text: str, size: int = 37) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def test_zotero_citation_field_across_runs() -> None:
    body = para(
        run("Heat kills "),
        field(split(zotero_instruction()), run("(Smith & Jones, 2010; de la Garcia, 2015)")),
        run("."),
    )
    content = read(package(body))
    assert content.document.source == "Heat kills (Smith & Jones, 2010; de la Garcia, 2015)."
    (citation,) = content.field_citations
    assert citation.manager == "zotero"
    assert citation.text == "(Smith & Jones, 2010; de la Garcia, 2015)"
    assert (citation.span.start, citation.span.end) == (11, 52)
    assert (citation.span.line, citation.span.column) == (1, 12)
    assert citation.stored_text == "(Smith & Jones, 2010; Garcia, 2015)"
    assert citation.edited is False
    first, second = citation.items
    assert first.id == "f1" and second.id == "f2"
    assert first.origin == "docx-field"
    assert first.authors == (Person("Smith", "Anna"), Person("Jones", "Bob"))
    assert (first.year, first.title, first.container) == (
        "2010",
        "Heat waves and mortality",
        "Journal of Studies",
    )
    assert (first.volume, first.issue, first.pages) == ("12", "3", "45-67")
    assert (first.doi, first.doi_raw) == (
        "10.1234/JOS.2010.5",
        "https://doi.org/10.1234/JOS.2010.5",
    )
    assert (first.url, first.urls, first.accessed) == (
        "https://example.org/a",
        ("https://example.org/a",),
        "2020-01-09",
    )
    assert (first.kind, first.key) == ("journal", "http://zotero.org/users/1/items/ABCD1234")
    assert first.raw == (
        "Smith, Anna, & Jones, Bob. (2010). Heat waves and mortality. Journal of Studies, 12(3), "
        "45-67. https://doi.org/10.1234/JOS.2010.5"
    )
    assert second.authors == (Person("de la Garcia", "María"), Person("Urban Heat Group"))
    assert (second.year, second.kind, second.publisher, second.corporate) == (
        "2015",
        "book",
        "City Press",
        False,
    )


def test_mendeley_citation_field_and_manual_override() -> None:
    value = {
        "citationID": "MENDELEY_CITATION_1",
        "properties": {"noteIndex": 0},
        "citationItems": [
            {
                "id": "ITEM-1",
                "itemData": {
                    "type": "report",
                    "id": "ITEM-1",
                    "title": "Heat report",
                    "author": [{"literal": "World Health Organization"}],
                    "issued": {"date-parts": [[2018]]},
                },
                "uris": ["http://www.mendeley.com/documents/?uuid=1234"],
            }
        ],
        "mendeley": {
            "formattedCitation": "(World Health Organization, 2018)",
            "plainTextFormattedCitation": "(World Health Organization, 2018)",
            "manualOverride": {"isManuallyOverridden": True, "manualOverrideText": "(WHO, 2018)"},
        },
    }
    instruction = " ADDIN CSL_CITATION " + json.dumps(value)
    body = para(run("See "), field(instruction, run("(WHO, 2018)")), run("."))
    (citation,) = read(package(body)).field_citations
    assert (citation.manager, citation.text, citation.stored_text, citation.edited) == (
        "mendeley",
        "(WHO, 2018)",
        "(World Health Organization, 2018)",
        True,
    )
    (item,) = citation.items
    assert (item.authors, item.corporate, item.year, item.kind, item.key) == (
        (Person("World Health Organization"),),
        True,
        "2018",
        "report",
        "http://www.mendeley.com/documents/?uuid=1234",
    )


ENDNOTE_XML = (
    "<EndNote><Cite><Author>Smith</Author><Year>2010</Year><RecNum>12</RecNum>"
    "<DisplayText>(Smith, 2010)</DisplayText><record><rec-number>12</rec-number>"
    '<ref-type name="Journal Article">17</ref-type><contributors><authors>'
    '<author><style face="normal" font="default" size="100%">Smith, Anna B.</style></author>'
    "<author>Urban Heat Group,</author></authors></contributors>"
    "<titles><title>Heat waves</title><secondary-title>Nature</secondary-title></titles>"
    "<pages>2-3</pages><volume>1</volume><number>4</number><dates><year>2010</year></dates>"
    "<urls><related-urls><url>https://example.org/n</url></related-urls></urls>"
    "<electronic-resource-num>doi:10.1038/nature0001</electronic-resource-num>"
    "</record></Cite><Cite><Author>Lee</Author><Year>2018</Year><RecNum>9</RecNum>"
    '<record><rec-number>9</rec-number><ref-type name="Book">6</ref-type>'
    "<contributors><authors><author>Lee, H.</author></authors></contributors>"
    "<titles><title>Canopy</title></titles><dates><year>2018</year></dates>"
    "<publisher>Green</publisher></record></Cite></EndNote>"
)


def check_endnote(content: DocxContent) -> None:
    (citation,) = content.field_citations
    assert citation.manager == "endnote"
    assert citation.text == "(Smith, 2010; Lee, 2018)"
    assert citation.stored_text == "(Smith, 2010)"
    first, second = citation.items
    assert first.authors == (Person("Smith", "Anna B."), Person("Urban Heat Group"))
    assert (first.year, first.title, first.container, first.volume, first.issue) == (
        "2010",
        "Heat waves",
        "Nature",
        "1",
        "4",
    )
    assert (first.pages, first.doi, first.doi_raw, first.url, first.kind, first.key) == (
        "2-3",
        "10.1038/nature0001",
        "doi:10.1038/nature0001",
        "https://example.org/n",
        "journal",
        "12",
    )
    assert (second.authors, second.year, second.kind, second.publisher, second.key) == (
        (Person("Lee", "H."),),
        "2018",
        "book",
        "Green",
        "9",
    )


def test_endnote_citation_with_the_record_in_the_instruction() -> None:
    body = para(
        run("As shown "),
        field(split(" ADDIN EN.CITE " + ENDNOTE_XML), run("(Smith, 2010; Lee, 2018)")),
    )
    check_endnote(read(package(body)))


def test_endnote_citation_with_the_record_in_nested_field_data() -> None:
    encoded = base64.b64encode(ENDNOTE_XML.encode()).decode()
    nested = (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve">'
        f"{encoded[:40]}\n{encoded[40:]}</w:fldData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE.DATA </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    body = para(
        run("As shown "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE </w:instrText></w:r>'
        f"{nested}"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run('(Smith, 2010; Lee, 2018)')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    content = read(package(body))
    assert content.document.source == "As shown (Smith, 2010; Lee, 2018)"
    check_endnote(content)


def test_simple_field_and_mendeley_cite_content_control() -> None:
    tag = "MENDELEY_CITATION_v3_" + base64.b64encode(json.dumps(ZOTERO).encode()).decode()
    body = para(
        run("A "),
        f'<w:fldSimple w:instr="{escape(zotero_instruction(), {chr(34): "&quot;"})}">'
        f"{run('(Smith & Jones, 2010)')}</w:fldSimple>",
        run(" B "),
        f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent>'
        f"{run('(Garcia, 2015)')}</w:sdtContent></w:sdt>",
    )
    content = read(package(body))
    assert content.document.source == "A (Smith & Jones, 2010) B (Garcia, 2015)"
    assert [(c.manager, c.text, c.span.column, len(c.items)) for c in content.field_citations] == [
        ("zotero", "(Smith & Jones, 2010)", 3, 2),
        ("mendeley", "(Garcia, 2015)", 27, 2),
    ]
    assert [i.id for c in content.field_citations for i in c.items] == ["f1", "f2", "f3", "f4"]


@pytest.mark.parametrize(
    ("instruction", "kind", "manager", "items"),
    [
        (" ADDIN ZOTERO_ITEM CSL_CITATION {not json", "citation", "zotero", 0),
        (" ADDIN ZOTERO_ITEM CSL_CITATION [1, 2]", "citation", "zotero", 0),
        (
            ' ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems": [{"itemData": 5}]}',
            "citation",
            "zotero",
            0,
        ),
        (" ADDIN ZOTERO_ITEM CSL_CITATION " + "[" * 5000, "citation", "zotero", 0),
        (
            ' ADDIN Mendeley Citation{0a1b} CSL_CITATION {"citationItems": [{"itemData": '
            '{"title": "T", "author": [{"family": "Nye"}]}}]}',
            "citation",
            "mendeley",
            1,
        ),
        (" ADDIN EN.CITE <EndNote><Cite><record>", "citation", "endnote", 0),
        (" ADDIN EN.CITE ", "citation", "endnote", 0),
        (' ADDIN ZOTERO_BIBL {"uncited":[]} CSL_BIBLIOGRAPHY ', "bibliography", "zotero", 0),
        (" ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY ", "bibliography", "mendeley", 0),
        (" ADDIN EN.REFLIST ", "bibliography", "endnote", 0),
        (" PAGE \\* MERGEFORMAT ", None, None, 0),
        (" ADDIN EN.CITE.DATA ", None, None, 0),
    ],
)
def test_field_instructions_never_raise(
    instruction: str, kind: str | None, manager: str | None, items: int
) -> None:
    code = parse_instruction(instruction)
    assert (code.kind if code else None, code.manager if code else None) == (kind, manager)
    assert len(code.items if code else ()) == items


def test_endnote_record_with_entities_is_not_expanded() -> None:
    bomb = (
        '<!DOCTYPE EndNote [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        "<EndNote><Cite><Author>&b;</Author></Cite></EndNote>"
    )
    code = parse_instruction(" ADDIN EN.CITE " + bomb)
    assert code is not None and code.items == ()


@pytest.mark.parametrize("with_heading", [True, False])
def test_bibliography_field_gets_a_references_heading_only_when_missing(
    with_heading: bool,
) -> None:
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    body = (
        para(run("Heat kills (Smith, 2010)."))
        + (para(run("Bibliography"), style="Heading1") if with_heading else "")
        + para(begin, run("Garcia, M. (2015). Shade. Urban Forestry, 4, 10–20."))
        + para(
            run("Smith, A. (2010). Heat. Nature, 1, 2–3."),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        )
    )
    content = read(package(body))
    heading = "Bibliography" if with_heading else "References"
    assert lines(content) == [
        "Heat kills (Smith, 2010).",
        heading,
        "Garcia, M. (2015). Shade. Urban Forestry, 4, 10–20.",
        "Smith, A. (2010). Heat. Nature, 1, 2–3.",
    ]
    (bibliography,) = content.bibliographies
    assert bibliography.manager == "zotero"
    assert (bibliography.span.line, bibliography.span.end_line) == (3, 4)
    assert heading in [
        content.document.source[r.start : r.end] for r in content.document.regions_of("heading")
    ]
    report = check_document(content.document)
    assert len(report.references) == 2
    assert [f.rule for f in report.findings] == ["uncited-reference"]


# -- the same manuscript as plain text and as DOCX ---------------------------------------------------

MANUSCRIPT = """\
Urban heat and public health

Heat waves raise mortality in dense cities (Smith & Jones, 2010). Tree cover lowers surface \
temperatures (Garcia, 2015; Lee et al., 2018). Jonson (2012) found the same in Madrid. Later, \
Patel (2019) extended it.

References

Garcia, M. (2015). Shade and street trees. Urban Forestry, 4(2), 10–20.
Johnson, K. (2012). Heat in Madrid. Climate Letters, 7, 1–9.
Lee, H., Kim, S., & Park, J. (2018). Cooling by canopy. Landscape Journal, 9(1), 33–41.
Smith, A., & Jones, B. (2010). Heat waves and mortality. Journal of Studies, 12(3), 45–67. \
https://doi.org/10.1234/jos.2010.5
Wright, T. (2001). An uncited book. Oxford University Press.

Notes

See also Garcia (2015) for the city archive data.
"""


def manuscript_docx() -> bytes:
    """MANUSCRIPT as an editor would get it from Word: styles, italics, a Zotero field, a
    tracked change, a hyperlink and the note as a real footnote."""
    zotero = zotero_instruction({**ZOTERO, "citationItems": ZOTERO["citationItems"][:1]})  # type: ignore[index]
    body = (
        para(run("Urban heat and public health"), style="Title")
        + para(
            run("Heat waves raise mortality in dense cities "),
            field(split(zotero), run("(Smith & Jones, 2010)")),
            run(". Tree cover lowers "),
            '<w:ins w:id="1" w:author="Ed"><w:r><w:t xml:space="preserve">surface </w:t></w:r>'
            '</w:ins><w:del w:id="2" w:author="Ed"><w:r><w:delText>air </w:delText></w:r></w:del>',
            run("temperatures (Garcia, 2015; Lee "),
            run("et al.", "<w:i/>"),
            run(", 2018). Jonson (2012) found the same in Madrid."),
            note_ref("1"),
            run(" Later, Patel (2019) extended it."),
        )
        + para(run("References"), style="Heading1")
        + para(
            run("Garcia, M. (2015). Shade and street trees. "),
            run("Urban Forestry, 4", "<w:i/>"),
            run("(2), 10–20."),
        )
        + para(
            run("Johnson, K. (2012). Heat in Madrid. "),
            run("Climate Letters", "<w:i/>"),
            run(", 7, 1–9."),
        )
        + para(
            run(
                "Lee, H., Kim, S., & Park, J. (2018). Cooling by canopy. Landscape Journal, 9(1), 33–41."
            )
        )
        + para(
            run(
                "Smith, A., & Jones, B. (2010). Heat waves and mortality. Journal of Studies, 12(3), 45–67. "
            ),
            f'<w:hyperlink r:id="rIdD">{run("https://doi.org/10.1234/jos.2010.5")}</w:hyperlink>',
        )
        + para(run("Wright, T. (2001). An uncited book. Oxford University Press."))
    )
    parts = {
        "word/footnotes.xml": notes_part(
            "footnote", {"1": "See also Garcia (2015) for the city archive data."}
        )
    }
    rels = (
        ("rIdF", "footnotes", "footnotes.xml", False),
        ("rIdD", "hyperlink", "https://doi.org/10.1234/jos.2010.5", True),
    )
    return package(body, parts=parts, relationships=rels)


def test_docx_gives_the_same_findings_as_its_plain_text_version(tmp_path: Path) -> None:
    text_path = tmp_path / "paper.txt"
    text_path.write_text(MANUSCRIPT, encoding="utf-8")
    docx_path = tmp_path / "paper.docx"
    docx_path.write_bytes(manuscript_docx())
    report = check_paths([text_path, docx_path])
    plain, word = report.documents
    assert word.format == "docx"

    def summary(findings: object) -> list[tuple[str, str, str | None]]:
        return [(f.rule, f.message, f.suggestion) for f in findings]  # type: ignore[attr-defined]

    assert summary(word.findings) == summary(plain.findings)
    assert summary(word.findings) == [
        ("author-mismatch", "cited as 'Jonson' but the reference lists 'Johnson'", "Johnson"),
        ("missing-reference", "'Patel, 2019' matches no entry of the reference list", None),
        ("uncited-reference", "'Wright (2001)' is never cited", None),
    ]
    assert [c.text for c in word.citations] == [c.text for c in plain.citations]
    assert [(f.span.line, f.span.column) for f in word.findings if f.span] == [
        (2, 140),
        (2, 187),
        (8, 1),
    ]
    content = read_docx(docx_path)
    assert [c.text for c in read_field_citations(docx_path)] == ["(Smith & Jones, 2010)"]
    assert [h.url for h in read_hyperlinks(docx_path)] == ["https://doi.org/10.1234/jos.2010.5"]
    assert content.document.source.endswith(
        "Notes\n See also Garcia (2015) for the city archive data."
    )


def test_a_docx_named_txt_is_read_as_docx_and_never_modified(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    data = manuscript_docx()
    path.write_bytes(data)
    before = os.stat(path)
    assert reader_for(path, data).name == "docx"
    doc = read_document(path)
    assert doc.format == "docx"
    assert doc.source.startswith("Urban heat and public health\nHeat waves")
    assert path.read_bytes() == data
    assert os.stat(path).st_mtime_ns == before.st_mtime_ns


# -- bad input -------------------------------------------------------------------------------------


def zip_with(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return buffer.getvalue()


def document_xml(body: str) -> bytes:
    return f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>".encode()


def corrupt_member() -> bytes:
    data = bytearray(zip_with({"word/document.xml": document_xml(para(run("x" * 2000)))}))
    data[60] ^= 0xFF  # inside the compressed stream
    return bytes(data)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1) if i > 1 else b"&a;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
    + document_xml(para("<w:r><w:t>&amp;&a9;</w:t></w:r>"))
)

BAD_INPUTS = [
    ("not-a-zip", b"Just some text, not a zip", "is not a DOCX file (not a ZIP archive)"),
    ("ole", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected or legacy"),
    ("truncated", base_package()[:3000], "is a corrupt or truncated DOCX"),
    ("no-document", zip_with({"word/other.xml": b"<x/>"}), "has no word/document.xml"),
    ("corrupt-member", corrupt_member(), "is a corrupt DOCX (word/document.xml"),
    (
        "malformed-xml",
        zip_with({"word/document.xml": b"<w:document><w:body><w:p></w:body>"}),
        "word/document.xml is not well-formed XML, line 1",
    ),
    (
        "not-wordprocessingml",
        zip_with({"word/document.xml": b"<html><body/></html>"}),
        "is not WordprocessingML",
    ),
    ("entity-bomb", zip_with({"word/document.xml": BILLION_LAUGHS}), "declares a DTD"),
    (
        "external-entity",
        zip_with(
            {
                "word/document.xml": b'<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                + document_xml(para("<w:r><w:t>&x;</w:t></w:r>"))
            }
        ),
        "declares a DTD",
    ),
    (
        "too-deep",
        zip_with({"word/document.xml": document_xml("<w:smartTag>" * 300 + "</w:smartTag>" * 300)}),
        "elements nested more than 256 levels deep",
    ),
    (
        "zip-bomb-ratio",
        zip_with({"word/document.xml": document_xml(" " * (4 * 1024 * 1024))}),
        "looks like a zip bomb",
    ),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_clear_line(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_docx("bad.docx", data)
    text = str(raised.value)
    assert text.startswith("bad.docx: ")
    assert message in text
    assert "\n" not in text


@pytest.mark.parametrize(
    "name", ["truncated", "entity-bomb", "zip-bomb-ratio"], ids=["truncated", "entity", "zip"]
)
def test_bad_docx_exits_2_with_one_line(tmp_path: Path, name: str) -> None:
    from click.testing import CliRunner

    from refcheck.cli import main

    _, data, message = next(b for b in BAD_INPUTS if b[0] == name)
    path = tmp_path / "paper.docx"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["check", str(path), "--offline"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"refcheck: error: {path}: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_zip_bomb_over_the_total_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    import refcheck.ingest.docx as module

    monkeypatch.setattr(module, "MAX_TOTAL_BYTES", 5000)
    data = zip_with(
        {"word/document.xml": document_xml("".join(para(run(f"p{i} " * 40)) for i in range(40)))}
    )
    with pytest.raises(InputError, match=r"bad.docx: looks like a zip bomb \(its parts expand"):
        parse_docx("bad.docx", data)


def test_read_document_reports_bad_docx_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(InputError, match=r"broken.docx: is a corrupt or truncated DOCX"):
        read_document(path)


def test_sniff() -> None:
    from refcheck.ingest.docx import READER

    assert READER.sniff(base_package())
    assert not READER.sniff(b"PK\x03\x04 not a docx")
    assert not READER.sniff(zip_with({"content.xml": b"<x/>"}))


# -- properties ------------------------------------------------------------------------------------

VALID = manuscript_docx()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_only_input_error(data: bytes) -> None:
    for candidate in (data, b"PK\x03\x04" + data):
        try:
            parse_docx("x.docx", candidate)
        except InputError as error:
            assert "\n" not in str(error)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), max_size=8))
def test_damaged_docx_raises_only_input_error(changes: list[tuple[int, int]]) -> None:
    data = bytearray(VALID)
    for position, value in changes:
        data[position] = value
    try:
        content = parse_docx("x.docx", bytes(data))
    except InputError:
        return
    doc = content.document
    for citation in content.field_citations:
        assert doc.source[citation.span.start : citation.span.end] == citation.text
    for region in doc.regions:
        assert 0 <= region.start <= region.end <= len(doc.source)


@settings(max_examples=25, deadline=None)
@given(
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs", "Cc", "Cn", "Co"), whitelist_characters="\t\n"
        ),
        max_size=80,
    )
)
def test_any_paragraph_text_round_trips(text: str) -> None:
    document = pydocx.Document()
    document.add_paragraph(text)
    doc = read(python_docx_bytes(document)).document
    assert doc.source == text
    citations = extract_citations(doc)
    for citation in citations:
        assert doc.source[citation.span.start : citation.span.end] == citation.text


def test_a_chicago_paper_cites_its_bibliography_in_footnotes() -> None:
    body = (
        para(run("Print changed Europe."), note_ref("1"), run(" Some disagree."), note_ref("2"))
        + para(run("Bibliography"))
        + para(
            run(
                "Eisenstein, Elizabeth L. The Printing Press as an Agent of Change. Cambridge: "
                "Cambridge University Press, 1979."
            )
        )
        + para(run("Pettegree, Andrew. The Book in the Renaissance. New Haven: Yale, 2010."))
    )
    parts = {
        "word/footnotes.xml": notes_part(
            "footnote",
            {
                "1": "Elizabeth L. Eisenstein, The Printing Press as an Agent of Change "
                "(Cambridge: Cambridge University Press, 1979), 45.",
                "2": "Eisenstein, Printing Press, 50.",
            },
        )
    }
    rels = (("rIdF", "footnotes", "footnotes.xml", False),)
    report = check_document(read(package(body, parts=parts, relationships=rels)).document)
    assert report.style == "notes"
    assert [(c.kind, c.title) for c in report.citations] == [
        ("note", "The Printing Press as an Agent of Change"),
        ("note", "Printing Press"),
    ]
    assert [(f.rule, f.reference_id) for f in report.findings] == [("uncited-reference", "r2")]


def test_works_without_an_author_are_cited_by_their_italic_title(tmp_path: Path) -> None:
    document = pydocx.Document()
    document.add_paragraph("Introduction")
    paragraph = document.add_paragraph("Sleep matters (“Study Finds,” 2007). The survey ")
    paragraph.add_run("College Bound Seniors").italic = True
    paragraph.add_run(" (2008) agrees, and the law changed (")
    paragraph.add_run("Obergefell v. Hodges").italic = True
    paragraph.add_run(", 2016). During the Great Depression (1929), Smith (2010) wrote.")
    document.add_paragraph("References")
    for entry in (
        "College bound seniors. (2008). College Board.",
        "Obergefell v. Hodges, 576 U.S. 644 (2015).",
        "Smith, J. (2010). A study. Journal of Studies, 1, 1-10.",
        "Study finds free care used more. (2007, January). APA Monitor, 38(1), 11.",
    ):
        document.add_paragraph(entry)
    path = tmp_path / "paper.docx"
    path.write_bytes(python_docx_bytes(document))
    (report,) = check_paths([path]).documents
    assert cited(report) == [
        ("“Study Finds,” 2007", ("r4",)),
        ("College Bound Seniors (2008)", ("r1",)),
        ("Obergefell v. Hodges, 2016", ("r2",)),
        ("Smith (2010)", ("r3",)),
    ]
    assert [(f.rule, f.suggestion) for f in report.findings] == [("year-mismatch", "2015")]

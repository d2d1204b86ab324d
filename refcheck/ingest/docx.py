"""DOCX reader: a Word file's text as one line per paragraph, plus its links and field codes.

What ``Document.source`` holds, in reading order:

1. the body's paragraphs, each on its own line; a table's cells in row order, each cell
   paragraph its own line; a text box's paragraphs right after the paragraph that anchors it;
2. footnotes and endnotes, after a line ``Notes``, in the order the body refers to them, each
   note paragraph its own line as Word writes it (usually a space after the omitted note mark).

Locations: ``line`` is the paragraph number in that text (1-based; a manual line break,
Shift+Enter, also starts a new line, as Word's own "Save as plain text" does) and ``column`` the
code point within the paragraph (1-based), as for every other format.

Why the notes come last, after "Notes": the reference-list finder ends the list at the next
heading, and "Notes" is one of the headings that end it, so notes can never be swallowed into
the list, and paragraph numbers of the body stay those of the Word file. Citations inside notes
are still found (the text after the list is scanned as body). When the list has no heading (a
trailing block of entries), the notes go just before that block instead, so that it stays the
document's end.

Reading choices: tracked changes read as accepted (``w:ins``/``w:moveTo`` kept, ``w:del``,
``w:delText``, ``w:moveFrom`` dropped; a deleted paragraph mark joins the paragraph with the
next). A superscript run made of numbers (``1``, ``1,2``, ``1–3``) is written with Unicode
superscript digits (``¹,²``, ``¹–³``): one character for one, so positions stay honest, and the
numeric callout scanner reads them as callouts. Footnote reference marks are not written (they
are not citations of the reference list). Field instructions are not text; field results are.
Of ``mc:AlternateContent`` only the first ``mc:Choice`` is read (the fallback repeats it).
Regions: ``heading`` for paragraphs with a heading style or outline level, ``emphasis`` for
italic runs, ``hyperlink`` for a link's visible text, plus the plain-text reader's markup scan.

Links and field codes: ``parse_docx``/``read_docx`` return them beside the Document (and put
the hyperlinks and field citations in ``Document.annotations`` for the pipeline and the rules),
with spans into ``Document.source``:
``hyperlinks`` (visible text and target URL, from ``w:hyperlink`` and ``HYPERLINK`` fields),
``field_citations`` (Zotero, Mendeley and EndNote citations: the displayed text and the
manager's stored items as References, see ``fieldcodes``) and ``bibliographies`` (where a
manager's rendered reference list is). When a bibliography field has no reference-list heading
above it, a line ``References`` is written before it so that the list is found (the only line
that is not a paragraph of the file: the lines after it are one further on).

Why zipfile and lxml rather than python-docx for reading: python-docx loads every part of the
package into memory with no size limit (a zip bomb would exhaust memory), and exposes neither
footnotes, text boxes nor field codes. Here only the needed parts are read, each checked against
``MAX_PART_BYTES``, ``MAX_TOTAL_BYTES`` and ``MAX_RATIO`` before it is decompressed, and parsed
with entities, DTDs and network access off (a part with a DTD is refused).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from refcheck.errors import InputError
from refcheck.ingest.fieldcodes import FieldCode, mendeley_control, parse_instruction
from refcheck.ingest.markdown import scan_markup
from refcheck.ingest.safexml import safe_parser
from refcheck.model import Document, Reference, Region, Span

MAX_PART_BYTES = 64 * 1024 * 1024
"""Largest decompressed size of one XML part read (document, notes, styles, relationships)."""
MAX_TOTAL_BYTES = 160 * 1024 * 1024
"""Largest decompressed size of all parts read together."""
MAX_RATIO = 200
"""Largest compression ratio accepted for a part of more than 1 MB; more is a zip bomb."""

_W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_R_NAMESPACES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A raised number is written in superscript characters; a raised sign too ("10⁻⁶" is an
# exponent to the callout scanner), while dashes between numbers stay ranges ("¹–³").
_SUPERSCRIPT = str.maketrans("0123456789-−+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺")
_NUMERIC_RUN = re.compile(r"[\d\s,;+\-–—‒−]*\d[\d\s,;+\-–—‒−]*")
_RUN_CHARACTERS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
_RUN_SKIPPED = frozenset({"softHyphen", "lastRenderedPageBreak", "delText", "#"})
_OFF = frozenset({"0", "false", "off", "none"})
_HEADING_STYLE = re.compile(r"(?:heading\s*\d|title)\Z", re.IGNORECASE)
_NOTES_HEADING = "Notes"
_REFERENCES_HEADING = "References"


@dataclass(frozen=True, slots=True)
class Hyperlink:
    """A link: its visible text's span in ``Document.source`` and the URL it points to."""

    span: Span
    url: str


@dataclass(frozen=True, slots=True)
class FieldCitation:
    """A citation inserted by a reference manager.

    ``span``/``text``: the citation as displayed (``text == source[span.start:span.end]``).
    ``manager``: "zotero", "mendeley" or "endnote". ``items``: the works the manager stored for
    it, as References (ids ``f1``, ``f2``... across the document, ``origin="docx-field"``,
    ``key`` the manager's item id or URI). ``stored_text``: the rendering the manager recorded
    (differs from ``text`` when the citation was edited by hand). ``edited``: the manager
    itself marks the text as edited by hand.
    """

    span: Span
    text: str
    manager: str
    items: tuple[Reference, ...]
    stored_text: str | None = None
    edited: bool = False


@dataclass(frozen=True, slots=True)
class FieldBibliography:
    """A reference manager's rendered reference list: its span in ``Document.source``."""

    span: Span
    manager: str


@dataclass(frozen=True)
class DocxContent:
    """Everything read from one DOCX file."""

    document: Document
    hyperlinks: tuple[Hyperlink, ...] = ()
    field_citations: tuple[FieldCitation, ...] = ()
    bibliographies: tuple[FieldBibliography, ...] = ()


# -- the package ----------------------------------------------------------------------------------


class _Package:
    """The parts of the ZIP package this reader needs, read with size limits."""

    def __init__(self, path: str, data: bytes) -> None:
        self.path = path
        self.read_bytes = 0
        if data[:8] == _OLE_MAGIC:
            raise InputError(
                f"{path}: is a password-protected or legacy (.doc) Word file, not a DOCX; "
                "save it as .docx without a password"
            )
        if data[:2] != b"PK":
            raise InputError(f"{path}: is not a DOCX file (not a ZIP archive)")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            names = self.zip.namelist()
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,  # a zip feature Python cannot read (e.g. "version 6.4")
        ) as error:
            raise InputError(f"{path}: is a corrupt or truncated DOCX ({_reason(error)})") from None
        self.names = {name.lower(): name for name in names}

    def raw(self, name: str) -> bytes | None:
        """A part's bytes, or None when it is missing; InputError when over a limit or broken."""
        actual = self.names.get(name.lower())
        if actual is None:
            return None
        try:
            info = self.zip.getinfo(actual)
        except KeyError:
            return None
        size, packed = info.file_size, max(info.compress_size, 1)
        if size > MAX_PART_BYTES or (size > 1024 * 1024 and size / packed > MAX_RATIO):
            raise InputError(
                f"{self.path}: looks like a zip bomb ({actual} would expand to {_mb(size)}); "
                "not read"
            )
        budget = min(MAX_PART_BYTES, MAX_TOTAL_BYTES - self.read_bytes)
        try:
            with self.zip.open(info) as handle:
                content = handle.read(budget + 1)  # the header may lie about the size
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as error:
            raise InputError(
                f"{self.path}: is a corrupt DOCX ({actual}: {_reason(error)})"
            ) from None
        except (RuntimeError, NotImplementedError) as error:  # encrypted or unknown compression
            raise InputError(f"{self.path}: cannot be read ({actual}: {_reason(error)})") from None
        if len(content) > budget:
            raise InputError(
                f"{self.path}: looks like a zip bomb (its parts expand to more than "
                f"{_mb(MAX_TOTAL_BYTES)}); not read"
            )
        self.read_bytes += len(content)
        return content

    def xml(self, name: str) -> Any:
        """A part parsed safely (no entities, DTD or network), or None when it is missing."""
        content = self.raw(name)
        if content is None:
            return None
        if b"<!DOCTYPE" in content[:4096]:
            raise InputError(
                f"{self.path}: {name} declares a DTD, which Word never writes; not read"
            )
        from lxml import etree

        parser = safe_parser()
        try:
            root = etree.fromstring(content, parser)
        except etree.XMLSyntaxError as error:
            line = f"line {error.lineno}: " if error.lineno else ""
            message = " ".join(str(error.msg or error).split()).split(", line ")[0].rstrip(".")
            if message.startswith("Excessive depth"):
                message = "elements nested more than 256 levels deep"
            raise InputError(
                f"{self.path}: is a corrupt DOCX ({name} is not well-formed XML, {line}{message})"
            ) from None
        except ValueError as error:
            raise InputError(f"{self.path}: is a corrupt DOCX ({name}: {error})") from None
        if root is None:
            raise InputError(f"{self.path}: is a corrupt DOCX ({name} is empty)")
        if root.getroottree().docinfo.doctype:
            raise InputError(
                f"{self.path}: {name} declares a DTD, which Word never writes; not read"
            )
        return root

    def relationships(self, part: str) -> dict[str, tuple[str, str, bool]]:
        """``{id: (type, target part or URL, external)}`` of a part's relationships."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", f"{base}.rels"))
        found: dict[str, tuple[str, str, bool]] = {}
        if root is None:
            return found
        for rel in root.iter(f"{{{_PACKAGE_RELS}}}Relationship"):
            rid, kind, target = rel.get("Id"), rel.get("Type") or "", rel.get("Target") or ""
            if not rid:
                continue
            external = (rel.get("TargetMode") or "").lower() == "external"
            if not external:
                target = _resolve(folder, target)
            found[str(rid)] = (str(kind), str(target), external)
        return found


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target)).lstrip("/")


def _main_part(package: _Package) -> str:
    for kind, target, external in package.relationships("").values():
        if kind.endswith("/officeDocument") and not external:
            return target
    return "word/document.xml"


def _part_of_type(rels: dict[str, tuple[str, str, bool]], suffix: str, default: str) -> str:
    for kind, target, external in rels.values():
        if kind.endswith(suffix) and not external:
            return target
    return default


# -- styles ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Styles:
    headings: frozenset[str] = frozenset()  # paragraph style ids that are headings
    superscript: frozenset[str] = frozenset()  # character style ids that raise text
    italic: frozenset[str] = frozenset()  # character style ids in italics


def _read_styles(root: Any, w: str) -> _Styles:
    """Which styles make headings, superscripts and italics, following ``basedOn`` chains."""
    if root is None:
        return _Styles()
    props: dict[str, dict[str, object]] = {}
    for style in root.iter(f"{{{w}}}style"):
        style_id = style.get(f"{{{w}}}styleId")
        if not style_id:
            continue
        name = style.find(f"{{{w}}}name")
        based = style.find(f"{{{w}}}basedOn")
        outline = style.find(f"{{{w}}}pPr/{{{w}}}outlineLvl")
        valign = style.find(f"{{{w}}}rPr/{{{w}}}vertAlign")
        italic = style.find(f"{{{w}}}rPr/{{{w}}}i")
        props[str(style_id)] = {
            "name": str(name.get(f"{{{w}}}val") or "") if name is not None else "",
            "based": str(based.get(f"{{{w}}}val") or "") if based is not None else "",
            "outline": _outline_level(outline, w),
            "sup": None if valign is None else valign.get(f"{{{w}}}val") == "superscript",
            "italic": None if italic is None else _on(italic, w),
        }

    def inherited(style_id: str, key: str) -> object:
        seen: set[str] = set()
        current = style_id
        while current in props and current not in seen and len(seen) < 50:
            seen.add(current)
            value = props[current][key]
            if value is not None:
                return value
            current = str(props[current]["based"])
        return None

    headings = {
        sid
        for sid, p in props.items()
        if _HEADING_STYLE.match(str(p["name"]).strip()) or inherited(sid, "outline") is not None
    }
    return _Styles(
        frozenset(headings),
        frozenset(sid for sid in props if inherited(sid, "sup") is True),
        frozenset(sid for sid in props if inherited(sid, "italic") is True),
    )


def _outline_level(element: Any, w: str) -> int | None:
    if element is None:
        return None
    value = element.get(f"{{{w}}}val")
    try:
        level = int(value)
    except (TypeError, ValueError):
        return None
    return level if 0 <= level <= 8 else None


def _on(element: Any, w: str) -> bool:
    """A toggle property (``<w:i/>``, ``<w:i w:val="0"/>``) is on unless its value says off."""
    value = element.get(f"{{{w}}}val")
    return value is None or str(value).lower() not in _OFF


# -- the walk ---------------------------------------------------------------------------------------


class _Line:
    """One output paragraph being written; ``offset`` is set when the text is assembled."""

    __slots__ = ("heading", "offset", "parts", "size")

    def __init__(self, text: str = "", heading: bool = False) -> None:
        self.parts: list[str] = [text] if text else []
        self.size = len(text)
        self.offset = 0
        self.heading = heading

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def text(self) -> str:
        return "".join(self.parts)


# A position: a line and a 0-based column in it. ``(None, n)`` stands for the start of the
# n-th line of the walk, not written yet (a mark taken between paragraphs).
_Mark = tuple[_Line | None, int]


@dataclass(slots=True)
class _Field:
    """A field being read: its instruction so far, nested data, where its result starts."""

    instruction: list[str] = field(default_factory=list)
    data: list[str] = field(default_factory=list)
    in_result: bool = False
    start: _Mark | None = None


@dataclass(slots=True)
class _Found:
    """A link, field citation or bibliography found during the walk, located by marks."""

    start: _Mark
    end: _Mark
    code: FieldCode


class _Walker:
    """Walks a part's paragraphs in reading order, writing one ``_Line`` per paragraph."""

    def __init__(self, w: str, styles: _Styles) -> None:
        self.w = w
        self.styles = styles
        self.rels: dict[str, tuple[str, str, bool]] = {}
        self.lines: list[_Line] = []
        self.current: _Line | None = None
        self.merge_into: _Line | None = None  # the previous paragraph's mark was deleted
        self.fields: list[_Field] = []
        self.hidden = 0  # fields whose instruction is being read: their text is not shown
        self.found: list[_Found] = []
        self.emphasis: list[list[Any]] = []  # [line, start, end] of italic text
        self.note_order: list[tuple[str, str]] = []  # ("footnote" | "endnote", id) as cited
        self.depth = 0
        self.tag_val = f"{{{w}}}val"
        self._names: dict[object, str] = {}
        self._handlers: dict[str, Callable[[Any], None]] = {
            "p": self.paragraph,
            "r": self.run,
            "hyperlink": self.hyperlink,
            "fldSimple": self.simple_field,
            "sdt": self.content_control,
            "instrText": self.instruction,
            "fldChar": self.field_char,
            "footnoteReference": self.note_reference,
            "endnoteReference": self.note_reference,
            "txbxContent": self.text_box,
            "mc:AlternateContent": self.alternate_content,
        }
        for skipped in (
            "del",
            "moveFrom",
            "delText",
            "delInstrText",
            "pPr",
            "rPr",
            "sdtPr",
            "tblPr",
            "tblGrid",
            "trPr",
            "tcPr",
            "sectPr",
            "fldData",
            "commentReference",
            "#",
        ):
            self._handlers[skipped] = self.skip

    # -- dispatch --

    def name(self, tag: object) -> str:
        """``p`` for a WordprocessingML tag, ``mc:Choice`` for markup compatibility, ``*`` for
        other namespaces, ``#`` for comments and entities."""
        known = self._names.get(tag)
        if known is None:
            if not isinstance(tag, str):
                known = "#"
            else:
                namespace, _, local = tag[1:].partition("}")
                if namespace in _W_NAMESPACES:
                    known = local
                elif namespace == _MC:
                    known = f"mc:{local}"
                else:
                    known = "*"
            self._names[tag] = known
        return known

    def visit(self, element: Any) -> None:
        handler = self._handlers.get(self.name(element.tag))
        if handler is not None:
            handler(element)
        else:
            self.children(element)

    def children(self, element: Any) -> None:
        self.depth += 1
        if self.depth < 400:  # lxml refuses depth > 256 already; this only guards recursion
            for child in element:
                self.visit(child)
        self.depth -= 1

    def skip(self, element: Any) -> None:
        return None

    def alternate_content(self, element: Any) -> None:
        """Only the first ``mc:Choice``: ``mc:Fallback`` repeats it for older readers."""
        for child in element:
            if self.name(child.tag) == "mc:Choice":
                self.children(child)
                return
        for child in element:
            if self.name(child.tag) == "mc:Fallback":
                self.children(child)
                return

    # -- writing --

    def mark(self, end: bool = False) -> _Mark:
        if self.current is not None:
            return (self.current, self.current.size)
        if self.merge_into is not None:
            return (self.merge_into, self.merge_into.size)
        if end and self.lines:
            return (self.lines[-1], self.lines[-1].size)
        return (None, len(self.lines))

    def write(self, text: str, italic: bool) -> None:
        if self.hidden or not text:
            return
        line = self.current
        if line is None:  # text outside any paragraph (malformed but seen): its own line
            line = self.current = _Line()
            self.lines.append(line)
        start = line.size
        line.write(text)
        if italic:
            last = self.emphasis[-1] if self.emphasis else None
            if last is not None and last[0] is line and last[2] == start:
                last[2] = line.size
            else:
                self.emphasis.append([line, start, line.size])

    # -- elements --

    def paragraph(self, element: Any) -> None:
        outer = self.current
        if self.merge_into is not None and outer is None:
            line = self.merge_into
        else:
            line = _Line()
            self.lines.append(line)
        self.merge_into = None
        self.current = line
        mark_deleted = False
        for child in element:  # pPr comes first; lxml's find() costs more than this loop
            if self.name(child.tag) == "pPr":
                heading, mark_deleted = self.paragraph_format(child)
                line.heading = line.heading or heading
                break
        self.children(element)
        self.current = outer
        if outer is None and mark_deleted:
            self.merge_into = line  # accepting the deletion joins this paragraph and the next

    def paragraph_format(self, props: Any) -> tuple[bool, bool]:
        """(is a heading, its paragraph mark is deleted) from a ``w:pPr``."""
        heading = mark_deleted = False
        for child in props:
            name = self.name(child.tag)
            if name == "pStyle":
                heading = heading or str(child.get(self.tag_val) or "") in self.styles.headings
            elif name == "outlineLvl":
                heading = heading or _outline_level(child, self.w) is not None
            elif name == "rPr":
                mark_deleted = any(self.name(c.tag) in ("del", "moveFrom") for c in child)
        return heading, mark_deleted

    def run(self, element: Any) -> None:
        superscript = italic = False
        pieces: list[str] = []
        for child in element:
            name = self.name(child.tag)
            if name == "t":
                pieces.append(child.text or "")
            elif name in _RUN_CHARACTERS:
                pieces.append(_RUN_CHARACTERS[name])
            elif name == "rPr":
                superscript, italic = self.run_format(child)
            elif name == "sym":
                pieces.append(_symbol(child, self.w))
            elif name not in _RUN_SKIPPED:
                self.emit(pieces, superscript, italic)
                self.visit(child)
        self.emit(pieces, superscript, italic)

    def run_format(self, props: Any) -> tuple[bool, bool]:
        """(superscript, italic) of a run: direct formatting first, then its character style."""
        style_id = ""
        superscript: bool | None = None
        italic: bool | None = None
        for child in props:
            name = self.name(child.tag)
            if name == "rStyle":
                style_id = str(child.get(self.tag_val) or "")
            elif name == "vertAlign":
                superscript = child.get(self.tag_val) == "superscript"
            elif name == "i":
                italic = _on(child, self.w)
        if superscript is None:
            superscript = style_id in self.styles.superscript
        if italic is None:
            italic = style_id in self.styles.italic
        return superscript, italic

    def emit(self, pieces: list[str], superscript: bool, italic: bool) -> None:
        if pieces:
            text = "".join(pieces)
            pieces.clear()
            if superscript and _NUMERIC_RUN.fullmatch(text):
                text = text.translate(_SUPERSCRIPT)
            self.write(text, italic)

    def hyperlink(self, element: Any) -> None:
        rid = next(
            (element.get(f"{{{ns}}}id") for ns in _R_NAMESPACES if element.get(f"{{{ns}}}id")),
            None,
        )
        target = self.rels.get(str(rid)) if rid else None
        start = self.mark()
        self.children(element)
        if target is not None and target[2] and target[1].strip() and not self.hidden:
            code = FieldCode("hyperlink", url=target[1].strip())
            self.found.append(_Found(start, self.mark(end=True), code))

    def simple_field(self, element: Any) -> None:
        instruction = str(element.get(f"{{{self.w}}}instr") or "")
        start = self.mark()
        self.children(element)
        if not self.hidden:
            self.record(parse_instruction(instruction), start, self.mark(end=True))

    def content_control(self, element: Any) -> None:
        """``w:sdt``: its content is text; a Mendeley Cite tag makes it a citation."""
        w = self.w
        tag = element.find(f"{{{w}}}sdtPr/{{{w}}}tag")
        code = mendeley_control(str(tag.get(f"{{{w}}}val") or "")) if tag is not None else None
        start = self.mark()
        content = element.find(f"{{{w}}}sdtContent")
        if content is not None:
            self.children(content)
        if code is not None and not self.hidden:
            self.record(code, start, self.mark(end=True))

    def instruction(self, element: Any) -> None:
        if self.fields and not self.fields[-1].in_result:
            self.fields[-1].instruction.append(element.text or "")

    def field_char(self, element: Any) -> None:
        kind = element.get(f"{{{self.w}}}fldCharType")
        if kind == "begin":
            opened = _Field()
            opened.data.extend(str(d.text or "") for d in element.iter(f"{{{self.w}}}fldData"))
            self.fields.append(opened)
            self.hidden += 1
        elif kind == "separate" and self.fields and not self.fields[-1].in_result:
            current = self.fields[-1]
            current.in_result = True
            self.hidden -= 1
            current.start = self.mark()
        elif kind == "end" and self.fields:
            closed = self.fields.pop()
            if not closed.in_result:
                self.hidden -= 1
            instruction = "".join(closed.instruction)
            if self.fields and not self.fields[-1].in_result:
                # A field inside another's instruction (EndNote's EN.CITE.DATA) is its data.
                outer = self.fields[-1]
                outer.data.extend(closed.data)
                outer.instruction.append(" ")
                outer.data.append(instruction)
                return
            if closed.start is not None and not self.hidden:
                code = parse_instruction(instruction, tuple(closed.data))
                self.record(code, closed.start, self.mark(end=True))

    def record(self, code: FieldCode | None, start: _Mark, end: _Mark) -> None:
        if code is not None:
            self.found.append(_Found(start, end, code))

    def note_reference(self, element: Any) -> None:
        kind = "footnote" if self.name(element.tag) == "footnoteReference" else "endnote"
        note_id = element.get(f"{{{self.w}}}id")
        if note_id is not None and not self.hidden:
            self.note_order.append((kind, str(note_id)))

    def text_box(self, element: Any) -> None:
        """A text box's paragraphs: lines of their own, after the anchoring paragraph's line
        (which was created first, so the order holds while the anchor paragraph goes on)."""
        outer, merge = self.current, self.merge_into
        self.current = self.merge_into = None
        self.children(element)
        self.current, self.merge_into = outer, merge

    def end_part(self) -> None:
        """Fields left open at the end of a part (a damaged file) are dropped; pending marks
        (taken between paragraphs) become line positions now that the lines exist."""
        self.fields.clear()
        self.hidden = 0
        self.current = self.merge_into = None
        for found in self.found:
            found.start = self.resolve(found.start)
            found.end = self.resolve(found.end)

    def resolve(self, mark: _Mark) -> _Mark:
        line, column = mark
        if line is not None:
            return mark
        if column < len(self.lines):
            return (self.lines[column], 0)
        if self.lines:
            return (self.lines[-1], self.lines[-1].size)
        return mark


def _symbol(element: Any, w: str) -> str:
    """``w:sym``: a character of a symbol font; private-use codes F020-F0FF map to ASCII."""
    value = str(element.get(f"{{{w}}}char") or "")
    try:
        code = int(value, 16)
    except ValueError:
        return ""
    if 0xF020 <= code <= 0xF0FF:
        code -= 0xF000
    if code < 0x20 or 0xD800 <= code < 0xE000 or code >= 0x110000:
        return ""
    return chr(code)


# -- assembling the text -----------------------------------------------------------------------------


def _walk_notes(package: _Package, walker: _Walker, rels: dict[str, tuple[str, str, bool]]) -> None:
    """Footnotes then endnotes in the order the text refers to them (unreferred ones last),
    after a ``Notes`` heading line; nothing when there are none."""
    w = walker.w
    notes: dict[tuple[str, str], tuple[Any, dict[str, tuple[str, str, bool]]]] = {}
    for kind, suffix, default in (
        ("footnote", "/footnotes", "word/footnotes.xml"),
        ("endnote", "/endnotes", "word/endnotes.xml"),
    ):
        part = _part_of_type(rels, suffix, default)
        root = package.xml(part)
        if root is None:
            continue
        part_rels = package.relationships(part)
        for note in root.iterchildren(f"{{{w}}}{kind}"):
            if (note.get(f"{{{w}}}type") or "normal") != "normal":
                continue  # separators and continuation notices
            note_id = str(note.get(f"{{{w}}}id"))
            notes.setdefault((kind, note_id), (note, part_rels))
    if not notes:
        return
    order = list(dict.fromkeys(key for key in walker.note_order if key in notes))
    order += [key for key in notes if key not in set(order)]
    walker.lines.append(_Line(_NOTES_HEADING, heading=True))
    for key in order:
        note, part_rels = notes[key]
        walker.rels = part_rels
        walker.children(note)
        walker.end_part()


def _is_reference_heading(text: str) -> bool:
    from refcheck.references import find_reference_section

    probe = Document("<probe>", "text", f"{text.strip()}\nx")
    section = find_reference_section(probe)
    return section is not None and section.heading is not None and section.heading.start == 0


def _add_bibliography_headings(walker: _Walker) -> None:
    """A manager's bibliography with no reference heading above it gets a ``References`` line."""
    for found in walker.found:
        if found.code.kind != "bibliography" or found.start[0] is None:
            continue
        line = found.start[0]
        index = next((i for i, candidate in enumerate(walker.lines) if candidate is line), None)
        if index is None:
            continue
        before = index - 1
        while before >= 0 and not walker.lines[before].text().strip():
            before -= 1
        if before >= 0 and _is_reference_heading(walker.lines[before].text()):
            continue
        walker.lines.insert(index, _Line(_REFERENCES_HEADING, heading=True))


def _place_notes(walker: _Walker, body_count: int, path: str) -> None:
    """Notes normally stay at the end; before a heading-less trailing reference block instead."""
    if len(walker.lines) == body_count:
        return
    from refcheck.references import find_reference_section

    body = walker.lines[:body_count]
    section = find_reference_section(Document(path, "docx", "\n".join(x.text() for x in body)))
    if section is None or section.heading is not None:
        return
    offset = 0
    for index, line in enumerate(body):
        if offset + line.size >= section.start:
            notes = walker.lines[body_count:]
            walker.lines[index:] = [*notes, *body[index:]]
            return
        offset += line.size + 1


def _assemble(path: str, walker: _Walker) -> DocxContent:
    texts = []
    offset = 0
    for line in walker.lines:
        line.offset = offset
        text = line.text()
        texts.append(text)
        offset += len(text) + 1
    source = "\n".join(texts)
    _, regions = scan_markup(source, markdown=False)
    found_regions: list[Region] = list(regions)
    for line, text in zip(walker.lines, texts, strict=True):
        stripped = text.strip()
        if line.heading and stripped:
            start = line.offset + len(text) - len(text.lstrip())
            found_regions.append(Region("heading", start, start + len(stripped)))
    for line, start, end in walker.emphasis:
        chunk = line.text()[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            found_regions.append(
                Region("emphasis", line.offset + start + lead, line.offset + start + trail)
            )

    def position(mark: _Mark) -> int:
        line, column = mark
        return len(source) if line is None else min(line.offset + column, len(source))

    located = sorted(
        ((position(f.start), position(f.end), f.code) for f in walker.found),
        key=lambda item: (item[0], item[1]),
    )
    document_regions = [
        Region("hyperlink", start, end)
        for start, end, code in located
        if code.kind == "hyperlink" and end > start
    ]
    regions_all = tuple(
        sorted({*found_regions, *document_regions}, key=lambda r: (r.start, r.end, r.kind))
    )
    document = Document(path, "docx", source, source, "utf-8", regions_all)
    hyperlinks: list[Hyperlink] = []
    citations: list[FieldCitation] = []
    bibliographies: list[FieldBibliography] = []
    number = 0
    for start, stop, code in located:
        end = max(start, stop)
        span = document.span(start, end)
        if code.kind == "hyperlink" and code.url:
            hyperlinks.append(Hyperlink(span, code.url))
        elif code.kind == "bibliography":
            bibliographies.append(FieldBibliography(span, code.manager or ""))
        elif code.kind == "citation":
            items = []
            for item in code.items:
                number += 1
                items.append(replace(item, id=f"f{number}"))
            citations.append(
                FieldCitation(
                    span,
                    source[start:end],
                    code.manager or "",
                    tuple(items),
                    code.stored_text,
                    code.edited,
                )
            )
    # The pipeline reads links and citations from the Document, the one thing every reader returns.
    document = replace(document, annotations=(*hyperlinks, *citations))
    return DocxContent(document, tuple(hyperlinks), tuple(citations), tuple(bibliographies))


# -- public ----------------------------------------------------------------------------------------


def parse_docx(path: str, data: bytes) -> DocxContent:
    """Read a DOCX file's bytes (no I/O); InputError with one line when it cannot be read."""
    package = _Package(path, data)
    main = _main_part(package)
    root = package.xml(main)
    if root is None:
        raise InputError(f"{path}: is not a Word document (the ZIP archive has no {main})")
    tag = root.tag if isinstance(root.tag, str) else ""
    w = tag[1:].partition("}")[0]
    if w not in _W_NAMESPACES:
        raise InputError(f"{path}: is not a Word document ({main} is not WordprocessingML)")
    rels = package.relationships(main)
    styles = _read_styles(package.xml(_part_of_type(rels, "/styles", "word/styles.xml")), w)
    walker = _Walker(w, styles)
    walker.rels = rels
    try:
        body = root.find(f"{{{w}}}body")
        if body is not None:
            walker.children(body)
        walker.end_part()
        _add_bibliography_headings(walker)
        body_count = len(walker.lines)
        _walk_notes(package, walker, rels)
        _place_notes(walker, body_count, path)
        return _assemble(path, walker)
    except RecursionError:  # lxml caps nesting at 256 levels, so this is only a safety net
        raise InputError(f"{path}: is nested too deeply to read") from None


def read_docx(path: str | Path) -> DocxContent:
    """Read a DOCX file (read-only): its Document, hyperlinks, field citations, bibliographies."""
    from refcheck.ingest import read_bytes

    name = str(path)
    return parse_docx(name, read_bytes(name))


def read_field_citations(path: str | Path) -> tuple[FieldCitation, ...]:
    """The reference-manager citations of a DOCX file, with spans into its Document.source."""
    return read_docx(path).field_citations


def read_hyperlinks(path: str | Path) -> tuple[Hyperlink, ...]:
    """The hyperlinks of a DOCX file: visible text spans and target URLs."""
    return read_docx(path).hyperlinks


class DocxReader:
    """Word 2007+ documents; also chosen by content for a DOCX under another name."""

    name = "docx"
    suffixes: tuple[str, ...] = (".docx", ".docm", ".dotx", ".dotm")
    textual = False

    def sniff(self, data: bytes) -> bool:
        return data[:4] == b"PK\x03\x04" and b"word/document.xml" in data

    def read(self, path: str, data: bytes) -> Document:
        return parse_docx(path, data).document


READER = DocxReader()


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split()).rstrip(".") or type(error).__name__
    return text[:160]


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"

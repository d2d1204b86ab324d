"""Key citations: LaTeX ``\\cite{key}`` commands and pandoc ``[@key]`` citations, and linking them.

Verbs: ``extract_key_citations(doc, ranges)`` finds them, ``merge_citations`` puts them beside the
author-date and numeric citations (one offset order, ids c1..cN), ``KeyIndex`` links a key to the
entry with that key, and ``bibliography_names``/``bibliography_paths`` read which bibliography
files a document names (``\\bibliography{a,b}``, ``\\addbibresource{x.bib}``, YAML
``bibliography:``). All pure: the files are read at the edge (``refcheck.ingest.docbib``).

What is read, by ``Document.format``:

* ``latex``: the cite commands of natbib, biblatex and apacite (``\\cite``, ``\\citep``,
  ``\\citet``, ``\\citeauthor``, ``\\citeyear``, ``\\parencite``, ``\\textcite``, ``\\autocite``,
  ``\\footcite``, ``\\nocite``... with ``*`` and capitalised forms), with up to two optional
  arguments (``\\cite[see][p. 5]{a,b}``: one optional argument is the post-note, two are pre-
  and post-note) and several keys; biblatex multicite commands (``\\cites[p. 1]{a}[p. 2]{b}``).
  Commands inside ``comment`` and ``code`` regions (``%`` comments, verbatim) are not citations.
* ``markdown``: pandoc citations ``[@key]``, ``[@key, p. 33]``, ``[-@key]``, ``[see @a; @b]``
  (every ``;`` part of the brackets must hold one key, else the brackets are prose) and
  narrative ``@key`` (optionally ``@key [p. 33]``). Decision: narrative ``@key`` is read only in
  a file that shows it is cited the pandoc way, by a bracketed citation or a front-matter
  ``bibliography``/``references``/``nocite``/``csl`` field: in other Markdown, ``@alice`` is a
  handle, not a missing reference. Keys as pandoc reads them (start with a
  letter, digit or ``_``; inner punctuation ``:.#$%&-+?<>~/`` only between word characters, or
  any text in braces ``@{...}``). Not citations: ``user@example.org`` (``@`` after a word
  character), ``\\@key``, anything in code, comments, link URLs, autolinks or the front matter,
  except the front matter's ``nocite:`` field. LaTeX cite commands are read too (pandoc passes
  raw LaTeX through).
* every format but LaTeX, when the reference list labels its entries with BibTeX's alpha keys
  ("[Qui93] J. R. Quinlan. …", which ``refcheck.references`` reads as the entry's key): the
  bracketed keys of the text, "[Qui93]", "[BFS+96, Knu84a]", "[Knu84, p. 12]" (every part of
  the bracket a key or a locator after one; with fewer than three keys in the list, one of them
  must be listed, so that "[A12]" in prose is not read).
* otherwise: none.

Citations: one Citation of kind ``key`` per key, ``keys == (key,)``; its span is the key itself
(``smith2001`` inside ``\\cite{smith2001}``, ``@smith2001`` or ``-@smith2001`` in pandoc), so a
finding points at the key that is wrong. Keys of one command (or one pandoc bracket) share a
``group``; the pre-note is the ``prefix`` of the first key and the post-note the ``locator`` of
the last, as they print. ``narrative`` for ``\\citet``/``\\textcite``/``\\citeauthor``-like
commands and in-text ``@key``. ``\\nocite{*}`` (and pandoc ``nocite: '@*'``) is the key ``*``,
which ``KeyIndex`` links to every keyed entry: all of them are printed, so none is uncited.

Linking (decision): keys are compared exactly first, as biber and pandoc do; a key that differs
only in case still links (status ``folded``), because BibTeX finds it, and the rule
``key-case-mismatch`` warns that biber and pandoc would not. With a key defined twice the first
definition wins, as in BibTeX and biber (``duplicate-key`` reports the second).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from refcheck.intervals import Intervals
from refcheck.model import Citation, Document, Reference

Ranges = tuple[tuple[int, int], ...]


def _lazy(pattern: str) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on first use: most documents hold no key citations, and compiling
    every pattern would cost start-up time on every run."""
    return functools.cache(lambda: re.compile(pattern))


# -- LaTeX cite commands ---------------------------------------------------------------------------

CITE_COMMANDS = frozenset(
    {
        # natbib and LaTeX
        *("cite", "Cite", "citep", "Citep", "citet", "Citet", "citealp", "Citealp"),
        *("citealt", "Citealt", "citeauthor", "Citeauthor", "citeyear", "citeyearpar"),
        *("citenum", "nocite"),
        # biblatex
        *("parencite", "Parencite", "textcite", "Textcite", "autocite", "Autocite"),
        *("footcite", "Footcite", "footcitetext", "smartcite", "Smartcite", "supercite"),
        *("fullcite", "footfullcite", "citetitle", "Citetitle", "citedate", "citeurl"),
        # apacite
        *("citeA", "citeNP", "citeyearNP", "citeauthorNP", "shortcite", "shortciteA"),
        *("shortciteNP",),
    }
)
MULTICITE_COMMANDS = frozenset(
    {
        *("cites", "Cites", "parencites", "Parencites", "footcites", "Footcites"),
        *("footcitetexts", "textcites", "Textcites", "smartcites", "Smartcites"),
        *("autocites", "Autocites", "supercites"),
    }
)
NARRATIVE_COMMANDS = frozenset(
    {
        *("citet", "Citet", "citealt", "Citealt", "citeauthor", "Citeauthor", "citeauthorNP"),
        *("textcite", "Textcite", "textcites", "Textcites", "citeA", "shortciteA"),
    }
)
_CITE = _lazy(
    r"\\("
    + "|".join(sorted(CITE_COMMANDS | MULTICITE_COMMANDS, key=lambda n: (-len(n), n)))
    + r")(?![A-Za-z@])(\*?)"
)
_OPTIONAL = _lazy(r"\[((?:[^\[\]{}]|\{[^{}]{0,500}+\})*+)\]")
_KEY_ARG = _lazy(r"\{([^{}]*+)\}")
_LATEX_COMMENT = _lazy(r"(?<!\\)%[^\n]*+")
_KEY_PIECE = _lazy(r"[^,]++")
_PARENS = _lazy(r"\([^()\n]{0,300}+\)")
MAX_MULTICITE = 100


@dataclass(frozen=True, slots=True)
class CiteKey:
    key: str
    start: int  # offsets of the key in the source
    end: int


@dataclass(frozen=True, slots=True)
class CiteGroup:
    """One ``[pre][post]{keys}`` of a command (multicite commands have several)."""

    keys: tuple[CiteKey, ...]
    prenote: str | None = None
    postnote: str | None = None


@dataclass(frozen=True, slots=True)
class CiteCommand:
    """A LaTeX cite command as written: ``source[start:end]`` is the whole command."""

    name: str
    start: int
    end: int
    groups: tuple[CiteGroup, ...]

    @property
    def narrative(self) -> bool:
        return self.name in NARRATIVE_COMMANDS


_SPACE = _lazy(r"[ \t\r]*+(?:\n[ \t\r]*+)?")


def skip_space(source: str, position: int) -> int:
    """After spaces and at most one line break (a blank line ends a command's arguments)."""
    match = _SPACE().match(source, position)
    return match.end() if match else position


def _note(source: str, start: int, end: int) -> str | None:
    text = " ".join(source[start:end].replace("~", " ").split())
    return text or None


def _keys(source: str, start: int, end: int) -> tuple[CiteKey, ...]:
    """The comma-separated keys of ``source[start:end]``; ``%`` comments count as space."""
    inner = source[start:end]
    if "%" in inner:
        inner = _LATEX_COMMENT().sub(lambda m: " " * len(m.group()), inner)
    keys: list[CiteKey] = []
    for piece in _KEY_PIECE().finditer(inner):
        text = piece.group()
        stripped = text.strip()
        if not stripped:
            continue
        offset = start + piece.start() + (len(text) - len(text.lstrip()))
        keys.append(CiteKey(stripped, offset, offset + len(stripped)))
    return tuple(keys)


def _group_at(source: str, position: int) -> tuple[CiteGroup, int] | None:
    """``[pre][post]{keys}`` at ``position`` (after optional space), and the offset after it."""
    notes: list[tuple[int, int]] = []
    cursor = skip_space(source, position)
    while len(notes) < 2:
        optional = _OPTIONAL().match(source, cursor)
        if optional is None:
            break
        notes.append(optional.span(1))
        cursor = skip_space(source, optional.end())
    keys = _KEY_ARG().match(source, cursor)
    if keys is None:
        return None
    pre = post = None
    if len(notes) == 1:
        post = _note(source, *notes[0])
    elif len(notes) == 2:
        pre, post = _note(source, *notes[0]), _note(source, *notes[1])
    return CiteGroup(_keys(source, *keys.span(1)), pre, post), keys.end()


def parse_cite(source: str, start: int) -> CiteCommand | None:
    """The cite command whose backslash is at ``start``, or None when there is none there (or
    it has no key argument)."""
    match = _CITE().match(source, start)
    if match is None:
        return None
    name = match.group(1)
    position = match.end()
    groups: list[CiteGroup] = []
    if name in MULTICITE_COMMANDS:
        for _ in range(2):  # the global (pre)(post) notes of a multicite command
            cursor = skip_space(source, position)
            parens = _PARENS().match(source, cursor)
            if parens is None:
                break
            position = parens.end()
        while len(groups) < MAX_MULTICITE:
            found = _group_at(source, position)
            if found is None:
                break
            groups.append(found[0])
            position = found[1]
    else:
        found = _group_at(source, position)
        if found is not None:
            groups.append(found[0])
            position = found[1]
    if not groups:
        return None
    return CiteCommand(name, start, position, tuple(groups))


def _escaped(source: str, offset: int) -> bool:
    """True when an odd run of backslashes ends right before ``offset``."""
    run = 0
    while offset - run > 0 and source[offset - run - 1] == "\\" and run < 1000:
        run += 1
    return run % 2 == 1


def scan_cites(source: str, start: int = 0, end: int | None = None) -> Iterator[CiteCommand]:
    """Every cite command beginning in ``source[start:end]``, in order, not overlapping."""
    stop = len(source) if end is None else end
    position = start
    while True:
        match = _CITE().search(source, position, stop)
        if match is None:
            return
        if _escaped(source, match.start()):  # "\\cite{a}" is a line break, then "cite{a}"
            position = match.start() + 1
            continue
        command = parse_cite(source, match.start())
        if command is None:
            position = match.end()
            continue
        yield command
        position = command.end


# -- pandoc citations ------------------------------------------------------------------------------

_KEY_BODY = r"(?:\{[^{}\n]{1,300}+\}|\w(?:\w|[:.#$%&\-+?<>~/](?=\w))*+)"
_AT_KEY = _lazy(r"(-?)@(" + _KEY_BODY + r"|\*)")
_BRACKETS = _lazy(r"\[([^\[\]@]{0,300}+@[^\[\]]{0,2000}+)\]")
_NARRATIVE_AT = _lazy(r"(?<![\w@\\/.+\-])@(" + _KEY_BODY + r")(?!@)")
_NARRATIVE_LOCATOR = _lazy(r"[ \t]?\[([^\[\]@\n]{1,200}+)\](?![(\[:])")
_MARKDOWN_EXCLUDED = frozenset({"code", "comment", "front-matter", "link-url", "autolink"})
_LATEX_EXCLUDED = frozenset({"comment", "code"})


@dataclass(frozen=True, slots=True)
class _Item:
    """One key as found: offsets of the citation text, the key, notes, group and style."""

    start: int
    end: int
    key: str
    group: int
    prefix: str | None = None
    locator: str | None = None
    narrative: bool = False


def _strip_key(raw: str) -> str:
    """``{https://x}`` -> ``https://x``: pandoc's braces only delimit the key."""
    return raw[1:-1].strip() if raw.startswith("{") and raw.endswith("}") else raw


def _pandoc_part(text: str, start: int, end: int) -> tuple[int, int, str, str, str] | None:
    """The key of one ``;`` part of a bracket: (at, key end, key, prefix, suffix), or None."""
    for match in _AT_KEY().finditer(text, start, end):
        at = match.start()
        if at > start and not text[at - 1].isspace():
            continue  # "[see-@a]", "[mail@x.org]": no key here
        key = match.group(2)
        if key == "*":
            continue
        return at, match.end(), _strip_key(key), text[start:at], text[match.end() : end]
    return None


def _pandoc_brackets(
    doc: Document, lo: int, hi: int, excluded: Intervals, groups: Iterator[int]
) -> tuple[list[_Item], list[tuple[int, int]]]:
    text, source = doc.text, doc.source
    items: list[_Item] = []
    claimed: list[tuple[int, int]] = []
    for match in _BRACKETS().finditer(text, lo, hi):
        open_at = match.start()
        if excluded.covers(open_at) or (open_at > 0 and source[open_at - 1] == "\\"):
            continue
        inner_start, inner_end = match.span(1)
        parts: list[tuple[int, int, str, str, str]] = []
        cursor = inner_start
        valid = True
        while cursor <= inner_end:
            semicolon = text.find(";", cursor, inner_end)
            part_end = inner_end if semicolon == -1 else semicolon
            found = _pandoc_part(text, cursor, part_end)
            if found is None:
                valid = False
                break
            parts.append(found)
            cursor = part_end + 1
        if not valid or not parts:
            continue
        group = next(groups)
        for at, key_end, key, prefix, suffix in parts:
            locator = suffix.strip().lstrip(",").strip() or None
            items.append(_Item(at, key_end, key, group, " ".join(prefix.split()) or None, locator))
        claimed.append((open_at, match.end()))
    return items, claimed


def _pandoc_narrative(
    doc: Document, lo: int, hi: int, excluded: Intervals, groups: Iterator[int]
) -> list[_Item]:
    text, source = doc.text, doc.source
    items: list[_Item] = []
    for match in _NARRATIVE_AT().finditer(text, lo, hi):
        at = match.start()
        if excluded.covers(at) or (at > 0 and source[at - 1] == "\\"):
            continue
        locator_match = _NARRATIVE_LOCATOR().match(text, match.end())
        locator = " ".join(locator_match.group(1).split()) if locator_match else None
        key = _strip_key(match.group(1))
        items.append(_Item(at, match.end(), key, next(groups), None, locator, True))
    return items


# Front-matter fields that say a Markdown file is cited the pandoc way.
_PANDOC_FIELDS = ("bibliography", "references", "nocite", "csl", "citation-style")
_FRONT_KEY = _lazy(r"^([A-Za-z_][\w-]*+)[ \t]*+:(.*)$")
_NOCITE_AT = _lazy(r"@(" + _KEY_BODY + r"|\*)")


def _front_matter_fields(doc: Document) -> dict[str, tuple[str, int]]:
    """Top-level YAML fields of the front matter: name -> (value text with its following indented
    lines, offset of that text). A subset of YAML, enough for ``bibliography`` and ``nocite``."""
    regions = doc.regions_of("front-matter")
    if not regions:
        return {}
    region = regions[0]
    fields: dict[str, tuple[str, int]] = {}
    current: str | None = None
    value_start = 0
    position = region.start
    for line in doc.source[region.start : region.end].splitlines(keepends=True):
        found = _FRONT_KEY().match(line.rstrip("\r\n"))
        if found:
            current = found.group(1)
            value_start = position + found.start(2)
            fields[current] = (found.group(2), value_start)
        elif current is not None and (line[:1] in " \t-" or not line.strip()):
            start = fields[current][1]
            fields[current] = (doc.source[start : position + len(line)], start)
        else:
            current = None
        position += len(line)
    return fields


def _nocite_items(doc: Document, groups: Iterator[int]) -> list[_Item]:
    field = _front_matter_fields(doc).get("nocite")
    if field is None:
        return []
    value, offset = field
    items: list[_Item] = []
    for match in _NOCITE_AT().finditer(value):
        key = _strip_key(match.group(1))
        start = offset + match.start()
        items.append(_Item(start, offset + match.end(), key, next(groups)))
    return items


# -- extraction ------------------------------------------------------------------------------------


def _clip(length: int, ranges: Ranges | None) -> list[tuple[int, int]]:
    if ranges is None:
        return [(0, length)]
    return [(max(0, a), min(length, b)) for a, b in sorted(ranges) if min(length, b) > max(0, a)]


def _latex_items(
    doc: Document, clipped: list[tuple[int, int]], excluded: Intervals, groups: Iterator[int]
) -> list[_Item]:
    items: list[_Item] = []
    for lo, hi in clipped:
        for command in scan_cites(doc.source, lo, hi):
            if excluded.covers(command.start):
                continue
            group = next(groups)
            for cite_group in command.groups:
                keys = cite_group.keys
                for index, key in enumerate(keys):
                    items.append(
                        _Item(
                            key.start,
                            key.end,
                            key.key,
                            group,
                            cite_group.prenote if index == 0 else None,
                            cite_group.postnote if index == len(keys) - 1 else None,
                            command.narrative,
                        )
                    )
    return items


# BibTeX's alpha style, printed: the list labels its entries "[Qui93]", "[BFS+96]", "[Knu84a]"
# and the text cites "[Qui93]", "[BFS+96, Knu84a]", "[Knu84, p. 12]"
ALPHA_KEY = r"[A-Z][A-Za-z+-]{0,7}\d{2}(?:\d{2})?[a-z]?"
_PRINTED_BRACKET = _lazy(r"\[([^\[\]\n]{2,300})\]")
_PRINTED_PART = _lazy(r"[^,;]+")
_PRINTED_KEY = _lazy(rf"\s*({ALPHA_KEY})\s*")
_PRINTED_LOCATOR = _lazy(
    r"\s*((?:pp?|ch|chap|sec|thm|lem|cor|def|eq|fig|Theorem|Lemma|Section|Chapter|Corollary"
    r"|Definition|Proposition|Prop|Example)\.?\s*[\w.–-]+|\d+(?:[–-]\d+)?)\s*"
)
_PRINTED_EXCLUDED = frozenset({"code", "comment"})


def _printed_bracket(
    source: str, bracket: re.Match[str], keys: frozenset[str], group: int
) -> list[_Item]:
    """The keys of one bracket when every part of it is a key (or a key's locator): "[Qui93,
    Bre96]", "[Knu84, p. 12]"; none for "[A12 mutant]"."""
    items: list[_Item] = []
    for part in _PRINTED_PART().finditer(source, bracket.start(1), bracket.end(1)):
        key = _PRINTED_KEY().fullmatch(source, part.start(), part.end())
        if key is not None:
            items.append(_Item(key.start(1), key.end(1), key.group(1), group))
            continue
        locator = _PRINTED_LOCATOR().fullmatch(source, part.start(), part.end())
        if locator is None or not items or items[-1].locator:
            return []
        items[-1] = replace(items[-1], locator=locator.group(1))
    # (a bracket of keys none of which is listed is a citation too, missing its entries, once
    # the list shows the style with three keys or more)
    return items if len(keys) >= 3 or any(item.key in keys for item in items) else []


def _printed_items(
    doc: Document,
    clipped: list[tuple[int, int]],
    excluded: Intervals,
    counter: Iterator[int],
    keys: frozenset[str],
) -> list[_Item]:
    items: list[_Item] = []
    for lo, hi in clipped:
        for bracket in _PRINTED_BRACKET().finditer(doc.source, lo, hi):
            if not excluded.covers(bracket.start()):
                items.extend(_printed_bracket(doc.source, bracket, keys, next(counter)))
    return items


def extract_key_citations(
    doc: Document, ranges: Ranges | None = None, printed_keys: frozenset[str] = frozenset()
) -> tuple[Citation, ...]:
    """Key citations in the body ranges (default: all), sorted by offset, ids k1..kN. Never
    raises; see the module docstring for what is read in which format. ``printed_keys``: the
    alpha keys the reference list prints as labels, which the text cites in brackets (any
    format but LaTeX, whose keys are its commands')."""
    try:
        return _extract(doc, ranges, printed_keys)
    except (RecursionError, ValueError, IndexError):  # never stop a check on odd input
        return ()


def _extract(
    doc: Document, ranges: Ranges | None, printed_keys: frozenset[str]
) -> tuple[Citation, ...]:
    printed = bool(printed_keys) and doc.format != "latex"
    if doc.format not in ("latex", "markdown") and not printed:
        return ()
    clipped = _clip(len(doc.source), ranges)
    counter = iter(range(1, 1 << 62))
    items: list[_Item] = []
    if doc.format == "latex":
        excluded = Intervals((r.start, r.end) for r in doc.regions if r.kind in _LATEX_EXCLUDED)
        items = _latex_items(doc, clipped, excluded, counter)
    elif doc.format == "markdown":
        excluded = Intervals((r.start, r.end) for r in doc.regions if r.kind in _MARKDOWN_EXCLUDED)
        items = _latex_items(doc, clipped, excluded, counter)
        claimed: list[tuple[int, int]] = []
        for lo, hi in clipped:
            found, taken = _pandoc_brackets(doc, lo, hi, excluded, counter)
            items.extend(found)
            claimed.extend(taken)
        fields = _front_matter_fields(doc)
        if claimed or any(name in fields for name in _PANDOC_FIELDS):
            taken_by = Intervals([*claimed, *((i.start, i.end) for i in items)])
            for lo, hi in clipped:
                narrative = _pandoc_narrative(doc, lo, hi, excluded, counter)
                items.extend(i for i in narrative if not taken_by.covers(i.start))
        items.extend(_nocite_items(doc, counter))
    if printed:
        kinds = _MARKDOWN_EXCLUDED if doc.format == "markdown" else _PRINTED_EXCLUDED
        skipped = Intervals((r.start, r.end) for r in doc.regions if r.kind in kinds)
        cited = Intervals((item.start, item.end) for item in items)
        printed_items = _printed_items(doc, clipped, skipped, counter, printed_keys)
        items.extend(item for item in printed_items if not cited.covers(item.start))
    items.sort(key=lambda item: (item.start, item.end))
    return _build(doc, items, "k")


def _build(doc: Document, items: Sequence[_Item], prefix: str) -> tuple[Citation, ...]:
    """Citations in item order; positional arguments because this runs per citation."""
    citations: list[Citation] = []
    append = citations.append
    source, span = doc.source, doc.span
    groups: dict[int, int] = {}
    last_end = -1
    for item in items:
        if item.start < last_end or not item.key:
            continue
        last_end = item.end
        group = groups.setdefault(item.group, len(groups) + 1)
        append(
            Citation(
                f"{prefix}{len(citations) + 1}",
                "key",
                source[item.start : item.end],
                span(item.start, item.end),
                (),
                None,
                (),
                (item.key,),
                item.locator,
                group,
                item.narrative,
                False,
                None,
                item.prefix,
            )
        )
    return tuple(citations)


def merge_citations(
    citations: Sequence[Citation], key_citations: Sequence[Citation]
) -> tuple[Citation, ...]:
    """Both kinds in one offset order with ids c1..cN and groups renumbered in order; a citation
    of ``citations`` overlapping a key citation is dropped (the key says what is cited)."""
    if not key_citations:
        return tuple(citations)
    keyed = Intervals((c.span.start, c.span.end) for c in key_citations)

    def overlaps(citation: Citation) -> bool:
        return keyed.overlaps(citation.span.start, citation.span.end)

    tagged = [(c.span.start, c.span.end, 0, c) for c in citations if not overlaps(c)]
    tagged += [(c.span.start, c.span.end, 1, c) for c in key_citations]
    tagged.sort(key=lambda t: (t[0], t[1], t[2]))
    groups: dict[tuple[int, int], int] = {}
    merged: list[Citation] = []
    for _, _, source, citation in tagged:
        group = groups.setdefault((source, citation.group), len(groups) + 1)
        merged.append(replace(citation, id=f"c{len(merged) + 1}", group=group))
    return tuple(merged)


# -- linking ---------------------------------------------------------------------------------------


class KeyIndex:
    """Entries by key: exact, then case-folded; the first definition of a key wins."""

    def __init__(self, references: Sequence[Reference]) -> None:
        self.exact: dict[str, int] = {}
        self.folded: dict[str, int] = {}
        self.keyed: list[int] = []
        for position, reference in enumerate(references):
            if not reference.key:
                continue
            self.keyed.append(position)
            self.exact.setdefault(reference.key, position)
            self.folded.setdefault(reference.key.casefold(), position)

    def link(self, citation: Citation) -> tuple[list[int], str, float]:
        """``(positions, status, score)`` as ``match.link_citations`` records them: status
        "exact", "folded" (the key differs in case only), "partial" or "none"."""
        positions: list[int] = []
        statuses: set[str] = set()
        for key in citation.keys:
            if key == "*":
                positions.extend(self.keyed)
                statuses.add("exact")
            elif key in self.exact:
                positions.append(self.exact[key])
                statuses.add("exact")
            elif key.casefold() in self.folded:
                positions.append(self.folded[key.casefold()])
                statuses.add("folded")
            else:
                statuses.add("none")
        positions = list(dict.fromkeys(positions))
        if not statuses or statuses == {"none"}:
            return [], "none", 0.0
        if "none" in statuses:
            return positions, "partial", 100.0
        return positions, ("folded" if "folded" in statuses else "exact"), 100.0


# -- bibliography files named by the document ------------------------------------------------------

_LATEX_BIBLIOGRAPHY = _lazy(
    r"\\(bibliography|nobibliography|addbibresource|addglobalbib|addsectionbib)(?![A-Za-z@])\*?"
)
_FLOW_LIST = re.compile(r"^\[(.*)\]$", re.DOTALL)
_LINE_COMMENT = _lazy(r"(?:^|(?<=\s))#[^\n]*+")


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _yaml_list(value: str) -> list[str]:
    """A YAML scalar, flow list ``[a, b]`` or block list (``- a`` lines) as strings."""
    value = _LINE_COMMENT().sub("", value).strip()
    if not value:
        return []
    flow = _FLOW_LIST.match(value)
    if flow:
        return [_unquote(v) for v in flow.group(1).split(",") if _unquote(v)]
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    if all(line.startswith("-") for line in lines):
        return [_unquote(line[1:]) for line in lines if _unquote(line[1:])]
    return [_unquote(lines[0])] if len(lines) == 1 else []


def bibliography_names(doc: Document) -> tuple[str, ...]:
    """The bibliography files a document names, as written (``.bib`` added for
    ``\\bibliography{refs}``); remote resources and names built from macros are left out."""
    names: list[str] = []
    if doc.format == "latex":
        excluded = Intervals((r.start, r.end) for r in doc.regions if r.kind in _LATEX_EXCLUDED)
        source = doc.source
        for match in _LATEX_BIBLIOGRAPHY().finditer(source):
            if excluded.covers(match.start()) or _escaped(source, match.start()):
                continue
            found = _group_at(source, match.end())
            if found is None:
                continue
            for key in found[0].keys:
                name = key.key
                if match.group(1) in ("bibliography", "nobibliography"):
                    names.extend(
                        n if n.lower().endswith(".bib") else f"{n}.bib"
                        for n in (part.strip() for part in name.split(","))
                        if n
                    )
                else:
                    names.append(name)
    elif doc.format == "markdown":
        field = _front_matter_fields(doc).get("bibliography")
        if field is not None:
            names.extend(_yaml_list(field[0]))
    return tuple(
        dict.fromkeys(n for n in names if "://" not in n and "\\" not in n and "#" not in n)
    )


def bibliography_paths(doc: Document) -> tuple[str, ...]:
    """``bibliography_names`` resolved against the document's directory (no I/O): the paths
    its own bibliography is loaded from, and the ``origin`` of those entries."""
    base = os.path.dirname(doc.path) if not doc.path.startswith("<") else ""
    return tuple(
        dict.fromkeys(
            os.path.normpath(name if os.path.isabs(name) else os.path.join(base, name))
            for name in bibliography_names(doc)
        )
    )


__all__ = [
    "CITE_COMMANDS",
    "MULTICITE_COMMANDS",
    "NARRATIVE_COMMANDS",
    "CiteCommand",
    "CiteGroup",
    "CiteKey",
    "KeyIndex",
    "bibliography_names",
    "bibliography_paths",
    "extract_key_citations",
    "merge_citations",
    "parse_cite",
    "scan_cites",
    "skip_space",
]

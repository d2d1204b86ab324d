"""Suppressions: comments in manuscripts and sidecar ignore files, and which of them were used.

Comments: ``% refcheck: ignore[rule, ...]`` (LaTeX) and ``<!-- refcheck: ignore[rule, ...] -->``
(Markdown, HTML, and text files that use them). A comment that shares its line with other text
silences that line; a comment alone on its line silences the next line (the usual place, above
the citation or entry; stacked comment lines all apply to the line below them). ``ignore[...]``
names rules by name or code (``ignore[missing-reference, RC102]``); ``ignore`` alone silences
every rule. A finding belongs to the line its span starts on; findings without a span (about the
whole document) and findings in other files (a ``.bib``) are never silenced by a comment.

Sidecar file, for formats without comments (DOCX, PDF; it works for every format): next to
``paper.docx``, a file ``paper.docx.refcheck-ignore`` with one suppression a line::

    # comments and blank lines are skipped
    12 author-mismatch          # line (paragraph) 12, as refcheck reports it
    7 RC104, RC101              # several rules
    3                           # every rule on line 3
    * uncited-reference         # every line, and findings about the whole document

Decision: a sidecar next to the file rather than one ``.refcheckignore`` for a whole tree, so
that it moves and is deleted with its manuscript, and needs no path that a rename breaks.

Decision: the directive is only read inside a comment (a ``%`` not escaped as ``\\%``, or
``<!--``), so prose that mentions it is no directive; a LaTeX ``%`` is taken as a comment in
every format, since no manuscript writes ``% refcheck:`` as prose.

``unused`` lists the suppressions that silenced nothing (the ``unused-suppression`` rule). A
name is judged only when its rule ran: a suppression of ``broken-url`` is not unused in an
offline run, and a bare ``ignore`` is judged only when every rule ran.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from refcheck.errors import InputError
from refcheck.model import Document, Finding, Span

_DIRECTIVE = re.compile(
    r"(?:(?<!\\)%|<!--)[ \t]*+refcheck[ \t]*+:[ \t]*+ignore(?![\w-])(?:[ \t]*+\[([^\]\n]*+)\])?"
)
_ALL = frozenset({"*"})
SIDECAR_SUFFIX = ".refcheck-ignore"


@dataclass(frozen=True, slots=True)
class Suppression:
    """One directive: the line it silences (None: the whole document), the lower-case rule
    names/codes (``{"*"}``: every rule), and where it is written: ``span`` in the manuscript,
    or in the sidecar file ``origin``."""

    line: int | None
    names: frozenset[str]
    span: Span
    origin: str | None = None  # the sidecar file's path; None for a comment in the manuscript


def _names(listed: str | None) -> frozenset[str]:
    if listed is None:
        return _ALL
    names = frozenset(n.strip().lower() for n in listed.split(",") if n.strip())
    return names or _ALL


def comment_suppressions(doc: Document) -> tuple[Suppression, ...]:
    """The suppression comments of a manuscript, in document order."""
    source = doc.source
    if "refcheck" not in source:
        return ()
    found: list[tuple[int, bool, frozenset[str], Span]] = []
    for match in _DIRECTIVE.finditer(source):
        line, column = doc.position(match.start())
        before = source[match.start() - column + 1 : match.start()]
        span = doc.span(match.start(), match.end())
        found.append((line, not before.strip(), _names(match.group(1)), span))
    alone = {line for line, is_alone, _, _ in found if is_alone}
    result = []
    for line, is_alone, names, span in found:
        target = line
        if is_alone:
            target = line + 1
            while target in alone:  # stacked comment lines all apply to the line below them
                target += 1
        result.append(Suppression(target, names, span))
    return tuple(result)


def suppressions(doc: Document) -> dict[int, frozenset[str]]:
    """Line (1-based) -> the rule names/codes its comments silence (``{"*"}`` for all)."""
    silenced: dict[int, frozenset[str]] = {}
    for item in comment_suppressions(doc):
        if item.line is not None:
            silenced[item.line] = silenced.get(item.line, frozenset()) | item.names
    return silenced


def sidecar_path(manuscript: str | Path) -> Path:
    """Where the sidecar ignore file of a manuscript is: ``paper.docx.refcheck-ignore``."""
    return Path(str(manuscript) + SIDECAR_SUFFIX)


_SIDECAR_LINE = re.compile(r"(\*|\d+)(?:\s+([^#]*?))?\s*(?:#.*)?")


def parse_sidecar(text: str, origin: str) -> tuple[Suppression, ...]:
    """The suppressions of a sidecar file's text; InputError names a line it cannot read."""
    result = []
    offset = 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        line_text = raw.rstrip("\r\n")
        start, offset = offset, offset + len(raw)
        stripped = line_text.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _SIDECAR_LINE.fullmatch(stripped)
        if match is None or (match[1] != "*" and int(match[1]) < 1):
            raise InputError(
                f"{origin}:{number}: expected 'LINE [RULE, ...]' or '* RULE, ...', not {stripped!r}"
            )
        names = _names(match[2].replace(" ", ",") if match[2] else None)
        span = Span(start, start + len(line_text), number, 1, number, len(line_text) + 1)
        target = None if match[1] == "*" else int(match[1])
        result.append(Suppression(target, names, span, origin))
    return tuple(result)


def read_sidecar(manuscript: str | Path) -> tuple[Suppression, ...]:
    """The sidecar suppressions of a manuscript (none when it has no sidecar file)."""
    path = sidecar_path(manuscript)
    if not path.is_file():
        return ()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {path}: {error}") from None
    return parse_sidecar(text, str(path))


def _silences(item: Suppression, finding: Finding) -> frozenset[str]:
    """The names under which ``item`` silences ``finding`` (``*`` for all); empty if none."""
    if (item.origin is None or item.line is not None) and (
        finding.span is None or finding.path or finding.span.line != item.line
    ):
        return frozenset()  # a comment or numbered line: only findings on that manuscript line
    if "*" in item.names:
        return _ALL
    return item.names & {finding.rule.lower(), finding.code.lower()}


def apply_suppressions(
    findings: Sequence[Finding], items: Sequence[Suppression]
) -> tuple[tuple[Finding, ...], frozenset[tuple[int, str]]]:
    """``findings`` without those silenced (order kept), and what was used: (index of the
    suppression in ``items``, a name that matched)."""
    if not items:
        return tuple(findings), frozenset()
    kept: list[Finding] = []
    used: set[tuple[int, str]] = set()
    for finding in findings:
        hits = {(i, name) for i, item in enumerate(items) for name in _silences(item, finding)}
        used |= hits
        if not hits:
            kept.append(finding)
    return tuple(kept), frozenset(used)


def suppress_findings(doc: Document, findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """``findings`` without those a suppression comment silences; order kept."""
    return apply_suppressions(findings, comment_suppressions(doc))[0]


def unused(
    items: Sequence[Suppression],
    used: Collection[tuple[int, str]],
    ran: Collection[str],
    every_rule_ran: bool,
) -> tuple[tuple[Suppression, tuple[str, ...]], ...]:
    """Each suppression that silenced nothing under some name, with those names (sorted;
    ``("*",)`` for a bare ignore). ``ran`` holds the names of the rules that ran; a name of a rule that did not run is not judged, and neither is a bare ignore
    unless ``every_rule_ran``. A name that is no rule at all is always unused."""
    from refcheck.rules import find_rule

    result: list[tuple[Suppression, tuple[str, ...]]] = []
    for index, item in enumerate(items):
        hit = {name for i, name in used if i == index}
        if "*" in item.names:
            if every_rule_ran and not hit:
                result.append((item, ("*",)))
            continue
        idle = []
        for name in sorted(item.names):
            if name in hit:
                continue
            rule = find_rule(name)
            if rule is None or rule.name in ran:
                idle.append(name)
        if idle:
            result.append((item, tuple(idle)))
    return tuple(result)


__all__ = [
    "SIDECAR_SUFFIX",
    "Suppression",
    "apply_suppressions",
    "comment_suppressions",
    "parse_sidecar",
    "read_sidecar",
    "sidecar_path",
    "suppress_findings",
    "suppressions",
    "unused",
]

"""Suppression comments in manuscripts: ``% refcheck: ignore[rule, ...]`` (LaTeX) and
``<!-- refcheck: ignore[rule, ...] -->`` (Markdown, HTML, and text files that use them).

``suppress_findings(doc, findings)`` drops the findings a comment silences. A comment that shares
its line with other text silences that line; a comment alone on its line silences the next line
(the usual place, above the citation or entry; stacked comment lines all apply to the line
below them). ``ignore[...]`` names rules by name or code
(``ignore[missing-reference, RC102]``); ``ignore`` alone silences every rule. A finding belongs
to the line its span starts on; findings without a span (about the whole document) and findings
in other files (a ``.bib``) are never silenced by a comment in the manuscript.

Decision: the directive is only read inside a comment (a ``%`` not escaped as ``\\%``, or
``<!--``), so prose that mentions it is no directive; a LaTeX ``%`` is taken as a comment in
every format, since no manuscript writes ``% refcheck:`` as prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refcheck.model import Document, Finding

_DIRECTIVE = re.compile(
    r"(?:(?<!\\)%|<!--)[ \t]*+refcheck[ \t]*+:[ \t]*+ignore(?![\w-])(?:[ \t]*+\[([^\]\n]*+)\])?"
)
_ALL = frozenset({"*"})


def suppressions(doc: Document) -> dict[int, frozenset[str]]:
    """Line (1-based) -> the rule names/codes silenced there (``{"*"}`` for all)."""
    silenced: dict[int, frozenset[str]] = {}
    source = doc.source
    if "refcheck" not in source:
        return silenced
    alone: dict[int, frozenset[str]] = {}  # directives alone on their line
    for match in _DIRECTIVE.finditer(source):
        line, column = doc.position(match.start())
        before = source[match.start() - column + 1 : match.start()]
        listed = match.group(1)
        names = (
            frozenset(n.strip().lower() for n in listed.split(",") if n.strip())
            if listed is not None
            else _ALL
        )
        names = names or _ALL
        if before.strip():
            silenced[line] = silenced.get(line, frozenset()) | names
        else:
            alone[line] = alone.get(line, frozenset()) | names
    for line, names in alone.items():
        target = line + 1
        while target in alone:  # stacked comment lines all apply to the line below them
            target += 1
        silenced[target] = silenced.get(target, frozenset()) | names
    return silenced


def suppress_findings(doc: Document, findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """``findings`` without those a suppression comment silences; order kept."""
    silenced = suppressions(doc)
    if not silenced:
        return tuple(findings)
    kept: list[Finding] = []
    for finding in findings:
        names = silenced.get(finding.span.line) if finding.span and not finding.path else None
        if names and (
            "*" in names or finding.rule.lower() in names or finding.code.lower() in names
        ):
            continue
        kept.append(finding)
    return tuple(kept)


__all__ = ["suppress_findings", "suppressions"]

"""The rule registry: every rule is a function registered with its code, name and severity.

A rule yields ``Hit`` values (message, where, suggestion); the registry turns them into Findings
carrying the rule's name, code and severity, so a rule never repeats its own identity and
``refcheck rules``, README's table and the reports all read the same registry.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from refcheck.model import (
    BodyUrl,
    Citation,
    Document,
    Finding,
    Link,
    Reference,
    Resolution,
    Severity,
    Span,
)
from refcheck.references import ReferenceSection


@dataclass(frozen=True, slots=True)
class Hit:
    message: str
    span: Span | None = None
    citation_id: str | None = None
    reference_id: str | None = None
    suggestion: str | None = None


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may read about one document, computed once by the pipeline."""

    document: Document
    section: ReferenceSection | None
    citations: tuple[Citation, ...]
    references: tuple[Reference, ...]
    links: tuple[Link, ...]
    duplicate_groups: tuple[tuple[str, ...], ...] = ()
    body_urls: tuple[BodyUrl, ...] = ()
    has_bibliography: bool = False  # references came from --bib as well
    resolutions: tuple[Resolution, ...] = ()  # what the network said (refcheck.resolve)
    network: bool = False  # network checks ran (not --offline)
    _by_id: dict[str, Reference] = field(default_factory=dict, repr=False)
    _link_of: dict[str, Link] = field(default_factory=dict, repr=False)
    _resolved: dict[tuple[str, str], Resolution] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({r.id: r for r in self.references})
        self._link_of.update({link.citation_id: link for link in self.links})
        self._resolved.update({(r.kind, r.target): r for r in self.resolutions})

    def resolution(self, kind: str, target: str | None) -> Resolution | None:
        """The network's answer about a DOI, URL or search (``kind`` "doi", "url", "search")."""
        return self._resolved.get((kind, target)) if target else None

    def citing(self, reference_id: str) -> tuple[Citation, ...]:
        """The citations linked to an entry, in document order."""
        return tuple(
            c
            for c in self.citations
            if (link := self._link_of.get(c.id)) is not None
            and link.status not in {"none", "ambiguous"}
            and reference_id in link.reference_ids
        )

    def checked_references(self) -> tuple[Reference, ...]:
        """The entries whose own content rules look at: the manuscript's list, and the entries of
        a ``--bib`` file that this manuscript cites (a shared bibliography's other entries are
        not this manuscript's business)."""
        cited = {i for link in self.links if link.status != "none" for i in link.reference_ids}
        return tuple(r for r in self.references if r.origin == "manuscript" or r.id in cited)

    def reference(self, reference_id: str) -> Reference:
        return self._by_id[reference_id]

    def link(self, citation: Citation) -> Link | None:
        return self._link_of.get(citation.id)

    def locate(self, reference: Reference, part: str | None) -> Span | None:
        """The span of ``part`` inside a manuscript entry, else the entry's span."""
        if reference.span is None or reference.origin != "manuscript" or not part:
            return reference.span
        offset = reference.raw.find(part)
        if offset < 0:
            return reference.span
        start = reference.span.start + offset
        return self.document.span(start, start + len(part))


Check = Callable[[RuleContext], Iterable[Hit]]


@dataclass(frozen=True)
class RuleDoc:
    """A rule's documentation in four parts, read from its docstring's ``What:``, ``Why:``,
    ``Example:`` and ``Fix:`` paragraphs (``refcheck explain`` prints them)."""

    what: str
    why: str
    example: str
    fix: str


_DOC_PART = re.compile(r"^(What|Why|Example|Fix):[ \t]*", re.MULTILINE)


def parse_doc(doc: str) -> RuleDoc:
    """Split a rule docstring into its four parts; ValueError if one is missing or misplaced."""
    marks = list(_DOC_PART.finditer(doc))
    labels = [m.group(1) for m in marks]
    if labels != ["What", "Why", "Example", "Fix"]:
        raise ValueError(
            f"a rule docstring needs What:, Why:, Example:, Fix: in order, not {labels}"
        )
    ends = [m.start() for m in marks[1:]] + [len(doc)]
    parts = [" ".join(doc[m.end() : end].split()) for m, end in zip(marks, ends, strict=True)]
    return RuleDoc(*parts)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    check: Check

    @property
    def parts(self) -> RuleDoc:
        return parse_doc(self.doc)

    @property
    def network(self) -> bool:
        """A rule that reads what the network said (silent with ``--offline``)."""
        return self.check.__module__.endswith(".network_rules")

    def run(self, context: RuleContext) -> Iterator[Finding]:
        for hit in self.check(context):
            path = None
            if hit.reference_id and not hit.citation_id:
                origin = context.reference(hit.reference_id).origin
                path = None if origin == "manuscript" else origin
            yield Finding(
                rule=self.name,
                code=self.code,
                severity=self.severity,
                message=hit.message,
                span=hit.span,
                citation_id=hit.citation_id,
                reference_id=hit.reference_id,
                suggestion=hit.suggestion,
                path=path,
            )


RULES: dict[str, Rule] = {}


def rule(code: str, name: str, severity: Severity, summary: str) -> Callable[[Check], Check]:
    """Register a rule; its docstring is its documentation (what, why, example, fix)."""

    def register(check: Check) -> Check:
        if code in RULES or any(r.name == name for r in RULES.values()):
            raise ValueError(f"rule {code} {name} registered twice")
        doc = inspect.cleandoc(check.__doc__ or "")
        parse_doc(doc)  # every rule documents what, why, an example and the fix
        RULES[code] = Rule(code, name, severity, summary, doc, check)
        return check

    return register


def all_rules() -> tuple[Rule, ...]:
    return tuple(RULES[code] for code in sorted(RULES))


def find_rule(token: str) -> Rule | None:
    """Look a rule up by code (``RC103``) or name (``author-mismatch``)."""
    token = token.strip()
    for current in RULES.values():
        if token.upper() == current.code or token.lower() == current.name:
            return current
    return None


def select_rules(
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> tuple[Rule, ...]:
    """The rules that run, ruff's way: ``select`` defines the set (None: every rule),
    ``extend_select`` adds, ``ignore`` removes, in that order. Each token is a code (``RC103``),
    a code prefix (``RC1``, ``RC31``), a rule name, or ``ALL``; ValueError names an unknown one."""
    chosen = set(RULES) if select is None else set(match_rules(select))
    chosen |= match_rules(extend_select)
    chosen -= match_rules(ignore)
    return tuple(RULES[code] for code in sorted(chosen))


def match_rules(tokens: Iterable[str]) -> set[str]:
    """The codes the tokens name; ValueError("unknown rule 'X'") for one that names none."""
    codes: set[str] = set()
    for token in tokens:
        codes |= match_rule(token)
    return codes


def match_rule(token: str) -> set[str]:
    """The codes one token names: ``ALL``, a code or code prefix, or a rule name."""
    text = token.strip()
    if text.upper() == "ALL":
        return set(RULES)
    found = find_rule(text)
    if found is not None:
        return {found.code}
    prefix = text.upper()
    matched = {code for code in RULES if prefix.startswith("RC") and code.startswith(prefix)}
    if not matched:
        raise ValueError(f"unknown rule {token!r}")
    return matched


def run_rules(context: RuleContext, rules: Sequence[Rule] | None = None) -> tuple[Finding, ...]:
    selected = all_rules() if rules is None else rules
    findings = [finding for current in selected for finding in current.run(context)]
    return tuple(sorted(findings, key=Finding.sort_key))


_HEADINGS = (
    ("what", "What it flags"),
    ("why", "Why it matters"),
    ("example", "Example"),
    ("fix", "Fix"),
)


def explain(current: Rule, width: int = 88) -> str:
    """A rule's documentation as ``refcheck explain`` and ``refcheck rules NAME`` print it."""
    import textwrap

    parts = current.parts
    lines = [f"{current.code} {current.name} ({current.severity.label}): {current.summary}"]
    for field_name, heading in _HEADINGS:
        text = getattr(parts, field_name).replace("``", "`")
        text = text[:1].upper() + text[1:]
        lines += [
            "",
            f"{heading}:",
            textwrap.fill(text, width, initial_indent="  ", subsequent_indent="  "),
        ]
    return "\n".join(lines) + "\n"


def markdown_table() -> str:
    """The rule table README shows (a test keeps README in step with the registry)."""
    lines = ["| code | rule | severity | flags |", "|---|---|---|---|"]
    lines += [f"| {r.code} | `{r.name}` | {r.severity.label} | {r.summary} |" for r in all_rules()]
    return "\n".join(lines)


# Registration happens on import of the rule modules.
from refcheck.rules import (  # noqa: E402
    citation_rules,
    document_rules,
    entry_rules,
    field_rules,
    key_rules,
    network_rules,
    numeric_rules,
    repeat_rules,
)

__all__ = [
    "RULES",
    "Hit",
    "Rule",
    "RuleContext",
    "RuleDoc",
    "all_rules",
    "citation_rules",
    "document_rules",
    "entry_rules",
    "explain",
    "field_rules",
    "find_rule",
    "key_rules",
    "markdown_table",
    "match_rule",
    "match_rules",
    "network_rules",
    "numeric_rules",
    "parse_doc",
    "repeat_rules",
    "rule",
    "run_rules",
    "select_rules",
]

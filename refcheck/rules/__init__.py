"""The rule registry: every rule is a function registered with its code, name and severity.

A rule yields ``Hit`` values (message, where, suggestion); the registry turns them into Findings
carrying the rule's name, code and severity, so a rule never repeats its own identity and
``refcheck rules``, README's table and the reports all read the same registry.
"""

from __future__ import annotations

import inspect
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
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    check: Check

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
        RULES[code] = Rule(
            code, name, severity, summary, inspect.cleandoc(check.__doc__ or ""), check
        )
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


def run_rules(context: RuleContext, rules: Sequence[Rule] | None = None) -> tuple[Finding, ...]:
    selected = all_rules() if rules is None else rules
    findings = [finding for current in selected for finding in current.run(context)]
    return tuple(sorted(findings, key=Finding.sort_key))


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
)

__all__ = [
    "RULES",
    "Hit",
    "Rule",
    "RuleContext",
    "all_rules",
    "citation_rules",
    "document_rules",
    "entry_rules",
    "field_rules",
    "find_rule",
    "key_rules",
    "markdown_table",
    "network_rules",
    "numeric_rules",
    "rule",
    "run_rules",
]

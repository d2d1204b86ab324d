"""What the configuration and the suppressions do to a document's findings, after the rules.

Kept apart from the pipeline's stages so the order is one readable function: the rules a file's
per-file-ignores switch off never run; suppressions (comments, sidecar) drop what they silence and
the idle ones become ``unused-suppression`` findings; then excluded URLs and DOIs are dropped and
severities overridden.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from refcheck.config import Config
from refcheck.model import Document, Finding
from refcheck.rules import Rule, all_rules, find_rule
from refcheck.suppression import Suppression, apply_suppressions, unused

UNUSED = "unused-suppression"


def rules_for(
    document_path: str, rules: Sequence[Rule] | None, config: Config | None
) -> tuple[Rule, ...]:
    """The rules that run on a document: those given (else the config's, else all), less the
    ones its per-file-ignores name."""
    chosen = tuple(rules) if rules is not None else config.rules() if config else all_rules()
    if config is None:
        return chosen
    off = config.ignored_in(document_path)
    return tuple(r for r in chosen if r.code not in off)


def suppress(
    findings: Sequence[Finding],
    items: Sequence[Suppression],
    ran: Collection[Rule],
    network: bool,
) -> tuple[Finding, ...]:
    """``findings`` less those silenced, plus one ``unused-suppression`` finding per
    suppression that silenced nothing (when that rule is among ``ran``)."""
    kept, used = apply_suppressions(findings, items)
    rule = find_rule(UNUSED)
    if rule is None or rule not in ran:
        return kept
    names = {r.name for r in ran if network or not r.network}
    every = network and set(all_rules()) <= set(ran)
    extra = []
    for item, idle in unused(items, used, names, every):
        what = "a suppression" if idle == ("*",) else f"suppression of {', '.join(idle)}"
        unknown = [n for n in idle if n != "*" and find_rule(n) is None]
        why = f" ({', '.join(unknown)}: no such rule)" if unknown else ""
        extra.append(
            Finding(
                rule=rule.name,
                code=rule.code,
                severity=rule.severity,
                message=f"{what} silences nothing{why}",
                span=item.span,
                path=item.origin,
            )
        )
    return (*kept, *extra)


def configure(
    findings: Sequence[Finding], document: Document, config: Config | None
) -> tuple[Finding, ...]:
    """Drop findings about excluded URLs/DOIs and those per-file-ignores names for another file
    (a ``--bib`` entry), and apply the severity overrides."""
    if config is None:
        return tuple(findings)
    result = []
    for finding in findings:
        if finding.path and finding.code in config.ignored_in(finding.path):
            continue
        subject = ""
        if finding.span is not None and not finding.path:
            subject = document.source[finding.span.start : finding.span.end]
        if config.excluded_finding(finding, subject):
            continue
        result.append(config.apply_severity(finding))
    return tuple(result)


__all__ = ["UNUSED", "configure", "rules_for", "suppress"]

"""Rules about the document as a whole (RC0xx)."""

from __future__ import annotations

from collections.abc import Iterator

from refcheck.model import Severity
from refcheck.rules import Hit, RuleContext, rule


@rule("RC001", "no-reference-list", Severity.ERROR, "citations but no reference list to check them")
def no_reference_list(context: RuleContext) -> Iterator[Hit]:
    """What: the manuscript cites works but has no reference list (no heading such as References
    and no trailing block of entries), and no bibliography was given with ``--bib``.

    Why: none of its citations can be checked, and a submission needs the list.
    Example: a chapter draft whose list lives in another file.
    Fix: add the list, or pass the bibliography with ``--bib refs.bib``.
    """
    if context.section is None and not context.has_bibliography and context.citations:
        count = len(context.citations)
        yield Hit(
            f"no reference list found; {count} citation{'s' if count != 1 else ''} cannot be "
            "checked (pass the bibliography with --bib)"
        )


@rule(
    "RC002",
    "unused-suppression",
    Severity.INFO,
    "a suppression comment or sidecar line that silences nothing",
)
def unused_suppression(context: RuleContext) -> Iterator[Hit]:
    """What: a suppression (``% refcheck: ignore[...]``, ``<!-- refcheck: ignore[...] -->``, or
    a line of the manuscript's ``.refcheck-ignore`` sidecar file) that silenced no finding, or
    that names no rule. A rule that did not run (not selected; a network rule with
    ``--offline``) is not judged, nor is a bare ``ignore`` unless every rule ran.

    Why: a stale suppression would hide the next real problem on that line, and a misspelt
    rule name silences nothing while looking as if it did.
    Example: ``% refcheck: ignore[year-mismatch]`` above a citation whose year was corrected
    since; ``ignore[autor-mismatch]``.
    Fix: delete the suppression, or correct the rule name (``refcheck rules`` lists them).
    """
    # The pipeline reports these after applying the suppressions (refcheck.policy.suppress);
    # the registration gives the rule its code, name, severity and documentation.
    return iter(())

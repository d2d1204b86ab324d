"""One definition of a safe lxml parser, shared by every reader of XML (DOCX parts, JATS,
EndNote field data): no entity expansion, no DTD loading, no network, no huge trees. Why here:
a reader that builds its own parser could forget one of these and reopen XXE or entity bombs."""

from __future__ import annotations

from typing import Any


def safe_parser(*, strip: bool = True) -> Any:
    """An ``lxml.etree.XMLParser`` that never resolves entities or fetches anything; ``strip``
    also drops comments and processing instructions (documents, not data islands)."""
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=strip,
        remove_pis=strip,
    )

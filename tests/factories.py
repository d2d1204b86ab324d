"""Small builders for model values, so rule and linker tests state only what matters."""

from __future__ import annotations

from refcheck.model import Citation, DocumentReport, Person, Reference, Span

_SPAN = Span(0, 1, 1, 1, 1, 2)


def cite(
    id: str,
    *authors: str,
    year: str | None = None,
    et_al: bool = False,
    et_al_text: str | None = None,
    numbers: tuple[int, ...] = (),
) -> Citation:
    kind = "numeric" if numbers else "author-date"
    return Citation(
        id=id,
        kind=kind,
        text=f"{' and '.join(authors)}, {year}",
        span=_SPAN,
        authors=tuple(authors),
        year=year,
        numbers=numbers,
        et_al=et_al or et_al_text is not None,
        et_al_text=et_al_text,
    )


def ref(
    id: str,
    *families: str,
    year: str | None = "2000",
    title: str | None = "A title",
    container: str | None = "A Journal",
    corporate: bool = False,
    **fields: object,
) -> Reference:
    return Reference(
        id=id,
        raw=f"{', '.join(families)} ({year}). {title}.",
        authors=tuple(Person(f, "A.") for f in families),
        year=year,
        title=title,
        container=container,
        corporate=corporate,
        **fields,  # type: ignore[arg-type]
    )


def cited(report: DocumentReport) -> list[tuple[str, tuple[str, ...]]]:
    """Each citation's text as printed, with the ids of the entries it links to."""
    links = {link.citation_id: link.reference_ids for link in report.links}
    return [(c.text, links[c.id]) for c in report.citations]

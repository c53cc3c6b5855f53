"""The suggest command: fill the suggestion layer (``workbench.workflow.suggest``)."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.options import PROJECT
from workbench.cli.progress_bar import progress_bar
from workbench.cli.safe_text import echo
from workbench.core.errors import ValidationError
from workbench.store.project import Project
from workbench.workflow.suggest import SOURCES, default_sources, parse_sources
from workbench.workflow.suggest import suggest as suggest_documents


def _sources(_ctx, _param, value: str | None) -> tuple[str, ...] | None:
    """``--using`` read as sources; a mistake in it is a usage error (exit 2)."""
    if value is None:
        return None
    if not [part for part in value.split(",") if part.strip()]:
        raise click.BadParameter(f"no suggestion source given (choose from {', '.join(SOURCES)})")
    try:
        return parse_sources(value)
    except ValidationError as exc:
        raise click.BadParameter(exc.message) from None


@click.command()
@PROJECT
@click.option("--doc", "doc_ids", multiple=True, help="A document to suggest for (default: all).")
@click.option(
    "--using",
    help=f"Sources, comma-separated, of {', '.join(SOURCES)}: rules (quotes, cues, speakers, "
    "titles, affiliations), names (the names annotated in done and gold layers, where they "
    "occur again), model (the model 'workbench train' stored). Default: rules and names, and "
    "the model when one is stored.",
    callback=_sources,
)
def suggest(project: Path, doc_ids: tuple[str, ...], using: tuple[str, ...] | None) -> None:
    """Suggest quotes, cues, speakers, titles and names into the layer 'suggest' (no other layer
    changes); suggestions someone accepted or rejected stay as they were, a rejected one never
    comes back."""
    with Project.open(project) as proj:
        total = len(set(doc_ids)) if doc_ids else len(proj.document_ids())
        with progress_bar(total, "suggesting", minimum=20) as bar:
            report = suggest_documents(
                proj,
                list(doc_ids) or None,
                using or default_sources(proj),
                progress=lambda done, _total: bar.update(1),
            )
    echo(report.summary())

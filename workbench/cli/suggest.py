"""The suggest command: fill the suggestion layer (``workbench.workflow.suggest``)."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.data import _progress
from workbench.cli.options import PROJECT
from workbench.cli.safe_text import echo
from workbench.store.project import Project
from workbench.workflow.suggest import SOURCES, default_sources, parse_sources
from workbench.workflow.suggest import suggest as suggest_documents


@click.command()
@PROJECT
@click.option("--doc", "doc_ids", multiple=True, help="A document to suggest for (default: all).")
@click.option(
    "--using",
    help=f"Sources, comma-separated, of {', '.join(SOURCES)}: rules (quotes, cues, speakers, "
    "titles, affiliations), names (the names annotated in done and gold layers, where they "
    "occur again), model (the model 'workbench train' stored). Default: rules and names, and "
    "the model when one is stored.",
)
def suggest(project: Path, doc_ids: tuple[str, ...], using: str | None) -> None:
    """Suggest quotes, cues, speakers, titles and names into the layer 'suggest' (no other layer
    changes); suggestions someone accepted or rejected stay as they were, a rejected one never
    comes back."""
    sources = parse_sources(using) if using is not None else None
    with Project.open(project) as proj:
        total = len(set(doc_ids)) if doc_ids else len(proj.document_ids())
        with _progress(total, "suggesting", minimum=20) as bar:
            report = suggest_documents(
                proj,
                list(doc_ids) or None,
                sources or default_sources(proj),
                progress=lambda done, _total: bar.update(1),
            )
    echo(report.summary())

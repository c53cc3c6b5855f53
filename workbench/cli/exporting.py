"""The export command: a project's documents and annotations in other formats."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.cli.options import PROJECT
from workbench.cli.progress_bar import progress_bar
from workbench.cli.safe_text import echo
from workbench.formats.export import EXPORT_FORMATS, export_project, export_to_stream
from workbench.store.project import Project


@click.command()
@PROJECT
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="File (brat, webanno, parquet: a folder); - writes jsonl, doccano, prodigy or "
    "labelstudio to standard output.",
)
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True
)
@click.option("--layer", default="all", show_default=True, help="Annotator name, gold, or all.")
@click.option("--status", type=click.Choice(["done", "any"]), default="any", show_default=True)
@click.option(
    "--doccano-shape",
    "shape",
    type=click.Choice(["relations", "sequence"]),
    default="relations",
    show_default=True,
    help="doccano: entities + relations, or sequence labeling (label: [[start, end, L]]).",
)
@click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    default=None,
    help="parquet: documents per shard (default 10000).",
)
def export(
    project: Path,
    output: Path,
    fmt: str,
    layer: str,
    status: str,
    shape: str,
    shard_size: int | None,
) -> None:
    """Export documents and annotations: native JSONL (one line per document per layer), the
    corpus database (upserted SQLite with a resolved quotes table), brat (a folder), doccano,
    Hugging Face token classification (hf), Prodigy/spaCy JSONL, a spaCy DocBin, Label Studio
    JSON, WebAnno TSV 3 (a folder), or Parquet shards of the corpus tables (a folder)."""
    if str(output) == "-":
        with Project.open(project) as proj:
            stdout = sys.stdout.buffer
            report = export_to_stream(proj, stdout, fmt, layer, status, shape=shape)
        echo(report.summary("standard output", fmt), err=True)
        return
    with Project.open(project) as proj:
        if fmt == "corpus":
            from workbench.formats.corpus import export_corpus  # loads sqlite-utils (and numpy)
            from workbench.formats.offset_units import sentence

            counts = export_corpus(proj, output, layer, status)
            summary = ", ".join(f"{n} {table}" for table, n in counts.items())
            echo(f"{output} now holds {summary}\n{sentence('corpus')}")
            return
        with progress_bar(proj.record_count(), "exporting", minimum=1000) as bar:
            report = export_project(
                proj,
                output,
                fmt,
                layer,
                status,
                progress=bar.update,
                shape=shape,
                shard_size=shard_size,
            )
    echo(report.summary(output, fmt))

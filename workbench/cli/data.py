"""The commands that read or write other formats: import and export.

``init`` and ``stats`` live in ``cli/project.py``, so that they start without these modules.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.cli.options import PROJECT
from workbench.cli.safe_text import echo
from workbench.formats.export import EXPORT_FORMATS, export_project, export_to_stream
from workbench.formats.importer import FORMATS, expand_paths, import_paths
from workbench.store.project import Project


@click.command(name="import")
@PROJECT
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True)
@click.option("--annotator", help="Annotator of imported annotations (overrides the file's).")
@click.option("--encoding", help="Encoding of text files (default: detect UTF-8/16, cp1256).")
@click.option("--replace", is_flag=True, help="Overwrite layers that already exist.")
@click.option(
    "--skip-invalid",
    is_flag=True,
    help="Import the valid records of JSONL/doccano files; list each skipped one with its line.",
)
def import_(
    project: Path,
    paths: tuple[Path, ...],
    fmt: str,
    annotator: str | None,
    encoding: str | None,
    replace: bool,
    skip_invalid: bool,
) -> None:
    """Import text or JSONL files (or folders of them). All land, or none do."""
    with Project.open(project) as proj:
        files = expand_paths(list(paths), fmt)
        total = sum(f.stat().st_size for f, _ in files)
        with _progress(total, "importing") as bar:
            report = import_paths(
                proj,
                list(paths),
                fmt,
                annotator,
                encoding,
                replace,
                progress=None if isinstance(bar, _NoBar) else lambda step: bar.update(step.advance),
                skip_invalid=skip_invalid,
            )
    echo(report.summary())


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
        with _progress(proj.record_count(), "exporting", minimum=1000) as bar:
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


class _NoBar:
    """No bar to show: an import given none need not report its steps."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass


def _progress(total: int, label: str, minimum: int = 1_000_000):
    """A progress bar on a terminal for long work; nothing when stderr is a pipe or a file."""
    if sys.stderr.isatty() and total > minimum:
        return click.progressbar(length=total, label=label, file=sys.stderr)
    return _NoBar()

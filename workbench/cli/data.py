"""Project data commands: init, import, export, stats."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click
from tabulate import tabulate

from workbench.cli.bidi import BIDI, visual, wanted
from workbench.cli.options import PROJECT
from workbench.cli.safe_text import echo, printable
from workbench.core.schema import Schema
from workbench.formats.brat_conf import read_conf
from workbench.formats.corpus import export_corpus
from workbench.formats.export import EXPORT_FORMATS, export_project, export_to_stream
from workbench.formats.importer import FORMATS, expand_paths, import_paths
from workbench.formats.offset_units import sentence
from workbench.store.project import Project


def read_schema(path: Path) -> Schema:
    if path.suffix == ".conf":
        return read_conf(path)
    return Schema.from_toml_file(path)


@click.command()
@PROJECT
@click.option(
    "--schema",
    "schema_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Schema: a TOML file, or a brat annotation.conf (default: the news-quotes schema).",
)
def init(project: Path, schema_path: Path | None) -> None:
    """Create a new, empty project file (schema: a TOML file, or brat's annotation.conf)."""
    schema = read_schema(schema_path) if schema_path else None
    with Project.create(project, schema) as proj:
        labels = ", ".join(proj.schema.labels)
    echo(f"created {project} (schema {proj.schema.name}: {labels})")


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
                progress=lambda step: bar.update(step.advance),
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


@click.command()
@PROJECT
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@BIDI
def stats(project: Path, as_json: bool, bidi: str) -> None:
    """Counts of documents, layers by annotator and status, spans by label."""
    with Project.open(project) as proj:
        data = proj.stats()
    if as_json:
        echo(json.dumps(asdict(data), ensure_ascii=False, indent=2))
        return
    on = wanted(bidi)
    echo(f"documents: {data.documents}  characters: {data.characters}")
    echo(f"spans: {data.spans}  relations: {data.relations}  entities: {data.entities}")
    if data.layers:
        layers = data.layers.items()
        rows = [[printable(visual(name, on)), *counts.values()] for name, counts in layers]
        echo("\n" + tabulate(rows, ["annotator", "new", "in progress", "done"]))
    if data.labels:
        labels = [(printable(visual(label, on)), count) for label, count in data.labels.items()]
        echo("\n" + tabulate(labels, ["label", "spans"]))


class _NoBar:
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

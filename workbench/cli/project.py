"""Commands on the project file that read no other format: init and stats.

They live apart from import and export so that they start without loading a single format
(``python -m workbench.bench --only processes`` times them against ``sqlite-utils --version``).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from workbench.cli.bidi import BIDI, visual, wanted
from workbench.cli.options import PROJECT
from workbench.cli.safe_text import echo, printable
from workbench.core.schema import Schema
from workbench.store.project import Project


def read_schema(path: Path) -> Schema:
    if path.suffix == ".conf":
        from workbench.formats.brat_conf import read_conf

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
    from tabulate import tabulate

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

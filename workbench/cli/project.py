"""Commands on the project file that read no other format: init and stats.

They live apart from import and export so that they start without loading a single format
(``python -m workbench.bench --only processes`` times them against ``sqlite-utils --version``).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import click

from workbench.cli.bidi import BIDI, visual, wanted
from workbench.cli.options import PROJECT
from workbench.cli.safe_text import echo, printable
from workbench.core.schema import Schema, default_schema
from workbench.store import projectfile

if TYPE_CHECKING:
    from workbench.store.project import Project
    from workbench.store.stats import ProjectStats


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
    schema = read_schema(schema_path) if schema_path else default_schema()
    projectfile.create_project(project, schema.to_dict()).close()
    echo(f"created {project} (schema {schema.name}: {', '.join(schema.labels)})")


@click.command()
@PROJECT
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@BIDI
def stats(project: Path, as_json: bool, bidi: str) -> None:
    """Counts of documents, layers by annotator and status, spans by label."""
    from workbench.store.project import Project  # noqa: F811 (init starts without it)

    with Project.open(project) as proj:
        data = proj.stats()
        if as_json:
            out = asdict(data)
            out["progress"] = _progress(proj, data).to_json()
    if as_json:
        echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    from tabulate import tabulate

    on = wanted(bidi)
    echo(f"documents: {data.documents}  characters: {data.characters}")
    echo(f"spans: {data.spans}  relations: {data.relations}  entities: {data.entities}")
    if data.layers:
        layers = data.layers.items()
        rows = [[printable(visual(name, on)), *counts.values()] for name, counts in layers]
        headers = ["annotator", "new", "in progress", "done"]
        if any(data.seconds.values()):  # time on task, once the window has counted some
            from workbench.workflow.progress import spans_per_hour

            headers += ["time on task", "spans/hour"]
            for row, name in zip(rows, data.layers, strict=True):
                seconds = data.seconds.get(name, 0.0)
                spans = data.spans_by_annotator.get(name, 0)
                rate = spans_per_hour(spans, seconds)
                row += [_duration(seconds), "" if rate is None else round(rate)]
        echo("\n" + tabulate(rows, headers))
    if data.labels:
        labels = [(printable(visual(label, on)), count) for label, count in data.labels.items()]
        echo("\n" + tabulate(labels, ["label", "spans"]))


def _duration(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def _progress(proj: Project, data: ProjectStats):
    """Per annotator progress (``workflow.progress``); agreement with the others, span F1
    relaxed over the documents both have done, is computed only when two annotators have
    finished some: otherwise it is null with the reason, and stats loads no agreement code."""
    from workbench.core.model import GOLD, SUGGEST
    from workbench.workflow.progress import progress

    finished = [
        a for a, counts in data.layers.items() if counts.get("done") and a not in (GOLD, SUGGEST)
    ]
    if len(finished) < 2:
        return progress(proj, stats=data)
    from workbench.agreement.measures import SPAN_F1_RELAXED
    from workbench.agreement.project import agreement_report

    report = agreement_report(proj, status="done")
    return progress(proj, report.pair_scores(SPAN_F1_RELAXED), SPAN_F1_RELAXED.key, stats=data)
